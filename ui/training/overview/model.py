"""The rows of the overview's lists: who, their measure (and coach, for an administrator), what
needs attention in words, and the date it is about."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from canteen_app.core.formatting import LocaleFormat
from canteen_app.core.text import QT_TRANSLATE_NOOP
from canteen_app.training.overview.dto import OverviewRow
from canteen_app.training.overview.rules import Attention
from canteen_app.training.participants.nav import MEASURE_RULES, NavMeasure
from ui.common.formatting import OVERDUE_COLOUR, format_date
from ui.common.qt_models import ListColumn, ListTableModel, ModelIndex, RawValueRole

CONTEXT = "OverviewTableModel"
_URGENT = frozenset({Attention.ENDING_VERY_SOON, Attention.GOAL_OVERDUE, Attention.LOW_ATTENDANCE})


def measure_text(measure: str) -> str:
    """NAV's own name of the measure (a proper noun, not translated)."""
    try:
        return MEASURE_RULES[NavMeasure(measure)].name
    except ValueError:
        return measure


def problem_text(row: OverviewRow, formats: LocaleFormat, english: bool = False) -> str:
    """What needs attention, in words."""
    texts = {
        Attention.ENDING_VERY_SOON: _ending_text,
        Attention.ENDING_SOON: _ending_text,
        Attention.PAST_LIMIT: _limit_text,
        Attention.GOAL_OVERDUE: _goal_text,
        Attention.LOW_ATTENDANCE: _attendance_text,
        Attention.NOT_ASSESSED: _assessment_text,
    }
    return texts[row.attention](row, formats, english)


def _with_count(text: str, count: int) -> str:
    """The count into a translated text. pyside6-lupdate does not mark
    QCoreApplication.translate(context, text, "", n) as a plural, and Qt finds no translation for
    a plural lookup of a message that is not one; so the count goes in here."""
    return text.replace("%n", str(count))


def _ending_text(row: OverviewRow, _formats: LocaleFormat, _english: bool) -> str:
    days = row.days or 0
    if days < 0:
        return _with_count(
            QCoreApplication.translate(
                "OverviewTableModel", "The planned end passed %n day(s) ago: record the end or the extension"
            ),
            -days,
        )
    if days == 0:
        return QCoreApplication.translate("OverviewTableModel", "The measure ends today")
    return _with_count(
        QCoreApplication.translate("OverviewTableModel", "The measure ends in %n day(s)"), days
    )


def _limit_text(row: OverviewRow, _formats: LocaleFormat, _english: bool) -> str:
    return QCoreApplication.translate(
        "OverviewTableModel", "Planned past the usual limit ({limit}): check that NAV approved it"
    ).format(limit=format_date(row.limit))


def _goal_text(row: OverviewRow, _formats: LocaleFormat, english: bool) -> str:
    goal = row.goal_text_en if english and row.goal_text_en else row.goal_text_nb
    if row.level is None:
        return QCoreApplication.translate(
            "OverviewTableModel", "{goal}: not assessed, target level {target}"
        ).format(goal=goal, target=row.target_level)
    return QCoreApplication.translate("OverviewTableModel", "{goal}: level {level} of {target}").format(
        goal=goal, level=row.level, target=row.target_level
    )


def _attendance_text(row: OverviewRow, formats: LocaleFormat, _english: bool) -> str:
    rate = formats.percent((row.rate or 0.0) * 100, 0)
    days = row.counted_days
    text = _with_count(
        QCoreApplication.translate(
            "OverviewTableModel", "Attendance {rate} over the last four weeks (%n day(s) registered)"
        ),
        days,
    )
    return text.format(rate=rate)


def _assessment_text(row: OverviewRow, _formats: LocaleFormat, _english: bool) -> str:
    days = row.days or 0
    if row.day is None:
        return _with_count(
            QCoreApplication.translate(
                "OverviewTableModel", "Never assessed; the measure started %n day(s) ago"
            ),
            days,
        )
    return _with_count(
        QCoreApplication.translate("OverviewTableModel", "No coach assessment for %n day(s)"), days
    )


def date_text(row: OverviewRow) -> str:
    return format_date(row.day)


class OverviewTableModel(ListTableModel[OverviewRow]):
    """One list of the overview, in the service's order (the order to act on it)."""

    def __init__(self, formats: LocaleFormat, with_coach: bool, parent: QObject | None = None) -> None:
        english = formats.language == "en"
        columns: list[ListColumn[OverviewRow]] = [
            ListColumn(
                "name",
                QT_TRANSLATE_NOOP("OverviewTableModel", "Participant"),
                lambda r: r.full_name,
                lambda n, _r: n,
            ),
            ListColumn(
                "measure",
                QT_TRANSLATE_NOOP("OverviewTableModel", "Measure"),
                lambda r: measure_text(r.nav_measure),
                lambda n, _r: n,
            ),
        ]
        if with_coach:
            columns.append(
                ListColumn(
                    "coach",
                    QT_TRANSLATE_NOOP("OverviewTableModel", "Job coach"),
                    lambda r: r.coach_name or "",
                    lambda n, _r: n,
                )
            )
        columns += [
            ListColumn("date", QT_TRANSLATE_NOOP("OverviewTableModel", "Date"), date_text, lambda n, _r: n),
            ListColumn(
                "what",
                QT_TRANSLATE_NOOP("OverviewTableModel", "Needs attention"),
                lambda r: problem_text(r, formats, english),
                lambda n, _r: n,
            ),
        ]
        super().__init__(columns, CONTEXT, parent)
        self._texts: list[tuple[str, ...] | None] = []  # per row, once shown: its columns' texts

    def set_rows(self, rows: Sequence[OverviewRow]) -> None:
        self._texts = [None] * len(rows)
        super().set_rows(rows)

    def tooltip(self, key: str, item: OverviewRow) -> str | None:
        return self.display(key, item) if key == "what" else None

    def look(self, key: str, item: OverviewRow, role: int) -> object:
        if key == "what" and role == Qt.ItemDataRole.ForegroundRole and item.attention in _URGENT:
            return QBrush(QColor(OVERDUE_COLOUR))
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What `ListTableModel.data` answers, sooner: a view asks each cell it measures or
        paints for a dozen roles, most of which this model never answers, and a row's texts
        (the reason in words above all) are made once, when the row is first shown."""
        if role not in _ANSWERED:
            return None
        if role in _TEXT and index.isValid():
            row = index.row()
            if row < len(self._texts):
                texts = self._texts[row]
                if texts is None:
                    item = self._rows[row]
                    texts = self._texts[row] = tuple(column.display(item) for column in self._columns)
                return texts[index.column()]
        return super().data(index, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """`ListTableModel.headerData`, without the call for the roles it never answers (a
        header asks for a handful of them each time it measures itself)."""
        if role not in _HEADER_ROLES:
            return None
        return super().headerData(section, orientation, role)


_HEADER_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole})
# The roles ListTableModel.data (with this model's tooltip and look) answers; others are None.
_TEXT = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole})
_ANSWERED = _TEXT | {
    RawValueRole,
    OverviewTableModel.IdRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole,
}
