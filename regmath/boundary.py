r"""The lowest loss on the boundary of the ball: min f(w) subject to ‖w‖_p = t.

When ŵ lies inside the ball, {f ≤ L} fits inside the ball exactly for
L ≤ L_in = min over the boundary of f: the largest contour that stays inside
touches the boundary from within. (When ŵ lies outside, the same minimum is
the constrained solution's level.) 2D only:

* L1: each edge is a segment; f restricted to it is a 1-D quadratic whose
  minimum has a closed form, clamped to the segment.
* L2: stationary points on the circle solve (H + ρI)w = Hŵ, ‖w‖ = t; in the
  eigenbasis Σ βᵢ²/(dᵢ + ρ)² = t², a quartic in ρ whose real roots are all
  candidates (plus, when some βᵢ = 0, the points with ρ = −dᵢ). The best
  candidate is the minimum (Moré & Sorensen 1983).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from numpy.polynomial import polynomial as P

from regmath.errors import InvalidArgumentError
from regmath.solve import check_loss, check_nonnegative, check_norm

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from regmath.quadratic import Quadratic

__all__ = ["boundary_minimum"]

#: Imaginary parts below this (relative to the root's size) count as rounding.
REAL_ROOT_RTOL = 1e-7
#: Newton steps that polish each quartic root to the last bits.
POLISH_STEPS = 4


def boundary_minimum(loss: Quadratic, *, norm: str, radius: float) -> tuple[NDArray[np.float64], float]:
    """The point of {‖w‖_p = t} with the lowest loss, and that loss (2D)."""
    loss = check_loss(loss)
    norm = check_norm(norm)
    t = check_nonnegative(radius, "radius")
    if loss.dim != 2:
        raise InvalidArgumentError("loss", f"boundary minimum is 2D, the loss has n = {loss.dim}")
    if t == 0.0:
        return np.zeros(2), float(loss.value(np.zeros(2)))
    candidates = _l1_candidates(loss, t) if norm == "l1" else _l2_candidates(loss, t)
    values = loss.value(candidates)
    best = int(np.argmin(values))
    return candidates[best], float(values[best])


def _l1_candidates(loss: Quadratic, t: float) -> NDArray[np.float64]:
    corners = t * np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])
    found = [corners]
    for k in range(4):
        a, b = corners[k], corners[(k + 1) % 4]
        direction = b - a
        curvature = float(direction @ loss.hessian @ direction)
        slope = float(direction @ loss.gradient(a))
        if curvature > 0.0:
            s = min(max(-slope / curvature, 0.0), 1.0)
            found.append((a + s * direction)[np.newaxis, :])
    return np.concatenate(found)


def _l2_candidates(loss: Quadratic, t: float) -> NDArray[np.float64]:
    d = loss.eigenvalues
    q = loss.eigenvectors
    beta = d * (q.T @ loss.center)
    # Σ βᵢ² Π_{j≠i} (dⱼ + ρ)² − t² Π (dᵢ + ρ)² = 0, coefficients lowest first.
    factors = [np.array([di, 1.0]) for di in d]
    squares = [P.polymul(f, f) for f in factors]
    poly = -t * t * P.polymul(squares[0], squares[1])
    poly = P.polyadd(poly, beta[0] ** 2 * squares[1])
    poly = P.polyadd(poly, beta[1] ** 2 * squares[0])
    found = []
    scale = max(float(np.max(np.abs(d))), float(np.max(np.abs(beta))) / t, 1e-300)
    for root in P.polyroots(poly):
        if abs(root.imag) > REAL_ROOT_RTOL * max(abs(root), scale):
            continue
        rho = float(root.real)
        for _ in range(POLISH_STEPS):  # Newton on the secular sum
            value = float(np.sum((beta / (d + rho)) ** 2)) - t * t
            slope = float(-2.0 * np.sum(beta**2 / (d + rho) ** 3))
            if slope == 0.0 or not np.isfinite(value / slope):
                break
            rho -= value / slope
        if np.any(d + rho == 0.0):
            continue
        found.append(q @ (beta / (d + rho)))
    for i in np.flatnonzero(beta == 0.0):
        # ρ = −dᵢ: component i is free, fixed by the norm.
        rho = -d[i]
        other = 1 - i
        if d[other] + rho == 0.0:
            continue
        fixed = beta[other] / (d[other] + rho)
        rest = t * t - fixed * fixed
        if rest >= 0.0:
            for sign in (1.0, -1.0):
                local = np.zeros(2)
                local[other] = fixed
                local[i] = sign * np.sqrt(rest)
                found.append(q @ local)
    if not found:  # cannot happen for t > 0, but never return nothing
        theta = np.linspace(0.0, 2.0 * np.pi, 8, endpoint=False)
        return t * np.stack([np.cos(theta), np.sin(theta)], axis=-1)
    points = np.array(found)
    # Put each candidate exactly on the circle (rounding only).
    return t * points / np.linalg.norm(points, axis=1, keepdims=True)
