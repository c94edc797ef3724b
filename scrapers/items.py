"""What a crawl yields: one article, as the archive stores it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Article:
    url: str  # canonical
    node: str
    lang: str | None = None
    title: str | None = None
    published: str | None = None  # ISO 8601, Europe/Stockholm, or YYYY-MM-DD
    modified: str | None = None
    authors: list[str] = field(default_factory=list)
    summary: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    translations: dict[str, str] = field(default_factory=dict)  # lang -> canonical URL
    sources: dict[str, str] = field(default_factory=dict)  # field -> layer that gave it
    discovered_by: str | None = None  # discovery route

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def to_record(self) -> dict:
        """The archive's view: the body as one text."""
        record = asdict(self)
        del record["paragraphs"]
        record["body"] = self.body
        return record
