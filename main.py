#!/usr/bin/env python3
"""Yekuo Desk (业扩服务监督台). `python main.py` opens the window; `python main.py COMMAND …` runs headless.

See `python main.py --help` for the commands.
"""
import sys


def main() -> int:
    from yekuo_desk.cli import COMMANDS

    argv = sys.argv[1:]
    if argv and (argv[0] in COMMANDS or argv[0] in ("-h", "--help", "--version")):
        from yekuo_desk.cli import main as cli_main

        return cli_main(argv)
    from yekuo_desk.app import main as app_main

    return app_main(argv)


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # a staging process of a first sync, in the bundle (services/sync/staging.py)
    sys.exit(main())
