"""What leaves the ingredients feature: plain frozen values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from canteen_app.canteen.ingredients.allergens import AllergenMark
from canteen_app.canteen.ingredients.rules import AnimalOrigin, Diet, IngredientInput, diet_of, unit_cost
from canteen_app.core.text import Message


@dataclass(frozen=True)
class AllergenProfile:
    """An ingredient's allergens and animal origin: what a dish derives its own from."""

    contains: frozenset[AllergenMark]
    may_contain: frozenset[AllergenMark]
    animal_origin: frozenset[AnimalOrigin]

    @property
    def diet(self) -> Diet:
        return diet_of(self.animal_origin)


@dataclass(frozen=True)
class IngredientInfo:
    id: int
    name_nb: str
    name_en: str
    unit: str
    supplier: str
    item_no: str
    pack_size: Decimal | None
    pack_price: Decimal | None
    profile: AllergenProfile
    checked_on: date | None
    checked_by: str
    check_stale: bool  # not checked for twelve months (or never)
    version: int

    @property
    def unit_cost(self) -> Decimal | None:
        return unit_cost(self.pack_size, self.pack_price)

    def as_input(self) -> IngredientInput:
        """The form's starting values."""
        return IngredientInput(
            name_nb=self.name_nb,
            name_en=self.name_en,
            unit=self.unit,
            supplier=self.supplier,
            item_no=self.item_no,
            pack_size="" if self.pack_size is None else format(self.pack_size.normalize(), "f"),
            pack_price="" if self.pack_price is None else format(self.pack_price.normalize(), "f"),
            contains=self.profile.contains,
            may_contain=self.profile.may_contain,
            animal_origin=self.profile.animal_origin,
            checked_on=self.checked_on,
        )


@dataclass(frozen=True)
class AllergenChangeInfo:
    changed_at: datetime
    actor_name: str
    contains_before: str
    contains_after: str
    may_contain_before: str
    may_contain_after: str
    origin_before: str
    origin_after: str


@dataclass(frozen=True)
class ImportRowError:
    """What is wrong with one row of a file: (column, message) pairs, each message marked for
    translation, so the screen says it in the user's language and the command line in English."""

    row: int  # as the user counts rows in the file: the header is row 1
    problems: tuple[tuple[str, Message], ...]

    @property
    def message(self) -> str:
        """The English text: "unit: 'kilo' is not a unit; use one of g, kg, ml, l, stk." """
        return "; ".join(
            f"{column}: {problem}" if column else str(problem) for column, problem in self.problems
        )


# One row of an import file: its number as a spreadsheet shows it (header = 1) and its values.
ImportRow = tuple[int, IngredientInput]


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do; nothing is written while it is only previewed."""

    added: int
    updated: int
    unchanged: int
    errors: tuple[ImportRowError, ...]

    @property
    def ok(self) -> bool:
        return not self.errors
