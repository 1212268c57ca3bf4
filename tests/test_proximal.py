"""regmath.proximal: soft-thresholding, ISTA, coordinate descent and the subgradient method.

The operators are checked against their defining minimization (the prox
optimality condition) and an independent formula; the iterations against the
exact lasso and ridge solvers (`regmath.solve.penalized`) and, for a diagonal H,
against the closed form; the exact-zero claims the chapter makes (ISTA and
coordinate descent land on 0 and stay, the subgradient method does not) on
data where they hold and under hypothesis.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regmath import Quadratic
from regmath.errors import InvalidArgumentError
from regmath.proximal import (
    coordinate_descent,
    lipschitz_constant,
    proximal_gradient,
    ridge_proximal_gradient,
    ridge_shrink,
    soft_threshold,
    subgradient_descent,
)
from regmath.solve import penalized

#: Distance of a converged iterate from the exact solution, relative to max |ŵ|.
CONVERGED_RTOL = 1e-12
#: One ISTA step from the exact solution moves it by rounding only.
FIXED_POINT_RTOL = 1e-14

LOSS = Quadratic(center=[2.0, 0.6], hessian=[[2.0, 0.4], [0.4, 1.0]])
LAMBDA = 1.0  # the lasso solution has w₂ = 0 strictly (|∇f(w*)₂| < λ)


def test_soft_threshold_against_formula_and_prox_condition() -> None:
    rng = np.random.default_rng(1)
    x = rng.normal(scale=3.0, size=1000)
    tau = 1.3
    z = soft_threshold(x, tau)
    np.testing.assert_array_equal(z, np.sign(x) * np.maximum(np.abs(x) - tau, 0.0))
    # prox optimality: x − z ∈ τ ∂|z|
    moved = x - z
    nonzero = z != 0.0
    np.testing.assert_allclose(moved[nonzero], tau * np.sign(z[nonzero]), rtol=0, atol=1e-15)
    assert np.all(np.abs(moved[~nonzero]) <= tau)
    # the flat zone maps to +0.0 exactly, not −0.0
    flat = soft_threshold([-1.3, -0.2, 0.0, 1.3], tau)
    assert flat.tolist() == [0.0] * 4 and not np.any(np.signbit(flat))


def test_ridge_shrink_scales_and_never_zeroes() -> None:
    x = np.array([1e-300, -2.0, 5.0])
    z = ridge_shrink(x, 3.0)
    np.testing.assert_array_equal(z, x / 4.0)
    assert np.all(z != 0.0)


def test_ista_converges_to_the_exact_lasso_and_lands_on_zero() -> None:
    exact = penalized(LOSS, norm="l1", strength=LAMBDA)
    assert exact.zero_weights == (1,)
    run = proximal_gradient(LOSS, strength=LAMBDA, steps=400)
    assert run.points.shape == (401, 2)
    np.testing.assert_allclose(run.points[-1], exact.point, rtol=0,
                               atol=CONVERGED_RTOL * 2.0)
    landed = run.first_exact_zero(1)
    assert landed is not None and landed < 50  # finitely many steps, and few
    assert np.all(run.points[landed:, 1] == 0.0)
    assert run.first_exact_zero(0) is None


def test_ista_fixed_point_is_the_exact_solution() -> None:
    exact = penalized(LOSS, norm="l1", strength=LAMBDA)
    step = proximal_gradient(LOSS, strength=LAMBDA, steps=1, start=exact.point).points[1]
    np.testing.assert_allclose(step, exact.point, rtol=0, atol=FIXED_POINT_RTOL * 2.0)
    assert step[1] == 0.0


def test_subgradient_method_hovers_around_zero() -> None:
    run = subgradient_descent(LOSS, strength=LAMBDA, steps=2000)
    tail = run.points[1000:, 1]
    assert run.exact_zero_count(1) <= 1  # only the start w₀ = 0
    assert np.any(tail > 0.0) and np.any(tail < 0.0)  # it crosses 0 back and forth
    assert np.max(np.abs(tail)) < 0.2  # ... near 0


def test_coordinate_descent_diagonal_is_exact_in_one_sweep() -> None:
    loss = Quadratic(center=[2.0, -0.3, 0.9], hessian=np.diag([1.5, 2.0, 0.5]))
    run = coordinate_descent(loss, strength=0.7, sweeps=1)
    expected = np.array(
        [np.sign(c) * max(abs(c) - 0.7 / h, 0.0) for c, h in zip(loss.center, [1.5, 2.0, 0.5])])
    np.testing.assert_array_equal(run.points[-1], expected)
    np.testing.assert_allclose(run.points[-1], penalized(loss, norm="l1", strength=0.7).point,
                               rtol=0, atol=1e-15)
    assert run.points[-1][1] == 0.0 and run.points.shape == (4, 3)


def test_ridge_prox_gradient_reaches_ridge_without_zeros() -> None:
    run = ridge_proximal_gradient(LOSS, strength=LAMBDA, steps=400)
    ridge = penalized(LOSS, norm="l2", strength=LAMBDA).point
    np.testing.assert_allclose(run.points[-1], ridge, rtol=0, atol=CONVERGED_RTOL * 2.0)
    assert run.exact_zero_count(0) == 1 and run.exact_zero_count(1) == 1  # only w₀


def test_zero_diagonal_coordinate_is_set_to_zero() -> None:
    loss = Quadratic(center=[1.0, 0.0], eigenvalues=[2.0, 0.0], angle=0.0)
    run = coordinate_descent(loss, strength=0.5, sweeps=2, start=[0.0, 3.0])
    assert run.points[-1].tolist() == [0.75, 0.0]


@settings(max_examples=60, deadline=None)
@given(
    center=st.lists(st.floats(-4, 4), min_size=3, max_size=3),
    log_cond=st.floats(0.0, 2.0),
    angle=st.floats(0.0, 3.0),
    strength=st.floats(0.05, 3.0),
)
def test_limits_match_exact_lasso(center: list[float], log_cond: float, angle: float,
                                  strength: float) -> None:
    c, s = np.cos(angle), np.sin(angle)
    q = np.array([[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]])
    loss = Quadratic(center=center, eigenvalues=[10.0**log_cond, 1.0, 0.5], eigenvectors=q)
    exact = penalized(loss, norm="l1", strength=strength)
    scale = max(1.0, float(np.max(np.abs(center))))
    cd = coordinate_descent(loss, strength=strength, sweeps=3000)
    np.testing.assert_allclose(cd.points[-1], exact.point, rtol=0, atol=1e-9 * scale)
    # Fixed point: one ISTA step from the exact solution stays there (zeros stay 0).
    step = proximal_gradient(loss, strength=strength, steps=1, start=exact.point).points[1]
    np.testing.assert_allclose(step, exact.point, rtol=0, atol=1e-13 * scale)
    gradient = loss.gradient(exact.point)
    for j in exact.zero_weights:
        if abs(gradient[j]) < strength * (1.0 - 1e-9):  # strictly complementary
            assert step[j] == 0.0


def test_lipschitz_is_the_largest_eigenvalue() -> None:
    assert lipschitz_constant(LOSS) == pytest.approx(max(np.linalg.eigvalsh(LOSS.hessian)),
                                                     rel=1e-15)


@pytest.mark.parametrize(("call", "argument"), [
    (lambda: soft_threshold([1.0], -1.0), "threshold"),
    (lambda: soft_threshold([np.nan], 1.0), "x"),
    (lambda: ridge_shrink([1.0], np.inf), "strength"),
    (lambda: proximal_gradient(LOSS, strength=-1.0, steps=3), "strength"),
    (lambda: proximal_gradient(LOSS, strength=1.0, steps=-1), "steps"),
    (lambda: proximal_gradient(LOSS, strength=1.0, steps=2.5), "steps"),
    (lambda: proximal_gradient(LOSS, strength=1.0, steps=10**7), "steps"),
    (lambda: proximal_gradient(LOSS, strength=1.0, steps=3, step=0.0), "step"),
    (lambda: proximal_gradient(LOSS, strength=1.0, steps=3, step=5.0), "step"),
    (lambda: proximal_gradient(LOSS, strength=1.0, steps=3, start=[1.0]), "start"),
    (lambda: coordinate_descent(LOSS, strength=1.0, sweeps=True), "sweeps"),
    (lambda: subgradient_descent("H", strength=1.0, steps=3), "loss"),
    (lambda: proximal_gradient(LOSS, strength=1.0, steps=3).first_exact_zero(2), "index"),
])
def test_errors_name_the_argument(call, argument: str) -> None:
    with pytest.raises(InvalidArgumentError, match=rf"^{argument}:"):
        call()


def test_prox_graphs_are_the_operators_with_exact_kinks() -> None:
    from regmath.proximal import prox_graphs

    graphs = prox_graphs(0.4, reach=1.2)
    # Soft-thresholding: the kinks at ±τ exactly, 0 on the flat zone, x ∓ τ beyond.
    np.testing.assert_array_equal(graphs.soft[:, 0], [-1.2, -0.4, 0.4, 1.2])
    np.testing.assert_allclose(graphs.soft[:, 1], [-0.8, 0.0, 0.0, 0.8], rtol=1e-15, atol=0)
    assert graphs.soft[1, 1] == 0.0 and graphs.soft[2, 1] == 0.0
    assert np.all(graphs.flat[:, 1] == 0.0) and graphs.flat[0, 0] == -0.4
    # Ridge: a line through 0 with slope 1/(1 + τ), 0 only at x = 0.
    np.testing.assert_allclose(graphs.ridge, [[-1.2, -1.2 / 1.4], [1.2, 1.2 / 1.4]], rtol=1e-15)
    np.testing.assert_array_equal(graphs.identity, [[-1.2, -1.2], [1.2, 1.2]])
    with pytest.raises(InvalidArgumentError, match="^threshold"):
        prox_graphs(0.0, reach=1.0)
    with pytest.raises(InvalidArgumentError, match="^reach"):
        prox_graphs(0.5, reach=0.5)
    assert prox_graphs(0.5).reach == 1.5 and prox_graphs(0.5, span=2.0).reach == 1.0


def test_flat_zone_strips_are_where_the_prox_gives_zero() -> None:
    from regmath.drawing import ViewBox
    from regmath.proximal import flat_zone_strips

    box = ViewBox((-1.0, 3.0, 0.5), (-0.5, 2.5, 0.5))
    vertical, horizontal = flat_zone_strips(0.4, box)
    assert vertical[:, 0].min() == -0.4 and vertical[:, 0].max() == 0.4
    assert vertical[:, 1].min() == -0.5 and vertical[:, 1].max() == 2.5
    assert horizontal[:, 1].min() == -0.4 and horizontal[:, 1].max() == 0.4
    assert horizontal[:, 0].min() == -1.0 and horizontal[:, 0].max() == 3.0
    # Inside a strip, the prox's weight is exactly 0; just outside, it is not.
    assert soft_threshold([0.4, -0.4], 0.4).tolist() == [0.0, 0.0]
    assert np.all(soft_threshold([0.41, -0.41], 0.4) != 0.0)
    far = ViewBox((1.0, 3.0, 0.5), (1.0, 3.0, 0.5))
    assert flat_zone_strips(0.4, far)[0].shape == (0, 2)


def test_gradient_steps_map_to_the_next_iterate_through_the_prox() -> None:
    from regmath.proximal import gradient_steps

    run = proximal_gradient(LOSS, strength=LAMBDA, steps=25, step=0.4, start=[-0.5, 2.0])
    steps = gradient_steps(LOSS, run)
    assert steps.shape == (25, 2)
    np.testing.assert_allclose(steps, run.points[:-1] - 0.4 * (run.points[:-1] - LOSS.center)
                               @ LOSS.hessian, rtol=1e-14, atol=1e-15)
    # Bit for bit: the prox of each gradient step is the next iterate.
    np.testing.assert_array_equal(soft_threshold(steps, 0.4 * LAMBDA), run.points[1:])
    ridge = ridge_proximal_gradient(LOSS, strength=LAMBDA, steps=10, step=0.4, start=[-0.5, 2.0])
    np.testing.assert_array_equal(ridge_shrink(gradient_steps(LOSS, ridge), 0.4 * LAMBDA),
                                  ridge.points[1:])
    with pytest.raises(InvalidArgumentError, match="^iterates"):
        gradient_steps(LOSS, subgradient_descent(LOSS, strength=1.0, steps=3))


def test_series_is_the_weight_against_k() -> None:
    run = proximal_gradient(LOSS, strength=LAMBDA, steps=5, start=[-0.5, 2.0])
    series = run.series(1)
    np.testing.assert_array_equal(series[:, 0], np.arange(6.0))
    np.testing.assert_array_equal(series[:, 1], run.points[:, 1])
    with pytest.raises(InvalidArgumentError, match="^index"):
        run.series(2)


def test_trace_walks_the_iterates_in_straight_steps() -> None:
    run = proximal_gradient(LOSS, strength=LAMBDA, steps=4, start=[-0.5, 2.0])
    np.testing.assert_array_equal(run.trace(0.0), run.points[[0, 0]])
    np.testing.assert_array_equal(run.trace(2.0), run.points[:3])
    half = run.trace(2.5)
    np.testing.assert_array_equal(half[:3], run.points[:3])
    np.testing.assert_allclose(half[3], 0.5 * (run.points[2] + run.points[3]), rtol=1e-15)
    np.testing.assert_array_equal(run.trace(99.0), run.points)
    np.testing.assert_array_equal(run.trace(1.0, index=1), run.series(1)[:2])


def test_log_window_holds_every_nonzero_value_and_puts_0_below() -> None:
    from regmath.proximal import log_series, log_window

    window = log_window([2.0, 0.0, -0.0079], [0.0014])
    assert (window.low, window.high, window.step, window.zero) == (-3.0, 1.0, 1.0, -4.0)
    loss = Quadratic(center=(2.0, 0.5), hessian=((2.0, 0.6), (0.6, 1.0)))
    run = proximal_gradient(loss, strength=1.0, steps=30, step=0.4, start=(-0.5, 2.0))
    series = log_series(run, 1, log_window(run.points[:, 1]))
    column = run.points[:, 1]
    zero = column == 0.0
    assert np.all(series[zero, 1] == log_window(column).zero)
    np.testing.assert_allclose(series[~zero, 1], np.log10(np.abs(column[~zero])))
    w = log_window(column)
    assert np.all(series[~zero, 1] >= w.low) and np.all(series[:, 1] <= w.high)
    part = log_series(run, 1, w, until=2.5)
    assert part.shape == (4, 2) and part[-1, 0] == 2.5
    with pytest.raises(InvalidArgumentError):
        log_window([0.0])


def test_gradient_step_is_w_minus_step_times_the_gradient() -> None:
    from regmath.proximal import gradient_step, gradient_steps

    loss = Quadratic(center=(2.0, 0.5), hessian=((2.0, 0.6), (0.6, 1.0)))
    run = proximal_gradient(loss, strength=1.0, steps=30, step=0.4, start=(-0.5, 2.25))
    # With the run's η it is the run's gradient step, bit for bit.
    for k in (0, 6, 29):
        assert np.array_equal(gradient_step(loss, run.points[k], 0.4),
                              gradient_steps(loss, run)[k])
    # With step 1 from w*, w₂ moves by −∂f/∂w₂(w*), within λ of 0 (the KKT condition); in
    # closed form w − H(w − ŵ) = (2.65, 0.71) from w* = (1.65, 0).
    lasso = penalized(loss, norm="l1", strength=1.0)
    np.testing.assert_allclose(gradient_step(loss, lasso.point), [2.65, 0.71], atol=1e-12)
    np.testing.assert_allclose(gradient_step(loss, lasso.point)[1], -lasso.gradient[1],
                               atol=1e-12)
    with pytest.raises(InvalidArgumentError):
        gradient_step(loss, lasso.point, 0.0)
    with pytest.raises(InvalidArgumentError):
        gradient_step(loss, [1.0, 2.0, 3.0])
