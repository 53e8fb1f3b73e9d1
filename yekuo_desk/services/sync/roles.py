"""Who may see and write what in the shared database, enforced by PostgreSQL itself (issue 12 point 6):

- a group role for the stations' PCs (`yekuo_station`) and one for the bureau offices' (`yekuo_office`); each PC
  logs in as its own LOGIN role, a member of one group, never as the table owner;
- `sync_logins` maps each login role to its station (or office); only the administrator reads it, and
  `yekuo_my_station()` (SECURITY DEFINER) answers for the *login* role (`session_user`, which a client cannot
  change; `SET ROLE` changes only `current_user`);
- row-level security on every table of case data: a station role reads and writes only rows of its station
  (USING and WITH CHECK), an office role all rows; no one but the owner deletes (deletes are tombstones);
- reference data (stations, rule sets, the calendar, the schema version) is only read.

Everything here is idempotent: `shared-db init` runs it after the migrations every time.
"""
from __future__ import annotations

from dataclasses import dataclass

STATION_GROUP, OFFICE_GROUP = "yekuo_station", "yekuo_office"
REFERENCE_TABLES = ("stations", "rule_sets", "rule_limits", "rule_targets", "calendar_years", "calendar_days",
                    "settings", "alembic_version")


def case_tables() -> list[str]:
    """The tables of case data: every model that belongs to a station."""
    from .outbox import case_tables as tables

    return [t.name for t in tables()]


def install(conn) -> None:
    """The groups, the login map, the function and the policies (a psycopg connection of the owner)."""
    for group in (STATION_GROUP, OFFICE_GROUP):
        conn.execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') THEN "
                     f"CREATE ROLE {group} NOLOGIN; END IF; END $$")
    conn.execute("CREATE TABLE IF NOT EXISTS sync_logins (role_name text PRIMARY KEY, "
                 "station_id varchar(32) REFERENCES stations(id), office text NOT NULL DEFAULT '')")
    conn.execute("REVOKE ALL ON sync_logins FROM PUBLIC")
    conn.execute("CREATE OR REPLACE FUNCTION yekuo_my_station() RETURNS varchar LANGUAGE sql STABLE "
                 "SECURITY DEFINER SET search_path = public AS "
                 "$$ SELECT station_id FROM sync_logins WHERE role_name = session_user $$")
    conn.execute("REVOKE ALL ON FUNCTION yekuo_my_station() FROM PUBLIC")
    conn.execute(f"GRANT EXECUTE ON FUNCTION yekuo_my_station() TO {STATION_GROUP}, {OFFICE_GROUP}")
    conn.execute(f"GRANT USAGE ON SCHEMA public TO {STATION_GROUP}, {OFFICE_GROUP}")
    for table in case_tables():
        conn.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        conn.execute(f"DROP POLICY IF EXISTS station_rows ON {table}")
        conn.execute(f"CREATE POLICY station_rows ON {table} TO {STATION_GROUP} "
                     "USING (station_id = yekuo_my_station()) WITH CHECK (station_id = yekuo_my_station())")
        conn.execute(f"DROP POLICY IF EXISTS office_rows ON {table}")
        conn.execute(f"CREATE POLICY office_rows ON {table} TO {OFFICE_GROUP} USING (true) WITH CHECK (true)")
        conn.execute(f"REVOKE ALL ON {table} FROM {STATION_GROUP}, {OFFICE_GROUP}")
        conn.execute(f"GRANT SELECT, INSERT, UPDATE ON {table} TO {STATION_GROUP}, {OFFICE_GROUP}")
    for table in REFERENCE_TABLES:
        conn.execute(f"REVOKE ALL ON {table} FROM {STATION_GROUP}, {OFFICE_GROUP}")
        conn.execute(f"GRANT SELECT ON {table} TO {STATION_GROUP}, {OFFICE_GROUP}")


@dataclass(frozen=True)
class Login:
    role: str
    address: str   # postgresql://ROLE@HOST:PORT/DB, no password: what the PCs are given
    created: bool  # False: the role existed, its password was set again


def _address(url: str, role: str) -> str:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return f"postgresql://{role}@{u.host or 'localhost'}:{u.port or 5432}/{u.database}"


def _login_role(conn, role: str, group: str, password: str, station_id: str | None, office: str) -> bool:
    from psycopg import sql

    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is not None
    verb = "ALTER ROLE {} WITH LOGIN PASSWORD {}" if exists else "CREATE ROLE {} WITH LOGIN PASSWORD {}"
    conn.execute(sql.SQL(verb).format(sql.Identifier(role), sql.Literal(password)))
    conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(role)))
    conn.execute("INSERT INTO sync_logins (role_name, station_id, office) VALUES (%s, %s, %s) "
                 "ON CONFLICT (role_name) DO UPDATE SET station_id = EXCLUDED.station_id, office = EXCLUDED.office",
                 (role, station_id, office))
    return not exists


def add_station(url: str, name: str, password: str) -> Login:
    """The station (made if the shared database lacks it) and its PCs' login role."""
    import psycopg

    from ...models.base import new_id, utcnow
    from ..stations import suggest_code
    from .shared_db import SharedDbError, describe

    name = name.strip()
    if not name:
        raise SharedDbError("供电所名称不能为空")
    try:
        with psycopg.connect(url, connect_timeout=10) as conn:
            row = conn.execute("SELECT id, code FROM stations WHERE name = %s AND kind = 'station'",
                               (name,)).fetchone()
            if row is None:
                taken = {c for (c,) in conn.execute("SELECT code FROM stations")}
                count = conn.execute("SELECT count(*) FROM stations WHERE kind = 'station'").fetchone()[0]
                now = utcnow()
                row = (new_id(), suggest_code(name, taken))
                conn.execute("INSERT INTO stations (id, code, name, phone, address, sort_order, kind, created_at, "
                             "updated_at, version) VALUES (%s, %s, %s, '', '', %s, 'station', %s, %s, 1)",
                             (row[0], row[1], name, count + 1, now, now))
            role = f"yekuo_st_{row[1].lower()}"
            created = _login_role(conn, role, STATION_GROUP, password, row[0], "")
    except psycopg.Error as exc:
        raise SharedDbError(describe(exc)) from None
    return Login(role, _address(url, role), created)


def add_office(url: str, name: str, password: str) -> Login:
    """A login role for a bureau office's PCs (营销稽查室, 监察审计部): every station's case data."""
    import psycopg

    from ..pinyin import initials
    from .shared_db import SharedDbError, describe

    name = name.strip()
    slug = "".join(ch for ch in initials(name) if ch.isascii() and ch.isalnum())[:20]
    if not slug:
        raise SharedDbError("部门名称不能为空")
    role = f"yekuo_of_{slug}"
    try:
        with psycopg.connect(url, connect_timeout=10) as conn:
            created = _login_role(conn, role, OFFICE_GROUP, password, None, name)
    except psycopg.Error as exc:
        raise SharedDbError(describe(exc)) from None
    return Login(role, _address(url, role), created)
