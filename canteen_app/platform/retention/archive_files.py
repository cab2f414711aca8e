"""A participant's archive: a readable PDF and a JSON file with the same data.

The PDF is A4 landscape (the attendance has nine columns): a title block that says whose file
it is, when and by whom it was archived and what happened to the data afterwards, then every
section as a table (the register entry as field and value). The JSON file holds the same
records with their codes, dates as ISO text, decimals as exact text and the photo as base64.
Both are written atomically and owner-only (0600) through `atomic_output`.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from canteen_app.core.files import atomic_output
from canteen_app.core.progress import ProgressSink
from canteen_app.documents.fonts import with_script_fonts
from canteen_app.documents.styles import (
    BODY,
    HEADING,
    SMALL,
    SUBTITLE,
    TABLE_CELL,
    TABLE_CELL_PADDING,
    TABLE_HEADER,
    TITLE,
    Palette,
    data_table_style,
)
from canteen_app.documents.templates import A4_LANDSCAPE, build_pdf
from canteen_app.platform.retention.archive_labels import ArchiveLabels
from canteen_app.platform.retention.dto import ArchiveFacts, ArchiveField, ArchiveSection, ArchiveValue

ARCHIVE_FORMAT = "canteen-app participant archive"
ARCHIVE_VERSION = 1
LAYOUT = A4_LANDSCAPE
_REGISTER_TITLE_SHARE = 0.3  # a one-record section: the titles' column
# A column's share of the page follows its longest text, in characters, within these limits
# (of the first rows: the columns of a long table hold the same kind of text throughout).
_NARROWEST, _WIDEST, _MEASURED = 6, 40, 200
_PADDING = 4  # the cell's own padding, in characters


def write_archive_pdf(
    path: Path,
    facts: ArchiveFacts,
    sections: Sequence[ArchiveSection],
    labels: ArchiveLabels,
    json_name: str,
    progress: ProgressSink | None = None,
) -> Path:
    story = _title_block(facts, labels, json_name)
    for section in sections:
        story += _section(section, labels)
    return build_pdf(
        path,
        story,
        title=labels.title.format(id=facts.participant_id),
        author=facts.archived_by,
        subject=labels.subject.format(site=facts.site_name),
        header_left=facts.site_name,
        page_of_template=labels.page_of,
        generated_text=labels.generated_text(facts.archived_at),
        progress=progress,
        lang="en-GB" if labels.language == "en" else "nb-NO",
        layout=LAYOUT,
    )


def write_archive_json(path: Path, facts: ArchiveFacts, sections: Sequence[ArchiveSection]) -> Path:
    document = {
        "format": ARCHIVE_FORMAT,
        "version": ARCHIVE_VERSION,
        "participant_id": facts.participant_id,
        "site": facts.site_name,
        "archived_at": facts.archived_at.isoformat(),
        "archived_by": facts.archived_by,
        "ended_on": facts.ended_on.isoformat(),
        "retention_months": facts.months,
        "then": facts.mode.value,
        "sections": {
            section.key: [
                {key: _json_value(value) for key, value in record.items()} for record in section.records()
            ]
            for section in sections
        },
    }
    with atomic_output(path) as tmp_path:
        tmp_path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def _json_value(value: ArchiveValue) -> str | int | float | bool | None:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, date | datetime):  # a datetime is a date too
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


# --- the PDF ----------------------------------------------------------------------------------------


def _title_block(facts: ArchiveFacts, labels: ArchiveLabels, json_name: str) -> list[Flowable]:
    formats = labels.formats
    archived = labels.archived.format(
        date=formats.long_date(facts.archived_at.date()),
        time=formats.time(facts.archived_at),
        actor=facts.archived_by,
    )
    retention = labels.retention.format(months=facts.months, ended=formats.long_date(facts.ended_on))
    return [
        Paragraph(with_script_fonts(labels.heading.format(name=facts.name), bold=True), TITLE),
        Paragraph(with_script_fonts(f"{archived} {retention}"), SUBTITLE),
        Paragraph(with_script_fonts(labels.erasure(facts.mode)), BODY),
        Spacer(0, 4),
        Paragraph(with_script_fonts(labels.confidential), BODY),
        Paragraph(with_script_fonts(labels.json_note.format(file=json_name)), SMALL),
    ]


_LOOSE_HEADING = ParagraphStyle("ArchiveRecordHeading", parent=HEADING, keepWithNext=0)


def _section(section: ArchiveSection, labels: ArchiveLabels) -> list[Flowable]:
    title = section.title_en if labels.language == "en" else section.title_nb
    heading = Paragraph(with_script_fonts(title), HEADING)
    if not section.rows:
        return [heading, Paragraph(with_script_fonts(labels.nothing), BODY)]
    if len(section.rows) == 1 and section.key == "register":
        # Not kept with its heading: the long record then starts on the first page and splits,
        # instead of moving whole to the second and leaving the first page empty.
        loose = Paragraph(with_script_fonts(title), _LOOSE_HEADING)
        return [loose, _record_table(section.fields, section.rows[0], labels)]
    rows = labels.rows.format(count=labels.formats.integer(len(section.rows)))
    heading = Paragraph(f"{with_script_fonts(title)} ({rows})", HEADING)  # kept with the table
    return [heading, _rows_table(section, labels)]


def _record_table(
    fields: Sequence[ArchiveField], row: Sequence[ArchiveValue], labels: ArchiveLabels
) -> Table:
    """One record: a field's title and its value on each line."""
    rows = [
        [_cell(_title(field, labels), TABLE_HEADER), _cell(_text(field, value, labels), TABLE_CELL)]
        for field, value in zip(fields, row, strict=True)
    ]
    width = LAYOUT.content_width
    table = Table(rows, colWidths=[width * _REGISTER_TITLE_SHARE, width * (1 - _REGISTER_TITLE_SHARE)])
    table.hAlign = "LEFT"
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 0), (-1, -1), [Palette.WHITE, Palette.ZEBRA_BG]),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, Palette.ACCENT),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, Palette.ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), TABLE_CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), TABLE_CELL_PADDING),
            ]
        )
    )
    return table


def _rows_table(section: ArchiveSection, labels: ArchiveLabels) -> Table:
    titles = [_title(field, labels) for field in section.fields]
    texts = [
        [_text(field, value, labels) for field, value in zip(section.fields, row, strict=True)]
        for row in section.rows
    ]
    header = [_cell(title, TABLE_HEADER) for title in titles]
    body = [[_cell(text, TABLE_CELL) for text in row] for row in texts]
    table = Table([header, *body], colWidths=_widths(titles, texts), repeatRows=1, hAlign="LEFT")
    table.setStyle(data_table_style(len(body) + 1, first_numeric_column=len(section.fields)))
    return table


def _widths(titles: Sequence[str], texts: Sequence[Sequence[str]]) -> list[float]:
    """Each column as wide as its longest text (within limits), the page's width shared out so;
    but no narrower than its longest word (a date, a name), so that no word is split, as far as
    the page allows."""
    measured = texts[:_MEASURED]
    weights = [
        _PADDING + min(_WIDEST, max(_NARROWEST, len(title), *(len(row[n]) for row in measured)))
        for n, title in enumerate(titles)
    ]
    floors = [
        2 * TABLE_CELL_PADDING
        + 1
        + max(_longest_word(title, TABLE_HEADER), *(_longest_word(row[n], TABLE_CELL) for row in measured))
        for n, title in enumerate(titles)
    ]
    page = LAYOUT.content_width
    if sum(floors) >= page:
        return [page * floor / sum(floors) for floor in floors]
    fixed: set[int] = set()
    while True:
        room = page - sum(floors[n] for n in fixed)
        share = sum(weight for n, weight in enumerate(weights) if n not in fixed)
        widths = [floors[n] if n in fixed else room * weights[n] / share for n in range(len(weights))]
        narrow = {n for n, width in enumerate(widths) if n not in fixed and width < floors[n]}
        if not narrow:
            return widths
        fixed |= narrow


def _longest_word(text: str, style: ParagraphStyle) -> float:
    return max((stringWidth(word, style.fontName, style.fontSize) for word in text.split()), default=0.0)


def _cell(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(with_script_fonts(text), style)


def _title(field: ArchiveField, labels: ArchiveLabels) -> str:
    return field.en if labels.language == "en" else field.nb


def _text(field: ArchiveField, value: ArchiveValue, labels: ArchiveLabels) -> str:
    formats = labels.formats
    text: str
    if value is None or value == "":
        text = "–"
    elif isinstance(value, bool):
        text = labels.yes if value else labels.no
    elif isinstance(value, bytes):
        text = labels.photo.format(size=formats.decimal(len(value) / 1024, 1))
    elif isinstance(value, datetime):
        text = formats.timestamp(value)
    elif isinstance(value, date):
        text = formats.short_date(value)
    elif isinstance(value, Decimal | float):
        text = formats.decimal(float(value), 2)
    elif isinstance(value, int):
        text = str(value)
    else:
        text = field.word(value, labels.language)
    return text
