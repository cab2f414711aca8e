"""Ingredients (C1): the one place an allergen is typed. Dishes, menus and posters derive theirs
from here, so a change to an ingredient is right everywhere it is used. Every change of
allergen data is logged with who and when (food safety: an inspector may ask)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from canteen_app.access import Actor, Permission, require
from canteen_app.canteen.ingredients.allergens import Allergen, AllergenMark, Presence, marks_code
from canteen_app.canteen.ingredients.dto import (
    AllergenChangeInfo,
    AllergenProfile,
    ImportPreview,
    ImportRow,
    ImportRowError,
    IngredientInfo,
)
from canteen_app.canteen.ingredients.models import (
    SORT_KEY_LENGTH,
    AllergenChange,
    Ingredient,
    IngredientAllergen,
)
from canteen_app.canteen.ingredients.rules import (
    INGREDIENTS,
    AnimalOrigin,
    CleanIngredient,
    IngredientInput,
    check_is_stale,
    validate_ingredient,
)
from canteen_app.canteen.ingredients.transfer import read_ingredient_file, write_ingredient_file
from canteen_app.core.collation import norwegian_sort_key
from canteen_app.core.dates import local_day
from canteen_app.core.errors import ConcurrencyError, NotFoundError, ValidationError
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.db.service import Service, reads, writes

__all__ = ["INGREDIENTS", "IngredientService"]

_GONE = QT_TRANSLATE_NOOP("errors", "This ingredient no longer exists.")


class IngredientService(Service):
    # --- reading -----------------------------------------------------------------------------

    @reads
    def has_any(self, site_id: int) -> bool:
        return (
            self.session.scalar(select(Ingredient.id).where(Ingredient.site_id == site_id).limit(1))
            is not None
        )

    @reads
    def ingredients(self, actor: Actor, search: str = "") -> list[IngredientInfo]:
        """Every ingredient of the site in Norwegian alphabetical order; `search` matches
        any part of either name, the supplier or the item number."""
        require(actor, Permission.VIEW_MENUS)
        query = select(Ingredient).where(Ingredient.site_id == actor.site_id).order_by(Ingredient.sort_key)
        today = local_day(self.now())
        found = [_info(ingredient, today) for ingredient in self.session.scalars(query)]
        needle = search.strip().casefold()
        if not needle:
            return found
        return [i for i in found if needle in f"{i.name_nb} {i.name_en} {i.supplier} {i.item_no}".casefold()]

    @reads
    def get(self, actor: Actor, ingredient_id: int) -> IngredientInfo:
        require(actor, Permission.VIEW_MENUS)
        return _info(self._load(actor, ingredient_id), local_day(self.now()))

    @reads
    def profiles(self, site_id: int, ingredient_ids: Iterable[int]) -> dict[int, IngredientInfo]:
        """The ingredients a dish or menu uses, by id: what their allergens are derived from."""
        wanted = set(ingredient_ids)
        if not wanted:
            return {}
        query = select(Ingredient).where(Ingredient.site_id == site_id, Ingredient.id.in_(wanted))
        today = local_day(self.now())
        return {ingredient.id: _info(ingredient, today) for ingredient in self.session.scalars(query)}

    @reads
    def history(self, actor: Actor, ingredient_id: int) -> list[AllergenChangeInfo]:
        """The allergen changes of one ingredient, newest first."""
        require(actor, Permission.VIEW_MENUS)
        self._load(actor, ingredient_id)
        query = (
            select(AllergenChange)
            .where(AllergenChange.ingredient_id == ingredient_id)
            .order_by(AllergenChange.changed_at.desc(), AllergenChange.id.desc())
        )
        return [_change_info(change) for change in self.session.scalars(query)]

    # --- writing -----------------------------------------------------------------------------

    @writes
    def add(self, actor: Actor, data: IngredientInput) -> IngredientInfo:
        require(actor, Permission.MANAGE_MENUS)
        clean = self._validated(actor, data, existing_id=None)
        ingredient = Ingredient(site_id=actor.site_id, updated_at=self.now())
        self.session.add(ingredient)
        self._store(actor, ingredient, clean)
        self.session.flush()
        self.changed(INGREDIENTS, ingredient.id)
        return _info(ingredient, local_day(self.now()))

    @writes
    def update(self, actor: Actor, ingredient_id: int, version: int, data: IngredientInput) -> IngredientInfo:
        """Save an edit; refused (nothing written) when someone else saved it meanwhile."""
        require(actor, Permission.MANAGE_MENUS)
        ingredient = self._load(actor, ingredient_id)
        if ingredient.version != version:
            raise ConcurrencyError(_info(ingredient, local_day(self.now())))
        clean = self._validated(actor, data, existing_id=ingredient.id)
        self._store(actor, ingredient, clean)
        try:
            self.session.flush()
        except StaleDataError as error:
            raise ConcurrencyError() from error
        self.changed(INGREDIENTS, ingredient.id)
        return _info(ingredient, local_day(self.now()))

    @writes
    def delete(self, actor: Actor, ingredient_id: int) -> None:
        """Remove an ingredient no dish uses (a used one would take allergens off dishes)."""
        require(actor, Permission.MANAGE_MENUS)
        ingredient = self._load(actor, ingredient_id)
        self.session.execute(delete(AllergenChange).where(AllergenChange.ingredient_id == ingredient.id))
        self.session.delete(ingredient)
        try:
            self.session.flush()
        except IntegrityError as error:
            raise ValidationError(
                {
                    "name_nb": Message(
                        QT_TRANSLATE_NOOP("errors", "Dishes use this ingredient; remove it from them first.")
                    )
                }
            ) from error
        self.changed(INGREDIENTS, ingredient_id)

    # --- import (all or nothing) ---------------------------------------------------------------

    @reads
    def preview_import(
        self, actor: Actor, rows: Sequence[ImportRow], row_errors: Sequence[ImportRowError] = ()
    ) -> ImportPreview:
        """What importing `rows` would do, with every bad row; writes nothing.

        Each row comes with its number in the file (the header is row 1, as a spreadsheet
        shows it); `row_errors` are the rows the file reader could not even read."""
        require(actor, Permission.MANAGE_MENUS)
        return self._plan_import(actor, rows, row_errors)[0]

    @writes
    def import_rows(
        self, actor: Actor, rows: Sequence[ImportRow], row_errors: Sequence[ImportRowError] = ()
    ) -> ImportPreview:
        """Import every row, or nothing when any row is bad (the preview says which)."""
        require(actor, Permission.MANAGE_MENUS)
        preview, plan = self._plan_import(actor, rows, row_errors)
        if not preview.ok:
            return preview
        for existing, clean in plan:
            ingredient = existing or Ingredient(site_id=actor.site_id, updated_at=self.now())
            if existing is None:
                self.session.add(ingredient)
            self._store(actor, ingredient, clean, from_file=True)
            self.session.flush()
        if plan:
            self.changed(INGREDIENTS)
        return preview

    def _plan_import(
        self, actor: Actor, rows: Sequence[ImportRow], row_errors: Sequence[ImportRowError]
    ) -> tuple[ImportPreview, list[tuple[Ingredient | None, CleanIngredient]]]:
        """Match each row to a stored ingredient: by supplier and item number when the row has
        an item number and a stored one has the same, else by name_nb (a new one when none)."""
        today = local_day(self.now())
        stored = list(self.session.scalars(select(Ingredient).where(Ingredient.site_id == actor.site_id)))
        by_item = {(i.supplier.casefold(), i.item_no.casefold()): i for i in stored if i.item_no}
        by_name = {i.name_nb.casefold(): i for i in stored}
        errors = list(row_errors)
        plan: list[tuple[Ingredient | None, CleanIngredient]] = []
        seen: dict[str, int] = {}
        seen_items: dict[tuple[str, str], int] = {}
        matched: dict[int, int] = {}  # stored ingredient id -> the row that updates it
        added = updated = unchanged = 0
        for row_number, row in rows:
            clean, problems = validate_ingredient(row, today)
            if problems:
                errors.append(ImportRowError(row_number, tuple(problems.items())))
                continue
            key = clean.name_nb.casefold()
            item = (clean.supplier.casefold(), clean.item_no.casefold())
            if key in seen:
                text = QT_TRANSLATE_NOOP("errors", "'{name}' is also on row {row}.")
                errors.append(_row_error(row_number, "name_nb", text, name=clean.name_nb, row=seen[key]))
                continue
            if clean.item_no and item in seen_items:
                text = QT_TRANSLATE_NOOP("errors", "{supplier}'s item '{item}' is also on row {row}.")
                errors.append(
                    _row_error(
                        row_number,
                        "item_no",
                        text,
                        supplier=clean.supplier,
                        item=clean.item_no,
                        row=seen_items[item],
                    )
                )
                continue
            seen[key] = row_number
            if clean.item_no:
                seen_items[item] = row_number
            existing = by_item.get(item) if clean.item_no else None
            existing = existing or by_name.get(key)
            namesake = by_name.get(key)
            if existing is not None and namesake is not None and namesake is not existing:
                text = QT_TRANSLATE_NOOP(
                    "errors",
                    "{supplier}'s item '{item}' is '{stored}'; "
                    "another ingredient is already called '{name}'.",
                )
                errors.append(
                    _row_error(
                        row_number,
                        "name_nb",
                        text,
                        supplier=clean.supplier,
                        item=clean.item_no,
                        stored=existing.name_nb,
                        name=namesake.name_nb,
                    )
                )
                continue
            if existing is not None:
                if existing.id in matched:
                    text = QT_TRANSLATE_NOOP("errors", "row {row} is the same ingredient ('{name}').")
                    errors.append(
                        _row_error(
                            row_number, "name_nb", text, row=matched[existing.id], name=existing.name_nb
                        )
                    )
                    continue
                matched[existing.id] = row_number
            if existing is not None and _same(existing, clean):
                unchanged += 1
                continue
            plan.append((existing, clean))
            added += existing is None
            updated += existing is not None
        errors.sort(key=lambda error: error.row)
        preview = ImportPreview(added, updated, unchanged, tuple(errors))
        return preview, plan

    @reads
    def export_rows(self, actor: Actor) -> list[IngredientInfo]:
        require(actor, Permission.VIEW_MENUS)
        return self.ingredients(actor)

    # --- files (CSV and XLSX, see transfer.py) ----------------------------------------------

    def preview_file(self, actor: Actor, path: Path) -> ImportPreview:
        """What importing the .csv or .xlsx file would do; writes nothing. Raises
        IngredientFileError when the file as a whole cannot be read."""
        require(actor, Permission.MANAGE_MENUS)
        rows, row_errors = read_ingredient_file(path)
        return self.preview_import(actor, rows, row_errors)

    def import_file(self, actor: Actor, path: Path) -> ImportPreview:
        """Import the .csv or .xlsx file, or nothing when any row is bad (the preview's
        errors say which). Called alone, it reads the file before it opens its transaction."""
        require(actor, Permission.MANAGE_MENUS)
        rows, row_errors = read_ingredient_file(path)
        return self.import_rows(actor, rows, row_errors)

    def export_file(self, actor: Actor, path: Path) -> int:
        """Write every ingredient to a .csv or .xlsx file (by its name); returns how many.
        The file imports again unchanged."""
        require(actor, Permission.VIEW_MENUS)
        return write_ingredient_file(path, self.export_rows(actor))

    # --- helpers -------------------------------------------------------------------------------

    def _load(self, actor: Actor, ingredient_id: int) -> Ingredient:
        ingredient = self.session.get(Ingredient, ingredient_id)
        if ingredient is None or ingredient.site_id != actor.site_id:
            raise NotFoundError(_GONE)
        return ingredient

    def _validated(self, actor: Actor, data: IngredientInput, existing_id: int | None) -> CleanIngredient:
        clean, errors = validate_ingredient(data, local_day(self.now()))
        if "name_nb" not in errors and self._name_taken(actor.site_id, clean.name_nb, existing_id):
            errors["name_nb"] = Message(
                QT_TRANSLATE_NOOP("errors", "An ingredient with this name already exists.")
            )
        if clean.item_no and "item_no" not in errors and self._item_taken(actor.site_id, clean, existing_id):
            errors["item_no"] = Message(
                QT_TRANSLATE_NOOP("errors", "Another ingredient has this supplier's item number.")
            )
        if errors:
            raise ValidationError(errors)
        return clean

    def _name_taken(self, site_id: int, name_nb: str, existing_id: int | None) -> bool:
        query = select(Ingredient.id).where(
            Ingredient.site_id == site_id, func.lower(Ingredient.name_nb) == name_nb.lower()
        )
        return any(found != existing_id for found in self.session.scalars(query))

    def _item_taken(self, site_id: int, clean: CleanIngredient, existing_id: int | None) -> bool:
        query = select(Ingredient.id).where(
            Ingredient.site_id == site_id,
            Ingredient.supplier == clean.supplier,
            Ingredient.item_no == clean.item_no,
        )
        return any(found != existing_id for found in self.session.scalars(query))

    def _store(
        self, actor: Actor, ingredient: Ingredient, clean: CleanIngredient, from_file: bool = False
    ) -> None:
        """Copy the clean values in; log the allergen change (if any) with who and when.

        A file's check date is kept as the file says (the supplier's sheet was checked then,
        and importing the same file again must change nothing); a form's new allergen data
        is checked today."""
        before = (
            _profile(ingredient)
            if ingredient.id is not None
            else AllergenProfile(frozenset(), frozenset(), frozenset())
        )
        after = AllergenProfile(clean.contains, clean.may_contain, clean.animal_origin)
        allergens_changed = before != after
        checked_on = clean.checked_on
        if allergens_changed and checked_on == ingredient.checked_on and not from_file:
            checked_on = local_day(self.now())  # whoever types new allergen data has just checked it
        if checked_on != ingredient.checked_on or allergens_changed:
            ingredient.checked_by = actor.name[:120]
        ingredient.checked_on = checked_on
        ingredient.name_nb = clean.name_nb
        ingredient.name_en = clean.name_en
        ingredient.sort_key = norwegian_sort_key(clean.name_nb)[:SORT_KEY_LENGTH]
        ingredient.unit = clean.unit.value
        ingredient.supplier = clean.supplier
        ingredient.item_no = clean.item_no
        ingredient.pack_size = clean.pack_size
        ingredient.pack_price = clean.pack_price
        ingredient.animal_origin = _origin_code(clean.animal_origin)
        ingredient.updated_at = self.now()
        if allergens_changed:
            ingredient.allergens = _allergen_rows(clean.contains, clean.may_contain)
            self._log_change(actor, ingredient, before, after)

    def _log_change(
        self, actor: Actor, ingredient: Ingredient, before: AllergenProfile, after: AllergenProfile
    ) -> None:
        self.session.flush()  # the new ingredient's id
        self.session.add(
            AllergenChange(
                site_id=actor.site_id,
                ingredient_id=ingredient.id,
                changed_at=self.now(),
                actor_id=actor.user_id,
                actor_name=actor.name[:120],
                contains_before=marks_code(before.contains),
                contains_after=marks_code(after.contains),
                may_contain_before=marks_code(before.may_contain),
                may_contain_after=marks_code(after.may_contain),
                origin_before=_origin_code(before.animal_origin),
                origin_after=_origin_code(after.animal_origin),
            )
        )


def _row_error(row_number: int, column: str, text: str, **params: object) -> ImportRowError:
    return ImportRowError(row_number, ((column, Message(text, params)),))


def _same(ingredient: Ingredient, clean: CleanIngredient) -> bool:
    profile = _profile(ingredient)
    return (
        ingredient.name_nb == clean.name_nb
        and ingredient.name_en == clean.name_en
        and ingredient.unit == clean.unit.value
        and ingredient.supplier == clean.supplier
        and ingredient.item_no == clean.item_no
        and ingredient.pack_size == clean.pack_size
        and ingredient.pack_price == clean.pack_price
        and profile == AllergenProfile(clean.contains, clean.may_contain, clean.animal_origin)
        and ingredient.checked_on == clean.checked_on
    )


def _allergen_rows(
    contains: frozenset[AllergenMark], may_contain: frozenset[AllergenMark]
) -> list[IngredientAllergen]:
    rows = [
        IngredientAllergen(allergen=m.allergen.value, kind=m.kind, presence=Presence.CONTAINS.value)
        for m in contains
    ]
    rows += [
        IngredientAllergen(allergen=m.allergen.value, kind=m.kind, presence=Presence.MAY_CONTAIN.value)
        for m in may_contain - contains
    ]
    return rows


def _profile(ingredient: Ingredient) -> AllergenProfile:
    contains = frozenset(
        AllergenMark(Allergen(row.allergen), row.kind)
        for row in ingredient.allergens
        if row.presence == Presence.CONTAINS
    )
    may = frozenset(
        AllergenMark(Allergen(row.allergen), row.kind)
        for row in ingredient.allergens
        if row.presence == Presence.MAY_CONTAIN
    )
    origin = frozenset(AnimalOrigin(code) for code in ingredient.animal_origin.split(";") if code)
    return AllergenProfile(contains, may, origin)


def _origin_code(origins: Iterable[AnimalOrigin]) -> str:
    order = list(AnimalOrigin)
    return ";".join(origin.value for origin in sorted(origins, key=order.index))


def _info(ingredient: Ingredient, today: date) -> IngredientInfo:
    return IngredientInfo(
        id=ingredient.id,
        name_nb=ingredient.name_nb,
        name_en=ingredient.name_en,
        unit=ingredient.unit,
        supplier=ingredient.supplier,
        item_no=ingredient.item_no,
        pack_size=ingredient.pack_size,
        pack_price=ingredient.pack_price,
        profile=_profile(ingredient),
        checked_on=ingredient.checked_on,
        checked_by=ingredient.checked_by,
        check_stale=check_is_stale(ingredient.checked_on, today),
        version=ingredient.version,
    )


def _change_info(change: AllergenChange) -> AllergenChangeInfo:
    return AllergenChangeInfo(
        changed_at=change.changed_at,
        actor_name=change.actor_name,
        contains_before=change.contains_before,
        contains_after=change.contains_after,
        may_contain_before=change.may_contain_before,
        may_contain_after=change.may_contain_after,
        origin_before=change.origin_before,
        origin_after=change.origin_after,
    )
