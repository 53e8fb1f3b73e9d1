"""Where the app's own files are: beside the package when run from source, inside the bundle when frozen."""
from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    return root().joinpath("resources", *parts)


def form(name: str) -> Path:
    return root() / "forms" / name
