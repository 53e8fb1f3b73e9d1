"""The per-file key that signs the head of the trail (services/audit.py), kept where an edit of the data file
alone cannot reach it: the operating system's credential store (Windows Credential Manager, the macOS
keychain) through `keyring`, or a file readable only by this login in the user's configuration folder
(Linux desktops without a credential store; `YEKUO_KEYSTORE=file` forces it)."""
from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path

SERVICE = "Yekuo Desk"
_cache: dict[str, bytes] = {}


def _folder() -> Path:
    """In the user's configuration folder (`YEKUO_KEY_DIR` another folder: the tests share one)."""
    from platformdirs import user_config_path

    from .. import APP_NAME

    folder = os.environ.get("YEKUO_KEY_DIR")
    return Path(folder) if folder else user_config_path(APP_NAME, "Yekuo") / "keys"


def _use_keyring() -> bool:
    return os.environ.get("YEKUO_KEYSTORE", "") != "file" and sys.platform in ("win32", "darwin")


def _read(entry: str, file_name: str) -> str | None:
    if _use_keyring():
        try:
            import keyring

            text = keyring.get_password(SERVICE, entry)
            if text:
                return text
        except Exception:  # no usable credential store: fall back to the file
            pass
    try:
        return (_folder() / file_name).read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def _write(entry: str, file_name: str, value: str) -> str:
    """Keep a secret; returns where, in words for the user."""
    if _use_keyring():
        try:
            import keyring

            keyring.set_password(SERVICE, entry, value)
            return "Windows 凭据管理器" if sys.platform == "win32" else "macOS 钥匙串"
        except Exception:
            pass
    path = _folder() / file_name
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(value)
    os.chmod(path, 0o600)
    return f"{path}（只有本电脑的当前登录用户可读）"


def sync_password(file_id: str) -> str | None:
    """The shared database's password of this data file's sync login, if this PC keeps it."""
    return _read(f"sync-{file_id}", f"sync-{file_id}.secret")


def store_sync_password(file_id: str, password: str) -> str:
    """Keep it in the OS credential store (or the protected file); returns where, for the user."""
    return _write(f"sync-{file_id}", f"sync-{file_id}.secret", password)


def key_for(file_id: str, *, create: bool) -> bytes | None:
    """The file's key; with `create`, made (32 random bytes) when this PC has none yet."""
    if file_id in _cache:
        return _cache[file_id]
    try:
        key = bytes.fromhex(_read(f"audit-{file_id}", f"{file_id}.key") or "") or None
    except ValueError:
        key = None
    if key is None and create:
        key = secrets.token_bytes(32)
        _write(f"audit-{file_id}", f"{file_id}.key", key.hex())
    if key is not None:
        _cache[file_id] = key
    return key


def forget() -> None:
    """Drop the keys read so far (tests that move the key store between cases)."""
    _cache.clear()
