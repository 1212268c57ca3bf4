"""regmath.diabetes: the LARS paper's diabetes path, against scikit-learn and the paper.

* The knots λ_k and the weights at every knot against scikit-learn's
  ``lars_path(method="lasso")`` on the same X and centred y (its alphas are λ/n).
* The entry order of the paper (Efron et al. 2004, Figure 1): 3, 9, 4, 7, 2, 10,
  5, 8, 6, 1 (1-based), then hdl (7) leaves and returns.
* KKT at sampled t: |H(ŵ − w)|_j = λ on the nonzero weights (with the sign of w_j),
  ≤ λ on the zero ones; ‖w‖₁ = t.
* Ridge at the same fit: the same training loss, all ten weights nonzero.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from regmath import InvalidArgumentError, constrained
from regmath.diabetes import (
    FEATURES,
    PAPER_ENTRY_ORDER,
    diabetes_data,
    diabetes_loss,
    diabetes_path,
    radius_path,
    ridge_same_fit,
)
from regmath.quadratic import Quadratic

#: Knots and weights against lars_path, relative to λ_max and to max |ŵ|: both compute the
#: same closed forms in double precision (scikit-learn by Cholesky updates), a few hundred
#: ulps apart at most.
LARS_RTOL = 1e-12
#: KKT residuals relative to λ_max, and ‖w‖₁ − t relative to ‖ŵ‖₁.
KKT_RTOL = 1e-10
#: The ridge fit equals the target to this relative error (bisection to the last ulp of μ).
FIT_RTOL = 1e-12


@pytest.fixture(scope="module")
def path():
    return diabetes_path()


def sample_radii(path, count: int = 40) -> np.ndarray:
    inside = np.linspace(0.0, path.end, count + 2)[1:-1]
    mids = 0.5 * (path.radii[1:] + path.radii[:-1])
    return np.sort(np.concatenate([inside, mids, path.radii[1:-1]]))


def test_the_data_are_the_papers() -> None:
    x, y = diabetes_data()
    assert x.shape == (442, 10) and y.shape == (442,)
    np.testing.assert_allclose(x.mean(axis=0), 0.0, atol=1e-15)
    np.testing.assert_allclose(np.sum(x * x, axis=0), 1.0, rtol=1e-12)
    assert abs(float(np.mean(y))) < 1e-12
    assert FEATURES[2] == "bmi" and FEATURES[6] == "hdl" and FEATURES[8] == "ltg"
    loss = diabetes_loss()
    np.testing.assert_allclose(loss.hessian, x.T @ x, rtol=0, atol=1e-15)
    # f(w) + ½‖y − Xŵ‖² is the training loss ½‖y − Xw‖².
    w = np.linspace(-300.0, 300.0, 10)
    rss = 0.5 * float(np.sum((y - x @ loss.center) ** 2))
    assert math.isclose(loss.value(w) + rss, 0.5 * float(np.sum((y - x @ w) ** 2)), rel_tol=1e-12)
    # The paper's ‖β̂_OLS‖₁ = 3460 (Figure 1's right end).
    assert round(float(np.sum(np.abs(loss.center)))) == 3460


def test_knots_and_weights_match_lars_path(path) -> None:
    from sklearn.linear_model import lars_path

    x, y = diabetes_data()
    alphas, _, coefs = lars_path(x, y, method="lasso")
    assert alphas.size == path.strengths.size == 13
    np.testing.assert_allclose(alphas * x.shape[0], path.strengths, rtol=0,
                               atol=LARS_RTOL * path.strengths[0])
    np.testing.assert_allclose(coefs.T, path.points, rtol=0,
                               atol=LARS_RTOL * float(np.max(np.abs(path.loss.center))))
    # And at every knot the radius is ‖w‖₁.
    np.testing.assert_allclose(path.radii, np.sum(np.abs(coefs), axis=0), rtol=0,
                               atol=LARS_RTOL * path.end)


def test_the_papers_entry_order_and_hdl_leaving_and_returning(path) -> None:
    assert tuple(j + 1 for j in path.entry_order) == PAPER_ENTRY_ORDER
    hdl = FEATURES.index("hdl")
    leaves = [k for k, e in enumerate(path.events) if e.leaving]
    assert leaves == [10] and path.events[10].leaving == (hdl,) and not path.events[10].joining
    assert path.events[11].joining == (hdl,) and not path.events[11].leaving
    # Every other event is one feature joining.
    assert all(len(e.joining) == 1 and not e.leaving for k, e in enumerate(path.events)
               if k != 10)
    # hdl is exactly 0 strictly between the two knots, and nonzero on either side.
    t0, t1 = path.radii[10], path.radii[11]
    for t in np.linspace(t0, t1, 7):
        assert path.at(t)[hdl] == 0.0
    assert path.at(t0 - 1.0)[hdl] != 0.0 and path.at(t1 + 1.0)[hdl] != 0.0
    # It leaves to change sign: negative before, positive after (a lasso weight changes
    # sign only through a stretch of exact 0).
    assert path.at(t0 - 1.0)[hdl] < 0.0 < path.at(t1 + 1.0)[hdl]


def test_kkt_at_sampled_radii(path) -> None:
    loss = path.loss
    lam_max = path.strengths[0]
    for t in sample_radii(path):
        w = path.at(t)
        lam = path.strength_at(t)
        r = loss.hessian @ (loss.center - w)
        on = w != 0.0
        assert math.isclose(float(np.sum(np.abs(w))), t, rel_tol=0, abs_tol=KKT_RTOL * path.end)
        np.testing.assert_allclose(r[on], lam * np.sign(w[on]), rtol=0, atol=KKT_RTOL * lam_max)
        assert np.all(np.abs(r[~on]) <= lam + KKT_RTOL * lam_max)
        # The active set is the segment's.
        k = path.segment(t)
        if t not in path.radii:
            assert tuple(np.flatnonzero(on)) == path.active_sets[k]


def test_at_agrees_with_the_constrained_solver(path) -> None:
    for t in sample_radii(path, 12):
        exact = constrained(path.loss, norm="l1", radius=float(t)).point
        np.testing.assert_allclose(path.at(t), exact, rtol=0,
                                   atol=KKT_RTOL * float(np.max(np.abs(path.loss.center))))


def test_the_ends_of_the_path(path) -> None:
    assert np.all(path.at(0.0) == 0.0) and path.strength_at(0.0) == path.strengths[0]
    np.testing.assert_array_equal(path.at(path.end), path.loss.center)
    np.testing.assert_array_equal(path.at(2 * path.end), path.loss.center)
    assert path.strength_at(path.end) == 0.0 and path.strength_at(5000.0) == 0.0
    tiny = path.at(1e-9)
    assert np.count_nonzero(tiny) == 1 and tiny[FEATURES.index("bmi")] > 0.0
    # At a knot: the knot's own point, bit for bit.
    for k in range(1, len(path.radii) - 1):
        np.testing.assert_array_equal(path.at(path.radii[k]), path.points[k])


@pytest.mark.parametrize("bad", [-1.0, float("nan"), float("inf"), "x"])
def test_refuses_a_bad_radius_naming_it(path, bad) -> None:
    with pytest.raises(InvalidArgumentError) as error:
        path.at(bad)
    assert str(error.value).startswith("radius: ")


def test_radius_path_refuses_a_zero_center() -> None:
    with pytest.raises(InvalidArgumentError) as error:
        radius_path(Quadratic(center=[0.0, 0.0], hessian=[[1.0, 0.0], [0.0, 1.0]]))
    assert error.value.argument == "center"


def test_ridge_at_the_same_fit_keeps_every_feature(path) -> None:
    loss = path.loss
    for t in sample_radii(path, 20):
        target = float(loss.value(path.at(t)))
        fit = ridge_same_fit(loss, target)
        assert math.isclose(fit.value, target, rel_tol=FIT_RTOL)
        assert math.isclose(float(loss.value(fit.point)), target, rel_tol=FIT_RTOL)
        assert np.all(fit.point != 0.0)
        assert 0.0 < fit.strength < math.inf
        # It is the ridge solution at μ: (H + μI) w = Hŵ.
        np.testing.assert_allclose((loss.hessian + fit.strength * np.eye(10)) @ fit.point,
                                   loss.hessian @ loss.center, rtol=0,
                                   atol=1e-10 * float(np.max(np.abs(loss.hessian @ loss.center))))
        # Same fit, but a larger L1 norm than the lasso's t (the lasso is the L1-smallest).
        assert np.sum(np.abs(fit.point)) >= t * (1 - 1e-12)
        assert fit.l1_norm == float(np.sum(np.abs(fit.point)))


def test_ridge_same_fit_is_monotone_and_ulp_tight(path) -> None:
    loss = path.loss
    top = float(loss.value(np.zeros(10)))
    mus = [ridge_same_fit(loss, s * top).strength for s in (0.9, 0.5, 0.1, 0.01)]
    assert all(a > b for a, b in zip(mus, mus[1:]))
    fit = ridge_same_fit(loss, 0.5 * top)
    below = ridge_same_fit(loss, 0.5 * top).strength
    assert np.nextafter(below, 0.0) < below  # a finite float root
    assert float(loss.value(np.linalg.solve(loss.hessian + np.nextafter(fit.strength, 0) *
                                            np.eye(10), loss.hessian @ loss.center))) <= 0.5 * top \
        * (1 + FIT_RTOL)


def test_ridge_same_fit_ends_and_refusals(path) -> None:
    loss = path.loss
    top = float(loss.value(np.zeros(10)))
    zero = ridge_same_fit(loss, 0.0)
    assert zero.strength == 0.0 and np.array_equal(zero.point, loss.center)
    full = ridge_same_fit(loss, top)
    assert full.strength == math.inf and np.all(full.point == 0.0)
    for bad in (-1.0, float("nan"), 2 * top):
        with pytest.raises(InvalidArgumentError) as error:
            ridge_same_fit(loss, bad)
        assert str(error.value).startswith("target: ")


def test_inner_products_are_x_transpose_r_and_meet_lambda_at_entries(path) -> None:
    from sklearn.linear_model import lars_path

    from regmath.diabetes import inner_products, training_loss

    x, y = diabetes_data()
    lam_max = path.strengths[0]
    for t in sample_radii(path):
        c = inner_products(path, t)
        direct = np.abs(x.T @ (y - x @ path.at(t)))
        np.testing.assert_allclose(c, direct, rtol=0, atol=KKT_RTOL * lam_max)
        lam = path.strength_at(t)
        on = path.at(t) != 0.0
        np.testing.assert_allclose(c[on], lam, rtol=0, atol=KKT_RTOL * lam_max)
        assert np.all(c[~on] <= lam + KKT_RTOL * lam_max)
    # At the knots, against scikit-learn's lars_path (alphas are λ/n).
    alphas, _, coefs = lars_path(x, y, method="lasso")
    for k in range(len(path.radii) - 1):
        c = inner_products(path, path.radii[k])
        np.testing.assert_allclose(c, np.abs(x.T @ (y - x @ coefs[:, k])), rtol=0,
                                   atol=KKT_RTOL * lam_max)
        # Each feature joining at knot k meets λ_k there.
        for j in path.events[k].joining:
            assert math.isclose(c[j], alphas[k] * x.shape[0], rel_tol=0,
                                abs_tol=KKT_RTOL * lam_max)
    assert np.all(inner_products(path, path.end) == 0.0)
    # The training loss: the Quadratic plus the least-squares residual.
    w = path.at(1000.0)
    rss = 0.5 * float(np.sum((y - x @ path.loss.center) ** 2))
    assert math.isclose(training_loss(w), float(path.loss.value(w)) + rss, rel_tol=1e-12)


def test_scaled_inner_products_are_the_kkt_signs_in_units_of_lambda(path) -> None:
    from regmath.diabetes import scaled_inner_products

    x, y = diabetes_data()
    for t in sample_radii(path):
        if t >= path.end:
            continue
        lam = path.strength_at(t)
        s = scaled_inner_products(path, t)
        direct = x.T @ (y - x @ path.at(t)) / lam
        np.testing.assert_allclose(s, direct, rtol=0, atol=1e-8 * path.strengths[0] / lam)
        on = path.at(t) != 0.0
        np.testing.assert_allclose(s[on], np.sign(path.at(t)[on]), rtol=0, atol=1e-9)
        assert np.all(np.abs(s[~on]) <= 1.0 + 1e-9)
    # hdl's span at 0: from −1 (it was negative) to +1 (it returns positive).
    hdl = FEATURES.index("hdl")
    k = next(k for k, e in enumerate(path.events) if hdl in e.leaving)
    assert math.isclose(scaled_inner_products(path, path.radii[k])[hdl], -1.0, abs_tol=1e-9)
    assert math.isclose(scaled_inner_products(path, path.radii[k + 1])[hdl], 1.0, abs_tol=1e-9)
    with pytest.raises(InvalidArgumentError) as error:
        scaled_inner_products(path, path.end)
    assert str(error.value).startswith("radius: ")
