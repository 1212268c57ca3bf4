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

from typing import TYPE_CHECKING

import numpy as np

from regmath.solution import Solution

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from regmath.quadratic import Quadratic

__all__ = ["constrained_l2", "ridge", "secular_root", "SECULAR_MAX_ITER"]

#: Safeguarded Newton on 1/‖w(ρ)‖ converges quadratically; this only bounds a
#: pathological input (bisection alone needs at most ~1100 halvings of a double).
SECULAR_MAX_ITER = 2000


def _norm_at(beta: NDArray[np.float64], d: NDArray[np.float64], rho: float) -> float:
    return float(np.linalg.norm(beta / (d + rho)))


def secular_root(beta: NDArray[np.float64], d: NDArray[np.float64], radius: float) -> float:
    r"""The ρ > 0 with ‖β / (d + ρ)‖₂ = t, to the last bit.

    Newton's method on ψ(ρ) = 1/t − 1/‖β/(d + ρ)‖ (convex and decreasing, so
    Newton from the left converges monotonically; Moré & Sorensen 1983),
    safeguarded by a bracket and bisection. Requires t > 0 and
    ‖β/d‖ > t over the components with β ≠ 0.
    """
    keep = beta != 0.0
    beta, d = beta[keep], d[keep]
    lo, hi = 0.0, float(np.linalg.norm(beta)) / radius  # ‖β/(d+ρ)‖ ≤ ‖β‖/ρ ≤ t at hi
    rho = lo
    for _ in range(SECULAR_MAX_ITER):
        ratio = beta / (d + rho)
        s = float(ratio @ ratio)
        norm = np.sqrt(s)
        psi = 1.0 / radius - 1.0 / norm
        if psi > 0.0:
            lo = rho
        elif psi < 0.0:
            hi = rho
        else:
            return rho
        # ψ'(ρ) = −Σ β²/(d+ρ)³ / ‖·‖³
        dpsi = -float(ratio @ (ratio / (d + rho))) / (s * norm)
        step = -psi / dpsi
        candidate = rho + step
        if not lo < candidate < hi:
            candidate = 0.5 * (lo + hi)
        if candidate == rho or hi - lo <= 2.0 * np.finfo(float).eps * hi:
            return candidate
        rho = candidate
    return rho


def _ridge_point(loss: Quadratic, rho: float) -> NDArray[np.float64]:
    d = loss.eigenvalues
    beta = d * (loss.eigenvectors.T @ loss.center)
    return loss.eigenvectors @ np.divide(beta, d + rho, out=np.zeros_like(d), where=beta != 0.0)


def _level_at(loss: Quadratic, rho: float) -> float:
    """f(w(ρ)) = ½ Σ dᵢ ρ² bᵢ² / (dᵢ + ρ)², free of cancellation."""
    d = loss.eigenvalues
    b = loss.eigenvectors.T @ loss.center
    keep = d > 0.0
    gap = rho * b[keep] / (d[keep] + rho)
    return 0.5 * float(np.sum(d[keep] * gap * gap))


def _minimum_norm_minimizer(loss: Quadratic) -> NDArray[np.float64]:
    """P_range(H) ŵ: the smallest of the minimizers ŵ + null(H) of f (ŵ itself if H is regular)."""
    if not loss.singular:
        return np.array(loss.center)
    return loss.range_projection(loss.center)


def _unconstrained(loss: Quadratic, radius: float, *, unique: bool) -> Solution:
    point = _minimum_norm_minimizer(loss)
    n = loss.dim
    return Solution(
        norm="l2",
        point=point,
        level=0.0,
        gradient=np.zeros(n),
        normal=np.zeros(n),
        multiplier=0.0,
        radius=radius,
        strength=0.0,
        active=False,
        unique=unique,
        normal_cone=np.zeros((0, n)),
    )


def _boundary(loss: Quadratic, point: NDArray[np.float64], rho: float, radius: float) -> Solution:
    # For ridge ∇f(w) = H(w − ŵ) = −ρ w exactly, which avoids forming H(w − ŵ).
    gradient = -rho * point
    multiplier = rho * radius
    normal = point / radius
    return Solution(
        norm="l2",
        point=point,
        level=_level_at(loss, rho),
        gradient=gradient,
        normal=normal,
        multiplier=multiplier,
        radius=radius,
        strength=rho,
        active=multiplier > 0.0,
        unique=True,
        normal_cone=normal[np.newaxis, :],
    )


def constrained_l2(loss: Quadratic, radius: float) -> Solution:
    r"""Solve min ½ (w − ŵ)ᵀ H (w − ŵ) subject to ‖w‖₂ ≤ t."""
    d = loss.eigenvalues
    beta = d * (loss.eigenvectors.T @ loss.center)
    inside = float(np.linalg.norm(_minimum_norm_minimizer(loss)))
    if inside <= radius:
        # Another minimizer inside the ball exists iff null(H) is nontrivial and
        # the smallest minimizer lies strictly inside.
        return _unconstrained(loss, radius, unique=not loss.singular or inside == radius)
    n = loss.dim
    if radius == 0.0:
        # w* = 0; the smallest multiplier with −∇f(0) = Hŵ ∈ λ·(unit ball) is ‖Hŵ‖₂.
        hc = loss.eigenvectors @ beta
        multiplier = float(np.linalg.norm(beta))
        normal = hc / multiplier
        return Solution(
            norm="l2",
            point=np.zeros(n),
            level=float(loss.value(np.zeros(n))),
            gradient=-hc,
            normal=normal,
            multiplier=multiplier,
            radius=0.0,
            strength=float("inf"),
            active=True,
            unique=True,
            normal_cone=normal[np.newaxis, :],
        )
    rho = secular_root(beta, d, radius)
    return _boundary(loss, _ridge_point(loss, rho), rho, radius)


def ridge(loss: Quadratic, strength: float) -> Solution:
    r"""Solve min ½ (w − ŵ)ᵀ H (w − ŵ) + (ρ/2)‖w‖₂² for ρ = ``strength`` ≥ 0."""
    if strength == 0.0:
        radius = float(np.linalg.norm(_minimum_norm_minimizer(loss)))
        return _unconstrained(loss, radius, unique=not loss.singular)
    point = _ridge_point(loss, strength)
    radius = float(np.linalg.norm(point))
    if radius == 0.0:  # Hŵ = 0: ŵ's smallest representative is 0 already
        return _unconstrained(loss, 0.0, unique=True)
    return _boundary(loss, point, strength, radius)
