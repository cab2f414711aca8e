"""NAV labour-market measures and their usual time limits (see PRODUCT.md)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from canteen_app.core.text import QT_TRANSLATE_NOOP

NAV = "nav"


class NavMeasure(enum.StrEnum):
    ARBEIDSTRENING = "arbeidstrening"
    AFT = "aft"
    VTA = "vta"
    OPPFOLGING = "oppfolging"
    KVP = "kvp"
    INTRODUKSJONSPROGRAM = "introduksjonsprogram"


@dataclass(frozen=True)
class MeasureRule:
    name: str  # the Norwegian name NAV uses; a proper noun, not translated
    usual_limit_months: int | None  # None: no time limit (VTA)
    limit_note: str  # English source text, translated by the UI


MEASURE_RULES: dict[NavMeasure, MeasureRule] = {
    NavMeasure.ARBEIDSTRENING: MeasureRule(
        "Arbeidstrening",
        12,
        QT_TRANSLATE_NOOP("nav", "up to 1 year, +6 months for reduced work capacity"),
    ),
    NavMeasure.AFT: MeasureRule(
        "Arbeidsforberedende trening (AFT)",
        12,
        QT_TRANSLATE_NOOP("nav", "up to 1 year, +1 year towards formal competence"),
    ),
    NavMeasure.VTA: MeasureRule(
        "Varig tilrettelagt arbeid (VTA)",
        None,
        QT_TRANSLATE_NOOP("nav", "no time limit; reviewed with half-yearly reports"),
    ),
    NavMeasure.OPPFOLGING: MeasureRule(
        "Oppfølging",
        6,
        QT_TRANSLATE_NOOP("nav", "up to 6 months +6; up to 3 years for reduced work capacity"),
    ),
    NavMeasure.KVP: MeasureRule(
        "Kvalifiseringsprogrammet (KVP)",
        24,
        QT_TRANSLATE_NOOP("nav", "up to 2 years, +1 year exceptionally"),
    ),
    NavMeasure.INTRODUKSJONSPROGRAM: MeasureRule(
        "Introduksjonsprogrammet",
        36,
        QT_TRANSLATE_NOOP("nav", "per individual plan, typically up to 2-3 years"),
    ),
}


class EndReason(enum.StrEnum):
    """Why a measure ended, in NAV's words."""

    GOT_JOB = "got_job"
    EDUCATION = "education"
    ILL = "ill"
    OTHER_SUPPORT = "other_support"
    DID_NOT_ATTEND = "did_not_attend"
    OTHER = "other"


END_REASON_LABELS: dict[EndReason, str] = {
    EndReason.GOT_JOB: QT_TRANSLATE_NOOP("nav", "Got a job"),
    EndReason.EDUCATION: QT_TRANSLATE_NOOP("nav", "Education"),
    EndReason.ILL: QT_TRANSLATE_NOOP("nav", "Ill"),
    EndReason.OTHER_SUPPORT: QT_TRANSLATE_NOOP("nav", "Needs other support"),
    EndReason.DID_NOT_ATTEND: QT_TRANSLATE_NOOP("nav", "Did not attend"),
    EndReason.OTHER: QT_TRANSLATE_NOOP("nav", "Other"),
}
# The words of the Norwegian documents (NAV's own).
END_REASON_NB: dict[EndReason, str] = {
    EndReason.GOT_JOB: "Fikk jobb",
    EndReason.EDUCATION: "Utdanning",
    EndReason.ILL: "Syk",
    EndReason.OTHER_SUPPORT: "Trenger annen bistand",
    EndReason.DID_NOT_ATTEND: "Møtte ikke",
    EndReason.OTHER: "Annet",
}
