"""The quality gate for titles, dates and text snippets: nodenews' general layers on the bundled
meta-dev pages (tests/quality/meta-dev) must not fall below the figures stored in
benchmarks/baselines/meta.json.

A change that loses quality fails here; one that gains it should raise the baseline (run
`benchmarks/bench_meta.py tests/quality/meta-dev --quick` and write the figures and the date there).
"""

from __future__ import annotations

import json

import pytest

from benchmarks import bench_meta
from benchmarks.bench_meta import QUICK_BENCH, Score, quick_score

BASELINE = json.loads(bench_meta.BASELINE.read_text(encoding="utf-8"))
# The figures are deterministic for given library versions. This much room covers the baseline's
# rounding to 3 places and a new trafilatura release moving one snippet (about 0.003 of F1), and is
# less than one page of the titles (1/48 = 0.021) or of the dates (1/39 = 0.026).
TOLERANCE = 0.005
FIGURES = {
    "title_exact": lambda s: s.title_exact,
    "title_f1": lambda s: s.title_f1,
    "snippet_f1": lambda s: s.f1,
    "date_accuracy": lambda s: s.date_accuracy,
}


@pytest.fixture(scope="module")
def score() -> Score:
    return quick_score(QUICK_BENCH)


@pytest.mark.parametrize("figure", FIGURES)
def test_meta_figure_holds_its_baseline(score, figure):
    value = FIGURES[figure](score)
    assert value >= BASELINE[figure] - TOLERANCE, (
        f"{figure} {value:.3f} is below the baseline {BASELINE[figure]:.3f} measured"
        f" {BASELINE['measured']} ({BASELINE['command']})"
    )
