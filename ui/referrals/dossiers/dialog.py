"""One referral's dossier (R4): which kinds of data go to the recipient (only those the
participant's consent covers can be ticked; the others say why), the accommodation needs the
participant approved for this recipient and the job coach's statement, then the PREVIEW: every
field that would leave, listed before anything is written. "Save PDF…" writes the dossier as the
preview showed it, in the background with progress and cancel (`ops.render`).

A change in the form makes the preview stale: the PDF waits until "Save and preview" has stored
the choice and shown the new preview. The export itself checks the consent again (a withdrawal
after the preview stops it) and refuses a dossier that has changed since the preview.

Opened from the referrals page and a referral through `ui.common.navigation` (the shell
registers `open_dossier`); feature packages do not import each other.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from canteen_app.core.errors import ConcurrencyError, DomainError
from canteen_app.core.progress import ProgressSink
from canteen_app.referrals.consent.rules import CATEGORY_ORDER, DataCategory
from canteen_app.referrals.dossiers.dossier_labels import LANGUAGES
from canteen_app.referrals.dossiers.dto import DossierPreview
from canteen_app.referrals.dossiers.rules import ACCOMMODATIONS_MAX, DOSSIER_MATERIAL, DraftInput
from canteen_app.referrals.referrals.rules import STATEMENT_MAX
from ui.common.context import UiContext
from ui.common.dialogs import REJECT, Choice, question_box
from ui.common.formatting import quiet
from ui.common.forms import FormErrors
from ui.common.i18n import message_text
from ui.common.tasks import Task
from ui.common.widgets import FieldMessage, WideListComboBox, read_only_table
from ui.referrals.dossiers.words import STATUS_COLOURS, category_text, consent_state_text, dossier_text

if TYPE_CHECKING:
    from canteen_app.app import AppServices, Changes

log = logging.getLogger(__name__)

ROW_HEIGHT = 40
REFERRALS = "referrals.referrals"
CONSENTS = "referrals.consents"


class DossierDialog(QDialog):
    """Choose what goes out, see it, and save the PDF."""

    loaded = Signal()  # a preview came (after opening, a save, a change elsewhere)
    saved = Signal(object)  # the Path the dossier was written to
    render_finished = Signal()  # a render's answer is in (written, refused, cancelled)

    def __init__(self, context: UiContext, referral_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierDialog")
        self.setWindowTitle(self.tr("Dossier"))
        self._context = context
        self._referral_id = referral_id
        self._preview: DossierPreview | None = None
        self._baseline: tuple[frozenset[DataCategory], str, str] | None = None
        self._filling = False
        self._busy = False
        self._discard_confirmed = False
        self.render_task: Task | None = None
        self.boxes: dict[DataCategory, QCheckBox] = {}
        self.notes: dict[DataCategory, QLabel] = {}
        self._build()
        context.ops.changed.connect(self._on_changed)

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        self.recipient_label = QLabel(self.tr("Loading…"))
        self.recipient_label.setObjectName("dossierRecipient")
        self.recipient_label.setWordWrap(True)
        font = self.recipient_label.font()
        font.setBold(True)
        self.recipient_label.setFont(font)
        self.consent_label = QLabel()
        self.consent_label.setObjectName("dossierConsent")
        self.consent_label.setWordWrap(True)
        column.addWidget(self._categories_group())
        column.addWidget(self._texts_group())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("dossierScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        # The choices on the left, what goes out on the right: both in view at once.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("dossierSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self._preview_group())
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.splitterMoved.connect(lambda _pos, _index: self.preview_table.resizeRowsToContents())
        layout.addWidget(self.recipient_label)
        layout.addWidget(self.consent_label)
        layout.addWidget(self.splitter, 1)
        self.message = FieldMessage("dossier")
        layout.addWidget(self.message)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("dossierSavedLabel")
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.saved_label)
        layout.addWidget(self._buttons())
        self.form_errors = FormErrors(self.message, self.field_messages, self.editors)
        self._update_buttons()
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width = self.fontMetrics().averageCharWidth() * 170
        height = self.fontMetrics().lineSpacing() * 40
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def _categories_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("What goes out"))
        grid = QGridLayout(group)
        hint = quiet(
            QLabel(
                self.tr(
                    "The name, the languages spoken, the recipient, the statement and the job coach always "
                    "go. Tick what else: only what the participant's consent for this recipient covers."
                )
            )
        )
        hint.setWordWrap(True)
        grid.addWidget(hint, 0, 0, 1, 2)
        for row, category in enumerate(CATEGORY_ORDER, start=1):
            box = QCheckBox(category_text(category))
            box.setObjectName(f"dossierCategory_{category.value}")
            box.setMinimumHeight(ROW_HEIGHT)
            box.toggled.connect(self._on_edited)
            note = quiet(QLabel())
            note.setObjectName(f"dossierCategoryNote_{category.value}")
            note.setWordWrap(True)
            self.boxes[category] = box
            self.notes[category] = note
            grid.addWidget(box, row, 0)
            grid.addWidget(note, row, 1)
        grid.setColumnStretch(1, 1)
        return group

    def _texts_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("For this recipient"))
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.field_messages: dict[str, FieldMessage] = {}
        self.editors: dict[str, QWidget] = {}
        self.accommodations_edit = QPlainTextEdit()
        self.accommodations_edit.setObjectName("dossierAccommodations")
        self.accommodations_edit.setTabChangesFocus(True)
        self.accommodations_edit.setPlaceholderText(
            self.tr("e.g. Learns new tasks best from a written step list")
        )
        self.accommodations_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.accommodations_edit.textChanged.connect(self._on_edited)
        accommodations_hint = quiet(
            QLabel(
                self.tr(
                    "Functional needs only, in words the participant has read and approved for this "
                    "recipient. Never a diagnosis. At most {max} characters."
                ).format(max=ACCOMMODATIONS_MAX)
            )
        )
        accommodations_hint.setWordWrap(True)
        self._add_row(
            form,
            "accommodations",
            self.tr("Accommodation needs"),
            self.accommodations_edit,
            accommodations_hint,
        )
        self.statement_edit = QPlainTextEdit()
        self.statement_edit.setObjectName("dossierStatement")
        self.statement_edit.setTabChangesFocus(True)
        self.statement_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.statement_edit.textChanged.connect(self._on_edited)
        statement_hint = quiet(
            QLabel(
                self.tr(
                    "Printed as the job coach's assessment. Never write health, absence or case details "
                    "here. At most {max} characters."
                ).format(max=STATEMENT_MAX)
            )
        )
        statement_hint.setWordWrap(True)
        self._add_row(
            form, "statement", self.tr("Job coach's statement"), self.statement_edit, statement_hint
        )
        self.language_combo: QComboBox = WideListComboBox()
        self.language_combo.setObjectName("dossierLanguage")
        self.language_combo.setMinimumHeight(ROW_HEIGHT)
        names = {"nb": self.tr("Norwegian (bokmål)"), "en": self.tr("English")}
        for code in LANGUAGES:
            self.language_combo.addItem(names[code], code)
        self.language_combo.currentIndexChanged.connect(lambda _index: self.load())
        self._add_row(form, "language", self.tr("Dossier language"), self.language_combo)
        return group

    def _add_row(
        self, form: QFormLayout, name: str, label: str, editor: QWidget, hint: QLabel | None = None
    ) -> None:
        editor.setAccessibleName(label)
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        if hint is not None:
            column.addWidget(hint)
        message = FieldMessage(name)
        column.addWidget(message)
        self.field_messages[name] = message
        self.editors[name] = editor
        row_label = QLabel(label)
        row_label.setBuddy(editor)
        form.addRow(row_label, cell)

    def _preview_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Preview: exactly what goes out"))
        column = QVBoxLayout(group)
        self.preview_state = FieldMessage("dossierPreview")
        column.addWidget(self.preview_state)
        self.preview_model = QStandardItemModel(0, 3, self)
        self.preview_model.setHorizontalHeaderLabels([self.tr("Section"), self.tr("Field"), self.tr("Value")])
        self.preview_table = read_only_table(
            "dossierPreviewTable", self.tr("The fields the dossier sends"), self.preview_model
        )
        self.preview_table.setWordWrap(True)
        header = self.preview_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        characters = self.fontMetrics().averageCharWidth()
        header.resizeSection(0, characters * 16)
        header.resizeSection(1, characters * 30)
        line = self.preview_table.verticalHeader().defaultSectionSize()
        self.preview_table.setMinimumHeight(line * 8 + header.sizeHint().height())
        column.addWidget(self.preview_table, 1)
        return group

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(
            self.tr("Save and preview"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.apply_button.setObjectName("dossierApplyButton")
        self.apply_button.setAccessibleName(self.tr("Save the choices and show what goes out"))
        self.apply_button.clicked.connect(self.apply)
        self.pdf_button = buttons.addButton(self.tr("Save PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.setObjectName("dossierPdfButton")
        self.pdf_button.setAccessibleName(self.tr("Write the dossier as previewed to a PDF file"))
        self.pdf_button.clicked.connect(self._pdf_clicked)
        self.close_button = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("dossierCloseButton")
        buttons.rejected.connect(self.reject)
        for button in (self.apply_button, self.pdf_button, self.close_button):
            button.setMinimumHeight(ROW_HEIGHT)
            button.setAutoDefault(False)
        return buttons

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._share_width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_width()

    def _share_width(self) -> None:
        """The choices take two fifths of the width, the preview the rest."""
        total = self.splitter.width()
        if total > 0:
            self.splitter.setSizes([total * 2 // 5, total - total * 2 // 5])
            self.preview_table.resizeRowsToContents()

    # --- reading -------------------------------------------------------------------------------

    @property
    def preview(self) -> DossierPreview | None:
        return self._preview

    def language(self) -> str:
        return str(self.language_combo.currentData() or "nb")

    def load(self) -> None:
        """Read the preview (a logged view); the form takes it unless it holds unsaved changes."""
        actor, referral_id, language = self._context.actor, self._referral_id, self.language()

        def read(app: AppServices) -> DossierPreview:
            return app.dossiers.preview(actor, referral_id, language)

        self._context.ops.write(self, read, self._on_preview, self._on_load_failed, self._set_busy)

    def _on_preview(self, preview: DossierPreview) -> None:
        dirty = self.is_dirty()
        self._preview = preview
        self.setWindowTitle(self.tr("Dossier – {name}").format(name=preview.participant_name))
        recipient = preview.company_name
        if preview.contact_name:
            recipient = self.tr("{company}, attn. {contact}").format(
                company=preview.company_name, contact=preview.contact_name
            )
        self.recipient_label.setText(
            self.tr("{name} → {recipient}").format(name=preview.participant_name, recipient=recipient)
        )
        self.consent_label.setText(consent_state_text(preview.consent))
        palette = self.consent_label.palette()
        palette.setColor(self.consent_label.foregroundRole(), STATUS_COLOURS[preview.consent])
        self.consent_label.setPalette(palette)
        if not dirty:
            self._fill(preview)
        self._show_notes(preview)
        self._show_fields(preview)
        self._show_state()
        self.loaded.emit()

    def _fill(self, preview: DossierPreview) -> None:
        self._filling = True
        try:
            for category, box in self.boxes.items():
                box.setChecked(category in preview.chosen)
            self.accommodations_edit.setPlainText(preview.accommodations)
            self.statement_edit.setPlainText(preview.statement)
        finally:
            self._filling = False
        self._baseline = self._form()

    def _show_notes(self, preview: DossierPreview) -> None:
        for category, box in self.boxes.items():
            note = self.notes[category]
            covered = category in preview.consented
            box.setEnabled(covered or box.isChecked())  # an uncovered tick can still be taken off
            if not covered:
                text = self.tr("Not covered by the participant's consent for this recipient")
                note.setProperty("severity", "error" if box.isChecked() else "")
            elif category is DataCategory.ACCOMMODATIONS:
                text = self.tr("The text below, as the participant approved it")
                note.setProperty("severity", "")
            elif category not in preview.with_data:
                text = self.tr("Nothing recorded yet: nothing of this goes out")
                note.setProperty("severity", "")
            else:
                text = ""
                note.setProperty("severity", "")
            note.setText(text)
            box.setAccessibleDescription(text)
            note.style().unpolish(note)
            note.style().polish(note)
        self.accommodations_edit.setEnabled(self.boxes[DataCategory.ACCOMMODATIONS].isChecked())

    def _show_fields(self, preview: DossierPreview) -> None:
        self.preview_model.removeRows(0, self.preview_model.rowCount())
        previous = ""
        for field in preview.fields:
            # The section's name on its first row only: the rows below it belong to it.
            section = QStandardItem(dossier_text(field.section) if field.section != previous else "")
            section.setAccessibleText(dossier_text(field.section))
            font = section.font()
            font.setBold(True)
            section.setFont(font)
            previous = field.section
            row = [
                section,
                QStandardItem(dossier_text(field.label)),
                QStandardItem(field.value.replace("\n", " ")),
            ]
            row[1].setToolTip(dossier_text(field.label))
            row[2].setToolTip(field.value)
            for item in row:
                item.setEditable(False)
            self.preview_model.appendRow(row)
        self.preview_table.resizeRowsToContents()

    def _show_state(self) -> None:
        preview = self._preview
        if preview is None:
            return
        stale = self.is_dirty()
        self.preview_table.setEnabled(not stale)
        if stale:
            self.preview_state.show_warning(
                self.tr(
                    "Changed: press “Save and preview” to see exactly what goes out before saving the PDF."
                )
            )
        elif preview.refusal is not None:
            self.preview_state.show_error(
                self.tr("No dossier can be made now: {reason}").format(reason=message_text(preview.refusal))
            )
        else:
            self.preview_state.clear_message()
        self._update_buttons()

    def _on_load_failed(self, error: DomainError) -> None:
        self.form_errors.show(error)

    def _on_changed(self, changes: Changes, source: object) -> None:
        """A consent, the referral or the material changed elsewhere: preview again."""
        if source is not self and changes.touches(CONSENTS, REFERRALS, DOSSIER_MATERIAL) and not self._busy:
            self.load()

    # --- the form ------------------------------------------------------------------------------

    def _form(self) -> tuple[frozenset[DataCategory], str, str]:
        chosen = frozenset(category for category, box in self.boxes.items() if box.isChecked())
        return (
            chosen,
            self.accommodations_edit.toPlainText().strip(),
            self.statement_edit.toPlainText().strip(),
        )

    def is_dirty(self) -> bool:
        return self._baseline is not None and self._form() != self._baseline

    def _on_edited(self) -> None:
        if self._filling:
            return
        if self._preview is not None:
            self._show_notes(self._preview)
        self._show_state()

    def chosen(self) -> frozenset[DataCategory]:
        return self._form()[0]

    def apply(self) -> None:
        """Store the choice, the accommodation text and the statement, and preview again, in one
        action."""
        preview = self._preview
        if preview is None or self._busy:
            return
        chosen, accommodations, statement = self._form()
        actor, referral_id, language = self._context.actor, self._referral_id, self.language()
        draft_version, referral_version = preview.draft_version, preview.referral_version
        statement_changed = statement != preview.statement.strip()
        contact_id = preview.contact_id

        def write(app: AppServices) -> DossierPreview:
            app.dossiers.save_draft(actor, referral_id, DraftInput(chosen, accommodations), draft_version)
            if statement_changed:
                app.referrals.update(actor, referral_id, referral_version, contact_id, statement)
            return app.dossiers.preview(actor, referral_id, language)

        self.form_errors.clear()
        self.saved_label.clear()
        self._context.ops.write(self, write, self._on_applied, self._on_apply_failed, self._set_busy)

    def _on_applied(self, preview: DossierPreview) -> None:
        self._baseline = None  # the stored choice is the form's now
        self._on_preview(preview)
        self.saved_label.setText(self.tr("Saved. The preview shows what goes out."))

    def _on_apply_failed(self, error: DomainError) -> None:
        if isinstance(error, ConcurrencyError):
            # Someone changed the draft or the referral meanwhile: the typing stays; the next
            # save is checked against what is stored now.
            self.message.show_warning(
                self.tr(
                    "Not saved: someone else changed this dossier or referral meanwhile. Your changes are "
                    "still here; press “Save and preview” again to replace theirs."
                )
            )
            self.load()
            return
        self.form_errors.show(error)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        preview = self._preview
        rendering = self.render_task is not None
        self.apply_button.setEnabled(preview is not None and not self._busy and not rendering)
        ready = preview is not None and preview.can_export and not self.is_dirty()
        self.pdf_button.setEnabled(ready and not self._busy and not rendering)

    # --- the PDF -------------------------------------------------------------------------------

    def default_file_name(self) -> str:
        """Without the participant's name (a file name shows in folders, mail and logs)."""
        return f"{self.tr('dossier')}-{self._referral_id}.pdf"

    def _pdf_clicked(self) -> None:
        self.save_pdf()

    def save_pdf(self) -> Task | None:
        """Ask where, then write the dossier as previewed."""
        if not self.pdf_button.isEnabled():
            return None
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the dossier as"),
            str(folder / self.default_file_name()),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        return self.save_pdf_to(target)

    def save_pdf_to(self, target: Path) -> Task | None:
        preview = self._preview
        if preview is None or not self.pdf_button.isEnabled():
            return None
        actor, referral_id, language = self._context.actor, self._referral_id, self.language()
        expected = preview.fingerprint

        def render(app: AppServices, progress: ProgressSink) -> Path:
            return app.dossiers.render(
                actor, referral_id, target, progress, language=language, expected=expected
            )

        def finished(path: Path) -> None:
            self._finish_render()
            self.saved_label.setText(self.tr("Saved: {path}").format(path=path))
            self.saved.emit(path)
            self.render_finished.emit()

        def failed(error: BaseException) -> None:
            self._finish_render()
            self._on_render_failed(error)
            self.render_finished.emit()

        self.form_errors.clear()
        self.saved_label.clear()
        self.render_task = self._context.ops.render(
            self, self.tr("Making the dossier…"), render, finished, failed
        )
        self._update_buttons()
        return self.render_task

    def _finish_render(self) -> None:
        self.render_task = None
        self._update_buttons()

    def _on_render_failed(self, error: BaseException) -> None:
        from canteen_app.documents.templates import RenderCancelled  # loaded by the render

        if isinstance(error, RenderCancelled):
            self.message.show_warning(self.tr("Cancelled: nothing was written."))
            return
        if isinstance(error, DomainError):
            self.form_errors.show(error)
            self.load()  # the consent or the dossier changed: show what holds now
            return
        if isinstance(error, OSError):
            self.message.show_error(
                self.tr("The PDF could not be written: {error}").format(error=error.strerror or error)
            )
            return
        raise error

    # --- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        """Never drop typed changes without asking."""
        if self._discard_confirmed or not self.is_dirty():
            super().reject()
            return
        box, (discard, _keep) = question_box(
            self,
            "dossierDiscardDialog",
            QMessageBox.Icon.Question,
            self.tr("Close without saving?"),
            self.tr("You have changes that are not saved. Close and lose them?"),
            "",
            [
                Choice(
                    self.tr("Close without saving"),
                    QMessageBox.ButtonRole.DestructiveRole,
                    "discardChangesButton",
                ),
                Choice(self.tr("Keep editing"), REJECT, "keepEditingButton"),
            ],
            default=1,
            escape=1,
        )

        def chosen(button: QAbstractButton) -> None:
            if button is discard:
                self._discard_confirmed = True
                self.reject()

        box.buttonClicked.connect(chosen)
        box.open()

    def force_close(self) -> None:
        """Close without asking (logout, idle lock)."""
        self._discard_confirmed = True
        QDialog.reject(self)


def open_dossier(context: UiContext, referral_ids: tuple[int, ...], parent: QWidget) -> DossierDialog | None:
    """The dossier of the first chosen referral (a `ReferralOpener`, ui.common.navigation)."""
    if not referral_ids:
        return None
    dialog = DossierDialog(context, referral_ids[0], parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.load()
    return dialog
