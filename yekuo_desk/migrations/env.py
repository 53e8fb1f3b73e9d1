"""Alembic environment: runs on the connection handed over by yekuo_desk.db.migrate."""
from alembic import context

from yekuo_desk.models import Base
from yekuo_desk.models.objects import include_object

config = context.config
connection = config.attributes["connection"]


context.configure(connection=connection, target_metadata=Base.metadata, include_object=include_object,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
