"""ClassicPicture draws what regmath says."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from regmath import constrained
from regmath.drawing import ball_outline, level_set
from scenes.classic import ClassicPicture
from tests.scene_helpers import BeatRecorder, anchors, coords, dry_run, subtitle_overlaps

COORD_ATOL = 1e-9


class Classic(BeatRecorder, ClassicPicture):
    pass


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = Path(tmp_path_factory.mktemp("classic"))
    return {cls.__name__: dry_run(cls, tmp) for cls in (Classic,)}


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
        ball = coords(axes, anchors(scene.balls[norm][1]))
        np.testing.assert_allclose(ball, ball_outline(norm, scene.radius)[:-1], atol=COORD_ATOL)
    assert scene.solutions["l1"].at_corner and not scene.solutions["l2"].zero_weights
    assert scene.beats == ["optimum", "regions", "contours", "solutions"]


def test_subtitles_never_overlap(rendered) -> None:
    for name, scene in rendered.items():
        assert subtitle_overlaps(scene) == [], name
