"""Silence a library's logger for the duration of one call.

pypdf and trafilatura log warnings about damaged input; with no logging configured Python prints
them on stderr, which would garble the CLI's one-line-per-file output. Our own errors say it better.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def quiet(*names: str) -> Iterator[None]:
    loggers = [logging.getLogger(name) for name in names]
    saved = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, saved, strict=True):
            logger.setLevel(level)
