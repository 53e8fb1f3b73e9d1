"""indexes the screens need at bureau scale (issue 8): stage dates by month, stages by kind and completion,
the register's stage and ledger sorts and filters

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

LIVE = sa.text('deleted_at IS NULL')


def upgrade() -> None:
    # The month's assessment reads the stages due in that month (was a scan of every stage: 1.3 s at 200,000 cases).
    op.create_index('ix_case_stages_due_on', 'case_stages', ['due_on'])
    # A day's receipts, the revisit proposals and the statistics read stages of one kind completed in a period.
    op.create_index('ix_case_stages_stage_done', 'case_stages', ['stage', 'completed_on'])
    # The register sorted by stage, and filtered by ledger, walks these instead of sorting every case.
    op.create_index('ix_cases_live_stage', 'cases', ['current_stage', 'accepted_on'],
                    sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index('ix_cases_live_ledger', 'cases', ['ledger', 'accepted_on'],
                    sqlite_where=LIVE, postgresql_where=LIVE)


def downgrade() -> None:
    op.drop_index('ix_cases_live_ledger', 'cases')
    op.drop_index('ix_cases_live_stage', 'cases')
    op.drop_index('ix_case_stages_stage_done', 'case_stages')
    op.drop_index('ix_case_stages_due_on', 'case_stages')
