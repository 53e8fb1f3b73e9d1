"""A newer Yekuo Desk opens the data file any earlier one wrote: it backs the file up, migrates it and says so, and
the bureau's data are all there and work (the due list, the search, the papers). The files were made by the app as
it was at each earlier schema revision (tests/fixtures/make_old_files.py, from the tags schema-NNNN)."""
from __future__ import annotations

import gzip
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from yekuo_desk.db import SCHEMA_HEAD, DatabaseError, open_database
from yekuo_desk.services import backup

OLD_FILES = Path(__file__).resolve().parent / "fixtures" / "old_files"
FIXTURES = sorted(OLD_FILES.glob("v*.db.gz"))
TODAY = date(2026, 11, 20)


def unpacked(fixture: Path, folder: Path) -> Path:
    path = folder / "yekuo.db"
    with gzip.open(fixture, "rb") as src, path.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return path


def facts(path: Path) -> dict:
    """What a user would check is still there: the cases, their stations and names, the dates recorded."""
    with sqlite3.connect(path) as conn:
        return {
            "revision": conn.execute("SELECT version_num FROM alembic_version").fetchone()[0],
            "cases": conn.execute("SELECT c.case_number, c.customer_name, s.name FROM cases c "
                                  "JOIN stations s ON s.id = c.station_id ORDER BY c.case_number").fetchall(),
            "done": conn.execute("SELECT c.case_number, st.stage, st.completed_on FROM case_stages st JOIN cases c "
                                 "ON c.id = st.case_id WHERE st.completed_on IS NOT NULL ORDER BY 1, 2").fetchall(),
        }


def test_there_is_a_file_of_every_earlier_revision():
    assert [f.name for f in FIXTURES] == [f"v{n:04d}.db.gz" for n in range(1, int(SCHEMA_HEAD))]


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f.name.split(".")[0])
def test_a_file_of_an_earlier_version_is_backed_up_upgraded_and_works(fixture, tmp_path):
    from yekuo_desk.services.due import due_board
    from yekuo_desk.services.register import find_cases
    from yekuo_desk.services.calendar_store import load_calendar

    path = unpacked(fixture, tmp_path)
    before = facts(path)
    revision = fixture.name[1:5]
    assert before["revision"] == revision and len(before["cases"]) == 150
    db = open_database(path)
    try:
        assert db.upgraded is not None and db.upgraded.from_revision == revision
        assert f"数据版本 {revision}" in db.upgraded.message() and "已备份" in db.upgraded.message()
        [kept] = backup.list_backups(path)
        assert kept.path == db.upgraded.backup and facts(kept.path) == before  # the file as it was, whole
        after = facts(path)
        assert after["revision"] == SCHEMA_HEAD
        assert after["cases"] == before["cases"] and after["done"] == before["done"]
        assert backup.check(path, full=True) == []
        number, name, _ = before["cases"][0]
        assert number in [c.case_number for c in find_cases(db, name[:2], limit=500)]  # the new search indexes
        with db.session() as s:
            assert due_board(s, load_calendar(s), TODAY)  # due dates are there and counted
            # Each stage row carries its case's category (the meeting's index), the triggers in place.
            assert s.execute(text("SELECT count(*) FROM case_stages st JOIN cases c ON c.id = st.case_id "
                                  "WHERE st.category IS NOT c.category")).scalar() == 0
        from yekuo_desk.services.statistics import compute
        assert compute(db, date(2026, 1, 1), date(2026, 12, 31), today=TODAY).bureau_on_time.completed > 0
    finally:
        db.dispose()


def test_the_oldest_file_opens_in_the_window_after_its_upgrade(qtbot, app, tmp_path):
    from yekuo_desk.views.main_window import MainWindow
    from gui_helpers import settle

    db = open_database(unpacked(FIXTURES[0], tmp_path))
    window = MainWindow(db, TODAY)
    qtbot.addWidget(window)
    window.show()
    settle(window)
    assert window.register.model.rowCount() == 150
    window.close()
    db.dispose()


def test_an_older_program_refuses_a_newer_file_and_leaves_it_alone(tmp_path, monkeypatch):
    from yekuo_desk import db as db_module

    path = tmp_path / "yekuo.db"
    open_database(path).dispose()
    before = path.read_bytes()
    monkeypatch.setattr(db_module, "SCHEMA_HEAD", "0005")  # the program of revision 0005 meets today's file
    with pytest.raises(DatabaseError, match=f"数据版本 {SCHEMA_HEAD}.*本软件支持到 0005.*请升级软件"):
        open_database(path)
    assert path.read_bytes() == before and not backup.backup_folder(path).exists()
