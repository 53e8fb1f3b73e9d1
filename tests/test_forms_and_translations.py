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
