"""Kill the writers at random moments (issue 11): upgrades from every older revision, stage completions, imports and
feedback forms. After every kill the file opens, passes SQLite's integrity check, and holds every write that was
acknowledged before the kill. Over 200 kills in all: marked slow (`.ci/run` runs the whole suite)."""
from __future__ import annotations

import random
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from yekuo_desk.db import SCHEMA_HEAD, open_database
from yekuo_desk.services import audit_check

from conftest import demo_file
from test_file_safety import UPGRADE, downgraded, kill_after, revision, sound

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow
TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def bureau(tmp_path_factory) -> Path:
    return demo_file(tmp_path_factory.mktemp("bureau") / "head.db", 3000, 4)


@pytest.mark.parametrize("older", ["0001", "0002", "0003", "0004", "0005", "0006", "0007"])
def test_an_upgrade_from_every_older_revision_survives_kills(bureau, tmp_path, older):
    old = downgraded(bureau, tmp_path / f"v{older}.db", older)
    with sqlite3.connect(old) as conn:
        cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    # The same file upgraded without a kill. A downgrade drops what older schemas had no column for (a 0001 file
    # had no customer-cause marks), so the trail may hold a word on a value the old file lost: a kill must end
    # exactly as the uninterrupted upgrade does.
    clean = Path(shutil.copy(old, tmp_path / "clean.db"))
    open_database(clean, backup=False).dispose()
    db = open_database(clean, backup=False)
    with db.session() as s:
        expected = audit_check.check(s).lines()
    db.dispose()
    rng = random.Random(int(older))
    for i in range(16):
        path = Path(shutil.copy(old, tmp_path / f"k{i}.db"))
        kill_after(UPGRADE, [str(path)], rng.uniform(0.3, 2.5))
        assert revision(path) in (older, SCHEMA_HEAD)  # the old schema or the new, never between
        sound(path, findings=expected)
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == cases


COMPLETE = """
from datetime import date
from sqlalchemy import select
from yekuo_desk.db import open_database
from yekuo_desk.models import Case
from yekuo_desk.services import cases
db = open_database(sys.argv[1])
with db.session() as s:
    ids = list(s.scalars(select(Case.id).where(Case.current_stage == "site_survey").order_by(Case.case_number)))
for case_id in ids:
    detail = cases.get_case(db, case_id, date(2026, 11, 20))
    stage = next(st for st in detail.stages if st.code == "site_survey")
    on = max(stage.start_on, date(2026, 11, 19)) if stage.start_on else date(2026, 11, 19)
    cases.record_completion(db, case_id, "site_survey", on, today=date(2026, 11, 20))
    print("ok", case_id, on.isoformat(), flush=True)
"""


def test_stage_completions_killed_keep_every_acknowledged_write(bureau, tmp_path):
    rng = random.Random(3)
    path = Path(shutil.copy(bureau, tmp_path / "work.db"))
    acknowledged: dict[str, str] = {}
    for _ in range(40):
        for line in kill_after(COMPLETE, [str(path)], rng.uniform(0.8, 3.0)):
            _, case_id, on = line.split()
            acknowledged[case_id] = on
        sound(path)
    assert acknowledged
    with sqlite3.connect(path) as conn:
        for case_id, on in acknowledged.items():
            assert conn.execute("SELECT completed_on FROM case_stages WHERE case_id = ? AND stage = 'site_survey'",
                                (case_id,)).fetchone()[0] == on


IMPORT = """
from datetime import date
from yekuo_desk.db import open_database
from yekuo_desk.services.importer import import_cases
result = import_cases(open_database(sys.argv[1]), sys.argv[2], today=date(2026, 11, 20), new_stations=True)
print("ok", result.imported, flush=True)
"""


def test_an_import_killed_is_all_or_nothing(bureau, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["申请编号", "供电所", "户名", "客户类别", "受理日期", "业务受理完成"])
    for i in range(1500):
        ws.append([f"IMP-{i:05d}", "城关供电所", f"导入客户{i}", "居民", "2026-11-02", "2026-11-03"])
    ledger = tmp_path / "ledger.xlsx"
    wb.save(ledger)
    rng = random.Random(7)
    for i in range(30):
        path = Path(shutil.copy(bureau, tmp_path / f"i{i}.db"))
        done = kill_after(IMPORT, [str(path), str(ledger)], rng.uniform(0.8, 6.0))
        sound(path)
        with sqlite3.connect(path) as conn:
            imported = conn.execute("SELECT count(*) FROM cases WHERE case_number LIKE 'IMP-%'").fetchone()[0]
        assert imported in (0, 1500) and (imported == 1500) >= bool(done)


FEEDBACK = """
from datetime import date
from yekuo_desk.db import open_database
from yekuo_desk.services import feedback
from yekuo_desk.services.stations import list_stations
db = open_database(sys.argv[1])
station = list_stations(db)[0].id
for i in range(400):
    row = feedback.add_form(db, feedback.FeedbackInput("complaint", "95598", date(2026, 11, 18), f"测试反映{i}",
                                                       station_id=station), today=date(2026, 11, 20))
    print("ok", row.number, flush=True)
"""


def test_feedback_forms_killed_keep_every_acknowledged_form(bureau, tmp_path):
    rng = random.Random(9)
    path = Path(shutil.copy(bureau, tmp_path / "fb.db"))
    numbers: list[str] = []
    for _ in range(40):
        numbers += [line.split()[1] for line in kill_after(FEEDBACK, [str(path)], rng.uniform(0.8, 3.0))]
        sound(path)
    assert numbers and len(set(numbers)) == len(numbers)  # never a number given twice
    with sqlite3.connect(path) as conn:
        stored = {r[0] for r in conn.execute("SELECT number FROM feedback_forms")}
    assert set(numbers) <= stored


DEMO = """
from datetime import date
from yekuo_desk.db import open_database
from yekuo_desk.services.demo import build_demo
summary = build_demo(open_database(sys.argv[1]), cases=6000, today=date(2026, 11, 20))
print("ok", summary.cases, flush=True)
"""


def test_a_demo_killed_leaves_no_half_bureau(tmp_path):
    """Issue 14: a kill during `demo` left 12 stations and no case; the demo is one transaction now."""
    rng = random.Random(11)
    for i in range(6):
        path = tmp_path / f"d{i}.db"
        open_database(path).dispose()
        done = kill_after(DEMO, [str(path)], rng.uniform(1.0, 8.0))
        sound(path)
        with sqlite3.connect(path) as conn:
            built = [conn.execute("SELECT count(*) FROM cases").fetchone()[0],
                     conn.execute("SELECT count(*) FROM stations WHERE kind = 'station'").fetchone()[0]]
        assert built in ([0, 0], [6000, 12]) and (built[0] == 6000) >= bool(done)
    assert any(kill_after(DEMO, [str(tmp_path / "whole.db")], 120))  # and one left alone finishes
