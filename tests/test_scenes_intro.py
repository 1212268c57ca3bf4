"""NormsAsDistances, UnitBalls, ClassicPicture, InactiveConstraint draw what regmath says."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from regmath import constrained
from regmath.boundary import boundary_minimum
from regmath.drawing import ball_outline, level_set
from regmath.lp import lp_ball_boundary, lp_norm, manhattan_path
from scenes.classic import ClassicPicture
from scenes.norms import NormsAsDistances, UnitBalls
from scenes.tangency import InactiveConstraint
from tests.scene_helpers import BeatRecorder, anchors, coords, dry_run, subtitle_overlaps

COORD_ATOL = 1e-9


class Norms(BeatRecorder, NormsAsDistances):
    pass


class Balls(BeatRecorder, UnitBalls):
    pass


class Classic(BeatRecorder, ClassicPicture):
    pass


class Inactive(BeatRecorder, InactiveConstraint):
    pass


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = Path(tmp_path_factory.mktemp("intro"))
    return {cls.__name__: dry_run(cls, tmp) for cls in (Norms, Balls, Classic, Inactive)}


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


def test_classic_picture_contours_touch_at_the_solutions(rendered) -> None:
    scene = rendered["Classic"]
    for norm in ("l1", "l2"):
        axes = scene.axes[norm]
        sol = constrained(scene.loss, norm=norm, radius=scene.radius)
        np.testing.assert_allclose(coords(axes, scene.tangent_dots[norm].get_center())[0],
                                   sol.point, atol=COORD_ATOL)
        contour = coords(axes, anchors(scene.contours[norm]))
        np.testing.assert_allclose(contour, level_set(scene.loss, sol.level)[:-1],
                                   atol=COORD_ATOL)
        ball = coords(axes, anchors(scene.balls[norm]))
        np.testing.assert_allclose(ball, ball_outline(norm, scene.radius)[:-1], atol=COORD_ATOL)
    assert scene.solutions["l1"].at_corner and not scene.solutions["l2"].zero_weights
    assert scene.beats == ["optimum", "regions", "contours", "solutions"]


def test_inactive_constraint_keeps_w_hat_and_the_largest_inner_contour(rendered) -> None:
    scene = rendered["Inactive"]
    assert scene.solution.multiplier == 0.0 and not scene.solution.active
    np.testing.assert_allclose(coords(scene, scene.tangent_dot.get_center())[0],
                               scene.loss.center, atol=COORD_ATOL)
    _, inner = boundary_minimum(scene.loss, norm="l1", radius=scene.radius)
    contour = coords(scene, anchors(scene.touching_contour))
    np.testing.assert_allclose(scene.loss.value(contour), inner, rtol=1e-9)
    # The largest contour stays in the ball and reaches its boundary.
    norms = np.sum(np.abs(contour), axis=1)
    assert np.max(norms) <= scene.radius + 1e-9
    assert np.max(norms) >= scene.radius - 1e-3
    assert scene.beats == ["problem", "grow", "verdict"]


def test_subtitles_never_overlap(rendered) -> None:
    for name, scene in rendered.items():
        assert subtitle_overlaps(scene) == [], name
