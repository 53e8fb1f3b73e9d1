"""Assessment amounts and feedback reply limits: settings with the defaults of the regulations."""
from __future__ import annotations

from sqlalchemy.orm import Session

from . import auth
from .settings_store import get_setting, set_setting

DEFAULTS = {
    "amount_late_stage": 100.0,      # seed 000 art. 10: a stage over its limit
    "amount_coordination": 500.0,    # seed 000 art. 10: not following the coordination meeting
    "limit_complaint": 5,            # seed 001 §4.2.7: complaint reply, working days
    "limit_report": 10,              # seed 001 §4.2.7: report of misconduct
    "limit_suggestion": 10,          # not published: editable
    "limit_inquiry": 5,              # not published: editable
    "limit_recheck": 5,              # seed 001 1.(三)2(2): the call back to the customer after the reply
    "pause_reminder_days": 10,       # an open customer pause: call the customer after this many working days
    "idle_lock_minutes": 10,         # the window locks after this many minutes without use (files with users)
}


def get_number(s: Session, key: str) -> float:
    value = get_setting(s, key, "")
    return float(value) if value else float(DEFAULTS[key])


def set_number(s: Session, key: str, value: float) -> None:
    auth.require(s, auth.ADMINISTER)
    if key not in DEFAULTS:
        raise KeyError(key)
    if value < 0:
        raise ValueError("不能为负数")
    set_setting(s, key, repr(value))
