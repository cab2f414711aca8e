"""Dishes (retter, C1): recipes of ingredients, whose allergens, "may contain" and diet are
derived from the ingredients and never typed on the dish.

The list shows every dish with its derived allergens, diet, cost per portion and price, and a
mark in words where an ingredient's allergen data is stale; under it, for every role, where the
selected dish's allergens come from. The canteen manager (and the admin) add, edit and retire
dishes: the form takes the recipe lines (an ingredient found by typing part of its name, the
quantity in its unit), per portion or per batch, and shows the cost per portion and the
allergens with their ingredients as the recipe is typed.

The parts:
    view.py        DishesView: search, the list, the selected dish's allergen sources, actions
    model.py       DishTableModel: the list's columns
    dialog.py      DishDialog: the form, its live cost and allergens, saving, conflicts
    recipe.py      RecipeEditor: the recipe lines and their ingredient pickers
    sources.py     AllergenSources: which ingredient brings which allergen
    formatting.py  the list's diet word, one allergen mark in words
"""

from ui.canteen.dishes.dialog import DishDialog
from ui.canteen.dishes.model import DishTableModel
from ui.canteen.dishes.recipe import RecipeEditor
from ui.canteen.dishes.sources import AllergenSources, SourceRow, source_rows
from ui.canteen.dishes.view import SEARCH_DEBOUNCE_MS, DishesView

__all__ = [
    "SEARCH_DEBOUNCE_MS",
    "AllergenSources",
    "DishDialog",
    "DishTableModel",
    "DishesView",
    "RecipeEditor",
    "SourceRow",
    "source_rows",
]
