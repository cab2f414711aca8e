"""Demo kitchen: the canteen calendar's usual closures, a wholesaler's ingredients, the dishes a
Norwegian staff canteen serves, and a four-week menu cycle over the demo years."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

from canteen_app.access import Actor
from canteen_app.app import AppServices
from canteen_app.canteen.calendar.rules import ClosureInput
from canteen_app.canteen.dishes.rules import DishInput, RecipeLineInput
from canteen_app.canteen.ingredients.allergens import parse_marks
from canteen_app.canteen.ingredients.rules import AnimalOrigin, IngredientInput
from canteen_app.core.dates import add_months
from canteen_app.demo.menu_catalog import CYCLE_WEEKS, DISHES, INGREDIENTS

SUMMER_WEEKS = (28, 30)  # fellesferien: the three common July weeks
# How far ahead of today the demo menu is planned.
PLANNED_AHEAD = timedelta(weeks=8)
# This many ingredients have allergen data older than twelve months: the app marks them.
STALE_INGREDIENTS = 4


def add_closures(services: AppServices, actor: Actor, first_year: int, last_year: int) -> int:
    """The summer weeks and Christmas of every year; public holidays come from the calendar."""
    added = 0
    for year in range(first_year, last_year + 1):
        summer = (
            date.fromisocalendar(year, SUMMER_WEEKS[0], 1),
            date.fromisocalendar(year, SUMMER_WEEKS[1], 5),
            "Fellesferie",
        )
        for first, last, reason in (summer, (date(year, 12, 24), date(year, 12, 31), "Juleferie")):
            services.calendar.add_closure(actor, ClosureInput(first, last, reason))
            added += 1
    return added


def stock_kitchen(services: AppServices, actor: Actor, rng: random.Random, today: date) -> tuple[int, int]:
    """Add the catalogue's ingredients and dishes; returns (ingredients, dishes)."""
    ids: dict[str, int] = {}
    # Stale ones among the ingredients one dish uses: a stale staple (salt, butter) would flag
    # half the menu, and the demo would show the warning everywhere instead of where it helps.
    used = Counter(name for *_dish, lines in DISHES for name, _quantity in lines)
    rare = [index for index, row in enumerate(INGREDIENTS) if used[row[0]] == 1]
    stale = set(rng.sample(rare, STALE_INGREDIENTS))
    for index, row in enumerate(INGREDIENTS):
        name_nb, name_en, unit, supplier, item_no, pack_size, pack_price, contains, may, origin = row
        months_ago = rng.randint(14, 20) if index in stale else rng.randint(0, 10)
        data = IngredientInput(
            name_nb=name_nb,
            name_en=name_en,
            unit=unit,
            supplier=supplier,
            item_no=item_no,
            pack_size=str(pack_size),
            pack_price=str(pack_price),
            contains=parse_marks(contains),
            may_contain=parse_marks(may),
            animal_origin=frozenset(AnimalOrigin(code) for code in origin.split(";") if code),
            checked_on=add_months(today, -months_ago) - timedelta(days=rng.randint(0, 27)),
        )
        ids[name_nb] = services.ingredients.add(actor, data).id
    for name_nb, name_en, course, method, price, portions, lines in DISHES:
        dish = DishInput(
            name_nb=name_nb,
            name_en=name_en,
            course=course,
            method=method,
            price=str(price),
            batch_portions="" if portions is None else str(portions),
            lines=tuple(RecipeLineInput(ids[ingredient], str(quantity)) for ingredient, quantity in lines),
        )
        services.dishes.add(actor, dish)
    return len(ids), len(DISHES)


def plan_menus(services: AppServices, actor: Actor, first_day: date, today: date) -> int:
    """Define the four-week cycle and apply it from `first_day` to a few weeks after today;
    returns how many days got a menu."""
    dish_ids = {choice.name_nb: choice.id for choice in services.dishes.choices(actor)}
    plan = [[[dish_ids[name] for name in day] for day in week] for week in CYCLE_WEEKS]
    cycle = services.menus.save_cycle(actor, "Fire ukers rotasjon", plan)
    return services.menus.apply_cycle(actor, cycle.id, first_day, today + PLANNED_AHEAD)
