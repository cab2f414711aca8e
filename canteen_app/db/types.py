"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect, String
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime in Python, whatever the database keeps.

    PostgreSQL stores `timestamptz`; SQLite has no time zones, so the value is stored as naive
    UTC and made aware again on load. Naive datetimes are refused on the way in, because a
    local time without zone would silently shift by an hour or two.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UtcDateTime needs an aware datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class ScaledDecimal(TypeDecorator[Decimal]):
    """An exact Decimal with `places` decimals, stored as a whole number of its smallest unit
    (øre for money, thousandths for quantities).

    SQLite has no exact decimal type (NUMERIC comes back as a float); a whole number is exact
    on both databases, so 0.1 + 0.2 kroner stays 0.30. A value with more decimals than the
    column keeps is refused, never rounded silently: the rules check the decimals first.
    """

    impl = BigInteger
    cache_ok = True

    def __init__(self, places: int) -> None:
        super().__init__()
        self.places = places
        self._unit = Decimal(1).scaleb(-places)

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        scaled = Decimal(value).scaleb(self.places)
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than {self.places} decimals")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) * self._unit).quantize(self._unit)


# Compared byte by byte on every database: the keys are built so that this order is the
# Norwegian order (core/collation.py). A PostgreSQL database created with a language's
# collation (en_US.UTF-8) would otherwise ignore the key's punctuation-like characters.
def sort_key_type(length: int) -> String:
    return String(length).with_variant(String(length, collation="C"), "postgresql")
