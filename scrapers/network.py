"""The region as a network: which organisations each article names (mentions, by the gazetteer
`scrapers/gazetteer.toml`), which articles of different nodes tell one story (cross-node stories),
and the edges between nodes and organisations per year and month that both make.

`analyse` recomputes all three from the stored articles (idempotent: the same articles and
gazetteer give the same tables). Matching is the only part that reads the articles' text, so a
build re-matches only the articles it stored or changed unless the gazetteer changed; stories
and edges are always recomputed whole, from the linking index's keys and the stored mentions.
"""

from __future__ import annotations

import csv
import hashlib
import re
import time
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

import numpy as np

from archive import Archive
from scrapers.linking import SIGNATURE_DTYPE, signature
from scrapers.registry import Node

GAZETTEER = Path(__file__).with_name("gazetteer.toml")
ENTITY_KINDS = frozenset(
    {
        "node",
        "university",
        "institute",
        "hospital",
        "region",
        "municipality",
        "agency",
        "company",
        "project",
    }
)
ENTITY_KEYS = frozenset({"name", "kind", "node", "names", "abbreviations"})
FIELDS = ("title", "body")
GRANULARITIES = {"year": 4, "month": 7}  # a period is the publication date's first characters

# Cross-node stories. Two articles of different nodes tell one story when published within
# STORY_WINDOW_DAYS of each other (a joint seminar is reported on the day or the week after) and
# their bodies share at least SAME_TEXT of their 4-word shingles (a shared press release, each
# node's own lead and sign-off around it), or at least SHARED_TEXT together with titles sharing
# SAME_TITLE of their words, or the same title of at least TITLE_WORDS words. Measured on the demo
# archive (all mirrors): the joint seminar's three versions, each node's own lead and sign-off
# around one release, are 0.67-0.70 alike with titles only 0.14-0.19 alike; 2022's joint story
# has the same title on both nodes and bodies 0.06 alike (each node's own report); every other
# pair of nodes' articles within a week is at most 0.06 alike. (linking.SAME_BODY, 0.8, marks a
# republished copy; a story is looser.)
STORY_WINDOW_DAYS = 7
SAME_TEXT = 0.4
SHARED_TEXT = 0.2
SAME_TITLE = 0.5
TITLE_WORDS = 4
# Candidates share a band of BAND_ROWS of the 64 signature values: two bodies of similarity s do
# with probability 1 - (1 - s**2)**32: 0.996 at SAME_TEXT's 0.4, 0.74 at SHARED_TEXT's 0.2 (where
# the titles must agree too), 0.08 at 0.05 (a pair it misses is never grouped). Two 32-bit values
# make one 64-bit key.
BAND_ROWS = 2
# Candidate pairs whose signatures are compared in one array operation (64 bytes a pair each).
PAIRS_AT_ONCE = 200_000


class GazetteerError(ValueError):
    """The gazetteer can't be used; the message is one line."""


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    kind: str
    node: str | None = None  # the registry slug, for an innovation node
    names: tuple[str, ...] = ()  # matched in any case
    abbreviations: tuple[str, ...] = ()  # matched in this case only
    listed_by: tuple[str, ...] = ()  # the nodes whose registry entry lists it

    @property
    def target(self) -> str:
        """The entity as an end of an edge: a node by its slug, anything else by its id."""
        return self.node or self.id


def genitive(name: str) -> str | None:
    """The Swedish genitive of a name (+s), or None when it ends in s, x or z (no change)."""
    return None if name[-1:].casefold() in "sxz" else name + "s"


def _words(form: str) -> str:
    return " ".join(form.split())


@dataclass(frozen=True)
class Gazetteer:
    version: str
    digest: str  # sha256 of the file: a change without a new version is noticed too
    entities: dict[str, Entity]

    def __post_init__(self) -> None:
        folded: dict[str, str] = {}
        exact: dict[str, str] = {}
        for entity in self.entities.values():
            forms = [f for name in entity.names for f in (name, genitive(name)) if f]
            for form in forms:
                _claim(folded, _words(form).casefold(), entity.id)
            for form in entity.abbreviations:
                _claim(exact, _words(form), entity.id)
        # By first word (casefolded), the forms that start with it, longest first: a form is its
        # words and the text between them (a space, " & ").
        starts: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], bool, str]]] = defaultdict(
            list
        )
        for forms, any_case in ((folded, True), (exact, False)):
            for form, entity in forms.items():
                words = tuple(WORD.findall(form))
                gaps = tuple(_words(gap) or " " for gap in WORD.split(form)[1:-1])
                starts[words[0].casefold()].append((words, gaps, any_case, entity))
        for candidates in starts.values():
            candidates.sort(key=lambda c: -len(c[0]))
        object.__setattr__(self, "_starts", dict(starts))

    def mentions(self, text: str) -> Counter[tuple[str, str]]:
        """{(entity id, form as written): times} in `text`, on word boundaries, the longest form
        at each place, places not overlapping (as a regular expression's matches would)."""
        found: Counter[tuple[str, str]] = Counter()
        text = text or ""
        words = WORD.findall(text)
        starts = self._starts
        # Only the words that begin a form are looked at in Python (a few in a hundred).
        hits = [i for i, word in enumerate(map(str.casefold, words)) if word in starts]
        if not hits:
            return found
        spans = [match.span() for match in WORD.finditer(text)]
        after = 0  # the first word not inside a mention found
        for i in hits:
            if i < after:
                continue
            for form_words, gaps, any_case, entity in starts[words[i].casefold()]:
                end = i + len(form_words)
                if end <= len(words) and _matches(
                    text, words[i:end], spans[i:end], form_words, gaps, any_case
                ):
                    found[entity, _words(text[spans[i][0] : spans[end - 1][1]])] += 1
                    after = end
                    break
        return found


# A word, as a regular expression's \w+ sees it: the boundaries mentions are matched on.
WORD = re.compile(r"\w+")


def _matches(
    text: str, words: list[str], spans: list, form: tuple, gaps: tuple, any_case: bool
) -> bool:
    """Whether the text's words are the form's (in any case, or exactly), with only the form's
    text between them (any whitespace for a space)."""
    for written, word in zip(words, form, strict=True):
        if (written.casefold() != word) if any_case else (written != word):
            return False
    for n in range(1, len(words)):
        if (_words(text[spans[n - 1][1] : spans[n][0]]) or " ") != gaps[n - 1]:
            return False
    return True


def _claim(forms: dict[str, str], form: str, entity: str) -> None:
    if forms.setdefault(form, entity) != entity:
        raise GazetteerError(f"gazetteer: the form {form!r} names both {forms[form]} and {entity}")


def load_gazetteer(registry: Mapping[str, Node], path: Path = GAZETTEER) -> Gazetteer:
    """The gazetteer, checked against the registry (every organisation a registry entry lists is
    an entity); GazetteerError says what is wrong. (A node entity may name a node this registry
    lacks: a build of some nodes only.)"""
    try:
        raw = path.read_bytes()
        data = tomllib.loads(raw.decode("utf-8"))
    except FileNotFoundError:
        raise GazetteerError(f"gazetteer not found: {path}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise GazetteerError(f"{path}: not valid TOML: {error}") from None
    if "version" not in data:
        raise GazetteerError(f"{path}: no 'version'")
    listed: dict[str, list[str]] = defaultdict(list)
    for node in registry.values():
        for organisation in node.organisations:
            listed[organisation].append(node.slug)
    entities = {}
    for entity_id, table in data.get("entities", {}).items():
        where = f"{path}: entity {entity_id!r}"
        unknown = set(table) - ENTITY_KEYS
        if unknown:
            raise GazetteerError(f"{where}: unknown key {sorted(unknown)[0]!r}")
        if "name" not in table or table.get("kind") not in ENTITY_KINDS:
            raise GazetteerError(f"{where}: needs a name and a kind of {sorted(ENTITY_KINDS)}")
        node = table.get("node")
        if (table["kind"] == "node") != (node is not None):
            raise GazetteerError(f"{where}: a node entity (and only one) names its registry node")
        entities[entity_id] = Entity(
            id=entity_id,
            name=table["name"],
            kind=table["kind"],
            node=node,
            names=tuple(table.get("names", ())),
            abbreviations=tuple(table.get("abbreviations", ())),
            listed_by=tuple(listed.get(entity_id, ())),
        )
    for organisation, nodes in listed.items():
        if organisation not in entities:
            raise GazetteerError(
                f"registry node {nodes[0]!r} lists organisation {organisation!r}, "
                f"which {path.name} does not know"
            )
    return Gazetteer(str(data["version"]), hashlib.sha256(raw).hexdigest(), entities)


def home_nodes(registry: Mapping[str, Node]) -> dict[str, str]:
    """{node: the node it is part of}: a sister site or press room counts as its node."""
    return {slug: node.group for slug, node in registry.items()}


# ------------------------------------------------------------------ mentions


def article_mentions(
    gazetteer: Gazetteer, url: str, title: str | None, body: str | None
) -> list[tuple[str, str, str, str, int]]:
    """The article's mentions: (url, entity, form, field, count), title first."""
    return [
        (url, entity, form, field, count)
        for field, text in zip(FIELDS, (title, body), strict=True)
        for (entity, form), count in sorted(gazetteer.mentions(text or "").items())
    ]


def mention_rows(
    matches: Iterable[tuple[str, str, str, str, int]],
    articles: Mapping[str, dict],
    gazetteer: Gazetteer,
    homes: Mapping[str, str],
) -> list[dict]:
    """The stored rows of these matches: each with its article's node (`source`), the edge's other
    end (`target`), whether it is the node naming itself or its sister site (`own`) and whether it
    weighs in an edge (`counted`: not own, and not a copy of a post of the same node)."""
    rows = []
    for url, entity_id, form, field, count in matches:
        article, entity = articles.get(url), gazetteer.entities.get(entity_id)
        if article is None or entity is None:
            continue
        source = homes.get(article["node"], article["node"])
        own = entity.target == source
        original = articles.get(article["duplicate_of"] or "")
        repeated = original is not None and homes.get(original["node"], original["node"]) == source
        rows.append(
            {
                "url": url,
                "entity": entity_id,
                "form": form,
                "field": field,
                "count": count,
                "source": source,
                "target": entity.target,
                "own": int(own),
                "counted": int(not own and not repeated),
            }
        )
    return rows


# ------------------------------------------------------------------ cross-node stories


class _Groups:
    """Union-find over article URLs."""

    def __init__(self, urls: Iterable[str]) -> None:
        self.parent = {url: url for url in urls}

    def find(self, url: str) -> str:
        while self.parent[url] != url:
            self.parent[url] = self.parent[self.parent[url]]
            url = self.parent[url]
        return url

    def join(self, a: str, b: str) -> None:
        if a in self.parent and b in self.parent:
            first, second = sorted((self.find(a), self.find(b)))
            self.parent[second] = first

    def groups(self) -> list[list[str]]:
        found: dict[str, list[str]] = defaultdict(list)
        for url in self.parent:
            found[self.find(url)].append(url)
        return list(found.values())


def _day(published: str | None) -> date | None:
    return date.fromisoformat(published[:10]) if published else None


def title_words(title: str | None) -> set[str]:
    return set(re.findall(r"\w+", (title or "").casefold()))


def _jaccard(first: set[str], second: set[str]) -> float:
    return len(first & second) / len(first | second) if first and second else 0.0


def same_story(text_similarity: float, titles: float, same_title: bool) -> bool:
    """Whether two articles of different nodes, published close together, tell one story."""
    return (
        text_similarity >= SAME_TEXT
        or (text_similarity >= SHARED_TEXT and titles >= SAME_TITLE)
        or same_title
    )


def _signature(article: dict) -> np.ndarray | None:
    value = article.get("signature")
    return None if value is None else np.frombuffer(value, dtype=SIGNATURE_DTYPE)


def _candidate_pairs(dated: Sequence[tuple[int, int, np.ndarray]]) -> np.ndarray:
    """Pairs (i, j), i < j, of these (index, week, signature) articles at most a week apart whose
    signatures agree on a whole band of BAND_ROWS values: LSH banding over the linking index's
    signatures, keyed by week, done on arrays (one sort, no loop over pairs in Python: at 100k
    synthetic articles, 4.9M candidates in 2 s instead of 10; benchmarks/network.py)."""
    if not dated:
        return np.empty((0, 2), dtype=np.int64)
    indexes = np.array([index for index, _, _ in dated], dtype=np.int64)
    weeks = np.array([week for _, week, _ in dated], dtype=np.int64)
    # Each band's BAND_ROWS 32-bit values read as one 64-bit key: (article, band) -> key.
    keys = np.stack([values for _, _, values in dated]).astype("<u4").view("<u8")
    bands = keys.shape[1]
    band = np.tile(np.arange(bands), len(dated))
    article = np.repeat(np.arange(len(dated)), bands)
    order = np.lexsort((weeks[article], keys.ravel(), band))
    band, key, article = band[order], keys.ravel()[order], article[order]
    # Runs of one band's key: every pair in a run at most a week apart is a candidate. Sorted by
    # week within a run, so the pairs of positions k apart are tried for k = 1, 2, ... from the
    # positions whose pair k - 1 apart was one, until none is.
    week = weeks[article]
    run = np.cumsum(np.r_[True, (band[1:] != band[:-1]) | (key[1:] != key[:-1])])
    found = []
    first = np.arange(len(article) - 1)
    offset = 1
    while first.size:
        first = first[first + offset < len(article)]
        second = first + offset
        first = first[(run[second] == run[first]) & (week[second] - week[first] <= 1)]
        found.append(np.stack((article[first], article[first + offset]), axis=1))
        offset += 1
    pairs = np.sort(np.concatenate(found), axis=1)
    # Each pair once (two bands may agree): as one number, first * n + second.
    count = len(dated)
    codes = np.sort(pairs[:, 0] * count + pairs[:, 1])
    first_of_each = np.ones(len(codes), dtype=bool)
    first_of_each[1:] = codes[1:] != codes[:-1]
    unique = codes[first_of_each]
    return indexes[np.stack((unique // count, unique % count), axis=1)]


def cross_node_stories(articles: Sequence[dict], homes: Mapping[str, str]) -> list[list[str]]:
    """Groups of article URLs that tell one story on at least two nodes (a sister site or press
    room counting as its node): translations and republished copies are the same story, and
    articles of different nodes join one when `same_story` says so. Each group sorted by
    publication, then URL; groups by their first member's."""
    by_url = {a["url"]: a for a in articles}
    groups = _Groups(by_url)
    for article in articles:
        for twin in article["translations"].values():
            groups.join(article["url"], twin)
        if article["duplicate_of"]:
            groups.join(article["url"], article["duplicate_of"])
    # Two articles are close when both are dated, within STORY_WINDOW_DAYS, on different nodes.
    days = [_day(a["published"]) for a in articles]
    ordinal = np.array([day.toordinal() if day else 0 for day in days], dtype=np.int64)
    home = [homes.get(a["node"], a["node"]) for a in articles]
    home_codes = {name: code for code, name in enumerate(sorted(set(home)))}
    node = np.array([home_codes[name] for name in home], dtype=np.int64)
    dated = ordinal > 0

    def close(pairs: np.ndarray) -> np.ndarray:
        first, second = pairs[:, 0], pairs[:, 1]
        return pairs[
            dated[first]
            & dated[second]
            & (np.abs(ordinal[first] - ordinal[second]) <= STORY_WINDOW_DAYS)
            & (node[first] != node[second])
        ]

    # Candidates by their signatures, those close, their texts compared: on arrays.
    signed = [
        (i, days[i].toordinal() // 7, values)
        for i, a in enumerate(articles)
        if days[i] is not None and (values := _signature(a)) is not None
    ]
    pairs = close(_candidate_pairs(signed))
    width = signed[0][2].size if signed else 0  # a signature's values (linking's MinHash)
    signatures = np.zeros((len(articles), width), dtype=SIGNATURE_DTYPE)
    for i, _, values in signed:
        signatures[i] = values
    titles: dict[int, set[str]] = {}
    for start in range(0, len(pairs), PAIRS_AT_ONCE):
        chunk = pairs[start : start + PAIRS_AT_ONCE]
        texts = (signatures[chunk[:, 0]] == signatures[chunk[:, 1]]).mean(axis=1)
        shared = texts >= SHARED_TEXT  # less: no title makes it one story
        for (i, j), text in zip(chunk[shared].tolist(), texts[shared].tolist(), strict=True):
            if text < SAME_TEXT:  # then the titles decide
                for k in (i, j):
                    if k not in titles:
                        titles[k] = title_words(articles[k]["title"])
                alike = _jaccard(titles[i], titles[j])
            else:
                alike = 0.0  # not needed: the texts decide
            if same_story(text, alike, same_title=False):
                groups.join(articles[i]["url"], articles[j]["url"])
    # And the same title of TITLE_WORDS words or more, when close.
    by_title: dict[str, list[int]] = defaultdict(list)
    for i, article in enumerate(articles):
        key = article.get("title_key") or ""
        if len(key.split()) >= TITLE_WORDS:
            by_title[key].append(i)
    same_titles = [
        (i, j) for same in by_title.values() for n, i in enumerate(same) for j in same[n + 1 :]
    ]
    for i, j in close(np.array(same_titles, dtype=np.int64).reshape(-1, 2)).tolist():
        groups.join(articles[i]["url"], articles[j]["url"])

    def order(url: str) -> tuple:
        return (by_url[url]["published"] or "9999", url)

    stories = []
    for members in groups.groups():
        nodes = {homes.get(by_url[u]["node"], by_url[u]["node"]) for u in members}
        if len(nodes) >= 2:
            stories.append(sorted(members, key=order))
    return sorted(stories, key=lambda members: order(members[0]))


def story_id(members: Sequence[str]) -> str:
    """A story's id: stable as long as its first member stays first."""
    return hashlib.sha256(members[0].encode()).hexdigest()[:12]


# ------------------------------------------------------------------ edges


def network_edges(
    mentions: Iterable[dict],
    stories: Iterable[Sequence[str]],
    articles: Mapping[str, dict],
    homes: Mapping[str, str],
) -> list[dict]:
    """Edges per year and per month: kind 'mention' from a node to what its articles name (weight:
    its articles naming it, counted mentions only), kind 'story' between two nodes (weight: the
    cross-node stories both told, dated by their first member; source before target
    alphabetically). Undated articles make no edge."""
    weights: Counter[tuple[str, str, str, str]] = Counter()
    named = {(m["url"], m["source"], m["target"]) for m in mentions if m["counted"]}
    for url, source, target in named:
        published = articles[url]["published"]
        if published:
            for length in GRANULARITIES.values():
                weights[source, target, "mention", published[:length]] += 1
    for members in stories:
        published = next(
            (articles[u]["published"] for u in members if articles[u]["published"]), None
        )
        if published is None:
            continue
        nodes = sorted({homes.get(articles[u]["node"], articles[u]["node"]) for u in members})
        for i, source in enumerate(nodes):
            for target in nodes[i + 1 :]:
                for length in GRANULARITIES.values():
                    weights[source, target, "story", published[:length]] += 1
    return [
        {"source": s, "target": t, "kind": k, "period": p, "weight": w}
        for (s, t, k, p), w in sorted(weights.items())
    ]


def write_edges_csv(edges: Iterable[dict], out: IO[str]) -> int:
    """The edges as CSV for network tools (networkx, Gephi): source, target, weight, period,
    kind. Returns how many rows."""
    writer = csv.DictWriter(out, fieldnames=["source", "target", "weight", "period", "kind"])
    writer.writeheader()
    count = 0
    for edge in edges:
        writer.writerow({key: edge[key] for key in writer.fieldnames})
        count += 1
    return count


# ------------------------------------------------------------------ the analysis


def analyse(
    archive: Archive,
    registry: Mapping[str, Node],
    *,
    urls: Iterable[str] | None = None,
    gazetteer: Gazetteer | None = None,
) -> dict[str, int]:
    """Recompute mentions, cross-node stories and edges. With `urls` (a build's new and changed
    articles) only those are matched again, unless the gazetteer changed since the last analysis;
    without, every article is. Returns the counts recorded in analysis_runs."""
    started = time.perf_counter()
    gazetteer = gazetteer or load_gazetteer(registry)
    homes = home_nodes(registry)
    last = archive.last_analysis()
    unchanged = last is not None and last["gazetteer_hash"] == gazetteer.digest
    if urls is not None and unchanged and not (urls := list(urls)):
        # A crawl that changed nothing costs nothing here either: the stored network is what a
        # recomputation would give. (A registry edit takes `nodenews analyse` or a --full build.)
        return {key: last[key] for key in ("articles", "mentions", "stories", "edges")}
    articles = archive.network_articles()
    by_url = {a["url"]: a for a in articles}
    if urls is not None and unchanged:
        again = set(urls)
        matches = [m for m in archive.mention_matches() if m[0] not in again]
    else:
        again, matches = None, []
    for url, title, body in archive.article_texts(again):
        matches += article_mentions(gazetteer, url, title, body)
        if by_url[url]["signature"] is None and body:  # not indexed by linking: no build made it
            values = signature(body)
            by_url[url]["signature"] = None if values is None else values.tobytes()
    mentions = mention_rows(matches, by_url, gazetteer, homes)
    stories = cross_node_stories(articles, homes)
    edges = network_edges(mentions, stories, by_url, homes)
    archive.replace_network(
        entities=(
            {
                "id": e.id,
                "name": e.name,
                "kind": e.kind,
                "node": e.node,
                "listed_by": list(e.listed_by),
            }
            for e in gazetteer.entities.values()
        ),
        mentions=mentions,
        stories=(_story_row(members, by_url, homes) for members in stories),
        members=(
            {
                "story": story_id(members),
                "url": url,
                "node": by_url[url]["node"],
                "source": homes.get(by_url[url]["node"], by_url[url]["node"]),
            }
            for members in stories
            for url in members
        ),
        edges=edges,
    )
    counts = {
        "articles": len(articles),
        "mentions": len(mentions),
        "stories": len(stories),
        "edges": len(edges),
    }
    archive.record_analysis(
        gazetteer_version=gazetteer.version,
        gazetteer_hash=gazetteer.digest,
        seconds=round(time.perf_counter() - started, 3),
        **counts,
    )
    return counts


def _story_row(members: Sequence[str], articles: Mapping[str, dict], homes: Mapping[str, str]):
    first = articles[members[0]]
    return {
        "id": story_id(members),
        "title": first["title"] or "",
        "first_published": first["published"],
        "nodes": sorted({homes.get(articles[u]["node"], articles[u]["node"]) for u in members}),
        "members": len(members),
    }
