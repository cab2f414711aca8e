"""Referral dossiers (R4, R5): what goes to a recipient, previewed field by field before anything
is written, then saved as a PDF; the batch export; the participant's certificates, references
and spoken languages.

The parts:
    dialog.py    DossierDialog, open_dossier: categories, accommodation text, statement, the
                 preview, "Save PDF…" (the referrals page and a referral offer it)
    batch.py     DossierBatchDialog, open_batch_export: tick referrals, a folder, progress and
                 cancel, the skipped ones with the reason
    material.py  DossierMaterialDialog, open_dossier_material (the participant list's tool),
                 CertificateDialog, ReferenceDialog
    words.py     the kinds of data, the consent's state, the preview's words
"""

from ui.referrals.dossiers.batch import DossierBatchDialog, open_batch_export
from ui.referrals.dossiers.dialog import DossierDialog, open_dossier
from ui.referrals.dossiers.material import (
    CertificateDialog,
    DossierMaterialDialog,
    ReferenceDialog,
    open_dossier_material,
)

__all__ = [
    "CertificateDialog",
    "DossierBatchDialog",
    "DossierDialog",
    "DossierMaterialDialog",
    "ReferenceDialog",
    "open_batch_export",
    "open_dossier",
    "open_dossier_material",
]
