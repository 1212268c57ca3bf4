r"""Where the L1 solution lands, for every ŵ at once, and how often it is sparse.

For a fixed H and radius t, KKT says the L1 solution is the corner v exactly
when H(ŵ − v) lies in the normal cone N(v), that is for ŵ in the wedge
v + H⁻¹N(v), and on the open edge with signs s exactly when ŵ lies in the
strip {w + λ H⁻¹ s : w on the edge, λ > 0}. Inside the diamond the solution is
ŵ itself. These nine pieces tile the plane; their boundaries are the rays
v + λ H⁻¹ g for the extreme normals g, so the map is exact.

For ridge the same argument gives rays: w* = v = ±t eⱼ exactly when
ŵ = v + μ H⁻¹ v with μ ≥ 0. When ŵ travels once around a circle of radius
R > t (`orbit_journey`), each corner's wedge cuts the circle in one arc and
each ridge ray crosses it once, at closed-form points, so the share of the
journey on which the lasso has an exact zero, and the instants at which ridge
has one, are exact.

The random-loss experiment (`sparsity_experiment`) is summarised by how far ŵ
lies outside the ball (`ring_shares`): the share of exact lasso zeros among
the losses whose ‖ŵ‖₂ / t falls in each ring.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np

from regmath.batch import constrained_2d, rotations
from regmath.errors import InvalidArgumentError
from regmath.quadratic import Quadratic
from regmath.solve import check_nonnegative, check_norm, constrained

if TYPE_CHECKING:
    from numpy.typing import ArrayLike, NDArray

    from regmath.drawing import ViewBox

__all__ = [
    "edge_slide",
    "subgradient_segment",
    "stationarity_direction",
    "WedgeExample",
    "wedge_example",
    "width_chords",
    "share_axis_range",
    "trailing_side",
    "carried_fan",
    "cone_directions",
    "eased_inverse",
    "eased_carry",
    "eased_wedge",
    "wedge_middle",
    "opening_arc",
    "eased_tips",
    "corner_edge_normals",
    "orbit_wedge_shares",
    "orbit_sweep_radii",
    "carried_room",
    "carried_tips",
    "CornerRun",
    "RayCrossing",
    "JourneyEvent",
    "Journey",
    "orbit_journey",
    "journey_view",
    "touching_reach",
    "interval_boxes",
    "orbit_arc",
    "outside_disc",
    "RingShares",
    "ring_shares",
    "annulus",
    "axis_points",
    "view_outline",
    "square_corners",
    "sample_contours",
    "sampling_square",
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
    "corner_wedge_center",
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
        polygon = clip_polygon(_counter_clockwise(_cone_polygon(v, u_in, u_out, far)), box)
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


#: Points on the far arc that closes a wedge's polygon: its chords stay beyond cos(π/32) of
#: the far distance, so the box (well inside it) is covered whatever the wedge's angle.
_ARC_POINTS = 17


def _cone_polygon(apex: NDArray[np.float64], first: NDArray[np.float64],
                  second: NDArray[np.float64], far: float) -> NDArray[np.float64]:
    r"""The cone apex + {α·first + β·second : α, β ≥ 0} cut off at distance ``far``.

    The two rays are exact; the far side is an arc from one ray to the other the
    short way round (the cone of two vectors opens less than π), sampled at
    _ARC_POINTS points. A triangle [apex, far points] would miss most of a cone
    that opens nearly to π (an ill-conditioned H maps the two edge normals to
    nearly opposite directions).
    """
    a1 = float(np.arctan2(first[1], first[0]))
    a2 = float(np.arctan2(second[1], second[0]))
    sweep = float(np.mod(a2 - a1 + np.pi, 2.0 * np.pi) - np.pi)
    angles = a1 + sweep * np.linspace(0.0, 1.0, _ARC_POINTS)
    arc = apex + far * np.stack([np.cos(angles), np.sin(angles)], axis=-1)
    return np.concatenate([apex[np.newaxis, :], arc])


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
    radius
        t, the balls' radius.
    seed
        The seed of numpy's default generator the draws came from.
    box
        ŵ was drawn uniformly from the square [−box, box]², outside ‖ŵ‖₂ ≤ t.
    max_condition
        cond(H) was drawn log-uniformly from [1, max_condition].
    eigenvalues, eigenvectors
        The factors of each H = Q diag(d) Qᵀ, shapes (count, 2) and (count, 2, 2).
    l1_points, l2_points
        The solutions w*, shape (count, 2) each.
    """

    centers: NDArray[np.float64]
    hessians: NDArray[np.float64]
    l1_sparse: NDArray[np.bool_]
    l2_sparse: NDArray[np.bool_]
    radius: float
    seed: int
    box: float = 3.0
    max_condition: float = 10.0
    eigenvalues: NDArray[np.float64] | None = None
    eigenvectors: NDArray[np.float64] | None = None
    l1_points: NDArray[np.float64] | None = None
    l2_points: NDArray[np.float64] | None = None

    @property
    def count(self) -> int:
        """How many losses were drawn."""
        return int(self.centers.shape[0])

    @property
    def l1_fraction(self) -> float:
        return float(np.mean(self.l1_sparse))

    @property
    def l2_fraction(self) -> float:
        return float(np.mean(self.l2_sparse))

    def loss(self, index: int) -> Quadratic:
        """The loss number ``index`` (0-based) as a `Quadratic`, in its exact factored form."""
        if self.eigenvalues is None or self.eigenvectors is None:
            return Quadratic(center=self.centers[index], hessian=self.hessians[index])
        return Quadratic(center=self.centers[index], eigenvalues=self.eigenvalues[index],
                         eigenvectors=self.eigenvectors[index])


#: Losses drawn per block by `sparsity_experiment` (see there): counts up to this many draw
#: exactly as one block always did.
DRAW_BLOCK = 5000


def _draw_block(rng: np.random.Generator, count: int, *, box: float, radius: float,
                cmax: float) -> tuple[NDArray[np.float64], NDArray[np.float64],
                                      NDArray[np.float64]]:
    """One block of draws: ŵ uniform in the square outside the ball, H's angles and ratios."""
    centers = np.empty((count, 2))
    filled = 0
    while filled < count:
        draw = rng.uniform(-box, box, size=(2 * (count - filled) + 8, 2))
        draw = draw[np.hypot(draw[:, 0], draw[:, 1]) > radius][: count - filled]
        centers[filled: filled + len(draw)] = draw
        filled += len(draw)
    angles = rng.uniform(0.0, np.pi, count)
    ratios = np.exp(rng.uniform(0.0, np.log(cmax), count))
    return centers, angles, ratios


def sparsity_experiment(
    count: int,
    *,
    seed: int,
    radius: float = 1.0,
    box: float | None = None,
    reach: float | None = None,
    max_condition: float = 10.0,
) -> SparsityExperiment:
    r"""Draw ``count`` random losses and solve both constrained problems for each.

    Each loss: ŵ uniform in the square [−box, box]² but outside the L2 ball of
    radius t (so the constraint binds for both norms), H with a uniform random
    orientation in [0, π) and eigenvalue ratio log-uniform in [1,
    ``max_condition``] (the smaller eigenvalue is 1). The same draws serve both
    norms, so the fractions compare like with like. Reproducible from ``seed``
    (numpy's default generator; the draws are the same as before ``reach``
    existed for the same ``box``). The losses are drawn in blocks of
    `DRAW_BLOCK`, so the first j·DRAW_BLOCK losses are the same for every
    count ≥ j·DRAW_BLOCK (a count up to DRAW_BLOCK draws as one block).

    Parameters
    ----------
    count
        How many losses, ≥ 1.
    seed
        The generator's seed, an integer ≥ 0.
    radius
        t > 0.
    box, reach
        The square's half-width: ``box`` in problem units or ``reach`` in units
        of t (box = reach · t). Give at most one; the default is box = 3.
        It must exceed t.
    max_condition
        The largest cond(H) drawn, ≥ 1.

    Raises
    ------
    InvalidArgumentError
        Naming the argument: count < 1, a negative seed, t ≤ 0, box ≤ t (or
        reach ≤ 1), both box and reach, max_condition < 1.
    """
    if isinstance(count, bool) or not isinstance(count, (int, np.integer)) or count < 1:
        raise InvalidArgumentError("count", f"must be a positive integer, got {count!r}")
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise InvalidArgumentError("seed", f"must be an integer >= 0, got {seed!r}")
    t = check_nonnegative(radius, "radius")
    if t == 0.0:
        raise InvalidArgumentError("radius", "must be > 0")
    if box is not None and reach is not None:
        raise InvalidArgumentError("reach", "give box or reach, not both")
    if reach is not None:
        r = check_nonnegative(reach, "reach")
        if r <= 1.0:
            raise InvalidArgumentError("reach", f"must exceed 1 (the square must reach outside "
                                                f"the ball), got {r}")
        box = r * t
    box = 3.0 if box is None else check_nonnegative(box, "box")
    if box <= t:
        raise InvalidArgumentError("box", f"must exceed the radius {t}, got {box}")
    cmax = check_nonnegative(max_condition, "max_condition")
    if cmax < 1.0:
        raise InvalidArgumentError("max_condition", f"must be >= 1, got {cmax}")
    rng = np.random.default_rng(seed)
    # Drawn in blocks of DRAW_BLOCK losses, each block's ŵ, angles and ratios in turn, so
    # whole blocks do not depend on count: more losses for sharper shares leave the first
    # block, the one a scene draws as dots, as it was.
    blocks = [_draw_block(rng, min(DRAW_BLOCK, count - start), box=box, radius=t, cmax=cmax)
              for start in range(0, count, DRAW_BLOCK)]
    centers = np.concatenate([b[0] for b in blocks])
    angles = np.concatenate([b[1] for b in blocks])
    ratios = np.concatenate([b[2] for b in blocks])
    eigenvalues = np.stack([np.ones(count), ratios], axis=-1)
    eigenvectors = rotations(angles)
    hessians = np.einsum("kij,kj,klj->kil", eigenvectors, eigenvalues, eigenvectors)
    hessians = 0.5 * (hessians + np.swapaxes(hessians, 1, 2))
    points = {}
    for norm in ("l1", "l2"):
        points[norm], _ = constrained_2d(centers, eigenvalues=eigenvalues,
                                         eigenvectors=eigenvectors, norm=norm, radius=t)
    l1 = np.any(points["l1"] == 0.0, axis=1)
    l2 = np.any(points["l2"] == 0.0, axis=1)
    return SparsityExperiment(centers, hessians, l1, l2, t, int(seed), float(box), cmax,
                              eigenvalues, eigenvectors, points["l1"], points["l2"])


@dataclass(frozen=True, eq=False)
class RingShares:
    r"""The experiment's losses grouped by how far ŵ lies outside the ball.

    Ring k holds the losses with edges[k] < ‖ŵ‖₂ / t ≤ edges[k + 1]. The rings
    lie inside the square's inscribed circle (‖ŵ‖₂ ≤ box), where the direction
    of ŵ is uniform in every ring. The rest of the square, its four corners
    (box < ‖ŵ‖₂ ≤ √2 · box), is counted on its own (``corner_total``,
    ``corner_sparse``): there ŵ's direction is not uniform, so every loss is in
    exactly one of the rings or the corners.

    Attributes
    ----------
    edges
        The ring edges in units of t, shape (rings + 1,), from 1 to box / t.
    totals
        Losses in each ring, shape (rings,).
    sparse
        Of those, how many have a lasso solution with an exact zero.
    radius
        t.
    corner_total, corner_sparse
        Losses in the square's corners (‖ŵ‖₂ > box), and how many of them have a
        lasso solution with an exact zero.
    """

    edges: NDArray[np.float64]
    totals: NDArray[np.int64]
    sparse: NDArray[np.int64]
    radius: float = 1.0
    corner_total: int = 0
    corner_sparse: int = 0

    @property
    def corner_edge(self) -> float:
        """The square's corners' farthest ‖ŵ‖₂ / t: √2 · box / t (edges[-1] = box / t)."""
        return float(np.sqrt(2.0) * self.edges[-1])

    @property
    def corner_share(self) -> float:
        """corner_sparse / corner_total (NaN if no loss lies in the corners)."""
        return self.corner_sparse / self.corner_total if self.corner_total else float("nan")

    def corner_bar(self) -> NDArray[np.float64]:
        """The corners' bar in (‖ŵ‖₂ / t, share) coordinates: [box/t, √2 box/t] × [0,
        corner_share] (height 0 if empty), shape (4, 2)."""
        height = 0.0 if self.corner_total == 0 else self.corner_share
        return interval_boxes([[self.edges[-1], self.corner_edge]], heights=height)[0]

    @property
    def radii(self) -> NDArray[np.float64]:
        """The ring edges in problem units (edges · t), for drawing the rings."""
        return self.edges * self.radius

    @property
    def shares(self) -> NDArray[np.float64]:
        """sparse / totals per ring (NaN for an empty ring)."""
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(self.totals > 0, self.sparse / np.maximum(self.totals, 1), np.nan)

    @property
    def rising(self) -> bool:
        """Whether the share strictly rises from each ring to the next."""
        shares = self.shares
        return bool(np.all(np.isfinite(shares)) and np.all(np.diff(shares) > 0.0))

    def bars(self) -> NDArray[np.float64]:
        """Each ring's bar in (‖ŵ‖₂ / t, share) coordinates: rectangles, shape (rings, 4, 2)."""
        return interval_boxes(np.stack([self.edges[:-1], self.edges[1:]], axis=-1),
                              heights=np.nan_to_num(self.shares))


def ring_shares(experiment: SparsityExperiment, rings: int) -> RingShares:
    r"""The share of exact lasso zeros in ``rings`` rings of equal width in ‖ŵ‖₂ / t.

    The rings split (1, box / t] evenly; counts are exact integers from the
    experiment's own solutions (no smoothing).

    Raises
    ------
    InvalidArgumentError
        ``rings`` not a positive integer.
    """
    if isinstance(rings, bool) or not isinstance(rings, (int, np.integer)) or rings < 1:
        raise InvalidArgumentError("rings", f"must be a positive integer, got {rings!r}")
    t = experiment.radius
    edges = np.linspace(1.0, experiment.box / t, int(rings) + 1)
    ratio = np.hypot(experiment.centers[:, 0], experiment.centers[:, 1]) / t
    index = np.searchsorted(edges, ratio, side="left") - 1  # edges[k] < ratio <= edges[k+1]
    inside = (index >= 0) & (index < rings)
    totals = np.bincount(index[inside], minlength=rings).astype(np.int64)
    sparse = np.bincount(index[inside], weights=experiment.l1_sparse[inside].astype(float),
                         minlength=rings).astype(np.int64)
    beyond = index >= rings  # ‖ŵ‖₂ > box: the square's corners (ŵ is drawn outside the ball)
    return RingShares(edges, totals, sparse, float(t), int(np.sum(beyond)),
                      int(np.sum(experiment.l1_sparse[beyond])))


def square_corners(box: float, *, samples: int = 65) -> list[NDArray[np.float64]]:
    r"""The four corners of the square [−box, box]² outside the disc ‖w‖₂ ≤ box.

    Quadrant q's corner (q = 0..3 counter-clockwise from the first): the
    square's corner s · (box, box) with the square's sides to the points where
    the circle touches them, closed by the quarter circle box · (cos θ, sin θ),
    θ from q·π/2 + π/2 back to q·π/2. Points on the circle are exact cos/sin
    of a uniform angle grid; the ends are the touching points exactly.

    Returns
    -------
    list of arrays
        Four closed polygons, each shape (samples + 2, 2).

    Raises
    ------
    InvalidArgumentError
        box ≤ 0, or samples < 2.
    """
    b = check_nonnegative(box, "box")
    if b == 0.0:
        raise InvalidArgumentError("box", "must be > 0")
    if isinstance(samples, bool) or not isinstance(samples, (int, np.integer)) or samples < 2:
        raise InvalidArgumentError("samples", f"must be an integer >= 2, got {samples!r}")
    # Exact unit vectors for the quarter turns (cos(π/2) is not 0 in floating point).
    turns = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])
    out = []
    for q in range(4):
        start, stop = turns[q], turns[(q + 1) % 4]
        theta = np.linspace(0.0, 0.5 * np.pi, int(samples))[::-1]
        arc = b * (np.cos(theta)[:, None] * start + np.sin(theta)[:, None] * stop)
        arc[0], arc[-1] = b * stop, b * start
        corner = b * (start + stop)
        out.append(np.concatenate([[b * start, corner], arc]))
    return out


def annulus(inner: float, outer: float, *, samples: int = 129) -> NDArray[np.float64]:
    r"""The ring inner ≤ ‖w‖₂ ≤ outer as one closed polygon, shape (2 · samples + 1, 2).

    The outer circle counter-clockwise from (outer, 0), then the inner one
    clockwise from (inner, 0), joined along the positive w₁ axis (a seam of zero
    width), so any fill rule fills exactly the ring. Points lie on the circles
    exactly (cos, sin of a uniform angle grid). ``inner`` = 0 gives a disc.
    """
    r_in = check_nonnegative(inner, "inner")
    r_out = check_nonnegative(outer, "outer")
    if r_out <= r_in:
        raise InvalidArgumentError("outer", f"must exceed inner = {r_in}, got {r_out}")
    if isinstance(samples, bool) or not isinstance(samples, (int, np.integer)) or samples < 3:
        raise InvalidArgumentError("samples", f"must be an integer >= 3, got {samples!r}")
    angles = np.linspace(0.0, 2.0 * np.pi, int(samples))
    unit = np.stack([np.cos(angles), np.sin(angles)], axis=-1)
    unit[-1] = unit[0]
    return np.concatenate([r_out * unit, r_in * unit[::-1], [r_out * unit[0]]])


def sample_contours(experiment: SparsityExperiment, indices: ArrayLike, *,
                    share: float, samples: int = 97) -> list[NDArray[np.float64]]:
    r"""A level set of each chosen loss, every ellipse with the area of one disc.

    {½ (w − ŵ)ᵀ H (w − ŵ) = L} has area 2πL / √det H, so L = ½ r² √det H gives
    area π r²: every ellipse has the same size (r = ``share`` · box, the
    square's half-width) and shows only its loss's tilt and shape.
    """
    from regmath.drawing import level_set

    r = check_nonnegative(share, "share") * experiment.box
    out = []
    for k in np.asarray(indices, dtype=int).ravel():
        loss = experiment.loss(int(k))
        level = 0.5 * r * r * float(np.sqrt(np.prod(loss.eigenvalues)))
        out.append(level_set(loss, level, samples=samples))
    return out


def sample_contour_axes(experiment: SparsityExperiment, indices: ArrayLike, *,
                        share: float) -> list[tuple[NDArray[np.float64], NDArray[np.float64]]]:
    r"""The long and the short axis of each ellipse of `sample_contours` (same ``share``).

    The level set {½ (w − ŵ)ᵀ H (w − ŵ) = L}, L = ½ r² √(λ₁λ₂), has the semi-axis
    √(2L / λ) = r (λ₁λ₂)^{1/4} / √λ along the eigenvector of each eigenvalue λ: the long
    one along the smallest eigenvalue's eigenvector, r · cond(H)^{1/4}, the short one
    r · cond(H)^{−1/4}; their ratio is √cond(H).

    Returns
    -------
    list of (long, short)
        Per index, two segments of shape (2, 2): ŵ − a·q and ŵ + a·q (q the unit
        eigenvector, a the semi-axis); both end on the ellipse.
    """
    r = check_nonnegative(share, "share") * experiment.box
    out = []
    for k in np.asarray(indices, dtype=int).ravel():
        loss = experiment.loss(int(k))
        d = np.asarray(loss.eigenvalues, dtype=float)
        q = np.asarray(loss.eigenvectors, dtype=float)
        root = float(np.sqrt(np.sqrt(d[0] * d[1])))
        order = np.argsort(d)  # smallest eigenvalue first: its axis is the long one
        segments = []
        for j in order:
            half = r * root / float(np.sqrt(d[j])) * q[:, j]
            segments.append(np.stack([loss.center - half, loss.center + half]))
        out.append((segments[0], segments[1]))
    return out


def sampling_square(experiment: SparsityExperiment) -> NDArray[np.float64]:
    """The square ŵ was drawn from, [−box, box]², as a closed polygon, shape (5, 2)."""
    b = experiment.box
    return np.array([[b, -b], [b, b], [-b, b], [-b, -b], [b, -b]])


def interval_boxes(intervals: ArrayLike, *, heights: ArrayLike = 1.0,
                   base: float = 0.0) -> NDArray[np.float64]:
    r"""Rectangles [a, b] × [base, base + h] for intervals (a, b), shape (k, 4, 2).

    Corners in counter-clockwise order from (a, base); for the strips of a
    journey (progress along the bottom) and the bars of a histogram.
    """
    spans = np.asarray(intervals, dtype=float).reshape(-1, 2)
    h = np.broadcast_to(np.asarray(heights, dtype=float), (spans.shape[0],))
    a, b = spans[:, 0], spans[:, 1]
    low = np.full_like(a, float(base))
    high = low + h
    return np.stack([np.stack([a, low], -1), np.stack([b, low], -1),
                     np.stack([b, high], -1), np.stack([a, high], -1)], axis=1)


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


# ---------------------------------------------------------------- the journey
#: The four corners of the unit diamond (and the axis points of the unit circle), in
#: counter-clockwise order from (1, 0).
_AXIS_POINTS = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])


@dataclass(frozen=True)
class CornerRun:
    r"""The closed arc of the orbit on which the lasso's w* sits on one corner.

    Progress runs from 0 to 1 once round the orbit; ``stop`` < ``start`` means
    the arc passes through progress 0 (the start of the journey).

    Attributes
    ----------
    start, stop
        Progress where ŵ enters and leaves the corner's wedge v + H⁻¹N(v).
    corner
        v = ±t eⱼ, the lasso's w* on the whole arc.
    zero_weight
        The index of the weight that is exactly zero there (the one ≠ j).
    """

    start: float
    stop: float
    corner: NDArray[np.float64]
    zero_weight: int

    @property
    def length(self) -> float:
        """The arc's share of the journey, in (0, 1)."""
        return float(np.mod(self.stop - self.start, 1.0))

    @property
    def wraps(self) -> bool:
        """Whether the arc passes through the journey's start (progress 0)."""
        return self.stop < self.start

    def contains(self, progress: float) -> bool:
        """Whether ŵ at ``progress`` lies in the closed arc (so w* is this corner)."""
        return bool(np.mod(progress - self.start, 1.0) <= self.length)

    def pieces(self) -> list[tuple[float, float]]:
        """The arc as intervals of [0, 1]: one, or two when it wraps through 0."""
        if self.wraps:
            return [(0.0, self.stop), (self.start, 1.0)]
        return [(self.start, self.stop)]


@dataclass(frozen=True)
class RayCrossing:
    r"""The one instant at which ŵ crosses a ridge ray v + μ H⁻¹ v (μ ≥ 0).

    Attributes
    ----------
    progress
        When, in [0, 1).
    point
        ŵ at that instant: the crossing of the ray and the orbit.
    axis_point
        v = ±t eⱼ: ridge's w* at that instant.
    zero_weight
        The index of the weight that is exactly zero then.
    """

    progress: float
    point: NDArray[np.float64]
    axis_point: NDArray[np.float64]
    zero_weight: int


@dataclass(frozen=True)
class JourneyEvent:
    """A moment of the journey worth naming: the lasso arrives at or leaves a corner
    ("arrive", "leave"), or ridge's w* meets an axis ("ridge")."""

    progress: float
    kind: Literal["arrive", "leave", "ridge"]
    corner: NDArray[np.float64]
    zero_weight: int


@dataclass(frozen=True, eq=False)
class Journey:
    r"""ŵ once round a circle of radius R > t, and where both solutions have exact zeros.

    ŵ(s) = R (cos θ, sin θ) with θ = start_angle + 2πs, s ∈ [0, 1]. Each of the
    lasso's four corner wedges v + H⁻¹N(v) meets the circle in exactly one
    closed arc (v lies inside the circle and the wedge is a convex cone from v,
    so every direction of the cone leaves the disc once); each of ridge's four
    rays v + μ H⁻¹ v meets it exactly once. Ridge's ray from v lies inside the
    lasso's wedge at v (H⁻¹v is H⁻¹ of a normal in N(v)), so each ridge instant
    falls inside the lasso's arc at the same corner.

    Attributes
    ----------
    hessian
        H, 2 × 2 positive definite.
    radius
        t > 0.
    orbit_radius
        R > t.
    start_angle
        θ at s = 0 (radians).
    runs
        The four `CornerRun`, sorted by ``start``.
    crossings
        The four `RayCrossing`, sorted by ``progress``.
    """

    hessian: NDArray[np.float64]
    radius: float
    orbit_radius: float
    start_angle: float
    runs: tuple[CornerRun, ...]
    crossings: tuple[RayCrossing, ...]

    # ---------------------------------------------------------------- facts
    @property
    def lasso_share(self) -> float:
        """The share of the journey on which the lasso's w* has an exact zero (exact)."""
        return float(sum(run.length for run in self.runs))

    @property
    def ridge_share(self) -> float:
        """Ridge's share: exactly 0, the four crossings being single instants."""
        return 0.0

    def center(self, progress: ArrayLike) -> NDArray[np.float64]:
        """ŵ at ``progress``, shape (..., 2)."""
        return orbit(self.orbit_radius, progress, start_angle=self.start_angle)

    def lasso_zero(self, progress: float) -> int | None:
        """The weight of the lasso's w* that is exactly zero at ``progress``, or None."""
        for run in self.runs:
            if run.contains(progress):
                return run.zero_weight
        return None

    def ridge_zero(self, progress: float) -> int | None:
        """The weight of ridge's w* that is exactly zero at ``progress`` (only at a
        crossing instant, compared exactly), or None."""
        s = float(np.mod(progress, 1.0))
        for crossing in self.crossings:
            if s == crossing.progress:
                return crossing.zero_weight
        return None

    def zero(self, norm: str, progress: float) -> int | None:
        """`lasso_zero` for "l1", `ridge_zero` for "l2"."""
        return self.lasso_zero(progress) if check_norm(norm) == "l1" else self.ridge_zero(progress)

    def events(self) -> list[JourneyEvent]:
        """Every arrival at a corner, departure from one and ridge crossing, by progress.

        An arc that starts exactly at 0 arrives at 0; one that wraps through 0
        has its arrival near the end and its departure near the start.
        """
        found = [JourneyEvent(run.start, "arrive", run.corner, run.zero_weight)
                 for run in self.runs]
        found += [JourneyEvent(run.stop, "leave", run.corner, run.zero_weight)
                  for run in self.runs]
        found += [JourneyEvent(c.progress, "ridge", c.axis_point, c.zero_weight)
                  for c in self.crossings]
        order = {"leave": 0, "arrive": 1, "ridge": 2}
        return sorted(found, key=lambda e: (e.progress, order[e.kind]))

    def lit(self, progress: float) -> list[tuple[float, float]]:
        """The parts of the lasso's arcs already travelled at ``progress``, as intervals."""
        s = float(progress)
        out = []
        for run in self.runs:
            for a, b in run.pieces():
                if a <= s:
                    out.append((a, min(b, s)))
        return sorted(out)

    def passed(self, progress: float) -> list[RayCrossing]:
        """The ridge crossings already passed at ``progress`` (that instant included)."""
        return [c for c in self.crossings if c.progress <= progress]


def _leaving_point(apex: NDArray[np.float64], direction: NDArray[np.float64],
                   orbit_radius: float) -> NDArray[np.float64]:
    r"""Where the ray apex + μ·direction (μ ≥ 0) meets the circle of radius R, |apex| < R.

    |apex + μu|² = R² is μ²|u|² + 2μ(apex·u) − (R² − |apex|²) = 0, whose
    roots have a negative product: one root is positive. With b = apex·u and
    c = R² − |apex|² > 0 it is (−b + √(b² + |u|²c)) / |u|², computed as
    c / (b + √(b² + |u|²c)) when b > 0 (no cancellation).
    """
    uu = float(direction @ direction)
    b = float(apex @ direction)
    c = orbit_radius * orbit_radius - float(apex @ apex)
    root = float(np.sqrt(b * b + uu * c))
    mu = c / (b + root) if b > 0.0 else (root - b) / uu
    return apex + mu * direction


def _progress_of(point: NDArray[np.float64], start_angle: float) -> float:
    """The progress s ∈ [0, 1) at which the orbit passes ``point`` (angle start + 2πs)."""
    s = float(np.mod((np.arctan2(point[1], point[0]) - start_angle) / (2.0 * np.pi), 1.0))
    return 0.0 if s >= 1.0 else s


def orbit_journey(hessian: ArrayLike, radius: float, orbit_radius: float, *,
                  start_angle: float = 0.0) -> Journey:
    r"""ŵ once round the circle ‖ŵ‖₂ = R: the lasso's corner arcs and ridge's crossings.

    Parameters
    ----------
    hessian
        H, 2 × 2 symmetric positive definite (the same for every ŵ).
    radius
        t > 0, the radius of both balls.
    orbit_radius
        R > t, so ŵ stays outside both balls for the whole journey.
    start_angle
        Where ŵ starts, as an angle (radians, finite).

    Returns
    -------
    Journey
        The arcs come from the wedge boundary rays v + μ H⁻¹ g (g the two edge
        normals at v) and the crossings from the ridge rays v + μ H⁻¹ v, each
        met by the circle at the closed form of `_leaving_point`. Which of the
        two arcs between a wedge's boundary crossings is the wedge's is decided
        by its middle ray, along the sum of the two unit boundary directions.

    Raises
    ------
    InvalidArgumentError
        "hessian" for a singular or non-2D H, "radius" for t ≤ 0,
        "orbit_radius" for R ≤ t, "start_angle" if not finite.
    """
    loss = Quadratic(center=[0.0, 0.0], hessian=hessian)
    if loss.dim != 2 or loss.singular:
        raise InvalidArgumentError("hessian", "must be 2 x 2 and positive definite")
    t = check_nonnegative(radius, "radius")
    if t == 0.0:
        raise InvalidArgumentError("radius", "must be > 0 for a ball with corners")
    big_r = check_nonnegative(orbit_radius, "orbit_radius")
    if big_r <= t:
        raise InvalidArgumentError("orbit_radius", f"must exceed the radius {t:g} so ŵ stays "
                                                   f"outside both balls, got {big_r:g}")
    start = float(start_angle)
    if not np.isfinite(start):
        raise InvalidArgumentError("start_angle", f"must be finite, got {start_angle!r}")
    inverse = loss.inverse_hessian
    corners = t * _AXIS_POINTS
    runs = []
    crossings = []
    for k, v in enumerate(corners):
        j = k % 2  # the nonzero weight at this corner
        before, after = corners[k - 1], corners[(k + 1) % 4]
        u_in, u_out = inverse @ np.sign(before + v), inverse @ np.sign(v + after)
        s_in = _progress_of(_leaving_point(v, u_in, big_r), start)
        s_out = _progress_of(_leaving_point(v, u_out, big_r), start)
        middle = u_in / np.linalg.norm(u_in) + u_out / np.linalg.norm(u_out)
        s_mid = _progress_of(_leaving_point(v, middle, big_r), start)
        if np.mod(s_mid - s_in, 1.0) <= np.mod(s_out - s_in, 1.0):
            runs.append(CornerRun(s_in, s_out, v.copy(), 1 - j))
        else:
            runs.append(CornerRun(s_out, s_in, v.copy(), 1 - j))
        point = _leaving_point(v, inverse @ v, big_r)
        crossings.append(RayCrossing(_progress_of(point, start), point, v.copy(), 1 - j))
    return Journey(loss.hessian, t, big_r, start, tuple(sorted(runs, key=lambda r: r.start)),
                   tuple(sorted(crossings, key=lambda c: c.progress)))


def room_along(point: ArrayLike, directions: ArrayLike, box: ViewBox, *,
               preferred: float, share: float = 0.9) -> float:
    r"""A length for arrows drawn from ``point`` along every one of ``directions``:
    ``preferred``, or less where the view would cut one off.

    Along the unit direction u, p + L·u stays in [x₀, x₁] × [y₀, y₁] for
    L ≤ min over i with uᵢ ≠ 0 of (edge_i − pᵢ) / uᵢ (the edge ahead); the result is
    min(preferred, share · that bound over all directions).

    Raises InvalidArgumentError (``point``) if the point is outside the box, and
    (``directions``) if a direction is zero.
    """
    p = np.asarray(point, dtype=float).reshape(2)
    (x0, x1, _), (y0, y1, _) = box.x_range, box.y_range
    low, high = np.array([x0, y0]), np.array([x1, y1])
    if np.any(p < low) or np.any(p > high):
        raise InvalidArgumentError("point", f"must lie in the view, got {p}")
    bound = np.inf
    for d in np.asarray(directions, dtype=float).reshape(-1, 2):
        norm = float(np.hypot(d[0], d[1]))
        if norm == 0.0:
            raise InvalidArgumentError("directions", "a direction is zero")
        u = d / norm
        for i in range(2):
            if u[i] > 0.0:
                bound = min(bound, (high[i] - p[i]) / u[i])
            elif u[i] < 0.0:
                bound = min(bound, (low[i] - p[i]) / u[i])
    return float(min(check_nonnegative(preferred, "preferred"), share * bound))


#: The journey's view reaches at most this many orbit radii from 0 to hold the touching
#: contours (`journey_view`): beyond it (a lecturer's ill-conditioned H) they are clipped
#: rather than the balls shrunk away.
JOURNEY_VIEW_REACH = 1.6


def touching_reach(hessian: ArrayLike, centers: ArrayLike, levels: ArrayLike
                   ) -> NDArray[np.float64]:
    r"""How far each contour {½ (w − ŵ)ᵀ H (w − ŵ) = L} reaches along each axis, shape (m, 2).

    The ellipse's extent along eᵢ is exact: max over the contour of |wᵢ − ŵᵢ| is
    √(2 L (H⁻¹)ᵢᵢ) (the support function of {xᵀHx ≤ 2L} in the direction eᵢ), so the
    contour lies in the box ŵ ± that. Returned as |ŵᵢ| + √(2 L (H⁻¹)ᵢᵢ): the farthest
    |wᵢ| on the contour.

    Raises InvalidArgumentError (``levels``) for a negative level.
    """
    h = np.asarray(hessian, dtype=float).reshape(2, 2)
    c = np.asarray(centers, dtype=float).reshape(-1, 2)
    lv = np.asarray(levels, dtype=float).reshape(-1)
    if lv.shape[0] != c.shape[0]:
        raise InvalidArgumentError("levels", f"one level per center, got {lv.shape[0]} for "
                                   f"{c.shape[0]}")
    if np.any(lv < 0.0) or not np.all(np.isfinite(lv)):
        raise InvalidArgumentError("levels", "must be finite and >= 0")
    spread = np.sqrt(2.0 * lv[:, np.newaxis] * np.diag(np.linalg.inv(h))[np.newaxis, :])
    return np.abs(c) + spread


def journey_view(orbit_radius: float, radius: float, hessian: ArrayLike | None = None, *,
                 samples: int = 361, reach: float = JOURNEY_VIEW_REACH) -> ViewBox:
    """The square view holding the orbit and the ball; with ``hessian``, also every touching
    contour of both balls along the orbit (`touching_reach` at ``samples`` points of it), out
    to at most ``reach`` orbit radii from 0, so the contours drawn on the journey end inside
    the view, never cut at its frame (review r37).

    The orbit and the ball keep the view's usual margin (`view_box`); the contours' reach
    none, as the view is rounded outward to whole tick steps anyway.
    """
    from regmath.drawing import ball_outline, view_box

    ring = orbit(orbit_radius, np.linspace(0.0, 1.0, samples))
    base = view_box([ring, ball_outline("l2", radius)])
    if hessian is None:
        return base
    h = np.asarray(hessian, dtype=float).reshape(2, 2)
    far = 0.0
    for norm in ("l1", "l2"):
        levels = [constrained(Quadratic(center=c, hessian=h), norm=norm, radius=radius).level
                  for c in ring]
        far = max(far, float(np.max(touching_reach(h, ring, levels))))
    far = min(far, reach * float(orbit_radius))
    (x0, x1, _), _ = base.x_range, base.y_range
    if far <= max(-x0, x1):
        return base
    corners = np.array([[far, far], [-far, -far]])
    return view_box([ring, ball_outline("l2", radius), corners], margin=0.0)


def orbit_arc(journey: Journey, start: float, stop: float, *, samples: int = 65
              ) -> NDArray[np.float64]:
    """Points of the orbit from progress ``start`` to ``stop`` (through 0 if stop < start)."""
    length = float(np.mod(stop - start, 1.0)) if stop != start else 0.0
    return journey.center(start + length * np.linspace(0.0, 1.0, samples))


def outside_disc(radius: float, box: ViewBox) -> list[NDArray[np.float64]]:
    r"""The view box minus the disc ‖w‖₂ < t, as four polygons (one per quadrant).

    Each runs from (t, 0) out along the axis to the box's edge, round the box's
    corner of that quadrant, back along the other axis to the circle, and home
    along the circle's exact quarter arc. The box must hold the disc.
    """
    from regmath.drawing import ball_outline

    t = check_nonnegative(radius, "radius")
    (x0, x1, _), (y0, y1, _) = box.x_range, box.y_range
    if not (x0 < -t and x1 > t and y0 < -t and y1 > t):
        raise InvalidArgumentError("box", "must hold the disc")
    arc = ball_outline("l2", t, samples=129)  # from (t, 0) counter-clockwise, quarter = 32 steps
    quarter = (arc.shape[0] - 1) // 4
    pieces = []
    for k, (cx, cy) in enumerate(((x1, y1), (x0, y1), (x0, y0), (x1, y0))):
        first, last = arc[k * quarter], arc[(k + 1) * quarter]
        outline = [first, first * (abs(cx) / t) if k % 2 == 0 else first * (abs(cy) / t),
                   np.array([cx, cy]),
                   last * (abs(cy) / t) if k % 2 == 0 else last * (abs(cx) / t),
                   *arc[(k + 1) * quarter: k * quarter: -1]]
        pieces.append(np.array(outline))
    return pieces


def axis_points(radius: float) -> NDArray[np.float64]:
    r"""The four points at distance r from 0 on the axes: (r, 0), (0, r), (−r, 0), (0, −r).

    They are the diamond's corners ±r eⱼ and where a circle of radius r meets
    the axes, in counter-clockwise order. Shape (4, 2).

    Raises
    ------
    InvalidArgumentError
        If ``radius`` is negative or not finite.
    """
    r = check_nonnegative(radius, "radius")
    return np.array([[r, 0.0], [0.0, r], [-r, 0.0], [0.0, -r]])


def view_outline(box: ViewBox) -> NDArray[np.float64]:
    r"""The view box's boundary as a closed polyline, counter-clockwise from its lower left:
    (x₀, y₀), (x₁, y₀), (x₁, y₁), (x₀, y₁), (x₀, y₀). Shape (5, 2)."""
    (x0, x1, _), (y0, y1, _) = box.x_range, box.y_range
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]], dtype=float)


def share_axis_range(rings: RingShares, *, tips: bool = True) -> tuple[float, float, float]:
    r"""The ‖ŵ‖₂ / t axis of the share plot: (low, high, step).

    From 1 (the ball) to the corners' bar's end √2 · box / t (``tips``), at a nice step
    s = `regmath.drawing.axis_range`'s; the end is rounded up to a multiple of s / 2 only
    (high = ⌈end / (s/2)⌉ · s/2), so the axis stops soon after the data instead of running
    on to the next whole step. Without ``tips`` the end is the last ring's edge box / t, and
    the axis runs on to the next multiple of s / 2 past it (the last bar ends on the edge).
    """
    from regmath.drawing import axis_range

    end = rings.corner_edge if tips else float(rings.edges[-1])
    low, _, step = axis_range([*rings.edges, end], include_zero=False, margin=0.0)
    half = 0.5 * step
    if not tips:  # the last bar ends at the last ring's edge: room past it, up to s / 2
        return low, float((np.floor(end / half + 1e-12) + 1.0) * half), step
    return low, float(np.ceil(end / half - 1e-12) * half), step


def _carried(hessian: ArrayLike, directions: ArrayLike, amount: float) -> NDArray[np.float64]:
    r"""Unit directions of M(τ)·d for the rows d of ``directions``, with
    M(τ) = (1 − τ)·I + τ·H⁻¹ and τ = ``amount`` in [0, 1].

    M(τ) is symmetric positive definite for every τ (a convex combination of two
    such matrices), so no nonzero d is carried to 0.
    """
    h = np.asarray(hessian, dtype=float).reshape(2, 2)
    tau = float(amount)
    if not 0.0 <= tau <= 1.0:
        raise InvalidArgumentError("amount", f"must lie in [0, 1], got {amount}")
    d = np.asarray(directions, dtype=float).reshape(-1, 2)
    norms = np.hypot(d[:, 0], d[:, 1])
    if np.any(norms == 0.0):
        raise InvalidArgumentError("directions", "a direction is zero")
    inverse = np.linalg.solve(h, np.eye(2))
    m = (1.0 - tau) * np.eye(2) + tau * inverse
    out = (d / norms[:, None]) @ m.T
    return out / np.hypot(out[:, 0], out[:, 1])[:, None]


def carried_tips(hessian: ArrayLike, apex: ArrayLike, directions: ArrayLike, *,
                 amount: float, length: float) -> NDArray[np.float64]:
    r"""Tips of arrows from ``apex`` along the directions d carried part of the way by H⁻¹.

    Tip k is apex + L·u_k with u_k = M(τ)d_k / ‖M(τ)d_k‖ and
    M(τ) = (1 − τ)·I + τ·H⁻¹: at τ = 0 the arrows point along d (the normals g of
    the ball at w*), at τ = 1 along H⁻¹g, the directions in which ŵ lies from w*
    (stationarity H(ŵ − w*) = λg, λ ≥ 0, so ŵ = w* + λH⁻¹g).

    Parameters
    ----------
    hessian : (2, 2) symmetric positive definite H.
    apex : (2,) the arrows' common start w*.
    directions : (k, 2) nonzero directions d.
    amount : τ in [0, 1].
    length : L ≥ 0.

    Returns
    -------
    (k, 2) array of tips.

    Raises
    ------
    InvalidArgumentError
        ``amount`` outside [0, 1], a zero direction (``directions``), ``length`` < 0.
    """
    length = check_nonnegative(length, "length")
    p = np.asarray(apex, dtype=float).reshape(2)
    return p + length * _carried(hessian, directions, amount)


def carried_fan(hessian: ArrayLike, apex: ArrayLike, normals: ArrayLike, *, amount: float,
                length: float, samples: int = 33) -> NDArray[np.float64]:
    r"""The cone spanned by two ``normals`` at ``apex``, carried part of the way by H⁻¹,
    as a closed filled fan of radius ``length``.

    The directions g(σ) = (1 − σ)·n̂₁ + σ·n̂₂, σ in [0, 1] (n̂ the unit normals), span
    the cone; each is carried to M(τ)g(σ) (see `carried_tips`) and drawn at distance
    L from the apex. At τ = 0 this is the normal cone; at τ = 1 the wedge
    apex + H⁻¹·cone of the ŵ whose solution is the apex (cut at radius L).
    Returns apex, ``samples`` arc points, apex: shape (samples + 2, 2).

    Raises InvalidArgumentError as `carried_tips`, and (``normals``) unless there
    are two of them.
    """
    arc = carried_tips(hessian, apex, cone_directions(normals, samples=samples),
                       amount=amount, length=length)
    p = np.asarray(apex, dtype=float).reshape(1, 2)
    return np.vstack([p, arc, p])


def cone_directions(normals: ArrayLike, *, samples: int) -> NDArray[np.float64]:
    r"""The directions g(σ) = (1 − σ)·n̂₁ + σ·n̂₂, σ in [0, 1] at ``samples`` values, that
    span the cone of two ``normals`` (n̂ the unit normals): shape (samples, 2). A
    fan is these directions carried by a linear map and drawn from the apex
    (`carried_fan`, `regmath.hessian_morph.morph_fan`).

    Raises InvalidArgumentError (``normals``) unless there are two 2-vectors.
    """
    n = np.asarray(normals, dtype=float)
    if n.shape != (2, 2):
        raise InvalidArgumentError("normals", f"must be two 2-vectors, got shape {n.shape}")
    unit = n / np.hypot(n[:, 0], n[:, 1])[:, None]
    sigma = np.linspace(0.0, 1.0, int(samples))[:, None]
    return (1.0 - sigma) * unit[0] + sigma * unit[1]


def cone_direction(normals: ArrayLike, share: float) -> NDArray[np.float64]:
    r"""One direction of the cone of two ``normals``: g(σ) = (1 − σ)·n̂₁ + σ·n̂₂ at
    σ = ``share`` in [0, 1] (n̂ the unit normals), as `cone_directions` samples them; a
    live σ turns a direction across the cone (the scene's sweep of g·w = const for
    several g in N(w*)).

    Raises InvalidArgumentError (``share``) outside [0, 1] or non-finite.
    """
    if not (np.isfinite(share) and 0.0 <= share <= 1.0):
        raise InvalidArgumentError("share", f"must lie in [0, 1], got {share!r}")
    n = np.asarray(normals, dtype=float)
    if n.shape != (2, 2):
        raise InvalidArgumentError("normals", f"must be two 2-vectors, got shape {n.shape}")
    unit = n / np.hypot(n[:, 0], n[:, 1])[:, None]
    return (1.0 - float(share)) * unit[0] + float(share) * unit[1]


def carried_room(hessian: ArrayLike, apex: ArrayLike, normals: ArrayLike, box: ViewBox, *,
                 preferred: float, steps: int = 21) -> float:
    r"""A radius L for `carried_fan` / `carried_tips` that keeps the fan inside ``box`` all
    the way from τ = 0 to 1: `room_along` over the carried directions M(τ)g(σ) at
    ``steps`` values of τ and of σ (both ends included; at most ``preferred``)."""
    n = np.asarray(normals, dtype=float).reshape(-1, 2)
    unit = n / np.hypot(n[:, 0], n[:, 1])[:, None]
    grid = np.linspace(0.0, 1.0, int(steps))
    if unit.shape[0] == 2:
        spanned = np.array([(1.0 - s) * unit[0] + s * unit[1] for s in grid])
    else:
        spanned = unit
    directions = np.vstack([_carried(hessian, spanned, tau) for tau in grid])
    return room_along(apex, directions, box, preferred=preferred)


def eased_inverse(hessian: ArrayLike, amount: float) -> NDArray[np.float64]:
    r"""H_s⁻¹ for H_s = (1 − s)·I + s·H, s = ``amount`` in [0, 1]: I at s = 0, H⁻¹ at s = 1.

    H_s is symmetric positive definite for every s (a convex combination of I and H), so
    H_s⁻¹ exists; s ↦ H_s⁻¹ is continuous, the path along which `eased_carry` and
    `eased_wedge` carry g onto ŵ − w* = H⁻¹g and the normal cone onto the wedge.

    Raises InvalidArgumentError (``amount``) outside [0, 1].
    """
    s = float(amount)
    if not 0.0 <= s <= 1.0:
        raise InvalidArgumentError("amount", f"must lie in [0, 1], got {amount}")
    h = np.asarray(hessian, dtype=float).reshape(2, 2)
    return np.linalg.inv((1.0 - s) * np.eye(2) + s * h)


def eased_carry(hessian: ArrayLike, apex: ArrayLike, vectors: ArrayLike, *,
                amount: float) -> NDArray[np.float64]:
    r"""Tips apex + H_s⁻¹v of the rows v of ``vectors`` (`eased_inverse`): at s = 0 the
    vectors themselves (g = H(ŵ − w*)), at s = 1 H⁻¹v (ŵ − w*). Shape (k, 2)."""
    v = np.asarray(vectors, dtype=float).reshape(-1, 2)
    return np.asarray(apex, dtype=float).reshape(1, 2) + v @ eased_inverse(hessian, amount).T


def eased_wedge(hessian: ArrayLike, apex: ArrayLike, normals: ArrayLike, box: ViewBox, *,
                amount: float, samples: int = 33) -> NDArray[np.float64]:
    r"""The cone apex + H_s⁻¹·cone(n₁, n₂), cut to ``box``: the normal cone at s = 0, the
    lasso's wedge apex + H⁻¹N(apex) at s = 1 (`eased_inverse`).

    The directions H_s⁻¹((1 − σ)n̂₁ + σn̂₂), σ in [0, 1], are drawn out beyond the box and
    the fan they span is clipped to it (`clip_polygon`; the fan is convex since the cone's
    angle is below π and H_s⁻¹ is linear and invertible). Shape (m, 2), counter-clockwise
    or clockwise as the normals come.

    Raises InvalidArgumentError (``normals``) unless there are two of them, (``amount``)
    outside [0, 1].
    """
    n = np.asarray(normals, dtype=float)
    if n.shape != (2, 2):
        raise InvalidArgumentError("normals", f"must be two 2-vectors, got shape {n.shape}")
    unit = n / np.hypot(n[:, 0], n[:, 1])[:, None]
    sigma = np.linspace(0.0, 1.0, int(samples))[:, None]
    d = ((1.0 - sigma) * unit[0] + sigma * unit[1]) @ eased_inverse(hessian, amount).T
    d = d / np.hypot(d[:, 0], d[:, 1])[:, None]
    p = np.asarray(apex, dtype=float).reshape(1, 2)
    return clip_polygon(np.vstack([p, p + _far(box) * d]), box)


def eased_tips(hessian: ArrayLike, apex: ArrayLike, directions: ArrayLike, *,
               amount: float, length: float) -> NDArray[np.float64]:
    r"""Tips apex + L·u of arrows along u = H_s⁻¹d / ‖H_s⁻¹d‖ (`eased_inverse`) for the rows
    d of ``directions``: the edges of `eased_wedge`'s fan, drawn L = ``length`` long.
    Raises InvalidArgumentError (``directions``) for a zero direction, (``length``) < 0."""
    length = check_nonnegative(length, "length")
    d = np.asarray(directions, dtype=float).reshape(-1, 2)
    if np.any(np.hypot(d[:, 0], d[:, 1]) == 0.0):
        raise InvalidArgumentError("directions", "a direction is zero")
    out = d @ eased_inverse(hessian, amount).T
    out = out / np.hypot(out[:, 0], out[:, 1])[:, None]
    return np.asarray(apex, dtype=float).reshape(1, 2) + length * out


def corner_edge_normals(apex: ArrayLike) -> NDArray[np.float64]:
    r"""The normals (±1, ±1) of the diamond's two edges at its corner v = ±t·eⱼ (t > 0): the
    edge from the previous corner counter-clockwise, then the edge to the next (the rows
    span the normal cone N(v)). Raises InvalidArgumentError (``apex``) for a non-corner."""
    v = np.asarray(apex, dtype=float).reshape(2)
    nonzero = np.flatnonzero(v != 0.0)
    if len(nonzero) != 1:
        raise InvalidArgumentError("apex", "must be a corner ±t e_j of the diamond")
    t = float(abs(v[nonzero[0]]))
    corners = t * np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])
    k = int(np.flatnonzero(np.all(corners == v, axis=1))[0])
    return np.array([np.sign(corners[k - 1] + v), np.sign(v + corners[(k + 1) % 4])])


def subgradient_segment(apex: ArrayLike, g: ArrayLike) -> NDArray[np.float64]:
    r"""The ends apex + s·n of the segment of subgradient tips through apex + g, for the
    corner v = ``apex`` = ±t·eⱼ of the diamond and a subgradient direction ``g`` there.

    At the corner, ∂‖v‖₁ = {g : gⱼ = sign(vⱼ), |gᵢ| ≤ 1 for i ≠ j}: drawn at the scale
    s = |gⱼ| of ``g``, the tips apex + s·∂‖v‖₁ are the segment between apex + s·n for the two
    edge normals n (`corner_edge_normals`), and apex + g lies on it. N(v) is the rays from
    apex through this segment.

    Parameters
    ----------
    apex : array_like, shape (2,)
        A corner ±t·eⱼ of the diamond ‖w‖₁ ≤ t (t > 0).
    g : array_like, shape (2,)
        A subgradient at the corner times s > 0: its entry j nonzero with vⱼ's sign and
        |gᵢ| ≤ |gⱼ| for i ≠ j.

    Returns
    -------
    ndarray, shape (2, 2)
        The segment's two ends, in `corner_edge_normals`' order.

    Raises InvalidArgumentError (``apex``) for a non-corner, (``g``) for a g that is no
    scaled subgradient there."""
    v = np.asarray(apex, dtype=float).reshape(2)
    normals = corner_edge_normals(v)
    d = np.asarray(g, dtype=float).reshape(2)
    j = int(np.flatnonzero(v != 0.0)[0])
    s = float(d[j] * np.sign(v[j]))
    if not s > 0.0 or abs(d[1 - j]) > s:
        raise InvalidArgumentError("g", "must be s·(a subgradient of ‖w‖₁ at the corner), s > 0")
    return v.reshape(1, 2) + s * normals


def wedge_openings(hessian: ArrayLike) -> NDArray[np.float64]:
    r"""The openings, in degrees, of the lasso's corner wedges w* + H⁻¹N(w*): first at the
    top and bottom corners (0, ±t), then at the side corners (±t, 0) (the same for every
    t > 0).

    The wedge at a corner v is spanned by H⁻¹n₁ and H⁻¹n₂ for its two edge normals
    (`corner_edge_normals`); H⁻¹ is linear, so the opposite corner's wedge is its mirror
    image through w = 0 and has the same opening. Since H⁻¹(1, −1) = −H⁻¹(−1, 1) the two
    openings add to 180°; for H = I each is 90°.
    """
    h = np.asarray(hessian, dtype=float).reshape(2, 2)
    openings = []
    for apex in ((0.0, 1.0), (1.0, 0.0)):
        a, b = np.linalg.solve(h, corner_edge_normals(apex).T).T
        openings.append(np.degrees(np.arctan2(abs(a[0] * b[1] - a[1] * b[0]), float(a @ b))))
    return np.array(openings)


def opening_arc(hessian: ArrayLike, apex: ArrayLike, *, amount: float, radius: float,
                samples: int = 25) -> tuple[NDArray[np.float64], float]:
    r"""The arc marking the opening of the eased wedge apex + H_s⁻¹N(apex) at the corner
    ``apex`` (`eased_inverse`, s = ``amount``: the normal cone's right angle at s = 0, the
    lasso's wedge at s = 1), and that opening in degrees.

    The wedge's edge directions are u_k = H_s⁻¹n_k / ‖H_s⁻¹n_k‖ for the corner's edge
    normals n₁, n₂ (`corner_edge_normals`); the arc is apex + r·(cos θ, sin θ) for θ running
    evenly (``samples`` ≥ 2 points) from u₁'s angle to u₂'s the short way (the wedge is
    convex: H_s⁻¹ keeps the two normals' orientation and their angle below 180°), r =
    ``radius``. Returns (points, shape (samples, 2); the opening).
    Raises InvalidArgumentError (``radius``) if radius ≤ 0, (``samples``) below 2,
    (``apex``) for a non-corner, (``amount``) outside [0, 1].
    """
    r = float(radius)
    if not np.isfinite(r) or r <= 0.0:
        raise InvalidArgumentError("radius", f"must be positive, got {radius}")
    if int(samples) < 2:
        raise InvalidArgumentError("samples", f"must be at least 2, got {samples}")
    u = corner_edge_normals(apex) @ eased_inverse(hessian, amount).T
    start = float(np.arctan2(u[0, 1], u[0, 0]))
    turn = float(np.arctan2(u[0, 0] * u[1, 1] - u[0, 1] * u[1, 0], float(u[0] @ u[1])))
    theta = start + turn * np.linspace(0.0, 1.0, int(samples))
    points = (np.asarray(apex, dtype=float).reshape(1, 2)
              + r * np.column_stack([np.cos(theta), np.sin(theta)]))
    return points, float(np.degrees(abs(turn)))


def wedge_middle(hessian: ArrayLike, apex: ArrayLike, box: ViewBox, *,
                 length: float) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    r"""A ŵ in the middle of the lasso's wedge at the corner ``apex``, and its g.

    g's direction is the normal cone's bisector b = n̂₁ + n̂₂ (the middle of N(v)); ŵ − v is
    H⁻¹b, the middle of the wedge v + H⁻¹N(v) in the same sense (the image of the cone's
    bisector), as far as s = min(``length``, `room_along`(v, u, box)) along
    u = H⁻¹b / ‖H⁻¹b‖. Returns (ŵ = v + s·u, g = H(ŵ − v) = s·b / ‖H⁻¹b‖): g lies in N(v),
    strictly between the edge normals, so the lasso's solution for ŵ is v.

    The normals n₁, n₂ are `corner_edge_normals`(apex).
    Raises InvalidArgumentError (``length``) if length ≤ 0, (``apex``) for a non-corner.
    """
    if not float(length) > 0.0:
        raise InvalidArgumentError("length", f"must be > 0, got {length}")
    n = corner_edge_normals(apex)
    h = np.asarray(hessian, dtype=float).reshape(2, 2)
    v = np.asarray(apex, dtype=float).reshape(2)
    unit = n / np.hypot(n[:, 0], n[:, 1])[:, None]
    middle = np.linalg.solve(h, unit[0] + unit[1])
    u = middle / np.hypot(middle[0], middle[1])
    s = room_along(v, u[None, :], box, preferred=float(length))
    center = v + s * u
    return center, h @ (center - v)


def middle_subgradient(apex: ArrayLike) -> NDArray[np.float64]:
    r"""The g of `wedge_middle`'s ŵ at the diamond's corner ``apex`` = ±t·eⱼ: the subgradient
    of ‖w‖₁ there along the normal cone's bisector, sign(vⱼ)·eⱼ.

    The corner's edge normals (`corner_edge_normals`) are mirror images across the axis eⱼ,
    so their unit sum, the bisector, is a multiple of eⱼ: g's free entry is exactly 0 and
    H(ŵ − v) = λg with λ = ‖H(ŵ − v)‖∞ (up to float rounding in `wedge_middle`).

    Parameters
    ----------
    apex : array_like, shape (2,)
        A corner ±t·eⱼ of the diamond ‖w‖₁ ≤ t (t > 0).

    Returns
    -------
    ndarray, shape (2,)
        g, with gⱼ = sign(vⱼ) and 0 in the other entry.

    Raises InvalidArgumentError (``apex``) for a non-corner."""
    v = np.asarray(apex, dtype=float).reshape(2)
    corner_edge_normals(v)  # raises for a non-corner
    j = int(np.flatnonzero(v != 0.0)[0])
    g = np.zeros(2)
    g[j] = np.sign(v[j])
    return g


def orbit_wedge_shares(hessian: ArrayLike, radius: float, orbit_radii: ArrayLike, *,
                       start_angle: float = 0.0) -> NDArray[np.float64]:
    r"""For each orbit radius R in ``orbit_radii`` (each > ``radius``), the share of the orbit
    ‖ŵ‖₂ = R that lies in the lasso's wedges: `orbit_journey`(H, t, R).lasso_share, the
    exact total length of its corner arcs over the orbit's length. Shape as orbit_radii
    (flattened to 1-D). Raises as `orbit_journey`.
    """
    radii = np.asarray(orbit_radii, dtype=float).reshape(-1)
    return np.array([orbit_journey(hessian, radius, float(r), start_angle=start_angle).lasso_share
                     for r in radii])


def orbit_sweep_radii(orbit_radius: float, radius: float, *, share: float = 0.75,
                      samples: int = 9) -> NDArray[np.float64]:
    r"""Orbit radii for a sweep that grows the orbit up to ``orbit_radius`` R (the largest the
    journey's view holds): ``samples`` radii evenly from max(share·R, t + (R − t)/4) to R, so
    every orbit in the sweep lies outside the ball of radius t = ``radius`` (R > t).

    Raises InvalidArgumentError (``orbit_radius``) unless R > t ≥ 0, (``share``) outside
    (0, 1), (``samples``) below 2.
    """
    t = check_nonnegative(radius, "radius")
    big_r = float(orbit_radius)
    if not big_r > t:
        raise InvalidArgumentError("orbit_radius", f"must exceed radius {t}, got {orbit_radius}")
    if not 0.0 < float(share) < 1.0:
        raise InvalidArgumentError("share", f"must lie in (0, 1), got {share}")
    if int(samples) < 2:
        raise InvalidArgumentError("samples", f"must be at least 2, got {samples}")
    return np.linspace(max(float(share) * big_r, t + 0.25 * (big_r - t)), big_r, int(samples))


def outward_sweep_radii(orbit_radius: float, box: ViewBox, *, share: float = 0.96,
                        samples: int = 9) -> NDArray[np.float64]:
    r"""Orbit radii for a sweep that grows the orbit ‖ŵ‖₂ = R (``orbit_radius``) outward as far
    as ``box`` holds it: ``samples`` radii evenly from R to ``share`` times the distance from 0
    to the box's nearest side (the largest circle about 0 inside the box, kept a little off
    its frame); just [R] when that circle is no larger than R.

    Raises InvalidArgumentError (``orbit_radius``) unless R > 0, (``box``) unless it holds
    0 inside, (``share``) outside (0, 1], (``samples``) below 2.
    """
    big_r = float(orbit_radius)
    if not big_r > 0.0:
        raise InvalidArgumentError("orbit_radius", f"must be positive, got {orbit_radius}")
    if not 0.0 < float(share) <= 1.0:
        raise InvalidArgumentError("share", f"must lie in (0, 1], got {share}")
    if int(samples) < 2:
        raise InvalidArgumentError("samples", f"must be at least 2, got {samples}")
    (x0, x1, _), (y0, y1, _) = box.x_range, box.y_range
    nearest = min(-float(x0), float(x1), -float(y0), float(y1))
    if not nearest > 0.0:
        raise InvalidArgumentError("box", f"must hold 0 inside, got {box}")
    outer = float(share) * nearest
    if outer <= big_r:
        return np.array([big_r])
    return np.linspace(big_r, outer, int(samples))


def carried_reach(apex: ArrayLike, target: ArrayLike, room: float, *, amount: float,
                  share: float = 0.6, start: float | None = None) -> float:
    r"""A radius for `carried_fan` / `carried_tips` that grows with the carrying τ.

    At τ = 0 (the normal cone: directions, not places) the fan stops short of
    ``target`` (ŵ): L₀ = min(share·‖target − apex‖, room); at τ = 1 (the wedge of
    ŵ) it is ``room``; in between (1 − τ)·L₀ + τ·room. With ``start`` given, L₀ =
    min(``start``, room) instead (a fan that starts on a cone drawn at that radius).
    Raises InvalidArgumentError
    for ``amount`` outside [0, 1], ``share`` outside (0, 1) or ``room`` < 0.
    """
    tau = float(amount)
    if not 0.0 <= tau <= 1.0:
        raise InvalidArgumentError("amount", f"must lie in [0, 1], got {amount}")
    if not 0.0 < float(share) < 1.0:
        raise InvalidArgumentError("share", f"must lie in (0, 1), got {share}")
    room = check_nonnegative(room, "room")
    gap = np.asarray(target, dtype=float).reshape(2) - np.asarray(apex, dtype=float).reshape(2)
    reach = (float(share) * float(np.hypot(*gap)) if start is None
             else check_nonnegative(start, "start"))
    short = min(reach, room)
    return (1.0 - tau) * short + tau * room


def trailing_side(start_angle: float, *, turn: float = np.pi / 3.0) -> NDArray[np.float64]:
    r"""A unit direction beside the orbit's start: outward, turned back against the travel.

    The orbit runs counter-clockwise (`orbit`), so at the start angle θ the outward
    normal (cos θ, sin θ) turned clockwise by ``turn`` points to where ŵ comes from at
    the end of its turn: (cos(θ − turn), sin(θ − turn)). Shape (2,).
    """
    angle = float(start_angle) - float(turn)
    return np.array([np.cos(angle), np.sin(angle)])


def width_chords(hessian: ArrayLike, radius: float, corner: ArrayLike, box: ViewBox, *,
                 shares: tuple[float, ...] = (0.35, 0.9)
                 ) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    r"""Chords across a lasso corner's wedge and across the edge strip that follows it
    counter-clockwise, at growing distances: the wedge widens, the strip does not.

    With v the corner, v′ the next corner counter-clockwise, g₁, g₂ the normals of
    the edges meeting at v (g₂ that of the edge v v′) and û = H⁻¹g / ‖H⁻¹g‖, the wedge
    chord at distance s joins v + s·û₁ and v + s·û₂ (length s‖û₁ − û₂‖, growing with
    s) and the strip chord joins v + s·û₂ and v′ + s·û₂ (length ‖v′ − v‖ for every s).
    The distances are s = share · L, L the room (`room_along`, from v and v′) along
    the three directions inside ``box``.

    Returns
    -------
    (wedge, strip): arrays of shape (len(shares), 2, 2), one chord (two points) per share.

    Raises
    ------
    InvalidArgumentError
        ``corner`` not a corner (±t, 0), (0, ±t) of the diamond; ``shares`` outside (0, 1].
    """
    t = check_nonnegative(radius, "radius")
    v = np.asarray(corner, dtype=float).reshape(2)
    corners = t * np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])
    match = [k for k, c in enumerate(corners) if np.array_equal(c, v)]
    if t == 0.0 or not match:
        raise InvalidArgumentError("corner", f"must be a corner of the diamond, got {v}")
    if any(not 0.0 < s <= 1.0 for s in shares):
        raise InvalidArgumentError("shares", f"must lie in (0, 1], got {shares}")
    k = match[0]
    before, after = corners[k - 1], corners[(k + 1) % 4]
    normals = np.array([np.sign(before + v), np.sign(v + after)])
    u = _carried(hessian, normals, 1.0)
    (x0, x1, _), (y0, y1, _) = box.x_range, box.y_range
    most = float(np.hypot(x1 - x0, y1 - y0))  # no chord is longer than the box's diagonal
    room = min(room_along(v, u, box, preferred=most),
               room_along(after, u[1:], box, preferred=most))
    wedge = np.array([[v + s * room * u[0], v + s * room * u[1]] for s in shares])
    strip = np.array([[v + s * room * u[1], after + s * room * u[1]] for s in shares])
    return wedge, strip


@dataclass(frozen=True)
class WedgeExample:
    r"""A ŵ whose lasso solution is the corner ``corner`` although ŵ − w* lies outside the
    corner's normal cone N(w*): the example that shows why H⁻¹ is needed.

    Attributes
    ----------
    corner : (2,) the corner v = w*.
    normals : (2, 2) the edge normals (±1, ±1) at v (the rows span N(v)): that of the edge
        from the previous corner counter-clockwise, then that of the edge to the next.
    center : (2,) ŵ = v + s·d.
    offset : (2,) unit d = (ŵ − v) / ‖ŵ − v‖, inside the wedge H⁻¹N(v), outside N(v).
    g : (2,) unit H·d / ‖H·d‖: the direction of g = H(ŵ − w*), inside N(v).
    side : which edge normal d lies beyond (0 or 1).
    gap : the angle (radians) between that normal n_side and H⁻¹n_side.
    """

    corner: NDArray[np.float64]
    normals: NDArray[np.float64]
    center: NDArray[np.float64]
    offset: NDArray[np.float64]
    g: NDArray[np.float64]
    side: int
    gap: float


def _outside_cone(x: NDArray[np.float64], a: NDArray[np.float64], b: NDArray[np.float64]) -> bool:
    """Whether x lies strictly outside the closed cone spanned by a and b (angle < π)."""
    def cross(p: NDArray[np.float64], q: NDArray[np.float64]) -> float:
        return float(p[0] * q[1] - p[1] * q[0])
    turn = np.sign(cross(a, b))
    return not (turn * cross(a, x) >= 0.0 and turn * cross(x, b) >= 0.0)


def wedge_example(hessian: ArrayLike, radius: float, box: ViewBox, *, length: float,
                  share: float = 0.6, min_gap: float = np.radians(3.0)) -> WedgeExample | None:
    r"""The corner and the ŵ that best show that the lasso's wedge is H⁻¹N(v), not N(v).

    At a corner v of the diamond ‖w‖₁ ≤ t with edge normals n₁, n₂, the ŵ whose solution
    is v are v + H⁻¹g, g in N(v) = cone(n₁, n₂) (stationarity H(ŵ − w*) = g). With
    uᵢ = H⁻¹nᵢ / ‖H⁻¹nᵢ‖, an edge i where uᵢ lies outside N(v) leaves a sector between
    nᵢ and uᵢ inside the wedge but outside the cone. Over the four corners and both
    edges, the widest such sector (angle γ = ∠(nᵢ, uᵢ)) is taken, and in it the unit
    direction d at ``share`` of the way from n̂ᵢ to uᵢ (a normalised convex combination:
    d lies strictly inside the sector for share in (0, 1)). Then ŵ = v + s·d with
    s = min(``length``, `room_along`(v, d, box)); g's direction is H·d / ‖H·d‖, which
    lies in N(v) since d is in H⁻¹N(v).

    Returns None when no sector is wider than ``min_gap`` (H⁻¹ turns neither normal of
    any corner outward enough to see, e.g. H = cI or H with eigenvectors (1, ±1)/√2),
    or when t = 0.

    Raises InvalidArgumentError (``length``) if length ≤ 0, (``share``) outside (0, 1).
    """
    t = check_nonnegative(radius, "radius")
    if not float(length) > 0.0:
        raise InvalidArgumentError("length", f"must be > 0, got {length}")
    if not 0.0 < float(share) < 1.0:
        raise InvalidArgumentError("share", f"must lie in (0, 1), got {share}")
    if t == 0.0:
        return None
    h = np.asarray(hessian, dtype=float).reshape(2, 2)
    inverse = np.linalg.solve(h, np.eye(2))
    best: WedgeExample | None = None
    corners = t * np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])
    for k, v in enumerate(corners):
        # The normals of the edges v_{k-1} v and v v_{k+1} (as `width_chords`).
        normals = np.array([np.sign(corners[k - 1] + v), np.sign(v + corners[(k + 1) % 4])])
        unit = normals / np.hypot(normals[:, 0], normals[:, 1])[:, None]
        for i in range(2):
            u = inverse @ unit[i]
            u = u / np.hypot(u[0], u[1])
            gap = float(np.arccos(np.clip(unit[i] @ u, -1.0, 1.0)))
            if gap <= min_gap or not _outside_cone(u, unit[0], unit[1]):
                continue
            if best is not None and gap <= best.gap:
                continue
            d = (1.0 - share) * unit[i] + share * u
            d = d / np.hypot(d[0], d[1])
            s = room_along(v, d[None, :], box, preferred=float(length))
            g = h @ d
            best = WedgeExample(corner=v.copy(), normals=normals, center=v + s * d, offset=d,
                                g=g / np.hypot(g[0], g[1]), side=i, gap=gap)
    return best


def stationarity_direction(hessian: ArrayLike, center: ArrayLike, point: ArrayLike
                           ) -> NDArray[np.float64]:
    r"""The unit direction of g = H(ŵ − w*) = −∇f(w*), the element of the normal cone at
    w* that stationarity asks for, for f(w) = ½(w − ŵ)ᵀH(w − ŵ). Shape (2,).

    Raises InvalidArgumentError (``center``) if ŵ = w* (then g = 0 has no direction).
    """
    h = np.asarray(hessian, dtype=float).reshape(2, 2)
    g = h @ (np.asarray(center, dtype=float).reshape(2) - np.asarray(point, dtype=float).reshape(2))
    size = float(np.hypot(g[0], g[1]))
    if size == 0.0:
        raise InvalidArgumentError("center", "ŵ = w*: g = 0 has no direction")
    return g / size


def corner_wedge_center(hessian: ArrayLike, apex: ArrayLike, center: ArrayLike, *,
                        free: float | None = None) -> tuple[NDArray[np.float64], float]:
    r"""A ŵ in the lasso wedge of the corner ``apex`` that ``center`` lies in, and its
    free subgradient entry.

    ``center`` lies in the wedge v + H⁻¹N(v) (v = ``apex`` = ±t eⱼ) exactly when
    H(ŵ − v) = μ g with μ ≥ 0 and g = sign(vⱼ) eⱼ + γ eₖ, |γ| ≤ 1 (k ≠ j). Returns
    (v + μ H⁻¹ g(``free``), γ of ``center``): with μ held, ŵ moves inside the wedge as
    ``free`` runs over [−1, 1] (``free`` None: ``center`` itself). Every such ŵ has
    the lasso solution v, for the same H and t = ‖v‖₁.
    """
    h = np.asarray(hessian, dtype=float)
    v = np.asarray(apex, dtype=float)
    c = np.asarray(center, dtype=float)
    if h.shape != (2, 2) or v.shape != (2,) or c.shape != (2,):
        raise InvalidArgumentError("hessian", "must be 2 x 2, with apex and center 2-vectors")
    nonzero = np.flatnonzero(v != 0.0)
    if len(nonzero) != 1:
        raise InvalidArgumentError("apex", "must be a corner ±t e_j of the diamond")
    j = int(nonzero[0])
    k = 1 - j
    pull = h @ (c - v)
    mu = float(pull[j] * np.sign(v[j]))
    if mu <= 0.0:
        raise InvalidArgumentError("center", "must lie in the corner's wedge (μ > 0)")
    gamma = float(pull[k] / mu)
    if abs(gamma) > 1.0 + 1e-12:
        raise InvalidArgumentError("center", "must lie in the corner's wedge (|γ| ≤ 1)")
    if free is None:
        return c.copy(), gamma
    if abs(free) > 1.0:
        raise InvalidArgumentError("free", "must lie in [-1, 1]")
    g = np.zeros(2)
    g[j] = np.sign(v[j])
    g[k] = float(free)
    return v + mu * np.linalg.solve(h, g), gamma


def edge_slide(apex: ArrayLike, push: ArrayLike, length: float) -> NDArray[np.float64]:
    r"""Where w* would slide from the diamond's corner v under a push p with a part along an
    edge: v + L·e, e the unit direction along one of the two edges leaving v (towards the
    next corner) with the larger p·e > 0.

    Along e, f falls at the rate ∇f·e = −p·e < 0 for p = −∇f(v), so a corner with such a
    push is not the constrained minimum: at the minimum p lies in the normal cone N(v),
    where p·e ≤ 0 for both edges. The point lies on the diamond's edge for L ≤ t√2.

    Raises
    ------
    InvalidArgumentError
        ``apex`` for a point that is not a corner ±t eⱼ, ``push`` for one with no positive
        part along either edge (a push inside N(v)), ``length`` for one outside [0, t√2].
    """
    v = np.asarray(apex, dtype=float).reshape(2)
    p = np.asarray(push, dtype=float).reshape(2)
    nonzero = np.flatnonzero(v != 0.0)
    if len(nonzero) != 1:
        raise InvalidArgumentError("apex", "must be a corner ±t e_j of the diamond")
    j = int(nonzero[0])
    t = float(abs(v[j]))
    if not (np.isfinite(length) and 0.0 <= length <= t * np.sqrt(2.0)):
        raise InvalidArgumentError("length", f"must lie in [0, t√2], got {length!r}")
    # The two edges leave v towards the corners ±t e_k: direction (±t e_k − v) / (t√2).
    k = 1 - j
    edges = []
    for side in (-1.0, 1.0):
        target = np.zeros(2)
        target[k] = side * t
        edges.append((target - v) / (t * np.sqrt(2.0)))
    rates = [float(p @ e) for e in edges]
    best = int(np.argmax(rates))
    if not rates[best] > 0.0:
        raise InvalidArgumentError("push", "has no part along an edge (it lies in N(v))")
    return v + float(length) * edges[best]


def _support_foot(direction: ArrayLike, radius: float, level: float
                  ) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """`support_line` and `support_arrow`'s checks and their line's foot: the unit u along
    ``direction`` and level · t‖u‖∞ · u, the line's point nearest the origin."""
    u = np.asarray(direction, dtype=float).reshape(2)
    size = float(np.hypot(*u))
    if not (np.all(np.isfinite(u)) and size > 0.0):
        raise InvalidArgumentError("direction", "must be a finite nonzero vector")
    if not (np.isfinite(level) and -2.0 <= level <= 2.0):
        raise InvalidArgumentError("level", f"must lie in [-2, 2], got {level!r}")
    t = check_nonnegative(radius, "radius")
    u = u / size
    return u, float(level) * t * float(np.max(np.abs(u))) * u


def support_arrow(direction: ArrayLike, radius: float, *, level: float = 1.0,
                  length: float) -> NDArray[np.float64]:
    r"""An arrow along ``direction`` standing on its `support_line` at ``level``: from the
    line's foot, the point of the line nearest the origin, level · t‖u‖∞ · u
    (u = direction / ‖direction‖), to ``length`` further along u. The line sweeps outward
    along u as ``level`` grows, carrying the arrow with it.

    Returns the arrow's start and tip (a (2, 2) array).

    Raises
    ------
    InvalidArgumentError
        ``direction`` for a zero or non-finite vector, ``level`` outside [−2, 2],
        ``length`` < 0.
    """
    u, foot = _support_foot(direction, radius, level)
    size_along = check_nonnegative(length, "length")
    return np.array([foot, foot + size_along * u])


def support_line(direction: ArrayLike, radius: float, box: ViewBox, *, level: float = 1.0
                 ) -> NDArray[np.float64]:
    r"""The line perpendicular to ``direction`` at ``level`` times the diamond's support,
    clipped to ``box``: {w : u·w = level · t‖u‖∞}, u = direction / ‖direction‖.

    The diamond ‖w‖₁ ≤ t has the support h(u) = max u·w = t‖u‖∞, reached at its farthest
    points in the direction u: the corners t·sign(uⱼ)eⱼ with |uⱼ| = ‖u‖∞ (one corner unless
    u lies on a diagonal, then the whole edge between two). So level = 1 gives the support
    line, which touches the diamond only there; level = −1 the support line on the far
    side (−u's); between them the line crosses the diamond, and a sweep of ``level`` up to
    1 shows those points as the last ones it touches; above 1 (up to 2) the line misses
    the diamond, and a sweep down to 1 shows them as the first ones it touches.

    Returns the segment's two ends on the box's frame (a (2, 2) array).

    Raises
    ------
    InvalidArgumentError
        ``direction`` for a zero or non-finite vector, ``level`` for one outside [−2, 2] or
        a line that misses the box.
    """
    u, foot = _support_foot(direction, radius, level)
    along = np.array([-u[1], u[0]])
    far = _far(box) + float(np.hypot(*foot))
    segment = _clip_segment(foot - far * along, foot + far * along, box)
    if segment is None:
        raise InvalidArgumentError("level", "puts the line outside the box")
    return segment
