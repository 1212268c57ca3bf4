"""regmath.balance_family: every ŵ on the ray of balance has the same constrained w*."""

from __future__ import annotations

import numpy as np
import pytest

from regmath import Quadratic, constrained
from regmath.balance_family import ray_center, ray_factor_range, ray_loss
from regmath.drawing import ViewBox
from regmath.errors import InvalidArgumentError

H = np.array([[1.1, -0.5], [-0.5, 3.9]])


@pytest.mark.parametrize("norm", ["l2", "l1"])
@pytest.mark.parametrize("factor", [0.05, 0.5, 1.0, 2.0, 7.5])
def test_every_point_of_the_ray_has_the_same_solution(norm: str, factor: float) -> None:
    loss = Quadratic(center=(1.0, 1.6), hessian=H)
    sol = constrained(loss, norm=norm, radius=1.0)
    other = constrained(ray_loss(loss, sol, factor=factor), norm=norm, radius=1.0)
    np.testing.assert_allclose(other.point, sol.point, atol=1e-9)
    # Independent check: the multiplier scales with the factor (H(ŵ_φ − w*) = φλg).
    assert other.multiplier == pytest.approx(factor * sol.multiplier, rel=1e-7)


def test_the_ray_points_are_affine_in_the_factor() -> None:
    loss = Quadratic(center=(1.0, 1.6), hessian=H)
    sol = constrained(loss, norm="l2", radius=1.0)
    np.testing.assert_allclose(ray_center(sol, loss.center, factor=1.0), loss.center)
    np.testing.assert_allclose(ray_center(sol, loss.center, factor=0.0), sol.point)
    mid = ray_center(sol, loss.center, factor=0.5)
    np.testing.assert_allclose(mid, [(1.0 + sol.point[0]) / 2, (1.6 + sol.point[1]) / 2])
    # On the segment of regmath.drawing.balance_ray: H(ŵ_φ − w*) is parallel to g.
    v = H @ (ray_center(sol, loss.center, factor=3.0) - sol.point)
    assert v[0] * sol.normal[1] - v[1] * sol.normal[0] == pytest.approx(0.0, abs=1e-9)


def test_the_factor_range_keeps_the_point_in_the_view() -> None:
    loss = Quadratic(center=(1.0, 1.6), hessian=H)
    sol = constrained(loss, norm="l2", radius=1.0)
    view = ViewBox((-2.0, 3.0, 1.0), (-1.5, 3.5, 1.0))
    lo, hi = ray_factor_range(sol, loss.center, view, margin=0.25)
    assert lo == 0.0
    top = ray_center(sol, loss.center, factor=hi)
    # The ray leaves through the right side (x = 3 − 0.25) here.
    assert top[0] == pytest.approx(2.75)
    assert view.contains(top)
    beyond = ray_center(sol, loss.center, factor=hi * 1.01)
    assert beyond[0] > 2.75


def test_refusals() -> None:
    loss = Quadratic(center=(1.0, 1.6), hessian=H)
    sol = constrained(loss, norm="l2", radius=1.0)
    with pytest.raises(InvalidArgumentError):
        ray_center(sol, loss.center, factor=-1.0)
    with pytest.raises(InvalidArgumentError):
        ray_factor_range(sol, loss.center, ViewBox((-6.0, -5.0, 1.0), (-6.0, -5.0, 1.0)))
    inside = constrained(Quadratic(center=(0.1, 0.2), hessian=H), norm="l2", radius=1.0)
    with pytest.raises(InvalidArgumentError):
        ray_center(inside, (0.1, 0.2), factor=1.0)


def test_tilt_marks_span_the_contour_s_long_axis() -> None:
    from regmath.balance_family import tilt_marks
    from regmath.drawing import level_set
    loss = Quadratic(center=(1.0, 1.6), hessian=H)
    major, level_line = tilt_marks(loss, 0.85)
    # Independent: the farthest contour point from ŵ is an end of the long axis.
    contour = level_set(loss, 0.85, samples=4001)
    far = np.max(np.linalg.norm(contour - loss.center, axis=1))
    assert np.linalg.norm(major[1] - major[0]) / 2 == pytest.approx(far, rel=1e-5)
    assert loss.value(major[0]) == pytest.approx(0.85)
    assert level_line[0][1] == level_line[1][1] == pytest.approx(1.6)
    with pytest.raises(InvalidArgumentError):
        tilt_marks(loss, 0.0)
