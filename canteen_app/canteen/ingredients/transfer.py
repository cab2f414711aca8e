"""Ingredient lists as files: a wholesaler's list in, the canteen's list out, CSV or XLSX.

The columns, in this order (the header row names them; any order is read):

    name_nb, name_en, unit, supplier, item_no, pack_size, pack_price,
    allergens, may_contain, animal_origin, checked_on

`allergens` and `may_contain` are allergen codes separated by ";", grains and nuts after a
colon (`gluten:hvete;gluten:bygg;melk;notter:mandel`, ASCII codes); `animal_origin` is any of
meat, fish, shellfish, dairy, egg separated by ";"; `checked_on` is YYYY-MM-DD.

Reading takes what people and spreadsheets write: UTF-8 with or without a byte order mark
(or Windows-1252, what Excel's plain "CSV" saves in Norway), "," or ";" (or tab) between
cells, a decimal comma or point, and in XLSX the first sheet with numbers and dates as cells.
Rows are numbered as a spreadsheet shows them: the header is row 1.

Writing: CSV as UTF-8 with a byte order mark, ";" between cells and CRLF line ends, which is
what Norwegian Excel opens into columns with æøå intact (its list separator is ";"); XLSX as
one sheet with numbers as number cells and the check date as a date cell. Numbers are written
with a decimal point and no thousands separator. A text that would start with = + - @ (a
formula, when a spreadsheet opens it) gets a ' in front, as the audit log's export does; so
does a text that already starts with ', so that reading takes exactly one ' off and an export
imports again unchanged.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from canteen_app.canteen.ingredients.allergens import AllergenCodeError, AllergenMark, marks_code, parse_marks
from canteen_app.canteen.ingredients.dto import ImportRow, ImportRowError, IngredientInfo
from canteen_app.canteen.ingredients.rules import AnimalOrigin, IngredientInput, Unit, parse_amount
from canteen_app.core.errors import DomainError
from canteen_app.core.files import atomic_output
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.platform.audit.rules import spreadsheet_safe

COLUMNS: tuple[str, ...] = (
    "name_nb",
    "name_en",
    "unit",
    "supplier",
    "item_no",
    "pack_size",
    "pack_price",
    "allergens",
    "may_contain",
    "animal_origin",
    "checked_on",
)
CSV_DELIMITER = ";"  # Norwegian Excel's list separator
SUFFIXES = (".csv", ".xlsx")
SHEET_TITLE = "ingredients"

_DELIMITERS = (";", ",", "\t")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
_NORWEGIAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", re.ASCII)  # how Excel saves a date in Norway


class IngredientFileError(DomainError):
    """The file as a whole cannot be read: not a CSV or XLSX file, or a wrong header."""


# --- reading ---------------------------------------------------------------------------------


def read_ingredient_file(path: Path) -> tuple[list[ImportRow], list[ImportRowError]]:
    """The rows of a .csv or .xlsx file, each with its row number, and the rows that cannot
    be read (bad allergen codes, unit, animal origin, date). Raises IngredientFileError when
    the file as a whole is wrong (a missing or unknown column, not a CSV or XLSX file)."""
    path = Path(path)
    suffix = _suffix(path)
    try:
        if suffix == ".csv":
            return read_csv(path.read_bytes())
        return _read_xlsx(path)
    except OSError as error:
        raise IngredientFileError(
            QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}"),
            path=str(path),
            reason=error.strerror or type(error).__name__,
        ) from error


def read_csv(data: bytes) -> tuple[list[ImportRow], list[ImportRowError]]:
    """The rows of a CSV file's bytes (see the module's docstring for what is accepted)."""
    text = _decode(data)
    first_line = text.split("\n", 1)[0]
    delimiter = max(_DELIMITERS, key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        records = [[_unprotect(cell) for cell in record] for record in reader]
    except csv.Error as error:
        raise IngredientFileError(
            QT_TRANSLATE_NOOP("errors", "The file is not a readable CSV file (line {line}: {reason})."),
            line=reader.line_num,
            reason=str(error),
        ) from error
    return _rows(records)


def _read_xlsx(path: Path) -> tuple[list[ImportRow], list[ImportRowError]]:
    from openpyxl import load_workbook  # loads in a moment; only an import needs it
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, SyntaxError) as error:
        # SyntaxError: xml's ParseError, for a workbook whose XML is broken
        raise IngredientFileError(
            QT_TRANSLATE_NOOP("errors", "{path} is not an XLSX workbook."), path=str(path)
        ) from error
    try:
        sheet = workbook.worksheets[0]
        records = [
            [_cell_text(value) for value in row]
            for row in sheet.iter_rows(min_row=1, max_row=sheet.max_row, values_only=True)
        ]
    finally:
        workbook.close()
    return _rows(records)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise IngredientFileError(
            QT_TRANSLATE_NOOP("errors", "The file is not text. Save it as CSV UTF-8 and try again.")
        ) from None


def _cell_text(value: object) -> str:
    """An XLSX cell as the text a CSV file would hold."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        # repr is the shortest text that gives the same float back: 12.99, not 12.9900000001
        number = Decimal(repr(value))
        return format(number.normalize() if number == number.to_integral_value() else number, "f")
    if isinstance(value, str):
        return _unprotect(value)
    return str(value)  # int (and Decimal, bool)


def _rows(records: Sequence[Sequence[str]]) -> tuple[list[ImportRow], list[ImportRowError]]:
    if not records or not any(cell.strip() for cell in records[0]):
        raise IngredientFileError(
            QT_TRANSLATE_NOOP("errors", "The first row must name the columns: {columns}."),
            columns=", ".join(COLUMNS),
        )
    positions = _header(records[0])
    named = set(positions.values())
    rows: list[ImportRow] = []
    errors: list[ImportRowError] = []
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue  # an empty row between the ingredients is no mistake
        cells = {name: record[index] if index < len(record) else "" for name, index in positions.items()}
        row, problems = _ingredient(cells)
        extra = [cell.strip() for index, cell in enumerate(record) if index not in named and cell.strip()]
        if extra:
            outside = Message(
                QT_TRANSLATE_NOOP("errors", "values outside the named columns: {values}"),
                {"values": ", ".join(map(repr, extra))},
            )
            problems.insert(0, ("", outside))
        if problems:
            errors.append(ImportRowError(number, tuple(problems)))
        else:
            rows.append((number, row))
    return rows, errors


def _header(cells: Sequence[str]) -> dict[str, int]:
    """Column name -> its position; every column must be there, once, and nothing else."""
    positions: dict[str, int] = {}
    unknown: list[str] = []
    for index, cell in enumerate(cells):
        name = cell.strip().strip("\ufeff").casefold()
        if not name:
            continue
        if name in positions:
            raise IngredientFileError(
                QT_TRANSLATE_NOOP("errors", "The column '{column}' is named twice in the first row."),
                column=name,
            )
        if name in COLUMNS:
            positions[name] = index
        else:
            unknown.append(cell.strip())
    missing = [name for name in COLUMNS if name not in positions]
    if missing:
        raise IngredientFileError(
            QT_TRANSLATE_NOOP(
                "errors", "The first row lacks the column(s) {missing}. The columns are: {columns}."
            ),
            missing=", ".join(missing),
            columns=", ".join(COLUMNS),
        )
    if unknown:
        raise IngredientFileError(
            QT_TRANSLATE_NOOP(
                "errors", "The first row names unknown column(s) {unknown}. The columns are: {columns}."
            ),
            unknown=", ".join(repr(name) for name in unknown),
            columns=", ".join(COLUMNS),
        )
    return positions


# The problems a row can have as written ("unit: 'kilo' is not a unit ..."), per column: the
# service checks the rest (lengths, numbers' ranges, an allergen's animal origin).
Problems = list[tuple[str, Message]]


def _ingredient(cells: dict[str, str]) -> tuple[IngredientInput, Problems]:
    problems: Problems = []
    contains = _marks(cells["allergens"], "allergens", problems)
    may_contain = _marks(cells["may_contain"], "may_contain", problems)
    unit = cells["unit"].strip().casefold()
    if unit not in tuple(Unit):
        text = (
            QT_TRANSLATE_NOOP("errors", "'{unit}' is not a unit; use one of {units}.")
            if unit
            else QT_TRANSLATE_NOOP("errors", "no unit; use one of {units}.")
        )
        problems.append(("unit", Message(text, {"unit": cells["unit"].strip(), "units": ", ".join(Unit)})))
    for name in ("pack_size", "pack_price"):
        if cells[name].strip():
            try:
                parse_amount(cells[name])
            except ValueError:
                text = QT_TRANSLATE_NOOP("errors", "'{value}' is not a number; write it as 2.5 or 2,5.")
                problems.append((name, Message(text, {"value": cells[name].strip()})))
    row = IngredientInput(
        name_nb=cells["name_nb"],
        name_en=cells["name_en"],
        unit=unit,
        supplier=cells["supplier"],
        item_no=cells["item_no"],
        pack_size=cells["pack_size"],
        pack_price=cells["pack_price"],
        contains=contains,
        may_contain=may_contain,
        animal_origin=_origins(cells["animal_origin"], problems),
        checked_on=_checked_on(cells["checked_on"], problems),
    )
    return row, problems


def _marks(text: str, column: str, problems: Problems) -> frozenset[AllergenMark]:
    try:
        return parse_marks(text)
    except AllergenCodeError as error:
        problems.append((column, error.message))
        return frozenset()


def _origins(text: str, problems: Problems) -> frozenset[AnimalOrigin]:
    found = set()
    for part in text.split(";"):
        code = part.strip().casefold()
        if not code:
            continue
        try:
            found.add(AnimalOrigin(code))
        except ValueError:
            text = QT_TRANSLATE_NOOP("errors", "'{value}' is not an animal origin; use {origins}.")
            origins = ", ".join(AnimalOrigin)
            problems.append(("animal_origin", Message(text, {"value": part.strip(), "origins": origins})))
    return frozenset(found)


def _checked_on(text: str, problems: Problems) -> date | None:
    text = text.strip()
    if not text:
        return None
    iso = _ISO_DATE.fullmatch(text)
    norwegian = _NORWEGIAN_DATE.fullmatch(text)
    try:
        if iso is not None:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        if norwegian is not None:
            return date(int(norwegian[3]), int(norwegian[2]), int(norwegian[1]))
    except ValueError:
        pass
    message = QT_TRANSLATE_NOOP("errors", "'{value}' is not a date; write it as YYYY-MM-DD.")
    problems.append(("checked_on", Message(message, {"value": text})))
    return None


# --- writing ---------------------------------------------------------------------------------


def write_ingredient_file(path: Path, ingredients: Iterable[IngredientInfo]) -> int:
    """Write the ingredients to a .csv or .xlsx file (by its name), atomically and owner-only;
    returns how many. The file imports again unchanged."""
    path = Path(path)
    records = [_record(info) for info in ingredients]
    if _suffix(path) == ".csv":
        _write_csv(path, records)
    else:
        _write_xlsx(path, records)
    return len(records)


def _record(info: IngredientInfo) -> list[Any]:
    """One ingredient in COLUMNS order: texts, Decimals (or None), a date (or None)."""
    order = list(AnimalOrigin)
    return [
        info.name_nb,
        info.name_en,
        info.unit,
        info.supplier,
        info.item_no,
        info.pack_size,
        info.pack_price,
        marks_code(info.profile.contains),
        marks_code(info.profile.may_contain),
        ";".join(origin.value for origin in sorted(info.profile.animal_origin, key=order.index)),
        info.checked_on,
    ]


def _number_text(value: Decimal | None) -> str:
    """ "2.5", "100", "" : a decimal point, no thousands separator, no exponent."""
    return "" if value is None else format(value.normalize(), "f")


def _write_csv(path: Path, records: list[list[Any]]) -> None:
    # The temporary file is closed before atomic_output gives it the final name.
    with atomic_output(path) as tmp_path, open(tmp_path, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=CSV_DELIMITER, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for record in records:
            writer.writerow([_csv_cell(value) for value in record])


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return _number_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return _protect(str(value))


def _write_xlsx(path: Path, records: list[list[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook has its one sheet
    sheet.title = SHEET_TITLE
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for record in records:
        sheet.append([_xlsx_cell(value) for value in record])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, never a formula
            elif isinstance(cell.value, date | datetime):
                cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    for letter, name in zip("ABCDEFGHIJK", COLUMNS, strict=True):
        wide = name.startswith(("name", "allergens", "may_contain"))
        sheet.column_dimensions[letter].width = 30 if wide else 14
    with atomic_output(path) as tmp_path:
        workbook.save(tmp_path)


def _xlsx_cell(value: object) -> object:
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, Decimal):
        # A number cell (so the sheet can sum prices); ints stay ints, as they were typed.
        normal = value.normalize()
        return int(normal) if normal == normal.to_integral_value() else normal
    return _protect(str(value))


# --- shared ----------------------------------------------------------------------------------


def _suffix(path: Path) -> str:
    suffix = path.suffix.casefold()
    if suffix not in SUFFIXES:
        raise IngredientFileError(
            QT_TRANSLATE_NOOP("errors", "{path}: use a .csv or .xlsx file."), path=str(path)
        )
    return suffix


def _protect(text: str) -> str:
    """A text a spreadsheet shows as text, never runs as a formula; one that already starts
    with ' gets one more, so that `_unprotect` gives exactly the text back."""
    return "'" + text if text.startswith("'") else spreadsheet_safe(text)


def _unprotect(text: str) -> str:
    """Take off the ' that `_protect` put in front; a ' a person typed stays."""
    rest = text[1:]
    if text.startswith("'") and (rest.startswith("'") or spreadsheet_safe(rest) != rest):
        return rest
    return text
