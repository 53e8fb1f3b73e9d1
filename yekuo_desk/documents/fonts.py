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
FALLBACK_NAME = "YekuoCJKExt"  # a second font for the rare characters of the CJK extensions (𠀀, 𡈽…)
FALLBACK_FONTS = [
    "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf", "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf",
    r"C:\Windows\Fonts\simsunb.ttf", r"C:\Windows\Fonts\SimSun-ExtB.ttf", r"C:\Windows\Fonts\mingliub.ttc",
]
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


_missing: set[str] = set()  # characters drawn that no font had since take_missing() was last called


def _load(path: Path, name: str = FONT_NAME):
    from reportlab.pdfbase.ttfonts import TTFont

    class CheckedFont(TTFont):
        """Every text a paper draws passes here (reportlab splits it into the subsets it embeds): the characters
        the font has no glyph for are noted, for the warning the user sees before printing."""

        def splitString(self, text, doc, encoding="utf-8"):
            glyphs = self.face.charToGlyph
            _missing.update(ch for ch in text if ord(ch) not in glyphs and not ch.isspace() and ch.isprintable())
            return super().splitString(text, doc, encoding)

    return CheckedFont(name, str(path), subfontIndex=0)


def take_missing() -> list[str]:
    """The characters drawn since the last call that no font could print (they come out blank), and forget them."""
    found = sorted(_missing)
    _missing.clear()
    return found


def missing_warning(chars: list[str]) -> str:
    """What the user reads about characters that print blank, or ""."""
    if not chars:
        return ""
    shown = "、".join(f"“{c}”" for c in chars[:12]) + ("等" if len(chars) > 12 else "")
    return (f"打印件中有 {len(chars)} 个字符所用字体里没有，会印成空白：{shown}。请核对户名等内容；"
            "生僻字可在“设置 → 打印”中换用含这些字的字体（或安装扩展字库，如花园明朝）。")


@lru_cache(maxsize=1)
def fallback_font():
    """The second font for characters the main one lacks (registered), or None when none is installed."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError

    for path in [Path(p) for p in FALLBACK_FONTS]:
        if path.is_file():
            try:
                font = _load(path, FALLBACK_NAME)
            except (TTFError, OSError):
                continue
            pdfmetrics.registerFont(font)
            return font
    return None


def segments(text: str, font_name: str) -> list[tuple[str, str]]:
    """`text` cut into (piece, font name) runs: the characters the main font lacks and the fallback font has go
    in the fallback; the rest (a character neither has included, noted as missing when drawn) in the main one."""
    from reportlab.pdfbase import pdfmetrics

    main = pdfmetrics.getFont(font_name)
    glyphs = getattr(getattr(main, "face", None), "charToGlyph", None)
    if glyphs is None or all(ord(ch) in glyphs for ch in text):
        return [(text, font_name)] if text else []
    extra = fallback_font()
    out: list[tuple[str, str]] = []
    for ch in text:
        name = FALLBACK_NAME if (extra is not None and ord(ch) not in glyphs
                                 and ord(ch) in extra.face.charToGlyph) else font_name
        if out and out[-1][1] == name:
            out[-1] = (out[-1][0] + ch, name)
        else:
            out.append((ch, name))
    return out


def markup(text: str, font_name: str) -> str:
    """Paragraph markup of `text` with its rare characters in the fallback font (text unchanged if none)."""
    return "".join(piece if name == font_name else f'<font name="{name}">{piece}</font>'
                   for piece, name in segments(text, font_name))


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
