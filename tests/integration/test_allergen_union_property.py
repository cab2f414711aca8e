"""Property: a dish's allergens are exactly the union of its ingredients' allergens, and its
"may contain" exactly the union of theirs minus what it contains, for any recipe. Stored in a
real SQLite database and read back through the services, as the menus and posters read them."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canteen_app.app import AppServices
from canteen_app.canteen.ingredients.allergens import KINDS, Allergen, AllergenMark
from canteen_app.canteen.ingredients.rules import ORIGIN_OF_ALLERGEN, AnimalOrigin
from tests.kitchen_helpers import MANAGER, add_dish, ingredient_input

ALL_MARKS = [AllergenMark(allergen, kind) for allergen in Allergen for kind in (KINDS.get(allergen) or ("",))]
marks = st.frozensets(st.sampled_from(ALL_MARKS), max_size=6)
profiles = st.tuples(marks, marks, st.frozensets(st.sampled_from(list(AnimalOrigin))))
recipes = st.lists(profiles, min_size=1, max_size=6)
_names: Iterator[int] = itertools.count()


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(recipe=recipes)
def test_a_dish_has_exactly_the_union_of_its_ingredients_allergens(
    sqlite_services: AppServices, recipe: list[tuple[frozenset[AllergenMark], ...]]
) -> None:
    lines = {}
    expected_contains: set[AllergenMark] = set()
    expected_traces: set[AllergenMark] = set()
    for contains, may_contain, chosen_origin in recipe:
        # The origin an animal allergen needs (the rules refuse milk without dairy).
        origin = chosen_origin | {
            ORIGIN_OF_ALLERGEN[m.allergen] for m in contains if m.allergen in ORIGIN_OF_ALLERGEN
        }
        data = ingredient_input(
            f"Råvare {next(_names)}", contains=contains, may_contain=may_contain, origin=origin
        )
        lines[sqlite_services.write(lambda app, d=data: app.ingredients.add(MANAGER, d)).value.id] = "0.1"
        expected_contains |= contains
        expected_traces |= may_contain - contains  # an ingredient's own trace of what it contains is dropped
    dish_id = add_dish(sqlite_services, f"Rett {next(_names)}", lines, course="other")
    dish = sqlite_services.read(lambda app: app.dishes.summaries(1, [dish_id])).value[dish_id]
    assert dish.allergens.contains == expected_contains
    assert dish.allergens.may_contain == expected_traces - expected_contains
