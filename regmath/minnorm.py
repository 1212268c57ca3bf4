r"""The minimizer of smallest Euclidean norm when H is singular, by exact finite algorithms.

With H = XᵀX (X = diag(√d) Qᵀ over the nonzero eigenvalues), all minimizers
of a lasso or L1-constrained problem share the fit Xw (f is strictly convex in
Xw), so the solution set is a polyhedron, and the answer is its point nearest
to the origin:

* penalized at λ > 0 (and constrained with multiplier λ > 0): every solution
  is supported on the equicorrelation set E (|r_j| = λ) with the signs s_E, so
  the set is {w : X_E w_E = X w*, s_E ∘ w_E ≥ 0, w_j = 0 off E} and its
  ‖·‖₁ is constant. It is one point when the columns X_E are independent
  (Tibshirani 2013, "The lasso problem and uniqueness", Lemma 2).
* constrained with multiplier 0 and ‖w_path‖₁ ≤ t < ‖P_range ŵ‖₁: the set is
  {w : Xw = Xŵ, ‖w‖₁ ≤ t}, written with w = u − v, u, v ≥ 0 and
  1ᵀ(u + v) = t (the smallest point has ‖w‖₁ = t, and at the smallest
  (u, v) no coordinate has both parts positive).

Both are min ‖x‖ subject to Cx = d, x ≥ 0. Writing x = x₀ + N z with x₀ in
the row space of C and N an orthonormal basis of null(C), this is the least
distance program min ‖z‖ s.t. N z ≥ −x₀, solved exactly by Lawson & Hanson's
algorithm LDP through their NNLS (Solving Least Squares Problems, 1974,
ch. 23, Algorithm NNLS and §23.4), both finite active-set methods. Whether
the polyhedron is a single point is decided from the same factors: it is iff
no nonzero direction δ ∈ null(C) keeps x ≥ 0, an LDP feasibility question.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from regmath.quadratic import EPS

if TYPE_CHECKING:
    from numpy.typing import NDArray

__all__ = ["column_rank", "least_norm_nonnegative", "nnls", "NNLS_ULPS", "RANK_ULPS"]

#: NNLS stops when no dual component exceeds NNLS_ULPS · eps times the size of
#: the data, and a least distance program is infeasible when its NNLS residual
#: is below that (Lawson & Hanson use the same kind of threshold).
NNLS_ULPS = 1024
#: Singular values below RANK_ULPS · eps · max(shape) · σ_max count as zero.
RANK_ULPS = 64


def nnls(e: NDArray[np.float64], f: NDArray[np.float64]
         ) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Lawson & Hanson's NNLS: min ‖E u − f‖ subject to u ≥ 0; returns (u, E u − f)."""
    rows, cols = e.shape
    u = np.zeros(cols)
    passive = np.zeros(cols, dtype=bool)
    scale = max(float(np.max(np.abs(e), initial=0.0)), 1e-300) * max(
        float(np.max(np.abs(f), initial=0.0)), 1.0)
    tol = NNLS_ULPS * EPS * scale * max(rows, cols)
    rejected = np.zeros(cols, dtype=bool)  # rounding made their dual look positive
    for _ in range(3 * cols + 10):
        dual = e.T @ (f - e @ u)
        dual[passive | rejected] = -np.inf
        t = int(np.argmax(dual))
        if dual[t] <= tol:
            break
        passive[t] = True
        for _ in range(cols + 1):
            columns = np.flatnonzero(passive)
            z = np.zeros(cols)
            z[columns] = np.linalg.lstsq(e[:, columns], f, rcond=None)[0]
            if np.all(z[columns] > 0.0):
                u = z
                rejected[:] = False
                break
            if z[t] <= 0.0 and u[t] == 0.0:  # the new index does not help after all
                passive[t] = False
                rejected[t] = True
                break
            bad = columns[z[columns] <= 0.0]
            with np.errstate(divide="ignore", invalid="ignore"):
                steps = u[bad] / (u[bad] - z[bad])
            alpha = float(np.min(np.where(np.isfinite(steps), steps, 0.0)))
            u = u + alpha * (z - u)
            leaving = passive & (u <= tol)
            leaving[bad[np.argmin(np.where(np.isfinite(steps), steps, 0.0))]] = True
            passive &= ~leaving
            u[~passive] = 0.0
    return u, e @ u - f


def column_rank(c: NDArray[np.float64]) -> int:
    """Numerical rank of C (singular values above RANK_ULPS · eps · max(shape) · σ_max)."""
    if c.size == 0:
        return 0
    s = np.linalg.svd(c, compute_uv=False)
    return int(np.count_nonzero(s > RANK_ULPS * EPS * max(c.shape) * float(s[0])))


def _row_space(c: NDArray[np.float64]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Orthonormal bases (V_r, N) of the row space and the null space of C."""
    _, s, vt = np.linalg.svd(c, full_matrices=True)
    top = float(s[0]) if s.size else 0.0
    rank = int(np.count_nonzero(s > RANK_ULPS * EPS * max(c.shape) * top)) if top > 0 else 0
    return vt[:rank].T, vt[rank:].T


def _ldp_feasible_direction(g: NDArray[np.float64]) -> bool:
    """Whether some y has G y ≥ 0 with G y ≠ 0 (LDP on {G y ≥ 0, 1ᵀG y ≥ 1})."""
    k = g.shape[1]
    if k == 0 or g.shape[0] == 0:
        return False
    system = np.vstack([g, g.sum(axis=0)[np.newaxis, :]])
    bound = np.zeros(system.shape[0])
    bound[-1] = 1.0
    e = np.vstack([system.T, bound[np.newaxis, :]])
    f = np.zeros(k + 1)
    f[-1] = 1.0
    _, residual = nnls(e, f)
    return bool(np.linalg.norm(residual) > NNLS_ULPS * EPS * max(e.shape))


def least_norm_nonnegative(c: NDArray[np.float64], feasible: NDArray[np.float64]
                           ) -> tuple[NDArray[np.float64], bool]:
    """The x ≥ 0 of smallest norm with C x = C·``feasible``, and whether it is the only such x.

    ``feasible`` is any x ≥ 0 of the set (the solvers pass the point the
    homotopy found); the equality right-hand side is formed from it, so the
    program is feasible by construction. Entries of the result that the
    constraints hold at zero are exactly 0.0.
    """
    m = c.shape[1]
    row, null = _row_space(c)
    d = c @ feasible
    x0 = row @ (row.T @ feasible)
    if null.shape[1] == 0:
        return np.maximum(x0, 0.0), True
    # LDP: min ‖z‖ s.t. N z ≥ −x₀, through NNLS on E = [Nᵀ; −x₀ᵀ], f = e_{k+1}.
    k = null.shape[1]
    e = np.vstack([null.T, -x0[np.newaxis, :]])
    f = np.zeros(k + 1)
    f[-1] = 1.0
    u, residual = nnls(e, f)
    if abs(float(residual[-1])) <= NNLS_ULPS * EPS:  # cannot happen for a feasible set
        x = np.array(feasible, dtype=float)
    else:
        x = x0 + null @ (-residual[:k] / residual[-1])
    # The constraints with a positive NNLS multiplier hold at zero: on the
    # others the smallest point is the projection of x onto the row space of
    # C_F (same rank rule as above), which gives exact zeros elsewhere.
    free = u <= 0.0
    free &= x > NNLS_ULPS * EPS * max(float(np.max(np.abs(x))), 1e-300)
    if np.any(free):
        row_free, _ = _row_space(c[:, free])
        part = row_free @ (row_free.T @ x[free])
        candidate = np.zeros(m)
        candidate[free] = part
        scale = max(float(np.max(np.abs(x))), 1e-300)
        if np.all(part >= -NNLS_ULPS * EPS * scale) and np.linalg.norm(
                c @ candidate - d) <= NNLS_ULPS * EPS * max(float(np.linalg.norm(d)), 1e-300):
            x = np.maximum(candidate, 0.0)
    else:
        x = np.zeros(m)
    zeros = x == 0.0
    # One point iff no δ ≠ 0 in null(C) with δ ≥ 0 on the zeros of x.
    g = null[zeros, :]
    if g.shape[0] < k or np.linalg.matrix_rank(g) < k:
        return x, False
    return x, not _ldp_feasible_direction(g)
