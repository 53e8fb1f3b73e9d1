"""What in a database is a model's, for Alembic's comparisons (migrations/env.py, the shared database's test)."""
from __future__ import annotations

SHARED_ONLY = {"sync_logins", "sync_clock", "sync_ops", "sync_trail"}  # services/sync/roles.py, server.py


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """The register's FTS5 indexes (cases_fts, cases_pairs and their shadow tables) are made by hand in 0001
    and 0006, and the shared database's login map, sync log and pull-order indexes by services/sync/: not
    models."""
    if type_ == "index" and name and name.endswith("_sync_seq"):
        return False
    return not (type_ == "table" and (name.startswith(("cases_fts", "cases_pairs")) or name in SHARED_ONLY))
