"""Backups of the local file: each day's first start, before every migration, and on demand; kept for 30 days
plus the first of each month; restored over the file after keeping a copy of what was there.

A backup is made with SQLite's online backup API (a consistent copy even while the app is writing) into the
folder `backups/` beside the data file, named yekuo-20261202-081530[-why].db.
"""
from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

KEEP_DAYS = 30
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<why>.+))?\.db$")


class BackupError(Exception):
    """A backup or a restore that could not be made; the message is for the user (Chinese)."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    why: str
    size: int

    @property
    def label(self) -> str:
        return f"{self.made_at:%Y-%m-%d %H:%M}" + (f"（{self.why}）" if self.why else "")


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _copy(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite file through the online backup API."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
    finally:
        dst.close()
        src.close()


def backup_file(db_path: str | Path, why: str = "", *, now: datetime | None = None) -> Path:
    """Copy the data file into its backup folder; returns the backup's path. Old backups are pruned."""
    db_path = Path(db_path)
    now = now or datetime.now()
    folder = backup_folder(db_path)
    safe_why = re.sub(r"[^\w\-]+", "_", why).strip("_")
    target = folder / f"{db_path.stem}-{now:%Y%m%d-%H%M%S}{'-' + safe_why if safe_why else ''}.db"
    partial = target.with_name(target.name + ".part")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        _copy(db_path, partial)
        partial.replace(target)  # a backup cut short by a crash is never taken for a whole one
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"无法备份到 {folder}：{exc}") from exc
    prune(db_path, today=now.date())
    return target


def list_backups(db_path: str | Path) -> list[BackupInfo]:
    """The backups of this data file, newest first."""
    db_path = Path(db_path)
    folder = backup_folder(db_path)
    out = []
    for p in folder.glob(f"{db_path.stem}-*.db") if folder.is_dir() else []:
        m = _NAME.match(p.name)
        if m and m["stem"] == db_path.stem:
            out.append(BackupInfo(p, datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S"), m["why"] or "",
                                  p.stat().st_size))
    return sorted(out, key=lambda b: b.made_at, reverse=True)


def prune(db_path: Path, *, today: date) -> list[Path]:
    """Remove backups older than 30 days, except the first of each month; returns what was removed."""
    removed = []
    firsts: dict[tuple[int, int], BackupInfo] = {}
    backups = list_backups(db_path)
    for b in backups:
        key = (b.made_at.year, b.made_at.month)
        if key not in firsts or b.made_at < firsts[key].made_at:
            firsts[key] = b
    keep = {b.path for b in firsts.values()}
    for b in backups:
        if b.made_at.date() < today - timedelta(days=KEEP_DAYS) and b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def daily_backup(db_path: str | Path, *, now: datetime | None = None) -> Path | None:
    """The first start of a day backs the file up; later starts that day do nothing (returns None)."""
    now = now or datetime.now()
    if any(b.made_at.date() == now.date() for b in list_backups(db_path)):
        return None
    return backup_file(db_path, "每日", now=now)


def counts(path: Path) -> dict[str, int]:
    """What a backup holds (for choosing one): cases, revisits, feedback forms; {} if it cannot be read."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return {}
    try:
        return {name: conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]
                for name, table in (("工单", "cases"), ("回访", "revisits"), ("反馈单", "feedback_forms"))}
    except sqlite3.Error:
        return {}
    finally:
        conn.close()


def check(path: Path, *, full: bool = False) -> list[str]:
    """SQLite's own check of a file ("quick_check", or the full "integrity_check"): [] when sound."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return [str(exc)]
    problems = [r[0] for r in rows if r[0] != "ok"]
    return problems


def restore(db_path: str | Path, backup: str | Path) -> Path | None:
    """Put a backup in place of the data file (closed by the caller). What was there is kept first, as a backup
    named 恢复前, or, when it cannot be read as a database, moved aside as …-damaged-TIME.db. Returns that copy."""
    db_path, backup = Path(db_path), Path(backup)
    problems = check(backup)
    if problems:
        raise BackupError(f"备份 {backup.name} 本身已损坏，不能用于恢复：{problems[0]}")
    kept = None
    if db_path.exists():
        try:
            if db_path.stat().st_size and not check(db_path):
                kept = backup_file(db_path, "恢复前")
        except BackupError:
            kept = None
        if kept is None:
            kept = db_path.with_name(f"{db_path.stem}-damaged-{datetime.now():%Y%m%d-%H%M%S}{db_path.suffix}")
            shutil.move(db_path, kept)
    for extra in (Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        extra.unlink(missing_ok=True)  # the old file's journal must not be replayed onto the backup
    partial = db_path.with_name(db_path.name + ".restoring")
    try:
        _copy(backup, partial)
        partial.replace(db_path)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"无法恢复 {backup.name}：{exc}") from exc
    return kept
