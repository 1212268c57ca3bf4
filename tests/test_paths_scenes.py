"""ShrinkagePaths and PenaltyEqualsConstraint draw what regmath says."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from regmath import penalized
from regmath.drawing import ball_outline
from scenes.paths import PenaltyEqualsConstraint, ShrinkagePaths
from tests.scene_helpers import BeatRecorder, anchors, coords, dry_run, subtitle_overlaps

COORD_ATOL = 1e-9


class Shrink(BeatRecorder, ShrinkagePaths):
    pass

class Penalty(BeatRecorder, PenaltyEqualsConstraint):
    pass


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = Path(tmp_path_factory.mktemp("paths"))
    return {cls.__name__: dry_run(cls, tmp) for cls in (Shrink, Penalty,)}


def test_shrinkage_traces_follow_the_exact_paths(rendered) -> None:
    scene = rendered["Shrink"]
    paths = scene.paths
    lasso_plane, ridge_plane = scene.traces[0], scene.traces[3]
    np.testing.assert_allclose(coords(scene.plane, anchors(lasso_plane)), paths.lasso[:-1],
                               atol=COORD_ATOL)
    np.testing.assert_allclose(coords(scene.plane, anchors(ridge_plane)), paths.ridge[:-1],
                               atol=COORD_ATOL)
    # Knot dots sit on the path's interior knots.
    knot_dots = [m for m in scene.knot_marks if m.__class__.__name__ == "Dot"]
    for dot, point in zip(knot_dots, paths.knot_points[1:-1]):
        np.testing.assert_allclose(coords(scene.plane, dot.get_center())[0], point,
                                   atol=COORD_ATOL)


def test_penalty_and_constraint_solutions_coincide_on_screen(rendered) -> None:
    scene = rendered["Penalty"]
    lam, pen, con = scene.current()
    np.testing.assert_allclose(pen.point, con.point, atol=1e-12)
    np.testing.assert_allclose(coords(scene.plane, scene.penalty_dot.get_center())[0],
                               penalized(scene.loss, norm=scene.norm, strength=lam).point,
                               atol=COORD_ATOL)
    np.testing.assert_allclose(coords(scene.plane, scene.ring.get_center())[0], con.point,
                               atol=COORD_ATOL)
    np.testing.assert_allclose(coords(scene.plane, anchors(scene.ball)),
                               ball_outline(scene.norm, pen.radius)[:-1], atol=COORD_ATOL)
    assert 0.0 < pen.radius < float(np.sum(np.abs(scene.loss.center)))


def test_subtitles_never_overlap(rendered) -> None:
    for name, scene in rendered.items():
        assert subtitle_overlaps(scene) == [], name
