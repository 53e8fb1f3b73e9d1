"""Preview and print a paper: the PDF's pages, rendered by pypdfium2, in Qt's print preview, with a
Save-as-PDF action beside Print. The printer and the paper chosen when a kind of paper (回执, 反馈单, 监督意见书…)
was last printed are offered again for that kind (QSettings, this PC's user).

Pages are rendered one at a time while they are painted, never all at once: a day's batch of receipts
prints in bounded memory. A batch too long to preview (each previewed page is kept as an image) goes
straight to the print dialog, or is saved as a PDF."""
from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSettings, QSizeF
from PySide6.QtGui import QAction, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPaintEngine
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QToolBar, QWidget

from .file_dialogs import save_file_name
from .errors import describe
from .workers import Task

PRINT_DPI = 200    # what the printer gets
PREVIEW_DPI = 110  # what the preview keeps, a page at a time
PREVIEW_PAGES = 40  # more pages than this are printed or saved without a preview


class PrintError(RuntimeError):
    """The printer refused (the message is for the user)."""


def render_page(page, dpi: int) -> QImage:
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: the bitmap's buffer goes with it


def page_images(pdf_path: str | Path, dpi: int = PRINT_DPI) -> list[QImage]:
    """Every page as an image (for a short paper, and for tests)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return [render_page(page, dpi) for page in pdf]
    finally:
        pdf.close()


def pdf_pages(pdf_path: str | Path) -> tuple[int, tuple[float, float]]:
    """How many pages, and the first page's size in points."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return len(pdf), tuple(pdf[0].get_size()) if len(pdf) else (595.0, 842.0)
    finally:
        pdf.close()


def paint_pages(printer: QPrinter, pdf_path: str | Path, progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> int:
    """Paint the PDF's pages on `printer`, rendering each just before it is painted (at preview resolution
    when the preview asks); returns how many pages were painted. Safe on a worker thread."""
    import pypdfium2 as pdfium

    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(QCoreApplication.translate("print_preview", "The printer could not be started."))
    dpi = PREVIEW_DPI if painter.paintEngine().type() == QPaintEngine.Type.Picture else PRINT_DPI
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)  # thin strokes survive the scaling
    pdf = pdfium.PdfDocument(str(pdf_path))
    done = 0
    try:
        total = len(pdf)
        for i in range(total):
            if cancelled and cancelled():
                break
            if i:
                printer.newPage()
            image = render_page(pdf[i], dpi)
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            painter.drawImage(QRectF(0, 0, image.width() * scale, image.height() * scale), image)
            done += 1
            if progress:
                progress(done, total)
    finally:
        painter.end()
        pdf.close()
    return done


def paper_kind(title: str) -> str:
    """The kind of paper a title names, for remembering its printer: “回执 CG-2026-00001” and “回执-2026-11-20”
    are both 回执."""
    return re.split(r"[\s\-]", title.strip(), maxsplit=1)[0] or "paper"


def _settings_key(kind: str) -> str:
    return f"printing/{kind}"


def remember_printer(printer: QPrinter, kind: str) -> None:
    """After printing on a real printer: its name and the paper chosen, for the next paper of this kind."""
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or not printer.printerName():
        return
    settings = QSettings()
    settings.setValue(f"{_settings_key(kind)}/printer", printer.printerName())
    settings.setValue(f"{_settings_key(kind)}/paper", printer.pageLayout().pageSize().key())
    settings.setValue(f"{_settings_key(kind)}/orientation", printer.pageLayout().orientation().name)


def remembered_printer(kind: str) -> tuple[str, str, str]:
    """(printer name, paper key, orientation) last used for this kind, "" where nothing was kept."""
    settings = QSettings()
    return tuple(str(settings.value(f"{_settings_key(kind)}/{field}", "") or "")
                 for field in ("printer", "paper", "orientation"))


def printer_for(pdf_path: str | Path, kind: str = "") -> QPrinter:
    """A printer set to the paper's size and orientation (an A5 receipt prints on A5); then, for a `kind` printed
    before on this PC, the printer (when it is still there) and the paper chosen that time."""
    _, (w, h) = pdf_pages(pdf_path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    name, paper, orientation = remembered_printer(kind) if kind else ("", "", "")
    if name and name in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(name)
    size = QPageSize(QSizeF(min(w, h), max(w, h)), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    chosen = next((QPageSize(i) for i in QPageSize.PageSizeId if paper and QPageSize.key(i) == paper), None)
    printer.setPageSize(chosen or size)
    landscape = orientation == "Landscape" if chosen and orientation else w > h
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    return printer


def preview(parent: QWidget, pdf_path: str | Path, title: str) -> QPrintPreviewDialog:
    """A preview of the PDF, not yet shown; `show_preview` runs it."""
    from ..documents.fonts import cjk_font, missing_warning, take_missing

    printer = printer_for(pdf_path, paper_kind(title))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog._printer_ref = printer  # the dialog does not own its printer: without this, Python frees it (a crash)
    dialog.accepted.connect(lambda: remember_printer(printer, paper_kind(title)))  # accepted: it was printed
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda p: paint_pages(p, pdf_path))
    save = QAction(QCoreApplication.translate("print_preview", "Save as PDF…"), dialog)
    save.triggered.connect(lambda: save_copy(dialog, pdf_path, title))
    bar = dialog.findChild(QToolBar)
    if bar is not None:
        bar.addSeparator()
        bar.addAction(save)
    dialog.save_action = save
    # the font's own warning, and the characters of this paper that print blank (drawn since the writing began)
    warning = "\n".join(w for w in (cjk_font().warning, missing_warning(take_missing())) if w)
    dialog.font_warning = QLabel(warning)
    dialog.font_warning.setWordWrap(True)
    dialog.font_warning.setStyleSheet("background: #fff4ce; padding: 6px;")
    dialog.font_warning.setVisible(bool(warning))
    if dialog.layout() is not None:
        dialog.layout().insertWidget(1, dialog.font_warning)
    _readable_size(dialog)
    return dialog


def _readable_size(dialog: QPrintPreviewDialog) -> None:
    """Large enough to read a page: about 1000 px wide and at least 900 px tall where the screen allows (the
    free area of a 1366×768 laptop otherwise), the page fitted to the width."""
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    screen = dialog.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry() if screen is not None else None
    width = min(1000, free.width() - 40) if free else 1000
    height = min(max(900, int(width * 1.1)), free.height() - 40) if free else 900
    dialog.resize(width, height)
    widget = dialog.findChild(QPrintPreviewWidget)
    if widget is not None:
        widget.fitToWidth()


def save_copy(parent: QWidget, pdf_path: str | Path, title: str) -> bool:
    target = save_file_name(parent, title, f"{title}.pdf", "PDF (*.pdf)")
    if not target:
        return False
    try:
        shutil.copyfile(pdf_path, target)
    except OSError as exc:
        QMessageBox.critical(parent, title, describe(exc))
        return False
    return True


def print_directly(parent: QWidget, pdf_path: str | Path, title: str) -> Task | None:
    """The print dialog, then the pages painted on a worker thread with progress (cancellable)."""
    printer = printer_for(pdf_path, paper_kind(title))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    remember_printer(printer, paper_kind(title))
    label = QCoreApplication.translate("print_preview", "Printing %1…").replace("%1", title)
    task = Task(parent, lambda progress, cancelled: paint_pages(printer, pdf_path, progress, cancelled),
                label=label, cancellable=True, on_error=lambda exc: QMessageBox.critical(parent, title, failure_text(exc)))
    task._printer_ref = printer
    return task.start()


def show_preview(parent: QWidget, pdf_path: str | Path, title: str) -> Task | None:
    """The preview; or, for a batch too long to preview, Print or Save (returns the printing task, if any)."""
    pages, _ = pdf_pages(pdf_path)
    if pages <= PREVIEW_PAGES:
        preview(parent, pdf_path, title).exec()
        return None
    text = QCoreApplication.translate(
        "print_preview", "%1 has %2 pages, too many to preview. Print it now, or save it as a PDF?")
    box = QMessageBox(QMessageBox.Icon.Question, title, text.replace("%1", title).replace("%2", str(pages)),
                      QMessageBox.StandardButton.Cancel, parent)
    print_button = box.addButton(QCoreApplication.translate("print_preview", "Print…"),
                                 QMessageBox.ButtonRole.AcceptRole)
    save_button = box.addButton(QCoreApplication.translate("print_preview", "Save as PDF…"),
                                QMessageBox.ButtonRole.ActionRole)
    box.exec()
    if box.clickedButton() is print_button:
        return print_directly(parent, pdf_path, title)
    if box.clickedButton() is save_button:
        save_copy(parent, pdf_path, title)
    return None


def failure_text(exc: BaseException) -> str:
    """A paper that could not be made says why in the user's words (a PaperError already is)."""
    from ..services.papers import PaperError

    return str(exc) if isinstance(exc, (PaperError, PrintError)) else describe(exc)


def temp_pdf(name: str) -> Path:
    """Where a paper to preview is written: its own temporary folder, so the name can be the paper's."""
    return Path(tempfile.mkdtemp(prefix="yekuo-")) / f"{name}.pdf"


def preview_written(parent: QWidget, write: Callable[[Path], object], title: str,
                    then: Callable[[object], None] | None = None) -> Task:
    """Write a paper with `write(path)` on a worker thread (a progress dialog shows if it takes a while) into a
    temporary folder, then preview it, then call `then(what write returned)`; a failure is told and nothing
    is shown."""
    path = temp_pdf(title)

    def shown(result: object) -> None:
        show_preview(parent, path, title)
        if then is not None:
            then(result)

    label = QCoreApplication.translate("print_preview", "Preparing %1…").replace("%1", title)

    def work(progress, cancelled):
        from ..documents.fonts import take_missing

        take_missing()  # what this paper lacks is shown with its preview
        return write(path)
    return Task(parent, work, label=label,
                on_done=shown, on_error=lambda exc: QMessageBox.critical(parent, title, failure_text(exc))).start()
