r"""The 2D constrained problem for many losses at once, in closed form.

For k = 1 … m this solves

    min_w ½ (w − ŵ_k)ᵀ H_k (w − ŵ_k)   subject to  ‖w‖_p ≤ t,   p ∈ {1, 2},

with every H_k = Q_k diag(d_k) Q_kᵀ positive definite, by the same exact
formulas as the one-loss solvers, evaluated on whole arrays:

* L1 (the face test of `regmath.diamond.constrained_face`, through the same
  `corner_multiplier` and `edge_candidate`): the solution lies on one face
  of the diamond and KKT certifies which. A corner σ t e_j wins when
  λ = σ q_j − H_jj t ≥ 0 and |σ t H_jk − q_k| ≤ λ (q = Hŵ), so its other
  weight is exactly 0.0; an edge with signs s wins when
  λ = (sᵀŵ − t)/(sᵀH⁻¹s) > 0 and w = ŵ − λ H⁻¹ s has signs s.
* L2 (`regmath.l2.secular_multiplier`): Newton's method on
  ψ(μ) = 1 − 1/‖β/(t d + μ)‖ with β = d ∘ Qᵀŵ, safeguarded by the bracket
  [‖β‖ − t max d, ‖β‖ − t min d] and bisection, run on all losses together
  until each has converged; then w* = t Q (β/(t d + μ)).

Losses that the closed forms leave undecided (no face certified within
rounding, a component of β that is exactly zero, t = 0) are handed to the
one-loss solver, so every answer is the exact one. This is what makes a
5,000-loss experiment take milliseconds instead of half a second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from regmath.errors import InvalidArgumentError
from regmath.diamond import (
    DIAMOND_CORNERS,
    DIAMOND_EDGES,
    corner_accepted,
    corner_multiplier,
    edge_accepted,
    edge_candidate,
)
from regmath.l1 import TINY_RADIUS
from regmath.l2 import EPS, SECULAR_MAX_ITER
from regmath.quadratic import ORTHONORMAL_ATOL, Quadratic, as_finite_array
from regmath.solve import check_nonnegative, check_norm, constrained

if TYPE_CHECKING:
    from numpy.typing import ArrayLike, NDArray

__all__ = ["constrained_2d", "rotations"]


def rotations(angles: ArrayLike) -> NDArray[np.float64]:
    """2 × 2 rotations by each angle (radians), shape (m, 2, 2); columns are the principal axes."""
    a = as_finite_array(angles, "angles", ndim=1)
    cos, sin = np.cos(a), np.sin(a)
    return np.stack([np.stack([cos, -sin], axis=-1), np.stack([sin, cos], axis=-1)], axis=-2)


def constrained_2d(
    centers: ArrayLike,
    *,
    eigenvalues: ArrayLike,
    eigenvectors: ArrayLike,
    norm: str,
    radius: float,
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    r"""Solve min ½ (w − ŵ_k)ᵀ H_k (w − ŵ_k) s.t. ‖w‖_p ≤ t for m losses in 2D.

    Parameters
    ----------
    centers
        ŵ_k, shape (m, 2).
    eigenvalues
        d_k, shape (m, 2), or (2,) for one H shared by all losses; all > 0.
    eigenvectors
        Q_k with orthonormal columns, shape (m, 2, 2), or (2, 2) when shared.
    norm
        "l1" (the diamond) or "l2" (the circle).
    radius
        t ≥ 0.

    Returns
    -------
    points : ndarray, shape (m, 2)
        w*_k. An L1 solution at a corner has its other weight exactly 0.0;
        ŵ_k itself when it lies inside the ball.
    multipliers : ndarray, shape (m,)
        λ_k ≥ 0 with ∇f_k(w*_k) + λ_k g_k = 0; 0 when ŵ_k is inside the ball.

    Raises
    ------
    InvalidArgumentError
        For wrong shapes, non-finite numbers, eigenvalues ≤ 0 or eigenvectors
        that are not orthonormal.

    Notes
    -----
    Agrees with `regmath.constrained` on each loss given as
    ``Quadratic(center, eigenvalues=d, eigenvectors=Q)``: the same faces
    (hence the same exact zeros) and the same points up to rounding.
    """
    norm = check_norm(norm)
    t = check_nonnegative(radius, "radius")
    if np.shape(centers) == (0, 2):
        return np.zeros((0, 2)), np.zeros(0)
    c = as_finite_array(centers, "centers", ndim=2)
    if c.shape[1] != 2:
        raise InvalidArgumentError("centers", f"must have shape (m, 2), got {c.shape}")
    m = c.shape[0]
    d = _shared_or_each(eigenvalues, "eigenvalues", (2,), m)
    if np.any(d <= 0.0):
        raise InvalidArgumentError("eigenvalues", "must all be > 0 (positive definite H)")
    q = _shared_or_each(eigenvectors, "eigenvectors", (2, 2), m)
    gram = np.einsum("kji,kjl->kil", q, q)
    if m and np.max(np.abs(gram - np.eye(2))) > ORTHONORMAL_ATOL:
        raise InvalidArgumentError("eigenvectors", "columns must be orthonormal")

    # Each loss on its own unit scale (ŵ = 2^a ŵ̂, H = 2^h Ĥ, exact; see
    # `Quadratic.unit`), so nothing overflows or underflows inside.
    a = np.where(np.any(c != 0.0, axis=1), np.frexp(np.max(np.abs(c), axis=1))[1], 0)
    h = np.frexp(np.max(d, axis=1))[1]
    with np.errstate(over="ignore", under="ignore"):
        t_unit = np.ldexp(t, -a)
    solve = _diamond if norm == "l1" else _circle
    points, multipliers, undecided = solve(np.ldexp(c, -a[:, np.newaxis]),
                                           np.ldexp(d, -h[:, np.newaxis]), q, t_unit)
    with np.errstate(over="ignore", under="ignore"):
        points = np.ldexp(points, a[:, np.newaxis])
        multipliers = np.ldexp(multipliers, a + h)
    # Tiny radii (relative to ŵ) go to the one-loss solver, which keeps their
    # relative accuracy (`regmath.l1.TINY_RADIUS`).
    undecided |= (t > 0.0) & (t_unit < TINY_RADIUS)
    for k in np.flatnonzero(undecided):
        loss = Quadratic(center=c[k], eigenvalues=d[k], eigenvectors=q[k])
        solution = constrained(loss, norm=norm, radius=t)
        points[k], multipliers[k] = solution.point, solution.multiplier
    return points, multipliers


def _shared_or_each(value: ArrayLike, argument: str, shape: tuple[int, ...], m: int
                    ) -> NDArray[np.float64]:
    """``value`` of shape ``shape`` (shared) or (m, *shape) (one per loss), as (m, *shape)."""
    ndim = np.ndim(value)
    if ndim not in (len(shape), len(shape) + 1):
        raise InvalidArgumentError(argument, f"must have shape {shape} or ({m}, ...), "
                                   f"got {np.shape(value)}")
    array = as_finite_array(value, argument, ndim=ndim)
    if array.shape not in (shape, (m, *shape)):
        raise InvalidArgumentError(argument, f"must have shape {shape} or {(m, *shape)}, "
                                   f"got {array.shape}")
    return np.broadcast_to(array, (m, *shape))


def _diamond(
    c: NDArray[np.float64], d: NDArray[np.float64], q: NDArray[np.float64],
    t: NDArray[np.float64]
) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.bool_]]:
    """The L1 face test of `regmath.diamond.constrained_face` on arrays (t per loss);
    also reports undecided losses."""
    m = c.shape[0]
    points = np.zeros((m, 2))
    multipliers = np.zeros(m)
    c0, c1 = c[:, 0], c[:, 1]
    q00, q01, q10, q11 = q[:, 0, 0], q[:, 0, 1], q[:, 1, 0], q[:, 1, 1]
    d0, d1 = d[:, 0], d[:, 1]
    b0, b1 = q00 * c0 + q10 * c1, q01 * c0 + q11 * c1  # Qᵀŵ
    hw = (q00 * d0 * b0 + q01 * d1 * b1, q10 * d0 * b0 + q11 * d1 * b1)  # q = Hŵ
    h00 = q00 * d0 * q00 + q01 * d1 * q01
    h11 = q10 * d0 * q10 + q11 * d1 * q11
    h01 = 0.5 * ((q00 * d0 * q10 + q01 * d1 * q11) + (q10 * d0 * q00 + q11 * d1 * q01))
    column = ((h00, h01), (h01, h11))
    open_ = np.abs(c0) + np.abs(c1) > t
    points[~open_] = c[~open_]
    if np.all(t == 0.0):  # the one-loss solver handles the degenerate ball
        return points, multipliers, open_
    for j, sigma in DIAMOND_CORNERS:
        lam, bound, margin = corner_multiplier(hw, column, j, sigma, t)
        wins = open_ & corner_accepted(lam, bound, margin)
        points[wins, j] = sigma * t[wins]
        points[wins, 1 - j] = 0.0
        multipliers[wins] = lam[wins]
        open_ &= ~wins
    for s0, s1 in DIAMOND_EDGES:
        lam, w0, w1, rounding = edge_candidate((c0, c1), (q00, q01, q10, q11), (d0, d1),
                                               (s0, s1), t)
        wins = open_ & edge_accepted(lam, w0, w1, rounding, (s0, s1))
        points[wins, 0], points[wins, 1] = w0[wins], w1[wins]
        multipliers[wins] = lam[wins]
        open_ &= ~wins
    return points, multipliers, open_


def _circle(
    c: NDArray[np.float64], d: NDArray[np.float64], q: NDArray[np.float64],
    t: NDArray[np.float64]
) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.bool_]]:
    """`regmath.l2.secular_multiplier` run on all losses together; also reports undecided ones."""
    m = c.shape[0]
    points = np.array(c)
    multipliers = np.zeros(m)
    b = np.einsum("kji,kj->ki", q, c)  # Qᵀŵ
    outside = np.hypot(b[:, 0], b[:, 1]) > t
    beta = d * b
    # A zero component of β drops out of the secular sums; the one-loss solver handles it.
    undecided = outside & (np.any(beta == 0.0, axis=1) | (t == 0.0))
    rows = np.flatnonzero(outside & ~undecided)
    if rows.size == 0:
        return points, multipliers, undecided
    t = t[rows]
    beta, scaled = beta[rows], t[:, np.newaxis] * d[rows]
    beta_norm = np.hypot(beta[:, 0], beta[:, 1])
    lo = np.maximum(beta_norm - np.max(scaled, axis=1), 0.0)
    hi = np.minimum(beta_norm - np.min(scaled, axis=1), beta_norm)
    mu = lo.copy()
    running = np.ones(rows.size, dtype=bool)
    for _ in range(SECULAR_MAX_ITER):
        if not np.any(running):
            break
        r = np.flatnonzero(running)
        # An overflowing ratio (tiny t, μ near 0) gives ψ = 1 and a bisection step,
        # as in the one-loss solver.
        denominator = scaled[r] + mu[r, np.newaxis]
        with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
            ratio = beta[r] / denominator
            square = ratio * ratio
            s = square[:, 0] + square[:, 1]
            cubic = square[:, 0] / denominator[:, 0] + square[:, 1] / denominator[:, 1]
            norm = np.sqrt(s)
            psi = 1.0 - 1.0 / norm
            dpsi = -cubic / (s * norm)
            newton = mu[r] - psi / dpsi
        lo[r] = np.where(psi > 0.0, mu[r], lo[r])
        hi[r] = np.where(psi < 0.0, mu[r], hi[r])
        candidate = np.where(dpsi < 0.0, newton, 0.5 * (lo[r] + hi[r]))
        outside_bracket = ~((lo[r] < candidate) & (candidate < hi[r]))
        candidate = np.where(outside_bracket, 0.5 * (lo[r] + hi[r]), candidate)
        done = (psi == 0.0) | (candidate == mu[r]) | (hi[r] - lo[r] <= 2.0 * EPS * hi[r])
        mu[r] = np.where(psi == 0.0, mu[r], candidate)
        running[r[done]] = False
    direction = np.einsum("kij,kj->ki", q[rows], beta / (scaled + mu[:, np.newaxis]))
    points[rows] = t[:, np.newaxis] * direction
    multipliers[rows] = mu
    return points, multipliers, undecided
