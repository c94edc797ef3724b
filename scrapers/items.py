"""What a crawl yields: the pages it fetched, as the archive stores them, and the articles built from
them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Page:
    """One answer from a site, stored as it arrives (Archive.store_page)."""

    url: str  # as the site names it: canonical for an article, never the mirror's address
    node: str
    kind: str  # 'article' | 'discovery'
    status: int
    body: bytes | None  # None for a 304: the stored body stands
    final_url: str | None = None  # after redirects, as the site names it
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    hints: dict = field(default_factory=dict)  # what discovery knew: route, lastmod, ...


@dataclass
class Article:
    url: str | None  # canonical; None only for a page extracted without its address
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
