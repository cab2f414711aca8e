"""Ingredients, dishes, the canteen calendar and menus on SQLite and PostgreSQL: an allergen
typed once on an ingredient is right on every dish and menu that uses it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from canteen_app.app import AppServices
from canteen_app.canteen.calendar.rules import ClosureInput
from canteen_app.canteen.ingredients.allergens import (
    Allergen,
    AllergenCodeError,
    AllergenMark,
    parse_marks,
    words,
)
from canteen_app.canteen.menus.rules import PrintKind, WarningKind
from canteen_app.core.errors import ConcurrencyError, NotAuthorizedError, ValidationError
from tests.conftest import FakeClock
from tests.helpers import KIOSK
from tests.kitchen_helpers import COACH, MANAGER, add_dish, ingredient_input, stock_pantry

MONDAY = date(2026, 11, 23)  # the FakeClock's week (Wednesday 25 November 2026)


def _week(services: AppServices, day: date = MONDAY):
    return services.read(lambda app: app.menus.week(MANAGER, day)).value


def _ingredient(services: AppServices, ingredient_id: int):
    return services.read(lambda app: app.ingredients.get(MANAGER, ingredient_id)).value


def _update(services: AppServices, ingredient_id: int, **changes: object):
    current = _ingredient(services, ingredient_id)
    data = current.as_input()
    data = type(data)(**{**data.__dict__, **changes})
    return services.write(
        lambda app: app.ingredients.update(MANAGER, ingredient_id, current.version, data)
    ).value


# --- allergen codes ---------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["gluten", "notter", "gluten:", "notter:peanott", "melk:hvete", "nøtter"])
def test_a_bare_or_wrong_allergen_code_is_refused(code: str) -> None:
    with pytest.raises(AllergenCodeError):
        parse_marks(code)


def test_the_bare_gluten_message_names_the_grains() -> None:
    with pytest.raises(AllergenCodeError) as caught:
        parse_marks("gluten")
    assert "hvete, rug, bygg, havre, spelt, korasanhvete" in str(caught.value)


def test_allergen_words_name_grain_and_nut_in_the_regulations_order() -> None:
    marks = parse_marks("melk;notter:mandel;gluten:bygg;gluten:hvete")
    assert words(marks) == "gluten (hvete, bygg), melk, nøtter (mandel)"
    assert words(marks, english=True) == "gluten (wheat, barley), milk, nuts (almond)"


# --- ingredients --------------------------------------------------------------------------------


def test_an_ingredient_keeps_its_allergens_cost_and_who_checked_them(services: AppServices) -> None:
    data = ingredient_input(
        "Grovbrød", "gluten:hvete;gluten:rug", "sesam", "", unit="stk", pack_size="12", pack_price="300"
    )
    saved = services.write(lambda app: app.ingredients.add(MANAGER, data)).value
    stored = _ingredient(services, saved.id)
    assert stored.profile.contains == parse_marks("gluten:hvete;gluten:rug")
    assert stored.profile.may_contain == parse_marks("sesam")
    assert stored.unit_cost == Decimal(25)
    assert stored.checked_by == MANAGER.name
    assert stored.profile.diet.vegan


def test_milk_needs_dairy_origin_so_no_dish_with_milk_is_called_vegan(services: AppServices) -> None:
    data = ingredient_input("Fløte", "melk", "", "")
    with pytest.raises(ValidationError) as caught:
        services.write(lambda app: app.ingredients.add(MANAGER, data))
    assert "animal_origin" in caught.value.field_errors
    assert services.read(lambda app: app.ingredients.ingredients(MANAGER)).value == []


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("pack_size", "-1"),
        ("pack_price", "tolv"),
        ("unit", "dl"),
        ("pack_size", "0,0001"),
        ("supplier", "A\u202eB"),
    ],
)
def test_bad_input_is_refused_next_to_its_field(services: AppServices, field: str, value: str) -> None:
    data = ingredient_input("Smør", "melk", "", "dairy", **{field: value})
    with pytest.raises(ValidationError) as caught:
        services.write(lambda app: app.ingredients.add(MANAGER, data))
    assert field in caught.value.field_errors


def test_allergen_changes_are_logged_with_who_and_when(services: AppServices, clock: FakeClock) -> None:
    ids = stock_pantry(services)
    clock.advance(days=3)
    _update(services, ids["Linser"], may_contain=parse_marks("gluten:hvete;soya"))
    history = services.read(lambda app: app.ingredients.history(MANAGER, ids["Linser"])).value
    assert history[0].actor_name == MANAGER.name
    assert history[0].changed_at == clock.now
    assert (history[0].may_contain_before, history[0].may_contain_after) == (
        "gluten:hvete",
        "gluten:hvete;soya",
    )
    # Changing only the price is not an allergen change.
    _update(services, ids["Linser"], pack_price="35")
    assert len(services.read(lambda app: app.ingredients.history(MANAGER, ids["Linser"])).value) == 2


def test_allergen_data_unchecked_for_twelve_months_is_marked(services: AppServices) -> None:
    old = ingredient_input("Rosiner", checked_on=date(2025, 11, 24))
    fresh = ingredient_input("Aprikos", checked_on=date(2025, 11, 25))
    services.write(lambda app: [app.ingredients.add(MANAGER, old), app.ingredients.add(MANAGER, fresh)])
    marked = {
        i.name_nb: i.check_stale
        for i in services.read(lambda app: app.ingredients.ingredients(MANAGER)).value
    }
    assert marked == {"Aprikos": False, "Rosiner": True}


def test_a_stale_edit_is_refused_and_keeps_the_other_save(services: AppServices) -> None:
    ids = stock_pantry(services)
    loaded = _ingredient(services, ids["Melk"])
    _update(services, ids["Melk"], pack_price="19")
    with pytest.raises(ConcurrencyError):
        services.write(
            lambda app: app.ingredients.update(MANAGER, loaded.id, loaded.version, loaded.as_input())
        )
    assert _ingredient(services, ids["Melk"]).pack_price == Decimal("19")


def test_only_the_canteen_manager_edits_coaches_and_the_kiosk_read(services: AppServices) -> None:
    stock_pantry(services)
    with pytest.raises(NotAuthorizedError):
        services.write(lambda app: app.ingredients.add(COACH, ingredient_input("Salt")))
    assert services.read(lambda app: app.ingredients.ingredients(COACH)).value
    assert services.read(lambda app: app.menus.days(KIOSK, MONDAY, MONDAY)).value


def test_an_ingredient_a_dish_uses_cannot_be_deleted(services: AppServices) -> None:
    ids = stock_pantry(services)
    add_dish(services, "Grøt", {ids["Havregryn"]: "0.05"})
    with pytest.raises(ValidationError):
        services.write(lambda app: app.ingredients.delete(MANAGER, ids["Havregryn"]))
    services.write(lambda app: app.ingredients.delete(MANAGER, ids["Sesamfrø"]))
    names = [i.name_nb for i in services.read(lambda app: app.ingredients.ingredients(MANAGER)).value]
    assert "Havregryn" in names and "Sesamfrø" not in names


# --- dishes -------------------------------------------------------------------------------------


def test_a_dish_derives_allergens_diet_and_cost_and_says_which_ingredient_brings_what(
    services: AppServices,
) -> None:
    ids = stock_pantry(services)
    dish_id = add_dish(
        services,
        "Fiskegrateng",
        {ids["Torsk"]: "6", ids["Melk"]: "4", ids["Hvetemel"]: "1", ids["Linser"]: "2"},
        batch_portions="40",
    )
    details = services.read(lambda app: app.dishes.details(MANAGER, dish_id)).value
    summary = details.summary
    assert summary.allergens.contains == parse_marks("fisk;melk;gluten:hvete")
    # Linser "may contain" wheat, but the flour contains it: wheat is contained, not a trace.
    assert summary.allergens.may_contain == frozenset()
    assert not summary.vegetarian
    # (6 x 150 + 4 x 18 + 1 x 12 + 2 x 30) / 40 portions
    assert summary.cost_per_portion == Decimal("26.10")
    assert details.sources[AllergenMark(Allergen.GLUTEN, "hvete")] == ("Hvetemel", "Linser")
    assert details.sources[AllergenMark(Allergen.FISK)] == ("Torsk",)


def test_a_vegetarian_main_with_fish_is_refused(services: AppServices) -> None:
    ids = stock_pantry(services)
    with pytest.raises(ValidationError) as caught:
        add_dish(services, "Fiskesuppe", {ids["Torsk"]: "0.1"}, course="vegetarian_main")
    assert "Torsk" in str(caught.value.field_errors["course"])


def test_changing_an_ingredient_changes_every_dish_and_menu_that_uses_it(services: AppServices) -> None:
    ids = stock_pantry(services)
    soup = add_dish(services, "Linsesuppe", {ids["Linser"]: "0.1"}, course="soup")
    services.write(lambda app: app.menus.add_dish(MANAGER, MONDAY, soup))
    _update(services, ids["Linser"], contains=parse_marks("selleri"))
    dish = services.read(lambda app: app.dishes.summaries(1, [soup])).value[soup]
    assert dish.allergens.contains == parse_marks("selleri")
    menu_dish = _week(services).days[0].dishes[0]
    assert menu_dish.allergens.contains == parse_marks("selleri")


# --- the canteen calendar --------------------------------------------------------------------


def test_public_holidays_and_closures_close_weekdays_with_their_reason(services: AppServices) -> None:
    services.write(
        lambda app: app.calendar.add_closure(
            MANAGER, ClosureInput(date(2026, 7, 6), date(2026, 7, 24), "Fellesferie")
        )
    )
    may = services.read(lambda app: app.calendar.days(1, date(2026, 5, 11), date(2026, 5, 15))).value
    assert [(d.day.day, d.reason) for d in may if d.closed] == [(14, "Kristi himmelfartsdag")]
    july = services.read(lambda app: app.calendar.open_days(1, date(2026, 7, 1), date(2026, 7, 31))).value
    assert [d.day for d in july] == [1, 2, 3, 27, 28, 29, 30, 31]


def test_overlapping_and_backwards_closures_are_refused(services: AppServices) -> None:
    services.write(
        lambda app: app.calendar.add_closure(
            MANAGER, ClosureInput(date(2026, 12, 21), date(2026, 12, 31), "Jul")
        )
    )
    for first, last, field in (
        (date(2026, 12, 30), date(2027, 1, 2), "first_day"),
        (date(2027, 2, 2), date(2027, 2, 1), "last_day"),
    ):
        with pytest.raises(ValidationError) as caught:
            services.write(
                lambda app, f=first, t=last: app.calendar.add_closure(MANAGER, ClosureInput(f, t, "Stengt"))
            )
        assert field in caught.value.field_errors


# --- menus ------------------------------------------------------------------------------------


def test_the_week_warns_of_a_day_without_a_vegetarian_main_and_of_stale_allergens(
    services: AppServices,
) -> None:
    ids = stock_pantry(services)
    old = services.write(
        lambda app: app.ingredients.add(
            MANAGER, ingredient_input("Bygg", "gluten:bygg", checked_on=date(2024, 1, 5))
        )
    ).value
    meat = add_dish(services, "Kjøttkaker", {ids["Kjøttdeig"]: "0.15", old.id: "0.01"})
    veg = add_dish(services, "Linsegryte", {ids["Linser"]: "0.1"}, course="vegetarian_main")
    services.write(
        lambda app: [app.menus.add_dish(MANAGER, MONDAY, meat), app.menus.add_dish(MANAGER, MONDAY, veg)]
    )
    services.write(lambda app: app.menus.add_dish(MANAGER, date(2026, 11, 24), meat))
    warnings = _week(services).warnings
    # Tuesday has meat only; Wednesday to Friday are not planned yet, so they do not warn.
    no_veg_days = [w.day.day for w in warnings if w.kind is WarningKind.NO_VEGETARIAN_MAIN]
    assert no_veg_days == [24]
    assert [(w.day.day, w.dish_name) for w in warnings if w.kind is WarningKind.STALE_ALLERGENS] == [
        (23, "Kjøttkaker"),
        (24, "Kjøttkaker"),
    ]


def test_a_closed_day_takes_no_dishes(services: AppServices) -> None:
    ids = stock_pantry(services)
    dish = add_dish(services, "Grøt", {ids["Havregryn"]: "0.05"})
    with pytest.raises(ValidationError) as caught:
        services.write(lambda app: app.menus.add_dish(MANAGER, date(2026, 12, 25), dish))
    assert "Første juledag" in str(caught.value.field_errors["day"])


def test_copying_a_week_fills_the_open_days_of_the_targets(services: AppServices) -> None:
    ids = stock_pantry(services)
    dish = add_dish(services, "Grøt", {ids["Havregryn"]: "0.05"})
    services.write(
        lambda app: [app.menus.add_dish(MANAGER, day, dish) for day in (MONDAY, date(2026, 11, 26))]
    )
    # Week 52 has Christmas: 24 Dec is a closure, 25 Dec a public holiday.
    services.write(
        lambda app: app.calendar.add_closure(
            MANAGER, ClosureInput(date(2026, 12, 24), date(2026, 12, 31), "Jul")
        )
    )
    filled = services.write(
        lambda app: app.menus.copy_week(MANAGER, MONDAY, [date(2026, 11, 30), date(2026, 12, 21)])
    ).value
    assert filled == 3  # Mon + Thu of week 49, Mon of week 52 (its Thursday is closed)
    week_52 = _week(services, date(2026, 12, 21))
    assert [bool(d.dishes) for d in week_52.days] == [True, False, False, False, False]


def test_a_cycle_repeats_over_a_range_and_skips_closed_days(services: AppServices) -> None:
    ids = stock_pantry(services)
    first = add_dish(services, "Uke 1", {ids["Poteter"]: "0.2"})
    second = add_dish(services, "Uke 2", {ids["Poteter"]: "0.2"})
    plan = [[[first]] * 5, [[second]] * 5]
    cycle = services.write(lambda app: app.menus.save_cycle(MANAGER, "To uker", plan)).value
    filled = services.write(
        lambda app: app.menus.apply_cycle(MANAGER, cycle.id, date(2026, 5, 4), date(2026, 5, 29))
    ).value
    assert filled == 20 - 2  # 14 May (Ascension Day) and 25 May (Whit Monday) are closed
    served = services.read(lambda app: app.menus.days(MANAGER, date(2026, 5, 4), date(2026, 5, 29))).value
    names = {d.day.day: [x.name_nb for x in d.dishes] for d in served}
    assert names[4] == ["Uke 1"] and names[11] == ["Uke 2"] and names[18] == ["Uke 1"]
    assert names[14] == [] and names[25] == []


def test_a_print_is_marked_print_again_when_an_allergen_changes(services: AppServices) -> None:
    ids = stock_pantry(services)
    dish = add_dish(services, "Mandelkake", {ids["Mandler"]: "0.05", ids["Egg"]: "0.02"}, course="dessert")
    services.write(lambda app: app.menus.add_dish(MANAGER, MONDAY, dish))
    friday = date(2026, 11, 27)
    services.write(lambda app: app.menus.record_print(MANAGER, PrintKind.POSTER, MONDAY, friday, "nb"))
    assert [p.outdated for p in _week(services).prints] == [False]
    _update(services, ids["Egg"], pack_price="70")  # the price is not on the poster
    assert [p.outdated for p in _week(services).prints] == [False]
    _update(services, ids["Mandler"], contains=parse_marks("notter:mandel;notter:hasselnott"))
    assert [p.outdated for p in _week(services).prints] == [True]
