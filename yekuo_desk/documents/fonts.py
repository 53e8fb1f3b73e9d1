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


def _candidates(configured: str | None) -> list[Path]:
    out = []
    if configured:
        out.append(Path(configured))
    env = os.environ.get("YEKUO_PDF_FONT")
    if env:
        out.append(Path(env))
    bundled = resource("fonts")
    if bundled.is_dir():
        out += sorted(p for p in bundled.iterdir() if p.suffix.lower() in (".ttf", ".ttc"))
    out += [Path(p) for p in SYSTEM_FONTS]
    return out


@lru_cache(maxsize=4)
def cjk_font(configured: str | None = None) -> FontChoice:
    """Register and return the font to print with."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont, TTFError

    for path in _candidates(configured):
        if not path.is_file():
            continue
        try:
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
        except (TTFError, OSError):
            continue  # a CFF (OpenType) font or a damaged file: try the next
        return FontChoice(FONT_NAME, str(path))
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return FontChoice("STSong-Light", "", "未找到可嵌入的中文 TrueType 字体（如文泉驿微米黑、宋体），"
                                           "打印件使用内置字体，部分电脑上可能显示不全。请在设置中指定字体文件。")
