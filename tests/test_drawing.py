"""Drawing geometry: every returned point is where the math says."""

from __future__ import annotations

import numpy as np
import pytest

from regmath import InvalidArgumentError, Quadratic, constrained
from regmath.drawing import (
    slack_segment,
    ball_outline,
    diamond_edge,
    cone_label_anchor,
    free_direction,
    growth_levels,
    level_set,
    level_sets,
    normal_cone_wedge,
    tangency_arrows,
    tangency_view,
    view_box,
)

LEVEL_RTOL = 1e-12


@pytest.fixture
def loss() -> Quadratic:
    return Quadratic(center=[1.0, 1.6], hessian=[[1.1, -0.5], [-0.5, 3.9]])


def test_every_level_set_point_is_on_the_level_set(rng: np.random.Generator) -> None:
    for _ in range(20):
        q, _ = np.linalg.qr(rng.standard_normal((2, 2)))
        loss = Quadratic(center=rng.uniform(-3, 3, 2), eigenvalues=rng.uniform(0.01, 100, 2),
                         eigenvectors=q)
        levels = rng.uniform(0.0, 10.0, 7)
        curves = level_sets(loss, levels, samples=97)
        assert curves.shape == (7, 97, 2)
        values = loss.value(curves)
        np.testing.assert_allclose(values, np.broadcast_to(levels[:, None], values.shape),
                                   rtol=LEVEL_RTOL, atol=1e-15)
        np.testing.assert_array_equal(curves[:, 0], curves[:, -1])  # closed


def test_level_zero_is_the_center_and_growth_is_quadratic_in_progress(loss: Quadratic) -> None:
    np.testing.assert_array_equal(level_set(loss, 0.0, samples=5), np.tile(loss.center, (5, 1)))
    np.testing.assert_allclose(growth_levels(2.0, [0.0, 0.5, 1.0]), [0.0, 0.5, 2.0])
    with pytest.raises(InvalidArgumentError, match="progress"):
        growth_levels(1.0, [-0.5])


def test_touching_contour_meets_the_ball_only_at_w_star(loss: Quadratic) -> None:
    for norm in ("l1", "l2"):
        sol = constrained(loss, norm=norm, radius=1.0)
        contour = level_set(loss, sol.level, samples=20001)
        order = 1 if norm == "l1" else 2
        norms = np.linalg.norm(contour, ord=order, axis=1)
        # The contour stays outside the ball and comes within sampling distance of it at w*.
        assert np.min(norms) >= 1.0 - 1e-9
        closest = contour[np.argmin(norms)]
        assert np.linalg.norm(closest - sol.point) < 1e-3


def test_ball_outlines_are_exact() -> None:
    diamond = ball_outline("l1", 2.0)
    np.testing.assert_array_equal(diamond, [[2, 0], [0, 2], [-2, 0], [0, -2], [2, 0]])
    circle = ball_outline("l2", 1.5, samples=64)
    np.testing.assert_allclose(np.linalg.norm(circle, axis=1), 1.5, rtol=1e-15)
    with pytest.raises(InvalidArgumentError, match="norm"):
        ball_outline("linf", 1.0)
    with pytest.raises(InvalidArgumentError, match="samples"):
        ball_outline("l2", 1.0, samples=2)


def test_arrows_are_equal_and_opposite_and_point_the_right_way(loss: Quadratic) -> None:
    for norm in ("l1", "l2"):
        sol = constrained(loss, norm=norm, radius=1.0)
        arrows = tangency_arrows(sol, length=0.5)
        grad = np.subtract(arrows["gradient"].end, arrows["gradient"].start)
        normal = np.subtract(arrows["normal"].end, arrows["normal"].start)
        np.testing.assert_allclose(grad, -normal, atol=1e-15)
        assert np.linalg.norm(grad) == pytest.approx(0.5, rel=1e-15)
        # ∇f points into the ball, the normal out, −∇f towards the side of ŵ.
        order = 1 if norm == "l1" else 2
        assert np.linalg.norm(arrows["gradient"].end, ord=order) < 1.0
        assert np.linalg.norm(arrows["normal"].end, ord=order) > 1.0
        assert np.dot(normal, loss.center - sol.point) > 0.0


def test_no_arrows_for_an_inactive_constraint(loss: Quadratic) -> None:
    with pytest.raises(InvalidArgumentError, match="inactive"):
        tangency_arrows(constrained(loss, norm="l2", radius=5.0))


def test_normal_cone_wedge_spans_the_two_edge_normals(loss: Quadratic) -> None:
    sol = constrained(loss, norm="l1", radius=1.0)
    wedge = normal_cone_wedge(sol, length=0.5, samples=9)
    np.testing.assert_array_equal(wedge[0], sol.point)
    np.testing.assert_array_equal(wedge[-1], sol.point)
    arc = wedge[1:-1] - sol.point
    np.testing.assert_allclose(np.linalg.norm(arc, axis=1), 0.5, rtol=1e-14)
    directions = {tuple(np.round(arc[i] / 0.5 * np.sqrt(2), 12)) for i in (0, -1)}
    assert directions == {(-1.0, 1.0), (1.0, 1.0)}
    # −∇f lies strictly inside the wedge's angle.
    descent = -sol.gradient / np.linalg.norm(sol.gradient)
    assert np.dot(descent, [0.0, 1.0]) > np.cos(np.pi / 4)
    point, direction = cone_label_anchor(sol)
    assert np.dot(direction, sol.normal) < np.dot([0.0, 1.0], sol.normal)


def test_view_box_holds_everything_with_nice_ticks(loss: Quadratic) -> None:
    sols = [constrained(loss, norm=n, radius=1.0) for n in ("l1", "l2")]
    view = tangency_view(loss, sols)
    assert view.width == pytest.approx(view.height)
    assert view.contains(loss.center) and view.contains([0.0, 0.0])
    for sol in sols:
        assert view.contains(sol.point)
        assert view.contains(ball_outline(sol.norm, sol.radius))
        assert view.contains(level_set(loss, sol.level))
        for arrow in tangency_arrows(sol).values():
            assert view.contains([arrow.start, arrow.end])
    for low, high, step in (view.x_range, view.y_range):
        assert low / step == pytest.approx(round(low / step))
        assert high / step == pytest.approx(round(high / step))
        assert 4 <= (high - low) / step <= 25


def test_view_box_follows_the_data_not_a_fixed_range() -> None:
    small = view_box([[0.01, 0.02], [-0.01, 0.0]])
    large = view_box([[300.0, 10.0], [-50.0, 0.0]], aspect=16 / 9)
    assert small.width < 0.1 and large.width > 300
    assert large.width / large.height == pytest.approx(16 / 9, rel=0.15)


def test_free_direction_avoids_everything() -> None:
    direction, half = free_direction([[1, 0], [0, 1], [-1, 0]])
    np.testing.assert_allclose(direction, [0.0, -1.0], atol=1e-15)
    assert half == pytest.approx(np.pi / 2)


def test_singular_level_sets_are_refused() -> None:
    singular = Quadratic(center=[1.0, 1.0], hessian=[[1.0, 1.0], [1.0, 1.0]])
    with pytest.raises(InvalidArgumentError, match="loss"):
        level_set(singular, 1.0)


@pytest.mark.parametrize("center", [(0.35, 0.25), (-0.1, 0.3), (0.0, -0.4), (0.2, 0.2)])
@pytest.mark.parametrize("norm", ["l1", "l2"])
def test_slack_segment_ends_on_the_ball_and_its_length_is_the_slack(center, norm) -> None:
    radius = 1.0
    p = 1 if norm == "l1" else 2
    start, end = slack_segment(center, norm=norm, radius=radius)
    assert np.array_equal(start, np.asarray(center, dtype=float))
    assert np.linalg.norm(end, ord=p) == pytest.approx(radius, abs=1e-15)
    # Read off the ticks: the Euclidean length is the slack in the ball's own norm.
    slack = radius - np.linalg.norm(center, ord=p)
    assert np.linalg.norm(end - start) == pytest.approx(slack, abs=1e-15)


def test_slack_segment_refuses_a_center_outside_or_at_zero() -> None:
    for center in [(0.0, 0.0), (0.8, 0.5)]:
        with pytest.raises(InvalidArgumentError, match="^center"):
            slack_segment(center, norm="l1", radius=1.0)


def test_diamond_edge_is_the_face_with_those_signs() -> None:
    edge = diamond_edge((1.0, -1.0), 2.0)
    np.testing.assert_array_equal(edge, [[2.0, 0.0], [0.0, -2.0]])
    # Both ends on the diamond, on the line sᵀw = t: s is the edge's outward normal.
    s = np.array([1.0, -1.0])
    assert np.all(np.abs(edge).sum(axis=1) == 2.0)
    np.testing.assert_allclose(edge @ s, 2.0)
    with pytest.raises(InvalidArgumentError):
        diamond_edge((0.5, 1.0), 1.0)


def test_beside_arrow_is_parallel_as_long_and_gap_to_the_left() -> None:
    from regmath.drawing import Arrow, beside_arrow
    arrow = Arrow((1.0, 2.0), (4.0, 6.0))  # direction (3, 4), length 5
    moved = beside_arrow(arrow, 0.5)
    # Left of (3, 4) is (−4, 3)/5: the shift is 0.5 · (−0.8, 0.6) exactly.
    np.testing.assert_allclose(moved.start, (0.6, 2.3), atol=1e-15)
    np.testing.assert_allclose(moved.end, (3.6, 6.3), atol=1e-15)
    assert beside_arrow(arrow, 0.0) == arrow
    with pytest.raises(InvalidArgumentError):
        beside_arrow(arrow, -1.0)
    with pytest.raises(InvalidArgumentError):
        beside_arrow(Arrow((1.0, 1.0), (1.0, 1.0)), 0.1)


def test_corner_zoom_view_frames_the_corners_with_room_in_front() -> None:
    """r84: a square of the given side; the corners inside, centred across the opening,
    the back edge 0.2 × side behind the rearmost corner (checked by hand)."""
    from regmath.drawing import corner_zoom_view

    view = corner_zoom_view([[0.0, 0.123], [0.0, 0.074]], [0.0, 1.0], side=0.2)
    assert view.width == pytest.approx(0.2) and view.height == pytest.approx(0.2)
    assert view.x_range[:2] == pytest.approx((-0.1, 0.1))
    assert view.y_range[:2] == pytest.approx((0.074 - 0.04, 0.074 + 0.16))
    assert view.contains([[0.0, 0.123], [0.0, 0.074]])
    # Opening towards −w₁: the back edge on the +w₁ side.
    left = corner_zoom_view([[-0.3, 0.5], [-0.2, 0.5]], [-1.0, 0.0], side=1.0)
    assert left.x_range[:2] == pytest.approx((-1.0, 0.0))
    assert left.y_range[:2] == pytest.approx((0.0, 1.0))
    with pytest.raises(InvalidArgumentError):
        corner_zoom_view([[0.0, 0.1]], [1.0, 1.0], side=0.2)
