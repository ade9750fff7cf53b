"""A guard against hangs (a regular expression that backtracks without end is a bug like a crash):
not a performance measurement, which lives in benchmarks/."""

from __future__ import annotations

import signal
from contextlib import contextmanager


class Hang(Exception):
    pass


@contextmanager
def no_hang(seconds: float = 60.0):
    """Raise :class:`Hang` if the block has not finished after ``seconds`` (main thread only)."""
    def _raise(signum, frame):
        raise Hang(f"still running after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
