"""Numbers drawn by several writers at once never collide, and the sequence goes on past 9,999."""
from __future__ import annotations

import multiprocessing
from datetime import date

from sqlalchemy import select

from yekuo_desk.db import open_database
from yekuo_desk.models import FeedbackForm
from yekuo_desk.services import feedback
from yekuo_desk.services.feedback import FeedbackInput

TODAY = date(2026, 11, 20)


def _form(station_id: str) -> FeedbackInput:
    return FeedbackInput(kind="complaint", source="95598", received_on=date(2026, 11, 16), content="装表后三天未通电",
                         station_id=station_id, customer_name="张三")


def _writer(path: str, station_id: str, count: int, errors) -> None:
    database = open_database(path, seed=False, backup=False)
    try:
        for _ in range(count):
            try:
                feedback.add_form(database, _form(station_id), today=TODAY)
            except Exception as exc:  # counted: the test asserts there are none
                errors.put(repr(exc))
    finally:
        database.dispose()


def test_four_writers_adding_forms_at_once_never_collide(db, station, tmp_path):
    feedback.add_form(db, _form(station.id), today=TODAY)  # the PC's device code exists before they start
    ctx = multiprocessing.get_context("spawn")
    errors = ctx.Queue()
    workers = [ctx.Process(target=_writer, args=(str(tmp_path / "test.db"), station.id, 60, errors))
               for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
    refused = []
    while not errors.empty():
        refused.append(errors.get())
    assert refused == []
    assert all(w.exitcode == 0 for w in workers)
    with db.session() as s:
        numbers = list(s.scalars(select(FeedbackForm.number)))
    assert len(numbers) == 241 and len(set(numbers)) == 241
    assert sorted(int(n.rsplit("-", 1)[1]) for n in numbers) == list(range(1, 242))


def test_the_sequence_widens_past_9999(db, station):
    first = feedback.add_form(db, _form(station.id), today=TODAY).number
    stem = first.rsplit("-", 1)[0]
    with db.transaction() as s:
        s.get(FeedbackForm, feedback.find_form_id(db, first) or "").number = f"{stem}-9999"
    assert feedback.add_form(db, _form(station.id), today=TODAY).number == f"{stem}-10000"
    assert feedback.add_form(db, _form(station.id), today=TODAY).number == f"{stem}-10001"
