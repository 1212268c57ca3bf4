"""LagrangeHike draws what regmath says."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from scenes.lagrange import LagrangeHike
from tests.scene_helpers import BeatRecorder, anchors, coords, dry_run, subtitle_overlaps

COORD_ATOL = 1e-9


class Hike(BeatRecorder, LagrangeHike):
    pass


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = Path(tmp_path_factory.mktemp("lagrange"))
    return {cls.__name__: dry_run(cls, tmp) for cls in (Hike,)}


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
