"""Yekuo Desk (业扩服务监督台): supervision of new-connection applications for a county power-supply bureau."""

__version__ = "0.1.0"
APP_NAME = "YekuoDesk"
ORGANIZATION = "Yekuo"  # with APP_NAME: where QSettings and the data folder are


def program_name() -> str:
    """How the user starts the program, for help texts: main.py from the source, the bundle's own name when frozen
    (YekuoDesk, or yekuo.exe for the commands on Windows)."""
    import sys
    from pathlib import Path

    return Path(sys.argv[0]).stem if getattr(sys, "frozen", False) else "main.py"
