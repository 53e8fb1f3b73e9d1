"""Time-limit rule sets: presets from resources/rules, the active set, edits that bump its revision."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import RuleLimit, RuleSet, RuleTarget
from ..models.rules import ALWAYS, CALENDAR_DAYS, IMPORTANT_ONLY, NEVER, SMALL_BUSINESS, WORKING_DAYS
from ..resources import resource
from .stages import CATEGORIES, STAGE_BY_CODE, STAGES
from . import auth

APPLIES_NAMES = {ALWAYS: "适用", IMPORTANT_ONLY: "仅重要/特殊负荷", NEVER: "不适用"}
TARGET_UNITS = {CALENDAR_DAYS: "天", WORKING_DAYS: "个工作日"}
TARGET_SCOPES = {SMALL_BUSINESS: "低压小微企业", **CATEGORIES}


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
    units: dict[tuple[str, str], str] = field(default_factory=dict)  # (stage, category) -> department code
    targets: dict[str, tuple[int, str]] = field(default_factory=dict)  # scope -> (days, calendar|working)

    def applies(self, stage: str, category: str, important_load: bool) -> bool:
        applies, _ = self.table.get((stage, category), (NEVER, None))
        return applies == ALWAYS or (applies == IMPORTANT_ONLY and important_load)

    def limit(self, stage: str, category: str) -> int | None:
        return self.table.get((stage, category), (NEVER, None))[1]

    def unit(self, stage: str, category: str) -> str:
        """The stage's responsible unit: "" for the case's station, else a department's code."""
        return self.units.get((stage, category), "")

    def target_scope(self, category: str, small_business: bool) -> str | None:
        """Which whole-case target applies: a small business's own, else its category's (None: none)."""
        if small_business and category in SMALL_BUSINESS_CATEGORIES and SMALL_BUSINESS in self.targets:
            return SMALL_BUSINESS
        return category if category in self.targets else None

    def target(self, category: str, small_business: bool) -> tuple[int, str] | None:
        """The whole-case target (days, calendar|working) of a case."""
        scope = self.target_scope(category, small_business)
        return self.targets[scope] if scope else None


# The small-business target (seed 004: 低压小微企业, 10 days) is for low-voltage customers.
SMALL_BUSINESS_CATEGORIES = ("lv_nonresident",)


def to_rules(rs: RuleSet) -> Rules:
    return Rules(rs.id, rs.code, rs.name, rs.revision,
                 {(lim.stage, lim.category): (lim.applies, lim.days) for lim in rs.limits},
                 {(lim.stage, lim.category): lim.unit for lim in rs.limits if lim.unit},
                 {t.scope: (t.days, t.unit) for t in rs.targets})


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
                                    days=spec["days"].get(category), unit=spec.get("unit", "")))
    return limits


def _targets_from_preset(data: dict) -> list[RuleTarget]:
    return [RuleTarget(scope=scope, days=spec["days"], unit=spec.get("unit", CALENDAR_DAYS))
            for scope, spec in data.get("targets", {}).items()]


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
            if not rs.targets and data.get("targets") and rs.revision == 1:  # a preset from before targets
                rs.targets = _targets_from_preset(data)
            continue
        active = bool(data.get("active")) and not any_active
        any_active = any_active or active
        s.add(RuleSet(code=data["code"], name=data["name"], source=data.get("source", ""),
                      active=active, limits=_limits_from_preset(data), targets=_targets_from_preset(data)))


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
    auth.require(s, auth.ADMINISTER)
    for rs in rule_sets(s):
        rs.active = rs.id == rule_set_id


def save_limits(s: Session, rule_set_id: str,
                table: dict[tuple[str, str], tuple[str, int | None]], *,
                units: dict[str, str] | None = None, targets: dict[str, tuple[int, str] | None] | None = None) -> int:
    """Replace a rule set's cells, and (when given) each stage's responsible unit ("" the station, or a
    department's code) and the whole-case targets (scope -> (days, unit), None to remove); returns its new
    revision."""
    auth.require(s, auth.ADMINISTER)
    rs = s.get(RuleSet, rule_set_id)
    if rs is None:
        raise RuleError("时限规则不存在")
    if units is not None:
        _check_units(s, units)
    if targets is not None:
        _save_targets(rs, targets)
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
                lim = RuleLimit(stage=stage.code, category=category, applies=applies, days=days)
                rs.limits.append(lim)
            else:
                lim.applies, lim.days = applies, days
            if units is not None:
                lim.unit = units.get(stage.code, "")
    rs.revision += 1
    return rs.revision


def _check_units(s: Session, units: dict[str, str]) -> None:
    from .stations import DEPARTMENTS, unit_ids_by_code

    known = {code for code, _ in DEPARTMENTS} | {c for c in unit_ids_by_code(s) if "-" in c}
    for stage, code in units.items():
        if stage not in STAGE_BY_CODE:
            raise RuleError(f"环节代码无效：{stage}")
        if code and code not in known:
            raise RuleError(f"{STAGE_BY_CODE[stage].name}：责任部门代码无效（{code}）")


def _save_targets(rs: RuleSet, targets: dict[str, tuple[int, str] | None]) -> None:
    by_scope = {t.scope: t for t in rs.targets}
    for scope, spec in targets.items():
        if scope not in TARGET_SCOPES:
            raise RuleError(f"全流程时限的适用范围无效：{scope}")
        if spec is None:
            if scope in by_scope:
                rs.targets.remove(by_scope[scope])
            continue
        days, unit = spec
        if unit not in TARGET_UNITS or not (0 < days <= 365):
            raise RuleError(f"{TARGET_SCOPES[scope]}全流程时限：应为 1–365 天或工作日")
        if scope in by_scope:
            by_scope[scope].days, by_scope[scope].unit = days, unit
        else:
            rs.targets.append(RuleTarget(scope=scope, days=days, unit=unit))
