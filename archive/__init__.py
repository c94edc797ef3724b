"""The nodenews archive: one SQLite file, its schema, export and publication."""

from archive.store import Archive, ArchiveError, ArchiveMissing

__all__ = ["Archive", "ArchiveError", "ArchiveMissing"]
