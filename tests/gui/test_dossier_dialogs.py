"""The dossier screens driven through their real widgets: the dossier of a referral opened from
the referrals page (only the consented kinds of data can be ticked, the others say why; the
preview lists what goes out; a change makes it stale until saved; the PDF is written in the
background, and a withdrawal after the preview stops it), the batch export (ticks, a folder, the
skipped list), and the participant's certificates, references and languages."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

import ui.shell.pages  # noqa: F401 - the shell registers the referral tools and the participant tool
from canteen_app.app import AppServices
from canteen_app.documents.shaping import searchable_text
from canteen_app.referrals.consent.rules import CATEGORY_ORDER, DataCategory
from tests.dossier_world import LATEST_EVIDENCE, DossierWorld, build_world
from tests.gui.conftest import save_screenshot, settle
from ui.common.context import UiContext
from ui.common.list_table import select_item
from ui.referrals.dossiers import (
    CertificateDialog,
    DossierBatchDialog,
    DossierDialog,
    DossierMaterialDialog,
    ReferenceDialog,
    open_batch_export,
    open_dossier_material,
)
from ui.referrals.referrals import ReferralsView

WITHOUT_PHOTO = tuple(c for c in CATEGORY_ORDER if c is not DataCategory.PHOTO)


@pytest.fixture
def world(app_services: AppServices) -> DossierWorld:
    return build_world(app_services)


@pytest.fixture
def context(make_context: Callable[..., UiContext], world: DossierWorld) -> UiContext:
    return make_context(world.coach)


@pytest.fixture
def view(qtbot: QtBot, context: UiContext, theme: Callable[[float], None]) -> Iterator[ReferralsView]:
    page = ReferralsView(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    settle(qtbot, context.ops)
    yield page
    page.shutdown()


def _open_dossier(qtbot: QtBot, view: ReferralsView, context: UiContext) -> DossierDialog:
    _action, button = view.action_buttons["dossier"]
    assert button.text() == "Dossier…" and not button.isEnabled()  # nothing selected yet
    view.table.selectRow(0)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.findChild(DossierDialog) is not None)
    dialog = view.findChild(DossierDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview is not None)
    settle(qtbot, context.ops)
    return dialog


def _rows(dialog: DossierDialog) -> list[tuple[str, str, str]]:
    """(section, field, value) per row; the section is written on its first row only."""
    model = dialog.preview_model
    return [
        (model.item(row, 0).accessibleText(), model.item(row, 1).text(), model.item(row, 2).text())
        for row in range(model.rowCount())
    ]


def test_the_dossier_shows_what_goes_out_before_anything_is_written(
    qtbot: QtBot, view: ReferralsView, context: UiContext, world: DossierWorld, tmp_path: Path
) -> None:
    world.consent(WITHOUT_PHOTO)
    dialog = _open_dossier(qtbot, view, context)
    assert dialog.windowTitle() == "Dossier – Åse Ødegård"
    assert dialog.recipient_label.text() == "Åse Ødegård → Nordlys Kantiner AS, attn. Kari Rekrutterer"
    assert dialog.consent_label.text() == "Consent: valid for this recipient"
    # Only what the consent covers can be ticked; the photo says why not.
    photo = dialog.boxes[DataCategory.PHOTO]
    assert not photo.isEnabled() and not photo.isChecked()
    assert "Not covered" in dialog.notes[DataCategory.PHOTO].text()
    assert all(dialog.boxes[c].isEnabled() and dialog.boxes[c].isChecked() for c in WITHOUT_PHOTO)
    rows = _rows(dialog)
    assert ("Profile", "Name", "Åse Ødegård") in rows
    assert any(LATEST_EVIDENCE in value for _section, _label, value in rows)
    assert not any(label == "Photo" for _section, label, _value in rows)
    assert dialog.pdf_button.isEnabled()
    dialog.resize(1240, 760)  # an office PC's screen (the test screen is smaller)
    qtbot.wait(50)
    save_screenshot(dialog, "dossier_dialog")

    # A change makes the preview stale: no PDF until it is saved and previewed again.
    dialog.boxes[DataCategory.REFERENCES].setChecked(False)
    assert not dialog.pdf_button.isEnabled() and not dialog.preview_table.isEnabled()
    assert "Save and preview" in dialog.preview_state.text()
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert not any(section == "References" for section, _label, _value in _rows(dialog))
    assert dialog.pdf_button.isEnabled() and dialog.saved_label.text().startswith("Saved.")

    target = tmp_path / "dossier.pdf"
    with qtbot.waitSignal(dialog.render_finished, timeout=30_000):
        dialog.save_pdf_to(target)
    assert dialog.saved_label.text() == f"Saved: {target}"
    text = searchable_text("\n".join(page.extract_text() for page in PdfReader(target).pages))
    assert "Kandidatmappe" in text and "Per Olsen" not in text and "Hygienekurs" in text

    # The participant withdraws (recorded elsewhere): the next PDF is refused, nothing written.
    world.withdraw()
    again = tmp_path / "again.pdf"
    with qtbot.waitSignal(dialog.render_finished, timeout=30_000):
        dialog.save_pdf_to(again)
    assert not again.exists()
    assert "withdrawn" in dialog.message.text()
    qtbot.waitUntil(lambda: dialog.consent_label.text().startswith("Consent: withdrawn"))
    settle(qtbot, context.ops)
    assert not dialog.pdf_button.isEnabled()
    assert "No dossier can be made now" in dialog.preview_state.text()
    dialog.force_close()


def test_closing_over_unsaved_choices_asks_first(
    qtbot: QtBot, view: ReferralsView, context: UiContext, world: DossierWorld, app_services: AppServices
) -> None:
    from tests.gui.conftest import click_box_button, wait_for_box

    world.consent(WITHOUT_PHOTO)
    dialog = _open_dossier(qtbot, view, context)
    dialog.statement_edit.setPlainText("Ny vurdering.")
    dialog.reject()
    box = wait_for_box(qtbot, "dossierDiscardDialog")
    click_box_button(qtbot, box, "keepEditingButton")
    assert dialog.isVisible() and dialog.statement_edit.toPlainText() == "Ny vurdering."
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.apply()
    stored = app_services.write(lambda app: app.referrals.referral(world.coach, world.referral_id)).value
    assert stored.statement == "Ny vurdering."
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_referral_dialog_offers_the_dossier(
    qtbot: QtBot, view: ReferralsView, context: UiContext, world: DossierWorld
) -> None:
    world.consent(WITHOUT_PHOTO)
    view.table.selectRow(0)
    view.open_selected()
    qtbot.waitUntil(lambda: view.dialog is not None)
    referral = view.dialog
    assert referral is not None
    button = referral.action_buttons["dossier"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: referral.findChild(DossierDialog) is not None)
    dossier = referral.findChild(DossierDialog)
    assert dossier is not None
    qtbot.waitUntil(lambda: dossier.preview is not None)
    settle(qtbot, context.ops)
    dossier.force_close()
    referral.force_close()


def test_the_batch_exports_the_ticked_and_lists_the_skipped(
    qtbot: QtBot, app_services: AppServices, context: UiContext, world: DossierWorld, tmp_path: Path
) -> None:
    world.consent(WITHOUT_PHOTO)
    other = build_world(
        app_services, first_name="Amal", last_name="Yusuf", coach_name="Eva Lie", company="Fjordmat AS"
    )
    parent = QPushButton()
    qtbot.addWidget(parent)
    dialog = open_batch_export(context, (), parent)
    assert isinstance(dialog, DossierBatchDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    settle(qtbot, context.ops)
    assert dialog.table.verticalHeader().count() == 2  # the view shows both rows
    # Ticked at first: the open referrals with a valid consent.
    assert dialog.ticked() == [world.referral_id]
    assert dialog.count_label.text().startswith("1 referral")
    dialog.set_ticked({world.referral_id, other.referral_id})
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.folder_edit.setText(str(folder))
    assert dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.finished_export, timeout=60_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    result = dialog.batch_result
    assert result is not None and [rid for rid, _path in result.written] == [world.referral_id]
    assert [p.name for p in folder.iterdir()] == [f"nordlys-kantiner-as-ÅØ-{world.referral_id}.pdf"]
    assert dialog.result_label.text().endswith(f"written to {folder}.")
    assert dialog.skipped_list.isVisible() and dialog.skipped_list.count() == 1
    skipped = dialog.skipped_list.item(0).text()
    assert skipped.startswith("Amal Yusuf to Fjordmat AS:") and "No consent" in skipped
    dialog.resize(1100, 700)
    qtbot.wait(50)
    save_screenshot(dialog, "dossier_batch_dialog")
    dialog.close()


def test_certificates_references_and_languages_are_kept_from_the_participant_tools(
    qtbot: QtBot, context: UiContext, world: DossierWorld
) -> None:
    parent = QPushButton()
    qtbot.addWidget(parent)
    dialog = open_dossier_material(context, world.participant_id, "Åse Ødegård", parent)
    assert isinstance(dialog, DossierMaterialDialog)
    qtbot.waitUntil(lambda: dialog.material is not None)
    settle(qtbot, context.ops)
    assert [dialog.language_list.item(n).text() for n in range(dialog.language_list.count())] == [
        "Somali",
        "Norwegian Bokmål",
        "English",
    ]
    assert dialog.references.rowCount() == 2
    unasked = next(r for r in dialog.references.rows if r.consented_on is None)
    assert dialog.references.display("consented_on", unasked) == "Not asked: never named"
    # A language is added from the list of every language.
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ti"))
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.add_language_button, Qt.MouseButton.LeftButton)
    assert dialog.material is not None and dialog.material.spoken_languages[-1] == "ti"
    # A certificate through its form.
    with qtbot.waitSignal(dialog.dialog_opened) as opened:
        dialog.open_record("certificate")
    form = opened.args[0]
    assert isinstance(form, CertificateDialog)
    form.save()
    assert "required" in form.messages["name"].text()
    form.name_edit.setText("Truckførerbevis T1")
    form.issuer_edit.setText("AKA Opplæring AS")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert {c.name for c in dialog.certificates.rows} == {
        "Hygienekurs for næringsmiddelarbeidere",
        "Truckførerbevis T1",
    }
    # A reference: their yes is what names them.
    with qtbot.waitSignal(dialog.dialog_opened) as opened:
        dialog.open_record("reference")
    reference = opened.args[0]
    assert isinstance(reference, ReferenceDialog)
    assert not reference.consented_edit.isEnabled()
    reference.name_edit.setText("Tor Hansen")
    reference.relation_edit.setText("Sommerjobb")
    reference.email_edit.setText("tor@example.no")
    reference.agreed_box.setChecked(True)
    save_screenshot(reference, "dossier_reference_dialog")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.mouseClick(reference.save_button, Qt.MouseButton.LeftButton)
    added = next(r for r in dialog.references.rows if r.name == "Tor Hansen")
    assert added.consented_on is not None
    dialog.resize(1000, 760)
    qtbot.wait(50)
    save_screenshot(dialog, "dossier_material_dialog")
    # Removing asks first: "Keep it" keeps the certificate, "Remove" removes it.
    truck = next(c for c in dialog.certificates.rows if c.name == "Truckførerbevis T1")
    select_item(dialog.certificate_table, dialog.certificates, truck.id)
    dialog.remove_selected("certificate")
    keep = dialog.remove_box.findChild(QPushButton, "keepMaterialButton")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    settle(qtbot, context.ops)
    assert "Truckførerbevis T1" in {c.name for c in dialog.certificates.rows}
    dialog.remove_selected("certificate")
    remove = dialog.remove_box.findChild(QPushButton, "confirmRemoveMaterialButton")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert {c.name for c in dialog.certificates.rows} == {"Hygienekurs for næringsmiddelarbeidere"}
    dialog.close()


def test_the_referrals_page_offers_the_batch_export(
    qtbot: QtBot, view: ReferralsView, context: UiContext, world: DossierWorld
) -> None:
    _action, button = view.action_buttons["export_dossiers"]
    assert button.text() == "Export dossiers…" and button.isEnabled()  # no referral needs choosing
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.findChild(DossierBatchDialog) is not None)
    dialog = view.findChild(DossierBatchDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    settle(qtbot, context.ops)
    assert dialog.ticked() == []  # no valid consent yet: nothing ticked to begin with
    assert not dialog.export_button.isEnabled()
    dialog.close()
