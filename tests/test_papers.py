"""Printed papers: their text is extracted (pypdf and pdftotext) and checked; the CJK font is embedded."""
import shutil
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader

from yekuo_desk.documents.acceptance import write_card, write_notice
from yekuo_desk.documents.fonts import cjk_font
from yekuo_desk.documents.receipt import write_receipt
from yekuo_desk.services import cases
from yekuo_desk.services.cases import CaseInput
from yekuo_desk.services.papers import PaperError, acceptance_data, receipt_data

TODAY = date(2026, 11, 20)


def text_of(path) -> str:
    return "".join(page.extract_text() for page in PdfReader(str(path)).pages)


def embedded_fonts(path) -> set[str]:
    names = set()
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor and any(k in descriptor.get_object() for k in ("/FontFile2", "/FontFile", "/FontFile3")):
                names.add(str(font["/BaseFont"]))
    return names


@pytest.fixture
def accepted_case(db, station):
    case_id = cases.create_case(db, CaseInput(station_id=station.id, customer_name="澄川物流股份有限公司",
                                              category="hv_single", accepted_on=date(2026, 11, 16),
                                              address="澄川县龙潭镇东风社区78号", phone="18891519085"), today=TODAY)
    cases.record_completion(db, case_id, "acceptance", date(2026, 11, 17), today=TODAY)
    return case_id


def test_a_receipt_tells_the_next_stage_its_limit_and_due_date(db, accepted_case, tmp_path):
    path = write_receipt(tmp_path / "r.pdf", receipt_data(db, accepted_case, "acceptance", TODAY))
    text = text_of(path)
    for part in ("客户联", "存根联"):
        assert part in text
    assert text.count("CG-2026-00001") == 2 and "澄川物流股份有限公司" in text and "龙潭镇东风社区78号" in text
    assert "业务受理" in text and "2026年11月17日" in text
    # 高压单电源: 15 working days from acceptance (2026-11-16) for the supply plan reply.
    assert "“供电方案答复”的办理时限为 15 个工作日" in text and "2026年12月7日" in text
    assert "95598" in text and "12398" in text and "0877-6012345" in text
    assert len(PdfReader(str(path)).pages) == 1
    if shutil.which("pdftotext"):
        layout = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
        assert "2026年12月7日" in layout and "经办人（签字）" in layout
    assert cjk_font().path and embedded_fonts(path)  # a TrueType CJK font, embedded


def test_a_provisional_due_date_is_marked(db, station, tmp_path):
    # 30 working days from 2026-11-20 end on 2027-01-01 counted on weekends only: the 2027 holidays are not published yet.
    case_id = cases.create_case(db, CaseInput(station_id=station.id, customer_name="张三", category="hv_dual",
                                              accepted_on=date(2026, 11, 20)), today=TODAY)
    cases.record_completion(db, case_id, "acceptance", date(2026, 11, 20), today=TODAY)
    text = text_of(write_receipt(tmp_path / "r.pdf", receipt_data(db, case_id, "acceptance", TODAY)))
    assert "30 个工作日" in text and "2027年1月1日" in text and "2027年节假日安排公布前为暂定日期" in text


def test_a_customer_driven_next_stage_says_when_its_clock_starts(db, station, tmp_path):
    case_id = cases.create_case(db, CaseInput(station_id=station.id, customer_name="张三", category="lv_nonresident",
                                              accepted_on=date(2026, 11, 2)), today=TODAY)
    for code, on in [("acceptance", 3), ("site_survey", 4), ("plan_reply", 6)]:
        cases.record_completion(db, case_id, code, date(2026, 11, on), today=TODAY)
    text = text_of(write_receipt(tmp_path / "r.pdf", receipt_data(db, case_id, "plan_reply", TODAY)))
    assert "“竣工检验”的办理时限为 5 个工作日，自您竣工报验之日起计算" in text


def test_no_receipt_for_a_stage_not_done_or_unknown(db, accepted_case):
    with pytest.raises(PaperError, match="尚未完成"):
        receipt_data(db, accepted_case, "plan_reply", TODAY)
    with pytest.raises(PaperError, match="环节代码无效"):
        receipt_data(db, accepted_case, "payment", TODAY)
    with pytest.raises(PaperError, match="不适用"):
        receipt_data(db, accepted_case, "design_review", TODAY)


def test_the_acceptance_papers(db, accepted_case, tmp_path):
    data = acceptance_data(db, accepted_case, TODAY)
    notice = text_of(write_notice(tmp_path / "n.pdf", data))
    assert "用电业务办理告知书" in notice and "项目批复" in notice and "一证受理" in notice
    assert "三不指定" in notice and "自主选择" in notice and "收费" in notice
    assert "供电方案答复" in notice and "15 个工作日" in notice and "7 个工作日" in notice  # completion inspection
    card = text_of(write_card(tmp_path / "c.pdf", data, "A5"))
    assert "业务联系卡" in card and "CG-2026-00001" in card and "0877-6012345" in card
