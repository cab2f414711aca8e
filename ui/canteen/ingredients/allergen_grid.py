"""The 14 allergens as data: one row each with a three-way choice (free / may contain traces /
contains), and for gluten and nuts the grains and nuts, ticked per choice.

Gluten must name its grain and nuts their kind. A row set to "contains" or "may contain" with no
kind ticked gives a bare mark (`AllergenMark(GLUTEN)`), which the rules refuse with "Name the
grain…" shown right under the row; the form never guesses a grain.

Keyboard: Tab moves from allergen to allergen (to the chosen state of each); the arrow keys
change the choice; the kinds are check boxes Tab reaches when they are shown.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from canteen_app.canteen.ingredients.allergens import KINDS, Allergen, AllergenMark
from canteen_app.canteen.ingredients.rules import allergen_field
from ui.canteen.ingredients.formatting import allergen_legend, allergen_name, kind_word
from ui.common.widgets import FieldMessage

KIND_COLUMNS = 3  # check boxes per line under gluten and nuts
KIND_INDENT = 16  # the kinds stand in from their titles


class State(enum.IntEnum):
    FREE = 0
    MAY_CONTAIN = 1
    CONTAINS = 2


def state_words() -> dict[State, str]:
    return {
        State.FREE: QCoreApplication.translate("AllergenGrid", "Free"),
        State.MAY_CONTAIN: QCoreApplication.translate("AllergenGrid", "May contain traces"),
        State.CONTAINS: QCoreApplication.translate("AllergenGrid", "Contains"),
    }


class KindBoxes(QWidget):
    """The kinds of one allergen (the grains, the nuts) as check boxes, for one state."""

    changed = Signal()

    def __init__(self, allergen: Allergen, state: State, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{allergen.value}_{state.name.lower()}_kinds")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.title = QLabel(title)
        layout.addWidget(self.title)
        grid = QGridLayout()
        grid.setContentsMargins(KIND_INDENT, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for number, kind in enumerate(KINDS[allergen]):
            box = QCheckBox(kind_word(kind))
            box.setObjectName(f"{allergen.value}_{state.name.lower()}_{kind}")
            box.setAccessibleName(f"{allergen_name(allergen)} – {title} {kind_word(kind)}")
            box.toggled.connect(self.changed)
            grid.addWidget(box, number // KIND_COLUMNS, number % KIND_COLUMNS)
            self.boxes[kind] = box
        grid.setColumnStretch(KIND_COLUMNS, 1)
        layout.addLayout(grid)

    def ticked(self) -> set[str]:
        return {kind for kind, box in self.boxes.items() if box.isChecked()}

    def tick(self, kinds: Iterable[str]) -> None:
        wanted = set(kinds)
        for kind, box in self.boxes.items():
            box.setChecked(kind in wanted)


class AllergenRow:
    """One allergen: its label, its three choices, and (gluten, nuts) its kinds and message."""

    def __init__(self, grid: AllergenGrid, allergen: Allergen) -> None:
        self.allergen = allergen
        name = allergen_name(allergen)
        self.label = QLabel(name)
        self.label.setObjectName(f"allergen_{allergen.value}Label")
        self.label.setToolTip(allergen_legend(allergen))
        self.group = QButtonGroup(grid)
        self.buttons: dict[State, QRadioButton] = {}
        for state, word in state_words().items():
            button = QRadioButton()
            button.setObjectName(f"allergen_{allergen.value}_{state.name.lower()}")
            button.setAccessibleName(
                QCoreApplication.translate("AllergenGrid", "{allergen}: {state}").format(
                    allergen=name, state=word
                )
            )
            button.setToolTip(f"{name}: {word}")
            self.group.addButton(button, int(state))
            self.buttons[state] = button
        self.buttons[State.FREE].setChecked(True)
        self.kinds: QWidget | None = None
        self.contains_kinds: KindBoxes | None = None
        self.may_kinds: KindBoxes | None = None
        self.message: FieldMessage | None = None
        if allergen in KINDS:
            self._build_kinds(grid)

    def _build_kinds(self, grid: AllergenGrid) -> None:
        is_gluten = self.allergen is Allergen.GLUTEN
        contains_title = (
            QCoreApplication.translate("AllergenGrid", "Contains the grains:")
            if is_gluten
            else QCoreApplication.translate("AllergenGrid", "Contains the nuts:")
        )
        may_title = QCoreApplication.translate("AllergenGrid", "May contain traces of:")
        self.kinds = QWidget()
        self.kinds.setObjectName(f"allergen_{self.allergen.value}Kinds")
        layout = QVBoxLayout(self.kinds)
        layout.setContentsMargins(KIND_INDENT, 0, 0, 6)
        layout.setSpacing(4)
        self.contains_kinds = KindBoxes(self.allergen, State.CONTAINS, contains_title)
        self.may_kinds = KindBoxes(self.allergen, State.MAY_CONTAIN, may_title)
        for boxes in (self.contains_kinds, self.may_kinds):
            boxes.changed.connect(grid.changed)
            layout.addWidget(boxes)
        self.message = FieldMessage(allergen_field(self.allergen))
        layout.addWidget(self.message)
        self.kinds.setVisible(False)

    @property
    def state(self) -> State:
        return State(max(0, self.group.checkedId()))

    def set_state(self, state: State) -> None:
        self.buttons[state].setChecked(True)

    def show_kinds(self) -> None:
        """The kind lines the chosen state asks for; the message stays in view while shown."""
        if self.kinds is None or self.contains_kinds is None or self.may_kinds is None:
            return
        state = self.state
        self.contains_kinds.setVisible(state is State.CONTAINS)
        self.may_kinds.setVisible(state is not State.FREE)
        showing_message = self.message is not None and self.message.severity != ""
        self.kinds.setVisible(state is not State.FREE or showing_message)

    def marks(self) -> tuple[set[AllergenMark], set[AllergenMark]]:
        """(contains, may contain) as the row says now; a bare mark where no kind is ticked."""
        state = self.state
        if state is State.FREE:
            return set(), set()
        if self.contains_kinds is None or self.may_kinds is None:
            mark = {AllergenMark(self.allergen)}
            return (mark, set()) if state is State.CONTAINS else (set(), mark)
        may = {AllergenMark(self.allergen, kind) for kind in self.may_kinds.ticked()}
        if state is State.MAY_CONTAIN:
            return set(), may or {AllergenMark(self.allergen)}
        contains = {AllergenMark(self.allergen, kind) for kind in self.contains_kinds.ticked()}
        return contains or {AllergenMark(self.allergen)}, may - contains

    def load(self, contains: set[str], may: set[str], present: bool, maybe: bool) -> None:
        """Kinds contained and maybe contained; `present`/`maybe`: the allergen is marked at all."""
        if self.contains_kinds is not None and self.may_kinds is not None:
            self.contains_kinds.tick(contains)
            self.may_kinds.tick(may)
        self.set_state(State.CONTAINS if present else State.MAY_CONTAIN if maybe else State.FREE)
        self.show_kinds()

    def on_state_changed(self, old: State, new: State) -> None:
        """Kinds follow a change between "contains" and "may contain", so no ticking is lost."""
        if self.contains_kinds is None or self.may_kinds is None:
            return
        if old is State.CONTAINS and new is State.MAY_CONTAIN and not self.may_kinds.ticked():
            self.may_kinds.tick(self.contains_kinds.ticked())
        elif old is State.MAY_CONTAIN and new is State.CONTAINS and not self.contains_kinds.ticked():
            self.contains_kinds.tick(self.may_kinds.ticked())
            self.may_kinds.tick(())


class AllergenGrid(QWidget):
    """The 14 allergens, in the regulation's order, each free, maybe contained, or contained."""

    changed = Signal()
    state_chosen = Signal(object, object)  # Allergen, State: a choice the user made

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allergenGrid")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._loading = False
        self.rows: dict[Allergen, AllergenRow] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        for column, word in enumerate(state_words().values(), start=1):
            header = QLabel(word)
            header.setObjectName(f"allergenHeader{column}")
            header.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(header, 0, column)
        line = 1
        for allergen in Allergen:
            row = AllergenRow(self, allergen)
            self.rows[allergen] = row
            grid.addWidget(row.label, line, 0)
            for column, state in enumerate(State, start=1):
                grid.addWidget(row.buttons[state], line, column, Qt.AlignmentFlag.AlignHCenter)
            row.group.idToggled.connect(lambda button_id, on, row=row: self._on_toggled(row, button_id, on))
            line += 1
            if row.kinds is not None:
                grid.addWidget(row.kinds, line, 0, 1, 5)
                line += 1
        grid.setColumnStretch(4, 1)  # the choices stay near their allergen's name
        # As wide as the widest line of grains or nuts, shown or not: the form keeps its width
        # whichever choices are made.
        kinds = max(row.kinds.minimumSizeHint().width() for row in self.rows.values() if row.kinds)
        self.setMinimumWidth(max(kinds, self.minimumSizeHint().width()))
        self._previous: dict[Allergen, State] = {allergen: State.FREE for allergen in Allergen}

    def _on_toggled(self, row: AllergenRow, button_id: int, on: bool) -> None:
        if not on:
            return
        old, new = self._previous[row.allergen], State(button_id)
        self._previous[row.allergen] = new
        if not self._loading:
            row.on_state_changed(old, new)
        row.show_kinds()
        if not self._loading:
            self.state_chosen.emit(row.allergen, new)
            self.changed.emit()

    # --- the data --------------------------------------------------------------------------------

    def load(self, contains: Iterable[AllergenMark], may_contain: Iterable[AllergenMark]) -> None:
        contains, may_contain = set(contains), set(may_contain)
        self._loading = True
        try:
            for allergen, row in self.rows.items():
                mine = {mark for mark in contains if mark.allergen is allergen}
                maybe = {mark for mark in may_contain if mark.allergen is allergen}
                row.load(
                    {m.kind for m in mine if m.kind},
                    {m.kind for m in maybe if m.kind},
                    bool(mine),
                    bool(maybe),
                )
                self._previous[allergen] = row.state
        finally:
            self._loading = False

    def marks(self) -> tuple[frozenset[AllergenMark], frozenset[AllergenMark]]:
        """(contains, may contain) as the grid says now."""
        contains: set[AllergenMark] = set()
        may: set[AllergenMark] = set()
        for row in self.rows.values():
            row_contains, row_may = row.marks()
            contains |= row_contains
            may |= row_may
        return frozenset(contains), frozenset(may)

    def messages(self) -> dict[str, FieldMessage]:
        """The message under each allergen that has one (gluten, nuts), by field name."""
        return {allergen_field(a): row.message for a, row in self.rows.items() if row.message is not None}

    def editor(self, allergen: Allergen) -> QAbstractButton:
        """Where the focus goes for an allergen's message: its chosen state."""
        row = self.rows[allergen]
        return row.buttons[row.state]

    def refresh_kinds(self) -> None:
        """Show or hide the kind lines after a message came or went."""
        for row in self.rows.values():
            row.show_kinds()
