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
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
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
