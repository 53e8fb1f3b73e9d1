"""Alembic environment: runs on the connection handed over by yekuo_desk.db.migrate."""
from alembic import context

from yekuo_desk.models import Base

config = context.config
connection = config.attributes["connection"]


def include_object(obj, name, type_, reflected, compare_to):
    """The register's FTS5 indexes (cases_fts, cases_pairs and their shadow tables) are made by hand in 0001
    and 0006, and the shared database's login map by services/sync/roles.py: not models."""
    return not (type_ == "table" and (name.startswith(("cases_fts", "cases_pairs")) or name == "sync_logins"))


context.configure(connection=connection, target_metadata=Base.metadata, include_object=include_object,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
