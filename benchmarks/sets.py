"""What the bench_*.py scripts share: reading an evaluation set (a ground-truth.json beside its
gzipped pages, as ../shared/bench/<set>/ and tests/quality/<set>/ hold them) and the F1 of
precision and recall that their READMEs define."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from typing import Any


def check_set(bench: Path) -> None:
    """Exit with one line when `bench` holds no evaluation set."""
    if not (bench / "ground-truth.json").is_file():
        sys.exit(f"error: no benchmark at {bench} (expected ground-truth.json and html/ there)")


def ground_truth(bench: Path) -> dict[str, Any]:
    """The set's ground-truth.json: a record per page, keyed by the page's id or URL."""
    return json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))


def read_page(path: Path) -> str:
    """A stored page's HTML: gzipped UTF-8, an undecodable byte replaced."""
    return gzip.decompress(path.read_bytes()).decode("utf-8", "replace")


def f1(precision: float, recall: float) -> float:
    """Their harmonic mean (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
