"""Politeness under errors: what a Retry-After asks for, and the back-off between retries (the
waits themselves are measured against a server in tests/test_faults.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from scrapers.politeness import backoff, retry_after

NOW = datetime(2026, 12, 1, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "value, want",
    [
        ("30", 30.0),
        (" 120 ", 120.0),
        ("0", 0.0),
        ("Tue, 01 Dec 2026 12:01:30 GMT", 90.0),  # an HTTP date: the seconds until then
        ("Tue, 01 Dec 2026 11:00:00 GMT", 0.0),  # a date past: no wait
        ("soon", None),
        ("-5", None),
        ("1.5", None),  # RFC 9110: delay-seconds are whole
        ("", None),
        (None, None),
    ],
)
def test_retry_after(value, want):
    assert retry_after(value, now=NOW) == want


@pytest.mark.parametrize(
    "base, retry_times, want", [(2.0, 1, 2.0), (2.0, 2, 4.0), (2.0, 3, 8.0), (0.0, 2, 0.0)]
)
def test_backoff_doubles_at_each_retry(base, retry_times, want):
    assert backoff(base, retry_times) == want
