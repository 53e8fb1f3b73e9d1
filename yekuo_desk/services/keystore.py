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


def _key_file(file_id: str) -> Path:
    """In the user's configuration folder (`YEKUO_KEY_DIR` another folder: the tests share one)."""
    from platformdirs import user_config_path

    from .. import APP_NAME

    folder = os.environ.get("YEKUO_KEY_DIR")
    return (Path(folder) if folder else user_config_path(APP_NAME, "Yekuo") / "keys") / f"{file_id}.key"


def _use_keyring() -> bool:
    return os.environ.get("YEKUO_KEYSTORE", "") != "file" and sys.platform in ("win32", "darwin")


def _read(file_id: str) -> bytes | None:
    if _use_keyring():
        try:
            import keyring

            text = keyring.get_password(SERVICE, f"audit-{file_id}")
            return bytes.fromhex(text) if text else None
        except Exception:  # no usable credential store: fall back to the file
            pass
    path = _key_file(file_id)
    try:
        return bytes.fromhex(path.read_text().strip())
    except (OSError, ValueError):
        return None


def _write(file_id: str, key: bytes) -> None:
    if _use_keyring():
        try:
            import keyring

            keyring.set_password(SERVICE, f"audit-{file_id}", key.hex())
            return
        except Exception:
            pass
    path = _key_file(file_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(key.hex())


def key_for(file_id: str, *, create: bool) -> bytes | None:
    """The file's key; with `create`, made (32 random bytes) when this PC has none yet."""
    if file_id in _cache:
        return _cache[file_id]
    key = _read(file_id)
    if key is None and create:
        key = secrets.token_bytes(32)
        _write(file_id, key)
    if key is not None:
        _cache[file_id] = key
    return key


def forget() -> None:
    """Drop the keys read so far (tests that move the key store between cases)."""
    _cache.clear()
