"""nodenews installed as a user installs it (`pip install .`, not editable, into a fresh venv): the
site's files ship in the package, a wheel built from the sdist holds the same files, `nodenews serve`
publishes an archive, and `nodenews demo`, whose mirrors are test data, says in one line what to run
instead."""

from __future__ import annotations

import html
import os
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tarfile
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from archive import Archive

pytestmark = pytest.mark.install

ROOT = Path(__file__).resolve().parents[1]
# What `pip install .` reads: the checkout without its tests, benchmarks and venv.
SOURCES = ("pyproject.toml", "MANIFEST.in", "README.md", "metadata.yml", "archive", "scrapers")
STARTUP_S = 60
ARTICLE = {
    "url": "https://kista.com/installed/",
    "node": "kista",
    "lang": "sv",
    "title": "Installerat från ett paket",
    "published": "2026-01-05T10:00:00+01:00",
    "body": "Arkivet serveras av ett installerat paket.",
}


def copy_sources(source: Path, names: tuple[str, ...] = SOURCES) -> Path:
    """The checkout's files, copied (links kept links): an in-tree build would leave build/ in
    the checkout."""
    source.mkdir()
    for name in names:
        if (ROOT / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__")
            shutil.copytree(ROOT / name, source / name, symlinks=True, ignore=ignore)
        else:
            shutil.copy2(ROOT / name, source / name)
    return source


@pytest.fixture(scope="module")
def venv(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("install")
    source = copy_sources(tmp / "source")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    # nodenews' dependencies are the test environment's, by a line in a .pth file: a plain path,
    # so the editable nodenews installed there (through a .pth of its own, which such a path's
    # folder does not get read for) stays out, and the fresh venv's own nodenews comes first.
    site = next(venv.glob("lib/python*/site-packages"))
    (site / "test-environment.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    pip = [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python")]
    subprocess.run([*pip, "install", "-q", "--no-deps", str(source)], check=True, timeout=600)
    return venv


def installed_python(venv: Path, code: str) -> str:
    # cwd: not the checkout, whose folders `python -c` would import first
    return subprocess.run(
        [venv / "bin" / "python", "-c", code], capture_output=True, text=True, check=True, cwd=venv
    ).stdout.strip()


def test_the_site_ships_in_the_package(venv):
    package = Path(installed_python(venv, "import archive; print(archive.__file__)")).parent
    assert package.is_relative_to(venv)
    metadata = package / "metadata.yml"
    # The checkout's archive/metadata.yml is a link to the top-level file; the wheel holds a copy.
    assert (ROOT / "archive" / "metadata.yml").is_symlink() and not metadata.is_symlink()
    assert metadata.read_bytes() == (ROOT / "metadata.yml").read_bytes()
    for folder in ("templates", "static"):
        shipped = {p.relative_to(package) for p in (package / folder).rglob("*") if p.is_file()}
        checkout = ROOT / "archive"
        assert shipped == {p.relative_to(checkout) for p in (checkout / folder).rglob("*")
                           if p.is_file() and "__pycache__" not in p.parts}  # fmt: skip


def test_a_wheel_built_from_the_sdist_is_the_installed_package(venv, tmp_path):
    # The other way to the package: an sdist (`python -m build --sdist`), which pip turns into a
    # wheel as it would from an index. The link archive/metadata.yml must arrive as its file.
    source = copy_sources(tmp_path / "source", (*SOURCES, "tests"))  # as a clone has them
    build = [sys.executable, "-m", "build", "--sdist", "--outdir", str(tmp_path), str(source)]
    subprocess.run(build, check=True, capture_output=True, timeout=300)
    (sdist,) = tmp_path.glob("nodenews-*.tar.gz")
    top = sdist.name.removesuffix(".tar.gz")
    with tarfile.open(sdist) as tar:
        metadata = tar.getmember(f"{top}/archive/metadata.yml")
        assert metadata.isfile()
        assert tar.extractfile(metadata).read() == (ROOT / "metadata.yml").read_bytes()
        assert not [name for name in tar.getnames() if name.startswith(f"{top}/tests")]
    wheel = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path)]
    subprocess.run([*wheel, str(sdist)], check=True, capture_output=True, timeout=300)
    (built,) = tmp_path.glob("nodenews-*.whl")
    with zipfile.ZipFile(built) as archive:
        files = {
            name: archive.read(name) for name in archive.namelist() if ".dist-info/" not in name
        }
    # The installed package (from the source, and served by the tests below), file for file.
    site = Path(installed_python(venv, "import archive; print(archive.__file__)")).parents[1]
    installed = {
        path.relative_to(site).as_posix(): path.read_bytes()
        for package in ("archive", "scrapers")
        for path in (site / package).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert "archive/metadata.yml" in files and files == installed


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def served(venv, tmp_path) -> Iterator[str]:
    """`nodenews serve` of the installed package on a small archive; its base URL."""
    db = tmp_path / "archive.db"
    with Archive(db) as archive:
        archive.upsert_node("kista", "Kista Science City", "https://kista.com", ["sv", "en"], None)
        archive.upsert_article(ARTICLE, fetched_at="2026-01-05T10:00:00+00:00")
    port = free_port()
    # A session of its own: `nodenews serve` runs Datasette as a child, stopped with it below.
    server = subprocess.Popen(
        [venv / "bin" / "nodenews", "serve", "--db", str(db), "--port", str(port)],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_S
        while True:
            try:
                urllib.request.urlopen(f"{base}/-/versions.json", timeout=5).close()
                break
            except (urllib.error.URLError, ConnectionError):
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"nodenews serve did not start: {server.stderr.read()}")
                time.sleep(0.2)
        yield base
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        assert response.status == 200
        return html.unescape(response.read().decode("utf-8"))


def test_the_installed_package_serves_an_archive(venv, served):
    package = Path(installed_python(venv, "import archive; print(archive.__file__)")).parent
    metadata = yaml.safe_load((package / "metadata.yml").read_text(encoding="utf-8"))
    assert metadata["title"] in fetch(f"{served}/")
    assert ARTICLE["title"] in fetch(f"{served}/archive/articles")
    csv_text = fetch(f"{served}/archive/articles.csv")  # the plugin's export, by its entry point
    assert csv_text.startswith("url,node,lang,title,") and ARTICLE["title"] in csv_text
    assert ARTICLE["title"] in fetch(f"{served}/archive/search?q=installerat")


def test_demo_outside_a_checkout_says_what_to_run(venv, tmp_path):
    result = subprocess.run(
        [venv / "bin" / "nodenews", "demo", "--no-serve"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("Error: nodenews demo needs a source checkout")
    assert len(result.stderr.strip().splitlines()) == 1
