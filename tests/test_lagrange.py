"""The Lagrange solver: closed forms, KKT residuals, analytic against numerical derivatives."""

from __future__ import annotations

import numpy as np
import pytest

from regmath import InvalidArgumentError
from regmath.drawing import view_box
from regmath.lagrange import (
    LAGRANGE_TOL,
    Circle,
    GaussianHills,
    Line,
    SineCurve,
    constrained_extremes,
    from_callables,
    trace_curve,
)

BOX = view_box([[-4.0, -4.0], [4.0, 4.0]])


def test_linear_height_on_a_circle_peaks_where_the_closed_form_says() -> None:
    a, c, r = np.array([1.0, 2.0]), np.array([0.5, -0.3]), 1.5
    f = from_callables(lambda p: p @ a, lambda p: np.broadcast_to(a, p.shape).copy(),
                       lambda p: np.zeros(p.shape[:-1] + (2, 2)))
    g = Circle(tuple(c), r)
    curve = trace_curve(g, c + [r, 0.0], BOX)
    assert curve.closed
    top = constrained_extremes(f, g, curve)[0]
    np.testing.assert_allclose(top.point, c + r * a / np.linalg.norm(a), rtol=0, atol=1e-13 * r)
    assert top.multiplier == pytest.approx(np.linalg.norm(a) / (2 * r), rel=1e-13)
    bottom = constrained_extremes(f, g, curve, kind="min")[0]
    np.testing.assert_allclose(bottom.point, c - r * a / np.linalg.norm(a), rtol=0, atol=1e-13 * r)


def test_a_hill_on_a_line_peaks_at_the_closed_form() -> None:
    # f = exp(−½ (p−m)ᵀA(p−m)) on aᵀp = b: the peak minimizes the quadratic on the line.
    m, shape = np.array([0.5, 1.0]), np.array([[1.0, 0.3], [0.3, 2.0]])
    normal, offset = np.array([1.0, 1.0]), -0.5
    hill = GaussianHills([m], [1.0], [shape])
    line = Line(tuple(normal), offset)
    curve = trace_curve(line, [0.0, -0.5], BOX)
    top = constrained_extremes(hill, line, curve)[0]
    inverse = np.linalg.inv(shape)
    expected = m - inverse @ normal * (normal @ m - offset) / (normal @ inverse @ normal)
    np.testing.assert_allclose(top.point, expected, rtol=1e-13)


def test_gradients_line_up_at_every_extreme_of_a_winding_path() -> None:
    hills = GaussianHills([[0.5, 1.0], [-1.5, -0.5]], [1.0, 0.7],
                          [[[1.0, 0.3], [0.3, 2.0]], [[2.0, 0.0], [0.0, 2.0]]])
    path = SineCurve(amplitude=0.6, frequency=1.3, phase=0.2, offset=-0.2)
    curve = trace_curve(path, [0.0, 0.0], BOX)
    extremes = constrained_extremes(hills, path, curve) + constrained_extremes(
        hills, path, curve, kind="min")
    assert len(extremes) >= 3
    for e in extremes:
        assert e.residual <= LAGRANGE_TOL
        cross = e.gradient_f[0] * e.gradient_h[1] - e.gradient_f[1] * e.gradient_h[0]
        assert abs(cross) <= 1e-11 * np.linalg.norm(e.gradient_f) * np.linalg.norm(e.gradient_h)
        assert abs(path.value(e.point)) <= 1e-12
    # The best maximum is higher than every traced point.
    top = constrained_extremes(hills, path, curve)[0]
    assert top.value >= np.max(hills.value(curve.points)) - 1e-15


def test_analytic_derivatives_match_numerical_ones(rng: np.random.Generator) -> None:
    hills = GaussianHills([[0.5, 1.0]], [1.3], [[[1.0, 0.3], [0.3, 2.0]]])
    numeric = from_callables(hills.value)
    points = rng.uniform(-2, 2, (50, 2))
    np.testing.assert_allclose(numeric.gradient(points), hills.gradient(points), atol=1e-11)
    np.testing.assert_allclose(numeric.hessian(points), hills.hessian(points), atol=1e-8)
    path = SineCurve(amplitude=0.6, frequency=1.3, phase=0.2, offset=-0.4)
    curve = trace_curve(path, [0.0, 0.0], BOX)
    exact = constrained_extremes(hills, path, curve)[0]
    approx = constrained_extremes(numeric, path, curve)[0]
    np.testing.assert_allclose(approx.point, exact.point, atol=1e-10)
    assert approx.multiplier == pytest.approx(exact.multiplier, abs=1e-10)


def test_traced_points_lie_on_the_curve_in_order() -> None:
    path = SineCurve(amplitude=0.8, frequency=2.0)
    curve = trace_curve(path, [0.0, 0.0], BOX)
    assert not curve.closed
    assert np.max(np.abs(path.value(curve.points))) <= 1e-12
    assert np.all(np.diff(curve.arc_length) > 0.0)
    np.testing.assert_allclose(curve.at_length(curve.arc_length[5]), curve.points[5])


def test_bad_shapes_and_kinds_are_named() -> None:
    with pytest.raises(InvalidArgumentError, match="shapes"):
        GaussianHills([[0.0, 0.0]], [1.0], [[[1.0, 0.0], [0.0, -1.0]]])
    hills = GaussianHills([[0.0, 0.0]], [1.0], [np.eye(2)])
    curve = trace_curve(Circle((0.0, 0.0), 1.0), [1.0, 0.0], BOX)
    with pytest.raises(InvalidArgumentError, match="kind"):
        constrained_extremes(hills, Circle((0.0, 0.0), 1.0), curve, kind="best")
