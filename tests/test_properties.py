"""Properties that hold for every problem, over thousands of random ones.

KKT: ∇f(w*) + λ·g = 0 with g ∈ ∂‖w*‖_p, λ ≥ 0, ‖w*‖_p ≤ t, and
λ·(‖w*‖_p − t) = 0; λ is the dual norm of ∇f(w*). The optimal value
v(t) = f(w*(t)) is non-increasing and convex in t with v'(t) = −λ(t).
Penalty and constraint agree. Swapping coordinates and flipping signs move
the solution along. The same properties hold for singular H from p > n
designs (where the smallest minimizer is certified), for exact ties (where
the solution keeps the problem's symmetry), for sparse answers at n = 50 to
80, and for ŵ and H scaled anywhere from 1e-200 to 1e200.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
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


# ------------------------------------------------------------------------
# p > n designs, exact ties, sparse answers at n ≥ 50, scales 1e-200 … 1e200.

#: The heavier strategies below run this fraction of the profile's examples.
HEAVY = max(settings().max_examples // 5, 20)


def scaled_norm(vector, order) -> float:
    """‖v‖ without overflow or underflow in the squares (v scaled by max|v| first)."""
    top = float(np.max(np.abs(vector)))
    return top * float(np.linalg.norm(vector / top, ord=order)) if top > 0.0 else 0.0


def check_kkt(loss: Quadratic, sol, norm: str, radius: float | None = None) -> None:
    """Stationarity, feasibility, slackness and λ = dual norm of ∇f, relative to ‖Hŵ‖."""
    scale = max(float(np.max(np.abs(loss.hessian @ loss.center))), sol.multiplier, 1e-300)
    assert np.max(np.abs(sol.gradient + sol.multiplier * sol.normal)) <= KKT_RTOL * scale
    dual = scaled_norm(sol.gradient, DUAL_NORM[norm])
    assert abs(sol.multiplier - dual) <= KKT_RTOL * scale or (
        norm == "l1" and not sol.point.any() and sol.multiplier <= dual * (1 + KKT_RTOL))
    size = scaled_norm(sol.point, PRIMAL_NORM[norm])
    if radius is not None:
        assert size <= radius * (1 + 1e-12) + 1e-300
        if sol.multiplier > KKT_RTOL * scale:
            assert size == pytest.approx(radius, rel=1e-9)
    # ∇f carries ~1e-15·scale of rounding; the cone test compares to 1e-8·λ.
    if sol.multiplier > 1e-6 * scale and norm == "l1" and sol.point.any():
        assert in_l1_normal_cone(-sol.gradient, sol.point, rtol=1e-8)


def assert_smallest_of_the_zero_multiplier_set(loss: Quadratic, sol, radius: float) -> None:
    """w = argmin ‖w‖ s.t. Hw = Hŵ, ‖w‖₁ ≤ t iff w = Xᵀν − μ g, g ∈ ∂‖w‖₁, μ ≥ 0,
    μ (t − ‖w‖₁) = 0 (H = XᵀX): solve for (ν, μ) on the support, check the rest."""
    x = loss.range_factor()
    support = sol.point != 0.0
    if not support.any():
        return
    system = np.hstack([x[:, support].T, -np.sign(sol.point[support])[:, np.newaxis]])
    coefficients = np.linalg.lstsq(system, sol.point[support], rcond=None)[0]
    nu, mu = coefficients[:-1], float(coefficients[-1])
    size = float(np.max(np.abs(sol.point)))
    assert np.max(np.abs(system @ coefficients - sol.point[support])) <= 1e-8 * size
    assert mu >= -1e-8 * size
    assert np.all(np.abs(x[:, ~support].T @ nu) <= mu + 1e-8 * size)
    if mu > 1e-8 * size:
        assert float(np.sum(np.abs(sol.point))) == pytest.approx(radius, rel=1e-9)


@st.composite
def wide_designs(draw, *, max_features: int = 12):
    """H = XᵀX with fewer samples than features, dense or by its exact factors."""
    n = draw(st.integers(2, max_features))
    m = draw(st.integers(1, n - 1))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    x = rng.standard_normal((m, n)) * 10.0 ** rng.uniform(-1, 1, n)
    center = rng.uniform(-3.0, 3.0, n)
    if draw(st.booleans()):
        loss = Quadratic(center=center, hessian=x.T @ x)
    else:
        _, singular, vt = np.linalg.svd(x, full_matrices=True)
        d = np.zeros(n)
        d[:m] = singular**2
        loss = Quadratic(center=center, eigenvalues=d, eigenvectors=vt.T)
    return loss, draw(st.one_of(st.just(0.0), st.floats(1e-6, 1.3)))


@settings(max_examples=HEAVY * 2)
@given(wide_designs(), norms)
def test_wide_designs_satisfy_kkt_and_give_the_smallest_minimizer(problem, norm) -> None:
    loss, fraction = problem
    assert loss.singular
    radius = radius_of(loss, norm, fraction)
    sol = constrained(loss, norm=norm, radius=radius)
    check_kkt(loss, sol, norm, radius)
    if norm == "l1" and sol.multiplier == 0.0:
        assert_smallest_of_the_zero_multiplier_set(loss, sol, radius)
    if sol.multiplier > 0.0 and np.isfinite(sol.strength):  # (ridge reaches 0 only as λ → ∞)
        pen = penalized(loss, norm=norm, strength=sol.strength)
        scale = max(float(np.max(np.abs(sol.point))), 1e-300)
        assert np.max(np.abs(pen.point - sol.point)) <= 1e-8 * scale
        # X in general position: the lasso solution is unique (Tibshirani 2013).
        assert sol.unique


@st.composite
def tied_problems(draw):
    """Exact ties: equal correlations by construction (powers of two, so no rounding)."""
    kind = draw(st.sampled_from(["diagonal", "equicorrelated", "duplicated"]))
    n = draw(st.integers(2, 12))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    groups = rng.integers(0, max(1, n // 3), n)
    levels = 2.0 ** rng.integers(-3, 3, n)
    if kind == "diagonal":
        d = 2.0 ** rng.integers(-2, 3, n).astype(float)
        center = rng.choice([-1.0, 1.0], n) * levels[groups] / d  # |q_j| equal within a group
        return Quadratic(center=center, hessian=np.diag(d)), groups, kind
    if kind == "equicorrelated":
        c = float(2.0 ** rng.integers(-2, 2))
        center = levels[groups]
        return Quadratic(center=center, hessian=np.eye(n) + c * np.ones((n, n))), groups, kind
    x = rng.standard_normal((n + 2, n))
    copies = rng.integers(0, n, 3)
    wide = np.hstack([x, x[:, copies]])
    center = np.concatenate([rng.uniform(-2, 2, n), np.zeros(3)])
    return Quadratic(center=center, hessian=wide.T @ wide), copies, kind


@settings(max_examples=HEAVY * 2)
@given(tied_problems(), st.floats(0.0, 1.2), norms)
def test_exact_ties_give_kkt_solutions_with_the_symmetry_of_the_problem(problem, fraction,
                                                                        norm) -> None:
    loss, groups, kind = problem
    radius = radius_of(loss, norm, fraction)
    sol = constrained(loss, norm=norm, radius=radius)
    check_kkt(loss, sol, norm, radius)
    pen = penalized(loss, norm="l1", strength=fraction * float(
        np.max(np.abs(loss.hessian @ loss.center))))
    check_kkt(loss, pen, "l1")
    if kind == "equicorrelated":  # weights with equal ŵ are equal
        for g in np.unique(groups):
            members = sol.point[groups == g]
            assert np.ptp(members) <= 1e-9 * max(float(np.max(np.abs(sol.point))), 1e-300)
    if kind == "duplicated" and norm == "l1":  # a column and its copy share equally
        n = loss.dim - 3
        for k, j in enumerate(groups.tolist()):
            copies = [j] + [n + i for i, c in enumerate(groups.tolist()) if c == j]
            values = pen.point[copies]
            assert np.ptp(values) <= 1e-9 * max(float(np.max(np.abs(pen.point))), 1e-300)


def sparse_large(seed: int, n: int, log_condition: float) -> Quadratic:
    """A random n ≥ 50 loss (built in the test: hypothesis need not print 80 × 80 numbers)."""
    rng = np.random.default_rng(seed)
    q, _ = np.linalg.qr(rng.standard_normal((n, n)))
    d = np.geomspace(1.0, 10.0**log_condition, n)
    return Quadratic(center=rng.uniform(-3.0, 3.0, n), eigenvalues=d, eigenvectors=q)


@settings(max_examples=HEAVY)
@given(st.integers(0, 2**32 - 1), st.integers(50, 80), st.floats(0.0, 2.0),
       st.floats(0.8, 0.999))
def test_sparse_answers_in_fifty_to_eighty_dimensions(seed, n, log_condition, keep) -> None:
    """A strength near λ_max: few nonzero weights among 50 to 80."""
    loss = sparse_large(seed, n, log_condition)
    lam = keep * float(np.max(np.abs(loss.hessian @ loss.center)))
    pen = penalized(loss, norm="l1", strength=lam)
    check_kkt(loss, pen, "l1")
    assert len(pen.zero_weights) >= 1
    con = constrained(loss, norm="l1", radius=pen.radius)
    check_kkt(loss, con, "l1", pen.radius)
    assert con.multiplier == pytest.approx(lam, rel=1e-8)
    np.testing.assert_array_equal(con.point == 0.0, pen.point == 0.0)
    assert con.cone_free == pen.zero_weights


@settings(max_examples=HEAVY * 2)
@given(problems(max_dim=4), norms, st.integers(-200, 200), st.integers(-200, 200))
def test_scales_from_1e_minus_200_to_1e200(problem, norm, center_exponent,
                                            hessian_exponent) -> None:
    """ŵ, t × 10^a and H × 10^h: KKT holds, and the answer is the scaled one."""
    if abs(center_exponent + hessian_exponent) > 280:
        return  # the multipliers 10^(a+h) λ would not be representable
    loss, fraction = problem
    a, h = 10.0**center_exponent, 10.0**hessian_exponent
    big = Quadratic(center=a * loss.center, hessian=h * loss.hessian)
    radius = radius_of(loss, norm, fraction)
    one = constrained(loss, norm=norm, radius=radius)
    many = constrained(big, norm=norm, radius=a * radius)
    check_kkt(big, many, norm, a * radius)
    size = a * max(float(np.max(np.abs(one.point))), float(np.max(np.abs(loss.center))))
    assert np.max(np.abs(many.point - a * one.point)) <= 1e-9 * size
    assert abs(many.multiplier - a * h * one.multiplier) <= 1e-9 * a * h * max(
        float(np.max(np.abs(loss.hessian @ loss.center))), 1e-300)
