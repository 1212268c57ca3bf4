r"""Lagrange multipliers in 2D: extremes of a smooth f on a smooth curve h(x, y) = 0.

At a constrained extreme the level curve of f through the point is tangent to
the curve, so the gradients are parallel: ∇f(p) = λ ∇h(p), h(p) = 0. The
solver traces the curve (predictor–corrector continuation), finds where f
peaks along it, and refines each peak with Newton's method on the Lagrange
system

    F(x, y, λ) = [∇f − λ∇h ; h] = 0,

until ‖F‖ ≤ LAGRANGE_TOL. Functions come from a small analytic family
(`GaussianHills`, `Circle`, `SineCurve`, `Line`) with exact derivatives, or
as plain numpy callables (`from_callables`), differentiated numerically.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Protocol

import numpy as np

from regmath.errors import InvalidArgumentError

if TYPE_CHECKING:
    from numpy.typing import ArrayLike, NDArray

    from regmath.drawing import ViewBox
    from regmath.quadratic import Quadratic

__all__ = [
    "zoom_box",
    "scaled_arrow",
    "shifted_arrow",
    "tangent_segment",
    "tangent_arrow",
    "right_angle_mark",
    "rescaled_multiplier",
    "shifted_path",
    "shifted_top",
    "kkt_arrows",
    "ridge_objective",
    "SmoothFunction",
    "GaussianHills",
    "Circle",
    "Line",
    "SineCurve",
    "from_callables",
    "TracedCurve",
    "trace_curve",
    "ConstrainedExtreme",
    "constrained_extremes",
    "LAGRANGE_TOL",
    "left_to_right",
    "sine_path_curve",
    "point_on_curve",
    "with_vertex",
    "hill_contour",
    "higher_stretches",
    "contour_crossings",
    "peak_on_path",
    "path_top",
    "equal_tops",
    "final_ascent",
    "GradientArrows",
    "gradient_arrows",
    "turned_arrow",
    "hike_view",
    "Camera",
    "TOP_VIEW",
    "START_CAMERA",
    "relief_scale",
    "lift",
    "project",
    "fit_zoom",
    "hike_camera",
    "hill_meridians",
    "ground_axes",
    "height_axes",
    "box_outline",
]

#: The Lagrange system is solved to ‖[∇f − λ∇h; h]‖_∞ ≤ LAGRANGE_TOL (relative to
#: the size of ∇f and ∇h at the point).
LAGRANGE_TOL = 1e-12
#: Points on a traced curve satisfy |h| ≤ CURVE_TOL · ‖∇h‖ · step.
CURVE_TOL = 1e-12
NEWTON_MAX_ITER = 50
#: Step of the numerical derivatives of plain callables (times max(1, |x|)).
DIFFERENCE_STEP = 1e-3


class SmoothFunction(Protocol):
    """A twice differentiable function of points of shape (..., 2)."""

    def value(self, points: ArrayLike) -> NDArray[np.float64]: ...

    def gradient(self, points: ArrayLike) -> NDArray[np.float64]: ...

    def hessian(self, points: ArrayLike) -> NDArray[np.float64]: ...


def _points(points: ArrayLike) -> NDArray[np.float64]:
    p = np.asarray(points, dtype=float)
    if p.shape[-1] != 2:
        raise InvalidArgumentError("points", f"must have shape (..., 2), got {p.shape}")
    return p


@dataclass(frozen=True, eq=False)
class GaussianHills:
    r"""A landscape of hills: f(p) = Σ hᵢ exp(−½ (p − mᵢ)ᵀ Aᵢ (p − mᵢ)).

    Each hill has a peak mᵢ, a height hᵢ and a positive definite shape Aᵢ
    (its level sets are ellipses). For one hill, {f = L} is the ellipse
    ½ (p − m)ᵀ A (p − m) = ln(h/L): a `Quadratic` level set, drawn exactly.
    """

    peaks: NDArray[np.float64]
    heights: NDArray[np.float64]
    shapes: NDArray[np.float64]

    def __init__(self, peaks: ArrayLike, heights: ArrayLike, shapes: ArrayLike) -> None:
        m = np.asarray(peaks, dtype=float).reshape(-1, 2)
        h = np.asarray(heights, dtype=float).reshape(-1)
        a = np.asarray(shapes, dtype=float).reshape(-1, 2, 2)
        if not (len(m) == len(h) == len(a)) or not np.all(np.isfinite(m)):
            raise InvalidArgumentError("peaks", "peaks, heights and shapes must match in number")
        if np.any(np.linalg.eigvalsh(0.5 * (a + a.transpose(0, 2, 1)))[:, 0] <= 0.0):
            raise InvalidArgumentError("shapes", "every shape must be positive definite")
        object.__setattr__(self, "peaks", m)
        object.__setattr__(self, "heights", h)
        object.__setattr__(self, "shapes", 0.5 * (a + a.transpose(0, 2, 1)))

    def _parts(self, points: ArrayLike) -> tuple[NDArray, NDArray, NDArray]:
        p = _points(points)
        diff = p[..., np.newaxis, :] - self.peaks  # (..., k, 2)
        pulled = np.einsum("kij,...kj->...ki", self.shapes, diff)  # A (p − m)
        bumps = self.heights * np.exp(-0.5 * np.sum(diff * pulled, axis=-1))  # (..., k)
        return diff, pulled, bumps

    def value(self, points: ArrayLike) -> NDArray[np.float64]:
        return np.sum(self._parts(points)[2], axis=-1)

    def level_set(self, level: float, *, samples: int = 129) -> NDArray[np.float64]:
        r"""The contour {f = L} of a single hill: the ellipse ½ (p − m)ᵀA(p − m) = ln(h/L).

        Exact (a `Quadratic` level set); for 0 < L < h.
        """
        from regmath.drawing import level_set
        from regmath.quadratic import Quadratic

        if len(self.heights) != 1:
            raise InvalidArgumentError("level", "exact contours are implemented for one hill")
        h = float(self.heights[0])
        if not 0.0 < level < h:
            raise InvalidArgumentError("level", f"must lie strictly between 0 and {h}, got {level}")
        bowl = Quadratic(center=self.peaks[0], hessian=self.shapes[0])
        return level_set(bowl, float(np.log(h / level)), samples=samples)

    def gradient(self, points: ArrayLike) -> NDArray[np.float64]:
        _, pulled, bumps = self._parts(points)
        return -np.sum(bumps[..., np.newaxis] * pulled, axis=-2)

    def hessian(self, points: ArrayLike) -> NDArray[np.float64]:
        _, pulled, bumps = self._parts(points)
        outer = pulled[..., :, np.newaxis] * pulled[..., np.newaxis, :]
        return np.sum(bumps[..., np.newaxis, np.newaxis] * (outer - self.shapes), axis=-3)


@dataclass(frozen=True)
class Circle:
    """h(p) = ‖p − c‖² − r²."""

    center: tuple[float, float]
    radius: float

    def value(self, points: ArrayLike) -> NDArray[np.float64]:
        d = _points(points) - np.asarray(self.center)
        return np.sum(d * d, axis=-1) - self.radius**2

    def gradient(self, points: ArrayLike) -> NDArray[np.float64]:
        return 2.0 * (_points(points) - np.asarray(self.center))

    def hessian(self, points: ArrayLike) -> NDArray[np.float64]:
        p = _points(points)
        return np.broadcast_to(2.0 * np.eye(2), p.shape[:-1] + (2, 2)).copy()


@dataclass(frozen=True)
class Line:
    """h(p) = aᵀp − b."""

    normal: tuple[float, float]
    offset: float

    def value(self, points: ArrayLike) -> NDArray[np.float64]:
        return _points(points) @ np.asarray(self.normal, dtype=float) - self.offset

    def gradient(self, points: ArrayLike) -> NDArray[np.float64]:
        p = _points(points)
        return np.broadcast_to(np.asarray(self.normal, dtype=float), p.shape).copy()

    def hessian(self, points: ArrayLike) -> NDArray[np.float64]:
        return np.zeros(_points(points).shape[:-1] + (2, 2))


@dataclass(frozen=True)
class SineCurve:
    """h(p) = y − (a sin(k x + φ) + b): a winding path across the landscape."""

    amplitude: float
    frequency: float
    phase: float = 0.0
    offset: float = 0.0

    def _angle(self, p: NDArray[np.float64]) -> NDArray[np.float64]:
        return self.frequency * p[..., 0] + self.phase

    def value(self, points: ArrayLike) -> NDArray[np.float64]:
        p = _points(points)
        return p[..., 1] - (self.amplitude * np.sin(self._angle(p)) + self.offset)

    def gradient(self, points: ArrayLike) -> NDArray[np.float64]:
        p = _points(points)
        dx = -self.amplitude * self.frequency * np.cos(self._angle(p))
        return np.stack([dx, np.ones_like(dx)], axis=-1)

    def hessian(self, points: ArrayLike) -> NDArray[np.float64]:
        p = _points(points)
        out = np.zeros(p.shape[:-1] + (2, 2))
        out[..., 0, 0] = self.amplitude * self.frequency**2 * np.sin(self._angle(p))
        return out

    def point_at(self, x: float) -> NDArray[np.float64]:
        """The point of the path above ``x``: (x, a sin(kx + φ) + b), exactly on it."""
        return np.array([float(x), self.amplitude * np.sin(self.frequency * x + self.phase)
                         + self.offset])


@dataclass(frozen=True, eq=False)
class _Callables:
    function: Callable[[NDArray[np.float64]], NDArray[np.float64]]
    grad: Callable[[NDArray[np.float64]], NDArray[np.float64]] | None = None
    hess: Callable[[NDArray[np.float64]], NDArray[np.float64]] | None = None

    def value(self, points: ArrayLike) -> NDArray[np.float64]:
        return np.asarray(self.function(_points(points)), dtype=float)

    def gradient(self, points: ArrayLike) -> NDArray[np.float64]:
        p = _points(points)
        if self.grad is not None:
            return np.asarray(self.grad(p), dtype=float)
        return _difference(self.value, p)

    def hessian(self, points: ArrayLike) -> NDArray[np.float64]:
        p = _points(points)
        if self.hess is not None:
            return np.asarray(self.hess(p), dtype=float)
        rows = _difference(self.gradient, p)  # (..., 2 (component), 2 (direction))
        return 0.5 * (rows + np.swapaxes(rows, -1, -2))


def _difference(function: Callable, p: NDArray[np.float64]) -> NDArray[np.float64]:
    """Fourth-order central differences along x and y (error O(h⁴)), stacked last."""
    h = DIFFERENCE_STEP * np.maximum(1.0, np.abs(p))
    columns = []
    for axis in (0, 1):
        step = np.zeros_like(p)
        step[..., axis] = h[..., axis]
        diff = (8.0 * (function(p + step) - function(p - step))
                - (function(p + 2.0 * step) - function(p - 2.0 * step)))
        width = 12.0 * h[..., axis]
        if np.ndim(diff) > np.ndim(width):  # vector-valued: one width per point
            width = width[..., np.newaxis]
        columns.append(diff / width)
    return np.stack(columns, axis=-1)


def from_callables(
    value: Callable[[NDArray[np.float64]], ArrayLike],
    gradient: Callable[[NDArray[np.float64]], ArrayLike] | None = None,
    hessian: Callable[[NDArray[np.float64]], ArrayLike] | None = None,
) -> SmoothFunction:
    """Wrap numpy callables of points (..., 2); missing derivatives are differenced.

    With differenced derivatives the extremes are as accurate as the differences
    allow (about 1e-10 for well-scaled smooth functions); give the gradient for more.
    """
    if not callable(value):
        raise InvalidArgumentError("value", "must be callable")
    return _Callables(value, gradient, hessian)  # type: ignore[arg-type]


@dataclass(frozen=True, eq=False)
class TracedCurve:
    """Points along {h = 0} in order, with their cumulative arc length (the sum of the
    chords between them)."""

    points: NDArray[np.float64]
    arc_length: NDArray[np.float64]
    closed: bool

    def at_length(self, s: ArrayLike) -> NDArray[np.float64]:
        """Points at arc lengths ``s`` (interpolated between traced points)."""
        s = np.asarray(s, dtype=float)
        x = np.interp(s, self.arc_length, self.points[:, 0])
        y = np.interp(s, self.arc_length, self.points[:, 1])
        return np.stack([x, y], axis=-1)


def _correct(h: SmoothFunction, p: NDArray[np.float64]) -> NDArray[np.float64]:
    """Newton along ∇h back onto h = 0."""
    for _ in range(NEWTON_MAX_ITER):
        grad = h.gradient(p)
        value = float(h.value(p))
        norm2 = float(grad @ grad)
        if norm2 == 0.0:
            raise InvalidArgumentError("h", f"∇h vanishes at {p}: the curve is not smooth there")
        p = p - value * grad / norm2
        if abs(value) <= CURVE_TOL * np.sqrt(norm2) * max(1.0, float(np.max(np.abs(p)))):
            break
    return p


def trace_curve(h: SmoothFunction, start: ArrayLike, box: ViewBox, *, step: float | None = None,
                max_points: int = 20000) -> TracedCurve:
    """Trace {h = 0} through ``start`` within ``box`` by predictor–corrector steps.

    Every returned point is Newton-corrected onto the curve. Tracing runs both
    ways from the start until it leaves the box, or closes on itself.
    """
    if step is None:
        step = max(box.width, box.height) / 400.0
    first = _correct(h, np.asarray(start, dtype=float))

    def inside(p: NDArray[np.float64]) -> bool:
        return (box.x_range[0] <= p[0] <= box.x_range[1]) and (box.y_range[0] <= p[1] <= box.y_range[1])

    def walk(direction: float) -> tuple[list[NDArray[np.float64]], bool]:
        out: list[NDArray[np.float64]] = []
        p = first
        for _ in range(max_points):
            grad = h.gradient(p)
            tangent = direction * np.array([-grad[1], grad[0]]) / np.linalg.norm(grad)
            p = _correct(h, p + step * tangent)
            if len(out) > 10 and np.linalg.norm(p - first) < 0.75 * step:
                return out, True
            out.append(p)
            if not inside(p):
                return out, False
        return out, False

    forward, closed = walk(1.0)
    if closed:
        points = np.array([first, *forward, first])
    else:
        backward, _ = walk(-1.0)
        points = np.array([*backward[::-1], first, *forward])
    segments = np.linalg.norm(np.diff(points, axis=0), axis=1)
    return TracedCurve(points, np.concatenate([[0.0], np.cumsum(segments)]), closed)


@dataclass(frozen=True, eq=False)
class ConstrainedExtreme:
    """A point where ∇f = λ∇h on h = 0.

    ``kind`` says whether f has a local maximum or minimum along the curve there;
    ``residual`` is ‖[∇f − λ∇h; h]‖_∞ at the returned point.
    """

    point: NDArray[np.float64]
    value: float
    multiplier: float
    kind: Literal["max", "min"]
    residual: float
    gradient_f: NDArray[np.float64] = field(repr=False)
    gradient_h: NDArray[np.float64] = field(repr=False)


def _refine(f: SmoothFunction, h: SmoothFunction, p: NDArray[np.float64]) -> tuple[NDArray, float, float]:
    """Newton on F(x, y, λ) = [∇f − λ∇h; h] from p (λ from the least-squares fit)."""
    grad_h = h.gradient(p)
    lam = float(f.gradient(p) @ grad_h / (grad_h @ grad_h))
    residual = np.inf
    for _ in range(NEWTON_MAX_ITER):
        grad_f, grad_h = f.gradient(p), h.gradient(p)
        system = np.concatenate([grad_f - lam * grad_h, [h.value(p)]])
        scale = max(float(np.max(np.abs(grad_f))), float(np.max(np.abs(grad_h))), 1e-300)
        residual = float(np.max(np.abs(system))) / scale
        if residual <= LAGRANGE_TOL:
            break
        jacobian = np.zeros((3, 3))
        jacobian[:2, :2] = f.hessian(p) - lam * h.hessian(p)
        jacobian[:2, 2] = -grad_h
        jacobian[2, :2] = grad_h
        delta = np.linalg.solve(jacobian, -system)
        p = p + delta[:2]
        lam += float(delta[2])
    return p, lam, residual


def constrained_extremes(f: SmoothFunction, h: SmoothFunction, curve: TracedCurve,
                         *, kind: Literal["max", "min"] = "max") -> list[ConstrainedExtreme]:
    r"""All interior local maxima (or minima) of f along the traced curve, refined.

    Each discrete peak of f over the traced points seeds Newton on the
    Lagrange system; results are sorted best first (highest for "max").

    Raises
    ------
    InvalidArgumentError
        If a peak does not converge to ‖F‖ ≤ LAGRANGE_TOL.
    """
    if kind not in ("max", "min"):
        raise InvalidArgumentError("kind", f"must be 'max' or 'min', got {kind!r}")
    sign = 1.0 if kind == "max" else -1.0
    heights = sign * f.value(curve.points)
    n = len(heights)
    candidates = [k for k in range(1, n - 1) if heights[k] >= heights[k - 1] and heights[k] > heights[k + 1]]
    if curve.closed and heights[0] > heights[1] and heights[0] >= heights[-2]:
        candidates.append(0)
    found: list[ConstrainedExtreme] = []
    for k in candidates:
        p, lam, residual = _refine(f, h, curve.points[k])
        if residual > LAGRANGE_TOL:
            raise InvalidArgumentError("f", f"Newton did not converge near {curve.points[k]} "
                                       f"(residual {residual:.2e})")
        if any(np.linalg.norm(p - e.point) < 1e-9 for e in found):
            continue
        found.append(ConstrainedExtreme(p, float(f.value(p)), lam, kind, residual,
                                        f.gradient(p), h.gradient(p)))
    found.sort(key=lambda e: -sign * e.value)
    return found


# ------------------------------------------------------------------- the hike
def left_to_right(curve: TracedCurve) -> TracedCurve:
    """The same traced curve, ordered so that it starts at its left end (smaller x).

    A path is walked from left to right, so that the distance walked grows the
    way the x-axis (and a plot of height against distance) runs.
    """
    if curve.points[0, 0] <= curve.points[-1, 0]:
        return curve
    points = curve.points[::-1].copy()
    segments = np.linalg.norm(np.diff(points, axis=0), axis=1)
    return TracedCurve(points, np.concatenate([[0.0], np.cumsum(segments)]), curve.closed)


#: A path across the map is traced in steps of 1/PATH_STEPS of the map's extent: the chords
#: then stay within 1e-4 of the extent of the curve for the curvatures a map can show.
PATH_STEPS = 200


def sine_path_curve(path: SineCurve, box: ViewBox) -> TracedCurve:
    """The path y = a sin(kx + φ) + b across the box, from its left edge to its right edge.

    Traced by `trace_curve` (so its points are about evenly spaced along the
    curve), ordered left to right, cut at the box's left and right edges; the
    two ends are the path's exact points above x = x₀ and x = x₁
    (`SineCurve.point_at`). Every point lies on the path.

    Raises
    ------
    InvalidArgumentError
        When the path leaves the box through its top or bottom (its band
        b ± |a| is not inside the box).
    """
    (x0, x1, _), (y0, y1, _) = box.x_range, box.y_range
    if path.offset - abs(path.amplitude) < y0 or path.offset + abs(path.amplitude) > y1:
        raise InvalidArgumentError("path", "its band b ± |a| must lie inside the box")
    middle = 0.5 * (x0 + x1)
    step = max(box.width, box.height) / PATH_STEPS
    traced = left_to_right(trace_curve(path, path.point_at(middle), box, step=step))
    inner = traced.points[(traced.points[:, 0] > x0) & (traced.points[:, 0] < x1)]
    points = np.concatenate([path.point_at(x0)[np.newaxis], inner, path.point_at(x1)[np.newaxis]])
    segments = np.linalg.norm(np.diff(points, axis=0), axis=1)
    return TracedCurve(points, np.concatenate([[0.0], np.cumsum(segments)]), False)


def with_vertex(curve: TracedCurve, point: ArrayLike) -> tuple[TracedCurve, float]:
    """The traced curve with ``point`` (a point of the curve) made one of its vertices.

    The point is inserted between the traced points of the segment nearest to
    it (replacing a traced point closer than 1e-12 of the curve's length), so
    that walking to its arc length (`TracedCurve.at_length`) lands on it
    exactly. Returns the new curve and the point's arc length on it.
    """
    p = np.asarray(point, dtype=float)
    a, b = curve.points[:-1], curve.points[1:]
    d = b - a
    tau = np.clip(np.einsum("ij,ij->i", p - a, d) / np.einsum("ij,ij->i", d, d), 0.0, 1.0)
    k = int(np.argmin(np.linalg.norm(a + tau[:, np.newaxis] * d - p, axis=1)))
    points = list(curve.points)
    near = 1e-12 * float(curve.arc_length[-1])
    if np.linalg.norm(points[k] - p) <= near:
        points[k] = p.copy()
        index = k
    elif np.linalg.norm(points[k + 1] - p) <= near:
        points[k + 1] = p.copy()
        index = k + 1
    else:
        points.insert(k + 1, p.copy())
        index = k + 1
    array = np.array(points)
    segments = np.linalg.norm(np.diff(array, axis=0), axis=1)
    lengths = np.concatenate([[0.0], np.cumsum(segments)])
    return TracedCurve(array, lengths, curve.closed), float(lengths[index])


def point_on_curve(h: SmoothFunction, curve: TracedCurve, s: float) -> NDArray[np.float64]:
    """The point of {h = 0} at arc length ``s`` along the traced curve.

    Interpolated between the traced points, then Newton-corrected along ∇h onto
    the curve (|h| ≤ CURVE_TOL · ‖∇h‖), so a point moving along the path is
    always exactly on it.
    """
    length = float(curve.arc_length[-1])
    s = float(s)
    if not (np.isfinite(s) and -1e-9 * max(length, 1.0) <= s <= length * (1 + 1e-12) + 1e-12):
        raise InvalidArgumentError("s", f"must lie in [0, {length:g}], got {s}")
    return _correct(h, curve.at_length(min(max(s, 0.0), length)))


def _single_hill(hills: GaussianHills) -> tuple[NDArray[np.float64], float, NDArray[np.float64]]:
    if not isinstance(hills, GaussianHills) or len(hills.heights) != 1:
        raise InvalidArgumentError("hills", "must be a GaussianHills with one hill")
    if not hills.heights[0] > 0.0:
        raise InvalidArgumentError("hills", f"its height must be > 0, got {hills.heights[0]}")
    return hills.peaks[0], float(hills.heights[0]), hills.shapes[0]


def hill_contour(hills: GaussianHills, level: float, *, samples: int = 129) -> NDArray[np.float64]:
    r"""The contour {f = L} of one hill for 0 < L ≤ h, shape (samples, 2) or (1, 2).

    For L < h the ellipse ½ (p − m)ᵀA(p − m) = ln(h/L) (`GaussianHills.level_set`);
    at L = h, the top of the hill, the contour is the single point m (returned
    as shape (1, 2)): nothing around the peak is as high.
    """
    peak, height, _ = _single_hill(hills)
    level = float(level)
    if not (np.isfinite(level) and 0.0 < level <= height):
        raise InvalidArgumentError("level", f"must lie in (0, {height:g}], got {level}")
    if level == height:
        return peak[np.newaxis, :].copy()
    return hills.level_set(level, samples=samples)


#: Iterations of the bracketed root search for the ends of a higher stretch.
ROOT_MAX_ITER = 100


def _crossing(f: SmoothFunction, h: SmoothFunction, a: NDArray[np.float64],
              b: NDArray[np.float64], level: float) -> NDArray[np.float64]:
    """The point of {h = 0} between the traced points a and b where f = level.

    Points q(τ) = correct(a + τ(b − a)) lie exactly on the curve; F(τ) =
    f(q(τ)) − level changes sign on [0, 1]. The Illinois variant of regula
    falsi (Dowell & Jarratt 1971) keeps the bracket and converges
    superlinearly; it stops when the bracket or F is at rounding level.
    """
    def value(tau: float) -> tuple[float, NDArray[np.float64]]:
        q = _correct(h, a + tau * (b - a))
        return float(f.value(q)) - level, q

    lo, hi = 0.0, 1.0
    f_lo, q_lo = value(lo)
    f_hi, q_hi = value(hi)
    if f_lo == 0.0:
        return q_lo
    if f_hi == 0.0:
        return q_hi
    side = 0
    q = q_lo
    for _ in range(ROOT_MAX_ITER):
        tau = (lo * f_hi - hi * f_lo) / (f_hi - f_lo)
        if not lo < tau < hi:
            tau = 0.5 * (lo + hi)
        f_tau, q = value(tau)
        if f_tau == 0.0 or hi - lo <= 4 * np.finfo(float).eps:
            break
        if (f_tau > 0.0) == (f_hi > 0.0):
            hi, f_hi = tau, f_tau
            if side == 1:
                f_lo *= 0.5
            side = 1
        else:
            lo, f_lo = tau, f_tau
            if side == -1:
                f_hi *= 0.5
            side = -1
        if abs(f_tau) <= 1e-15 * max(abs(level), 1e-300):
            break
    return q


def higher_stretches(f: SmoothFunction, h: SmoothFunction, curve: TracedCurve,
                     level: float) -> list[NDArray[np.float64]]:
    """The stretches of the path higher than ``level``: {p on h = 0 : f(p) > level}.

    Runs of traced points above the level, each extended at both ends to the
    exact point of the curve where f = level (`_crossing`): the places where
    the contour {f = level} crosses the path. A run that reaches an end of the
    traced curve ends there.

    Returns
    -------
    list of arrays, shape (k, 2)
        One polyline per stretch, in the curve's order; empty when no point of
        the path is higher (at the top of the path).
    """
    return _stretches(f, h, curve, level)[0]


def contour_crossings(f: SmoothFunction, h: SmoothFunction, curve: TracedCurve,
                      level: float) -> list[NDArray[np.float64]]:
    """The points where the contour {f = level} crosses the traced path: the ends of the
    `higher_stretches` that are not ends of the path, each exact (f = level on h = 0)."""
    return _stretches(f, h, curve, level)[1]


def _stretches(f: SmoothFunction, h: SmoothFunction, curve: TracedCurve, level: float
               ) -> tuple[list[NDArray[np.float64]], list[NDArray[np.float64]]]:
    level = float(level)
    values = f.value(curve.points)
    above = values > level
    stretches, crossings = [], []
    k = 0
    n = len(above)
    while k < n:
        if not above[k]:
            k += 1
            continue
        start = k
        while k < n and above[k]:
            k += 1
        run = [curve.points[j] for j in range(start, k)]
        if start > 0:
            run.insert(0, _crossing(f, h, curve.points[start - 1], curve.points[start], level))
            crossings.append(run[0])
        if k < n:
            run.append(_crossing(f, h, curve.points[k - 1], curve.points[k], level))
            crossings.append(run[-1])
        stretches.append(np.array(run))
    return stretches, crossings


def peak_on_path(hills: GaussianHills, h: SmoothFunction) -> bool:
    r"""Whether the hill's peak m lies on the path {h = 0}.

    Decided to rounding: |h(m)| ≤ LAGRANGE_TOL · ‖∇h(m)‖ · max(1, ‖m‖), that
    is, the peak is within LAGRANGE_TOL (relative) of the curve. Then the top
    of the path is the peak itself, where ∇f = 0 and λ = 0.
    """
    peak, _, _ = _single_hill(hills)
    gradient = np.asarray(h.gradient(peak), dtype=float)
    return bool(abs(float(h.value(peak))) <= LAGRANGE_TOL * float(np.linalg.norm(gradient))
                * max(1.0, float(np.linalg.norm(peak))))


def path_top(hills: GaussianHills, h: SmoothFunction, curve: TracedCurve) -> ConstrainedExtreme:
    r"""The highest point of the traced path: the best constrained maximum of f on h = 0.

    When the peak lies on the path (`peak_on_path`), the top is the peak
    exactly: ∇f(m) = 0, so λ = 0 and the gradient of f is the zero vector.

    Raises
    ------
    InvalidArgumentError
        ``curve`` when f has no interior maximum along the traced path, or when
        an end of the traced path is at least as high as every interior one
        (the path climbs out of view).
    """
    peak, height, _ = _single_hill(hills)
    if peak_on_path(hills, h):
        grad_h = np.asarray(h.gradient(peak), dtype=float)
        return ConstrainedExtreme(peak.copy(), height, 0.0, "max", 0.0, np.zeros(2), grad_h)
    tops = constrained_extremes(hills, h, curve)
    if not tops:
        raise InvalidArgumentError("curve", "f has no maximum inside the traced path")
    ends = float(np.max(hills.value(curve.points[[0, -1]])))
    if ends >= tops[0].value:
        raise InvalidArgumentError("curve", "an end of the traced path is at least as high as "
                                            "its highest inner point")
    return tops[0]


#: Two tops whose heights differ by at most this (relative) count as equally high.
TIE_RTOL = 1e-9


def equal_tops(hills: GaussianHills, h: SmoothFunction, curve: TracedCurve) -> bool:
    """Whether the path has two distinct tops of equal height (to TIE_RTOL): then "the top
    of the path" is not one point."""
    if peak_on_path(hills, h):
        return False
    tops = constrained_extremes(hills, h, curve)
    return len(tops) >= 2 and tops[0].value - tops[1].value <= TIE_RTOL * abs(tops[0].value)


def final_ascent(f: SmoothFunction, curve: TracedCurve, top_length: float) -> tuple[float, float]:
    """The last climb before the top: where it starts, and where it is steepest (arc lengths).

    Walking back from the top along the traced points while f keeps falling
    gives the last local minimum before the top (or the start of the path).
    Along that climb f rises all the way to the top, so the set of points of
    the path higher than the walker shrinks as the walker climbs. The steepest
    point is the chord of largest slope Δf/Δs on the climb (its midpoint).
    """
    s = curve.arc_length
    values = f.value(curve.points)
    k_top = int(np.searchsorted(s, top_length))
    k_top = min(max(k_top, 1), len(s) - 1)
    k = k_top - 1
    while k > 0 and values[k - 1] < values[k]:
        k -= 1
    start = float(s[k])
    slopes = np.diff(values[k:k_top + 1]) / np.diff(s[k:k_top + 1])
    j = k + int(np.argmax(slopes))
    return start, float(0.5 * (s[j] + s[j + 1]))


@dataclass(frozen=True)
class GradientArrows:
    """∇f and ∇h drawn from a constrained extreme.

    Attributes
    ----------
    f, h
        (start, end) of each arrow in map coordinates; ``f`` is None when
        ∇f = 0 (the path runs through the peak).
    true_lengths
        True when both are drawn to one scale (lengths in proportion |λ| : 1);
        False when the shorter would be too short to see: then they show
        directions only, ∇h at the given length and ∇f at half of it (so
        neither hides the other).
    """

    f: tuple[NDArray[np.float64], NDArray[np.float64]] | None
    h: tuple[NDArray[np.float64], NDArray[np.float64]]
    true_lengths: bool


#: Below this share of the longer arrow the shorter one is too short to read.
MIN_ARROW_SHARE = 0.25


def gradient_arrows(extreme: ConstrainedExtreme, *, length: float,
                    min_share: float = MIN_ARROW_SHARE) -> GradientArrows:
    r"""∇f and ∇h from the extreme, drawn to one scale: the longer is ``length`` long.

    Since ∇f = λ∇h there, the arrows are parallel and |∇f| = |λ| |∇h|. When the
    shorter would be under ``min_share`` of the longer (|λ| far from 1), they
    show directions only: ∇h is drawn ``length`` long, ∇f half as long, and
    ``true_lengths`` is False.
    """
    if not (np.isfinite(length) and length > 0.0):
        raise InvalidArgumentError("length", f"must be > 0, got {length}")
    p = np.asarray(extreme.point, dtype=float)
    grad_f = np.asarray(extreme.gradient_f, dtype=float)
    grad_h = np.asarray(extreme.gradient_h, dtype=float)
    nf, nh = float(np.linalg.norm(grad_f)), float(np.linalg.norm(grad_h))
    if nh == 0.0:
        raise InvalidArgumentError("extreme", "∇h vanishes: the path is not smooth there")
    if nf == 0.0:
        return GradientArrows(None, (p, p + length * grad_h / nh), True)
    if min(nf, nh) >= min_share * max(nf, nh):
        scale = length / max(nf, nh)
        return GradientArrows((p, p + scale * grad_f), (p, p + scale * grad_h), True)
    return GradientArrows((p, p + 0.5 * length * grad_f / nf), (p, p + length * grad_h / nh),
                          False)


def turned_arrow(start: ArrayLike, end: ArrayLike, angle: float) -> NDArray[np.float64]:
    """The arrow (start, end) turned by ``angle`` (radians, counter-clockwise) about its
    start, shape (2, 2). A half turn gives the arrow of the opposite vector."""
    a = np.asarray(start, dtype=float)
    d = np.asarray(end, dtype=float) - a
    c, s = np.cos(angle), np.sin(angle)
    if angle == np.pi:
        c, s = -1.0, 0.0  # exactly the opposite vector
    return np.array([a, a + np.array([c * d[0] - s * d[1], s * d[0] + c * d[1]])])


def scaled_arrow(start: ArrayLike, end: ArrayLike, factor: float) -> NDArray[np.float64]:
    """The arrow (start, end) with its vector scaled by ``factor`` about its start,
    shape (2, 2): [a, a + factor (b − a)]. Factors from 1 to −1 flip the arrow through
    zero length, along its own line (a sign change, not a turn).

    Raises
    ------
    InvalidArgumentError
        If ``factor`` is not finite.
    """
    if not np.isfinite(factor):
        raise InvalidArgumentError("factor", f"must be finite, got {factor}")
    a = np.asarray(start, dtype=float)
    return np.array([a, a + float(factor) * (np.asarray(end, dtype=float) - a)])


def ridge_objective(loss: Quadratic, strength: float) -> Quadratic:
    r"""f(w) + (μ/2)‖w‖₂² for f = ``loss`` and μ = ``strength``, as a quadratic about its
    minimum (the constant dropped): ½ (w − c)ᵀ (H + μI) (w − c) with
    c = (H + μI)⁻¹ H ŵ, the ridge estimate at μ (μ = 0: f itself).

    Its level sets are the contours of the penalized loss, centred on the ridge estimate;
    at μ = λ/t (`regmath.facts.ridge_penalty_strength`) the centre is the constrained w*.

    Raises
    ------
    InvalidArgumentError
        If ``strength`` is not finite and ≥ 0, or H + μI is singular (μ = 0 with H singular).
    """
    from regmath.quadratic import Quadratic

    if not (np.isfinite(strength) and strength >= 0.0):
        raise InvalidArgumentError("strength", f"must be finite and >= 0, got {strength}")
    h = loss.hessian + float(strength) * np.eye(loss.dim)
    try:
        centre = np.linalg.solve(h, loss.hessian @ loss.center)
    except np.linalg.LinAlgError:
        raise InvalidArgumentError("strength", "H + μI is singular: give μ > 0") from None
    return Quadratic(center=centre, hessian=0.5 * (h + h.T))


def kkt_arrows(point: ArrayLike, gradient: ArrayLike, normal: ArrayLike, multiplier: float, *,
               length: float) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    r"""−∇f(w*) and g drawn from w*, to one scale: (−∇f arrow, g arrow), each (2, 2).

    At an active solution of min f(w) s.t. ‖w‖ ≤ t, −∇f(w*) = λg with λ > 0
    (`regmath.solution.Solution`), so the arrows are parallel and
    |−∇f| = λ|g|; the longer is drawn ``length`` long.

    Raises
    ------
    InvalidArgumentError
        If ``length`` is not > 0, or g or ∇f(w*) is zero (λ = 0: nothing to draw).
    """
    if not (np.isfinite(length) and length > 0.0):
        raise InvalidArgumentError("length", f"must be > 0, got {length}")
    p = np.asarray(point, dtype=float)
    minus_f = -np.asarray(gradient, dtype=float)
    g = np.asarray(normal, dtype=float)
    nf, ng = float(np.linalg.norm(minus_f)), float(np.linalg.norm(g))
    if nf == 0.0 or ng == 0.0 or not multiplier > 0.0:
        raise InvalidArgumentError("solution", "λ = 0 (ŵ inside the ball): no arrows")
    scale = length / max(nf, ng)
    return np.array([p, p + scale * minus_f]), np.array([p, p + scale * g])


def hike_view(hills: GaussianHills, path: SineCurve, *, outer_level: float) -> ViewBox:
    """The map: the hill's contour at ``outer_level`` and the band the path runs in.

    The path y = a sin(kx + φ) + b stays in the band b − |a| ≤ y ≤ b + |a| for
    every x, so with the band in view the path crosses the whole map from its
    left edge to its right edge (`regmath.drawing.view_box`, square).
    """
    from regmath.drawing import view_box

    outer = hill_contour(hills, outer_level)
    middle = float(np.mean(outer[:, 0]))
    band = [[middle, path.offset - abs(path.amplitude)], [middle, path.offset + abs(path.amplitude)]]
    return view_box([outer, band])


@dataclass(frozen=True)
class Camera:
    """An orthographic camera over the map.

    Attributes
    ----------
    azimuth
        How far the map is turned about the vertical through its centre (radians).
    elevation
        The angle of the line of sight above the ground (radians); π/2 looks
        straight down, where the picture is the map itself.
    zoom
        Scale of the picture about its centre.
    centre
        Where the map's centre appears (map coordinates); None: where it is.
    """

    azimuth: float
    elevation: float
    zoom: float = 1.0
    centre: tuple[float, float] | None = None


#: Straight down: the picture is the map.
TOP_VIEW = Camera(0.0, float(np.pi / 2), 1.0, None)
#: The opening view of the mountain: from the south-west, 25° above the ground.
START_CAMERA = Camera(float(np.radians(-30.0)), float(np.radians(25.0)))
#: The mountain's height in the picture, as a share of the map's extent.
RELIEF_SHARE = 0.45


def relief_scale(hills: GaussianHills, box: ViewBox, *, share: float = RELIEF_SHARE) -> float:
    """Map units of height per unit of f, so the peak stands ``share`` of the map's extent
    above the ground (a drawing scale, the same at every point)."""
    _, height, _ = _single_hill(hills)
    return share * max(box.width, box.height) / height


def lift(f: SmoothFunction, points: ArrayLike, *, scale: float) -> NDArray[np.float64]:
    """Map points (k, 2) raised onto the surface: (x, y, scale · f(x, y)), shape (k, 3)."""
    p = np.asarray(points, dtype=float).reshape(-1, 2)
    return np.column_stack([p, scale * np.asarray(f.value(p), dtype=float)])


def _box_centre(box: ViewBox) -> NDArray[np.float64]:
    return np.array([0.5 * (box.x_range[0] + box.x_range[1]),
                     0.5 * (box.y_range[0] + box.y_range[1])])


def project(points: ArrayLike, camera: Camera, *, box: ViewBox, top: float) -> NDArray[np.float64]:
    r"""Orthographic picture of 3D points (k, 3), in map coordinates, shape (k, 2).

    With (dx, dy) the offset from the map's centre c, φ the azimuth, e the
    elevation, ζ the zoom and c' the camera's centre (c by default):

        u = c'_x + ζ (cos φ dx − sin φ dy)
        v = c'_y + ζ (sin e (sin φ dx + cos φ dy) + cos e (z − top/2))

    (the ground turned by φ, then seen from elevation e; heights are centred
    on half of ``top``, the drawn height of the peak). From `TOP_VIEW` this is
    (x, y) exactly: the picture is the map.
    """
    p = np.asarray(points, dtype=float).reshape(-1, 3)
    if camera == TOP_VIEW:
        return p[:, :2].copy()
    c = _box_centre(box)
    target = c if camera.centre is None else np.asarray(camera.centre, dtype=float)
    dx, dy = p[:, 0] - c[0], p[:, 1] - c[1]
    cos, sin = np.cos(camera.azimuth), np.sin(camera.azimuth)
    across, along = cos * dx - sin * dy, sin * dx + cos * dy
    up = np.sin(camera.elevation) * along + np.cos(camera.elevation) * (p[:, 2] - 0.5 * top)
    return np.column_stack([target[0] + camera.zoom * across, target[1] + camera.zoom * up])


def fit_zoom(azimuth: float, elevation: float, *, box: ViewBox, top: float,
             stage: ViewBox | None = None, centre: ArrayLike | None = None) -> float:
    """The largest zoom that keeps the picture of the map's box, from the ground up to
    ``top``, centred at ``centre``, inside ``stage`` (both default to the map's box)."""
    stage = box if stage is None else stage
    c = _box_centre(stage) if centre is None else np.asarray(centre, dtype=float)
    (x0, x1, _), (y0, y1, _) = box.x_range, box.y_range
    corners = np.array([[x, y, z] for x in (x0, x1) for y in (y0, y1) for z in (0.0, top)])
    seen = project(corners, Camera(azimuth, elevation, 1.0, (0.0, 0.0)), box=box, top=top)
    room = np.array([min(c[0] - stage.x_range[0], stage.x_range[1] - c[0]),
                     min(c[1] - stage.y_range[0], stage.y_range[1] - c[1])])
    if np.any(room <= 0.0):
        raise InvalidArgumentError("centre", "must lie inside the stage")
    reach = np.max(np.abs(seen), axis=0)
    return float(np.min(room / np.maximum(reach, 1e-300)))


def hike_camera(progress: float, *, box: ViewBox, top: float, stage: ViewBox | None = None,
                start: Camera = START_CAMERA) -> Camera:
    """The camera ``progress`` of the way from the opening view to `TOP_VIEW`.

    The opening view looks from ``start``'s azimuth and elevation, as large as
    fits ``stage`` (map coordinates of the room the picture may use, default
    the map's box), centred in it. Azimuth, elevation and centre move linearly
    in progress; the zoom goes linearly from the opening one to 1 but never
    beyond what fits the stage; exactly `TOP_VIEW` at 1.
    """
    progress = float(progress)
    if not 0.0 <= progress <= 1.0:
        raise InvalidArgumentError("progress", f"must lie in [0, 1], got {progress}")
    if progress == 1.0:
        return TOP_VIEW
    stage = box if stage is None else stage
    first, last = _box_centre(stage), _box_centre(box)
    opening = fit_zoom(start.azimuth, start.elevation, box=box, top=top, stage=stage)
    azimuth = (1.0 - progress) * start.azimuth
    elevation = start.elevation + progress * (TOP_VIEW.elevation - start.elevation)
    centre = (1.0 - progress) * first + progress * last
    zoom = min((1.0 - progress) * opening + progress,
               fit_zoom(azimuth, elevation, box=box, top=top, stage=stage, centre=centre))
    return Camera(azimuth, elevation, zoom, (float(centre[0]), float(centre[1])))


def hill_meridians(hills: GaussianHills, *, level: float, count: int = 12,
                   samples: int = 33) -> NDArray[np.float64]:
    r"""Lines down the hill from its peak to its contour at ``level``, shape (count, samples, 2).

    The k-th runs through m + r Q diag(√(2/d)) (cos θ_k, sin θ_k), r ∈ [0, √ln(h/L)],
    θ_k = 2πk/count (A = Q diag(d) Qᵀ): straight lines on the map, each meeting
    every contour of the hill at the same parameter angle of its ellipse. Lifted
    onto the surface (`lift`) they run from the peak down its flanks: with the
    lifted contours, a wireframe of the mountain.
    """
    from regmath.quadratic import Quadratic

    peak, height, shape = _single_hill(hills)
    level = float(level)
    if not 0.0 < level < height:
        raise InvalidArgumentError("level", f"must lie strictly between 0 and {height:g}")
    if not (isinstance(count, (int, np.integer)) and count >= 1):
        raise InvalidArgumentError("count", f"must be a whole number >= 1, got {count!r}")
    bowl = Quadratic(center=peak, hessian=shape)
    theta = 2.0 * np.pi * np.arange(count) / count
    directions = (np.stack([np.cos(theta), np.sin(theta)], axis=-1)
                  * np.sqrt(2.0 / bowl.eigenvalues)) @ bowl.eigenvectors.T
    radii = np.sqrt(np.log(height / level)) * np.linspace(0.0, 1.0, samples)
    return peak + radii[np.newaxis, :, np.newaxis] * directions[:, np.newaxis, :]


def ground_axes(box: ViewBox) -> list[NDArray[np.float64]]:
    """The x- and y-axis across the map's box, as two segments (2, 2): where the map's
    axes are drawn."""
    (x0, x1, _), (y0, y1, _) = box.x_range, box.y_range
    return [np.array([[x0, 0.0], [x1, 0.0]]), np.array([[0.0, y0], [0.0, y1]])]


def height_axes(box: ViewBox, top: float) -> list[NDArray[np.float64]]:
    """Vertical segments (2, 3) from each corner of the map's box on the ground (height 0)
    up to height ``top``, in the box's corner order (x0, y0), (x1, y0), (x1, y1), (x0, y1):
    where a height axis can stand beside the 3D picture."""
    (x0, x1, _), (y0, y1, _) = box.x_range, box.y_range
    return [np.array([[x, y, 0.0], [x, y, float(top)]])
            for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1))]


def box_outline(box: ViewBox) -> NDArray[np.float64]:
    """The map's box as a closed polyline, shape (5, 2)."""
    (x0, x1, _), (y0, y1, _) = box.x_range, box.y_range
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]])


def shifted_arrow(start: ArrayLike, end: ArrayLike, offset: float) -> NDArray[np.float64]:
    r"""The arrow (start, end) moved sideways by ``offset``, shape (2, 2).

    With d = (b − a)/|b − a| and n = (−d₂, d₁) its left normal, the arrow is
    [a + offset·n, b + offset·n]: same direction and length, so two parallel
    arrows from one point can be drawn side by side, both visible.

    Raises
    ------
    InvalidArgumentError
        If the arrow has zero length or ``offset`` is not finite.
    """
    if not np.isfinite(offset):
        raise InvalidArgumentError("offset", f"must be finite, got {offset}")
    a, b = np.asarray(start, dtype=float), np.asarray(end, dtype=float)
    length = float(np.linalg.norm(b - a))
    if length == 0.0:
        raise InvalidArgumentError("start", "the arrow has zero length: it has no side")
    d = (b - a) / length
    n = np.array([-d[1], d[0]])
    return np.array([a + offset * n, b + offset * n])


def tangent_segment(point: ArrayLike, normal: ArrayLike, half_length: float
                    ) -> NDArray[np.float64]:
    r"""The segment through ``point`` at right angles to ``normal``, shape (2, 2).

    With t = (n₂, −n₁)/|n| (the normal turned a quarter clockwise), the segment
    is [p − half_length·t, p + half_length·t]. For a curve h = 0 and n = ∇h it is
    the tangent line there; for a plot, ``normal`` = (0, 1) gives a level line.

    Raises
    ------
    InvalidArgumentError
        If ``normal`` is zero or ``half_length`` is not > 0.
    """
    if not (np.isfinite(half_length) and half_length > 0.0):
        raise InvalidArgumentError("half_length", f"must be > 0, got {half_length}")
    n = np.asarray(normal, dtype=float)
    size = float(np.linalg.norm(n))
    if size == 0.0:
        raise InvalidArgumentError("normal", "is zero: no tangent direction")
    t = np.array([n[1], -n[0]]) / size
    p = np.asarray(point, dtype=float)
    return np.array([p - half_length * t, p + half_length * t])


def tangent_arrow(point: ArrayLike, normal: ArrayLike, *, length: float) -> NDArray[np.float64]:
    r"""The unit tangent of a curve h = 0 at ``point``, drawn ``length`` long: (2, 2).

    t = (n₂, −n₁)/|n| with n = ∇h: the normal turned a quarter clockwise. For
    h(x, y) = y − φ(x), n = (−φ′, 1) and t ∝ (1, φ′): it points the way x grows,
    the way `sine_path_curve` walks (γ′(s) for the arc length s).

    Raises
    ------
    InvalidArgumentError
        If ``normal`` is zero or ``length`` is not > 0.
    """
    segment = tangent_segment(point, normal, length)
    return np.array([np.asarray(point, dtype=float), segment[1]])


def right_angle_mark(corner: ArrayLike, first: ArrayLike, second: ArrayLike, *,
                     size: float) -> NDArray[np.float64]:
    r"""The little square marking a right angle at ``corner``: a polyline (3, 2).

    With u, v the unit vectors of ``first`` and ``second`` (directions), the
    corners are c + size·u, c + size·(u + v), c + size·v.

    Raises
    ------
    InvalidArgumentError
        If a direction is zero or ``size`` is not > 0.
    """
    if not (np.isfinite(size) and size > 0.0):
        raise InvalidArgumentError("size", f"must be > 0, got {size}")
    c = np.asarray(corner, dtype=float)
    units = []
    for name, vector in (("first", first), ("second", second)):
        v = np.asarray(vector, dtype=float)
        norm = float(np.linalg.norm(v))
        if norm == 0.0:
            raise InvalidArgumentError(name, "is zero: no direction")
        units.append(v / norm)
    u, v = units
    return np.array([c + size * u, c + size * (u + v), c + size * v])


def rescaled_multiplier(multiplier: float, factor: float) -> float:
    r"""λ when the constraint h = 0 is written as (factor · h) = 0.

    ∇(c h) = c ∇h, so ∇f = λ∇h = (λ/c) ∇(c h): the multiplier is λ/c
    (c = −1 flips its sign, c = 2 halves it).

    Raises
    ------
    InvalidArgumentError
        If ``factor`` is zero or not finite (c h = 0 would not be the path).
    """
    if not np.isfinite(factor) or factor == 0.0:
        raise InvalidArgumentError("factor", f"must be finite and nonzero, got {factor}")
    return float(multiplier) / float(factor)


def shifted_path(path: SineCurve, level: float) -> SineCurve:
    r"""The path h(x, y) = c for the sine path h = y − (a sin(kx + φ) + b) = 0.

    h = c is y = a sin(kx + φ) + b + c: the same path moved up by c (the offset b + c).

    Raises
    ------
    InvalidArgumentError
        If ``level`` is not finite.
    """
    if not np.isfinite(level):
        raise InvalidArgumentError("level", f"must be finite, got {level}")
    return SineCurve(path.amplitude, path.frequency, path.phase, path.offset + float(level))


def shifted_top(hills: GaussianHills, path: SineCurve, level: float, box: "ViewBox"
                ) -> tuple[SineCurve, TracedCurve, ConstrainedExtreme]:
    r"""The path moved to h = c (`shifted_path`), traced across ``box``, and its top.

    With F(c) the top's height on h = c, F'(0) = λ, the multiplier of the top on h = 0
    (the multiplier's meaning as a sensitivity), wherever the top moves smoothly with c:
    F(c) − F(0) ≈ λc for small c.

    Raises
    ------
    InvalidArgumentError
        As `sine_path_curve` (the moved path leaves the box) or `path_top` (no inner top).
    """
    moved = shifted_path(path, level)
    curve = sine_path_curve(moved, box)
    return moved, curve, path_top(hills, moved, curve)


def zoom_box(center: ArrayLike, half_width: float) -> "ViewBox":
    r"""The square view [c₁ − r, c₁ + r] × [c₂ − r, c₂ + r] around ``center``.

    For a zoomed inset: a second pair of axes over this box, at a larger scale, magnifies
    the region around a point (w*, the top of a path). The tick step is r (the inset is
    drawn without ticks).

    Parameters
    ----------
    center
        c, shape (2,).
    half_width
        r > 0.

    Raises
    ------
    InvalidArgumentError
        If ``center`` is not two finite numbers or ``half_width`` is not > 0.
    """
    from regmath.drawing import ViewBox

    c = np.asarray(center, dtype=float)
    if c.shape != (2,) or not np.all(np.isfinite(c)):
        raise InvalidArgumentError("center", f"must be 2 finite numbers, got {center!r}")
    if not (np.isfinite(half_width) and half_width > 0.0):
        raise InvalidArgumentError("half_width", f"must be > 0, got {half_width}")
    r = float(half_width)
    return ViewBox((float(c[0]) - r, float(c[0]) + r, r), (float(c[1]) - r, float(c[1]) + r, r))
