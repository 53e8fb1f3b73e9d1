"""What the desktop bundle (pyinstaller.spec) carries and leaves out; kept here so that the tests can check it.

The bundle must stay small (≤ 250 MB unpacked): Qt's translations other than Chinese, the Qt modules and
plugins the app never loads (network, Wayland/EGL/VNC platforms, GTK theme), Pillow's codecs and test
frameworks stay out.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

# Python modules the app never imports (some are pulled in by optional imports of its libraries).
EXCLUDED_MODULES = [
    "tkinter", "unittest", "pydoc_data", "lib2to3", "test", "pytest", "_pytest", "hypothesis", "IPython",
    "PySide6.QtWebEngineCore", "PySide6.Qt3DCore",
    "PySide6.QtNetwork", "PySide6.QtTest", "PySide6.QtDBus", "PySide6.QtQml", "PySide6.QtQuick",
    "pyqtgraph.opengl", "pyqtgraph.examples", "pyqtgraph.jupyter", "OpenGL",
    "matplotlib", "scipy", "pandas", "PIL.ImageQt", "PIL.ImageTk",
]

# Files (by their place in the bundle) left out: Qt plugins for platforms and features the app does not use,
# Qt's translations in other languages, and the libraries only those plugins need.
_DROP = re.compile("|".join([
    r"PySide6/Qt/translations/(?!qtbase_zh_CN|qt_zh_CN)",
    r"PySide6/Qt/plugins/(platformthemes/libqgtk3|wayland-|egldeviceintegrations|generic/|networkinformation|tls/)",
    r"PySide6/Qt/plugins/platforms/lib(qeglfs|qvnc|qlinuxfb|qvkkhrdisplay|qwayland|qminimalegl)",
    r"PySide6/Qt/lib/libQt6(Wayland|EglFs|WlShell|Network|Qml|Quick|Test)",
    r"(^|/)lib(Qt6Wayland|Qt6EglFs|Qt6EglFS|Qt6WlShell|Qt6Network|Qt6Test|atk-|cairo|pango|gdk_pixbuf|gtk-|avahi|"
    r"wayland-)",
    r"PySide6/Qt/plugins/imageformats/libq(gif|icns|tga|tiff|wbmp|webp)",
    # Linux printing goes through the system's CUPS (a PC that prints has it): its library and what only it needs
    r"^lib(cups|gnutls|p11-kit|unistring|hogweed|nettle|gmp|idn2|tasn1|gssapi_krb5|krb5|krb5support|k5crypto|com_err|keyutils)"
    r"\.so",
    # Pillow (reportlab needs its core only): image codecs and font/colour modules never used, and their libraries
    r"PIL/_(avif|webp|imagingcms|imagingft)\.",
    r"pillow\.libs/lib(avif|webp|sharpyuv|lcms2|harfbuzz|freetype|brotli|png16)",
]))


def excluded_modules() -> list[str]:
    return list(EXCLUDED_MODULES)


def drop_binary(dest: str) -> bool:
    """True for a file the bundle leaves out (its destination path inside the bundle)."""
    return bool(_DROP.search(dest.replace("\\", "/")))


def bundle_font(chosen: str | None = None) -> Path | None:
    """The CJK TrueType font the bundle carries for the papers: the one named (YEKUO_BUNDLE_FONT), else the first
    installed of the fonts the papers look for (fonts.SYSTEM_FONTS), checked to print Chinese."""
    from .documents.fonts import SYSTEM_FONTS, FontError, check_font_file

    for candidate in ([chosen] if chosen else SYSTEM_FONTS):
        path = Path(candidate)
        if path.is_file():
            try:
                check_font_file(str(path))
            except FontError:
                if chosen:
                    raise
                continue
            return path
    return None


def strippable(src: str) -> bool:
    """A shared library (Linux) whose symbol tables can be removed safely: not one a wheel's repair tool (auditwheel,
    patchelf) rewrote — those sit in a ``*.libs`` folder or carry an ``$ORIGIN`` rpath, and ``strip`` breaks them
    ("ELF load command address/offset not page-aligned", seen with numpy's OpenBLAS). libpython's rpath to its own
    installation is the build's, not patchelf's: it is stripped."""
    path = Path(src)
    if not sys.platform.startswith("linux") or ".libs" in path.parent.name or not path.is_file():
        return False
    if path.stat().st_size < 512_000 or path.read_bytes()[:4] != b"\x7fELF":
        return False
    dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    return "$ORIGIN" not in dynamic


def stripped(binaries: list, workdir: str) -> list:
    """The bundle's binaries with stripped copies in place of the strippable ones (libpython: 23 → 6 MB)."""
    if shutil.which("strip") is None or shutil.which("readelf") is None:
        return binaries
    out = []
    for dest, src, kind in binaries:
        if strippable(src):
            copy = Path(workdir, "stripped", dest)
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, copy)
            if subprocess.run(["strip", "--strip-unneeded", str(copy)], capture_output=True).returncode == 0:
                src = str(copy)
        out.append((dest, src, kind))
    return out
