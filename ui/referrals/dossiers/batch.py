"""The batch export (R5): tick referrals, choose a folder, and one dossier per referral is written
there in the background, with progress and cancel (`ops.render`). Each dossier is its own
export (consent checked, file written, logged with its recipient); referrals whose consent does
not allow a dossier are skipped, and the list of them with the reason stays on screen.

Opened from the referrals page through `ui.common.navigation` (`open_batch_export`).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canteen_app.core.errors import DomainError
from canteen_app.core.progress import ProgressSink
from canteen_app.referrals.consent.rules import ConsentStatus
from canteen_app.referrals.dossiers.dossier_labels import LANGUAGES
from canteen_app.referrals.dossiers.dto import BatchResult
from canteen_app.referrals.referrals.dto import ReferralRow
from canteen_app.referrals.referrals.rules import OPEN_STAGES, STAGE_LABELS
from ui.common.context import UiContext
from ui.common.formatting import quiet
from ui.common.forms import FormErrors
from ui.common.i18n import message_text
from ui.common.tasks import Task
from ui.common.widgets import FieldMessage, WideListComboBox, action_button, read_only_table

if TYPE_CHECKING:
    from canteen_app.app import AppServices

log = logging.getLogger(__name__)

ROW_HEIGHT = 40
IdRole = Qt.ItemDataRole.UserRole + 1


def _consent_word(status: ConsentStatus) -> str:
    words = {
        ConsentStatus.VALID: QCoreApplication.translate("DossierWords", "Valid"),
        ConsentStatus.EXPIRED: QCoreApplication.translate("DossierWords", "Expired"),
        ConsentStatus.WITHDRAWN: QCoreApplication.translate("DossierWords", "Withdrawn"),
        ConsentStatus.NONE: QCoreApplication.translate("DossierWords", "None"),
    }
    return words[status]


class DossierBatchDialog(QDialog):
    """Tick referrals, choose a folder, export; then the written and skipped ones."""

    loaded = Signal()
    finished_export = Signal(object)  # the BatchResult

    def __init__(
        self, context: UiContext, preselected: tuple[int, ...] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dossierBatchDialog")
        self.setWindowTitle(self.tr("Export dossiers"))
        self._context = context
        self._preselected = set(preselected)
        self._rows: tuple[ReferralRow, ...] = ()
        self._loading = False
        self._filling = False
        self.render_task: Task | None = None
        self.batch_result: BatchResult | None = None
        self._build()

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        hint = quiet(
            QLabel(
                self.tr(
                    "One dossier per ticked referral is written into the folder, named by the company, "
                    "the participant's initials and the referral's number. A referral without a valid "
                    "consent for its recipient is skipped; the list below says why."
                )
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self._table_part(layout)
        self._folder_part(layout)
        self._result_part(layout)
        layout.addWidget(self._button_box())
        self.form_errors = FormErrors(self.message)
        self.resize(max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 120), 640)
        self._update()

    def _table_part(self, layout: QVBoxLayout) -> None:
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Participant"),
                self.tr("Company"),
                self.tr("Position"),
                self.tr("Stage"),
                self.tr("Consent"),
            ]
        )
        self.model.itemChanged.connect(lambda _item: None if self._filling else self._update())
        self.table = read_only_table("dossierBatchTable", self.tr("Referrals to export"), self.model)
        self.table.setAccessibleDescription(self.tr("Space ticks or unticks the referral."))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        line = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(line * 8 + header.sizeHint().height())
        layout.addWidget(self.table, 1)
        ticks = QHBoxLayout()
        self.ready_button = action_button(
            "dossierBatchReadyButton", self.tr("Tick the open ones with consent"), self.tick_ready, ROW_HEIGHT
        )
        self.none_button = action_button(
            "dossierBatchNoneButton", self.tr("Untick all"), self.untick_all, ROW_HEIGHT
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("dossierBatchCount")
        ticks.addWidget(self.ready_button)
        ticks.addWidget(self.none_button)
        ticks.addStretch(1)
        ticks.addWidget(self.count_label)
        layout.addLayout(ticks)

    def _folder_part(self, layout: QVBoxLayout) -> None:
        folder_row = QHBoxLayout()
        folder_label = QLabel(self.tr("Folder"))
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("dossierBatchFolder")
        self.folder_edit.setAccessibleName(self.tr("Folder for the dossiers"))
        self.folder_edit.setMinimumHeight(ROW_HEIGHT)
        folder_label.setBuddy(self.folder_edit)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.folder_edit.setText(documents or str(Path.home()))
        self.folder_edit.textChanged.connect(lambda _text: self._update())
        self.choose_button = action_button(
            "dossierBatchChooseButton", self.tr("Choose folder…"), self.choose_folder, ROW_HEIGHT
        )
        self.language_combo: QComboBox = WideListComboBox()
        self.language_combo.setObjectName("dossierBatchLanguage")
        self.language_combo.setAccessibleName(self.tr("Dossier language"))
        self.language_combo.setMinimumHeight(ROW_HEIGHT)
        names = {"nb": self.tr("Norwegian (bokmål)"), "en": self.tr("English")}
        for code in LANGUAGES:
            self.language_combo.addItem(names[code], code)
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.language_combo)
        layout.addLayout(folder_row)

    def _result_part(self, layout: QVBoxLayout) -> None:
        self.result_label = QLabel()
        self.result_label.setObjectName("dossierBatchResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_label)
        self.message = FieldMessage("dossierBatch")
        layout.addWidget(self.message)
        self.skipped_list = QListWidget()
        self.skipped_list.setObjectName("dossierBatchSkipped")
        self.skipped_list.setAccessibleName(self.tr("Referrals skipped, and why"))
        self.skipped_list.setWordWrap(True)
        self.skipped_list.hide()
        layout.addWidget(self.skipped_list)

    def _button_box(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.export_button: QPushButton = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setObjectName("dossierBatchExportButton")
        self.export_button.setAccessibleName(self.tr("Write the ticked referrals' dossiers into the folder"))
        self.export_button.clicked.connect(self.export)
        self.close_button = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("dossierBatchCloseButton")
        buttons.rejected.connect(self.reject)
        for button in (self.export_button, self.close_button):
            button.setMinimumHeight(ROW_HEIGHT)
            button.setAutoDefault(False)
        return buttons

    # --- the referrals -------------------------------------------------------------------------

    def load(self) -> None:
        actor = self._context.actor

        def read(app: AppServices) -> tuple[ReferralRow, ...]:
            return app.referrals.referrals(actor)

        self._loading = True
        self._update()
        self._context.ops.write(self, read, self._on_loaded, self.form_errors.show, self._set_loading)

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        self._update()

    def _on_loaded(self, rows: tuple[ReferralRow, ...]) -> None:
        self._rows = rows
        self._filling = True
        try:
            self.model.removeRows(0, self.model.rowCount())
            for row in rows:
                tick = QStandardItem(row.participant_name)
                tick.setCheckable(True)
                tick.setEditable(False)
                tick.setData(row.id, IdRole)
                wanted = row.id in self._preselected if self._preselected else _ready(row)
                tick.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
                stage = QCoreApplication.translate("referrals", STAGE_LABELS[row.stage])
                cells = [tick, QStandardItem(row.company_name), QStandardItem(row.position_title)]
                cells += [QStandardItem(stage), QStandardItem(_consent_word(row.consent))]
                for cell in cells[1:]:
                    cell.setEditable(False)
                self.model.appendRow(cells)
        finally:
            self._filling = False
        self._update()
        self.loaded.emit()

    def ticked(self) -> list[int]:
        """The ticked referrals' ids, in the list's order."""
        ids = []
        for row in range(self.model.rowCount()):
            item = self.model.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(IdRole)))
        return ids

    def set_ticked(self, referral_ids: set[int]) -> None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row, 0)
            if item is not None:
                wanted = int(item.data(IdRole)) in referral_ids
                item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def tick_ready(self) -> None:
        self.set_ticked({row.id for row in self._rows if _ready(row)})

    def untick_all(self) -> None:
        self.set_ticked(set())

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the dossiers"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def _update(self) -> None:
        count = len(self.ticked())
        self.count_label.setText(self.tr("%n referral(s) ticked", "", count))
        busy = self._loading or self.render_task is not None
        self.export_button.setEnabled(bool(count) and bool(self.folder_edit.text().strip()) and not busy)

    # --- exporting -----------------------------------------------------------------------------

    def export(self) -> Task | None:
        ids = self.ticked()
        folder = Path(self.folder_edit.text().strip()).expanduser()
        if not ids or self.render_task is not None:
            return None
        actor, language = self._context.actor, str(self.language_combo.currentData() or "nb")

        def render(app: AppServices, progress: ProgressSink) -> BatchResult:
            return app.dossiers.export_batch(actor, ids, folder, progress, language=language)

        def failed(error: BaseException) -> None:
            self.render_task = None
            self._update()
            if isinstance(error, DomainError):
                self.form_errors.show(error)
            elif isinstance(error, OSError):
                self.message.show_error(
                    self.tr("The dossiers could not be written: {error}").format(
                        error=error.strerror or error
                    )
                )
            else:
                raise error

        self.form_errors.clear()
        self.result_label.clear()
        self.skipped_list.clear()
        self.skipped_list.hide()
        self.render_task = self._context.ops.render(
            self, self.tr("Writing the dossiers…"), render, self._done, failed
        )
        self._update()
        return self.render_task

    def _done(self, result: BatchResult) -> None:
        self.render_task = None
        self.batch_result = result
        written = self.tr("%n dossier(s) written to {folder}.", "", len(result.written)).format(
            folder=self.folder_edit.text().strip()
        )
        if result.cancelled:
            written = self.tr("Stopped. {written} Every file written is complete.").format(written=written)
        self.result_label.setText(written)
        names = {row.id: row for row in self._rows}
        for referral_id, reason in result.skipped:
            row = names.get(referral_id)
            who = (
                self.tr("{name} to {company}").format(name=row.participant_name, company=row.company_name)
                if row is not None
                else self.tr("Referral {number}").format(number=referral_id)
            )
            self.skipped_list.addItem(f"{who}: {message_text(reason)}")
        if result.skipped:
            self.message.show_warning(
                self.tr("%n referral(s) skipped: no dossier went to them.", "", len(result.skipped))
            )
            self.skipped_list.show()
        self._update()
        self.finished_export.emit(result)


def _ready(row: ReferralRow) -> bool:
    return row.stage in OPEN_STAGES and row.consent is ConsentStatus.VALID


def open_batch_export(
    context: UiContext, referral_ids: tuple[int, ...], parent: QWidget
) -> DossierBatchDialog:
    """The batch export over `parent`, with these referrals ticked (none: the open ones with a
    valid consent) (a `ReferralOpener`, ui.common.navigation)."""
    dialog = DossierBatchDialog(context, referral_ids, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.load()
    return dialog
