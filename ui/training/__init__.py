"""The training screens, one package per feature."""
