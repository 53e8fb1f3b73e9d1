"""The monthly revisit report (《县(市)供电局客户业扩服务回访月报表》, seed 000 art. 6(2)): every revisit of
the month, and its totals — planned, done, revisit rate, satisfaction rate, problems by kind, feedback
forms raised from revisits and closed — and the cases connected in the month without a key-stage revisit
before power-on (接电前未回访)."""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select

from ..db import Database
from ..models import FeedbackForm, Station
from . import auth
from .months import parse_month
from .revisits import RevisitRow, Unrevisited, connected_without_revisit, revisits_in


@dataclass(frozen=True)
class RevisitReport:
    unit: str
    month: str
    rows: list[RevisitRow]
    planned: int
    done: int
    satisfied: int          # 满意 + 基本满意
    problems: dict[str, int]
    forms_raised: int
    forms_closed: int
    unrevisited: list[Unrevisited] = field(default_factory=list)  # connected in the month without one before

    @property
    def revisit_rate(self) -> float | None:
        return self.done / self.planned if self.planned else None

    @property
    def satisfaction_rate(self) -> float | None:
        return self.satisfied / len(self.rows) if self.rows else None


def monthly_report(db: Database, month: str, station_id: str | None = None) -> RevisitReport:
    first, last = parse_month(month)
    with db.session() as s:
        station_id = auth.scope(s, station_id)  # a clerk: the clerk's station's report
    rows = revisits_in(db, month, station_id)
    with db.session() as s:
        unit = s.get(Station, station_id).name if station_id else ""
        forms = select(FeedbackForm).where(FeedbackForm.source == "回访", FeedbackForm.received_on >= first,
                                           FeedbackForm.received_on <= last, FeedbackForm.deleted_at.is_(None))
        if station_id:
            forms = forms.where(FeedbackForm.station_id == station_id)
        raised = list(s.scalars(forms))
        unrevisited = connected_without_revisit(s, first, last, station_id)
    problems = Counter(p for r in rows for p in r.problems)
    counts = monthly_counts(db, [month], station_id)[0]  # planned and done: one definition for every report
    return RevisitReport(unit, month, rows, counts["planned"], counts["done"],
                         sum(r.satisfaction in ("satisfied", "basic") for r in rows), dict(problems.most_common()),
                         len(raised), sum(f.status == "closed" for f in raised), unrevisited)


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{100 * rate:.1f}%"




def monthly_counts(db: Database, months: list[str], station_id: str | None = None) -> list[dict]:
    """The report's totals for several months at once, without its rows (the meeting's chart of revisit and
    satisfaction rates): planned (items of the issued plans), done (planned cases revisited in the month),
    revisited (revisits recorded in the month), satisfied (满意 + 基本满意). The same counts as monthly_report."""
    from sqlalchemy import text

    if not months:
        return []
    bounds = [parse_month(m) for m in months]
    first, last = min(b[0] for b in bounds), max(b[1] for b in bounds)
    with db.session() as s:
        station_id = auth.scope(s, station_id)
        by_station = "AND {}.station_id = :sid" if station_id else ""
        params = {"first": first.isoformat(), "last": last.isoformat(), "months": json.dumps(months),
                  "sid": station_id}
        revisited = {m: (n, sat) for m, n, sat in s.execute(text(
            "SELECT substr(r.revisit_on, 1, 7), count(*), sum(r.satisfaction IN ('satisfied', 'basic')) "
            "FROM revisits r JOIN cases c ON c.id = r.case_id WHERE r.revisit_on BETWEEN :first AND :last "
            f"AND r.deleted_at IS NULL {by_station.format('r')} GROUP BY 1"), params)}
        planned = {m: (n, done) for m, n, done in s.execute(text(
            "SELECT p.month, count(*), count(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM revisits r WHERE "
            "r.case_id = i.case_id AND substr(r.revisit_on, 1, 7) = p.month AND r.deleted_at IS NULL) "
            "THEN i.case_id END) FROM revisit_plans p JOIN revisit_plan_items i ON i.plan_id = p.id "
            "WHERE p.month IN (SELECT value FROM json_each(:months)) AND p.issued_on IS NOT NULL "
            f"AND p.deleted_at IS NULL AND i.deleted_at IS NULL {by_station.format('p')} GROUP BY p.month"), params)}
    out = []
    for m in months:
        n_planned, done = planned.get(m, (0, 0))
        n_revisited, satisfied = revisited.get(m, (0, 0))
        out.append({"month": m, "planned": n_planned, "done": done, "revisited": n_revisited,
                    "satisfied": satisfied or 0,
                    "revisit_rate": round(done / n_planned, 4) if n_planned else None,
                    "satisfaction_rate": round((satisfied or 0) / n_revisited, 4) if n_revisited else None})
    return out
