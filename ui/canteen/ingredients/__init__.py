"""Ingredients (råvarer, C1): the one place an allergen is typed.

The list shows every ingredient with its allergens in words and a mark, in words, where the
allergen data has not been checked for twelve months. The canteen manager (and the admin) add,
edit and delete; coaches and the kiosk read. The form holds the 14 allergens as data (free /
may contain traces / contains, gluten with its grains and nuts with their kinds), the animal
origin the diet follows from, who checked the allergens and when, and the log of every
allergen change, which is the food-safety record an inspector may ask for.

The parts:
    view.py          IngredientsView: search, the list, adding, editing, deleting, export
    model.py         IngredientTableModel: the list's columns
    dialog.py        IngredientDialog: the form, its live checks, saving, conflicts
    import_dialog.py IngredientImportDialog: a CSV or XLSX file's preview (bad rows listed)
                     and its import, all or nothing
    allergen_grid.py AllergenGrid: the 14 allergens with their three-way choice and kinds
    formatting.py    allergen names and kinds, origin words, prices per unit
"""

from ui.canteen.ingredients.allergen_grid import AllergenGrid, State
from ui.canteen.ingredients.dialog import IngredientDialog
from ui.canteen.ingredients.import_dialog import IngredientImportDialog
from ui.canteen.ingredients.model import IngredientTableModel
from ui.canteen.ingredients.view import SEARCH_DEBOUNCE_MS, IngredientsView

__all__ = [
    "SEARCH_DEBOUNCE_MS",
    "AllergenGrid",
    "IngredientDialog",
    "IngredientImportDialog",
    "IngredientTableModel",
    "IngredientsView",
    "State",
]
