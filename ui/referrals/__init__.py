"""Partners and referrals (PRODUCT.md R1-R5): partner chains, consent, referrals, dossiers."""
