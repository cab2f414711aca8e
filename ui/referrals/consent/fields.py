"""Fields the consent forms share: the recipient (a partner company, and optionally one of its
contact persons) and the kinds of data, one box each with the category's words."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from canteen_app.referrals.consent.rules import CATEGORY_ORDER, DataCategory, ordered
from canteen_app.referrals.partners.dto import CompanyDetails
from ui.common.widgets import WideListComboBox
from ui.referrals.consent.words import anyone_text, category_text

ROW_HEIGHT = 36


class RecipientPicker(QObject):
    """Two fields: the company (active partners of the site), then "anyone at the company" or
    one of its active contact persons."""

    changed = Signal()

    def __init__(self, companies: Sequence[CompanyDetails], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._companies = {company.id: company for company in companies}
        self.company_combo = WideListComboBox()
        self.company_combo.setObjectName("consentCompany")
        self.company_combo.setMinimumHeight(ROW_HEIGHT)
        self.company_combo.setPlaceholderText(self.tr("Choose a partner company"))
        for company in companies:
            self.company_combo.addItem(company.name, company.id)
        self.company_combo.setCurrentIndex(-1)
        self.contact_combo = WideListComboBox()
        self.contact_combo.setObjectName("consentContact")
        self.contact_combo.setMinimumHeight(ROW_HEIGHT)
        self.company_combo.currentIndexChanged.connect(self._fill_contacts)
        self.contact_combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self._fill_contacts()

    def _fill_contacts(self) -> None:
        company = self._companies.get(self.company_id() or 0)
        self.contact_combo.blockSignals(True)
        self.contact_combo.clear()
        self.contact_combo.addItem(anyone_text(), None)
        if company is not None:
            for contact in company.contacts:
                if contact.active:
                    text = f"{contact.name} – {contact.role}" if contact.role else contact.name
                    self.contact_combo.addItem(text, contact.id)
        self.contact_combo.setCurrentIndex(0)
        self.contact_combo.setEnabled(company is not None)
        self.contact_combo.blockSignals(False)
        self.changed.emit()

    def company_id(self) -> int | None:
        value = self.company_combo.currentData()
        return int(value) if value is not None else None

    def contact_id(self) -> int | None:
        value = self.contact_combo.currentData()
        return int(value) if value is not None else None

    def choose(self, company_id: int | None, contact_id: int | None) -> None:
        """Select the company (none when it is not offered) and the contact person."""
        self.company_combo.setCurrentIndex(self.company_combo.findData(company_id) if company_id else -1)
        index = self.contact_combo.findData(contact_id) if contact_id is not None else 0
        self.contact_combo.setCurrentIndex(max(index, 0))

    def company_names(self) -> list[str]:
        return [self.company_combo.itemText(n) for n in range(self.company_combo.count())]

    def contact_names(self) -> list[str]:
        return [self.contact_combo.itemText(n) for n in range(self.contact_combo.count())]


class CategoryChecks(QWidget):
    """One box per kind of data, in the order the form and the dossier list them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentCategories")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[DataCategory, QCheckBox] = {}
        half = (len(CATEGORY_ORDER) + 1) // 2
        for n, category in enumerate(CATEGORY_ORDER):
            box = QCheckBox(category_text(category))
            box.setObjectName(f"consentCategory_{category.value}")
            box.setAccessibleName(category_text(category))
            box.setMinimumHeight(ROW_HEIGHT - 8)
            box.toggled.connect(lambda _checked: self.changed.emit())
            self.boxes[category] = box
            layout.addWidget(box, n % half, n // half)
        self.setFocusProxy(self.boxes[CATEGORY_ORDER[0]])
        self.setMinimumHeight(self.sizeHint().height())  # a message below never squeezes the boxes

    def chosen(self) -> tuple[DataCategory, ...]:
        return tuple(category for category, box in self.boxes.items() if box.isChecked())

    def set_chosen(self, categories: Iterable[DataCategory]) -> None:
        wanted = set(ordered(categories))
        for category, box in self.boxes.items():
            box.setChecked(category in wanted)

    def name_boxes(self) -> None:
        """Each box keeps its own words as its name (a form row names the first box otherwise)."""
        for category, box in self.boxes.items():
            box.setAccessibleName(category_text(category))
