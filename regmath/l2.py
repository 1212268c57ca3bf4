r"""L2: the ball ‖w‖₂ ≤ t and ridge, solved in the eigenbasis of H.

With H = Q diag(d) Qᵀ, b = Qᵀŵ and β = d ∘ b = Qᵀ H ŵ, ridge
min ½ (w − ŵ)ᵀ H (w − ŵ) + (ρ/2)‖w‖₂² has the closed form
Qᵀw(ρ) = β / (d + ρ). The constrained problem min f(w) s.t. ‖w‖₂ ≤ t is
ridge at the ρ > 0 solving the secular equation ‖β / (d + ρ)‖₂ = t, whose
constraint multiplier is λ = ρ t. Because the linear term Hŵ lies in
range(H), the trust-region "hard case" cannot occur: β vanishes wherever d
does.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from regmath.l2_exact import (exact_constrained_zero, exact_ridge_zero,
                              refine_small_weight_constrained, refine_small_weight_ridge)
from regmath.solution import Solution, UnitAnswer, finish

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from regmath.quadratic import Quadratic

__all__ = ["constrained_l2", "ridge", "secular_multiplier", "SECULAR_MAX_ITER", "TINY_RADIUS"]

#: Safeguarded Newton on 1/‖w(ρ)‖ converges quadratically; this only bounds a
#: pathological input (bisection alone needs at most ~1100 halvings of a double).
SECULAR_MAX_ITER = 2000
EPS = float(np.finfo(float).eps)
#: Up to this many weights the secular sums are evaluated in plain Python floats.
SMALL_DIM = 8
#: A radius below this times max|ŵ| is solved at this radius and the point
#: scaled down (the direction of w* converges as t → 0); tinier radii would make
#: subnormal numbers on the unit scale.
TINY_RADIUS = 2.0**-600


def secular_multiplier(beta: NDArray[np.float64], d: NDArray[np.float64], radius: float) -> float:
    r"""The multiplier μ > 0 with ‖β / (t d + μ)‖₂ = 1, to the last bit.

    This is the secular equation ‖β / (d + ρ)‖ = t rewritten for μ = ρ t,
    the constraint multiplier: both sides are O(1) whatever the size of t, so
    nothing overflows or underflows as t → 0. Newton's method on
    ψ(μ) = 1 − 1/‖β/(t d + μ)‖ (convex and decreasing, so Newton from the
    left converges monotonically; Moré & Sorensen 1983), safeguarded by the
    bracket [0, ‖β‖] and bisection. Requires t > 0 and ‖β/d‖ > t over the
    components with β ≠ 0.
    """
    keep = beta != 0.0
    beta, scaled = beta[keep], radius * d[keep]
    beta_norm = math.sqrt(float(beta @ beta))
    # ‖β‖/(t·max d + μ) ≤ ‖β/(td + μ)‖ ≤ ‖β‖/(t·min d + μ) brackets the root:
    # ‖β‖ − t·max d ≤ μ* ≤ ‖β‖ − t·min d. Newton starts at the left end.
    lo = max(beta_norm - float(np.max(scaled)), 0.0)
    hi = min(beta_norm - float(np.min(scaled)), beta_norm)
    mu = lo
    terms = _secular_terms_small if beta.size <= SMALL_DIM else _secular_terms
    for _ in range(SECULAR_MAX_ITER):
        s, cubic = terms(beta, scaled, mu)
        if not math.isfinite(s):  # μ ≈ 0 with a tiny t: far left of the root, bisect
            lo, mu = mu, 0.5 * (mu + hi)
            continue
        norm = math.sqrt(s)
        psi = 1.0 - 1.0 / norm
        if psi > 0.0:
            lo = mu
        elif psi < 0.0:
            hi = mu
        else:
            return mu
        dpsi = -cubic / (s * norm)  # ψ'(μ) = −Σ β²/(td+μ)³ / ‖·‖³
        candidate = mu - psi / dpsi if dpsi < 0.0 else 0.5 * (lo + hi)
        if not lo < candidate < hi:
            candidate = 0.5 * (lo + hi)
        if candidate == mu or hi - lo <= 2.0 * EPS * hi:
            return candidate
        mu = candidate
    return mu


def _secular_terms(
    beta: NDArray[np.float64], scaled: NDArray[np.float64], mu: float
) -> tuple[float, float]:
    """Σ β²/(td+μ)² and Σ β²/(td+μ)³; infinite when td + μ underflows."""
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        inverse = 1.0 / (scaled + mu)
        ratio = beta * inverse
        square = ratio * ratio
        return float(np.sum(square)), float(square @ inverse)


def _secular_terms_small(
    beta: NDArray[np.float64], scaled: NDArray[np.float64], mu: float
) -> tuple[float, float]:
    """`_secular_terms` in plain floats: for a few weights numpy's call overhead dominates."""
    s = cubic = 0.0
    for b, sd in zip(beta.tolist(), scaled.tolist()):
        denominator = sd + mu
        if denominator == 0.0:
            return math.inf, math.inf
        square = (b / denominator) ** 2 if abs(b) < 1e150 * denominator else math.inf
        s += square
        cubic += square / denominator
    return s, cubic


def _level_at(d: NDArray[np.float64], b: NDArray[np.float64], mu: float, radius: float) -> float:
    """f(w*) = ½ Σ dᵢ (μ bᵢ / (t dᵢ + μ))² with b = Qᵀŵ, free of cancellation (ρ = μ/t)."""
    gap = mu * b / (radius * d + mu)  # dᵢ = 0 terms vanish below
    return 0.5 * float((d * gap) @ gap)


def _minimum_norm_minimizer(loss: Quadratic) -> NDArray[np.float64]:
    """P_range(H) ŵ: the smallest of the minimizers ŵ + null(H) of f (ŵ itself if H is regular)."""
    if not loss.singular:
        return np.array(loss.center)
    return loss.range_projection(loss.center)


def _unconstrained(loss: Quadratic, radius: float, *, strength: float,
                   unique: bool) -> UnitAnswer:
    point = _minimum_norm_minimizer(loss)
    n = loss.dim
    return UnitAnswer(point, 0.0, np.zeros(n), np.zeros(n), 0.0, radius, strength, False, unique)


def _boundary(
    direction: NDArray[np.float64],
    mu: float,
    radius: float,
    strength: float,
    level: float,
) -> UnitAnswer:
    """A solution on the sphere ‖w‖ = t, given u = w*/t (a unit vector up to rounding)."""
    point = radius * direction
    # For ridge ∇f(w) = H(w − ŵ) = −ρ w = −μ u exactly, which avoids forming H(w − ŵ).
    normal = direction / math.sqrt(float(direction @ direction))
    return UnitAnswer(point, level, -mu * direction, normal, mu, radius, strength, mu > 0.0, True)


def constrained_l2(loss: Quadratic, radius: float) -> Solution:
    r"""Solve min ½ (w − ŵ)ᵀ H (w − ŵ) subject to ‖w‖₂ ≤ t.

    Solved on the unit scale (`Quadratic.unit`); a radius below `TINY_RADIUS`
    times max|ŵ| is solved at that radius and the point scaled down (the
    direction of w* converges as t → 0, by far less than eps there).

    Exact zeros (2D): whether a weight of w* is exactly 0 is decided in
    rational arithmetic (`regmath.l2_exact.exact_constrained_zero`: ridge's
    path crosses the axis at a rational ρᵢ, and w(ρᵢ) lies on the circle
    ‖w‖₂ = t iff ‖w(ρᵢ)‖² = t² as rationals). When it is, that weight is
    exactly 0.0, the other is ±t, and the multiplier μ = ρᵢ t, the strength
    ρᵢ, f(w*) and ∇f(w*) are correctly rounded; otherwise no weight is zero.
    A weight that is not zero but tiny next to the other (below
    `regmath.l2_exact.SMALL_WEIGHT_SHARE`) is recomputed with the multiplier
    refined by Newton's method in rationals
    (`regmath.l2_exact.refine_small_weight_constrained`), so its leading digits
    are right too. In n > 2 the eigenbasis answer is returned as is (see
    `regmath.l2_exact` for why).
    """
    answer = _constrained_l2(loss, radius)
    if loss.dim == 2 and answer.active:
        exact = exact_constrained_zero(loss, float(radius))
        if exact is not None:
            return exact
        return refine_small_weight_constrained(loss, float(radius), answer)
    return answer


def _constrained_l2(loss: Quadratic, radius: float) -> Solution:
    """`constrained_l2` in the eigenbasis of H, without the exact-zero test."""
    unit, a, h = loss.unit()
    t = float(np.ldexp(radius, -a))
    if not 0.0 < t < TINY_RADIUS:
        return finish("l2", _constrained_unit(unit, t), a, h, strength_shift=h,
                      radius=float(radius))
    mantissa, exponent = np.frexp(radius)
    answer = _constrained_unit(unit, float(np.ldexp(mantissa, -600)))
    near = finish("l2", answer, a, h, strength_shift=h)
    point = np.ldexp(answer.point, int(exponent) + 600)  # from the unit scale: one rounding
    with np.errstate(over="ignore"):
        strength = float(np.float64(near.multiplier) / np.float64(radius))
    return Solution(norm="l2", point=point, level=float(loss.value(point)),
                    gradient=loss.gradient(point), normal=near.normal,
                    multiplier=near.multiplier, radius=float(radius), strength=strength,
                    active=near.active, unique=near.unique)


def _constrained_unit(loss: Quadratic, radius: float) -> UnitAnswer:
    d = loss.eigenvalues
    b = loss.eigenvectors.T @ loss.center
    beta = d * b
    inside = float(np.linalg.norm(b[d > 0.0]))  # ‖P_range ŵ‖
    if inside <= radius:
        # Another minimizer inside the ball exists iff null(H) is nontrivial and
        # the smallest minimizer lies strictly inside.
        return _unconstrained(loss, radius, strength=0.0,
                              unique=not loss.singular or inside == radius)
    n = loss.dim
    if radius == 0.0:
        # w* = 0; the smallest multiplier with −∇f(0) = Hŵ ∈ λ·(unit ball) is ‖Hŵ‖₂.
        hc = loss.eigenvectors @ beta
        multiplier = float(np.linalg.norm(beta))
        normal = hc / multiplier
        return UnitAnswer(np.zeros(n), float(loss.value(np.zeros(n))), -hc, normal, multiplier,
                          0.0, float("inf"), True, True)
    mu = secular_multiplier(beta, d, radius)
    direction = loss.eigenvectors @ np.divide(
        beta, radius * d + mu, out=np.zeros_like(d), where=beta != 0.0
    )
    return _boundary(direction, mu, radius, mu / radius, _level_at(d, b, mu, radius))


def ridge(loss: Quadratic, strength: float) -> Solution:
    r"""Solve min ½ (w − ŵ)ᵀ H (w − ŵ) + (ρ/2)‖w‖₂² for ρ = ``strength`` ≥ 0.

    Qᵀw = β / (d + ρ) with β = d ∘ Qᵀŵ, evaluated with d and ρ scaled by one
    power of two so that the larger of max d and ρ is about 1: nothing
    overflows or underflows before the one final rescaling of each field.

    Exact zeros (2D): when ρ equals, as a rational, the strength ρᵢ = −aᵢ/bᵢ
    where weight i of ridge's path w(ρ) = (det(H)ŵ + ρHŵ)/det(H + ρI) is 0
    (`regmath.l2_exact.exact_ridge_zero`), w*ᵢ is exactly 0.0 and every other
    field is the correctly rounded value of its rational; at any other ρ no
    weight is zero, and a tiny one is evaluated in rationals
    (`regmath.l2_exact.refine_small_weight_ridge`) so its leading digits are
    right. In n > 2 the eigenbasis answer is returned as is (see `regmath.l2_exact`).
    """
    answer = _ridge(loss, strength)
    if loss.dim == 2 and answer.active:
        exact = exact_ridge_zero(loss, float(strength))
        if exact is not None:
            return exact
        return refine_small_weight_ridge(loss, float(strength), answer)
    return answer


def _ridge(loss: Quadratic, strength: float) -> Solution:
    """`ridge` in the eigenbasis of H, without the exact-zero test."""
    unit, a, h = loss.unit()
    if strength == 0.0:
        point = _minimum_norm_minimizer(unit)
        answer = _unconstrained(unit, float(np.linalg.norm(point)), strength=0.0,
                                unique=not unit.singular)
        return finish("l2", answer, a, h, strength_shift=h, strength=0.0)
    # ρ = 2^(h+k) ρₖ with ρₖ ≤ 1 and dₖ = d̂ 2^−k: z = β̂ 2^−k / (dₖ + ρₖ)... scaled so
    # that w = 2^(a−k) Q (β̂ / (dₖ + ρₖ)) rounds once.
    k = max(int(np.frexp(strength)[1]) - h, 0)
    rho = float(np.ldexp(strength, -h - k))
    d = np.ldexp(unit.eigenvalues, -k)
    b = unit.eigenvectors.T @ unit.center
    beta = unit.eigenvalues * b
    z = np.divide(beta, d + rho, out=np.zeros_like(d), where=beta != 0.0)
    direction_scaled = unit.eigenvectors @ z  # = w 2^(k−a)
    size = float(np.linalg.norm(direction_scaled))
    n = loss.dim
    if size == 0.0:  # Hŵ = 0: w* = 0, the only minimizer since ρ > 0
        return Solution(norm="l2", point=np.zeros(n), level=float(loss.value(np.zeros(n))),
                        gradient=np.zeros(n), normal=np.zeros(n), multiplier=0.0, radius=0.0,
                        strength=float(strength), active=False, unique=True)
    unit_direction = direction_scaled / size
    gap = rho * b / (d + rho)  # Qᵀ(ŵ − w) on the unit scale
    level = 0.5 * float((unit.eigenvalues * gap) @ gap)
    with np.errstate(over="ignore", under="ignore"):  # +inf only beyond the doubles
        return _ridge_solution(direction_scaled, unit_direction, rho, size, level, a, h, k,
                               strength)


def _ridge_solution(direction_scaled: NDArray[np.float64], unit_direction: NDArray[np.float64],
                    rho: float, size: float, level: float, a: int, h: int, k: int,
                    strength: float) -> Solution:
    """Ridge's fields from the unit scale, each rescaled once (see `ridge`)."""
    return Solution(
        norm="l2",
        point=np.ldexp(direction_scaled, a - k),
        level=float(np.ldexp(level, 2 * a + h)),
        gradient=np.ldexp(-rho * direction_scaled, a + h),
        normal=unit_direction / math.sqrt(float(unit_direction @ unit_direction)),
        multiplier=float(np.ldexp(rho * size, a + h)),
        radius=float(np.ldexp(size, a - k)),
        strength=float(strength),
        active=True,
        unique=True,
    )
