"""The n-D lasso homotopy, kind by kind of failure reported in issue 11.

Each kind is tested on the reported input and on families of the same kind at
several sizes and scales, against closed forms, the 50-digit references of
`tests.references` and scikit-learn.

Tolerances (relative to λ_max = ‖Hŵ‖_∞ for knots and to max|w| for points):
* KNOT_RTOL: knots against the 50-digit homotopy;
* POINT_RTOL: points against 50-digit references, cond(H) ≤ 1e3;
* exact inputs (H = I, powers of two) must give exact answers.
"""

from __future__ import annotations

import numpy as np
import pytest

from regmath import Quadratic, constrained, lasso_path, penalized
from tests.conftest import random_problem
from tests.references import (
    lasso_by_certified_support,
    lasso_path_by_homotopy,
    sklearn_lars,
    sklearn_lasso,
)

KNOT_RTOL = 1e-13
POINT_RTOL = 1e-12
SKLEARN_KNOT_RTOL = 1e-12


def assert_close(actual, expected, rtol: float) -> None:
    expected = np.asarray(expected, dtype=float)
    scale = max(float(np.max(np.abs(expected))), 1e-300)
    assert float(np.max(np.abs(np.asarray(actual) - expected))) <= rtol * scale, (actual, expected)


def join_order(path) -> list[int]:
    """The weights in the order they join, repeats included (1-based)."""
    order, previous = [], set()
    for active in path.active_sets:
        order += [i + 1 for i in active if i not in previous]
        previous = set(active)
    return order


# --------------------------------------------------- the LARS paper's data
def test_diabetes_path_matches_the_lars_paper_the_50_digit_homotopy_and_scikit_learn() -> None:
    """Efron, Hastie, Johnstone & Tibshirani (2004), Fig. 1: the diabetes data."""
    from sklearn.datasets import load_diabetes

    x, y = load_diabetes(return_X_y=True)
    hessian = x.T @ x
    center = np.linalg.lstsq(x, y, rcond=None)[0]
    path = lasso_path(Quadratic(center=center, hessian=hessian))
    # Joins 3, 9, 4, 7, 2, 10, 5, 8, 6, 1; then weight 7 leaves and returns.
    assert join_order(path) == [3, 9, 4, 7, 2, 10, 5, 8, 6, 1, 7]
    assert 7 - 1 not in path.active_sets[-2] and 7 - 1 in path.active_sets[-1]
    knots, points = lasso_path_by_homotopy(hessian, center)
    np.testing.assert_allclose(path.knots, knots, rtol=0, atol=KNOT_RTOL * knots[0])
    assert_close(path.points, points, POINT_RTOL)
    alphas, coefs = sklearn_lars(hessian, center)
    np.testing.assert_allclose(path.knots, alphas, rtol=0, atol=SKLEARN_KNOT_RTOL * alphas[0])


# ------------------------------------------- kind 1: degenerate path ends
def test_reported_degenerate_ends_are_solved() -> None:
    loss = Quadratic(center=[1.0, 0.0], hessian=[[1.0, 3.0], [3.0, 11.0]])
    np.testing.assert_allclose(lasso_path(loss).knots, [3.0, 0.25, 0.0], rtol=1e-15)
    np.testing.assert_allclose(penalized(loss, norm="l1", strength=0.1).point, [0.6, 0.1],
                               rtol=1e-14)
    x = np.arange(8.0)
    design = np.stack([x, x**2], axis=1)  # y = x exactly: ŵ = (1, 0)
    loss = Quadratic(center=[1.0, 0.0], hessian=design.T @ design)
    np.testing.assert_allclose(loss.hessian, [[140.0, 784.0], [784.0, 4676.0]])
    sol = penalized(loss, norm="l1", strength=1.0)
    np.testing.assert_allclose(sol.point, [0.9026610644257703, 0.016106442577030814],
                               rtol=1e-13)


@pytest.mark.parametrize("degree", [2, 3, 5])
@pytest.mark.parametrize("true_degree", [1, 2])
def test_noise_free_polynomial_fits_end_exactly_at_their_zero_weights(degree: int,
                                                                      true_degree: int) -> None:
    """y a polynomial of lower degree than the fit: ŵ has exact zeros, where weights
    leave (or never join) exactly at λ = 0. Agrees with the 50-digit homotopy."""
    x = np.linspace(0.0, 1.0, 12)
    design = np.stack([x**k for k in range(1, degree + 1)], axis=1)
    center = np.zeros(degree)
    center[:true_degree] = 1.0
    loss = Quadratic(center=center, hessian=design.T @ design)
    path = lasso_path(loss)
    assert path.knots[-1] == 0.0 and np.all(np.diff(path.knots) < 0.0)
    # No spurious tiny knot before the end.
    assert path.knots[-2] > 1e-9 * path.knots[0]
    np.testing.assert_array_equal(path.points[-1], center)
    knots, points = lasso_path_by_homotopy(loss.hessian, center)
    np.testing.assert_allclose(path.knots, knots, rtol=0, atol=1e-12 * knots[0])
    for fraction in (0.5, 1e-3, 1e-8):
        lam = fraction * path.knots[0]
        sol = penalized(loss, norm="l1", strength=lam)
        support = sol.point != 0.0
        reference = lasso_by_certified_support(loss.hessian, center, lam, np.sign(sol.point))
        assert_close(sol.point, reference, 1e-9)
        assert np.all(support == (reference != 0.0))


@pytest.mark.parametrize("n", [2, 5, 20, 60])
def test_centers_with_exact_zeros_at_any_size(rng: np.random.Generator, n: int) -> None:
    for _ in range(3):
        hessian, center = random_problem(rng, n, condition=1e2)
        center[rng.random(n) < 0.5] = 0.0
        center[0] = 1.0
        loss = Quadratic(center=center, hessian=hessian)
        path = lasso_path(loss)
        np.testing.assert_array_equal(path.points[-1], center)
        # Knots within rounding of λ = 0 (1e-12 λ_max) are decided by rounding: weights with
        # ŵⱼ = 0 that stay active down to λ → 0 carry values of order λ there, and whether
        # they cross 0 at λ ≈ 1e-14 differs between BLAS builds (a 60-weight problem has
        # knots at 2.5e-13 and 4e-14 on one machine, none on another). Such knots must sit
        # at ŵ within rounding; all others lie clearly above.
        for k in np.flatnonzero(path.knots[:-1] <= 1e-12 * path.knots[0]):
            assert np.max(np.abs(path.points[k] - center)) <= 1e-12 * np.max(np.abs(center))
        lam = 1e-3 * path.knots[0]
        expected = sklearn_lasso(hessian, center, lam)
        assert_close(penalized(loss, norm="l1", strength=lam).point, expected, 1e-7)


# ------------------------------ kind 2: strengths far below λ_max (relative accuracy)
def test_reported_tiny_strength_gives_exact_zero() -> None:
    loss = Quadratic(center=[1.0, 1e-10, 1e-11], hessian=np.eye(3))
    sol = penalized(loss, norm="l1", strength=5e-11)
    assert sol.point[2] == 0.0
    np.testing.assert_allclose(sol.point, [1.0 - 5e-11, 5e-11, 0.0], rtol=1e-15)


@pytest.mark.parametrize("spread", [1e-10, 1e-100, 1e-300])
def test_identity_hessian_is_soft_thresholding_at_every_scale(rng: np.random.Generator,
                                                              spread: float) -> None:
    """H = I: w = sign(ŵ) max(|ŵ| − λ, 0) exactly, for ŵ spanning 1 … ``spread``."""
    n = 12
    center = rng.choice([-1.0, 1.0], n) * np.geomspace(1.0, spread, n)
    loss = Quadratic(center=center, hessian=np.eye(n))
    for lam in np.abs(center) * 1.5 ** rng.uniform(-1, 1, n):
        sol = penalized(loss, norm="l1", strength=float(lam))
        expected = np.sign(center) * np.maximum(np.abs(center) - lam, 0.0)
        np.testing.assert_allclose(sol.point, expected, rtol=1e-14, atol=0.0)
        np.testing.assert_array_equal(sol.point == 0.0, expected == 0.0)


@pytest.mark.parametrize("n", [3, 8])
def test_tiny_strengths_on_a_general_hessian_match_the_certified_reference(
        rng: np.random.Generator, n: int) -> None:
    for _ in range(3):
        hessian, center = random_problem(rng, n, condition=1e2)
        center *= np.geomspace(1.0, 1e-9, n)
        loss = Quadratic(center=center, hessian=hessian)
        lam_max = float(np.max(np.abs(hessian @ center)))
        for fraction in (1e-4, 1e-8, 1e-11):
            sol = penalized(loss, norm="l1", strength=fraction * lam_max)
            reference = lasso_by_certified_support(hessian, center, fraction * lam_max,
                                                   np.sign(sol.point))
            assert_close(sol.point, reference, 1e-10)


# --------------------------------------------- kind 3: many weights tied
@pytest.mark.parametrize("n", [13, 30, 100])
def test_many_weights_tied_at_one_knot(n: int) -> None:
    loss = Quadratic(center=np.ones(n), hessian=np.eye(n))
    np.testing.assert_array_equal(penalized(loss, norm="l1", strength=0.5).point, 0.5)
    sol = constrained(loss, norm="l1", radius=1.0)
    np.testing.assert_allclose(sol.point, 1.0 / n, rtol=1e-14)
    assert sol.multiplier == pytest.approx(1.0 - 1.0 / n, rel=1e-14)


@pytest.mark.parametrize("n", [5, 16, 40])
def test_equicorrelated_designs_tie_everywhere(n: int) -> None:
    """H = I + c·11ᵀ, ŵ = 1: every weight is tied at every λ; w = (1 − λ/(1 + n c))·1."""
    for c in (0.5, 3.0):
        hessian = np.eye(n) + c * np.ones((n, n))
        loss = Quadratic(center=np.ones(n), hessian=hessian)
        lam_max = 1.0 + n * c
        path = lasso_path(loss)
        np.testing.assert_allclose(path.knots, [lam_max, 0.0], rtol=1e-14)
        for lam in (0.1, 0.5, 0.9):
            sol = penalized(loss, norm="l1", strength=lam * lam_max)
            # n tied weights join one by one at the first knot: n·cond(H)·eps of rounding.
            np.testing.assert_allclose(sol.point, 1.0 - lam, rtol=1e-12)


def test_ties_with_a_second_group_later(rng: np.random.Generator) -> None:
    """Two blocks of equal weights: ties at the first knot and again at a later one."""
    n = 20
    center = np.concatenate([np.full(10, 2.0), np.full(10, 1.0)])
    loss = Quadratic(center=center, hessian=np.eye(n))
    np.testing.assert_array_equal(lasso_path(loss).knots, [2.0, 1.0, 0.0])
    sol = penalized(loss, norm="l1", strength=1.5)
    np.testing.assert_array_equal(sol.point, np.concatenate([np.full(10, 0.5), np.zeros(10)]))


# ------------------------------------------------- many weights, sparse answers
@pytest.mark.parametrize("n", [24, 50, 200])
def test_sparse_answers_in_many_dimensions_are_fast_and_exact(n: int) -> None:
    loss = Quadratic(center=np.eye(n)[0], hessian=np.eye(n))
    sol = penalized(loss, norm="l1", strength=0.5)
    expected = np.zeros(n)
    expected[0] = 0.5
    np.testing.assert_array_equal(sol.point, expected)
    assert sol.zero_weights == tuple(range(1, n)) and sol.cone_free == tuple(range(1, n))


@pytest.mark.parametrize("n", [50, 120])
def test_random_problems_with_sparse_and_dense_answers_match_scikit_learn(
        rng: np.random.Generator, n: int) -> None:
    hessian, center = random_problem(rng, n, condition=1e2)
    loss = Quadratic(center=center, hessian=hessian)
    path = lasso_path(loss)
    alphas, coefs = sklearn_lars(hessian, center)
    np.testing.assert_allclose(path.knots, alphas, rtol=0, atol=1e-11 * alphas[0])
    lam_max = path.knots[0]
    for fraction in (0.7, 0.2, 1e-3):  # a few, some, almost all weights
        sol = penalized(loss, norm="l1", strength=fraction * lam_max)
        reference = lasso_by_certified_support(hessian, center, fraction * lam_max,
                                               np.sign(sol.point))
        assert_close(sol.point, reference, 1e-10)
        radius = float(np.sum(np.abs(reference)))
        con = constrained(loss, norm="l1", radius=radius)
        assert_close(con.point, reference, 1e-10)
        assert con.multiplier == pytest.approx(fraction * lam_max, rel=1e-9)


# ------------------------------------------------------- kind 9: tiny radius
def test_reported_tiny_radius_keeps_relative_accuracy() -> None:
    loss = Quadratic(center=[1.0, 1.0, 0.0], hessian=np.eye(3))
    np.testing.assert_allclose(constrained(loss, norm="l1", radius=1e-16).point,
                               [5e-17, 5e-17, 0.0], rtol=1e-15)


@pytest.mark.parametrize("radius", [1e-16, 1e-100, 1e-250, 1e-320])
@pytest.mark.parametrize("n", [2, 6])
def test_tiny_radii_keep_relative_accuracy(rng: np.random.Generator, n: int,
                                           radius: float) -> None:
    """L1: below the first knot w*(t) = t · b/‖b‖₁ exactly. L2: w*(t)/t → Hŵ/‖Hŵ‖ with
    an O(t/‖ŵ‖) difference. Either way relative accuracy at any t."""
    hessian, center = random_problem(rng, n, condition=1e2)
    loss = Quadratic(center=center, hessian=hessian)
    atol = 1e-9 * radius if radius > 1e-300 else 1e-323  # subnormal answers: absolute
    small = constrained(loss, norm="l1", radius=radius)
    unit = constrained(loss, norm="l1", radius=1e-6 * float(np.max(np.abs(center))))
    direction = unit.point / float(np.sum(np.abs(unit.point)))
    np.testing.assert_allclose(small.point, radius * direction, rtol=1e-12, atol=atol)
    np.testing.assert_array_equal(small.point == 0.0, (radius * direction) == 0.0)
    assert small.multiplier == pytest.approx(float(np.max(np.abs(hessian @ center))), rel=1e-9)
    small = constrained(loss, norm="l2", radius=radius)
    gradient = hessian @ center
    np.testing.assert_allclose(small.point, radius * gradient / np.linalg.norm(gradient),
                               rtol=1e-12, atol=atol)
    assert small.multiplier == pytest.approx(float(np.linalg.norm(gradient)), rel=1e-12)
    for sol in (small,):
        assert sol.radius == radius


# ------------------------------------- kind 8: refuse what cannot be trusted
def test_an_active_block_too_ill_conditioned_is_refused_not_guessed(
        rng: np.random.Generator) -> None:
    """Factors with cond 1e14 in 4D: the lasso path's last blocks would carry ~1e-2
    relative error in double precision, so it refuses (naming the hessian); the L2
    solution, computed from the exact factors, is fine."""
    from regmath import InvalidArgumentError

    q, _ = np.linalg.qr(rng.standard_normal((4, 4)))
    loss = Quadratic(center=[1.0, -2.0, 0.5, 1.5], eigenvalues=[1.0, 0.5, 0.25, 1e-14],
                     eigenvectors=q)
    for call in (lambda: penalized(loss, norm="l1", strength=1e-15), lambda: lasso_path(loss)):
        with pytest.raises(InvalidArgumentError) as info:
            call()
        assert str(info.value).startswith("hessian: ")
        assert "condition number" in str(info.value)
    # Answers whose active block is well conditioned are still solved (KKT-certified).
    lam_max = float(np.max(np.abs(loss.hessian @ loss.center)))
    for strength in (0.9 * lam_max, 1e-6):
        sol = penalized(loss, norm="l1", strength=strength)
        assert sol.unique and np.count_nonzero(sol.point) < 4
    sol = constrained(loss, norm="l2", radius=0.5)
    assert np.linalg.norm(sol.point) == pytest.approx(0.5, rel=1e-15)


def test_last_segment_keeps_rounding_joiners_at_zero() -> None:
    """The last segment stops at ŵ itself; an entry of ŵ that would join only within
    rounding of λ = 0 (here 3.6e-78, with H₁₂ = 2e-17 from rotating an isotropic block)
    stays exactly 0 inside the segment. It was kept, and the answer refused as "too
    ill-conditioned" for a cond-2 H (found by hypothesis in tests/test_proximal.py)."""
    c, s = np.cos(1.0), np.sin(1.0)
    q = np.array([[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]])
    loss = Quadratic(center=[2.0, 3.57e-78, 0.0], eigenvalues=[1.0, 1.0, 0.5], eigenvectors=q)
    for strength in (0.5, 1.0, 1.9):
        point = penalized(loss, norm="l1", strength=strength).point
        assert point[1] == 0.0 and point[2] == 0.0
        assert point[0] == pytest.approx(2.0 - strength, rel=1e-15)
    assert constrained(loss, norm="l1", radius=1.9).point[1] == 0.0
