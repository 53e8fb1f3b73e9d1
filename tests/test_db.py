import os
import sqlite3

import pytest
from alembic.config import Config
from sqlalchemy import text
from alembic.script import ScriptDirectory

from yekuo_desk import db as dbmod
from yekuo_desk.db import DatabaseError, open_database


def test_schema_head_constant_matches_the_migrations():
    cfg = Config()
    cfg.set_main_option("script_location", str(dbmod.MIGRATIONS))
    assert ScriptDirectory.from_config(cfg).get_current_head() == dbmod.SCHEMA_HEAD


def test_the_migrations_build_exactly_the_models_schema(tmp_path):
    """A hand-written migration that forgets a column (or a model that gains one without a migration) fails."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from yekuo_desk.models import Base
    database = open_database(tmp_path / "m.db", seed=False)
    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={
            "include_object": lambda obj, name, type_, *a: not (type_ == "table" and name.startswith(("cases_fts", "cases_pairs")))}),
            Base.metadata)
    database.dispose()
    assert diff == []


def test_the_write_ahead_log_gives_its_room_back_after_a_big_transaction(tmp_path):
    """A big write (a new PC's first sync, an import) grows the log beside the file; once copied into the file it
    is cut back, not left taking gigabytes of the clerk's disk."""
    database = open_database(tmp_path / "yekuo.db", seed=False)
    wal = tmp_path / "yekuo.db-wal"
    with database.transaction() as s:
        s.execute(text("CREATE TABLE filler (x BLOB)"))
        s.execute(text("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100) "
                       "INSERT INTO filler SELECT randomblob(1024 * 1024) FROM n"))
    assert wal.stat().st_size > dbmod.WAL_LIMIT
    with database.transaction() as s:
        s.execute(text("DELETE FROM filler"))
    with database.session() as s:
        s.execute(text("PRAGMA wal_checkpoint(PASSIVE)"))
    with database.transaction() as s:  # the next write starts the log afresh, cut back to the limit
        s.execute(text("INSERT INTO filler VALUES (x'00')"))
    assert wal.stat().st_size <= dbmod.WAL_LIMIT
    database.dispose()


def test_open_creates_migrates_and_reopens(tmp_path):
    path = tmp_path / "sub" / "yekuo.db"
    database = open_database(path)
    database.dispose()
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == dbmod.SCHEMA_HEAD
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()
    again = open_database(path)
    with again.session() as s:
        assert s.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    again.dispose()


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_folder_gives_a_chinese_message(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(DatabaseError, match="无法"):
        open_database(locked / "x" / "y.db")


def test_not_a_database_gives_a_chinese_message(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseError, match="不是本软件的数据文件"):
        open_database(bad)
