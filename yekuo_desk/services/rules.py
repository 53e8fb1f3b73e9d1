"""Time-limit rule sets: presets from resources/rules, the active set, edits that bump its revision."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import RuleLimit, RuleSet
from ..models.rules import ALWAYS, IMPORTANT_ONLY, NEVER
from ..resources import resource
from .stages import CATEGORIES, STAGE_BY_CODE, STAGES

APPLIES_NAMES = {ALWAYS: "适用", IMPORTANT_ONLY: "仅重要/特殊负荷", NEVER: "不适用"}


class RuleError(ValueError):
    """Bad rule input; the message is for the user (Chinese)."""


@dataclass(frozen=True)
class Rules:
    """A rule set as plain data, for the deadline engine."""

    rule_set_id: str
    code: str
    name: str
    revision: int
    table: dict[tuple[str, str], tuple[str, int | None]]  # (stage, category) -> (applies, days)

    def applies(self, stage: str, category: str, important_load: bool) -> bool:
        applies, _ = self.table.get((stage, category), (NEVER, None))
        return applies == ALWAYS or (applies == IMPORTANT_ONLY and important_load)

    def limit(self, stage: str, category: str) -> int | None:
        return self.table.get((stage, category), (NEVER, None))[1]


def to_rules(rs: RuleSet) -> Rules:
    return Rules(rs.id, rs.code, rs.name, rs.revision,
                 {(lim.stage, lim.category): (lim.applies, lim.days) for lim in rs.limits})


def preset_files() -> list[Path]:
    return sorted(resource("rules").glob("*.json"))


def _limits_from_preset(data: dict) -> list[RuleLimit]:
    limits = []
    for stage, spec in data["stages"].items():
        if stage not in STAGE_BY_CODE:
            raise RuleError(f"规则文件中的环节代码无效：{stage}")
        for category in CATEGORIES:
            limits.append(RuleLimit(stage=stage, category=category,
                                    applies=spec["applies"].get(category, NEVER),
                                    days=spec["days"].get(category)))
    return limits


def seed_presets(s: Session) -> None:
    """Add every preset in resources/rules that the database does not have yet; the presets it has keep
    their limits (perhaps edited) but take the files' names and sources, so the labels stay true."""
    have = {rs.code: rs for rs in s.scalars(select(RuleSet))}
    any_active = bool(s.scalar(select(RuleSet.id).where(RuleSet.active).limit(1)))
    for path in preset_files():
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["code"] in have:
            rs = have[data["code"]]
            if (rs.name, rs.source) != (data["name"], data.get("source", "")):
                rs.name, rs.source = data["name"], data.get("source", "")
            continue
        active = bool(data.get("active")) and not any_active
        any_active = any_active or active
        s.add(RuleSet(code=data["code"], name=data["name"], source=data.get("source", ""),
                      active=active, limits=_limits_from_preset(data)))


def rule_sets(s: Session) -> list[RuleSet]:
    return list(s.scalars(select(RuleSet).where(RuleSet.deleted_at.is_(None)).order_by(RuleSet.code)))


def active_rule_set(s: Session) -> RuleSet:
    rs = s.scalar(select(RuleSet).where(RuleSet.active, RuleSet.deleted_at.is_(None)))
    if rs is None:
        raise RuleError("没有启用的时限规则，请在“设置 → 时限规则”中启用一套")
    return rs


def active_rules(s: Session) -> Rules:
    return to_rules(active_rule_set(s))


def activate(s: Session, rule_set_id: str) -> None:
    for rs in rule_sets(s):
        rs.active = rs.id == rule_set_id


def save_limits(s: Session, rule_set_id: str,
                table: dict[tuple[str, str], tuple[str, int | None]]) -> int:
    """Replace a rule set's cells; returns its new revision."""
    rs = s.get(RuleSet, rule_set_id)
    if rs is None:
        raise RuleError("时限规则不存在")
    for (stage, category), (applies, days) in table.items():
        name = f"{STAGE_BY_CODE[stage].name}·{CATEGORIES[category]}"
        if applies not in APPLIES_NAMES:
            raise RuleError(f"{name}：适用范围无效")
        if days is not None and not (0 < days <= 365):
            raise RuleError(f"{name}：时限应为 1–365 个工作日，或留空表示不限")
    by_key = {(lim.stage, lim.category): lim for lim in rs.limits}
    for stage in STAGES:
        for category in CATEGORIES:
            applies, days = table.get((stage.code, category), (NEVER, None))
            lim = by_key.get((stage.code, category))
            if lim is None:
                rs.limits.append(RuleLimit(stage=stage.code, category=category, applies=applies, days=days))
            else:
                lim.applies, lim.days = applies, days
    rs.revision += 1
    return rs.revision
