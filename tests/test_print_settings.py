"""Settings → Printing: the unit on every paper, A4 or A5 for receipts, the font file; and what each changes
in the papers the app and the command line write."""
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox
import reportlab

from yekuo_desk.documents import fonts
from yekuo_desk.documents.fonts import FontError, check_font_file, cjk_font, configure
from yekuo_desk.services import cases
from yekuo_desk.services.cases import CaseInput
from yekuo_desk.services.print_settings import (
    PrintSettings, PrintSettingsError, load_print_settings, save_print_settings,
)
from yekuo_desk.views.settings_dialog import SettingsDialog

TODAY = date(2026, 11, 20)
ROOT = Path(__file__).parent.parent
LATIN_ONLY = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"  # ships with reportlab: no Chinese glyphs


@pytest.fixture(autouse=True)
def automatic_font():
    yield
    configure(None)  # the font choice is per process: leave it as found


def test_settings_are_saved_and_bad_ones_refused(db):
    assert load_print_settings(db) == PrintSettings()  # 县（市）供电局, A4, automatic font
    save_print_settings(db, PrintSettings(" 澄川县供电局 ", "A5", ""))
    assert load_print_settings(db) == PrintSettings("澄川县供电局", "A5", "")
    with pytest.raises(PrintSettingsError, match="单位名称"):
        save_print_settings(db, PrintSettings("  ", "A4", ""))
    with pytest.raises(PrintSettingsError, match="A4 或 A5"):
        save_print_settings(db, PrintSettings("澄川县供电局", "B5", ""))
    assert load_print_settings(db).paper_size == "A5"  # a refused save changed nothing


def test_a_font_file_that_cannot_print_chinese_is_refused(tmp_path):
    with pytest.raises(FontError, match="找不到字体文件"):
        check_font_file(str(tmp_path / "none.ttf"))
    junk = tmp_path / "junk.ttf"
    junk.write_bytes(b"not a font at all" * 10)
    with pytest.raises(FontError, match="TrueType"):
        check_font_file(str(junk))
    assert LATIN_ONLY.is_file()
    with pytest.raises(FontError, match="缺少中文"):
        check_font_file(str(LATIN_ONLY))
    check_font_file(cjk_font().path)  # the system's Chinese font passes


def test_a_configured_font_is_used_and_a_broken_one_falls_back_with_a_warning(tmp_path):
    system = cjk_font().path
    copy = tmp_path / "我的字体.ttc"
    copy.write_bytes(Path(system).read_bytes())
    configure(str(copy))
    assert cjk_font().path == str(copy) and not cjk_font().warning
    configure(str(LATIN_ONLY))
    assert cjk_font().path == system and "设置的字体文件不可用" in cjk_font().warning
    configure(None)
    assert cjk_font().path == system and not cjk_font().warning


def test_without_any_chinese_font_the_builtin_one_is_used_with_a_warning(monkeypatch):
    monkeypatch.setattr(fonts, "_candidates", lambda: [LATIN_ONLY])
    configure(None)
    assert cjk_font().name == "STSong-Light" and "设置 → 打印" in cjk_font().warning


def test_the_printing_tab(qtbot, app, db, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    dialog = SettingsDialog(db, TODAY)
    qtbot.addWidget(dialog)
    tab = dialog.print_tab
    dialog.tabs.setCurrentWidget(tab)
    dialog.show()
    qtbot.waitUntil(lambda: "正在使用" in tab.font_status.text())  # found on a worker thread
    assert cjk_font().path in tab.font_status.text()
    tab.bureau.setText("澄川县供电局")
    tab.paper.setCurrentIndex(tab.paper.findData("A5"))
    tab.font_path.setText(str(LATIN_ONLY))
    tab.save_button.click()
    assert "缺少中文" in shown[-1] and load_print_settings(db) == PrintSettings()  # nothing saved
    tab.font_path.setText("")
    tab.save_button.click()
    assert shown[-1] == "已保存。" and load_print_settings(db) == PrintSettings("澄川县供电局", "A5", "")


def test_the_receipt_follows_the_settings(db, station, tmp_path):
    """The command line prints on the size set in Settings unless told otherwise, under the unit's name."""
    case_id = cases.create_case(db, CaseInput(station_id=station.id, customer_name="张三", category="resident",
                                              accepted_on=date(2026, 11, 16)), today=TODAY)
    cases.record_completion(db, case_id, "acceptance", date(2026, 11, 17), today=TODAY)
    save_print_settings(db, PrintSettings("澄川县供电局", "A5", ""))
    db.dispose()

    def size_of(*extra):
        out = tmp_path / "r.pdf"
        p = subprocess.run([sys.executable, "main.py", "print", "receipt", "--db", db.location, "--case",
                            "CG-2026-00001", "--stage", "acceptance", "--out", str(out), *extra],
                           capture_output=True, text=True, cwd=ROOT)
        assert p.returncode == 0, p.stderr
        page = PdfReader(str(out)).pages[0]
        assert "澄川县供电局业扩报装书面回执" in page.extract_text()
        return round(float(page.mediabox.width) / 72 * 25.4), round(float(page.mediabox.height) / 72 * 25.4)
    assert size_of() == (148, 210)
    assert size_of("--paper-size", "A4") == (210, 297)
