"""Dishes and their recipe lines. A dish has no allergen columns: they are derived."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from canteen_app.db.base import Base
from canteen_app.db.types import ScaledDecimal, sort_key_type

SORT_KEY_LENGTH = 160


class Dish(Base):
    __tablename__ = "dishes"
    __table_args__ = (
        UniqueConstraint("site_id", "name_nb"),
        Index("ix_dishes_site_sort", "site_id", "sort_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    name_nb: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120), default="")
    sort_key: Mapped[str] = mapped_column(sort_key_type(SORT_KEY_LENGTH))
    course: Mapped[str] = mapped_column(String(20))  # rules.Course
    method: Mapped[str] = mapped_column(String(4000), default="")
    price: Mapped[Decimal | None] = mapped_column(ScaledDecimal(2))
    # None: the recipe's quantities are for one portion; else for a batch of this many.
    batch_portions: Mapped[int | None]
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    lines: Mapped[list[RecipeLine]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="RecipeLine.position"
    )

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012


class RecipeLine(Base):
    __tablename__ = "recipe_lines"
    __table_args__ = (UniqueConstraint("dish_id", "ingredient_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dish_id: Mapped[int] = mapped_column(ForeignKey("dishes.id", ondelete="CASCADE"))
    position: Mapped[int]
    # No cascade: an ingredient a dish uses cannot be deleted from under it.
    ingredient_id: Mapped[int] = mapped_column(ForeignKey("ingredients.id"), index=True)
    quantity: Mapped[Decimal] = mapped_column(ScaledDecimal(3))  # in the ingredient's unit
