"""Issue 14 point 3: no user text — station, bureau, customer, reason — becomes a formula in anything the app
writes. The classic payloads go into every text field of the demo; every workbook and CSV is read back."""
from __future__ import annotations

import csv
import io
import sqlite3
from datetime import date, timedelta

from openpyxl import load_workbook

from yekuo_desk.cli import main
from yekuo_desk.documents.due_export import write_due_list
from yekuo_desk.documents.feedback_export import write_feedback_list
from yekuo_desk.documents.register_export import write_register
from yekuo_desk.services import feedback
from yekuo_desk.services.due import due_items
from yekuo_desk.services.engine_context import calendar_for
from yekuo_desk.services.register import Register, RegisterFilter, all_rows
from yekuo_desk.services.stations import list_stations

TODAY = date(2026, 11, 20)
PAYLOADS = ["=1+1", "+1+1", "-1+1", "@SUM(1,1)", '=HYPERLINK("http://example.com","点击")', "=cmd|' /C calc'!A0",
            "\t=1+1"]


def poison(path) -> None:
    """Every text a user types, in the file, set to a payload (stations and numbers kept unique)."""
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE stations SET name = ? || ' ' || code", (PAYLOADS[0],))
        for i, payload in enumerate(PAYLOADS):
            conn.execute(f"UPDATE cases SET customer_name = ?, contact = ?, address = ?, manager = ? "
                         f"WHERE rowid % {len(PAYLOADS)} = {i}", (payload, payload, payload, payload))
            conn.execute(f"UPDATE feedback_forms SET customer_name = ?, content = ? WHERE rowid % {len(PAYLOADS)} = {i}",
                         (payload, payload))
            conn.execute(f"UPDATE assessment_items SET description = ? WHERE rowid % {len(PAYLOADS)} = {i}",
                         (payload,))
            conn.execute(f"UPDATE supervision_notices SET finding = ?, persons = ? WHERE rowid % {len(PAYLOADS)} = {i}",
                         (payload, payload))
            conn.execute(f"UPDATE coordination_items SET subject = ?, owner = ? WHERE rowid % {len(PAYLOADS)} = {i}",
                         (payload, payload))
            conn.execute(f"UPDATE revisits SET customer_words = ?, caller = ? WHERE rowid % {len(PAYLOADS)} = {i}",
                         (payload, payload))
        conn.execute("UPDATE settings SET value = ? WHERE key = 'bureau_name'", (PAYLOADS[4],))


def no_formulas(path) -> int:
    """How many cells were read; fails on any formula cell."""
    wb = load_workbook(path)  # formulas read as formulas (data_type "f")
    cells = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{path.name} {ws.title}!{cell.coordinate}: {cell.value!r}"
                cells += cell.value is not None
    return cells


def texts(path) -> set[str]:
    return {c.value for ws in load_workbook(path).worksheets for row in ws.iter_rows() for c in row
            if isinstance(c.value, str)}


def test_every_workbook_and_csv_keeps_user_text_as_text(demo_db, tmp_path, capsys):
    demo_db.dispose()
    poison(demo_db.location)
    db_path = demo_db.location
    from yekuo_desk.db import open_database
    db = open_database(db_path)
    try:
        with db.session() as s:
            register = Register(TODAY, TODAY + timedelta(days=5))
            view = register.prepare(s, RegisterFilter())
            due = due_items(s, calendar_for(s), TODAY)
        stations = {st.id: st.name for st in list_stations(db)}
        written = [write_register(tmp_path / "register.xlsx", all_rows(db, register, view), stations, view.count)
                   and tmp_path / "register.xlsx",
                   write_due_list(tmp_path / "due.xlsx", due, TODAY),
                   write_feedback_list(tmp_path / "feedback.xlsx", feedback.list_forms(db, today=TODAY))]
    finally:
        db.dispose()
    month = f"{TODAY.year}-{TODAY.month - 1:02d}"
    for args, out in [(["report", "assessment", "--month", month], "assessment.xlsx"),
                      (["report", "revisits", "--month", month], "revisits.xlsx"),
                      (["meeting-pack", "--week", "2026-W46"], "pack.xlsx"),
                      (["quarterly", "--quarter", "2026-Q3"], "quarterly.xlsx")]:
        assert main([*args, "--db", str(db_path), "--out", str(tmp_path / out), "--today", TODAY.isoformat()]) == 0, \
            capsys.readouterr().err
        written.append(tmp_path / out)
    for path in written:
        written_texts = texts(path)
        assert no_formulas(path) > 10
        assert any(p in t for t in written_texts for p in PAYLOADS[:6]), f"{path.name}: the payloads were not there"
    # the revisit report's title is built from the bureau's name; the register's station column and the
    # assessment's subtotal rows name the stations
    assert any(t.startswith('=HYPERLINK') for t in texts(tmp_path / "revisits.xlsx"))
    assert any(t.startswith("=1+1 ") for t in texts(tmp_path / "register.xlsx"))

    assert main(["due", "--db", str(db_path), "--format", "csv", "--on", TODAY.isoformat()]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    fields = [f for row in rows[1:] for f in row]
    assert any(f.startswith("'=") for f in fields)
    assert not any(f.startswith(("=", "+", "-", "@", "\t")) for f in fields)
