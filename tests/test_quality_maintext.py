"""The quality gate for main text: nodenews' general layers on the article-extraction benchmark's
development pages must not fall below the F1 stored in benchmarks/baselines/aeb.json.

A change that loses quality fails here; one that gains it should raise the baseline (run
`benchmarks/bench_extraction.py --quick` and write the figure and the date into the file).
"""

from __future__ import annotations

import json

from benchmarks import bench_extraction
from benchmarks.bench_extraction import QUICK_BENCH, quick_score

BASELINE = json.loads(bench_extraction.BASELINE.read_text(encoding="utf-8"))
# The score is deterministic for given library versions; this much room is left for a new
# trafilatura or lxml release moving a page or two (about one page's F1 of 0.15 over 33 pages).
F1_TOLERANCE = 0.005


def test_main_text_f1_holds_its_baseline():
    precision, recall, f1 = quick_score(QUICK_BENCH)
    assert f1 >= BASELINE["f1"] - F1_TOLERANCE, (
        f"main-text F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f}) is below the baseline "
        f"{BASELINE['f1']:.3f} measured {BASELINE['measured']}"
    )
