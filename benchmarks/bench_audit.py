"""`audit verify` and the check every start runs (issue 11) on the 200,000-case bureau: the chain of every
trail entry, its signed head, and every recorded fact against the trail's last word on it.

    python benchmarks/bench_audit.py

Baseline, same run: reading every trail entry (the least a full check must do). Memory: the check compares the
facts inside SQLite, so the process stays small however many facts there are.
"""
from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

from common import ROOT, bureau, met, print_table, secs


def main() -> int:
    path = bureau()
    from yekuo_desk.db import open_database
    from yekuo_desk.models import AuditEntry
    from yekuo_desk.services import audit_check
    from sqlalchemy import func, select

    db = open_database(path, backup=False)
    with db.session() as s:
        entries = s.scalar(select(func.count()).select_from(AuditEntry))
        t = time.perf_counter()
        for _ in s.execute(select(AuditEntry.hash).execution_options(yield_per=50000)):
            pass
        read = time.perf_counter() - t
        steps = []
        for label, step in (("chain of every entry", audit_check.verify), ("signed head", audit_check.verify_head),
                            ("every recorded fact", audit_check.verify_facts)):
            t = time.perf_counter()
            step(s)
            steps.append((label, time.perf_counter() - t))
    db.dispose()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "main.py", "audit", "verify", "--db", str(path)], cwd=ROOT,
                          capture_output=True, text=True)
    command = time.perf_counter() - t
    base = f"reading the {entries:,} entries {secs(read)}"
    rows = [(f"check: {label}", secs(took), base, f"x{took / read:.1f}", "—", "") for label, took in steps]
    rows.append(("main.py audit verify (exit %d)" % done.returncode, secs(command), base, f"x{command / read:.1f}",
                 "<= 120 s", met(command, 120)))
    rows.append(("peak memory of the check", f"{rss:.0f} MB", "—", "—", "<= 300 MB", met(rss, 300)))
    print_table(f"Integrity check on {Path(path).name}", rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
