"""Matching, both ways: for a participant, the partners' positions ranked by how many of their
needs the participant's latest assessed levels meet; for a position, the participants closest
to ready. The chosen row's needs are listed below it, each met or missing, with the level it
needs and the level now. Every participant shown is logged by the service, so the lists are
read through a write operation."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from canteen_app.app import AppServices
from canteen_app.core.errors import DomainError
from canteen_app.referrals.partners.dto import Candidate, NeedResult, PositionMatch
from ui.common.context import UiContext
from ui.common.list_table import fit_columns, list_table, selected_item, sorting_proxy
from ui.common.widgets import FieldMessage
from ui.referrals.partners.tables import (
    CandidateRow,
    CandidateTableModel,
    MatchRow,
    MatchTableModel,
    NeedRow,
    NeedTableModel,
)

MAX_COLUMN_CHARS = 60


class _MatchingDialog(QDialog):
    """A ranked list above, the chosen row's needs below, a close button."""

    loaded = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._context = context
        self._loading = False
        self.need_model = NeedTableModel(self)
        self.need_proxy = sorting_proxy(self.need_model, self)

    def _build(self, intro: str, table: QTableView, needs_title: str) -> None:
        layout = QVBoxLayout(self)
        self.intro = QLabel(intro)
        self.intro.setObjectName("matchingIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.message = FieldMessage("matching")
        layout.addWidget(self.message)
        self.table = table
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.needs_title = QLabel(needs_title)
        self.needs_title.setObjectName("matchingNeedsTitle")
        self.needs_title.setWordWrap(True)
        bottom_layout.addWidget(self.needs_title)
        self.needs_table = list_table("matchingNeedsTable", self.tr("Needs met and missing"), self.need_proxy)
        bottom_layout.addWidget(self.needs_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("matchingSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(bottom)
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("matchingCloseButton")
        self.close_button.setMinimumHeight(40)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth() * 110
        height = self.fontMetrics().lineSpacing() * 36
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:  # never past the screen, however large the text
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)

    @property
    def is_loading(self) -> bool:
        return self._loading

    def _show_needs(self, title: str, covered: Sequence[NeedResult], missing: Sequence[NeedResult]) -> None:
        language = self._context.language
        results = [*covered, *missing]
        self.need_model.set_rows([NeedRow(n, result, language) for n, result in enumerate(results)])
        self.needs_title.setText(title)
        fit_columns(self.needs_table, MAX_COLUMN_CHARS)

    def _on_selection(self, *_args: QItemSelection) -> None:
        raise NotImplementedError

    def _failed(self, error: DomainError) -> None:
        self._loading = False
        self.message.show_domain_error(error)
        self.loaded.emit()


class MatchesDialog(_MatchingDialog):
    """A participant's matching positions, the best covered first."""

    def __init__(
        self, context: UiContext, participant_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("partnerMatchesDialog")
        self._participant_id = participant_id
        self._name = name
        self.setWindowTitle(self.tr("Matching positions – {name}").format(name=name))
        self.model = MatchTableModel(self)
        self.proxy = sorting_proxy(self.model, self)
        table = list_table("partnerMatchesTable", self.tr("Positions, best match first"), self.proxy)
        self._build(
            self.tr(
                "The positions at the partner companies, ranked by how many of their competence needs "
                "{name}'s latest assessed levels meet; on a tie, the one with the least missing comes first."
            ).format(name=name),
            table,
            self.tr("Choose a position to see which needs are met."),
        )

    def load(self) -> None:
        actor = self._context.actor
        participant_id = self._participant_id
        self._loading = True

        def read(app: AppServices) -> tuple[PositionMatch, ...]:
            return app.partners.matches_for_participant(actor, participant_id)

        self._context.ops.write(self, read, self._on_loaded, self._failed)

    def _on_loaded(self, matches: tuple[PositionMatch, ...]) -> None:
        self._loading = False
        self.model.set_rows([MatchRow(rank, found) for rank, found in enumerate(matches, start=1)])
        fit_columns(self.table, MAX_COLUMN_CHARS)
        if not matches:
            self.message.show_warning(self.tr("No partner company has an active position yet."))
        else:
            self.message.clear_message()
            self.table.selectRow(0)
        self.loaded.emit()

    def chosen(self) -> PositionMatch | None:
        row = selected_item(self.table, self.model)
        return row.match if row is not None else None

    def _on_selection(self, *_args: QItemSelection) -> None:
        found = self.chosen()
        if found is None:
            return
        self._show_needs(
            self.tr("{position} at {company}:").format(
                position=found.position_title, company=found.company_name
            ),
            found.covered,
            found.missing,
        )


class CandidatesDialog(_MatchingDialog):
    """The participants closest to ready for a position."""

    def __init__(
        self, context: UiContext, position_id: int, title: str, company: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("partnerCandidatesDialog")
        self._position_id = position_id
        self.setWindowTitle(self.tr("Closest to ready – {position}").format(position=title))
        self.model = CandidateTableModel(self)
        self.proxy = sorting_proxy(self.model, self)
        table = list_table(
            "partnerCandidatesTable", self.tr("Participants, closest to ready first"), self.proxy
        )
        self._build(
            self.tr(
                "The participants whose latest assessed levels meet the most of what {position} at "
                "{company} needs; on a tie, the one with the least missing comes first. Participants "
                "with no assessment of these competences are not listed."
            ).format(position=title, company=company),
            table,
            self.tr("Choose a participant to see which needs are met."),
        )

    def load(self) -> None:
        actor = self._context.actor
        position_id = self._position_id
        self._loading = True

        def read(app: AppServices) -> tuple[Candidate, ...]:
            return app.partners.candidates_for_position(actor, position_id)

        self._context.ops.write(self, read, self._on_loaded, self._failed)

    def _on_loaded(self, candidates: tuple[Candidate, ...]) -> None:
        self._loading = False
        self.model.set_rows([CandidateRow(rank, found) for rank, found in enumerate(candidates, start=1)])
        fit_columns(self.table, MAX_COLUMN_CHARS)
        if not candidates:
            self.message.show_warning(
                self.tr("No participant has an assessed level in these competences yet.")
            )
        else:
            self.message.clear_message()
            self.table.selectRow(0)
        self.loaded.emit()

    def chosen(self) -> Candidate | None:
        row = selected_item(self.table, self.model)
        return row.candidate if row is not None else None

    def _on_selection(self, *_args: QItemSelection) -> None:
        found = self.chosen()
        if found is None:
            return
        self._show_needs(self.tr("{name}:").format(name=found.name), found.covered, found.missing)


def open_matches(context: UiContext, participant_id: int, name: str, parent: QWidget) -> MatchesDialog:
    """A participant's matching positions (a `ParticipantOpener`, ui.common.navigation)."""
    dialog = MatchesDialog(context, participant_id, name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.load()
    return dialog


def open_candidates(
    context: UiContext, position_id: int, title: str, company: str, parent: QWidget
) -> CandidatesDialog:
    dialog = CandidatesDialog(context, position_id, title, company, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.load()
    return dialog
