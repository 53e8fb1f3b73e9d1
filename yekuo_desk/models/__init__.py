"""SQLAlchemy models, one module per aggregate. Importing this package registers every table."""
from .audit import AuditEntry
from .base import Base
from .calendar import CalendarDay, CalendarYear
from .case import Case, CaseStage, StagePause
from .feedback import FeedbackForm, FeedbackStep
from .imports import ImportBatch
from .meeting import CoordinationItem
from .revisit import Revisit, RevisitPlan, RevisitPlanItem
from .rules import RuleLimit, RuleSet, RuleTarget
from .settings import Setting
from .station import Station
from .sync import OutboxEntry, SyncConflict, SyncState
from .supervision import AssessmentItem, SupervisionNotice
from .user import User

__all__ = ["AssessmentItem", "AuditEntry", "Base", "CalendarDay", "CalendarYear", "Case", "CaseStage", "CoordinationItem",
           "FeedbackForm", "FeedbackStep", "ImportBatch", "Revisit", "RevisitPlan", "RevisitPlanItem", "RuleLimit", "RuleSet", "RuleTarget",
           "OutboxEntry", "Setting", "StagePause", "Station", "SupervisionNotice", "SyncConflict", "SyncState",
           "User"]
