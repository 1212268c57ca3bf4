"""Properties that hold for every problem, over thousands of random ones.

KKT: ∇f(w*) + λ·g = 0 with g ∈ ∂‖w*‖_p, λ ≥ 0, ‖w*‖_p ≤ t, and
λ·(‖w*‖_p − t) = 0; λ is the dual norm of ∇f(w*). The optimal value
v(t) = f(w*(t)) is non-increasing and convex in t with v'(t) = −λ(t).
Penalty and constraint agree. Swapping coordinates and flipping signs move
the solution along.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from regmath import (
    Quadratic,
    constrained,
    in_l1_normal_cone,
    lasso_path,
    penalized,
)

KKT_RTOL = 1e-9
DUAL_NORM = {"l1": np.inf, "l2": 2}
PRIMAL_NORM = {"l1": 1, "l2": 2}


@st.composite
def problems(draw, *, max_dim: int = 4, max_log_condition: float = 3.0):
    """(loss, radius) with cond(H) ≤ 10^max_log_condition, t from 0 to beyond ‖ŵ‖."""
    n = draw(st.integers(1, max_dim))
    seed = draw(st.integers(0, 2**32 - 1))
    log_condition = draw(st.floats(0.0, max_log_condition))
    rng = np.random.default_rng(seed)
    q, _ = np.linalg.qr(rng.standard_normal((n, n)))
    d = np.geomspace(1.0, 10.0**log_condition, n) * draw(st.floats(0.1, 10.0))
    center = rng.uniform(-3.0, 3.0, size=n)
    loss = Quadratic(center=center, eigenvalues=d, eigenvectors=q)
    fraction = draw(st.one_of(st.just(0.0), st.floats(1e-6, 1.3)))
    return loss, fraction


norms = st.sampled_from(["l1", "l2"])


def radius_of(loss: Quadratic, norm: str, fraction: float) -> float:
    return fraction * float(np.linalg.norm(loss.center, ord=PRIMAL_NORM[norm]))


@given(problems(), norms)
def test_kkt_conditions_hold(problem, norm: str) -> None:
    loss, fraction = problem
    radius = radius_of(loss, norm, fraction)
    sol = constrained(loss, norm=norm, radius=radius)
    scale = max(float(np.max(np.abs(loss.hessian @ loss.center))), 1e-300)
    # Stationarity: ∇f(w*) + λ g = 0.
    residual = sol.gradient + sol.multiplier * sol.normal
    assert np.max(np.abs(residual)) <= KKT_RTOL * scale
    # Primal and dual feasibility.
    assert np.linalg.norm(sol.point, ord=PRIMAL_NORM[norm]) <= radius * (1 + 1e-12) + 1e-300
    assert sol.multiplier >= 0.0
    # Complementary slackness: λ (‖w*‖ − t) = 0.
    slack = radius - np.linalg.norm(sol.point, ord=PRIMAL_NORM[norm])
    assert sol.multiplier * slack <= KKT_RTOL * scale * max(radius, 1.0)
    # λ is the dual norm of ∇f(w*), and g is a subgradient of the norm at w*.
    dual = float(np.linalg.norm(sol.gradient, ord=DUAL_NORM[norm]))
    assert abs(sol.multiplier - dual) <= KKT_RTOL * scale
    if sol.active and norm == "l1" and radius > 0:
        assert in_l1_normal_cone(-sol.gradient, sol.point, rtol=1e-8)
        assert np.max(np.abs(sol.normal)) <= 1.0
    if sol.active and norm == "l2" and radius > 0:
        assert abs(np.linalg.norm(sol.normal) - 1.0) <= 1e-14
        np.testing.assert_allclose(sol.point, radius * sol.normal, rtol=1e-12, atol=0.0)


@given(problems(), norms)
def test_solution_beats_feasible_perturbations(problem, norm: str) -> None:
    loss, fraction = problem
    radius = radius_of(loss, norm, fraction)
    sol = constrained(loss, norm=norm, radius=radius)
    rng = np.random.default_rng(0)
    trials = sol.point + 0.1 * rng.standard_normal((200, loss.dim))
    norms_of = np.linalg.norm(trials, ord=PRIMAL_NORM[norm], axis=1)
    inside = trials[norms_of <= radius]
    if inside.size:
        assert np.all(loss.value(inside) >= sol.level - 1e-12 * max(sol.level, 1.0))


@given(problems(max_dim=3), norms)
def test_optimal_value_is_convex_and_decreasing_with_slope_minus_lambda(problem, norm) -> None:
    loss, _ = problem
    full = float(np.linalg.norm(loss.center, ord=PRIMAL_NORM[norm]))
    radii = np.linspace(0.05, 1.2, 12) * full
    values = np.array([constrained(loss, norm=norm, radius=t).level for t in radii])
    lambdas = np.array([constrained(loss, norm=norm, radius=t).multiplier for t in radii])
    scale = max(float(values[0]), 1e-300)
    assert np.all(np.diff(values) <= 1e-12 * scale)
    assert np.all(np.diff(lambdas) <= 1e-9 * max(lambdas[0], 1e-300))  # v' = −λ increasing
    # Slope: central differences of v against −λ.
    h = 1e-6 * full
    for t, lam in zip(radii[1:-1], lambdas[1:-1]):
        slope = (constrained(loss, norm=norm, radius=t + h).level
                 - constrained(loss, norm=norm, radius=t - h).level) / (2 * h)
        assert abs(slope + lam) <= 1e-5 * max(lambdas[0], 1e-300)


@given(problems(), norms)
def test_penalized_at_lambda_of_t_equals_constrained_at_t(problem, norm: str) -> None:
    loss, fraction = problem
    radius = radius_of(loss, norm, fraction)
    con = constrained(loss, norm=norm, radius=radius)
    if norm == "l2" and radius == 0.0:
        return  # ridge reaches 0 only as λ → ∞
    pen = penalized(loss, norm=norm, strength=con.strength)
    scale = max(float(np.max(np.abs(loss.center))), 1e-300)
    assert np.max(np.abs(pen.point - con.point)) <= 1e-9 * scale


@given(problems(), norms, st.data())
def test_symmetry_under_permutations_and_sign_flips(problem, norm: str, data) -> None:
    loss, fraction = problem
    radius = radius_of(loss, norm, fraction)
    n = loss.dim
    perm = np.array(data.draw(st.permutations(range(n))))
    signs = np.array(data.draw(st.lists(st.sampled_from([-1.0, 1.0]), min_size=n, max_size=n)))
    # w ↦ P S w maps the problem (ŵ, H) to (P S ŵ, P S H S Pᵀ) and the ball to itself.
    transform = np.eye(n)[perm] * signs
    moved = Quadratic(center=transform @ loss.center,
                      hessian=transform @ loss.hessian @ transform.T)
    original = constrained(loss, norm=norm, radius=radius)
    image = constrained(moved, norm=norm, radius=radius)
    scale = max(float(np.max(np.abs(loss.center))), 1e-300)
    assert np.max(np.abs(image.point - transform @ original.point)) <= 1e-9 * scale
    # λ ranges over [0, ‖Hŵ‖_dual]; that is the scale of its rounding.
    lam_scale = max(float(np.linalg.norm(loss.hessian @ loss.center, ord=DUAL_NORM[norm])), 1e-300)
    assert abs(image.multiplier - original.multiplier) <= 1e-9 * lam_scale


@given(problems(max_dim=5))
def test_lasso_path_is_piecewise_linear_between_its_knots(problem) -> None:
    loss, _ = problem
    path = lasso_path(loss)
    assert np.all(np.diff(path.knots) < 0.0) and path.knots[-1] == 0.0
    assert np.all(np.diff(path.l1_norms) >= -1e-12 * max(path.l1_norms[-1], 1.0))
    for k in range(len(path.knots) - 1):
        hi, lo = path.knots[k], path.knots[k + 1]
        for s in (0.25, 0.5, 0.75):
            lam = hi + s * (lo - hi)
            exact = penalized(loss, norm="l1", strength=lam).point
            linear = path.points[k] + s * (path.points[k + 1] - path.points[k])
            scale = max(float(np.max(np.abs(loss.center))), 1e-300)
            assert np.max(np.abs(exact - linear)) <= 1e-9 * scale
            # Off the active set the weights are exactly zero.
            off = np.setdiff1d(np.arange(loss.dim), path.active_sets[k])
            assert np.all(exact[off] == 0.0)
