"""The platform screens, one package per feature."""
