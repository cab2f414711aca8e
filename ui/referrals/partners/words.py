"""The partner screens' words for levels, needs and how well a participant fits a position.

The level names come from the competence framework itself (nb and en), the same words the
training plan and the reports use; the screens' own words are translated here in the
"partners" context.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale

from canteen_app.referrals.partners.dto import NeedInfo, NeedResult
from canteen_app.training.competence.dto import AreaInfo, GoalInfo
from canteen_app.training.competence.framework_data import LEVELS

_LEVELS = {level.level: level for level in LEVELS}


def level_name(level: int, language: str) -> str:
    """ "Selvstendig" / "Independently"."""
    found = _LEVELS.get(level)
    if found is None:
        return str(level)
    return found.name_en if language == "en" else found.name_nb


def level_with_number(level: int, language: str) -> str:
    """ "3 – Independently"."""
    return f"{level} – {level_name(level, language)}"


def level_description(level: int, language: str) -> str:
    found = _LEVELS.get(level)
    if found is None:
        return ""
    return found.description_en if language == "en" else found.description_nb


def current_text(level: float | None) -> str:
    """A current level as a number ("2,5" for an area's mean); "not assessed" when none."""
    if level is None:
        return QCoreApplication.translate("partners", "not assessed")
    if float(level).is_integer():
        return str(int(level))
    return QLocale().toString(float(level), "f", 1)


def short_area_name(name: str) -> str:
    """The name without its examples in brackets: "Varemottak og lagring"."""
    return name.split(" (", 1)[0]


def area_need_text(area: AreaInfo, language: str) -> str:
    return QCoreApplication.translate("partners", "{area} – the whole area").format(
        area=short_area_name(area.name(language))
    )


def need_text(
    area_number: int | None, goal: GoalInfo | None, areas: Sequence[AreaInfo], language: str
) -> str:
    """A need in the UI language: a whole area, or one goal's words."""
    if area_number is not None:
        area = next((found for found in areas if found.number == area_number), None)
        return area_need_text(area, language) if area is not None else str(area_number)
    return (
        goal.text(language)
        if goal is not None
        else QCoreApplication.translate("partners", "(goal not found)")
    )


def need_info_text(need: NeedInfo, language: str) -> str:
    """ "Renhold, oppvask og maskiner – hele området: minst 3 – Selvstendig"."""
    return QCoreApplication.translate("partners", "{need}: at least {level}").format(
        need=need.text(language), level=level_with_number(need.min_level, language)
    )


def score_text(covered: int, total: int) -> str:
    """ "2 of 3"."""
    return QCoreApplication.translate("partners", "{covered} of {total}").format(covered=covered, total=total)


def result_status(result: NeedResult) -> str:
    """Whether a need is met, in words (never by colour alone)."""
    if result.covered:
        return QCoreApplication.translate("partners", "✓ Met")
    if result.current_level is None:
        return QCoreApplication.translate("partners", "Missing: not assessed")
    return QCoreApplication.translate("partners", "Missing: {below} below").format(
        below=current_text(result.min_level - result.current_level)
    )
