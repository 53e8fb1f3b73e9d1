"""How this PC prints: the unit named on every paper, the receipt's paper size, and the font file.

Kept in this PC's database like the device code: a font path is a path on this PC, and a station whose
printer takes A5 sets A5 once."""
from __future__ import annotations

from dataclasses import dataclass

from ..db import Database
from . import auth
from .papers import BUREAU_NAME, DEFAULT_BUREAU
from .settings_store import get_setting, set_setting

PAPER_SIZE = "receipt_paper_size"
FONT_PATH = "pdf_font_path"
PAPER_SIZES = ("A4", "A5")
BUREAU_MAX = 40


class PrintSettingsError(ValueError):
    """A setting the user must correct (the message is for them)."""


@dataclass(frozen=True)
class PrintSettings:
    bureau: str = DEFAULT_BUREAU
    paper_size: str = "A4"   # the receipt and the contact card
    font_path: str = ""      # "" = find one (bundled, then the system's)


def load_print_settings(db: Database) -> PrintSettings:
    with db.session() as s:
        paper = get_setting(s, PAPER_SIZE, "A4")
        return PrintSettings(get_setting(s, BUREAU_NAME, DEFAULT_BUREAU), paper if paper in PAPER_SIZES else "A4",
                             get_setting(s, FONT_PATH, ""))


def save_print_settings(db: Database, ps: PrintSettings) -> PrintSettings:
    bureau = ps.bureau.strip()
    if not bureau:
        raise PrintSettingsError("请填写单位名称（印在每一份打印件的标题上）。")
    if len(bureau) > BUREAU_MAX:
        raise PrintSettingsError(f"单位名称不能超过 {BUREAU_MAX} 个字。")
    if ps.paper_size not in PAPER_SIZES:
        raise PrintSettingsError(f"纸张只能是 {' 或 '.join(PAPER_SIZES)}。")
    saved = PrintSettings(bureau, ps.paper_size, ps.font_path.strip())
    with db.transaction() as s:
        auth.require(s, auth.ADMINISTER)
        set_setting(s, BUREAU_NAME, saved.bureau)
        set_setting(s, PAPER_SIZE, saved.paper_size)
        set_setting(s, FONT_PATH, saved.font_path)
    return saved


def paper_size(db: Database) -> str:
    return load_print_settings(db).paper_size
