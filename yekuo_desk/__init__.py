"""Yekuo Desk (业扩服务监督台): supervision of new-connection applications for a county power-supply bureau."""

__version__ = "0.1.0"
APP_NAME = "YekuoDesk"
ORGANIZATION = "Yekuo"  # with APP_NAME: where QSettings and the data folder are
