"""Checks on what customers write on the application: ID numbers, credit codes, phones."""
from __future__ import annotations

import re
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
