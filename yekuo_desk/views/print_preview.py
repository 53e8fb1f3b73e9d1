"""Preview and print a paper: the PDF's pages, rendered by pypdfium2, in Qt's print preview, with a
Save-as-PDF action beside Print."""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QAction, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QWidget

from .errors import describe

PRINT_DPI = 200


def page_images(pdf_path: str | Path, dpi: int = PRINT_DPI) -> list[QImage]:
    import pypdfium2 as pdfium

    images = []
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        for page in pdf:
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels: the bitmap's buffer goes with it
    finally:
        pdf.close()
    return images


def paint_pages(printer: QPrinter, images: list[QImage]) -> None:
    painter = QPainter(printer)
    try:
        for i, image in enumerate(images):
            if i:
                printer.newPage()
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            painter.drawImage(target, image)
    finally:
        painter.end()


def preview(parent: QWidget, pdf_path: str | Path, title: str) -> QPrintPreviewDialog:
    """A modal preview of the PDF; returns the dialog (already shown with exec by `show_preview`)."""
    images = page_images(pdf_path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if images:
        wide = images[0].width() > images[0].height()
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if wide else QPageLayout.Orientation.Portrait)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog._printer_ref = printer  # the dialog does not own its printer: without this, Python frees it (a crash)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda p: paint_pages(p, images))
    save = QAction(QCoreApplication.translate("print_preview", "Save as PDF…"), dialog)
    save.triggered.connect(lambda: _save_copy(dialog, pdf_path, title))
    bar = dialog.findChild(QToolBar)
    if bar is not None:
        bar.addSeparator()
        bar.addAction(save)
    dialog.save_action = save
    return dialog


def _save_copy(parent: QWidget, pdf_path: str | Path, title: str) -> None:
    target, _ = QFileDialog.getSaveFileName(parent, title, f"{title}.pdf", "PDF (*.pdf)")
    if target:
        try:
            shutil.copyfile(pdf_path, target)
        except OSError as exc:
            QMessageBox.critical(parent, title, describe(exc))


def show_preview(parent: QWidget, pdf_path: str | Path, title: str) -> None:
    preview(parent, pdf_path, title).exec()


def preview_written(parent: QWidget, write, title: str) -> Path | None:
    """Write a paper with `write(path)` into a temporary folder and preview it; a failure is told."""
    import tempfile

    path = Path(tempfile.mkdtemp(prefix="yekuo-")) / f"{title}.pdf"
    try:
        write(path)
    except OSError as exc:
        QMessageBox.critical(parent, title, describe(exc))
        return None
    show_preview(parent, path, title)
    return path
