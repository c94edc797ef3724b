"""A researcher's search input, parsed once and written as FTS5 MATCH expressions that cannot fail.

The input is words, "quoted phrases", -excluded words or phrases, OR between two of them, and a
trailing * for a prefix; anything else is taken literally: punctuation inside a word joins its
parts into a phrase ("co-operation", "R&D", "title:x"), and a word that is only punctuation
(`*`, `-`, `(`, `""`) is nothing. Every word reaches FTS5 inside double quotes, so no input is
read as FTS5 syntax (NOT, AND, NEAR, column filters, ^) or as SQL.

Two expressions for two indexes (see archive/schema.py, _m8_broad_search):
- `broad_expression` for articles_search, the index of normalised words (stemmed per language,
  folded): the expression that decides what is found. A word matches its stems in Swedish and
  in English and, when its Swedish stem is long enough to head a compound, every word the stem
  begins ("innovation" finds "innovationsprojektet"). Exclusions are applied here.
- `exact_expression` for articles_fts, the index of the words as written: it only ranks, the
  articles that also match the letters typed come first ("får" before "far").
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from archive.searchtext import STEMMER_NAMES, fold, normal_word, words

# A Swedish stem this long or longer also matches as the first part of a compound
# ("vård" -> "vårdcentralen"); shorter ones ("far", "bil") begin too many unrelated words
# ("farlig", "bilaga") for a prefix to help.
COMPOUND_HEAD_MIN = 4
# Terms read from one input; the rest is ignored. FTS5 nests each AND and OR one level deeper
# and refuses expressions nested past 256 levels: a pasted paragraph must still be a query.
MAX_TERMS = 32
# A prefix that begins more indexed words than this stays an FTS5 prefix query (correct, slower:
# see `Expand`); the OR of up to this many plain terms cost 20-40 ms with bm25 at 1M articles.
MAX_EXPANSION = 64
# Matches nothing and is valid FTS5: the expression of an input with nothing to look for.
NOTHING = '""'

# A quoted phrase (the closing quote optional) or a run of anything else but space and quotes,
# either one after an optional minus.
_PIECE = re.compile(r'(-?)(?:"([^"]*)"?(\*?)|([^\s"]+))')
_OR = "OR"


# The indexed words a prefix begins (at most MAX_EXPANSION), or None to keep the prefix query:
# archive/search.py looks them up in the archive's search_words. The words matched are the
# same either way; only FTS5's cost differs.
Expand = Callable[[str], list[str] | None]


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # lower-case, as the indexes split them
    prefix: bool = False  # a trailing *: the last word is a prefix
    phrase: bool = False  # quoted: these words in this order, no compound parts


@dataclass(frozen=True)
class Query:
    groups: tuple[tuple[Term, ...], ...]  # all groups must match, any term of a group
    excluded: tuple[Term, ...] = ()  # no term may match

    @property
    def empty(self) -> bool:
        return not self.groups


def _pieces(text: str) -> list[Term | str]:
    """The input's terms and OR operators, in order, at most MAX_TERMS terms."""
    pieces: list[Term | str] = []
    terms = 0
    for match in _PIECE.finditer(text):
        negated, quoted, quoted_star, bare = match.groups()
        if bare == _OR and not negated:
            pieces.append(_OR)
            continue
        if quoted is not None:
            term = Term(tuple(words(quoted)), prefix=bool(quoted_star), phrase=True)
        else:
            term = Term(tuple(words(bare)), prefix=bare.endswith("*"))
        if not term.words:
            continue
        pieces.append(("-", term) if negated else term)  # type: ignore[arg-type]
        terms += 1
        if terms == MAX_TERMS:
            break
    return pieces


def parse(text: str | None) -> Query:
    """The query a researcher's input asks; never fails."""
    pieces = _pieces(text or "")
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    for i, piece in enumerate(pieces):
        if piece == _OR:
            between = (
                0 < i < len(pieces) - 1
                and isinstance(pieces[i - 1], Term)
                and isinstance(pieces[i + 1], Term)
            )
            if between:
                continue
            piece = Term(("or",))  # an OR with no term on one side is the word itself
        if isinstance(piece, tuple):
            excluded.append(piece[1])
        elif i > 0 and pieces[i - 1] == _OR and groups:
            groups[-1].append(piece)
        else:
            groups.append([piece])
    return Query(tuple(tuple(group) for group in groups), tuple(excluded))


def _string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _any(alternatives: list[str]) -> str:
    unique = list(dict.fromkeys(alternatives))
    return unique[0] if len(unique) == 1 else "(" + " OR ".join(unique) + ")"


def word_forms(word: str, prefix: bool = False) -> list[tuple[str, bool]]:
    """The normalised forms a lower-case word matches in the broad index, each with whether it
    matches as a prefix: its stem in each language and its folded self; with `prefix`, the folded
    word as a prefix (and its stems, since a stem may be shorter than the typed prefix:
    "companie*" must find "companies", stored as "compani")."""
    forms = [(normal_word(word, lang), False) for lang in STEMMER_NAMES]
    forms.append((fold(word), prefix))
    if not prefix:
        head = normal_word(word, "sv")
        if len(head) >= COMPOUND_HEAD_MIN:
            forms.append((head, True))
    starts = [form for form, is_prefix in forms if is_prefix]
    kept = []
    for form, is_prefix in forms:
        covered = any(
            form.startswith(start) and (form, is_prefix) != (start, True) for start in starts
        )
        if not covered and (form, is_prefix) not in kept:
            kept.append((form, is_prefix))
    return kept


def _prefix(form: str, expand: Expand | None) -> list[str]:
    """A prefix as FTS5 alternatives: the words it begins, if known and few, else the prefix."""
    begun = expand(form) if expand else None
    return [_string(word) for word in begun] if begun else [_string(form) + "*"]


def _broad_term(term: Term, expand: Expand | None = None) -> str:
    if len(term.words) == 1 and not term.phrase:
        forms = word_forms(term.words[0], term.prefix)
        alternatives: list[str] = []
        for form, is_prefix in forms:
            alternatives += _prefix(form, expand) if is_prefix else [_string(form)]
        return _any(alternatives)
    star = "*" if term.prefix else ""
    phrases = [
        _string(" ".join(normal_word(word, lang) for word in term.words)) + star
        for lang in (*STEMMER_NAMES, None)
    ]
    return _any(phrases)


def _exact_term(term: Term) -> str:
    return _string(" ".join(term.words)) + ("*" if term.prefix else "")


def _expression(groups: tuple[tuple[Term, ...], ...], render) -> str:
    return " AND ".join(_any([render(term) for term in group]) for group in groups)


def broad_expression(query: Query, expand: Expand | None = None) -> str:
    """The FTS5 expression for articles_search: what the query finds. With `expand`, prefixes
    are written as the words they begin."""
    if query.empty:
        return NOTHING

    def term(one: Term) -> str:
        return _broad_term(one, expand)

    found = _expression(query.groups, term)
    if not query.excluded:
        return found
    return f"({found}) NOT {_any([term(excluded) for excluded in query.excluded])}"


def exact_expression(query: Query) -> str:
    """The FTS5 expression for articles_fts: which of the found articles have the letters typed."""
    if query.empty:
        return NOTHING
    return _expression(query.groups, _exact_term)


def highlight_forms(query: Query) -> list[tuple[str, bool]]:
    """The normalised forms whose words a snippet marks: every word the query looks for."""
    forms: list[tuple[str, bool]] = []
    for group in query.groups:
        for term in group:
            for i, word in enumerate(term.words):
                last = i == len(term.words) - 1
                forms += word_forms(word, term.prefix and last)
    return list(dict.fromkeys(forms))
