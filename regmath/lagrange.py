r"""Lagrange multipliers in 2D: extremes of a smooth f on a smooth curve g(x, y) = 0.

At a constrained extreme the level curve of f through the point is tangent to
the curve, so the gradients are parallel: ∇f(p) = λ ∇g(p), g(p) = 0. The
solver traces the curve (predictor–corrector continuation), finds where f
peaks along it, and refines each peak with Newton's method on the Lagrange
system

    F(x, y, λ) = [∇f − λ∇g ; g] = 0,

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

__all__ = [
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
    "lagrange_arrows",
]

#: The Lagrange system is solved to ‖[∇f − λ∇g; g]‖_∞ ≤ LAGRANGE_TOL (relative to
#: the size of ∇f and ∇g at the point).
LAGRANGE_TOL = 1e-12
#: Points on a traced curve satisfy |g| ≤ CURVE_TOL · ‖∇g‖ · step.
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
    """g(p) = ‖p − c‖² − r²."""

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
    """g(p) = aᵀp − b."""

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
    """g(p) = y − (a sin(k x + φ) + b): a winding path across the landscape."""

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
    """Points along {g = 0} in order, with their cumulative arc length."""

    points: NDArray[np.float64]
    arc_length: NDArray[np.float64]
    closed: bool

    def length_at(self, point: ArrayLike) -> float:
        """Arc length of the traced point nearest to ``point``, refined on its segment."""
        p = np.asarray(point, dtype=float)
        a, b = self.points[:-1], self.points[1:]
        d = b - a
        s = np.clip(np.einsum("ij,ij->i", p - a, d) / np.einsum("ij,ij->i", d, d), 0.0, 1.0)
        distance = np.linalg.norm(a + s[:, np.newaxis] * d - p, axis=1)
        k = int(np.argmin(distance))
        return float(self.arc_length[k] + s[k] * (self.arc_length[k + 1] - self.arc_length[k]))

    def at_length(self, s: ArrayLike) -> NDArray[np.float64]:
        """Points at arc lengths ``s`` (interpolated between traced points)."""
        s = np.asarray(s, dtype=float)
        x = np.interp(s, self.arc_length, self.points[:, 0])
        y = np.interp(s, self.arc_length, self.points[:, 1])
        return np.stack([x, y], axis=-1)


def _correct(g: SmoothFunction, p: NDArray[np.float64]) -> NDArray[np.float64]:
    """Newton along ∇g back onto g = 0."""
    for _ in range(NEWTON_MAX_ITER):
        grad = g.gradient(p)
        value = float(g.value(p))
        norm2 = float(grad @ grad)
        if norm2 == 0.0:
            raise InvalidArgumentError("g", f"∇g vanishes at {p}: the curve is not smooth there")
        p = p - value * grad / norm2
        if abs(value) <= CURVE_TOL * np.sqrt(norm2) * max(1.0, float(np.max(np.abs(p)))):
            break
    return p


def trace_curve(g: SmoothFunction, start: ArrayLike, box: ViewBox, *, step: float | None = None,
                max_points: int = 20000) -> TracedCurve:
    """Trace {g = 0} through ``start`` within ``box`` by predictor–corrector steps.

    Every returned point is Newton-corrected onto the curve. Tracing runs both
    ways from the start until it leaves the box, or closes on itself.
    """
    if step is None:
        step = max(box.width, box.height) / 400.0
    first = _correct(g, np.asarray(start, dtype=float))

    def inside(p: NDArray[np.float64]) -> bool:
        return (box.x_range[0] <= p[0] <= box.x_range[1]) and (box.y_range[0] <= p[1] <= box.y_range[1])

    def walk(direction: float) -> tuple[list[NDArray[np.float64]], bool]:
        out: list[NDArray[np.float64]] = []
        p = first
        for _ in range(max_points):
            grad = g.gradient(p)
            tangent = direction * np.array([-grad[1], grad[0]]) / np.linalg.norm(grad)
            p = _correct(g, p + step * tangent)
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
    """A point where ∇f = λ∇g on g = 0.

    ``kind`` says whether f has a local maximum or minimum along the curve there;
    ``residual`` is ‖[∇f − λ∇g; g]‖_∞ at the returned point.
    """

    point: NDArray[np.float64]
    value: float
    multiplier: float
    kind: Literal["max", "min"]
    residual: float
    gradient_f: NDArray[np.float64] = field(repr=False)
    gradient_g: NDArray[np.float64] = field(repr=False)


def _refine(f: SmoothFunction, g: SmoothFunction, p: NDArray[np.float64]) -> tuple[NDArray, float, float]:
    """Newton on F(x, y, λ) = [∇f − λ∇g; g] from p (λ from the least-squares fit)."""
    grad_g = g.gradient(p)
    lam = float(f.gradient(p) @ grad_g / (grad_g @ grad_g))
    residual = np.inf
    for _ in range(NEWTON_MAX_ITER):
        grad_f, grad_g = f.gradient(p), g.gradient(p)
        system = np.concatenate([grad_f - lam * grad_g, [g.value(p)]])
        scale = max(float(np.max(np.abs(grad_f))), float(np.max(np.abs(grad_g))), 1e-300)
        residual = float(np.max(np.abs(system))) / scale
        if residual <= LAGRANGE_TOL:
            break
        jacobian = np.zeros((3, 3))
        jacobian[:2, :2] = f.hessian(p) - lam * g.hessian(p)
        jacobian[:2, 2] = -grad_g
        jacobian[2, :2] = grad_g
        delta = np.linalg.solve(jacobian, -system)
        p = p + delta[:2]
        lam += float(delta[2])
    return p, lam, residual


def constrained_extremes(f: SmoothFunction, g: SmoothFunction, curve: TracedCurve,
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
        p, lam, residual = _refine(f, g, curve.points[k])
        if residual > LAGRANGE_TOL:
            raise InvalidArgumentError("f", f"Newton did not converge near {curve.points[k]} "
                                       f"(residual {residual:.2e})")
        if any(np.linalg.norm(p - e.point) < 1e-9 for e in found):
            continue
        found.append(ConstrainedExtreme(p, float(f.value(p)), lam, kind, residual,
                                        f.gradient(p), g.gradient(p)))
    found.sort(key=lambda e: -sign * e.value)
    return found



def lagrange_arrows(extreme: ConstrainedExtreme, *, length: float) -> dict[str, tuple[NDArray, NDArray]]:
    """∇f and ∇g drawn from the extreme, ∇f with ``length`` and ∇g at 0.6 of it.

    Parallel by construction of the point (∇f = λ∇g); ∇g is flipped to point the
    same way as ∇f when λ < 0, and its label says so.
    """
    p = extreme.point
    f_dir = extreme.gradient_f / np.linalg.norm(extreme.gradient_f)
    g_dir = extreme.gradient_g / np.linalg.norm(extreme.gradient_g)
    return {"f": (p, p + length * f_dir), "g": (p, p + 0.6 * length * g_dir)}
