"""The generated form code and the compiled translation are kept in step with their sources."""
import xml.etree.ElementTree as ET

import pytest

from yekuo_desk.views import build_ui


@pytest.mark.parametrize("ui", sorted(build_ui.FORMS.glob("*.ui")), ids=lambda p: p.name)
def test_generated_form_code_is_current(ui):
    assert build_ui.generated_path(ui).read_text(encoding="utf-8") == build_ui.uic(ui), \
        "run: python3 dev.py ui"


def test_every_string_is_translated():
    root = ET.parse(build_ui.TS).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")]
    assert unfinished == []
    assert build_ui.TS.with_suffix(".qm").stat().st_mtime >= build_ui.TS.stat().st_mtime - 1


def test_the_app_speaks_chinese(app):
    from PySide6.QtCore import QCoreApplication
    assert QCoreApplication.translate("MainWindow", "Case register") == "工单台账"
    assert QCoreApplication.translate("CaseDialog", "Customer name") == "户名"


def test_one_english_word_two_meanings_two_translations(qtbot, app, db):
    """The notice's category is its problem (问题类别); a case's is the customer's (客户类别)."""
    from datetime import date

    from PySide6.QtCore import Qt

    from yekuo_desk.services.stations import list_units
    from yekuo_desk.views.case_dialog import CaseDialog
    from yekuo_desk.views.notice_dialog import NoticeDialog
    from yekuo_desk.views.notice_view import NoticeView

    notice = NoticeDialog(db, list_units(db), date(2026, 11, 20))
    view = NoticeView(db, date(2026, 11, 20))
    case = CaseDialog(db, [], date(2026, 11, 20))
    for w in (notice, view, case):
        qtbot.addWidget(w)
    assert notice.ui.categoryComboLabel.text() == "问题类别"
    assert view.model.headerData(2, Qt.Orientation.Horizontal) == "问题类别"
    assert case.ui.categoryLabel.text() == "客户类别"
