"""SQLAlchemy models, one module per aggregate. Importing this package registers every table."""
from .audit import AuditEntry
from .base import Base
from .calendar import CalendarDay, CalendarYear
from .case import Case, CaseStage, StagePause
from .rules import RuleLimit, RuleSet
from .settings import Setting
from .station import Station

__all__ = ["AuditEntry", "Base", "CalendarDay", "CalendarYear", "Case", "CaseStage", "RuleLimit",
           "RuleSet", "Setting", "StagePause", "Station"]
