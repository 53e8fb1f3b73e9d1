"""The app's log: a rotating file in the data folder (logs/yekuo.log, 5 × 1 MB), written by the window and the
command line alike. What goes in is masked first: a log is copied into mails and chats when something breaks, so
it never holds a password, an ID number, a credit code or a phone number in clear."""
from __future__ import annotations

import logging
import logging.handlers
import platform
import re
import sys
from pathlib import Path

from . import APP_NAME, ORGANIZATION, __version__

LOG_NAME = "yekuo.log"
MAX_BYTES = 1_000_000
KEEP = 5

_MASKS = [
    # a password in a connection address, an option or a mapping: postgresql://user:secret@host, password=…
    (re.compile(r"(://[^:/@\s]+:)[^@\s]+@"), r"\1***@"),
    (re.compile(r"(?i)(\b(?:password|passwd|pwd|密码)\b[\"']?\s*[:=：]\s*[\"']?)[^\s\"',;&}]+"), r"\1***"),
    # an ID number (18, last may be X) or a unified social credit code (18 of digits and capitals)
    (re.compile(r"(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9A-Za-z])"), r"\1********\2"),
    (re.compile(r"(?<![0-9A-Za-z])([0-9A-HJ-NPQRTUWXY]{2}\d{6})[0-9A-HJ-NPQRTUWXY]{9}([0-9A-HJ-NPQRTUWXY])"
                r"(?![0-9A-Za-z])"), r"\1*********\2"),
    # a mobile number, a landline with its area code
    (re.compile(r"(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)"), r"\1****\2"),
    (re.compile(r"(?<!\d)(0\d{2,3}-?)\d{7,8}(?!\d)"), r"\1********"),
]


def redact(text: str) -> str:
    """`text` with passwords, ID numbers, credit codes and phone numbers masked."""
    for pattern, replacement in _MASKS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFormatter(logging.Formatter):
    """Masks the whole formatted record, traceback and the values shown in it included."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def data_folder() -> Path:
    """The user's data folder: the data file, its backups and the logs (AppData on Windows, ~/.local/share)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, ORGANIZATION)


def log_folder() -> Path:
    return data_folder() / "logs"


def log_path() -> Path:
    return log_folder() / LOG_NAME


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Send the app's records to the rotating file (once per process). Returns the file, or None when the folder
    cannot be written (a read-only profile): the app runs on without a log rather than not at all."""
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "yekuo", False):
            return Path(handler.baseFilename)
    path = (folder or log_folder()) / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8")
    except OSError:
        return None
    handler.yekuo = True
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(min(root.level, level) if root.level else level)
    logging.getLogger("yekuo_desk").info("Yekuo Desk %s started (%s, Python %s)", __version__, platform.platform(),
                                         platform.python_version())
    return path


def details(kind, exc, tb) -> str:
    """The text of an error for the log and for “复制详细信息”: version, platform and the traceback, masked."""
    import traceback

    lines = [f"Yekuo Desk {__version__}", f"{platform.platform()} · Python {platform.python_version()}"
             + (" · bundle" if getattr(sys, "frozen", False) else ""), ""]
    lines += traceback.format_exception(kind, exc, tb)
    return redact("".join(line if line.endswith("\n") else line + "\n" for line in lines))
