"""The bureau's shared PostgreSQL database (issue 12, point 1, first part): `shared-db init` makes its schema
with the same Alembic revisions as the PCs' files, seeds the reference data, and changes nothing when run
again; a server that is not there or an address that is wrong gives a Chinese message and exit 1."""
from __future__ import annotations

import psycopg
import pytest
from test_cli import run

from yekuo_desk.db import SCHEMA_HEAD
from yekuo_desk.services.sync.shared_db import SharedDbError, engine_url


def test_init_builds_the_models_schema_and_twice_changes_nothing(shared_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from yekuo_desk.models import Base
    from yekuo_desk.models.objects import include_object

    out = run("shared-db", "init", "--url", shared_url)
    assert f"共享数据库已建立：数据版本 无 → {SCHEMA_HEAD}" in out.stdout
    with psycopg.connect(shared_url) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
        years = conn.execute("SELECT count(*) FROM calendar_years").fetchone()[0]
        presets = conn.execute("SELECT count(*) FROM rule_sets").fetchone()[0]
        departments = conn.execute("SELECT count(*) FROM stations WHERE kind = 'department'").fetchone()[0]
    assert years and presets and departments  # the reference data the PCs will receive
    engine = create_engine(engine_url(shared_url))
    with engine.connect() as conn:  # the same schema as the models: the PCs and the server agree
        # (the shared database's own tables, which login role is which station and the sync log, left out)
        assert compare_metadata(MigrationContext.configure(conn, opts={"include_object": include_object}),
                                Base.metadata) == []
    engine.dispose()
    again = run("shared-db", "init", "--url", shared_url)
    assert "已是最新" in again.stdout
    with psycopg.connect(shared_url) as conn:
        assert conn.execute("SELECT count(*) FROM calendar_years").fetchone()[0] == years
        assert conn.execute("SELECT count(*) FROM rule_sets").fetchone()[0] == presets


def test_a_wrong_address_or_an_absent_server_is_said_in_chinese(pg_server):
    with pytest.raises(SharedDbError, match="postgresql://用户@主机"):
        engine_url("mysql://x@h/db")
    out = run("shared-db", "init", "--url", "postgresql://postgres@127.0.0.1:1/none", check=False)
    assert out.returncode == 1 and "连不上共享数据库" in out.stderr and "Traceback" not in out.stderr
    wrong = pg_server.url(password="not-the-password")
    out = run("shared-db", "init", "--url", wrong, check=False)
    assert out.returncode == 1 and "用户名或密码不对" in out.stderr
    out = run("shared-db", "init", "--url", pg_server.url("no_such_db"), check=False)
    assert out.returncode == 1 and "共享数据库不存在" in out.stderr


def _two_stations_and_an_office(shared_url, tmp_path) -> dict[str, str]:
    """The shared database set up as the README says, with a case at each station (typed through the app's
    services as the database's owner); the addresses of the three login roles."""
    from datetime import date

    from yekuo_desk.db import open_database
    from yekuo_desk.services import cases
    from yekuo_desk.services.stations import list_stations

    run("shared-db", "init", "--url", shared_url)
    (tmp_path / "pw").write_text("station-pass-1\n", encoding="utf-8")
    addresses = {}
    for option, name in (("--station", "城关供电所"), ("--station", "河口供电所"), ("--name", "营销稽查室")):
        command = "add-station" if option == "--station" else "add-office"
        out = run("shared-db", command, "--url", shared_url, option, name, "--password-file", str(tmp_path / "pw"))
        addresses[name] = out.stdout.strip().splitlines()[-1]  # the last line: the address the PCs use
        assert addresses[name].startswith("postgresql://yekuo_") and "station-pass-1" not in out.stdout
    db = open_database(engine_url(shared_url))
    ids = {st.name: st.id for st in list_stations(db)}
    for name, customer in (("城关供电所", "城关张三"), ("河口供电所", "河口李四")):
        cases.create_case(db, cases.CaseInput(station_id=ids[name], customer_name=customer, category="resident",
                                              accepted_on=date(2026, 11, 2)), today=date(2026, 11, 20))
    db.dispose()
    addresses["ids"] = ids
    return addresses


def _as(address: str, password: str = "station-pass-1"):
    return psycopg.connect(address.replace("@", f":{password}@", 1), autocommit=True)


def test_each_role_sees_and_writes_only_what_it_may(shared_url, tmp_path):
    """Point 6, tested with raw SQL as each login role: the engine refuses, not the app."""
    a = _two_stations_and_an_office(shared_url, tmp_path)
    ids = a["ids"]
    with _as(a["城关供电所"]) as st:
        assert st.execute("SELECT customer_name FROM cases").fetchall() == [("城关张三",)]
        assert st.execute("SELECT count(*) FROM case_stages WHERE station_id = %s",
                          (ids["河口供电所"],)).fetchone()[0] == 0
        assert st.execute("UPDATE cases SET customer_name = 'x' WHERE station_id = %s",
                          (ids["河口供电所"],)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            st.execute("UPDATE cases SET station_id = %s", (ids["河口供电所"],))  # moving a row away
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            st.execute("INSERT INTO stage_pauses (id, station_id, stage_id, start_on, reason, created_at, updated_at,"
                       " version) SELECT 'p1', %s, id, '2026-11-03', 'x', now(), now(), 1 FROM case_stages LIMIT 1",
                       (ids["河口供电所"],))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            st.execute("DELETE FROM cases")  # deletes are tombstones, by no PC
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            st.execute("UPDATE rule_limits SET days = 99")  # reference data is the bureau's
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            st.execute("INSERT INTO stations (id, code, name, phone, address, sort_order, kind, created_at, "
                       "updated_at, version) VALUES ('s', 'ZZ', '假所', '', '', 0, 'station', now(), now(), 1)")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            st.execute("SELECT * FROM sync_logins")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            st.execute("SELECT rolpassword FROM pg_authid")
        st.execute("SET ROLE yekuo_station")  # what a client may change does not widen the view
        assert st.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
        assert st.execute("SELECT count(*) FROM rule_limits").fetchone()[0] > 0  # reference data is read
        assert st.execute("UPDATE cases SET customer_name = '城关张三（改）'").rowcount == 1
    with _as(a["营销稽查室"]) as office:
        assert sorted(r[0] for r in office.execute("SELECT customer_name FROM cases")) == ["城关张三（改）", "河口李四"]
        assert office.execute("UPDATE cases SET contact = '王五'").rowcount == 2
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            office.execute("UPDATE calendar_days SET kind = 'holiday'")
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        _as(a["城关供电所"], "wrong")


def test_adding_a_station_twice_resets_its_password_and_init_keeps_the_roles(shared_url, tmp_path):
    a = _two_stations_and_an_office(shared_url, tmp_path)
    (tmp_path / "pw2").write_text("station-pass-2\n", encoding="utf-8")
    out = run("shared-db", "add-station", "--url", shared_url, "--station", "城关供电所", "--password-file",
              str(tmp_path / "pw2"))
    assert "已更新数据库角色" in out.stdout and out.stdout.strip().splitlines()[-1] == a["城关供电所"]
    run("shared-db", "init", "--url", shared_url)  # again: the policies are made anew, the logins stay
    with _as(a["城关供电所"], "station-pass-2") as st:
        assert st.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
    with psycopg.connect(shared_url) as conn:
        assert conn.execute("SELECT count(*) FROM stations WHERE name = '城关供电所'").fetchone()[0] == 1
    out = run("shared-db", "add-station", "--url", shared_url, "--station", "城关供电所", check=False)
    assert out.returncode == 1 and "--password-file" in out.stderr  # no terminal to type it at


def test_demo_fills_an_empty_shared_database_once(shared_url, tmp_path):
    from yekuo_desk.db import open_database
    from yekuo_desk.services.sync import engine, roles

    run("shared-db", "init", "--url", shared_url)
    out = run("shared-db", "demo", "--url", shared_url, "--cases", "200", "--today", "2026-11-20")
    assert "共享数据库已填入演示供电局：200 件工单" in out.stdout
    with psycopg.connect(shared_url) as conn:
        cases, stations = conn.execute("SELECT count(*), count(DISTINCT station_id) FROM cases").fetchone()
        assert cases == 200 and stations > 5
        assert conn.execute("SELECT count(*) FROM sync_trail").fetchone()[0] > 200  # the history came along
    again = run("shared-db", "demo", "--url", shared_url, check=False)
    assert again.returncode == 1 and "已有工单" in again.stderr
    office = roles.add_office(shared_url, "营销稽查室", "pw")  # an office PC now has a bureau to look at
    db = open_database(tmp_path / "office.db")
    summary = engine.run(db, office.address, "pw")
    assert summary.pulled > 200 and not summary.refused
    from yekuo_desk.services.audit_check import check
    with db.session() as s:
        assert check(s).sound, check(s).lines()[:3]
    db.dispose()
