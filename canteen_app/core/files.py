"""Files the program writes: atomic (a crash never leaves a half-written file under the final
name), private (owner only) whatever the umask, and only where the user meant them to go (no
folder is created for an output file; a folder or a device is never written over).

The rule: everything in the data folder and everything the program writes may hold personal
data (the database and its -wal/-shm, the log, backups, PDFs, exports), so folders are 0700
and files 0600 on Linux and macOS. On Windows the user's profile folder already keeps others
out, and POSIX modes mean little there.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from canteen_app.core.errors import OutputPathError
from canteen_app.core.text import QT_TRANSLATE_NOOP

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
_POSIX = os.name == "posix"


def make_private(path: Path) -> None:
    """Owner only: 0600 for a file, 0700 for a folder (also when it already was wider)."""
    if _POSIX:
        os.chmod(path, PRIVATE_FOLDER_MODE if Path(path).is_dir() else PRIVATE_FILE_MODE)


def make_folders(folder: Path) -> Path:
    """Create the folder and any missing parents, each new one owner-only (0700); folders
    that already exist are left as they are."""
    folder = Path(folder)
    for missing in reversed([folder, *folder.parents]):
        if not missing.is_dir():
            missing.mkdir(mode=PRIVATE_FOLDER_MODE, exist_ok=True)
    return folder


def private_folder(folder: Path) -> Path:
    """Create the folder (0700) if needed and make it owner-only if it was wider."""
    make_private(make_folders(folder))
    return folder


def private_file(path: Path) -> Path:
    """Create an empty file (0600) if it does not exist; make an existing one 0600.

    Used for the SQLite database before SQLite opens it: SQLite gives its -wal and -shm files
    the database file's own permissions.
    """
    path = Path(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE)
    os.close(fd)
    make_private(path)
    return path


def open_private(path: Path, mode: str = "a", encoding: str = "utf-8") -> IO[str]:
    """Open a text file for writing, created 0600 (never readable by others, not even for a
    moment); an existing file is made 0600 too."""

    def opener(name: str, flags: int) -> int:
        return os.open(name, flags, PRIVATE_FILE_MODE)

    stream = open(path, mode, encoding=encoding, opener=opener)  # noqa: SIM115 - the caller closes it
    make_private(Path(path))
    return stream


@contextlib.contextmanager
def atomic_output(final_path: Path) -> Iterator[Path]:
    """Yield a temporary path in the same folder; on success it replaces `final_path`.

    The temporary file is 0600 from the start (mkstemp) and again before the rename, in case
    whatever wrote it (pg_dump, sqlite3) created it anew. It is fsynced before the rename so
    that the final name only ever points at complete content. On any error the temporary file
    is removed and the old file (if any) is left untouched.
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
        make_private(tmp_path)
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
    if not _POSIX:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
