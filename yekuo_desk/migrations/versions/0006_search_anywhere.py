"""the register's search finds two or more characters anywhere in the name, the contact and the address

The trigram index (three characters or more) now covers the contact and the address too. A second index,
of every two adjacent characters (a contentless FTS5 table whose "words" are the pairs), answers a search of
exactly two characters ("鑫源" in 城关鑫源五金加工厂). Both are kept up to date by triggers in plain SQL, so an
edit made with any SQLite tool keeps them right.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

OLD_FTS = "case_number, customer_name, phone"
FTS = "case_number, customer_name, phone, contact, address"
# The columns of the pairs index and how many characters of each are split into pairs (the columns' lengths;
# the address's first 120 characters).
PAIRS = (("customer_name", 100), ("contact", 40), ("address", 120))


def _pairs(row: str, column: str, length: int) -> str:
    """SQL for `column`'s adjacent character pairs separated by spaces ("城关 关鑫 鑫源 …")."""
    return "||' '||".join(f"substr({row}{column},{i},2)" for i in range(1, length))


def _pairs_values(row: str) -> str:
    return ", ".join(_pairs(row, column, length) for column, length in PAIRS)


def _fts_triggers(columns: str) -> None:
    old = ", ".join(f"old.{c}" for c in columns.split(", "))
    new = ", ".join(f"new.{c}" for c in columns.split(", "))
    op.execute(f"CREATE TRIGGER cases_fts_ai AFTER INSERT ON cases BEGIN "
               f"INSERT INTO cases_fts(rowid, {columns}) VALUES (new.rowid, {new}); END")
    op.execute(f"CREATE TRIGGER cases_fts_ad AFTER DELETE ON cases BEGIN "
               f"INSERT INTO cases_fts(cases_fts, rowid, {columns}) VALUES ('delete', old.rowid, {old}); END")
    op.execute(f"CREATE TRIGGER cases_fts_au AFTER UPDATE OF {columns} ON cases BEGIN "
               f"INSERT INTO cases_fts(cases_fts, rowid, {columns}) VALUES ('delete', old.rowid, {old}); "
               f"INSERT INTO cases_fts(rowid, {columns}) VALUES (new.rowid, {new}); END")


def _make_fts(columns: str) -> None:
    for name in ("cases_fts_ai", "cases_fts_ad", "cases_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS cases_fts")
    op.execute(f"CREATE VIRTUAL TABLE cases_fts USING fts5({columns}, content='cases', "
               "content_rowid='rowid', tokenize='trigram')")
    _fts_triggers(columns)
    op.execute("INSERT INTO cases_fts(cases_fts) VALUES ('rebuild')")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # the register's search runs on each PC's SQLite file
    _make_fts(FTS)
    names = ", ".join(column for column, _ in PAIRS)
    op.execute(f"CREATE VIRTUAL TABLE cases_pairs USING fts5({names}, content='', "
               "tokenize='unicode61 remove_diacritics 0')")
    op.execute(f"INSERT INTO cases_pairs(rowid, {names}) SELECT rowid, {_pairs_values('')} FROM cases")
    op.execute(f"CREATE TRIGGER cases_pairs_ai AFTER INSERT ON cases BEGIN "
               f"INSERT INTO cases_pairs(rowid, {names}) VALUES (new.rowid, {_pairs_values('new.')}); END")
    delete = (f"INSERT INTO cases_pairs(cases_pairs, rowid, {names}) "
              f"VALUES ('delete', old.rowid, {_pairs_values('old.')});")
    op.execute(f"CREATE TRIGGER cases_pairs_ad AFTER DELETE ON cases BEGIN {delete} END")
    op.execute(f"CREATE TRIGGER cases_pairs_au AFTER UPDATE OF {names} ON cases BEGIN {delete} "
               f"INSERT INTO cases_pairs(rowid, {names}) VALUES (new.rowid, {_pairs_values('new.')}); END")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in ("cases_pairs_ai", "cases_pairs_ad", "cases_pairs_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS cases_pairs")
    _make_fts(OLD_FTS)
