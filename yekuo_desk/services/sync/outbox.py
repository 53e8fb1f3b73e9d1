"""The outbox: every change to a row of case data, recorded in the transaction that made it.

SQLite triggers fill it (installed by migration 0009), so nothing that writes can forget it: the ORM, the
bulk statements of an import, the demo, a recompute, a withdrawn import, even another SQLite tool. One entry
per changed row: whether it is new, and for each *fact* field changed since the row was last in step with the
shared database, the value it had then (the base of a three-way merge on the server). Derived values (due
dates, states, what the deadline engine works out) are left out: each PC recomputes them. While a pull or a
push writes the shared database's values here (`applying`), the triggers stay quiet.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Table, text

# Columns that never travel as changes: the row's identity and bookkeeping.
META = frozenset({"id", "created_at", "updated_at", "version", "sync_seq"})
# What the deadline engine derives: recomputed on every PC after a pull, never pushed as an edit.
DERIVED = {
    "cases": frozenset({"current_stage", "next_due", "next_due_stage", "state", "provisional", "target_due",
                        "customer_initials"}),
    "case_stages": frozenset({"seq", "start_on", "limit_days", "paused_days", "paused", "due_on", "provisional",
                              "rule_set_id", "rule_revision", "calendar_version", "category"}),
}
APPLYING, ACTOR = "applying", "actor"  # sync_state keys
NEW_OP = "lower(hex(randomblob(16)))"
NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"


def case_tables() -> list[Table]:
    """The tables of case data (rows owned by a station), parents before children."""
    from ...models import Base
    from ...models.base import StationOwned

    owned = {m.class_.__table__.name for m in Base.registry.mappers if issubclass(m.class_, StationOwned)}
    return [t for t in Base.metadata.sorted_tables if t.name in owned]


def fact_columns(table_name: str, columns: list[str]) -> list[str]:
    return [c for c in columns if c not in META and c not in DERIVED.get(table_name, ())]


def _q(name: str) -> str:
    return f'"{name}"'


def trigger_sql(table: str, columns: list[str]) -> list[str]:
    """CREATE TRIGGER statements recording inserts, fact edits and (rare) hard deletes of one table."""
    facts = fact_columns(table, columns)
    quiet = f"NOT EXISTS (SELECT 1 FROM sync_state WHERE key = '{APPLYING}')"
    actor = f"coalesce((SELECT value FROM sync_state WHERE key = '{ACTOR}'), '')"
    changed = " OR ".join(f"OLD.{_q(c)} IS NOT NEW.{_q(c)}" for c in facts)
    # Each changed field keeps the value it had at its first change since the last sync (one json_set with a
    # path and value per field; an unchanged field writes a scratch key, removed after).
    pairs = ", ".join(f"CASE WHEN OLD.{_q(c)} IS NOT NEW.{_q(c)} AND json_type(fields, '$.{c}') IS NULL "
                      f"THEN '$.{c}' ELSE '$.__' END, OLD.{_q(c)}" for c in facts)
    bases = f"json_set(fields, {pairs})"
    return [
        f"CREATE TRIGGER sync_{table}_ai AFTER INSERT ON {table} WHEN {quiet} BEGIN "
        f"INSERT INTO sync_outbox (table_name, row_id, kind, fields, base_seq, op_id, changed_at, actor, error) "
        f"VALUES ('{table}', NEW.id, 'insert', '{{}}', NULL, {NEW_OP}, {NOW}, {actor}, '') "
        f"ON CONFLICT (table_name, row_id) DO UPDATE SET kind = 'insert', op_id = excluded.op_id, "
        f"changed_at = excluded.changed_at, error = ''; END",
        f"CREATE TRIGGER sync_{table}_au AFTER UPDATE ON {table} WHEN ({changed}) AND {quiet} BEGIN "
        f"INSERT OR IGNORE INTO sync_outbox (table_name, row_id, kind, fields, base_seq, op_id, changed_at, actor, "
        f"error) VALUES ('{table}', NEW.id, 'update', '{{}}', OLD.sync_seq, '', '', '', ''); "
        f"UPDATE sync_outbox SET fields = json_remove({bases}, '$.__'), op_id = {NEW_OP}, changed_at = {NOW}, "
        f"actor = {actor}, error = '' WHERE table_name = '{table}' AND row_id = NEW.id; END",
        f"CREATE TRIGGER sync_{table}_ad AFTER DELETE ON {table} WHEN {quiet} BEGIN "
        f"DELETE FROM sync_outbox WHERE table_name = '{table}' AND row_id = OLD.id AND kind = 'insert'; "
        f"INSERT INTO sync_outbox (table_name, row_id, kind, fields, base_seq, op_id, changed_at, actor, error) "
        f"SELECT '{table}', OLD.id, 'delete', '{{}}', OLD.sync_seq, {NEW_OP}, {NOW}, {actor}, '' "
        f"WHERE OLD.sync_seq IS NOT NULL "
        f"ON CONFLICT (table_name, row_id) DO UPDATE SET kind = 'delete', op_id = excluded.op_id; END",
    ]


def install_triggers(conn, tables: list[str]) -> None:
    """(Re)make the triggers of these tables from their columns as they are now in the file (a migration that
    adds a fact column calls this again)."""
    for table in tables:
        columns = [r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")]
        for suffix in ("ai", "au", "ad"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS sync_{table}_{suffix}")
        for statement in trigger_sql(table, columns):
            conn.exec_driver_sql(statement)


def enqueue_all(conn, tables: list[str]) -> None:
    """Every row already in the file waits to go up (a file from before sync)."""
    for table in tables:
        conn.exec_driver_sql(
            f"INSERT OR IGNORE INTO sync_outbox (table_name, row_id, kind, fields, base_seq, op_id, changed_at, "
            f"actor, error) SELECT '{table}', id, 'insert', '{{}}', NULL, {NEW_OP}, {NOW}, '', '' FROM {table}")


def get_state(s, key: str) -> str | None:
    """A named value of this PC's sync (sync_state): the address, a cursor, the last sync…"""
    return s.execute(text("SELECT value FROM sync_state WHERE key = :k"), {"k": key}).scalar()


def set_state(s, key: str, value: str | None) -> None:
    if value is None:
        s.execute(text("DELETE FROM sync_state WHERE key = :k"), {"k": key})
    else:
        s.execute(text("INSERT OR REPLACE INTO sync_state (key, value) VALUES (:k, :v)"), {"k": key, "v": value})


@contextmanager
def applying(s):
    """Write the shared database's values into this file without recording them as local changes."""
    set_state(s, APPLYING, "1")
    try:
        yield
    finally:
        set_state(s, APPLYING, None)


def note_actor(db, login: str | None) -> None:
    """Who is working on this PC, for the outbox (shown with a conflict): set when someone logs in."""
    if db.engine.dialect.name != "sqlite":
        return
    with db.transaction() as s:  # (inside the demo's all-or-nothing block, a part of it)
        set_state(s.connection(), ACTOR, login or None)


def decode(column, raw):
    """A value as the outbox's JSON or SQLite holds it, as Python (dates, booleans)."""
    if raw is None:
        return None
    kind = column.type
    if isinstance(kind, DateTime) and isinstance(raw, str):
        return datetime.fromisoformat(raw)
    if isinstance(kind, Date) and isinstance(raw, str):
        return date.fromisoformat(raw[:10])
    if isinstance(kind, Boolean):
        return bool(raw)
    return raw


def encode(value) -> object:
    """A Python value for JSON (a conflict's two sides, an op's base)."""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def pending_count(s) -> int:
    return s.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one()


def bases(entry_fields: str) -> dict:
    return json.loads(entry_fields or "{}")
