"""SoftThresholding draws what regmath says and says what is true.

The scene runs in full (dry run, no video); its mobjects are read back through
the axes and compared with `regmath`; its captions and on-screen TeX are
checked against regmath's facts (`tests.claims_proximal`); and it is watched as
a viewer would (`viewer_problems`).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from regmath import Quadratic, penalized
from regmath.proximal import (
    flat_zone_strips,
    gradient_steps,
    prox_graphs,
    proximal_gradient,
    ridge_proximal_gradient,
    subgradient_descent,
)
from scenes.proximal import SoftThresholding
from tests.claims import true_claims
from tests.claims_proximal import SCREEN_RULES, facts_for, rules_for
from tests.scene_helpers import (RECORDING_FRAME_RATE, Recorder, coords, dry_run, polyline_coords,
                                 viewer_problems)

COORD_ATOL = 1e-9


class Soft(Recorder, SoftThresholding):
    pass


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory):
    return dry_run(Soft, Path(tmp_path_factory.mktemp("proximal")),
                   frame_rate=RECORDING_FRAME_RATE)



def _runs():
    loss = Quadratic(center=Soft.center, hessian=Soft.hessian)
    kwargs = dict(strength=Soft.strength, steps=Soft.steps, step=Soft.step, start=Soft.start)
    return (loss, proximal_gradient(loss, **kwargs), subgradient_descent(loss, **kwargs),
            ridge_proximal_gradient(loss, **kwargs))


def test_the_default_data_tell_the_story() -> None:
    loss, ista, sub, ridge = _runs()
    lasso = penalized(loss, norm="l1", strength=Soft.strength)
    assert lasso.point[1] == 0.0 and lasso.point[0] != 0.0
    assert abs(lasso.gradient[1]) < 0.75 * Soft.strength  # strictly complementary
    assert 6 <= ista.first_exact_zero(1) <= 15
    assert sub.exact_zero_count(1) == 0
    assert np.all(ridge.points != 0.0)


def test_the_prox_graphs_are_regmaths(scene) -> None:
    graphs = prox_graphs(Soft.step * Soft.strength, span=3.0)
    axes = scene.gaxes
    for drawn, exact in ((scene.soft_graph, graphs.soft), (scene.flat_graph, graphs.flat),
                         (scene.ridge_graph, graphs.ridge)):
        np.testing.assert_allclose(polyline_coords(axes, drawn), exact, atol=COORD_ATOL)
    # The flat zone drawn is exactly on z = 0.
    assert np.all(np.abs(polyline_coords(axes, scene.flat_graph)[:, 1]) < COORD_ATOL)


def test_iterates_gradient_steps_and_strips_are_regmaths(scene) -> None:
    loss, ista, sub, ridge = _runs()
    steps = gradient_steps(loss, ista)
    plane = scene.plane
    # Every shown ISTA step: the arrow from the iterate to its gradient step, the prox line
    # from there to the next iterate.
    lines = list(scene.ista_lines)
    shown = len(lines) // 3
    assert shown >= ista.first_exact_zero(1)
    for i in range(shown):
        arrow, snap = lines[3 * i], lines[3 * i + 1]
        np.testing.assert_allclose(coords(plane, np.array([arrow.get_start()])),
                                   [ista.points[i]], atol=COORD_ATOL)
        np.testing.assert_allclose(coords(plane, np.array([arrow.get_end()])), [steps[i]],
                                   atol=COORD_ATOL)
        np.testing.assert_allclose(coords(plane, np.array([snap.get_start(), snap.get_end()])),
                                   [steps[i], ista.points[i + 1]], atol=COORD_ATOL)
    # The dots left by ISTA sit on its iterates.
    for i, dot in enumerate(scene.ista_dots):
        np.testing.assert_allclose(coords(plane, dot.get_center())[0], ista.points[i + 1],
                                   atol=COORD_ATOL)
    # The subgradient and ridge paths go through every iterate.
    np.testing.assert_allclose(polyline_coords(plane, scene.sub_parts[0]), sub.points,
                               atol=COORD_ATOL)
    np.testing.assert_allclose(polyline_coords(plane, scene.ridge_path), ridge.points,
                               atol=COORD_ATOL)
    # The flat-zone strips.
    for drawn, exact in zip(scene.strip_group, [s for s in flat_zone_strips(
            Soft.step * Soft.strength, scene.view) if len(s)]):
        np.testing.assert_allclose(coords(plane, drawn.get_vertices()), exact[:-1],
                                   atol=COORD_ATOL)
    # w* and ridge's solution.
    np.testing.assert_allclose(coords(plane, scene.star_dot.get_center())[0],
                               penalized(loss, norm="l1", strength=Soft.strength).point,
                               atol=COORD_ATOL)


def test_the_readouts_show_exact_zeros_as_0(scene) -> None:
    loss, ista, sub, ridge = _runs()
    # ISTA's readout ends on the last iterate, its w₂ an exact 0 shown as a bare "0".
    assert scene.ista_read.get_values()[0] == Soft.steps
    assert scene.ista_read.texts[2].strip() == "0"
    # The subgradient's never shows a bare 0 for w₂.
    assert scene.sub_read.texts[2].strip() != "0"


def test_every_claim_is_true_for_the_data(scene) -> None:
    facts = facts_for(scene)
    words, screen = true_claims(scene, rules_for(scene), SCREEN_RULES, facts)
    assert len(words.claims) >= 15 and len(screen.claims) >= 5


def test_a_viewer_sees_no_jump_no_silent_motion_and_a_clear_caption_strip(scene) -> None:
    problems = viewer_problems(scene)
    assert all(not found for found in problems.values()), problems


def test_every_beat_is_a_section(scene) -> None:
    assert scene.beats == ["question", "soft-threshold", "ista", "subgradient", "ridge", "why"]
    assert {r.section for r in scene.narration_log} == set(scene.beats)


def test_the_log_plot_draws_regmaths_series_with_0_on_its_row(scene) -> None:
    from regmath.proximal import log_series, log_window

    loss, ista, sub, ridge = _runs()
    window = log_window(ista.points[:, 1], sub.points[:, 1], ridge.points[:, 1])
    assert scene.logwin == window
    for drawn, run in ((scene.ista_series, ista), (scene.sub_series, sub)):
        exact = log_series(run, 1, window)
        # Solid pieces between the jumps onto (or off) the 0 row; each jump dashed, from
        # the iterate before it to the one after.
        on_zero = exact[:, 1] == window.zero
        jumps = np.flatnonzero(on_zero[:-1] != on_zero[1:])
        edges, ends = [0, *(jumps + 1)], [*(jumps + 1), len(exact)]
        pieces = [np.vstack([p[::4], p[-1:]]) for p in drawn.get_subpaths()]
        assert len(pieces) == len(edges)
        for piece, a, b in zip(pieces, edges, ends):
            np.testing.assert_allclose(coords(scene.kaxes, piece), exact[a:b], atol=COORD_ATOL)
        assert len(drawn.submobjects) == len(jumps)
        for dash, i in zip(drawn.submobjects, jumps):
            # The dashes start at the iterate before the jump and run along the segment to
            # the one after (the last dash may stop short of it).
            drawn_points = coords(scene.kaxes, dash.points)
            np.testing.assert_allclose(drawn_points[0], exact[i], atol=COORD_ATOL)
            along = exact[i + 1] - exact[i]
            rel = drawn_points - exact[i]
            share = rel @ along / (along @ along)
            np.testing.assert_allclose(rel, np.outer(share, along), atol=1e-7)
            assert share.min() >= -1e-9 and share.max() <= 1 + 1e-9 and share.max() > 0.8
    # ISTA reaches the 0 row at its first exact zero, and the subgradient run never does.
    first = ista.first_exact_zero(1)
    assert np.all(log_series(ista, 1, window)[first:, 1] == window.zero)
    assert np.all(log_series(sub, 1, window)[:, 1] >= window.low)
