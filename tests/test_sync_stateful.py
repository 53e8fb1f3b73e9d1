"""Three PCs (two stations and the audit office) registering and editing cases offline and syncing in any order
(a hypothesis state machine): every edit that went up either stands in the shared database or is in its PC's
conflict inbox (exactly once, never a conflict nobody caused), a station never holds another station's cases,
and after everyone syncs twice every PC agrees with the shared database."""
from __future__ import annotations

import uuid

import psycopg
import pytest
from conftest import sign_in
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule, run_state_machine_as_test
from sync_pcs import CG, HK, PC

from yekuo_desk.services import auth
from yekuo_desk.services.sync import roles, shared_db

# Few fields and values, so that two PCs often change the same one between syncs.
VALUES = {"phone": ("13800000001", "13800000002"), "contact": ("甲", "乙")}
FIELDS = tuple(VALUES)
STATION_OF = {"cg": CG, "hk": HK}


@pytest.fixture(scope="module")
def template(pg_server):
    """A shared database made once (schema, roles, logins), copied for each example."""
    name = f"tmpl_{uuid.uuid4().hex[:8]}"
    url = pg_server.create_database(name)
    shared_db.init(url)
    logins = {"cg": roles.add_station(url, CG, "pw-cg"), "hk": roles.add_station(url, HK, "pw-hk"),
              "of": roles.add_office(url, "营销稽查室", "pw-of")}
    return name, logins


@pytest.mark.slow
def test_three_pcs_syncing_in_any_order_converge_and_lose_nothing(pg_server, template, tmp_path_factory):
    template_name, logins = template

    class ThreePCs(RuleBasedStateMachine):
        @initialize()
        def start(self):
            name = f"bureau_{uuid.uuid4().hex[:10]}"
            with psycopg.connect(pg_server.url(), autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"')
            self.url = pg_server.url(name)
            folder = tmp_path_factory.mktemp("pcs")
            self.pcs = {}
            for key in ("cg", "hk", "of"):
                login = logins[key]
                address = login.address.rsplit("/", 1)[0] + f"/{name}"
                self.pcs[key] = PC(folder, key, roles.Login(login.role, address, False), f"pw-{key}")
            sign_in(self.pcs["cg"].db, "cg_clerk", auth.CLERK, self.pcs["cg"].station_id(CG))
            sign_in(self.pcs["hk"].db, "hk_clerk", auth.CLERK, self.pcs["hk"].station_id(HK))
            sign_in(self.pcs["of"].db, "jicha", auth.AUDIT)
            self.pending = {key: {} for key in self.pcs}  # (case number, field) -> value typed since the last push
            self.base = {key: {} for key in self.pcs}     # (case number, field) -> its value here before that
            self.count = 0

        def teardown(self):
            for pc in getattr(self, "pcs", {}).values():
                pc.db.dispose()

        @rule(who=st.sampled_from(("cg", "hk")))
        def register(self, who):  # a station registers its cases (the office edits them)
            self.count += 1
            self.pcs[who].new_case(STATION_OF[who], f"客户{self.count}")

        @precondition(lambda self: self.count > 0)
        @rule(who=st.sampled_from(("cg", "hk", "of")), pick=st.integers(0, 3), field=st.sampled_from(FIELDS),
              choice=st.integers(0, 1))
        def edit(self, who, pick, field, choice):
            pc, value = self.pcs[who], VALUES[field][choice]
            numbers = sorted(pc.numbers())
            if not numbers:
                return
            number = numbers[pick % len(numbers)]
            before = getattr(pc.case(number), field)
            if before == value:
                return
            pc.edit(number, **{field: value})
            self.base[who].setdefault((number, field), before)
            self.pending[who][(number, field)] = value

        @precondition(lambda self: self.count > 0)
        @rule(station=st.sampled_from(("cg", "hk")), pick=st.integers(0, 3), field=st.sampled_from(FIELDS),
              first=st.booleans())
        def both_edit(self, station, pick, field, first):
            """The station and the office change the same field of one case, differently, before syncing."""
            shared = sorted(self.pcs[station].numbers() & self.pcs["of"].numbers())
            if not shared:
                return
            number = shared[pick % len(shared)]
            for who, choice in ((station, 0), ("of", 1)) if first else (("of", 0), (station, 1)):
                self.edit(who, pick=shared.index(number) if who == station else
                          sorted(self.pcs[who].numbers()).index(number), field=field, choice=choice)

        def _server(self, keys) -> dict:
            with psycopg.connect(self.url) as conn:
                out = {}
                for number, field in keys:
                    row = conn.execute(f"SELECT {field} FROM cases WHERE case_number = %s", (number,)).fetchone()
                    out[(number, field)] = row[0] if row else None
                return out

        @rule(who=st.sampled_from(("cg", "hk", "of")))
        def sync(self, who):
            pc = self.pcs[who]
            before = self._server(self.pending[who])
            summary = pc.sync()
            assert not summary.refused, summary.refused
            clashes = {}
            for c in summary.conflicts:
                number = pc.case_number_of(c.table, c.row_id)
                key = (number, c.field)
                assert key not in clashes, f"one clash reported twice: {key}"
                clashes[key] = c.mine[c.field]
            after = self._server(self.pending[who])
            for key, value in self.pending[who].items():
                was, base = before[key], self.base[who][key]
                if was is None or was in (value, base):  # new there, already this value, or untouched since
                    assert after[key] == value and key not in clashes, (who, key, value, was, base, after[key])
                else:  # another PC changed it first: that value stands, this one waits in the inbox
                    assert after[key] == was and clashes.get(key) == value, (who, key, value, was, base, after[key])
            assert set(clashes) <= set(self.pending[who]), "a conflict nobody's edit caused"
            self.pending[who], self.base[who] = {}, {}

        @invariant()
        def stations_hold_only_their_own(self):
            if not hasattr(self, "pcs"):
                return
            for key in ("cg", "hk"):
                prefix = "CG" if key == "cg" else "HK"
                assert all(n.startswith(prefix) for n in self.pcs[key].numbers())

        def check_convergence(self):
            for _ in range(2):
                for who in ("cg", "hk", "of"):
                    self.sync(who)
            with psycopg.connect(self.url) as conn:
                server = {r[0]: r[1:] for r in conn.execute(f"SELECT case_number, {', '.join(FIELDS)} FROM cases")}
            assert self.pcs["of"].numbers() == set(server)
            for key, pc in self.pcs.items():
                for number in pc.numbers():
                    case = pc.case(number)
                    assert tuple(getattr(case, f) for f in FIELDS) == server[number], (key, number)

    class Converging(ThreePCs):
        def teardown(self):
            if hasattr(self, "pcs"):
                self.check_convergence()
            super().teardown()

    run_state_machine_as_test(Converging, settings=settings(
        max_examples=10, stateful_step_count=16, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]))
