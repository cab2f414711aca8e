"""Atomic file output: a crash never leaves a half-written file under the final name, and a
file is only ever written where the user meant it to go."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from canteen_app.core.errors import OutputPathError
from canteen_app.core.text import QT_TRANSLATE_NOOP


@contextlib.contextmanager
def atomic_output(final_path: Path) -> Iterator[Path]:
    """Yield a temporary path in the same folder; on success it replaces `final_path`.

    The temporary file is fsynced before the rename so that the final name only ever points
    at complete content. On any error the temporary file is removed and the old file (if any)
    is left untouched.
    """
    final_path = check_output_path(final_path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{final_path.name}.", suffix=".part", dir=final_path.parent)
    except OSError as error:
        raise _cannot_write(final_path, error) from error
    os.close(fd)
    tmp_path = Path(tmp_name)
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(tmp_path, final_path)
        _fsync_directory(final_path.parent)
    except BaseException as error:
        with contextlib.suppress(FileNotFoundError):
            tmp_path.unlink()
        if isinstance(error, OSError) and not isinstance(error, OutputPathError):
            raise _cannot_write(final_path, error) from error
        raise


def check_output_path(path: Path) -> Path:
    """`path` if a file can be written there: its folder exists (none is created), and the
    name is free or holds a regular file (never a folder or a device such as /dev/null)."""
    path = Path(path).expanduser()
    folder = path.parent
    if not folder.is_dir():
        raise OutputPathError(
            QT_TRANSLATE_NOOP("errors", "The folder {path} does not exist. Choose an existing folder."),
            folder,
        )
    if path.exists() and not path.is_file():
        raise OutputPathError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} is not a file (it is a folder or a device). Choose a file name."
            ),
            path,
        )
    return path


def _cannot_write(path: Path, error: OSError) -> OutputPathError:
    # The message names the user's path, never our temporary file's.
    return OutputPathError(
        QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}"),
        path,
        error.strerror or type(error).__name__,
    )


def _fsync_directory(folder: Path) -> None:
    """Make the rename itself durable (not possible on Windows, where it is not needed)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
