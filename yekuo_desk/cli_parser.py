"""argparse speaking Chinese: the usage line, the section titles, -h, and the messages it gives on bad usage."""
from __future__ import annotations

import argparse
import re
import sys

# argparse's own messages (Python 3.11–3.13) and how a user reads them.
_MESSAGES = [
    (r"the following arguments are required: (.*)", r"缺少必填参数：\1"),
    (r"argument (\S+): invalid choice: '?([^']*)'? \(choose from (.*)\)", r"参数 \1：无效的选择“\2”，可选：\3"),
    (r"argument (\S+): invalid (\w+) value: '?([^']*)'?", r"参数 \1：无效的值“\3”"),
    (r"argument (\S+): expected one argument", r"参数 \1：需要一个值"),
    (r"argument (\S+): (.*)", r"参数 \1：\2"),
    (r"unrecognized arguments: (.*)", r"无法识别的参数：\1"),
    (r"ambiguous option: (\S+) could match (.*)", r"选项 \1 有歧义，可能是：\2"),
]


def chinese(message: str) -> str:
    for pattern, replacement in _MESSAGES:
        if re.fullmatch(pattern, message):
            return re.sub(pattern, replacement, message)
    return message


# The help of options used by many commands, when a command gives none of its own.
DEFAULT_HELP = {
    "--db": "数据库文件", "--on": "日期，YYYY-MM-DD", "--format": "输出格式", "--out": "输出文件",
    "--from": "开始日期，YYYY-MM-DD", "--add": "工作日数", "--kind": "类别", "--received": "受理日期，YYYY-MM-DD",
    "--method": "回访方式：phone 电话 / visit 现场", "--satisfaction": "满意度：satisfied 满意 / basic 基本满意 / "
    "unsatisfied 不满意", "--stage": "环节代码，如 plan_reply、connection", "--reason": "原因",
    "--preparer": "填报人", "--reviewer": "审核人", "--amount": "金额（元）", "--number": "单据编号",
    "file": "台账文件（.xlsx 或 .xls）", "--station": "供电所名称", "--month": "月份，YYYY-MM",
    "--case": "申请编号", "--text": "反映内容", "--source": "来源",
}


class ChineseHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)


class ChineseArgumentParser(argparse.ArgumentParser):
    """Every subcommand's parser is of this class too (add_subparsers uses the parent's class)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", ChineseHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "命令和参数"
        self._optionals.title = "选项"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="显示本帮助并退出")

    def add_argument(self, *names, **kwargs):
        if "help" not in kwargs and names and names[0] in DEFAULT_HELP:
            kwargs["help"] = DEFAULT_HELP[names[0]]
        return super().add_argument(*names, **kwargs)

    def error(self, message: str):
        """One Chinese line on bad usage, after the usage line; exit code 2 as argparse gives."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}：错误：{chinese(message)}\n（加 -h 查看帮助）\n")
