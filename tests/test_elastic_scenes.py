"""ElasticNetBall draws what regmath says and says what is true.

The scene runs in full (dry run, no video); its mobjects are read back through the
axes and compared with `regmath`; its captions and on-screen TeX are checked against
regmath's facts (`tests.claims_elastic`); and it is watched as a viewer would
(`viewer_problems`).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from regmath import Quadratic
from regmath.elastic import elastic_constrained, elastic_outline
from regmath.elastic_corners import (
    corner_normals,
    corner_point,
    elastic_corner_spans,
)
from regmath.sparsity import carried_fan, carried_room, carried_tips
from scenes.elastic import FLOOR_SHARE, ElasticNetBall
from tests.claims import true_claims
from tests.claims_elastic import SCREEN_RULES, facts_for, rules_for
from tests.scene_helpers import (RECORDING_FRAME_RATE, Recorder, coords, dry_run, polyline_coords,
                                 viewer_problems)

COORD_ATOL = 1e-9


class Elastic(Recorder, ElasticNetBall):
    pass


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory):
    return dry_run(Elastic, Path(tmp_path_factory.mktemp("elastic")),
                   frame_rate=RECORDING_FRAME_RATE)



def _loss() -> Quadratic:
    return Quadratic(center=Elastic.center, hessian=Elastic.hessian)


def test_the_default_data_tell_the_story() -> None:
    loss = _loss()
    sol = elastic_constrained(loss, alpha=Elastic.alpha, radius=Elastic.radius)
    assert sol.at_corner and sol.point[1] == 0.0
    (span,) = elastic_corner_spans(loss, radius=Elastic.radius)
    assert 0.15 < span.lo < 0.6 and span.hi == 1.0
    # ŵ is outside the ball for every α: outside the circle and outside the diamond.
    assert np.sum(np.square(Elastic.center)) > Elastic.radius
    assert np.sum(np.abs(Elastic.center)) > Elastic.radius


def test_the_last_frame_is_regmaths_ball_solution_contour_and_wedge(scene) -> None:
    """The scene ends at its α: every drawn follower is regmath's at that α."""
    loss, t, a = _loss(), Elastic.radius, Elastic.alpha
    plane = scene.plane
    sol = elastic_constrained(loss, alpha=a, radius=t)
    np.testing.assert_allclose(polyline_coords(plane, scene.ball), elastic_outline(a, t),
                               atol=COORD_ATOL)
    for dot, (index, sign) in zip(scene.corner_dots, ((0, 1.0), (1, 1.0), (0, -1.0),
                                                      (1, -1.0))):
        np.testing.assert_allclose(coords(plane, dot.get_center())[0],
                                   corner_point(a, t, index=index, sign=sign), atol=COORD_ATOL)
    np.testing.assert_allclose(coords(plane, scene.star_dot.get_center())[0], sol.point,
                               atol=COORD_ATOL)
    assert scene.star_read.get_values() == tuple(sol.point)
    assert scene.star_read.texts[1].strip() == "0"
    # The touching contour passes through w* (its level is f(w*)).
    drawn = polyline_coords(plane, scene.touching)
    values = np.array([loss.value(p) for p in drawn])
    np.testing.assert_allclose(values, sol.level, rtol=1e-9)
    # The wedge: the corner's normal cone carried all the way by H⁻¹.
    corner, normals = corner_point(a, t), corner_normals(a, t)
    length = carried_room(loss.hessian, corner, normals, scene.view,
                          preferred=0.6 * scene.view.width)
    fan = carried_fan(loss.hessian, corner, normals, amount=1.0, length=length)
    np.testing.assert_allclose(polyline_coords(plane, scene.fan), fan, atol=COORD_ATOL)
    tips = carried_tips(loss.hessian, corner, normals, amount=1.0, length=length)
    np.testing.assert_allclose(polyline_coords(plane, scene.fan_edges),
                               [tips[0], corner, tips[1]], atol=COORD_ATOL)
    assert scene.alpha_tracker.get_value() == a


def test_the_sweep_reaches_below_the_span_and_w_star_leaves_the_corner(scene) -> None:
    loss = _loss()
    (span,) = elastic_corner_spans(loss, radius=Elastic.radius)
    assert scene.span == span and scene.floor == FLOOR_SHARE * span.lo
    low = elastic_constrained(loss, alpha=scene.floor, radius=Elastic.radius)
    assert not low.at_corner and low.point[1] != 0.0


def test_every_claim_is_true_for_the_data(scene) -> None:
    facts = facts_for(scene)
    words, screen = true_claims(scene, rules_for(scene), SCREEN_RULES, facts)
    assert len(words.claims) >= 12 and len(screen.claims) >= 3
    assert any(name == "the lens's corner" for name, _ in screen.claims)


def test_the_cone_formula_on_screen_is_regmaths(scene) -> None:
    """The cone's readout template (a Readout is not recorded as screen TeX) shows the
    opening as regmath computes it: 2·arctan(α/(2−α)) for t = 1."""
    import re

    rule = next(r for r in SCREEN_RULES if r.name == "the cone's formula")
    found = re.search(rule.pattern, scene.cone_tex)
    assert found is not None and found.group(1) == "2-"
    assert rule.check(found, facts_for(scene))


def test_a_viewer_sees_no_jump_no_silent_motion_and_a_clear_caption_strip(scene) -> None:
    problems = viewer_problems(scene)
    assert all(not found for found in problems.values()), problems


def test_every_beat_is_a_section(scene) -> None:
    assert scene.beats == ["ball", "morph", "touch", "sweep", "close"]
    assert {r.section for r in scene.narration_log} == set(scene.beats)
