"""One crawl (or build) at a time per archive: an OS lock on a file next to it.

`fcntl.flock` rather than a lock file whose existence is the lock: the kernel releases a flock when
its process dies, however it dies (kill -9, an out-of-memory kill), so a lock left by a killed run
is simply free and the next run takes it over; no pid check, no stale-file guessing. (The
`filelock` library wraps the same call but truncates the file on opening, which would wipe the
holder's pid and start time that a second run reports.) The file stays in place between runs:
deleting it would let a run that opened the old file and one that made a new one both "hold" it.
"""

import fcntl
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from archive.store import ArchiveError, now

LOCK_SUFFIX = ".lock"


class ArchiveLocked(ArchiveError):  # noqa: N818 -- reads as what happened: the archive is locked
    """Another process holds the archive's lock; the message names it, in one line."""


def lock_path(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


@contextmanager
def archive_lock(db_path: str | Path, command: str) -> Iterator[dict | None]:
    """Hold the archive's lock for the block, or raise ArchiveLocked at once if another holds it.

    Yields the holder recorded by a run that died holding the lock (its pid, command and start),
    None when the last holder released it cleanly.
    """
    path = lock_path(db_path)
    if not path.parent.is_dir():
        raise ArchiveError(f"cannot lock {db_path}: no such folder")
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd) or {}
            raise ArchiveLocked(
                f"another nodenews {holder.get('command', 'run')} holds {path} "
                f"(pid {holder.get('pid', '?')}, started {holder.get('started', '?')}): "
                "try again when it ends"
            ) from None
        abandoned = _holder(fd)
        me = {"pid": os.getpid(), "command": command, "started": now()}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(me).encode(), 0)
        try:
            yield abandoned
        finally:
            os.ftruncate(fd, 0)  # released cleanly: nothing to report to the next holder
    finally:
        os.close(fd)  # releases the flock


def _holder(fd: int) -> dict | None:
    """The holder a lock file records; None when empty (released cleanly, or being written)."""
    text = os.pread(fd, 4096, 0)
    try:
        return json.loads(text) if text.strip() else None
    except ValueError:
        return None
