"""The canteen screens, one package per feature."""
