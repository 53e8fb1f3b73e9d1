"""The fee items and standards printed on the acceptance notice (seed 003 art. 18(1): 相关的收费项目和标准):
editable text per item, kept in the database's settings."""
from __future__ import annotations

import json

from sqlalchemy.orm import Session

from . import auth
from .settings_store import get_setting, set_setting

KEY = "fee_items"
# What the bureau charges for a connection today; each text is the bureau's to change (Settings → Rules of work).
DEFAULT_FEE_ITEMS: list[tuple[str, str]] = [
    ("低压居民、低压小微企业新装增容", "不收取任何费用（“三零”服务：零上门、零审批、零投资）"),
    ("高可靠性供电费", "双电源、多电源供电的客户，按省级价格主管部门核定的标准一次性收取"),
    ("临时接电费", "临时用电的客户，按省级价格主管部门核定的标准收取，临时用电终止时按规定退还"),
    ("其他", "未列入价格主管部门收费目录的项目一律不收取"),
]
MAX_ITEMS, MAX_NAME, MAX_TEXT = 20, 40, 200


class FeeItemsError(ValueError):
    """Bad fee items; the message is for the user (Chinese)."""


def fee_items(s: Session) -> list[tuple[str, str]]:
    raw = get_setting(s, KEY, "")
    if not raw:
        return list(DEFAULT_FEE_ITEMS)
    return [(str(name), str(text)) for name, text in json.loads(raw)]


def parse_fee_lines(text: str) -> list[tuple[str, str]]:
    """One item a line, "项目：标准" (a full-width or ASCII colon); blank lines are skipped."""
    items = []
    for n, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        name, sep, standard = line.replace(":", "：", 1).partition("：")
        if not sep or not name.strip() or not standard.strip():
            raise FeeItemsError(f"收费项目第{n}行应为“项目：标准”：{line}")
        items.append((name.strip(), standard.strip()))
    return items


def set_fee_items(s: Session, items: list[tuple[str, str]]) -> None:
    auth.require(s, auth.ADMINISTER)
    if not items:
        raise FeeItemsError("收费项目：至少填写一项")
    if len(items) > MAX_ITEMS:
        raise FeeItemsError(f"收费项目：最多 {MAX_ITEMS} 项")
    for name, text in items:
        if len(name) > MAX_NAME or len(text) > MAX_TEXT:
            raise FeeItemsError(f"收费项目“{name[:10]}”：项目名最长 {MAX_NAME} 字，标准最长 {MAX_TEXT} 字")
    set_setting(s, KEY, json.dumps(items, ensure_ascii=False))


def fee_lines(items: list[tuple[str, str]]) -> str:
    return "\n".join(f"{name}：{text}" for name, text in items)
