"""The door's three sounds: distinct files, the right one played by the backend found, volume and mute."""

from __future__ import annotations

import array
import hashlib
import itertools
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from attendance import services
from attendance.checkin import CheckInStatus
from attendance.gui import sounds
from attendance.gui.checkin_page import CheckInPage, sound_kind


def _samples(path: Path) -> tuple[array.array, int]:
    with wave.open(str(path), "rb") as reader:
        assert reader.getsampwidth() == 2 and reader.getnchannels() == 1
        return array.array("h", reader.readframes(reader.getnframes())), reader.getframerate()


def _pitch(path: Path) -> float:
    """The tone's frequency estimated from zero crossings (Hz)."""
    samples, rate = _samples(path)
    crossings = sum(1 for a, b in itertools.pairwise(samples) if (a < 0) != (b < 0))
    return crossings / 2 / (len(samples) / rate)


def test_the_three_cues_are_distinct_files_that_sound_different():
    files = {kind: sounds.sound_file(kind) for kind in sounds.SOUNDS}
    assert all(path.is_file() for path in files.values())
    assert len({hashlib.sha256(path.read_bytes()).hexdigest() for path in files.values()}) == 3
    pitch = {kind: _pitch(path) for kind, path in files.items()}
    durations = {kind: len(_samples(path)[0]) / _samples(path)[1] for kind, path in files.items()}
    # Admitted is high, already in is middle, refused is low and longest: told apart by ear.
    assert pitch["ok"] > 1.2 * pitch["warn"] > 1.2 * 1.2 * pitch["error"]
    assert durations["ok"] < durations["warn"] < durations["error"]
    assert {sound_kind(status) for status in CheckInStatus} == set(sounds.SOUNDS)


@pytest.mark.parametrize(("platform", "found", "expected"), [
    ("darwin", {"afplay"}, ["/usr/bin/afplay"]),
    ("linux", {"pw-play", "paplay", "aplay"}, ["/usr/bin/pw-play"]),
    ("linux", {"paplay", "aplay"}, ["/usr/bin/paplay"]),
    ("linux", {"aplay"}, ["/usr/bin/aplay", "-q"]),
])
def test_the_backend_is_the_systems_own_player(monkeypatch, platform, found, expected):
    started = []

    class FakePopen:
        def __init__(self, command, **_options):
            started.append(command)

        def poll(self):
            return 0

    monkeypatch.setattr(sounds.subprocess, "Popen", FakePopen)
    backend = sounds.find_backend(platform, which=lambda name: f"/usr/bin/{name}" if name in found else None)
    backend(Path("/x/checkin_ok.wav"))
    assert started == [[*expected, "/x/checkin_ok.wav"]]
    assert sounds.find_backend("linux", which=lambda name: None) is None


def test_each_answer_plays_its_own_file_at_the_set_volume(qtbot, store, event, tmp_path):
    played: list[Path] = []
    page = CheckInPage(store)
    qtbot.addWidget(page)
    page.sounds = sounds.DoorSounds(played.append, beep=lambda: played.append(Path("beep")), volume=100)
    page.set_event(event.id)
    ana = services.register(store, event.id, given_names="Ana", family_names="Núñez")
    code = services.badge_payload(event, ana.badge_token)
    for text in (code, code, "AT1XX"):
        page.scan_field.setText(text)
        page.submit()
    assert [path.name for path in played] == ["checkin_ok.wav", "checkin_warn.wav", "checkin_error.wav"]
    page.volume.setValue(30)  # the page's volume slider
    page.scan_field.setText(code)
    page.submit()
    quieter = played[-1]
    assert quieter.name == "checkin_warn-30.wav"
    loud, _ = _samples(sounds.sound_file("warn"))
    soft, _ = _samples(quieter)
    assert max(soft) == max(loud) * 30 // 100
    page.volume.setValue(0)  # mute
    page.scan_field.setText(code)
    page.submit()
    assert len(played) == 4


def test_without_a_player_the_door_beeps():
    beeps = []
    door = sounds.DoorSounds(None, beep=lambda: beeps.append(1))
    door.play("ok")
    assert beeps == [1]


def test_the_volume_is_remembered(qtbot, store, event, tmp_path):
    from attendance.gui.main_window import MainWindow
    from attendance.gui.settings import file_settings

    settings = file_settings(str(tmp_path / "settings.ini"))
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.page(CheckInPage).volume.setValue(40)
    again = MainWindow(store, settings)
    qtbot.addWidget(again)
    door = again.page(CheckInPage)
    assert door.volume.value() == 40 and door.sounds.volume == 40
    assert door.volume.focusPolicy() == Qt.FocusPolicy.NoFocus  # the scan field keeps the keyboard
