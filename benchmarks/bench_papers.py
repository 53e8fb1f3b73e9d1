"""Figures for the printed papers (issue 4's targets), each beside a baseline measured in the same run:
one receipt <= 50 ms, the receipts of 1,000 cases in one PDF <= 3 s, a monthly report of 2,000 revisits
<= 2 s as PDF and <= 2 s as Excel.

    python benchmarks/bench_papers.py
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def timed(fn, repeat: int = 1) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    from reportlab.pdfgen import canvas

    from yekuo_desk.documents import revisit_report
    from yekuo_desk.documents.fonts import cjk_font
    from yekuo_desk.documents.receipt import write_receipt, write_receipts
    from yekuo_desk.services.papers import NextStage, ReceiptData
    from yekuo_desk.services.revisit_report import RevisitReport
    from yekuo_desk.services.revisits import CHECKLIST, RevisitRow

    out = Path(tempfile.mkdtemp())
    font = cjk_font()
    receipt = ReceiptData("澄川县供电局", "城关供电所", "0877-6012345", "CG-2026-00001", "澄川物流股份有限公司",
                          "玉溪市澄川县城关镇和平村12号", "13812345678", "acceptance", "业务受理", date(2026, 11, 17),
                          NextStage("供电方案答复", 15, date(2026, 12, 7), False, ""), date(2026, 11, 20))

    def baseline_page(path: Path, pages: int = 1) -> None:
        c = canvas.Canvas(str(path))
        for _ in range(pages):
            c.setFont(font.name, 12)
            c.drawString(72, 720, "业扩报装书面回执 CG-2026-00001 2026年12月7日")
            c.showPage()
        c.save()

    write_receipt(out / "warm.pdf", receipt)  # font registration and subsetting set-up
    rows = []
    one = timed(lambda: write_receipt(out / "r.pdf", receipt), 10)
    rows.append(("one receipt", f"{one * 1000:.1f} ms", f"one line of text {timed(lambda: baseline_page(out / 'b.pdf'), 10) * 1000:.1f} ms", "<= 50 ms"))
    # A day's batch of 1,000 different cases: numbers, names, addresses and dates all differ.
    from dataclasses import replace
    from yekuo_desk.services.demo import GIVEN, INDUSTRIES, SURNAMES, VILLAGES
    batch = [replace(receipt, case_number=f"CG-2026-{i:05d}",
                     customer_name=f"澄川{INDUSTRIES[i % 10]}有限公司" if i % 3 else SURNAMES[i % len(SURNAMES)] + GIVEN[i % len(GIVEN)],
                     address=f"澄川县城关镇{VILLAGES[i % 10]}{i % 97 + 1}号", phone=f"138{i:08d}",
                     done_on=date(2026, 11, 17) - timedelta(days=i % 20)) for i in range(1000)]
    many = timed(lambda: write_receipts(out / "rs.pdf", batch))
    rows.append(("1,000 receipts in one PDF", f"{many:.2f} s", f"1,000 one-line pages {timed(lambda: baseline_page(out / 'b.pdf', 1000)):.2f} s", "<= 3 s"))
    visits = [RevisitRow(str(i), str(i), f"CG-2026-{i:05d}", "城关供电所", "澄川物流股份有限公司", "acceptance",
                         date(2026, 10, 1) + timedelta(days=i % 30), "phone", "李稽查", "张三", "satisfied",
                         "服务很好，工作人员很热情", ["服务态度"] if i % 50 == 0 else [],
                         {k: "yes" for k in CHECKLIST}) for i in range(2000)]
    rep = RevisitReport("", "2026-10", visits, 2100, 1950, 1990, {"服务态度": 40}, 12, 10)
    pdf = timed(lambda: revisit_report.write_pdf(out / "m.pdf", rep, "澄川县供电局"))
    xlsx = timed(lambda: revisit_report.write_xlsx(out / "m.xlsx", rep, "澄川县供电局"))
    rows.append(("monthly report, 2,000 revisits, PDF", f"{pdf:.2f} s", "", "<= 2 s"))
    rows.append(("monthly report, 2,000 revisits, Excel", f"{xlsx:.2f} s", "", "<= 2 s"))
    print(f"\nYekuo Desk papers benchmark; font: {font.path or font.name}\n")
    widths = [max(len(r[i]) for r in rows + [("figure", "ours", "baseline (same run)", "target")]) for i in range(4)]
    for r in [("figure", "ours", "baseline (same run)", "target"), *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
