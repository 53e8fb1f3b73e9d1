"""Bringing the old Excel ledger in: headers matched by name, every row checked like the case form.

Valid rows go in together in one transaction; bad rows are reported by row and column
and nothing of them is written. A case already in the register (same station and
case number) is left as it is, so importing the same file twice changes nothing.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from ..db import Database
from ..models import Case, CaseStage, ImportBatch, StagePause, Station
from ..models.base import utcnow
from ..models.case import DONE
from ..models.station import STATION
from . import audit, auth
from .cases import FIELD_LABELS, CaseInput, check_input
from .deadlines import CaseFacts, StageFacts, check_facts, plan_stages
from .engine_context import engine_context
from .pinyin import initials
from .plan_columns import insert_rows
from .revisits import add_supplement
from .stages import CATEGORIES, CATEGORY_BY_NAME, LEDGER_BY_NAME, LEDGERS, STAGE_BY_CODE, STAGES

CASE_COLUMNS = {  # header -> CaseInput field
    "申请编号": "case_number", "供电所": "station", "户名": "customer_name", "客户类别": "category",
    "小微企业": "small_business", "重要客户": "important_load", "有配套工程": "grid_works",
    "台账类别": "ledger", "业务类型": "business_type", "电压等级": "voltage", "申请容量": "capacity_kva",
    "用电地址": "address", "联系人": "contact", "联系电话": "phone", "证件号码": "id_number",
    "客户经理": "manager", "客户经理电话": "manager_phone", "受理日期": "accepted_on",
}
COMPLETION_COLUMNS = {f"{s.name}完成": s.code for s in STAGES}
EVENT_COLUMNS = {f"{s.customer_event}日期": s.code for s in STAGES if s.customer_event}
REQUIRED = ["申请编号", "供电所", "户名", "客户类别", "受理日期"]
ALL_COLUMNS = [*CASE_COLUMNS, *COMPLETION_COLUMNS, *EVENT_COLUMNS]
_TRUE = {"是", "y", "yes", "true", "1", "√", "✓", "有"}
_FALSE = {"否", "n", "no", "false", "0", "", "无", "×"}


class LedgerFileError(ValueError):
    """The file as a whole cannot be imported (not a workbook, headers missing)."""


class UnknownStations(LedgerFileError):
    """The file names stations the register does not know (a typo such as 城关所 is the usual cause): nothing
    is imported until the user confirms they are new (`new_stations=True`, `--new-stations`)."""

    def __init__(self, unknown: dict[str, int], suggestions: dict[str, str]):
        self.unknown, self.suggestions = unknown, suggestions
        lines = [f"“{name}”（{rows} 行）" + (f"，是否应为“{suggestions[name]}”？" if name in suggestions else "")
                 for name, rows in unknown.items()]
        super().__init__("文件中有登记册中没有的供电所，未导入任何工单：\n" + "\n".join(lines)
                         + "\n请改正文件中的所名；确属新设的供电所，确认后再导入（命令行加 --new-stations）。")


def unknown_stations(db: Database, path: str | Path) -> UnknownStations | None:
    """The stations the file names that the register does not have (with the rows naming each and the
    likeliest existing name), or None."""
    import difflib

    columns, data = read_rows(Path(path))
    with db.session() as s:
        known = [st.name for st in s.scalars(select(Station).where(Station.deleted_at.is_(None),
                                                                    Station.kind == STATION))]
    counts: dict[str, int] = {}
    i = columns["供电所"]
    for _, values in data:
        name = _text(values[i]) if i < len(values) else ""
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


@dataclass
class ImportResult:
    batch_id: str = ""  # the import batch (import_batches.withdraw_import), "" when nothing was imported
    imported: int = 0
    skipped_existing: int = 0
    new_stations: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def refused_rows(self) -> int:
        return len({e.row for e in self.errors})


def parse_date(value: object) -> date | None:
    """A date from a cell: a real date, an Excel serial number, or text such as 2025-09-29, 2025/9/29, 2025年9月29日."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 20000 < value < 80000:
            return date(1899, 12, 30) + timedelta(days=int(value))
        raise ValueError("不是有效日期")
    m = re.fullmatch(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*", str(value))
    if not m:
        raise ValueError("日期格式应为 2025-09-29")
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise ValueError("不是有效日期") from None


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _flag(value: object) -> bool:
    t = _text(value).lower()
    if t in _TRUE:
        return True
    if t in _FALSE:
        return False
    raise ValueError("应填“是”或“否”")


def _capacity(value: object) -> float | None:
    if value is None or _text(value) == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    m = re.fullmatch(r"\s*([0-9]+(?:\.[0-9]+)?)\s*(kva|kw|千伏安)?\s*", _text(value).lower())
    if not m:
        raise ValueError("应为数字（kVA）")
    return float(m[1])


def _choice(value: object, by_name: dict[str, str], codes: dict[str, str]) -> str:
    t = _text(value)
    if t in by_name:
        return by_name[t]
    if t in codes:
        return t
    raise ValueError("应为 " + " / ".join(n for n in codes.values() if n != "无"))


def _station_code(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^A-Z]", "", initials(name.removesuffix("供电所")).upper())[:4] or "ZZ"
    base = (base + "X")[: max(2, len(base))]
    code, n = base, 0
    while code in taken:
        code = (base + "ABCDEFGHJKLMNPQRTUWXY"[n % 21] * (1 + n // 21))[:6]
        n += 1
    taken.add(code)
    return code


def _header_key(header: str) -> str:
    """A header as matched: full-width signs folded (NFKC), spaces and a bracketed unit dropped, and a trailing
    日期 / 时间 taken off, so 装表接电完成日期, 装表接电完成时间 and 装表接电 完成 all mean 装表接电完成."""
    key = unicodedata.normalize("NFKC", header)
    key = re.sub(r"\s+", "", key)
    key = re.sub(r"\([^)]*\)$", "", key)
    for suffix in ("日期", "时间"):
        key = key.removesuffix(suffix)
    return key


_KNOWN_BY_KEY = {_header_key(h): h for h in ALL_COLUMNS}


def _sheet_rows(path: Path) -> list[tuple]:
    """The first sheet's rows as values: .xlsx with openpyxl, the old .xls (Excel 97–2003) with calamine."""
    if path.suffix.lower() == ".xls":
        from python_calamine import CalamineWorkbook

        try:
            book = CalamineWorkbook.from_path(str(path))
            return [tuple(None if v == "" else v for v in row) for row in book.get_sheet_by_index(0).to_python()]
        except Exception as exc:
            raise LedgerFileError(f"无法读取 {path.name}：不是有效的 Excel 文件（.xls）") from exc
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise LedgerFileError(f"无法读取 {path.name}：不是有效的 Excel 文件（.xlsx 或 .xls）") from exc
    try:
        return list(wb.worksheets[0].iter_rows(values_only=True))
    finally:
        wb.close()


def read_rows(path: Path) -> tuple[dict[str, int], list[tuple[int, tuple]]]:
    """The known columns (by their name in the template: a header written another obvious way counts too) and
    the non-empty data rows with their Excel row numbers."""
    rows = _sheet_rows(path)
    header = rows[0] if rows else ()
    columns: dict[str, int] = {}
    for i, h in enumerate(header):
        name = _KNOWN_BY_KEY.get(_header_key(_text(h)), _text(h)) if _text(h) else ""
        if name and name not in columns:
            columns[name] = i
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise LedgerFileError("第1行缺少必填列：" + "、".join(missing))
    data = [(n, r) for n, r in enumerate(rows[1:], start=2) if any(_text(v) for v in r)]
    return columns, data


def import_cases(db: Database, path: str | Path, *, today: date | None = None,
                 progress: Callable[[int, int], None] | None = None, new_stations: bool = False) -> ImportResult:
    """Import the file's valid rows. A station name the register does not know raises UnknownStations before
    anything is written, unless `new_stations` confirms those stations are to be created."""
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
        stations = {st.name: st for st in s.scalars(select(Station).where(Station.deleted_at.is_(None), Station.kind == STATION))}
        codes = {st.code for st in stations.values()}
        existing = {(sid, num) for sid, num in s.execute(select(Case.station_id, Case.case_number))}
        seen: set[tuple[str, str]] = set()
        cases, stage_rows, pause_rows = [], [], []
        now = utcnow()
        for done, (row_no, values) in enumerate(data, start=1):
            if progress and done % 500 == 0:
                progress(done, len(data))

            def cell(header: str, values=values) -> object:
                i = columns.get(header)
                return values[i] if i is not None and i < len(values) else None

            errors: list[RowError] = []

            def parsed(header: str, parse: Callable[[object], object], errors=errors, row_no=row_no):
                try:
                    return parse(cell(header))
                except ValueError as exc:
                    errors.append(RowError(row_no, header, str(exc)))
                    return None

            station_name = _text(cell("供电所"))
            number = _text(cell("申请编号"))
            for header in REQUIRED:
                if not _text(cell(header)):
                    errors.append(RowError(row_no, header, "必填"))
            category = parsed("客户类别", lambda v: _choice(v, CATEGORY_BY_NAME, CATEGORIES)) if _text(
                cell("客户类别")) else None
            accepted = parsed("受理日期", parse_date)
            flags = {f: bool(parsed(h, _flag)) for h, f in (("小微企业", "small_business"),
                                                            ("重要客户", "important_load"),
                                                            ("有配套工程", "grid_works"))}
            ledger = parsed("台账类别", lambda v: _choice(v, LEDGER_BY_NAME, LEDGERS) if _text(v) else "") or ""
            capacity = parsed("申请容量", _capacity)
            completions = {code: parsed(h, parse_date) for h, code in COMPLETION_COLUMNS.items()}
            events = {code: parsed(h, parse_date) for h, code in EVENT_COLUMNS.items()}
            if errors or category is None or accepted is None:
                result.errors.extend(errors)
                continue
            station = stations.get(station_name)
            if who.station_id and (station is None or station.id != who.station_id):
                result.errors.append(RowError(row_no, "供电所", f"只能导入本所的工单（{station_name}）"))
                continue
            inp = CaseInput(
                station_id=station.id if station else "pending", customer_name=_text(cell("户名")),
                category=category, accepted_on=accepted, ledger=ledger, capacity_kva=capacity,
                business_type=_text(cell("业务类型")), voltage=_text(cell("电压等级")),
                address=_text(cell("用电地址")), contact=_text(cell("联系人")), phone=_text(cell("联系电话")),
                id_number=_text(cell("证件号码")).upper(), manager=_text(cell("客户经理")),
                manager_phone=_text(cell("客户经理电话")), case_number=number, **flags)
            label_to_header = {v: k for k, v in CASE_COLUMNS.items()}
            for e in check_input(inp, today):
                field_name = next((k for k, v in FIELD_LABELS.items() if v == e.field), "")
                errors.append(RowError(row_no, label_to_header.get(field_name, e.field), e.message))
            facts = {code: StageFacts(code, events.get(code), completions.get(code)) for code in STAGE_BY_CODE}
            cf = CaseFacts(category, inp.important_load, accepted)
            for e in check_facts(cf, facts, ctx.rules, ctx.calendar, today):
                errors.append(RowError(row_no, e.field.removesuffix("日期") if e.field.endswith("完成日期")
                                       else e.field, e.message))
            plans = plan_stages(cf, facts, ctx.rules, ctx.calendar)
            applicable = {p.code for p in plans}
            for code, on in completions.items():
                if on is not None and code not in applicable:
                    errors.append(RowError(row_no, f"{STAGE_BY_CODE[code].name}完成",
                                           "本环节不适用于该客户类别，应留空"))
            if errors:
                result.errors.extend(errors)
                continue
            if station is None:
                auth.require(s, auth.ADMINISTER)  # a new station is the administrator's to make
                station = Station(name=station_name, code=_station_code(station_name, codes),
                                  sort_order=len(stations) + 1)
                s.add(station)
                s.flush()
                stations[station_name] = station
                result.new_stations.append(station_name)
            key = (station.id, number)
            if key in existing:
                result.skipped_existing += 1
                continue
            if key in seen:
                result.errors.append(RowError(row_no, "申请编号", f"{number} 在本文件中重复"))
                continue
            seen.add(key)
            values_ = {k: getattr(inp, k) for k in (
                "customer_name", "category", "accepted_on", "small_business", "important_load", "grid_works",
                "ledger", "business_type", "voltage", "capacity_kva", "address", "contact", "phone",
                "id_number", "manager", "manager_phone", "case_number")}
            case, stages, pauses = insert_rows(dict(station_id=station.id, customer_initials=initials(
                inp.customer_name), **values_), plans, facts, ctx, now)
            cases.append(case)
            stage_rows.extend(stages)
            pause_rows.extend(pauses)
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


def write_refused(source: str | Path, errors: list[RowError], out: str | Path) -> int:
    """A copy of the ledger's refused rows, headers first, with a last column 错误 saying what is wrong in
    each: to correct and import again. Returns how many rows it holds."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    from ..documents.xlsx import safe_text

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
    ws.append([*headers, "错误"])
    for row_no, values in data:
        if row_no in by_row:
            ws.append([safe_text(ws, values[columns[h]]) if columns[h] < len(values) else None for h in headers]
                      + [f"原第{row_no}行：" + "；".join(by_row[row_no])])
    wb.save(out)
    return len(by_row)
