"""Sync with the bureau's shared PostgreSQL database (issue 12, design.md "Sync with the shared database").

Built so far: the shared database's schema (shared_db.py), made by the same Alembic revisions as the PCs'
files. To come: the roles and row-level security, the outbox, push, pull and the conflict inbox.
"""
