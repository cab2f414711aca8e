"""The pictograms of the task library: which ones the program ships, their names in Norwegian
and English (the coach's chooser shows and searches them), and where their files are.

The drawings are Mulberry Symbols (https://mulberrysymbols.org) by Steve Lee, CC BY-SA 4.0:
symbols made for adults who communicate with pictures, in one clear, consistent style. Only the
ones the canteen needs are shipped, in `resources/pictograms/` (ATTRIBUTION.md there says which
version, from where, and what was done to them): `<key>.svg`, unchanged from the set (the UI
draws it), and `<key>.png`, the same drawing rendered once for the printed day card
(`resources/pictograms/build.py` makes both). The keys are what the library stores: a key
is never reused for another drawing.

Plain data: no database, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from canteen_app.core.resources import resource_path

PICTOGRAM_FOLDER = "pictograms"
SET_NAME = "Mulberry Symbols"
SET_VERSION = "3.6.1"
SET_AUTHOR = "Steve Lee"
SET_LICENCE = "CC BY-SA 4.0"
SET_URL = "https://mulberrysymbols.org"
LICENCE_URL = "https://creativecommons.org/licenses/by-sa/4.0/"
# The credit the card and the app print, in English as the licensor wrote it (a name and a
# licence are not translated); documents add their own lead-in in the reader's language.
CREDIT = f"{SET_NAME} © {SET_AUTHOR}, {SET_LICENCE} ({SET_URL})"


@dataclass(frozen=True)
class Pictogram:
    key: str  # stored with each step; never reused for another drawing
    group: str  # one of GROUPS: where the chooser shows it
    source: str  # the file's name in the Mulberry set (without ".svg")
    name_nb: str
    name_en: str

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_nb

    @property
    def svg_path(self) -> Path:
        return resource_path(PICTOGRAM_FOLDER, f"{self.key}.svg")

    @property
    def png_path(self) -> Path:
        return resource_path(PICTOGRAM_FOLDER, f"{self.key}.png")


@dataclass(frozen=True)
class PictogramGroup:
    key: str
    name_nb: str
    name_en: str

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_nb


GROUPS: tuple[PictogramGroup, ...] = (
    PictogramGroup("hygiene", "Hygiene", "Hygiene"),
    PictogramGroup("goods", "Varer og lager", "Goods and storage"),
    PictogramGroup("dishes", "Oppvask og servise", "Dishes"),
    PictogramGroup("cleaning", "Renhold og avfall", "Cleaning and waste"),
    PictogramGroup("cold", "Kald mat", "Cold food"),
    PictogramGroup("hot", "Varm mat", "Hot food"),
    PictogramGroup("serving", "Servering og kasse", "Serving and till"),
    PictogramGroup("general", "Hjelp og tid", "Help and time"),
)

PICTOGRAMS: tuple[Pictogram, ...] = (
    Pictogram("wash_hands", "hygiene", "wash_hands_,_to", "Vaske hender", "Wash hands"),
    Pictogram("dry_hands", "hygiene", "dry_hands_,_to", "Tørke hender", "Dry hands"),
    Pictogram("soap", "hygiene", "liquid_soap", "Såpe", "Soap"),
    Pictogram("apron", "hygiene", "apron", "Forkle", "Apron"),
    Pictogram("cap", "hygiene", "put_on_cap_,_to", "Hårnett eller lue", "Hair net or cap"),
    Pictogram("gloves", "hygiene", "gloves", "Hansker", "Gloves"),
    Pictogram("delivery", "goods", "deliver_,_to", "Varelevering", "Delivery"),
    Pictogram("unpack", "goods", "take_out_,_to", "Pakke ut", "Unpack"),
    Pictogram("put_away", "goods", "put_away_,_to", "Sette på plass", "Put away"),
    Pictogram("thermometer", "goods", "thermometer_2", "Termometer", "Thermometer"),
    Pictogram("fridge", "goods", "fridge", "Kjøleskap", "Fridge"),
    Pictogram("freezer", "goods", "freezer", "Fryser", "Freezer"),
    Pictogram("label", "goods", "labels", "Merkelapp", "Label"),
    Pictogram("date", "goods", "calendar", "Dato", "Date"),
    Pictogram("weigh", "goods", "weigh_food_,_to", "Veie", "Weigh"),
    Pictogram("dirty_dishes", "dishes", "dirty_dishes", "Skitten oppvask", "Dirty dishes"),
    Pictogram("rinse", "dishes", "rinse_,_to", "Skylle", "Rinse"),
    Pictogram("wash_up", "dishes", "wash_up_,_to", "Vaske opp", "Wash up"),
    Pictogram("dishwasher", "dishes", "dishwasher", "Oppvaskmaskin", "Dishwasher"),
    Pictogram("clean_dishes", "dishes", "clean_dishes", "Ren oppvask", "Clean dishes"),
    Pictogram("plate", "dishes", "plate", "Tallerken", "Plate"),
    Pictogram("cutlery", "dishes", "place_setting", "Bestikk", "Cutlery"),
    Pictogram("glass", "dishes", "glass_,_drinking", "Glass", "Glass"),
    Pictogram("tray", "dishes", "tray", "Brett", "Tray"),
    Pictogram("sponge", "cleaning", "sponge", "Svamp", "Sponge"),
    Pictogram("cloth", "cleaning", "dish_cloth", "Klut", "Cloth"),
    Pictogram("spray", "cleaning", "cleaner_spray", "Vaskemiddel", "Cleaning spray"),
    Pictogram("wipe_table", "cleaning", "wipe_table_,_to", "Tørke av bordet", "Wipe the table"),
    Pictogram("mop", "cleaning", "mop", "Mopp", "Mop"),
    Pictogram("broom", "cleaning", "broom", "Kost", "Broom"),
    Pictogram("bin", "cleaning", "put_in_bin_,_to", "Kaste avfall", "Throw away"),
    Pictogram("sorting", "cleaning", "recycling_bins", "Kildesortering", "Sort the waste"),
    Pictogram("wash_vegetables", "cold", "wash_vegetables_,_to", "Vaske grønnsaker", "Wash vegetables"),
    Pictogram("peel", "cold", "peel_,_to", "Skrelle", "Peel"),
    Pictogram("knife", "cold", "knife", "Kniv", "Knife"),
    Pictogram("chopping_board", "cold", "chopping_board", "Skjærebrett", "Cutting board"),
    Pictogram("chop", "cold", "chop_,_to", "Kutte", "Cut"),
    Pictogram("vegetables", "cold", "vegetables", "Grønnsaker", "Vegetables"),
    Pictogram("salad", "cold", "salad", "Salat", "Salad"),
    Pictogram("bread", "cold", "bread", "Brød", "Bread"),
    Pictogram("cover_food", "cold", "cover_food_,_to", "Dekke til maten", "Cover the food"),
    Pictogram("saucepan", "hot", "saucepan", "Kjele", "Saucepan"),
    Pictogram("soup", "hot", "soup", "Suppe", "Soup"),
    Pictogram("stir", "hot", "stir_,_to", "Røre", "Stir"),
    Pictogram("cooker", "hot", "cooker", "Komfyr og ovn", "Cooker and oven"),
    Pictogram("heat", "hot", "heat_,_to", "Varme opp", "Heat"),
    Pictogram("hot_food", "hot", "food_hot", "Varm mat", "Hot food"),
    Pictogram("serve", "serving", "serve_,_to", "Servere", "Serve"),
    Pictogram("card_terminal", "serving", "chip_and_pin_device", "Betalingsterminal", "Card terminal"),
    Pictogram("smile", "serving", "smile_,_to", "Smile", "Smile"),
    Pictogram("guests", "serving", "queue_,_to", "Gjester", "Guests"),
    Pictogram("clock", "general", "clock", "Klokke", "Clock"),
    Pictogram("look", "general", "look_,_to", "Se etter", "Look and check"),
    Pictogram("ask", "general", "ask_,_to", "Spørre", "Ask"),
    Pictogram("help", "general", "help_,_to", "Hjelp", "Help"),
    Pictogram("no", "general", "mistake_no_wrong", "Nei, ikke gjør", "No, do not"),
    Pictogram("correct", "general", "correct", "Riktig", "Correct"),
    Pictogram("careful", "general", "warning_light", "Pass på", "Be careful"),
    Pictogram("pause", "general", "take_a_work_break_,_to", "Pause", "Break"),
    Pictogram("finished", "general", "finish", "Ferdig", "Finished"),
)

_BY_KEY = {pictogram.key: pictogram for pictogram in PICTOGRAMS}


def pictogram(key: str) -> Pictogram | None:
    """The pictogram stored under `key`, or None for a key this version does not ship."""
    return _BY_KEY.get(key)


def is_pictogram(key: str) -> bool:
    return key in _BY_KEY
