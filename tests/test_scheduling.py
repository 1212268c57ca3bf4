"""The suite's own scheduling: each recording module runs on one xdist worker."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import (CONTROL_FRAME_MODULES, CONTROL_FRAME_RECORDING, RECORDING_MODULES,
                            recording_group)

TESTS = Path(__file__).parent
#: A module-scoped fixture that plays whole scenes: what a recording module has.
RECORDING = re.compile(r'@pytest\.fixture\(scope="module"\)\s*\ndef \w+\([^)]*\)[^:]*:'
                       r'(?:\n(?:    .*|\s*))*?dry_run\(')


def test_every_module_with_a_recorded_render_is_grouped_and_no_other() -> None:
    recording = {p.name for p in TESTS.glob("test_*.py") if RECORDING.search(p.read_text())}
    assert recording == RECORDING_MODULES


def test_a_recording_module_is_one_unit_and_any_other_test_is_its_own() -> None:
    assert recording_group("tests/test_tangency_scenes.py::test_x[L1Tangency]") == \
        recording_group("tests/test_tangency_scenes.py::test_y") == "tests/test_tangency_scenes.py"
    single = "tests/test_variants.py::test_renders_truthfully_to_the_end[L1-q4]"
    assert recording_group(single) == single


def _control_frame_scenes() -> dict[str, str]:
    """Each control-frame test's scene name → its module's file name, read from the sources."""
    scenes = {}
    for name in CONTROL_FRAME_MODULES:
        for scene in re.findall(r"^def test_(\w+)\(scene\)", (TESTS / name).read_text(), re.M):
            scenes[scene] = name
    return scenes


def test_every_control_frame_with_a_recorded_scene_joins_that_recording() -> None:
    frames = _control_frame_scenes()
    assert len(frames) >= 16
    for scene, module in frames.items():
        recordings = {p.name for p in TESTS.glob("test_*.py") if p.name in RECORDING_MODULES
                      and re.search(rf"\b{scene}\b", p.read_text())}
        # The map names a recording that plays the scene, and misses none that does.
        assert CONTROL_FRAME_RECORDING.get(scene) in recordings | {None}, scene
        assert (scene in CONTROL_FRAME_RECORDING) == bool(recordings), scene
        frame = f"tests/{module}::test_{scene}"
        if recordings:
            recording = CONTROL_FRAME_RECORDING[scene]
            assert recording_group(frame) == recording_group(f"tests/{recording}::test_any")
        else:
            assert recording_group(frame) == frame
