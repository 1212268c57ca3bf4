"""DiabetesLassoPath draws what regmath says and says what is true.

The scene runs in full (dry run, no video); its curves are read back through the
axes and compared with `regmath.diabetes`; its captions and on-screen TeX are
checked against regmath's facts (`tests.claims_realdata`); and it is watched as a
viewer would (`viewer_problems`).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from regmath.diabetes import FEATURES, diabetes_path, ridge_same_fit
from scenes.realdata import DiabetesLassoPath
from tests.claims import true_claims
from tests.claims_realdata import SCREEN_RULES, facts_for, rules_for
from tests.scene_helpers import (RECORDING_FRAME_RATE, Recorder, dry_run, polyline_coords,
                                 viewer_problems)

#: Read back through the axes: relative to the plot's ranges.
COORD_RTOL = 1e-9


class Dia(Recorder, DiabetesLassoPath):
    pass


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory):
    return dry_run(Dia, Path(tmp_path_factory.mktemp("realdata")),
                   frame_rate=RECORDING_FRAME_RATE)


def test_the_default_data_tell_the_story() -> None:
    path = diabetes_path()
    w = path.at(Dia.radius)
    fit = ridge_same_fit(path.loss, float(path.loss.value(w)))
    assert 2 <= np.count_nonzero(w) <= 6 and np.all(fit.point != 0.0)


def test_the_curves_are_regmaths_paths(scene) -> None:
    path = diabetes_path()
    scale = np.array([path.end, float(np.max(np.abs(path.points)))])
    for j, curve in enumerate(scene.curves):
        drawn = polyline_coords(scene.axes, curve)
        first = path.radii[scene.entry_knot[j]]
        keep = path.radii >= first
        exact = np.column_stack([path.radii[keep], path.points[keep, j]])
        # The last point is the end (ŵ); the drawn curve ends there too.
        np.testing.assert_allclose(drawn, exact, rtol=0, atol=COORD_RTOL * scale.max())


def test_labels_sit_clear_of_every_curve(scene) -> None:
    from scenes.realdata import _label_cost
    from scenes.toolkit.style import _outline_samples, box_of

    curves = _outline_samples(list(scene.curves), spacing=0.04)
    for j, label in scene.labels.items():
        assert _label_cost(*box_of(label), curves) == 0, FEATURES[j]


def test_every_claim_is_true_for_the_data(scene) -> None:
    facts = facts_for(scene)
    words, screen = true_claims(scene, rules_for(scene), SCREEN_RULES, facts)
    assert len(words.claims) >= 10 and len(screen.claims) >= 12


def test_a_viewer_sees_no_jump_no_silent_motion_and_a_clear_caption_strip(scene) -> None:
    problems = viewer_problems(scene)
    assert all(not found for found in problems.values()), problems


def test_every_beat_is_a_section_and_the_length_is_60_to_100_s(scene) -> None:
    assert scene.beats == ["data", "path", "hdl", "end", "compare"]
    assert {r.section for r in scene.narration_log} == set(scene.beats)
    assert 60.0 <= float(scene.time) <= 100.0


def test_the_table_shows_exact_zeros_as_0(scene) -> None:
    for j, cell in enumerate(scene.lasso_col):
        assert (cell.tex_string.strip("{}") == "0") == (scene.chosen[j] == 0.0)
