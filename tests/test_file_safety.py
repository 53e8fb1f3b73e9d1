"""Upgrades and first starts that cannot break a file, files that must not be written to, backups and restores
(issue 11, points 4 and 5)."""
from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from yekuo_desk.db import APPLICATION_ID, MIGRATIONS, SCHEMA_HEAD, DatabaseError, open_database
from yekuo_desk.services import backup

ROOT = Path(__file__).resolve().parent.parent


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def revision(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def downgraded(source: Path, target: Path, to: str) -> Path:
    """A copy of a file brought back to an older revision: what an older version of the app left."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    shutil.copy(source, target)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    engine = create_engine(f"sqlite:///{target}")
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, to)
    engine.dispose()
    assert revision(target) == to
    return target


@pytest.fixture(scope="module")
def old_file(tmp_path_factory) -> Path:
    """The demo bureau (1,500 cases) as schema 0005 left it."""
    from conftest import demo_file

    folder = tmp_path_factory.mktemp("old")
    return downgraded(demo_file(folder / "head.db", 1500, 3), folder / "v0005.db", "0005")


def test_a_new_file_is_made_whole_and_marked_as_ours(tmp_path):
    open_database(tmp_path / "new.db").dispose()
    with sqlite3.connect(tmp_path / "new.db") as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert revision(tmp_path / "new.db") == SCHEMA_HEAD
    assert [p.name for p in tmp_path.iterdir() if "creating" in p.name] == []


@pytest.mark.parametrize("kind, message", [
    ("empty", "是空的（0 字节）"), ("text", "不是本软件的数据文件"), ("foreign", "其他程序的 SQLite 数据库"),
    ("newer", "请升级软件"),
])
def test_a_file_that_must_not_be_written_is_refused_untouched(tmp_path, kind, message):
    path = tmp_path / "yekuo.db"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "text":
        path.write_text("工单台账\n" * 200, encoding="utf-8")
    elif kind == "foreign":
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE songs (title TEXT)")
            conn.execute("INSERT INTO songs VALUES ('茉莉花')")
    else:
        open_database(path).dispose()
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '0099'")
    before = digest(path)
    with pytest.raises(DatabaseError, match=message):
        open_database(path)
    assert digest(path) == before and not backup.backup_folder(path).exists()


def test_an_older_file_is_backed_up_then_upgraded(old_file, tmp_path):
    path = tmp_path / "yekuo.db"
    shutil.copy(old_file, path)
    db = open_database(path)
    from yekuo_desk.services.register import find_cases
    assert revision(path) == SCHEMA_HEAD and find_cases(db, "五金")  # the new search indexes are built
    db.dispose()
    [made] = backup.list_backups(path)
    assert made.why == "升级前-0005" and revision(made.path) == "0005"
    assert db.upgraded.message() == (f"数据文件由旧版本创建（数据版本 0005），已升级到数据版本 {SCHEMA_HEAD}。"
                                     f"升级前的文件已备份为 {made.path}。")
    again = open_database(path)
    assert again.upgraded is None  # said once: the next start opens it as it is
    again.dispose()


def test_the_command_line_says_it_upgraded_an_older_file(old_file, tmp_path):
    from test_cli import run

    path = Path(shutil.copy(old_file, tmp_path / "yekuo.db"))
    out = run("due", "--db", str(path), "--on", "2026-11-20")
    assert "已升级到数据版本" in out.stderr and "升级前的文件已备份为" in out.stderr
    assert "已升级" not in run("due", "--db", str(path), "--on", "2026-11-20").stderr


UPGRADE = "from yekuo_desk.db import open_database\nopen_database(sys.argv[1]).dispose()\nprint('ok done')\n"


def kill_after(script: str, args: list[str], delay: float) -> list[str]:
    """Run `script`, SIGKILL it after `delay` seconds (unless it ended first); the lines it acknowledged
    ("ok …", printed after each committed write)."""
    p = subprocess.Popen([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r})\n" + script, *args],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        out, _ = p.communicate(timeout=delay)
    except subprocess.TimeoutExpired:
        os.kill(p.pid, signal.SIGKILL)
        out, _ = p.communicate()
    whole = out.split("\n")[:-1]  # a line cut short by the kill is not an acknowledgement
    return [line for line in whole if line.startswith("ok ") and len(line.split()) >= 2]


def sound(path: Path, cases: int | None = None, findings: list[str] = ()) -> None:
    """The file opens (finishing an interrupted upgrade), is at the newest revision and intact, and `audit verify`
    finds what it finds on the same file upgraded without a kill (`findings`: nothing, for a file this version
    wrote)."""
    from yekuo_desk.services import audit_check

    db = open_database(path, backup=False)
    with db.session() as s:
        report = audit_check.check(s)  # no entry of the trail lost or broken, every fact as the trail says
    db.dispose()
    assert revision(path) == SCHEMA_HEAD and backup.check(path, full=True) == []
    assert report.lines() == list(findings)
    if cases is not None:
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == cases
            assert conn.execute("SELECT count(*) FROM cases_pairs WHERE cases_pairs MATCH '\"五金\"'").fetchone()[0] \
                == conn.execute("SELECT count(*) FROM cases WHERE instr(customer_name, '五金') OR "
                                "instr(contact, '五金') OR instr(address, '五金')").fetchone()[0]


def test_an_upgrade_killed_at_any_moment_leaves_a_file_that_opens(old_file, tmp_path):
    """SIGKILL during the upgrade from 0005 at 12 random moments: each time the file then opens, upgraded and
    whole (the upgrade is one transaction: the old schema or the new, never half)."""
    start = time.perf_counter()
    assert kill_after(UPGRADE, [str(shutil.copy(old_file, tmp_path / "timing.db"))], 30)
    took = time.perf_counter() - start
    rng = random.Random(11)
    interrupted = 0
    for i in range(12):
        path = Path(shutil.copy(old_file, tmp_path / f"k{i}.db"))
        if not kill_after(UPGRADE, [str(path)], rng.uniform(0.2, took)):
            interrupted += 1
        assert revision(path) in ("0005", SCHEMA_HEAD)  # never between
        sound(path, 1500)
    assert interrupted >= 6


def test_a_first_start_killed_at_any_moment_leaves_nothing_half_made(tmp_path):
    rng = random.Random(5)
    for i in range(8):
        path = tmp_path / f"first{i}.db"
        kill_after(UPGRADE, [str(path)], rng.uniform(0.2, 2.5))
        assert not path.exists() or path.stat().st_size > 0  # never an empty file taken for a register
        sound(path)


def test_backup_list_restore_and_keep(tmp_path):
    from datetime import date

    from yekuo_desk.services import cases
    from yekuo_desk.services.cases import CaseInput
    from yekuo_desk.services.stations import add_station

    path = tmp_path / "yekuo.db"
    db = open_database(path)
    station = add_station(db, "城关供电所", "CG")
    cases.create_case(db, CaseInput(station_id=station.id, customer_name="张三", category="resident",
                                    accepted_on=date(2026, 11, 16)), today=date(2026, 11, 20))
    made = backup.backup_file(path, "手动")
    cases.create_case(db, CaseInput(station_id=station.id, customer_name="李四", category="resident",
                                    accepted_on=date(2026, 11, 17)), today=date(2026, 11, 20))
    db.dispose()
    [listed] = backup.list_backups(path)
    assert listed.path == made and listed.why == "手动" and backup.counts(made)["工单"] == 1
    assert backup.daily_backup(path) is None  # a backup made today already: none more
    tomorrow = datetime.now() + timedelta(days=1)
    assert backup.daily_backup(path, now=tomorrow) is not None and backup.daily_backup(path, now=tomorrow) is None
    [extra] = [b for b in backup.list_backups(path) if b.why == "每日"]
    extra.path.unlink()
    kept = backup.restore(path, made)
    assert kept is not None and backup.counts(kept)["工单"] == 2  # what was there is kept first
    assert backup.counts(path)["工单"] == 1
    db = open_database(path)
    assert [c.customer_name for c in __import__("yekuo_desk.services.register", fromlist=["x"]).find_cases(
        db, "张三")] == ["张三"]
    db.dispose()


def test_a_damaged_file_is_moved_aside_by_a_restore(tmp_path):
    path = tmp_path / "yekuo.db"
    open_database(path).dispose()
    good = backup.backup_file(path)
    path.write_bytes(b"")
    with pytest.raises(DatabaseError, match="0 字节"):
        open_database(path)
    kept = backup.restore(path, good)
    assert "damaged" in kept.name and kept.stat().st_size == 0
    open_database(path).dispose()
    broken = tmp_path / "broken.db"
    broken.write_bytes(good.read_bytes()[:4096] + b"\0" * 4096)
    with pytest.raises(backup.BackupError, match="已损坏"):
        backup.restore(path, broken)


def test_old_backups_are_pruned_but_the_first_of_each_month_kept(tmp_path):
    path = tmp_path / "yekuo.db"
    open_database(path).dispose()
    start = datetime(2026, 9, 1, 8, 0)
    for day in range(0, 92, 3):
        backup.backup_file(path, now=start + timedelta(days=day))
    left = {b.made_at.date().isoformat() for b in backup.list_backups(path)}
    today = (start + timedelta(days=90)).date()
    assert all(d >= (today - timedelta(days=30)).isoformat() or d.endswith(("-01", "-03")) for d in left)
    assert {"2026-09-01", "2026-10-01"} <= left  # the first of each month stays
    assert len([d for d in left if d < (today - timedelta(days=30)).isoformat()]) == 2


def test_backup_from_the_command_line(tmp_path):
    from test_cli import run

    db = tmp_path / "yekuo.db"
    run("demo", "--db", str(db), "--cases", "200", "--today", "2026-11-20")
    assert "还没有备份" in run("backup", "list", "--db", str(db)).stdout
    made = run("backup", "now", "--db", str(db)).stdout
    assert "已备份到" in made
    listed = run("backup", "list", "--db", str(db)).stdout
    assert "（手动）" in listed and "工单 200" in listed
    assert "数据文件完好" in run("backup", "check", "--db", str(db), "--full").stdout
    db.write_bytes(b"")
    damaged = run("due", "--db", str(db), check=False)
    assert damaged.returncode == 1 and "0 字节" in damaged.stderr and "Traceback" not in damaged.stderr
    restored = run("backup", "restore", "--db", str(db)).stdout
    assert "已用" in restored and "damaged" in restored
    assert run("due", "--db", str(db), "--on", "2026-11-20").returncode == 0


def test_the_window_backs_up_and_restores(qtbot, app, tmp_path, monkeypatch):
    from datetime import date

    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from yekuo_desk.views.main_window import MainWindow

    path = tmp_path / "yekuo.db"
    db = open_database(path)
    w = MainWindow(db, date(2026, 11, 20))
    qtbot.addWidget(w)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    w.start_checks()  # the day's first backup, then the file checked
    qtbot.waitUntil(lambda: len(backup.list_backups(path)) == 1, timeout=10000)
    assert backup.list_backups(path)[0].why == "每日" and not w.banner.isVisible()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    w.show()
    w.act_restore.trigger()
    assert w.restore_from == backup.list_backups(path)[0].path and w.switch_to == path and not w.isVisible()
    db.dispose()


def test_backup_commands_refuse_bad_input_in_chinese(tmp_path):
    from test_cli import run

    missing = run("backup", "list", "--db", str(tmp_path / "nope.db"), check=False)
    assert missing.returncode == 1 and "数据库文件不存在" in missing.stderr and "Traceback" not in missing.stderr
    path = tmp_path / "yekuo.db"
    open_database(path).dispose()
    nothing = run("backup", "restore", "--db", str(path), check=False)
    assert nothing.returncode == 1 and "没有可用的完好备份" in nothing.stderr
    usage = run("backup", "--db", str(path), check=False)
    assert usage.returncode == 2 and "错误" in usage.stderr
    audit_missing = run("audit", "verify", "--db", str(tmp_path / "nope.db"), check=False)
    assert audit_missing.returncode == 1 and "数据库文件不存在" in audit_missing.stderr
