r"""The classic side-by-side picture: one loss against the circle and the diamond.

The same loss f(w) = ½ (w − ŵ)ᵀ H (w − ŵ) is minimized over the circle
‖w‖₂ ≤ t (ridge) and over the diamond ‖w‖₁ ≤ t (the lasso). A contour grown
from ŵ touches the circle first: the diamond lies inside the circle, so

    f(w*_ridge) = min over the circle ≤ min over the diamond = f(w*_lasso),

with equality only when both problems have the same solution (H positive
definite makes f strictly convex, so each minimizer is unique). This module
holds what the picture needs beyond `regmath.drawing`: the shared view, when
the growing contour touches each ball, and the bars that show how much each
weight was shrunk.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from regmath.drawing import ball_outline, level_set
from regmath.errors import InvalidArgumentError
from regmath.framing import FocusedView, edge_pointer, focus_view
from regmath.lp import lp_norm

if TYPE_CHECKING:
    from numpy.typing import ArrayLike, NDArray

    from regmath.drawing import ViewBox
    from regmath.quadratic import Quadratic
    from regmath.solution import Solution

__all__ = [
    "classic_view",
    "touch_progress",
    "same_solution",
    "shrink_bars",
    "center_outside_both",
    "pointer_segment",
    "POINTER_SHARE",
    "level_anchor",
    "center_segment",
    "outside_ball",
    "corner_margin",
    "isotropic_contour",
    "touch_gap",
    "GAP_SHARE",
    "GAP_ZOOM",
    "gap_zoom",
    "axis_line",
    "ellipse_axes",
    "axis_shrink",
    "axis_legs",
    "drop_lines",
    "turn_direction",
    "nearest_axis",
    "mirrored_across_axis",
    "turned_pull",
    "held_pull",
    "corner_pull_solution",
    "corner_pull_at_solution",
    "cone_width_degrees",
    "share_keeping_distance",
    "wedge_pull",
    "wedge_width_degrees",
    "past_cone_edge",
    "pull_at_corner",
    "slide_past_edge",
    "ridge_pull_center",
    "curvature_turn",
    "corner_pull_center",
    "circle_slide",
    "corner_edges",
    "corner_edge_slide",
    "carried_pulls",
]

#: An arrow towards an off-screen ŵ is this share of the view's extent long.
POINTER_SHARE = 0.1


def classic_view(loss: Quadratic, ridge: Solution, lasso: Solution) -> FocusedView:
    """The view both panels share: the circle, both w* always; ŵ and both touching
    contours when the balls stay readable (`regmath.framing.focus_view`).

    The circle holds the diamond (‖w‖₂ ≤ ‖w‖₁), so its outline stands for both balls.

    Raises
    ------
    InvalidArgumentError
        When the two solutions have different radii, or H is singular (no elliptic contours).
    """
    if ridge.radius != lasso.radius:
        raise InvalidArgumentError("lasso", f"radius {lasso.radius} differs from ridge's "
                                            f"{ridge.radius}")
    t = ridge.radius
    essential = [ball_outline("l2", t), ridge.point, lasso.point]
    context = [np.asarray(loss.center, dtype=float), level_set(loss, ridge.level),
               level_set(loss, lasso.level)]
    return focus_view(essential, context, ball_diameter=2.0 * t, lean_towards=loss.center)


def touch_progress(ridge: Solution, lasso: Solution) -> float:
    r"""The growth α at which the contour touches the circle, if α = 1 touches the diamond.

    A contour grown from ŵ is at level α² f(w*_lasso) at progress α
    (`regmath.drawing.growth_levels`); it touches the circle at
    α_r = √(f(w*_ridge) / f(w*_lasso)) ≤ 1. Exactly 1 when both problems share
    their solution (`same_solution`).

    Raises
    ------
    InvalidArgumentError
        When the lasso's level is 0 (ŵ inside the diamond: nothing grows).
    """
    if same_solution(ridge, lasso):
        return 1.0
    if not lasso.level > 0.0:
        raise InvalidArgumentError("lasso", "its level is 0: ŵ lies inside the diamond")
    return float(min(np.sqrt(ridge.level / lasso.level), 1.0))


def same_solution(ridge: Solution, lasso: Solution) -> bool:
    """Whether ridge and the lasso land on exactly the same w* (then at a corner)."""
    return bool(np.array_equal(ridge.point, lasso.point))


def center_outside_both(center: ArrayLike, radius: float) -> bool:
    """Whether ŵ lies strictly outside the circle ‖w‖₂ ≤ t (and so outside the diamond too)."""
    return bool(lp_norm(np.asarray(center, dtype=float), 2.0) > radius)


def shrink_bars(start: ArrayLike, end: ArrayLike, fraction: float) -> list[NDArray[np.float64]]:
    r"""Bars along the two axes from 0 to each coordinate, moving from ``start`` to ``end``.

    Bar i runs from the origin to c eᵢ with c = (1 − τ) startᵢ + τ endᵢ and
    τ = ``fraction`` ∈ [0, 1]: at τ = 0 the bars show ŵ's weights, at τ = 1
    w*'s, so their lengths shrink by the factors w*ᵢ / ŵᵢ.

    Returns
    -------
    list of two arrays, shape (2, 2)
        [[0, 0], [c₁, 0]] and [[0, 0], [0, c₂]].
    """
    a = np.asarray(start, dtype=float).reshape(-1)
    b = np.asarray(end, dtype=float).reshape(-1)
    if a.shape != (2,) or b.shape != (2,):
        raise InvalidArgumentError("start", "start and end must be 2D points")
    tau = float(fraction)
    if not 0.0 <= tau <= 1.0:
        raise InvalidArgumentError("fraction", f"must lie in [0, 1], got {fraction}")
    # At the ends exactly the given coordinates (no rounding from the blend).
    c = a.copy() if tau == 0.0 else b.copy() if tau == 1.0 else (1.0 - tau) * a + tau * b
    return [np.array([[0.0, 0.0], [c[0], 0.0]]), np.array([[0.0, 0.0], [0.0, c[1]]])]


def pointer_segment(target: ArrayLike, box: ViewBox, *, share: float = POINTER_SHARE
                    ) -> NDArray[np.float64]:
    """An arrow inside ``box`` pointing at an off-screen ``target``, shape (2, 2): start, tip.

    The tip is where the line from the box's centre to the target leaves the
    box (pulled in, `regmath.framing.edge_pointer`); the arrow is ``share`` of
    the box's extent long, along that line.
    """
    if not 0.0 < share <= 0.5:
        raise InvalidArgumentError("share", f"must lie in (0, 0.5], got {share}")
    tip, direction = edge_pointer(target, box)
    extent = max(box.width, box.height)
    return np.array([tip - share * extent * direction, tip])


def level_anchor(loss: Quadratic, level: float, direction: ArrayLike) -> NDArray[np.float64]:
    r"""The point of the contour {f = L} whose outward normal points along ``direction``.

    On the ellipse ½ (w − ŵ)ᵀ H (w − ŵ) = L the outward normal at w is H (w − ŵ);
    it is parallel to d (and points the same way) at

        w = ŵ + √(2L / (dᵀ H⁻¹ d)) · H⁻¹ d,

    the support point of the ellipse in the direction d (Boyd & Vandenberghe,
    *Convex Optimization*, §8.1.1, the support function of an ellipsoid). A label
    set next to this point, on the side of d, stays outside the contour.

    Returns
    -------
    array, shape (2,)

    Raises
    ------
    InvalidArgumentError
        For a negative level, or a direction of length 0 or not 2D.
    """
    d = np.asarray(direction, dtype=float).reshape(-1)
    if d.shape != (2,) or not np.all(np.isfinite(d)) or not np.any(d != 0.0):
        raise InvalidArgumentError("direction", f"must be a nonzero 2D vector, got {direction}")
    if not (np.isfinite(level) and level >= 0.0):
        raise InvalidArgumentError("level", f"must be finite and >= 0, got {level}")
    h = np.asarray(loss.hessian, dtype=float)
    step = np.linalg.solve(h, d)
    return np.asarray(loss.center, dtype=float) + np.sqrt(2.0 * level / float(d @ step)) * step


def center_segment(center: ArrayLike) -> NDArray[np.float64]:
    """The segment from 0 to ŵ, shape (2, 2): where ridge's w* lies when H = cI.

    With H = cI the loss is (c/2)‖w − ŵ‖², so w* over the circle ‖w‖₂ ≤ t is
    the point of the circle nearest ŵ, ŵ · t / ‖ŵ‖₂ (a projection onto a
    ball): a point of this segment, and both weights shrink by the one factor
    t / ‖ŵ‖₂.
    """
    c = np.asarray(center, dtype=float).reshape(-1)
    if c.shape != (2,):
        raise InvalidArgumentError("center", "must be a 2D point")
    return np.array([[0.0, 0.0], c])


def ellipse_axes(loss: Quadratic, level: float, *, extend: float = 1.0
                 ) -> list[NDArray[np.float64]]:
    r"""The two axes of f's ellipse f(w) = ``level``, as segments through ŵ: shape (2, 2) each.

    f(w) = ½(w − ŵ)ᵀH(w − ŵ) has ellipses centred on ŵ whose axes point along H's
    eigenvectors v₁, v₂ (smallest eigenvalue λ₁ first, the long axis), with semi-axes
    √(2·level/λₖ): the segments ŵ ± ``extend``·√(2·level/λₖ)·vₖ (``extend`` = 1: the
    ellipse's own diameters). ŵ lies on a line through 0 along an axis exactly when ŵ is an
    eigenvector of H, the case where ridge shrinks both weights by one factor.

    Raises
    ------
    InvalidArgumentError
        When ``level`` or ``extend`` is not a positive finite number.
    """
    for name, value in (("level", level), ("extend", extend)):
        if not (math.isfinite(value) and value > 0.0):
            raise InvalidArgumentError(name, f"must be positive, got {value!r}")
    center = np.asarray(loss.center, dtype=float).reshape(2)
    values, vectors = np.linalg.eigh(np.asarray(loss.hessian, dtype=float))
    halves = [extend * math.sqrt(2.0 * level / float(v)) for v in values]
    return [np.array([center - h * vectors[:, k], center + h * vectors[:, k]])
            for k, h in enumerate(halves)]


def axis_shrink(loss: Quadratic, strength: float
                ) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    r"""H's curvatures h₁ ≤ h₂ (the order of `ellipse_axes`) and ridge's shrink h/(h + λ) on each.

    Ridge's w* minimizes f(w) + (λ/2)‖w‖₂², so (H + λI)w* = Hŵ: w* = (H + λI)⁻¹Hŵ. In the
    eigenbasis of H (the axes of f's ellipses) this matrix is diagonal, so the coordinate of
    w* along axis k is hₖ/(hₖ + λ) times ŵ's. Two different curvatures give two different
    factors; w₁ and w₂ then shrink by one factor only when ŵ lies along an axis.

    Raises
    ------
    InvalidArgumentError
        When ``strength`` is negative or not finite.
    """
    if not (math.isfinite(strength) and strength >= 0.0):
        raise InvalidArgumentError("strength", f"must be non-negative, got {strength!r}")
    values = np.linalg.eigvalsh(np.asarray(loss.hessian, dtype=float))
    return values, values / (values + strength)


def axis_legs(loss: Quadratic, strength: float, fraction: float
              ) -> list[NDArray[np.float64]]:
    r"""ŵ split into its parts along the axes of f's ellipses, each part scaled towards ridge's.

    ŵ = p₁ + p₂ with pₖ = (vₖ·ŵ)vₖ, vₖ H's unit eigenvectors (the order of `axis_shrink`:
    the long axis first). Ridge's w* = (H + λI)⁻¹Hŵ = s₁p₁ + s₂p₂ with sₖ = hₖ/(hₖ + λ).
    Returns the two legs of that sum as segments, shape (2, 2) each: the first from 0 to
    c₁p₁, the second from there to c₁p₁ + c₂p₂, with cₖ = 1 + ``fraction``·(sₖ − 1):
    ``fraction`` = 0 lands on ŵ, 1 on ridge's w* at λ = ``strength``.

    Raises
    ------
    InvalidArgumentError
        When ``strength`` is negative or not finite, or ``fraction`` is not in [0, 1].
    """
    if not (math.isfinite(fraction) and 0.0 <= fraction <= 1.0):
        raise InvalidArgumentError("fraction", f"must be in [0, 1], got {fraction!r}")
    _, factors = axis_shrink(loss, strength)
    _, vectors = np.linalg.eigh(np.asarray(loss.hessian, dtype=float))
    center = np.asarray(loss.center, dtype=float).reshape(2)
    start = np.zeros(2)
    legs = []
    for k in range(2):
        v = vectors[:, k]
        scale = 1.0 + fraction * (float(factors[k]) - 1.0)
        end = start + scale * float(v @ center) * v
        legs.append(np.array([start, end]))
        start = end
    return legs


def outside_ball(point: ArrayLike, norm: str, radius: float) -> bool:
    """Whether ``point`` lies strictly outside the ball ‖w‖_p ≤ t (p = 2 or 1)."""
    p = {"l2": 2.0, "l1": 1.0}.get(norm)
    if p is None:
        raise InvalidArgumentError("norm", f"must be 'l2' or 'l1', got {norm!r}")
    return bool(lp_norm(np.asarray(point, dtype=float), p) > radius)


def corner_margin(lasso: Solution) -> float:
    r"""How far −∇f(w*) lies inside the normal cone of the diamond's corner w*.

    At a corner of ‖w‖₁ ≤ t, KKT gives −∇f(w*) = λ g with g_i = sign(w*_i) where
    w*_i ≠ 0 and |g_i| ≤ 1 where w*_i = 0 (`Solution.normal`, λ = ‖∇f(w*)‖_∞).
    The margin is

        1 − max_{i : w*_i = 0} |g_i|,

    1 when −∇f points along the corner's axis, 0 when it lies on an edge of the cone:
    then the contour through w* is also tangent to an edge of the diamond at the corner
    (a borderline case, where any nudge of ŵ moves w* off the corner).

    Raises
    ------
    InvalidArgumentError
        When ``lasso`` is not an L1 solution at a corner with an active constraint.
    """
    if lasso.norm != "l1" or not lasso.active or not lasso.at_corner:
        raise InvalidArgumentError("lasso", "corner_margin needs an active L1 solution at a "
                                            "corner of the diamond")
    zero = np.asarray(lasso.point) == 0.0
    return float(1.0 - np.max(np.abs(np.asarray(lasso.normal, dtype=float)[zero])))


def isotropic_contour(center: ArrayLike, radius: float, *, samples: int = 129
                      ) -> NDArray[np.float64]:
    r"""The contour that would touch the circle ‖w‖₂ ≤ t if H were a multiple of I.

    With H = cI the contours are circles around ŵ, and the one that touches the
    circle ‖w‖₂ = t from outside has radius ‖ŵ‖₂ − t; it touches at ŵ t / ‖ŵ‖₂
    (`regmath.facts.isotropic_solution`). Returns a closed polyline, shape
    (samples, 2): ŵ + (‖ŵ‖₂ − t)(cos θ, sin θ), θ from 0 to 2π.

    Raises
    ------
    InvalidArgumentError
        When ``center`` is not a 2D point, ``radius`` is negative, or ŵ is not outside the
        circle (no contour touches it).
    """
    c = np.asarray(center, dtype=float).reshape(-1)
    if c.shape != (2,):
        raise InvalidArgumentError("center", "must be a 2D point")
    if not radius >= 0.0:
        raise InvalidArgumentError("radius", f"must be at least 0, got {radius}")
    gap = float(lp_norm(c, 2.0)) - radius
    if not gap > 0.0:
        raise InvalidArgumentError("center", "must lie outside the circle ‖w‖₂ ≤ t")
    theta = np.linspace(0.0, 2.0 * np.pi, samples)
    curve = c + gap * np.column_stack([np.cos(theta), np.sin(theta)])
    curve[-1] = curve[0]
    return curve


#: The lasso's touch is magnified when the gap `touch_gap` is below this share of the
#: view's width (at 720p a panel of 450 px: under about 13 px), and the magnified box is
#: this many gaps wide on each side of the gap's midpoint (the gap is a quarter of it).
GAP_SHARE = 0.03
GAP_ZOOM = 2.0


def touch_gap(loss: Quadratic, ridge: Solution, lasso: Solution) -> NDArray[np.float64]:
    r"""The gap the growing contour still has to close at ridge's level, on its way to the
    lasso's w*: a segment, shape (2, 2), from the contour to w*_lasso.

    The contour at progress α is ŵ + α (C − ŵ), with C the contour through w*_lasso
    (`regmath.drawing.growth_levels`: its level α² f(w*_lasso) scales the ellipse about
    ŵ by α). The point that ends at w*_lasso is ŵ + α (w*_lasso − ŵ); at ridge's touch
    α = α_r (`touch_progress`), so the segment is

        [ŵ + α_r (w*_lasso − ŵ),  w*_lasso],

    of length (1 − α_r) ‖w*_lasso − ŵ‖₂: 0 when both problems share their solution.

    Raises
    ------
    InvalidArgumentError
        As `touch_progress` (the lasso's level is 0).
    """
    alpha = touch_progress(ridge, lasso)
    center = np.asarray(loss.center, dtype=float)
    end = np.asarray(lasso.point, dtype=float)
    return np.array([center + alpha * (end - center), end])


def gap_zoom(loss: Quadratic, ridge: Solution, lasso: Solution, view: ViewBox, *,
             share: float = GAP_SHARE, zoom: float = GAP_ZOOM) -> ViewBox | None:
    r"""The square box to magnify the lasso's touch in, or None when its gap reads unzoomed.

    With the gap segment [a, b] of `touch_gap` and g = ‖b − a‖₂: None when g = 0 (one
    solution for both) or g ≥ ``share`` × the view's width; else the square of half-width
    ``zoom`` × g centred on (a + b) / 2, so the contour at ridge's level, the contour that
    touches and w*_lasso all lie inside it (tick step: the half-width; the inset is drawn
    without ticks).

    Raises
    ------
    InvalidArgumentError
        When ``share`` or ``zoom`` is not > 0, or as `touch_gap`.
    """
    from regmath.drawing import ViewBox

    if not (np.isfinite(share) and share > 0.0):
        raise InvalidArgumentError("share", f"must be > 0, got {share}")
    if not (np.isfinite(zoom) and zoom > 0.0):
        raise InvalidArgumentError("zoom", f"must be > 0, got {zoom}")
    a, b = touch_gap(loss, ridge, lasso)
    gap = float(np.linalg.norm(b - a))
    if gap == 0.0 or gap >= share * view.width:
        return None
    c, r = (a + b) / 2.0, zoom * gap
    return ViewBox((float(c[0]) - r, float(c[0]) + r, r), (float(c[1]) - r, float(c[1]) + r, r))


def axis_line(view: ViewBox, index: int) -> NDArray[np.float64]:
    r"""The axis on which weight ``index`` is 0, across the view: shape (2, 2).

    index 0 (w₁ = 0, the w₂ axis): (0, y₀) to (0, y₁); index 1 (w₂ = 0, the w₁ axis):
    (x₀, 0) to (x₁, 0), with [x₀, x₁] × [y₀, y₁] the view's ranges.

    Raises
    ------
    InvalidArgumentError
        When ``index`` is not 0 or 1.
    """
    if index not in (0, 1):
        raise InvalidArgumentError("index", f"must be 0 or 1, got {index!r}")
    if index == 0:
        return np.array([[0.0, view.y_range[0]], [0.0, view.y_range[1]]], dtype=float)
    return np.array([[view.x_range[0], 0.0], [view.x_range[1], 0.0]], dtype=float)


def drop_lines(point: ArrayLike) -> list[NDArray[np.float64]]:
    r"""The segments from ``point`` straight down to each axis, shape (2, 2) each.

    For p = (p₁, p₂): [p, (p₁, 0)] (to the w₁ axis, where the bar of weight 1
    ends, `shrink_bars` at τ = 0) and [p, (0, p₂)] (to the w₂ axis). A segment
    of length 0 (p on that axis) is left out.

    Raises
    ------
    InvalidArgumentError
        When ``point`` is not a finite 2D point.
    """
    p = np.asarray(point, dtype=float).reshape(-1)
    if p.shape != (2,) or not np.all(np.isfinite(p)):
        raise InvalidArgumentError("point", f"must be a finite 2D point, got {point}")
    feet = [np.array([p[0], 0.0]), np.array([0.0, p[1]])]
    return [np.array([p, foot]) for foot in feet if not np.array_equal(foot, p)]


def _nonzero_2d(value: ArrayLike, name: str) -> NDArray[np.float64]:
    """``value`` as a float 2-vector, or InvalidArgumentError naming ``name`` unless it is
    a finite nonzero 2-vector (a direction)."""
    d = np.asarray(value, dtype=float).reshape(-1)
    if d.shape != (2,) or not np.all(np.isfinite(d)) or not np.any(d):
        raise InvalidArgumentError(name, f"must be a finite nonzero 2-vector, got {d!r}")
    return d


def turn_direction(start: ArrayLike, end: ArrayLike, fraction: float) -> NDArray[np.float64]:
    r"""The unit direction ``fraction`` of the way from ``start``'s angle to ``end``'s, the
    short way round: (cos φ, sin φ) with φ = a₀ + τ·((a₁ − a₀) wrapped to (−π, π]).

    τ = 0 gives start / ‖start‖ and τ = 1 gives end / ‖end‖ exactly (no rounding
    through the angle: a pull turned onto an axis lies exactly on it).

    Raises
    ------
    InvalidArgumentError
        When a direction is not a finite nonzero 2-vector or τ is outside [0, 1].
    """
    a, b = _nonzero_2d(start, "start"), _nonzero_2d(end, "end")
    if not 0.0 <= fraction <= 1.0:
        raise InvalidArgumentError("fraction", f"must lie in [0, 1], got {fraction}")
    if fraction == 0.0:
        return a / np.hypot(a[0], a[1])
    if fraction == 1.0:
        return b / np.hypot(b[0], b[1])
    a0, a1 = np.arctan2(a[1], a[0]), np.arctan2(b[1], b[0])
    turn = np.mod(a1 - a0 + np.pi, 2.0 * np.pi) - np.pi
    phi = a0 + fraction * turn
    return np.array([np.cos(phi), np.sin(phi)])


def ridge_line_tilt(hessian: ArrayLike, axis: ArrayLike) -> float:
    r"""The angle in degrees between the axis direction e = ``axis`` and the ray of ŵ
    whose ridge solution is t·e on that axis, ŵ = t·e + μH⁻¹e (μ ≥ 0,
    `regmath.sparsity.l2_sparse_rays`): the angle between e and H⁻¹e, in [0, 90). It is
    0 exactly when e is an eigenvector of H (H diagonal for both axes): the curvature H
    tilts the line of ŵ away from the axis.

    Raises
    ------
    InvalidArgumentError
        (``axis``) when not a finite nonzero 2-vector; (``hessian``) when singular.
    """
    e = _nonzero_2d(axis, "axis")
    h = np.asarray(hessian, dtype=float)
    if h.shape != (2, 2) or not np.all(np.isfinite(h)) or np.linalg.det(h) == 0.0:
        raise InvalidArgumentError("hessian", "must be a finite invertible 2×2 matrix")
    u = np.linalg.solve(h, e)
    cross = abs(float(e[0] * u[1] - e[1] * u[0]))
    return float(np.degrees(np.arctan2(cross, abs(float(e @ u)))))


def pull_aim_degrees(loss: Quadratic, solution: Solution) -> float:
    r"""The angle in degrees, in [0, 90), between the full pull at w*, −∇f(w*) = H(ŵ − w*),
    and the direction ŵ − w* from w* to ŵ: H turns the pull off ŵ's direction by this
    much (0 exactly when ŵ − w* is an eigenvector of H). Below 90° always (H is positive
    definite); 0 when ŵ = w*. Two weights (the classic picture's plane): ``loss.dim`` is 2.
    """
    d = np.asarray(loss.center, dtype=float) - np.asarray(solution.point, dtype=float)
    if not np.any(d):
        return 0.0
    pull = np.asarray(loss.hessian, dtype=float) @ d
    cross = abs(float(d[0] * pull[1] - d[1] * pull[0]))
    return float(np.degrees(np.arctan2(cross, float(d @ pull))))


def nearest_axis(direction: ArrayLike) -> NDArray[np.float64]:
    r"""The unit vector along a coordinate axis nearest in angle to ``direction``:
    sign(d_k)·e_k with k the index of d's larger magnitude (the first on a tie).

    Raises
    ------
    InvalidArgumentError
        When ``direction`` is not a finite nonzero 2-vector.
    """
    d = _nonzero_2d(direction, "direction")
    k = int(np.argmax(np.abs(d)))
    axis = np.zeros(2)
    axis[k] = np.sign(d[k])
    return axis


def mirrored_across_axis(direction: ArrayLike) -> NDArray[np.float64]:
    r"""The unit direction mirrored across its nearest coordinate axis (`nearest_axis`):
    d / ‖d‖ with the other entry's sign flipped. Turning from d to it the short way round
    passes through that axis (the angle to the axis is at most 45°, so the turn is at most
    90°): a pull swept from d to its mirror crosses the axis, it does not stop on it.

    Raises
    ------
    InvalidArgumentError
        When ``direction`` is not a finite nonzero 2-vector.
    """
    d = _nonzero_2d(direction, "direction")
    k = int(np.argmax(np.abs(nearest_axis(d))))
    u = d / np.hypot(d[0], d[1])
    u[1 - k] = -u[1 - k]
    return u


def turned_pull(solution: Solution, direction: ArrayLike, *, length: float
                ) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    r"""Where the ball's minimizer sits when the loss's pull −∇f points along ``direction``
    (a unit vector u), and the pull drawn from there ``length`` long: (point, tip).

    KKT: −∇f(w*) lies in the normal cone of the ball at w*. On the circle ‖w‖₂ = t the
    normal cone at w is the ray along w, so the one point for u is t·u (on an axis
    only when u is). At an L1 corner (``solution`` at a corner) the normal cone is
    wide: for every u inside it the point stays the corner itself.

    Raises
    ------
    InvalidArgumentError
        When ``solution`` is neither an L2 solution nor an L1 corner, or (L1) when u
        lies outside the corner's normal cone, or ``length`` is negative.
    """
    u = _nonzero_2d(direction, "direction")
    if not np.isfinite(length) or length < 0.0:
        raise InvalidArgumentError("length", f"must be finite and ≥ 0, got {length!r}")
    u = u / np.hypot(u[0], u[1])
    if solution.norm == "l2":
        point = solution.radius * u
    elif solution.norm == "l1" and solution.at_corner and solution.point.size == 2:
        j = int(np.flatnonzero(solution.point)[0])
        # In the cone: u_j has w*_j's sign and |u_k| ≤ |u_j| (subgradient g_k ∈ [−1, 1]),
        # to rounding (a pull on the cone's edge, turned through cos and sin).
        inside = (np.sign(u[j]) == np.sign(solution.point[j])
                  and abs(u[1 - j]) <= abs(u[j]) * (1.0 + 1e-9))
        if not inside:
            raise InvalidArgumentError("direction", "lies outside the corner's normal cone")
        point = np.array(solution.point, dtype=float)
    else:
        raise InvalidArgumentError("solution", "must be an L2 solution or an L1 corner in 2D")
    return point, point + length * u


def held_pull(loss: Quadratic, point: ArrayLike, *, length: float
              ) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    r"""The pull −∇f(w) = H(ŵ − w) of ``loss`` at a w held at ``point`` (a corner, say,
    whatever ŵ is), drawn ``length`` long from there along its direction: (point, tip).

    Unlike `turned_pull` there is no optimality check: past the wedge of ŵ this pull lies
    outside the corner's normal cone, which is why w* leaves the corner.

    Raises
    ------
    InvalidArgumentError
        (``point``) when not a finite point of the loss's dimension, or when the pull there
        is 0 (ŵ at ``point``); (``length``) when negative or not finite.
    """
    w = np.asarray(point, dtype=float)
    if w.shape != (loss.dim,) or not np.all(np.isfinite(w)):
        raise InvalidArgumentError("point", f"must be a finite point of shape ({loss.dim},)")
    if not np.isfinite(length) or length < 0.0:
        raise InvalidArgumentError("length", f"must be finite and ≥ 0, got {length!r}")
    pull = -np.asarray(loss.gradient(w), dtype=float)
    size = float(np.linalg.norm(pull))
    if size == 0.0:
        raise InvalidArgumentError("point", "has no pull: ŵ is there")
    return w, w + length * pull / size


def _share(share: float) -> float:
    """``share`` as a finite positive float, or InvalidArgumentError naming it."""
    k = float(share)
    if not (math.isfinite(k) and k > 0.0):
        raise InvalidArgumentError("share", f"must be finite and positive, got {share!r}")
    return k


def corner_pull_solution(loss: Quadratic, solution: Solution, direction: ArrayLike, *,
                         share: float = 1.0) -> NDArray[np.float64]:
    r"""The lasso's w* for other data whose pull at ``solution``'s corner c points along
    ``direction`` (a unit vector u): same H, ‖∇f(c)‖ kept, ŵ′ = c + m·H⁻¹u with
    m = ‖∇f(w*)‖₂, so that −∇f′(c) = m·u; with ``share`` = k > 0, m = k·‖∇f(w*)‖₂ (other
    data nearer the corner: the same argument, a smaller pull).

    For u inside the corner's normal cone the answer is c itself. Turned past the cone's
    edge s (a sign vector, the normal of the edge s·w = t through c), the corner no longer
    holds: w* leaves it and slides along that edge, to

        w*′ = c + m·H⁻¹(u − α s),   α = sᵀH⁻¹u / sᵀH⁻¹s

    (the minimizer of f′ on the line s·w = t; −∇f′(w*′) = m·α·s, the edge's normal), as
    long as it stays on the edge; the point is the exact solver's (`constrained`), which
    agrees with the closed form there and stays right beyond.

    Raises
    ------
    InvalidArgumentError
        When ``solution`` is not a 2D L1 corner, or ``direction`` is not a finite nonzero
        2-vector; (``share``) when not finite and positive.
    """
    from regmath.quadratic import Quadratic as _Quadratic
    from regmath.solve import constrained as _constrained

    u = _nonzero_2d(direction, "direction")
    u = u / np.hypot(u[0], u[1])
    if not (solution.norm == "l1" and solution.at_corner and solution.point.size == 2):
        raise InvalidArgumentError("solution", "must be an L1 corner in 2D")
    hessian = np.asarray(loss.hessian, dtype=float)
    corner = np.asarray(solution.point, dtype=float)
    size = _share(share) * float(np.hypot(*solution.gradient))
    center = corner + size * np.linalg.solve(hessian, u)
    other = _Quadratic(center=center, hessian=hessian)
    return np.asarray(_constrained(other, norm="l1", radius=solution.radius).point, dtype=float)


def corner_pull_at_solution(loss: Quadratic, solution: Solution, direction: ArrayLike, *,
                            share: float = 1.0
                            ) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    r"""Other data's lasso w*′ (`corner_pull_solution`) and the pull −∇f′(w*′) there:
    (w*′, pull).

    The other data are ŵ′ = c + m·H⁻¹u (same H, m = ‖∇f(w*)‖₂, u = ``direction``
    normalised), so −∇f′(w) = H(ŵ′ − w). Inside the corner's normal cone w*′ = c and the
    pull is m·u; turned past the cone's edge s, w*′ slides along that edge and the pull
    there is m·α·s (α = sᵀH⁻¹u / sᵀH⁻¹s): perpendicular to the edge, continuous with
    m·u at the cone's edge. ``share`` as in `corner_pull_solution`.

    Raises
    ------
    InvalidArgumentError
        As `corner_pull_solution`.
    """
    point = corner_pull_solution(loss, solution, direction, share=share)
    u = _nonzero_2d(direction, "direction")
    u = u / np.hypot(u[0], u[1])
    hessian = np.asarray(loss.hessian, dtype=float)
    corner = np.asarray(solution.point, dtype=float)
    size = _share(share) * float(np.hypot(*solution.gradient))
    center = corner + size * np.linalg.solve(hessian, u)
    return point, hessian @ (center - point)


def corner_pull_center(loss: Quadratic, solution: Solution, direction: ArrayLike, *,
                       share: float = 1.0) -> NDArray[np.float64]:
    r"""The other data ŵ′ = c + m·H⁻¹u behind `corner_pull_solution` (same H, m = ‖∇f(w*)‖₂,
    u = ``direction`` normalised, c the corner): the ŵ that moves as the lasso's pull turns.

    −∇f′(c) = H(ŵ′ − c) = m·u, so for u in the corner's normal cone ŵ′ lies in the wedge
    c + H⁻¹N(c) of the ŵ whose lasso solution is c (`regmath.sparsity.eased_wedge` at
    amount 1); past the cone's edge ŵ′ leaves the wedge and w*′ slides along the edge. For
    u along the real pull ŵ′ is ŵ itself (to rounding). ``share`` as in
    `corner_pull_solution` (ŵ′ = c + k·m·H⁻¹u).

    Raises
    ------
    InvalidArgumentError
        As `corner_pull_solution`.
    """
    u = _nonzero_2d(direction, "direction")
    u = u / np.hypot(u[0], u[1])
    if not (solution.norm == "l1" and solution.at_corner and solution.point.size == 2):
        raise InvalidArgumentError("solution", "must be an L1 corner in 2D")
    hessian = np.asarray(loss.hessian, dtype=float)
    size = _share(share) * float(np.hypot(*solution.gradient))
    return np.asarray(solution.point, dtype=float) + size * np.linalg.solve(hessian, u)


def _angle_degrees(a: NDArray[np.float64], b: NDArray[np.float64]) -> float:
    """The angle between two nonzero 2D vectors, in degrees (cosine clipped to [−1, 1])."""
    cos = float(np.dot(a, b) / (np.hypot(*a) * np.hypot(*b)))
    return float(np.degrees(np.arccos(np.clip(cos, -1.0, 1.0))))


def _extreme_normals(solution: Solution) -> NDArray[np.float64] | None:
    """The normal cone's two extreme rays at a 2D w*, or None with one normal."""
    if solution.point.size != 2:
        raise InvalidArgumentError("solution", "must be 2D")
    rays = np.asarray(solution.normal_cone, dtype=float)
    return rays if rays.shape[0] >= 2 else None


def cone_width_degrees(solution: Solution) -> float:
    r"""The angle between the extreme normals of the ball at w*, in degrees: 0 on the
    circle or on an edge (one normal), 90 at a corner of the 2D diamond (between the edge
    normals (±1, 1)).

    Raises
    ------
    InvalidArgumentError
        When ``solution`` is not 2D.
    """
    rays = _extreme_normals(solution)
    if rays is None:
        return 0.0
    return _angle_degrees(rays[0], rays[1])


def wedge_width_degrees(loss: Quadratic, solution: Solution) -> float:
    r"""The angle of the wedge of ŵ that share this w*, in degrees: the normal cone's
    extreme normals n carried by H⁻¹ (ŵ = w* + H⁻¹·λn), 0 with one normal.

    At the lasso's corner the 90° cone between (±1, 1) becomes the wedge between H⁻¹(±1, 1):
    H⁻¹ bends it, wider or narrower.

    Raises
    ------
    InvalidArgumentError
        When ``solution`` is not 2D.
    """
    rays = _extreme_normals(solution)
    if rays is None:
        return 0.0
    h = np.asarray(loss.hessian, dtype=float)
    return _angle_degrees(np.linalg.solve(h, rays[0]), np.linalg.solve(h, rays[1]))


def wedge_pull(loss: Quadratic, solution: Solution, near: ArrayLike, fraction: float
               ) -> NDArray[np.float64]:
    r"""The unit pull direction u in the normal cone at ``solution``'s corner whose ŵ lies
    ``fraction`` of the way across the wedge w* + H⁻¹N(w*) (`wedge_width_degrees`), by
    angle, from the edge H⁻¹·``near`` (one of the cone's two rays) to the other: u = Hd/‖Hd‖
    with d that direction of the wedge.

    H⁻¹ maps the cone (under 180°) onto the wedge linearly, so for 0 < fraction < 1 u lies
    strictly inside the cone: other data ŵ′ = w* + m·H⁻¹u sit inside the wedge, away from
    both its edges (review r59 item 3: a sample on the wedge's edge read as outside it).

    Raises
    ------
    InvalidArgumentError
        When ``solution`` is not a 2D corner (fewer than two extreme normals), ``near`` is
        not one of its cone's rays, or ``fraction`` is outside [0, 1].
    """
    rays = _extreme_normals(solution)
    if rays is None:
        raise InvalidArgumentError("solution", "must be a 2D corner (a normal cone with two rays)")
    if not 0.0 <= fraction <= 1.0:
        raise InvalidArgumentError("fraction", f"must lie in [0, 1], got {fraction}")
    n = _nonzero_2d(near, "near")
    match = [k for k, r in enumerate(rays)
             if np.allclose(r / np.hypot(*r), n / np.hypot(*n), rtol=0.0, atol=1e-12)]
    if not match:
        raise InvalidArgumentError("near", "must be one of the corner's normal-cone rays")
    hessian = np.asarray(loss.hessian, dtype=float)
    first = np.linalg.solve(hessian, rays[match[0]])
    other = np.linalg.solve(hessian, rays[1 - match[0]])
    d = turn_direction(first, other, float(fraction))
    pull = hessian @ d
    return pull / float(np.hypot(*pull))


def share_keeping_distance(loss: Quadratic, solution: Solution, direction: ArrayLike
                           ) -> float:
    r"""The ``share`` k of `corner_pull_center` that keeps other data ŵ′ = c + k·m·H⁻¹u as
    far from the corner c as ŵ is: k = ‖ŵ − c‖ / (m·‖H⁻¹u‖), m = ‖∇f(w*)‖₂, u =
    ``direction`` normalised (1 along the real pull, where ŵ′ = ŵ).

    Raises
    ------
    InvalidArgumentError
        When ``solution`` is not a 2D L1 corner or ``direction`` is not a finite nonzero
        2-vector; when ŵ is the corner itself.
    """
    u = _nonzero_2d(direction, "direction")
    u = u / np.hypot(u[0], u[1])
    if not (solution.norm == "l1" and solution.at_corner and solution.point.size == 2):
        raise InvalidArgumentError("solution", "must be an L1 corner in 2D")
    corner = np.asarray(solution.point, dtype=float)
    distance = float(np.hypot(*(np.asarray(loss.center, dtype=float) - corner)))
    size = float(np.hypot(*solution.gradient))
    reach = size * float(np.hypot(*np.linalg.solve(np.asarray(loss.hessian, dtype=float), u)))
    if not (distance > 0.0 and reach > 0.0):
        raise InvalidArgumentError("loss", "ŵ must differ from the corner")
    return distance / reach


def past_cone_edge(solution: Solution, degrees: float) -> tuple[NDArray[np.float64],
                                                                NDArray[np.float64]]:
    r"""The corner's normal-cone edge nearest the pull −∇f(w*), as a unit vector r, and the
    unit direction ``degrees`` past it, turned away from the cone (outside it for
    0 < degrees < 180 − the cone's width): (r, u).

    Raises
    ------
    InvalidArgumentError
        When ``solution`` is not a 2D L1 corner or ``degrees`` is not in (0, 90).
    """
    if not (solution.norm == "l1" and solution.at_corner and solution.point.size == 2):
        raise InvalidArgumentError("solution", "must be an L1 corner in 2D")
    if not (np.isfinite(degrees) and 0.0 < degrees < 90.0):
        raise InvalidArgumentError("degrees", f"must lie in (0, 90), got {degrees!r}")
    rays = np.asarray(solution.normal_cone, dtype=float)
    rays = rays / np.hypot(rays[:, 0], rays[:, 1])[:, np.newaxis]
    pull = -np.asarray(solution.gradient, dtype=float)
    pull = pull / np.hypot(pull[0], pull[1])
    near = int(np.argmax(rays @ pull))
    edge, other = rays[near], rays[1 - near]
    # Turn away from the other ray: the sign of the cross product other × edge.
    sign = 1.0 if other[0] * edge[1] - other[1] * edge[0] > 0.0 else -1.0
    angle = np.arctan2(edge[1], edge[0]) + sign * np.radians(degrees)
    return edge, np.array([np.cos(angle), np.sin(angle)])


def pull_at_corner(solution: Solution, direction: ArrayLike, *, length: float
                   ) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    r"""The pull at an L1 corner c drawn along ``direction`` u, inside the normal cone or
    not: (c, c + length·u).

    Raises
    ------
    InvalidArgumentError
        When ``solution`` is not a 2D L1 corner, u is not a finite nonzero 2-vector or
        ``length`` is negative.
    """
    u = _nonzero_2d(direction, "direction")
    if not np.isfinite(length) or length < 0.0:
        raise InvalidArgumentError("length", f"must be finite and ≥ 0, got {length!r}")
    if not (solution.norm == "l1" and solution.at_corner and solution.point.size == 2):
        raise InvalidArgumentError("solution", "must be an L1 corner in 2D")
    point = np.array(solution.point, dtype=float)
    return point, point + length * u / np.hypot(u[0], u[1])


def slide_past_edge(loss: Quadratic, solution: Solution, degrees: float, *,
                    share: float = 0.5) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    r"""The pull turned past the corner's cone edge (`past_cone_edge`) by at most
    ``degrees``, and less where other data's w* (`corner_pull_solution`) would slide
    further than ``share`` of the edge (t·√2): (r, u), u the turned direction.

    The slide ‖w*′ − c‖ grows with the turn (the closed form c + m·H⁻¹(u − α s) is
    continuous, 0 at the cone's edge); the turn is found by bisection (60 halvings) when
    ``degrees`` would go too far, so w*′ lies inside the edge, clear of the far corner.
    Where the full turn would carry ŵ′ across the edge's line into the diamond (sᵀH⁻¹u ≤ 0:
    w*′ = ŵ′ leaves the edge), the turn is cut where sᵀH⁻¹u is half its value at the
    cone's edge, so w*′ stays on the edge with a visible pull.

    Raises
    ------
    InvalidArgumentError
        As `past_cone_edge`, or when ``share`` is not in (0, 1).
    """
    if not (np.isfinite(share) and 0.0 < share < 1.0):
        raise InvalidArgumentError("share", f"must lie in (0, 1), got {share!r}")
    edge, u = past_cone_edge(solution, degrees)
    corner = np.asarray(solution.point, dtype=float)
    limit = share * np.sqrt(2.0) * solution.radius

    hessian = np.asarray(loss.hessian, dtype=float)
    normal = np.asarray(edge, dtype=float)
    normal = normal / np.hypot(normal[0], normal[1])

    def slide(angle: float) -> float:
        _, v = past_cone_edge(solution, angle)
        return float(np.hypot(*(corner_pull_solution(loss, solution, v) - corner)))

    def leaning(angle: float) -> float:
        # sᵀH⁻¹v: ŵ′ = c + m·H⁻¹v lies outside the edge's line s·w = t (w*′ stays on the
        # edge, the constraint active, −∇f′(w*′) = m·α·s with α ∝ this) only while > 0.
        _, v = past_cone_edge(solution, angle)
        return float(normal @ np.linalg.solve(hessian, v))

    # Past the turn where sᵀH⁻¹u reaches 0, ŵ′ is inside the diamond and w*′ = ŵ′ leaves
    # the edge (variant tiny-offdiag-axis: H ≈ diag(1, 2), ŵ = (2, 0), 75° past). Only
    # there is the turn cut further, to keep half of sᵀH⁻¹u at the cone's edge.
    at_edge = float(normal @ np.linalg.solve(hessian, normal))

    def turn(floor: float) -> float:
        if slide(degrees) <= limit and leaning(degrees) >= floor:
            return float(degrees)
        low, high = 0.0, float(degrees)
        for _ in range(60):
            mid = 0.5 * (low + high)
            if mid <= 0.0:
                break
            if slide(mid) <= limit and leaning(mid) >= floor:
                low = mid
            else:
                high = mid
        return low if low > 0.0 else 0.5 * high

    angle = turn(-np.inf)
    if leaning(angle) <= 0.0:
        angle = turn(0.5 * at_edge)
    if angle == degrees:
        return edge, u
    return past_cone_edge(solution, angle)


def circle_slide(loss: Quadratic, solution: Solution, degrees: float, fraction: float
                 ) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
    r"""A point sliding round the circle ‖w‖₂ = t onto ridge's w*, from ``degrees`` away
    (counter-clockwise for degrees > 0), ``fraction`` of the way (0: the start, 1: w*):
    (w, −∇f(w), the part of −∇f(w) along the circle).

    w = t(cos θ, sin θ) with θ = θ* + (1 − fraction)·δ (θ* the angle of w*, δ = ``degrees``
    in radians); −∇f(w) = H(ŵ − w); its part along the circle is (I − n nᵀ)(−∇f(w)) with
    n = w / t. Where that part is nonzero, moving w along it (round the circle) lowers f
    at the rate ‖part‖; at w* it vanishes (KKT: −∇f(w*) = λ·w*/t, the circle's normal), so
    at fraction 1 the part is 0 to rounding.

    Raises
    ------
    InvalidArgumentError
        When ``solution`` is not a 2D L2 solution on its circle (‖w*‖₂ = t > 0), or
        ``fraction`` is outside [0, 1], or ``degrees`` is not finite.
    """
    if not (solution.norm == "l2" and solution.point.size == 2 and solution.radius > 0.0):
        raise InvalidArgumentError("solution", "must be a 2D L2 solution with t > 0")
    if not np.isfinite(degrees):
        raise InvalidArgumentError("degrees", f"must be finite, got {degrees!r}")
    if not (np.isfinite(fraction) and 0.0 <= fraction <= 1.0):
        raise InvalidArgumentError("fraction", f"must lie in [0, 1], got {fraction!r}")
    star = np.asarray(solution.point, dtype=float)
    t = float(solution.radius)
    if not np.isclose(float(np.hypot(*star)), t, rtol=1e-9):
        raise InvalidArgumentError("solution", "w* must lie on the circle ‖w‖₂ = t")
    angle = float(np.arctan2(star[1], star[0])) + (1.0 - fraction) * np.radians(degrees)
    normal = np.array([np.cos(angle), np.sin(angle)])
    point = star.copy() if fraction == 1.0 else t * normal
    pull = -np.asarray(loss.gradient(point), dtype=float)
    along = pull - float(pull @ normal) * normal
    return point, pull, along


def corner_edges(solution: Solution) -> list[NDArray[np.float64]]:
    r"""The unit directions of the two edges of the diamond ‖w‖₁ ≤ t that meet at the
    lasso's corner w* = σ·t·eⱼ, pointing away from it: towards the neighbouring corners
    ±t·eₖ (k ≠ j), d± = (±t·eₖ − w*) / (t√2), the minus one first.

    Raises
    ------
    InvalidArgumentError
        When ``solution`` is not a 2D L1 solution at a corner with t > 0.
    """
    if not (solution.norm == "l1" and solution.point.size == 2 and solution.radius > 0.0
            and solution.at_corner):
        raise InvalidArgumentError("solution", "must be a 2D L1 solution at a corner, t > 0")
    star = np.asarray(solution.point, dtype=float)
    t = float(solution.radius)
    k = int(np.flatnonzero(star == 0.0)[0])
    directions = []
    for sign in (-1.0, 1.0):
        neighbour = np.zeros(2)
        neighbour[k] = sign * t
        directions.append((neighbour - star) / (t * math.sqrt(2.0)))
    return directions


def corner_edge_slide(loss: Quadratic, solution: Solution, direction: ArrayLike,
                      distance: float, fraction: float
                      ) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
    r"""A point slid from the lasso's corner w* along an edge of the diamond, ``fraction``
    of ``distance`` (0: the corner): (w, −∇f(w), the part of −∇f(w) along the edge).

    w = w* + fraction·distance·d with d a unit edge direction from `corner_edges`;
    −∇f(w) = H(ŵ − w); its part along the edge is (dᵀ(−∇f(w)))·d. The rate at which f
    changes along d is dᵀ∇f(w) = dᵀ∇f(w*) + s·dᵀHd, s = fraction·distance ≥ 0. When
    −∇f(w*) lies in the corner's normal cone, dᵀ∇f(w*) ≥ 0 (d is a feasible direction) and
    dᵀHd > 0, so the part points back to the corner (dᵀ(−∇f(w)) ≤ 0, < 0 for s > 0) and f
    rises along either edge: sliding off the corner cannot lower f.

    Raises
    ------
    InvalidArgumentError
        When ``solution`` is not a 2D L1 corner solution, ``direction`` is not one of its
        `corner_edges`, ``distance`` is not positive and finite, or ``fraction`` is outside
        [0, 1].
    """
    edges = corner_edges(solution)
    d = np.asarray(direction, dtype=float).reshape(-1)
    if d.shape != (2,) or not any(np.allclose(d, e, rtol=0.0, atol=1e-12) for e in edges):
        raise InvalidArgumentError("direction", "must be one of corner_edges(solution)")
    if not (np.isfinite(distance) and distance > 0.0):
        raise InvalidArgumentError("distance", f"must be positive and finite, got {distance!r}")
    if not (np.isfinite(fraction) and 0.0 <= fraction <= 1.0):
        raise InvalidArgumentError("fraction", f"must lie in [0, 1], got {fraction!r}")
    star = np.asarray(solution.point, dtype=float)
    point = star + (fraction * distance) * d
    pull = -np.asarray(loss.gradient(point), dtype=float)
    return point, pull, float(pull @ d) * d


def ridge_pull_center(loss: Quadratic, solution: Solution, direction: ArrayLike
                      ) -> NDArray[np.float64]:
    r"""Other data's ŵ′ for which ridge's pull at its w* points along ``direction`` (a unit
    vector u): same H, the pull's size m = ‖∇f(w*)‖₂ kept, w*′ = t·u (`turned_pull`), so

        ŵ′ = t·u + m·H⁻¹u,   −∇f′(t·u) = H(ŵ′ − t·u) = m·u,

    a positive multiple of t·u, the circle's outward normal there: KKT holds and (f′
    strictly convex) the constrained minimizer over ‖w‖₂ ≤ t is exactly t·u. For u along
    the real pull, ŵ′ is ŵ itself (to rounding): H(ŵ − w*) = −∇f(w*) = m·u.

    Raises
    ------
    InvalidArgumentError
        When ``solution`` is not a 2D L2 solution or ``direction`` is not a finite
        nonzero 2-vector.
    """
    u = _nonzero_2d(direction, "direction")
    u = u / np.hypot(u[0], u[1])
    if not (solution.norm == "l2" and solution.point.size == 2):
        raise InvalidArgumentError("solution", "must be an L2 solution in 2D")
    hessian = np.asarray(loss.hessian, dtype=float)
    size = float(np.hypot(*solution.gradient))
    return solution.radius * u + size * np.linalg.solve(hessian, u)


def curvature_turn(loss: Quadratic, view: ViewBox
                   ) -> tuple[NDArray[np.float64], NDArray[np.float64], float]:
    r"""Two arrows from 0 of one length ℓ, along ŵ and along Hŵ, and the angle between
    ŵ and Hŵ in degrees: (tip along ŵ, tip along Hŵ, angle).

    Ridge's factors w*ᵢ / ŵᵢ are all equal exactly when w* = c·ŵ; with w* = (H + μI)⁻¹Hŵ
    (μ > 0 the penalty's weight) that is Hŵ = c(H + μI)ŵ, i.e. (1 − c)·Hŵ = cμ·ŵ: Hŵ
    parallel to ŵ, ŵ an eigenvector of H. So an angle above 0 is why the factors differ.
    Only the directions matter: ℓ = ‖ŵ‖₂ (the first tip is ŵ itself), shrunk to the
    largest ℓ at which both tips lie in ``view`` (a box around 0); the angle is
    atan2(|ŵ × Hŵ|, ŵ·Hŵ), exactly 0 for ŵ along an eigenvector.

    Raises
    ------
    InvalidArgumentError
        When ŵ is 0 (no direction) or the view does not hold 0 inside it.
    """
    center = _nonzero_2d(loss.center, "center")
    image = np.asarray(loss.hessian, dtype=float) @ center
    lows = np.array([view.x_range[0], view.y_range[0]], dtype=float)
    highs = np.array([view.x_range[1], view.y_range[1]], dtype=float)
    if not (np.all(lows < 0.0) and np.all(highs > 0.0)):
        raise InvalidArgumentError("view", "must hold 0 inside it")
    size = float(np.hypot(*center))
    units = [center / size, image / float(np.hypot(*image))]
    reach = size
    for u in units:
        for k in range(2):
            if u[k] > 0.0:
                reach = min(reach, highs[k] / u[k])
            elif u[k] < 0.0:
                reach = min(reach, lows[k] / u[k])
    tips = [center.copy() if reach == size else reach * units[0], reach * units[1]]
    # atan2 of |cross| and dot: exact 0 for parallel vectors (arccos loses it near 1).
    cross = abs(float(center[0] * image[1] - center[1] * image[0]))
    return tips[0], tips[1], float(np.degrees(np.arctan2(cross, float(center @ image))))


def carried_pulls(loss: Quadratic, solution: Solution, box: ViewBox, *,
                  steps: int = 21, edge_share: float = 1.0) -> NDArray[np.float64]:
    r"""Pulls g in the lasso corner's normal cone that the picture carries by H⁻¹ onto
    ŵ − w* (ŵ = w* + H⁻¹g, since g = −∇f(w*) = H(ŵ − w*)): rows g₁, g₂ along the cone's
    two edges, then the real pull −∇f(w*).

    Every tip w* + H_s⁻¹g (`regmath.sparsity.eased_carry`, s in [0, 1]) stays in ``box``:
    the edges' length is `regmath.sparsity.carried_room` of the cone (at most ‖∇f(w*)‖₂);
    the real pull keeps its full size when its carried path (``steps`` values of s) lies in
    the box, so its carried tip is ŵ itself, else it is shortened to the room along it
    (its tip then a ŵ′ between w* and ŵ, whose solution is the same corner). The edges are
    ``edge_share`` (in (0, 1]) of that length: shorter, their carried tips stay clear of ŵ.
    Shape (3, 2).

    Raises
    ------
    InvalidArgumentError
        (``solution``) unless it is an L1 corner in 2D with a nonzero pull.
    """
    from regmath.sparsity import carried_room, eased_carry

    if not (solution.norm == "l1" and solution.at_corner and solution.point.size == 2):
        raise InvalidArgumentError("solution", "must be an L1 corner in 2D")
    if not 0.0 < edge_share <= 1.0:
        raise InvalidArgumentError("edge_share", "must be in (0, 1]")
    pull = -np.asarray(solution.gradient, dtype=float)
    size = float(np.hypot(pull[0], pull[1]))
    if size == 0.0:
        raise InvalidArgumentError("solution", "has no pull: ŵ is at the corner")
    apex = np.asarray(solution.point, dtype=float)
    normals = np.asarray(solution.normal_cone, dtype=float)
    unit = normals / np.hypot(normals[:, 0], normals[:, 1])[:, None]
    edge = carried_room(loss.hessian, apex, normals, box, preferred=size, steps=steps)
    path = np.vstack([eased_carry(loss.hessian, apex, pull, amount=s)
                      for s in np.linspace(0.0, 1.0, int(steps))])
    if not box.contains(path):
        pull = carried_room(loss.hessian, apex, pull[None, :], box, preferred=size,
                            steps=steps) * pull / size
    return np.vstack([edge_share * edge * unit, pull])
