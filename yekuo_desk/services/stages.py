"""The stage catalogue: codes, Chinese names, order and where each stage's clock starts.

Names follow the glossary of shared/domain.md. The time limits themselves are data
(rule sets); only the shape of the process is fixed here.
"""
from __future__ import annotations

from dataclasses import dataclass

# Customer categories (客户类别).
RESIDENT = "resident"
LV_NONRESIDENT = "lv_nonresident"
HV_SINGLE = "hv_single"
HV_DUAL = "hv_dual"
CATEGORIES: dict[str, str] = {
    RESIDENT: "居民",
    LV_NONRESIDENT: "低压非居民",
    HV_SINGLE: "高压单电源",
    HV_DUAL: "高压双电源",
}
CATEGORY_BY_NAME = {v: k for k, v in CATEGORIES.items()}

# The three ledgers (三类台账); "" is none.
LEDGERS: dict[str, str] = {
    "": "无",
    "connect_first": "先接入后改造",
    "in_process": "系统流程在途",
    "pre_advance": "预推进工程",
}
LEDGER_BY_NAME = {v: k for k, v in LEDGERS.items()}

BUSINESS_TYPES = ["低压居民新装", "低压非居民新装", "高压新装", "增容", "临时用电", "分布式光伏并网"]
VOLTAGES = ["220V", "380V", "10kV", "35kV", "110kV"]


@dataclass(frozen=True)
class Anchor:
    """Where a clock starts: the acceptance date, a customer event, another stage's completion, or the
    latest completion of several stages (those of them that apply to the case)."""

    kind: str                    # "accepted" | "customer" | "done" | "latest"
    stage: str = ""              # for "done": the stage whose completion starts the clock
    stages: tuple[str, ...] = ()  # for "latest": the clock starts when all of these that apply are done


@dataclass(frozen=True)
class StageDef:
    code: str
    name: str
    anchors: tuple[Anchor, ...]   # the first anchor whose stage applies to the case is used
    customer_event: str = ""      # for "customer" anchors: what the customer does (shown to the clerk)


ACCEPTED = Anchor("accepted")
CUSTOMER = Anchor("customer")


def _done(stage: str) -> Anchor:
    return Anchor("done", stage)


# Metering and connection starts when the inspection is passed *and the formalities are done*
# (检验合格并办结相关手续): the latest of the passed completion inspection, the signed contract and the
# settled fees, for whichever of them the case has.
FORMALITIES = Anchor("latest", stages=("completion_inspection", "contract", "fees"))


STAGES: tuple[StageDef, ...] = (
    StageDef("acceptance", "业务受理", (ACCEPTED,)),
    StageDef("site_survey", "现场勘查", (_done("acceptance"),)),
    StageDef("plan_reply", "供电方案答复", (ACCEPTED,)),
    StageDef("fees", "业务收费", (_done("plan_reply"),)),
    StageDef("design_review", "设计审核", (CUSTOMER,), "设计送审"),
    StageDef("intermediate_inspection", "中间检查", (CUSTOMER,), "中间检查申请"),
    StageDef("completion_inspection", "竣工检验", (CUSTOMER,), "竣工报验"),
    StageDef("contract", "供用电合同签订", (_done("completion_inspection"), _done("fees"))),
    StageDef("connection", "装表接电", (FORMALITIES, _done("plan_reply"))),
    StageDef("archiving", "资料归档", (_done("connection"),)),
)
STAGE_BY_CODE: dict[str, StageDef] = {s.code: s for s in STAGES}
STAGE_ORDER: dict[str, int] = {s.code: i for i, s in enumerate(STAGES)}
STAGE_BY_NAME: dict[str, str] = {s.name: s.code for s in STAGES}


def stage_name(code: str) -> str:
    stage = STAGE_BY_CODE.get(code)
    return stage.name if stage else code


# How each anchor reads on the customer's papers: the clock described from the same data the engine uses.
_DONE_WORDS = {"completion_inspection": "竣工检验合格", "contract": "供用电合同签订", "fees": "业务费用结清"}


def clock_start_text(code: str, applicable: set[str] | frozenset[str]) -> str:
    """When the stage's clock starts, in the customer's words, for a case whose applicable stages are given
    (e.g. "受理之日", "客户竣工报验之日", "竣工检验合格、业务费用结清之日（以最晚者为准）")."""
    for anchor in STAGE_BY_CODE[code].anchors:
        if anchor.kind == "accepted":
            return "受理之日"
        if anchor.kind == "customer":
            return f"客户{STAGE_BY_CODE[code].customer_event}之日"
        if anchor.kind == "done" and anchor.stage in applicable:
            return f"{_DONE_WORDS.get(anchor.stage, stage_name(anchor.stage) + '完成')}之日"
        if anchor.kind == "latest":
            parts = [_DONE_WORDS.get(c, stage_name(c) + "完成") for c in anchor.stages if c in applicable]
            if len(parts) == 1:
                return f"{parts[0]}之日"
            if parts:
                return f"{'、'.join(parts)}之日（以最晚者为准）"
    return "上一环节完成之日"
