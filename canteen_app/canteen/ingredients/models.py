"""Ingredients (råvarer), the allergens each one carries, and the log of allergen changes."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from canteen_app.db.base import Base, BigIntPK
from canteen_app.db.types import ScaledDecimal, sort_key_type

SORT_KEY_LENGTH = 160


class Ingredient(Base):
    __tablename__ = "ingredients"
    __table_args__ = (
        UniqueConstraint("site_id", "name_nb"),
        # A supplier's item number names one product; an ingredient without one is matched by name.
        Index(
            "uq_ingredients_supplier_item",
            "site_id",
            "supplier",
            "item_no",
            unique=True,
            sqlite_where=text("item_no <> ''"),
            postgresql_where=text("item_no <> ''"),
        ),
        Index("ix_ingredients_site_sort", "site_id", "sort_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    name_nb: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120), default="")
    sort_key: Mapped[str] = mapped_column(sort_key_type(SORT_KEY_LENGTH))
    unit: Mapped[str] = mapped_column(String(3))
    supplier: Mapped[str] = mapped_column(String(80), default="")
    item_no: Mapped[str] = mapped_column(String(40), default="")
    pack_size: Mapped[Decimal | None] = mapped_column(ScaledDecimal(3))
    pack_price: Mapped[Decimal | None] = mapped_column(ScaledDecimal(3))
    # Codes from rules.AnimalOrigin joined by ";" ("dairy;egg"); "" for plant foods.
    animal_origin: Mapped[str] = mapped_column(String(60), default="")
    checked_on: Mapped[date | None] = mapped_column(Date)
    checked_by: Mapped[str] = mapped_column(String(120), default="")
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    allergens: Mapped[list[IngredientAllergen]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="IngredientAllergen.allergen"
    )

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012


class IngredientAllergen(Base):
    """One allergen mark of an ingredient: contained, or may contain traces."""

    __tablename__ = "ingredient_allergens"

    ingredient_id: Mapped[int] = mapped_column(
        ForeignKey("ingredients.id", ondelete="CASCADE"), primary_key=True
    )
    allergen: Mapped[str] = mapped_column(String(12), primary_key=True)
    # The grain or nut ("hvete", "mandel"); "" for allergens without kinds.
    kind: Mapped[str] = mapped_column(String(16), primary_key=True, default="")
    presence: Mapped[str] = mapped_column(String(12))  # rules: Presence


class AllergenChange(Base):
    """Who changed an ingredient's allergen data, and when: food safety, an inspector may ask."""

    __tablename__ = "allergen_changes"
    __table_args__ = (Index("ix_allergen_changes_ingredient", "ingredient_id", "changed_at"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    ingredient_id: Mapped[int] = mapped_column(ForeignKey("ingredients.id", ondelete="CASCADE"))
    changed_at: Mapped[datetime]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor_name: Mapped[str] = mapped_column(String(120))
    # The code format of rules/allergens ("gluten:hvete;melk"), before and after.
    contains_before: Mapped[str] = mapped_column(String(400), default="")
    contains_after: Mapped[str] = mapped_column(String(400), default="")
    may_contain_before: Mapped[str] = mapped_column(String(400), default="")
    may_contain_after: Mapped[str] = mapped_column(String(400), default="")
    origin_before: Mapped[str] = mapped_column(String(60), default="")
    origin_after: Mapped[str] = mapped_column(String(60), default="")
