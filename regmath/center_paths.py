r"""Paths of ŵ for the scenes' drags, with the exact place where the answer changes.

The tangency scenes move ŵ (H and t fixed) and let the solution follow. Each
path here is a polyline or an arc ŵ(s), s ∈ [0, 1], with the
parameter s* where the solution changes kind:

* `corner_exit`: at an L1 corner v, KKT says ŵ = v + λ H⁻¹ g with g in the
  normal cone N(v) = {g : g_j = sign(v_j), |g_k| ≤ 1}. Holding λ and moving
  g_k to ±1 moves ŵ on a straight line while w* stays exactly at v; past the
  cone's edge ŵ moves parallel to the diamond's edge and w* slides along it.
  When w* starts on an edge the path runs the other way, into the nearest
  corner's wedge.
* `corner_ray`: from an L1 corner, g held and λ grown: ŵ = v + λ H⁻¹ g moves
  outward and w* stays exactly at v (the wedge is two-dimensional).
* `inward_path`: ŵ moves along the ray from outside the ball to the given
  ŵ inside it; λ falls to exactly 0 where ‖ŵ(s)‖_p = t, in closed form.
* `arc_path`: ŵ turns about the origin; for the circle nothing changes kind.
* `ridge_ray_crossing`: ŵ crosses one of the four rays where ridge's w* has
  an exact zero, halfway along the path.

The crossings s* are exact: each path changes kind at a vertex or a point
known in closed form.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np

from regmath.drawing import ViewBox
from regmath.errors import InvalidArgumentError
from regmath.facts import SolutionKind, solution_kind
from regmath.lp import lp_norm
from regmath.quadratic import Quadratic
from regmath.solve import check_nonnegative, check_norm, constrained

if TYPE_CHECKING:
    from numpy.typing import ArrayLike, NDArray

__all__ = [
    "CenterPath",
    "corner_exit",
    "corner_ray",
    "inward_path",
    "arc_path",
    "ridge_ray_crossing",
    "sign_flip_point",
    "EDGE_SHARE",
    "CONE_DEPTH",
]

#: After leaving its corner, w* slides this share of the edge's length by the path's end.
EDGE_SHARE = 0.3
#: An edge solution's path ends this deep inside the corner's cone (|g_k| = 1 − depth).
CONE_DEPTH = 0.6
#: g is "at" the end of the cone when it is this close; the path then crosses the far end.
CONE_MARGIN = 0.2
#: `corner_ray`: λ grows to this multiple of its value (less when the view ends first).
RAY_GROWTH = 1.5
#: `corner_ray`: ŵ stays this share of the view's width and height inside its border.
RAY_MARGIN = 0.08
#: A ridge drag turns ŵ at least this far (radians) on each side of the ray it crosses.
MIN_TURN = 0.25


@dataclass(frozen=True, eq=False)
class CenterPath:
    r"""ŵ(s) for s ∈ [0, 1] and the s* where the solution changes kind.

    Attributes
    ----------
    kind
        "polyline" (straight pieces through ``vertices``, s proportional to
        length) or "arc" (a turn about the origin by ``sweep`` radians).
    vertices
        The polyline's corners, shape (m, 2); for an arc, its two ends.
    crossing
        s* in (0, 1), or None when the kind never changes along the path.
    before, after
        The `regmath.facts.solution_kind` on [0, s*) and on (s*, 1].
    """

    kind: Literal["polyline", "arc"]
    vertices: NDArray[np.float64]
    crossing: float | None
    before: SolutionKind
    after: SolutionKind
    sweep: float = 0.0

    @property
    def start(self) -> NDArray[np.float64]:
        return self.vertices[0]

    @property
    def end(self) -> NDArray[np.float64]:
        return self.vertices[-1]

    @functools.cached_property
    def _knots(self) -> NDArray[np.float64]:
        """s at each vertex (the polyline's cumulative length, normalized)."""
        lengths = np.linalg.norm(np.diff(self.vertices, axis=0), axis=1)
        return np.concatenate([[0.0], np.cumsum(lengths)]) / max(float(np.sum(lengths)), 1e-300)

    def at(self, s: ArrayLike) -> NDArray[np.float64]:
        """ŵ(s), shape (..., 2). Scenes ask every frame, so a scalar s takes a short path."""
        if self.kind == "arc":
            s = np.asarray(s, dtype=float)
            radius = float(np.linalg.norm(self.vertices[0]))
            angle = np.arctan2(self.vertices[0, 1], self.vertices[0, 0]) + self.sweep * s
            points = radius * np.stack([np.cos(angle), np.sin(angle)], axis=-1)
            # At s = 0 the arc is at ŵ itself, not ŵ rebuilt from its polar form (off by
            # an ulp: a ŵ on an axis ray lost its exact zero, variant "on-ray-coupled").
            return np.where((s == 0.0)[..., None], self.vertices[0], points)
        knots = self._knots
        if np.ndim(s) == 0:
            k = min(max(int(np.searchsorted(knots, float(s), side="right")) - 1, 0),
                    len(knots) - 2)
            share = (float(s) - knots[k]) / max(knots[k + 1] - knots[k], 1e-300)
            share = min(max(share, 0.0), 1.0)
            return self.vertices[k] + share * (self.vertices[k + 1] - self.vertices[k])
        s = np.asarray(s, dtype=float)
        x = np.interp(s, knots, self.vertices[:, 0])
        y = np.interp(s, knots, self.vertices[:, 1])
        return np.stack([x, y], axis=-1)


def _polyline(vertices: list[NDArray[np.float64]], before: SolutionKind,
              after: SolutionKind) -> CenterPath:
    """A two-piece path whose kind changes exactly at its middle vertex."""
    v = np.array(vertices, dtype=float)
    lengths = np.linalg.norm(np.diff(v, axis=0), axis=1)
    crossing = float(lengths[0] / np.sum(lengths))
    return CenterPath("polyline", v, crossing, before, after)


def _check_problem(loss: Quadratic, norm: str, radius: float) -> tuple[str, float]:
    if not isinstance(loss, Quadratic) or loss.dim != 2 or loss.singular:
        raise InvalidArgumentError("loss", "must be a 2D Quadratic with positive definite H")
    return check_norm(norm), check_nonnegative(radius, "radius")


def _kind_at(loss: Quadratic, center: NDArray[np.float64], norm: str, radius: float) -> SolutionKind:
    moved = Quadratic(center=center, eigenvalues=loss.eigenvalues, eigenvectors=loss.eigenvectors)
    return solution_kind(constrained(moved, norm=norm, radius=radius))


def corner_exit(loss: Quadratic, radius: float) -> CenterPath:
    r"""A path of ŵ across the boundary of an L1 corner's wedge, in two straight pieces.

    From a corner solution at v (w*_k = 0, −∇f(w*) = λg): first λ is held and
    g_k moves from its value to ±1, the edge of the cone N(v), so ŵ moves
    along H⁻¹e_k while w* stays exactly at v; then ŵ moves parallel to the
    diamond's edge, away from v, by `EDGE_SHARE` of the edge, and w* slides
    along the edge by exactly as much (on an edge with signs s, w* = ŵ − μH⁻¹s
    with μ = (sᵀŵ − t)/(sᵀH⁻¹s), and a step e with sᵀe = 0 moves w* by e).
    The nearer end of the cone is taken unless g is already within
    `CONE_MARGIN` of it; then the far end, so the path always shows w* held.

    From an edge solution the path runs the other way: parallel to the edge
    until w* reaches the nearer corner (exactly at the middle vertex), then
    into that corner's cone by `CONE_DEPTH` at the same λ, w* staying there.

    Raises
    ------
    InvalidArgumentError
        If H is singular, t = 0, or ŵ is not outside the diamond.
    """
    _, t = _check_problem(loss, "l1", radius)
    if t == 0.0:
        raise InvalidArgumentError("radius", "must be > 0 for a diamond with corners and edges")
    sol = constrained(loss, norm="l1", radius=t)
    kind = solution_kind(sol)
    inverse = loss.inverse_hessian
    lam = sol.multiplier
    center = np.array(loss.center, dtype=float)
    if kind == "corner":
        j = int(np.flatnonzero(sol.point)[0])
        k = 1 - j
        vertex = sol.point
        gamma = float(sol.normal[k])
        side = 1.0 if gamma >= 0.0 else -1.0
        if abs(side - gamma) < CONE_MARGIN:
            side = -side
        g = np.zeros(2)
        g[j], g[k] = np.sign(vertex[j]), side
        exit_point = vertex + lam * (inverse @ g)
        other_corner = np.zeros(2)
        other_corner[k] = side * t
        end = exit_point + EDGE_SHARE * (other_corner - vertex)
        return _polyline([center, exit_point, end], "corner", "edge")
    if kind == "edge":
        signs = np.sign(sol.point)
        nearest = int(np.argmax(np.abs(sol.point)))  # the corner on this weight's axis is nearer
        vertex = np.zeros(2)
        vertex[nearest] = signs[nearest] * t
        arrival = center + (vertex - sol.point)  # w* moves with ŵ along the edge
        g = np.zeros(2)
        g[nearest], g[1 - nearest] = signs[nearest], signs[1 - nearest] * (1.0 - CONE_DEPTH)
        moved = Quadratic(center=arrival, eigenvalues=loss.eigenvalues,
                          eigenvectors=loss.eigenvectors)
        lam_there = constrained(moved, norm="l1", radius=t).multiplier
        end = vertex + lam_there * (inverse @ g)
        return _polyline([center, arrival, end], "edge", "corner")
    raise InvalidArgumentError("loss", f"ŵ must lie outside the diamond (w* is {kind})")


def corner_ray(loss: Quadratic, radius: float, view: ViewBox, *,
               growth: float = RAY_GROWTH) -> CenterPath | None:
    r"""ŵ moved outward with g held and λ growing: w* stays exactly at its L1 corner.

    From a corner solution v with −∇f(v) = λg (g in the normal cone N(v)), every
    ŵ = v + λ' H⁻¹ g with λ' ≥ 0 has the solution v, with the same g and multiplier λ'
    (the KKT conditions hold unchanged). The path runs straight from ŵ (λ' = λ) to
    λ' = ``growth`` · λ, or less so that ŵ stays `RAY_MARGIN` inside ``view``; its kind
    never changes (``crossing`` is None, "corner" throughout).

    Returns None when the solution is not at a corner, ŵ is not inside the view's
    margin, or the view leaves no room to grow λ by at least a tenth.

    Raises
    ------
    InvalidArgumentError
        If H is singular, t = 0 or ``growth`` ≤ 1.
    """
    _, t = _check_problem(loss, "l1", radius)
    if t == 0.0:
        raise InvalidArgumentError("radius", "must be > 0 for a diamond with corners")
    if not growth > 1.0:
        raise InvalidArgumentError("growth", f"must be > 1, got {growth}")
    sol = constrained(loss, norm="l1", radius=t)
    if solution_kind(sol) != "corner" or not sol.multiplier > 0.0:
        return None
    lam = float(sol.multiplier)
    step = loss.inverse_hessian @ np.asarray(sol.normal, dtype=float)  # dŵ/dλ'
    center = np.array(loss.center, dtype=float)
    low = np.array([view.x_range[0] + RAY_MARGIN * view.width,
                    view.y_range[0] + RAY_MARGIN * view.height])
    high = np.array([view.x_range[1] - RAY_MARGIN * view.width,
                     view.y_range[1] - RAY_MARGIN * view.height])
    if np.any(center < low) or np.any(center > high):
        return None
    room = (growth - 1.0) * lam
    for axis in range(2):  # the largest extra λ that keeps ŵ inside the margin
        if step[axis] > 0.0:
            room = min(room, float((high[axis] - center[axis]) / step[axis]))
        elif step[axis] < 0.0:
            room = min(room, float((low[axis] - center[axis]) / step[axis]))
    if room < 0.1 * lam:
        return None
    end = sol.point + (lam + room) * step
    return CenterPath("polyline", np.array([center, end]), None, "corner", "corner")


def inward_path(loss: Quadratic, *, norm: str, radius: float, reach: float = 1.7,
                direction: ArrayLike = (1.0, 0.6)) -> CenterPath:
    r"""ŵ moving straight in from outside the ball to the loss's ŵ inside it.

    The path starts at the point of the ray from 0 through ŵ (or along
    ``direction`` when ŵ = 0) with norm ``reach`` · t and ends at ŵ. The
    constraint stops binding (λ falls to exactly 0) at s* with ‖ŵ(s*)‖_p = t:
    along the ray the norm is linear in s, so
    s* = (1 − t/‖start‖) / (1 − ‖ŵ‖/‖start‖). ``before`` is the kind of the
    solution at the start; ``after`` is "interior".
    """
    norm, t = _check_problem(loss, norm, radius)
    p = 1.0 if norm == "l1" else 2.0
    c = np.array(loss.center, dtype=float)
    if t == 0.0:
        raise InvalidArgumentError("radius", "must be > 0 for ŵ to be inside the ball")
    inside = lp_norm(c, p)
    if inside >= t:
        raise InvalidArgumentError("center", f"must lie strictly inside the ball (‖ŵ‖ = {inside:g} >= t = {t:g})")
    if not reach > 1.0:
        raise InvalidArgumentError("reach", f"must be > 1, got {reach}")
    ray = c if inside > 0.0 else np.asarray(direction, dtype=float)
    start = ray * (reach * t / lp_norm(ray, p))
    crossing = (1.0 - t / (reach * t)) / (1.0 - inside / (reach * t))
    before = _kind_at(loss, start, norm, t)
    return CenterPath("polyline", np.array([start, c]), float(crossing), before, "interior")


def arc_path(center: ArrayLike, sweep: float) -> CenterPath:
    """ŵ turning about the origin by ``sweep`` radians (no change of kind is tracked)."""
    c = np.asarray(center, dtype=float)
    if c.shape != (2,) or not np.all(np.isfinite(c)) or not np.any(c):
        raise InvalidArgumentError("center", f"must be a finite nonzero 2D point, got {center!r}")
    radius = float(np.linalg.norm(c))
    angle = float(np.arctan2(c[1], c[0])) + sweep
    end = radius * np.array([np.cos(angle), np.sin(angle)])
    return CenterPath("arc", np.array([c, end]), None, "circle", "circle", sweep=float(sweep))


def ridge_ray_crossing(loss: Quadratic, radius: float) -> CenterPath:
    r"""An arc of ŵ about the origin across a ray where the L2 solution has an exact zero.

    w* is the axis point v = ±t eⱼ of the circle exactly when ŵ lies on the ray
    r(μ) = v + μ H⁻¹ v, μ > 0 (`regmath.sparsity.l2_sparse_rays`). The path keeps
    ‖ŵ‖₂ = R fixed (R > t, so ŵ stays outside and w* stays on the circle). On
    each of the four rays it finds the point of norm R — the positive root of
    ‖u‖²μ² + 2(vᵀu)μ + t² − R² = 0 with u = H⁻¹v, since ‖r(μ)‖ grows from t —
    takes the one the shortest turn away (at least MIN_TURN, so not a ray ŵ is
    already on), and turns ŵ through it to as far beyond, crossing the ray
    exactly halfway (s* = 1/2): w* touches the axis there and only there.

    Raises
    ------
    InvalidArgumentError
        If H is singular, t = 0, or ŵ lies inside the circle.
    """
    _, t = _check_problem(loss, "l2", radius)
    if t == 0.0:
        raise InvalidArgumentError("radius", "must be > 0 for a circle")
    sol = constrained(loss, norm="l2", radius=t)
    if not sol.active:
        raise InvalidArgumentError("loss", "ŵ must lie outside the circle")
    center = np.array(loss.center, dtype=float)
    size = float(np.linalg.norm(center))
    start = float(np.arctan2(center[1], center[0]))
    turns = []
    for v in t * np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]]):
        u = loss.inverse_hessian @ v
        a, b, c = float(u @ u), float(v @ u), t * t - size * size
        crossing_point = v + ((-b + np.sqrt(b * b - a * c)) / a) * u
        turn = float(np.arctan2(crossing_point[1], crossing_point[0])) - start
        turns.append((turn + np.pi) % (2.0 * np.pi) - np.pi)  # the short way round
    # The nearest ray that ŵ is not already on.
    turn = min((x for x in turns if abs(x) >= MIN_TURN), key=abs)
    end = size * np.array([np.cos(start + 2.0 * turn), np.sin(start + 2.0 * turn)])
    return CenterPath("arc", np.array([center, end]), 0.5, "circle", "circle", sweep=2.0 * turn)


def sign_flip_point(loss: Quadratic, path: CenterPath, *, norm: str, radius: float, index: int,
                    start: float = 0.0, stop: float = 1.0, samples: int = 65) -> float | None:
    r"""Where on ``path`` (s in [``start``, ``stop``]) entry ``index`` of ŵ(s) and of the
    constrained solution w*(s) have opposite signs, both as far from 0 as they can be.

    H and t stay fixed while ŵ moves (as in the scenes' drags). Of ``samples`` evenly
    spaced s, the one with ŵ_k(s) w*_k(s) < 0 that has the largest
    min(|ŵ_k(s)|, |w*_k(s)|) is returned: there the solution has the opposite sign of
    the unregularized weight, and both are visibly off 0. Returns None when no sample has
    opposite signs (for example when H is diagonal: then w*_k has ŵ_k's sign or is 0).

    Raises
    ------
    InvalidArgumentError
        If ``index`` is not 0 or 1, the range is not inside [0, 1] or is reversed,
        ``samples`` < 2, or the loss is not a 2D positive definite quadratic.
    """
    norm, t = _check_problem(loss, norm, radius)
    if index not in (0, 1):
        raise InvalidArgumentError("index", "must be 0 or 1")
    if not 0.0 <= start <= stop <= 1.0:
        raise InvalidArgumentError("start", "must satisfy 0 ≤ start ≤ stop ≤ 1")
    if int(samples) < 2:
        raise InvalidArgumentError("samples", "must be at least 2")
    best, best_size = None, 0.0
    for s in np.linspace(float(start), float(stop), int(samples)):
        center = np.asarray(path.at(float(s)), dtype=float)
        moved = Quadratic(center=center, eigenvalues=loss.eigenvalues,
                          eigenvectors=loss.eigenvectors)
        star = float(constrained(moved, norm=norm, radius=t).point[index])
        hat = float(center[index])
        if hat * star < 0.0:
            size = min(abs(hat), abs(star))
            if size > best_size:
                best, best_size = float(s), size
    return best
