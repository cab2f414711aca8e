"""A participant's photo for kiosk check-in: scaled down and stored as a small PNG, with every
piece of metadata (camera, GPS position, time) left behind."""

from __future__ import annotations

import io

from PIL import Image, ImageOps, UnidentifiedImageError

from canteen_app.core.errors import ValidationError
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message

PHOTO_SIZE = 320  # pixels on the longer side: a face on a kiosk button, no more
PHOTO_FILE_MAX = 20 * 1024 * 1024  # a phone photo is a few MB; anything far bigger is a mistake


def scaled_photo(data: bytes) -> bytes:
    """The picture as a PNG of at most PHOTO_SIZE pixels, without its metadata."""
    if len(data) > PHOTO_FILE_MAX:
        raise ValidationError(
            {"photo": Message(QT_TRANSLATE_NOOP("errors", "The picture file is too large."))}
        )
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            # A phone stores a portrait photo sideways with an EXIF turn; the turn is applied
            # here, since the metadata that holds it is left behind.
            picture = ImageOps.exif_transpose(image).convert("RGB")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise ValidationError(
            {
                "photo": Message(
                    QT_TRANSLATE_NOOP("errors", "This file is not a picture we can read (use JPEG or PNG).")
                )
            }
        ) from error
    picture.thumbnail((PHOTO_SIZE, PHOTO_SIZE))
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)  # a fresh image: no EXIF, no GPS
    return out.getvalue()
