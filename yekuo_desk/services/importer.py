"""Bringing the old Excel ledger in: headers matched by name (ledger_file.py), every row checked like the case
form.

Valid rows go in together in one transaction; bad rows are reported by row and column and nothing of them is
written. A case already in the register (same station and case number) with the same data is left as it is, so
importing the same file twice changes nothing; one whose data differs is reported field by field (register
value, file value) and changed only when asked (`update=True`, `--update`), through the normal change rules:
the right to change recorded dates, a reason, each change in the trail.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select

from ..db import Database
from ..models import Case, CaseStage, ImportBatch, StagePause, Station
from ..models.base import utcnow
from ..models.case import DONE
from ..models.station import STATION
from . import audit, auth
from .cases import FIELD_LABELS, INPUT_FIELDS, CaseError, CaseInput, apply_dates, apply_update, check_input, normalized
from .deadlines import CaseFacts, StageFacts, check_facts, plan_stages
from .engine_context import engine_context
from .ledger_file import (
    ALL_COLUMNS, CASE_COLUMNS, COMPLETION_COLUMNS, EVENT_COLUMNS, IGNORED_COLUMNS, REQUIRED, LedgerFileError,
    parse_date, read_rows, text_of,
)
from .pinyin import initials
from .plan_columns import insert_rows
from .revisits import add_supplement
from .stages import CATEGORIES, CATEGORY_BY_NAME, LEDGER_BY_NAME, LEDGERS, STAGE_BY_CODE
from .stations import suggest_code
from .validation import clean_number
from .workcalendar import CalendarRangeError

__all__ = ["ALL_COLUMNS", "IGNORED_COLUMNS", "REQUIRED", "LedgerFileError", "parse_date", "import_cases",
           "write_refused", "UnknownStations", "unknown_stations", "ImportResult", "RowError", "Difference"]

_TRUE = {"是", "y", "yes", "true", "1", "√", "✓", "有"}
_FALSE = {"否", "n", "no", "false", "0", "", "无", "×"}
_HEADER_OF_FIELD = {f: h for h, f in CASE_COLUMNS.items()}
_DATE_COLUMNS = {**{h: (code, "completed_on") for h, code in COMPLETION_COLUMNS.items()},
                 **{h: (code, "customer_event_on") for h, code in EVENT_COLUMNS.items()}}


class UnknownStations(LedgerFileError):
    """The file names stations the register does not know (a typo such as 城关所 is the usual cause): nothing
    is imported until the user confirms they are new (`new_stations=True`, `--new-stations`)."""

    def __init__(self, unknown: dict[str, int], suggestions: dict[str, str]):
        self.unknown, self.suggestions = unknown, suggestions
        lines = [f"“{name}”（{rows} 行）" + (f"，是否应为“{suggestions[name]}”？" if name in suggestions else "")
                 for name, rows in unknown.items()]
        super().__init__("文件中有登记册中没有的供电所，未导入任何工单：\n" + "\n".join(lines)
                         + "\n请改正文件中的所名；确属新设的供电所，确认后再导入（命令行加 --new-stations）。")


def _known_stations(s) -> dict[str, Station]:
    return {st.name: st for st in s.scalars(select(Station).where(Station.deleted_at.is_(None),
                                                                  Station.kind == STATION))}


def unknown_stations(db: Database, path: str | Path) -> UnknownStations | None:
    """The stations the file names that the register does not have (with the rows naming each and the
    likeliest existing name), or None."""
    import difflib

    columns, data = read_rows(Path(path))
    with db.session() as s:
        known = list(_known_stations(s))
    counts: dict[str, int] = {}
    i = columns["供电所"]
    for _, values in data:
        name = text_of(values[i]) if i < len(values) else ""
        if name and name not in known:
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    suggestions = {}
    for name in counts:
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.4)
        if close:
            suggestions[name] = close[0]
    return UnknownStations(counts, suggestions)


@dataclass(frozen=True)
class RowError:
    row: int       # the Excel row number (headers are row 1)
    column: str    # the header of the bad cell, or "" for the row as a whole
    message: str

    def __str__(self) -> str:
        where = f"第{self.row}行" + (f"“{self.column}”" if self.column else "")
        return f"{where}：{self.message}"


@dataclass(frozen=True)
class Difference:
    """A case already in the register whose file row says otherwise, one field."""
    row: int
    case_number: str
    column: str
    in_register: str
    in_file: str

    def __str__(self) -> str:
        return (f"第{self.row}行 {self.case_number}“{self.column}”：登记册为“{self.in_register or '（空）'}”，"
                f"文件为“{self.in_file}”")


@dataclass
class ImportResult:
    batch_id: str = ""  # the import batch (import_batches.withdraw_import), "" when nothing was imported
    imported: int = 0
    skipped_existing: int = 0  # already in the register with the same data
    updated: int = 0           # already in the register, changed to the file's values (update=True)
    new_stations: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    differences: list[Difference] = field(default_factory=list)  # left as they are unless update=True

    @property
    def refused_rows(self) -> int:
        return len({e.row for e in self.errors})

    @property
    def differing_cases(self) -> int:
        """Cases in the register whose file rows differ and were not changed."""
        return len({d.row for d in self.differences})


def _flag(value: object) -> bool:
    t = text_of(value).lower()
    if t in _TRUE:
        return True
    if t in _FALSE:
        return False
    raise ValueError("应填“是”或“否”")


def _capacity(value: object) -> float | None:
    if value is None or text_of(value) == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    m = re.fullmatch(r"([0-9]+(?:\.[0-9]+)?)\s*(kva|kw|千伏安)?", text_of(value).lower())
    if not m:
        raise ValueError("应为数字（kVA）")
    return float(m[1])


def _choice(value: object, by_name: dict[str, str], codes: dict[str, str]) -> str:
    t = text_of(value)
    if t in by_name:
        return by_name[t]
    if t in codes:
        return t
    raise ValueError("应为 " + " / ".join(n for n in codes.values() if n != "无"))


@dataclass
class LedgerRow:
    """One data row read and checked: what the case form would hold, its stage dates, and what is wrong."""
    row: int
    station_name: str
    number: str
    given: set[str]  # the headers whose cells are not empty
    errors: list[RowError]
    inp: CaseInput | None = None
    completions: dict[str, date | None] = field(default_factory=dict)
    events: dict[str, date | None] = field(default_factory=dict)


def parse_row(columns: dict[str, int], row_no: int, values: tuple, today: date) -> LedgerRow:
    """A row as the case form would take it (normalised, validation.py); the cells' own problems in `errors`."""
    def cell(header: str) -> object:
        i = columns.get(header)
        return values[i] if i is not None and i < len(values) else None

    given = {h for h in columns if text_of(cell(h))}
    out = LedgerRow(row_no, text_of(cell("供电所")), clean_number(cell("申请编号")), given, [])

    def parsed(header: str, parse: Callable[[object], object]):
        try:
            return parse(cell(header))
        except ValueError as exc:
            out.errors.append(RowError(row_no, header, str(exc)))
            return None

    for header in REQUIRED:
        if header not in given:
            out.errors.append(RowError(row_no, header, "必填"))
    category = parsed("客户类别", lambda v: _choice(v, CATEGORY_BY_NAME, CATEGORIES)) if "客户类别" in given else None
    accepted = parsed("受理日期", parse_date)
    flags = {f: bool(parsed(h, _flag)) for h, f in (("小微企业", "small_business"), ("重要客户", "important_load"),
                                                    ("有配套工程", "grid_works"))}
    ledger = parsed("台账类别", lambda v: _choice(v, LEDGER_BY_NAME, LEDGERS) if text_of(v) else "") or ""
    capacity = parsed("申请容量", _capacity)
    out.completions = {code: parsed(h, parse_date) for h, code in COMPLETION_COLUMNS.items()}
    out.events = {code: parsed(h, parse_date) for h, code in EVENT_COLUMNS.items()}
    if out.errors or category is None or accepted is None:
        return out
    out.inp = normalized(CaseInput(
        station_id="pending", customer_name=text_of(cell("户名")), category=category, accepted_on=accepted,
        ledger=ledger, capacity_kva=capacity, business_type=text_of(cell("业务类型")),
        voltage=text_of(cell("电压等级")), address=text_of(cell("用电地址")), contact=text_of(cell("联系人")),
        phone=text_of(cell("联系电话")), id_number=text_of(cell("证件号码")), manager=text_of(cell("客户经理")),
        manager_phone=text_of(cell("客户经理电话")), case_number=out.number, **flags))
    for e in check_input(out.inp, today):
        name = next((k for k, v in FIELD_LABELS.items() if v == e.field), "")
        out.errors.append(RowError(row_no, _HEADER_OF_FIELD.get(name, e.field), e.message))
    return out


def _check_plan(row: LedgerRow, ctx, today: date):
    """The row's stages planned by the engine, with what the dates break added to the row's errors."""
    inp = row.inp
    facts = {code: StageFacts(code, row.events.get(code), row.completions.get(code)) for code in STAGE_BY_CODE}
    cf = CaseFacts(inp.category, inp.important_load, inp.accepted_on)
    try:
        for e in check_facts(cf, facts, ctx.rules, ctx.calendar, today):
            row.errors.append(RowError(row.row, e.field.removesuffix("日期") if e.field.endswith("完成日期")
                                       else e.field, e.message))
        plans = plan_stages(cf, facts, ctx.rules, ctx.calendar)
    except CalendarRangeError as exc:
        row.errors.append(RowError(row.row, "", str(exc)))
        return facts, []
    applicable = {p.code for p in plans}
    for code, on in row.completions.items():
        if on is not None and code not in applicable:
            row.errors.append(RowError(row.row, f"{STAGE_BY_CODE[code].name}完成", "本环节不适用于该客户类别，应留空"))
    return facts, plans


def import_cases(db: Database, path: str | Path, *, today: date | None = None,
                 progress: Callable[[int, int], None] | None = None, new_stations: bool = False,
                 update: bool = False) -> ImportResult:
    """Import the file's valid rows. A station name the register does not know raises UnknownStations before
    anything is written, unless `new_stations` confirms those stations are to be created. Cases already in the
    register whose data differ are listed in `differences`, or changed to the file's values with `update`."""
    today = today or date.today()
    path = Path(path)
    if not new_stations:
        unknown = unknown_stations(db, path)
        if unknown is not None:
            raise unknown
    columns, data = read_rows(path)
    result = ImportResult()
    with db.transaction() as s:
        who = auth.require(s, auth.WRITE_CASES)
        ctx = engine_context(s)
        stations = _known_stations(s)
        codes = {st.code for st in stations.values()}
        existing = {(sid, clean_number(num)): cid for cid, sid, num in s.execute(
            select(Case.id, Case.station_id, Case.case_number).where(Case.deleted_at.is_(None)))}
        first_row: dict[tuple[str, str], int] = {}
        matched: list[tuple[LedgerRow, str]] = []
        cases, stage_rows, pause_rows = [], [], []
        now = utcnow()
        for done, (row_no, values) in enumerate(data, start=1):
            if progress and done % 500 == 0:
                progress(done, len(data))
            row = parse_row(columns, row_no, values, today)
            if row.inp is None:
                result.errors.extend(row.errors)
                continue
            station = stations.get(row.station_name)
            if who.station_id and (station is None or station.id != who.station_id):
                result.errors.append(RowError(row_no, "供电所", f"只能导入本所的工单（{row.station_name}）"))
                continue
            facts, plans = _check_plan(row, ctx, today)
            if row.errors:
                result.errors.extend(row.errors)
                continue
            if station is None:
                auth.require(s, auth.ADMINISTER)  # a new station is the administrator's to make
                station = Station(name=row.station_name, code=suggest_code(row.station_name, codes),
                                  sort_order=len(stations) + 1)
                s.add(station)
                s.flush()
                stations[row.station_name] = station
                result.new_stations.append(row.station_name)
            key = (station.id, row.number)
            if key in first_row:
                result.errors.append(RowError(row_no, "申请编号", f"{row.number} 在本文件中重复（与第{first_row[key]}行相同）"))
                continue
            first_row[key] = row_no
            if key in existing:
                matched.append((row, existing[key]))
                continue
            values_ = {k: getattr(row.inp, k) for k in (
                "customer_name", "category", "accepted_on", "small_business", "important_load", "grid_works",
                "ledger", "business_type", "voltage", "capacity_kva", "address", "contact", "phone",
                "id_number", "manager", "manager_phone", "case_number")}
            case, stages, pauses = insert_rows(dict(station_id=station.id, customer_initials=initials(
                row.inp.customer_name), **values_), plans, facts, ctx, now)
            cases.append(case)
            stage_rows.extend(stages)
            pause_rows.extend(pauses)
        _compare_existing(s, matched, result, update, f"按导入文件 {path.name} 更新", today)
        if cases:
            batch = ImportBatch(file_name=path.name[:200], imported_on=today, user=audit.current_user(s),
                                count=len(cases))
            s.add(batch)
            s.flush()
            result.batch_id = batch.id
            for case in cases:
                case["import_batch_id"] = batch.id
            s.execute(insert(Case), cases)
            s.execute(insert(CaseStage), stage_rows)
            if pause_rows:
                s.execute(insert(StagePause), pause_rows)
            # Every recorded date enters the trail with the case (its first word), in one chained batch.
            audit.append_many(s, audit.facts_of_batch(cases, stage_rows, pause_rows, f"导入 {path.name}"))
            for case in cases:
                if case["state"] != DONE:  # still to be connected: a call on entry, as for a case typed in
                    add_supplement(s, case["id"], case["case_number"], case["station_id"], today)
        result.imported = len(cases)
    if progress:
        progress(len(data), len(data))
    return result


# ---------------------------------------------------------------- cases already in the register

def _shown(value: object, name: str = "") -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, date):
        return f"{value:%Y-%m-%d}"
    if isinstance(value, float):
        return f"{value:g}"
    if name == "category":
        return CATEGORIES.get(value, value)
    if name == "ledger":
        return LEDGERS.get(value, value)
    return str(value)


def _row_differences(row: LedgerRow, case: dict, dates: dict[tuple[str, str], date | None]
                     ) -> tuple[dict[str, object], dict[tuple[str, str], date], list[Difference]]:
    """What the file row changes in a case of the register: fields, stage dates and the differences to show.
    An empty cell in the file says nothing (it neither clears nor differs)."""
    fields, changed_dates, shown = {}, {}, []
    for header, name in CASE_COLUMNS.items():
        if header in row.given and name in INPUT_FIELDS and name != "case_number":
            mine, theirs = getattr(row.inp, name), case[name]
            if mine != theirs:
                fields[name] = mine
                shown.append(Difference(row.row, row.number, header, _shown(theirs, name), _shown(mine, name)))
    for header, (code, attr) in _DATE_COLUMNS.items():
        if header in row.given:
            mine = (row.completions if attr == "completed_on" else row.events).get(code)
            theirs = dates.get((code, attr))
            if mine != theirs:
                changed_dates[(code, attr)] = mine
                shown.append(Difference(row.row, row.number, header, _shown(theirs), _shown(mine)))
    return fields, changed_dates, shown


def _compare_existing(s, matched: list[tuple[LedgerRow, str]], result: ImportResult, update: bool, reason: str,
                      today: date) -> None:
    """Cases of the file already in the register: the same data is skipped; differences are listed, or with
    `update` written through the change rules, each case whole or not at all (a savepoint)."""
    names = [n for n in INPUT_FIELDS if n != "case_number"]
    for lo in range(0, len(matched), 500):
        chunk = matched[lo:lo + 500]
        ids = [cid for _, cid in chunk]
        cols = [getattr(Case, n) for n in names]
        registered = {r[0]: dict(zip(names, r[1:])) for r in s.execute(select(Case.id, *cols).where(Case.id.in_(ids)))}
        dates: dict[str, dict] = {cid: {} for cid in ids}
        for cid, code, done, event in s.execute(
                select(CaseStage.case_id, CaseStage.stage, CaseStage.completed_on, CaseStage.customer_event_on)
                .where(CaseStage.case_id.in_(ids), CaseStage.deleted_at.is_(None))):
            dates[cid][(code, "completed_on")] = done
            dates[cid][(code, "customer_event_on")] = event
        for row, cid in chunk:
            fields, changed_dates, shown = _row_differences(row, registered[cid], dates[cid])
            if not shown:
                result.skipped_existing += 1
            elif not update:
                result.differences.extend(shown)
            else:
                _update_case(s, cid, registered[cid], fields, changed_dates, row, result, reason, today)


def _update_case(s, case_id: str, current: dict, fields: dict, changed_dates: dict, row: LedgerRow,
                 result: ImportResult, reason: str, today: date) -> None:
    try:
        with s.begin_nested():
            case = s.get(Case, case_id)
            auth.require(s, auth.WRITE_CASES, case.station_id)
            if fields:
                inp = replace(CaseInput(**current, case_number=case.case_number), **fields)
                apply_update(s, case, inp, reason, today)
            if changed_dates:
                apply_dates(s, case, changed_dates, reason, today)
    except CaseError as exc:
        result.errors.extend(RowError(row.row, e.field, e.message) for e in exc.errors)
        return
    except auth.AuthError as exc:
        result.errors.append(RowError(row.row, "", str(exc)))
        return
    result.updated += 1


def write_refused(source: str | Path, errors: list[RowError], out: str | Path) -> int:
    """A copy of the ledger's refused rows, headers first, with a last column 错误 saying what is wrong in
    each: to correct and import again. Returns how many rows it holds."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    from ..documents.xlsx import append, save_workbook

    by_row: dict[int, list[str]] = {}
    for e in errors:
        by_row.setdefault(e.row, []).append((f"“{e.column}”" if e.column else "") + e.message)
    columns, data = read_rows(Path(source))
    headers = sorted(columns, key=columns.get)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("被拒绝的行")
    for i in range(1, len(headers) + 1):
        ws.column_dimensions[get_column_letter(i)].width = 14
    ws.column_dimensions[get_column_letter(len(headers) + 1)].width = 60
    append(ws, [*headers, "错误"])
    for row_no, values in data:
        if row_no in by_row:
            append(ws, [values[columns[h]] if columns[h] < len(values) else None for h in headers]
                      + [f"原第{row_no}行：" + "；".join(by_row[row_no])])
    save_workbook(wb, out)
    return len(by_row)
