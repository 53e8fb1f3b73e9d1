"""Reading a station's Excel ledger: which column is which, and each cell's value.

Every header is recognised, written the template's way or another obvious one (with or without 日期 / 时间,
with spaces or full-width brackets), or the file is refused before anything is imported, naming the
headers it does not know and listing the ones it does; so are two columns of the same name and formulas
that Excel never worked out.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl.utils import get_column_letter

from .stages import STAGES
from .validation import check_plausible_date, clean_text
from .workcalendar import LAST_YEAR

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
# Columns a ledger may have that hold nothing to import: a running number, and the reason column of the
# refused rows' file (importer.write_refused), so that file imports again once corrected.
IGNORED_COLUMNS = ("序号", "错误")


class LedgerFileError(ValueError):
    """The file as a whole cannot be imported (not a workbook, headers missing, unknown or repeated)."""


def parse_date(value: object) -> date | None:
    """A date from a cell: a real date, an Excel serial number, or text such as 2025-09-29, 2025/9/29, 2025年9月29日;
    refused when implausible (before 2000, or past the working calendar)."""
    if value is None or (isinstance(value, str) and not clean_text(value)):
        return None
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if not 20000 < value < 80000:
            raise ValueError("不是有效日期")
        day = date(1899, 12, 30) + timedelta(days=int(value))
    else:
        m = re.fullmatch(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?", clean_text(value))
        if not m:
            raise ValueError("日期格式应为 2025-09-29")
        try:
            day = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            raise ValueError("不是有效日期") from None
    problem = check_plausible_date(day, last_year=LAST_YEAR - 1)
    if problem:
        raise ValueError(problem)
    return day


def text_of(value: object) -> str:
    """A cell as text, cleaned (validation.clean_text); a whole number typed as a number loses its .0."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean_text(value)


def header_key(header: str) -> str:
    """A header as matched: full-width signs folded (NFKC), spaces and a bracketed unit dropped, and a trailing
    日期 / 时间 taken off, so 装表接电完成日期, 装表接电完成时间 and 装表接电 完成 all mean 装表接电完成."""
    key = unicodedata.normalize("NFKC", clean_text(header))
    key = re.sub(r"\s+", "", key)
    key = re.sub(r"\([^)]*\)$", "", key)
    for suffix in ("日期", "时间"):
        key = key.removesuffix(suffix)
    return key


_KNOWN_BY_KEY = {header_key(h): h for h in [*ALL_COLUMNS, *IGNORED_COLUMNS]}


def _first_sheet_has_formulas(wb) -> bool:
    """Whether the first sheet holds any formula, read from its XML without parsing it (a quick scan)."""
    ws = wb.worksheets[0]
    try:
        stream = wb._archive.open(ws._worksheet_path)
    except (AttributeError, KeyError):
        return True  # cannot tell: check cell by cell
    tail = b""
    with stream:
        while chunk := stream.read(1 << 20):
            if re.search(rb"<(?:\w+:)?f[ >/]", tail + chunk):
                return True
            tail = chunk[-16:]
    return False


def _formulas_without_values(path: Path, rows: list[tuple]) -> list[tuple[int, int]]:
    """(row, column) of each formula cell Excel never worked out: openpyxl reads its cached value as empty."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=False)
    try:
        if not _first_sheet_has_formulas(wb):
            return []
        found = []
        for r, (formulas, values) in enumerate(zip(wb.worksheets[0].iter_rows(values_only=True), rows), start=1):
            for c, (f, v) in enumerate(zip(formulas, values), start=1):
                is_formula = (isinstance(f, str) and f.startswith("=")) or type(f).__name__.endswith("Formula")
                if is_formula and v is None:
                    found.append((r, c))
        return found
    finally:
        wb.close()


def sheet_rows(path: Path) -> list[tuple]:
    """The first sheet's rows as values: .xlsx with openpyxl, the old .xls (Excel 97–2003) with calamine. A
    formula without a worked-out value refuses the file (the value would be read as empty)."""
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
        rows = list(wb.worksheets[0].iter_rows(values_only=True))
    finally:
        wb.close()
    blank = _formulas_without_values(path, rows)
    if blank:
        cells = "、".join(f"{get_column_letter(c)}{r}" for r, c in blank[:10]) + ("…" if len(blank) > 10 else "")
        raise LedgerFileError(f"{path.name} 中有 {len(blank)} 个公式单元格没有计算结果（{cells}），导入会把它们当作空白。"
                              "请在 Excel 中保存后再导入（或把公式粘贴为数值）。")
    return rows


def _header_columns(header: tuple) -> dict[str, int]:
    """Each known column's index; unknown and repeated headers refuse the file, naming them."""
    columns: dict[str, int] = {}
    unknown, repeated = [], []
    for i, cell in enumerate(header):
        written = text_of(cell)
        if not written:
            continue
        name = _KNOWN_BY_KEY.get(header_key(written))
        where = f"{get_column_letter(i + 1)}列“{written}”"
        if name is None:
            unknown.append(where)
        elif name in columns:
            repeated.append(f"{where}与{get_column_letter(columns[name] + 1)}列重复（都是“{name}”）")
        else:
            columns[name] = i
    problems = []
    if unknown:
        problems.append("第1行有无法识别的列：" + "、".join(unknown) + "。\n可识别的列：" + "、".join(ALL_COLUMNS)
                        + "（可带或不带“日期”“时间”；“序号”列不导入）。\n请把列名改为上面的写法，或删去这一列后再导入，以免其中的数据丢失。")
    if repeated:
        problems.append("第1行有重复的列：" + "；".join(repeated) + "。请只保留一列后再导入。")
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        problems.append("第1行缺少必填列：" + "、".join(missing))
    if problems:
        raise LedgerFileError("未导入任何工单。" + "\n".join(problems))
    for name in IGNORED_COLUMNS:
        columns.pop(name, None)
    return columns


def read_rows(path: Path) -> tuple[dict[str, int], list[tuple[int, tuple]]]:
    """The known columns (by their name in the template) and the non-empty data rows with their Excel row
    numbers."""
    rows = sheet_rows(path)
    columns = _header_columns(rows[0] if rows else ())
    data = [(n, r) for n, r in enumerate(rows[1:], start=2) if any(text_of(v) for v in r)]
    return columns, data
