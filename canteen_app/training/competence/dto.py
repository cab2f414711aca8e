"""What leaves the competence framework: plain frozen values."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GoalInfo:
    id: int
    code: str
    area_number: int
    text_nb: str
    text_en: str
    easy_nb: str  # the easy-read form the participant reads when assessing themselves
    easy_en: str
    local: bool  # added by a coach, not part of the shipped framework
    retired: bool

    def text(self, language: str) -> str:
        return self.text_en if language == "en" and self.text_en else self.text_nb

    def easy(self, language: str) -> str:
        easy = self.easy_en if language == "en" else self.easy_nb
        return easy or self.text(language)


@dataclass(frozen=True)
class AreaInfo:
    number: int
    code: str
    name_nb: str
    name_en: str
    goals: tuple[GoalInfo, ...]

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_nb
