"""The nodenews archive: one SQLite file, its schema, export and publication."""

from archive.lock import ArchiveLocked, archive_lock
from archive.store import Archive, ArchiveError, ArchiveMissing, RunStatus

__all__ = [
    "Archive",
    "ArchiveError",
    "ArchiveLocked",
    "ArchiveMissing",
    "RunStatus",
    "archive_lock",
]
