"""What leaves the dishes feature: plain frozen values."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from canteen_app.canteen.dishes.rules import Course, DerivedAllergens, DishInput, RecipeLineInput
from canteen_app.canteen.ingredients.allergens import AllergenMark


@dataclass(frozen=True)
class DishSummary:
    """A dish as a list, a menu or a poster shows it: the derived allergens and diet."""

    id: int
    name_nb: str
    name_en: str
    course: Course
    allergens: DerivedAllergens
    ingredient_names: tuple[str, ...]
    cost_per_portion: Decimal | None  # None while an ingredient's price is unknown
    price: Decimal | None
    check_stale: bool  # an ingredient's allergen data is unchecked for twelve months
    active: bool

    @property
    def vegetarian(self) -> bool:
        return self.allergens.diet.vegetarian

    @property
    def vegan(self) -> bool:
        return self.allergens.diet.vegan


@dataclass(frozen=True)
class RecipeLineInfo:
    ingredient_id: int
    ingredient_name: str
    unit: str
    quantity: Decimal
    cost: Decimal | None  # of the line as written (the whole batch for a batch recipe)


@dataclass(frozen=True)
class DishDetails:
    summary: DishSummary
    method: str
    batch_portions: int | None
    lines: tuple[RecipeLineInfo, ...]
    # Which ingredients bring which allergen mark: the dish view shows it.
    sources: dict[AllergenMark, tuple[str, ...]]
    version: int

    def as_input(self) -> DishInput:
        return DishInput(
            name_nb=self.summary.name_nb,
            name_en=self.summary.name_en,
            course=self.summary.course.value,
            method=self.method,
            price="" if self.summary.price is None else format(self.summary.price, "f"),
            batch_portions="" if self.batch_portions is None else str(self.batch_portions),
            lines=tuple(
                RecipeLineInput(line.ingredient_id, format(line.quantity.normalize(), "f"))
                for line in self.lines
            ),
        )
