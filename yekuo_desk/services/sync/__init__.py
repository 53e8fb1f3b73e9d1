"""Sync with the bureau's shared PostgreSQL database (issue 12, design.md "Sync with the shared database";
docs/sync.md tells how it works).

shared_db.py makes the shared schema with the same Alembic revisions as the PCs' files, roles.py and server.py
its logins, row-level security, clock, op log and trail; outbox.py records each change here, push.py sends them,
pull.py (with reading.py, and staging.py for a new PC's first sync) brings down what this PC may see,
reference.py the bureau's rules and calendar, conflicts.py is the inbox, engine.py one whole sync, setup.py the
address and password of this PC.
"""
