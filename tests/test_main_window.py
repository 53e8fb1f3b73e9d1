from datetime import date
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication

from yekuo_desk.views.main_window import MainWindow

from gui_helpers import wait_loaded

TODAY = date(2026, 11, 20)


def make(qtbot, db):
    w = MainWindow(db, TODAY)
    qtbot.addWidget(w)
    w.show()
    wait_loaded(qtbot, w)
    return w


def test_opens_on_the_due_panel_in_chinese(qtbot, app, demo_db):
    w = make(qtbot, demo_db)
    assert w.tabs.currentWidget() is w.due_panel
    assert w.tabs.tabText(0) == "到期提醒" and w.tabs.tabText(1) == "工单台账"
    assert [a.text() for a in w.menuBar().actions()] == ["文件(&F)", "工单(&C)", "查看(&V)", "设置(&S)", "帮助(&H)"]
    assert w.act_new.shortcut().toString() == "Ctrl+N"
    assert w.due_panel.model.rowCount() > 0


def test_banner_names_the_year_without_a_calendar(qtbot, app, demo_db):
    w = make(qtbot, demo_db)
    assert w.banner.isVisible()
    assert "2027 年的节假日安排尚未确认" in w.banner.text()


def test_shortcuts_switch_views_and_find_focuses_search(qtbot, app, demo_db):
    w = make(qtbot, demo_db)
    w.act_register.trigger()
    assert w.tabs.currentWidget() is w.register
    w.act_due.trigger()
    w.act_find.trigger()
    assert w.tabs.currentWidget() is w.register
    assert QApplication.focusWidget() in (w.register.search, None)


def test_judging_another_day_moves_the_register_too(qtbot, app, demo_db):
    w = make(qtbot, demo_db)
    w.register.status.setCurrentIndex(w.register.status.findData("overdue"))
    wait_loaded(qtbot, w)
    before = w.register.model.rowCount()
    w.due_panel.sig_today_changed.emit(date(2027, 3, 1))
    wait_loaded(qtbot, w)
    assert w.register.model.rowCount() > before


def test_opening_a_case_from_the_due_panel(qtbot, app, demo_db, monkeypatch):
    from yekuo_desk.views import main_window
    opened = []
    monkeypatch.setattr(main_window.CaseDialog, "exec", lambda self: opened.append(self.detail.case_number))
    w = make(qtbot, demo_db)
    w.due_panel.table.setCurrentIndex(w.due_panel.model.index(0, 0))
    w.act_open.trigger()
    assert opened == [w.due_panel.model.index(0, 3).data()]


def test_supervision_tabs_read_their_data_when_shown(qtbot, app, demo_db):
    w = make(qtbot, demo_db)
    assert w.feedback.model.rowCount() == 0  # nothing read at start: the window opens fast
    w.act_tabs[2].trigger()  # Ctrl+5: feedback forms
    wait_loaded(qtbot, w)
    assert w.tabs.currentWidget() is w.feedback and w.feedback.model.rowCount() > 0
    w.act_tabs[0].trigger()  # Ctrl+3: revisit plan
    wait_loaded(qtbot, w)
    assert w.revisit_plan.model.rowCount() > 0 and w.revisit_plan.state.text()
    w.act_tabs[4].trigger()  # Ctrl+7: monthly assessment
    wait_loaded(qtbot, w)
    assert w.assessment.sheet is not None and w.assessment.model.rowCount() > 0


def test_open_on_a_screen_without_a_selection_does_nothing(qtbot, app, demo_db):
    w = make(qtbot, demo_db)
    w.act_tabs[4].trigger()
    w.act_open.trigger()  # no case selection on the assessment screen: no error, nothing opens
    assert w.tabs.currentWidget() is w.assessment


def test_refresh_rereads_the_supervision_screen_on_view(qtbot, app, demo_db):
    from yekuo_desk.services import feedback
    w = make(qtbot, demo_db)
    w.act_tabs[2].trigger()
    wait_loaded(qtbot, w)
    before = w.feedback.model.rowCount()
    st = w.stations[0]
    feedback.add_form(demo_db, feedback.FeedbackInput("complaint", "95598", TODAY, "新投诉", station_id=st.id),
                      today=TODAY)
    w.act_refresh.trigger()
    wait_loaded(qtbot, w)
    assert w.feedback.model.rowCount() == before + 1


def test_due_rows_open_the_form_that_resolves_them(qtbot, app, demo_db, monkeypatch):
    """A stage row opens the case form on that stage; a revisit reminder the revisit dialog of that case."""
    from yekuo_desk.views import main_window, revisit_dialog
    opened = []
    monkeypatch.setattr(main_window.CaseDialog, "exec",
                        lambda self: opened.append(("case", self.detail.case_number, self.current_stage().code)))
    monkeypatch.setattr(revisit_dialog.RevisitDialog, "exec", lambda self: opened.append(
        ("revisit", self.detail.case_number, self.ui.stageCombo.currentData())) or 0)
    w = make(qtbot, demo_db)
    panel = w.due_panel
    stage_row = next(r for r, i in enumerate(panel.model.rows) if i.kind not in ("revisit", "target", "feedback")
                     and i.stage != "acceptance")
    revisit_row = next(r for r, i in enumerate(panel.model.rows) if i.kind == "revisit")
    for row in (stage_row, revisit_row):
        panel.table.setCurrentIndex(panel.model.index(row, 0))
        w.act_open.trigger()
    item, reminder = panel.model.rows[stage_row], panel.model.rows[revisit_row]
    assert opened[0] == ("case", item.case_number, item.stage)
    assert opened[1][:2] == ("revisit", reminder.case_number) and opened[1][2] != "connection"


def test_the_guide_shows_a_screenshot_for_each_task(qtbot, app):
    import re

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from yekuo_desk.views.help_dialogs import GuideDialog, guide_text

    images = re.findall(r"!\[[^\]]*\]\(screenshots/([^)]+)\.png\)", guide_text())
    assert {"first-run", "login", "due", "case-new", "case", "receipt", "register", "revisit-plan", "revisits",
            "feedback", "feedback-form", "notices", "assessment", "dashboard", "items", "report", "settings-rules",
            "settings-calendar", "settings-users", "settings-sync", "about"} <= set(images)
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    for name in images:  # each one is found and drawn in the window's guide, not a broken picture
        picture = dialog.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(f"screenshots/{name}.png"))
        assert picture is not None and not picture.isNull(), name


@pytest.mark.slow
def test_the_screenshots_are_made_from_the_demo_bureau(tmp_path):
    import os
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    env = dict(os.environ, YEKUO_SHOTS_OUT=str(tmp_path))
    for var in ("QT_QPA_PLATFORM", "DISPLAY"):  # the script's own virtual screen: the laptop's 1366×768
        env.pop(var, None)
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "docs/make_screenshots.py", "due", "case", "receipt"], cwd=root, env=env,
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    for name in ("due", "case", "receipt"):
        image = QImage(str(tmp_path / f"{name}.png"))
        assert image.width() >= 900 and image.height() >= 600
        colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}
        assert len(colours) > 8, name  # a screen drawn with its rows, not a blank


def test_the_help_menu_opens_the_guide_and_the_shortcuts(qtbot, app, demo_db, monkeypatch):
    from yekuo_desk.views import help_dialogs
    seen = {}
    monkeypatch.setattr(help_dialogs.GuideDialog, "exec", lambda self: seen.update(guide=self.browser.toPlainText()))
    monkeypatch.setattr(help_dialogs.ShortcutsDialog, "exec", lambda self: seen.update(keys={
        self.table.item(r, 0).text(): self.table.item(r, 1).text() for r in range(self.table.rowCount())}))
    w = make(qtbot, demo_db)
    titles = [a.text() for a in w.menuBar().actions()]
    help_menu = w.menuBar().actions()[titles.index("帮助(&H)")].menu()
    assert [a.text() for a in help_menu.actions() if a.text()] == ["用户手册(&G)", "快捷键(&K)", "校验数据完整性(&V)",
                                                                  "关于(&A)"]
    w.act_guide.trigger()
    assert "用户手册" in seen["guide"] and "到期提醒" in seen["guide"] and "撤回今天的导入" in seen["guide"]
    w.act_shortcuts.trigger()
    assert seen["keys"]["新建工单"] == "Ctrl+N" and seen["keys"]["工单台账"] == "Ctrl+2"


def test_verify_the_data_from_the_help_menu(qtbot, app, demo_db, monkeypatch):
    import sqlite3

    from PySide6.QtWidgets import QMessageBox
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: said.append(self.text() + "\n" + self.detailedText()))
    w = make(qtbot, demo_db)
    w.act_verify.trigger()
    qtbot.waitUntil(lambda: len(said) == 1, timeout=10000)
    assert said[0].startswith("数据完好")
    with sqlite3.connect(demo_db.location) as conn:  # a completion back-dated with a SQLite tool
        number = conn.execute("SELECT c.case_number FROM case_stages s JOIN cases c ON c.id = s.case_id WHERE "
                              "s.completed_on IS NOT NULL AND s.stage = 'plan_reply' LIMIT 1").fetchone()[0]
        conn.execute("UPDATE case_stages SET completed_on = '2020-01-02' WHERE id = (SELECT s.id FROM case_stages s "
                     "JOIN cases c ON c.id = s.case_id WHERE c.case_number = ? AND s.stage = 'plan_reply')", (number,))
    w.act_verify.trigger()
    qtbot.waitUntil(lambda: len(said) == 2, timeout=10000)
    assert "发现 1 处" in said[1] and f"{number} 供电方案答复 完成日期" in said[1] and "2020-01-02" in said[1]


def test_an_import_lists_cases_the_file_says_otherwise_about_and_takes_its_values_on_request(
        qtbot, app, db, station, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    from test_importer import GOOD, row_of, workbook

    from yekuo_desk.services import cases
    from yekuo_desk.services.importer import ALL_COLUMNS, import_cases

    import_cases(db, workbook(tmp_path / "first.xlsx", ALL_COLUMNS, [row_of(GOOD, ALL_COLUMNS)]), today=TODAY)
    path = workbook(tmp_path / "second.xlsx", ALL_COLUMNS, [row_of(dict(GOOD, 户名="王五五"), ALL_COLUMNS)])
    said, choose = [], ["按文件更新"]

    def answer(box):
        said.append(box.text() + "\n" + box.detailedText())
        wanted = [b for b in box.buttons() if choose and choose[0] in b.text()]
        if wanted:
            choose.clear()
            wanted[0].click()
    monkeypatch.setattr(QMessageBox, "exec", answer)
    w = make(qtbot, db)
    w.import_file(str(path), new_stations=False)
    qtbot.waitUntil(lambda: len(said) == 2, timeout=20000)  # the list, then the update it asked for
    assert "数据与文件不同" in said[0] and "登记册为“王五”，文件为“王五五”" in said[0]
    assert "已按文件更新：1" in said[1]
    assert cases.get_case(db, cases.find_case_id(db, "CG-2019-00001"), TODAY).data.customer_name == "王五五"
