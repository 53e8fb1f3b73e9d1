"""Whole `main.py` commands on the 200,000-case bureau, as a script or a scheduled task runs them: from the
process start to its exit (best of three).

    python benchmarks/bench_commands.py

Baselines, same run: an interpreter that does nothing, and one that only imports SQLAlchemy and opens the file.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, bureau, met, print_table, secs


def run(*args: str) -> float:
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        done = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True)
        took = time.perf_counter() - t
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(args)} failed: {done.stderr[-500:]}")
        best = min(best, took)
    return best


def main() -> int:
    db = str(bureau())
    out = Path(tempfile.mkdtemp())
    nothing = run("-c", "pass")
    opened = run("-c", f"import sqlalchemy; sqlalchemy.create_engine('sqlite:///{db}').connect().close()")
    base = f"bare interpreter {secs(nothing)}; open the file {secs(opened)}"
    commands = [
        ("due list, JSON", ["due", "--db", db, "--on", "2026-11-20", "--format", "json"], 1.0),
        ("due list of one station", ["due", "--db", db, "--on", "2026-11-20", "--station", "城关供电所"], 1.0),
        ("working days", ["workdays", "--from", "2026-09-29", "--add", "5"], 1.0),
        ("month's assessment, JSON", ["assessment", "--db", db, "--month", "2026-10", "--format", "json"], 2.0),
        ("revisit plan of a month, JSON", ["revisit-plan", "--db", db, "--month", "2026-12", "--format", "json"],
         2.0),
        ("feedback forms, JSON", ["feedback", "list", "--db", db, "--format", "json"], 2.0),
        ("monthly revisit report, Excel", ["report", "revisits", "--db", db, "--month", "2026-10", "--out",
                                           str(out / "m.xlsx")], 3.0),
        ("monthly revisit report, PDF", ["report", "revisits", "--db", db, "--month", "2026-10", "--out",
                                         str(out / "m.pdf")], 4.0),
        ("assessment sheet, PDF", ["report", "assessment", "--db", db, "--month", "2026-10", "--out",
                                   str(out / "a.pdf")], 2.0),
    ]
    rows = []
    for label, args, target in commands:
        took = run("main.py", *args)
        rows.append((f"main.py {args[0]}: {label}", secs(took), base, f"x{took / opened:.1f}", f"<= {target:g} s",
                     met(took, target)))
    print_table(f"Yekuo Desk commands on {Path(db).name}, process start to exit", rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
