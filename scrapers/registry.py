"""The node registry: which sites nodenews crawls and what it knows of each.

The registry is data (`scrapers/nodes.toml`, plus any files given with `--registry`); this module reads
it into `Node` records and maps URLs between a node's canonical site and the address it is fetched
from (a local mirror, the real site or an archived copy).
"""

from __future__ import annotations

import codecs
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import cache
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints
from urllib.parse import urlsplit, urlunsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cssselect import HTMLTranslator, SelectorError

from scrapers.normalise import canonical_url

BUILTIN_REGISTRY = Path(__file__).with_name("nodes.toml")
# What a theme or plugin prints on every site that uses it, declared once; nodes name theirs.
BUILTIN_THEMES = Path(__file__).with_name("themes.toml")

# Tried in this order until one yields article URLs; a node may declare its own order.
DISCOVERY_ROUTES = ("wp-rest", "sitemap", "feed", "listing", "links")
# The node sites are Stockholm's: their pages' calendar days are Stockholm days.
DEFAULT_TIMEZONE = "Europe/Stockholm"
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")  # ISO 639: sv, en (what language detection answers)


class RegistryError(ValueError):
    """A registry file or a --base-url value that can't be used; the message is one line."""


@dataclass(frozen=True)
class Selectors:
    """CSS selectors for a site's template; empty means 'use the general layers'."""

    title: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    published: tuple[str, ...] = ()
    modified: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()  # containers inside the body that are not the article


@dataclass(frozen=True)
class Boilerplate:
    """A site's own boilerplate: whole lines (`phrases`) and line patterns (`patterns`, regex)."""

    phrases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Node:
    slug: str
    name: str
    base_url: str  # canonical: what is stored
    languages: tuple[str, ...]
    cms: str = "generic"
    discovery: tuple[str, ...] = DISCOVERY_ROUTES
    listings: tuple[str, ...] = ()  # listing paths, e.g. "/category/aktuellt/"
    feeds: tuple[str, ...] = ()  # feed paths tried before the usual ones
    article_url: str | None = None  # regex on the path below base_url; None: decide by page type
    lang_from_path: str | None = None  # regex with a (?P<lang>..) group on the path
    trailing_slash: bool | None = None  # the site's own form of article URLs
    host_aliases: tuple[str, ...] = ()  # other spellings of the host (www., http)
    site_names: tuple[str, ...] = ()  # title suffixes to strip besides `name`
    republishes: tuple[str, ...] = ()  # nodes whose posts this one copies
    # The node this site belongs to (a sister site, a press room): counted with it as one group.
    part_of: str | None = None
    organisations: tuple[str, ...] = ()  # gazetteer entities of the node's district (companies)
    themes: tuple[str, ...] = ()  # entries of themes.toml whose rules this site inherits
    selectors: Selectors = field(default_factory=Selectors)
    boilerplate: Boilerplate = field(default_factory=Boilerplate)
    fetch_base: str | None = None  # where to fetch from, when not base_url
    # The publisher's IANA time zone: dates are stored in it, so that a day is the publisher's
    # day. None (only for a page of no known node) keeps the offset each page states.
    timezone: str | None = DEFAULT_TIMEZONE

    @property
    def group(self) -> str:
        """The node this site's articles are counted with: the one it is part of, or itself."""
        return self.part_of or self.slug

    @property
    def zone(self) -> ZoneInfo | None:
        return ZoneInfo(self.timezone) if self.timezone else None

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).netloc.lower()

    @property
    def base_path(self) -> str:
        return urlsplit(self.base_url).path.rstrip("/")

    def to_site(self, url: str) -> str:
        """The same URL on the canonical site: the fetch address and host aliases mapped back,
        nothing else changed (discovery pages keep their own form, `/page/N` included)."""
        base = self.base_url.rstrip("/")
        if self.fetch_base and url.startswith(self.fetch_base.rstrip("/")):
            return base + url[len(self.fetch_base.rstrip("/")) :]
        parts = urlsplit(url)
        if parts.netloc.lower() in (self.host, *self.host_aliases):
            scheme = urlsplit(base).scheme
            return urlunsplit((scheme, self.host, parts.path, parts.query, parts.fragment))
        return url

    def fetch_url(self, url: str) -> str:
        """The address to fetch a URL of this site from."""
        url = self.to_site(url)
        base = self.base_url.rstrip("/")
        if self.fetch_base and url.startswith(base):
            return self.fetch_base.rstrip("/") + url[len(base) :]
        return url

    def canonical(self, url: str) -> str:
        """The canonical form of a URL of this site, wherever it was fetched from."""
        aliases = {alias: self.host for alias in self.host_aliases}
        url = canonical_url(self.to_site(url), host_aliases=aliases)
        if self.trailing_slash is None:
            return url
        # The rule may match only the site's own form: check both, before and after.
        slashed = canonical_url(url, trailing_slash=self.trailing_slash)
        return slashed if self.is_article_path(url) or self.is_article_path(slashed) else url

    def owns(self, url: str) -> bool:
        """Whether a URL (canonical, alias or fetch address) belongs to this site."""
        host = urlsplit(url).netloc.lower()
        if self.fetch_base and url.startswith(self.fetch_base.rstrip("/")):
            return True
        if host != self.host and host not in self.host_aliases:
            return False
        return urlsplit(url).path.startswith(self.base_path)

    def site_path(self, url: str) -> str:
        """The path of a URL below the site's base (e.g. '/sv/2022/02/15/slug/')."""
        path = urlsplit(url).path
        if self.fetch_base and url.startswith(self.fetch_base.rstrip("/")):
            path = path[len(urlsplit(self.fetch_base).path.rstrip("/")) :]
        elif path.startswith(self.base_path):
            path = path[len(self.base_path) :]
        return path or "/"

    def is_article_path(self, url: str) -> bool:
        """With an article rule, whether the URL is an article; without one, every URL may be."""
        if self.article_url is None:
            return True
        return re.search(self.article_url, self.site_path(url)) is not None

    def lang_from_url(self, url: str) -> str | None:
        if not self.lang_from_path:
            return None
        found = re.search(self.lang_from_path, self.site_path(url))
        return found.group("lang") if found else None


def _tuple_fields(cls: type, data: dict, where: str) -> dict:
    """The table's keys as cls's fields, each of its field's type (lists become tuples)."""
    known = {f.name for f in fields(cls)}
    unknown = set(data) - known
    if unknown:
        raise RegistryError(f"{where}: unknown key {sorted(unknown)[0]!r}")
    hints = get_type_hints(cls)
    for key, value in data.items():
        _check_type(value, hints[key], f"{where}: {key}")
    return {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}


def _check_type(value: object, hint: object, what: str) -> None:
    """The field types a registry uses: str, bool, numbers, tuple[str, ...], each optionally None."""
    kinds = [k for k in get_args(hint) if k is not type(None)] if get_origin(hint) else [hint]
    if get_origin(hint) is tuple or any(get_origin(k) is tuple for k in kinds):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise RegistryError(f"{what}: expected a list of strings, got {value!r}")
    # (A TOML integer is a float too; true is no number.)
    elif (isinstance(value, bool) and bool not in kinds) or not any(
        isinstance(value, (int, float) if k is float else k) for k in kinds if isinstance(k, type)
    ):
        names = " or ".join(TOML_NAMES.get(k, getattr(k, "__name__", str(k))) for k in kinds)
        raise RegistryError(f"{what}: expected {names}, got {value!r}")


TOML_NAMES = {str: "a string", bool: "true or false"}


@dataclass(frozen=True)
class Theme:
    """The rules a theme or plugin brings to every site that uses it."""

    selectors: Selectors = field(default_factory=Selectors)
    boilerplate: Boilerplate = field(default_factory=Boilerplate)


# What an editor may have saved instead of UTF-8, by the byte order mark it starts with.
OTHER_ENCODINGS = {codecs.BOM_UTF16_LE: "UTF-16", codecs.BOM_UTF16_BE: "UTF-16"}


def _read_toml(path: Path) -> dict:
    try:
        content = path.read_bytes()
    except FileNotFoundError:
        raise RegistryError(f"registry file not found: {path}") from None
    except OSError as error:
        raise RegistryError(f"cannot read registry file {path}: {error.strerror}") from None
    # TOML is UTF-8 (a BOM, as some Windows editors write, is allowed); a UTF-16 file is refused
    # rather than guessed at, with what to do.
    found = next((name for bom, name in OTHER_ENCODINGS.items() if content.startswith(bom)), None)
    if found:
        raise RegistryError(f"{path}: saved as {found}; TOML files are UTF-8: save it as UTF-8")
    try:
        return tomllib.loads(content.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise RegistryError(
            f"{path}: not UTF-8 (byte {error.start}); TOML files are UTF-8: save it as UTF-8"
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise RegistryError(f"{path}: not valid TOML: {error}") from None


def _rules(table: dict, where: str) -> tuple[Selectors, Boilerplate]:
    selectors = Selectors(**_tuple_fields(Selectors, table.pop("selectors", {}), where))
    boilerplate = Boilerplate(**_tuple_fields(Boilerplate, table.pop("boilerplate", {}), where))
    return selectors, boilerplate


@cache  # read once: every node naming a theme asks for it
def load_themes(path: Path = BUILTIN_THEMES) -> dict[str, Theme]:
    themes = {}
    for name, table in _read_toml(path).items():
        where = f"{path}: theme {name!r}"
        rules = dict(table)
        selectors, boilerplate = _rules(rules, where)
        if rules:
            raise RegistryError(f"{where}: unknown key {sorted(rules)[0]!r}")
        themes[name] = Theme(selectors, boilerplate)
    return themes


def _inherit(own: Any, inherited: Any) -> Any:
    """A node's own rules first, then its themes': a node adds to or overrides what it inherits
    (the first selector that matches answers; drop lists, phrases and patterns add up)."""
    merged = {
        f.name: tuple(dict.fromkeys((*getattr(own, f.name), *getattr(inherited, f.name))))
        for f in fields(own)
    }
    return type(own)(**merged)


def node_from_table(slug: str, table: dict, where: str) -> Node:
    data = dict(table)
    where_node = f"{where}: node {slug!r}"
    for required in ("name", "base_url", "languages"):
        if required not in data:
            raise RegistryError(f"{where_node} has no {required!r}")
    # These two first: their messages say what is expected better than a type's would.
    _check_url(data["base_url"], f"{where_node}: base_url")
    _check_timezone(data.get("timezone", DEFAULT_TIMEZONE), f"{where_node}: timezone")
    selectors, boilerplate = _rules(data, where_node)
    if "themes" in data:
        if not isinstance(data["themes"], list):
            raise RegistryError(f"{where_node}: themes: expected a list of theme names")
        themes = load_themes()
        for name in data["themes"]:
            if name not in themes:
                known = ", ".join(sorted(themes))
                raise RegistryError(f"{where_node}: unknown theme {name!r} (known: {known})")
            selectors = _inherit(selectors, themes[name].selectors)
            boilerplate = _inherit(boilerplate, themes[name].boilerplate)
    values = _tuple_fields(Node, data, where_node)
    for route in values.get("discovery", ()):
        if route not in DISCOVERY_ROUTES:
            raise RegistryError(f"{where_node}: unknown discovery route {route!r}")
    if not values["languages"] or not all(LANGUAGE_CODE.fullmatch(c) for c in values["languages"]):
        raise RegistryError(
            f'{where_node}: languages: expected language codes such as ["sv", "en"], '
            f"got {list(values['languages'])!r}"
        )
    for key in ("article_url", "lang_from_path"):
        if values.get(key) is not None:
            _check_regex(values[key], f"{where_node}: {key}")
    if (
        values.get("lang_from_path")
        and "lang" not in re.compile(values["lang_from_path"]).groupindex
    ):
        raise RegistryError(f"{where_node}: lang_from_path: needs a (?P<lang>...) group")
    for pattern in boilerplate.patterns:
        _check_regex(pattern, f"{where_node}: boilerplate patterns")
    for name in (f.name for f in fields(Selectors)):
        for selector in getattr(selectors, name):
            _check_selector(selector, f"{where_node}: selectors {name}")
    values["base_url"] = values["base_url"].rstrip("/")
    return Node(slug=slug, selectors=selectors, boilerplate=boilerplate, **values)


def load_registry(extra: Iterable[Path] = ()) -> dict[str, Node]:
    """The built-in registry, then each extra file's nodes (added, or replacing one of the same slug)."""
    nodes: dict[str, Node] = {}
    declared_in: dict[str, str] = {}  # slug -> the file its node came from, for errors
    for path in (BUILTIN_REGISTRY, *extra):
        path = Path(path)
        tables = _read_toml(path)
        for slug, table in tables.items():
            if not isinstance(table, dict):
                raise RegistryError(f"{path}: {slug!r} is not a node table")
            nodes[slug] = node_from_table(slug, table, str(path))
            declared_in[slug] = str(path)
    for slug, node in nodes.items():
        _check_part_of(node, nodes, f"{declared_in[slug]}: node {slug!r}: part_of")
    return nodes


def _check_part_of(node: Node, nodes: dict[str, Node], what: str) -> None:
    """`part_of` names another node of the registry (of any file) that is part of none: a group
    is a node and its own sites, one level deep."""
    parent = node.part_of
    if parent is None:
        return
    if not isinstance(parent, str):
        raise RegistryError(f"{what}: expected a node's slug, got {parent!r}")
    if parent not in nodes:
        raise RegistryError(f"{what}: unknown node {parent!r} (known: {', '.join(sorted(nodes))})")
    if parent == node.slug:
        raise RegistryError(f"{what}: a node cannot be part of itself")
    grandparent = nodes[parent].part_of
    if grandparent is not None:
        raise RegistryError(
            f"{what}: {parent!r} is itself part of {grandparent!r}; name {grandparent!r} instead"
        )


def unknown_node(url: str | None) -> Node:
    """A page of no known node (`nodenews extract`, the benchmarks): the general layers only, its
    host for a site name, no time zone (its dates keep the offsets the page states); without a URL
    no field is read from the address."""
    parts = urlsplit(url or "")
    base_url = f"{parts.scheme}://{parts.netloc}" if url else ""
    return Node(
        slug="unknown", name=parts.netloc, base_url=base_url, languages=("sv", "en"), timezone=None
    )


def _check_url(url: object, what: str) -> None:
    if not isinstance(url, str):
        raise RegistryError(f"{what}: expected an http(s) URL, got {url!r}")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- reading it checks it: a ValueError beyond 65535
    except ValueError as error:  # an unclosed [IPv6 address, a port out of range
        raise RegistryError(f"{what}: expected an http(s) URL, got {url!r} ({error})") from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise RegistryError(f"{what}: expected an http(s) URL, got {url!r}")


def _check_regex(pattern: str, what: str) -> None:
    try:
        re.compile(pattern)
    except re.error as error:
        raise RegistryError(
            f"{what}: not a valid regular expression: {pattern!r} ({error})"
        ) from None


def _check_selector(selector: str, what: str) -> None:
    try:
        HTMLTranslator().css_to_xpath(selector)  # as extract.tree compiles them
    except SelectorError as error:
        raise RegistryError(f"{what}: not a valid CSS selector: {selector!r} ({error})") from None


def _check_timezone(name: object, what: str) -> None:
    try:
        ZoneInfo(name)  # type: ignore[arg-type]
    except (TypeError, ValueError, OSError, ZoneInfoNotFoundError):  # no string, no zone's name
        raise RegistryError(
            f"{what}: expected an IANA time zone such as 'Europe/Stockholm', got {name!r}"
        ) from None


def with_base_urls(nodes: dict[str, Node], overrides: Sequence[str]) -> dict[str, Node]:
    """Apply `SLUG=URL` overrides: fetch that node from URL, store under its canonical base."""
    result = dict(nodes)
    for override in overrides:
        slug, sep, url = override.partition("=")
        if not sep:
            raise RegistryError(f"bad --base-url {override!r}: expected SLUG=URL")
        if slug not in result:
            raise RegistryError(f"bad --base-url {override!r}: unknown node {slug!r}")
        _check_url(url, f"bad --base-url {override!r}")
        result[slug] = replace(result[slug], fetch_base=url.rstrip("/"))
    return result


def select(nodes: dict[str, Node], slugs: Sequence[str]) -> list[Node]:
    """The named nodes (all when none is named), or a RegistryError naming the unknown one."""
    for slug in slugs:
        if slug not in nodes:
            known = ", ".join(sorted(nodes))
            raise RegistryError(f"unknown node {slug!r} (known: {known})")
    return [nodes[s] for s in slugs] if slugs else list(nodes.values())
