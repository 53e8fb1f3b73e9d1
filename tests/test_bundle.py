"""The desktop bundle (pyinstaller.spec), built once for the run and used as an IT person and a clerk would: the
bundled program, with no Python of this machine, answers --version, makes the demo bureau, lists the due stages,
prints a receipt with the font it carries, syncs with the shared database and opens its window offscreen.
YEKUO_BUNDLE=folder uses a bundle already built (dist/YekuoDesk) instead of building one."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import psycopg
import pytest
from conftest import PASSWORD

import dev
from yekuo_desk import __version__
from yekuo_desk.bundle_parts import drop_binary, strippable

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent
pytest_plugins = ["sync_pcs"]


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    given = os.environ.get("YEKUO_BUNDLE")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("bundle")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath",
                    str(out / "dist"), "--workpath", str(out / "build"), str(ROOT / "pyinstaller.spec")],
                   cwd=ROOT, check=True, capture_output=True, timeout=900)
    return out / "dist" / "YekuoDesk"


def bundled(bundle: Path, *args: str, env: dict | None = None, check: bool = True, cwd: Path | None = None):
    """Run the bundled program, far from the source tree and with no Python path of this machine."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    environment.pop("DISPLAY", None)
    environment.update(QT_QPA_PLATFORM="offscreen", **(env or {}))
    console = bool(args) and not args[0].startswith("--db")  # a command: the console program on Windows
    p = subprocess.run([str(dev.bundle_executable(bundle, console)), *args], capture_output=True, text=True,
                       encoding="utf-8", env=environment, timeout=300, cwd=cwd or bundle.parent)
    if check:
        assert p.returncode == 0, p.stderr
    assert "Traceback" not in p.stderr
    return p


def test_the_bundle_carries_what_it_needs_within_its_size(bundle):
    inside = bundle / "_internal"
    assert list((inside / "resources" / "fonts").glob("*.tt[fc]")), "a CJK font for the papers"
    for part in ("resources/i18n/yekuo_desk_zh_CN.qm", "resources/rules/default.json", "resources/icons/yekuo.png",
                 "docs/用户手册.md", "forms", "yekuo_desk/migrations/versions/0001_initial_schema.py",
                 "pypinyin"):
        assert (inside / part).exists(), part
    qt_translations = sorted(p.name for p in (inside / "PySide6/Qt/translations").glob("*.qm"))
    assert qt_translations and all("zh_CN" in name for name in qt_translations)
    files = [f for f in bundle.rglob("*") if f.is_file() and not f.is_symlink()]
    size = sum(f.stat().st_size for f in files)
    assert size <= 250e6, f"{size / 1e6:.0f} MB"
    leaks = [str(ROOT).encode(), str(Path(sys.prefix)).encode()]  # the source tree, the build's virtualenv
    leaked = [f.name for f in files if any(leak in f.read_bytes() for leak in leaks)]
    assert leaked == []


def test_what_the_bundle_leaves_out_and_strips():
    assert drop_binary("PySide6/Qt/translations/qt_de.qm") and not drop_binary("PySide6/Qt/translations/qt_zh_CN.qm")
    assert drop_binary("PySide6/Qt/plugins/platforms/libqwayland.so")
    assert not drop_binary("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert not drop_binary("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert not drop_binary("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so")
    numpy_libs = list((Path(sys.prefix) / "lib").glob("python3*/site-packages/numpy.libs/*.so"))
    assert numpy_libs and not any(strippable(str(p)) for p in numpy_libs)  # strip breaks patched libraries


def test_the_bundled_program_works_from_the_command_line(bundle, tmp_path):
    assert bundled(bundle, "--version").stdout.strip() == f"Yekuo Desk {__version__}"
    assert bundled(bundle, "--help").stdout.startswith(f"用法：{dev.bundle_executable(bundle, True).stem}")
    # the holiday data travels: the working day after 2026-09-30 is the first after the National Day holiday (1–7 October)
    assert "2026-10-08" in bundled(bundle, "workdays", "--from", "2026-09-30", "--add", "1").stdout
    db = tmp_path / "站里的数据.db"
    out = bundled(bundle, "demo", "--db", str(db), "--cases", "400", "--today", "2026-11-20")
    assert "演示供电局已建立：12 个供电所，400 件工单" in out.stdout
    due = json.loads(bundled(bundle, "due", "--db", str(db), "--on", "2026-11-20", "--format", "json").stdout)
    assert due and all(row["due"] for row in due)
    number = next(row["case_number"] for row in due if row["stage"] == "acceptance")
    bundled(bundle, "case", "complete", "--db", str(db), "--case", number, "--stage", "acceptance", "--on",
            date.today().isoformat())
    case = json.loads(bundled(bundle, "case", "show", "--db", str(db), "--format", "json", "--case", number).stdout)
    assert next(s for s in case["stages"] if s["stage"] == "acceptance")["completed"] == date.today().isoformat()
    pdf = tmp_path / "回执.pdf"
    bundled(bundle, "print", "receipt", "--db", str(db), "--case", case["case_number"], "--stage", "acceptance",
            "--out", str(pdf))
    from pypdf import PdfReader

    page = PdfReader(pdf).pages[0]
    assert case["case_number"] in page.extract_text()
    fonts = {str(f.get("/BaseFont")) for f in page["/Resources"]["/Font"].values()}
    assert any("WenQuanYi" in name or "YekuoCJK" in name for name in fonts), fonts  # embedded TrueType
    bad = bundled(bundle, "due", "--db", str(tmp_path / "none.db"), check=False)
    assert bad.returncode == 1 and "数据库文件不存在" in bad.stderr


def test_the_bundled_program_upgrades_the_oldest_data_file(bundle, tmp_path):
    from test_upgrades import FIXTURES, unpacked

    path = unpacked(FIXTURES[0], tmp_path)
    out = bundled(bundle, "due", "--db", str(path), "--on", "2026-11-20")
    assert "数据版本 0001" in out.stderr and "已升级到数据版本" in out.stderr and "已备份" in out.stderr


def test_the_bundled_window_opens_and_closes(bundle, tmp_path):
    db = tmp_path / "demo.db"
    bundled(bundle, "demo", "--db", str(db), "--cases", "300")
    out = bundled(bundle, "--db", str(db), "--self-check")
    assert out.stdout.startswith("window ready"), out.stdout


def test_the_bundled_program_syncs_with_the_shared_database(bundle, pcs, tmp_path):
    from sync_pcs import CG

    url, cg, hk, of = pcs
    number = cg.new_case(CG, "城关打包厂")
    cg.sync()
    of.db.dispose()
    pw = tmp_path / "pw.txt"
    pw.write_text("pw-of\n")
    env = {"YEKUO_PASSWORD": PASSWORD}
    out = bundled(bundle, "sync", "setup", "--db", str(of.path), "--url", of.address, "--password-file", str(pw),
                  "--user", "admin", env=env)
    assert "已连接共享数据库" in out.stdout
    with psycopg.connect(url, autocommit=True) as conn:  # the server's statistics say a bureau of 150,000 cases:
        conn.execute("UPDATE pg_class SET reltuples = 1000000 WHERE relname = 'case_stages'")  # a staging process
        assert conn.execute("SELECT reltuples FROM pg_class WHERE relname = 'case_stages'").fetchone()[0] == 1e6
    bundled(bundle, "sync", "--db", str(of.path), "--user", "jicha", env=env)
    listed = bundled(bundle, "case", "show", "--db", str(of.path), "--format", "json", "--case", number, "--user",
                     "jicha", env=env)
    assert json.loads(listed.stdout)["customer_name"] == "城关打包厂"
    assert {s["stage"] for s in json.loads(listed.stdout)["stages"]} >= {"acceptance", "site_survey"}
    assert not [p for p in tmp_path.parent.rglob("*.pulling-*")]  # (its staging file gone with it)
