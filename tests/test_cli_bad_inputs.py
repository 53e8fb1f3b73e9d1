"""Every command with the bad inputs a careless user types (issue 14 point 2): one Chinese line saying what is
wrong, a non-zero exit (2 for usage), never a traceback."""
import contextlib
import io

import pytest

from yekuo_desk.cli import main

BAD = [
    # months and dates outside the calendar (1990–2100), or not dates at all
    ("revisit-plan", "--db", "{db}", "--month", "0000-01"),
    ("revisit-plan", "--db", "{db}", "--month", "9999-12"),
    ("report", "revisits", "--db", "{db}", "--month", "0000-01", "--out", "{tmp}/r.pdf"),
    ("assessment", "--db", "{db}", "--month", "9999-12"),
    ("assessment", "--db", "{db}", "--month", "2026-13"),
    ("due", "--db", "{db}", "--on", "9999-12-31"),
    ("due", "--db", "{db}", "--on", "2100-12-31"),
    ("due", "--db", "{db}", "--on", "2026-02-30"),
    ("workdays", "--from", "2026-01-01", "--add", "99999999"),
    ("workdays", "--from", "0001-01-01", "--add", "3"),
    ("stats", "--db", "{db}", "--from", "2026-01-01", "--to", "9999-12-31"),
    ("stats", "--db", "{db}", "--from", "2026-12-01", "--to", "2026-01-01"),
    ("meeting-pack", "--db", "{db}", "--week", "9999-W52", "--out", "{tmp}/p.pdf"),
    ("meeting-pack", "--db", "{db}", "--week", "2026-W60", "--out", "{tmp}/p.pdf"),
    ("quarterly", "--db", "{db}", "--quarter", "0001-Q1", "--out", "{tmp}/q.pdf"),
    ("items", "add", "--db", "{db}", "--subject", "x", "--unit", "城关供电所", "--due", "9999-12-31"),
    ("items", "add", "--db", "{db}", "--subject", " ", "--unit", "城关供电所", "--due", "2026-12-31"),
    ("items", "close", "XT-9", "--db", "{db}", "--outcome", "x"),
    # files: an address for a path, a folder, a missing file, a folder to write onto, a wrong suffix
    ("due", "--db", "postgresql://u@localhost/x"),
    ("recompute", "--db", "{tmp}"),
    ("due", "--db", "{tmp}/missing.db"),
    ("template", "--out", "{tmp}"),
    ("meeting-pack", "--db", "{db}", "--week", "2026-W48", "--out", "{tmp}"),
    ("report", "assessment", "--db", "{db}", "--month", "2026-11", "--out", "{tmp}/a.docx"),
    ("stats", "--db", "{db}", "--from", "2026-01-01", "--to", "2026-12-31", "--station", "不存在所"),
]


@pytest.mark.parametrize("argv", BAD, ids=lambda a: " ".join(a)[:60])
def test_a_bad_input_gets_one_chinese_line_and_a_non_zero_exit(argv, db, station, tmp_path):
    argv = [a.format(db=db.location, tmp=tmp_path) for a in argv]
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: a usage error
            code = exc.code
    text = err.getvalue()
    assert code in (1, 2), text
    assert "Traceback" not in text and ("错误" in text or "参数" in text), text
    assert any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_a_file_busy_in_another_program_is_waited_for_then_refused_clearly(db, station, capsys):
    """Another program holds the file's write lock (an import, a sync): a command that writes waits the busy
    time, then says so in one line; nothing half-saved."""
    import sqlite3

    holder = sqlite3.connect(db.location, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code = main(["items", "add", "--db", str(db.location), "--subject", "x", "--unit", "城关供电所",
                     "--due", "2026-12-31", "--on", "2026-11-20", "--today", "2026-11-20"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert code == 1 and "正被另一个程序写入" in err and "Traceback" not in err
    assert main(["items", "list", "--db", str(db.location), "--all"]) == 0
    assert "还没有协调事项" in capsys.readouterr().out
