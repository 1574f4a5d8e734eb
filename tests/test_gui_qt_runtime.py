"""The Qt binding we run on must not leak references to None (PySide6 6.12.0 does, and then aborts)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit


def test_void_qt_calls_keep_none_alive(qtbot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    before = sys.getrefcount(None)
    for _ in range(1000):
        field.setText("AT1SNR26")
    # Other code may take a few references meanwhile; a leak loses one per call.
    assert sys.getrefcount(None) - before > -50
