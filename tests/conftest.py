"""Test set-up: Qt offscreen, settings and data folders isolated, fresh databases per test."""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest

pytest.register_assert_rewrite("sync_pcs")  # the sync tests' PCs (imported by their modules, fixtures too)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# One key store for the whole run (the trail's signing keys, services/keystore.py): a file made by one test's
# fixture and written by another test's subprocess is signed with the same key, as on one PC.
os.environ.setdefault("YEKUO_KEYSTORE", "file")
os.environ["YEKUO_KEY_DIR"] = tempfile.mkdtemp(prefix="yekuo-keys-")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from yekuo_desk.db import Database, open_database  # noqa: E402
from yekuo_desk.services.stations import StationInfo, add_station  # noqa: E402

TODAY = date(2026, 11, 20)  # a Friday; 2027's calendar is not confirmed yet


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Never touch the real user's settings or data (QSettings, platformdirs)."""
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.setenv("HOME", str(home))
    yield
    import logging  # the app's log, set up by a command run in this process, belongs to this test's home

    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "yekuo", False)]:
        root.removeHandler(handler)
        handler.close()


def _close(database: Database) -> None:
    """Close a test's database once the screens' reads still running on it have finished."""
    from yekuo_desk.views.loader import drain_reads

    assert drain_reads(timeout=60), "a screen's read did not finish within a minute"
    database.dispose()


@pytest.fixture
def db(tmp_path) -> Database:
    database = open_database(tmp_path / "test.db")
    yield database
    _close(database)


@pytest.fixture
def station(db) -> StationInfo:
    return add_station(db, "城关供电所", "CG", "0877-6012345")


@pytest.fixture
def other_station(db) -> StationInfo:
    return add_station(db, "河口供电所", "HK")


def demo_file(path: Path, cases: int, seed: int) -> Path:
    """A demo bureau of `cases` cases written to `path` (closed)."""
    from yekuo_desk.services.demo import build_demo

    database = open_database(path)
    build_demo(database, cases=cases, seed=seed, today=TODAY)
    database.dispose()
    return path


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory) -> Path:
    return demo_file(tmp_path_factory.mktemp("demo") / "demo.db", 1500, 11)


@pytest.fixture
def demo_db(_demo_template, tmp_path) -> Database:
    """A small demo bureau (1,500 cases), copied fresh for each test."""
    path = tmp_path / "demo.db"
    shutil.copy(_demo_template, path)
    database = open_database(path)
    yield database
    _close(database)


@pytest.fixture(scope="session")
def qapp_args():
    return ["yekuo-tests"]


@pytest.fixture
def app(qapp):
    """The QApplication as the app sets it up: names, locale, Chinese translations."""
    from yekuo_desk.app import create_application

    return create_application()


@pytest.fixture
def inspected(db, station) -> str:
    """A low-voltage business (accepted 2026-10-08) whose completion inspection (竣工检验) is recorded:
    reported 2026-11-02, done 2026-11-04."""
    from datetime import date

    from yekuo_desk.services import cases
    from yekuo_desk.services.cases import CaseInput

    today = date(2026, 11, 20)
    case_id = cases.create_case(db, CaseInput(
        station_id=station.id, customer_name="城关鑫源五金加工厂", category="lv_nonresident",
        accepted_on=date(2026, 10, 8), phone="13812345678"), today=today)
    for code, day in [("acceptance", 9), ("site_survey", 10), ("plan_reply", 13), ("fees", 14)]:
        cases.record_completion(db, case_id, code, date(2026, 10, day), today=today)
    cases.set_customer_event(db, case_id, "completion_inspection", date(2026, 11, 2), today=today)
    cases.record_completion(db, case_id, "completion_inspection", date(2026, 11, 4), today=today)
    return case_id


PASSWORD = "secret-123"


def sign_in(database: Database, login: str, role: str, unit_id: str | None = None) -> None:
    """Log in as `login` (made with `role` the first time, by the file's administrator, made first when the
    file has no user yet): what a person does at the login dialog."""
    from yekuo_desk.services import auth

    if auth.find_user_id(database, "admin") is None:
        database.actor = None
        auth.add_user(database, "admin", PASSWORD, auth.ADMIN, full_name="系统管理员")
    if auth.find_user_id(database, login) is None:
        auth.login(database, "admin", PASSWORD)
        auth.add_user(database, login, PASSWORD, role, unit_id=unit_id)
    auth.login(database, login, PASSWORD)


@pytest.fixture(scope="session")
def pg_server():
    """The test run's PostgreSQL (started once, on first use). No PostgreSQL is a failure, not a skip."""
    from pg_server import PgServer

    server = PgServer().start()
    yield server
    server.stop()


@pytest.fixture
def shared_url(pg_server) -> str:
    """A fresh, empty shared database on the test server: its administrator's address."""
    import uuid

    return pg_server.create_database(f"bureau_{uuid.uuid4().hex[:10]}")
