"""The dossier's content object has no field for what must never leave (PRODUCT.md, Privacy)."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

from canteen_app.referrals.consent.rules import DataCategory
from canteen_app.referrals.dossiers import dto
from canteen_app.referrals.dossiers.preview import outgoing_fields, used_categories
from canteen_app.referrals.dossiers.rules import evidence_line

# Every field of every class a dossier is drawn from. A new field is a decision about what
# leaves the canteen: it must be added here on purpose, after checking PRODUCT.md's privacy rules.
ALLOWED_FIELDS = {
    "DossierRecipient": {
        "company_name",
        "location_name",
        "location_city",
        "position_title",
        "contact_name",
        "contact_role",
    },
    "DossierPerson": {"first_name", "last_name", "spoken_languages", "photo_png"},
    "CompetenceLine": {
        "area_number",
        "area_name",
        "goal_text",
        "level",
        "level_name",
        "assessed_on",
        "evidence",
    },
    "CertificateLine": {"name", "issued_on", "issuer"},
    "ReferenceLine": {"name", "relation", "phone", "email"},
    "DossierContent": {
        "referral_id",
        "language",
        "written_on",
        "recipient",
        "person",
        "categories",
        "competences",
        "tasks",
        "certificates",
        "attendance_rate",
        "accommodations",
        "references",
        "statement",
        "coach_name",
        "site_name",
    },
}

FORBIDDEN_WORDS = (
    "diagnos",
    "disab",
    "absence",
    "reason",
    "benefit",
    "national",
    "identity",
    "birth",
    "address",
    "street",
    "postcode",
    "refugee",
    "ethnic",
    "religio",
    "note",
    "support",
    "health",
    "nav",
)


def test_the_content_classes_hold_exactly_the_allowed_fields() -> None:
    for class_name, allowed in ALLOWED_FIELDS.items():
        fields = {field.name for field in dataclasses.fields(getattr(dto, class_name))}
        assert fields == allowed, class_name


def test_no_field_name_speaks_of_what_must_never_leave() -> None:
    for class_name in ALLOWED_FIELDS:
        for field in dataclasses.fields(getattr(dto, class_name)):
            assert not any(word in field.name for word in FORBIDDEN_WORDS), (class_name, field.name)


def _content(**changes: object) -> dto.DossierContent:
    content = dto.DossierContent(
        referral_id=1,
        language="nb",
        written_on=date(2026, 11, 25),
        recipient=dto.DossierRecipient(
            "Nordlys Kantiner AS", "Bryggen", "Bergen", "Kjøkkenassistent", None, None
        ),
        person=dto.DossierPerson("Amal", "Yusuf", (), None),
        categories=frozenset(),
        competences=(),
        tasks=(),
        certificates=(),
        attendance_rate=None,
        accommodations="",
        references=(),
        statement="",
        coach_name="Jonas Berg",
        site_name="Rådhuskantina",
    )
    return dataclasses.replace(content, **changes)  # type: ignore[arg-type]


def test_used_categories_follow_the_sections_that_hold_data() -> None:
    assert used_categories(_content()) == frozenset()
    content = _content(
        tasks=("Oppvask",),
        attendance_rate=Decimal("0.9"),
        person=dto.DossierPerson("Amal", "Yusuf", ("Arabisk",), b"png"),
        references=(dto.ReferenceLine("Per", "Kjøkkensjef", "", ""),),
    )
    assert used_categories(content) == {
        DataCategory.TASKS,
        DataCategory.ATTENDANCE,
        DataCategory.PHOTO,
        DataCategory.REFERENCES,
    }


def test_the_preview_lists_a_photo_and_the_rate_only_when_they_go_out() -> None:
    without = outgoing_fields(_content(), "90 %", [])
    assert not any(f.label in ("Photo", "Attendance rate") for f in without)
    with_both = outgoing_fields(
        _content(attendance_rate=Decimal("0.9"), person=dto.DossierPerson("Amal", "Yusuf", (), b"png")),
        "90 %",
        [],
    )
    assert {f.label for f in with_both} >= {"Photo", "Attendance rate"}


def test_evidence_is_one_line_cut_at_a_word() -> None:
    assert evidence_line("Kuttet grønnsaker raskt.\nAndre linje") == "Kuttet grønnsaker raskt."
    long = "Vasket hender etter fast rutine hver morgen og etter hver pause uten å bli minnet på det av noen"
    cut = evidence_line(long)
    assert len(cut) <= 90 and cut.endswith("…") and long.startswith(cut[:-1])
