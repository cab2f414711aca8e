"""The referrals page driven through its real widgets: the board (a column per stage, a card per
referral with the first name, position, company and consent in words) and moving a card with
its button and with the keyboard; the list's filters; a referral's history, a correction back
and the coach's statement; a new referral from the participant list's tools; and the outcomes
tab with its charts and figures."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

import ui.shell.pages  # noqa: F401 - the shell offers "New referral…" in the participant list
from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.core.dates import local_day, utc_now
from canteen_app.referrals.consent.rules import ConsentInput, DataCategory
from canteen_app.referrals.referrals.dto import ReferralDetails, ReferralInput
from canteen_app.referrals.referrals.rules import Stage
from tests.gui.a11y_checks import accessible_name, describe, reachable_controls, tab_chain
from tests.gui.conftest import save_screenshot, settle
from tests.helpers import make_user, participant_input
from tests.integration.test_referrals import Partner, _partner
from ui.common.context import UiContext
from ui.referrals.referrals import MoveDialog, NewReferralDialog, ReferralDialog, ReferralsView
from ui.training.participants import ParticipantsView

TODAY = local_day(utc_now())  # these services run on the real clock, as the dialogs do


@pytest.fixture
def coach(app_services: AppServices) -> Actor:
    return make_user(app_services, "Jonas Berg", Role.JOB_COACH)


@pytest.fixture
def partners(app_services: AppServices, coach: Actor) -> tuple[Partner, Partner]:
    return (
        _partner(app_services, coach, "Nordlys Kantiner AS", contact="Ingrid Solberg"),
        _partner(app_services, coach, "Fjordmat Storkjøkken AS", contact="Knut Aasland"),
    )


def _person(app_services: AppServices, coach: Actor, first: str, last: str, days_ago: int = 200) -> int:
    data = participant_input(
        coach.user_id, first_name=first, last_name=last, measure_start=TODAY - timedelta(days=days_ago)
    )
    return app_services.write(lambda app: app.participants.create(coach, data)).value.id


def _refer(app_services: AppServices, coach: Actor, person: int, partner: Partner, days_ago: int) -> int:
    data = ReferralInput(
        person,
        partner.company_id,
        partner.location_id,
        partner.position_id,
        partner.contact_id,
        TODAY - timedelta(days=days_ago),
        "",
    )
    return app_services.write(lambda app: app.referrals.create(coach, data)).value


def _move(app_services: AppServices, coach: Actor, referral_id: int, stage: Stage, days_ago: int) -> None:
    version = app_services.write(lambda app: app.referrals.referral(coach, referral_id)).value.version
    app_services.write(
        lambda app: app.referrals.move(
            coach, referral_id, version, stage, TODAY - timedelta(days=days_ago), ""
        )
    )


def _stored(app_services: AppServices, coach: Actor, referral_id: int) -> ReferralDetails:
    return app_services.write(lambda app: app.referrals.referral(coach, referral_id)).value


@pytest.fixture
def referrals(app_services: AppServices, coach: Actor, partners: tuple[Partner, Partner]) -> dict[str, int]:
    """Fatima (prepared, with a valid consent), Yonas (interview), Olena (hired), Piotr (not hired)."""
    nordlys, fjordmat = partners
    fatima = _person(app_services, coach, "Fatima", "Mohamed")
    yonas = _person(app_services, coach, "Yonas", "Tesfamariam")
    olena = _person(app_services, coach, "Olena", "Kovalenko", days_ago=300)
    piotr = _person(app_services, coach, "Piotr", "Nowak")
    consent = ConsentInput(
        fatima,
        nordlys.company_id,
        None,
        "Henvisning",
        (DataCategory.COMPETENCES,),
        TODAY - timedelta(days=20),
        TODAY + timedelta(days=150),
    )
    app_services.write(lambda app: app.consents.record(coach, consent))
    ids = {
        "fatima": _refer(app_services, coach, fatima, nordlys, 10),
        "yonas": _refer(app_services, coach, yonas, fjordmat, 40),
        "olena": _refer(app_services, coach, olena, nordlys, 90),
        "piotr": _refer(app_services, coach, piotr, fjordmat, 60),
    }
    _move(app_services, coach, ids["yonas"], Stage.SENT, 35)
    _move(app_services, coach, ids["yonas"], Stage.INTERVIEW, 20)
    _move(app_services, coach, ids["olena"], Stage.WORK_TRIAL, 60)
    _move(app_services, coach, ids["olena"], Stage.HIRED, 30)
    _move(app_services, coach, ids["piotr"], Stage.NOT_HIRED, 25)
    return ids


def _view(qtbot: QtBot, context: UiContext) -> ReferralsView:
    view = ReferralsView(context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    settle(qtbot, context.ops)
    qtbot.waitUntil(lambda: not view.is_loading)
    return view


def _board(qtbot: QtBot, view: ReferralsView) -> None:
    view.tabs.setCurrentIndex(1)
    settle(qtbot, view._context.ops)
    QApplication.sendPostedEvents()  # the layout follows the shown tab


def _column_names(view: ReferralsView, stage: Stage) -> list[str]:
    return [card.row.participant_first_name for card in view.board.columns[stage].cards]


def _move_dialog(qtbot: QtBot, view: ReferralsView) -> MoveDialog:
    qtbot.waitUntil(lambda: view.move_dialog is not None)
    dialog = view.move_dialog
    assert dialog is not None
    return dialog


def test_the_board_shows_a_card_per_referral_and_a_button_moves_it(
    qtbot: QtBot,
    app_services: AppServices,
    make_context: Callable[..., UiContext],
    coach: Actor,
    referrals: dict[str, int],
    theme: Callable[[float], None],
) -> None:
    view = _view(qtbot, make_context(coach))
    _board(qtbot, view)
    assert _column_names(view, Stage.PREPARED) == ["Fatima"]
    assert _column_names(view, Stage.INTERVIEW) == ["Yonas"]
    assert _column_names(view, Stage.HIRED) == ["Olena"]
    assert _column_names(view, Stage.NOT_HIRED) == ["Piotr"]
    assert view.board.columns[Stage.SENT].title.text() == "Sent (0)"
    card = view.board.card_of(referrals["fatima"])
    assert card is not None
    texts = [card.name_label.text(), card.position_label.full_text, card.company_label.full_text]
    assert texts == ["Fatima", "Kjøkkenassistent", "Nordlys Kantiner AS"]
    assert card.consent_label.text() == "Consent valid"
    yonas = view.board.card_of(referrals["yonas"])
    assert yonas is not None and yonas.consent_label.text() == "No consent"
    assert card.accessibleName() == "Fatima, Kjøkkenassistent, Nordlys Kantiner AS, Consent valid, Prepared"
    closed = view.board.card_of(referrals["olena"])
    assert closed is not None and closed.move_button is None  # nothing moves out of "hired" here
    save_screenshot(view, "referrals_board")

    assert card.move_button is not None and card.move_button.text() == "Move to Sent"
    qtbot.mouseClick(card.move_button, Qt.MouseButton.LeftButton)
    dialog = _move_dialog(qtbot, view)
    assert dialog.windowTitle() == "Move to Sent"
    dialog.note_edit.setPlainText("Mappe sendt på e-post.")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view._context.ops)
    assert _column_names(view, Stage.PREPARED) == []
    assert _column_names(view, Stage.SENT) == ["Fatima"]
    stored = _stored(app_services, coach, referrals["fatima"])
    assert (stored.stage, stored.stage_on, stored.events[-1].note) == (
        Stage.SENT,
        TODAY,
        "Mappe sendt på e-post.",
    )
    assert view.saved_label.text() == "Moved: Fatima Mohamed to Sent"
    view.shutdown()


def test_the_keyboard_walks_the_board_and_moves_a_card(
    qtbot: QtBot,
    app_services: AppServices,
    make_context: Callable[..., UiContext],
    coach: Actor,
    referrals: dict[str, int],
) -> None:
    view = _view(qtbot, make_context(coach))
    _board(qtbot, view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    fatima = view.board.card_of(referrals["fatima"])
    assert fatima is not None
    fatima.setFocus()
    qtbot.keyClick(fatima, Qt.Key.Key_Right)  # the next column with a card: the interview
    focused = QApplication.focusWidget()
    assert focused is view.board.card_of(referrals["yonas"])
    # Ctrl+Right moves the interview on to the next stage: a work trial.
    qtbot.keyClick(focused, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    dialog = _move_dialog(qtbot, view)
    assert dialog.stage is Stage.WORK_TRIAL
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.date_edit  # today, unless told otherwise
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)  # the dialog's default button: Move
    settle(qtbot, view._context.ops)
    assert _column_names(view, Stage.WORK_TRIAL) == ["Yonas"]
    assert _stored(app_services, coach, referrals["yonas"]).stage is Stage.WORK_TRIAL
    # The menu offers every stage the card may move to.
    card = view.board.card_of(referrals["yonas"])
    assert card is not None
    titles = [action.text() for action in card.menu().actions() if action.text()]
    assert titles == ["Open the referral", "Move to Hired", "Move to Not hired", "Move to Withdrawn"]
    view.shutdown()


def test_the_list_filters_by_stage_and_company(
    qtbot: QtBot,
    make_context: Callable[..., UiContext],
    coach: Actor,
    referrals: dict[str, int],
    partners: tuple[Partner, Partner],
) -> None:
    view = _view(qtbot, make_context(coach))
    assert view.proxy.rowCount() == 4
    assert view.count_label.text() == "4 referrals"
    view.stage_combo.setCurrentIndex(view.stage_combo.findData(Stage.HIRED.value))
    assert view.proxy.rowCount() == 1
    assert view.proxy.index(0, view.model.column_of("participant")).data() == "Olena Kovalenko"
    view.stage_combo.setCurrentIndex(0)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.company_combo.setCurrentIndex(view.company_combo.findData(partners[1].company_id))
    names = sorted(view.proxy.index(row, 0).data() for row in range(view.proxy.rowCount()))
    assert names == ["Piotr Nowak", "Yonas Tesfamariam"]
    assert len(view.board.cards()) == 2  # the board shows the same company
    view.shutdown()


def test_a_referral_shows_its_history_corrects_back_and_saves_the_statement(
    qtbot: QtBot,
    app_services: AppServices,
    make_context: Callable[..., UiContext],
    coach: Actor,
    referrals: dict[str, int],
) -> None:
    view = _view(qtbot, make_context(coach))
    view.open_referral(referrals["piotr"])
    qtbot.waitUntil(lambda: view.dialog is not None)
    dialog = view.dialog
    assert isinstance(dialog, ReferralDialog)
    assert dialog.windowTitle() == "Referral – Piotr Nowak"
    assert [dialog.history.index(row, 0).data() for row in range(dialog.history.rowCount())] == [
        "Prepared",
        "Not hired",
    ]
    assert not dialog.next_button.isVisible() and dialog.correct_button.text() == "Correct back to Prepared…"
    dialog.statement_edit.setPlainText("Piotr møter presis og lærer raskt.")
    correction = dialog.correct()
    assert correction is not None
    with qtbot.waitSignal(correction.moved, timeout=10_000):
        qtbot.mouseClick(correction.save_button, Qt.MouseButton.LeftButton)  # no note: refused
        settle(qtbot, view._context.ops)
        assert correction.isVisible()
        assert "Write why the stage is corrected." in correction.messages["note"].text()
        correction.note_edit.setPlainText("Feil: de har ikke bestemt seg ennå.")
        qtbot.mouseClick(correction.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view._context.ops)
    assert dialog.history.rowCount() == 3
    assert dialog.history.index(2, 0).data() == "Prepared (correction)"
    assert dialog.next_button.text() == "Move to Sent"
    # The statement typed before the move is still there, and saves against the new version.
    assert dialog.statement_edit.toPlainText() == "Piotr møter presis og lærer raskt."
    save_screenshot(dialog, "referral_dialog")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = _stored(app_services, coach, referrals["piotr"])
    assert (stored.stage, stored.statement) == (Stage.PREPARED, "Piotr møter presis og lærer raskt.")
    view.shutdown()


def test_someone_elses_save_is_never_overwritten_silently(
    qtbot: QtBot,
    app_services: AppServices,
    make_context: Callable[..., UiContext],
    coach: Actor,
    referrals: dict[str, int],
) -> None:
    view = _view(qtbot, make_context(coach))
    view.open_referral(referrals["yonas"])
    qtbot.waitUntil(lambda: view.dialog is not None)
    dialog = view.dialog
    assert dialog is not None
    stored = _stored(app_services, coach, referrals["yonas"])
    app_services.write(
        lambda app: app.referrals.update(coach, stored.id, stored.version, stored.contact_id, "Deres tekst.")
    )
    dialog.statement_edit.setPlainText("Min tekst.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.conflict_box is not None)
    assert dialog.statement_edit.toPlainText() == "Min tekst."  # the typing stays
    assert _stored(app_services, coach, referrals["yonas"]).statement == "Deres tekst."
    dialog.force_close()
    view.shutdown()


def test_a_new_referral_from_the_participant_lists_tools(
    qtbot: QtBot,
    app_services: AppServices,
    make_context: Callable[..., UiContext],
    coach: Actor,
    partners: tuple[Partner, Partner],
) -> None:
    person = _person(app_services, coach, "Saron", "Haile")
    context = make_context(coach)
    participants = ParticipantsView(context)
    qtbot.addWidget(participants)
    participants.show()
    settle(qtbot, context.ops)
    participants.table.selectRow(0)
    button = participants.tool_buttons["referral"]
    assert button.text() == "New referral…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: participants.findChild(NewReferralDialog) is not None)
    dialog = participants.findChild(NewReferralDialog)
    assert dialog is not None and dialog.participant_combo is None  # the participant is given
    fjordmat = partners[1]
    with qtbot.waitSignal(dialog.company_loaded, timeout=10_000):
        dialog.choose(dialog.company_combo, fjordmat.company_id)
    # One location and one position: chosen already; the contact can wait.
    assert dialog.location_combo.currentData() == fjordmat.location_id
    assert dialog.position_combo.currentData() == fjordmat.position_id
    dialog.choose(dialog.contact_combo, fjordmat.contact_id)
    dialog.note_edit.setPlainText("Klar for oppvask.")
    with qtbot.waitSignal(dialog.created, timeout=10_000) as created:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = _stored(app_services, coach, created.args[0])
    assert (stored.participant_id, stored.company_id, stored.contact_id, stored.stage) == (
        person,
        fjordmat.company_id,
        fjordmat.contact_id,
        Stage.PREPARED,
    )
    assert stored.events[0].note == "Klar for oppvask."
    participants.shutdown()


def test_a_new_referral_from_the_page_asks_for_what_is_missing(
    qtbot: QtBot,
    app_services: AppServices,
    make_context: Callable[..., UiContext],
    coach: Actor,
    partners: tuple[Partner, Partner],
) -> None:
    person = _person(app_services, coach, "Saron", "Haile")
    view = _view(qtbot, make_context(coach))
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.new_dialog is not None)
    dialog = view.new_dialog
    assert dialog is not None and dialog.participant_combo is not None
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.messages["participant_id"].text() == "Choose a participant."
    assert dialog.messages["company_id"].text() == "Choose a company."
    dialog.choose(dialog.participant_combo, person)
    with qtbot.waitSignal(dialog.company_loaded, timeout=10_000):
        dialog.choose(dialog.company_combo, partners[0].company_id)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [row.participant_id for row in view.rows] == [person]
    view.shutdown()


def test_the_outcomes_tab_charts_referrals_and_hires(
    qtbot: QtBot,
    make_context: Callable[..., UiContext],
    coach: Actor,
    referrals: dict[str, int],
    theme: Callable[[float], None],
) -> None:
    view = _view(qtbot, make_context(coach))
    with qtbot.waitSignal(view.outcomes_loaded, timeout=10_000):
        view.tabs.setCurrentIndex(2)
    panel = view.outcomes
    # Nordlys: Fatima (open) and Olena (hired); Fjordmat: Yonas (open) and Piotr (not hired).
    assert panel.partner_chart.categories == ["Fjordmat Storkjøkken AS", "Nordlys Kantiner AS"]
    assert panel.partner_chart.values() == ([2.0, 2.0], [0.0, 1.0])
    assert panel.year_chart.categories == sorted(
        {str((TODAY - timedelta(days=d)).year) for d in (10, 40, 60, 90)}
    )
    assert panel.figure_labels["referrals"].text() == "4"
    assert panel.figure_labels["hired"].text() == "1"
    assert panel.figure_labels["rate"].text() == "50%"  # one hired of two closed
    assert panel.figure_labels["hire"].text() == "60 days"  # prepared 90 days ago, hired 30 days ago
    assert panel.model.rowCount() == 2
    assert "Nordlys Kantiner AS: 2 referrals, 1 hired" in panel.partner_chart.accessibleDescription()
    QApplication.sendPostedEvents()
    save_screenshot(view, "referrals_outcomes")
    view.shutdown()


def _assert_keyboard_reaches_everything(
    qtbot: QtBot, root: QWidget, first: QWidget, screen: str
) -> list[QWidget]:
    """Tab from `first` visits every control of `root` and comes back; each has a name."""
    root.activateWindow()
    qtbot.waitUntil(root.isActiveWindow)
    chain = tab_chain(qtbot, first)
    missing = [describe(control) for control in reachable_controls(root) if control not in chain]
    assert missing == [], f"{screen}: Tab never reaches {missing}"
    unnamed = [describe(control) for control in chain if not accessible_name(control).strip()]
    assert unnamed == [], f"{screen}: no name for {unnamed}"
    return chain


def test_the_keyboard_reaches_every_control_of_the_board_the_outcomes_and_the_dialogs(
    qtbot: QtBot,
    make_context: Callable[..., UiContext],
    coach: Actor,
    referrals: dict[str, int],
    theme: Callable[[float], None],
) -> None:
    view = _view(qtbot, make_context(coach))
    _board(qtbot, view)
    chain = _assert_keyboard_reaches_everything(qtbot, view, view.new_button, "board")
    assert all(card in chain for card in view.board.cards()) and len(view.board.cards()) == 4
    with qtbot.waitSignal(view.outcomes_loaded, timeout=10_000):
        view.tabs.setCurrentIndex(2)
    QApplication.sendPostedEvents()
    _assert_keyboard_reaches_everything(qtbot, view, view.new_button, "outcomes")

    view.open_referral(referrals["yonas"])
    qtbot.waitUntil(lambda: view.dialog is not None)
    dialog = view.dialog
    assert dialog is not None
    _assert_keyboard_reaches_everything(qtbot, dialog, dialog.next_button, "referral dialog")
    move = dialog.move_to(Stage.WORK_TRIAL)
    _assert_keyboard_reaches_everything(qtbot, move, move.date_edit, "move dialog")
    move.reject()
    dialog.force_close()

    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.new_dialog is not None)
    new = view.new_dialog
    assert new is not None and new.participant_combo is not None
    with qtbot.waitSignal(new.company_loaded, timeout=10_000):
        new.choose(new.company_combo, _stored_company(view))
    _assert_keyboard_reaches_everything(qtbot, new, new.participant_combo, "new referral dialog")
    new.reject()
    view.shutdown()


def _stored_company(view: ReferralsView) -> int:
    return view.rows[0].company_id
