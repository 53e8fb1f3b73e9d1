"""Every window and dialog fits the clerks' 1366×768 laptop with a taskbar: at most 1366×720 at its minimum,
so 保存 and 关闭 are never below the screen (issue 10 point 1)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from yekuo_desk.models import Case, FeedbackForm
from yekuo_desk.services.stations import list_stations, list_units

TODAY = date(2026, 11, 20)
LAPTOP_WIDTH, LAPTOP_HEIGHT = 1366, 720  # 768 less a taskbar


def _dialogs(db):
    from yekuo_desk.views.assessment_view import AddItemDialog
    from yekuo_desk.views.case_dialog import CaseDialog
    from yekuo_desk.views.date_reason_dialog import DateReasonDialog
    from yekuo_desk.views.feedback_dialog import FeedbackDialog
    from yekuo_desk.views.notice_dialog import NoticeDialog
    from yekuo_desk.views.revisit_dialog import RevisitDialog
    from yekuo_desk.views.settings_dialog import SettingsDialog

    with db.session() as s:
        case_id = s.scalar(select(Case.id).where(Case.customer_name == "城关顺达汽修厂"))
        form_id = s.scalar(select(FeedbackForm.id).limit(1))
    stations = list_stations(db)
    yield "new case", lambda: CaseDialog(db, stations, TODAY)
    yield "case", lambda: CaseDialog(db, stations, TODAY, case_id)
    yield "new feedback form", lambda: FeedbackDialog(db, list_units(db), TODAY)
    yield "feedback form", lambda: FeedbackDialog(db, list_units(db), TODAY, form_id)
    yield "revisit", lambda: RevisitDialog(db, case_id, TODAY)
    yield "supervision notice", lambda: NoticeDialog(db, list_units(db), TODAY)
    yield "assessment item", lambda: AddItemDialog(db)
    yield "date and reason", lambda: DateReasonDialog("完成", "完成日期", TODAY, reason_label="原因",
                                                      note="已记录为 2026年11月19日。修改须填写原因。")
    yield "settings", lambda: SettingsDialog(db, TODAY)


def test_every_dialog_fits_a_laptop_screen(qtbot, app, demo_db):
    too_big = {}
    for name, make in _dialogs(demo_db):
        dialog = make()
        qtbot.addWidget(dialog)
        need = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        opens = dialog.size()  # the size it opens at
        for what, size in (("minimum", need), ("opens at", opens)):
            if size.width() > LAPTOP_WIDTH or size.height() > LAPTOP_HEIGHT:
                too_big[f"{name}, {what}"] = (size.width(), size.height())
    assert too_big == {}


def test_the_main_window_opens_within_the_screen(qtbot, app, demo_db):
    from yekuo_desk.views.main_window import MainWindow

    window = MainWindow(demo_db, TODAY)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
    need = window.minimumSizeHint()
    assert need.width() <= LAPTOP_WIDTH and need.height() <= LAPTOP_HEIGHT
