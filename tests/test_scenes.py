"""The tangency scenes draw exactly what regmath computes.

Each scene runs in full (dry run, no video); its mobjects are read back through
the axes into problem coordinates and compared with `regmath`.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from manim import DL, UR

from regmath import constrained
from regmath.drawing import ball_outline, level_set, normal_cone_wedge, tangency_arrows
from scenes.tangency import L1Tangency, L2Tangency
from tests.scene_helpers import BeatRecorder, anchors, coords, dry_run, subtitle_overlaps

# Scene ↔ problem coordinates go through Manim's float affine maps.
COORD_ATOL = 1e-9


class RecordedL1(BeatRecorder, L1Tangency):
    pass


class RecordedL2(BeatRecorder, L2Tangency):
    pass


class ShiftedCorner(L1Tangency):
    """A variant as a lecturer would write it: only data overridden."""

    center = (2.2, -0.6)
    hessian = ((2.0, 0.3), (0.3, 0.8))
    radius = 1.5


class EdgeCase(L1Tangency):
    center = (2.0, 1.0)
    hessian = ((1.0, 0.3), (0.3, 2.0))


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = tmp_path_factory.mktemp("scenes")
    names = {"RecordedL1": "L1Tangency", "RecordedL2": "L2Tangency"}
    return {names.get(cls.__name__, cls.__name__): dry_run(cls, Path(tmp))
            for cls in (RecordedL1, RecordedL2, ShiftedCorner, EdgeCase)}


@pytest.mark.parametrize("name", ["L1Tangency", "L2Tangency", "ShiftedCorner", "EdgeCase"])
def test_drawn_geometry_equals_regmath(rendered: dict[str, object], name: str) -> None:
    scene = rendered[name]
    sol = constrained(scene.loss, norm=scene.norm, radius=scene.radius)
    # The tangent point.
    np.testing.assert_allclose(coords(scene, scene.tangent_dot.get_center())[0], sol.point,
                               atol=COORD_ATOL)
    # ŵ.
    np.testing.assert_allclose(coords(scene, scene.center_dot.get_center())[0],
                               scene.loss.center, atol=COORD_ATOL)
    # The final contour is the level set through w*, point for point.
    contour = coords(scene, anchors(scene.touching_contour))
    expected = level_set(scene.loss, sol.level, samples=scene.contour_samples)
    np.testing.assert_allclose(contour, expected[:-1], atol=COORD_ATOL)
    np.testing.assert_allclose(scene.loss.value(contour), sol.level, rtol=1e-9)
    # It touches the ball: its closest point to the ball is w* (up to sampling).
    order = 1 if scene.norm == "l1" else 2
    assert np.min(np.linalg.norm(contour, ord=order, axis=1)) >= scene.radius - 1e-9
    # The ball.
    ball = coords(scene, anchors(scene.ball))
    outline = ball_outline(scene.norm, scene.radius, samples=scene.contour_samples)
    np.testing.assert_allclose(ball, outline[:-1], atol=COORD_ATOL)
    # The arrows: start at w*, tips where regmath puts them, opposite directions.
    arrows = tangency_arrows(sol)
    for mobject, arrow in ((scene.gradient_arrow, arrows["gradient"]),
                           (scene.normal_arrow, arrows["normal"])):
        np.testing.assert_allclose(coords(scene, mobject.get_start())[0], arrow.start,
                                   atol=COORD_ATOL)
        np.testing.assert_allclose(coords(scene, mobject.tip.tip_point)[0], arrow.end,
                                   atol=COORD_ATOL)


def test_the_lasso_scene_lands_on_a_corner_and_shades_its_normal_cone(rendered) -> None:
    for name in ("L1Tangency", "ShiftedCorner"):
        scene = rendered[name]
        assert scene.solution.at_corner
        wedge = coords(scene, scene.wedge.get_vertices())
        np.testing.assert_allclose(wedge, normal_cone_wedge(scene.solution)[:-1], atol=COORD_ATOL)
    # The variant moved the corner: (1.5, 0), weight 2 switched off.
    np.testing.assert_array_equal(rendered["ShiftedCorner"].solution.point, [1.5, 0.0])


def test_an_edge_solution_gets_no_cone(rendered) -> None:
    scene = rendered["EdgeCase"]
    assert not scene.solution.at_corner
    assert not hasattr(scene, "wedge")


def test_ridge_default_has_no_zero_weight(rendered) -> None:
    assert rendered["L2Tangency"].solution.zero_weights == ()


def test_every_beat_is_a_section_with_narration(rendered) -> None:
    for name in ("L1Tangency", "L2Tangency"):
        scene = rendered[name]
        assert scene.beats == ["problem", "grow", "touch", "gradients", "verdict"]
        captions = scene.renderer.file_writer.subcaptions
        assert len(captions) >= 8
        assert all(c.content.strip() for c in captions)


def test_the_axes_hold_everything_drawn(rendered) -> None:
    for scene in rendered.values():
        for mobject in (scene.touching_contour, scene.ball, scene.gradient_arrow,
                        scene.normal_arrow):
            points = coords(scene, mobject.points)
            assert scene.view.contains(points[:, :2] * (1 - 1e-12))


def test_subtitles_never_overlap(rendered) -> None:
    """Each cue ends before the next starts (holds are whole frames, never shorter)."""
    for scene in rendered.values():
        assert subtitle_overlaps(scene) == [], type(scene).__name__


def test_arrow_labels_cover_no_edge_of_the_ball(rendered) -> None:
    """∇f(w*) and λg are labelled clear of the ball's boundary (sampled densely, exact).

    EdgeCase is left out: its view is wide and its diamond small, so every place
    beside the arrow tip meets an edge and `place_clear` takes the least covered.
    """
    for name, scene in rendered.items():
        if name == "EdgeCase":
            continue
        corners = ball_outline(scene.norm, scene.radius, samples=513)  # the diamond: 5
        t = np.linspace(0.0, 1.0, 200)[:, None, None]
        outline = (corners[:-1] + t * (corners[1:] - corners[:-1])).reshape(-1, 2)
        edge = np.array(scene.axes.coords_to_point(outline[:, 0], outline[:, 1])).T[:, :2]
        for label in scene.arrow_labels:
            low, high = label.get_corner(DL)[:2], label.get_corner(UR)[:2]
            inside = np.all((edge >= low) & (edge <= high), axis=1)
            assert not np.any(inside), (name, label.get_tex_string())
