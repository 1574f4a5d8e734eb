"""Webcam scanning, only when the ``camera`` extra is installed (QtMultimedia and zxing-cpp).

PySide6-Essentials has no QtMultimedia, so nothing here is imported at start-up: the Check-in page
asks :func:`camera_support` whether the extra is there and, if not, disables its camera option
with a tooltip saying how to install it. With the extra, :class:`CameraScanner` shows a camera
picker and a preview; frames are turned into grey numpy arrays on the GUI thread (cheap) and
decoded by zxing-cpp in the thread pool; a code read again within :data:`REPEAT_SECONDS` is
ignored, so a badge held in front of the camera checks in once.
"""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

REPEAT_SECONDS = 3.0
INSTALL_HINT = 'pip install "workshop-attendance[camera]"'


def camera_support() -> tuple[bool, str]:
    """Whether webcam scanning can work here, and if not, a sentence saying how to enable it.

    Looks the modules up without importing them (numpy, zxing-cpp and QtMultimedia cost ~0.25 s
    together, and the check-in page asks this while the window is being built).
    """
    missing = []
    for module in ("PySide6.QtMultimedia", "zxingcpp", "numpy"):
        try:
            found = importlib.util.find_spec(module) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            missing.append(module)
    if not missing:
        return True, ""
    return False, QCoreApplication.translate(
        "camera", "Webcam scanning needs the camera extra ({missing} not installed). Install it with: {hint}"
    ).format(missing=", ".join(missing), hint=INSTALL_HINT)


class RepeatFilter:
    """Lets a code through once, then not again until ``seconds`` have passed without seeing it."""

    def __init__(self, seconds: float = REPEAT_SECONDS, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self.clock = clock
        self._last_seen: dict[str, float] = {}

    def accept(self, code: str) -> bool:
        """True the first time a code is seen (or after a quiet gap); every sighting restarts the gap."""
        now = self.clock()
        previous = self._last_seen.get(code)
        self._last_seen[code] = now
        return previous is None or now - previous >= self.seconds


class DecodeSignals(QObject):
    """What a DecodeFrame reports back to the GUI thread."""

    decoded = Signal(str)  # the text of a code found in the frame
    finished = Signal()  # the frame is done, found or not


class DecodeFrame(QRunnable):
    """Decode one grey frame off the GUI thread; report the first QR text found."""

    def __init__(self, grey: object, signals: DecodeSignals) -> None:
        super().__init__()
        self.grey = grey
        self.signals = signals

    def run(self) -> None:
        import zxingcpp

        try:
            for barcode in zxingcpp.read_barcodes(self.grey):
                if barcode.text:
                    self.signals.decoded.emit(barcode.text)
                    break
        finally:
            self.signals.finished.emit()


class CameraScanner(QWidget):
    """A camera picker and live preview that emits ``code_read`` for each new code it sees.

    Build it only when :func:`camera_support` says yes.
    """

    code_read = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoSink
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self._camera_type = QCamera
        self.repeat_filter = RepeatFilter()
        self.picker = QComboBox(objectName="camera_picker")
        for device in QMediaDevices.videoInputs():
            self.picker.addItem(device.description(), device)
        self.preview = QVideoWidget()
        self.preview.setMinimumSize(320, 240)
        self.session = QMediaCaptureSession(self)
        self.sink = QVideoSink(self)
        self.session.setVideoSink(self.sink)
        self.sink.videoFrameChanged.connect(self._frame)
        self.camera: QCamera | None = None
        self._busy = False
        self._signals = DecodeSignals()
        self._signals.decoded.connect(self._decoded)
        self._signals.finished.connect(self._done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.preview)
        self.picker.currentIndexChanged.connect(self.start)

    def start(self) -> None:
        """Open the chosen camera and show its preview."""
        self.stop()
        device = self.picker.currentData()
        if device is None:
            return
        self.camera = self._camera_type(device, self)
        self.session.setCamera(self.camera)
        self.camera.start()

    def stop(self) -> None:
        """Close the camera (called when the option is switched off or the page is left)."""
        if self.camera is not None:
            self.camera.stop()
            self.camera = None

    def _frame(self, frame: object) -> None:
        self.preview.videoSink().setVideoFrame(frame)
        if self._busy:  # one frame in the decoder at a time: the preview never waits for it
            return
        import numpy

        image = frame.toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        if image.isNull():
            return
        width, height, stride = image.width(), image.height(), image.bytesPerLine()
        grey = numpy.frombuffer(image.constBits(), numpy.uint8, stride * height).reshape(height, stride)[:, :width]
        self._busy = True
        QThreadPool.globalInstance().start(DecodeFrame(grey.copy(), self._signals))

    def _decoded(self, text: str) -> None:
        if self.repeat_filter.accept(text):
            self.code_read.emit(text)

    def _done(self) -> None:
        self._busy = False
