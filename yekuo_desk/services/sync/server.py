"""The shared database's side of sync, installed by `shared-db init` after the roles (idempotent):

- `sync_clock`: one row whose counter stamps every accepted change. A push takes it with an UPDATE, which
  holds the row's lock to the end of its transaction, so stamps are handed out in commit order: a pull that
  reads every stamp up to the clock's committed value can never miss one that commits late with a smaller
  number (the trap of plain sequences, design.md "Ordering trap").
- `sync_ops`: every operation applied, by op id, with its outcome: a batch resent after a cut connection
  changes nothing and gets the same answers.
- `sync_trail`: the history trail's entries from every PC (who, which PC, when, old, new, why), so each PC's
  history of a case shows what was recorded elsewhere.
- an index on (sync_seq, id) of every table that is pulled by stamp.
Row-level security on the op log and the trail as on case data (a station sees its own).
"""
from __future__ import annotations

from .roles import OFFICE_GROUP, STATION_GROUP

GROUPS = f"{STATION_GROUP}, {OFFICE_GROUP}"
STATION_POLICY = "USING (station_id = yekuo_my_station()) WITH CHECK (station_id = yekuo_my_station())"


def install(conn, case_tables: list[str]) -> None:
    conn.execute("CREATE TABLE IF NOT EXISTS sync_clock (id integer PRIMARY KEY CHECK (id = 1), "
                 "seq bigint NOT NULL)")
    conn.execute("INSERT INTO sync_clock (id, seq) VALUES (1, 0) ON CONFLICT (id) DO NOTHING")
    conn.execute("CREATE TABLE IF NOT EXISTS sync_ops (op_id varchar(32) PRIMARY KEY, table_name text NOT NULL, "
                 "row_id varchar(32) NOT NULL, station_id varchar(32), seq bigint NOT NULL, "
                 "login text NOT NULL DEFAULT session_user, actor text NOT NULL DEFAULT '', "
                 "changed_at text NOT NULL DEFAULT '', outcome text NOT NULL, "
                 "applied_at timestamptz NOT NULL DEFAULT now())")
    conn.execute("CREATE INDEX IF NOT EXISTS ix_sync_ops_row ON sync_ops (row_id, seq)")
    conn.execute("CREATE TABLE IF NOT EXISTS sync_trail (origin varchar(48) PRIMARY KEY, seq bigint NOT NULL, "
                 "station_id varchar(32), at timestamp NOT NULL, \"user\" text NOT NULL, host text NOT NULL, "
                 "table_name text NOT NULL, row_id varchar(32) NOT NULL, field text NOT NULL, "
                 "old_value text NOT NULL, new_value text NOT NULL, reason text NOT NULL)")
    conn.execute("CREATE INDEX IF NOT EXISTS ix_sync_trail_seq ON sync_trail (seq, origin)")
    conn.execute(f"REVOKE ALL ON sync_clock, sync_ops, sync_trail FROM {GROUPS}")
    conn.execute(f"GRANT SELECT, UPDATE ON sync_clock TO {GROUPS}")
    for table in ("sync_ops", "sync_trail"):
        conn.execute(f"GRANT SELECT, INSERT ON {table} TO {GROUPS}")
        conn.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        conn.execute(f"DROP POLICY IF EXISTS station_rows ON {table}")
        conn.execute(f"CREATE POLICY station_rows ON {table} TO {STATION_GROUP} {STATION_POLICY}")
        conn.execute(f"DROP POLICY IF EXISTS office_rows ON {table}")
        conn.execute(f"CREATE POLICY office_rows ON {table} TO {OFFICE_GROUP} USING (true) WITH CHECK (true)")
    for table in case_tables:
        conn.execute(f"CREATE INDEX IF NOT EXISTS ix_{table}_sync_seq ON {table} (sync_seq, id)")


def stamp(conn) -> int:
    """The next stamp; the clock's row stays locked until this transaction ends (serial stamping)."""
    return conn.execute("UPDATE sync_clock SET seq = seq + 1 WHERE id = 1 RETURNING seq").fetchone()[0]


def clock(conn) -> int:
    """The newest committed stamp: everything at or below it is visible to this snapshot."""
    return conn.execute("SELECT seq FROM sync_clock WHERE id = 1").fetchone()[0]
