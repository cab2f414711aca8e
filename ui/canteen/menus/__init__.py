"""Menu planning (C2): the week grid by course, the dish picker, copying weeks, N-week cycles,
warnings, the week's cost, and the printed week menu and allergen poster.

The parts:
    view.py     MenuView: the page, its week, the planning actions and printing
    grid.py     WeekGrid: Monday to Friday by course, each dish with its allergens in words
    picker.py   DishPickerDialog: finds one of thousands of dishes by typing
    dialogs.py  CopyWeekDialog, SaveCycleDialog, ApplyCycleDialog
    texts.py    the words for warnings, prints, weeks and money
"""

from ui.canteen.menus.dialogs import ApplyCycleDialog, CopyWeekDialog, SaveCycleDialog
from ui.canteen.menus.grid import ShownDish, WeekGrid
from ui.canteen.menus.picker import DishPickerDialog
from ui.canteen.menus.view import MenuView, ShownPrint

__all__ = [
    "ApplyCycleDialog",
    "CopyWeekDialog",
    "DishPickerDialog",
    "MenuView",
    "SaveCycleDialog",
    "ShownDish",
    "ShownPrint",
    "WeekGrid",
]
