r"""Solutions as functions of the penalty: shrinkage paths and the t ↔ λ curve.

Lasso: w(λ) = argmin ½ (w − ŵ)ᵀ H (w − ŵ) + λ‖w‖₁, piecewise linear in λ
with knots where a weight joins or leaves (exact, `regmath.l1.lasso_path`).
Ridge: w(λ) = (H + λI)⁻¹ H ŵ, a smooth curve that reaches 0 only as λ → ∞ and
is a straight segment only when H is a multiple of I.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from regmath.errors import InvalidArgumentError
from regmath.l1 import lasso_path
from regmath.lp import lp_norm
from regmath.solve import check_loss, check_norm, ridge_path

if TYPE_CHECKING:
    from numpy.typing import ArrayLike, NDArray

    from regmath.quadratic import Quadratic

__all__ = [
    "ShrinkagePaths",
    "shrinkage_paths",
    "radius_curve",
    "strength_grid",
    "KnotEvent",
    "knot_events",
    "segment_line",
    "first_segment",
    "ridge_numerators",
    "ridge_zero_crossings",
    "ridge_always_zero",
    "ridge_is_straight",
    "isotropic_hessian",
    "coefficient_range",
    "nearest_knot_share",
    "clip_polygon",
    "nearest_piece",
    "strength_axis",
    "padded_axis",
    "approach_strength",
    "pull_at_zero",
    "corner_inset",
]


def strength_grid(loss: Quadratic, *, samples: int = 241, extent: float = 1.25) -> NDArray[np.float64]:
    """λ from 0 to ``extent`` · λ_max (λ_max = ‖Hŵ‖_∞, where the lasso reaches 0),
    with every lasso knot included exactly, so polylines through it bend at the knots."""
    if not isinstance(samples, (int, np.integer)) or samples < 2:
        raise InvalidArgumentError("samples", f"must be an integer >= 2, got {samples!r}")
    knots = lasso_path(check_loss(loss)).knots
    top = extent * float(knots[0])
    grid = np.linspace(0.0, top, samples)
    return np.unique(np.concatenate([grid, knots[knots <= top]]))


@dataclass(frozen=True, eq=False)
class ShrinkagePaths:
    """Lasso and ridge solutions over one grid of strengths.

    Attributes
    ----------
    strengths
        λ, increasing from 0, shape (m,), lasso knots included.
    lasso, ridge
        w(λ) for each, shape (m, n).
    knots
        The lasso knots λ_k, decreasing, and ``knot_points`` w(λ_k), shape (K+1, n).
    """

    strengths: NDArray[np.float64]
    lasso: NDArray[np.float64]
    ridge: NDArray[np.float64]
    knots: NDArray[np.float64]
    knot_points: NDArray[np.float64]


def shrinkage_paths(loss: Quadratic, strengths: ArrayLike | None = None) -> ShrinkagePaths:
    """Both paths on ``strengths`` (default `strength_grid`)."""
    loss = check_loss(loss)
    lam = strength_grid(loss) if strengths is None else np.asarray(strengths, dtype=float)
    path = lasso_path(loss)
    return ShrinkagePaths(lam, path.evaluate(lam), ridge_path(loss, lam), path.knots, path.points)


def radius_curve(loss: Quadratic, strengths: ArrayLike, *, norm: str) -> NDArray[np.float64]:
    r"""t(λ) = ‖w*(λ)‖_p: the radius whose constrained solution is the penalized one.

    Non-increasing in λ; for the lasso piecewise linear and 0 from λ_max on, for
    ridge smooth and positive.
    """
    loss = check_loss(loss)
    norm = check_norm(norm)
    lam = np.asarray(strengths, dtype=float)
    if norm == "l1":
        points = lasso_path(loss).evaluate(lam)
        return lp_norm(points, 1.0)
    return lp_norm(ridge_path(loss, lam), 2.0)


# ------------------------------------------------------------------ facts of the paths
@dataclass(frozen=True, eq=False)
class KnotEvent:
    r"""What happens at one knot of the lasso path, read as λ increases.

    Attributes
    ----------
    strength
        λ_k, the knot.
    point
        w(λ_k), shape (n,); the weights in ``leaving`` are exactly 0.0 there.
    leaving
        Weights nonzero just below λ_k and exactly 0 just above (they leave the
        active set as λ grows past the knot).
    joining
        Weights exactly 0 just below λ_k and nonzero just above (a weight that
        returns after it had left, or that joins for the first time).
    signs_after
        s_A on the segment above λ_k (empty at λ_max), with ``active_after`` the
        indices A it belongs to.
    """

    strength: float
    point: NDArray[np.float64]
    leaving: tuple[int, ...]
    joining: tuple[int, ...]
    active_after: tuple[int, ...]
    signs_after: tuple[float, ...]

    @property
    def last(self) -> bool:
        """Whether this is λ_max: every weight is 0 from here on."""
        return not self.active_after


def knot_events(loss: Quadratic) -> list[KnotEvent]:
    r"""The knots of the exact lasso path with the weights that leave or join, by increasing λ.

    From `regmath.l1.lasso_path`: its knots λ₀ = λ_max > λ₁ > … > λ_K = 0 and
    the active set A_k on the segment [λ_{k+1}, λ_k]. At the knot λ_k
    (0 ≤ k < K) the active set below is A_k and above is A_{k−1} (empty for
    k = 0): the weights in A_k \ A_{k−1} leave, those in A_{k−1} \ A_k join.
    The start λ_K = 0 is not an event, nor is a knot within START_RTOL · λ_max
    of it (the homotopy's rounding of a weight that is 0 in ŵ and moves at once).

    Returns
    -------
    list of KnotEvent
        By increasing λ; the last one is λ_max (every weight leaves that is
        still nonzero). Empty when ŵ is such that Hŵ = 0 (the path is the point 0).
    """
    path = lasso_path(check_loss(loss))
    sets = path.active_sets
    events: list[KnotEvent] = []
    for k in range(_first_segment_index(path), -1, -1):
        below = set(sets[k])
        above = set(sets[k - 1]) if k > 0 else set()
        signs = path.signs[k - 1] if k > 0 else ()
        events.append(KnotEvent(
            strength=float(path.knots[k]),
            point=np.array(path.points[k], dtype=float),
            leaving=tuple(sorted(below - above)),
            joining=tuple(sorted(above - below)),
            active_after=tuple(sets[k - 1]) if k > 0 else (),
            signs_after=tuple(float(s) for s in signs),
        ))
    return events


#: A knot this close to 0 (relative to λ_max) is the start of the path itself.
START_RTOL = 1e-9


def _first_segment_index(path: object) -> int:
    """The segment k the path runs on just above λ = 0 (skipping knots at 0 by rounding)."""
    k = len(path.active_sets) - 1
    while k > 0 and path.knots[k] <= START_RTOL * path.knots[0]:
        k -= 1
    return k


def segment_line(loss: Quadratic, active: tuple[int, ...], signs: tuple[float, ...],
                 strengths: ArrayLike) -> NDArray[np.float64]:
    r"""Points of the straight line a lasso segment lies on, for any λ (beyond its knots too).

    While the active set A and its signs s_A hold, optimality on the free weights
    reads H_AA w_A − (Hŵ)_A = −λ s_A, so

        w_A(λ) = H_AA⁻¹ ((Hŵ)_A − λ s_A),   w_j = 0 off A,

    affine in λ: a straight line. For A = every weight it is w(λ) = ŵ − λH⁻¹s.

    Parameters
    ----------
    loss
        The loss; H must be positive definite on A.
    active, signs
        A and s_A (as in `KnotEvent.active_after` or `regmath.l1.LassoPath`).
    strengths
        λ values, shape (m,).

    Returns
    -------
    ndarray, shape (m, n)
    """
    loss = check_loss(loss)
    lam = np.asarray(strengths, dtype=float).reshape(-1)
    idx = list(active)
    if not idx or len(idx) != len(signs):
        raise InvalidArgumentError("active", "must name the free weights, one sign each")
    q = loss.hessian @ loss.center
    block = loss.hessian[np.ix_(idx, idx)]
    intercept = np.linalg.solve(block, q[idx])
    rate = np.linalg.solve(block, np.asarray(signs, dtype=float))
    out = np.zeros((lam.size, loss.dim))
    if len(idx) == loss.dim and not loss.singular:
        intercept = np.array(loss.center, dtype=float)[idx]  # H⁻¹Hŵ = ŵ, exactly
    out[:, idx] = intercept[np.newaxis, :] - lam[:, np.newaxis] * rate[np.newaxis, :]
    return out


def first_segment(loss: Quadratic) -> tuple[tuple[int, ...], tuple[float, ...], float]:
    """The free weights A, their signs s_A and the knot ending the lasso path's first
    piece (from λ = 0): (A, s_A, λ at its end)."""
    path = lasso_path(check_loss(loss))
    if not path.active_sets:
        raise InvalidArgumentError("loss", "the lasso path is the single point 0 (Hŵ = 0)")
    k = _first_segment_index(path)
    return tuple(path.active_sets[k]), tuple(float(s) for s in path.signs[k]), float(path.knots[k])


def _check_2d_definite(loss: Quadratic) -> Quadratic:
    loss = check_loss(loss)
    if loss.dim != 2 or loss.singular:
        raise InvalidArgumentError("loss", "must be 2D with a positive definite H")
    return loss


def ridge_numerators(loss: Quadratic) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    r"""(a, b) with ridge's w_i(λ) = (a_i + λ b_i) / det(H + λI), in 2D.

    In 2D, adj(H + λI) = adj(H) + λI and adj(H)H = det(H)·I, so
    w(λ) = (H + λI)⁻¹Hŵ = (det(H)·ŵ + λ·Hŵ) / ((d₁ + λ)(d₂ + λ)) with d the
    eigenvalues of H: a = det(H)·ŵ, b = Hŵ. The denominator is positive for λ ≥ 0.
    """
    loss = _check_2d_definite(loss)
    h = loss.hessian
    det = float(h[0, 0] * h[1, 1] - h[0, 1] * h[1, 0])
    center = np.array(loss.center, dtype=float)
    return det * center, h @ center


def ridge_zero_crossings(loss: Quadratic) -> list[float | None]:
    r"""For each weight, the λ > 0 where ridge's w_i(λ) passes through 0, or None.

    From `ridge_numerators`: w_i(λ) = 0 exactly at λ_i = −a_i / b_i, a crossing
    when ŵ_i and (Hŵ)_i have opposite signs (w_i changes sign there and is 0
    at no other λ). None when there is no such λ > 0 (including a weight that
    is 0 for every λ: see `ridge_always_zero`).
    """
    a, b = ridge_numerators(loss)
    out: list[float | None] = []
    for ai, bi in zip(a, b):
        out.append(float(-ai / bi) if bi != 0.0 and ai != 0.0 and -ai / bi > 0.0 else None)
    return out


def ridge_always_zero(loss: Quadratic) -> tuple[int, ...]:
    """Weights that ridge keeps exactly 0 for every λ ≥ 0: ŵ_i = 0 and (Hŵ)_i = 0."""
    a, b = ridge_numerators(loss)
    return tuple(i for i in range(2) if a[i] == 0.0 and b[i] == 0.0)


#: ŵ × Hŵ below this share of ‖ŵ‖·‖Hŵ‖ counts as parallel (rounding of the product).
PARALLEL_RTOL = 1e-12


def ridge_is_straight(loss: Quadratic) -> bool:
    r"""Whether ridge's path is a straight segment from ŵ to 0 (in 2D).

    w(λ) = (det(H)ŵ + λHŵ)/det(H + λI) stays on the line through 0 and ŵ for
    every λ exactly when Hŵ is parallel to ŵ (ŵ an eigenvector of H; always
    when H is a multiple of I); then w(λ) = d/(d + λ)·ŵ. Otherwise the path
    bends. Parallel is decided as |ŵ₁(Hŵ)₂ − ŵ₂(Hŵ)₁| ≤ PARALLEL_RTOL·‖ŵ‖‖Hŵ‖.
    """
    loss = _check_2d_definite(loss)
    c = np.array(loss.center, dtype=float)
    q = loss.hessian @ c
    cross = abs(float(c[0] * q[1] - c[1] * q[0]))
    return cross <= PARALLEL_RTOL * float(np.linalg.norm(c) * np.linalg.norm(q))


def isotropic_hessian(loss: Quadratic) -> bool:
    """Whether H is exactly a multiple of I (equal diagonal, zero off-diagonal)."""
    h = check_loss(loss).hessian
    return bool(np.all(h == h[0, 0] * np.eye(h.shape[0])))


def coefficient_range(values: ArrayLike, *, scale: float, target_ticks: int = 3
                      ) -> tuple[float, float, float]:
    """(min, max, step) for a coefficient plot axis, even when every value is 0.

    `regmath.drawing.axis_range` of ``values`` (0 included); when they span
    less than 1e-6 · ``scale`` (a weight that stays 0), the symmetric range
    [−scale/2, scale/2] instead, so the axis has ticks and the flat line at 0
    sits in its middle. ``scale`` is the largest |value| of every plotted weight.
    """
    from regmath.drawing import axis_range

    v = np.asarray(values, dtype=float).ravel()
    if not np.isfinite(scale) or scale <= 0.0:
        raise InvalidArgumentError("scale", f"must be > 0, got {scale}")
    if float(np.ptp(np.append(v, 0.0))) < 1e-6 * scale:
        return axis_range([-0.5 * scale, 0.5 * scale], margin=0.0, target_ticks=target_ticks)
    return axis_range(v, target_ticks=target_ticks)


def nearest_knot_share(loss: Quadratic, *, top: float) -> float:
    """The smallest gap between consecutive knots (0 included) as a share of ``top``.

    How close two knots of the lasso path (or the first knot and λ = 0) come on
    a λ axis running from 0 to ``top``: a share of 0.02 on a 5-unit axis is 0.1 units.
    """
    knots = np.sort(np.array([0.0, *(e.strength for e in knot_events(loss))]))
    gaps = np.diff(knots)
    if top <= 0.0 or gaps.size == 0:
        return 0.0
    return float(np.min(gaps) / top)


def clip_polygon(points: ArrayLike, box: object) -> NDArray[np.float64]:
    r"""The part of a convex polygon inside a view box (Sutherland–Hodgman), closed.

    Each of the box's four half-planes x ≥ x₀, x ≤ x₁, y ≥ y₀, y ≤ y₁ cuts the
    polygon in turn: a vertex inside is kept, and where an edge crosses the
    boundary the crossing a + (c − a_k)/(b_k − a_k)·(b − a) is added. For a
    filled ball that grows past the frame (its outline goes through
    `regmath.framing.clip_polyline`). Sutherland & Hodgman, CACM 17(1), 1974.

    Parameters
    ----------
    points
        The polygon's vertices, shape (k, 2); a closing repeat is allowed.
    box
        A `regmath.drawing.ViewBox`.

    Returns
    -------
    ndarray, shape (m, 2)
        The clipped polygon with its first vertex repeated last; shape (0, 2)
        when nothing of it is inside.
    """
    p = np.asarray(points, dtype=float).reshape(-1, 2)
    if len(p) > 1 and np.array_equal(p[0], p[-1]):
        p = p[:-1]
    (x0, x1, _), (y0, y1, _) = box.x_range, box.y_range
    planes = ((0, x0, 1.0), (0, x1, -1.0), (1, y0, 1.0), (1, y1, -1.0))
    poly = [v for v in p]
    for axis, bound, sign in planes:
        if not poly:
            break
        out: list[NDArray[np.float64]] = []
        for k, b in enumerate(poly):
            a = poly[k - 1]
            a_in = sign * (a[axis] - bound) >= 0.0
            b_in = sign * (b[axis] - bound) >= 0.0
            if a_in != b_in:
                share = (bound - a[axis]) / (b[axis] - a[axis])
                crossing = a + share * (b - a)
                crossing[axis] = bound
                out.append(crossing)
            if b_in:
                out.append(b)
        poly = out
    if not poly:
        return np.zeros((0, 2))
    closed = np.array(poly + [poly[0]])
    return closed


def nearest_piece(pieces: list[ArrayLike], point: ArrayLike) -> list[NDArray[np.float64]]:
    r"""Of a clipped curve's pieces, the one passing nearest to ``point`` (as a one-item list).

    The distance of a piece P = (p₀, …, p_m) to a point q is min_k ‖p_k − q‖₂
    over its vertices (the pieces are dense polylines). A level set clipped
    at the view falls into arcs; the one through the touch point w* is the
    contour the story is about, the others are far parts of the same ellipse.

    Parameters
    ----------
    pieces
        Polylines, each of shape (k, 2), as `regmath.framing.clip_polyline` returns.
    point
        Shape (2,).

    Returns
    -------
    list of ndarray
        ``[piece]`` for the nearest piece (ties: the first), or ``[]`` when
        ``pieces`` is empty.
    """
    q = np.asarray(point, dtype=float).reshape(2)
    best: NDArray[np.float64] | None = None
    lowest = np.inf
    for piece in pieces:
        p = np.asarray(piece, dtype=float).reshape(-1, 2)
        if len(p) == 0:
            continue
        distance = float(np.min(np.linalg.norm(p - q, axis=1)))
        if distance < lowest:
            best, lowest = p, distance
    return [] if best is None else [best]


def strength_axis(loss: Quadratic, *, reach: float, samples: int = 241, target_ticks: int = 5
                  ) -> tuple[tuple[float, float, float], NDArray[np.float64]]:
    r"""A λ axis reaching at least ``reach`` · λ_max, ending on a round tick, and its grid.

    The axis is `regmath.drawing.axis_range` of [0, reach · λ_max] with no margin
    (λ_max = ‖Hŵ‖_∞), so it ends on a tick (a round λ such as 8); the grid runs
    from 0 to that end, ``samples`` evenly spaced values with every lasso knot
    added exactly (as `strength_grid`).

    Returns
    -------
    ((low, high, step), grid)
        The axis range and the grid, shape (m,), increasing.
    """
    from regmath.drawing import axis_range

    loss = check_loss(loss)
    if not np.isfinite(reach) or reach <= 1.0:
        raise InvalidArgumentError("reach", f"must be > 1 (past λ_max), got {reach}")
    lam_max = float(lasso_path(loss).knots[0])
    if lam_max <= 0.0:
        raise InvalidArgumentError("loss", "the lasso path is the single point 0 (Hŵ = 0)")
    axis = axis_range([0.0, reach * lam_max], margin=0.0, target_ticks=target_ticks)
    grid = strength_grid(loss, samples=samples, extent=axis[1] / lam_max)
    return axis, grid


def padded_axis(axis: tuple[float, float, float], *, share: float
                ) -> tuple[float, float, float]:
    r"""The axis ``(low, high, step)`` drawn ``share`` of a step past its last tick.

    Returns ``(low, high + share · step, step)``: the ticks stay where they were
    (the last one is ``high``), and a cursor or a dot at ``high`` no longer sits
    on the axis's end, its tick number or its label.

    Raises
    ------
    InvalidArgumentError
        For ``share`` not in [0, 1) or a step that is not > 0.
    """
    low, high, step = (float(v) for v in axis)
    if not np.isfinite(share) or not 0.0 <= share < 1.0:
        raise InvalidArgumentError("share", f"must be in [0, 1), got {share}")
    if not np.isfinite(step) or step <= 0.0:
        raise InvalidArgumentError("axis", f"the step must be > 0, got {step}")
    return (low, high + share * step, step)


def approach_strength(start: float, end: float, *, share: float) -> float:
    r"""The λ a share of the way from ``start`` to ``end``: start + share · (end − start).

    Where a sweep towards a knot pauses, so the last stretch into the knot plays
    under the words that name it. ``share`` must lie in [0, 1].
    """
    if not 0.0 <= share <= 1.0:
        raise InvalidArgumentError("share", f"must lie in [0, 1], got {share}")
    return float(start + share * (end - start))


def pull_at_zero(loss: Quadratic) -> NDArray[np.float64]:
    r"""Hŵ = −∇f(0), shape (n,): the loss's pull at w = 0.

    w = 0 solves the lasso exactly when 0 ∈ ∇f(0) + λ∂‖0‖₁, i.e. ‖Hŵ‖_∞ ≤ λ; so
    λ_max = ‖Hŵ‖_∞ is where every lasso weight has reached 0.
    """
    loss = check_loss(loss)
    return np.asarray(loss.hessian @ loss.center, dtype=float)


def corner_inset(point: ArrayLike, view: object, *, share: float
                 ) -> tuple[object, NDArray[np.float64]]:
    r"""A magnified inset's box around ``point`` and the view corner it goes in.

    The box is the square [p₁ − r, p₁ + r] × [p₂ − r, p₂ + r] with
    r = ``share`` · min(width, height) of ``view`` (its tick step is r; an inset
    is drawn without ticks). The corner is the one of the view's four corners
    (x₀ or x₁, y₀ or y₁) farthest from p in the Euclidean norm (the first in the
    order (x₀, y₀), (x₁, y₀), (x₁, y₁), (x₀, y₁) on a tie): there the inset
    covers least of what is drawn around p.

    Parameters
    ----------
    point
        p, shape (2,).
    view
        A `regmath.drawing.ViewBox`.
    share
        In (0, 0.5]: the box's half-width as a share of the view's smaller side.

    Returns
    -------
    (ViewBox, ndarray)
        The box, and the chosen corner, shape (2,).

    Raises
    ------
    InvalidArgumentError
        If ``point`` is not two finite numbers or ``share`` is not in (0, 0.5].
    """
    from regmath.drawing import ViewBox, frame_outline

    p = np.asarray(point, dtype=float)
    if p.shape != (2,) or not np.all(np.isfinite(p)):
        raise InvalidArgumentError("point", f"must be 2 finite numbers, got {point!r}")
    if not (np.isfinite(share) and 0.0 < share <= 0.5):
        raise InvalidArgumentError("share", f"must be in (0, 0.5], got {share}")
    r = float(share) * min(view.width, view.height)
    box = ViewBox(x_range=(p[0] - r, p[0] + r, r), y_range=(p[1] - r, p[1] + r, r))
    corners = frame_outline(view)[:4]
    far = corners[int(np.argmax(np.linalg.norm(corners - p, axis=1)))]
    return box, far


def ridge_arrival(loss: Quadratic, view: object, *, share: float) -> NDArray[np.float64]:
    r"""A short arrow from 0 along Hŵ: the direction in which ridge's path comes into 0.

    Ridge's solution is w(λ) = (H + λI)⁻¹Hŵ = Hŵ/λ − H·Hŵ/λ² + O(λ⁻³) as λ → ∞
    (Neumann series of (I + H/λ)⁻¹), so w(λ)/‖w(λ)‖ → Hŵ/‖Hŵ‖: the path reaches 0
    from the side of Hŵ, tangent to it, whatever ŵ's direction. The arrow is
    [0, r·Hŵ/‖Hŵ‖] with r = ``share`` · min(width, height) of ``view``.

    Parameters
    ----------
    loss
        f(w) = ½(w − ŵ)ᵀH(w − ŵ), 2D, H positive definite.
    view
        A `regmath.drawing.ViewBox`.
    share
        In (0, 0.5]: the arrow's length as a share of the view's smaller side.

    Returns
    -------
    ndarray, shape (2, 2)
        The arrow's tail (0, 0) and tip.

    Raises
    ------
    InvalidArgumentError
        If H is not 2×2 positive definite, ŵ = 0 (so Hŵ = 0: no direction), or
        ``share`` is not in (0, 0.5].
    """
    loss = _check_2d_definite(loss)
    pull = loss.hessian @ np.asarray(loss.center, dtype=float)
    return _arrow_from_zero(pull, view, share=share,
                            why="must not be 0: then Hŵ = 0 has no direction")


def center_direction(loss: Quadratic, view: object, *, share: float) -> NDArray[np.float64]:
    r"""A short arrow from 0 along ŵ, as long as `ridge_arrival`'s arrow along Hŵ.

    Drawn beside `ridge_arrival`, the two arrows compare the direction in which ridge's
    path comes into 0 (Hŵ) with the direction of ŵ itself: they coincide exactly when
    Hŵ ∥ ŵ (ŵ an eigenvector of H). The arrow is [0, r·ŵ/‖ŵ‖] with
    r = ``share`` · min(width, height) of ``view``.

    Parameters
    ----------
    loss
        f(w) = ½(w − ŵ)ᵀH(w − ŵ), 2D, H positive definite.
    view
        A `regmath.drawing.ViewBox`.
    share
        In (0, 0.5]: the arrow's length as a share of the view's smaller side.

    Returns
    -------
    ndarray, shape (2, 2)
        The arrow's tail (0, 0) and tip.

    Raises
    ------
    InvalidArgumentError
        If H is not 2×2 positive definite, ŵ = 0 (no direction), or ``share`` is not
        in (0, 0.5].
    """
    loss = _check_2d_definite(loss)
    return _arrow_from_zero(np.asarray(loss.center, dtype=float), view, share=share,
                            why="must not be 0: then ŵ has no direction")


def _arrow_from_zero(direction: NDArray[np.float64], view: object, *, share: float,
                     why: str) -> NDArray[np.float64]:
    """[0, r·d/‖d‖] with r = ``share`` · min(width, height) of ``view``; a zero ``direction``
    is refused naming ``center`` (it is ŵ or Hŵ) with ``why``."""
    if not (np.isfinite(share) and 0.0 < share <= 0.5):
        raise InvalidArgumentError("share", f"must be in (0, 0.5], got {share}")
    size = float(np.linalg.norm(direction))
    if size == 0.0:
        raise InvalidArgumentError("center", why)
    r = float(share) * min(view.width, view.height)
    return np.array([np.zeros(2), r * direction / size])
