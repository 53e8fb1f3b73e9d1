"""The printed papers as the user waits for them: gathered from the 200,000-case bureau's database and
written to the file.

- receipts of 1,000 cases in one PDF, from the database to the file: <= 3 s;
- the monthly revisit report of the bureau's busiest month (4,813 revisits), PDF and Excel, gathered and
  written; and written from 2,000 and 4,000 revisits to show the writers are linear (2,000: <= 2 s each);
- one receipt: <= 50 ms.

    python benchmarks/bench_papers.py

Baselines, same run: the same number of one-line pages, and reading the same rows with plain SQL.
"""
from __future__ import annotations

import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from common import TODAY, bureau, median, met, ms, print_table, secs, timed


def main() -> int:
    from reportlab.pdfgen import canvas
    from sqlalchemy import text

    from yekuo_desk.db import open_database
    from yekuo_desk.documents import revisit_report
    from yekuo_desk.documents.fonts import cjk_font
    from yekuo_desk.documents.receipt import write_receipts
    from yekuo_desk.services.papers import RECEIPT_STAGES, receipt_data, receipts_of_day
    from yekuo_desk.services.revisit_report import RevisitReport, monthly_report

    path = bureau()
    db = open_database(path)
    out = Path(tempfile.mkdtemp())
    font = cjk_font()

    def lines(target: Path, pages: int) -> None:
        c = canvas.Canvas(str(target))
        for _ in range(pages):
            c.setFont(font.name, 12)
            c.drawString(72, 720, "业扩报装书面回执 CG-2026-00001 2026年12月7日")
            c.showPage()
        c.save()

    lines(out / "warm.pdf", 1)
    rows = []
    # A batch of receipts from the database: the days before TODAY until 1,000 receipts are owed.
    days, day = [], TODAY
    with db.session() as s:
        owed = 0
        while owed < 1000:
            n = s.scalar(text("SELECT count(*) FROM case_stages WHERE completed_on = :d AND stage IN "
                              f"({','.join(repr(x) for x in RECEIPT_STAGES)})"), {"d": day.isoformat()})
            if n:
                days.append(day)
                owed += n
            day -= timedelta(days=1)

    def batch() -> int:
        receipts = [r for d in days for r in receipts_of_day(db, d, TODAY)][:1000]
        write_receipts(out / "batch.pdf", receipts)
        return len(receipts)
    gathered = timed(lambda: [r for d in days for r in receipts_of_day(db, d, TODAY)][:1000])[0]
    took = timed(batch)[0]
    base = timed(lambda: lines(out / "b.pdf", 1000))[0]
    rows.append(("1,000 receipts, database to PDF", secs(took), f"1,000 one-line pages {secs(base)}",
                 f"x{took / base:.1f}", "<= 3 s", met(took, 3.0)))
    rows.append(("  of which gathering them from the database", secs(gathered), "", "", "", ""))
    with db.session() as s:
        case_id, stage = s.execute(text("SELECT case_id, stage FROM case_stages WHERE completed_on = :d AND stage = "
                                        "'acceptance' LIMIT 1"), {"d": days[0].isoformat()}).one()
    one = median(timed(lambda: write_receipts(out / "one.pdf", [receipt_data(db, case_id, stage, TODAY)]), 5))
    rows.append(("one receipt, database to PDF", ms(one), f"one line of text {ms(median(timed(lambda: lines(out / 'l.pdf', 1), 5)))}",
                 "", "<= 50 ms", met(one, 0.05)))

    # The monthly revisit report of the busiest month, from the database.
    with db.session() as s:
        month, count = s.execute(text("SELECT substr(revisit_on, 1, 7) m, count(*) n FROM revisits "
                                      "WHERE deleted_at IS NULL GROUP BY m ORDER BY n DESC LIMIT 1")).one()
        read = timed(lambda: s.execute(text("SELECT * FROM revisits r JOIN cases c ON c.id = r.case_id "
                                            "WHERE substr(r.revisit_on, 1, 7) = :m"), {"m": month}).fetchall())[0]
    report = None

    def gather():
        nonlocal report
        report = monthly_report(db, month)
    took = timed(gather)[0]
    rows.append((f"monthly report {month}: gathering {count:,} revisits", secs(took), f"plain SQL read {secs(read)}",
                 f"x{took / read:.1f}", "", ""))
    for kind, writer in (("PDF", revisit_report.write_pdf), ("Excel", revisit_report.write_xlsx)):
        took = timed(lambda w=writer, k=kind: w(out / f"m.{k}", report, "澄川县供电局"))[0]
        rows.append((f"monthly report {month}, {count:,} revisits, {kind}", secs(took), "", "", "", ""))
    # Linear: the same writers on the first 2,000 and 4,000 revisits.
    for kind, writer in (("PDF", revisit_report.write_pdf), ("Excel", revisit_report.write_xlsx)):
        two, four = (median(timed(lambda n=n, w=writer, k=kind: w(out / f"n{n}.{k}", RevisitReport(
            "", month, report.rows[:n], n, n, n, report.problems, 0, 0), "澄川县供电局"), 3)) for n in (2000, 4000))
        rows.append((f"monthly report, 2,000 revisits, {kind}", secs(two), f"4,000 revisits {secs(four)}",
                     f"x{four / two:.2f} for x2 rows", "<= 2 s, linear", met(two, 2.0)))
    db.dispose()
    print_table(f"Yekuo Desk papers from {path.name}; font: {font.path or font.name}", rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
