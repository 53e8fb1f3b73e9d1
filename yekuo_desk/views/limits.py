"""The forms hold no more than the database keeps: each text box's length from its column (validation.py),
the one place the limits are declared."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ..services.validation import max_length


def limit_lengths(model, widgets: dict[str, QWidget]) -> None:
    """Give each line edit (or editable combo box) the length of the model's column of the same name."""
    for name, widget in widgets.items():
        limit = max_length(model, name)
        edit = widget.lineEdit() if isinstance(widget, QComboBox) else widget
        if limit is not None and isinstance(edit, QLineEdit):
            edit.setMaxLength(limit)
