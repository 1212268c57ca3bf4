r"""Lp norms as distances, and the exact boundary of the Lp ball for any p > 0.

‖w‖_p = (Σ |wᵢ|^p)^(1/p), with ‖w‖_∞ = max |wᵢ|. For p < 1 this is no norm
(the triangle inequality fails and the ball is not convex), but the level set
is still well defined and is what the story shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
import math
from typing import TYPE_CHECKING, Literal

import numpy as np

from regmath.errors import InvalidArgumentError
from regmath.solve import check_nonnegative

if TYPE_CHECKING:
    from numpy.typing import ArrayLike, NDArray

    from regmath.drawing import ViewBox

__all__ = [
    "lp_norm",
    "lp_ball_boundary",
    "manhattan_path",
    "check_p",
    "CORNER_GRID",
    "TwoLengths",
    "two_lengths",
    "norm_range_on_sphere",
    "sphere_walk",
    "circle_from",
    "walk_fraction",
    "walk_extremes",
    "walk_stops",
    "LabelAnchor",
    "segment_anchor",
    "walk_labels",
    "walk_label_direction",
    "right_angle_at",
    "outward",
    "turned_outward",
    "LANDMARKS",
    "BallFacts",
    "ball_facts",
    "ball_facts_between",
    "axis_points",
    "diagonal_points",
    "AxisTangents",
    "axis_tangents",
    "axis_normals",
    "axis_arc",
    "axis_zoom",
    "AxisNormals",
    "chord_on_edge",
    "BallSupport",
    "ball_support",
    "convexity_chord",
    "TriangleTest",
    "triangle_test",
    "p_scale",
    "p_from_scale",
    "street_grid",
    "rounded_sum",
    "surd",
    "EqualLegs",
    "equal_legs",
]

#: The angle grid holds every multiple of π/4 when samples = CORNER_GRID·k + 1,
#: so the corners of p ≤ 1 balls (on the axes) and of the square (diagonals) are exact.
CORNER_GRID = 8


def check_p(p: float) -> float:
    """p > 0 (``np.inf`` allowed), else raise naming ``p``."""
    try:
        value = float(p)
    except (TypeError, ValueError):
        raise InvalidArgumentError("p", f"must be a number, got {p!r}") from None
    if np.isnan(value) or value <= 0.0:
        raise InvalidArgumentError("p", f"must be > 0 (or inf), got {p!r}")
    return value


def lp_norm(w: ArrayLike, p: float, *, axis: int = -1) -> NDArray[np.float64] | float:
    r"""‖w‖_p along ``axis``, scaled so it neither overflows nor underflows.

    Computed as m·(Σ (|wᵢ|/m)^p)^(1/p) with m = max |wᵢ|; exact for p = 1, ∞.
    """
    p = check_p(p)
    a = np.abs(np.asarray(w, dtype=float))
    if np.isinf(p):
        result = np.max(a, axis=axis)
    elif p == 1.0:
        result = np.sum(a, axis=axis)
    else:
        m = np.max(a, axis=axis, keepdims=True)
        safe = np.where(m > 0.0, m, 1.0)
        result = np.squeeze(safe, axis=axis) * np.sum((a / safe) ** p, axis=axis) ** (1.0 / p)
        result = np.where(np.squeeze(m, axis=axis) > 0.0, result, 0.0)
    return float(result) if np.ndim(result) == 0 else result


def lp_ball_boundary(p: float, radius: float = 1.0, *, samples: int = 257) -> NDArray[np.float64]:
    r"""The curve {w ∈ ℝ² : ‖w‖_p = t} as a closed polyline, shape (samples, 2).

    Radial form: w(θ) = t (cos θ, sin θ) / ‖(cos θ, sin θ)‖_p, exact for every
    p > 0 and p = ∞. Point k sits at angle θ_k = 2πk/(samples − 1) for every p,
    so curves for different p correspond point by point (for morphing). With
    samples ≡ 1 (mod 8) the grid holds every multiple of π/4 and the corners
    are exact points of the polyline.
    """
    p = check_p(p)
    radius = check_nonnegative(radius, "radius")
    if not isinstance(samples, (int, np.integer)) or samples < 9 or (samples - 1) % CORNER_GRID:
        raise InvalidArgumentError(
            "samples", f"must be 8k + 1 with k >= 1 (corners on the grid), got {samples!r}"
        )
    k = np.arange(samples)
    theta = 2.0 * np.pi * k / (samples - 1)
    direction = np.stack([np.cos(theta), np.sin(theta)], axis=-1)
    # cos and sin of multiples of π/2 are not exactly 0 in floating point; make
    # the grid's axis and diagonal directions exact so corners land exactly.
    quarter = (samples - 1) // 4
    axes = k % quarter == 0
    direction[axes] = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0], [1.0, 0.0]])[
        k[axes] // quarter
    ]
    eighth = (samples - 1) // 8
    diagonal = (k % quarter) == eighth
    signs = np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]])
    direction[diagonal] = signs[k[diagonal] // quarter] * np.sqrt(0.5)
    boundary = radius * direction / lp_norm(direction, p)[:, np.newaxis]
    boundary[-1] = boundary[0]
    return boundary


def manhattan_path(w: ArrayLike) -> NDArray[np.float64]:
    """The path 0 → (w₁, 0) → (w₁, w₂): along the axes, its length is ‖w‖₁."""
    point = np.asarray(w, dtype=float)
    if point.shape != (2,) or not np.all(np.isfinite(point)):
        raise InvalidArgumentError("w", f"must be a finite 2D point, got {w!r}")
    return np.array([[0.0, 0.0], [point[0], 0.0], [point[0], point[1]]])


# ------------------------------------------------------------------ the two lengths
@dataclass(frozen=True)
class TwoLengths:
    r"""The L1 and L2 lengths of a 2D point, and how they compare.

    Attributes
    ----------
    point
        w, shape (2,).
    legs
        (|w₁|, |w₂|): the legs of the walk along the axes.
    l1, l2
        ‖w‖₁ = |w₁| + |w₂| and ‖w‖₂ = √(w₁² + w₂²).
    zero_weights
        Indices i with wᵢ = 0 exactly.
    on_axis
        Whether w lies on an axis (some wᵢ = 0): then ‖w‖₁ = ‖w‖₂ exactly.
    on_diagonal
        Whether |w₁| = |w₂| exactly: then ‖w‖₁ = √2 ‖w‖₂, the largest ratio.
    """

    point: NDArray[np.float64]
    legs: tuple[float, float]
    l1: float
    l2: float
    zero_weights: tuple[int, ...]
    on_axis: bool
    on_diagonal: bool


def two_lengths(w: ArrayLike) -> TwoLengths:
    r"""‖w‖₁ and ‖w‖₂ of a 2D point, with the facts a picture of them rests on.

    ‖w‖₂ ≤ ‖w‖₁ ≤ √2 ‖w‖₂ for every w ∈ ℝ², with equality on the left iff w
    lies on an axis and on the right iff |w₁| = |w₂| (Cauchy–Schwarz).

    Raises
    ------
    InvalidArgumentError
        ``w`` is not 2 finite numbers.
    """
    point = _point_2d(w, "w")
    legs = (float(abs(point[0])), float(abs(point[1])))
    zeros = tuple(int(i) for i in np.flatnonzero(point == 0.0))
    return TwoLengths(point=point, legs=legs, l1=float(lp_norm(point, 1.0)),
                      l2=float(lp_norm(point, 2.0)), zero_weights=zeros,
                      on_axis=bool(zeros), on_diagonal=legs[0] == legs[1])


def norm_range_on_sphere(p: float, q: float, radius: float) -> tuple[float, float]:
    r"""The smallest and largest ‖w‖_q over the 2D sphere ‖w‖_p = t.

    On the axes ‖w‖_q = t for every q; on the diagonals (|w₁| = |w₂|)
    ‖w‖_q = 2^{1/q − 1/p} t. Along the sphere the ratio ‖w‖_q / ‖w‖_p is
    monotone between an axis and a diagonal (with a = |w₂|/|w₁| ≤ 1, the
    derivative of its logarithm is a^{q−1}/(1 + a^q) − a^{p−1}/(1 + a^p),
    of one sign), so these two values are the extremes (the power-mean
    inequality; Hardy, Littlewood & Pólya, *Inequalities*, §2.9).

    Returns
    -------
    (low, high)
        (2^{1/q − 1/p} t, t) for q ≥ p, (t, 2^{1/q − 1/p} t) for q < p.
    """
    p, q = check_p(p), _check_named_p(q, "q")
    radius = check_nonnegative(radius, "radius")
    exponent = (0.0 if np.isinf(q) else 1.0 / q) - (0.0 if np.isinf(p) else 1.0 / p)
    diagonal = radius * 2.0**exponent
    return (min(diagonal, radius), max(diagonal, radius))


def sphere_walk(p: float, radius: float, start: ArrayLike, fraction: float) -> NDArray[np.float64]:
    r"""The point ``fraction`` of the way round the sphere ‖w‖_p = t from ``start``.

    Counter-clockwise, at constant speed along the curve: for p = 1 the
    diamond's perimeter (four edges of length √2 t between the corners
    (t, 0), (0, t), (−t, 0), (0, −t)), for p = 2 the circle (angle
    θ₀ + 2π·fraction). ``fraction`` 0 and 1 return ``start`` itself.

    Parameters
    ----------
    p
        1 or 2.
    radius
        t > 0.
    start
        A point with ‖start‖_p = t (to 1e-12 relative).
    fraction
        In [0, 1].

    Raises
    ------
    InvalidArgumentError
        ``p`` not 1 or 2, ``radius`` not > 0, ``start`` not on the sphere,
        ``fraction`` outside [0, 1].
    """
    p = check_p(p)
    if p not in (1.0, 2.0):
        raise InvalidArgumentError("p", f"must be 1 or 2 for a walk, got {p!r}")
    radius = check_nonnegative(radius, "radius")
    if radius == 0.0:
        raise InvalidArgumentError("radius", "must be > 0 for a walk")
    point = _point_2d(start, "start")
    if abs(lp_norm(point, p) - radius) > SPHERE_RTOL * radius:
        raise InvalidArgumentError("start", f"must lie on ‖w‖_{p:g} = {radius:g}, got {point}")
    fraction = float(fraction)
    if not 0.0 <= fraction <= 1.0:
        raise InvalidArgumentError("fraction", f"must lie in [0, 1], got {fraction}")
    if fraction in (0.0, 1.0):
        return point.copy()
    if p == 2.0:
        angle = float(np.arctan2(point[1], point[0])) + 2.0 * np.pi * fraction
        return radius * np.array([np.cos(angle), np.sin(angle)])
    corners = radius * _DIAMOND_CORNERS
    # Where start sits on the perimeter, in edges: edge k runs from corner k to corner k + 1.
    edge = _diamond_edge(point)
    along = float(abs(point[1]) if edge % 2 == 0 else abs(point[0])) / radius
    position = (edge + along + 4.0 * fraction) % 4.0
    k = int(position)
    share = position - k
    return corners[k] + share * (corners[k + 1] - corners[k])


def circle_from(radius: float, start: ArrayLike, *, samples: int = 257) -> NDArray[np.float64]:
    r"""The circle ‖w‖₂ = t as a closed polyline that starts and ends at ``start``.

    Points t (cos θ_k, sin θ_k) with θ_k = θ₀ + 2πk/(samples − 1), k = 0 …
    samples − 1, counter-clockwise, θ₀ = atan2(start₂, start₁); the first and
    last are ``start`` itself (drawn from there, the circle is seen to pass
    through it). Shape (samples, 2).

    Raises
    ------
    InvalidArgumentError
        ``radius`` not > 0, ``start`` not on the circle (1e-12 relative),
        ``samples`` < 3.
    """
    radius = check_nonnegative(radius, "radius")
    if radius == 0.0:
        raise InvalidArgumentError("radius", "must be > 0 for a circle")
    point = _point_2d(start, "start")
    if abs(lp_norm(point, 2.0) - radius) > SPHERE_RTOL * radius:
        raise InvalidArgumentError("start", f"must lie on ‖w‖₂ = {radius:g}, got {point}")
    if samples < 3:
        raise InvalidArgumentError("samples", f"must be at least 3, got {samples}")
    angles = np.arctan2(point[1], point[0]) + 2.0 * np.pi * np.arange(samples) / (samples - 1)
    circle = radius * np.column_stack([np.cos(angles), np.sin(angles)])
    circle[0] = circle[-1] = point
    return circle


def walk_fraction(p: float, radius: float, start: ArrayLike, target: ArrayLike) -> float:
    r"""How far round the walk of `sphere_walk` ``target`` is: the fraction in [0, 1) with
    ``sphere_walk(p, radius, start, fraction) == target`` (to rounding).

    For p = 2 it is (θ(target) − θ(start)) / 2π mod 1, θ the polar angle; for p = 1
    (s(target) − s(start)) / 4 mod 1, with s the position on the perimeter in edges
    (edge k + |y|/t on even edges, k + |x|/t on odd ones), the inverse of `sphere_walk`.
    A value within 1e-12 of 1 is returned as 0 (the start itself).

    Raises
    ------
    InvalidArgumentError
        ``p`` not 1 or 2, ``radius`` not > 0, ``start`` or ``target`` not on the sphere.
    """
    sphere_walk(p, radius, start, 0.0)  # checks p, radius and start
    point, goal = _point_2d(start, "start"), _point_2d(target, "target")
    if abs(lp_norm(goal, p) - radius) > SPHERE_RTOL * radius:
        raise InvalidArgumentError("target", f"must lie on ‖w‖_{p:g} = {radius:g}, got {goal}")
    if p == 2.0:
        turn = (float(np.arctan2(goal[1], goal[0])) - float(np.arctan2(point[1], point[0])))
        fraction = (turn / (2.0 * np.pi)) % 1.0
    else:
        def position(q: NDArray[np.float64]) -> float:
            edge = _diamond_edge(q)
            return edge + float(abs(q[1]) if edge % 2 == 0 else abs(q[0])) / radius
        fraction = ((position(goal) - position(point)) / 4.0) % 1.0
    return 0.0 if fraction > 1.0 - 1e-12 else float(fraction)


def walk_extremes(p: float, radius: float, start: ArrayLike
                  ) -> tuple[tuple[float, NDArray[np.float64]], tuple[float, NDArray[np.float64]]]:
    r"""Where the walk round ‖w‖_p = t from ``start`` first meets the point where the other
    length (‖·‖₂ on the diamond, ‖·‖₁ on the circle) is least, then the next where it is
    greatest: ((fraction, point), (fraction, point)), 0 ≤ f_least < f_greatest < 1.

    On the diamond (p = 1) ‖·‖₂ is least, t/√2, on the diagonals and greatest, t, on the
    axes; on the circle (p = 2) ‖·‖₁ is least, t, on the axes and greatest, √2 t, on the
    diagonals (`norm_range_on_sphere`). The two kinds alternate every eighth of the lap,
    so the greatest follows the least by exactly 1/8.
    """
    p = check_p(p)
    least, greatest = ((diagonal_points(1.0, radius), axis_points(radius)) if p == 1.0
                       else (axis_points(radius), diagonal_points(2.0, radius)))
    first = min(((walk_fraction(p, radius, start, q), k) for k, q in enumerate(least)))
    after = min((((walk_fraction(p, radius, start, q) - first[0]) % 1.0, k)
                 for k, q in enumerate(greatest)))
    return ((first[0], least[first[1]].copy()),
            (first[0] + after[0], greatest[after[1]].copy()))


def walk_stops(p: float, radius: float, start: ArrayLike
               ) -> tuple[tuple[float, NDArray[np.float64]], tuple[float, NDArray[np.float64]]]:
    r"""Where the walk round ‖w‖_p = t from ``start`` first crosses a diagonal
    |w₁| = |w₂|, then the next point on an axis: ((fraction, point), (fraction, point)),
    0 ≤ f_diagonal < f_axis < 1.

    The same stops, in the same order, on the diamond and on the circle: on the diamond
    (p = 1) these are where ‖·‖₂ is least, then greatest (`walk_extremes`); on the circle
    (p = 2) where ‖·‖₁ is greatest, √2 t, then least, t. Diagonals and axes alternate
    every eighth of the lap, so the axis follows the diagonal by exactly 1/8.

    Raises
    ------
    InvalidArgumentError
        ``p`` not 1 or 2, ``radius`` not > 0, ``start`` not on the sphere.
    """
    p = check_p(p)
    diagonals, axes = diagonal_points(p, radius), axis_points(radius)
    first = min(((walk_fraction(p, radius, start, q), k) for k, q in enumerate(diagonals)))
    after = min((((walk_fraction(p, radius, start, q) - first[0]) % 1.0, k)
                 for k, q in enumerate(axes)))
    return ((first[0], diagonals[first[1]].copy()),
            (first[0] + after[0], axes[after[1]].copy()))


#: Corners of the unit diamond in counter-clockwise order, the first repeated.
_DIAMOND_CORNERS = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0], [1.0, 0.0]])
#: How close to the sphere a walk's start must be (relative).
SPHERE_RTOL = 1e-12


def _diamond_edge(point: NDArray[np.float64]) -> int:
    """The diamond edge (0: first quadrant, counter-clockwise) a point lies on; a corner
    belongs to the edge that leaves it."""
    x, y = point
    if x > 0.0 and y >= 0.0:
        return 0
    if x <= 0.0 and y > 0.0:
        return 1
    if x < 0.0 and y <= 0.0:
        return 2
    return 3


def _point_2d(w: ArrayLike, name: str) -> NDArray[np.float64]:
    try:
        point = np.array(w, dtype=float)
    except (TypeError, ValueError):
        raise InvalidArgumentError(name, f"must be a finite 2D point, got {w!r}") from None
    if point.shape != (2,) or not np.all(np.isfinite(point)):
        raise InvalidArgumentError(name, f"must be a finite 2D point, got {w!r}")
    return point


def _check_named_p(p: float, name: str) -> float:
    try:
        return check_p(p)
    except InvalidArgumentError as error:
        raise InvalidArgumentError(name, error.problem) from None


@dataclass(frozen=True)
class LabelAnchor:
    """Where a label for a segment goes: the segment's midpoint and the unit direction
    (perpendicular to it) away from the rest of the figure."""

    point: NDArray[np.float64]
    direction: NDArray[np.float64]


def segment_anchor(a: ArrayLike, b: ArrayLike, *, away_from: ArrayLike,
                   fallback: ArrayLike) -> LabelAnchor:
    r"""The midpoint of the segment [a, b] and its unit normal pointing away from ``away_from``.

    The normal of b − a = (dx, dy) is (−dy, dx)/|b − a|, flipped to point away
    from ``away_from``. When ``away_from`` lies on the segment's line (or the
    segment is a point) the direction is ``fallback``, normalized.
    """
    a, b = _point_2d(a, "a"), _point_2d(b, "b")
    other = _point_2d(away_from, "away_from")
    middle = 0.5 * (a + b)
    d = b - a
    length = float(np.hypot(d[0], d[1]))
    side = 0.0 if length == 0.0 else float(-d[1] * (other - middle)[0] + d[0] * (other - middle)[1])
    if side == 0.0:
        f = _point_2d(fallback, "fallback")
        norm = float(np.hypot(f[0], f[1]))
        if norm == 0.0:
            raise InvalidArgumentError("fallback", "must be a nonzero direction")
        return LabelAnchor(middle, f / norm)
    normal = np.array([-d[1], d[0]]) / length
    return LabelAnchor(middle, -normal if side > 0.0 else normal)


def walk_labels(w: ArrayLike) -> tuple[LabelAnchor, LabelAnchor, LabelAnchor]:
    r"""Label anchors for the walk 0 → (w₁, 0) → w and the straight segment 0 → w.

    The first leg's label goes on the side away from w, the second leg's away
    from the origin, the segment's away from the walk's corner (w₁, 0): each
    outside the right triangle the three form. On an axis the triangle is
    flat; the legs' labels then go below / right and the segment's on the
    other side of the axis from them.
    """
    point = _point_2d(w, "w")
    path = manhattan_path(point)
    first = segment_anchor(path[0], path[1], away_from=path[2], fallback=[0.0, -1.0])
    second = segment_anchor(path[1], path[2], away_from=path[0], fallback=[1.0, 0.0])
    straight = segment_anchor(path[0], path[2], away_from=path[1],
                              fallback=[0.0, 1.0] if point[1] == 0.0 else [-1.0, 0.0])
    return first, second, straight


def walk_label_direction(w: ArrayLike) -> tuple[NDArray[np.float64], float]:
    r"""The side of w for its own label, clear of the walk, the segment and the legs' labels.

    The middle of the widest angular gap (`regmath.drawing.free_direction`)
    between the directions in which the figure leaves w: down the second leg
    to (w₁, 0), along the segment to 0, and towards the labels of the legs
    that are not 0 (`walk_labels`). Returns (unit direction, half-width of the
    gap in radians).
    """
    from regmath.drawing import free_direction

    point = _point_2d(w, "w")
    path = manhattan_path(point)
    anchors = walk_labels(point)
    avoid = [path[1] - path[2], -point]
    avoid += [anchors[i].direction for i in range(2) if point[i] != 0.0]
    return free_direction(np.array(avoid))


def right_angle_at(corner: ArrayLike, a: ArrayLike, b: ArrayLike, *, size: float
                   ) -> NDArray[np.float64]:
    r"""The small square marking a right angle at ``corner`` between the rays to a and b.

    With unit directions u = (a − c)/|a − c| and v = (b − c)/|b − c|: the
    polyline c + s·u → c + s·(u + v) → c + s·v, shape (3, 2).

    Raises
    ------
    InvalidArgumentError
        a or b equals the corner, or ``size`` is not ≥ 0.
    """
    c = _point_2d(corner, "corner")
    size = check_nonnegative(size, "size")
    directions = []
    for name, point in (("a", a), ("b", b)):
        d = _point_2d(point, name) - c
        length = float(np.hypot(d[0], d[1]))
        if length == 0.0:
            raise InvalidArgumentError(name, "must differ from the corner")
        directions.append(d / length)
    u, v = directions
    return np.array([c + size * u, c + size * (u + v), c + size * v])


def outward(w: ArrayLike) -> NDArray[np.float64]:
    """w / ‖w‖₂: the unit direction from the origin through w (a label's side)."""
    point = _point_2d(w, "w")
    length = float(lp_norm(point, 2.0))
    if length == 0.0:
        raise InvalidArgumentError("w", "must not be the origin")
    return point / length


def turned_outward(w: ArrayLike, turn: float) -> NDArray[np.float64]:
    r"""`outward` turned counter-clockwise by ``turn`` (radians): (cos t · u₁ − sin t · u₂,
    sin t · u₁ + cos t · u₂) for u = w / ‖w‖₂. A label set this way from a point that
    walks round the origin moves continuously and, on an axis, sits off the axis line.

    Raises
    ------
    InvalidArgumentError
        ``w`` is the origin or not 2 finite numbers; ``turn`` not finite.
    """
    u = outward(w)
    if not np.isfinite(turn):
        raise InvalidArgumentError("turn", f"must be a finite angle, got {turn!r}")
    c, s = float(np.cos(turn)), float(np.sin(turn))
    return np.array([c * u[0] - s * u[1], s * u[0] + c * u[1]])


# ------------------------------------------------------------------- the unit ball
#: The p where the unit ball changes kind: the diamond, the circle, the square.
LANDMARKS = (1.0, 2.0, np.inf)

BallShape = Literal["star", "diamond", "rounded diamond", "circle", "rounded square", "square"]
CornerPlace = Literal["axes", "diagonals", "none"]


@dataclass(frozen=True)
class BallFacts:
    r"""What the 2D unit ball {‖w‖_p ≤ 1} is like.

    Attributes
    ----------
    p
        The exponent, > 0 or ∞.
    shape
        "star" (p < 1), "diamond" (1), "rounded diamond" (1 < p < 2),
        "circle" (2), "rounded square" (2 < p < ∞), "square" (∞).
    convex
        p ≥ 1: then ‖·‖_p is a norm (Minkowski's inequality); for p < 1 the
        triangle inequality fails and the ball is not convex.
    corners
        Where the boundary is not smooth: on the axes for p ≤ 1 (for p < 1
        cusps, the boundary arriving tangent to the axis; for p = 1 right
        angles), on the diagonals for p = ∞, nowhere for 1 < p < ∞ (there
        the curve |w₁|^p + |w₂|^p = 1 is C¹).
    cusps
        p < 1: the points on the axes are cusps (sharp inward spikes).
    """

    p: float
    shape: BallShape
    convex: bool
    corners: CornerPlace
    cusps: bool


def ball_facts(p: float) -> BallFacts:
    """The facts of the unit ball at ``p`` (see `BallFacts`)."""
    p = check_p(p)
    if p < 1.0:
        shape: BallShape = "star"
    elif p == 1.0:
        shape = "diamond"
    elif p < 2.0:
        shape = "rounded diamond"
    elif p == 2.0:
        shape = "circle"
    elif np.isfinite(p):
        shape = "rounded square"
    else:
        shape = "square"
    corners: CornerPlace = "axes" if p <= 1.0 else ("diagonals" if np.isinf(p) else "none")
    return BallFacts(p=p, shape=shape, convex=p >= 1.0, corners=corners, cusps=p < 1.0)


def axis_points(radius: float = 1.0) -> NDArray[np.float64]:
    """(t, 0), (0, t), (−t, 0), (0, −t): where every sphere ‖w‖_p = t meets the axes, (4, 2)."""
    radius = check_nonnegative(radius, "radius")
    return radius * _DIAMOND_CORNERS[:4].copy()


def diagonal_points(p: float, radius: float = 1.0) -> NDArray[np.float64]:
    r"""Where the sphere ‖w‖_p = t meets the diagonals: 2^{−1/p} t (±1, ±1), shape (4, 2).

    Counter-clockwise from the first quadrant; (±t, ±t) for p = ∞.
    """
    p = check_p(p)
    radius = check_nonnegative(radius, "radius")
    reach = radius if np.isinf(p) else radius * 2.0 ** (-1.0 / p)
    return reach * np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]])


def convexity_chord(radius: float = 1.0) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    r"""The segment from (t, 0) to (0, t) and its midpoint (t/2, t/2).

    Both ends lie on every sphere ‖w‖_p = t. The midpoint has ‖·‖_p =
    2^{1/p − 1} t, above t exactly when p < 1: then the segment between two
    points of the ball leaves it, and the ball is not convex.
    """
    radius = check_nonnegative(radius, "radius")
    segment = radius * np.array([[1.0, 0.0], [0.0, 1.0]])
    return segment, 0.5 * (segment[0] + segment[1])


@dataclass(frozen=True)
class TriangleTest:
    r"""The triangle inequality tried on the chord's ends a = (1, 0), b = (0, 1).

    Attributes
    ----------
    p
        The exponent, > 0 or ∞.
    ends
        a and b, shape (2, 2); ‖a‖_p = ‖b‖_p = 1 for every p.
    total
        a + b = (1, 1), shape (2,).
    middle
        (a + b)/2 = (½, ½), the chord's midpoint, shape (2,).
    middle_norm
        ‖(½, ½)‖_p = 2^{1/p − 1} (½ for p = ∞).
    total_norm
        ‖a + b‖_p = 2^{1/p} (1 for p = ∞), twice ``middle_norm`` (homogeneity).
    ends_norm
        ‖a‖_p + ‖b‖_p = 2.
    """

    p: float
    ends: NDArray[np.float64]
    total: NDArray[np.float64]
    middle: NDArray[np.float64]
    middle_norm: float
    total_norm: float
    ends_norm: float

    @property
    def fails(self) -> bool:
        """‖a + b‖_p > ‖a‖_p + ‖b‖_p: true exactly when p < 1."""
        return self.total_norm > self.ends_norm


def triangle_test(p: float) -> TriangleTest:
    r"""The triangle inequality ‖a + b‖_p ≤ ‖a‖_p + ‖b‖_p at a = (1, 0), b = (0, 1).

    ‖a + b‖_p = 2^{1/p} and ‖a‖_p + ‖b‖_p = 2, so it fails exactly when
    p < 1, by the factor 2^{1/p − 1} = ‖(½, ½)‖_p: the chord's midpoint lies
    outside the unit ball by the same factor (see `convexity_chord`).

    Parameters
    ----------
    p
        The exponent, > 0 or ∞ (`check_p`).

    Returns
    -------
    TriangleTest
        The points and the three norms, each computed with `lp_norm`.
    """
    p = check_p(p)
    ends, middle = convexity_chord()
    total = ends[0] + ends[1]
    return TriangleTest(p=p, ends=ends, total=total, middle=middle,
                        middle_norm=float(lp_norm(middle, p)), total_norm=float(lp_norm(total, p)),
                        ends_norm=float(lp_norm(ends[0], p) + lp_norm(ends[1], p)))


@dataclass(frozen=True)
class AxisTangents:
    r"""The two one-sided tangents of the sphere ‖w‖_p = 1 at its axis point (1, 0).

    Attributes
    ----------
    p
        The exponent, > 0 or ∞.
    point
        (1, 0), shape (2,).
    directions
        Unit vectors along the boundary leaving (1, 0), the upper branch
        (w₂ > 0) first, shape (2, 2).
    angle
        The angle between them in degrees: 0 for p < 1 (a cusp), 90 for
        p = 1 (a right-angled corner), 180 for p > 1 (one straight tangent,
        no corner).
    segments
        The half-lines drawn as segments ``point → point + length·direction``,
        shape (2, 2, 2); for p > 1 together they are one segment of the
        vertical tangent line w₁ = 1.
    """

    p: float
    point: NDArray[np.float64]
    directions: NDArray[np.float64]
    angle: float
    segments: NDArray[np.float64]

    @property
    def smooth(self) -> bool:
        """One tangent line (the two half-lines are opposite): no corner at (1, 0)."""
        return self.angle == 180.0


def axis_tangents(p: float, *, length: float = 1.0) -> AxisTangents:
    r"""The one-sided tangents of the unit sphere ‖w‖_p = 1 at (1, 0).

    Near (1, 0) the upper branch is w₁ = (1 − w₂^p)^{1/p} = 1 − w₂^p/p + o(w₂^p)
    (p < ∞). Its chord from (1, 0) is (−w₂^p/p, w₂), whose direction as w₂ → 0⁺
    tends to

    * (−1, 0) for p < 1 (w₂^p ≫ w₂: a cusp, both branches along the axis),
    * (−1, 1)/√2 for p = 1 (the diamond's edge w₁ + w₂ = 1),
    * (0, 1) for p > 1 (w₂^p = o(w₂): the vertical tangent w₁ = 1),

    and for p = ∞ the boundary near (1, 0) is the side w₁ = 1 itself. The
    lower branch is the mirror image in the w₁ axis. Exact closed forms.

    Parameters
    ----------
    p
        The exponent, > 0 or ∞ (`check_p`).
    length
        Length of each drawn half-line, ≥ 0.

    Returns
    -------
    AxisTangents

    Raises
    ------
    InvalidArgumentError
        If ``p`` or ``length`` is invalid.
    """
    p = check_p(p)
    length = check_nonnegative(length, "length")
    if p < 1.0:
        up, angle = np.array([-1.0, 0.0]), 0.0
    elif p == 1.0:
        up, angle = np.array([-1.0, 1.0]) / np.sqrt(2.0), 90.0
    else:
        up, angle = np.array([0.0, 1.0]), 180.0
    directions = np.array([up, up * np.array([1.0, -1.0])])
    point = np.array([1.0, 0.0])
    segments = np.array([[point, point + length * d] for d in directions])
    return AxisTangents(p=p, point=point, directions=directions, angle=angle, segments=segments)


@dataclass(frozen=True)
class BallSupport:
    r"""Where a line perpendicular to a direction first touches the p-ball (1 < p < ∞).

    Attributes
    ----------
    point
        The ball's one farthest point along the direction, shape (2,).
    level
        The support h(u) = max over the ball of u·w = ‖u‖_q (u the unit direction,
        1/p + 1/q = 1), so the line is {w : u·w = level}.
    segment
        A piece of that line centred on ``point``, shape (2, 2).
    """

    point: NDArray[np.float64]
    level: float
    segment: NDArray[np.float64]


def ball_support(p: float, direction: ArrayLike, *, half_length: float = 1.0) -> BallSupport:
    r"""The point where the line perpendicular to ``direction``, slid in from outside, first
    touches the unit p-ball, 1 < p < ∞ (the ball is strictly convex: one point).

    Hölder's equality case: with u the unit direction and q = p/(p − 1), the maximiser of
    u·w over ‖w‖_p ≤ 1 is wᵢ = sign(uᵢ)|uᵢ|^{q−1} / ‖u‖_q^{q−1}, and the maximum is ‖u‖_q.
    Both entries of w are non-zero exactly when both of u's are.

    Raises
    ------
    InvalidArgumentError
        ``p`` outside (1, ∞), ``direction`` zero or non-finite, ``half_length`` < 0.
    """
    p = check_p(p)
    if not (1.0 < p < np.inf):
        raise InvalidArgumentError("p", f"must lie in (1, inf) (one touching point), got {p!r}")
    u = np.asarray(direction, dtype=float).reshape(2)
    size = float(np.hypot(*u))
    if not (np.all(np.isfinite(u)) and size > 0.0):
        raise InvalidArgumentError("direction", "must be a finite nonzero vector")
    half = check_nonnegative(half_length, "half_length")
    u = u / size
    q = p / (p - 1.0)
    level = float(lp_norm(u, q))
    point = np.sign(u) * (np.abs(u) / level) ** (q - 1.0)
    along = np.array([-u[1], u[0]])
    return BallSupport(point=point, level=level,
                       segment=np.array([point - half * along, point + half * along]))


def chord_on_edge(p: float) -> bool:
    r"""The chord from (1, 0) to (0, 1) lies on the sphere ‖w‖_p = 1: its midpoint
    (½, ½) has p-norm exactly 1 (2^{1/p − 1} = 1), which holds only at p = 1,
    where the chord is the diamond's edge."""
    return triangle_test(p).middle_norm == 1.0


def p_scale(p: float) -> float:
    r"""p/(1 + p) ∈ (0, 1]: a position on a dial for every p > 0, with ∞ at 1.

    p = 1 sits in the middle and p ↔ 1/p are mirror images (s ↔ 1 − s).
    """
    p = check_p(p)
    return 1.0 if np.isinf(p) else p / (1.0 + p)


def p_from_scale(s: float) -> float:
    """The inverse of `p_scale`: s/(1 − s), with s = 1 giving ∞."""
    s = float(s)
    if not 0.0 < s <= 1.0:
        raise InvalidArgumentError("s", f"must lie in (0, 1], got {s}")
    return np.inf if s == 1.0 else s / (1.0 - s)


def ball_facts_between(low: float, high: float) -> BallFacts:
    r"""The facts of every unit ball with ``low`` < p < ``high``, when they are all alike.

    The facts change only at the landmarks p = 1, 2, ∞; between two
    consecutive ones they are those of any p inside, here the p halfway
    along the dial (`p_scale`).

    Raises
    ------
    InvalidArgumentError
        ``high`` ≤ ``low``, or a landmark lies strictly between them.
    """
    low, high = check_p(low), _check_named_p(high, "high")
    if not high > low:
        raise InvalidArgumentError("high", f"must exceed low = {low:g}, got {high:g}")
    inside = [x for x in LANDMARKS if low < x < high]
    if inside:
        raise InvalidArgumentError("high", f"the landmark p = {inside[0]:g} lies between "
                                           f"{low:g} and {high:g}")
    return ball_facts(p_from_scale(0.5 * (p_scale(low) + p_scale(high))))


def street_grid(x_range: tuple[float, float, float], y_range: tuple[float, float, float]
                ) -> list[NDArray[np.float64]]:
    r"""The lines of a street grid over a view: one segment per tick off the axes.

    For ranges (low, high, step) as in `regmath.drawing.ViewBox`: the vertical
    lines w₁ = k·step and the horizontal lines w₂ = k·step for every whole k
    with the line inside the view and k ≠ 0 (the axes are drawn already),
    each as a (2, 2) segment spanning the view. A walk along such streets has
    length ‖·‖₁, the taxicab distance.
    """
    segments: list[NDArray[np.float64]] = []
    for axis, ((low, high, step), (other_low, other_high, _)) in enumerate(
            ((x_range, y_range), (y_range, x_range))):
        if not (np.isfinite(step) and step > 0.0 and high > low):
            raise InvalidArgumentError("x_range" if axis == 0 else "y_range",
                                       f"must be (low, high, step) with high > low and step > 0, "
                                       f"got {(low, high, step)}")
        for k in range(int(np.ceil(low / step - 1e-9)), int(np.floor(high / step + 1e-9)) + 1):
            if k == 0:
                continue
            value = float(k * step)
            segment = np.array([[value, other_low], [value, other_high]], dtype=float)
            segments.append(segment if axis == 0 else segment[:, ::-1].copy())
    return segments


def diagonal_lines(x_range: tuple[float, float, float], y_range: tuple[float, float, float]
                   ) -> NDArray[np.float64]:
    r"""The diagonals w₂ = w₁ and w₂ = −w₁ (where |w₁| = |w₂|) across a view, shape (2, 2, 2).

    For ranges (low, high, step) as in `regmath.drawing.ViewBox`, each line is
    clipped to the box [x₀, x₁] × [y₀, y₁] exactly: w₂ = w₁ runs over
    w₁ ∈ [max(x₀, y₀), min(x₁, y₁)], w₂ = −w₁ over w₁ ∈ [max(x₀, −y₁),
    min(x₁, −y₀)]. Each segment goes from its smaller w₁ to its larger.

    Raises
    ------
    InvalidArgumentError
        A range with high ≤ low, or a view that a diagonal misses (the box
        must contain the origin).
    """
    (x0, x1, _), (y0, y1, _) = x_range, y_range
    if not (x1 > x0 and y1 > y0):
        raise InvalidArgumentError("x_range", f"must be (low, high, step) with high > low, "
                                              f"got {x_range} and {y_range}")
    if not (x0 <= 0.0 <= x1 and y0 <= 0.0 <= y1):
        raise InvalidArgumentError("x_range", "the view must contain the origin")
    rising = (max(x0, y0), min(x1, y1))
    falling = (max(x0, -y1), min(x1, -y0))
    return np.array([[[rising[0], rising[0]], [rising[1], rising[1]]],
                     [[falling[0], -falling[0]], [falling[1], -falling[1]]]], dtype=float)


def rounded_sum(terms: ArrayLike, decimals: int) -> tuple[tuple[int, ...], int]:
    r"""Round non-negative terms to ``decimals`` places so that the rounded terms add up
    exactly to their rounded sum (the largest-remainder method).

    With u = 10^(−decimals): the total is Σxᵢ rounded to the nearest multiple of u
    (half to even), T = round(Σxᵢ / u); each term starts at ⌊xᵢ / u⌋ and the
    k = T − Σ⌊xᵢ / u⌋ ∈ {0, …, n} missing units go to the k terms with the largest
    remainders xᵢ / u − ⌊xᵢ / u⌋ (ties: the earlier term). Every rounded term is
    then within one unit u of its term (|rᵢ u − xᵢ| < u), and Σ rᵢ = T exactly, so a
    line "a + b = c" of the shown digits adds up. Exact: the floats are converted to
    fractions (`fractions.Fraction`), no rounding happens before the last step.

    Parameters
    ----------
    terms
        Shape (n,), finite, ≥ 0.
    decimals
        Places, ≥ 0.

    Returns
    -------
    (rounded, total)
        The terms and the total in units of 10^(−decimals): integers rᵢ and T.

    Raises
    ------
    InvalidArgumentError
        A term negative or not finite, ``decimals`` negative.
    """
    values = np.atleast_1d(np.asarray(terms, dtype=float))
    if values.ndim != 1 or not np.all(np.isfinite(values)) or np.any(values < 0.0):
        raise InvalidArgumentError("terms", f"must be finite numbers ≥ 0, got {terms!r}")
    if int(decimals) != decimals or decimals < 0:
        raise InvalidArgumentError("decimals", f"must be a whole number ≥ 0, got {decimals!r}")
    scale = Fraction(10) ** int(decimals)
    scaled = [Fraction(float(x)) * scale for x in values]
    floors = [math.floor(x) for x in scaled]
    total = round(sum(scaled))  # Fraction rounds half to even
    missing = total - sum(floors)
    order = sorted(range(len(scaled)), key=lambda i: (-(scaled[i] - floors[i]), i))
    rounded = list(floors)
    for i in order[:missing]:
        rounded[i] += 1
    return tuple(int(r) for r in rounded), int(total)


#: `surd` writes √n as k√m only for whole n up to this (trial division stays instant).
SURD_LIMIT = 10**8


def surd(square: Fraction | float | int) -> tuple[int, int] | None:
    r"""√n in simplest radical form k√m (m square-free), for a whole number n ≥ 1.

    n = k²·m with m square-free: for each d from 2 while d² ≤ n, divide d² out of
    n as often as it goes (the remaining d-free part keeps m square-free).
    Returns None when ``square`` is not a whole number in [1, SURD_LIMIT]: then
    √n has no short exact form here and the caller writes decimals.

    Returns
    -------
    (k, m) or None
        √n = k√m; m = 1 when n is a perfect square.
    """
    value = Fraction(square) if not isinstance(square, float) else Fraction(square)
    if value.denominator != 1 or not 1 <= value <= SURD_LIMIT:
        return None
    n, k, d = int(value), 1, 2
    while d * d <= n:
        while n % (d * d) == 0:
            n //= d * d
            k *= d
        d += 1
    return k, n


@dataclass(frozen=True)
class EqualLegs:
    r"""The two equal legs of the point where a sphere of the walk crosses a diagonal.

    Attributes
    ----------
    square
        |v₁|² = |v₂|² there, exactly (a fraction of the data's floats).
    leg, total
        |vᵢ| and |v₁| + |v₂| = 2|vᵢ| in simplest radical form (k, m) for k√m, or
        None when |vᵢ|² is no whole number (then use ``leg_digits``).
    leg_digits, total_digits
        |vᵢ| rounded to the places asked, and exactly twice that: the digits of
        "x + x = 2x" add up.
    digits_exact
        Whether ``leg_digits`` is |vᵢ| itself (not rounded).
    """

    square: Fraction
    leg: tuple[int, int] | None
    total: tuple[int, int] | None
    leg_digits: Decimal
    total_digits: Decimal
    digits_exact: bool


def equal_legs(p: float, point: ArrayLike, decimals: int) -> EqualLegs:
    r"""|v₁| = |v₂| at the diagonal points of the sphere ‖v‖_p = ‖w‖_p through ``point``.

    On the diamond (p = 1) |vᵢ| = ‖w‖₁ / 2, so |vᵢ|² = (|w₁| + |w₂|)² / 4; on the
    circle (p = 2) |vᵢ|² = ‖w‖₂² / 2 = (w₁² + w₂²) / 2 (`diagonal_points`). Both
    are computed exactly from the floats (`fractions.Fraction`); the radical form
    comes from `surd`, the digits from the square root rounded half-to-even to
    ``decimals`` places (`decimal`, 28 significant digits).

    Raises
    ------
    InvalidArgumentError
        ``p`` not 1 or 2, ``point`` not 2 finite numbers or at the origin,
        ``decimals`` negative.
    """
    p = check_p(p)
    if p not in (1.0, 2.0):
        raise InvalidArgumentError("p", f"must be 1 or 2, got {p!r}")
    w = _point_2d(point, "point")
    if not np.any(w):
        raise InvalidArgumentError("point", "must not be the origin")
    if int(decimals) != decimals or decimals < 0:
        raise InvalidArgumentError("decimals", f"must be a whole number ≥ 0, got {decimals!r}")
    a, b = (Fraction(abs(float(x))) for x in w)
    square = (a + b) ** 2 / 4 if p == 1.0 else (a * a + b * b) / 2
    leg = surd(square)
    total = None if leg is None else (2 * leg[0], leg[1])
    root = (Decimal(square.numerator) / Decimal(square.denominator)).sqrt()
    digits = root.quantize(Decimal(1).scaleb(-int(decimals)), rounding=ROUND_HALF_EVEN)
    exact = Fraction(digits) ** 2 == square
    return EqualLegs(square=square, leg=leg, total=total, leg_digits=digits,
                     total_digits=2 * digits, digits_exact=exact)


@dataclass(frozen=True)
class AxisNormals:
    r"""Outward normals of the unit ball ‖w‖_p ≤ 1 at its axis point (1, 0).

    Attributes
    ----------
    p
        The exponent, ≥ 1 or ∞ (the ball is convex).
    point
        (1, 0), shape (2,).
    directions
        ``count`` unit vectors, shape (count, 2): for p = 1 the normal cone at
        the corner, (cos θ, sin θ) for θ evenly from −45° to 45° (its edges are
        (1, −1)/√2 and (1, 1)/√2, each perpendicular to one of the diamond's
        edges); for p > 1 every row is (1, 0), the one normal of the vertical
        tangent w₁ = 1.
    segments
        ``point → point + length·direction``, shape (count, 2, 2).
    """

    p: float
    point: NDArray[np.float64]
    directions: NDArray[np.float64]
    segments: NDArray[np.float64]

    @property
    def single(self) -> bool:
        """Only one outward normal direction: the boundary is smooth at (1, 0)."""
        return bool(np.all(self.directions == self.directions[0]))


def axis_normals(p: float, *, count: int = 5, length: float = 1.0) -> AxisNormals:
    r"""The outward normals of the convex unit ball ‖w‖_p ≤ 1 at (1, 0).

    The normal cone of a convex set C at x is {g : gᵀ(y − x) ≤ 0 for all y ∈ C}.
    For p = 1 the ball is |w₁| + |w₂| ≤ 1 and at its corner (1, 0) the cone is
    spanned by the normals of the two edges there, (1, 1) and (1, −1): every
    direction (cos θ, sin θ) with |θ| ≤ 45°. For p > 1 (and ∞) the boundary has
    the one tangent w₁ = 1 (`axis_tangents`), so the cone is the ray of (1, 0).
    The p = 1 fan is returned as ``count`` directions with θ = −45° + 90°·k/(count − 1);
    for p > 1 as ``count`` copies of (1, 0) (so a drawn fan can close into one
    arrow). Exact closed forms.

    Parameters
    ----------
    p
        The exponent, ≥ 1 or ∞.
    count
        The number of directions, ≥ 2.
    length
        The drawn length of each normal, ≥ 0.

    Returns
    -------
    AxisNormals

    Raises
    ------
    InvalidArgumentError
        ``p`` < 1 (the ball is not convex: no normal cone is drawn), ``count``
        not a whole number ≥ 2, ``length`` negative.
    """
    p = check_p(p)
    if p < 1.0:
        raise InvalidArgumentError("p", f"must be ≥ 1 (a convex ball), got {p!r}")
    if isinstance(count, bool) or int(count) != count or count < 2:
        raise InvalidArgumentError("count", f"must be a whole number ≥ 2, got {count!r}")
    length = check_nonnegative(length, "length")
    count = int(count)
    if p == 1.0:
        theta = np.deg2rad(-45.0 + 90.0 * np.arange(count) / (count - 1))
        directions = np.stack([np.cos(theta), np.sin(theta)], axis=1)
        # The cone's edges exactly: (1, ∓1)/√2.
        directions[0] = np.array([1.0, -1.0]) / np.sqrt(2.0)
        directions[-1] = np.array([1.0, 1.0]) / np.sqrt(2.0)
    else:
        directions = np.tile([1.0, 0.0], (count, 1))
    point = np.array([1.0, 0.0])
    segments = np.array([[point, point + length * d] for d in directions])
    return AxisNormals(p=p, point=point, directions=directions, segments=segments)


def axis_arc(p: float, reach: float, *, samples: int = 129) -> NDArray[np.float64]:
    r"""The sphere ‖w‖_p = 1 near its axis point (1, 0), for a magnified view of it.

    The points (w₁, w₂) with w₂ evenly from −``reach`` to ``reach`` and
    w₁ = (1 − |w₂|^p)^{1/p} (w₁ = 1 for p = ∞): the part of the sphere with
    w₁ ≥ 0 and |w₂| ≤ ``reach``. Exact closed form; (1, 0) is a sample when
    ``samples`` is odd.

    Parameters
    ----------
    p
        The exponent, > 0 or ∞ (`check_p`).
    reach
        The largest |w₂|, in (0, 1].
    samples
        Odd, ≥ 3.

    Returns
    -------
    numpy.ndarray
        Shape (samples, 2), from w₂ = −reach up to w₂ = reach.

    Raises
    ------
    InvalidArgumentError
        If ``p``, ``reach`` or ``samples`` is invalid.
    """
    p = check_p(p)
    if not (np.isfinite(reach) and 0.0 < reach <= 1.0):
        raise InvalidArgumentError("reach", f"must lie in (0, 1], got {reach!r}")
    if isinstance(samples, bool) or int(samples) != samples or samples < 3 or samples % 2 == 0:
        raise InvalidArgumentError("samples", f"must be an odd whole number ≥ 3, got {samples!r}")
    w2 = np.linspace(-reach, reach, int(samples))
    w2[int(samples) // 2] = 0.0
    if np.isinf(p):
        w1 = np.ones_like(w2)
    else:
        w1 = np.clip(1.0 - np.abs(w2) ** p, 0.0, None) ** (1.0 / p)
    return np.stack([w1, w2], axis=1)


def axis_zoom(reach: float) -> "ViewBox":
    r"""The square view of half-width ``reach`` centred on the axis point (1, 0): what a
    magnified inset of the corner shows (tick step: ``reach``; drawn without ticks).

    Raises
    ------
    InvalidArgumentError
        If ``reach`` is not in (0, 1].
    """
    from regmath.drawing import ViewBox

    if not (np.isfinite(reach) and 0.0 < reach <= 1.0):
        raise InvalidArgumentError("reach", f"must lie in (0, 1], got {reach!r}")
    return ViewBox((1.0 - reach, 1.0 + reach, reach), (-reach, reach, reach))
