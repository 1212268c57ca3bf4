"""Scales from 1e-300 to 1e300: no overflow, no underflow, no silent error.

With w = a v, ŵ = a v̂ and H = h G, the problem scales exactly: w* = a v*,
λ = a h λ_v, f(w*) = a² h f_v, a ridge strength by h. The solvers work on a
power-of-two unit scale, so scaled problems must give the scaled answers to
rounding, as long as the answers are representable (a loss above 1.8e308 is
+inf, the nearest double).
"""

from __future__ import annotations

import numpy as np
import pytest

from regmath import Quadratic, constrained, lasso_path, penalized, ridge_path
from regmath.batch import constrained_2d
from tests.conftest import random_problem

SCALE_RTOL = 1e-12
EXPONENTS = [-300, -200, -100, 0, 100, 200, 300]


# ------------------------------------------------------------ reported inputs
def test_reported_l2_underflows_are_solved() -> None:
    sol = constrained(Quadratic([2e-200], [[1.0]]), norm="l2", radius=1e-200)
    assert sol.point[0] == pytest.approx(1e-200, rel=1e-15)
    assert sol.multiplier == pytest.approx(1e-200, rel=1e-15) and sol.active
    sol = constrained(Quadratic([2.0], [[1e-200]]), norm="l2", radius=1.0)
    assert sol.point[0] == pytest.approx(1.0, rel=1e-15)
    assert sol.multiplier == pytest.approx(1e-200, rel=1e-15)


def test_reported_l2_overflows_are_solved() -> None:
    sol = constrained(Quadratic([1e155], [[1.0]]), norm="l2", radius=1.0)
    assert sol.point[0] == pytest.approx(1.0, rel=1e-15)
    assert sol.multiplier == pytest.approx(1e155, rel=1e-15)
    assert sol.level == np.inf  # ½ (1e155 − 1)² exceeds the largest double
    sol = penalized(Quadratic([1e160], [[1.0]]), norm="l2", strength=1.0)
    assert sol.point[0] == pytest.approx(5e159, rel=1e-15)
    assert sol.strength == 1.0


def test_ridge_reports_the_strength_it_was_asked_for() -> None:
    sol = penalized(Quadratic(center=[1.0, -1.0], hessian=[[1.0, 1.0], [1.0, 1.0]]), norm="l2",
                    strength=1.0)
    np.testing.assert_array_equal(sol.point, 0.0)
    assert sol.strength == 1.0 and sol.unique


# -------------------------------------------------------- exact scaling
def scaled(loss: Quadratic, a: float, h: float) -> Quadratic:
    return Quadratic(center=a * loss.center, eigenvalues=h * loss.eigenvalues,
                     eigenvectors=loss.eigenvectors)


#: (ŵ scale, H scale) exponents whose multipliers a·h·λ are representable.
SCALE_PAIRS = [(c, h) for c in EXPONENTS for h in (-300, -150, 0, 150, 300) if abs(c + h) < 290]


@pytest.mark.parametrize(("center_exponent", "hessian_exponent"), SCALE_PAIRS,
                         ids=[f"w1e{c}-H1e{h}" for c, h in SCALE_PAIRS])
@pytest.mark.parametrize("norm", ["l1", "l2"])
def test_solutions_scale_exactly(rng: np.random.Generator, norm: str, center_exponent: int,
                                 hessian_exponent: int) -> None:
    """Powers of two: the scaled problem's answer is the scaled answer, field by field."""
    a, h = 2.0 ** round(center_exponent * 3.32), 2.0 ** round(hessian_exponent * 3.32)
    hessian, center = random_problem(rng, 4, condition=1e2)
    loss = Quadratic(center=center, eigenvalues=np.linalg.eigvalsh(hessian),
                     eigenvectors=np.linalg.eigh(hessian)[1])
    big = scaled(loss, a, h)
    for fraction in (0.0, 0.3, 0.9, 2.0):
        radius = fraction * float(np.linalg.norm(center, ord=int(norm[1])))
        one, many = constrained(loss, norm=norm, radius=radius), \
            constrained(big, norm=norm, radius=a * radius)
        np.testing.assert_allclose(many.point, a * one.point, rtol=SCALE_RTOL, atol=0.0)
        np.testing.assert_array_equal(many.point == 0.0, one.point == 0.0)
        assert many.multiplier == pytest.approx(a * h * one.multiplier, rel=1e-10, abs=0.0)
        level = a * a * h * one.level
        if np.isfinite(level) and level > 1e-290:
            assert many.level == pytest.approx(level, rel=1e-10)
        strength = 1e-3 * (1 + fraction)
        pen_one = penalized(loss, norm=norm, strength=strength)
        pen_many = penalized(big, norm=norm, strength=(a * h if norm == "l1" else h) * strength)
        np.testing.assert_allclose(pen_many.point, a * pen_one.point, rtol=SCALE_RTOL, atol=0.0)


@pytest.mark.parametrize("exponent", EXPONENTS)
def test_decimal_scales_agree_to_rounding(rng: np.random.Generator, exponent: int) -> None:
    """Powers of ten are not exact: the data round once, the answers agree to ~1e-14."""
    s = 10.0**exponent
    hessian, center = random_problem(rng, 5, condition=1e2)
    for hs in (1.0, 10.0 ** (-exponent // 2)):
        loss = Quadratic(center=center, hessian=hessian)
        big = Quadratic(center=s * center, hessian=hs * hessian)
        for norm in ("l1", "l2"):
            radius = 0.4 * float(np.linalg.norm(center, ord=int(norm[1])))
            one = constrained(loss, norm=norm, radius=radius)
            many = constrained(big, norm=norm, radius=s * radius)
            np.testing.assert_allclose(many.point, s * one.point, rtol=1e-11,
                                       atol=1e-11 * s * float(np.max(np.abs(one.point))))
            assert many.multiplier == pytest.approx(s * hs * one.multiplier, rel=1e-10)


@pytest.mark.parametrize("exponent", [-300, -100, 100, 300])
def test_one_weight_at_extreme_scales_has_closed_forms(exponent: int) -> None:
    c = 3.0 * 10.0**exponent
    loss = Quadratic(center=[c], hessian=[[2.0]])
    t = c / 3.0
    for norm in ("l1", "l2"):
        sol = constrained(loss, norm=norm, radius=t)
        assert sol.point[0] == pytest.approx(t, rel=1e-15)
        assert sol.multiplier == pytest.approx(2.0 * (c - t), rel=1e-15)
    ridge = penalized(loss, norm="l2", strength=2.0)
    assert ridge.point[0] == pytest.approx(c / 2.0, rel=1e-15)  # 2c/(2 + 2)
    lasso = penalized(loss, norm="l1", strength=c)  # w = (2c − c)/2
    assert lasso.point[0] == pytest.approx(c / 2.0, rel=1e-15)


@pytest.mark.parametrize("exponent", [-300, 300])
def test_paths_and_batches_at_extreme_scales(rng: np.random.Generator, exponent: int) -> None:
    s = 10.0**exponent
    hessian, center = random_problem(rng, 3, condition=10.0)
    one = Quadratic(center=center, hessian=hessian)
    big = Quadratic(center=s * center, hessian=hessian)
    np.testing.assert_allclose(lasso_path(big).knots, s * lasso_path(one).knots, rtol=1e-12)
    strengths = np.array([0.0, 0.5, 2.0, 1e300])
    np.testing.assert_allclose(ridge_path(big, strengths), s * ridge_path(one, strengths),
                               rtol=1e-12, atol=0.0)
    centers = s * rng.uniform(-3, 3, (50, 2))
    d, q = np.array([1.0, 5.0]), np.linalg.qr(rng.standard_normal((2, 2)))[0]
    for norm in ("l1", "l2"):
        points, multipliers = constrained_2d(centers, eigenvalues=d, eigenvectors=q, norm=norm,
                                             radius=s)
        for k in range(0, 50, 7):
            sol = constrained(Quadratic(center=centers[k], eigenvalues=d, eigenvectors=q),
                              norm=norm, radius=s)
            np.testing.assert_allclose(points[k], sol.point, rtol=1e-12, atol=1e-12 * s)
