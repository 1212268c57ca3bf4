r"""Where the L1 solution lands, for every ŵ at once, and how often it is sparse.

For a fixed H and radius t, KKT says the L1 solution is the corner v exactly
when H(ŵ − v) lies in the normal cone N(v), that is for ŵ in the wedge
v + H⁻¹N(v), and on the open edge with signs s exactly when ŵ lies in the
strip {w + λ H⁻¹ s : w on the edge, λ > 0}. Inside the diamond the solution is
ŵ itself. These nine pieces tile the plane; their boundaries are the rays
v + λ H⁻¹ g for the extreme normals g, so the map is exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np

from regmath.batch import constrained_2d, rotations
from regmath.errors import InvalidArgumentError
from regmath.quadratic import Quadratic
from regmath.solve import check_nonnegative, constrained

if TYPE_CHECKING:
    from numpy.typing import ArrayLike, NDArray

    from regmath.drawing import ViewBox

__all__ = [
    "Region",
    "l1_solution_regions",
    "clip_polygon",
    "solutions_along",
    "SparsityExperiment",
    "sparsity_experiment",
    "orbit",
    "orbit_view",
    "sparse_runs",
    "l2_sparse_rays",
]


@dataclass(frozen=True, eq=False)
class Region:
    """A piece of the ŵ-plane where the L1 solution has one kind of support.

    Attributes
    ----------
    kind
        "corner" (one weight exactly zero), "edge" (both nonzero) or
        "interior" (ŵ inside the diamond, w* = ŵ).
    zero_weights
        The indices that are exactly zero for every ŵ in the region.
    polygon
        The region clipped to the view box, counter-clockwise, shape (k, 2).
    apex
        For a corner: the corner itself; the wedge's rays start there.
    """

    kind: Literal["corner", "edge", "interior"]
    zero_weights: tuple[int, ...]
    polygon: NDArray[np.float64]
    apex: NDArray[np.float64] | None = None


def clip_polygon(polygon: ArrayLike, box: ViewBox) -> NDArray[np.float64]:
    """Sutherland–Hodgman: the part of a convex polygon inside the axis-aligned box."""
    points = [np.asarray(p, dtype=float) for p in np.asarray(polygon, dtype=float)]
    (x0, x1, _), (y0, y1, _) = box.x_range, box.y_range
    # Each clip edge: keep points with sign · (coordinate − bound) ≤ 0.
    for axis, bound, sign in ((0, x1, 1.0), (0, x0, -1.0), (1, y1, 1.0), (1, y0, -1.0)):
        if not points:
            break
        kept: list[np.ndarray] = []
        for k, current in enumerate(points):
            previous = points[k - 1]
            inside_now = sign * (current[axis] - bound) <= 0.0
            inside_before = sign * (previous[axis] - bound) <= 0.0
            if inside_now != inside_before:
                s = (bound - previous[axis]) / (current[axis] - previous[axis])
                crossing = previous + s * (current - previous)
                crossing[axis] = bound  # exactly on the box edge
                kept.append(crossing)
            if inside_now:
                kept.append(current)
        points = kept
    return np.array(points).reshape(-1, 2)


def _far(box: ViewBox) -> float:
    """A ray length that leaves the box from any point in it."""
    return 4.0 * (box.width + box.height + abs(box.x_range[0]) + abs(box.x_range[1])
                  + abs(box.y_range[0]) + abs(box.y_range[1]))


def l1_solution_regions(hessian: ArrayLike, radius: float, box: ViewBox) -> list[Region]:
    r"""The exact map ŵ ↦ support of the L1 solution, as polygons in ``box``.

    Parameters
    ----------
    hessian
        H, 2 × 2 symmetric positive definite (ŵ varies; H is fixed).
    radius
        t > 0, the diamond's radius.
    box
        The view to clip to.

    Returns
    -------
    list of Region
        Four corner wedges v + H⁻¹N(v), four edge strips and the diamond.
        Regions that miss the box are left out.
    """
    loss = Quadratic(center=[0.0, 0.0], hessian=hessian)
    if loss.dim != 2 or loss.singular:
        raise InvalidArgumentError("hessian", "must be 2 x 2 and positive definite")
    t = check_nonnegative(radius, "radius")
    if t == 0.0:
        raise InvalidArgumentError("radius", "must be > 0 for a diamond with corners")
    inverse = loss.inverse_hessian
    far = _far(box)
    corners = t * np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])
    regions: list[Region] = []
    for k, v in enumerate(corners):
        j = 0 if k % 2 == 0 else 1
        before, after = corners[k - 1], corners[(k + 1) % 4]
        # The normals of the two edges that meet at v, in counter-clockwise order.
        g_in = np.sign(before + v)
        g_out = np.sign(v + after)
        u_in, u_out = inverse @ g_in, inverse @ g_out
        wedge = np.array([v, v + far * u_in / np.linalg.norm(u_in),
                          v + far * u_out / np.linalg.norm(u_out)])
        polygon = clip_polygon(_counter_clockwise(wedge), box)
        if len(polygon) >= 3:
            regions.append(Region("corner", (1 - j,), polygon, apex=v.copy()))
        s = np.sign(v + after)
        u = inverse @ s
        strip = np.array([v, after, after + far * u / np.linalg.norm(u),
                          v + far * u / np.linalg.norm(u)])
        polygon = clip_polygon(_counter_clockwise(strip), box)
        if len(polygon) >= 3:
            regions.append(Region("edge", (), polygon))
    diamond = clip_polygon(corners, box)
    if len(diamond) >= 3:
        regions.append(Region("interior", (), diamond))
    return regions


def _counter_clockwise(polygon: NDArray[np.float64]) -> NDArray[np.float64]:
    x, y = polygon[:, 0], polygon[:, 1]
    area = 0.5 * float(np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y))
    return polygon if area >= 0.0 else polygon[::-1]


def solutions_along(
    hessian: ArrayLike, centers: ArrayLike, *, norm: str, radius: float
) -> tuple[NDArray[np.float64], NDArray[np.bool_]]:
    """w* for each ŵ in ``centers`` (shape (m, n)) with the same H.

    Returns the solutions, shape (m, n), and for each whether it has an exact zero.
    """
    points = np.asarray(centers, dtype=float)
    if points.ndim != 2:
        raise InvalidArgumentError("centers", f"must have shape (m, n), got {points.shape}")
    loss = Quadratic(center=np.zeros(points.shape[1]), hessian=hessian)
    if loss.dim == 2 and not loss.singular:
        solutions, _ = constrained_2d(points, eigenvalues=loss.eigenvalues,
                                      eigenvectors=loss.eigenvectors, norm=norm, radius=radius)
    else:
        h = loss.hessian
        solutions = np.array([
            constrained(Quadratic(center=c, hessian=h), norm=norm, radius=radius).point
            for c in points
        ]).reshape(points.shape)
    return solutions, np.any(solutions == 0.0, axis=1)


@dataclass(frozen=True, eq=False)
class SparsityExperiment:
    r"""Random quadratic losses and whether their L1 / L2 solutions are sparse.

    Attributes
    ----------
    centers
        ŵ for each loss, shape (count, 2).
    hessians
        H for each loss, shape (count, 2, 2).
    l1_sparse, l2_sparse
        Whether the constrained solution at the radius has an exact zero.
    """

    centers: NDArray[np.float64]
    hessians: NDArray[np.float64]
    l1_sparse: NDArray[np.bool_]
    l2_sparse: NDArray[np.bool_]
    radius: float
    seed: int

    @property
    def l1_fraction(self) -> float:
        return float(np.mean(self.l1_sparse))

    @property
    def l2_fraction(self) -> float:
        return float(np.mean(self.l2_sparse))


def sparsity_experiment(
    count: int,
    *,
    seed: int,
    radius: float = 1.0,
    box: float = 3.0,
    max_condition: float = 10.0,
) -> SparsityExperiment:
    r"""Draw ``count`` random losses and solve both constrained problems for each.

    Each loss: ŵ uniform in the square [−box, box]² but outside the L2 ball of
    radius t (so the constraint binds for both norms), H with a uniform random
    orientation and eigenvalue ratio log-uniform in [1, ``max_condition``].
    The same draws serve both norms, so the fractions compare like with like.
    Reproducible from ``seed`` (numpy's default generator).
    """
    if not isinstance(count, (int, np.integer)) or count < 1:
        raise InvalidArgumentError("count", f"must be a positive integer, got {count!r}")
    t = check_nonnegative(radius, "radius")
    if box <= t:
        raise InvalidArgumentError("box", f"must exceed the radius {t}, got {box}")
    rng = np.random.default_rng(seed)
    centers = np.empty((count, 2))
    filled = 0
    while filled < count:
        draw = rng.uniform(-box, box, size=(2 * (count - filled) + 8, 2))
        draw = draw[np.hypot(draw[:, 0], draw[:, 1]) > t][: count - filled]
        centers[filled: filled + len(draw)] = draw
        filled += len(draw)
    angles = rng.uniform(0.0, np.pi, count)
    ratios = np.exp(rng.uniform(0.0, np.log(max_condition), count))
    eigenvalues = np.stack([np.ones(count), ratios], axis=-1)
    eigenvectors = rotations(angles)
    hessians = np.einsum("kij,kj,klj->kil", eigenvectors, eigenvalues, eigenvectors)
    hessians = 0.5 * (hessians + np.swapaxes(hessians, 1, 2))
    flags = {}
    for norm in ("l1", "l2"):
        points, _ = constrained_2d(centers, eigenvalues=eigenvalues, eigenvectors=eigenvectors,
                                   norm=norm, radius=t)
        flags[norm] = np.any(points == 0.0, axis=1)
    l1, l2 = flags["l1"], flags["l2"]
    return SparsityExperiment(centers, hessians, l1, l2, t, int(seed))


def orbit(radius: float, progress: ArrayLike, *, start_angle: float = 0.0) -> NDArray[np.float64]:
    """Points ŵ(s) = R (cos θ, sin θ), θ = start + 2πs, on a circle around 0, shape (..., 2)."""
    r = check_nonnegative(radius, "radius")
    angle = start_angle + 2.0 * np.pi * np.asarray(progress, dtype=float)
    return r * np.stack([np.cos(angle), np.sin(angle)], axis=-1)


def orbit_view(
    hessian: ArrayLike, orbit_radius: float, ball_radius: float, *, samples: int = 240
) -> ViewBox:
    """A view holding the orbit and every touching contour (L1 and L2) along it."""
    from regmath.drawing import ball_outline, level_set, view_box

    points = [orbit(orbit_radius, np.linspace(0.0, 1.0, samples))]
    points.append(ball_outline("l2", ball_radius))
    for center in points[0]:
        loss = Quadratic(center=center, hessian=hessian)
        for norm in ("l1", "l2"):
            points.append(level_set(loss, constrained(loss, norm=norm, radius=ball_radius).level,
                                    samples=65))
    return view_box(points)


def sparse_runs(flags: ArrayLike) -> list[tuple[int, int]]:
    """Maximal runs [start, stop) of True in a boolean sequence."""
    f = np.asarray(flags, dtype=bool).astype(int)
    edges = np.diff(np.concatenate([[0], f, [0]]))
    return list(zip(np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist()))


def l2_sparse_rays(hessian: ArrayLike, radius: float, box: ViewBox) -> list[NDArray[np.float64]]:
    r"""The ŵ whose L2 solution has an exact zero: four rays, clipped to ``box``.

    w* = v on the axis point v = ±t eⱼ of the circle exactly when H(ŵ − v) = μ v
    with μ ≥ 0, i.e. ŵ = v + μ H⁻¹ v: a ray (a set of measure zero in the plane).
    """
    loss = Quadratic(center=[0.0, 0.0], hessian=hessian)
    t = check_nonnegative(radius, "radius")
    inverse = loss.inverse_hessian
    far = _far(box)
    rays = []
    for v in t * np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]]):
        u = inverse @ v
        segment = _clip_segment(v, v + far * u / np.linalg.norm(u), box)
        if segment is not None:
            rays.append(segment)
    return rays


def _clip_segment(a: NDArray[np.float64], b: NDArray[np.float64], box: ViewBox) -> NDArray[np.float64] | None:
    """Liang–Barsky: the part of segment ab inside the box, or None."""
    lo, hi = 0.0, 1.0
    d = b - a
    for axis, (low, high) in enumerate(((box.x_range[0], box.x_range[1]),
                                         (box.y_range[0], box.y_range[1]))):
        for p, q in ((-d[axis], a[axis] - low), (d[axis], high - a[axis])):
            if p == 0.0:
                if q < 0.0:
                    return None
                continue
            r = q / p
            if p < 0.0:
                lo = max(lo, r)
            else:
                hi = min(hi, r)
    if lo > hi:
        return None
    return np.array([a + lo * d, a + hi * d])
