"""A participant's consents, driven through the real widgets: the list with each state in words
(with its sign and colour besides), recording a consent with its messages next to the fields,
withdrawing one after the question, and the consent form in the participant's language with
its preview (which says so when the language's text is not checked by a speaker)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QIcon, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

import ui.shell.pages  # noqa: F401 - the shell offers the consents in the participant list
from canteen_app.access import Actor, Role
from canteen_app.app import AppServices, build_services, open_database
from canteen_app.core.dates import oslo_today
from canteen_app.documents.participant_texts import catalogue
from canteen_app.referrals.consent.rules import ConsentInput, ConsentStatus, DataCategory, latest_expiry
from canteen_app.referrals.partners.rules import CompanyInput, ContactInput
from tests.conftest import FAST_HASHER, FakeClock
from tests.gui.conftest import click_box_button, field_message, save_screenshot, settle, wait_for_box
from tests.helpers import SYSTEM, make_user, participant_input
from ui.common.context import UiContext
from ui.common.formatting import to_qdate
from ui.common.navigation import participant_actions
from ui.referrals.consent import ConsentsDialog
from ui.referrals.consent.form import NewConsentDialog
from ui.referrals.consent.print_form import ConsentFormDialog, ConsentFormPreview

TODAY = date(2026, 11, 25)


@pytest.fixture
def app_services(sqlite_url: str, clock: FakeClock) -> Iterator[AppServices]:
    services = build_services(open_database(sqlite_url), clock, FAST_HASHER)
    yield services
    services.close()


@pytest.fixture
def coach(app_services: AppServices) -> Actor:
    return make_user(app_services, "Jonas Berg", Role.JOB_COACH)


class Setup:
    def __init__(self, services: AppServices, coach: Actor) -> None:
        def write(action: Callable[[AppServices], int]) -> int:
            return services.write(action).value

        data = participant_input(coach.user_id, preferred_language="ar")
        self.participant = write(lambda app: app.participants.create(coach, data).id)
        self.company = write(lambda app: app.partners.save_company(SYSTEM, CompanyInput("Fjordkantina AS")))
        self.other = write(lambda app: app.partners.save_company(SYSTEM, CompanyInput("Matglede Drift AS")))
        self.kari = write(
            lambda app: app.partners.save_contact(
                SYSTEM, self.company, ContactInput("Kari Lie", "Rekrutterer", "91234567")
            )
        )

        def record(**values: object) -> int:
            base: dict[str, object] = {
                "participant_id": self.participant,
                "company_id": self.company,
                "contact_id": None,
                "purpose": "Henvisning til jobb som kjøkkenassistent",
                "categories": (DataCategory.COMPETENCES, DataCategory.TASKS),
                "given_on": TODAY - timedelta(days=40),
                "expires_on": TODAY + timedelta(days=300),
            }
            base.update(values)
            return write(lambda app: app.consents.record(coach, ConsentInput(**base)))  # type: ignore[arg-type]

        self.valid = record(contact_id=self.kari, categories=tuple(DataCategory))
        self.expired = record(
            company_id=self.other,
            given_on=date(2025, 9, 1),
            expires_on=date(2026, 8, 31),
            purpose="Sommerjobb",
        )
        self.withdrawn = record(company_id=self.other, purpose="Arbeidsutprøving")
        version = next(
            c.version
            for c in services.write(lambda app: app.consents.consents(coach, self.participant)).value
            if c.id == self.withdrawn
        )
        services.write(
            lambda app: app.consents.withdraw(coach, self.withdrawn, version, TODAY - timedelta(days=2))
        )


@pytest.fixture
def setup(app_services: AppServices, coach: Actor) -> Setup:
    return Setup(app_services, coach)


def _open(qtbot: QtBot, context: UiContext, participant_id: int) -> ConsentsDialog:
    dialog = ConsentsDialog(context, participant_id, "Åse Ødegård")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.open_list()
    return dialog


def _row(dialog: ConsentsDialog, consent_id: int) -> int:
    source = dialog.model.row_of(consent_id)
    assert source >= 0
    return source


def test_the_list_says_each_state_in_words_with_a_sign_and_a_colour(
    qtbot: QtBot,
    make_context: Callable[..., UiContext],
    coach: Actor,
    setup: Setup,
    theme: Callable[[float], None],
) -> None:
    dialog = _open(qtbot, make_context(coach), setup.participant)
    assert dialog.windowTitle() == "Consents – Åse Ødegård"
    model = dialog.model
    status = model.column_of("status")
    shown = {
        consent_id: model.index(_row(dialog, consent_id), status)
        for consent_id in (setup.valid, setup.expired, setup.withdrawn)
    }
    assert {consent_id: index.data() for consent_id, index in shown.items()} == {
        setup.valid: "Valid",
        setup.expired: "Expired",
        setup.withdrawn: "Withdrawn",
    }
    colours = {index.data(Qt.ItemDataRole.ForegroundRole).color().name() for index in shown.values()}
    assert len(colours) == 3  # a colour each, besides the words
    for index in shown.values():
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon) and not icon.isNull()
        assert isinstance(index.data(Qt.ItemDataRole.ForegroundRole), QBrush)
    valid_row = _row(dialog, setup.valid)
    assert model.index(valid_row, model.column_of("contact")).data() == "Kari Lie"
    assert model.index(valid_row, model.column_of("categories")).data().startswith("Competences and levels, ")
    expired_row = _row(dialog, setup.expired)
    assert model.index(expired_row, model.column_of("contact")).data() == "Anyone at the company"
    dialog.select(setup.withdrawn)
    assert not dialog.withdraw_button.isEnabled()  # already withdrawn
    assert "Withdrawn on" in dialog.detail_label.text()
    dialog.select(setup.valid)
    assert dialog.withdraw_button.isEnabled()
    assert "Valid until" in dialog.detail_label.text()
    assert "Purpose: Henvisning til jobb som kjøkkenassistent" in dialog.detail_label.text()
    QApplication.processEvents()  # the layout makes room for the details
    save_screenshot(dialog, "consents_dialog")
    dialog.close()


def _open_new(qtbot: QtBot, dialog: ConsentsDialog) -> NewConsentDialog:
    with qtbot.waitSignal(dialog.form_opened, timeout=10_000) as opened:
        qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    form = opened.args[0]
    assert isinstance(form, NewConsentDialog)
    return form


def test_a_new_consent_shows_its_problems_next_to_the_fields_then_saves(
    qtbot: QtBot,
    make_context: Callable[..., UiContext],
    app_services: AppServices,
    coach: Actor,
    setup: Setup,
    theme: Callable[[float], None],
) -> None:
    dialog = _open(qtbot, make_context(coach), setup.participant)
    form = _open_new(qtbot, dialog)
    assert form.recipient.company_names() == ["Fjordkantina AS", "Matglede Drift AS"]
    today = oslo_today()  # the form's own today (the services here run on the test's clock)
    assert form.given_edit.date().toPython() == today
    assert form.expires_edit.date().toPython() == latest_expiry(today)  # twelve months less a day
    assert "2027" in form.expiry_hint.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # nothing filled in
    for field_name in ("company_id", "purpose", "categories"):
        assert field_message(form, field_name).isVisible(), field_name
    assert field_message(form, "categories").text() == "Tick at least one kind of data the consent covers."
    form.expires_edit.setDate(form.expires_edit.date().addDays(1))
    form.validate()
    assert field_message(form, "expires_on").isVisible()
    save_screenshot(form, "consent_new_refused")
    form.expires_edit.setDate(to_qdate(latest_expiry(today)))  # back to the proposal

    form.recipient.choose(setup.company, None)
    assert form.recipient.contact_names() == ["Anyone at the company", "Kari Lie – Rekrutterer"]
    form.recipient.choose(setup.company, setup.kari)
    qtbot.keyClicks(form.purpose_edit, "Søknad om fast stilling")
    form.categories.boxes[DataCategory.TASKS].click()
    form.categories.boxes[DataCategory.PHOTO].click()
    form.given_edit.setDate(to_qdate(TODAY - timedelta(days=10)))  # the expiry follows the day given
    assert form.expires_edit.date().toPython() == latest_expiry(TODAY - timedelta(days=10))
    assert not form.validate()
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog._context.ops)
    new = next(c for c in dialog.consents if c.purpose == "Søknad om fast stilling")
    assert (new.contact_name, new.categories, new.given_on, new.status) == (
        "Kari Lie",
        (DataCategory.TASKS, DataCategory.PHOTO),
        TODAY - timedelta(days=10),
        ConsentStatus.VALID,
    )
    assert dialog.selected() is not None and dialog.selected().id == new.id  # type: ignore[union-attr]
    dialog.close()


def test_a_withdrawal_asks_first_and_takes_effect_at_once(
    qtbot: QtBot,
    make_context: Callable[..., UiContext],
    app_services: AppServices,
    coach: Actor,
    setup: Setup,
) -> None:
    dialog = _open(qtbot, make_context(coach), setup.participant)
    dialog.select(setup.valid)
    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    box = wait_for_box(qtbot, "withdrawConsentBox")
    assert "Fjordkantina AS (Kari Lie)" in box.text()
    click_box_button(qtbot, box, "keepConsentButton")  # changed their mind
    settle(qtbot, dialog._context.ops)
    assert next(c for c in dialog.consents if c.id == setup.valid).status is ConsentStatus.VALID

    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    box = wait_for_box(qtbot, "withdrawConsentBox")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        click_box_button(qtbot, box, "withdrawConsentButton")
    shown = next(c for c in dialog.consents if c.id == setup.valid)
    assert (shown.status, shown.withdrawn_on) == (ConsentStatus.WITHDRAWN, TODAY)
    assert dialog.model.index(_row(dialog, setup.valid), 0).data() == "Withdrawn"
    assert "No dossier goes to Fjordkantina AS" in dialog.message.text()
    assert not dialog.withdraw_button.isEnabled()
    stored = app_services.consents.statuses(1, [(setup.participant, setup.company, setup.kari)], TODAY)
    assert set(stored.values()) == {ConsentStatus.WITHDRAWN}
    dialog.close()


def _has_ink(image: QImage) -> bool:
    """True when the page area is not one flat colour (a page was painted)."""
    first = image.pixelColor(image.width() // 2, image.height() // 4)
    step = max(1, image.width() // 80)
    return any(
        image.pixelColor(x, y) != first
        for y in range(image.height() // 8, image.height() // 2, step)
        for x in range(image.width() // 8, image.width() * 7 // 8, step)
    )


def _unreviewed_language() -> str | None:
    return next(
        (code for code in ("ar", "so", "ti", "uk", "pl", "prs") if not catalogue(code).reviewed), None
    )


@pytest.mark.parametrize("which", ["preferred", "reviewed"])
def test_the_consent_form_opens_in_a_preview_in_the_participants_language(
    qtbot: QtBot,
    make_context: Callable[..., UiContext],
    coach: Actor,
    setup: Setup,
    theme: Callable[[float], None],
    which: str,
) -> None:
    dialog = _open(qtbot, make_context(coach), setup.participant)
    dialog.select(setup.valid)
    with qtbot.waitSignal(dialog.form_opened, timeout=10_000) as opened:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    chooser = opened.args[0]
    assert isinstance(chooser, ConsentFormDialog)
    assert chooser.language() == "ar"  # the participant's preferred language
    assert chooser.recipient.company_id() == setup.company and chooser.recipient.contact_id() == setup.kari
    if which == "reviewed":
        chooser.language_combo.setCurrentIndex(chooser.language_combo.findData("en"))
    language = chooser.language()
    save_screenshot(chooser, f"consent_form_chooser_{which}")
    with qtbot.waitSignal(chooser.preview_opened, timeout=30_000) as shown:
        qtbot.mouseClick(chooser.make_button, Qt.MouseButton.LeftButton)
    preview = shown.args[0]
    assert isinstance(preview, ConsentFormPreview)
    qtbot.waitUntil(preview.isVisible)
    assert preview.page_count >= 1 and preview.language == language
    assert preview.notice.isVisible() == (not catalogue(language).reviewed)
    if not catalogue(language).reviewed:
        assert "has not been checked by someone who speaks the language" in preview.notice.text()
    qtbot.waitUntil(lambda: _has_ink(preview.view.viewport().grab().toImage()), timeout=10_000)
    save_screenshot(preview, f"consent_form_preview_{which}")
    path = preview.path
    assert path.is_file()
    preview.close()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not path.exists())  # the made file goes with the preview
    dialog.close()


def test_an_unreviewed_language_is_marked_where_it_is_chosen(
    qtbot: QtBot, make_context: Callable[..., UiContext], coach: Actor, setup: Setup
) -> None:
    language = _unreviewed_language()
    if language is None:
        pytest.skip("every participant language is reviewed")
    dialog = _open(qtbot, make_context(coach), setup.participant)
    with qtbot.waitSignal(dialog.form_opened, timeout=10_000) as opened:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    chooser = opened.args[0]
    text = chooser.language_combo.itemText(chooser.language_combo.findData(language))
    assert text.endswith("not checked by a speaker yet")
    assert not chooser.language_combo.itemText(chooser.language_combo.findData("en")).endswith("yet")
    chooser.close()
    dialog.close()


def test_the_participant_list_offers_consents_to_those_who_manage_referrals(
    qtbot: QtBot,
    make_context: Callable[..., UiContext],
    app_services: AppServices,
    coach: Actor,
    setup: Setup,
) -> None:
    manager = make_user(app_services, "Kari Nordmann", Role.CANTEEN_MANAGER)
    assert "consents" in [action.key for action in participant_actions(coach)]
    assert "consents" not in [action.key for action in participant_actions(manager)]
    action = next(action for action in participant_actions(coach) if action.key == "consents")
    assert action.title() == "Consents…"
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    action.open(make_context(coach), setup.participant, "Åse Ødegård", parent)
    dialog = parent.findChild(ConsentsDialog)
    assert isinstance(dialog, ConsentsDialog)
    qtbot.waitUntil(lambda: len(dialog.consents) == 3)
    settle(qtbot, dialog._context.ops)
    dialog.close()
