r"""The lowest loss on the boundary of the ball: min f(w) subject to ‖w‖_p = t.

When ŵ lies inside the ball, {f ≤ L} fits inside the ball exactly for
L ≤ L_in = min over the boundary of f: the largest contour that stays inside
touches the boundary from within. (When ŵ lies outside, the same minimum is
the constrained solution's level.) 2D only:

* L1: each edge is a segment; f restricted to it is a 1-D quadratic whose
  minimum has a closed form, clamped to the segment.
* L2: stationary points on the circle solve (H + ρI)w = Hŵ, ‖w‖ = t; in the
  eigenbasis Σ βᵢ²/(dᵢ + ρ)² = t², a quartic in ρ whose real roots are all
  candidates (plus, when some βᵢ = 0, the points with ρ = −dᵢ). The best
  candidate is the minimum (Moré & Sorensen 1983).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from numpy.polynomial import polynomial as P

from regmath.errors import InvalidArgumentError
from regmath.solve import check_loss, check_nonnegative, check_norm

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from regmath.quadratic import Quadratic

__all__ = ["boundary_minimum", "region_centroid"]

#: Imaginary parts below this (relative to the root's size) count as rounding.
REAL_ROOT_RTOL = 1e-7
#: Newton steps that polish each quartic root to the last bits.
POLISH_STEPS = 4


def boundary_minimum(loss: Quadratic, *, norm: str, radius: float) -> tuple[NDArray[np.float64], float]:
    """The point of {‖w‖_p = t} with the lowest loss, and that loss (2D)."""
    loss = check_loss(loss)
    norm = check_norm(norm)
    t = check_nonnegative(radius, "radius")
    if loss.dim != 2:
        raise InvalidArgumentError("loss", f"boundary minimum is 2D, the loss has n = {loss.dim}")
    if t == 0.0:
        return np.zeros(2), float(loss.value(np.zeros(2)))
    candidates = _l1_candidates(loss, t) if norm == "l1" else _l2_candidates(loss, t)
    values = loss.value(candidates)
    best = int(np.argmin(values))
    return candidates[best], float(values[best])


def _l1_candidates(loss: Quadratic, t: float) -> NDArray[np.float64]:
    corners = t * np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])
    found = [corners]
    for k in range(4):
        a, b = corners[k], corners[(k + 1) % 4]
        direction = b - a
        curvature = float(direction @ loss.hessian @ direction)
        slope = float(direction @ loss.gradient(a))
        if curvature > 0.0:
            s = min(max(-slope / curvature, 0.0), 1.0)
            found.append((a + s * direction)[np.newaxis, :])
    return np.concatenate(found)


def _l2_candidates(loss: Quadratic, t: float) -> NDArray[np.float64]:
    d = loss.eigenvalues
    q = loss.eigenvectors
    beta = d * (q.T @ loss.center)
    # Σ βᵢ² Π_{j≠i} (dⱼ + ρ)² − t² Π (dᵢ + ρ)² = 0, coefficients lowest first.
    factors = [np.array([di, 1.0]) for di in d]
    squares = [P.polymul(f, f) for f in factors]
    poly = -t * t * P.polymul(squares[0], squares[1])
    poly = P.polyadd(poly, beta[0] ** 2 * squares[1])
    poly = P.polyadd(poly, beta[1] ** 2 * squares[0])
    found = []
    scale = max(float(np.max(np.abs(d))), float(np.max(np.abs(beta))) / t, 1e-300)
    for root in P.polyroots(poly):
        if abs(root.imag) > REAL_ROOT_RTOL * max(abs(root), scale):
            continue
        rho = float(root.real)
        for _ in range(POLISH_STEPS):  # Newton on the secular sum
            value = float(np.sum((beta / (d + rho)) ** 2)) - t * t
            slope = float(-2.0 * np.sum(beta**2 / (d + rho) ** 3))
            if slope == 0.0 or not np.isfinite(value / slope):
                break
            rho -= value / slope
        if np.any(d + rho == 0.0):
            continue
        found.append(q @ (beta / (d + rho)))
    for i in np.flatnonzero(beta == 0.0):
        # ρ = −dᵢ: component i is free, fixed by the norm.
        rho = -d[i]
        other = 1 - i
        if d[other] + rho == 0.0:
            continue
        fixed = beta[other] / (d[other] + rho)
        rest = t * t - fixed * fixed
        if rest >= 0.0:
            for sign in (1.0, -1.0):
                local = np.zeros(2)
                local[other] = fixed
                local[i] = sign * np.sqrt(rest)
                found.append(q @ local)
    if not found:  # cannot happen for t > 0, but never return nothing
        theta = np.linspace(0.0, 2.0 * np.pi, 8, endpoint=False)
        return t * np.stack([np.cos(theta), np.sin(theta)], axis=-1)
    points = np.array(found)
    # Put each candidate exactly on the circle (rounding only).
    return t * points / np.linalg.norm(points, axis=1, keepdims=True)


#: Samples of the circle's angle that bracket where f crosses a level (then bisected).
CIRCLE_BRACKETS = 1024
#: Bisection halvings: 2⁻⁶⁰ of a bracket is below one ulp of the angle.
ROOT_BISECTIONS = 60


def boundary_below(loss: Quadratic, *, norm: str, radius: float, level: float,
                   samples: int = 129) -> list[NDArray[np.float64]]:
    r"""The arcs of the ball's boundary {‖w‖_p = t} where f(w) < ``level`` (2D).

    These are the allowed points with a lower loss than the contour {f = level}:
    when they exist, that contour is not the lowest one the constraint allows.

    * L1: on each edge a + s(b − a), f is a convex quadratic in s, so the part
      below the level is one interval with closed-form ends; consecutive
      pieces are joined across the corners.
    * L2: f(t cos θ, t sin θ) − level changes sign at most four times; the
      crossings are bracketed on CIRCLE_BRACKETS angles and bisected to the
      last bit, and each arc is sampled at ``samples`` angles between them.

    Returns a list of polylines, each of shape (k, 2); empty when no point of
    the boundary is below the level.
    """
    loss = check_loss(loss)
    norm = check_norm(norm)
    t = check_nonnegative(radius, "radius")
    level = check_nonnegative(level, "level")
    if loss.dim != 2:
        raise InvalidArgumentError("loss", f"the boundary is drawn in 2D, the loss has n = {loss.dim}")
    if t == 0.0:
        return []
    if norm == "l1":
        return _l1_arcs_below(loss, t, level)
    return _l2_arcs_below(loss, t, level, samples)


def _l1_arcs_below(loss: Quadratic, t: float, level: float) -> list[NDArray[np.float64]]:
    corners = t * np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])
    pieces: list[list[NDArray[np.float64]]] = []
    closes = False
    for k in range(4):
        a, b = corners[k], corners[(k + 1) % 4]
        direction = b - a
        # q(s) = f(a) + s·slope + ½ s²·curvature − level < 0 on (s0, s1).
        c0 = float(loss.value(a)) - level
        slope = float(direction @ loss.gradient(a))
        curvature = float(direction @ loss.hessian @ direction)
        interval = _below_interval(c0, slope, curvature)
        if interval is None:
            continue
        s0, s1 = max(interval[0], 0.0), min(interval[1], 1.0)
        if s0 >= s1:
            continue
        start, end = a + s0 * direction, a + s1 * direction
        if pieces and s0 == 0.0 and np.array_equal(pieces[-1][-1], a):
            pieces[-1].append(end)
        else:
            pieces.append([start, end])
        if k == 3 and s1 == 1.0:
            closes = True
    if closes and len(pieces) > 1 and np.array_equal(pieces[0][0], corners[0]):
        pieces[0] = pieces.pop() + pieces[0][1:]
    return [np.array(piece) for piece in pieces]


def _below_interval(c0: float, c1: float, c2: float) -> tuple[float, float] | None:
    """Where c0 + c1 s + ½ c2 s² < 0 (c2 ≥ 0), as an open interval, or None."""
    if c2 == 0.0:
        if c1 == 0.0:
            return (-np.inf, np.inf) if c0 < 0.0 else None
        root = -c0 / c1
        return (-np.inf, root) if c1 > 0.0 else (root, np.inf)
    a = 0.5 * c2
    discriminant = c1 * c1 - 4.0 * a * c0
    if discriminant <= 0.0:
        return None
    # The stable pair of roots (no cancellation in the larger one).
    q = -0.5 * (c1 + np.copysign(np.sqrt(discriminant), c1))
    r1, r2 = q / a, (c0 / q if q != 0.0 else -q / a)
    return (min(r1, r2), max(r1, r2))


def _l2_arcs_below(loss: Quadratic, t: float, level: float, samples: int) -> list[NDArray[np.float64]]:
    def excess(theta: NDArray[np.float64]) -> NDArray[np.float64]:
        points = t * np.stack([np.cos(theta), np.sin(theta)], axis=-1)
        return np.asarray(loss.value(points)) - level

    grid = np.linspace(0.0, 2.0 * np.pi, CIRCLE_BRACKETS + 1)
    values = excess(grid)
    below = values < 0.0
    if not np.any(below):
        return []
    if np.all(below):
        theta = np.linspace(0.0, 2.0 * np.pi, samples)
        return [t * np.stack([np.cos(theta), np.sin(theta)], axis=-1)]
    roots = []
    for k in np.flatnonzero(below[:-1] != below[1:]):
        low, high = grid[k], grid[k + 1]
        low_below = below[k]
        for _ in range(ROOT_BISECTIONS):
            middle = 0.5 * (low + high)
            if middle in (low, high):
                break
            if (excess(np.array([middle]))[0] < 0.0) == low_below:
                low = middle
            else:
                high = middle
        roots.append((0.5 * (low + high), bool(low_below)))
    # Arcs run from a root entering the region (not below before) to the next one leaving it.
    arcs = []
    entering = [r for r, was_below in roots if not was_below]
    leaving = [r for r, was_below in roots if was_below]
    for start in entering:
        after = [r for r in leaving if r > start]
        end = min(after) if after else min(leaving) + 2.0 * np.pi
        theta = np.linspace(start, end, samples)
        arcs.append(t * np.stack([np.cos(theta), np.sin(theta)], axis=-1))
    return arcs


def region_below(loss: Quadratic, *, norm: str, radius: float, level: float,
                 samples: int = 257) -> NDArray[np.float64]:
    r"""The allowed points with a loss below ``level``: {‖w‖_p ≤ t} ∩ {f(w) < level} (2D).

    Both sets are convex, so their intersection is a convex region whose
    boundary alternates between arcs of the ball (`boundary_below`) and arcs of
    the contour {f = level} inside the ball, meeting where the contour crosses
    the ball (exact: the ends of `boundary_below`'s arcs). The contour's arcs
    are its exact points (`regmath.drawing.level_set`, ``samples`` of them)
    strictly inside the ball. Returns a closed polygon, shape (k, 2), ordered
    counter-clockwise, or shape (0, 2) when the contour does not reach the ball.
    """
    from regmath.drawing import level_set
    from regmath.lp import lp_norm

    arcs = boundary_below(loss, norm=norm, radius=radius, level=level, samples=samples)
    if not arcs:
        return np.zeros((0, 2))
    p = 1.0 if norm == "l1" else 2.0
    contour = level_set(loss, level, samples=samples)[:-1]
    inside = contour[lp_norm(contour, p) < radius]
    points = np.concatenate([*arcs, inside])
    middle = points.mean(axis=0)  # inside the convex region: a mean of its boundary points
    angles = np.arctan2(points[:, 1] - middle[1], points[:, 0] - middle[0])
    ordered = points[np.argsort(angles, kind="stable")]
    return np.concatenate([ordered, ordered[:1]])


def region_centroid(polygon: NDArray[np.float64]) -> NDArray[np.float64]:
    r"""The area centroid of a simple closed polygon (such as `region_below`'s), shape (2,).

    Exact for the polygon (the shoelace formula): with cross products
    cᵢ = xᵢyᵢ₊₁ − xᵢ₊₁yᵢ and area A = ½ Σ cᵢ, the centroid is
    (Σ (xᵢ + xᵢ₊₁)cᵢ, Σ (yᵢ + yᵢ₊₁)cᵢ) / (6A). For a convex region it lies inside,
    where a label's leader can point at the region's middle.

    Parameters
    ----------
    polygon : array_like, shape (k, 2)
        The vertices in order, the first repeated last (k ≥ 4).

    Returns
    -------
    numpy.ndarray, shape (2,)
        The centroid.

    Raises
    ------
    InvalidArgumentError
        When the polygon has fewer than three distinct vertices or no area.
    """
    p = np.asarray(polygon, dtype=float)
    if p.ndim != 2 or p.shape[1] != 2 or p.shape[0] < 4:
        raise InvalidArgumentError("polygon", "a closed polygon of at least three vertices")
    x, y = p[:-1, 0], p[:-1, 1]
    xn, yn = p[1:, 0], p[1:, 1]
    cross = x * yn - xn * y
    area = 0.5 * float(cross.sum())
    if not np.isfinite(area) or area == 0.0:
        raise InvalidArgumentError("polygon", "the polygon has no area")
    return np.array([float(((x + xn) * cross).sum()), float(((y + yn) * cross).sum())]) / (6.0 * area)
