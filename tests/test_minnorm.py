"""Singular H in any dimension: the minimizer of smallest norm, and whether it is unique.

References that share nothing with `regmath.minnorm`:
* duplicated columns: a column repeated k times shares its weight equally
  among the copies in the smallest solution (a closed form from the
  unduplicated problem, itself certified in 50 digits);
* a rank-one design xᵀw = y with ‖w‖₁ ≤ t: the smallest point is a
  soft-thresholded multiple of x, found by sorting (closed form);
* p > n random designs (unique solutions): scikit-learn's `Lasso` and `lars_path`;
* the least-norm program itself: its KKT conditions, and scipy's `nnls`.
"""

from __future__ import annotations

import numpy as np
import pytest

from regmath import Quadratic, constrained, lasso_path, penalized
from regmath.minnorm import least_norm_nonnegative, nnls
from tests.references import lasso_by_certified_support

POINT_RTOL = 1e-10


def assert_close(actual, expected, rtol: float) -> None:
    expected = np.asarray(expected, dtype=float)
    scale = max(float(np.max(np.abs(expected))), 1e-300)
    assert float(np.max(np.abs(np.asarray(actual) - expected))) <= rtol * scale, (actual, expected)


def design(rng: np.random.Generator, samples: int, features: int) -> np.ndarray:
    return rng.standard_normal((samples, features))


# ------------------------------------------------------------- strength 0
def test_reported_lasso_at_strength_zero_is_the_smallest_minimizer() -> None:
    loss = Quadratic(center=[0.4, 0.8], hessian=[[1.0, 2.0], [2.0, 4.0]])
    sol = penalized(loss, norm="l1", strength=0.0)
    np.testing.assert_allclose(sol.point, [0.4, 0.8], rtol=1e-15)
    assert not sol.unique and sol.multiplier == 0.0


@pytest.mark.parametrize("features", [3, 12, 60])
def test_strength_zero_gives_the_pseudo_inverse_point_for_both_norms(
        rng: np.random.Generator, features: int) -> None:
    x = design(rng, features // 2 + 1, features)
    center = rng.standard_normal(features)
    loss = Quadratic(center=center, hessian=x.T @ x)
    expected = np.linalg.pinv(x) @ (x @ center)
    for norm in ("l1", "l2"):
        sol = penalized(loss, norm=norm, strength=0.0)
        assert_close(sol.point, expected, 1e-12)
        assert not sol.unique
        assert sol.strength == 0.0


@pytest.mark.parametrize("n", [1, 11, 50])
def test_a_zero_hessian_has_answer_zero_in_any_dimension(rng: np.random.Generator, n: int) -> None:
    loss = Quadratic(center=rng.standard_normal(n), hessian=np.zeros((n, n)))
    assert loss.rank == 0
    for norm in ("l1", "l2"):
        for radius in (0.0, 1.0):
            sol = constrained(loss, norm=norm, radius=radius)
            np.testing.assert_array_equal(sol.point, 0.0)
            assert sol.multiplier == 0.0 and not sol.active
            assert sol.unique == (radius == 0.0)
        pen = penalized(loss, norm=norm, strength=1.0)
        np.testing.assert_array_equal(pen.point, 0.0)
        assert pen.unique and pen.strength == 1.0
        assert not penalized(loss, norm=norm, strength=0.0).unique


# ------------------------------------------------------- duplicated columns
def duplicated(rng: np.random.Generator, samples: int, features: int, copies: int, *,
               negate: bool = False):
    """A design with column 0 repeated ``copies`` more times (negated if asked)."""
    x = design(rng, samples, features)
    extra = np.repeat(x[:, :1], copies, axis=1) * (-1.0 if negate else 1.0)
    wide = np.hstack([x, extra])
    center = np.concatenate([rng.standard_normal(features), np.zeros(copies)])
    return x, wide, center


@pytest.mark.parametrize(("features", "copies"), [(3, 1), (8, 3), (30, 5)])
def test_duplicated_columns_share_their_weight_equally(rng: np.random.Generator, features: int,
                                                       copies: int) -> None:
    x, wide, center = duplicated(rng, 3 * features, features, copies)
    base = Quadratic(center=center[:features], hessian=x.T @ x)
    loss = Quadratic(center=center, hessian=wide.T @ wide)
    assert loss.rank == features
    lam_max = float(np.max(np.abs(base.hessian @ base.center)))
    for fraction in (0.9, 0.4, 0.05):
        lam = fraction * lam_max
        reference = lasso_by_certified_support(base.hessian, base.center, lam,
                                               np.sign(penalized(base, norm="l1",
                                                                 strength=lam).point))
        expected = np.concatenate([reference, np.full(copies, reference[0] / (copies + 1))])
        expected[0] = reference[0] / (copies + 1)
        sol = penalized(loss, norm="l1", strength=lam)
        assert_close(sol.point, expected, POINT_RTOL)
        # Unique only when the duplicated weight is not in play.
        assert sol.unique == (reference[0] == 0.0)
        con = constrained(loss, norm="l1", radius=float(np.sum(np.abs(reference))))
        assert_close(con.point, expected, POINT_RTOL)
        assert con.multiplier == pytest.approx(lam, rel=1e-9)


def test_a_negated_duplicate_takes_the_opposite_half(rng: np.random.Generator) -> None:
    x, wide, center = duplicated(rng, 20, 5, 1, negate=True)
    loss = Quadratic(center=center, hessian=wide.T @ wide)
    base = Quadratic(center=center[:5], hessian=x.T @ x)
    lam = 0.3 * float(np.max(np.abs(base.hessian @ base.center)))
    w = penalized(base, norm="l1", strength=lam).point
    sol = penalized(loss, norm="l1", strength=lam)
    assert_close(sol.point, np.concatenate([[w[0] / 2], w[1:], [-w[0] / 2]]), POINT_RTOL)


def test_the_reported_two_dimensional_tie_is_flagged() -> None:
    loss = Quadratic(center=[1.0, 1.0], hessian=[[1.0, 1.0], [1.0, 1.0]])
    sol = constrained(loss, norm="l1", radius=1.0)
    np.testing.assert_allclose(sol.point, [0.5, 0.5], rtol=1e-14)
    assert not sol.unique


# ------------------------------------------ multiplier 0, radius below ‖P ŵ‖₁
def rank_one_reference(x: np.ndarray, y: float, radius: float) -> np.ndarray:
    """argmin ‖w‖₂ s.t. xᵀw = y, ‖w‖₁ ≤ t, in closed form.

    The smallest point is w_j = sign(x_j y) max(ν|x_j| − μ, 0): with the k
    largest |x_j| in play, xᵀw = y and ‖w‖₁ = t are two linear equations in
    (ν, μ); the k whose solution keeps exactly those weights positive wins.
    """
    a = np.abs(x)
    order = np.argsort(-a)
    target = abs(y)
    for k in range(1, x.size + 1):
        top = a[order[:k]]
        if k == 1:  # all of t on the largest |x_j|: the basis-pursuit point
            w = np.zeros(x.size)
            w[order[0]] = target / top[0]
            if np.sum(np.abs(w)) >= radius - 1e-15 * radius:
                return w * np.sign(x) * np.sign(y)
            continue
        matrix = np.array([[top @ top, -np.sum(top)], [np.sum(top), -float(k)]])
        nu, mu = np.linalg.solve(matrix, [target, radius])
        values = nu * top - mu
        rest = nu * a[order[k]] - mu if k < x.size else -1.0
        if np.all(values > 0.0) and rest <= 0.0:
            w = np.zeros(x.size)
            w[order[:k]] = values
            return w * np.sign(x) * np.sign(y)
    raise AssertionError("no active set fits")


@pytest.mark.parametrize("n", [2, 5, 40])
def test_multiplier_zero_with_radius_below_the_projection_norm(rng: np.random.Generator,
                                                               n: int) -> None:
    """H = xxᵀ (rank one): for ‖w_BP‖₁ ≤ t < ‖P ŵ‖₁ the smallest minimizer uses all of t."""
    x = rng.standard_normal(n)
    center = rng.standard_normal(n)
    y = float(x @ center)
    loss = Quadratic(center=center, eigenvalues=np.r_[x @ x, np.zeros(n - 1)],
                     eigenvectors=np.linalg.qr(np.c_[x, rng.standard_normal((n, n - 1))])[0])
    basis_pursuit = abs(y) / np.max(np.abs(x))
    projection = np.abs(x) * abs(y) / (x @ x)
    for share in (0.0, 0.3, 0.9):
        radius = basis_pursuit + share * (float(np.sum(projection)) - basis_pursuit)
        sol = constrained(loss, norm="l1", radius=radius)
        assert_close(sol.point, rank_one_reference(x, y, radius), 1e-10)
        # At t = ‖w_BP‖₁ (computed here and by the path, an ulp apart) the
        # multiplier is 0 up to rounding and the set is the one basis-pursuit
        # point (max|x_j| is unique here); above it the smallest is one of many.
        assert sol.multiplier <= 1e-14 * float(np.max(np.abs(loss.hessian @ center)))
        assert sol.unique == (share == 0.0)
        if share > 0.0:
            assert sol.multiplier == 0.0 and not sol.active
    above = constrained(loss, norm="l1", radius=2.0 * float(np.sum(projection)))
    assert_close(above.point, x * y / (x @ x), 1e-12)
    assert not above.unique


# ------------------------------------------------------- p > n designs
@pytest.mark.parametrize(("samples", "features"), [(8, 20), (30, 100), (60, 300)])
def test_wide_designs_match_scikit_learn(rng: np.random.Generator, samples: int,
                                         features: int) -> None:
    from sklearn.linear_model import Lasso, lars_path

    x = design(rng, samples, features)
    y = rng.standard_normal(samples)
    center = np.linalg.pinv(x) @ y
    loss = Quadratic(center=center, hessian=x.T @ x)
    assert loss.rank == samples and loss.singular
    path = lasso_path(loss)
    alphas, _, coefs = lars_path(x, y, method="lasso", alpha_min=0.0, eps=1e-300)
    np.testing.assert_allclose(path.knots[:-1], samples * alphas[:-1], rtol=1e-9)
    lam_max = path.knots[0]
    for fraction in (0.5, 0.05):
        lam = fraction * lam_max
        sol = penalized(loss, norm="l1", strength=lam)
        assert sol.unique  # X in general position: Tibshirani (2013), Lemma 4
        model = Lasso(alpha=lam / samples, fit_intercept=False, tol=1e-14, max_iter=10**6)
        model.fit(x, y)
        assert_close(sol.point, model.coef_, 1e-6)
        np.testing.assert_array_equal(sol.point == 0.0, model.coef_ == 0.0)
        assert np.count_nonzero(sol.point) <= samples


def test_wide_designs_given_by_exact_factors(rng: np.random.Generator) -> None:
    x = design(rng, 10, 40)
    u, singular, vt = np.linalg.svd(x, full_matrices=True)
    eigenvalues = np.zeros(40)
    eigenvalues[:10] = singular**2
    center = rng.standard_normal(40)
    factored = Quadratic(center=center, eigenvalues=eigenvalues, eigenvectors=vt.T)
    dense = Quadratic(center=center, hessian=x.T @ x)
    assert factored.rank == dense.rank == 10
    lam = 0.2 * float(np.max(np.abs(x.T @ (x @ center))))
    assert_close(penalized(factored, norm="l1", strength=lam).point,
                 penalized(dense, norm="l1", strength=lam).point, 1e-9)


# ---------------------------------------------------- the programs themselves
def test_nnls_matches_scipy(rng: np.random.Generator) -> None:
    from scipy.optimize import nnls as scipy_nnls

    for rows, cols in ((5, 3), (10, 20), (40, 25)):
        e = rng.standard_normal((rows, cols))
        f = rng.standard_normal(rows)
        ours, residual = nnls(e, f)
        theirs, norm = scipy_nnls(e, f)
        assert np.all(ours >= 0.0)
        assert float(np.linalg.norm(residual)) == pytest.approx(norm, rel=1e-9, abs=1e-12)


@pytest.mark.parametrize(("rows", "cols"), [(1, 2), (3, 8), (10, 40)])
def test_least_norm_nonnegative_satisfies_its_kkt_conditions(rng: np.random.Generator, rows: int,
                                                             cols: int) -> None:
    """x = argmin ‖x‖ s.t. Cx = d, x ≥ 0 iff x = Cᵀy + ν with ν ≥ 0 and νᵢ xᵢ = 0."""
    for _ in range(5):
        c = rng.standard_normal((rows, cols))
        feasible = np.maximum(rng.standard_normal(cols), 0.0)
        x, unique = least_norm_nonnegative(c, feasible)
        assert np.all(x >= 0.0)
        np.testing.assert_allclose(c @ x, c @ feasible, atol=1e-12 * np.abs(c @ feasible).max())
        free = x > 0.0
        y = np.linalg.lstsq(c[:, free].T, x[free], rcond=None)[0]
        nu = x - c.T @ y
        assert np.max(np.abs(nu[free]), initial=0.0) <= 1e-10 * np.max(x)
        assert np.min(nu[~free], initial=0.0) >= -1e-10 * np.max(x)
        assert not unique or rows >= cols


def test_duplicates_that_eigh_leaves_an_ulp_apart_still_share_equally() -> None:
    """Found by hypothesis: X = diag(√d) Qᵀ from eigh makes the two copies of a column
    differ in the last bits; a re-solve with lstsq's default cutoff kept the 4e-16
    singular value and split the weight 0.78 : 0.22 instead of in halves."""
    base = np.array([[5.978466908053571, -0.20711877984585644, -1.4662978000796503],
                     [-0.20711877984585644, 6.131810930508002, 0.057488485877139964],
                     [-1.4662978000796503, 0.057488485877139964, 0.6291667973825912]])
    copies = [0, 1, 1]
    hessian = base[np.ix_([0, 1, 2] + copies, [0, 1, 2] + copies)]
    center = np.array([-1.2828727566490858, 1.2738135845986025, 1.9494464750091725, 0.0, 0.0,
                       0.0])
    loss = Quadratic(center=center, hessian=hessian)
    lam = 0.875 * float(np.max(np.abs(hessian @ center)))
    sol = penalized(loss, norm="l1", strength=lam)
    reduced = penalized(Quadratic(center=center[:3], hessian=base), norm="l1", strength=lam)
    expected = np.array([reduced.point[0] / 2, reduced.point[1] / 3, reduced.point[2],
                         reduced.point[0] / 2, reduced.point[1] / 3, reduced.point[1] / 3])
    assert_close(sol.point, expected, 1e-12)
    assert not sol.unique
