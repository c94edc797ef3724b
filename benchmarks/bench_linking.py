"""Link 12 new articles into archives of 0, 20,000 and 100,000 synthetic articles and print how long
linking took (wall clock and CPU: the machine may be shared) and its peak memory (Python allocations,
traced in a second, untimed run).

    .venv/bin/python benchmarks/bench_linking.py [SIZE ...]

The archives are filled through the archive's API in batched transactions, with Swedish and English
bodies from a seeded generator, published over ten years by five nodes; 2 % of them are copies that
one node republishes from another. Of the 12 new articles, 4 are copies of stored ones.
"""

from __future__ import annotations

import random
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZES = (0, 20_000, 100_000)
NEW = 12
COPIES = 4
SEED = 6
DAYS = 3652  # ten years of news
LAST_DAY = date(2026, 11, 30)
FILL_BATCH = 5_000
REPEATS = 5
COPY_SHARE = 0.02
NODES = ("flemingsberg", "campus-flemingsberg", "kista", "sscp", "ssci")
REPUBLISHES = {"campus-flemingsberg": ("flemingsberg",)}
FETCHED = "2026-12-01T00:00:00+00:00"

TEXTS = {
    "sv": (
        "och att det som en på är av för med till den har de inte om ett men var jag så "
        "innovation forskning företag region samarbete hållbar framtid stad campus science "
        "park nod utveckling projekt kunskap näringsliv kommun universitet studenter "
        "entreprenörer bostäder klimat energi hälsa teknik digital arena möte vecka program "
        "satsning investering tillväxt miljö vatten transport mobilitet skola medicin vård "
        "Flemingsberg Kista Södertälje Barkarby Stockholm Huddinge Hagastaden Novum "
        "startup inkubator acceleration testbädd laboratorium nätverk frukostmöte seminarium "
        "öppnar bygger samlar visar träffas växer lanserar presenterar utvecklar stärker "
        "nya fler viktiga stora gröna smarta gemensamma regionala internationella lokala"
    ),
    "en": (
        "the and to of a in is that for on with as it at by from this be are have an will "
        "innovation research companies region collaboration sustainable future city campus "
        "science park node development project knowledge business municipality university "
        "students entrepreneurs housing climate energy health technology digital arena "
        "meeting week programme investment growth environment water transport mobility "
        "school medicine care Flemingsberg Kista Södertälje Barkarby Stockholm Huddinge "
        "startup incubator accelerator testbed laboratory network breakfast seminar opens "
        "builds gathers shows meets grows launches presents develops strengthens new more "
        "important large green smart shared regional international local"
    ),
}
WORDS = {lang: text.split() for lang, text in TEXTS.items()}


def _sentence(rng: random.Random, lang: str) -> str:
    words = rng.choices(WORDS[lang], k=rng.randint(6, 18))
    return " ".join(words).capitalize() + "."


def synthetic_article(
    rng: random.Random, number: int, day: date | None = None, node: str | None = None
) -> dict:
    node = node or rng.choice(NODES)
    lang = "sv" if rng.random() < 0.6 else "en"
    day = day or LAST_DAY - timedelta(days=rng.randrange(DAYS))
    published = f"{day.isoformat()}T{rng.randrange(7, 19):02d}:{rng.randrange(60):02d}:00+01:00"
    body = " ".join(_sentence(rng, lang) for _ in range(rng.randint(8, 25)))
    return {
        "url": f"https://{node}.example/{lang}/{day.isoformat()}/post-{number}/",
        "node": node,
        "lang": lang,
        "title": " ".join(rng.choices(WORDS[lang], k=rng.randint(4, 9))).capitalize(),
        "published": published,
        "summary": _sentence(rng, lang),
        "body": body,
        "authors": [],
        "tags": [],
        "translations": {},
    }


def republished_copy(rng: random.Random, original: dict, number: int) -> dict:
    """The declared sister site's copy of `original`, a day later at most, with a sign-off."""
    day = date.fromisoformat(original["published"][:10]) + timedelta(days=rng.randint(0, 1))
    return original | {
        "url": f"https://campus-flemingsberg.example/{original['lang']}/{day}/copy-{number}/",
        "node": "campus-flemingsberg",
        "published": f"{day.isoformat()}T12:00:00+01:00",
        "body": original["body"] + " Välkommen till campus!",
    }


def archive_articles(size: int) -> list[dict]:
    rng = random.Random(SEED)
    rows: list[dict] = []
    for number in range(size):
        earlier = [r for r in rows[-50:] if r["node"] == "flemingsberg"]
        if earlier and rng.random() < COPY_SHARE:
            rows.append(republished_copy(rng, rng.choice(earlier), number))
        else:
            rows.append(synthetic_article(rng, number))
    return rows


def new_articles(stored: list[dict]) -> list[dict]:
    """A crawl's 12 articles, published in the archive's last week: 8 new stories and 4 copies,
    of stored articles where there are some, of the new ones too."""
    rng = random.Random(SEED + 1)
    recent = [LAST_DAY - timedelta(days=rng.randrange(7)) for _ in range(NEW - COPIES)]
    fresh = [synthetic_article(rng, 10_000_000 + i, day) for i, day in enumerate(recent)]
    fresh[0] = synthetic_article(rng, 10_000_000 + len(fresh), recent[0], "flemingsberg")
    originals = [a for a in stored[-500:] if a["node"] == "flemingsberg"][: COPIES - 1]
    originals += [fresh[0]] * (COPIES - len(originals))
    copies = [republished_copy(rng, a, 20_000_000 + i) for i, a in enumerate(originals)]
    return fresh + copies


def fill(archive, rows: list[dict], transaction) -> None:
    for start in range(0, len(rows), FILL_BATCH):
        with transaction():
            for row in rows[start : start + FILL_BATCH]:
                archive.upsert_article(row, fetched_at=FETCHED)


def link_new(filled: Path, new: list[dict], *, traced: bool) -> tuple[float, float, float, int]:
    """Link `new` into a copy of the archive at `filled`: (seconds, CPU seconds, peak MB of Python
    allocations when traced, how many were linked as copies)."""
    from archive import Archive
    from scrapers.linking import link_articles

    db = filled.with_name(f"copy-{filled.name}")
    shutil.copy(filled, db)
    with Archive(db) as archive:
        fill(archive, new, archive.transaction)
        if traced:
            tracemalloc.start()
        started, cpu = time.perf_counter(), time.process_time()
        link_articles(archive, REPUBLISHES, urls=[a["url"] for a in new])
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        peak = tracemalloc.get_traced_memory()[1] / 1e6 if traced else 0.0
        tracemalloc.stop()
        copies = sum(1 for a in new if archive.article(a["url"])["duplicate_of"])
    db.unlink()
    return seconds, cpu, peak, copies


def main() -> None:
    from archive import Archive
    from scrapers.linking import link_articles

    sizes = [int(a) for a in sys.argv[1:]] or SIZES
    print(f"link 12: the median of {REPEATS} runs, each into a fresh copy of the archive")
    print(
        f"{'archive':>8} {'fill s':>7} {'index s':>8} {'link 12 s':>10} {'cpu s':>7} {'peak MB':>8}"
    )
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            stored = archive_articles(size)
            new = new_articles(stored)
            filled = Path(folder) / f"{size}.db"
            with Archive(filled) as archive:
                started = time.perf_counter()
                fill(archive, stored, archive.transaction)
                filled_in = time.perf_counter() - started
                started = time.perf_counter()
                link_articles(archive, REPUBLISHES, urls=[])  # an upgraded archive's first linking
                indexed_in = time.perf_counter() - started
            runs = [link_new(filled, new, traced=False) for _ in range(REPEATS)]
            seconds = statistics.median(run[0] for run in runs)
            cpu = statistics.median(run[1] for run in runs)
            _, _, peak, copies = link_new(filled, new, traced=True)
            filled.unlink()
            print(
                f"{size:>8} {filled_in:>7.1f} {indexed_in:>8.1f} {seconds:>10.3f} {cpu:>7.3f}"
                f" {peak:>8.1f}   ({copies} of {NEW} linked as copies)"
            )


if __name__ == "__main__":
    main()
