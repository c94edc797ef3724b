"""Language identification on article text, restricted to the languages a node publishes in."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# How much text identification needs to tell Swedish from English (benchmarks/bench_language.py,
# the mirrors' articles cut to N characters, 330-460 samples a length): at 20-25 characters some
# samples of probability >= 0.9 are wrong ('Kista Science City har' reads as English); from 30 on
# none is, and 88 % of the 40-character samples reach 0.99 (none of them wrong either).
# Below MIN_CHARS the text says nothing; from there a guess of SURE_PROBABILITY overrules what the
# page declares (WordPress says en-US on a site without a Swedish language pack).
MIN_CHARS = 40
SURE_PROBABILITY = 0.99


@lru_cache(maxsize=8)
def _identifier(languages: tuple[str, ...]) -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(languages))
    return identifier


def classify(text: str, languages: Sequence[str]) -> tuple[str, float]:
    """The most likely of `languages` (at least one) for `text`, with its probability."""
    if len(languages) == 1:
        return languages[0], 1.0
    lang, probability = _identifier(tuple(sorted(languages))).classify(text)
    return lang, float(probability)


def detect(text: str, languages: Sequence[str]) -> tuple[str | None, float]:
    """The most likely of `languages` for `text`, with its probability; (None, 0) for too little text."""
    if len(text) < MIN_CHARS or not languages:
        return None, 0.0
    return classify(text, languages)
