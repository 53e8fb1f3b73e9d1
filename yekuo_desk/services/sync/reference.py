"""The bureau's reference data between the shared database and the PCs: the time-limit rule sets, the holiday
calendar and the bureau-wide settings (the bureau's name on the papers, paper size, amounts, reply limits, fee
items). The shared database holds the bureau's copy; every PC receives it whole at each sync when it changed
(a fingerprint of its rows says so), and recomputes its open cases' due dates when the rules or the calendar
are different. The administrator sends the copy up from the PC where it was edited (`shared-db publish`)."""
from __future__ import annotations

import hashlib
import json

from sqlalchemy import delete, insert, select, text

from ...models import CalendarDay, CalendarYear, RuleLimit, RuleSet, RuleTarget, Setting
from ..amounts import DEFAULTS
from ..fee_items import KEY as FEE_ITEMS
from ..papers import BUREAU_NAME
from ..print_settings import PAPER_SIZE

BUREAU_SETTINGS = (BUREAU_NAME, PAPER_SIZE, FEE_ITEMS, *DEFAULTS)
RULES = (RuleSet.__table__, RuleLimit.__table__, RuleTarget.__table__)
CALENDAR = (CalendarYear.__table__, CalendarDay.__table__)
# What a fingerprint leaves out: bookkeeping that differs between copies of the same content.
_UNCOMPARED = {"id", "created_at", "updated_at", "version", "sync_seq", "rule_set_id"}


def _rows_of_server(conn, table) -> list[dict]:
    from psycopg.rows import dict_row

    where = " WHERE key = ANY(%s)" if table.name == "settings" else ""
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(f"SELECT * FROM {table.name}{where}",
                           (list(BUREAU_SETTINGS),) if where else None).fetchall()


def _rows_of_file(s, table) -> list[dict]:
    q = select(table)
    if table.name == "settings":
        q = q.where(table.c.key.in_(BUREAU_SETTINGS))
    return [dict(r) for r in s.execute(q).mappings()]


def _content(group: dict[str, list[dict]], codes: dict[str, str]) -> str:
    """A fingerprint of a group's content (rule sets named by code, not by id)."""
    body = {}
    for name, rows in group.items():
        cleaned = [{k: (str(v) if v is not None else None) for k, v in r.items() if k not in _UNCOMPARED}
                   | ({"set": codes.get(r["rule_set_id"])} if "rule_set_id" in r else {}) for r in rows]
        body[name] = sorted(json.dumps(c, sort_keys=True, ensure_ascii=False) for c in cleaned)
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


def _groups(read) -> dict[str, dict[str, list[dict]]]:
    settings = Setting.__table__
    return {"rules": {t.name: read(t) for t in RULES}, "calendar": {t.name: read(t) for t in CALENDAR},
            "settings": {settings.name: read(settings)}}


def pull_reference(db, conn) -> bool:
    """Take the shared database's reference data where it differs from this file's. Returns whether the
    rules or the calendar changed (the open cases' due dates need recomputing)."""
    from ..settings_store import CALENDAR_VERSION, bump_int
    from .outbox import applying

    theirs = _groups(lambda t: _rows_of_server(conn, t))
    if not theirs["rules"]["rule_sets"]:
        return False  # a shared database not initialised with the presets: nothing to take
    changed = False
    with db.transaction() as s, applying(s):
        mine = _groups(lambda t: _rows_of_file(s, t))
        for group in ("rules", "calendar", "settings"):
            their_codes = {r["id"]: r["code"] for r in theirs["rules"]["rule_sets"]}
            my_codes = {r["id"]: r["code"] for r in mine["rules"]["rule_sets"]}
            same_content = _content(theirs[group], their_codes) == _content(mine[group], my_codes)
            same_ids = group != "rules" or sorted(their_codes) == sorted(my_codes)
            if same_content and same_ids:
                continue
            if group == "rules":
                new_id = {code: rid for rid, code in their_codes.items()}
                for old, code in my_codes.items():  # the stages' stamps follow their rule set's new id
                    if code in new_id and new_id[code] != old:
                        s.execute(text("UPDATE case_stages SET rule_set_id = :n WHERE rule_set_id = :o"),
                                  {"n": new_id[code], "o": old})
            tables = {"rules": RULES, "calendar": CALENDAR, "settings": (Setting.__table__,)}[group]
            for table in reversed(tables):
                q = delete(table)
                if table.name == "settings":
                    q = q.where(table.c.key.in_(BUREAU_SETTINGS))
                s.execute(q)
            for table in tables:
                if theirs[group][table.name]:
                    s.execute(insert(table), theirs[group][table.name])
            if group == "calendar" and not same_content:
                bump_int(s, CALENDAR_VERSION)
            changed = changed or (group in ("rules", "calendar") and not same_content)
    return changed


def publish(db, url: str) -> list[str]:
    """Send this file's reference data up to the shared database (its administrator's address): what every
    PC then receives. Returns the groups that changed there."""
    import psycopg

    from .shared_db import SharedDbError, describe

    with db.session() as s:
        mine = _groups(lambda t: _rows_of_file(s, t))
    try:
        with psycopg.connect(url.strip(), connect_timeout=10) as conn:  # one transaction
            theirs = _groups(lambda t: _rows_of_server(conn, t))
            sent = []
            for group, tables in (("rules", RULES), ("calendar", CALENDAR), ("settings", (Setting.__table__,))):
                codes = {r["id"]: r["code"] for r in mine["rules"]["rule_sets"]}
                old_codes = {r["id"]: r["code"] for r in theirs["rules"]["rule_sets"]}
                if _content(mine[group], codes) == _content(theirs[group], old_codes):
                    continue
                for table in reversed(tables):
                    where = " WHERE key = ANY(%s)" if table.name == "settings" else ""
                    conn.execute(f"DELETE FROM {table.name}{where}", (list(BUREAU_SETTINGS),) if where else None)
                for table in tables:
                    rows = mine[group][table.name]
                    if rows:
                        cols = list(rows[0])
                        with conn.cursor() as cur:
                            cur.executemany(
                                f"INSERT INTO {table.name} ({', '.join(chr(34) + c + chr(34) for c in cols)}) "
                                f"VALUES ({', '.join(['%s'] * len(cols))})", [[r[c] for c in cols] for r in rows])
                sent.append(group)
    except psycopg.Error as exc:
        raise SharedDbError(describe(exc)) from None
    return sent
