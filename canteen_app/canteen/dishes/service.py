"""Dishes (C1): recipes of ingredients. Allergens, "may contain" and diet are derived from the
ingredients every time a dish is read, never stored on the dish, so they cannot go stale."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import ColumnExpressionArgument, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from canteen_app.access import Actor, Permission, require
from canteen_app.canteen.dishes.dto import DishDetails, DishSummary, RecipeLineInfo
from canteen_app.canteen.dishes.models import SORT_KEY_LENGTH, Dish, RecipeLine
from canteen_app.canteen.dishes.rules import (
    DISHES,
    CleanDish,
    Course,
    DishInput,
    derive,
    portion_cost,
    sources,
    validate_dish,
)
from canteen_app.canteen.ingredients.dto import IngredientInfo
from canteen_app.canteen.ingredients.service import IngredientService
from canteen_app.core.collation import norwegian_sort_key
from canteen_app.core.errors import ConcurrencyError, NotFoundError, ValidationError
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.db.service import Clock, Service, reads, writes
from canteen_app.db.unit_of_work import Database

__all__ = ["DISHES", "DishChoice", "DishService"]

_GONE = QT_TRANSLATE_NOOP("errors", "This dish no longer exists.")


@dataclass(frozen=True)
class DishChoice:
    """A dish in a picker: enough to find it among thousands."""

    id: int
    name_nb: str
    course: Course


class DishService(Service):
    def __init__(self, db: Database, clock: Clock, ingredients: IngredientService) -> None:
        super().__init__(db, clock)
        self._ingredients = ingredients

    # --- reading -----------------------------------------------------------------------------

    @reads
    def dishes(self, actor: Actor, search: str = "", include_retired: bool = False) -> list[DishSummary]:
        """Every dish in Norwegian alphabetical order, with its derived allergens."""
        require(actor, Permission.VIEW_MENUS)
        chosen = [Dish.site_id == actor.site_id] + ([] if include_retired else [Dish.active])
        found = self._summaries(actor.site_id, *chosen)
        needle = search.strip().casefold()
        if needle:
            found = [dish for dish in found if needle in f"{dish.name_nb} {dish.name_en}".casefold()]
        return found

    @reads
    def choices(self, actor: Actor) -> list[DishChoice]:
        """The active dishes for a menu's picker, alphabetical; one light query."""
        require(actor, Permission.VIEW_MENUS)
        query = (
            select(Dish.id, Dish.name_nb, Dish.course)
            .where(Dish.site_id == actor.site_id, Dish.active)
            .order_by(Dish.sort_key)
        )
        return [DishChoice(row.id, row.name_nb, Course(row.course)) for row in self.session.execute(query)]

    @reads
    def summaries(self, site_id: int, dish_ids: Iterable[int]) -> dict[int, DishSummary]:
        """The dishes a menu or poster shows, by id (retired ones too: old menus keep them)."""
        wanted = set(dish_ids)
        if not wanted:
            return {}
        return {
            dish.id: dish for dish in self._summaries(site_id, Dish.site_id == site_id, Dish.id.in_(wanted))
        }

    @reads
    def details(self, actor: Actor, dish_id: int) -> DishDetails:
        require(actor, Permission.VIEW_MENUS)
        dish = self._load(actor, dish_id)
        infos = self._ingredient_infos(actor.site_id, [dish])
        return _details(dish, infos)

    @reads
    def dishes_using(self, actor: Actor, ingredient_id: int) -> list[str]:
        """The names of the dishes that use an ingredient."""
        require(actor, Permission.VIEW_MENUS)
        query = (
            select(Dish.name_nb)
            .join(RecipeLine, RecipeLine.dish_id == Dish.id)
            .where(Dish.site_id == actor.site_id, RecipeLine.ingredient_id == ingredient_id)
            .order_by(Dish.sort_key)
        )
        return list(self.session.scalars(query))

    # --- writing -----------------------------------------------------------------------------

    @writes
    def add(self, actor: Actor, data: DishInput) -> DishDetails:
        require(actor, Permission.MANAGE_MENUS)
        clean, infos = self._validated(actor, data, existing_id=None)
        dish = Dish(site_id=actor.site_id)
        self.session.add(dish)
        self._store(dish, clean)
        self.session.flush()
        self.changed(DISHES, dish.id)
        return _details(dish, infos)

    @writes
    def update(self, actor: Actor, dish_id: int, version: int, data: DishInput) -> DishDetails:
        require(actor, Permission.MANAGE_MENUS)
        dish = self._load(actor, dish_id)
        if dish.version != version:
            raise ConcurrencyError(_details(dish, self._ingredient_infos(actor.site_id, [dish])))
        clean, infos = self._validated(actor, data, existing_id=dish.id)
        self._store(dish, clean)
        try:
            self.session.flush()
        except StaleDataError as error:
            raise ConcurrencyError() from error
        self.changed(DISHES, dish.id)
        return _details(dish, infos)

    @writes
    def set_active(self, actor: Actor, dish_id: int, active: bool) -> None:
        """Retire a dish from the pickers; menus that served it keep it."""
        require(actor, Permission.MANAGE_MENUS)
        dish = self._load(actor, dish_id)
        dish.active = active
        dish.updated_at = self.now()
        self.changed(DISHES, dish.id)

    @writes
    def delete(self, actor: Actor, dish_id: int) -> None:
        """Delete a dish no menu uses; a dish on a menu can only be retired."""
        require(actor, Permission.MANAGE_MENUS)
        dish = self._load(actor, dish_id)
        self.session.delete(dish)
        try:
            self.session.flush()
        except IntegrityError as error:
            raise ValidationError(
                {"name_nb": Message(QT_TRANSLATE_NOOP("errors", "Menus use this dish; retire it instead."))}
            ) from error
        self.changed(DISHES, dish_id)

    # --- helpers -------------------------------------------------------------------------------

    def _summaries(self, site_id: int, *where: ColumnExpressionArgument[bool]) -> list[DishSummary]:
        """The chosen dishes in alphabetical order, read as plain rows: a list of thousands
        of dishes need not build an ORM object per recipe line."""
        dishes = self.session.execute(select(*_SUMMARY_COLUMNS).where(*where).order_by(Dish.sort_key)).all()
        lines: dict[int, list[tuple[int, Decimal]]] = {}
        line_rows = self.session.execute(
            select(RecipeLine.dish_id, RecipeLine.ingredient_id, RecipeLine.quantity)
            .join(Dish, Dish.id == RecipeLine.dish_id)
            .where(*where)
            .order_by(RecipeLine.dish_id, RecipeLine.position)
        )
        for dish_id, ingredient_id, quantity in line_rows:
            lines.setdefault(dish_id, []).append((ingredient_id, quantity))
        infos = self._ingredients.profiles(site_id, {i for found in lines.values() for i, _q in found})
        return [_summary(_DishRow(*row), lines.get(row.id, []), infos) for row in dishes]

    def _load(self, actor: Actor, dish_id: int) -> Dish:
        dish = self.session.get(Dish, dish_id)
        if dish is None or dish.site_id != actor.site_id:
            raise NotFoundError(_GONE)
        return dish

    def _ingredient_infos(self, site_id: int, dishes: Iterable[Dish]) -> dict[int, IngredientInfo]:
        ids = {line.ingredient_id for dish in dishes for line in dish.lines}
        return self._ingredients.profiles(site_id, ids)

    def _validated(
        self, actor: Actor, data: DishInput, existing_id: int | None
    ) -> tuple[CleanDish, dict[int, IngredientInfo]]:
        clean, errors = validate_dish(data)
        infos = self._ingredients.profiles(actor.site_id, (ingredient_id for ingredient_id, _ in clean.lines))
        if any(ingredient_id not in infos for ingredient_id, _ in clean.lines):
            errors["lines"] = Message(
                QT_TRANSLATE_NOOP("errors", "An ingredient on the recipe no longer exists.")
            )
        elif clean.course is Course.VEGETARIAN_MAIN:
            meat = [infos[i].name_nb for i, _ in clean.lines if not infos[i].profile.diet.vegetarian]
            if meat:
                errors["course"] = Message(
                    QT_TRANSLATE_NOOP("errors", "A vegetarian main cannot contain {ingredients}."),
                    {"ingredients": ", ".join(meat)},
                )
        if "name_nb" not in errors and self._name_taken(actor.site_id, clean.name_nb, existing_id):
            errors["name_nb"] = Message(QT_TRANSLATE_NOOP("errors", "A dish with this name already exists."))
        if errors:
            raise ValidationError(errors)
        return clean, infos

    def _name_taken(self, site_id: int, name_nb: str, existing_id: int | None) -> bool:
        query = select(Dish.id).where(Dish.site_id == site_id, Dish.name_nb == name_nb)
        return any(found != existing_id for found in self.session.scalars(query))

    def _store(self, dish: Dish, clean: CleanDish) -> None:
        dish.name_nb = clean.name_nb
        dish.name_en = clean.name_en
        dish.sort_key = norwegian_sort_key(clean.name_nb)[:SORT_KEY_LENGTH]
        dish.course = clean.course.value
        dish.method = clean.method
        dish.price = clean.price
        dish.batch_portions = clean.batch_portions
        dish.updated_at = self.now()
        kept = {line.ingredient_id: line for line in dish.lines}
        dish.lines = [
            _line(kept.get(ingredient_id), position, ingredient_id, quantity)
            for position, (ingredient_id, quantity) in enumerate(clean.lines)
        ]


def _line(existing: RecipeLine | None, position: int, ingredient_id: int, quantity: Decimal) -> RecipeLine:
    line = existing or RecipeLine(ingredient_id=ingredient_id)
    line.position = position
    line.quantity = quantity
    return line


_SUMMARY_COLUMNS = (
    Dish.id,
    Dish.name_nb,
    Dish.name_en,
    Dish.course,
    Dish.price,
    Dish.batch_portions,
    Dish.active,
)


class _DishRow(NamedTuple):
    """What a summary needs of a dish (a Dish object has all of it too)."""

    id: int
    name_nb: str
    name_en: str
    course: str
    price: Decimal | None
    batch_portions: int | None
    active: bool


def _summary(
    dish: _DishRow | Dish, lines: Sequence[tuple[int, Decimal]], infos: dict[int, IngredientInfo]
) -> DishSummary:
    used = [infos[ingredient_id] for ingredient_id, _quantity in lines if ingredient_id in infos]
    cost = portion_cost(
        ((quantity, infos[ingredient_id].unit_cost) for ingredient_id, quantity in lines), dish.batch_portions
    )
    return DishSummary(
        id=dish.id,
        name_nb=dish.name_nb,
        name_en=dish.name_en,
        course=Course(dish.course),
        allergens=derive(info.profile for info in used),
        ingredient_names=tuple(info.name_nb for info in used),
        cost_per_portion=cost,
        price=dish.price,
        check_stale=any(info.check_stale for info in used),
        active=dish.active,
    )


def _line_cost(quantity: Decimal, unit_cost: Decimal | None) -> Decimal | None:
    return None if unit_cost is None else (quantity * unit_cost).quantize(Decimal("0.01"))


def _details(dish: Dish, infos: dict[int, IngredientInfo]) -> DishDetails:
    lines = tuple(
        RecipeLineInfo(
            ingredient_id=line.ingredient_id,
            ingredient_name=infos[line.ingredient_id].name_nb,
            unit=infos[line.ingredient_id].unit,
            quantity=line.quantity,
            cost=_line_cost(line.quantity, infos[line.ingredient_id].unit_cost),
        )
        for line in dish.lines
    )
    named = {infos[line.ingredient_id].name_nb: infos[line.ingredient_id].profile for line in dish.lines}
    return DishDetails(
        summary=_summary(dish, [(line.ingredient_id, line.quantity) for line in dish.lines], infos),
        method=dish.method,
        batch_portions=dish.batch_portions,
        lines=lines,
        sources={mark: tuple(names) for mark, names in sources(named).items()},
        version=dish.version,
    )
