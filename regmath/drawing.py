r"""Geometry for drawing in 2D: level sets, balls, arrows and the view box.

Scenes draw only what these functions return, so every coordinate on screen
is exact. Level sets use the exact parametrization of the ellipse
{w : ½ (w − ŵ)ᵀ H (w − ŵ) = L}:

    w(θ) = ŵ + Q diag(√(2L/d)) (cos θ, sin θ),  θ ∈ [0, 2π],

so every returned point lies on the level set to rounding (1e-12 relative).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from regmath.errors import InvalidArgumentError
from regmath.solve import check_nonnegative, check_norm

if TYPE_CHECKING:
    from collections.abc import Iterable

    from numpy.typing import ArrayLike, NDArray

    from regmath.quadratic import Quadratic
    from regmath.solution import Solution

__all__ = [
    "ViewBox",
    "Arrow",
    "level_set",
    "diamond_edge",
    "level_sets",
    "growth_levels",
    "ball_outline",
    "tangency_arrows",
    "normal_cone_wedge",
    "corner_zoom_view",
    "view_box",
    "tangency_view",
    "axis_range",
    "free_direction",
    "cone_label_anchor",
    "boundary_tangents",
    "default_arrow_length",
    "arrow_scale",
    "pull_arrow",
    "push_arrow",
    "push_tip_to_tail",
    "corner_normals",
    "corner_subgradient",
    "normal_arrow",
    "right_angle_mark",
    "slack_segment",
    "scaled_arrow",
    "beside_arrow",
    "subgradient_segment",
    "tangent_segment",
    "round_contour",
    "frame_outline",
    "balance_ray",
    "inverse_hessian_arrow",
    "path_axis_crossing",
    "ARROW_FRACTION",
    "VIEW_MARGIN",
]

#: Display length of the gradient and normal arrows, as a fraction of the radius t.
ARROW_FRACTION = 0.6
#: Empty space around everything a view must hold, as a fraction of its extent.
VIEW_MARGIN = 0.12
#: Tick steps are 1 or 5 times a power of ten, with about this many ticks.
TARGET_TICKS = 14


def _check_2d(loss: Quadratic) -> None:
    if loss.dim != 2:
        raise InvalidArgumentError("loss", f"drawing geometry is 2D, the loss has n = {loss.dim}")


def _check_samples(samples: int) -> int:
    if not isinstance(samples, (int, np.integer)) or samples < 3:
        raise InvalidArgumentError("samples", f"must be an integer >= 3, got {samples!r}")
    return int(samples)


def level_sets(loss: Quadratic, levels: ArrayLike, *, samples: int = 129) -> NDArray[np.float64]:
    r"""Closed polylines on {f = L} for many levels at once, shape (m, samples, 2).

    The first and the last point of each polyline coincide. Level 0 gives
    ``samples`` copies of ŵ (the contour at the start of its growth).

    Raises
    ------
    InvalidArgumentError
        For a loss that is not 2D or whose H is singular (its level sets are
        lines, not ellipses), or a negative level.
    """
    _check_2d(loss)
    samples = _check_samples(samples)
    if loss.singular:
        raise InvalidArgumentError(
            "loss", "level sets of a singular hessian are pairs of lines, not ellipses"
        )
    lv = np.asarray(levels, dtype=float)
    if lv.ndim != 1 or not np.all(np.isfinite(lv)) or np.any(lv < 0.0):
        raise InvalidArgumentError("levels", "must be a 1-D array of finite numbers >= 0")
    # Every level set is the same ellipse scaled about ŵ: the level-1 ellipse
    # E(θ) = Q diag(√(2/d)) (cos θ, sin θ) times √L. One multiply-add a frame.
    # Rows of 2·samples numbers give numpy long inner loops (a trailing axis of 2
    # does not); the in-place add avoids a second (m, samples, 2) array.
    unit = _unit_level_ellipse(loss, samples).reshape(1, -1)
    curves = np.sqrt(lv)[:, np.newaxis] * unit
    curves += np.tile(loss.center, samples)
    return curves.reshape(lv.size, samples, 2)


def _unit_level_ellipse(loss: Quadratic, samples: int) -> NDArray[np.float64]:
    """E(θ) − ŵ on {f = 1}, shape (samples, 2), closed (first point repeated last)."""
    theta = np.linspace(0.0, 2.0 * np.pi, samples)
    circle = np.stack([np.cos(theta), np.sin(theta)], axis=-1)
    circle[-1] = circle[0]
    return (circle * np.sqrt(2.0 / loss.eigenvalues)) @ loss.eigenvectors.T


def level_set(loss: Quadratic, level: float, *, samples: int = 129) -> NDArray[np.float64]:
    """One closed polyline on {f = L}, shape (samples, 2); see `level_sets`."""
    level = check_nonnegative(level, "level")
    return level_sets(loss, [level], samples=samples)[0]


def growth_levels(final_level: float, progress: ArrayLike) -> NDArray[np.float64]:
    r"""Levels of a contour growing from ŵ to the touching level L* = f(w*).

    L(α) = α² L* for progress α ≥ 0: the ellipse's semi-axes scale with √L,
    so they grow linearly in α and the contour expands at constant speed.
    Equally spaced α give evenly spaced rings; α > 1 goes past the touching
    contour (a contour that crosses the ball).
    """
    final_level = check_nonnegative(final_level, "final_level")
    alpha = np.asarray(progress, dtype=float)
    if not np.all(np.isfinite(alpha)) or np.any(alpha < 0.0):
        raise InvalidArgumentError("progress", "must be finite and >= 0")
    return alpha * alpha * final_level


def ball_outline(norm: str, radius: float, *, samples: int = 129) -> NDArray[np.float64]:
    """The boundary ‖w‖_p = t as a closed polyline, shape (k, 2).

    The diamond is its five exact vertices (t, 0), (0, t), (−t, 0), (0, −t),
    (t, 0); the circle is ``samples`` points, the first repeated last.
    """
    norm = check_norm(norm)
    radius = check_nonnegative(radius, "radius")
    if norm == "l1":
        return radius * np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0], [1.0, 0.0]])
    samples = _check_samples(samples)
    theta = np.linspace(0.0, 2.0 * np.pi, samples)
    outline = radius * np.stack([np.cos(theta), np.sin(theta)], axis=-1)
    outline[-1] = outline[0]
    return outline


def diamond_edge(signs: ArrayLike, radius: float) -> NDArray[np.float64]:
    """The edge of the 2D diamond ‖w‖₁ = t where the weights have signs ``signs`` (each ±1):
    the segment from (s₁t, 0) to (0, s₂t), on the line sᵀw = t, so s is its outward
    normal; shape (2, 2)."""
    s = np.asarray(signs, dtype=float).reshape(-1)
    radius = check_nonnegative(radius, "radius")
    if s.shape != (2,) or not np.all(np.abs(s) == 1.0):
        raise InvalidArgumentError("signs", f"must be two signs ±1, got {signs!r}")
    return radius * np.array([[s[0], 0.0], [0.0, s[1]]])


@dataclass(frozen=True)
class Arrow:
    """An arrow from ``start`` to ``end`` in problem coordinates."""

    start: tuple[float, float]
    end: tuple[float, float]


def default_arrow_length(solution: Solution) -> float:
    """ARROW_FRACTION · t, or of ‖w*‖ + 1 when the ball is a point."""
    scale = solution.radius if solution.radius > 0.0 else 1.0
    return ARROW_FRACTION * scale


def tangency_arrows(solution: Solution, *, length: float | None = None) -> dict[str, Arrow]:
    r"""The gradient ∇f(w*) and the scaled normal λ·g, both drawn from w*.

    They share one scale factor, so since ∇f(w*) = −λ·g they come out equal in
    length and exactly opposite: ∇f points into the ball (the loss grows
    away from ŵ), λ·g points out. ``length`` is their display length in
    problem units (default `default_arrow_length`).

    Raises
    ------
    InvalidArgumentError
        When the constraint is inactive (λ = 0, ∇f(w*) = 0: nothing to draw).
    """
    if not solution.active:
        raise InvalidArgumentError("solution", "the constraint is inactive (λ = 0); no arrows")
    length = default_arrow_length(solution) if length is None else check_nonnegative(length, "length")
    start = solution.point
    scale = length / float(np.linalg.norm(solution.gradient))
    gradient_tip = start + scale * solution.gradient
    normal_tip = start + scale * solution.multiplier * solution.normal
    as_pair = lambda p: (float(p[0]), float(p[1]))  # noqa: E731
    return {
        "gradient": Arrow(as_pair(start), as_pair(gradient_tip)),
        "normal": Arrow(as_pair(start), as_pair(normal_tip)),
    }


def arrow_scale(solution: Solution, *, length: float | None = None) -> float:
    """Problem units of arrow per unit of gradient, so ∇f(w*) is drawn ``length`` long.

    Hold it fixed while ŵ moves and the arrows' lengths stay true to |∇f(w*)|.
    """
    if not solution.active:
        raise InvalidArgumentError("solution", "the constraint is inactive (λ = 0); no arrows")
    length = default_arrow_length(solution) if length is None else check_nonnegative(length, "length")
    return length / float(np.linalg.norm(solution.gradient))


def pull_arrow(solution: Solution, *, scale: float) -> Arrow:
    r"""−∇f(w*), the loss's pull at w*, drawn from w* at ``scale`` (see `arrow_scale`).

    By KKT it equals λg: the same arrow is the constraint's push, λ times a
    normal of the ball at w*. Zero length when λ = 0.
    """
    scale = check_nonnegative(scale, "scale")
    start = solution.point
    tip = start - scale * solution.gradient
    return Arrow((float(start[0]), float(start[1])), (float(tip[0]), float(tip[1])))


def push_arrow(solution: Solution, *, scale: float) -> Arrow:
    r"""−λg, the ball's push back on w*, drawn from w* at ``scale``: equal and opposite
    to `pull_arrow` (it points into the ball)."""
    scale = check_nonnegative(scale, "scale")
    start = solution.point
    tip = start + scale * solution.gradient
    return Arrow((float(start[0]), float(start[1])), (float(tip[0]), float(tip[1])))


def push_tip_to_tail(solution: Solution, *, scale: float) -> Arrow:
    r"""−λg drawn from the tip of `pull_arrow` (at the same ``scale``): since −λg = ∇f(w*),
    it ends back on w*, the two forces' sum being 0 (tip to tail)."""
    pull = pull_arrow(solution, scale=scale)
    tip = np.asarray(pull.end, dtype=float) + check_nonnegative(scale, "scale") * solution.gradient
    return Arrow(pull.end, (float(tip[0]), float(tip[1])))


def corner_normals(solution: Solution, *, length: float) -> list[Arrow]:
    """The extreme rays of the normal cone at w* (the edge normals at an L1 corner),
    each drawn from w* with ``length``."""
    length = check_nonnegative(length, "length")
    arrows = []
    for ray in solution.normal_cone:
        tip = solution.point + length * ray / np.linalg.norm(ray)
        arrows.append(Arrow((float(solution.point[0]), float(solution.point[1])),
                            (float(tip[0]), float(tip[1]))))
    return arrows


def corner_zoom_view(corners: ArrayLike, opening: ArrayLike, *, side: float,
                     behind: float = 0.2) -> ViewBox:
    """A square view of side ``side`` over the corners a 2D w* stands on (shape (k, 2)),
    for the normal cone that opens from them along ``opening`` (an axis direction: at an
    L1 corner on the w_j axis, sign(w*_j) e_j, the bisector of the cone's two rays).

    Across ``opening`` it is centred on the corners' mean; along it, its back edge lies
    ``behind`` × ``side`` behind the corner least far along ``opening``, so the rest of the
    square is in front of the corners, where the cone opens. Its tick step is
    `nice_step` of ``side``.
    """
    side = check_nonnegative(side, "side")
    if side == 0.0:
        raise InvalidArgumentError("side", "must be positive")
    pts = np.asarray(corners, dtype=float).reshape(-1, 2)
    d = np.asarray(opening, dtype=float).reshape(2)
    axis = int(np.argmax(np.abs(d)))
    if d[axis] == 0.0 or d[1 - axis] != 0.0:
        raise InvalidArgumentError("opening", "must lie along an axis")
    sign = float(np.sign(d[axis]))
    along = pts[:, axis] * sign
    back = float(np.min(along)) - behind * side
    lo_along = back if sign > 0 else -(back + side)
    across = float(np.mean(pts[:, 1 - axis]))
    ranges = [(0.0, 0.0), (0.0, 0.0)]
    ranges[axis] = (lo_along, lo_along + side)
    ranges[1 - axis] = (across - side / 2.0, across + side / 2.0)
    step = nice_step(side)
    return ViewBox((ranges[0][0], ranges[0][1], step), (ranges[1][0], ranges[1][1], step))


def corner_subgradient(solution: Solution, free: float) -> NDArray[np.float64]:
    """The subgradient g of ‖w‖₁ at a 2D corner whose entry for the zero weight is ``free``.

    ∂‖w*‖₁ at a corner is {g : g_j = sign(w*_j), g_k ∈ [−1, 1]} (j the nonzero
    weight, k the zero one); λ times these fill the normal cone.
    """
    if not (solution.norm == "l1" and solution.point.size == 2
            and np.count_nonzero(solution.point) == 1):
        raise InvalidArgumentError("solution", "must be an L1 solution at a 2D corner")
    if not -1.0 <= free <= 1.0:
        raise InvalidArgumentError("free", f"must lie in [-1, 1], got {free}")
    g = np.sign(solution.point)
    g[g == 0.0] = free
    return g


def scaled_arrow(solution: Solution, vector: ArrayLike, *, scale: float) -> Arrow:
    """An arrow from w* to w* + ``scale`` · ``vector`` (a subgradient at its own length)."""
    scale = check_nonnegative(scale, "scale")
    tip = solution.point + scale * np.asarray(vector, dtype=float)
    return Arrow((float(solution.point[0]), float(solution.point[1])),
                 (float(tip[0]), float(tip[1])))


def beside_arrow(arrow: Arrow, gap: float) -> Arrow:
    """``arrow`` moved sideways by ``gap`` to its left (its direction turned by +90°):
    parallel to it, as long, its start ``gap`` from the original's start.

    Two arrows along one line (a pull and the subgradient it is a multiple of) read
    as one; drawn beside each other they keep their true relative lengths.

    Raises
    ------
    InvalidArgumentError
        If ``gap`` is negative or not finite, or the arrow has zero length.
    """
    gap = check_nonnegative(gap, "gap")
    start, end = np.asarray(arrow.start, dtype=float), np.asarray(arrow.end, dtype=float)
    along = end - start
    size = float(np.hypot(along[0], along[1]))
    if size == 0.0:
        raise InvalidArgumentError("arrow", "has zero length; no side to move it to")
    shift = gap * np.array([-along[1], along[0]]) / size
    a, b = start + shift, end + shift
    return Arrow((float(a[0]), float(a[1])), (float(b[0]), float(b[1])))


def subgradient_segment(solution: Solution, *, scale: float) -> NDArray[np.float64]:
    """The subgradients of ‖w‖₁ at a 2D corner, drawn from w* at ``scale``: the segment
    w* + scale·g for g = (±1 in the zero weight's entry, sign of the other), shape (2, 2)."""
    scale = check_nonnegative(scale, "scale")
    return np.array([solution.point + scale * corner_subgradient(solution, -1.0),
                     solution.point + scale * corner_subgradient(solution, 1.0)])


def normal_arrow(solution: Solution, direction: ArrayLike, *, length: float) -> Arrow:
    """An arrow from w* along ``direction`` (a normal g, say), ``length`` long."""
    length = check_nonnegative(length, "length")
    d = np.asarray(direction, dtype=float)
    tip = solution.point + length * d / np.linalg.norm(d)
    return Arrow((float(solution.point[0]), float(solution.point[1])),
                 (float(tip[0]), float(tip[1])))


def right_angle_mark(solution: Solution, *, size: float,
                     towards: ArrayLike | None = None,
                     inward: bool = False, away: bool = False) -> NDArray[np.float64]:
    """The square corner between the tangent and the outward normal at a smooth w*,
    as a polyline of 3 points, shape (3, 2); with ``towards`` (a point), on the side of
    the normal that point lies on (the first tangent direction on a tie).

    With ``inward``, the corner between the tangent and the inward normal (−g): the
    same square reflected through the tangent line, inside the ball, where neither the
    touching contour nor an arrow along g runs. With ``away``, on the side of the normal
    that ``towards`` does not lie on (the mirror image across the normal line)."""
    size = check_nonnegative(size, "size")
    if solution.normal_cone.shape[0] != 1:
        raise InvalidArgumentError("solution", "the boundary has no single normal at w*")
    normal = solution.normal_cone[0] / np.linalg.norm(solution.normal_cone[0])
    if inward:
        normal = -normal
    tangent = boundary_tangents(solution)[0]
    if towards is not None and float(np.dot(np.asarray(towards, dtype=float) - solution.point,
                                            tangent)) < 0.0:
        tangent = -tangent
    if away and towards is not None:
        tangent = -tangent
    w = solution.point
    return np.array([w + size * tangent, w + size * (tangent + normal), w + size * normal])


def slack_segment(center: ArrayLike, *, norm: str, radius: float) -> NDArray[np.float64]:
    """From an inside ŵ straight out to the ball's boundary, shape (2, 2): [ŵ, end].

    Its length, in the plot's own units, is the slack t − ‖ŵ‖_p, so a viewer can
    read it off the ticks:

    * L2: along the ray from 0 through ŵ, end = t ŵ / ‖ŵ‖₂;
    * L1: along the axis of ŵ's largest weight k, away from 0,
      end = ŵ + (t − ‖ŵ‖₁) sign(ŵ_k) e_k (|ŵ_k| grows by exactly the slack, so
      ‖end‖₁ = t; along the ray through ŵ the Euclidean length would be
      shorter than the L1 slack).

    Raises `InvalidArgumentError` ("center") unless 0 < ‖ŵ‖_p ≤ t.
    """
    from regmath.lp import lp_norm

    norm = check_norm(norm)
    radius = check_nonnegative(radius, "radius")
    c = np.asarray(center, dtype=float)
    size = float(lp_norm(c, 1.0 if norm == "l1" else 2.0))
    if size == 0.0 or size > radius:
        raise InvalidArgumentError("center", "must be nonzero and inside the ball")
    if norm == "l2":
        return np.array([c, radius * c / size])
    k = int(np.argmax(np.abs(c)))
    end = c.copy()
    end[k] = np.copysign(abs(c[k]) + (radius - size), c[k])
    return np.array([c, end])


def tangent_segment(solution: Solution, *, half_length: float) -> NDArray[np.float64]:
    """The boundary's tangent line at a smooth w* (L2, or an L1 edge), shape (2, 2)."""
    half_length = check_nonnegative(half_length, "half_length")
    if solution.normal_cone.shape[0] != 1:
        raise InvalidArgumentError("solution", "the boundary has no single tangent at w*")
    direction = boundary_tangents(solution)[0]
    return np.array([solution.point - half_length * direction,
                     solution.point + half_length * direction])


def normal_cone_wedge(
    solution: Solution, *, length: float | None = None, samples: int = 33,
    fraction: float = 1.0,
) -> NDArray[np.float64]:
    r"""The normal cone at w* as a filled wedge: apex w*, arc of radius ``length``.

    The cone is spanned by the extreme normals (for an L1 corner, the normals
    of the two edges that meet there); the arc runs through the directions
    between them, from the first extreme normal through ``fraction`` of the
    way to the second (a cone being swept out). Returns a closed polygon,
    shape (samples + 2, 2).
    """
    if solution.normal_cone.shape[0] != 2 or solution.point.size != 2:
        raise InvalidArgumentError(
            "solution", "a wedge needs a 2D point with two extreme normals (an L1 corner)"
        )
    samples = _check_samples(samples)
    length = default_arrow_length(solution) if length is None else check_nonnegative(length, "length")
    if not 0.0 <= fraction <= 1.0:
        raise InvalidArgumentError("fraction", f"must lie in [0, 1], got {fraction}")
    first, second = solution.normal_cone
    a1, a2 = np.arctan2(first[1], first[0]), np.arctan2(second[1], second[0])
    sweep = np.mod(a2 - a1 + np.pi, 2.0 * np.pi) - np.pi  # the short way round (< π)
    angles = a1 + fraction * sweep * np.linspace(0.0, 1.0, samples)
    arc = solution.point + length * np.stack([np.cos(angles), np.sin(angles)], axis=-1)
    apex = solution.point[np.newaxis, :]
    return np.concatenate([apex, arc, apex])


@dataclass(frozen=True)
class ViewBox:
    """Axis ranges for a 2D view: (min, max, tick step) for each axis."""

    x_range: tuple[float, float, float]
    y_range: tuple[float, float, float]

    @property
    def width(self) -> float:
        return self.x_range[1] - self.x_range[0]

    @property
    def height(self) -> float:
        return self.y_range[1] - self.y_range[0]

    def contains(self, points: ArrayLike) -> bool:
        p = np.asarray(points, dtype=float).reshape(-1, 2)
        return bool(
            np.all(p[:, 0] >= self.x_range[0])
            and np.all(p[:, 0] <= self.x_range[1])
            and np.all(p[:, 1] >= self.y_range[0])
            and np.all(p[:, 1] <= self.y_range[1])
        )


def frame_outline(view: ViewBox) -> NDArray[np.float64]:
    """The view's border as a closed polyline, shape (5, 2).

    The corners (x₀, y₀), (x₁, y₀), (x₁, y₁), (x₀, y₁) and (x₀, y₀) again,
    with [x₀, x₁] × [y₀, y₁] the view's ranges: a curve clipped to the view
    ends on this frame.
    """
    (x0, x1, _), (y0, y1, _) = view.x_range, view.y_range
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]], dtype=float)


def round_contour(center: ArrayLike, through: ArrayLike, *,
                  samples: int = 129) -> NDArray[np.float64]:
    """The circle about ``center`` through ``through``, a closed polyline, shape (samples, 2).

    It is the contour f would have there if f's curvature were a multiple of
    the identity, H = cI: {w : ‖w − c‖ = ‖p − c‖} with c = ``center`` and
    p = ``through``, sampled at θ_k = 2πk/(samples − 1) from the angle of
    p − c, so the first point (repeated last) is p itself. Its normal at p
    points along p − c, straight at the centre.

    Raises
    ------
    InvalidArgumentError
        If the points are not 2D, or ``samples`` is below 3.
    """
    c = np.asarray(center, dtype=float).reshape(-1)
    q = np.asarray(through, dtype=float).reshape(-1)
    if c.shape != (2,) or q.shape != (2,):
        raise InvalidArgumentError("center", f"center and through must be 2D points, got "
                                              f"{c.shape} and {q.shape}")
    samples = _check_samples(samples)
    d = q - c
    r = float(np.hypot(d[0], d[1]))
    theta = np.arctan2(d[1], d[0]) + np.linspace(0.0, 2.0 * np.pi, samples)
    outline = c + r * np.stack([np.cos(theta), np.sin(theta)], axis=-1)
    outline[0] = q
    outline[-1] = q
    return outline


def nice_step(extent: float) -> float:
    """1 or 5 times a power of ten, giving about TARGET_TICKS ticks over ``extent``.

    Not 2: when every other tick is labelled, a step of 0.2 puts labels on 0.4,
    0.8, 1.2 and skips 1, where the balls' corners are.
    """
    raw = extent / TARGET_TICKS
    power = 10.0 ** np.floor(np.log10(raw))
    for mantissa in (1.0, 5.0, 10.0):
        if mantissa * power >= raw:
            return float(mantissa * power)
    return float(10.0 * power)


def view_box(
    points: Iterable[ArrayLike], *, aspect: float = 1.0, margin: float = VIEW_MARGIN
) -> ViewBox:
    r"""The smallest view with aspect ``aspect`` (width / height) holding ``points``.

    Pass everything the scene will draw: ŵ, the ball outline, w*, arrow tips.
    The box always holds the origin (the axes cross there), grows by
    ``margin`` of its extent on each side, is widened to the aspect, and is
    rounded outward to whole tick steps.
    """
    stacked = [np.asarray(p, dtype=float).reshape(-1, 2) for p in points]
    cloud = np.concatenate(stacked + [np.zeros((1, 2))])
    if not np.all(np.isfinite(cloud)):
        raise InvalidArgumentError("points", "must be finite")
    if not aspect > 0.0:
        raise InvalidArgumentError("aspect", f"must be > 0, got {aspect}")
    low, high = cloud.min(axis=0), cloud.max(axis=0)
    extent = max(float(np.max(high - low)), 1e-9)
    low, high = low - margin * extent, high + margin * extent
    width, height = high - low
    center = 0.5 * (low + high)
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    step = nice_step(max(width, height))
    x0 = np.floor((center[0] - width / 2) / step) * step
    y0 = np.floor((center[1] - height / 2) / step) * step
    # Whole steps in both directions, keeping the aspect exact.
    nx = int(np.ceil((center[0] + width / 2 - x0) / step))
    ny = int(np.ceil((center[1] + height / 2 - y0) / step))
    nx, ny = max(nx, int(np.ceil(ny * aspect - 1e-9))), max(ny, int(np.ceil(nx / aspect - 1e-9)))
    return ViewBox((float(x0), float(x0 + nx * step), step), (float(y0), float(y0 + ny * step), step))


def tangency_view(
    loss: Quadratic, solutions: Iterable[Solution], *, aspect: float = 1.0, arrows: bool = True
) -> ViewBox:
    """The view for a tangency picture.

    Holds ŵ, each ball, each w* with its arrows, and each touching contour
    {f = f(w*)} (for a nonsingular H), so nothing the scene draws leaves the
    axes.
    """
    points: list[ArrayLike] = [loss.center]
    for solution in solutions:
        points.append(ball_outline(solution.norm, solution.radius))
        points.append(solution.point)
        if solution.active:
            if arrows:
                points.extend(np.array([a.start, a.end]) for a in tangency_arrows(solution).values())
            if not loss.singular:
                points.append(level_set(loss, solution.level))
    return view_box(points, aspect=aspect)


def boundary_tangents(solution: Solution) -> NDArray[np.float64]:
    """Unit directions along the ball's boundary leaving w*, shape (k, 2).

    At an L1 corner these are the two edges; elsewhere ± the tangent, which is
    the normal turned by a quarter.
    """
    w = solution.point
    if solution.norm == "l1" and np.count_nonzero(w) == 1 and w.size == 2:
        j = int(np.flatnonzero(w)[0])
        edges = []
        for other in (-1.0, 1.0):
            direction = np.zeros(2)
            direction[j] = -np.sign(w[j])
            direction[1 - j] = other
            edges.append(direction / np.sqrt(2.0))
        return np.array(edges)
    normal = solution.normal[:2]
    tangent = np.array([-normal[1], normal[0]]) / max(float(np.linalg.norm(normal)), 1e-300)
    return np.array([tangent, -tangent])


def free_direction(avoid: ArrayLike) -> tuple[NDArray[np.float64], float]:
    """The middle of the widest angular gap between the directions ``avoid``.

    For placing a label next to a point from which arrows, edges and other
    labels leave in the directions ``avoid`` (shape (k, 2), any lengths).
    Returns the unit direction and the half-width of the gap in radians, so
    a label of radius R placed at distance R / sin(half-width) stays clear.
    """
    directions = np.asarray(avoid, dtype=float).reshape(-1, 2)
    lengths = np.linalg.norm(directions, axis=1)
    directions = directions[lengths > 0.0]
    if directions.shape[0] == 0:
        return np.array([1.0, 0.0]), np.pi
    angles = np.sort(np.mod(np.arctan2(directions[:, 1], directions[:, 0]), 2.0 * np.pi))
    gaps = np.diff(np.append(angles, angles[0] + 2.0 * np.pi))
    k = int(np.argmax(gaps))
    middle = angles[k] + 0.5 * gaps[k]
    return np.array([np.cos(middle), np.sin(middle)]), float(0.5 * gaps[k])


def cone_label_anchor(
    solution: Solution, *, length: float | None = None
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Where to label the normal cone: the tip of its edge furthest from λ·g.

    Returns (point, unit direction); the label goes next to the point, in that
    direction, clear of the normal arrow that runs inside the cone.
    """
    if solution.normal_cone.shape[0] < 2:
        raise InvalidArgumentError("solution", "no corner: the normal cone is a single ray")
    length = default_arrow_length(solution) if length is None else length
    rays = solution.normal_cone / np.linalg.norm(solution.normal_cone, axis=1, keepdims=True)
    normal = solution.normal / np.linalg.norm(solution.normal)
    ray = rays[int(np.argmin(rays @ normal))]
    return solution.point + length * ray, ray


def axis_range(values: ArrayLike, *, margin: float = 0.05, include_zero: bool = True,
               target_ticks: int = 6) -> tuple[float, float, float]:
    """(min, max, step) for one plot axis holding ``values``, rounded to a nice step.

    For plots whose two axes carry different quantities (a coefficient against λ),
    where `view_box`'s equal units do not apply.
    """
    v = np.asarray(values, dtype=float).ravel()
    v = v[np.isfinite(v)]
    if v.size == 0:
        raise InvalidArgumentError("values", "must hold at least one finite number")
    low, high = float(v.min()), float(v.max())
    if include_zero:
        low, high = min(low, 0.0), max(high, 0.0)
    extent = max(high - low, 1e-9)
    low, high = low - margin * extent, high + margin * extent
    raw = (high - low) / target_ticks
    power = 10.0 ** np.floor(np.log10(raw))
    step = next(m * power for m in (1.0, 2.0, 5.0, 10.0) if m * power >= raw)
    return float(np.floor(low / step) * step), float(np.ceil(high / step) * step), float(step)


def balance_ray(solution: Solution, inverse_hessian: ArrayLike, *, length: float
                ) -> NDArray[np.float64]:
    r"""The ŵ that share this w* and its normal g: the ray ŵ = w* + μ H⁻¹g, μ ≥ 0.

    Balance at w* reads H(ŵ − w*) = λg, so ŵ = w* + λH⁻¹g; for one outward normal g
    the positions of ŵ form this ray. Returned as the segment from w* to
    w* + ``length`` · H⁻¹g / ‖H⁻¹g‖₂, shape (2, 2) (clip it to a view to draw it).

    Raises
    ------
    InvalidArgumentError
        If the solution has no normal (g = 0: the constraint is inactive), or
        ``length`` is negative.
    """
    length = check_nonnegative(length, "length")
    g = np.asarray(solution.normal, dtype=float)
    if not np.any(g):
        raise InvalidArgumentError("solution", "has g = 0 (inactive): no ray of balance")
    u = np.asarray(inverse_hessian, dtype=float) @ g
    return np.array([solution.point, solution.point + length * u / np.linalg.norm(u)])


def inverse_hessian_arrow(solution: Solution, inverse_hessian: ArrayLike, *, scale: float
                          ) -> Arrow:
    r"""H⁻¹g drawn from w* at ``scale``: the arrow from w* to w* + ``scale`` · H⁻¹g.

    The direction of the ray of balance (`balance_ray`) as a vector beside g: since
    H(ŵ − w*) = λg, ŵ − w* = λH⁻¹g, so this arrow times λ reaches ŵ (at ``scale``).

    Raises
    ------
    InvalidArgumentError
        If the solution has no normal (g = 0: the constraint is inactive), or ``scale``
        is negative.
    """
    scale = check_nonnegative(scale, "scale")
    g = np.asarray(solution.normal, dtype=float)
    if not np.any(g):
        raise InvalidArgumentError("solution", "has g = 0 (inactive): no H⁻¹g to draw")
    tip = solution.point + scale * (np.asarray(inverse_hessian, dtype=float) @ g)
    return Arrow((float(solution.point[0]), float(solution.point[1])),
                 (float(tip[0]), float(tip[1])))


def path_axis_crossing(path: object, index: int, *, start: float = 0.0,
                       stop: float = 1.0) -> float | None:
    r"""The first s in [``start``, ``stop``] where ŵ(s)'s entry ``index`` is exactly 0.

    For an arc (ŵ(s) = R (cos θ(s), sin θ(s)), θ(s) = θ₀ + σ s) the entry vanishes
    at θ = π/2 + kπ (index 0) or kπ (index 1), so s = (θ_k − θ₀)/σ for the
    integers k; for a polyline each straight piece a + u(b − a) is solved for
    u ∈ [0, 1]. Returns None when no such s lies in the range (or σ = 0).

    Raises
    ------
    InvalidArgumentError
        If ``index`` is not 0 or 1.
    """
    if index not in (0, 1):
        raise InvalidArgumentError("index", "must be 0 or 1")
    found: list[float] = []
    if path.kind == "arc":
        sweep = float(path.sweep)
        if sweep == 0.0:
            return None
        theta0 = float(np.arctan2(path.vertices[0, 1], path.vertices[0, 0]))
        offset = np.pi / 2.0 if index == 0 else 0.0
        lo, hi = sorted((theta0 + sweep * start, theta0 + sweep * stop))
        k = np.arange(np.ceil((lo - offset) / np.pi), np.floor((hi - offset) / np.pi) + 1)
        found = [float((offset + kk * np.pi - theta0) / sweep) for kk in k]
    else:
        knots = path._knots
        for j in range(len(path.vertices) - 1):
            a, b = path.vertices[j, index], path.vertices[j + 1, index]
            if a != b and min(a, b) <= 0.0 <= max(a, b):
                found.append(float(knots[j] + (a / (a - b)) * (knots[j + 1] - knots[j])))
            elif a == 0.0:
                found.append(float(knots[j]))
    inside = [s for s in found if start <= s <= stop]
    return min(inside) if inside else None
