"""Language identification on article text, restricted to the languages a node publishes in."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Below this much text a guess is too weak to overrule what the site itself says.
MIN_CHARS = 200


@lru_cache(maxsize=8)
def _identifier(languages: tuple[str, ...]) -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(languages))
    return identifier


def detect(text: str, languages: Sequence[str]) -> tuple[str | None, float]:
    """The most likely of `languages` for `text`, with its probability; (None, 0) for too little text."""
    if len(text) < MIN_CHARS or not languages:
        return None, 0.0
    if len(languages) == 1:
        return languages[0], 1.0
    lang, probability = _identifier(tuple(sorted(languages))).classify(text)
    return lang, float(probability)
