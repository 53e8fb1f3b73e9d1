"""Draws the app's icon (yekuo.png, and yekuo.ico for the Windows bundle). Run once after changing the design:
    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/make_icons.py"""
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath

HERE = Path(__file__).resolve().parent


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    margin = size * 0.04
    path.addRoundedRect(QRectF(margin, margin, size - 2 * margin, size - 2 * margin), size * 0.18, size * 0.18)
    p.fillPath(path, QColor("#1f5fa8"))
    p.setPen(QColor("#ffd34d"))
    font = QFont("WenQuanYi Micro Hei")
    font.setPixelSize(int(size * 0.62))
    font.setBold(True)
    p.setFont(font)
    p.drawText(QRectF(0, -size * 0.03, size, size), Qt.AlignmentFlag.AlignCenter, "业")
    p.end()
    return image


if __name__ == "__main__":
    app = QGuiApplication([])
    draw(256).save(str(HERE / "yekuo.png"))
    draw(256).save(str(HERE / "yekuo.ico"))
    print("written", sorted(p.name for p in HERE.iterdir()))
