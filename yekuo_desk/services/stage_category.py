"""Each stage row carries its case's category (case_stages.category), so the meeting's figures for a year are
read from one index of the stages alone, without looking up 230,000 cases (statistics.py, issue 13).

SQLite triggers keep the copy in step, whoever writes: a new stage row takes its case's category, a case whose
category changes passes it to its stages, and a stage row written with another value (a pull carrying the
shared database's copy, an outside edit) is put right. It is derived: never a local change to sync
(sync/outbox.DERIVED), never a conflict.
"""
from __future__ import annotations

OF_CASE = "(SELECT c.category FROM cases c WHERE c.id = NEW.case_id)"
TRIGGERS = {
    "case_stages_category_ai": (
        f"AFTER INSERT ON case_stages WHEN NEW.category IS NOT {OF_CASE} BEGIN "
        f"UPDATE case_stages SET category = {OF_CASE} WHERE id = NEW.id; END"),
    "case_stages_category_au": (
        f"AFTER UPDATE OF category, case_id ON case_stages WHEN NEW.category IS NOT {OF_CASE} BEGIN "
        f"UPDATE case_stages SET category = {OF_CASE} WHERE id = NEW.id; END"),
    "cases_category_au": (
        "AFTER UPDATE OF category ON cases WHEN OLD.category IS NOT NEW.category BEGIN "
        "UPDATE case_stages SET category = NEW.category WHERE case_id = NEW.id; END"),
    "cases_category_ai": (  # stages that came before their case (foreign keys deferred)
        "AFTER INSERT ON cases BEGIN "
        "UPDATE case_stages SET category = NEW.category WHERE case_id = NEW.id AND category IS NOT NEW.category; END"),
}


# Every stage row put in step at once, looking up each case's stages rather than each stage's case (200,000
# look-ups of a bureau's cases instead of 1.5 million of its stages): what a bulk load runs instead of the
# triggers on case_stages (sync/pull._bulk).
IN_STEP = ("UPDATE case_stages SET category = (SELECT c.category FROM cases c WHERE c.id = case_stages.case_id) "
           "WHERE rowid IN (SELECT st.rowid FROM cases c CROSS JOIN case_stages st ON st.case_id = c.id "
           "WHERE st.category IS NOT c.category)")
STAGE_TRIGGERS = frozenset(name for name in TRIGGERS if name.startswith("case_stages_"))
_SET_ASIDE = {"case_stages": STAGE_TRIGGERS, "cases": frozenset({"cases_category_ai"})}


def install(conn) -> None:
    """(Re)make the triggers in a SQLite file and bring every stage row in step."""
    drop(conn)
    for name, body in TRIGGERS.items():
        conn.exec_driver_sql(f"CREATE TRIGGER {name} {body}")
    conn.exec_driver_sql(IN_STEP)


def for_bulk(table: str) -> tuple[frozenset[str], str | None]:
    """For a bulk load of `table`: the triggers of this module to set aside, and the statement that does their
    work for every row at once after the load (None: nothing to set aside). A case's insert trigger, run per
    row of a bulk load of 200,000 cases, made SQLite keep a statement journal of every row: 2.4 GB written for
    a 100 MB table."""
    aside = _SET_ASIDE.get(table)
    return (aside, IN_STEP) if aside else (frozenset(), None)


def drop(conn) -> None:
    for name in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
