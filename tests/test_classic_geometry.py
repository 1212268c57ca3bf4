"""regmath.classic: the shared view, the touch order and the bars, against direct computations."""

from __future__ import annotations

import numpy as np
import pytest

from regmath import InvalidArgumentError, Quadratic, constrained
from regmath.classic import (
    center_outside_both,
    classic_view,
    pointer_segment,
    same_solution,
    shrink_bars,
    touch_progress,
    corner_margin,
    isotropic_contour,
)
from regmath.drawing import ball_outline, growth_levels

LOSS = Quadratic(center=[1.0, 1.6], hessian=[[1.1, -0.5], [-0.5, 3.9]])


def solutions(loss: Quadratic = LOSS, t: float = 1.0):
    return constrained(loss, norm="l2", radius=t), constrained(loss, norm="l1", radius=t)


def test_the_contour_touches_the_circle_first_at_the_ridge_level() -> None:
    ridge, lasso = solutions()
    alpha = touch_progress(ridge, lasso)
    assert 0.0 < alpha < 1.0 and ridge.level < lasso.level
    assert growth_levels(lasso.level, [alpha])[0] == pytest.approx(ridge.level, rel=1e-14)
    assert not same_solution(ridge, lasso)


def test_a_shared_solution_touches_both_at_once() -> None:
    loss = Quadratic(center=[2.5, 0.0], hessian=[[3.0, 0.0], [0.0, 1.0]])
    ridge, lasso = solutions(loss)
    assert same_solution(ridge, lasso) and touch_progress(ridge, lasso) == 1.0
    np.testing.assert_array_equal(ridge.point, [1.0, 0.0])


def test_the_view_holds_the_balls_and_both_solutions() -> None:
    ridge, lasso = solutions()
    view = classic_view(LOSS, ridge, lasso)
    assert view.complete
    assert view.box.contains(ball_outline("l2", 1.0)) and view.box.contains(LOSS.center)
    far = Quadratic(center=[8.0, 6.0], hessian=[[50.0, 49.0], [49.0, 50.0]])
    ridge, lasso = solutions(far, 0.2)
    focused = classic_view(far, ridge, lasso)
    assert not focused.complete and not focused.box.contains(far.center)
    assert focused.box.contains(np.stack([ridge.point, lasso.point]))
    assert 0.4 >= 0.2 * max(focused.box.width, focused.box.height)


def test_outside_means_outside_the_circle() -> None:
    assert center_outside_both([1.0, 1.6], 1.0)
    assert not center_outside_both([0.6, 0.6], 1.0)  # inside the circle, outside the diamond
    assert not center_outside_both([0.6, 0.8], 1.0)  # on the circle


def test_bars_shrink_linearly_from_w_hat_to_w_star() -> None:
    ridge, _ = solutions()
    start = shrink_bars(LOSS.center, ridge.point, 0.0)
    end = shrink_bars(LOSS.center, ridge.point, 1.0)
    np.testing.assert_array_equal([start[0][1, 0], start[1][1, 1]], LOSS.center)
    np.testing.assert_array_equal([end[0][1, 0], end[1][1, 1]], ridge.point)
    middle = shrink_bars(LOSS.center, ridge.point, 0.25)
    np.testing.assert_allclose([middle[0][1, 0], middle[1][1, 1]],
                               0.75 * LOSS.center + 0.25 * ridge.point, rtol=1e-15)
    for bar in middle:
        np.testing.assert_array_equal(bar[0], [0.0, 0.0])
    with pytest.raises(InvalidArgumentError, match="fraction"):
        shrink_bars(LOSS.center, ridge.point, 1.5)


def test_the_pointer_points_at_the_far_center_from_inside_the_view() -> None:
    far = Quadratic(center=[8.0, 6.0], hessian=[[50.0, 49.0], [49.0, 50.0]])
    ridge, lasso = solutions(far, 0.2)
    box = classic_view(far, ridge, lasso).box
    start, tip = pointer_segment(far.center, box)
    assert box.contains(np.stack([start, tip]))
    direction = (tip - start) / np.linalg.norm(tip - start)
    centre = np.array([np.mean(box.x_range[:2]), np.mean(box.y_range[:2])])
    towards = (far.center - centre) / np.linalg.norm(far.center - centre)
    np.testing.assert_allclose(direction, towards, atol=1e-12)
    assert np.linalg.norm(tip - start) == pytest.approx(0.1 * max(box.width, box.height))


def test_the_level_anchor_is_on_the_contour_with_its_normal_along_the_direction() -> None:
    from regmath.classic import level_anchor
    for direction in ([1.0, 1.0], [0.0, 1.0], [-2.0, 0.3]):
        w = level_anchor(LOSS, 0.7, direction)
        assert LOSS.value(w[None, :])[0] == pytest.approx(0.7, rel=1e-12)
        normal = np.asarray(LOSS.hessian) @ (w - LOSS.center)
        d = np.asarray(direction) / np.linalg.norm(direction)
        np.testing.assert_allclose(normal / np.linalg.norm(normal), d, atol=1e-12)
        # The support point: no point of the contour goes further along d.
        from regmath.drawing import level_set
        assert np.max(level_set(LOSS, 0.7, samples=2001) @ d) <= w @ d + 1e-12
    with pytest.raises(InvalidArgumentError, match="direction"):
        level_anchor(LOSS, 0.7, [0.0, 0.0])


def test_isotropic_ridge_lies_on_the_center_segment() -> None:
    from regmath.classic import center_segment, outside_ball
    loss = Quadratic(center=[1.5, 2.0], hessian=[[3.0, 0.0], [0.0, 3.0]])
    ridge, _ = solutions(loss)
    start, end = center_segment(loss.center)
    np.testing.assert_array_equal(start, [0.0, 0.0])
    np.testing.assert_array_equal(end, loss.center)
    np.testing.assert_allclose(ridge.point, loss.center / 2.5, atol=1e-12)  # t/‖ŵ‖ = 0.4
    assert outside_ball([0.6, 0.6], "l1", 1.0) and not outside_ball([0.6, 0.6], "l2", 1.0)


def test_the_default_data_is_no_borderline_case() -> None:
    """ClassicPicture's ŵ: −∇f strictly inside the corner's cone (ŵ = (1.1, 1.4) was on its
    edge: the contour ran along the diamond's edge), ridge's factors clearly different, and
    no number shown a half-way tie at its digits (f = 0.7575 shown as 0.757 or 0.758)."""
    from scenes.classic import ClassicPicture
    from scenes.toolkit.notation import decimals_for
    from regmath.facts import shrink_factors

    loss = Quadratic(center=ClassicPicture.center, hessian=ClassicPicture.hessian)
    ridge, lasso = solutions(loss, ClassicPicture.radius)
    assert lasso.at_corner and corner_margin(lasso) > 0.4
    # By hand: g = −∇f / ‖∇f‖∞ at the corner (0, 1).
    g = np.asarray(loss.hessian) @ (np.asarray(loss.center) - [0.0, 1.0])
    assert corner_margin(lasso) == pytest.approx(1.0 - abs(g[0]) / abs(g[1]), rel=1e-12)
    factors = shrink_factors(loss, ridge)
    assert abs(factors[0] - factors[1]) > 0.2
    levels = [ridge.level, lasso.level]
    shown = [(v, max(decimals_for(x) for x in levels)) for v in levels]
    shown += [(v, max(decimals_for(x) for x in ridge.point)) for v in ridge.point]
    shown += [(v, decimals_for(v, 2)) for v in [*factors, shrink_factors(loss, lasso)[1]]]
    for value, decimals in shown:
        scaled = abs(value) * 10.0 ** decimals
        assert abs(scaled - np.floor(scaled) - 0.5) > 0.05, (value, decimals)
    assert lasso.level - ridge.level > 0.05  # the rise is visible


def test_an_edge_of_the_cone_has_margin_zero() -> None:
    # ŵ₁ = 2.75 (ŵ₂ − 1): −∇f = (1.01, 1.01) at the corner (0, 1), on the cone's edge.
    loss = Quadratic(center=[1.1, 1.4], hessian=[[1.1, -0.5], [-0.5, 3.9]])
    _, lasso = solutions(loss)
    assert lasso.at_corner and corner_margin(lasso) == pytest.approx(0.0, abs=1e-12)
    with pytest.raises(InvalidArgumentError):
        corner_margin(solutions(Quadratic(center=[7.0, 3.0],
                                          hessian=[[1.0, 0.3], [0.3, 2.0]]), 0.5)[1])


def test_the_isotropic_contour_touches_the_circle_at_the_projection() -> None:
    from regmath.facts import isotropic_solution

    center, t = np.array([0.9, 1.5]), 1.0
    curve = isotropic_contour(center, t, samples=4001)
    # Every point is as far from ŵ as the circle is (‖ŵ‖ − t); the nearest point to 0
    # lies on the circle, at ŵ t / ‖ŵ‖ (H = I: f = ½‖w − ŵ‖², the same level all round).
    np.testing.assert_allclose(np.hypot(*(curve - center).T), np.hypot(*center) - t)
    nearest = curve[np.argmin(np.hypot(*curve.T))]
    np.testing.assert_allclose(nearest, isotropic_solution(center, radius=t), atol=1e-3)
    with pytest.raises(InvalidArgumentError):
        isotropic_contour([0.3, 0.2], 1.0)


def test_the_gap_runs_from_ridge_level_contour_to_the_lasso_point() -> None:
    from regmath.classic import touch_gap

    ridge, lasso = solutions()
    a, b = touch_gap(LOSS, ridge, lasso)
    np.testing.assert_array_equal(b, lasso.point)
    # a lies on the contour at ridge's level (f(a) = f(w*_ridge)), on the ray ŵ → w*_lasso.
    assert LOSS.value(a) == pytest.approx(ridge.level, rel=1e-12)
    d, e = a - LOSS.center, b - LOSS.center
    assert abs(d[0] * e[1] - d[1] * e[0]) < 1e-12 and float(d @ e) > 0.0
    assert np.linalg.norm(b - a) > 0.0


def test_a_small_gap_is_magnified_and_a_large_one_is_not() -> None:
    from regmath.classic import gap_zoom, touch_gap

    loss = Quadratic(center=[0.9, 1.5], hessian=[[1.1, -0.5], [-0.5, 3.9]])
    ridge, lasso = solutions(loss)
    view = classic_view(loss, ridge, lasso).box
    box = gap_zoom(loss, ridge, lasso, view)
    a, b = touch_gap(loss, ridge, lasso)
    gap = float(np.linalg.norm(b - a))
    assert box is not None and gap < 0.03 * view.width
    assert box.width == pytest.approx(4.0 * gap) and box.height == pytest.approx(4.0 * gap)
    assert box.contains(np.array([a, b]))
    # A gap wider than the share: no inset; one solution for both: no gap, no inset.
    assert gap_zoom(loss, ridge, lasso, view, share=gap / view.width) is None
    shared = Quadratic(center=[2.5, 0.0], hessian=[[3.0, 0.0], [0.0, 1.0]])
    r2, l2 = solutions(shared)
    assert gap_zoom(shared, r2, l2, classic_view(shared, r2, l2).box) is None
    with pytest.raises(InvalidArgumentError):
        gap_zoom(loss, ridge, lasso, view, zoom=0.0)


def test_axis_line_is_the_axis_across_the_view() -> None:
    from regmath.classic import axis_line

    view = classic_view(LOSS, *solutions()).box
    np.testing.assert_array_equal(axis_line(view, 0),
                                  [[0.0, view.y_range[0]], [0.0, view.y_range[1]]])
    np.testing.assert_array_equal(axis_line(view, 1),
                                  [[view.x_range[0], 0.0], [view.x_range[1], 0.0]])
    with pytest.raises(InvalidArgumentError):
        axis_line(view, 2)


def test_drop_lines_meet_the_bars_tips_at_right_angles() -> None:
    """Each drop line ends where ŵ's bar ends (`shrink_bars` at τ = 0) and is perpendicular
    to that axis; a point on an axis has one drop line only."""
    from regmath.classic import drop_lines

    center = np.array([0.9, 1.5])
    lines = drop_lines(center)
    bars = shrink_bars(center, center, 0.0)
    assert len(lines) == 2
    for line, bar, axis in zip(lines, bars, (np.array([1.0, 0.0]), np.array([0.0, 1.0]))):
        np.testing.assert_array_equal(line[0], center)
        np.testing.assert_array_equal(line[1], bar[1])
        assert float((line[1] - line[0]) @ axis) == 0.0
    assert len(drop_lines((2.0, 0.0))) == 1
    with pytest.raises(InvalidArgumentError):
        drop_lines((1.0, float("nan")))


def test_turn_direction_runs_the_short_way_and_hits_its_ends_exactly() -> None:
    from regmath.classic import turn_direction
    start, end = np.array([3.0, 4.0]), np.array([0.0, 2.0])
    assert np.array_equal(turn_direction(start, end, 0.0), start / 5.0)
    assert np.array_equal(turn_direction(start, end, 1.0), np.array([0.0, 1.0]))
    half = turn_direction(start, end, 0.5)
    a0, a1 = np.arctan2(4.0, 3.0), np.pi / 2.0
    assert np.allclose(half, [np.cos((a0 + a1) / 2.0), np.sin((a0 + a1) / 2.0)], atol=1e-15)
    # Across ±π the short way: from 170° to −170° passes 180°.
    mid = turn_direction([np.cos(np.radians(170)), np.sin(np.radians(170))],
                         [np.cos(np.radians(-170)), np.sin(np.radians(-170))], 0.5)
    assert np.allclose(mid, [-1.0, 0.0], atol=1e-15)
    with pytest.raises(InvalidArgumentError):
        turn_direction(start, end, 1.5)
    with pytest.raises(InvalidArgumentError):
        turn_direction([0.0, 0.0], end, 0.5)


def test_nearest_axis_keeps_the_sign_of_the_larger_component() -> None:
    from regmath.classic import nearest_axis
    assert np.array_equal(nearest_axis([0.25, 0.97]), [0.0, 1.0])
    assert np.array_equal(nearest_axis([-2.0, 0.5]), [-1.0, 0.0])
    assert np.array_equal(nearest_axis([0.1, -0.3]), [0.0, -1.0])


def test_turned_pull_slides_on_the_circle_and_stays_at_the_corner() -> None:
    from regmath.classic import turn_direction, turned_pull
    ridge, lasso = solutions(Quadratic(center=[0.9, 1.5], hessian=[[1.1, -0.5], [-0.5, 3.9]]))
    # The real pull gives back ridge's w*: −∇f(w*) is along w* (KKT on the circle).
    own = -ridge.gradient / np.linalg.norm(ridge.gradient)
    point, tip = turned_pull(ridge, own, length=0.5)
    assert np.allclose(point, ridge.point, atol=1e-12)
    assert np.isclose(np.linalg.norm(tip - point), 0.5)
    # Turned onto the w₂ axis: the point is (0, t) exactly, on the axis.
    point, _ = turned_pull(ridge, turn_direction(own, [0.0, 1.0], 1.0), length=0.5)
    assert np.array_equal(point, [0.0, 1.0])
    # Any pull on the way: the point is on the circle, along the pull, off the axes.
    for tau in (0.2, 0.5, 0.9):
        u = turn_direction(own, [0.0, 1.0], tau)
        point, _ = turned_pull(ridge, u, length=0.5)
        assert np.isclose(np.linalg.norm(point), 1.0) and np.all(point != 0.0)
    # The corner: every pull inside the normal cone (its edges too) keeps (0, 1).
    assert lasso.at_corner
    pull = -lasso.gradient
    for ray in lasso.normal_cone:
        for tau in (0.0, 0.5, 1.0):
            point, _ = turned_pull(lasso, turn_direction(pull, ray, tau), length=0.5)
            assert np.array_equal(point, lasso.point)
    with pytest.raises(InvalidArgumentError):
        turned_pull(lasso, [1.0, 0.2], length=0.5)


def test_mirrored_across_axis_crosses_the_nearest_axis() -> None:
    """The mirror of d across its nearest axis: the other entry's sign flipped, unit
    length; the turn from d to it passes through the axis (w₁* = t·u₁ changes sign)."""
    from regmath.classic import mirrored_across_axis, turn_direction

    d = np.array([0.45, 1.75])
    m = mirrored_across_axis(d)
    np.testing.assert_allclose(m, np.array([-0.45, 1.75]) / np.hypot(0.45, 1.75), rtol=1e-15)
    np.testing.assert_allclose(mirrored_across_axis([-3.0, 1.0]),
                               np.array([-3.0, -1.0]) / np.sqrt(10.0), rtol=1e-15)
    half = turn_direction(d, m, 0.5)
    np.testing.assert_allclose(half, [0.0, 1.0], atol=1e-15)
    with pytest.raises(InvalidArgumentError):
        mirrored_across_axis([0.0, 0.0])


def test_corner_pull_solution_stays_in_the_cone_and_slides_past_it() -> None:
    """Other data with the pull at the corner along u: the corner for u in the cone; past
    the cone's edge s, the point on the edge s·w = t given by the closed form
    c + m·H⁻¹(u − α s), α = sᵀH⁻¹u / sᵀH⁻¹s, where −∇f′ is along s."""
    from regmath.classic import corner_pull_solution, turn_direction

    loss = Quadratic(center=[0.9, 1.5], hessian=[[1.1, -0.5], [-0.5, 3.9]])
    ridge, lasso = solutions(loss)
    pull = -lasso.gradient
    for ray in lasso.normal_cone:
        for tau in (0.0, 0.5, 1.0):
            point = corner_pull_solution(loss, lasso, turn_direction(pull, ray, tau))
            np.testing.assert_allclose(point, lasso.point, atol=1e-12)
    h = np.array(loss.hessian, dtype=float)
    m = float(np.hypot(*lasso.gradient))
    s = np.array([1.0, 1.0])
    for degrees in (40.0, 30.0, 15.0):
        u = np.array([np.cos(np.radians(degrees)), np.sin(np.radians(degrees))])
        point = corner_pull_solution(loss, lasso, u)
        hu, hs = np.linalg.solve(h, u), np.linalg.solve(h, s)
        alpha = (s @ hu) / (s @ hs)
        np.testing.assert_allclose(point, lasso.point + m * (hu - alpha * hs), atol=1e-9)
        assert np.isclose(np.abs(point).sum(), 1.0) and np.all(point > 0.0)
    with pytest.raises(InvalidArgumentError):
        corner_pull_solution(loss, ridge, [1.0, 0.0])


def test_corner_pull_at_solution_is_perpendicular_to_the_edge_past_the_cone() -> None:
    """Inside the cone the pull at the corner is m·u; past the edge s the point slides along
    it and the pull there is m·α·s, along the edge's normal (1, 1)."""
    from regmath.classic import corner_pull_at_solution, turn_direction

    loss = Quadratic(center=[0.9, 1.5], hessian=[[1.1, -0.5], [-0.5, 3.9]])
    ridge, lasso = solutions(loss)
    m = float(np.hypot(*lasso.gradient))
    for ray in lasso.normal_cone:
        u = turn_direction(-lasso.gradient, ray, 0.5)
        point, pull = corner_pull_at_solution(loss, lasso, u)
        np.testing.assert_allclose(point, lasso.point, atol=1e-12)
        np.testing.assert_allclose(pull, m * u, atol=1e-9)
    h = np.array(loss.hessian, dtype=float)
    s = np.array([1.0, 1.0])
    for degrees in (40.0, 30.0, 15.0):
        u = np.array([np.cos(np.radians(degrees)), np.sin(np.radians(degrees))])
        point, pull = corner_pull_at_solution(loss, lasso, u)
        alpha = (s @ np.linalg.solve(h, u)) / (s @ np.linalg.solve(h, s))
        np.testing.assert_allclose(pull, m * alpha * s, atol=1e-9)
        assert np.isclose(np.abs(point).sum(), 1.0) and np.all(point > 0.0)
    with pytest.raises(InvalidArgumentError):
        corner_pull_at_solution(loss, ridge, [1.0, 0.0])


def test_cone_width_degrees_is_ninety_at_a_corner_and_zero_on_the_circle() -> None:
    from regmath.classic import cone_width_degrees

    ridge, lasso = solutions(Quadratic(center=[0.9, 1.5], hessian=[[1.1, -0.5], [-0.5, 3.9]]))
    assert np.isclose(cone_width_degrees(lasso), 90.0)
    assert cone_width_degrees(ridge) == 0.0


def test_past_cone_edge_turns_out_of_the_cone_beside_the_nearest_edge() -> None:
    from regmath.classic import past_cone_edge, pull_at_corner

    ridge, lasso = solutions(Quadratic(center=[0.9, 1.5], hessian=[[1.1, -0.5], [-0.5, 3.9]]))
    edge, u = past_cone_edge(lasso, 30.0)
    np.testing.assert_allclose(edge, np.array([1.0, 1.0]) / np.sqrt(2.0), atol=1e-15)
    np.testing.assert_allclose(u, [np.cos(np.radians(15.0)), np.sin(np.radians(15.0))],
                               atol=1e-15)
    point, tip = pull_at_corner(lasso, u, length=0.5)
    assert np.array_equal(point, lasso.point)
    np.testing.assert_allclose(tip, lasso.point + 0.5 * u, atol=1e-15)
    with pytest.raises(InvalidArgumentError):
        past_cone_edge(lasso, 95.0)
    with pytest.raises(InvalidArgumentError):
        past_cone_edge(ridge, 30.0)


def test_slide_past_edge_keeps_other_datas_w_inside_the_edge() -> None:
    """Stock data: 30° past the edge slides less than half the edge (u as asked). A badly
    conditioned H (variant far-cond-100) would slide to the far corner: the turn is cut so
    w*′ stays on the edge, both weights nonzero, within half its length."""
    from regmath.classic import corner_pull_solution, past_cone_edge, slide_past_edge
    from tests.claims import rotated

    loss = Quadratic(center=[0.9, 1.5], hessian=[[1.1, -0.5], [-0.5, 3.9]])
    _, lasso = solutions(loss)
    edge, u = slide_past_edge(loss, lasso, 30.0)
    np.testing.assert_allclose(u, past_cone_edge(lasso, 30.0)[1], atol=0)
    loss = Quadratic(center=[8.0, 6.0], hessian=rotated(100, 1, 0.4))
    lasso = constrained(loss, norm="l1", radius=0.2)
    if lasso.at_corner:
        edge, u = slide_past_edge(loss, lasso, 30.0)
        point = corner_pull_solution(loss, lasso, u)
        assert np.all(point != 0.0) and np.isclose(np.abs(point).sum(), 0.2)
        assert np.hypot(*(point - lasso.point)) <= 0.5 * np.sqrt(2.0) * 0.2 + 1e-12
    with pytest.raises(InvalidArgumentError):
        slide_past_edge(loss, lasso, 30.0, share=1.5)


def test_slide_past_edge_keeps_w_hat_outside_the_diamond() -> None:
    """Variant tiny-offdiag-axis (H ≈ diag(1, 2), ŵ = (2, 0)): 75° past the edge, ŵ′ would
    lie inside the diamond (w*′ = ŵ′, off the edge). The turn is cut: the exact solver on
    ŵ′ puts w*′ on the edge (‖w*′‖₁ = t, both weights nonzero) and ŵ′ is outside the ball."""
    from regmath.classic import corner_pull_center, past_cone_edge, slide_past_edge

    loss = Quadratic(center=[2.0, 0.0], hessian=[[1.0, 1e-9], [1e-9, 2.0]])
    lasso = constrained(loss, norm="l1", radius=1.0)
    assert lasso.at_corner
    full = corner_pull_center(loss, lasso, past_cone_edge(lasso, 75.0)[1])
    assert np.abs(full).sum() < 1.0  # the uncut turn: ŵ′ in the diamond
    _, u = slide_past_edge(loss, lasso, 75.0)
    moved = corner_pull_center(loss, lasso, u)
    assert np.abs(moved).sum() > 1.0
    point = constrained(Quadratic(center=moved, hessian=loss.hessian), norm="l1",
                        radius=1.0).point
    assert np.all(point != 0.0) and np.isclose(np.abs(point).sum(), 1.0)


def test_ridge_pull_center_gives_the_turned_w_star_and_w_hat_for_the_own_pull() -> None:
    """Other data ŵ′ for ridge's pull turned to u: the exact solver, run on ŵ′ with the same
    H, puts w* at t·u; u along the real pull gives back ŵ."""
    from regmath.classic import mirrored_across_axis, ridge_pull_center, turn_direction

    loss = Quadratic(center=[0.9, 1.5], hessian=[[1.1, -0.5], [-0.5, 3.9]])
    ridge, _ = solutions(loss)
    own = -ridge.gradient / np.linalg.norm(ridge.gradient)
    np.testing.assert_allclose(ridge_pull_center(loss, ridge, own), loss.center, atol=1e-12)
    for u in (turn_direction(own, [0.0, 1.0], 0.5), np.array([0.0, 1.0]),
              mirrored_across_axis(own), np.array([-0.6, -0.8])):
        other = Quadratic(center=ridge_pull_center(loss, ridge, u), hessian=loss.hessian)
        sol = constrained(other, norm="l2", radius=1.0)
        np.testing.assert_allclose(sol.point, u / np.linalg.norm(u), atol=1e-9)
        # Its pull there has the real pull's size (one arrow scale all along).
        assert np.isclose(np.linalg.norm(sol.gradient), np.linalg.norm(ridge.gradient))
    with pytest.raises(InvalidArgumentError):
        ridge_pull_center(loss, constrained(loss, norm="l1", radius=1.0), own)


def test_curvature_turn_is_zero_exactly_for_an_eigenvector() -> None:
    """ŵ and Hŵ at one length from 0; the angle between them, > 0 where ridge's factors
    differ, 0 for ŵ along an eigenvector of H (factors then equal)."""
    from regmath.classic import curvature_turn

    loss = Quadratic(center=[0.9, 1.5], hessian=[[1.1, -0.5], [-0.5, 3.9]])
    ridge, lasso = solutions(loss)
    view = classic_view(loss, ridge, lasso).box
    along_center, along_image, angle = curvature_turn(loss, view)
    image = np.array([[1.1, -0.5], [-0.5, 3.9]]) @ np.array([0.9, 1.5])  # (0.24, 5.4)
    assert np.array_equal(along_center, [0.9, 1.5])  # ŵ in view: the arrow ends on ŵ
    np.testing.assert_allclose(along_image, image / np.linalg.norm(image) * np.hypot(0.9, 1.5),
                               rtol=1e-14)
    expected = np.degrees(np.arctan2(5.4, 0.24) - np.arctan2(1.5, 0.9))
    assert np.isclose(angle, expected, rtol=1e-12) and angle > 25.0
    factors = ridge.point / loss.center
    assert abs(factors[0] - factors[1]) > 0.3
    # ŵ along an eigenvector (H's eigenvector (1, 1) of eigenvalue 3): angle 0, equal factors.
    eig = Quadratic(center=[1.2, 1.2], hessian=[[2.0, 1.0], [1.0, 2.0]])
    r, l = solutions(eig)
    assert curvature_turn(eig, classic_view(eig, r, l).box)[2] == 0.0
    np.testing.assert_allclose(r.point[0] / 1.2, r.point[1] / 1.2, rtol=1e-12)
    # ŵ far off the view: both tips shrink into it, still along ŵ and Hŵ.
    far = Quadratic(center=[8.0, 6.0], hessian=[[1.0, 0.3], [0.3, 2.0]])
    r, l = solutions(far, 0.2)
    box = classic_view(far, r, l).box
    a, b, _ = curvature_turn(far, box)
    assert box.contains(np.array([a, b]))
    assert np.isclose(np.linalg.norm(a), np.linalg.norm(b))
    assert abs(a[0] * 6.0 - a[1] * 8.0) < 1e-12 and a @ [8.0, 6.0] > 0.0


def test_corner_pull_center_is_the_moving_data_of_the_corner_wedge() -> None:
    """ŵ′ = c + m·H⁻¹u: the real ŵ for the real pull; for u in the normal cone its lasso
    solution (by the exact solver) is the corner and ŵ′ lies in the wedge c + H⁻¹N(c)
    (H(ŵ′ − c) a nonnegative combination of the edge normals); past the cone's edge its
    solution is `corner_pull_solution`'s point on the edge, off the corner."""
    from regmath.classic import corner_pull_center, corner_pull_solution, turn_direction

    loss = Quadratic(center=[0.9, 1.5], hessian=[[1.1, -0.5], [-0.5, 3.9]])
    ridge, lasso = solutions(loss)
    h = np.array(loss.hessian, dtype=float)
    pull = -lasso.gradient
    np.testing.assert_allclose(corner_pull_center(loss, lasso, pull), loss.center, atol=1e-12)
    normals = np.array(lasso.normal_cone, dtype=float)
    for ray in normals:
        for tau in (0.0, 0.5, 1.0):
            center = corner_pull_center(loss, lasso, turn_direction(pull, ray, tau))
            point = constrained(Quadratic(center=center, hessian=h), norm="l1",
                                radius=1.0).point
            np.testing.assert_allclose(point, lasso.point, atol=1e-9)
            weights = np.linalg.solve(normals.T, h @ (center - lasso.point))
            assert np.all(weights >= -1e-12)
    u = np.array([np.cos(np.radians(30.0)), np.sin(np.radians(30.0))])
    center = corner_pull_center(loss, lasso, u)
    weights = np.linalg.solve(normals.T, h @ (center - lasso.point))
    assert np.any(weights < 0.0)
    point = constrained(Quadratic(center=center, hessian=h), norm="l1", radius=1.0).point
    np.testing.assert_allclose(point, corner_pull_solution(loss, lasso, u), atol=1e-9)
    assert point[0] > 0.05
    with pytest.raises(InvalidArgumentError):
        corner_pull_center(loss, ridge, [1.0, 0.0])


def test_circle_slide_lowers_f_until_the_pull_is_the_normal() -> None:
    """From 30° either side of ridge's w*, the point slides round the circle; f falls all
    the way (checked on f itself), the pull's part along the circle points the way it
    slides, and at w* the part is 0 (the pull is the circle's normal)."""
    from regmath.classic import circle_slide

    loss = Quadratic(center=[0.9, 1.5], hessian=[[1.1, -0.5], [-0.5, 3.9]])
    ridge, lasso = solutions(loss)
    for degrees in (-30.0, 30.0):
        points, values = [], []
        for fraction in np.linspace(0.0, 1.0, 41):
            point, pull, along = circle_slide(loss, ridge, degrees, fraction)
            assert np.isclose(np.hypot(*point), 1.0)
            np.testing.assert_allclose(pull, -(np.array(loss.hessian) @ (point - loss.center)),
                                       atol=1e-12)
            assert abs(along @ point) < 1e-12
            points.append(point)
            values.append(float(loss.value(point)))
        assert np.all(np.diff(values) < 0.0)
        _, _, along = circle_slide(loss, ridge, degrees, 0.0)
        assert along @ (points[1] - points[0]) > 0.0
        point, pull, along = circle_slide(loss, ridge, degrees, 1.0)
        np.testing.assert_array_equal(point, ridge.point)
        assert np.hypot(*along) < 1e-6 * np.hypot(*pull)
    with pytest.raises(InvalidArgumentError):
        circle_slide(loss, lasso, 30.0, 0.5)
    with pytest.raises(InvalidArgumentError):
        circle_slide(loss, ridge, 30.0, 1.5)


def test_the_ridge_line_of_w_hat_is_tilted_by_h() -> None:
    """ŵ = t·e₂ + μH⁻¹e₂ for the default H: direction H⁻¹e₂ = (0.5, 1.1)/4.04, at
    atan(1.1 / 0.5) = 65.56° from e₁, so 24.44° from e₂; 0 for a diagonal H."""
    from regmath.classic import ridge_line_tilt
    tilt = ridge_line_tilt([[1.1, -0.5], [-0.5, 3.9]], [0.0, 1.0])
    assert tilt == pytest.approx(90.0 - np.degrees(np.arctan2(1.1, 0.5)), abs=1e-12)
    assert ridge_line_tilt([[3.0, 0.0], [0.0, 1.0]], [1.0, 0.0]) == 0.0
    assert ridge_line_tilt([[3.0, 0.0], [0.0, 1.0]], [0.0, -1.0]) == 0.0
    with pytest.raises(InvalidArgumentError):
        ridge_line_tilt([[1.0, 0.0], [0.0, 0.0]], [1.0, 0.0])


def test_a_share_of_the_pull_moves_other_data_nearer_the_corner() -> None:
    """ŵ′ = c + k·m·H⁻¹u: −∇f′(c) = H(ŵ′ − c) = k·m·u, computed here; inside the cone the
    exact solver keeps w*′ at c; past the edge w*′ leaves it; a share ≤ 0 is refused."""
    from regmath.classic import (corner_pull_at_solution, corner_pull_center,
                                 corner_pull_solution, slide_past_edge)
    loss = Quadratic(center=[0.9, 1.5], hessian=[[1.1, -0.5], [-0.5, 3.9]])
    lasso = constrained(loss, norm="l1", radius=1.0)
    m = float(np.hypot(*lasso.gradient))
    u = np.array([0.3, 1.0]) / np.hypot(0.3, 1.0)
    center = corner_pull_center(loss, lasso, u, share=0.6)
    np.testing.assert_allclose(np.asarray(loss.hessian) @ (center - lasso.point), 0.6 * m * u,
                               atol=1e-12)
    np.testing.assert_array_equal(corner_pull_solution(loss, lasso, u, share=0.6), lasso.point)
    point, pull = corner_pull_at_solution(loss, lasso, u, share=0.6)
    np.testing.assert_allclose(pull, 0.6 * m * u, atol=1e-12)
    _, past = slide_past_edge(loss, lasso, 20.0)
    moved = corner_pull_solution(loss, lasso, past, share=0.6)
    assert np.all(moved != 0.0) and np.isclose(np.abs(moved).sum(), 1.0)
    other = Quadratic(center=corner_pull_center(loss, lasso, past, share=0.6),
                      hessian=loss.hessian)
    np.testing.assert_allclose(moved, constrained(other, norm="l1", radius=1.0).point,
                               atol=1e-12)
    with pytest.raises(InvalidArgumentError):
        corner_pull_center(loss, lasso, u, share=0.0)


def _lasso_corner_by_brute_force(center: np.ndarray, hessian: np.ndarray, t: float) -> np.ndarray:
    """argmin over a fine sampling of the diamond's boundary of ½(w − c)ᵀH(w − c)."""
    s = np.linspace(0.0, 1.0, 4001)[:, None]
    corners = t * np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0], [1.0, 0.0]])
    w = np.vstack([(1 - s) * corners[k] + s * corners[k + 1] for k in range(4)])
    d = w - center
    return w[int(np.argmin(np.einsum("ij,jk,ik->i", d, hessian, d)))]


@pytest.mark.parametrize("center, hessian", [
    ((0.9, 1.5), ((1.1, -0.5), (-0.5, 3.9))),   # the scene's data: the real pull fits
    ((0.3, 3.4), ((1.0, 0.2), (0.2, 2.0))),     # a long pull: shortened to the room
    ((-0.4, -2.2), ((2.0, 0.5), (0.5, 1.0))),
])
def test_carried_pulls_land_on_w_hats_whose_solution_is_the_corner(center, hessian) -> None:
    from regmath.classic import carried_pulls
    from regmath.sparsity import eased_carry

    loss = Quadratic(center=center, hessian=hessian)
    ridge, lasso = solutions(loss)
    assert lasso.at_corner
    view = classic_view(loss, ridge, lasso).box
    pulls = carried_pulls(loss, lasso, view)
    h, c, w = np.array(hessian, dtype=float), np.array(center, dtype=float), lasso.point
    real = h @ (c - w)  # −∇f(w*), computed here
    assert pulls.shape == (3, 2)
    # Rows 0 and 1 along the cone's two edges (±1, ±1), the last along the real pull.
    for row, normal in zip(pulls[:2], lasso.normal_cone):
        assert row @ np.asarray(normal) > 0 and abs(row[0] * normal[1] - row[1] * normal[0]) < 1e-12
    k = float(pulls[2] @ real / (real @ real))
    assert 0.0 < k <= 1.0 + 1e-12 and np.allclose(pulls[2], k * real, atol=1e-12)
    for s in np.linspace(0.0, 1.0, 41):
        assert view.contains(eased_carry(h, w, pulls, amount=s))
    # ŵ′ = w* + H⁻¹g has pull g at w*, and its lasso solution is the same corner.
    for g in pulls:
        other = w + np.linalg.solve(h, g)
        np.testing.assert_allclose(h @ (other - w), g, atol=1e-12)
        np.testing.assert_allclose(_lasso_corner_by_brute_force(other, h, 1.0), w, atol=1e-12)
    if abs(k - 1.0) < 1e-12:
        np.testing.assert_allclose(w + np.linalg.solve(h, pulls[2]), c, atol=1e-12)


def test_carried_pulls_keep_the_real_pull_for_the_scene() -> None:
    from regmath.classic import carried_pulls

    loss = Quadratic(center=(0.9, 1.5), hessian=((1.1, -0.5), (-0.5, 3.9)))
    ridge, lasso = solutions(loss)
    pulls = carried_pulls(loss, lasso, classic_view(loss, ridge, lasso).box)
    np.testing.assert_allclose(pulls[2], -np.asarray(lasso.gradient), rtol=0, atol=0)


def test_carried_pulls_edge_share_shortens_only_the_edges() -> None:
    from regmath.classic import carried_pulls

    loss = Quadratic(center=(0.9, 1.5), hessian=((1.1, -0.5), (-0.5, 3.9)))
    ridge, lasso = solutions(loss)
    box = classic_view(loss, ridge, lasso).box
    full, short = carried_pulls(loss, lasso, box), carried_pulls(loss, lasso, box, edge_share=0.5)
    np.testing.assert_allclose(short[:2], 0.5 * full[:2], atol=1e-15)
    np.testing.assert_allclose(short[2], full[2], atol=0)
    with pytest.raises(InvalidArgumentError):
        carried_pulls(loss, lasso, box, edge_share=0.0)


def test_carried_pulls_refuse_a_ridge_solution() -> None:
    from regmath.classic import carried_pulls

    ridge, lasso = solutions()
    with pytest.raises(InvalidArgumentError):
        carried_pulls(LOSS, ridge, classic_view(LOSS, ridge, lasso).box)


def test_sliding_off_the_lasso_corner_along_either_edge_raises_f() -> None:
    """From the corner (0, 1) along each edge (towards (∓1, 0)): the point stays on the
    diamond, the pull there is H(ŵ − w), its part along the edge points back to the
    corner, and f rises (checked on f itself, against a brute-force walk along the edge)."""
    from regmath.classic import corner_edge_slide, corner_edges

    loss = Quadratic(center=[0.9, 1.5], hessian=[[1.1, -0.5], [-0.5, 3.9]])
    ridge, lasso = solutions(loss)
    edges = corner_edges(lasso)
    root = np.sqrt(0.5)
    np.testing.assert_allclose(edges, [[-root, -root], [root, -root]], atol=1e-15)
    h, c = np.array(loss.hessian), np.array(loss.center)
    for d in edges:
        values = []
        for fraction in np.linspace(0.0, 1.0, 21):
            point, pull, along = corner_edge_slide(loss, lasso, d, 0.3, fraction)
            np.testing.assert_allclose(point, lasso.point + 0.3 * fraction * d, atol=1e-15)
            assert np.isclose(np.abs(point).sum(), 1.0)
            np.testing.assert_allclose(pull, h @ (c - point), atol=1e-12)
            # Parallel to the edge, pointing back to the corner.
            assert abs(along[0] * d[1] - along[1] * d[0]) < 1e-12
            assert along @ d < 0.0
            values.append(0.5 * (point - c) @ h @ (point - c))
        assert np.all(np.diff(values) > 0.0)
    for bad in ([1.0, 0.0], [root, root]):
        with pytest.raises(InvalidArgumentError):
            corner_edge_slide(loss, lasso, bad, 0.3, 0.5)
    with pytest.raises(InvalidArgumentError):
        corner_edge_slide(loss, lasso, edges[0], 0.3, 1.5)
    with pytest.raises(InvalidArgumentError):
        corner_edge_slide(loss, lasso, edges[0], 0.0, 0.5)
    with pytest.raises(InvalidArgumentError):
        corner_edges(ridge)


def test_ellipse_axes_run_through_w_hat_to_the_contour_s_far_and_near_points() -> None:
    # Independent of the eigen-decomposition: the axes of an ellipse point from its centre
    # to its farthest and nearest points, found here by sampling a contour of f; their ends
    # lie on that contour (f = level), or on f = extend²·level when extended.
    from regmath.classic import ellipse_axes
    from regmath.drawing import level_set
    long_axis, short_axis = ellipse_axes(LOSS, 0.5)
    ring = level_set(LOSS, 0.5, samples=20001) - LOSS.center
    dist = np.hypot(ring[:, 0], ring[:, 1])
    for segment, k in ((long_axis, np.argmax(dist)), (short_axis, np.argmin(dist))):
        np.testing.assert_allclose(segment.mean(axis=0), LOSS.center, atol=1e-12)
        np.testing.assert_allclose(LOSS.value(segment), [0.5, 0.5], rtol=1e-12)
        d = segment[1] - segment[0]
        assert np.linalg.norm(d) == pytest.approx(2.0 * dist[k], rel=1e-6)
        assert abs(abs(float(ring[k] @ d)) / (dist[k] * np.linalg.norm(d)) - 1.0) < 1e-6
    for segment in ellipse_axes(LOSS, 0.5, extend=1.5):
        np.testing.assert_allclose(LOSS.value(segment), [1.125, 1.125], rtol=1e-12)
    # ŵ = (1, 1.6) is on neither axis's line through 0: its direction is off both.
    for segment in (long_axis, short_axis):
        d = segment[1] - segment[0]
        assert abs(d[0] * LOSS.center[1] - d[1] * LOSS.center[0]) > 0.1
    with pytest.raises(InvalidArgumentError, match="level"):
        ellipse_axes(LOSS, 0.0)
    with pytest.raises(InvalidArgumentError, match="extend"):
        ellipse_axes(LOSS, 0.5, extend=-1.0)


def test_axis_shrink_scales_w_hat_s_axis_coordinates_into_ridge_s_w_star() -> None:
    # Independent reference: ridge's w* from the constrained solver, its λ from the solution;
    # ŵ's and w*'s coordinates along the ellipses' axes (unit vectors of ellipse_axes,
    # found without eigh by sampling in its test) have the ratios axis_shrink gives.
    from regmath.classic import axis_shrink, ellipse_axes
    ridge, _ = solutions()
    curvatures, factors = axis_shrink(LOSS, ridge.strength)
    assert curvatures[0] < curvatures[1]
    h = np.asarray(LOSS.hessian)
    for k, segment in enumerate(ellipse_axes(LOSS, 0.5)):
        v = (segment[1] - segment[0]) / np.linalg.norm(segment[1] - segment[0])
        assert float(v @ h @ v) == pytest.approx(curvatures[k], rel=1e-12)
        assert float(v @ ridge.point) == pytest.approx(factors[k] * float(v @ LOSS.center),
                                                       rel=1e-8)
    assert 0.0 < factors[0] < factors[1] < 1.0
    np.testing.assert_allclose(axis_shrink(LOSS, 0.0)[1], [1.0, 1.0])
    with pytest.raises(InvalidArgumentError, match="strength"):
        axis_shrink(LOSS, -1.0)


def test_axis_legs_add_up_to_w_hat_then_to_ridge_s_w_star_along_the_ellipse_axes() -> None:
    # Independent reference: ŵ itself, ridge's w* from the constrained solver, and the axis
    # directions of ellipse_axes (tested against sampling): the legs run along them, start
    # at 0, join, and add to ŵ (fraction 0) or to w* (fraction 1), each scaled by its factor.
    from regmath.classic import axis_legs, axis_shrink, ellipse_axes
    ridge, _ = solutions()
    _, factors = axis_shrink(LOSS, ridge.strength)
    directions = [s[1] - s[0] for s in ellipse_axes(LOSS, 0.5)]
    for fraction, end in ((0.0, LOSS.center), (1.0, ridge.point)):
        legs = axis_legs(LOSS, ridge.strength, fraction)
        np.testing.assert_allclose(legs[0][0], [0.0, 0.0], atol=1e-15)
        np.testing.assert_allclose(legs[0][1], legs[1][0])
        np.testing.assert_allclose(legs[1][1], end, atol=1e-8)
        for leg, d in zip(legs, directions):
            step = leg[1] - leg[0]
            assert abs(step[0] * d[1] - step[1] * d[0]) < 1e-9 * np.linalg.norm(d)
    before, after = axis_legs(LOSS, ridge.strength, 0.0), axis_legs(LOSS, ridge.strength, 1.0)
    for k in range(2):
        ratio = (np.linalg.norm(after[k][1] - after[k][0])
                 / np.linalg.norm(before[k][1] - before[k][0]))
        assert ratio == pytest.approx(factors[k], rel=1e-12)
    with pytest.raises(InvalidArgumentError, match="fraction"):
        axis_legs(LOSS, ridge.strength, 1.5)


def _keeps_corner(loss: Quadratic, corner: np.ndarray, theta: float) -> bool:
    """Whether ŵ at distance 0.8 from ``corner`` in direction ``theta`` keeps the
    constrained lasso's w* (t = 1) at the corner, by the solver alone."""
    target = corner + 0.8 * np.array([np.cos(theta), np.sin(theta)])
    sol = constrained(Quadratic(center=target, hessian=loss.hessian), norm="l1", radius=1.0)
    return bool(np.allclose(sol.point, corner, atol=1e-9))


def _solver_wedge_edges(loss: Quadratic, corner: np.ndarray) -> list[float]:
    """The wedge's two edges as angles seen from the corner, found by bisection on the
    solver alone (an independent reference): ŵ at distance 0.8 in a direction keeps the
    constrained lasso's w* at ``corner`` exactly inside the wedge. ŵ's own direction must
    lie inside."""

    def keeps(theta: float) -> bool:
        return _keeps_corner(loss, corner, theta)

    inside = np.arctan2(*(loss.center - corner)[::-1])
    assert keeps(inside)
    edges = []
    for step in (-1.0, 1.0):
        lo, hi = inside, inside + step * np.pi
        for _ in range(40):
            mid = 0.5 * (lo + hi)
            lo, hi = (mid, hi) if keeps(mid) else (lo, mid)
        edges.append(lo)
    return edges


def test_wedge_width_is_the_angle_of_the_w_hat_that_keep_the_corner() -> None:
    # Independent reference: the solver. ŵ just inside each wedge edge (seen from the
    # corner) keeps w* at the corner, ŵ just outside moves it; the two edge directions found
    # by bisection on the solver's answer span the angle wedge_width_degrees gives.
    from regmath.classic import cone_width_degrees, wedge_width_degrees
    loss = Quadratic(center=[0.9, 1.5], hessian=[[1.1, -0.5], [-0.5, 3.9]])
    ridge, lasso = solutions(loss)
    corner = lasso.point
    assert cone_width_degrees(lasso) == pytest.approx(90.0)

    edges = _solver_wedge_edges(loss, corner)
    assert np.degrees(abs(edges[1] - edges[0])) == pytest.approx(wedge_width_degrees(loss, lasso),
                                                                 abs=1e-3)
    assert round(wedge_width_degrees(loss, lasso)) == 150
    assert wedge_width_degrees(loss, ridge) == 0.0


def test_wedge_pull_puts_w_hat_at_its_share_of_the_wedge() -> None:
    # Independent reference: the solver's wedge edges found by bisection (as above, on the
    # angle seen from the corner); the ŵ a pull `wedge_pull(..., fraction)` gives lies at
    # that share of the angle between them, from the near edge, and the solver keeps w* at
    # the corner there.
    from regmath.classic import corner_pull_center, share_keeping_distance, wedge_pull
    loss = Quadratic(center=[0.9, 1.5], hessian=[[1.1, -0.5], [-0.5, 3.9]])
    _, lasso = solutions(loss)
    corner = lasso.point

    edges = _solver_wedge_edges(loss, corner)
    # The near edge (nearest ŵ's side, ~20°) is the image of the ray (1, 1).
    near, far = sorted(edges)
    for fraction in (0.0, 0.5, 0.75, 1.0):
        u = wedge_pull(loss, lasso, np.array([1.0, 1.0]), fraction)
        assert np.hypot(*u) == pytest.approx(1.0)
        k = share_keeping_distance(loss, lasso, u)
        moved = corner_pull_center(loss, lasso, u, share=k) - corner
        assert np.hypot(*moved) == pytest.approx(np.hypot(*(loss.center - corner)))
        assert np.arctan2(moved[1], moved[0]) == pytest.approx(near + fraction * (far - near),
                                                               abs=1e-5)
        if 0.0 < fraction < 1.0:
            assert _keeps_corner(loss, corner, float(np.arctan2(moved[1], moved[0])))
            assert abs(u[0]) < u[1]  # strictly inside the cone between (1, 1) and (−1, 1)
    # Along the real pull the share is 1: ŵ′ is ŵ.
    own = -np.asarray(lasso.gradient)
    assert share_keeping_distance(loss, lasso, own) == pytest.approx(1.0)
    with pytest.raises(InvalidArgumentError):
        wedge_pull(loss, lasso, np.array([1.0, 0.0]), 0.5)


def test_held_pull_is_h_times_hat_minus_w_at_the_held_point() -> None:
    """r84: the pull at a w held at the lasso's corner, by hand: H(ŵ − w), scaled to the
    length; outside the corner's normal cone once ŵ leaves the wedge; refuses ŵ = w."""
    from regmath.classic import held_pull

    h = np.array([[1.1, -0.5], [-0.5, 3.9]])
    corner = np.array([0.0, 1.0])
    for center in ((0.9, 1.5), (2.5, 1.2), (-0.3, 3.0)):
        loss = Quadratic(center=center, hessian=h)
        foot, tip = held_pull(loss, corner, length=0.8)
        by_hand = h @ (np.array(center) - corner)
        assert np.allclose(foot, corner)
        assert np.isclose(np.linalg.norm(tip - foot), 0.8)
        assert np.allclose((tip - foot) / 0.8, by_hand / np.hypot(*by_hand))
    # ŵ = (2.5, 1.2) is past the wedge: its pull at the corner (2.6, 0.53) leaves the cone
    # |g₁| ≤ g₂ (the edge normals (±1, 1)).
    foot, tip = held_pull(Quadratic(center=(2.5, 1.2), hessian=h), corner, length=1.0)
    assert abs(tip[0] - foot[0]) > tip[1] - foot[1]
    with pytest.raises(InvalidArgumentError):
        held_pull(Quadratic(center=(0.0, 1.0), hessian=h), corner, length=1.0)
    with pytest.raises(InvalidArgumentError):
        held_pull(Quadratic(center=(0.9, 1.5), hessian=h), corner, length=-1.0)
