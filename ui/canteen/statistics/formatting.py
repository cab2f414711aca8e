"""Small conversions shared by the statistics table, charts and dialogs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
