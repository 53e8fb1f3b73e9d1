from datetime import date

import pytest
from sqlalchemy import func, select

from yekuo_desk.models import Case
from yekuo_desk.services import cases, register
from yekuo_desk.services.cases import CaseInput
from yekuo_desk.services.register import ANY_LEDGER, Register, RegisterFilter

TODAY = date(2026, 11, 20)
HORIZON = date(2026, 11, 25)


def reg() -> Register:
    return Register(TODAY, HORIZON)


def all_rows(db, f, column="accepted_on", descending=True):
    with db.session() as s:
        r = reg()
        view = r.prepare(s, f, column, descending)
        rows = []
        for offset in range(0, view.count, 70):
            rows += r.page(s, view, offset, 70)
        return view.count, rows


@pytest.fixture
def small(db, station, other_station):
    def add(name, st, **kw):
        return cases.create_case(db, CaseInput(station_id=st.id, customer_name=name, accepted_on=kw.pop(
            "accepted_on", date(2026, 11, 2)), category=kw.pop("category", "resident"), **kw), today=TODAY)
    add("张三", station, phone="13812345678")
    add("张三丰", station, accepted_on=date(2026, 11, 19))
    add("李四", other_station, category="lv_nonresident", ledger="connect_first")
    add("城关镇鑫旺超市", station, category="lv_nonresident", small_business=True)
    return db


def names(rows):
    return sorted(r.customer_name for r in rows)


def test_text_filter_by_name_initials_number_and_phone(small):
    assert names(all_rows(small, RegisterFilter(text="张三"))[1]) == ["张三", "张三丰"]
    assert names(all_rows(small, RegisterFilter(text="zs"))[1]) == ["张三", "张三丰"]
    assert names(all_rows(small, RegisterFilter(text="ZSF"))[1]) == ["张三丰"]
    assert names(all_rows(small, RegisterFilter(text="HK-2026"))[1]) == ["李四"]
    assert names(all_rows(small, RegisterFilter(text="hk-2026-00001"))[1]) == ["李四"]
    assert names(all_rows(small, RegisterFilter(text="2345678"))[1]) == ["张三"]
    assert names(all_rows(small, RegisterFilter(text="鑫旺超市"))[1]) == ["城关镇鑫旺超市"]
    assert all_rows(small, RegisterFilter(text='"%_'))[0] == 0  # quotes and LIKE wildcards are plain text


def test_two_or_more_characters_match_anywhere_in_name_contact_and_address(db, station):
    """Issue 10: "鑫源" finds 城关鑫源五金加工厂 (two characters in the middle), and so do the contact and the
    address; a case whose name changes is found by its new name only."""
    def add(name, **kw):
        return cases.create_case(db, CaseInput(station_id=station.id, customer_name=name, category="lv_nonresident",
                                               accepted_on=date(2026, 11, 2), **kw), today=TODAY)
    works = add("城关鑫源五金加工厂", contact="王建国", address="澄川县城关镇工业园区8号")
    add("东门加油站", contact="李红", address="澄川县东门大街1号")
    add("北门五金店", contact="赵国强", address="澄川县北门路")
    add("鑫", contact="", address="")
    for text, expected in [("鑫源", ["城关鑫源五金加工厂"]), ("五金", ["北门五金店", "城关鑫源五金加工厂"]),
                           ("加油站", ["东门加油站"]), ("油站", ["东门加油站"]), ("建国", ["城关鑫源五金加工厂"]),
                           ("国强", ["北门五金店"]), ("工业园", ["城关鑫源五金加工厂"]), ("园区", ["城关鑫源五金加工厂"]),
                           ("门大街", ["东门加油站"]), ("加工厂", ["城关鑫源五金加工厂"]), ("工厂", ["城关鑫源五金加工厂"]),
                           ("澄川", ["东门加油站", "北门五金店", "城关鑫源五金加工厂"]), ("源鑫", [])]:
        assert sorted(names(all_rows(db, RegisterFilter(text=text))[1])) == sorted(expected), text
    inp = cases.get_case(db, works, TODAY).data
    inp.customer_name, inp.address = "城关鑫泰五金加工厂", "澄川县城关镇"
    cases.update_case(db, works, inp, today=TODAY)
    assert names(all_rows(db, RegisterFilter(text="鑫源"))[1]) == []
    assert names(all_rows(db, RegisterFilter(text="鑫泰"))[1]) == ["城关鑫泰五金加工厂"]
    assert names(all_rows(db, RegisterFilter(text="园区"))[1]) == []


def test_a_pair_of_characters_is_found_at_the_end_of_a_value_of_any_length(db, station):
    """The pairs index splits each value by the shortest of a few fixed lengths that holds it (migration 0013):
    the last two characters of a name or address of each length around those steps are found, a long name cut
    short is no longer found by its old end, and an address is split up to its 120th character, as before."""
    filler = "澄川县城关镇工业园区" * 13
    ends = {}
    for n, tail in zip((4, 5, 8, 9, 16, 17, 32, 33, 64, 65, 100), "甲乙丙丁戊己庚辛壬癸子"):
        name = filler[:n - 2] + tail + "丑"
        ends[tail + "丑"] = cases.create_case(db, CaseInput(
            station_id=station.id, customer_name=name, category="lv_nonresident",
            accepted_on=date(2026, 11, 2), address=filler[:n - 2] + tail + "寅"), today=TODAY)
    for pair, case_id in ends.items():
        assert [r.id for r in all_rows(db, RegisterFilter(text=pair))[1]] == [case_id], pair
        assert [r.id for r in all_rows(db, RegisterFilter(text=pair[0] + "寅"))[1]] == [case_id], pair
    cases.create_case(db, CaseInput(station_id=station.id, customer_name="长地址", category="lv_nonresident",
                                    accepted_on=date(2026, 11, 2), address=filler[:118] + "卯辰巳"), today=TODAY)
    assert names(all_rows(db, RegisterFilter(text="卯辰"))[1]) == ["长地址"]  # characters 119 and 120
    assert names(all_rows(db, RegisterFilter(text="辰巳"))[1]) == []        # past the 120th
    longest = ends["子丑"]
    inp = cases.get_case(db, longest, TODAY).data
    inp.customer_name = "午未"
    cases.update_case(db, longest, inp, today=TODAY)
    assert all_rows(db, RegisterFilter(text="子丑"))[0] == 0
    assert [r.id for r in all_rows(db, RegisterFilter(text="午未"))[1]] == [longest]


def test_filters_by_station_category_ledger_and_status(small, station):
    assert names(all_rows(small, RegisterFilter(station_id=station.id))[1]) == ["城关镇鑫旺超市", "张三", "张三丰"]
    assert names(all_rows(small, RegisterFilter(category="lv_nonresident"))[1]) == ["城关镇鑫旺超市", "李四"]
    assert names(all_rows(small, RegisterFilter(ledger=ANY_LEDGER))[1]) == ["李四"]
    assert names(all_rows(small, RegisterFilter(ledger="connect_first"))[1]) == ["李四"]
    # Accepted on 11-19: its acceptance stage is due on 11-20, today.
    assert names(all_rows(small, RegisterFilter(status="due_today"))[1]) == ["张三丰"]
    assert names(all_rows(small, RegisterFilter(status="overdue"))[1]) == ["城关镇鑫旺超市", "张三", "李四"]
    assert all_rows(small, RegisterFilter(status="done"))[0] == 0


def test_sorting_by_every_column(small):
    for column in register.COLUMNS:
        for descending in (False, True):
            n, rows = all_rows(small, RegisterFilter(), column, descending)
            assert n == 4 and len({r.id for r in rows}) == 4, column
    _, rows = all_rows(small, RegisterFilter(), "customer_name", False)
    assert [r.customer_name for r in rows] == sorted(r.customer_name for r in rows)
    _, rows = all_rows(small, RegisterFilter(), "accepted_on", True)
    assert rows[0].customer_name == "张三丰"


def test_paging_a_demo_bureau_sees_every_case_once(demo_db):
    n, rows = all_rows(demo_db, RegisterFilter(), "next_due", False)
    with demo_db.session() as s:
        assert n == s.scalar(select(func.count()).select_from(Case)) == len({r.id for r in rows}) == 1500
    dues = [r.next_due for r in rows if r.next_due]
    assert dues == sorted(dues)


def test_many_and_few_matches_give_the_same_answer(demo_db, monkeypatch):
    """A text matching many cases is paged by the sort index, one matching few by rowid: same rows."""
    f = RegisterFilter(text="w")
    n_many, many = all_rows(demo_db, f)
    monkeypatch.setattr(register, "SMALL_MATCH", 10**9)
    n_few, few = all_rows(demo_db, f)
    assert n_many == n_few > 50
    assert [r.id for r in many] == [r.id for r in few]


def test_status_order(demo_db):
    _, rows = all_rows(demo_db, RegisterFilter(), "status", False)
    order = [r.status for r in rows]
    assert order.index("overdue") < order.index("on_track") < order.index("done")
    assert order[-1] == "done"


@pytest.mark.parametrize("small", [10**9, 100])  # paged over rowids; by walking the (grouped) indexes
def test_pages_past_the_middle_walk_back_and_give_the_same_order(demo_db, monkeypatch, small):
    """The second half of the list is read from the other end of the index: same rows, same order."""
    monkeypatch.setattr(register, "SMALL_MATCH", small)
    for column in register.COLUMNS:
        for descending in (False, True):
            with demo_db.session() as s:
                r = reg()
                view = r.prepare(s, RegisterFilter(), column, descending)
                forward = [row.id for row in r.page(s, view, 0, view.count)]  # one page: walked from the start
            _, paged = all_rows(demo_db, RegisterFilter(), column, descending)
            assert [row.id for row in paged] == forward, (column, descending)


def test_a_withdrawn_case_is_not_counted_by_a_chinese_search(db, station):
    """The count of a Chinese text is taken from its full-text index, less the withdrawn cases it holds."""
    from sqlalchemy import update

    from yekuo_desk.models.base import utcnow
    ids = [cases.create_case(db, CaseInput(station_id=station.id, customer_name=f"城关鑫源五金{i}号店", category="resident",
                                           accepted_on=date(2026, 11, 2)), today=TODAY) for i in range(3)]
    with db.transaction() as s:
        s.execute(update(Case).where(Case.id == ids[1]).values(deleted_at=utcnow()))
    for text in ("鑫源", "鑫源五", "五金1号"):
        count, rows = all_rows(db, RegisterFilter(text=text))
        assert count == len(rows) and ids[1] not in [r.id for r in rows], text
    assert all_rows(db, RegisterFilter(text="鑫源"))[0] == 2
