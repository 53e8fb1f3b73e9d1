#!/usr/bin/env python3
"""Set up everything Yekuo Desk needs on this machine, then run the app or the tests.

    python3 dev.py run  [app arguments]     # opens the app (creates .venv on first use)
    python3 dev.py test [pytest arguments]  # runs the whole test suite
    python3 dev.py ui                       # after editing forms/*.ui or a tr() string: regenerate
                                            # the form code and update/compile the translations
    python3 dev.py bundle                   # builds the one-folder desktop app in dist/YekuoDesk/ with
                                            # PyInstaller, then runs the bundled program's --version

Works on a fresh Debian (installs the system libraries Qt needs, with apt) and on
Windows or macOS with Python 3.11+ (only the virtual environment is needed there).
Standard library only: this file runs before anything is installed.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"

# Debian packages: Qt's runtime libraries, a CJK TrueType font (screens and PDFs),
# and what the GUI tests and screenshots use.
APT_PACKAGES = [
    "python3-venv", "libgl1", "libegl1", "libxkbcommon0", "libfontconfig1", "libfreetype6",
    "libdbus-1-3", "libglib2.0-0", "fonts-wqy-microhei", "fonts-hanazono", "poppler-utils",
    "xvfb", "xauth", "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4",
    "libxcb-keysyms1", "libxcb-shape0",
    "binutils",  # dev.py bundle: PyInstaller reads the libraries with objdump; strip, readelf
    "postgresql",  # the tests start a throwaway server of the shared database (tests/pg_server.py)
]


def _say(msg: str) -> None:
    print(f"[dev.py] {msg}", flush=True)


def _missing_debian_packages() -> list[str]:
    if not sys.platform.startswith("linux") or shutil.which("dpkg-query") is None:
        return []
    out = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package} ${db:Status-Status}\n", *APT_PACKAGES],
        capture_output=True, text=True,
    ).stdout
    installed = {line.split()[0] for line in out.splitlines() if line.endswith(" installed")}
    return [p for p in APT_PACKAGES if p not in installed]


def ensure_system_packages() -> None:
    missing = _missing_debian_packages()
    if not missing:
        return
    prefix: list[str] = []
    if os.geteuid() != 0:
        if shutil.which("sudo") is None:
            sys.exit(f"Please install as root: apt-get install -y {' '.join(missing)}")
        prefix = ["sudo"]
    _say(f"installing system packages: {' '.join(missing)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run([*prefix, "apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run([*prefix, "apt-get", "install", "-y", "-qq", *missing], check=True, env=env)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv(requirements: str) -> Path:
    py = venv_python()
    if not py.exists():
        _say(f"creating {VENV}")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    req = ROOT / requirements
    digest = hashlib.sha256()
    for name in ("requirements.txt", requirements):
        digest.update((ROOT / name).read_bytes())
    stamp = VENV / f".stamp-{req.stem}"
    if stamp.exists() and stamp.read_text() == digest.hexdigest():
        return py
    _say(f"installing Python packages from {requirements}")
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
    subprocess.run([str(py), "-m", "pip", "install", "-q", "-r", str(req)], check=True)
    stamp.write_text(digest.hexdigest())
    return py


BUNDLE = ROOT / "dist" / "YekuoDesk"


def bundle_executable(folder: Path = BUNDLE, console: bool = False) -> Path:
    """The bundle's window program, or (`console`) the one for the commands: on Windows yekuo.exe, the same program
    with a console; elsewhere the window program does both."""
    if os.name != "nt":
        return folder / "YekuoDesk"
    return folder / ("yekuo.exe" if console else "YekuoDesk.exe")


def bundle(py: Path, extra: list[str]) -> int:
    """Build dist/YekuoDesk/ (a fresh build each time: nothing of an earlier one is reused), then check it starts."""
    code = subprocess.call([str(py), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                            "--distpath", str(BUNDLE.parent), "--workpath", str(ROOT / "build" / "pyinstaller"),
                            *extra, str(ROOT / "pyinstaller.spec")], cwd=ROOT)
    if code:
        return code
    size = sum(f.stat().st_size for f in BUNDLE.rglob("*") if f.is_file() and not f.is_symlink())
    _say(f"built {BUNDLE} ({size / 1e6:.0f} MB)")
    return subprocess.call([str(bundle_executable(console=True)), "--version"], cwd=ROOT)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "ui", "bundle"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if sys.version_info < (3, 11):
        sys.exit("Yekuo Desk needs Python 3.11 or newer.")
    ensure_system_packages()
    if command == "run":
        py = ensure_venv("requirements.txt")
        return subprocess.call([str(py), str(ROOT / "main.py"), *rest], cwd=ROOT)
    py = ensure_venv("requirements-dev.txt")
    if command == "ui":
        return subprocess.call([str(py), "-m", "yekuo_desk.views.build_ui"], cwd=ROOT)
    if command == "bundle":
        return bundle(py, rest)
    return subprocess.call([str(py), "-m", "pytest", *rest], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
