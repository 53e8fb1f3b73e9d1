"""Qt calls our overrides (a model's data and sort, an event filter, a paint or show event) from C++.
An exception escaping one of them can abort the whole application (Qt aborts on an exception it cannot
pass on, as the due panel's sort once did), so each such override catches its own errors, logs them with
their traceback and answers something harmless instead."""
from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

log = logging.getLogger("yekuo_desk.views")

F = TypeVar("F", bound=Callable[..., Any])


def guarded(fallback: Any = None) -> Callable[[F], F]:
    """Decorate a Qt override: an exception inside is logged and `fallback` returned instead."""
    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def inner(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except Exception:  # noqa: BLE001 - nothing may escape into Qt's C++
                log.exception("%s failed; answered %r instead", fn.__qualname__, fallback)
                return fallback
        return inner  # type: ignore[return-value]
    return wrap
