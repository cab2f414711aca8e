"""Walking the two-level trees of the plan's screens: area headings with goals under them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem


def headings(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [item for item in items if item is not None]


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    found = (item.child(i) for i in range(item.childCount()))
    return [child for child in found if child is not None]


def leaves(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """Every item under a heading, top to bottom."""
    return [child for heading in headings(tree) for child in children(heading)]


def heading(tree: QTreeWidget, text: str) -> QTreeWidgetItem:
    """A bold heading that is not a choice itself, added at the end."""
    item = QTreeWidgetItem([text])
    font = QFont(tree.font())
    font.setBold(True)
    item.setFont(0, font)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    tree.addTopLevelItem(item)
    return item
