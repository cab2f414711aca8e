"""A participant's photo for the kiosk's check-in (T4): picked from a file (JPEG or PNG),
previewed here, and shown on the kiosk only with the participant's own yes (a tick the coach
sets with them, not by default). The service scales it down and leaves every piece of the
file's metadata behind; "Remove the photo" deletes it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canteen_app.core.errors import DomainError
from canteen_app.training.participants.dto import ParticipantDetails
from ui.common.context import UiContext
from ui.common.forms import FormErrors
from ui.common.widgets import FieldMessage, action_button
from ui.training.participants.formatting import quiet

if TYPE_CHECKING:
    from canteen_app.app import AppServices

PREVIEW_SIZE = 200
FILE_MAX_BYTES = 20 * 1024 * 1024  # the service's limit (PHOTO_FILE_MAX): say so before reading


class PhotoDialog(QDialog):
    """Choose, preview or remove a participant's photo, and their yes or no to the kiosk."""

    saved = Signal(bool)  # whether a photo is stored now

    def __init__(
        self,
        context: UiContext,
        details: ParticipantDetails,
        photo: bytes | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoDialog")
        self.setWindowTitle(self.tr("Photo – {name}").format(name=details.full_name))
        self._context = context
        self._details = details
        self._stored = photo
        self._photo = photo  # what Save stores: the stored photo, a new one, or None
        self._saving = False
        self.file_dialog: QFileDialog | None = None
        self._build()
        self.consent_box.setChecked(details.photo_on_kiosk and photo is not None)
        self._show_photo()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.preview = QLabel()
        self.preview.setObjectName("photoPreview")
        self.preview.setFixedSize(QSize(PREVIEW_SIZE, PREVIEW_SIZE))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setWordWrap(True)
        row.addWidget(self.preview)
        side = QVBoxLayout()
        self.choose_button = action_button(
            "choosePhotoButton", self.tr("Choose a picture…"), self.choose_file
        )
        self.choose_button.setAccessibleName(self.tr("Choose a picture file (JPEG or PNG)"))
        self.remove_button = action_button("removePhotoButton", self.tr("Remove the photo"), self.remove)
        side.addWidget(self.choose_button)
        side.addWidget(self.remove_button)
        self.photo_message = FieldMessage("photo")
        side.addWidget(self.photo_message)
        side.addStretch(1)
        row.addLayout(side, 1)
        layout.addLayout(row)
        note = quiet(
            QLabel(
                self.tr(
                    "The kiosk shows the first name and, with a yes, this photo. "
                    "It is stored small and without the file's details (place, time, camera)."
                )
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)

        self.consent_box = QCheckBox(
            self.tr("{name} says yes to showing the photo on the kiosk").format(name=self._details.first_name)
        )
        self.consent_box.setObjectName("photoConsentBox")
        self.consent_box.setMinimumHeight(40)
        layout.addWidget(self.consent_box)
        self.status = FieldMessage("photoSave")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.save_button: QPushButton = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("photoSaveButton")
        self.save_button.setMinimumHeight(40)
        self.cancel_button = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("photoCancelButton")
        self.cancel_button.setMinimumHeight(40)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.form_errors = FormErrors(self.status, {"photo": self.photo_message})
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

    def showEvent(self, event: QShowEvent) -> None:
        """As tall as the wrapped words need at the width the dialog opens with."""
        super().showEvent(event)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            self.resize(self.width(), max(self.height(), layout.totalHeightForWidth(self.width())))

    # --- the picture ---------------------------------------------------------------------------

    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a photo"))
        dialog.setObjectName("photoFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Pictures (*.jpg *.jpeg *.png)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.load_file)
        self.file_dialog = dialog
        dialog.open()

    def load_file(self, path: str) -> bool:
        """Take the picture in this file (shown at once; stored on Save). False when it cannot
        be used, with the reason under the picture."""
        self.photo_message.clear_message()
        file = Path(path)
        try:
            if file.stat().st_size > FILE_MAX_BYTES:
                self.photo_message.show_error(self.tr("The picture file is too large."))
                return False
            data = file.read_bytes()
        except OSError:
            self.photo_message.show_error(self.tr("This file could not be read."))
            return False
        if _image(data).isNull():
            self.photo_message.show_error(
                self.tr("This file is not a picture we can read (use JPEG or PNG).")
            )
            return False
        self._photo = data
        self._show_photo()
        return True

    def remove(self) -> None:
        self._photo = None
        self.consent_box.setChecked(False)
        self.photo_message.clear_message()
        self._show_photo()

    def _show_photo(self) -> None:
        has_photo = self._photo is not None
        if has_photo:
            assert self._photo is not None
            image = _image(self._photo, QSize(PREVIEW_SIZE, PREVIEW_SIZE))
            self.preview.setPixmap(QPixmap.fromImage(image))
            self.preview.setAccessibleName(self.tr("The photo"))
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No photo"))
            self.preview.setAccessibleName(self.tr("No photo"))
        self.remove_button.setEnabled(has_photo)
        self.consent_box.setEnabled(has_photo)

    @property
    def has_photo(self) -> bool:
        return self._photo is not None

    # --- saving --------------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving:
            return
        actor, participant_id = self._context.actor, self._details.id
        photo, consent = self._photo, self.consent_box.isChecked() and self._photo is not None

        def write(app: AppServices) -> bool:
            app.participants.set_photo(actor, participant_id, photo, consent)
            return photo is not None

        self.form_errors.clear()
        self._context.ops.write(self, write, self._on_saved, self._on_failed, self._set_saving)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.cancel_button.setEnabled(not saving)

    def _on_saved(self, stored: bool) -> None:
        self.saved.emit(stored)
        self.accept()

    def _on_failed(self, error: DomainError) -> None:
        self.form_errors.show(error)

    def reject(self) -> None:
        if not self._saving:
            super().reject()


def _image(data: bytes, size: QSize | None = None) -> QImage:
    """The picture in `data` the right way up (a phone's EXIF turn applied), scaled to fit
    `size` when given; a null image when it is not a picture."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    if size is not None and not image.isNull():
        image = image.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image
