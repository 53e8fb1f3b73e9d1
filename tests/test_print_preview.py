from datetime import date

import pytest

from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from yekuo_desk.services import cases
from yekuo_desk.services.cases import CaseInput
from yekuo_desk.services.stations import list_stations
from yekuo_desk.views import case_dialog
from yekuo_desk.views.case_dialog import CaseDialog
from yekuo_desk.documents.receipt import write_receipts
from yekuo_desk.services.papers import receipt_data
from yekuo_desk.views.print_preview import PrintError, page_images, paint_pages, preview, printer_for
from gui_helpers import settle

TODAY = date(2026, 11, 20)


def a_case_with_acceptance(db, station):
    case_id = cases.create_case(db, CaseInput(station_id=station.id, customer_name="张三", category="resident",
                                              accepted_on=date(2026, 11, 16)), today=TODAY)
    cases.record_completion(db, case_id, "acceptance", date(2026, 11, 17), today=TODAY)
    return case_id


def test_the_case_form_prints_a_receipt_for_a_completed_stage(qtbot, app, db, station, monkeypatch, tmp_path):
    dialog = CaseDialog(db, list_stations(db), TODAY, a_case_with_acceptance(db, station))
    qtbot.addWidget(dialog)
    dialog.ui.stagesTable.selectRow(1)  # site survey: not done, no receipt
    assert not dialog.print_button.isEnabled()
    dialog.ui.stagesTable.selectRow(0)
    assert dialog.print_button.isEnabled()
    shown = []
    monkeypatch.setattr("yekuo_desk.views.print_preview.show_preview", lambda parent, path, title: shown.append(
        (path, title)))
    dialog.print_button.click()
    path, title = shown[0]
    assert title == "回执 CG-2026-00001"
    text = "".join(p.extract_text() for p in PdfReader(str(path)).pages)
    assert "业扩报装书面回执" in text and "供电方案答复" in text


def test_the_preview_renders_the_pages_and_prints_them(qtbot, app, db, station, tmp_path):
    dialog = CaseDialog(db, list_stations(db), TODAY, a_case_with_acceptance(db, station))
    qtbot.addWidget(dialog)
    pdf = dialog.receipt_pdf("acceptance")
    images = page_images(pdf, dpi=72)
    assert len(images) == 1 and abs(images[0].width() - 595) <= 1 and abs(images[0].height() - 842) <= 1
    assert not images[0].isNull() and images[0].pixelColor(10, 10).name() == "#ffffff"
    preview_dialog = preview(dialog, pdf, "回执")
    qtbot.addWidget(preview_dialog)
    assert preview_dialog.save_action.text() == "另存为 PDF…"
    assert preview_dialog.font_warning.isHidden()  # a TrueType CJK font is installed here: nothing to warn
    free = preview_dialog.screen().availableGeometry()  # readable: ≥ 900 px tall where the screen allows
    width = min(1000, free.width() - 40)
    assert (preview_dialog.width(), preview_dialog.height()) == (width, min(max(900, int(width * 1.1)),
                                                                          free.height() - 40))
    import gc
    gc.collect()  # the dialog does not own its printer: it must outlive a collection (it crashed on X11)
    assert preview_dialog.printer().pageLayout().orientation().name == "Portrait"
    printer = pdf_printer(tmp_path / "printed.pdf")
    batch = write_receipts(tmp_path / "two.pdf", [receipt_data(db, dialog.case_id, "acceptance", TODAY)] * 2)
    assert paint_pages(printer, batch) == 2
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == 2


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_an_a5_paper_is_printed_on_a5(db, station, tmp_path, app):
    case_id = a_case_with_acceptance(db, station)
    pdf = write_receipts(tmp_path / "a5.pdf", [receipt_data(db, case_id, "acceptance", TODAY)] * 3, "A5")
    printer = printer_for(pdf)
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A5
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # Qt's PDF printer stands for the station's printer
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_pages(printer, pdf) == 3
    pages = PdfReader(str(tmp_path / "printed.pdf")).pages
    assert len(pages) == 3
    assert all((round(float(p.mediabox.width)), round(float(p.mediabox.height))) == (420, 595) for p in pages)


class StationPrinter:
    """What remember_printer reads of a real printer after the print dialog (no printer is installed here)."""

    def __init__(self, name: str, paper: QPageSize.PageSizeId, landscape: bool = False):
        from PySide6.QtGui import QPageLayout
        from PySide6.QtCore import QMarginsF

        self._name = name
        self._layout = QPageLayout(QPageSize(paper), QPageLayout.Orientation.Landscape if landscape
                                   else QPageLayout.Orientation.Portrait, QMarginsF())

    def outputFormat(self):
        return QPrinter.OutputFormat.NativeFormat

    def printerName(self):
        return self._name

    def pageLayout(self):
        return self._layout


def test_the_printer_and_paper_are_remembered_per_kind_of_paper(db, station, tmp_path, app, monkeypatch):
    from yekuo_desk.views import print_preview
    from yekuo_desk.views.print_preview import paper_kind, remember_printer, remembered_printer

    assert paper_kind("回执 CG-2026-00001") == paper_kind("回执-2026-11-20") == "回执"
    case_id = a_case_with_acceptance(db, station)
    pdf = write_receipts(tmp_path / "a5.pdf", [receipt_data(db, case_id, "acceptance", TODAY)], "A5")
    remember_printer(StationPrinter("营业厅针式打印机", QPageSize.PageSizeId.A4), "回执")
    assert remembered_printer("回执") == ("营业厅针式打印机", "A4", "Portrait")
    assert remembered_printer("反馈单") == ("", "", "")
    assert printer_for(pdf, "回执").pageLayout().pageSize().id() == QPageSize.PageSizeId.A4  # as chosen last time
    assert printer_for(pdf, "反馈单").pageLayout().pageSize().id() == QPageSize.PageSizeId.A5  # its own size
    assert printer_for(pdf, "回执").printerName() != "营业厅针式打印机"  # not installed here: the default stays
    asked = []
    monkeypatch.setattr(print_preview.QPrinterInfo, "availablePrinterNames", lambda: asked.append(1) or [])
    printer_for(pdf, "回执")
    assert asked  # the remembered printer is looked for among those installed
    pdf_output = QPrinter()
    pdf_output.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    remember_printer(pdf_output, "监督意见书")  # printing to a file is not a printer to remember
    assert remembered_printer("监督意见书") == ("", "", "")


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_painting_can_be_cancelled_and_a_dead_printer_is_told(db, station, tmp_path, app):
    case_id = a_case_with_acceptance(db, station)
    pdf = write_receipts(tmp_path / "five.pdf", [receipt_data(db, case_id, "acceptance", TODAY)] * 5)
    seen = []
    painted = paint_pages(pdf_printer(tmp_path / "out.pdf"), pdf, progress=lambda done, total: seen.append(
        (done, total)), cancelled=lambda: len(seen) >= 2)
    assert painted == 2 and seen == [(1, 5), (2, 5)]
    with pytest.raises(PrintError, match="打印机无法启动"):
        paint_pages(pdf_printer(tmp_path / "no such folder" / "out.pdf"), pdf)


def test_a_batch_too_long_to_preview_is_printed_or_saved(qtbot, app, db, station, tmp_path, monkeypatch):
    """Over PREVIEW_PAGES pages, the preview would keep every page as an image: the app offers Print or Save."""
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

    from yekuo_desk.views import print_preview
    case_id = a_case_with_acceptance(db, station)
    pages = print_preview.PREVIEW_PAGES + 5
    pdf = write_receipts(tmp_path / "day.pdf", [receipt_data(db, case_id, "acceptance", TODAY)] * pages)
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(print_preview, "preview", lambda *a: pytest.fail("a long batch must not be previewed"))
    choice = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: next(b for b in box.buttons() if b.text() == choice[0]).click())
    saved = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    choice.append("另存为 PDF…")
    print_preview.show_preview(parent, pdf, "回执-2026-11-18")
    assert saved.read_bytes() == pdf.read_bytes()
    printed = tmp_path / "printed.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QPrintDialog, "exec", accept)
    choice[0] = "打印…"
    task = print_preview.show_preview(parent, pdf, "回执-2026-11-18")  # painted on a worker thread
    with qtbot.waitSignal(task.sig_done, timeout=60000) as done:
        pass
    assert done.args == [pages] and len(PdfReader(str(printed)).pages) == pages


def test_a_receipt_that_cannot_be_made_is_explained(qtbot, app, db, station, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    dialog = CaseDialog(db, list_stations(db), TODAY, a_case_with_acceptance(db, station))
    qtbot.addWidget(dialog)
    monkeypatch.setattr(case_dialog.CaseDialog, "receipt_pdf", lambda self, stage: (_ for _ in ()).throw(
        OSError(28, "No space left on device")))
    dialog.ui.stagesTable.selectRow(0)
    dialog.print_button.click()
    assert warnings == ["文件无法写入：No space left on device"]


class Shown(list):
    """Papers the app would show in the print preview, as (path, title). They are written on a worker thread,
    so `nth(n)` waits for the n-th one and returns it."""

    def __init__(self, qtbot):
        super().__init__()
        self.qtbot = qtbot

    def nth(self, n: int):
        self.qtbot.waitUntil(lambda: len(self) >= n, timeout=20000)
        return self[n - 1]


@pytest.fixture
def previews(monkeypatch, qtbot):
    shown = Shown(qtbot)
    monkeypatch.setattr("yekuo_desk.views.print_preview.show_preview", lambda parent, path, title: shown.append(
        (path, title)))
    return shown


def text_of(path) -> str:
    return "".join(p.extract_text() for p in PdfReader(str(path)).pages)


def test_print_the_receipts_of_a_day(qtbot, app, demo_db, previews, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

    from yekuo_desk.services.papers import receipts_of_day
    from yekuo_desk.views.main_window import MainWindow
    day = date(2026, 11, 18)
    expected = receipts_of_day(demo_db, day, TODAY)
    assert expected and all(r.done_on == day for r in expected)
    w = MainWindow(demo_db, TODAY)
    qtbot.addWidget(w)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (day.isoformat(), True))
    w.act_receipts.trigger()
    path, title = previews.nth(1)
    assert title == "回执-2026-11-18" and len(PdfReader(str(path)).pages) == len(expected)
    assert [r.case_number for r in expected][-1] in PdfReader(str(path)).pages[-1].extract_text()
    # The monthly report: a month picker (last month by default), the bureau or one station, PDF or Excel.
    from yekuo_desk.views import report_dialog
    choices = iter([("bureau", False), ("station", True)])

    def choose(self):
        scope, excel = next(choices)
        assert self.month == "2026-10"
        if scope == "station":
            self.station.setCurrentIndex(1)
        (self.xlsx_radio if excel else self.pdf_radio).setChecked(True)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(report_dialog.MonthlyReportDialog, "exec", choose)
    w.act_report.trigger()
    path, title = previews.nth(2)
    assert title == "回访月报表-2026-10" and "回访率" in text_of(path)
    target = tmp_path / "月报.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    w.act_report.trigger()
    qtbot.waitUntil(lambda: str(target) in w.statusBar().currentMessage(), timeout=20000)
    from openpyxl import load_workbook
    ws = load_workbook(target).active
    first_station = list_stations(demo_db)[0].name
    assert "回访月报表" in str(ws["A1"].value) and first_station in "".join(
        str(c.value) for row in ws.iter_rows(max_row=3) for c in row if c.value)


def test_print_from_the_feedback_assessment_and_plan_screens(qtbot, app, demo_db, previews):
    from yekuo_desk.services.feedback import list_forms
    from yekuo_desk.views.assessment_view import AssessmentView
    from yekuo_desk.views.feedback_dialog import FeedbackDialog
    from yekuo_desk.views.revisit_views import RevisitPlanView
    form = list_forms(demo_db, today=TODAY)[0]
    dialog = FeedbackDialog(demo_db, list_stations(demo_db), TODAY, form.id)
    qtbot.addWidget(dialog)
    dialog.print_button.click()
    assert form.number in text_of(previews.nth(1)[0])
    sheet = AssessmentView(demo_db, TODAY)
    qtbot.addWidget(sheet)
    sheet.print_button.click()  # reads the sheet first if the tab was never shown
    assert "经济责任制考核表" in text_of(previews.nth(2)[0])
    plan = RevisitPlanView(demo_db, list_stations(demo_db), TODAY)
    qtbot.addWidget(plan)
    plan.refresh()
    settle(plan)
    plan.buttons["print"].click()
    text = text_of(previews.nth(3)[0])
    assert "业扩服务回访计划" in text and plan.model.rows[0].case_number in text


def test_export_the_register_as_filtered(qtbot, app, demo_db, tmp_path, monkeypatch):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    from yekuo_desk.views.main_window import MainWindow
    w = MainWindow(demo_db, TODAY)
    qtbot.addWidget(w)
    w.register.status.setCurrentIndex(w.register.status.findData("overdue"))
    settle(w)
    shown = [w.register.model.row_at(r) for r in range(w.register.model.rowCount())]
    target = tmp_path / "台账.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    w.act_export_register.trigger()
    qtbot.waitUntil(target.exists, timeout=10000)
    qtbot.waitUntil(lambda: "已保存" in w.statusBar().currentMessage(), timeout=10000)
    ws = load_workbook(target).active
    assert ws["A1"].value == "申请编号" and ws.max_row == len(shown) + 1
    assert [ws.cell(r + 2, 1).value for r in range(len(shown))] == [row.case_number for row in shown]
    assert {ws.cell(r, 7).value for r in range(2, ws.max_row + 1)} == {"超期"}
    assert ws["H2"].value.date() == shown[0].accepted_on  # a real date


def test_print_a_supervision_notice(qtbot, app, demo_db, previews):
    from yekuo_desk.views.notice_view import NoticeView
    view = NoticeView(demo_db, TODAY)
    qtbot.addWidget(view)
    view.month.setDate(view.month.date().addMonths(-1))
    view.refresh()
    settle(view)
    assert view.model.rowCount() > 0
    view.table.setCurrentIndex(view.model.index(0, 0))
    view.print_button.click()
    text = text_of(previews.nth(1)[0])
    assert "业务监督意见书" in text and view.model.rows[0].number in text and "整改" in text
