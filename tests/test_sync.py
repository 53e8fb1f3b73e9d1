"""Sync with the bureau's shared PostgreSQL database (issue 12): two station PCs and an office PC, each on its
own file, working offline and syncing with a real PostgreSQL the suite starts itself."""
from __future__ import annotations

import json
import threading
from dataclasses import replace
from datetime import date

import psycopg
import pytest
from conftest import PASSWORD, sign_in
from sqlalchemy import text
from sync_pcs import CG, HK, PC, TODAY
from test_cli import run

from yekuo_desk.db import open_database
from yekuo_desk.services import auth, cases
from yekuo_desk.services.audit_check import check
from yekuo_desk.services.cases import CaseInput
from yekuo_desk.services.register import find_cases
from yekuo_desk.services.sync import conflicts, engine, reading
from yekuo_desk.services.sync.engine import SyncError

pytest_plugins = ["sync_pcs"]  # the fixtures bureau and pcs

def server_rows(url: str, sql: str, *args):
    with psycopg.connect(url) as conn:
        return conn.execute(sql, args).fetchall()


def test_station_data_reaches_the_office_and_never_the_other_station(pcs):
    url, cg, hk, of = pcs
    a1, a2 = cg.new_case(CG, "城关甲厂"), cg.new_case(CG, "城关乙店")
    cg.complete(a1, "acceptance", date(2026, 11, 3))
    b1 = hk.new_case(HK, "河口丙厂")
    up = cg.sync()
    assert up.pushed > 0 and not up.refused and not up.conflicts
    hk.sync()
    down = of.sync()
    assert down.pulled > 0
    assert of.numbers() == {a1, a2, b1}  # the office sees every station
    assert of.stage(a1, "acceptance").completed_on == date(2026, 11, 3)
    assert of.stage(a1, "acceptance").due_on is not None  # derived here after the pull
    cg.sync(), hk.sync()
    assert cg.numbers() == {a1, a2} and hk.numbers() == {b1}  # a station never gets another's cases
    with of.db.session() as s:  # the office's file is sound: every fact that came down has its trail entry
        report = check(s)
        assert report.sound, report.lines()
        hosts = s.execute(text("SELECT user, origin FROM audit_trail WHERE row_id = :r AND field = 'completed_on'"),
                          {"r": of.stage(a1, "acceptance").id}).all()
    assert ("cg_clerk", True) in {(u, bool(o)) for u, o in hosts}  # who recorded it, on which PC, came along
    assert engine.Summary().text().startswith("同步完成")
    again = of.sync()  # nothing new: nothing moves
    assert again.pulled == 0 and again.pushed == 0 and again.trail_down == 0
    with of.db.session() as s:  # every other PC's entry came once
        origins = s.execute(text("SELECT origin FROM audit_trail WHERE origin NOT IN ('', 'settled')")).scalars().all()
    assert origins and len(origins) == len(set(origins))


def test_each_pcs_stages_carry_their_cases_category_whatever_the_shared_copy_says(pcs):
    """The category a stage row carries for the meeting's figures is derived here: a station's change of a
    case's category reaches the office's stages with the case, and a wrong copy on the shared database (a stage
    row is not pushed when only its case changes) never lands, neither in a first sync nor in a later one."""
    url, cg, hk, of = pcs
    number = cg.new_case(CG, "城关甲厂")
    cg.sync()
    with psycopg.connect(url) as conn:  # the shared copy, wrong
        conn.execute("UPDATE case_stages SET category = 'hv_dual'")
    of.sync()  # a first sync: the tables loaded whole

    def office_categories() -> set[str]:
        with of.db.session() as s:
            return set(s.execute(text("SELECT st.category FROM case_stages st JOIN cases c ON c.id = st.case_id "
                                      "WHERE c.case_number = :n"), {"n": number}).scalars())
    assert office_categories() == {"lv_nonresident"}
    _assert_whole(of)
    detail = cases.get_case(cg.db, cg.case(number).id, TODAY)
    cases.update_case(cg.db, detail.id, replace(detail.data, category="resident"), reason="实为居民",
                      today=TODAY, base=detail.data)
    cg.sync()
    of.sync()  # a later sync: the case row, batch by batch
    assert office_categories() == {"resident"}
    assert of.stage(number, "site_survey").category == "resident"
    with psycopg.connect(url) as conn:  # the stage rows come down again, still carrying the wrong copy
        conn.execute("UPDATE sync_clock SET seq = seq + 1")
        conn.execute("UPDATE case_stages SET category = 'hv_dual', sync_seq = (SELECT seq FROM sync_clock)")
    assert of.sync().pulled > 0
    assert office_categories() == {"resident"}
    with of.db.session() as s:  # and nothing of it waits to go up
        assert s.execute(text("SELECT count(*) FROM sync_outbox")).scalar() == 0


def test_different_fields_both_stand_and_the_same_field_goes_to_the_inbox_once(pcs):
    url, cg, hk, of = pcs
    a1 = cg.new_case(CG, "城关甲厂", phone="13800000001")
    cg.sync(), of.sync()
    cg.edit(a1, contact="王经理")           # the station changes the contact...
    of.edit(a1, address="城关镇北街 8 号")  # ...the office the address: both stand
    cg.edit(a1, phone="13911111111")        # and both the phone, differently: the station's reaches first
    of.edit(a1, phone="13722222222")
    assert not cg.sync().conflicts
    result = of.sync()
    assert [(c.table, c.field) for c in result.conflicts] == [("cases", "phone")]
    cg.sync()
    for pc in (cg, of):
        case = pc.case(a1)
        assert (pc.path.stem, case.contact, case.address, case.phone) == (pc.path.stem, "王经理", "城关镇北街 8 号", "13911111111")
    inbox = conflicts.list_conflicts(of.db)
    assert [(c.case_number, c.field, c.mine, c.theirs) for c in inbox] == [(a1, "联系电话", "13722222222",
                                                                           "13911111111")]
    assert inbox[0].mine_by == "jicha" and inbox[0].theirs_by == "cg_clerk"
    assert conflicts.list_conflicts(cg.db) == []  # the one that reached first has nothing to decide
    of.sync(), cg.sync()
    assert len(conflicts.list_conflicts(of.db)) == 1  # surfaced once, not again at every sync
    conflicts.resolve(of.db, inbox[0].id, conflicts.MINE)  # the office keeps its number: an ordinary edit
    of.sync(), cg.sync()
    assert cg.case(a1).phone == of.case(a1).phone == "13722222222"
    assert conflicts.list_conflicts(of.db) == []
    with pytest.raises(conflicts.ConflictError):
        conflicts.resolve(of.db, inbox[0].id, conflicts.THEIRS)


def _date_clash(first, second) -> tuple[str, list]:
    """A case of 城关 whose acceptance two PCs complete offline, `first` on 11-03 (it syncs first), `second` on
    11-04: the case number and the conflicts the second's sync reports."""
    cg = first if first.path.stem == "cg" else second
    a1 = cg.new_case(CG, "城关甲厂")
    cg.sync(), (second if cg is first else first).sync()
    first.complete(a1, "acceptance", date(2026, 11, 3))
    second.complete(a1, "acceptance", date(2026, 11, 4))
    first.sync()
    return a1, second.sync().conflicts


def test_a_recorded_date_clash_keeps_both_in_the_history(pcs, bureau, tmp_path):
    url, cg, hk, of = pcs
    a1, clash = _date_clash(cg, of)
    assert [c.field for c in clash] == ["completed_on"]
    cg.sync()
    for pc in (cg, of):
        assert pc.stage(a1, "acceptance").completed_on == date(2026, 11, 3)
        with pc.db.session() as s:
            said = set(s.scalars(text("SELECT new_value FROM audit_trail WHERE row_id = :r AND field = 'completed_on'"),
                                 {"r": pc.stage(a1, "acceptance").id}))
            assert {"2026-11-03", "2026-11-04"} <= said
            assert check(s).sound, check(s).lines()
    assert not server_rows(url, "SELECT 1 FROM sync_trail WHERE \"user\" = '同步'")  # settling stays on its PC
    # a new office PC: the bureau's whole history in one go, whose last word on the date is the losing one
    assert server_rows(url, "SELECT new_value FROM sync_trail WHERE field = 'completed_on' ORDER BY seq DESC "
                            "LIMIT 1") == [("2026-11-04",)]
    new = PC(tmp_path, "of2", bureau[1]["of"], "pw-of")
    assert new.stage(a1, "acceptance").completed_on == date(2026, 11, 3)
    with new.db.session() as s:
        assert check(s).sound, check(s).lines()  # settled here too: the trail's last word is the file's value
        assert s.execute(text("SELECT count(*) FROM audit_trail WHERE origin = 'settled'")).scalar() == 1
    new.db.dispose()


def test_an_edit_racing_a_deletion_is_a_conflict(pcs):
    url, cg, hk, of = pcs
    a1 = cg.new_case(CG, "城关甲厂")
    cg.complete(a1, "acceptance", date(2026, 11, 3))
    cases.pause_stage(cg.db, cg.case(a1).id, "site_survey", date(2026, 11, 5), "客户外出", today=TODAY)
    cg.sync(), of.sync()
    pause_id = cases.stage_pauses(of.db, of.case(a1).id, "site_survey")[0].id
    cases.withdraw_pause(of.db, pause_id, "误录", today=TODAY)  # the office withdraws the pause (a tombstone)...
    with cg.db.transaction() as s:  # ...while the station corrects its reason
        s.execute(text("UPDATE stage_pauses SET reason = '客户出差' WHERE id = :i"), {"i": pause_id})
    of.sync()
    clash = cg.sync().conflicts
    assert [c.field for c in clash] == ["deleted_at"]
    box = conflicts.list_conflicts(cg.db)
    assert box[0].theirs == conflicts.DELETED and "客户出差" in box[0].mine


def test_a_resent_batch_changes_nothing(pcs, monkeypatch):
    from yekuo_desk.services.sync import push

    url, cg, hk, of = pcs
    cg.new_case(CG, "城关甲厂")
    sent = []
    real = push.apply_batch
    monkeypatch.setattr(push, "apply_batch", lambda conn, table, ops: sent.append((table, ops)) or real(conn, table, ops))
    cg.sync()
    ops_before = server_rows(url, "SELECT count(*) FROM sync_ops")[0][0]
    rows_before = server_rows(url, "SELECT count(*), sum(version) FROM case_stages")[0]
    with psycopg.connect(cg.address, password=cg.password, autocommit=True) as conn:
        for table, ops in sent:  # the same batches again, as after a connection lost before the answer
            answers = real(conn, table, ops)
            assert all(verdict == "done" for verdict, _ in answers.values())
    assert server_rows(url, "SELECT count(*) FROM sync_ops")[0][0] == ops_before
    assert server_rows(url, "SELECT count(*), sum(version) FROM case_stages")[0] == rows_before


def _terminate(url: str, role: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (role,))


def test_a_connection_cut_mid_push_then_a_retry_leaves_no_gap_and_no_duplicate(pcs, monkeypatch):
    from yekuo_desk.services.sync import push

    url, cg, hk, of = pcs
    numbers = {cg.new_case(CG, f"城关{i}号客户") for i in range(6)}
    monkeypatch.setattr(push, "BATCH", 4)
    real, calls = push.apply_batch, []

    def cut_after_two(conn, table, ops):
        calls.append(table)
        if len(calls) == 3:
            _terminate(url, "yekuo_st_cg")
        return real(conn, table, ops)

    monkeypatch.setattr(push, "apply_batch", cut_after_two)
    with pytest.raises(SyncError, match="同步中断"):
        cg.sync()
    with cg.db.session() as s:
        assert s.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one() > 0  # the rest kept
    monkeypatch.setattr(push, "apply_batch", real)
    cg.sync()
    with cg.db.session() as s:
        assert s.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one() == 0
    assert server_rows(url, "SELECT count(*), count(DISTINCT case_number) FROM cases")[0] == (6, 6)
    local_stages = len(cg.db.session().execute(text("SELECT id FROM case_stages")).all())
    assert server_rows(url, "SELECT count(*) FROM case_stages")[0][0] == local_stages
    of.sync()
    assert of.numbers() == numbers


def test_a_connection_cut_mid_pull_then_a_retry_completes_it(pcs, monkeypatch):
    """A first pull (empty tables, each loaded whole) and a later one (batch by batch), each cut in the middle:
    what was stored stays, an interrupted whole table is left empty, and the retry completes without a gap."""
    url, cg, hk, of = pcs
    numbers = {cg.new_case(CG, f"城关{i}号客户") for i in range(5)}
    cg.sync()
    monkeypatch.setattr(reading, "PAGE", 7)
    monkeypatch.setattr(reading, "BATCH", 7)
    pages = []

    def cut_at_second_batch(step, done, total):
        if step == "下载":
            pages.append(done)
            if len(pages) == 2:
                _terminate(url, "yekuo_of_yxjcs")

    def stages() -> tuple[int, int]:
        with of.db.session() as s:
            here = s.execute(text("SELECT count(*) FROM case_stages")).scalar_one()
        return here, server_rows(url, "SELECT count(*) FROM case_stages")[0][0]

    before = _file_schema(of)
    with pytest.raises(SyncError, match="同步中断"):
        of.sync(progress=cut_at_second_batch)
    assert of.numbers() == numbers and stages()[0] == 0  # the cases table came whole; the stages not at all
    assert _file_schema(of) == before  # the indexes and triggers set aside for the load are back
    of.sync()
    assert stages()[0] == stages()[1]
    _assert_whole(of)
    numbers |= {cg.new_case(CG, f"城关{i}号新客户") for i in range(5)}  # and now batch by batch
    cg.sync()
    pages.clear()
    with pytest.raises(SyncError, match="同步中断"):
        of.sync(progress=cut_at_second_batch)
    assert 0 < stages()[0] < stages()[1]  # what was stored stays stored
    of.sync()
    assert of.numbers() == numbers and stages()[0] == stages()[1]
    with of.db.session() as s:
        assert check(s).sound


def _file_schema(pc) -> set[tuple[str, str, str]]:
    with pc.db.session() as s:
        return set(s.execute(text("SELECT type, name, coalesce(sql, '') FROM sqlite_master")).all())


def _assert_whole(pc, *, history: bool = True) -> None:
    """The file is sound after a load that set its foreign keys, indexes and triggers aside: every index agrees
    with its table, the search index with the cases, the trail with the facts, and the checks are on again."""
    with pc.db.session() as s:
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        s.execute(text("INSERT INTO cases_fts (cases_fts) VALUES ('integrity-check')"))
        assert s.execute(text("PRAGMA foreign_key_check")).all() == []
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert check(s).sound or not history
        names = s.execute(text("SELECT case_number, customer_name FROM cases")).all()
    for number, name in names:  # the register's search finds them: its trigram index, and that of pairs
        assert number in {r.case_number for r in find_cases(pc.db, name[-3:])}
        assert number in {r.case_number for r in find_cases(pc.db, name[-3:-1])}


def test_a_first_sync_cancelled_in_the_history_keeps_the_cases_and_brings_the_history_next_time(pcs, monkeypatch):
    """The bureau's whole history comes down in one transaction: cancelled half-way, none of it is kept (the
    cases are), the file is whole, and the next sync brings it all; a change made here after the first sync
    goes up (the sync triggers set aside during the load are back)."""
    from yekuo_desk.services import audit

    url, cg, hk, of = pcs
    numbers = {cg.new_case(CG, f"城关{i}号客户") for i in range(4)}
    for n in numbers:
        cg.complete(n, "acceptance", date(2026, 11, 3))
    cg.sync()
    monkeypatch.setattr(reading, "PAGE", 5)
    monkeypatch.setattr(reading, "BATCH", 5)
    seen = []
    insert = audit.insert  # (the trail's batches go in through it)
    monkeypatch.setattr(audit, "insert", lambda s, rows, **kw: (seen.append(1), insert(s, rows, **kw))[1])
    before = _file_schema(of)

    summary = of.sync(cancelled=lambda: len(seen) >= 2)
    assert summary.cancelled and of.numbers() == numbers and _others_entries(of) == 0
    assert _file_schema(of) == before
    _assert_whole(of, history=False)  # (the facts' history is what comes next time)
    assert of.sync().trail_down > 0
    assert _others_entries(of) == server_rows(url, "SELECT count(*) FROM sync_trail")[0][0]
    _assert_whole(of)
    number = sorted(numbers)[0]
    of.edit(number, contact="稽查室改")
    assert of.sync().pushed == 1
    assert server_rows(url, "SELECT contact FROM cases WHERE case_number = %s", number) == [("稽查室改",)]


def test_the_history_of_other_pcs_is_passed_over_once_and_this_pcs_own_entries_still_go_up(pcs):
    """An office PC's history is nearly all other PCs' (1.9 million entries at 200,000 cases): its sync reads past
    them for its own entries once, not at every sync, and an entry it makes after them still goes up, the one
    made after the mark moved too."""
    from yekuo_desk.services.sync.outbox import get_state
    from yekuo_desk.services.sync.push import TRAIL_PUSHED

    url, cg, hk, of = pcs
    numbers = sorted(cg.new_case(CG, f"城关{i}号客户") for i in range(3))
    cg.sync()
    of.sync()
    assert _others_entries(of) > 0
    of.sync()  # (the first pushed before the history came down)

    def mark_and_last():
        with of.db.session() as s:
            return (int(get_state(s, TRAIL_PUSHED) or 0),
                    s.execute(text("SELECT max(seq) FROM audit_trail")).scalar())

    mark, last = mark_and_last()
    assert mark == last  # past the other PCs' entries
    for k, number in enumerate(numbers[:2]):
        of.edit(number, contact=f"稽查室改{k}")
        of.sync()
        assert server_rows(url, "SELECT count(*) FROM sync_trail WHERE field = 'contact' AND new_value = %s",
                           f"稽查室改{k}") == [(1,)]
        mark, last = mark_and_last()
        assert mark == last


def _staged_tables(monkeypatch) -> list[str]:
    """Make every first pull of the stages go through a staging process (staging.py; a bureau of the tests is
    far below the size that starts one), and list the tables that came that way."""
    from yekuo_desk.services.sync import pull, staging

    monkeypatch.setattr(staging, "FROM_ROWS", -1)  # (-1: a table the server has not analysed yet)
    came, load = [], pull._load_staged
    monkeypatch.setattr(pull, "_load_staged", lambda db, conn, staged, table, *a: (
        came.append(table.name), load(db, conn, staged, table, *a))[1])
    return came


def _rows(pc, table: str) -> list[tuple]:
    """Every row of a table as stored, but when this PC last touched it (a recompute here stamps it)."""
    with pc.db.session() as s:
        rows = s.execute(text(f"SELECT * FROM {table}")).mappings().all()
    return sorted(tuple(v for k, v in r.items() if k != "updated_at") for r in rows)


def _stage_rows(pc) -> list[tuple]:
    return _rows(pc, "case_stages")


def _revisit_rows(pc) -> list[tuple]:
    with pc.db.session() as s:
        return sorted(tuple(r) for r in s.execute(text("SELECT * FROM revisits")))


def _unsynced(tmp_path, name: str, login, password: str) -> PC:
    """A new PC not synced yet (PC() makes its first sync at once)."""
    pc = PC.__new__(PC)
    pc.path, pc.address, pc.password = tmp_path / f"{name}.db", login.address, password
    pc.db = open_database(pc.path)
    return pc


def _others_entries(pc) -> int:
    """Entries of the history that came from other PCs."""
    with pc.db.session() as s:
        return s.execute(text("SELECT count(*) FROM audit_trail WHERE origin NOT IN ('', 'settled')")).scalar()


def _staging_files(pc) -> list[str]:
    return [p.name for p in pc.path.parent.iterdir() if ".pulling-" in p.name]


def _log_left(pc) -> int:
    """Pages of the file's write-ahead log not yet copied into the file, as its index says (sqlite.org/walformat:
    the last frame at byte 16, the last one copied at byte 96): what the next commit, perhaps the window's, would
    have to copy."""
    import struct

    index = pc.path.with_name(pc.path.name + "-shm").read_bytes()
    return struct.unpack_from("=I", index, 16)[0] - struct.unpack_from("=I", index, 96)[0]


def _checkpointing() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name == "yekuo-pull-checkpoint"]


def test_a_staged_first_sync_brings_what_one_process_brings_and_settles_the_history_after_it(
        pcs, bureau, tmp_path, monkeypatch):
    """A new PC's cases, stages and revisits read by a process of their own into staging files and moved into
    the file a statement each: the same rows (categories and due dates too, the cases found by search) as a PC
    whose first sync stored them itself, the same file (indexes, triggers), the history's clash settled once the
    stages are in, no staging file left, the log copied into the file, and the progress counting the staged
    rows; all from a server whose own way of writing a date is not ISO."""
    from yekuo_desk.services import revisits

    url, cg, hk, of = pcs
    a1, _ = _date_clash(cg, of)
    cg.new_case(CG, "城关乙店"), hk.new_case(HK, "河口丙厂")
    revisits.record_revisit(cg.db, revisits.RevisitInput(cg.case(a1).id, "acceptance", TODAY, "phone", "李娟",
                                                         "satisfied", "王厂长"), today=TODAY)
    for pc in (cg, hk, of, cg):
        pc.sync()
    with psycopg.connect(url, autocommit=True) as conn:  # a server that writes dates its own way (15.11.2026)
        conn.execute("ALTER DATABASE " + conn.info.dbname + " SET DateStyle = 'German, DMY'")
    plain = PC(tmp_path, "of2", bureau[1]["of"], "pw-of")
    came = _staged_tables(monkeypatch)
    staged = PC(tmp_path, "of3", bureau[1]["of"], "pw-of")
    assert came == ["cases", "case_stages", "revisits"]
    assert _revisit_rows(staged) == _revisit_rows(plain) != []
    assert _log_left(staged) < 10 and _log_left(plain) < 10 and _checkpointing() == []  # the log copied by then
    assert _stage_rows(staged) == _stage_rows(plain) and len(_stage_rows(plain)) > 20
    assert _rows(staged, "cases") == _rows(plain, "cases") and staged.numbers() == cg.numbers() | hk.numbers()
    assert _file_schema(staged) == _file_schema(plain)
    assert staged.stage(a1, "acceptance").completed_on == date(2026, 11, 3)
    assert {pc.case(a1).next_due for pc in (staged, plain, cg)} == {cg.case(a1).next_due} != {None}
    _assert_whole(staged)
    with staged.db.session() as s:
        assert s.execute(text("SELECT count(*) FROM audit_trail WHERE origin = 'settled'")).scalar() == 1
    assert _staging_files(staged) == []
    number = sorted(staged.numbers())[0]  # the sync triggers are back: a change here goes up
    staged.edit(number, contact="稽查室改")
    assert staged.sync().pushed == 1
    shown = []
    fresh = _unsynced(tmp_path, "of4", bureau[1]["of"], "pw-of")  # a third one, watching its progress
    summary = fresh.sync(progress=lambda step, done, total: shown.append(done) if step == "下载" else None)
    assert shown == sorted(shown) and shown[-1] >= summary.pulled
    for pc in (plain, staged, fresh):
        pc.db.dispose()


def _completes_staged(pc, came: list[str], case_ids: set[str]) -> None:
    """A sync of `pc` whose stages and revisits come through a staging process, bringing the stages of these
    cases, and leaving a sound file (then closed)."""
    came.clear()
    pc.sync()
    assert came == ["cases", "case_stages", "revisits"]
    assert {r[0] for r in _stage_rows(pc)} == case_ids
    _assert_whole(pc)
    pc.db.dispose()


def test_a_staged_first_sync_that_fails_or_is_cancelled_keeps_what_came_and_the_next_completes(
        pcs, bureau, tmp_path, monkeypatch):
    """The staging process refused by the server, unable to connect, killed, out of disk, or the sync cancelled
    while it reads: what the pull stored itself (the history) stays, the cases and their stages come next time,
    no staging file or process is left behind (nor one a killed pull left), and the user is told in Chinese. One
    that cannot share the pull's snapshot (a pool that sent it to another server) is no failure: the pull reads
    the cases, stages and revisits itself."""
    import multiprocessing
    from dataclasses import replace

    from yekuo_desk.services.sync import staging

    url, cg, hk, of = pcs
    numbers = {cg.new_case(CG, f"城关{i}号客户") for i in range(3)}
    cg.sync()
    came = _staged_tables(monkeypatch)
    pc = _unsynced(tmp_path, "of2", bureau[1]["of"], "pw-of")
    real = staging.Staging

    class Failing(real):
        def __init__(self, conn, snapshot, jobs, location):
            class Info:
                dsn = conn.info.dsn.replace(f"port={conn.info.port}", "port=1") if how == "network" else conn.info.dsn
                password = conn.info.password

            if how == "server":
                jobs = [replace(job, select="SELECT * FROM no_such_table") for job in jobs]
            if how == "full":  # a staging file that cannot grow past its first page of rows, as on a full disk
                jobs = [replace(job, objects=(f"PRAGMA max_page_count = 5; {job.objects[0]}", *job.objects[1:]))
                        for job in jobs]
            super().__init__(type("Conn", (), {"info": Info})(), "bogus" if how == "unshared" else snapshot, jobs,
                             location)
            if how == "killed":  # (as the system would kill it, before it has even started)
                self._process.kill()

    monkeypatch.setattr(staging, "Staging", Failing)
    left = pc.path.with_name(pc.path.name + ".pulling-case_stages-99999")  # a killed pull's
    left.write_bytes(b"half a file")
    for how, said in (("server", "同步未完成，已完成的部分已保存"), ("network", "同步中断，未完成的部分下次继续"),
                      ("killed", "下载进程意外结束"), ("full", "磁盘已满，请腾出空间后再同步")):
        with pytest.raises(SyncError, match=said):
            pc.sync()
        assert pc.numbers() == set() and _stage_rows(pc) == [] and _others_entries(pc) > 0
        assert _staging_files(pc) == [] and multiprocessing.active_children() == [] and _checkpointing() == []
    how = "unshared"
    _completes_staged(_unsynced(tmp_path, "of3", bureau[1]["of"], "pw-of"), came, {cg.case(n).id for n in numbers})
    monkeypatch.setattr(staging, "Staging", real)
    came.clear()
    summary = pc.sync(cancelled=lambda: bool(came))  # cancelled once the staged cases are waited for
    assert summary.cancelled and pc.numbers() == set() and _stage_rows(pc) == []
    assert _staging_files(pc) == [] and multiprocessing.active_children() == []
    _completes_staged(pc, came, {cg.case(n).id for n in numbers})


@pytest.mark.parametrize("table", ["case_stages", "cases", "revisits"])
def test_a_staging_files_table_moves_into_the_file_without_a_row_decoded(db, station, tmp_path, monkeypatch, table):
    """The staging file is made from the file's own table and indexes, its keys built after its rows
    (staged_keys.py), so SQLite moves its rows and index entries over as they are (its transfer optimisation:
    what makes the staged stages quick); a change of the schema or of SQLite that loses it would load them row
    by row, index by index. What comes over is whole and its keys still hold."""
    import sqlite3
    from types import SimpleNamespace

    from yekuo_desk.services.sync import staged_keys, staging
    from yekuo_desk.services.sync.pull import _stageable, staging_objects

    for name in ("城关甲厂", "城关乙店"):
        case_id = cases.create_case(db, CaseInput(station_id=station.id, customer_name=name,
                                                  category="lv_nonresident", accepted_on=TODAY), today=TODAY)
        cases.record_completion(db, case_id, "acceptance", TODAY)
    with db.session() as s:
        columns = [row[1] for row in s.execute(text(f"PRAGMA table_info({table})"))]
        came = [tuple(r) for r in s.execute(text(f"SELECT * FROM {table} ORDER BY id"))]
    if table == "revisits":
        assert came == []  # (none yet: keys and transfer all the same)
    pc = open_database(f"{tmp_path}/pc.db", seed=False, backup=False)
    with pc.session() as s:
        objects = staging_objects(s, table)
        triggers = list(s.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                       "AND tbl_name = :t"), {"t": table}).scalars())
        assert _stageable(s, table)
    pc.dispose()
    assert staged_keys.plan(objects[0]) is not None  # (its keys built after its rows)
    monkeypatch.setattr(reading, "stream", lambda *args: iter([came]))
    job = staging.Job(table, "", (), tuple(columns), objects)
    count = SimpleNamespace(value=0)
    assert staging._fill(None, job, f"{tmp_path}/staged.db", count, lambda: False) == len(came) == count.value
    with sqlite3.connect(f"{tmp_path}/pc.db") as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("ATTACH DATABASE ? AS staged", (f"{tmp_path}/staged.db",))
        conn.execute("BEGIN")
        for name in triggers:  # (as pull._bulk sets them aside)
            conn.execute(f"DROP TRIGGER {name}")
        plan = [row[1] for row in conn.execute(f"EXPLAIN INSERT INTO main.{table} SELECT * FROM staged.{table}")]
        conn.execute(f"INSERT INTO main.{table} SELECT * FROM staged.{table}")
        conn.commit()
        assert "RowData" in plan and "MakeRecord" not in plan[:plan.index("RowData")]
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall() == came
        if came:
            with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
                conn.execute(f"INSERT INTO {table} SELECT * FROM staged.{table} LIMIT 1")


def test_only_keys_sqlite_numbers_as_found_are_built_after_the_rows(tmp_path):
    """A key this cannot match to SQLite's own index of it is left in the table (kept up row by row): the
    staged table still moves over, only slower. A staging file edited otherwise than planned is refused."""
    from yekuo_desk.services.sync import staged_keys

    keys = staged_keys.plan("CREATE TABLE t (id VARCHAR(32) NOT NULL, a INTEGER, b TEXT, "
                            "CONSTRAINT pk_t PRIMARY KEY (id), CONSTRAINT uq_t UNIQUE (a, b))")
    assert keys.sql == "CREATE TABLE t (id VARCHAR(32) NOT NULL, a INTEGER, b TEXT)"
    assert keys.built == (("sqlite_autoindex_t_1", ("id",)), ("sqlite_autoindex_t_2", ("a", "b")))
    for table in ("CREATE TABLE t (id INTEGER NOT NULL, CONSTRAINT pk_t PRIMARY KEY (id))",  # the rowid: no index
                  "CREATE TABLE t (id TEXT UNIQUE, a TEXT, CONSTRAINT uq_t UNIQUE (a))",  # one key not found
                  "CREATE TABLE t (a TEXT, CONSTRAINT uq_t UNIQUE (a COLLATE NOCASE))",
                  "CREATE TABLE t (a TEXT)"):
        assert staged_keys.plan(table) is None, table
    import apsw

    file = apsw.Connection(f"{tmp_path}/staged.db")
    file.execute(keys.sql).fetchall()
    file.execute("INSERT INTO t VALUES ('x', 1, 'y')").fetchall()
    staged_keys.build(file, keys)
    file.close()
    staged_keys.check(f"{tmp_path}/staged.db", keys)
    file = apsw.Connection(f"{tmp_path}/staged.db")
    assert file.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    with pytest.raises(apsw.ConstraintError):
        file.execute("INSERT INTO t VALUES ('x', 2, 'z')").fetchall()
    file.close()
    with pytest.raises(RuntimeError, match="不一致"):
        staged_keys.check(f"{tmp_path}/staged.db", staged_keys.plan(keys.table.replace("UNIQUE (a, b)",
                                                                                       "UNIQUE (b, a)")))


def test_a_whole_load_of_cases_gives_the_stages_already_here_their_cases_category(db, station):
    """A case's insert trigger passes its category to stages that came before it; a whole load of the cases
    sets it aside (per row it made SQLite journal every statement) and does its work once for all: the stages
    here end with their case's category all the same, and searching finds the cases."""
    from yekuo_desk.models import Case
    from yekuo_desk.services.sync import pull

    case_id = cases.create_case(db, CaseInput(station_id=station.id, customer_name="城关甲厂",
                                              category="lv_nonresident", accepted_on=TODAY), today=TODAY)
    names = ", ".join(f'"{c.name}"' for c in Case.__table__.c)
    with db.engine.connect() as conn:  # the case gone, its stages left with another category
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        row = conn.exec_driver_sql(f"SELECT {names} FROM cases").one()
        conn.exec_driver_sql("DELETE FROM cases")
        conn.exec_driver_sql("UPDATE case_stages SET category = 'hv_dual'")
        conn.commit()
        conn.exec_driver_sql("PRAGMA foreign_keys = ON")
    result = pull.PullResult()
    pull._load_whole(db, iter([[tuple(row)]]), Case.__table__, 1, result, None, lambda: False)
    with db.session() as s:
        assert set(s.execute(text("SELECT category FROM case_stages")).scalars()) == {"lv_nonresident"}
    assert result.pulled == 1 and [c.id for c in find_cases(db, "城关甲厂")] == [case_id]


def test_a_staging_failure_on_this_pcs_disk_is_told_in_chinese():
    from yekuo_desk.services.sync.pull import _raised
    from yekuo_desk.services.sync.staging import StagingFailed

    assert "磁盘已满" in str(_raised(StagingFailed("file", "database or disk is full")))
    assert "临时文件" in str(_raised(StagingFailed("file", "unable to open database file")))


def test_one_refused_row_never_blocks_the_rest_and_is_retried_once_fixed(pcs):
    url, cg, hk, of = pcs
    good, bad = cg.new_case(CG, "城关甲厂"), cg.new_case(CG, "城关乙店")
    with cg.db.transaction() as s:  # a value the shared database will not take (longer than its column)
        s.execute(text("UPDATE cases SET address = :a WHERE case_number = :n"), {"a": "长" * 250, "n": bad})
    result = cg.sync()
    refused = {(t, reason) for t, _, reason in result.refused}
    assert [t for t, reason in refused if "过长" in reason] == ["cases"]
    assert {t for t, reason in refused if "过长" not in reason} == {"case_stages"}  # its stages wait for it
    assert all("还没有" in reason for t, reason in refused if t == "case_stages")
    of.sync()
    assert good in of.numbers() and bad not in of.numbers()
    cg.edit(bad, address="城关镇南街 1 号")  # fixed: goes up at the next sync, with its stages
    assert not cg.sync().refused
    of.sync()
    assert bad in of.numbers() and of.case(bad).address == "城关镇南街 1 号"


def test_a_station_pc_refuses_to_push_another_stations_cases_and_says_which(bureau, tmp_path):
    url, logins = bureau
    db = open_database(tmp_path / "alone.db")  # a PC that worked before it was connected
    from yekuo_desk.services.stations import add_station

    mine, other = add_station(db, CG, "CG"), add_station(db, HK, "HK")
    sign_in(db, "jicha", auth.AUDIT)  # an office that kept every station's ledger
    for station, name in ((mine, "城关甲厂"), (other, "河口丙厂")):
        cases.create_case(db, CaseInput(station_id=station.id, customer_name=name, category="resident",
                                        accepted_on=date(2026, 11, 2)), today=TODAY)
    result = engine.run(db, logins["cg"].address, "pw-cg")
    assert result.refused and {r for _, _, r in result.refused} == {"属于河口供电所，本机的同步账户只能上传本所的数据"}
    server = server_rows(url, "SELECT c.customer_name, s.name FROM cases c JOIN stations s ON s.id = c.station_id")
    assert server == [("城关甲厂", CG)]  # its own station's case went up, under the shared database's station
    with db.session() as s:
        assert s.execute(text("SELECT count(*) FROM stations WHERE name = :n"), {"n": CG}).scalar_one() == 1
    db.dispose()


def test_a_pull_never_skips_a_change_that_commits_late(pcs):
    """Two overlapping pushes: one holds the clock (stamped, not committed) while a pull runs and another PC
    pushes; the other waits for the clock, so stamps become visible in their order, and nothing is skipped."""
    from yekuo_desk.services.sync import server

    url, cg, hk, of = pcs
    b1 = hk.new_case(HK, "河口丙厂")
    hk.sync(), of.sync()
    late = psycopg.connect(hk.address, password=hk.password)  # a push in flight
    done = threading.Event()

    def other_push():
        cg.sync()
        done.set()

    try:
        stamp = server.stamp(late)
        late.execute("UPDATE cases SET contact = '迟到的修改', sync_seq = %s WHERE case_number = %s", (stamp, b1))
        a1 = cg.new_case(CG, "城关甲厂")
        pushing = threading.Thread(target=other_push)
        pushing.start()
        pushing.join(timeout=3)
        assert not done.is_set()  # the second push waits for the clock
        of.sync()  # a pull meanwhile is not held up
        assert of.case(b1).contact != "迟到的修改"
        late.commit()
    finally:
        late.close()
    pushing.join(timeout=60)
    assert done.is_set()
    of.sync()
    assert of.case(b1).contact == "迟到的修改" and of.case(a1) is not None


def test_versions_must_agree(pcs, bureau):
    url, cg, hk, of = pcs
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(SyncError, match="请升级软件"):
        cg.sync()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0008'")
    cg.new_case(CG, "城关甲厂")
    with pytest.raises(SyncError, match="shared-db init"):
        cg.sync()
    with cg.db.session() as s:
        assert s.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one() > 0  # kept for later


def test_no_server_a_stranger_or_the_owner_gives_a_clear_message(pcs, pg_server):
    url, cg, hk, of = pcs
    with pytest.raises(SyncError, match="连不上共享数据库"):
        engine.run(cg.db, f"postgresql://yekuo_st_cg@127.0.0.1:1/{url.rsplit('/', 1)[1]}", "pw-cg")
    with pytest.raises(SyncError, match="用户名或密码不对"):
        engine.run(cg.db, cg.address, "wrong")
    with pytest.raises(SyncError, match="不是供电所或部门的同步账户"):
        engine.run(cg.db, url.replace(f":{pg_server.password}@", "@"), pg_server.password)


def test_the_command_line_sets_up_syncs_and_lists_conflicts(pcs, tmp_path):
    url, cg, hk, of = pcs
    a1 = cg.new_case(CG, "城关甲厂")
    cg.sync(), of.sync()
    cg.edit(a1, phone="13911111111")
    of.edit(a1, phone="13722222222")
    cg.sync()
    pw = tmp_path / "pw.txt"
    pw.write_text("pw-of\n")
    env = {"YEKUO_PASSWORD": PASSWORD}
    of.db.dispose()
    out = run("sync", "setup", "--db", str(of.path), "--url", of.address, "--password-file", str(pw),
              "--user", "admin", env=env)
    assert "已连接共享数据库：账户 yekuo_of_yxjcs（全局（科室））" in out.stdout
    out = run("sync", "--db", str(of.path), "--user", "jicha", env=env)
    assert "冲突 1 处" in out.stdout and "conflicts list" in out.stdout
    listed = json.loads(run("conflicts", "list", "--db", str(of.path), "--format", "json", "--user", "jicha",
                            env=env).stdout)
    assert [(c["case_number"], c["field"], c["mine"], c["theirs"]) for c in listed] == [
        (a1, "联系电话", "13722222222", "13911111111")]
    bad = run("conflicts", "resolve", "--db", str(of.path), "no-such-id", "mine", "--user", "jicha", env=env,
              check=False)
    assert bad.returncode == 1 and "没有这条冲突记录" in bad.stderr
    out = run("sync", "status", "--db", str(of.path), "--user", "jicha", env=env)
    assert "未处理的冲突：1" in out.stdout
    bad = run("sync", "--db", str(cg.path), "--user", "cg_clerk", env=env, check=False)
    assert bad.returncode == 1 and "尚未连接共享数据库" in bad.stderr
    bad = run("sync", "setup", "--db", str(of.path), "--url", "mysql://x@y/z", "--password-file", str(pw),
              "--user", "admin", env=env, check=False)
    assert bad.returncode == 1 and "数据库地址应为 postgresql://" in bad.stderr and "Traceback" not in bad.stderr


def test_the_bureaus_rules_calendar_and_settings_come_down_to_every_pc(pcs, tmp_path):
    """The administrator edits the time limits and the bureau's name on one PC and publishes them; every PC
    receives them at its next sync and recomputes its open cases' due dates."""
    from yekuo_desk.services import rules
    from yekuo_desk.services.print_settings import load_print_settings, save_print_settings
    from yekuo_desk.services.sync.reference import publish

    url, cg, hk, of = pcs
    a1 = cg.new_case(CG, "城关甲厂")
    cg.complete(a1, "acceptance", date(2026, 11, 3))
    cg.complete(a1, "site_survey", date(2026, 11, 4))
    before = cg.stage(a1, "plan_reply").due_on
    sign_in(of.db, "admin", auth.ADMIN)
    with of.db.transaction() as s:  # the supply plan of a low-voltage business: 9 working days instead of 7
        rs = rules.active_rule_set(s)
        table = {(lim.stage, lim.category): (lim.applies, lim.days) for lim in rs.limits}
        table[("plan_reply", "lv_nonresident")] = (table[("plan_reply", "lv_nonresident")][0], 9)
        rules.save_limits(s, rs.id, table)
    save_print_settings(of.db, replace(load_print_settings(of.db), bureau="国网某某县供电公司"))
    assert publish(of.db, url) == ["rules", "settings"]
    assert publish(of.db, url) == []  # the same again: nothing to send
    summary = cg.sync()
    assert summary.reference and "时限规则" in summary.text()
    assert load_print_settings(cg.db).bureau == "国网某某县供电公司"
    # recomputed with the bureau's limit: 9 working days from the acceptance (2026-11-02) instead of 7
    assert (before, cg.stage(a1, "plan_reply").due_on) == (date(2026, 11, 11), date(2026, 11, 13))
    assert not cg.sync().reference  # nothing changed since


def test_putting_back_a_recorded_date_from_the_inbox_needs_the_right_to_change_dates(pcs):
    url, cg, hk, of = pcs
    a1, clash = _date_clash(of, cg)
    assert [c.field for c in clash] == ["completed_on"]
    clash = conflicts.list_conflicts(cg.db)[0]
    assert (clash.field, clash.mine, clash.theirs) == ("完成日期", "2026-11-04", "2026-11-03")
    with pytest.raises(auth.AuthError, match="修改已记录的日期"):
        conflicts.resolve(cg.db, clash.id, conflicts.MINE)  # a clerk keeps the standing date...
    conflicts.resolve(cg.db, clash.id, conflicts.THEIRS)     # ...and closes the entry
    assert cg.stage(a1, "acceptance").completed_on == date(2026, 11, 3) and not conflicts.list_conflicts(cg.db)


def test_the_meetings_items_go_down_to_the_station_they_concern_only(pcs):
    """The audit office records the Friday meeting's items; a station's PC receives those its station answers
    for (and sees them on its due panel), never another station's; an outcome recorded later follows."""
    from yekuo_desk.services import coordination
    from yekuo_desk.services.coordination import ItemInput

    url, cg, hk, of = pcs
    for station, subject in ((CG, "城关：3 户待装表"), (HK, "河口：线路改造")):
        coordination.add_item(of.db, ItemInput(subject, of.station_id(station), date(2026, 11, 27),
                                               date(2026, 11, 20)), today=TODAY)
    of.sync(), cg.sync(), hk.sync()
    assert [i.subject for i in coordination.list_items(cg.db)] == ["城关：3 户待装表"]
    assert [i.subject for i in coordination.list_items(hk.db)] == ["河口：线路改造"]
    item = coordination.list_items(of.db, station_id=of.station_id(CG))[0]
    coordination.close_item(of.db, item.id, "已装表接电", date(2026, 11, 20), today=TODAY)
    of.sync(), cg.sync()
    assert coordination.list_items(cg.db)[0].outcome == "已装表接电"


def test_the_demo_bureau_never_reaches_the_shared_database(pcs, tmp_path):
    """The invented cases stay in their file: connecting or syncing a demo file is refused, and nothing of it
    waits to be sent."""
    from conftest import demo_file

    from yekuo_desk.services.sync.setup import configure

    url, cg, hk, of = pcs
    demo = open_database(demo_file(tmp_path / "yekuo-demo.db", 200, 3))
    try:
        with demo.session() as s:
            assert s.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one() == 0
        sign_in(demo, "admin", auth.ADMIN)
        with pytest.raises(SyncError, match="演示数据文件"):
            configure(demo, of.address, of.password)
        with pytest.raises(SyncError, match="演示数据文件"):
            engine.run(demo, of.address, of.password)
    finally:
        demo.dispose()
    assert server_rows(url, "SELECT count(*) FROM cases")[0][0] == 0


def test_the_next_batch_is_read_ahead_and_a_stop_or_a_failure_reaches_the_storing_side():
    """A pull reads the shared database one batch ahead, on a thread of its own: its failure is raised where
    the batches are stored, and a pull that stops early (cancelled, or a failure storing) leaves no reader
    behind, its cursor closed."""
    from yekuo_desk.services.sync.reading import ahead

    closed = []

    def batches(fail_at=None):
        try:
            for i in range(5):
                if i == fail_at:
                    raise psycopg.OperationalError("server closed the connection unexpectedly")
                yield [i]
        finally:
            closed.append(threading.current_thread().name)

    assert list(ahead(batches())) == [[0], [1], [2], [3], [4]]
    got = []
    with pytest.raises(psycopg.OperationalError):
        for batch in ahead(batches(fail_at=2)):
            got.append(batch)
    assert got == [[0], [1]]
    reading = ahead(batches())
    assert next(reading) == [0]
    reading.close()  # the storing side stops: the reader has stopped and closed its cursor
    assert closed == ["yekuo-pull-read"] * 3
    assert not [t for t in threading.enumerate() if t.name == "yekuo-pull-read"]
