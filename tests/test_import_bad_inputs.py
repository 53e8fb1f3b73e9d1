"""Issue 14: no ledger a station sends ends in a traceback, a silent loss or a case that looks like another."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from conftest import sign_in
from openpyxl import Workbook
from sqlalchemy import func, select
from test_importer import GOOD, count, row_of, workbook
from xlsx_by_hand import Formula, write_xlsx

from yekuo_desk.cli import main
from yekuo_desk.models import AuditEntry, Station
from yekuo_desk.services import cases
from yekuo_desk.services.importer import LedgerFileError, import_cases

TODAY = date(2026, 11, 20)
BASIC = ["申请编号", "供电所", "户名", "客户类别", "受理日期", "联系电话", "业务受理完成", "现场勘查完成", "供电方案答复完成"]


def ledger(tmp_path, rows: list[dict], headers=BASIC, name="ledger.xlsx"):
    return workbook(tmp_path / name, headers, [row_of(r, headers) for r in rows])


def case_of(db, number):
    return cases.get_case(db, cases.find_case_id(db, number), TODAY)


# ---------------------------------------------------------------- headers

def test_headers_written_another_way_are_taken_and_unknown_ones_refuse_the_file(db, station, tmp_path):
    headers = ["序号", "申请编号", "供电所", "户名", "客户类别", "受理 日期", "业务受理完成时间", "现场勘查完成日期",
               "供电方案答复完成时间", "申请容量（kVA）", "装表接电完成日期"]
    values = [1, "CG-2019-00001", "城关供电所", "王五", "居民", "2019-03-04", "2019-03-05", "2019-03-06", "2019-03-07",
              8, None]
    path = workbook(tmp_path / "variants.xlsx", headers, [values])
    result = import_cases(db, path, today=TODAY)
    assert (result.imported, result.errors) == (1, [])
    assert {s.code: s.completed_on for s in case_of(db, "CG-2019-00001").stages}["plan_reply"] == date(2019, 3, 7)

    typo = ["申请编号", "供电所", "户名", "客户类别", "受理日期", "装表接点完成日期", "备注"]
    path = workbook(tmp_path / "typo.xlsx", typo, [["CG-2019-00002", "城关供电所", "赵六", "居民", "2019-03-04",
                                                    "2019-04-01", "急"]])
    with pytest.raises(LedgerFileError) as err:
        import_cases(db, path, today=TODAY)
    message = str(err.value)
    assert "无法识别的列" in message and "F列“装表接点完成日期”" in message and "G列“备注”" in message
    assert "装表接电完成" in message and "未导入任何工单" in message  # the known headers are listed
    assert count(db) == 1


def test_two_columns_of_the_same_header_refuse_the_file(db, station, tmp_path):
    headers = [*BASIC, "受理日期"]
    path = workbook(tmp_path / "twice.xlsx", headers, [[*row_of(GOOD, BASIC), "2019-03-01"]])
    with pytest.raises(LedgerFileError, match=r"重复的列：J列“受理日期”与E列重复"):
        import_cases(db, path, today=TODAY)
    path = workbook(tmp_path / "twice2.xlsx", [*BASIC, "受理时间"], [[*row_of(GOOD, BASIC), "2019-03-01"]])
    with pytest.raises(LedgerFileError, match="都是“受理日期”"):
        import_cases(db, path, today=TODAY)
    assert count(db) == 0


# ---------------------------------------------------------------- formulas, and a workbook as WPS writes it

def test_a_workbook_with_shared_strings_date_styles_and_worked_out_formulas_imports(db, station, tmp_path):
    rows = [BASIC, ["CG-2019-00001", "城关供电所", "王五", "居民", date(2019, 3, 4), Formula('"138"&"12345678"',
                                                                                     "13812345678"),
                    date(2019, 3, 5), Formula("G2+1", 43530), Formula("H2+1", 43531)]]
    result = import_cases(db, write_xlsx(tmp_path / "wps.xlsx", rows), today=TODAY)
    assert (result.imported, result.errors) == (1, [])
    d = case_of(db, "CG-2019-00001")
    assert d.data.phone == "13812345678" and d.data.accepted_on == date(2019, 3, 4)
    assert {s.code: s.completed_on for s in d.stages}["plan_reply"] == date(2019, 3, 7)


def test_a_formula_never_worked_out_refuses_the_file(db, station, tmp_path):
    rows = [BASIC, ["CG-2019-00001", "城关供电所", "王五", "居民", date(2019, 3, 4), "13812345678", date(2019, 3, 5),
                    Formula("G2+1"), None]]
    with pytest.raises(LedgerFileError, match="H2.*请在 Excel 中保存后再导入"):
        import_cases(db, write_xlsx(tmp_path / "unsaved.xlsx", rows), today=TODAY)
    # openpyxl's own formulas have no value either
    path = ledger(tmp_path, [dict(GOOD, 现场勘查完成="=G2+1")])
    with pytest.raises(LedgerFileError, match="请在 Excel 中保存后再导入"):
        import_cases(db, path, today=TODAY)
    assert count(db) == 0


# ---------------------------------------------------------------- rows

def test_repeated_numbers_name_the_first_row_and_implausible_years_are_refused_by_row(db, station, tmp_path):
    rows = [GOOD, dict(GOOD, 申请编号="CG-2019-00002", 受理日期="2100-01-04"),
            dict(GOOD, 申请编号="CG-2019-00003", 受理日期=datetime(9999, 12, 31)),
            dict(GOOD, 申请编号="CG-2019-00004", 业务受理完成="2150-01-01"),
            dict(GOOD, 申请编号="CG-2019-00005", 受理日期="1985-06-01"),
            dict(GOOD, 申请编号="cg-2019-00001 "),  # the first row's number in another case
            dict(GOOD, 申请编号="CG-2019-00006")]
    result = import_cases(db, ledger(tmp_path, rows), today=TODAY)
    by_row = {(e.row, e.column): e.message for e in result.errors}
    assert "2099" in by_row[(3, "受理日期")] and "2099" in by_row[(4, "受理日期")]
    assert "2099" in by_row[(5, "业务受理完成")]
    assert "早于2000年" in by_row[(6, "受理日期")]
    assert by_row[(7, "申请编号")] == "CG-2019-00001 在本文件中重复（与第2行相同）"
    assert result.imported == 2 and result.refused_rows == 5


def test_over_long_text_is_refused_in_the_import_and_in_the_form(db, station, tmp_path):
    rows = [dict(GOOD, 户名="王" * 10_000), dict(GOOD, 申请编号="CG-2019-00002", 户名="王" * 100)]
    result = import_cases(db, ledger(tmp_path, rows, [*BASIC, "用电地址"]), today=TODAY)
    assert [(e.row, e.column, e.message) for e in result.errors] == [(2, "户名", "最长100字（现为10000字）")]
    assert result.imported == 1
    form = cases.CaseInput(station_id=station.id, customer_name="李四", category="resident",
                           accepted_on=date(2026, 11, 16), address="路" * 201)
    with pytest.raises(cases.CaseError, match="用电地址.*最长200字"):
        cases.create_case(db, form, today=TODAY)


def test_invisible_characters_case_and_spaces_are_normalised_before_checking_and_storing(db, station, tmp_path):
    rows = [dict(GOOD, 供电所="城关\u200b供电所\u00a0", 户名="\ufeff王五", 联系电话="138 1234 5678",
                 申请编号="cg-2019-00001"),
            dict(GOOD, 申请编号="CG-2019-00002", 户名="\u200b\u200b "),
            dict(GOOD, 申请编号="ＣＧ－２０１９－０００３", 户名="（株）鑫旺")]
    result = import_cases(db, ledger(tmp_path, rows), today=TODAY)  # no "unknown station": it is 城关供电所
    assert [(e.row, e.column, e.message) for e in result.errors] == [(3, "户名", "必填")]
    assert result.new_stations == [] and result.imported == 2
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Station).where(Station.kind == "station")) == 1
    d = case_of(db, "CG-2019-00001")
    assert (d.data.customer_name, d.data.phone) == ("王五", "13812345678")
    assert case_of(db, "CG-2019-0003").data.customer_name == "(株)鑫旺"
    # The same case written in small letters is the same case: skipped, not a second one.
    again = import_cases(db, ledger(tmp_path, [dict(GOOD, 申请编号="Cg-2019-00001", 联系电话=13812345678)],
                                    name="again.xlsx"), today=TODAY)
    assert (again.imported, again.skipped_existing, again.differences) == (0, 1, [])


# ---------------------------------------------------------------- cases already in the register

def test_a_case_in_the_register_with_other_data_is_shown_and_updated_only_when_asked(db, station, tmp_path):
    import_cases(db, ledger(tmp_path, [GOOD, dict(GOOD, 申请编号="CG-2019-00002")], name="first.xlsx"), today=TODAY)
    changed = dict(GOOD, 户名="王五五", 现场勘查完成="2019-03-07", 供电方案答复完成="2019-03-08")
    path = ledger(tmp_path, [changed, dict(GOOD, 申请编号="CG-2019-00002"), dict(GOOD, 申请编号="CG-2019-00003")],
                  name="second.xlsx")
    result = import_cases(db, path, today=TODAY)
    assert (result.imported, result.skipped_existing, result.differing_cases) == (1, 1, 1)
    shown = {(d.row, d.column): (d.in_register, d.in_file) for d in result.differences}
    assert shown == {(2, "户名"): ("王五", "王五五"), (2, "现场勘查完成"): ("2019-03-06", "2019-03-07"),
                     (2, "供电方案答复完成"): ("2019-03-07", "2019-03-08")}
    assert str(result.differences[0]) == "第2行 CG-2019-00001“户名”：登记册为“王五”，文件为“王五五”"
    assert case_of(db, "CG-2019-00001").data.customer_name == "王五"  # nothing changed without asking

    # A clerk may not change recorded dates: the row is refused whole, nothing of it written.
    sign_in(db, "城关", "clerk", station.id)
    refused = import_cases(db, path, today=TODAY, update=True)
    assert refused.updated == 0 and refused.refused_rows == 1 and "已记录的日期不能修改" in str(refused.errors[0])
    assert case_of(db, "CG-2019-00001").data.customer_name == "王五"

    sign_in(db, "稽查", "audit")
    done = import_cases(db, path, today=TODAY, update=True)
    assert (done.updated, done.errors, done.differences) == (1, [], [])
    d = case_of(db, "CG-2019-00001")
    assert d.data.customer_name == "王五五"
    assert {s.code: s.completed_on for s in d.stages}["plan_reply"] == date(2019, 3, 8)
    with db.session() as s:
        trail = s.execute(select(AuditEntry.field, AuditEntry.old_value, AuditEntry.new_value, AuditEntry.reason)
                          .where(AuditEntry.reason == "按导入文件 second.xlsx 更新")).all()
    assert ("customer_name", "王五", "王五五", "按导入文件 second.xlsx 更新") in trail and len(trail) == 3
    assert import_cases(db, path, today=TODAY).skipped_existing == 3  # now the same


def test_the_command_line_lists_differences_and_updates_with_the_flag(db, station, tmp_path, capsys):
    import_cases(db, ledger(tmp_path, [GOOD], name="first.xlsx"), today=TODAY)
    db.dispose()
    path = ledger(tmp_path, [dict(GOOD, 户名="王五五")], name="second.xlsx")
    command = ["import-cases", str(path), "--db", str(tmp_path / "test.db"), "--today", "2026-11-20"]
    assert main(command) == 1
    shown = capsys.readouterr()
    assert "登记册为“王五”，文件为“王五五”" in shown.err and "--update" in shown.err
    assert "已存在但不同 1 件" in shown.out
    assert main([*command, "--update"]) == 0
    assert "按文件更新 1 件" in capsys.readouterr().out


def test_a_bad_header_on_the_command_line_is_one_chinese_message(db, tmp_path, capsys):
    wb = Workbook()
    wb.active.append([*BASIC, "供电方案答复完成日期"])
    wb.save(tmp_path / "dup.xlsx")
    db.dispose()
    assert main(["import-cases", str(tmp_path / "dup.xlsx"), "--db", str(tmp_path / "test.db")]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "重复的列" in err and "供电方案答复完成" in err
