"""The suite's own scheduling: each recording module runs on one xdist worker."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import RECORDING_MODULES, recording_group

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
