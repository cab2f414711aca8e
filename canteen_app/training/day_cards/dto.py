"""What a day card is made from: plain frozen values, read in one audited transaction.

Only what the card may show (rules.py): the first name, the day, the station and the tasks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class CardStep:
    number: int  # 1, 2, ... within its task
    pictogram: str  # a key of tasks.pictograms.PICTOGRAMS
    text_nb: str
    text: str | None  # in the card's language; None when not translated (or the card is Norwegian only)


@dataclass(frozen=True)
class CardTask:
    title_nb: str
    title: str | None  # in the card's language, where translated
    steps: tuple[CardStep, ...]


@dataclass(frozen=True)
class DayCardData:
    first_name: str
    day: date
    language: str  # the second language ("nb": Norwegian only)
    station_nb: str
    station: str | None  # the station's name in the card's language (stations have nb and en)
    tasks: tuple[CardTask, ...]
    translation_reviewed: bool  # every task's translation into `language` checked by a speaker
    site_name: str
    generated_at: datetime
    author: str

    @property
    def bilingual(self) -> bool:
        return self.language != "nb"

    @property
    def untranslated_steps(self) -> int:
        """Steps that print in Norwegian only although the card has a second language."""
        if not self.bilingual:
            return 0
        return sum(step.text is None for task in self.tasks for step in task.steps)
