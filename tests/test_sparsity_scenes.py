"""WhyCornersWin and SparsityOdds draw what regmath says."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from regmath.sparsity import l1_solution_regions, l2_sparse_rays
from scenes.sparsity import SPARSE_COLOR, SparsityOdds, WhyCornersWin
from tests.scene_helpers import BeatRecorder, anchors, coords, dry_run, subtitle_overlaps

COORD_ATOL = 1e-9


class Corners(BeatRecorder, WhyCornersWin):
    pass

class Odds(BeatRecorder, SparsityOdds):
    pass


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = Path(tmp_path_factory.mktemp("sparsity"))
    return {cls.__name__: dry_run(cls, tmp) for cls in (Corners, Odds,)}


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


def test_subtitles_never_overlap(rendered) -> None:
    for name, scene in rendered.items():
        assert subtitle_overlaps(scene) == [], name
