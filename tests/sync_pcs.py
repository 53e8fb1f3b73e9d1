"""Three PCs on a shared PostgreSQL database for the sync tests: the 城关 and 河口 stations' PCs (a clerk on
each) and the audit office's (营销稽查), each on its own data file."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from conftest import sign_in
from sqlalchemy import select, text

from yekuo_desk.db import open_database
from yekuo_desk.models import Case, CaseStage
from yekuo_desk.services import auth, cases
from yekuo_desk.services.cases import CaseInput
from yekuo_desk.services.sync import engine, roles, shared_db

TODAY = date(2026, 11, 20)
CG, HK = "城关供电所", "河口供电所"


class PC:
    """One PC: its data file, its login to the shared database, and the person working on it."""

    def __init__(self, tmp_path, name: str, login: roles.Login, password: str):
        self.path = tmp_path / f"{name}.db"
        self.db = open_database(self.path)
        self.address, self.password = login.address, password
        self.sync()  # a new PC's first sync brings the bureau's stations

    def sync(self, **kw) -> engine.Summary:
        return engine.run(self.db, self.address, self.password, **kw)

    def station_id(self, name: str) -> str:
        with self.db.session() as s:
            return s.execute(text("SELECT id FROM stations WHERE name = :n"), {"n": name}).scalar_one()

    def case(self, number: str) -> Case | None:
        with self.db.session() as s:
            return s.scalar(select(Case).where(Case.case_number == number))

    def stage(self, number: str, code: str) -> CaseStage:
        with self.db.session() as s:
            return s.scalar(select(CaseStage).join(Case).where(Case.case_number == number, CaseStage.stage == code))

    def new_case(self, station: str, name: str, phone: str = "13800000000") -> str:
        case_id = cases.create_case(self.db, CaseInput(
            station_id=self.station_id(station), customer_name=name, category="lv_nonresident",
            accepted_on=date(2026, 11, 2), phone=phone), today=TODAY)
        return cases.get_case(self.db, case_id, TODAY).case_number

    def edit(self, number: str, **changes) -> None:
        detail = cases.get_case(self.db, self.case(number).id, TODAY)
        cases.update_case(self.db, detail.id, replace(detail.data, **changes), today=TODAY, base=detail.data)

    def complete(self, number: str, stage: str, on: date, reason: str = "") -> None:
        cases.record_completion(self.db, self.case(number).id, stage, on, reason=reason, today=TODAY)

    def case_number_of(self, table: str, row_id: str) -> str | None:
        """The case number of a case (the row a conflict of `cases` names)."""
        assert table == "cases"
        with self.db.session() as s:
            return s.scalar(select(Case.case_number).where(Case.id == row_id))

    def numbers(self) -> set[str]:
        with self.db.session() as s:
            return set(s.scalars(select(Case.case_number)))


@pytest.fixture
def bureau(shared_url):
    shared_db.init(shared_url)
    logins = {"cg": roles.add_station(shared_url, CG, "pw-cg"), "hk": roles.add_station(shared_url, HK, "pw-hk"),
              "of": roles.add_office(shared_url, "营销稽查室", "pw-of")}
    return shared_url, logins


@pytest.fixture
def pcs(bureau, tmp_path):
    """The 城关 station's PC (a clerk), the 河口 station's (a clerk) and the audit office's (营销稽查)."""
    url, logins = bureau
    cg, hk, of = (PC(tmp_path, name, logins[name], f"pw-{name}") for name in ("cg", "hk", "of"))
    sign_in(cg.db, "cg_clerk", auth.CLERK, cg.station_id(CG))
    sign_in(hk.db, "hk_clerk", auth.CLERK, hk.station_id(HK))
    sign_in(of.db, "jicha", auth.AUDIT)
    yield url, cg, hk, of
    for pc in (cg, hk, of):
        pc.db.dispose()
