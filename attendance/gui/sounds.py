"""The door's three sounds (admitted, already in, refused) in a default install, at a chosen volume.

No audio library is needed: Windows plays WAV files with the standard library's ``winsound``,
macOS with ``afplay`` (part of the system), and Linux with the first of ``pw-play`` (PipeWire),
``paplay`` (PulseAudio, also served by PipeWire) or ``aplay`` (ALSA) found on the PATH. These
ship with the operating system or its sound server and are maintained with it, unlike the
small Python players (simpleaudio and playsound are unmaintained; QtMultimedia comes only with
the camera extra). Every backend plays asynchronously, so a scan never waits for its sound.
When none is found the window falls back to the system beep.

The volume (0 = mute, 100 = as recorded) is applied by writing a scaled copy of each file once
per volume into a temporary folder, because ``winsound`` and ``aplay`` have no volume option.
"""

from __future__ import annotations

import array
import shutil
import subprocess
import sys
import tempfile
import wave
from collections.abc import Callable
from pathlib import Path

from attendance import assets

# The file each cue plays (resources/icons): a rising two-tone, a mid tone, a low long tone.
SOUNDS = {"ok": "checkin_ok.wav", "warn": "checkin_warn.wav", "error": "checkin_error.wav"}
LINUX_PLAYERS = ("pw-play", "paplay", "aplay")
DEFAULT_VOLUME = 80


def sound_file(kind: str) -> Path:
    """The shipped WAV file of a cue ("ok", "warn" or "error")."""
    return assets.icon(SOUNDS[kind])


def scaled_copy(source: Path, volume: int, folder: Path) -> Path:
    """``source`` with its 16-bit samples scaled to ``volume`` percent, written once into ``folder``."""
    if volume >= 100:
        return source
    target = folder / f"{source.stem}-{volume}.wav"
    if target.exists():
        return target
    with wave.open(str(source), "rb") as reader:
        params = reader.getparams()
        frames = reader.readframes(reader.getnframes())
    samples = array.array("h", frames)
    if sys.byteorder == "big":
        samples.byteswap()
    samples = array.array("h", (value * volume // 100 for value in samples))
    if sys.byteorder == "big":
        samples.byteswap()
    with wave.open(str(target), "wb") as writer:
        writer.setparams(params)
        writer.writeframes(samples.tobytes())
    return target


Backend = Callable[[Path], None]


def _windows_backend() -> Backend | None:
    try:
        import winsound
    except ImportError:
        return None

    def play(path: Path) -> None:
        winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT)

    return play


def _command_backend(command: list[str]) -> Backend:
    running: list[subprocess.Popen[bytes]] = []

    def play(path: Path) -> None:
        running[:] = [process for process in running if process.poll() is None]  # reap finished players
        running.append(subprocess.Popen([*command, str(path)], stdin=subprocess.DEVNULL,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))

    return play


def find_backend(platform: str = sys.platform, which: Callable[[str], str | None] = shutil.which) -> Backend | None:
    """The way this computer plays a WAV file without waiting, or None (then the window beeps)."""
    if platform == "win32":
        return _windows_backend()
    if platform == "darwin":
        found = which("afplay")
        return _command_backend([found]) if found else None
    for player in LINUX_PLAYERS:
        found = which(player)
        if found:
            return _command_backend([found, "-q"] if player == "aplay" else [found])
    return None


class DoorSounds:
    """Plays a cue at the set volume through the backend found, or calls ``beep`` when there is none."""

    def __init__(self, backend: Backend | None, beep: Callable[[], None], volume: int = DEFAULT_VOLUME) -> None:
        self.backend = backend
        self.beep = beep
        self.volume = volume
        self._folder: tempfile.TemporaryDirectory[str] | None = None  # removed when the window goes

    def set_volume(self, volume: int) -> None:
        """0 (mute) to 100 (as recorded)."""
        self.volume = max(0, min(100, int(volume)))

    def play(self, kind: str) -> None:
        """Play "ok", "warn" or "error"; silent when muted, and never raises (a scan must not fail on sound)."""
        if self.volume <= 0:
            return
        if self.backend is None:
            self.beep()
            return
        try:
            if self._folder is None:
                self._folder = tempfile.TemporaryDirectory(prefix="attendance-sounds-", ignore_cleanup_errors=True)
            self.backend(scaled_copy(sound_file(kind), self.volume, Path(self._folder.name)))
        except (OSError, RuntimeError, wave.Error):
            self.beep()
