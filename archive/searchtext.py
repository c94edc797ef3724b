"""The normalised form of text that the broad search index holds and queries are matched in:
each word lower-cased, stemmed by the Snowball stemmer of its language, then stripped of
diacritics ("Företagen" -> "foretag", "companies" -> "compani"). Pure functions, no SQL.

Stemming comes before folding because the Swedish stemmer's suffixes are spelt with å, ä and ö.
"""

import re
import threading
import unicodedata
from functools import lru_cache

import Stemmer  # PyStemmer: Snowball's stemmers compiled, about 1 µs a word

# The languages of the archive with a Snowball stemmer; any other language is folded unstemmed.
STEMMER_NAMES = {"sv": "swedish", "en": "english"}
# A word: a run of letters and digits, the characters SQLite's unicode61 tokenizer keeps, so
# that the two indexes split text alike ("co-operation" is two words in both).
WORD = re.compile(r"[^\W_]+")

# PyStemmer's stemmers are not thread-safe and Datasette calls SQL functions from its threads.
_local = threading.local()


def _stemmer(lang: str) -> "Stemmer.Stemmer | None":
    name = STEMMER_NAMES.get(lang or "")
    if name is None:
        return None
    stemmers = _local.__dict__.setdefault("stemmers", {})
    if name not in stemmers:
        stemmers[name] = Stemmer.Stemmer(name)
    return stemmers[name]


def fold(word: str) -> str:
    """The word without diacritics: "södertälje" -> "sodertalje" (å, ä and ö included)."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str | None) -> list[str]:
    """The words of a text, lower-cased, as unicode61 would split them."""
    return WORD.findall((text or "").lower())


def stem(word: str, lang: str | None) -> str:
    """The stem of a lower-case word in the language (unchanged in a language without stemmer)."""
    stemmer = _stemmer(lang or "")
    return stemmer.stemWord(word) if stemmer else word


# Normalised words remembered: an archive's vocabulary repeats, and stemming then folding a word
# costs more than looking it up.
NORMAL_WORDS_CACHED = 2**17


@lru_cache(maxsize=NORMAL_WORDS_CACHED)
def normal_word(word: str, lang: str | None) -> str:
    """One lower-case word as the broad index holds it: stemmed in its language, then folded."""
    return fold(stem(word, lang))


def normalise(text: str | None, lang: str | None) -> str:
    """A text as the broad index holds it: its normalised words, separated by spaces."""
    return " ".join(normal_word(word, lang) for word in words(text))


def distinct_normal_words(text: str | None, lang: str | None) -> list[str]:
    """The different normalised words of a text, in the order they first come."""
    return list(dict.fromkeys(normal_word(word, lang) for word in words(text)))
