"""Where the files shipped with the application (fonts, icons, translations) live."""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR: Path = Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of a shipped resource, e.g. `resource_path("fonts", "DejaVuSans.ttf")`."""
    return RESOURCES_DIR.joinpath(*parts)
