"""Ridge's exact zeros in 2D (regmath.l2_exact, through regmath.l2's solvers).

On-ray cases are built from rationals: pick w* = ±t e_j on an axis, a strength
ρ > 0 and an H with dyadic entries and a power-of-two determinant, and set
ŵ = H⁻¹(H + ρI) w*, so that every datum is a double and w* is exactly the
ridge solution at ρ and the L2-constrained solution at t. Near-ray cases move
ŵ by a few ulp: the zero is then not exact and must not be snapped. Every
case is compared with a 50-digit mpmath reference (tests/references.py).
"""

from __future__ import annotations

import itertools
import math
from fractions import Fraction

import mpmath
import numpy as np
import pytest

from regmath import Quadratic
from regmath.l2 import _constrained_l2, constrained_l2, ridge
from regmath.l2_exact import exact_crossings, exact_ridge_line
from tests.references import DIGITS, l2_by_secular, mp_hessian

EPS = float(np.finfo(float).eps)

#: Dyadic symmetric positive definite H with det a power of two (so H⁻¹ is dyadic),
#: both signs of the off-diagonal entry.
HESSIANS = [
    ((2.0, 1.0), (1.0, 1.0)),      # det 1
    ((2.0, -1.0), (-1.0, 1.0)),    # det 1
    ((3.0, 1.0), (1.0, 1.0)),      # det 2
    ((1.0, -0.5), (-0.5, 0.5)),    # det 1/4
    ((5.0, 1.0), (1.0, 1.0)),      # det 4
    ((1.0, 1.0), (1.0, 5.0)),      # det 4
    ((0.75, 0.25), (0.25, 0.75)),  # det 1/2
]
RADII = (1.0, 0.5, 2.0, 0.375)
STRENGTHS = (1.0, 0.25, 3.0)


def on_ray_case(hessian, axis: int, sign: float, radius: float, strength: float
                ) -> tuple[tuple[float, float], tuple[float, float]]:
    """(ŵ, w*) with ŵ = H⁻¹(H + ρI)w* = w* + ρ H⁻¹ w*, w* = sign·t·e_axis, all exact."""
    (h00, h01), (_, h11) = [[Fraction(x) for x in row] for row in hessian]
    det = h00 * h11 - h01 * h01
    inverse = ((h11 / det, -h01 / det), (-h01 / det, h00 / det))
    w = [Fraction(0), Fraction(0)]
    w[axis] = Fraction(sign) * Fraction(radius)
    rho = Fraction(strength)
    center = [w[i] + rho * (inverse[i][0] * w[0] + inverse[i][1] * w[1]) for i in (0, 1)]
    for x in center:
        assert Fraction(float(x)) == x, "the construction must give doubles"
    return (float(center[0]), float(center[1])), (float(w[0]), float(w[1]))


CASES = [(h, axis, sign, t, rho)
         for h, axis, sign, t, rho in itertools.product(HESSIANS, (0, 1), (1.0, -1.0), RADII,
                                                        STRENGTHS)]


def _quadrant(center: tuple[float, float]) -> tuple[bool, bool]:
    return center[0] > 0.0, center[1] > 0.0


def test_the_family_reaches_every_quadrant_and_both_axes() -> None:
    """The on-ray family is not one-sided: ŵ in all four quadrants, w* on both axes."""
    seen = {(_quadrant(on_ray_case(h, a, s, t, r)[0]), a)
            for h, a, s, t, r in CASES}
    assert {q for q, _ in seen} == set(itertools.product((False, True), repeat=2))
    assert {a for _, a in seen} == {0, 1}


def _ridge_reference(hessian, center, strength: float) -> list[mpmath.mpf]:
    with mpmath.workdps(DIGITS):
        h = mp_hessian(np.asarray(hessian, dtype=float))
        c = mpmath.matrix([[mpmath.mpf(x)] for x in center])
        shifted = h + mpmath.mpf(strength) * mpmath.eye(2)
        w = mpmath.lu_solve(shifted, h * c)
        return [w[0], w[1]]


def test_the_lecturers_example_is_exact() -> None:
    """ŵ = (−1, 3), H = ((2, 1), (1, 1)), t = 1: w* = (0, 1) with ρ = μ/t = 1 (Hŵ = (1, 2);
    w₁'s numerator is ρ − 1). The eigenbasis alone gives w₁* = −1.05e-16."""
    loss = Quadratic(center=[-1.0, 3.0], hessian=[[2.0, 1.0], [1.0, 1.0]])
    assert _constrained_l2(loss, 1.0).point[0] != 0.0  # the bug this guards against
    sol = constrained_l2(loss, 1.0)
    assert sol.point.tolist() == [0.0, 1.0]
    assert sol.zero_weights == (0,)
    assert (sol.multiplier, sol.strength, sol.level) == (1.0, 1.0, 1.0)
    assert sol.gradient.tolist() == [0.0, -1.0] and sol.normal.tolist() == [0.0, 1.0]
    assert sol.active and sol.unique
    pen = ridge(loss, 1.0)
    assert pen.point.tolist() == [0.0, 1.0]
    assert (pen.radius, pen.multiplier, pen.level) == (1.0, 1.0, 1.0)
    crossings = exact_crossings(loss)
    assert [(c.index, c.strength) for c in crossings] == [(0, Fraction(1))]


@pytest.mark.parametrize(("hessian", "axis", "sign", "radius", "strength"), CASES)
def test_on_ray_constrained_is_exact(hessian, axis, sign, radius, strength) -> None:
    center, point = on_ray_case(hessian, axis, sign, radius, strength)
    loss = Quadratic(center=list(center), hessian=[list(r) for r in hessian])
    sol = constrained_l2(loss, radius)
    assert sol.point.tolist() == list(point)  # 0.0 exactly, and ±t exactly
    assert sol.zero_weights == (1 - axis,)
    assert sol.strength == strength and sol.multiplier == strength * radius
    ref = l2_by_secular(mp_hessian(np.asarray(hessian)), center, radius)
    assert abs(sol.point - ref.point).max() <= 1e-40
    assert sol.multiplier == ref.multiplier
    assert sol.level == ref.level
    np.testing.assert_array_equal(sol.gradient, -strength * np.asarray(point))


@pytest.mark.parametrize(("hessian", "axis", "sign", "radius", "strength"), CASES)
def test_on_ray_ridge_is_exact(hessian, axis, sign, radius, strength) -> None:
    center, point = on_ray_case(hessian, axis, sign, radius, strength)
    loss = Quadratic(center=list(center), hessian=[list(r) for r in hessian])
    sol = ridge(loss, strength)
    assert sol.point.tolist() == list(point)
    assert sol.radius == radius and sol.multiplier == strength * radius
    ref = _ridge_reference(hessian, center, strength)
    assert abs(float(ref[1 - axis])) <= 1e-40  # 50 digits: zero up to its own rounding
    assert float(ref[axis]) == point[axis]
    # One ulp away from the crossing strength, the weight is not zero.
    assert ridge(loss, math.nextafter(strength, math.inf)).point[1 - axis] != 0.0


@pytest.mark.parametrize("scale", [-700, -300, 300, 700])
def test_on_ray_is_exact_at_extreme_scales(scale: int) -> None:
    """ŵ, t scaled by 2^k and H by 2^m (ρ by 2^m): still exact, nothing under/overflows."""
    center, point = on_ray_case(HESSIANS[0], 1, -1.0, 1.0, 1.0)
    m = -scale // 3
    loss = Quadratic(center=np.ldexp(center, scale), hessian=np.ldexp(HESSIANS[0], m))
    radius = math.ldexp(1.0, scale)
    sol = constrained_l2(loss, radius)
    assert sol.point.tolist() == np.ldexp(point, scale).tolist()
    assert sol.strength == math.ldexp(1.0, m)
    pen = ridge(loss, math.ldexp(1.0, m))
    assert pen.point.tolist() == np.ldexp(point, scale).tolist()


NEAR = [(h, axis, sign, ulps) for h, axis, sign, ulps in itertools.product(
    HESSIANS[:4], (0, 1), (1.0, -1.0), (-3, -1, 1, 2))]


def _nudged(center: tuple[float, float], ulps: int, coordinate: int) -> list[float]:
    out = list(center)
    for _ in range(abs(ulps)):
        out[coordinate] = math.nextafter(out[coordinate], math.copysign(math.inf, ulps))
    return out


@pytest.mark.parametrize(("hessian", "axis", "sign", "ulps"), NEAR)
def test_near_ray_does_not_snap(hessian, axis, sign, ulps) -> None:
    """ŵ a few ulp off the on-ray data: the weight is tiny but not 0; it is kept, with
    its leading digits right (the eigenbasis alone was off by ~eps·t absolute, i.e. by
    100% here: −3.27e-16 for −1.48e-16), against the 50-digit reference."""
    center, _ = on_ray_case(hessian, axis, sign, 1.0, 1.0)
    nudged = _nudged(center, ulps, 1 - axis)
    loss = Quadratic(center=nudged, hessian=[list(r) for r in hessian])
    assert all(c.norm2 != 1 for c in exact_crossings(loss))
    sol = constrained_l2(loss, 1.0)
    ref = l2_by_secular(mp_hessian(np.asarray(hessian)), nudged, 1.0)
    small = 1 - axis
    assert ref.point[small] != 0.0 and sol.point[small] != 0.0
    assert abs(sol.point[small] - ref.point[small]) <= 1e-12 * abs(ref.point[small])
    assert abs(sol.point - ref.point).max() <= 2 * EPS
    assert abs(sol.multiplier - ref.multiplier) <= 2 * EPS


@pytest.mark.parametrize(("hessian", "axis", "sign", "ulps"), NEAR)
def test_near_crossing_ridge_keeps_its_tiny_weight_right(hessian, axis, sign, ulps) -> None:
    """ρ a few ulp from the crossing strength: w_i(ρ) is tiny, nonzero, and correct to the
    50-digit reference in its leading digits."""
    center, _ = on_ray_case(hessian, axis, sign, 1.0, 1.0)
    loss = Quadratic(center=list(center), hessian=[list(r) for r in hessian])
    strength = 1.0
    for _ in range(abs(ulps)):
        strength = math.nextafter(strength, math.copysign(math.inf, ulps))
    sol = ridge(loss, strength)
    ref = _ridge_reference(hessian, center, strength)
    small = 1 - axis
    assert sol.point[small] != 0.0
    assert abs(sol.point[small] - float(ref[small])) <= 1e-12 * abs(float(ref[small]))
    assert sol.point[axis] == float(ref[axis])


def test_the_crossing_strength_is_exact_and_none_elsewhere() -> None:
    """ρ₁ = −a₁/b₁ as a rational, not a rounded quotient: (a, b) = (det·ŵ, Hŵ)."""
    loss = Quadratic(center=[-1.0, 3.1], hessian=[[2.0, 1.0], [1.0, 1.0]])
    line = exact_ridge_line(loss)
    assert line is not None
    rho = exact_crossings(loss)[0].strength
    # w₁(ρ) ∝ det(H)·ŵ₁ + ρ(Hŵ)₁ = −1 + ρ(3.1 − 2), with 3.1 the double nearest 3.1.
    assert rho == 1 / (Fraction(3.1) - 2)
    assert line.numerator(0, rho) == 0
    # ρ₁ is not a double here, so no double strength makes the weight exactly zero.
    assert Fraction(float(rho)) != rho
    assert ridge(loss, float(rho)).point[0] != 0.0


def test_out_of_scope_losses_are_left_to_the_eigenbasis() -> None:
    """A rotated factored H (irrational entries) and n > 2 are not decided here."""
    rotated = Quadratic(center=[-1.0, 3.0], eigenvalues=[3.0, 1.0], angle=0.3)
    assert exact_ridge_line(rotated) is None
    np.testing.assert_array_equal(constrained_l2(rotated, 1.0).point,
                                  _constrained_l2(rotated, 1.0).point)
    axis_factored = Quadratic(center=[0.0, 3.0], eigenvalues=[2.0, 1.0], angle=0.0)
    assert exact_ridge_line(axis_factored) is not None
    three = Quadratic(center=[-1.0, 3.0, 0.5], hessian=np.diag([2.0, 1.0, 1.0]))
    np.testing.assert_array_equal(constrained_l2(three, 1.0).point,
                                  _constrained_l2(three, 1.0).point)
