"""regmath.paths' facts against independent computations: knots by solving, ridge by linear
algebra, the clipped polygon by its area."""

from __future__ import annotations

import numpy as np
import pytest

from regmath import Quadratic, penalized, ridge_path
from regmath.errors import InvalidArgumentError
from regmath.drawing import ViewBox, ball_outline
from regmath.paths import (
    clip_polygon,
    coefficient_range,
    first_segment,
    knot_events,
    nearest_knot_share,
    nearest_piece,
    approach_strength,
    pull_at_zero,
    strength_axis,
    padded_axis,
    ridge_always_zero,
    ridge_is_straight,
    ridge_zero_crossings,
    segment_line,
)
from tests.claims import rotated

CASES = [
    ((1.0, 1.6), ((1.1, -0.5), (-0.5, 3.9))),
    ((2.5, 0.4), ((1.1, -0.5), (-0.5, 3.9))),
    ((1.0, 1.0), ((1.0, 0.0), (0.0, 1.0))),
    ((0.7, 1.7), ((43.48, -25.7), (-25.7, 16.55))),
    ((-1.4, -1.7), rotated(10, 1, 0.7)),
    ((2.5, 0.0), ((3.0, 0.0), (0.0, 1.0))),
]


@pytest.mark.parametrize(("center", "hessian"), CASES)
def test_knot_events_match_the_penalized_solutions_either_side(center, hessian) -> None:
    loss = Quadratic(center=center, hessian=hessian)
    for event in knot_events(loss):
        lam = event.strength
        below = penalized(loss, norm="l1", strength=lam * (1 - 1e-7)).point
        above = penalized(loss, norm="l1", strength=lam * (1 + 1e-7)).point
        leaving = tuple(i for i in range(2) if below[i] != 0.0 and above[i] == 0.0)
        joining = tuple(i for i in range(2) if below[i] == 0.0 and above[i] != 0.0)
        assert (event.leaving, event.joining) == (leaving, joining)
        np.testing.assert_allclose(event.point, penalized(loss, norm="l1", strength=lam).point,
                                   atol=1e-12)
    last = knot_events(loss)[-1]
    assert last.last and last.strength == pytest.approx(np.max(np.abs(loss.hessian @ loss.center)))


def test_the_issue_case_w2_leaves_first() -> None:
    loss = Quadratic(center=(2.5, 0.4), hessian=((1.1, -0.5), (-0.5, 3.9)))
    assert knot_events(loss)[0].leaving == (1,)
    loss = Quadratic(center=(1.0, 1.6), hessian=((1.0, 0.0), (0.0, 1.0)))
    assert knot_events(loss)[0].leaving == (0,)  # |ŵ₁| < |ŵ₂| with H = I
    assert knot_events(loss)[0].strength == 1.0


@pytest.mark.parametrize(("center", "hessian"), CASES)
def test_segment_line_is_the_first_piece(center, hessian) -> None:
    loss = Quadratic(center=center, hessian=hessian)
    active, signs, end = first_segment(loss)
    lam = np.linspace(0.0, end, 7)
    expected = np.array([penalized(loss, norm="l1", strength=x).point for x in lam])
    np.testing.assert_allclose(segment_line(loss, active, signs, lam), expected, atol=1e-12)


def test_ridge_closed_form_facts() -> None:
    loss = Quadratic(center=(2.0, -0.3), hessian=((1.0, 0.5), (0.5, 1.0)))
    crossings = ridge_zero_crossings(loss)
    assert crossings[0] is None and crossings[1] is not None
    at = penalized(loss, norm="l2", strength=crossings[1]).point
    assert abs(at[1]) < 1e-12 * np.linalg.norm(at)
    before = penalized(loss, norm="l2", strength=0.5 * crossings[1]).point[1]
    after = penalized(loss, norm="l2", strength=2.0 * crossings[1]).point[1]
    assert before * after < 0.0
    assert ridge_always_zero(Quadratic(center=(2.5, 0.0), hessian=((3.0, 0.0), (0.0, 1.0)))) == (1,)
    assert ridge_is_straight(Quadratic(center=(1.0, 1.6), hessian=((2.0, 0.0), (0.0, 2.0))))
    assert ridge_is_straight(Quadratic(center=(1.0, 1.0), hessian=((2.0, 1.0), (1.0, 2.0))))
    assert not ridge_is_straight(Quadratic(center=(1.0, 1.6), hessian=((1.1, -0.5), (-0.5, 3.9))))


def test_coefficient_range_survives_a_weight_that_stays_zero() -> None:
    low, high, step = coefficient_range(np.zeros(10), scale=2.5)
    assert low < 0.0 < high and step > 0.0
    assert coefficient_range([0.0, 1.2], scale=1.2)[1] >= 1.2


def test_nearest_knot_share() -> None:
    loss = Quadratic(center=(1.0, 1.6), hessian=((1.1, -0.5), (-0.5, 3.9)))
    assert nearest_knot_share(loss, top=5.74) == pytest.approx(0.9181818181818 / 5.74)


def test_clip_polygon_by_area() -> None:
    box = ViewBox((-1.0, 1.0, 0.5), (0.0, 2.0, 0.5))
    clipped = clip_polygon(ball_outline("l1", 2.0), box)
    x, y = clipped[:-1, 0], clipped[:-1, 1]
    area = 0.5 * abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))
    # The diamond |x| + |y| ≤ 2 over [−1, 1] × [0, 2]: the square less two corner triangles.
    assert area == pytest.approx(4.0 - 2 * 0.5)
    assert clip_polygon(ball_outline("l1", 0.5), ViewBox((2.0, 3.0, 1.0), (2.0, 3.0, 1.0))).shape == (0, 2)


def test_nearest_piece_is_the_closest_arc():
    near = np.array([[0.0, 0.0], [1.0, 0.0]])
    far = np.array([[5.0, 5.0], [6.0, 5.0]])
    chosen = nearest_piece([far, near], [0.9, 0.1])
    assert len(chosen) == 1 and np.array_equal(chosen[0], near)
    assert nearest_piece([], [0.0, 0.0]) == []


@pytest.mark.parametrize(("center", "hessian"), CASES)
def test_strength_axis_ends_on_a_tick_past_the_reach_with_every_knot(center, hessian) -> None:
    loss = Quadratic(center=center, hessian=hessian)
    lam_max = float(np.max(np.abs(np.asarray(hessian) @ np.asarray(center))))
    (low, high, step), grid = strength_axis(loss, reach=1.35)
    assert low == 0.0 and high >= 1.35 * lam_max - 1e-12
    assert abs(high / step - round(high / step)) < 1e-9  # on a tick
    assert grid[0] == 0.0 and np.isclose(grid[-1], high) and np.all(np.diff(grid) > 0.0)
    for event in knot_events(loss):
        assert np.any(grid == event.strength)
    # λ_max by the definition: the smallest λ with w = 0 optimal, |Hŵ|_∞.
    assert np.isclose(knot_events(loss)[-1].strength, lam_max, rtol=1e-12)
    np.testing.assert_allclose(pull_at_zero(loss), np.asarray(hessian) @ np.asarray(center))


def test_approach_strength_is_the_share_of_the_way() -> None:
    assert approach_strength(0.0, 1.0, share=0.8) == 0.8
    assert approach_strength(2.0, 1.0, share=0.25) == 1.75
    with pytest.raises(Exception):
        approach_strength(0.0, 1.0, share=1.5)
    with pytest.raises(Exception):
        strength_axis(Quadratic(center=(1.0, 1.6), hessian=np.eye(2)), reach=0.5)


def test_padded_axis_keeps_the_ticks_and_runs_past_the_last() -> None:
    assert padded_axis((0.0, 8.0, 2.0), share=0.25) == (0.0, 8.5, 2.0)
    assert padded_axis((0.0, 8.0, 2.0), share=0.0) == (0.0, 8.0, 2.0)
    with pytest.raises(Exception):
        padded_axis((0.0, 8.0, 2.0), share=1.0)
    with pytest.raises(Exception):
        padded_axis((0.0, 8.0, 0.0), share=0.2)


def test_corner_inset_is_the_square_round_the_point_and_the_farthest_corner() -> None:
    from regmath.paths import corner_inset

    view = ViewBox(x_range=(-0.5, 2.0, 0.5), y_range=(-0.5, 2.0, 0.5))
    box, corner = corner_inset([0.0, 1.24], view, share=0.1)
    # r = 0.1 · 2.5 = 0.25, checked by hand.
    np.testing.assert_allclose(box.x_range, (-0.25, 0.25, 0.25))
    np.testing.assert_allclose(box.y_range, (0.99, 1.49, 0.25))
    # Distances from (0, 1.24) to the four corners, by hand: (2, -0.5) is the farthest.
    np.testing.assert_allclose(corner, [2.0, -0.5])
    _, corner = corner_inset([1.9, -0.4], view, share=0.1)
    np.testing.assert_allclose(corner, [-0.5, 2.0])
    with pytest.raises(InvalidArgumentError):
        corner_inset([0.0, np.nan], view, share=0.1)
    with pytest.raises(InvalidArgumentError):
        corner_inset([0.0, 1.0], view, share=0.0)


def test_ridge_arrival_is_the_limit_direction_of_ridge_path():
    """Independent check: ridge's solution at a huge λ, normalised, points along the arrow."""
    from regmath.drawing import ViewBox
    from regmath.paths import ridge_arrival

    view = ViewBox(x_range=(-1.0, 3.0, 1.0), y_range=(-0.5, 2.0, 0.5))
    for center, hessian in (((1.0, 1.6), ((1.1, -0.5), (-0.5, 3.9))),
                            ((-2.0, 0.3), ((5.0, 1.0), (1.0, 0.5))),
                            ((0.0, 1.0), ((1.0, 0.9), (0.9, 1.0)))):
        loss = Quadratic(center=center, hessian=hessian)
        arrow = ridge_arrival(loss, view, share=0.2)
        assert np.allclose(arrow[0], 0.0)
        assert np.isclose(np.linalg.norm(arrow[1]), 0.2 * 2.5)
        far = ridge_path(loss, [1e7])[0]
        assert np.allclose(far / np.linalg.norm(far), arrow[1] / np.linalg.norm(arrow[1]),
                           atol=1e-6)
    with pytest.raises(InvalidArgumentError):
        ridge_arrival(Quadratic(center=(0.0, 0.0), hessian=((1.0, 0.0), (0.0, 1.0))), view,
                      share=0.2)


def test_center_direction_points_along_center_with_the_arrival_arrows_length():
    """Independent check: the tip is a positive multiple of ŵ, as long as Hŵ's arrow."""
    from regmath.drawing import ViewBox
    from regmath.paths import center_direction, ridge_arrival

    view = ViewBox(x_range=(-1.0, 3.0, 1.0), y_range=(-0.5, 2.0, 0.5))
    for center, hessian in (((1.0, 1.6), ((1.1, -0.5), (-0.5, 3.9))),
                            ((-2.0, 0.3), ((5.0, 1.0), (1.0, 0.5)))):
        loss = Quadratic(center=center, hessian=hessian)
        arrow = center_direction(loss, view, share=0.2)
        assert np.allclose(arrow[0], 0.0)
        assert np.isclose(np.linalg.norm(arrow[1]), 0.2 * 2.5)
        assert np.isclose(np.linalg.norm(arrow[1]),
                          np.linalg.norm(ridge_arrival(loss, view, share=0.2)[1]))
        c = np.asarray(center)
        assert np.isclose(arrow[1][0] * c[1] - arrow[1][1] * c[0], 0.0)
        assert float(arrow[1] @ c) > 0.0
    with pytest.raises(InvalidArgumentError):
        center_direction(Quadratic(center=(0.0, 0.0), hessian=((1.0, 0.0), (0.0, 1.0))), view,
                         share=0.2)
    with pytest.raises(InvalidArgumentError):
        center_direction(Quadratic(center=(1.0, 0.0), hessian=((1.0, 0.0), (0.0, 1.0))), view,
                         share=0.0)
