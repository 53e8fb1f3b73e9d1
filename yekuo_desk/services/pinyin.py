"""Pinyin initials of customer names, so that typing `zs` finds 张三."""
from __future__ import annotations

import re
from functools import lru_cache

_ASCII = re.compile(r"[0-9a-z]")
_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# Surnames whose everyday reading differs from the surname reading (曾 zēng, not céng).
_SURNAME_INITIALS = {"曾": "z", "单": "s", "解": "x", "仇": "q", "朴": "p", "查": "z", "区": "o", "乐": "y",
                     "覃": "q", "盖": "g", "缪": "m", "尉": "y", "长": "c", "种": "c", "翟": "z", "员": "y",
                     "秘": "b", "召": "s", "繁": "p", "句": "g", "折": "s", "都": "d", "万": "w", "尹": "y"}


@lru_cache(maxsize=65536)
def initials(name: str) -> str:
    """Lower-case initials: 张三 → zs, 曾小贤 → zxx, 某某科技有限公司 → mmkjyxgs; letters and digits kept."""
    from pypinyin import Style, lazy_pinyin

    name = name.strip()
    out = []
    for syllable in lazy_pinyin(name, style=Style.FIRST_LETTER, errors="default"):
        out.extend(ch for ch in syllable.lower() if _ASCII.match(ch))
    if out and _PERSON.match(name) and name[0] in _SURNAME_INITIALS:
        out[0] = _SURNAME_INITIALS[name[0]]
    return "".join(out)
