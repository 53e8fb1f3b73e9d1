"""Who is working and what they may do: users, roles and their rights, passwords (salted scrypt, never kept or
logged in clear), logging in with a lockout after five wrong passwords, and the checks every service makes.

The actor is the open database's (`Database.actor`, set by logging in); every session of that database sees it
(`session.info["db"]`). A file with no user yet has nothing to protect: until its first administrator is made,
everything acts as the setup administrator, so a fresh file, the demo and the README's scripts work as before.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import Station, User
from ..models.base import utcnow

# Roles (domain.md "Who uses it"), in the order the settings list them.
CLERK, AUDIT, SUPERVISION, CHIEF, ADMIN = "clerk", "audit", "supervision", "chief", "admin"
ROLE_NAMES = {CLERK: "供电所业扩专责", AUDIT: "营销稽查", SUPERVISION: "监察审计", CHIEF: "局领导", ADMIN: "系统管理员"}
ROLE_BY_NAME = {name: code for code, name in ROLE_NAMES.items()}

# Rights. A clerk's case rights reach only the clerk's own station.
READ_CASES = "read_cases"            # the register, the due panel, a case, its papers and history
WRITE_CASES = "write_cases"          # register, edit, record a stage date, an event, a pause; import a ledger
CHANGE_DATES = "change_dates"        # change or clear a date already recorded (seed 003 art. 14), with a reason
REVISIT_RECORD = "revisit_record"    # record a revisit call
REVISIT_PLAN = "revisit_plan"        # monthly plans, correcting or withdrawing revisits, the revisit report
FEEDBACK_INTAKE = "feedback_intake"  # register a feedback form, correct its registration
FEEDBACK_REPLY = "feedback_reply"    # work a form: investigation, reply, re-check, close
SEE_IDENTITY = "see_identity"        # the name and phone of whoever complains or reports (seed 001 §4.2.5)
NOTICES = "notices"                  # supervision notices
ASSESSMENT_READ = "assessment_read"  # the monthly assessment sheet
ASSESSMENT = "assessment"            # items, 客户原因 marks
MEETING = "meeting"                  # the coordination meeting's items: record, update, close
ADMINISTER = "administer"            # users, stations, rules, the calendar, settings, restoring a backup

RIGHTS = {
    CLERK: {READ_CASES, WRITE_CASES, REVISIT_RECORD},
    AUDIT: {READ_CASES, WRITE_CASES, CHANGE_DATES, REVISIT_RECORD, REVISIT_PLAN, FEEDBACK_INTAKE, FEEDBACK_REPLY,
            SEE_IDENTITY, NOTICES, ASSESSMENT_READ, ASSESSMENT, MEETING},
    SUPERVISION: {READ_CASES, FEEDBACK_REPLY, SEE_IDENTITY, NOTICES, ASSESSMENT_READ, ASSESSMENT, MEETING},
    CHIEF: {READ_CASES, ASSESSMENT_READ, MEETING},
    ADMIN: {READ_CASES, ADMINISTER, ASSESSMENT_READ},
}
RIGHT_NAMES = {
    READ_CASES: "查看工单", WRITE_CASES: "登记和记录工单", CHANGE_DATES: "修改已记录的日期", REVISIT_RECORD: "记录回访",
    REVISIT_PLAN: "回访计划和回访记录的更正", FEEDBACK_INTAKE: "登记反馈单", FEEDBACK_REPLY: "办理和答复反馈单",
    SEE_IDENTITY: "查看投诉举报人身份", NOTICES: "业务监督意见书", ASSESSMENT_READ: "查看考核表", ASSESSMENT: "考核",
    MEETING: "协调会事项",
    ADMINISTER: "系统管理（用户、供电所、时限规则、日历、设置）",
}

MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 6
SCRYPT = dict(n=2 ** 14, r=8, p=1, dklen=32)  # ~16 MiB and ~50 ms a try: memory-hard, slow to guess in bulk


class AuthError(Exception):
    """A refused login or a call without the right, said in Chinese."""


@dataclass(frozen=True)
class Actor:
    login: str
    role: str
    unit_id: str | None = None   # a clerk's station (a department for the bureau's roles, for the record)
    full_name: str = ""
    user_id: str | None = None   # None: the setup administrator, or a name the demo signs with

    @property
    def rights(self) -> set[str]:
        if self.user_id is None and self.role == ADMIN:  # the setup administrator of a file with no user yet
            return set().union(*RIGHTS.values())
        return RIGHTS.get(self.role, set())

    def may(self, right: str) -> bool:
        return right in self.rights

    @property
    def station_id(self) -> str | None:
        """The one station this actor's case rights reach; None for all."""
        return self.unit_id if self.role == CLERK else None

    @property
    def label(self) -> str:
        return f"{self.full_name or self.login}（{ROLE_NAMES.get(self.role, self.role)}）"


SETUP = Actor("初始管理员", ADMIN)


# ---------------------------------------------------------------- passwords

def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, **SCRYPT)
    return f"scrypt${SCRYPT['n']}${SCRYPT['r']}${SCRYPT['p']}${salt.hex()}${digest.hex()}"


def password_matches(password: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        got = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(digest) // 2)
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(got.hex(), digest)


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AuthError(f"密码至少 {MIN_PASSWORD} 位")
    if password.strip() != password:
        raise AuthError("密码首尾不能有空格")


# ---------------------------------------------------------------- who is acting

def has_users(s: Session) -> bool:
    return s.scalar(select(User.id).limit(1)) is not None


def actor(s: Session) -> Actor:
    """Who this session acts for. A file without users: the setup administrator. Raises when nobody logged in."""
    db = s.info.get("db")
    current = getattr(db, "actor", None)
    if current is not None:
        return current
    if not has_users(s):
        return SETUP
    raise AuthError("请先登录：此数据文件已设用户")


def actor_name(s: Session) -> str:
    return actor(s).login


def require(s: Session, right: str, station_id: str | None = None) -> Actor:
    """The actor, when they hold `right` (for `station_id`, when given); else AuthError naming what is missing."""
    who = actor(s)
    if not who.may(right):
        raise AuthError(f"{who.label}没有“{RIGHT_NAMES.get(right, right)}”的权限")
    if station_id is not None and who.station_id is not None and station_id != who.station_id:
        raise AuthError(f"{who.label}只能处理本所（{_unit_name(s, who.station_id)}）的工单")
    return who


def scope(s: Session, station_id: str | None = None) -> str | None:
    """The station a read is limited to: the one asked for, or the clerk's own (another station is refused)."""
    who = require(s, READ_CASES, station_id)
    return who.station_id or station_id


def may(s: Session, right: str) -> bool:
    try:
        return actor(s).may(right)
    except AuthError:
        return False


def _unit_name(s: Session, unit_id: str | None) -> str:
    return (s.scalar(select(Station.name).where(Station.id == unit_id)) if unit_id else None) or "—"


@contextmanager
def acting(db, who: Actor):
    """Run a block as `who` (the demo signs its history as the bureau's offices), then put the actor back."""
    before = db.actor
    act_as(db, who)
    try:
        yield who
    finally:
        act_as(db, before)


def act_as(db, who: Actor | None) -> None:
    """The database acts for `who` from now on; the outbox notes the name with each change (sync conflicts
    say who made them)."""
    from .sync.outbox import note_actor

    db.actor = who
    note_actor(db, who.login if who is not None else None)


# ---------------------------------------------------------------- logging in

def login(db, login_name: str, password: str, *, now: datetime | None = None) -> Actor:
    """Check a password; on success the database acts for that user. Five wrong passwords in a row lock the
    account for 15 minutes; every failure and lock goes in the trail. Raises AuthError in Chinese."""
    from . import audit

    now = now or utcnow()
    refused = ""
    with db.transaction() as s:
        user = s.scalar(select(User).where(User.login == login_name.strip()))
        if user is None or not user.active:
            raise AuthError("用户名或密码不正确")
        if user.locked_until is not None and user.locked_until > now:
            left = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            raise AuthError(f"密码错误次数过多，账户已锁定，请 {left} 分钟后再试")
        who = Actor(user.login, user.role, user.unit_id, user.full_name, user.id)
        if password_matches(password, user.password_hash):
            user.failed_logins, user.locked_until = 0, None
            audit.record(s, table="users", row_id=user.id, field="login", old=None, new="登录成功", user=who.login)
        else:
            user.failed_logins += 1
            audit.record(s, table="users", row_id=user.id, field="login", old=None,
                         new=f"密码错误（第 {user.failed_logins} 次）", user=who.login)
            refused = "用户名或密码不正确"
            if user.failed_logins >= MAX_FAILURES:
                user.locked_until, user.failed_logins = now + timedelta(minutes=LOCK_MINUTES), 0
                audit.record(s, table="users", row_id=user.id, field="locked",
                             old=None, new=f"锁定至 {user.locked_until:%H:%M}（UTC）", user=who.login)
                refused = f"连续 {MAX_FAILURES} 次密码错误，账户已锁定 {LOCK_MINUTES} 分钟"
    if refused:
        raise AuthError(refused)
    act_as(db, who)
    return who


# ---------------------------------------------------------------- managing users

@dataclass(frozen=True)
class UserInfo:
    id: str
    login: str
    full_name: str
    role: str
    unit_id: str | None
    unit_name: str
    active: bool
    locked: bool

    @property
    def role_name(self) -> str:
        return ROLE_NAMES.get(self.role, self.role)


def list_users(db) -> list[UserInfo]:
    now = utcnow()
    with db.session() as s:
        names = dict(s.execute(select(Station.id, Station.name)).all())
        return [UserInfo(u.id, u.login, u.full_name, u.role, u.unit_id, names.get(u.unit_id, ""), u.active,
                         bool(u.locked_until and u.locked_until > now))
                for u in s.scalars(select(User).order_by(User.role, User.login))]


def _check_user(s: Session, role: str, unit_id: str | None) -> None:
    if role not in ROLE_NAMES:
        raise AuthError(f"没有这个角色：{role}（可选：{'、'.join(ROLE_NAMES.values())}）")
    if role == CLERK:
        station = s.get(Station, unit_id) if unit_id else None
        if station is None or station.kind != "station" or station.deleted_at is not None:
            raise AuthError("供电所业扩专责须指定所属供电所")


def add_user(db, login_name: str, password: str, role: str, *, unit_id: str | None = None,
             full_name: str = "") -> UserInfo:
    """A new user. The first one of a file must be an administrator (it ends the setup mode)."""
    from . import audit

    login_name = login_name.strip()
    if not login_name or len(login_name) > 40:
        raise AuthError("用户名不能为空，且不超过 40 个字")
    check_password(password)
    with db.transaction() as s:
        first = not has_users(s)
        if first and role != ADMIN:
            raise AuthError("第一个用户须为系统管理员")
        who = actor(s) if first else require(s, ADMINISTER)
        _check_user(s, role, unit_id)
        if s.scalar(select(func.count()).select_from(User).where(User.login == login_name)):
            raise AuthError(f"用户名“{login_name}”已存在")
        user = User(login=login_name, full_name=full_name.strip()[:40], role=role, unit_id=unit_id,
                    password_hash=hash_password(password))
        s.add(user)
        s.flush()
        audit.record(s, table="users", row_id=user.id, field="role", old=None,
                     new=f"新建用户 {login_name}：{ROLE_NAMES[role]}", reason="新建用户", user=who.login)
    return next(u for u in list_users(db) if u.id == user.id)


def update_user(db, user_id: str, *, role: str, unit_id: str | None, full_name: str = "", active: bool = True,
                reason: str = "") -> None:
    from . import audit

    with db.transaction() as s:
        who = require(s, ADMINISTER)
        user = s.get(User, user_id)
        if user is None:
            raise AuthError("没有这个用户")
        _check_user(s, role, unit_id)
        if user.id == who.user_id and (role != ADMIN or not active):
            raise AuthError("不能取消自己的系统管理员角色或停用自己")
        old = f"{ROLE_NAMES.get(user.role)} {_unit_name(s, user.unit_id)} {'启用' if user.active else '停用'}"
        user.role, user.unit_id, user.full_name, user.active = role, unit_id, full_name.strip()[:40], active
        new = f"{ROLE_NAMES[role]} {_unit_name(s, unit_id)} {'启用' if active else '停用'}"
        if old != new:
            audit.record(s, table="users", row_id=user.id, field="role", old=old, new=new, reason=reason or "修改")


def set_password(db, user_id: str, password: str, *, old_password: str | None = None) -> None:
    """An administrator sets anyone's password (and unlocks them); a user changes their own with the old one."""
    from . import audit

    check_password(password)
    with db.transaction() as s:
        who = actor(s)
        user = s.get(User, user_id)
        if user is None:
            raise AuthError("没有这个用户")
        if who.user_id == user_id and old_password is not None:
            if not password_matches(old_password, user.password_hash):
                raise AuthError("原密码不正确")
        else:
            require(s, ADMINISTER)
        user.password_hash, user.failed_logins, user.locked_until = hash_password(password), 0, None
        audit.record(s, table="users", row_id=user.id, field="password", old=None, new="已重设", reason="修改密码")


def find_user_id(db, login_name: str) -> str | None:
    with db.session() as s:
        return s.scalar(select(User.id).where(User.login == login_name.strip()))
