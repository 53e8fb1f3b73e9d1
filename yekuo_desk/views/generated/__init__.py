"""Code generated from forms/*.ui by `python3 dev.py ui` (pyside6-uic). Never edit by hand."""
