"""The constraint's w* is the ridge penalty's w* at μ = λ/t, and −λg drawn tip to tail
from −∇f(w*) ends on w* (regmath.facts.ridge_penalty_strength, drawing.push_tip_to_tail)."""

from __future__ import annotations

import numpy as np
import pytest

from regmath import InvalidArgumentError, Quadratic, constrained, penalized
from regmath.drawing import pull_arrow, push_tip_to_tail, right_angle_mark
from regmath.facts import ridge_penalty_strength


@pytest.mark.parametrize("center, hessian, radius", [
    ((1.0, 1.6), ((1.1, -0.5), (-0.5, 3.9)), 1.0),
    ((1.0, 1.6), ((1.1, -0.5), (-0.5, 3.9)), 0.4),
    ((-2.0, 0.7), ((2.0, 0.3), (0.3, 0.5)), 1.7),
])
def test_penalty_at_lambda_over_t_gives_the_constrained_w_star(center, hessian, radius):
    loss = Quadratic(center=center, hessian=hessian)
    sol = constrained(loss, norm="l2", radius=radius)
    mu = ridge_penalty_strength(sol)
    assert mu == pytest.approx(sol.multiplier / radius)
    np.testing.assert_allclose(penalized(loss, norm="l2", strength=mu).point, sol.point,
                               atol=1e-10)


def test_penalty_strength_needs_the_l2_constraint():
    loss = Quadratic(center=(1.0, 1.6), hessian=((1.1, -0.5), (-0.5, 3.9)))
    with pytest.raises(InvalidArgumentError):
        ridge_penalty_strength(constrained(loss, norm="l1", radius=1.0))


def test_push_tip_to_tail_ends_on_w_star():
    loss = Quadratic(center=(1.0, 1.6), hessian=((1.1, -0.5), (-0.5, 3.9)))
    sol = constrained(loss, norm="l2", radius=1.0)
    arrow = push_tip_to_tail(sol, scale=0.47)
    assert arrow.start == pull_arrow(sol, scale=0.47).end
    np.testing.assert_allclose(arrow.end, sol.point, atol=1e-12)


def test_right_angle_mark_turns_towards_a_point():
    loss = Quadratic(center=(1.0, 1.6), hessian=((1.1, -0.5), (-0.5, 3.9)))
    sol = constrained(loss, norm="l2", radius=1.0)
    plain = right_angle_mark(sol, size=0.3)
    for target in (loss.center, 2.0 * sol.point - loss.center):
        mark = right_angle_mark(sol, size=0.3, towards=target)
        # Its leg along the tangent points to the target's side of the normal line.
        leg = mark[0] - sol.point
        assert np.dot(leg, np.asarray(target) - sol.point) > 0.0
        assert np.linalg.norm(leg) == pytest.approx(0.3)
    np.testing.assert_allclose(right_angle_mark(sol, size=0.3, towards=None), plain)


def test_right_angle_mark_inward_lies_inside_the_ball():
    loss = Quadratic(center=(1.0, 1.6), hessian=((1.1, -0.5), (-0.5, 3.9)))
    sol = constrained(loss, norm="l2", radius=1.0)
    out = right_angle_mark(sol, size=0.3, towards=loss.center)
    mark = right_angle_mark(sol, size=0.3, towards=loss.center, inward=True)
    # The same tangent leg; the other leg along −g, so the far corner is inside the circle.
    np.testing.assert_allclose(mark[0], out[0], atol=1e-12)
    g = sol.normal_cone[0] / np.linalg.norm(sol.normal_cone[0])
    np.testing.assert_allclose(mark[2], sol.point - 0.3 * g, atol=1e-12)
    assert np.linalg.norm(mark[1]) < 1.0 < np.linalg.norm(out[1])


def test_right_angle_mark_away_is_the_mirror_across_the_normal():
    loss = Quadratic(center=(1.0, 1.6), hessian=((1.1, -0.5), (-0.5, 3.9)))
    sol = constrained(loss, norm="l2", radius=1.0)
    near = right_angle_mark(sol, size=0.3, towards=loss.center, inward=True)
    far = right_angle_mark(sol, size=0.3, towards=loss.center, inward=True, away=True)
    np.testing.assert_allclose(far[0] - sol.point, -(near[0] - sol.point), atol=1e-12)
    np.testing.assert_allclose(far[2], near[2], atol=1e-12)
    assert np.dot(far[0] - sol.point, np.asarray(loss.center) - sol.point) < 0.0
