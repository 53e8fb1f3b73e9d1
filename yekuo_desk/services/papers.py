"""What the printed papers say about a case, gathered from the register and the deadline engine."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..db import Database
from . import auth
from .cases import CaseDetail, StageRow, case_details, get_case
from .deadlines import S_NOT_APPLICABLE
from .fee_items import fee_items
from .settings_store import get_setting
from .stages import STAGE_BY_CODE, clock_start_text, stage_name
from .stations import list_stations

BUREAU_NAME = "bureau_name"
DEFAULT_BUREAU = "县（市）供电局"
# Seed 000 art. 8: after these stages the customer is told the next stage's limit in writing.
RECEIPT_STAGES = ("acceptance", "plan_reply", "design_review", "completion_inspection")
COMPLAINT_LINES = "95598（国家电网客户服务热线）、12398（能源监管投诉举报热线）"


class PaperError(ValueError):
    """A paper that cannot be made; the message is for the user (Chinese)."""


@dataclass(frozen=True)
class NextStage:
    name: str
    limit_days: int | None
    due_on: date | None
    provisional: bool
    starts_with: str  # when its clock starts (stages.clock_start_text), if it has not started yet


@dataclass(frozen=True)
class ReceiptData:
    bureau: str
    station: str
    station_phone: str
    case_number: str
    customer_name: str
    address: str
    phone: str
    stage: str
    stage_name: str
    done_on: date
    next: NextStage | None
    printed_on: date


def bureau_name(db: Database) -> str:
    with db.session() as s:
        return get_setting(s, BUREAU_NAME, DEFAULT_BUREAU)


def next_timed_stage(detail: CaseDetail, after: str) -> NextStage | None:
    """The first stage after `after` that has a time limit: what the customer waited for next when `after`
    was done. The same whether the receipt is printed that day or reprinted after that stage was recorded."""
    live = [s for s in detail.stages if s.status != S_NOT_APPLICABLE]
    codes = [s.code for s in live]
    for row in live[codes.index(after) + 1:]:
        if row.limit_days is not None:
            return _next(row, set(codes))
    return None


def _next(row: StageRow, applicable: set[str]) -> NextStage:
    waiting = row.start_on is None or row.due_on is None
    return NextStage(row.name, row.limit_days, row.due_on, row.provisional,
                     clock_start_text(row.code, applicable) if waiting else "")


def receipt_stage(stage: str) -> str:
    """A receipt stage by its code or its Chinese name (业务受理, 供电方案答复…); seed 000 art. 8 gives a written
    receipt after these four only."""
    code = stage if stage in STAGE_BY_CODE else next((c for c, d in STAGE_BY_CODE.items() if d.name == stage), stage)
    if code not in RECEIPT_STAGES:
        names = "、".join(f"{STAGE_BY_CODE[c].name}（{c}）" for c in RECEIPT_STAGES)
        raise PaperError(f"“{stage}”之后不出具书面回执；回执只在这些环节办结后出具：{names}")
    return code


def receipt_data(db: Database, case_id: str, stage: str, today: date) -> ReceiptData:
    stage = receipt_stage(stage)
    return _receipt(get_case(db, case_id, today), stage, _station_phones(db), bureau_name(db), today)


def _station_phones(db: Database) -> dict[str, str]:
    return {st.id: st.phone for st in list_stations(db)}


def _receipt(detail: CaseDetail, stage: str, phones: dict[str, str], bureau: str, today: date) -> ReceiptData:
    row = next((s for s in detail.stages if s.code == stage and s.status != S_NOT_APPLICABLE), None)
    if row is None:
        raise PaperError(f"“{stage_name(stage)}”不适用于工单 {detail.case_number}")
    if row.completed_on is None:
        raise PaperError(f"工单 {detail.case_number} 的“{row.name}”尚未完成，不能出具回执")
    return ReceiptData(bureau, detail.station_name, phones.get(detail.station_id, ""), detail.case_number,
                       detail.data.customer_name, detail.data.address, detail.data.phone, stage, row.name,
                       row.completed_on, next_timed_stage(detail, stage), today)


@dataclass(frozen=True)
class AcceptanceData:
    bureau: str
    station: str
    station_phone: str
    station_address: str
    case_number: str
    customer_name: str
    category: str          # code
    accepted_on: date
    stages: list[tuple[str, int | None, str]]  # name, limit in working days, what starts its clock
    rule_set: str
    manager: str = ""
    manager_phone: str = ""
    fee_items: list[tuple[str, str]] = field(default_factory=list)  # item, standard (Settings)
    missing_documents: list[str] = field(default_factory=list)     # what the customer still has to bring
    nonlinear_load: bool = False
    address: str = ""


def acceptance_data(db: Database, case_id: str, today: date) -> AcceptanceData:
    detail = get_case(db, case_id, today)
    station = next((st for st in list_stations(db) if st.id == detail.station_id), None)
    live = [row for row in detail.stages if row.status != S_NOT_APPLICABLE]
    applicable = {row.code for row in live}
    starts = [(row.name, row.limit_days, clock_start_text(row.code, applicable)) for row in live]
    with db.session() as s:
        fees = fee_items(s)
    missing = [d.strip() for d in re.split(r"[、，,；;\n]", detail.data.missing_documents) if d.strip()]
    return AcceptanceData(bureau_name(db), detail.station_name, station.phone if station else "",
                          station.address if station else "", detail.case_number, detail.data.customer_name,
                          detail.data.category, detail.data.accepted_on, starts, detail.rule_set_name,
                          detail.data.manager, detail.data.manager_phone, fees, missing, detail.data.nonlinear_load,
                          detail.data.address)


def receipts_of_day(db: Database, day: date, today: date, station_id: str | None = None) -> list[ReceiptData]:
    """Every receipt owed for stages recorded done on `day` (the day's batch), by station and case number."""
    from sqlalchemy import select

    from ..models import Case, CaseStage

    with db.session() as s:
        station_id = auth.scope(s, station_id)
        q = (select(CaseStage.case_id, CaseStage.stage).join(Case, Case.id == CaseStage.case_id)
             .where(CaseStage.completed_on == day, CaseStage.stage.in_(RECEIPT_STAGES),
                    CaseStage.deleted_at.is_(None), Case.deleted_at.is_(None))
             .order_by(Case.station_id, Case.case_number, CaseStage.seq))
        if station_id:
            q = q.where(Case.station_id == station_id)
        pairs = list(s.execute(q))
        details = case_details(s, list(dict.fromkeys(case_id for case_id, _ in pairs)), today)
    phones, bureau = _station_phones(db), bureau_name(db)
    return [_receipt(details[case_id], stage, phones, bureau, today) for case_id, stage in pairs]
