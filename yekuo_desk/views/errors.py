"""Failures the user must understand: a write the database refused, a file that could not be written."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import DBAPIError




def describe_read(exc: BaseException) -> str:
    """A sentence for the user when a screen could not read its rows (the rows on show stay)."""
    if isinstance(exc, DBAPIError) and "locked" in str(exc.orig or exc).lower():
        return QCoreApplication.translate(
            "errors", "The database is busy in another program: the list was not read again. Press F5 to retry.")
    return QCoreApplication.translate("errors", "The list could not be read again (press F5 to retry): %1").replace(
        "%1", str(getattr(exc, "orig", None) or exc))


def describe(exc: BaseException) -> str:
    """A sentence for the user: what failed, and that nothing was half-saved (every write is one transaction)."""
    from ..services.auth import AuthError

    if isinstance(exc, AuthError):  # a refusal said in Chinese by the service: no right to do this
        return str(exc)
    if isinstance(exc, DBAPIError):
        detail = str(exc.orig or exc)
        lowered = detail.lower()
        if "disk is full" in lowered or "no space" in lowered:
            return QCoreApplication.translate("errors", "The disk is full: nothing was saved. Free some space and try again.")
        if "readonly" in lowered or "read-only" in lowered:
            return QCoreApplication.translate("errors", "The database file is read-only: nothing was saved.")
        if "locked" in lowered:
            return QCoreApplication.translate(
                "errors", "The database is busy in another program: nothing was saved. Try again in a moment.")
        return QCoreApplication.translate("errors", "The database refused the change, nothing was saved: %1").replace("%1", detail)
    if isinstance(exc, OSError):
        return QCoreApplication.translate("errors", "The file could not be written: %1").replace("%1", exc.strerror or str(exc))
    return QCoreApplication.translate("errors", "Unexpected error: %1").replace("%1", f"{type(exc).__name__}: {exc}")
