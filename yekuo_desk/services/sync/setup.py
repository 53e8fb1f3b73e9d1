"""This PC's connection to the shared database (设置 → 同步, `sync setup`): the address in the data file, the
password in the operating system's credential store (keystore.py), and what the status bar says."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from .. import auth
from ..keystore import store_sync_password, sync_password
from .engine import LAST, URL, SyncError, check_schema, connect, refuse_demo, whoami
from .outbox import get_state, set_state

AUTO = "auto_minutes"  # sync_state: minutes between automatic syncs (0: off)
PC_STATION = "pc_station"  # sync_state: the station a station PC syncs for ("" on an office PC)
DEFAULT_AUTO = 5


@dataclass(frozen=True)
class Connected:
    login: str      # the login role
    station: str    # the station's name, or 全局（科室）
    kept: str       # where the password is kept, for the user


@dataclass(frozen=True)
class Status:
    url: str | None
    last_sync: str | None  # UTC, "YYYY-MM-DD HH:MM:SS"
    waiting: int           # changes not yet sent
    refused: int           # of them, refused by the shared database (with a reason)
    conflicts: int         # open in the inbox
    auto_minutes: int

    @property
    def safe_to_switch_off(self) -> bool:
        """Nothing typed here is only here (an unconnected PC: its own backups are its safety)."""
        return self.waiting == 0


def _file_id(db) -> str:
    from ..audit import file_id

    with db.transaction() as s:
        return file_id(s)


def configure(db, url: str, password: str) -> Connected:
    """Test the address and the password, then keep them. Only the administrator connects a PC."""
    from sqlalchemy.engine import make_url

    with db.session() as s:
        auth.require(s, auth.ADMINISTER)
    refuse_demo(db)
    conn = connect(url, password)
    try:
        check_schema(conn)
        station_id = whoami(conn)
        name = "全局（科室）" if station_id is None else conn.execute(
            "SELECT name FROM stations WHERE id = %s", (station_id,)).fetchone()[0]
        login = conn.execute("SELECT session_user").fetchone()[0]
    finally:
        conn.close()
    bare = make_url(url.strip()).set(password=None).render_as_string()  # no password in the data file
    with db.transaction() as s:
        set_state(s, URL, bare)
        set_state(s, PC_STATION, station_id or "")
    kept = store_sync_password(_file_id(db), password)
    return Connected(login, name, kept)


def pc_station(db) -> str | None:
    """The station a station PC syncs for (its role sees only that station's cases); None on an office PC or a
    PC not connected."""
    with db.session() as s:
        return get_state(s, PC_STATION) or None


def stored(db) -> tuple[str, str | None]:
    """The address and password this PC syncs with; SyncError when it is not connected."""
    with db.session() as s:
        url = get_state(s, URL)
    if not url:
        raise SyncError("本机尚未连接共享数据库（设置 → 同步，或 main.py sync setup）")
    return url, sync_password(_file_id(db))


def set_auto_minutes(db, minutes: int) -> None:
    if not 0 <= minutes <= 24 * 60:
        raise SyncError("自动同步间隔应为 0（不自动）到 1440 分钟")
    with db.transaction() as s:
        auth.require(s, auth.ADMINISTER)
        set_state(s, AUTO, str(minutes))


def status(db) -> Status:
    with db.session() as s:
        url, last, auto = get_state(s, URL), get_state(s, LAST), get_state(s, AUTO)
        waiting, refused = s.execute(text("SELECT count(*), count(*) FILTER (WHERE error != '') "
                                          "FROM sync_outbox")).one()
        conflicts = s.execute(text("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL")).scalar_one()
    return Status(url, last, waiting, refused, conflicts, int(auto) if auto is not None else DEFAULT_AUTO)


def sync_now(db, *, progress=None, cancelled=lambda: False):
    """One sync with the stored connection."""
    from .engine import run

    url, password = stored(db)
    return run(db, url, password, progress=progress, cancelled=cancelled)
