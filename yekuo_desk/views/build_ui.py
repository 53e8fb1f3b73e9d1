"""Regenerate views/generated/ from forms/*.ui, and update and compile the zh_CN translation.

Run as `python3 dev.py ui`. The tests check that the generated code matches the forms.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
GENERATED = ROOT / "yekuo_desk" / "views" / "generated"
TS = ROOT / "resources" / "i18n" / "yekuo_desk_zh_CN.ts"
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    exe = BIN / (name + (".exe" if sys.platform == "win32" else ""))
    return str(exe) if exe.exists() else name


def generated_path(ui: Path) -> Path:
    return GENERATED / f"ui_{ui.stem}.py"


def uic(ui: Path) -> str:
    out = subprocess.run([tool("pyside6-uic"), "--from-imports", "--no-autoconnection", str(ui)],
                         capture_output=True, text=True, check=True).stdout
    # uic stamps its own version into the header; drop it so regenerating is stable.
    return "".join(line for line in out.splitlines(keepends=True) if "Created by: Qt User Interface Compiler" not in line)


def main() -> int:
    for ui in sorted(FORMS.glob("*.ui")):
        generated_path(ui).write_text(uic(ui), encoding="utf-8")
        print(f"generated {generated_path(ui).relative_to(ROOT)}")
    sources = [str(p) for p in sorted((ROOT / "yekuo_desk").rglob("*.py")) if "generated" not in p.parts]
    sources += [str(p) for p in sorted(FORMS.glob("*.ui"))]
    subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)], check=True)
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
