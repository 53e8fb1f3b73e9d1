from datetime import date

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from yekuo_desk.services import cases
from yekuo_desk.services.cases import CaseInput
from yekuo_desk.services.stations import list_stations
from yekuo_desk.views import case_dialog
from yekuo_desk.views.case_dialog import CaseDialog
from yekuo_desk.views.print_preview import page_images, paint_pages, preview

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
    import gc
    gc.collect()  # the dialog does not own its printer: it must outlive a collection (it crashed on X11)
    assert preview_dialog.printer().pageLayout().orientation().name == "Portrait"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    paint_pages(printer, images + images)
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == 2


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
