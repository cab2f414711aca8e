"""What leaves with a dossier: the fields the preview lists, and the consent categories the
dossier uses (which the recipient's consent must cover)."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from datetime import date

from canteen_app.referrals.consent.rules import CATEGORY_ORDER, DataCategory
from canteen_app.referrals.dossiers.dossier_labels import DossierLabels
from canteen_app.referrals.dossiers.dto import DossierContent, OutgoingField
from canteen_app.referrals.dossiers.rules import (
    LABEL_COACH,
    LABEL_COMPANY,
    LABEL_CONTACT,
    LABEL_LANGUAGES,
    LABEL_LOCATION,
    LABEL_NAME,
    LABEL_NEEDS,
    LABEL_PHOTO,
    LABEL_POSITION,
    LABEL_RATE,
    LABEL_STATEMENT,
    SECTION_ACCOMMODATIONS,
    SECTION_ATTENDANCE,
    SECTION_CERTIFICATES,
    SECTION_COMPETENCES,
    SECTION_PROFILE,
    SECTION_RECIPIENT,
    SECTION_REFERENCES,
    SECTION_STATEMENT,
    SECTION_TASKS,
    VALUE_PHOTO,
)


def used_categories(content: DossierContent) -> frozenset[DataCategory]:
    """The consent categories the content actually holds data of: what the consent must cover."""
    present = {
        DataCategory.COMPETENCES: bool(content.competences),
        DataCategory.TASKS: bool(content.tasks),
        DataCategory.CERTIFICATES: bool(content.certificates),
        DataCategory.ATTENDANCE: content.attendance_rate is not None,
        DataCategory.PHOTO: content.person.photo_png is not None,
        DataCategory.ACCOMMODATIONS: bool(content.accommodations.strip()),
        DataCategory.REFERENCES: bool(content.references),
    }
    return frozenset(category for category, held in present.items() if held)


def outgoing_fields(
    content: DossierContent,
    percent: str,
    level_and_date: list[str],
    written: Callable[[date], str] = date.isoformat,
) -> tuple[OutgoingField, ...]:
    """Every field that leaves with the dossier, in the document's order, for the preview.

    `percent` is the attendance rate formatted for the reader, `level_and_date` the formatted
    level and date of each competence line, `written` how a date is written (formatting belongs
    to the caller's language).
    """
    recipient, person = content.recipient, content.person
    fields = [
        OutgoingField(SECTION_RECIPIENT, LABEL_COMPANY, recipient.company_name),
        OutgoingField(
            SECTION_RECIPIENT, LABEL_LOCATION, f"{recipient.location_name}, {recipient.location_city}"
        ),
        OutgoingField(SECTION_RECIPIENT, LABEL_POSITION, recipient.position_title),
    ]
    if recipient.contact_name:
        fields.append(OutgoingField(SECTION_RECIPIENT, LABEL_CONTACT, recipient.contact_name))
    fields.append(OutgoingField(SECTION_PROFILE, LABEL_NAME, f"{person.first_name} {person.last_name}"))
    if person.spoken_languages:
        fields.append(OutgoingField(SECTION_PROFILE, LABEL_LANGUAGES, ", ".join(person.spoken_languages)))
    if person.photo_png is not None:
        fields.append(OutgoingField(SECTION_PROFILE, LABEL_PHOTO, VALUE_PHOTO))
    for line, level in zip(content.competences, level_and_date, strict=True):
        fields.append(
            OutgoingField(SECTION_COMPETENCES, line.goal_text, f"{level} · {line.evidence}".rstrip(" ·"))
        )
    fields.extend(OutgoingField(SECTION_TASKS, task, "") for task in content.tasks)
    fields.extend(
        OutgoingField(SECTION_CERTIFICATES, c.name, f"{c.issuer}, {written(c.issued_on)}")
        for c in content.certificates
    )
    if content.attendance_rate is not None:
        fields.append(OutgoingField(SECTION_ATTENDANCE, LABEL_RATE, percent))
    if content.accommodations.strip():
        fields.append(OutgoingField(SECTION_ACCOMMODATIONS, LABEL_NEEDS, content.accommodations.strip()))
    fields.extend(
        OutgoingField(SECTION_REFERENCES, r.name, ", ".join(p for p in (r.relation, r.phone, r.email) if p))
        for r in content.references
    )
    if content.statement.strip():
        fields.append(OutgoingField(SECTION_STATEMENT, LABEL_STATEMENT, content.statement.strip()))
    fields.append(OutgoingField(SECTION_STATEMENT, LABEL_COACH, f"{content.coach_name}, {content.site_name}"))
    return tuple(fields)


def preview_fields(content: DossierContent, labels: DossierLabels) -> tuple[OutgoingField, ...]:
    """`outgoing_fields` with the rate, levels and dates written as the dossier writes them."""
    dates = labels.formats
    percent = (
        dates.percent(float(content.attendance_rate) * 100, 0) if content.attendance_rate is not None else ""
    )
    levels = [
        f"{labels.level_text(line.level)}, {dates.short_date(line.assessed_on)}"
        for line in content.competences
    ]
    return outgoing_fields(content, percent, levels, dates.short_date)


def fingerprint(content: DossierContent) -> str:
    """A short digest of everything the dossier would show (the day it is written aside): the
    same content gives the same value in any process, any change another."""
    person = content.person
    photo = hashlib.sha256(person.photo_png).hexdigest() if person.photo_png is not None else ""
    stable = dataclasses.replace(
        content,
        written_on=content.written_on.replace(year=2000, month=1, day=1),
        person=dataclasses.replace(person, photo_png=photo.encode()),
        categories=frozenset(),
    )
    chosen = [category.value for category in CATEGORY_ORDER if category in content.categories]
    return hashlib.sha256(f"{stable!r}|{chosen}".encode()).hexdigest()[:20]
