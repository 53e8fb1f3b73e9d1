"""The CJK font printed papers embed (design.md "Fonts"). reportlab embeds TrueType outlines only, so the
font needs CJK *and* Latin glyphs as TrueType: WenQuanYi Micro Hei on Linux, SimSun / SimHei / Microsoft
YaHei on Windows. Looked for in this order: a configured path, one bundled in resources/fonts, the
system's; the built-in STSong-Light (not embedded, viewer-dependent) only as a last resort, with a warning."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..resources import resource

FONT_NAME = "YekuoCJK"
SYSTEM_FONTS = [
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    r"C:\Windows\Fonts\simsun.ttc", r"C:\Windows\Fonts\simhei.ttf", r"C:\Windows\Fonts\msyh.ttc",
    "/System/Library/Fonts/Supplemental/Songti.ttc",
]


@dataclass(frozen=True)
class FontChoice:
    name: str
    path: str          # "" for the built-in fallback
    warning: str = ""  # for the user, when the papers may not print right


class FontError(ValueError):
    """A chosen font file that cannot print Chinese (the message is for the user)."""


_configured: str = ""  # the path set in Settings → Printing; "" = look for one


def _candidates() -> list[Path]:
    out = []
    if _configured:
        out.append(Path(_configured))
    env = os.environ.get("YEKUO_PDF_FONT")
    if env:
        out.append(Path(env))
    bundled = resource("fonts")
    if bundled.is_dir():
        out += sorted(p for p in bundled.iterdir() if p.suffix.lower() in (".ttf", ".ttc"))
    out += [Path(p) for p in SYSTEM_FONTS]
    return out


def _load(path: Path):
    from reportlab.pdfbase.ttfonts import TTFont

    return TTFont(FONT_NAME, str(path), subfontIndex=0)


def _has_glyphs(font) -> bool:
    return all(ord(ch) in font.face.charToGlyph for ch in "供电局年月日A1")


def check_font_file(path: str) -> None:
    """Raise FontError unless `path` is a TrueType font with Chinese and Latin glyphs."""
    from reportlab.pdfbase.ttfonts import TTFError

    p = Path(path)
    if not p.is_file():
        raise FontError(f"找不到字体文件：{path}")
    try:
        font = _load(p)
    except (TTFError, OSError) as exc:
        raise FontError(f"不是可嵌入的 TrueType 字体（.ttf 或 .ttc；OpenType CFF 字体不能嵌入）：{p.name}（{exc}）") from exc
    if not _has_glyphs(font):
        raise FontError(f"字体 {p.name} 缺少中文或数字字形，打印件会缺字。请选择宋体、黑体或文泉驿等中文字体。")


def configure(path: str | None) -> None:
    """Print with the font file at `path` from now on ("" or None: look for one). Nothing is loaded until a
    paper is written; a path that does not work then falls back to the next candidate, with a warning."""
    global _configured
    _configured = path or ""
    cjk_font.cache_clear()


def configure_from(db) -> None:
    """Apply the font path saved in this PC's database (Settings → Printing)."""
    from ..services.print_settings import load_print_settings

    configure(load_print_settings(db).font_path)


@lru_cache(maxsize=1)
def cjk_font() -> FontChoice:
    """Register and return the font to print with."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFError

    for path in _candidates():
        if not path.is_file():
            continue
        try:
            font = _load(path)
        except (TTFError, OSError):
            continue  # a CFF (OpenType) font or a damaged file: try the next
        if _has_glyphs(font):  # a Latin-only font would print empty boxes
            pdfmetrics.registerFont(font)
            skipped = _configured and path != Path(_configured)
            return FontChoice(FONT_NAME, str(path), f"设置的字体文件不可用（{_configured}），已改用 {path}。" if skipped else "")
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return FontChoice("STSong-Light", "", "未找到可嵌入的中文 TrueType 字体（如文泉驿微米黑、宋体），"
                                           "打印件使用内置字体，部分电脑上可能显示不全。请在“设置 → 打印”中指定字体文件。")
