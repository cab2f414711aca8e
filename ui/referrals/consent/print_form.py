"""The consent form to sign, for one recipient, in easy-read Norwegian and the participant's
language (their preferred one unless another is chosen), made in the background and shown in
the PDF preview, which says so when the language's text has not been checked by a speaker.

The service decides the boxes: as the latest valid consent for the recipient has them; without
one, as ticked here (or none, to fill in by hand)."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from canteen_app.app import AppServices
from canteen_app.core.errors import DomainError
from canteen_app.core.languages import Language, language_label
from canteen_app.core.progress import ProgressSink
from canteen_app.documents.participant_texts import catalogue
from canteen_app.referrals.consent.dto import ConsentInfo
from canteen_app.referrals.consent.rules import PURPOSE_MAX
from canteen_app.referrals.partners.dto import CompanyDetails
from ui.common.context import UiContext
from ui.common.formatting import quiet
from ui.common.i18n import message_text
from ui.common.pdf_preview import PdfPreviewDialog
from ui.common.widgets import FieldMessage, WideListComboBox
from ui.referrals.consent.fields import ROW_HEIGHT, CategoryChecks, RecipientPicker

log = logging.getLogger(__name__)


def reviewed(language: str) -> bool:
    """Whether a speaker has checked the language's texts."""
    return catalogue(language).reviewed


class ConsentFormPreview(PdfPreviewDialog):
    """The PDF preview, with a warning above the pages when the participant's language has
    text no speaker has checked yet."""

    def __init__(
        self,
        path: Path,
        title: str,
        language: str,
        ui_language: str,
        folder: tempfile.TemporaryDirectory[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(path, title, parent)
        self.setObjectName("consentFormPreview")
        self.language = language
        if folder is not None:
            # The made file goes with the preview (a copy saved with "Save as…" stays); once the
            # preview is deleted, so that Windows lets the file go.
            self.destroyed.connect(lambda *_args: folder.cleanup())
        self.notice = QLabel()
        self.notice.setObjectName("consentFormUnreviewed")
        self.notice.setWordWrap(True)
        self.notice.setProperty("severity", "warning")
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if not reviewed(language):
            self.notice.setText(
                self.tr(
                    "The {language} text of this form has not been checked by someone who speaks the "
                    "language. Have it checked before the participant signs."
                ).format(language=language_label(Language(language), ui_language))
            )
            self.notice.setAccessibleDescription(self.notice.text())
        self.notice.setVisible(bool(self.notice.text()))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.notice)


class ConsentFormDialog(QDialog):
    """Choose the recipient, the language and (for a new consent) the boxes; then make the form."""

    preview_opened = Signal(object)  # the ConsentFormPreview

    def __init__(
        self,
        context: UiContext,
        participant_id: int,
        name: str,
        companies: Sequence[CompanyDetails],
        preferred_language: str,
        chosen: ConsentInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentFormDialog")
        self.setWindowTitle(self.tr("Consent form – {name}").format(name=name))
        self._context = context
        self._participant_id = participant_id
        self._name = name
        self.preview: ConsentFormPreview | None = None
        self.recipient = RecipientPicker(companies, self)
        self._build(preferred_language)
        if chosen is not None:
            self.recipient.choose(chosen.company_id, chosen.contact_id)
            self.purpose_edit.setText(chosen.purpose)
            self.categories.set_chosen(chosen.categories)
        self.recipient.changed.connect(self._update)
        self._update()
        self.resize(
            max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 90), self.sizeHint().height()
        )

    def _build(self, preferred_language: str) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The form is in easy-read Norwegian and the participant's language. If the participant "
                "has a valid consent for this recipient, the form shows what it covers; otherwise the "
                "boxes ticked here are ticked on the form (none: to fill in by hand)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("Partner company"), self.recipient.company_combo)
        self._row(form, self.tr("Contact person"), self.recipient.contact_combo)
        self.language_combo: QComboBox = WideListComboBox()
        self.language_combo.setObjectName("consentFormLanguage")
        self.language_combo.setMinimumHeight(ROW_HEIGHT)
        for language in Language:
            text = language_label(language, self._context.language)
            if not reviewed(language.value):
                text = self.tr("{language} – not checked by a speaker yet").format(language=text)
            self.language_combo.addItem(text, language.value)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(preferred_language), 0))
        self._row(form, self.tr("Language"), self.language_combo)
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setObjectName("consentFormPurpose")
        self.purpose_edit.setMaxLength(PURPOSE_MAX)
        self.purpose_edit.setPlaceholderText(self.tr("Empty: a line to write it by hand"))
        self._row(form, self.tr("Purpose"), self.purpose_edit)
        self.categories = CategoryChecks()
        self._row(form, self.tr("Boxes to tick"), self.categories)
        self.categories.name_boxes()
        layout.addLayout(form)
        hint = quiet(QLabel(self.tr("Making the form is logged as an export of the participant's name.")))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.message = FieldMessage("consentForm")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.make_button = buttons.addButton(self.tr("Make the form"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.make_button.setObjectName("consentFormMakeButton")
        self.make_button.setMinimumHeight(40)
        self.make_button.setDefault(True)
        self.cancel_button = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("consentFormCancelButton")
        self.cancel_button.setMinimumHeight(40)
        buttons.accepted.connect(self.make)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _row(form: QFormLayout, text: str, editor: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(editor.focusProxy() or editor)
        (editor.focusProxy() or editor).setAccessibleName(text)
        form.addRow(label, editor)

    def _update(self) -> None:
        self.make_button.setEnabled(self.recipient.company_id() is not None)

    def language(self) -> str:
        return str(self.language_combo.currentData())

    # --- making it -----------------------------------------------------------------------------

    def make(self) -> None:
        company_id = self.recipient.company_id()
        if company_id is None:
            self.message.show_error(self.tr("Choose a partner company."))
            return
        self.message.clear_message()
        contact_id = self.recipient.contact_id()
        language = self.language()
        purpose = self.purpose_edit.text()
        categories = self.categories.chosen()
        folder = tempfile.TemporaryDirectory(prefix="canteen-consent-", ignore_cleanup_errors=True)
        out_path = Path(folder.name) / f"{self.tr('consent-form')}.pdf"
        actor, participant_id = self._context.actor, self._participant_id
        title = self.tr("Consent form – {name}").format(name=self._name)
        ui_language = self._context.language

        def render(app: AppServices, progress: ProgressSink) -> Path:
            return app.consents.consent_form(
                actor,
                participant_id,
                company_id,
                contact_id,
                language,
                out_path,
                progress,
                purpose=purpose,
                categories=categories,
            )

        def done(path: Path) -> None:
            self.make_button.setEnabled(True)
            preview = ConsentFormPreview(path, title, language, ui_language, folder, self.parentWidget())
            preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.preview = preview
            preview.show()
            self.preview_opened.emit(preview)
            self.accept()

        def failed(error: BaseException) -> None:
            folder.cleanup()
            self._on_failed(error)

        self.make_button.setEnabled(False)
        self._context.ops.render(self.window(), self.tr("Making the consent form…"), render, done, failed)

    def _on_failed(self, error: BaseException) -> None:
        from canteen_app.documents.templates import RenderCancelled

        self.make_button.setEnabled(True)
        if isinstance(error, RenderCancelled):
            return
        if isinstance(error, DomainError):
            self.message.show_error(message_text(error.message))
            return
        if isinstance(error, OSError):
            log.error("Could not write the consent form: %s", error.strerror)
            QMessageBox.warning(
                self,
                self.tr("Consent form"),
                self.tr("The form could not be written: {error}").format(error=error.strerror or error),
            )
            return
        raise error
