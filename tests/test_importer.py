from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from yekuo_desk.documents.import_template import write_template
from yekuo_desk.models import Case, CaseStage, Station
from yekuo_desk.services import cases
from yekuo_desk.services.importer import (
    ALL_COLUMNS, REQUIRED, LedgerFileError, UnknownStations, import_cases, parse_date, write_refused,
)

TODAY = date(2026, 11, 20)


def workbook(path: Path, headers: list[str], rows: list[list]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(headers)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


GOOD = {
    "申请编号": "CG-2019-00001", "供电所": "城关供电所", "户名": "王五", "客户类别": "居民", "受理日期": "2019-03-04",
    "联系电话": 13812345678, "证件号码": "11010519491231002X", "业务受理完成": datetime(2019, 3, 5),
    "现场勘查完成": "2019/3/6", "供电方案答复完成": "2019年3月7日",
}


def row_of(values: dict, headers: list[str]) -> list:
    return [values.get(h) for h in headers]


def count(db, model=Case):
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_template_has_every_column_and_reads_back(tmp_path):
    path = write_template(tmp_path / "模板.xlsx")
    ws = load_workbook(path).worksheets[0]
    assert [c.value for c in ws[1]] == ALL_COLUMNS
    assert set(REQUIRED) <= set(ALL_COLUMNS)
    assert ws.freeze_panes == "A2"


def test_import_in_any_column_order_then_again_changes_nothing(db, station, tmp_path):
    headers = list(reversed(ALL_COLUMNS))  # matched by name, not position
    second = dict(GOOD, 申请编号="NEW-7", 供电所="新街供电所", 户名="新街鑫旺超市", 客户类别="低压非居民",
                  小微企业="是", 台账类别="先接入后改造", 申请容量="50kVA", 证件号码="91350100M000100Y43",
                  客户经理="李娜", 客户经理电话="13908771234")
    path = workbook(tmp_path / "ledger.xlsx", headers, [row_of(GOOD, headers), row_of(second, headers)])
    result = import_cases(db, path, today=TODAY, new_stations=True)
    assert (result.imported, result.skipped_existing, result.errors) == (2, 0, [])
    assert result.new_stations == ["新街供电所"]
    d = cases.get_case(db, cases.find_case_id(db, "CG-2019-00001"), TODAY)
    assert d.data.phone == "13812345678" and d.data.category == "resident"
    done = {s.code: s.completed_on for s in d.stages}
    assert done["plan_reply"] == date(2019, 3, 7) and d.current_stage == "fees"
    shop = cases.get_case(db, cases.find_case_id(db, "NEW-7"), TODAY)
    assert shop.data.small_business and shop.data.ledger == "connect_first" and shop.data.capacity_kva == 50
    assert (shop.data.manager, shop.data.manager_phone) == ("李娜", "13908771234")
    with db.session() as s:
        assert s.scalar(select(Station.code).where(Station.name == "新街供电所")) == "XJ"
    before = (count(db), count(db, CaseStage))
    again = import_cases(db, path, today=TODAY)
    assert (again.imported, again.skipped_existing) == (0, 2)
    assert (count(db), count(db, CaseStage)) == before


def test_bad_rows_are_reported_by_row_and_column_and_the_good_ones_kept(db, station, tmp_path):
    headers = ALL_COLUMNS
    rows = [
        GOOD,
        dict(GOOD, 申请编号="B-1", 客户类别="工业"),
        dict(GOOD, 申请编号="B-2", 受理日期="2019-13-01"),
        dict(GOOD, 申请编号="B-3", 户名=None),
        dict(GOOD, 申请编号="B-4", 联系电话="12345", 证件号码="110105194912310021"),
        dict(GOOD, 申请编号="B-5", 现场勘查完成=None),  # plan reply done without the survey
        dict(GOOD, 申请编号="B-6", 竣工检验完成="2019-03-09"),  # not a resident's stage
        dict(GOOD, 申请编号="B-7", 小微企业="也许"),
        dict(GOOD),  # the same case number twice in one file
    ]
    path = workbook(tmp_path / "bad.xlsx", headers, [row_of(r, headers) for r in rows])
    result = import_cases(db, path, today=TODAY)
    assert result.imported == 1
    by_row = {(e.row, e.column): e.message for e in result.errors}
    assert "居民" in by_row[(3, "客户类别")]
    assert by_row[(4, "受理日期")] == "不是有效日期"
    assert by_row[(5, "户名")] == "必填"
    assert "11位手机号" in by_row[(6, "联系电话")] and "校验位" in by_row[(6, "证件号码")]
    assert by_row[(7, "供电方案答复完成")] == "上一环节“现场勘查”尚未完成"
    assert "不适用" in by_row[(8, "竣工检验完成")]
    assert by_row[(9, "小微企业")] == "应填“是”或“否”"
    assert "重复" in by_row[(10, "申请编号")]
    assert result.refused_rows == 8
    assert str(result.errors[0]).startswith("第3行“客户类别”：")
    assert count(db) == 1


def test_an_unknown_station_is_listed_and_created_only_when_confirmed(db, station, tmp_path):
    """A misspelt station (城关所) imports nothing and names the likely one; a new one is made only on request."""
    headers = ALL_COLUMNS
    rows = [GOOD, dict(GOOD, 申请编号="CG-2019-00002", 供电所="城关所"), dict(GOOD, 申请编号="CG-2019-00003", 供电所="城关所")]
    path = workbook(tmp_path / "typo.xlsx", headers, [row_of(r, headers) for r in rows])
    with pytest.raises(UnknownStations) as err:
        import_cases(db, path, today=TODAY)
    assert err.value.unknown == {"城关所": 2} and err.value.suggestions == {"城关所": "城关供电所"}
    assert "“城关所”（2 行），是否应为“城关供电所”？" in str(err.value) and "--new-stations" in str(err.value)
    with db.session() as s:
        assert count(db) == 0 and s.scalar(select(func.count()).where(Station.name == "城关所")) == 0
    result = import_cases(db, path, today=TODAY, new_stations=True)
    assert result.imported == 3 and result.new_stations == ["城关所"]


def test_refused_rows_are_saved_with_what_is_wrong_to_import_again(db, station, tmp_path):
    headers = ALL_COLUMNS
    rows = [GOOD, dict(GOOD, 申请编号="B-1", 客户类别="工业"), dict(GOOD, 申请编号="B-2", 联系电话="+8612345")]
    path = workbook(tmp_path / "bad.xlsx", headers, [row_of(r, headers) for r in rows])
    result = import_cases(db, path, today=TODAY)
    out = tmp_path / "refused.xlsx"
    assert write_refused(path, result.errors, out) == 2
    ws = load_workbook(out).active
    assert [c.value for c in ws[1]] == [*ALL_COLUMNS, "错误"]
    assert [ws.cell(r, 1).value for r in (2, 3)] == ["B-1", "B-2"] and ws.max_row == 3
    assert ws.cell(2, len(ALL_COLUMNS) + 1).value.startswith("原第3行：“客户类别”")
    phone = ALL_COLUMNS.index("联系电话") + 1
    assert ws.cell(3, phone).value == "+8612345" and ws.cell(3, phone).data_type == "s"  # text, never a formula
    # Corrected, the file imports; the good row already in is skipped.
    ws.cell(2, 4).value = "居民"
    ws.cell(3, phone).value = "13812345679"
    ws.delete_cols(len(ALL_COLUMNS) + 1)
    ws.parent.save(out)
    again = import_cases(db, out, today=TODAY)
    assert (again.imported, again.errors) == (2, [])


def test_missing_headers_and_not_a_workbook(db, tmp_path):
    path = workbook(tmp_path / "x.xlsx", ["户名", "受理日期"], [["张三", "2019-01-01"]])
    with pytest.raises(LedgerFileError, match="缺少必填列：申请编号、供电所、客户类别"):
        import_cases(db, path, today=TODAY)
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook")
    with pytest.raises(LedgerFileError, match="不是有效的 Excel 文件"):
        import_cases(db, junk, today=TODAY)


def test_a_failure_while_writing_leaves_nothing_half_imported(db, station, tmp_path, monkeypatch):
    headers = ALL_COLUMNS
    rows = [dict(GOOD, 申请编号=f"CG-2019-{i:05d}") for i in range(1, 30)]
    path = workbook(tmp_path / "ledger.xlsx", headers, [row_of(r, headers) for r in rows])
    from yekuo_desk.services import importer

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(importer.audit, "append_many", disk_full)  # the trail is written last
    with pytest.raises(OSError):
        import_cases(db, path, today=TODAY)
    assert count(db) == 0 and count(db, CaseStage) == 0


@pytest.mark.parametrize("value, expected", [
    ("2025-09-29", date(2025, 9, 29)), ("2025/9/29", date(2025, 9, 29)), ("2025.09.29", date(2025, 9, 29)),
    ("2025年9月29日", date(2025, 9, 29)), (45929, date(2025, 9, 29)), (datetime(2025, 9, 29, 8, 0), date(2025, 9, 29)),
    (None, None), ("  ", None),
])
def test_dates_in_the_forms_ledgers_use(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["29/09/2025", "昨天", "2025-02-30", 3])
def test_bad_dates(value):
    with pytest.raises(ValueError):
        parse_date(value)


def test_an_import_is_withdrawn_the_same_day_with_a_reason(db, station, tmp_path):
    from yekuo_desk.services.import_batches import ImportBatchError, list_batches, withdraw_import

    headers = ALL_COLUMNS
    rows = [dict(GOOD, 申请编号=f"CG-2026-{i:05d}", 受理日期="2026-11-16", 业务受理完成=None, 现场勘查完成=None,
                 供电方案答复完成=None) for i in range(1, 4)]
    path = workbook(tmp_path / "十一月台账.xlsx", headers, [row_of(r, headers) for r in rows])
    result = import_cases(db, path, today=TODAY)
    assert result.imported == 3 and [b.count for b in list_batches(db, TODAY)] == [3]
    with pytest.raises(ImportBatchError, match="当天"):
        withdraw_import(db, result.batch_id, "文件选错", today=date(2026, 11, 21))
    with pytest.raises(ImportBatchError, match="原因"):
        withdraw_import(db, result.batch_id, " ", today=TODAY)
    # A case worked since the import keeps the batch in.
    worked = cases.find_case_id(db, "CG-2026-00002")
    cases.record_completion(db, worked, "acceptance", date(2026, 11, 17), today=TODAY)
    with pytest.raises(ImportBatchError, match="CG-2026-00002"):
        withdraw_import(db, result.batch_id, "文件选错", today=TODAY)
    cases.record_completion(db, worked, "acceptance", None, reason="撤回前清除", today=TODAY)  # still worked
    with pytest.raises(ImportBatchError):
        withdraw_import(db, result.batch_id, "文件选错", today=TODAY)

    second = import_cases(db, workbook(tmp_path / "错的文件.xlsx", headers, [row_of(dict(
        rows[0], 申请编号="CG-2026-00009"), headers)]), today=TODAY)
    assert withdraw_import(db, second.batch_id, "文件选错", today=TODAY) == 1
    assert cases.find_case_id(db, "CG-2026-00009") is None and cases.find_case_id(db, "CG-2026-00001")
    with db.session() as s:  # tombstones: the rows are kept, their numbers marked
        kept = s.scalar(select(Case.case_number).where(Case.case_number.like("CG-2026-00009~%")))
        assert kept is not None and s.scalar(select(Case.deleted_at).where(Case.case_number == kept)) is not None
    assert [b.withdrawn for b in list_batches(db, TODAY)] == [True, False]
    with pytest.raises(ImportBatchError, match="已撤回"):
        withdraw_import(db, second.batch_id, "again", today=TODAY)
    # The right file, imported next, brings the number in again.
    third = import_cases(db, workbook(tmp_path / "正确的文件.xlsx", headers, [row_of(dict(
        rows[0], 申请编号="CG-2026-00009", 户名="赵六"), headers)]), today=TODAY)
    assert third.imported == 1
    assert cases.get_case(db, cases.find_case_id(db, "CG-2026-00009"), TODAY).data.customer_name == "赵六"


def test_an_old_xls_ledger_with_headers_written_another_way(db, station, tmp_path):
    """Issue 10: the stations' .xls ledgers, with 受理时间, 装表接电完成日期, a full-width bracket and spaces."""
    import xlwt

    headers = ["申请编号", "供电所", "户名", "客户类别", "受理时间", "联系电话", "申请容量（kVA）", "业务受理 完成",
               "现场勘查完成日期", "供电方案答复完成时间"]
    values = ["CG-2019-00001", "城关供电所", "王五", "居民", datetime(2019, 3, 4), 13812345678, 8,
              datetime(2019, 3, 5), "2019/3/6", datetime(2019, 3, 7)]
    book = xlwt.Workbook()
    sheet = book.add_sheet("台账")
    dated = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for col, (h, v) in enumerate(zip(headers, values)):
        sheet.write(0, col, h)
        sheet.write(1, col, v, dated) if isinstance(v, datetime) else sheet.write(1, col, v)
    book.save(str(tmp_path / "老台账.xls"))
    result = import_cases(db, tmp_path / "老台账.xls", today=TODAY)
    assert (result.imported, result.errors) == (1, [])
    d = cases.get_case(db, cases.find_case_id(db, "CG-2019-00001"), TODAY)
    assert d.data.accepted_on == date(2019, 3, 4) and d.data.phone == "13812345678" and d.data.capacity_kva == 8
    assert {s.code: s.completed_on for s in d.stages}["plan_reply"] == date(2019, 3, 7)
    junk = tmp_path / "坏.xls"
    junk.write_bytes(b"not a workbook")
    with pytest.raises(LedgerFileError, match="不是有效的 Excel 文件（.xls）"):
        import_cases(db, junk, today=TODAY)
