"""What every input passes through, the forms, the import, the command line and the services alike: text
normalised (full-width folded, invisible characters taken out, one case for case numbers, phones without
spaces), each text field's length (declared once, by its column in the models), plausible dates, and the
checks on what customers write on the application: ID numbers, credit codes, phones."""
from __future__ import annotations

import re
import unicodedata
from datetime import date

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
# GB 32100-2015: the 31 characters of the unified social credit code and the weights of its 17 positions.
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")


def id_check_char(first17: str) -> str:
    return _ID_CHECK[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS)) % 11]


def check_id_card(value: str) -> str | None:
    """None if `value` is a valid 18-digit resident ID number, else what is wrong (Chinese)."""
    v = value.strip().upper()
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return "身份证号应为18位（最后一位可为X）"
    try:
        born = date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return "身份证号中的出生日期无效"
    if born.year < 1900 or born > date.today():
        return "身份证号中的出生日期无效"
    if id_check_char(v[:17]) != v[17]:
        return "身份证号校验位不正确"
    return None


def uscc_check_char(first17: str) -> str:
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS))
    return _USCC_CHARS[(31 - total % 31) % 31]


def check_credit_code(value: str) -> str | None:
    """None if `value` is a valid unified social credit code (统一社会信用代码), else what is wrong."""
    v = value.strip().upper()
    if len(v) != 18 or any(c not in _USCC_CHARS for c in v):
        return "统一社会信用代码应为18位数字或大写字母（不含I、O、Z、S、V）"
    if uscc_check_char(v[:17]) != v[17]:
        return "统一社会信用代码校验位不正确"
    return None


def check_certificate(value: str) -> str | None:
    """An ID number or a credit code, told apart by shape; empty is allowed (一证受理 collects it later)."""
    v = value.strip().upper()
    if not v:
        return None
    if re.fullmatch(r"\d{17}[\dX]", v):
        return check_id_card(v)
    if len(v) == 18:
        return check_credit_code(v)
    return "证件号码应为18位身份证号或18位统一社会信用代码"


def check_phone(value: str) -> str | None:
    v = value.strip().replace(" ", "")
    if not v or _MOBILE.match(v) or _LANDLINE.match(v):
        return None
    return "应为11位手机号或带区号的固定电话（如 0871-12345678）"


# ---------------------------------------------------------------- normalising text

# Zero-width and direction marks, the soft hyphen, the BOM and other format characters: they make two names that
# look the same differ (a second 城关供电所), or a name that looks empty.
_INVISIBLE = re.compile(r"[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]")
_SPACES = re.compile(r"\s+")
EARLIEST_YEAR = 2000  # a date before this in a case is a typo (the register starts long after)


def clean_text(value: object) -> str:
    """A text as stored: NFKC (full-width letters, digits and signs folded; a no-break space becomes a space),
    invisible characters and control characters taken out, runs of spaces made one, the ends trimmed."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    text = _INVISIBLE.sub("", text)
    text = "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)
    return _SPACES.sub(" ", text).strip()


def clean_lines(value: object) -> str:
    """A text of several lines (what a customer said): each line cleaned as clean_text, the lines kept."""
    lines = [clean_text(line) for line in str(value or "").replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip("\n")


def clean_number(value: object) -> str:
    """A case or form number: cleaned, without spaces, in capitals (cg-2025-g0003 is CG-2025-G0003)."""
    return clean_text(value).replace(" ", "").upper()


def clean_phone(value: object) -> str:
    """A phone number: cleaned, without spaces, brackets or dots (0871 1234 5678, (0871)12345678)."""
    return re.sub(r"[\s().]", "", clean_text(value))


def max_length(model, name: str) -> int | None:
    """The longest text the model's column holds (String(100) → 100): every length rule comes from here."""
    length = getattr(model.__table__.c[name].type, "length", None)
    return int(length) if length else None


def too_long(text: str, model, name: str) -> str | None:
    """What is wrong when `text` is longer than the column holds, else None."""
    limit = max_length(model, name)
    return f"最长{limit}字（现为{len(text)}字）" if limit is not None and len(text) > limit else None


def length_problems(model, fields: dict[str, tuple[str, str]]) -> list[str]:
    """"label：最长N字" for each of `fields` (column name → (label, text)) longer than the model's column."""
    return [f"{label}：{problem}" for name, (label, text) in fields.items()
            if (problem := too_long(text, model, name))]


def check_plausible_date(value: date, *, last_year: int | None = None) -> str | None:
    """None if a date in a case is plausible: not before 2000, not after the calendar's last year."""
    if value.year < EARLIEST_YEAR:
        return f"早于{EARLIEST_YEAR}年，请核对年份"
    if last_year is not None and value.year > last_year:
        return f"晚于{last_year}年，超出工作日历的范围，请核对年份"
    return None
