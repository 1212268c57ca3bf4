r"""L1: the lasso path, the diamond ‖w‖₁ ≤ t, and their exact solutions.

The lasso min ½ (w − ŵ)ᵀ H (w − ŵ) + λ‖w‖₁ is solved by the homotopy
(LARS with the lasso modification; Osborne, Presnell & Turlach 2000; Efron et
al. 2004) in its Gram form. With q = Hŵ and the residual correlation
r(w) = q − Hw = −∇f(w), optimality reads r_A = λ s_A on the active set A
with signs s_A, and |r_j| ≤ λ elsewhere. Between knots A and s_A are fixed and

    w_A(λ) = H_AA⁻¹ (q_A − λ s_A),

so the path is piecewise linear and every knot (a weight joining or leaving)
has a closed form. ‖w(λ)‖₁ = s_Aᵀ w_A(λ) is linear on each segment and
non-increasing in λ, so the constrained problem min f(w) s.t. ‖w‖₁ ≤ t is
the point of the path with ‖w‖₁ = t, found on its segment from the bordered
KKT system [[H_AA, s_A], [s_Aᵀ, 0]] [w_A; λ] = [q_A; t].

When H is singular the minimizer may not be unique. All minimizers share
Hw (f is constant along null(H)), so the solution set is
S = (w* + null(H)) ∩ {‖w‖₁ ≤ ‖w*‖₁ or t}; its smallest point is found by
visiting the faces of the ball (an exact finite search, 3ⁿ faces).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from regmath.errors import InvalidArgumentError
from regmath.quadratic import RANK_RTOL
from regmath.solution import Solution

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from regmath.quadratic import Quadratic

__all__ = [
    "LassoPath",
    "lasso_path",
    "lasso",
    "constrained_l1",
    "l1_normal_cone",
    "in_l1_normal_cone",
    "EQUICORRELATION_RTOL",
    "KNOT_RTOL",
    "MAX_TIED_JOINS",
    "MAX_FACE_SEARCH_DIM",
]

#: A weight is tied for joining when |r_j| ≥ λ − EQUICORRELATION_RTOL · λ_max:
#: the residual r = q − Hw carries rounding of order cond(H) · eps · λ_max.
EQUICORRELATION_RTOL = 1e-9
#: An event closer than KNOT_RTOL · λ_max below the current knot belongs to the
#: knot itself (the weight that just joined meets its own joining condition).
KNOT_RTOL = 1e-12
#: At most this many weights tied to join at one knot (2^k subsets are tried).
MAX_TIED_JOINS = 12
#: The minimum-norm search over faces of the L1 ball visits 3ⁿ faces.
MAX_FACE_SEARCH_DIM = 10
#: Relative slack for a candidate point to count as inside a face or the ball.
FACE_FEASIBILITY_RTOL = 1e-9


@dataclass(frozen=True, eq=False)
class LassoPath:
    r"""The exact lasso path w(λ), piecewise linear between its knots.

    Attributes
    ----------
    knots
        λ₀ = ‖Hŵ‖_∞ > λ₁ > … > λ_K = 0, shape (K + 1,).
    points
        w(λ_k) at each knot, shape (K + 1, n); weights off the active set are
        exactly 0.0.
    active_sets
        For segment k (between knots k and k + 1): the active indices.
    signs
        For segment k: the signs s_A of the active weights.
    """

    loss: Quadratic
    knots: NDArray[np.float64]
    points: NDArray[np.float64]
    active_sets: tuple[tuple[int, ...], ...]
    signs: tuple[tuple[float, ...], ...]

    @property
    def l1_norms(self) -> NDArray[np.float64]:
        """‖w(λ_k)‖₁ at each knot, non-decreasing along the path."""
        return np.sum(np.abs(self.points), axis=1)

    def segment_for_strength(self, strength: float) -> int:
        """Index k of the segment with λ_{k+1} ≤ strength ≤ λ_k (strength < λ₀)."""
        k = int(np.searchsorted(-self.knots, -strength, side="right")) - 1
        return min(max(k, 0), len(self.active_sets) - 1)

    def at(self, strength: float) -> NDArray[np.float64]:
        """w(λ) for λ = ``strength`` ≥ 0, solved on its segment (not interpolated)."""
        if len(self.active_sets) == 0 or strength >= self.knots[0]:
            return np.zeros(self.loss.dim)
        k = self.segment_for_strength(strength)
        active, signs = list(self.active_sets[k]), np.array(self.signs[k])
        hessian, q = self.loss.hessian, _correlation_target(self.loss)
        point = np.zeros(self.loss.dim)
        point[active] = np.linalg.solve(hessian[np.ix_(active, active)], q[active] - strength * signs)
        return point

    def evaluate(self, strengths: NDArray[np.float64]) -> NDArray[np.float64]:
        """w(λ) for many λ at once, shape (m, n), by linear interpolation between knots.

        Exact up to rounding because the path is linear between knots; for
        drawing many frames. Strengths above λ₀ give 0.
        """
        lam = np.asarray(strengths, dtype=float)
        reversed_knots = self.knots[::-1]
        columns = [
            np.interp(lam, reversed_knots, self.points[::-1, i], right=0.0)
            for i in range(self.loss.dim)
        ]
        return np.stack(columns, axis=-1)


def _correlation_target(loss: Quadratic) -> NDArray[np.float64]:
    """q = Hŵ, formed from the factors."""
    return loss.eigenvectors @ (loss.eigenvalues * (loss.eigenvectors.T @ loss.center))


def _solve_if_regular(matrix: NDArray[np.float64], rhs: NDArray[np.float64]) -> NDArray[np.float64] | None:
    """Solve matrix · x = rhs for a positive definite block, or None if it is singular."""
    eigenvalues = np.linalg.eigvalsh(matrix)
    if eigenvalues[0] <= RANK_RTOL * max(eigenvalues[-1], np.finfo(float).tiny) * matrix.shape[0]:
        return None
    return np.linalg.solve(matrix, rhs)


def _choose_active_set(
    hessian: NDArray[np.float64],
    support: list[int],
    candidates: list[int],
    signs: dict[int, float],
) -> tuple[list[int], NDArray[np.float64]] | None:
    """Pick the active set below a knot from the weights tied at it.

    The current support stays. Of the tied zero weights (``candidates``), a
    subset joins; it must move each joining weight in the direction of its
    sign (sᵢ bᵢ > 0 with b = H_AA⁻¹ s_A, the rate of w_A as λ falls) and keep
    each tied weight left out at |r_j| ≤ λ (s_j H_jA b ≥ 1). Larger subsets are
    tried first; in the generic case there is one candidate and it joins.
    """
    if len(candidates) > MAX_TIED_JOINS:
        raise RuntimeError(f"{len(candidates)} weights tied at one knot; degenerate input")
    for size in range(len(candidates), -1, -1):
        for joining in itertools.combinations(candidates, size):
            active = support + list(joining)
            if not active:
                continue
            s = np.array([signs[i] for i in active])
            rate = _solve_if_regular(hessian[np.ix_(active, active)], s)
            if rate is None:
                continue
            position = {index: k for k, index in enumerate(active)}
            if any(signs[i] * rate[position[i]] <= 0.0 for i in joining):
                continue
            left_out = [j for j in candidates if j not in joining]
            if any(signs[j] * float(hessian[j, active] @ rate) < 1.0 - 1e-9 for j in left_out):
                continue
            return active, s
    return None


def lasso_path(loss: Quadratic) -> LassoPath:
    r"""The exact lasso path of min ½ (w − ŵ)ᵀ H (w − ŵ) + λ‖w‖₁ for all λ ≥ 0.

    Returns
    -------
    LassoPath
        Knots from λ_max = ‖Hŵ‖_∞ down to 0 and the solution at each.

    Notes
    -----
    Ties (several weights joining at one knot, as in symmetric problems) are
    resolved exactly by `_choose_active_set`. For a singular H the path
    follows one minimizer; `lasso` then selects the minimum-norm one.
    """
    n = loss.dim
    hessian = loss.hessian
    q = _correlation_target(loss)
    lam_max = float(np.max(np.abs(q)))
    point = np.zeros(n)
    knots, points = [lam_max], [point.copy()]
    active_sets: list[tuple[int, ...]] = []
    sign_sets: list[tuple[float, ...]] = []
    if lam_max == 0.0:
        return LassoPath(loss, np.array(knots), np.array(points), (), ())
    lam = lam_max
    rank = int(np.count_nonzero(loss.eigenvalues))
    for _ in range(50 * n + 100):
        residual = q - hessian @ point
        support = [int(i) for i in np.flatnonzero(point)]
        tied = np.abs(residual) >= lam - EQUICORRELATION_RTOL * lam_max
        candidates = [int(j) for j in np.flatnonzero(tied) if point[j] == 0.0]
        signs = {i: float(np.sign(point[i])) for i in support}
        signs.update({j: float(np.sign(residual[j])) for j in candidates})
        chosen = _choose_active_set(hessian, support, candidates, signs)
        if chosen is None:
            raise RuntimeError("lasso homotopy found no consistent active set; degenerate input")
        active, s = chosen
        block = hessian[np.ix_(active, active)]
        intercept = np.linalg.solve(block, q[active])  # w_A(λ) = intercept − λ·rate
        rate = np.linalg.solve(block, s)
        floor = lam - KNOT_RTOL * lam_max
        events: list[float] = [0.0]
        with np.errstate(divide="ignore", invalid="ignore"):
            leave = intercept / rate
        events += [float(x) for x in leave if np.isfinite(x) and 0.0 <= x < floor]
        inactive = np.setdiff1d(np.arange(n), active)
        # Once the active columns span range(H), every residual correlation is
        # r_j(λ) = γ_j λ exactly, so no weight can join: the segment runs to λ = 0.
        spans_range = len(active) == rank
        if inactive.size and not spans_range:
            alpha = q[inactive] - hessian[np.ix_(inactive, active)] @ intercept
            gamma = hessian[np.ix_(inactive, active)] @ rate
            with np.errstate(divide="ignore", invalid="ignore"):
                for target in (1.0, -1.0):
                    join = alpha / (target - gamma)
                    events += [float(x) for x in join if np.isfinite(x) and 0.0 <= x < floor]
        next_lam = max(events)
        new_point = np.zeros(n)
        new_point[active] = intercept - next_lam * rate
        # A weight whose leaving knot this is becomes exactly zero.
        with np.errstate(divide="ignore", invalid="ignore"):
            leaving = np.isclose(leave, next_lam, rtol=1e-12, atol=0.0)
        new_point[np.array(active)[leaving]] = 0.0
        active_sets.append(tuple(active))
        sign_sets.append(tuple(float(x) for x in s))
        knots.append(next_lam)
        points.append(new_point)
        point, lam = new_point, next_lam
        if lam == 0.0:
            if not loss.singular:  # the end of the path is ŵ itself, not a rounded solve
                points[-1] = np.array(loss.center)
            return LassoPath(
                loss, np.array(knots), np.array(points), tuple(active_sets), tuple(sign_sets)
            )
    raise RuntimeError("lasso homotopy did not reach λ = 0; degenerate input")


def l1_normal_cone(point: NDArray[np.float64]) -> NDArray[np.float64]:
    """Extreme rays of the normal cone of the ball {‖w‖₁ ≤ ‖point‖₁} at ``point``.

    They are the vertices of ∂‖w‖₁: gᵢ = sign(wᵢ) where wᵢ ≠ 0 and gᵢ = ±1
    where wᵢ = 0. At a 2D corner (t, 0) these are (1, −1) and (1, 1), the
    normals of the two edges that meet there; on an edge there is one.
    Shape (2^z, n) for z zero weights.
    """
    w = np.asarray(point, dtype=float)
    zeros = np.flatnonzero(w == 0.0)
    rays = []
    for choice in itertools.product((-1.0, 1.0), repeat=zeros.size):
        g = np.sign(w)
        g[zeros] = choice
        rays.append(g)
    return np.array(rays)


def in_l1_normal_cone(vector: NDArray[np.float64], point: NDArray[np.float64], *, rtol: float = 1e-9) -> bool:
    """Whether v = μ g for some μ ≥ 0 and g ∈ ∂‖point‖₁ (up to ``rtol``)."""
    v, w = np.asarray(vector, dtype=float), np.asarray(point, dtype=float)
    nonzero = w != 0.0
    scale = rtol * max(float(np.max(np.abs(v))), np.finfo(float).tiny)
    if not np.any(nonzero):
        return True
    mu = v[nonzero] * np.sign(w[nonzero])
    level = float(np.max(mu))
    return bool(
        np.min(mu) >= -scale
        and np.max(mu) - np.min(mu) <= scale
        and np.all(np.abs(v[~nonzero]) <= level + scale)
    )


def _face_candidates(
    loss: Quadratic, anchor: NDArray[np.float64], radius: float
) -> list[tuple[NDArray[np.float64], bool]]:
    """Points of S = (anchor + null(H)) ∩ {‖w‖₁ ≤ t}, one per face of the ball.

    For each face (support T with signs σ_T, plus the whole ball) the smallest
    point of aff(face) ∩ (anchor + null(H)) is found by least squares; it is
    kept when it lies in the face. The flag says whether that affine set is a
    single point; those points are the vertices of S.
    """
    n = loss.dim
    range_basis = loss.eigenvectors[:, loss.eigenvalues > 0.0]
    target = range_basis.T @ anchor
    slack = FACE_FEASIBILITY_RTOL * max(radius, float(np.max(np.abs(anchor))), 1e-300)
    found: list[tuple[NDArray[np.float64], bool]] = []
    whole = range_basis @ target
    if np.sum(np.abs(whole)) <= radius + slack:
        found.append((whole, range_basis.shape[1] == n))
    for sigma in itertools.product((-1.0, 0.0, 1.0), repeat=n):
        sig = np.array(sigma)
        support = np.flatnonzero(sig)
        if support.size == 0:
            continue
        system = np.vstack([range_basis[support, :].T, sig[support][np.newaxis, :]])
        rhs = np.concatenate([target, [radius]])
        values, _, rank, _ = np.linalg.lstsq(system, rhs, rcond=None)
        if np.max(np.abs(system @ values - rhs), initial=0.0) > slack:
            continue
        if np.any(sig[support] * values < -slack):
            continue
        candidate = np.zeros(n)
        candidate[support] = values
        found.append((candidate, rank == support.size))
    return found


def _minimum_norm_selection(
    loss: Quadratic, anchor: NDArray[np.float64], radius: float
) -> tuple[NDArray[np.float64], bool]:
    """The smallest point of S = (anchor + null(H)) ∩ {‖w‖₁ ≤ t} and whether S is one point."""
    if loss.dim > MAX_FACE_SEARCH_DIM:
        raise InvalidArgumentError(
            "loss",
            f"a singular hessian needs the exact face search, implemented for n ≤ "
            f"{MAX_FACE_SEARCH_DIM} (n = {loss.dim})",
        )
    candidates = _face_candidates(loss, anchor, radius)
    if not candidates:  # rounding put the anchor a hair outside; it is the answer
        return anchor, True
    points = np.array([c for c, _ in candidates])
    best = points[int(np.argmin(np.sum(points * points, axis=1)))]
    spread = float(np.max(np.abs(points - best)))
    unique = spread <= FACE_FEASIBILITY_RTOL * max(radius, float(np.max(np.abs(best))), 1e-300)
    if unique:
        best = anchor
    best = np.where(np.abs(best) <= FACE_FEASIBILITY_RTOL * max(radius, 1e-300), 0.0, best)
    return best, unique


def _solution(
    loss: Quadratic,
    point: NDArray[np.float64],
    *,
    multiplier: float,
    radius: float,
    strength: float,
    unique: bool,
) -> Solution:
    n = loss.dim
    gradient = loss.gradient(point)
    active = multiplier > 0.0
    if active:
        # g = −∇f/λ; where a weight is nonzero the subgradient is its sign exactly,
        # elsewhere it lies in [−1, 1] up to rounding.
        normal = np.clip(-gradient / multiplier, -1.0, 1.0)
        nonzero = point != 0.0
        normal[nonzero] = np.sign(point[nonzero])
        cone = l1_normal_cone(point)
    else:
        normal, cone = np.zeros(n), np.zeros((0, n))
    return Solution(
        norm="l1",
        point=point,
        level=float(loss.value(point)),
        gradient=gradient,
        normal=normal,
        multiplier=multiplier,
        radius=radius,
        strength=strength,
        active=active,
        unique=unique,
        normal_cone=cone,
    )


def _select(loss: Quadratic, point: NDArray[np.float64], radius: float) -> tuple[NDArray[np.float64], bool]:
    if not loss.singular:
        return point, True
    return _minimum_norm_selection(loss, point, radius)


def lasso(loss: Quadratic, strength: float, *, path: LassoPath | None = None) -> Solution:
    r"""Solve min ½ (w − ŵ)ᵀ H (w − ŵ) + λ‖w‖₁ for λ = ``strength`` ≥ 0."""
    path = lasso_path(loss) if path is None else path
    point = path.at(strength)
    radius = float(np.sum(np.abs(point)))
    point, unique = _select(loss, point, radius)
    # The constraint multiplier is ‖∇f(w*)‖_∞: λ itself while w* ≠ 0; at w* = 0
    # (λ ≥ λ_max) it is λ_max, the smallest λ that switches every weight off.
    multiplier = strength if radius > 0.0 else min(strength, float(path.knots[0]))
    return _solution(
        loss, point, multiplier=multiplier, radius=radius, strength=strength, unique=unique
    )


#: The diamond's corners σ t e_j as (j, σ), and its edges by their sign vectors s,
#: in the order `_diamond_2d` and `regmath.batch` try them.
DIAMOND_CORNERS = ((0, 1.0), (0, -1.0), (1, 1.0), (1, -1.0))
DIAMOND_EDGES = ((1.0, 1.0), (1.0, -1.0), (-1.0, 1.0), (-1.0, -1.0))


def corner_multiplier(q: Any, column: Any, j: int, sigma: float, t: float) -> tuple[Any, Any]:
    """KKT at the corner w = σ t e_j (q = Hŵ): λ = σ q_j − H_jj t and |σ t H_jk − q_k|.

    The corner is the solution when λ ≥ 0 and the second number is ≤ λ.
    Works on floats and, element by element, on arrays of losses.
    """
    k = 1 - j
    return sigma * q[j] - column[j][j] * t, abs(sigma * t * column[j][k] - q[k])


def edge_candidate(c: Any, q: Any, d: Any, s: tuple[float, float], t: float
                   ) -> tuple[Any, Any, Any]:
    """λ = (sᵀŵ − t)/(sᵀH⁻¹s) and w = ŵ − λ H⁻¹ s on the edge sᵀw = t.

    ``q`` = (Q₀₀, Q₀₁, Q₁₀, Q₁₁) and ``d`` the factors of H; H⁻¹s = Q diag(1/d) Qᵀ s
    uses them, so λ stays accurate at any condition number. The edge is the
    solution when λ > 0 and sᵢ wᵢ > 0. Floats or arrays of losses.
    """
    (c0, c1), (q00, q01, q10, q11), (d0, d1), (s0, s1) = c, q, d, s
    e0, e1 = (q00 * s0 + q10 * s1) / d0, (q01 * s0 + q11 * s1) / d1  # diag(1/d) Qᵀ s
    curvature = (q00 * s0 + q10 * s1) * e0 + (q01 * s0 + q11 * s1) * e1  # sᵀH⁻¹s
    lam = (s0 * c0 + s1 * c1 - t) / curvature
    return lam, c0 - lam * (q00 * e0 + q01 * e1), c1 - lam * (q10 * e0 + q11 * e1)


def _diamond_2d(loss: Quadratic, radius: float) -> tuple[NDArray[np.float64], float] | None:
    r"""The 2D constrained solution from the diamond's faces, in closed form.

    For a positive definite H and ŵ outside the diamond the solution lies on
    exactly one face, and KKT certifies it:

    * corner w = σ t e_j: λ = σ q_j − H_jj t ≥ 0 and |(Hw − q)_k| ≤ λ;
    * edge sᵀw = t (s ∈ {±1}², both weights nonzero): λ = (sᵀŵ − t)/(sᵀH⁻¹s),
      w = ŵ − λ H⁻¹ s, with λ > 0 and sᵢ wᵢ > 0.

    H⁻¹s = Q diag(1/d) Qᵀ s uses the exact factors, so the multiplier stays
    accurate at any condition number. Corners are tried first, so a corner
    solution has an exact zero. Returns None when no face passes (a tie
    within rounding); the caller then follows the homotopy.
    """
    (q00, q01), (q10, q11) = loss.eigenvectors.tolist()
    d0, d1 = loss.eigenvalues.tolist()
    c0, c1 = loss.center.tolist()
    (h00, h01), (_, h11) = loss.hessian.tolist()
    b0, b1 = q00 * c0 + q10 * c1, q01 * c0 + q11 * c1  # Qᵀŵ
    q = (q00 * d0 * b0 + q01 * d1 * b1, q10 * d0 * b0 + q11 * d1 * b1)  # Hŵ
    column = ((h00, h01), (h01, h11))
    t = radius
    for j, sigma in DIAMOND_CORNERS:
        lam, bound = corner_multiplier(q, column, j, sigma, t)
        if lam >= 0.0 and bound <= lam:
            point = np.zeros(2)
            point[j] = sigma * t
            return point, lam
    for s0, s1 in DIAMOND_EDGES:
        lam, w0, w1 = edge_candidate((c0, c1), (q00, q01, q10, q11), (d0, d1), (s0, s1), t)
        if lam > 0.0 and s0 * w0 > 0.0 and s1 * w1 > 0.0:
            return np.array([w0, w1]), lam
    return None



def constrained_l1(loss: Quadratic, radius: float, *, path: LassoPath | None = None) -> Solution:
    r"""Solve min ½ (w − ŵ)ᵀ H (w − ŵ) subject to ‖w‖₁ ≤ t.

    In 2D with a positive definite H, the closed form on the diamond's faces
    (`_diamond_2d`); otherwise, and whenever that finds no certified face,
    the point of the lasso path with ‖w‖₁ = t.
    """
    if path is None and loss.dim == 2 and not loss.singular and radius > 0.0:
        c = loss.center
        if abs(float(c[0])) + abs(float(c[1])) <= radius:
            return _solution(loss, np.array(c), multiplier=0.0, radius=radius, strength=0.0,
                             unique=True)
        found = _diamond_2d(loss, radius)
        if found is not None:
            point, lam = found
            return _solution(loss, point, multiplier=lam, radius=radius, strength=lam,
                             unique=True)
    path = lasso_path(loss) if path is None else path
    norms = path.l1_norms
    n = loss.dim
    if radius >= norms[-1]:
        point, unique = _select(loss, path.points[-1], radius)
        return _solution(loss, point, multiplier=0.0, radius=radius, strength=0.0, unique=unique)
    if radius == 0.0:
        point = np.zeros(n)
        lam_max = float(path.knots[0])
        return _solution(
            loss, point, multiplier=lam_max, radius=0.0, strength=lam_max, unique=True
        )
    # The segment on which ‖w(λ)‖₁ passes t; norms are non-decreasing along it.
    k = int(np.searchsorted(norms, radius, side="left")) - 1
    k = min(max(k, 0), len(path.active_sets) - 1)
    active, s = list(path.active_sets[k]), np.array(path.signs[k])
    size = len(active)
    bordered = np.zeros((size + 1, size + 1))
    bordered[:size, :size] = loss.hessian[np.ix_(active, active)]
    bordered[:size, size] = s
    bordered[size, :size] = s
    q = _correlation_target(loss)
    solved = np.linalg.solve(bordered, np.concatenate([q[active], [radius]]))
    point = np.zeros(n)
    point[active] = solved[:size]
    # λ ≥ 0: when t equals ‖ŵ‖₁ up to summation order the solve may round to −1e-16.
    multiplier = max(float(solved[size]), 0.0)
    if size == 1:
        # A corner: w* = t·s exactly, λ = s·q_j − H_jj t.
        j = active[0]
        point[j] = s[0] * radius
        multiplier = float(s[0] * q[j] - loss.hessian[j, j] * radius)
    point, unique = _select(loss, point, radius)
    return _solution(
        loss, point, multiplier=multiplier, radius=radius, strength=multiplier, unique=unique
    )
