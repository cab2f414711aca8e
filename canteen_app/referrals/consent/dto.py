"""What the consent service hands out: a participant's consents as the coach sees them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from canteen_app.referrals.consent.rules import ConsentInput, ConsentStatus, ConsentTerms, DataCategory

__all__ = ["ConsentInfo", "ConsentInput"]


@dataclass(frozen=True)
class ConsentInfo:
    """One recorded consent, with its recipient's names as they are now and its state today."""

    id: int
    participant_id: int
    company_id: int
    company_name: str
    contact_id: int | None  # None: any contact person at the company
    contact_name: str | None
    purpose: str
    categories: tuple[DataCategory, ...]  # in CATEGORY_ORDER
    given_on: date
    recorded_by: str
    expires_on: date
    withdrawn_on: date | None
    status: ConsentStatus  # on today
    version: int

    @property
    def terms(self) -> ConsentTerms:
        return ConsentTerms(
            company_id=self.company_id,
            contact_id=self.contact_id,
            categories=frozenset(self.categories),
            given_on=self.given_on,
            expires_on=self.expires_on,
            withdrawn_on=self.withdrawn_on,
        )
