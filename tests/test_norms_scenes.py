"""NormsAsDistances and UnitBalls draw what regmath says."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from regmath.drawing import ball_outline
from regmath.lp import lp_ball_boundary, lp_norm, manhattan_path
from scenes.norms import NormsAsDistances, UnitBalls
from tests.scene_helpers import BeatRecorder, anchors, coords, dry_run, subtitle_overlaps

COORD_ATOL = 1e-9


class Norms(BeatRecorder, NormsAsDistances):
    pass

class Balls(BeatRecorder, UnitBalls):
    pass


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = Path(tmp_path_factory.mktemp("norms"))
    return {cls.__name__: dry_run(cls, tmp) for cls in (Norms, Balls,)}


def test_manhattan_path_and_straight_segment(rendered) -> None:
    scene = rendered["Norms"]
    np.testing.assert_allclose(coords(scene, anchors(scene.path)), manhattan_path(scene.w)[:-1],
                               atol=COORD_ATOL)
    np.testing.assert_allclose(coords(scene, scene.path.points[-1]), [scene.w], atol=COORD_ATOL)
    np.testing.assert_allclose(coords(scene, scene.segment.points[[0, -1]]), [[0, 0], scene.w],
                               atol=COORD_ATOL)
    assert scene.l1 == lp_norm(scene.w, 1) and scene.l2 == lp_norm(scene.w, 2)
    assert scene.beats == ["point", "manhattan", "euclidean", "balls"]


def test_unit_ball_ends_on_the_exact_square(rendered) -> None:
    scene = rendered["Balls"]
    assert scene.current_p() == np.inf
    drawn = coords(scene, anchors(scene.outline))
    expected = lp_ball_boundary(np.inf, 1.0, samples=scene.samples)[:-1]
    np.testing.assert_allclose(drawn, expected, atol=COORD_ATOL)
    assert scene.beats == ["p=0.5", "p=1", "p=2", "p=inf"]


def test_subtitles_never_overlap(rendered) -> None:
    for name, scene in rendered.items():
        assert subtitle_overlaps(scene) == [], name
