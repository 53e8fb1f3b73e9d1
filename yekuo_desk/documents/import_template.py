"""The empty ledger template offered for import: the headers the importer matches, with notes."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..services.ledger_file import ALL_COLUMNS, REQUIRED
from ..services.stages import CATEGORIES, LEDGERS
from .xlsx import finish_sheet, save_workbook, write_header

NOTES = [
    ("申请编号", "必填。同一供电所内唯一，如 CG-2026-00001"),
    ("供电所", "必填。与系统中的供电所名称一致；新名称会新建供电所"),
    ("户名", "必填"),
    ("客户类别", "必填：" + " / ".join(CATEGORIES.values())),
    ("小微企业 / 重要客户 / 有配套工程", "填“是”或“否”，空白为否"),
    ("台账类别", "可空：" + " / ".join(v for v in LEDGERS.values() if v != "无")),
    ("申请容量", "数字，单位 kVA"),
    ("联系电话", "11位手机号或带区号的固定电话"),
    ("证件号码", "18位身份证号或统一社会信用代码，可空（一证受理后补）"),
    ("客户经理 / 客户经理电话", "可空。印在业务联系卡上，客户有事找他"),
    ("受理日期 及各“…完成”“…日期”列", "必填受理日期；日期写作 2025-09-29，或使用 Excel 日期"),
    ("重复导入", "已存在的工单（同供电所、同申请编号）会跳过，不会重复"),
]


def write_template(path: str | Path) -> Path:
    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "工单"
    write_header(ws, ALL_COLUMNS, [max(10, 2 * len(h) + 2) for h in ALL_COLUMNS])
    for i, header in enumerate(ALL_COLUMNS, start=1):
        if header in REQUIRED:  # required headers in red
            ws.cell(row=1, column=i).font = Font(bold=True, color="C00000")
    column = get_column_letter(ALL_COLUMNS.index("客户类别") + 1)
    dv = DataValidation(type="list", formula1='"' + ",".join(CATEGORIES.values()) + '"', allow_blank=False)
    ws.add_data_validation(dv)
    dv.add(f"{column}2:{column}5000")
    finish_sheet(ws)
    notes = wb.create_sheet("填写说明")
    write_header(notes, ["列", "说明"], [34, 70])
    for row in NOTES:
        notes.append(list(row))
    path.parent.mkdir(parents=True, exist_ok=True)
    save_workbook(wb, path)
    return path
