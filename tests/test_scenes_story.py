"""WhyCornersWin, SparsityOdds, ShrinkagePaths, PenaltyEqualsConstraint, LagrangeHike."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from regmath import penalized
from regmath.drawing import ball_outline
from regmath.sparsity import l1_solution_regions, l2_sparse_rays
from scenes.lagrange import LagrangeHike
from scenes.paths import PenaltyEqualsConstraint, ShrinkagePaths
from scenes.sparsity import SPARSE_COLOR, SparsityOdds, WhyCornersWin
from tests.scene_helpers import BeatRecorder, anchors, coords, dry_run, subtitle_overlaps

COORD_ATOL = 1e-9


class Corners(BeatRecorder, WhyCornersWin):
    pass


class Odds(BeatRecorder, SparsityOdds):
    pass


class Shrink(BeatRecorder, ShrinkagePaths):
    pass


class Penalty(BeatRecorder, PenaltyEqualsConstraint):
    pass


class Hike(BeatRecorder, LagrangeHike):
    pass


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = Path(tmp_path_factory.mktemp("story"))
    return {cls.__name__: dry_run(cls, tmp) for cls in (Corners, Odds, Shrink, Penalty, Hike)}


def test_solution_map_regions_are_the_exact_wedges_and_rays(rendered) -> None:
    scene = rendered["Corners"]
    regions = [r for r in l1_solution_regions(scene.hessian, scene.radius, scene.view)
               if r.kind == "corner"]
    assert len(scene.wedges) == len(regions) == 4
    for wedge, region in zip(scene.wedges, regions):
        np.testing.assert_allclose(coords(scene.axes["l1"], wedge.get_vertices()), region.polygon,
                                   atol=COORD_ATOL)
    rays = l2_sparse_rays(scene.hessian, scene.radius, scene.view)
    for drawn, ray in zip(scene.rays, rays):
        np.testing.assert_allclose(coords(scene.axes["l2"], drawn.points[[0, -1]]), ray,
                                   atol=COORD_ATOL)
    # The journey: the lasso had zeros for a good share of it, ridge never.
    assert 0.2 < np.mean(scene.sparse["l1"]) < 0.8
    assert not np.any(scene.sparse["l2"])
    assert scene.beats == ["setup", "travel", "map"]


def test_sparsity_dots_are_coloured_by_the_experiment(rendered) -> None:
    scene = rendered["Odds"]
    exp = scene.experiment
    assert len(scene.dots) == scene.shown
    for k, dot in enumerate(scene.dots):
        np.testing.assert_allclose(coords(scene, dot.get_center())[0], exp.centers[k],
                                   atol=COORD_ATOL)
        sparse_colour = dot.get_color().to_hex().lower() == SPARSE_COLOR.to_hex().lower()
        assert sparse_colour == bool(exp.l1_sparse[k])
    assert exp.l2_fraction == 0.0 and exp.l1_fraction > 0.4


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


def test_hike_top_is_the_tangent_point_with_parallel_gradients(rendered) -> None:
    scene = rendered["Hike"]
    top = scene.top
    np.testing.assert_allclose(coords(scene.map, scene.hiker.get_center())[0], top.point,
                               atol=COORD_ATOL)
    contour = coords(scene.map, anchors(scene.touching))
    np.testing.assert_allclose(scene.mountain.value(contour), top.value, rtol=1e-9)
    for arrow, gradient in ((scene.grad_f, top.gradient_f), (scene.grad_g, top.gradient_g)):
        start = coords(scene.map, arrow.get_start())[0]
        tip = coords(scene.map, arrow.tip.tip_point)[0]
        np.testing.assert_allclose(start, top.point, atol=COORD_ATOL)
        direction = (tip - start) / np.linalg.norm(tip - start)
        np.testing.assert_allclose(direction, gradient / np.linalg.norm(gradient), atol=1e-9)
    # The highest traced point of the path is no higher than the refined top.
    assert top.value >= np.max(scene.heights) - 1e-12
    assert scene.beats == ["mountain", "path", "hike", "top", "compare"]


def test_subtitles_never_overlap(rendered) -> None:
    for name, scene in rendered.items():
        assert subtitle_overlaps(scene) == [], name


def test_the_map_key_shows_the_map_colours_inside_the_frame(rendered) -> None:
    from manim import DL, UR, config

    scene = rendered["Corners"]
    (sparse_swatch, _), (dense_swatch, _) = scene.key
    assert sparse_swatch.get_fill_color() == scene.wedges[0].get_fill_color()
    assert sparse_swatch.get_fill_opacity() == scene.wedges[0].get_fill_opacity()
    assert dense_swatch.get_fill_color() == scene.edge_regions[0].get_fill_color()
    assert dense_swatch.get_fill_opacity() == scene.edge_regions[0].get_fill_opacity()
    low, high = scene.key.get_corner(DL), scene.key.get_corner(UR)
    assert low[1] > -config.frame_height / 2 and abs(low[0]) < config.frame_width / 2
    assert high[0] < config.frame_width / 2
    assert high[1] < min(m.get_bottom()[1] for m in scene.summary)  # below the summaries
