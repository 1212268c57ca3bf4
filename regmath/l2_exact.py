r"""Exact zeros of ridge in 2D, decided in rational arithmetic.

The eigenbasis solvers of `regmath.l2` round: where ridge's path crosses an
axis, the weight that is exactly zero comes out as ±1e-16 and a scene would
call it "not exactly zero". In 2D the question is decided exactly here.

Every double is a rational number, so the data ŵ, H, t, ρ are rationals
(`fractions.Fraction`, exact). In 2D, adj(H + ρI) = adj(H) + ρI and
adj(H)·H = det(H)·I, hence

    w(ρ) = (H + ρI)⁻¹ H ŵ = (a + ρ b) / D(ρ),
    a = det(H) ŵ,  b = H ŵ,  D(ρ) = det(H) + ρ tr(H) + ρ²

(the same numerators as `regmath.paths.ridge_numerators`, here without
rounding). The numerator of weight i is linear in ρ, so w_i(ρ) = 0 exactly at
the one rational ρ_i = −a_i / b_i (when b_i ≠ 0), and there w(ρ_i) is a
rational point with w_i = 0. Two exact tests follow:

* penalized, min f(w) + (ρ/2)‖w‖₂²: weight i is exactly 0 iff ρ = ρ_i;
* constrained, min f(w) s.t. ‖w‖₂ ≤ t: for Hŵ ≠ 0, ‖w(ρ)‖ is strictly
  decreasing on ρ > 0, so the multiplier ρ* = μ/t is the unique root of
  ‖w(ρ)‖ = t; weight i of w* is exactly 0 iff ρ_i > 0 and
  ‖w(ρ_i)‖₂² = t², a comparison of two rationals. Then ρ* = ρ_i, and the
  constraint is active (t = ‖w(ρ_i)‖ < ‖P_range ŵ‖ = lim_{ρ→0} ‖w(ρ)‖).

When a test holds, every field of the solution is the correctly rounded value
of its exact rational (CPython's int/int division rounds correctly): the zero
weight is exactly 0.0, the other weight is ±t (constrained) or
(a_j + ρ b_j)/D(ρ) (penalized), the multiplier, the loss and ∇f = −ρ w*
(from (H + ρI) w* = Hŵ) are each rounded once. When no test holds, these
functions return None and the eigenbasis answer stands: its weights are then
truly nonzero. Its error is about eps·‖w*‖ absolute, which would make the
leading digits of a tiny weight wrong (ŵ one ulp off a ray: −3.27e-16 for the
true −1.48e-16); so where one weight is below `SMALL_WEIGHT_SHARE` of the
other, `refine_small_weight_constrained` refines ρ by Newton's method on the
polynomial ‖a + ρb‖² − t²D(ρ)² in rationals and evaluates w(ρ) there, and
`refine_small_weight_ridge` evaluates w(ρ) at the given rational ρ.

Scope: 2D only, for a dense H as given (the symmetrized matrix
`Quadratic.hessian`) or a factored H whose eigenvectors are signed unit
vectors (then `Quadratic.hessian` is that H exactly). A factored H with a
general rotation Q has irrational entries; its exact zeros are not decided
here. In n > 2 the numerators are polynomials of degree n − 1 in ρ (ridge
crossings are roots of such polynomials, generally irrational), and no scene
or claim states an exact zero of ridge beyond 2D, so n > 2 is left to the
eigenbasis solver.
"""

from __future__ import annotations

import math
from fractions import Fraction
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from regmath.solution import Solution

if TYPE_CHECKING:
    from regmath.quadratic import Quadratic

__all__ = ["ExactRidgeLine", "ExactCrossing", "exact_ridge_line", "exact_crossings",
           "exact_ridge_zero", "exact_constrained_zero", "refine_small_weight_constrained",
           "refine_small_weight_ridge", "SMALL_WEIGHT_SHARE"]

#: Distinct losses whose rational ridge data are kept: a sweep re-solves one loss
#: at many radii or strengths, and the rational work is per loss, not per call.
_CACHE_SIZE = 256


class ExactRidgeLine(NamedTuple):
    """Ridge's 2D path w(ρ) = (a + ρ b) / (det + ρ·trace + ρ²), all exact rationals."""

    center: tuple[Fraction, Fraction]
    hessian: tuple[tuple[Fraction, Fraction], tuple[Fraction, Fraction]]
    a: tuple[Fraction, Fraction]
    b: tuple[Fraction, Fraction]
    det: Fraction
    trace: Fraction

    def numerator(self, i: int, rho: Fraction) -> Fraction:
        """a_i + ρ b_i, the numerator of w_i(ρ)."""
        return self.a[i] + rho * self.b[i]

    def denominator(self, rho: Fraction) -> Fraction:
        """D(ρ) = det(H + ρI) = det(H) + ρ tr(H) + ρ² (> 0 for ρ > 0, H ⪰ 0)."""
        return self.det + rho * (self.trace + rho)

    def level(self, point: tuple[Fraction, Fraction]) -> Fraction:
        """f(w) = ½ (w − ŵ)ᵀ H (w − ŵ), exactly."""
        e0, e1 = point[0] - self.center[0], point[1] - self.center[1]
        (h00, h01), (_, h11) = self.hessian
        return (h00 * e0 * e0 + 2 * h01 * e0 * e1 + h11 * e1 * e1) / 2


class ExactCrossing(NamedTuple):
    """Where ridge's weight ``index`` is exactly 0: at ρ = ``strength`` > 0, at the
    point whose other weight (index 1 − ``index``) is ``value``, with ‖w‖² = ``norm2``."""

    index: int
    strength: Fraction
    value: Fraction
    norm2: Fraction


def _exactly_representable(loss: Quadratic) -> bool:
    """Whether `Quadratic.hessian` is the H the loss means, entry for entry (see module)."""
    if loss.dim != 2:
        return False
    if not loss.factored:
        return True
    q = loss.eigenvectors
    return bool(np.all((q == 0.0) | (np.abs(q) == 1.0)))


@lru_cache(maxsize=_CACHE_SIZE)
def _line(c0: float, c1: float, h00: float, h01: float, h11: float
          ) -> tuple[ExactRidgeLine, tuple[ExactCrossing, ...]]:
    """The rational path and its crossings for one loss (cached: see `_CACHE_SIZE`)."""
    c = (Fraction(c0), Fraction(c1))
    f00, f01, f11 = Fraction(h00), Fraction(h01), Fraction(h11)
    det = f00 * f11 - f01 * f01
    b = (f00 * c[0] + f01 * c[1], f01 * c[0] + f11 * c[1])
    line = ExactRidgeLine(c, ((f00, f01), (f01, f11)), (det * c[0], det * c[1]), b, det,
                          f00 + f11)
    return line, _crossings(line)


def exact_ridge_line(loss: Quadratic) -> ExactRidgeLine | None:
    r"""Ridge's 2D path w(ρ) = (det(H)ŵ + ρ Hŵ) / det(H + ρI) in exact rationals.

    Returns None when the loss is not 2D or its H is not exactly
    `Quadratic.hessian` (a factored H with a general rotation); see the module
    docstring for the formula (2D adjugate identity).
    """
    if not _exactly_representable(loss):
        return None
    (h00, h01), (_, h11) = loss.hessian.tolist()
    c0, c1 = loss.center.tolist()
    return _line(c0, c1, h00, h01, h11)[0]


def _crossings(line: ExactRidgeLine) -> tuple[ExactCrossing, ...]:
    out = []
    for i in (0, 1):
        if line.b[i] == 0:
            continue
        rho = -line.a[i] / line.b[i]
        if rho <= 0:
            continue
        j = 1 - i
        value = line.numerator(j, rho) / line.denominator(rho)
        if value != 0:
            out.append(ExactCrossing(i, rho, value, value * value))
    return tuple(out)


def exact_crossings(loss: Quadratic) -> tuple[ExactCrossing, ...]:
    r"""The strengths ρ_i > 0 where ridge's weight i is exactly 0, in 2D.

    ρ_i = −a_i / b_i with a = det(H)ŵ, b = Hŵ (exact rationals), kept when
    ρ_i > 0 and the other weight is nonzero there. Empty when there is none,
    or when `exact_ridge_line` does not apply.
    """
    if not _exactly_representable(loss):
        return ()
    (h00, h01), (_, h11) = loss.hessian.tolist()
    c0, c1 = loss.center.tolist()
    return _line(c0, c1, h00, h01, h11)[1]


def _to_float(value: Fraction) -> float:
    """The double nearest ``value`` (correctly rounded), ±inf beyond the doubles."""
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


def _solution(line: ExactRidgeLine, crossing: ExactCrossing, point: tuple[Fraction, Fraction],
              *, radius: float, strength: float, multiplier: Fraction) -> Solution:
    rho = crossing.strength
    normal = [0.0, 0.0]
    normal[1 - crossing.index] = math.copysign(1.0, crossing.value)
    return Solution(
        norm="l2",
        point=np.array([_to_float(x) for x in point]),
        level=_to_float(line.level(point)),
        gradient=np.array([_to_float(-rho * x) for x in point]),  # (H + ρI)w = Hŵ
        normal=np.array(normal),
        multiplier=_to_float(multiplier),
        radius=radius,
        strength=strength,
        active=True,
        unique=True,
    )


def _point(crossing: ExactCrossing) -> tuple[Fraction, Fraction]:
    point = [Fraction(0), Fraction(0)]
    point[1 - crossing.index] = crossing.value
    return point[0], point[1]


def exact_ridge_zero(loss: Quadratic, strength: float) -> Solution | None:
    r"""Ridge's solution at ``strength`` = ρ when one weight is exactly 0 there, else None.

    Exact test (2D, module docstring): ρ equals a crossing ρ_i as rationals.
    Then w* = (0, w_j) or (w_j, 0) with w_j = (a_j + ρ b_j)/D(ρ) correctly
    rounded, ∇f(w*) = −ρ w*, the multiplier ρ‖w*‖₂ and ‖w*‖₂ = |w_j|, each
    rounded once from its rational.
    """
    if strength <= 0.0:
        return None
    rho = Fraction(strength)
    for crossing in exact_crossings(loss):
        if crossing.strength == rho:
            line = exact_ridge_line(loss)
            assert line is not None
            size = abs(crossing.value)
            return _solution(line, crossing, _point(crossing), radius=_to_float(size),
                             strength=float(strength), multiplier=rho * size)
    return None


def exact_constrained_zero(loss: Quadratic, radius: float) -> Solution | None:
    r"""The solution of min f(w) s.t. ‖w‖₂ ≤ t when one weight of w* is exactly 0, else None.

    Exact test (2D, module docstring): some crossing ρ_i > 0 has
    ‖w(ρ_i)‖₂² = t² as rationals. Then w* = ±t e_j exactly, the multiplier
    is μ = ρ_i t, the equivalent ridge strength ρ_i, both correctly rounded.
    """
    if radius <= 0.0:
        return None
    t = Fraction(radius)
    for crossing in exact_crossings(loss):
        if crossing.norm2 == t * t:
            line = exact_ridge_line(loss)
            assert line is not None
            return _solution(line, crossing, _point(crossing), radius=float(radius),
                             strength=_to_float(crossing.strength),
                             multiplier=crossing.strength * t)
    return None


#: A weight below this share of the larger one is recomputed from the rational path:
#: the eigenbasis gives it only to about eps·‖w*‖ absolute, so its leading digits
#: (shown on screen as "−3.27×10⁻¹⁶") would be wrong there.
SMALL_WEIGHT_SHARE = 2.0**-20
#: Bits kept of ρ between Newton steps; three steps from a double's ρ give far more.
NEWTON_BITS = 320
NEWTON_STEPS = 3


def _rounded(value: Fraction, bits: int) -> Fraction:
    """``value`` rounded to ``bits`` significant bits (a dyadic rational), to bound sizes."""
    if value == 0:
        return value
    shift = bits - (abs(value.numerator).bit_length() - value.denominator.bit_length())
    return Fraction(round(value * Fraction(2) ** shift)) / Fraction(2) ** shift


def _has_small_weight(point: np.ndarray) -> bool:
    big = float(np.max(np.abs(point)))
    return big > 0.0 and float(np.min(np.abs(point))) <= SMALL_WEIGHT_SHARE * big


def _with_point(solution: Solution, point: tuple[Fraction, Fraction], rho: Fraction, *,
                radius: float, strength: float, multiplier: Fraction) -> Solution:
    size = math.hypot(*(float(x) for x in point))
    w = np.array([_to_float(x) for x in point])
    return Solution(norm="l2", point=w, level=solution.level,
                    gradient=np.array([_to_float(-rho * x) for x in point]),
                    normal=w / size if size > 0.0 else solution.normal,
                    multiplier=_to_float(multiplier), radius=radius, strength=strength,
                    active=solution.active, unique=solution.unique)


def refine_small_weight_ridge(loss: Quadratic, strength: float, solution: Solution) -> Solution:
    r"""Ridge's w*(ρ) with a near-zero weight computed exactly, in 2D.

    Where one weight of the eigenbasis answer is below `SMALL_WEIGHT_SHARE` of
    the other (ρ near, not at, a crossing), w(ρ) = (a + ρ b)/D(ρ) is evaluated
    in rationals and each weight correctly rounded; other answers are returned
    unchanged.
    """
    line = exact_ridge_line(loss)
    if line is None or strength <= 0.0 or not _has_small_weight(solution.point):
        return solution
    rho = Fraction(strength)
    den = line.denominator(rho)
    point = (line.numerator(0, rho) / den, line.numerator(1, rho) / den)
    size = _to_float(sum(x * x for x in point))
    return _with_point(solution, point, rho, radius=math.sqrt(size), strength=strength,
                       multiplier=rho * Fraction(math.sqrt(size)))


def refine_small_weight_constrained(loss: Quadratic, radius: float,
                                    solution: Solution) -> Solution:
    r"""The constrained w* with a near-zero weight computed to full relative accuracy, in 2D.

    Where one weight of the eigenbasis answer is below `SMALL_WEIGHT_SHARE` of
    the other, the multiplier ρ is refined by Newton's method on the
    polynomial g(ρ) = ‖a + ρ b‖² − t² D(ρ)² (its root is the secular root; g' < 0
    there because ‖w(ρ)‖ decreases), in rational arithmetic rounded to
    `NEWTON_BITS` bits, from the double ρ = μ/t: three quadratically convergent
    steps give ρ to far beyond double precision. Then w = (a + ρ b)/D(ρ) is
    rounded once per weight, so the small weight has correct leading digits
    (the eigenbasis gives it only to about eps·t absolute). Other answers are
    returned unchanged.
    """
    line = exact_ridge_line(loss)
    if (line is None or not solution.active or radius <= 0.0
            or not math.isfinite(solution.strength) or solution.strength <= 0.0
            or not _has_small_weight(solution.point)):
        return solution
    t2 = Fraction(radius) ** 2
    rho = Fraction(solution.strength)
    for _ in range(NEWTON_STEPS):
        n0, n1, den = line.numerator(0, rho), line.numerator(1, rho), line.denominator(rho)
        g = n0 * n0 + n1 * n1 - t2 * den * den
        slope = 2 * (n0 * line.b[0] + n1 * line.b[1]) - 2 * t2 * den * (line.trace + 2 * rho)
        if g == 0 or slope == 0:
            break
        rho = _rounded(rho - g / slope, NEWTON_BITS)
    den = line.denominator(rho)
    point = (line.numerator(0, rho) / den, line.numerator(1, rho) / den)
    return _with_point(solution, point, rho, radius=float(radius),
                       strength=_to_float(rho), multiplier=rho * Fraction(radius))
