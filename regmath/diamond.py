r"""Closed forms for 2D L1 problems with a positive definite H, on the diamond's faces.

The constrained problem min f(w) s.t. ‖w‖₁ ≤ t with ŵ outside the diamond, and
the lasso min f(w) + λ‖w‖₁, have their solution on exactly one face, and KKT
certifies which (q = Hŵ):

* corner w = σ t e_j: λ = σ q_j − H_jj t ≥ 0 and |(Hw − q)_k| ≤ λ;
* edge sᵀw = t (s ∈ {±1}², both weights nonzero): λ = (sᵀŵ − t)/(sᵀH⁻¹s),
  w = ŵ − λ H⁻¹ s, with sᵢ wᵢ > 0;
* for the lasso: w = 0 when ‖q‖_∞ ≤ λ; one weight w_j = (q_j − σλ)/H_jj with
  |q_k − H_kj w_j| ≤ λ; both, w = ŵ − λ H⁻¹ s with signs s.

H⁻¹s = Q diag(1/d) Qᵀ s uses the exact factors, so λ stays accurate at any
condition number. Corners are tried first, so a corner solution has an exact
zero. A face whose point would carry more than `FACE_RTOL` relative rounding
in one of its weights (a weight tiny next to ŵ, where the formula cancels) is
not accepted; nor is a KKT inequality that holds only within its rounding
(a tie: at a tiny radius the corner test 12 − 2t ≥ 12 − t would round to
12 ≥ 12). The callers then follow the
homotopy, which steps from the nearest knot and keeps relative accuracy.
The same functions serve one loss (floats) and `regmath.batch` (arrays).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from regmath.quadratic import EPS

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from regmath.quadratic import Quadratic

__all__ = [
    "DIAMOND_CORNERS",
    "DIAMOND_EDGES",
    "FACE_RTOL",
    "corner_accepted",
    "corner_multiplier",
    "edge_candidate",
    "edge_accepted",
    "constrained_face",
    "lasso_face",
    "edge_multiplier",
    "edge_curvature",
    "edge_direction",
    "edge_curvature_terms",
]

#: The diamond's corners σ t e_j as (j, σ), and its edges by their sign vectors s,
#: in the order `constrained_face` and `regmath.batch` try them.
DIAMOND_CORNERS = ((0, 1.0), (0, -1.0), (1, 1.0), (1, -1.0))
DIAMOND_EDGES = ((1.0, 1.0), (1.0, -1.0), (-1.0, 1.0), (-1.0, -1.0))
#: Largest relative rounding accepted in a weight computed by a face formula:
#: the formula's absolute rounding is about 64·eps·(|ŵ| + λ|H⁻¹s|), so a weight
#: must exceed that by 1/FACE_RTOL.
FACE_RTOL = 1e-10
ROUNDING = 64 * EPS


def corner_multiplier(q: Any, column: Any, j: int, sigma: float, t: float
                      ) -> tuple[Any, Any, Any]:
    """KKT at the corner w = σ t e_j (q = Hŵ): λ = σ q_j − H_jj t, |σ t H_jk − q_k|,
    and the rounding of their difference.

    The corner is the solution when λ ≥ 0 and the second number is ≤ λ
    (`corner_accepted`). Works on floats and, element by element, on arrays.
    """
    k = 1 - j
    margin = ROUNDING * (abs(q[j]) + abs(q[k]) + t * (abs(column[j][j]) + abs(column[j][k])))
    return sigma * q[j] - column[j][j] * t, abs(sigma * t * column[j][k] - q[k]), margin


def corner_accepted(lam: Any, bound: Any, margin: Any) -> Any:
    """λ ≥ 0 and |(Hw − q)_k| ≤ λ, beyond rounding: a near-tie is left undecided."""
    return (lam >= 0.0) & (bound + margin <= lam)


def edge_candidate(c: Any, q: Any, d: Any, s: tuple[float, float], t: float
                   ) -> tuple[Any, Any, Any, Any]:
    """λ = (sᵀŵ − t)/(sᵀH⁻¹s) and w = ŵ − λ H⁻¹ s on the edge sᵀw = t, with w's rounding.

    ``q`` = (Q₀₀, Q₀₁, Q₁₀, Q₁₁) and ``d`` the factors of H; H⁻¹s = Q diag(1/d) Qᵀ s
    uses them, so λ stays accurate at any condition number. The edge is the
    solution when λ > 0 and sᵢ wᵢ > 0 (`edge_accepted`). Floats or arrays.
    """
    (c0, c1), (q00, q01, q10, q11), (d0, d1), (s0, s1) = c, q, d, s
    e0, e1 = (q00 * s0 + q10 * s1) / d0, (q01 * s0 + q11 * s1) / d1  # diag(1/d) Qᵀ s
    v0, v1 = q00 * e0 + q01 * e1, q10 * e0 + q11 * e1  # H⁻¹ s
    curvature = (q00 * s0 + q10 * s1) * e0 + (q01 * s0 + q11 * s1) * e1  # sᵀH⁻¹s
    lam = (s0 * c0 + s1 * c1 - t) / curvature
    # (Sums bound the maxima and work alike on floats and arrays.)
    rounding = ROUNDING * (abs(c0) + abs(c1) + abs(lam) * (abs(v0) + abs(v1)))
    return lam, c0 - lam * v0, c1 - lam * v1, rounding


def edge_accepted(lam: Any, w0: Any, w1: Any, rounding: Any, s: tuple[float, float]) -> Any:
    """λ > 0 and both weights on their signs, each above its rounding by 1/FACE_RTOL."""
    floor = rounding / FACE_RTOL
    return (lam > 0.0) & (s[0] * w0 > floor) & (s[1] * w1 > floor)


def _factors(loss: Quadratic) -> tuple[tuple[float, ...], ...]:
    (q00, q01), (q10, q11) = loss.eigenvectors.tolist()
    d0, d1 = loss.eigenvalues.tolist()
    c0, c1 = loss.center.tolist()
    (h00, h01), (_, h11) = loss.hessian.tolist()
    b0, b1 = q00 * c0 + q10 * c1, q01 * c0 + q11 * c1  # Qᵀŵ
    q = (q00 * d0 * b0 + q01 * d1 * b1, q10 * d0 * b0 + q11 * d1 * b1)  # Hŵ
    return (c0, c1), (q00, q01, q10, q11), (d0, d1), q, ((h00, h01), (h01, h11))


def constrained_face(loss: Quadratic, radius: float) -> tuple[NDArray[np.float64], float] | None:
    """(w*, λ) of min f s.t. ‖w‖₁ ≤ t for ŵ outside the diamond, or None if no face is certain."""
    c, q_factors, d, q, column = _factors(loss)
    t = radius
    for j, sigma in DIAMOND_CORNERS:
        lam, bound, margin = corner_multiplier(q, column, j, sigma, t)
        if corner_accepted(lam, bound, margin):
            point = np.zeros(2)
            point[j] = sigma * t
            return point, lam
    for s in DIAMOND_EDGES:
        lam, w0, w1, rounding = edge_candidate(c, q_factors, d, s, t)
        if edge_accepted(lam, w0, w1, rounding, s):
            return np.array([w0, w1]), lam
    return None


def lasso_face(loss: Quadratic, strength: float) -> NDArray[np.float64] | None:
    """w* of min f + λ‖w‖₁ from the faces, or None if no face is certain (a tie)."""
    c, (q00, q01, q10, q11), (d0, d1), q, column = _factors(loss)
    lam = strength
    top = max(abs(q[0]), abs(q[1]))
    if top + ROUNDING * top <= lam:
        return np.zeros(2)
    for j in (0, 1):
        k = 1 - j
        sigma = 1.0 if q[j] > 0.0 else -1.0
        wj = (q[j] - sigma * lam) / column[j][j]
        rounding = ROUNDING * (abs(q[j]) + lam) / column[j][j]
        other = abs(q[k] - column[k][j] * wj)
        margin = ROUNDING * (abs(q[k]) + abs(column[k][j] * wj))
        if sigma * wj > rounding / FACE_RTOL and other + margin <= lam:
            point = np.zeros(2)
            point[j] = wj
            return point
    for s0, s1 in DIAMOND_EDGES:
        e0, e1 = (q00 * s0 + q10 * s1) / d0, (q01 * s0 + q11 * s1) / d1
        v0, v1 = q00 * e0 + q01 * e1, q10 * e0 + q11 * e1  # H⁻¹ s
        w0, w1 = c[0] - lam * v0, c[1] - lam * v1
        rounding = ROUNDING * (max(abs(c[0]), abs(c[1])) + lam * max(abs(v0), abs(v1)))
        if s0 * w0 > rounding / FACE_RTOL and s1 * w1 > rounding / FACE_RTOL:
            return np.array([w0, w1])
    return None


def edge_multiplier(loss: Quadratic, signs: Any, radius: float) -> float:
    """λ of min f s.t. ‖w‖₁ ≤ t when the answer lies on the edge with signs ``s``.

    Parameters
    ----------
    loss : Quadratic
        f(w) = ½ (w − ŵ)ᵀ H (w − ŵ), H positive definite.
    signs : array_like of shape (2,)
        The edge's signs s ∈ {±1}² (its outward normal, ∇‖w‖₁ there).
    radius : float
        The ball's radius t.

    Returns
    -------
    float
        The closed form λ = (sᵀŵ − t)/(sᵀH⁻¹s), with H⁻¹s = Q diag(1/d) Qᵀ s from the
        exact factors. It is the answer's multiplier only where KKT certifies that edge
        (`constrained_face`); with s = sign(ŵ), sᵀŵ = ‖ŵ‖₁.

    Examples
    --------
    >>> from regmath.quadratic import Quadratic
    >>> loss = Quadratic(center=[1.0, 1.0], hessian=[[1.0, 0.0], [0.0, 1.0]])
    >>> edge_multiplier(loss, [1.0, 1.0], 1.0)
    0.5
    """
    s = np.asarray(signs, dtype=float)
    return float((s @ loss.center - radius) / edge_curvature(loss, s))


def edge_curvature(loss: Quadratic, signs: Any) -> float:
    """sᵀH⁻¹s: the denominator of `edge_multiplier`'s closed form for the edge with signs s.

    Parameters
    ----------
    loss : Quadratic
        f(w) = ½ (w − ŵ)ᵀ H (w − ŵ), H positive definite.
    signs : array_like of shape (2,)
        The edge's signs s ∈ {±1}² (its outward normal g).

    Returns
    -------
    float
        sᵀH⁻¹s = Σₖ (qₖᵀs)²/dₖ from the exact eigen-factors H = Q diag(d) Qᵀ (positive:
        H⁻¹ is positive definite). On the edge, w* = ŵ − λH⁻¹s and sᵀw* = t, so
        λ = (sᵀŵ − t)/sᵀH⁻¹s.

    Examples
    --------
    >>> from regmath.quadratic import Quadratic
    >>> loss = Quadratic(center=[1.0, 1.0], hessian=[[2.0, 0.0], [0.0, 4.0]])
    >>> edge_curvature(loss, [1.0, -1.0])
    0.75
    """
    s = np.asarray(signs, dtype=float)
    q = loss.eigenvectors
    return float(np.sum((q.T @ s) ** 2 / loss.eigenvalues))


def edge_direction(loss: Quadratic, signs: Any) -> NDArray[np.float64]:
    """H⁻¹s: on the edge with signs s, w* = ŵ − λH⁻¹s, so w* moves from ŵ along −H⁻¹s.

    Parameters
    ----------
    loss : Quadratic
        f(w) = ½ (w − ŵ)ᵀ H (w − ŵ), H positive definite.
    signs : array_like of shape (2,)
        The edge's signs s ∈ {±1}² (its outward normal g).

    Returns
    -------
    ndarray of shape (2,)
        H⁻¹s = Σₖ qₖ (qₖᵀs)/dₖ from the exact eigen-factors H = Q diag(d) Qᵀ; its inner
        product with s is `edge_curvature`.

    Examples
    --------
    >>> from regmath.quadratic import Quadratic
    >>> loss = Quadratic(center=[1.0, 1.0], hessian=[[2.0, 0.0], [0.0, 4.0]])
    >>> edge_direction(loss, [1.0, -1.0]).tolist()
    [0.5, -0.25]
    """
    s = np.asarray(signs, dtype=float)
    q = loss.eigenvectors
    return np.asarray(q @ ((q.T @ s) / loss.eigenvalues), dtype=np.float64)


def edge_curvature_terms(loss: Quadratic, signs: Any) -> NDArray[np.float64]:
    """The two terms sₖ (H⁻¹s)ₖ of sᵀH⁻¹s, for writing it out as a sum ("1.089 + 0.396").

    Parameters
    ----------
    loss : Quadratic
        f(w) = ½ (w − ŵ)ᵀ H (w − ŵ), H positive definite.
    signs : array_like of shape (2,)
        The edge's signs s ∈ {±1}² (its outward normal g).

    Returns
    -------
    ndarray of shape (2,)
        sₖ times `edge_direction`'s k-th entry; they sum to `edge_curvature` (to rounding).

    Examples
    --------
    >>> from regmath.quadratic import Quadratic
    >>> loss = Quadratic(center=[1.0, 1.0], hessian=[[2.0, 0.0], [0.0, 4.0]])
    >>> edge_curvature_terms(loss, [1.0, -1.0]).tolist()
    [0.5, 0.25]
    """
    s = np.asarray(signs, dtype=float)
    return np.asarray(s * edge_direction(loss, s), dtype=np.float64)
