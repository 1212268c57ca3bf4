"""The exact L1 solution map and the sparsity experiment."""

from __future__ import annotations

import numpy as np
import pytest

from regmath import Quadratic, constrained
from regmath.drawing import view_box
from regmath.sparsity import (DRAW_BLOCK, l1_solution_regions, solutions_along,
                              sparsity_experiment)


def contains(polygon: np.ndarray, point: np.ndarray, slack: float = 1e-12) -> bool:
    edges = np.roll(polygon, -1, axis=0) - polygon
    rel = point - polygon
    return bool(np.all(edges[:, 0] * rel[:, 1] - edges[:, 1] * rel[:, 0] >= -slack))


@pytest.mark.parametrize("hessian", [[[1.1, -0.5], [-0.5, 3.9]], [[1.0, 0.0], [0.0, 1.0]],
                                     [[5.0, 2.0], [2.0, 1.0]]], ids=["tilted", "round", "steep"])
def test_every_random_center_lands_in_the_region_of_its_solution(
    rng: np.random.Generator, hessian: list
) -> None:
    box = view_box([[-3.0, -3.0], [3.0, 3.0]])
    regions = l1_solution_regions(hessian, 1.0, box)
    assert len(regions) == 9
    for _ in range(2000):
        center = rng.uniform(box.x_range[0], box.x_range[1], 2)
        sol = constrained(Quadratic(center=center, hessian=hessian), norm="l1", radius=1.0)
        kind = "interior" if not sol.active else ("corner" if sol.at_corner else "edge")
        hits = [r for r in regions if contains(r.polygon, center)]
        assert len(hits) >= 1
        # On a shared boundary both neighbours may claim the point; one must be right.
        assert any(r.kind == kind and (kind != "corner" or r.zero_weights == sol.zero_weights)
                   for r in hits)


def test_corner_wedges_start_at_the_corner_along_inverse_hessian_normals() -> None:
    hessian = np.array([[2.0, 0.5], [0.5, 1.0]])
    regions = l1_solution_regions(hessian, 1.5, view_box([[-4.0, -4.0], [4.0, 4.0]]))
    corner = next(r for r in regions if r.kind == "corner" and np.allclose(r.apex, [1.5, 0.0]))
    assert any(np.array_equal(v, [1.5, 0.0]) for v in corner.polygon)
    inverse = np.linalg.inv(hessian)
    for g in ([1.0, 1.0], [1.0, -1.0]):
        ray = inverse @ np.array(g)
        # A point slightly along each ray is on the wedge's boundary, so in the polygon.
        assert contains(corner.polygon, np.array([1.5, 0.0]) + 0.1 * ray / np.linalg.norm(ray),
                        slack=1e-9)


def test_sparsity_experiment_is_reproducible_and_counts_exact_zeros() -> None:
    first = sparsity_experiment(400, seed=7)
    again = sparsity_experiment(400, seed=7)
    np.testing.assert_array_equal(first.centers, again.centers)
    np.testing.assert_array_equal(first.l1_sparse, again.l1_sparse)
    assert np.all(np.hypot(first.centers[:, 0], first.centers[:, 1]) > 1.0)
    for k in range(0, 400, 37):
        loss = Quadratic(center=first.centers[k], hessian=first.hessians[k])
        point = constrained(loss, norm="l1", radius=1.0).point
        assert first.l1_sparse[k] == bool(np.any(point == 0.0))
    assert first.l2_fraction == 0.0
    assert 0.3 < first.l1_fraction < 0.9


#: The first ŵ of sparsity_experiment(5000, seed=2026) as drawn before blocks existed.
PINNED_FIRST_CENTER = (-1.926391117947383, 0.8394789942909275)


def test_a_larger_count_keeps_the_first_blocks_of_losses() -> None:
    """More losses for sharper shares leave the first block (the dots a scene draws) as it
    was: whole blocks of DRAW_BLOCK do not depend on count; a single block draws as before
    blocks existed (first entries pinned from that version, seed 2026)."""
    block = sparsity_experiment(DRAW_BLOCK, seed=2026)
    more = sparsity_experiment(2 * DRAW_BLOCK + 123, seed=2026)
    for field in ("centers", "hessians", "l1_sparse", "l1_points"):
        np.testing.assert_array_equal(getattr(block, field), getattr(more, field)[:DRAW_BLOCK])
    # The added losses are new draws, not copies of the first block.
    assert not np.array_equal(more.centers[DRAW_BLOCK: 2 * DRAW_BLOCK], block.centers)
    assert len(more.centers) == 2 * DRAW_BLOCK + 123
    np.testing.assert_allclose(block.centers[0], PINNED_FIRST_CENTER, rtol=0, atol=1e-15)


def test_sparsity_fractions_for_the_readme() -> None:
    """Prints the fractions SparsityOdds shows (5,000 losses, seed 2026)."""
    result = sparsity_experiment(5000, seed=2026)
    print(f"\nL1 solutions with an exact zero: {result.l1_fraction:.1%}; "
          f"L2: {result.l2_fraction:.1%} (5000 losses, seed 2026)")
    assert result.l1_fraction > 0.4 and result.l2_fraction == 0.0


def test_solutions_along_a_path_match_single_solves() -> None:
    hessian = [[1.1, -0.5], [-0.5, 3.9]]
    centers = np.array([[2.0, 0.1], [1.5, 1.5], [-0.3, 2.2]])
    points, sparse = solutions_along(hessian, centers, norm="l1", radius=1.0)
    for c, p, s in zip(centers, points, sparse):
        expected = constrained(Quadratic(center=c, hessian=hessian), norm="l1", radius=1.0)
        np.testing.assert_array_equal(p, expected.point)
        assert s == bool(expected.zero_weights)


# ------------------------------------------------------------------ the journey
import mpmath  # noqa: E402

from regmath import InvalidArgumentError  # noqa: E402
from regmath.drawing import level_set  # noqa: E402
from regmath.sparsity import (  # noqa: E402
    annulus,
    interval_boxes,
    journey_view,
    orbit,
    orbit_arc,
    orbit_journey,
    outside_disc,
    ring_shares,
    sample_contour_axes,
    sample_contours,
    sampling_square,
)
from tests.claims import rotated  # noqa: E402

JOURNEY_CASES = {
    "tilted": ([[1.5, -0.4], [-0.4, 2.5]], 1.0, 1.6, 0.3),
    "round": ([[1.0, 0.0], [0.0, 1.0]], 1.0, 1.3, 0.0),
    "steep": ([[5.0, 2.0], [2.0, 1.0]], 0.5, 1.7, -2.0),
    "coupled": ([[1.0, 0.95], [0.95, 1.0]], 1.0, 1.05, 1.0),
    "cond-1e3": (rotated(1e3, 1, 0.3), 2.0, 7.9, 4.0),
}


def shoelace(polygon: np.ndarray) -> float:
    x, y = polygon[:, 0], polygon[:, 1]
    return 0.5 * float(np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y))


@pytest.mark.parametrize("case", JOURNEY_CASES, ids=list(JOURNEY_CASES))
def test_the_journeys_arcs_are_where_the_solver_puts_w_star_on_a_corner(case: str) -> None:
    hessian, t, big_r, start = JOURNEY_CASES[case]
    journey = orbit_journey(hessian, t, big_r, start_angle=start)
    grid = (np.arange(20000) + 0.5) / 20000
    _, sparse = solutions_along(hessian, orbit(big_r, grid, start_angle=start), norm="l1",
                                radius=t)
    exact = np.array([journey.lasso_zero(s) is not None for s in grid])
    ends = np.array([r.start for r in journey.runs] + [r.stop for r in journey.runs])
    far_from_ends = np.min(np.abs(((grid[:, None] - ends[None, :]) + 0.5) % 1.0 - 0.5),
                           axis=1) > 1e-9
    np.testing.assert_array_equal(sparse[far_from_ends], exact[far_from_ends])
    assert len(journey.runs) == 4 and len(journey.crossings) == 4
    assert journey.lasso_share == pytest.approx(np.mean(sparse), abs=8 / 20000)
    # Each arc holds exactly one ridge crossing, at the same corner.
    for run in journey.runs:
        inside = [c for c in journey.crossings if run.contains(c.progress)]
        assert len(inside) == 1 and np.array_equal(inside[0].axis_point, run.corner)
    assert [e.progress for e in journey.events()] == sorted(e.progress for e in journey.events())


@pytest.mark.parametrize("case", JOURNEY_CASES, ids=list(JOURNEY_CASES))
def test_ridge_crossings_are_on_the_orbit_and_on_the_ray_to_50_digits(case: str) -> None:
    hessian, t, big_r, start = JOURNEY_CASES[case]
    journey = orbit_journey(hessian, t, big_r, start_angle=start)
    with mpmath.workdps(50):
        h = mpmath.matrix(np.asarray(hessian, dtype=float).tolist())
        for crossing in journey.crossings:
            v = mpmath.matrix(crossing.axis_point.tolist())
            u = h ** -1 * v
            # |v + μu|² = R², the positive root, in 50 digits.
            a, b, c = (u.T * u)[0], 2 * (v.T * u)[0], (v.T * v)[0] - mpmath.mpf(big_r) ** 2
            mu = (-b + mpmath.sqrt(b * b - 4 * a * c)) / (2 * a)
            p = v + mu * u
            np.testing.assert_allclose(crossing.point, [float(p[0]), float(p[1])],
                                       rtol=0, atol=4e-16 * big_r)
            angle = mpmath.atan2(p[1], p[0])
            s = float(((angle - mpmath.mpf(start)) / (2 * mpmath.pi)) % 1)
            gap = abs(crossing.progress - s)
            assert min(gap, abs(gap - 1.0)) <= 1e-15
    for crossing in journey.crossings:
        # Ridge's solution there is the axis point (to rounding: ŵ is the float nearest the ray).
        sol = constrained(Quadratic(center=crossing.point, hessian=hessian), norm="l2", radius=t)
        np.testing.assert_allclose(sol.point, crossing.axis_point, atol=1e-12 * t)
        assert journey.ridge_zero(crossing.progress) == crossing.zero_weight
        assert journey.ridge_zero(crossing.progress + 1e-12) is None
    assert journey.ridge_share == 0.0


def test_lit_and_passed_grow_with_the_journey() -> None:
    journey = orbit_journey(*JOURNEY_CASES["tilted"][:3], start_angle=0.0)  # starts in an arc
    assert any(run.wraps for run in journey.runs)
    assert journey.lasso_zero(0.0) is not None and journey.lasso_zero(1.0) is not None
    previous = 0.0
    for s in np.linspace(0.0, 1.0, 101):
        lit = journey.lit(s)
        assert all(0.0 <= a <= b <= s for a, b in lit)
        total = sum(b - a for a, b in lit)
        assert total >= previous - 1e-15
        previous = total
        assert [c.progress for c in journey.passed(s)] == [c.progress for c in journey.crossings
                                                           if c.progress <= s]
    assert previous == pytest.approx(journey.lasso_share, abs=1e-15)


def test_the_journey_refuses_what_it_cannot_show() -> None:
    for kwargs, name in (({"orbit_radius": 1.0}, "orbit_radius"),
                         ({"orbit_radius": 0.5}, "orbit_radius"),
                         ({"radius": 0.0}, "radius"),
                         ({"hessian": [[1.0, 0.0], [0.0, 0.0]]}, "hessian"),
                         ({"start_angle": float("nan")}, "start_angle")):
        args = {"hessian": [[1.0, 0.0], [0.0, 2.0]], "radius": 1.0, "orbit_radius": 1.5,
                "start_angle": 0.0, **kwargs}
        with pytest.raises(InvalidArgumentError) as error:
            orbit_journey(args["hessian"], args["radius"], args["orbit_radius"],
                          start_angle=args["start_angle"])
        assert error.value.argument == name


def test_the_orbits_arc_and_view() -> None:
    journey = orbit_journey(*JOURNEY_CASES["tilted"][:3], start_angle=0.3)
    run = journey.runs[0]
    arc = orbit_arc(journey, run.start, run.stop, samples=33)
    np.testing.assert_allclose(np.hypot(arc[:, 0], arc[:, 1]), 1.6, rtol=1e-15)
    np.testing.assert_allclose(arc[[0, -1]], journey.center([run.start, run.stop]), atol=1e-15)
    view = journey_view(1.6, 1.0)
    assert view.contains(journey.center(np.linspace(0, 1, 50)))


def test_touching_reach_is_the_contours_farthest_coordinate() -> None:
    from regmath.drawing import level_set
    from regmath.sparsity import touching_reach

    h = np.array([[1.5, -0.4], [-0.4, 2.5]])
    centers = np.array([[1.2, 1.0], [-0.3, 1.6], [2.0, -0.5]])
    levels = np.array([0.4, 1.3, 0.02])
    reach = touching_reach(h, centers, levels)
    for center, level, far in zip(centers, levels, reach):
        # Independently: a dense polygon on the contour, its farthest |w_i|.
        ring = level_set(Quadratic(center=center, hessian=h), level, samples=20001)
        np.testing.assert_allclose(np.abs(ring).max(axis=0), far, rtol=1e-7)
    with pytest.raises(InvalidArgumentError):
        touching_reach(h, centers, [0.1, -1.0, 0.2])
    with pytest.raises(InvalidArgumentError):
        touching_reach(h, centers, [0.1])


def test_the_journey_view_holds_every_touching_contour() -> None:
    from regmath.drawing import level_set

    h = np.array([[1.5, -0.4], [-0.4, 2.5]])
    view = journey_view(1.6, 1.0, h)
    assert view.width >= journey_view(1.6, 1.0).width
    for center in orbit(1.6, np.linspace(0.0, 1.0, 97), start_angle=0.7):
        loss = Quadratic(center=center, hessian=h)
        for norm in ("l1", "l2"):
            sol = constrained(loss, norm=norm, radius=1.0)
            assert view.contains(level_set(loss, sol.level, samples=145))
    # An ill-conditioned H: the view stops at JOURNEY_VIEW_REACH orbit radii (plus rounding).
    from regmath.sparsity import JOURNEY_VIEW_REACH
    from tests.claims import rotated

    wide = journey_view(1.6, 1.0, rotated(1e4, 1, 0.3))
    assert wide.x_range[1] <= JOURNEY_VIEW_REACH * 1.6 + wide.x_range[2]


def test_the_plane_outside_the_disc_is_tiled_by_four_pieces() -> None:
    view = journey_view(1.6, 1.0)
    pieces = outside_disc(1.0, view)
    areas = [shoelace(p) for p in pieces]
    assert all(a > 0 for a in areas)  # counter-clockwise, no self-crossing
    disc = 0.5 * 128 * np.sin(2 * np.pi / 128)  # the inscribed 128-gon of the circle
    assert sum(areas) == pytest.approx(view.width * view.height - disc, rel=1e-12)
    with pytest.raises(InvalidArgumentError):
        outside_disc(5.0, view)


# ----------------------------------------------------------------- the experiment
def test_reach_is_the_box_in_units_of_t_and_draws_the_same_sample() -> None:
    by_reach = sparsity_experiment(300, seed=3, radius=2.0, reach=1.5)
    by_box = sparsity_experiment(300, seed=3, radius=2.0, box=3.0)
    np.testing.assert_array_equal(by_reach.centers, by_box.centers)
    assert by_reach.box == 3.0 and by_reach.count == 300
    square = sampling_square(by_reach)
    assert np.all(np.abs(by_reach.centers) <= 3.0) and np.array_equal(square[0], square[-1])
    for kwargs, name in (({"reach": 1.0}, "reach"), ({"box": 1.0}, "box"),
                         ({"max_condition": 0.5}, "max_condition"), ({"count": 0}, "count"),
                         ({"seed": -1}, "seed"), ({"radius": 0.0}, "radius"),
                         ({"box": 3.0, "reach": 2.0}, "reach")):
        args = {"count": 10, "seed": 1, **kwargs}
        with pytest.raises(InvalidArgumentError) as error:
            sparsity_experiment(args.pop("count"), **args)
        assert error.value.argument == name


def test_the_box_changes_the_share_and_the_rings_say_why() -> None:
    """The same draws in a wider square hold more far-away ŵ: a higher share."""
    near = sparsity_experiment(5000, seed=2026, reach=1.5)
    far = sparsity_experiment(5000, seed=2026, reach=10.0)
    assert near.l1_fraction < sparsity_experiment(5000, seed=2026).l1_fraction < far.l1_fraction
    rings = ring_shares(far, 6)
    assert rings.rising
    ratio = np.hypot(far.centers[:, 0], far.centers[:, 1]) / far.radius
    for k in range(6):
        inside = (ratio > rings.edges[k]) & (ratio <= rings.edges[k + 1])
        assert rings.totals[k] == np.sum(inside)
        assert rings.sparse[k] == np.sum(far.l1_sparse[inside])
    bars = rings.bars()
    assert bars.shape == (6, 4, 2)
    np.testing.assert_array_equal(bars[:, 2, 1], rings.shares)
    np.testing.assert_allclose(rings.radii, rings.edges * far.radius)


def test_annulus_and_sample_contours_are_exact() -> None:
    ring = annulus(1.0, 2.0, samples=257)
    radii = np.hypot(ring[:, 0], ring[:, 1])
    assert np.all((np.abs(radii - 1.0) < 1e-15) | (np.abs(radii - 2.0) < 1e-15))
    polygon = 0.5 * 256 * np.sin(2 * np.pi / 256)
    assert shoelace(ring[:-1]) == pytest.approx(polygon * (4.0 - 1.0), rel=1e-12)
    exp = sparsity_experiment(20, seed=5, max_condition=100.0)
    for k, curve in enumerate(sample_contours(exp, range(5), share=0.1, samples=2049)):
        loss = exp.loss(k)
        level = 0.5 * (0.1 * exp.box) ** 2 * np.sqrt(np.prod(loss.eigenvalues))
        np.testing.assert_allclose(loss.value(curve), level, rtol=1e-12)
        np.testing.assert_allclose(curve, level_set(loss, level, samples=2049))
        assert abs(shoelace(curve[:-1])) == pytest.approx(np.pi * (0.1 * exp.box) ** 2, rel=1e-5)
    # Each ellipse's axes: both ends on the ellipse, perpendicular, through ŵ, lengths in the
    # ratio √cond(H), the long one where the curve is furthest from ŵ.
    for k, (long, short) in enumerate(sample_contour_axes(exp, range(5), share=0.1)):
        loss = exp.loss(k)
        level = 0.5 * (0.1 * exp.box) ** 2 * np.sqrt(np.prod(loss.eigenvalues))
        np.testing.assert_allclose(loss.value(np.vstack([long, short])), level, rtol=1e-12)
        np.testing.assert_allclose(long.mean(axis=0), loss.center, atol=1e-14)
        np.testing.assert_allclose(short.mean(axis=0), loss.center, atol=1e-14)
        a, b = np.linalg.norm(long[1] - long[0]), np.linalg.norm(short[1] - short[0])
        assert abs(np.dot(long[1] - long[0], short[1] - short[0])) < 1e-12 * a * b
        eig = np.linalg.eigvalsh(loss.hessian)
        assert a / b == pytest.approx(np.sqrt(eig[-1] / eig[0]), rel=1e-12)
        curve = sample_contours(exp, [k], share=0.1, samples=4097)[0]
        assert a / 2 == pytest.approx(np.max(np.linalg.norm(curve - loss.center, axis=1)),
                                      rel=1e-5)
    boxes = interval_boxes([(0.1, 0.3), (0.5, 0.5)], heights=[1.0, 2.0], base=-1.0)
    np.testing.assert_array_equal(boxes[0], [[0.1, -1.0], [0.3, -1.0], [0.3, 0.0], [0.1, 0.0]])
    np.testing.assert_array_equal(boxes[1][:, 0], 0.5)


def _clip_one_segment_at_a_time(points: np.ndarray, box) -> list[np.ndarray]:
    """Liang–Barsky, one segment per Python step: the plain reference for `clip_polyline`."""
    (x0, x1, _), (y0, y1, _) = box.x_range, box.y_range
    pieces: list[list[np.ndarray]] = []
    kept = []  # (k, lo, hi) of every kept segment
    for k in range(len(points) - 1):
        a, d = points[k], points[k + 1] - points[k]
        lo, hi, keep = 0.0, 1.0, True
        for axis, low, high in ((0, x0, x1), (1, y0, y1)):
            for q, step in ((a[axis] - low, -d[axis]), (high - a[axis], d[axis])):
                if step == 0.0:
                    keep &= q >= 0.0
                elif step < 0.0:
                    lo = max(lo, q / step)
                else:
                    hi = min(hi, q / step)
        if keep and lo <= hi:
            start, end = a + lo * d, a + hi * d
            if kept and kept[-1][0] == k - 1 and kept[-1][2] == 1.0 and lo == 0.0:
                pieces[-1].append(end)
            else:
                pieces.append([start, end])
            kept.append((k, lo, hi))
    closed = np.array_equal(points[0], points[-1])
    if (closed and len(pieces) > 1 and kept[0][:2] == (0, 0.0)
            and kept[-1][0] == len(points) - 2 and kept[-1][2] == 1.0):
        pieces[0] = pieces.pop() + pieces[0][1:]
    return [np.clip(np.array(piece), [x0, y0], [x1, y1]) for piece in pieces]


def test_clip_polyline_agrees_with_one_segment_at_a_time(rng: np.random.Generator) -> None:
    from regmath.framing import clip_polyline

    box = view_box([[-2.0, -2.0], [2.0, 2.0]])
    for k in range(2000):
        if k % 3 == 0:  # open polylines crossing the box anywhere, edges on the box included
            points = rng.uniform(-5.0, 5.0, (int(rng.integers(2, 30)), 2))
            points[rng.random(len(points)) < 0.2, 0] = box.x_range[1]
        else:  # closed contours of every shape, inside, outside and across the box
            loss = Quadratic(center=rng.uniform(-4.0, 4.0, 2),
                             eigenvalues=np.exp(rng.uniform(0.0, 6.0, 2)),
                             angle=float(rng.uniform(0.0, np.pi)))
            points = level_set(loss, float(rng.uniform(0.01, 20.0)),
                               samples=int(rng.integers(5, 200)))
        got = clip_polyline(points, box)
        if box.contains(points):
            expected = [points]
        else:
            expected = _clip_one_segment_at_a_time(np.asarray(points, dtype=float), box)
        assert len(got) == len(expected)
        for a, b in zip(got, expected):
            np.testing.assert_allclose(a, b, rtol=0, atol=1e-12)


@pytest.mark.parametrize("hessian", [rotated(1e4, 1, 0.3), rotated(1e3, 1, 1.2),
                                     [[1.0, 0.95], [0.95, 1.0]]],
                         ids=["cond-1e4", "cond-1e3", "coupled"])
def test_the_map_covers_wide_wedges_for_ill_conditioned_losses(rng, hessian) -> None:
    """A wedge that opens nearly to π is still filled: random ŵ land in their own region."""
    box = view_box([[-3.0, -3.0], [3.0, 3.0]])
    regions = l1_solution_regions(hessian, 1.0, box)
    area = sum(shoelace(r.polygon) for r in regions)
    assert area == pytest.approx(box.width * box.height, rel=1e-9)  # they tile the box
    for _ in range(1500):
        center = rng.uniform(box.x_range[0], box.x_range[1], 2)
        sol = constrained(Quadratic(center=center, hessian=hessian), norm="l1", radius=1.0)
        kind = "interior" if not sol.active else ("corner" if sol.at_corner else "edge")
        hits = [r for r in regions if contains(r.polygon, center, slack=1e-9)]
        assert any(r.kind == kind for r in hits), (center, kind)


def test_rings_and_corners_hold_every_loss_exactly_once() -> None:
    """Every ŵ is in one ring or in the square's corners; the counts match a plain recount."""
    from regmath.sparsity import square_corners

    exp = sparsity_experiment(3000, seed=11, radius=0.5, reach=4.0)
    rings = ring_shares(exp, 4)
    norm = np.sqrt(exp.centers[:, 0] ** 2 + exp.centers[:, 1] ** 2)
    beyond = norm > exp.box
    assert int(rings.totals.sum()) + rings.corner_total == exp.count
    assert rings.corner_total == int(beyond.sum()) > 0
    assert rings.corner_sparse == int(exp.l1_sparse[beyond].sum())
    assert rings.corner_share == pytest.approx(exp.l1_sparse[beyond].mean(), abs=0)
    assert rings.corner_edge == pytest.approx(4.0 * np.sqrt(2.0))
    np.testing.assert_allclose(rings.corner_bar(), [[4.0, 0.0], [4.0 * np.sqrt(2.0), 0.0],
                                                    [4.0 * np.sqrt(2.0), rings.corner_share],
                                                    [4.0, rings.corner_share]])
    # The corners: each a closed polygon between the square and the circle of radius box.
    pieces = square_corners(2.0, samples=33)
    assert len(pieces) == 4
    area = 0.0
    for piece in pieces:
        assert piece.shape == (35, 2)
        np.testing.assert_array_equal(piece[0], piece[-1])
        np.testing.assert_allclose(np.hypot(piece[2:, 0], piece[2:, 1]), 2.0, rtol=1e-15)
        assert np.all(np.abs(piece) <= 2.0)
        x, y = piece[:, 0], piece[:, 1]
        area += 0.5 * abs(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))
    # Square minus disc, up to the polygon's chords (33 points per quarter circle).
    assert area == pytest.approx(16.0 - np.pi * 4.0, rel=2e-3)
    with pytest.raises(InvalidArgumentError):
        square_corners(0.0)


def test_axis_points_are_the_diamond_corners_and_the_view_outline_is_closed() -> None:
    from regmath.drawing import ball_outline
    from regmath.errors import InvalidArgumentError
    from regmath.sparsity import axis_points, view_outline

    points = axis_points(1.5)
    # The diamond's corners: each has ‖·‖₁ = ‖·‖₂ = t and lies on an axis.
    np.testing.assert_allclose(np.abs(points).sum(axis=1), 1.5)
    np.testing.assert_allclose(np.hypot(points[:, 0], points[:, 1]), 1.5)
    assert np.all(np.min(np.abs(points), axis=1) == 0.0)
    # Every one is a vertex of the drawn diamond outline, counter-clockwise from (t, 0).
    diamond = ball_outline("l1", 1.5)
    for p in points:
        assert np.min(np.hypot(*(diamond - p).T)) < 1e-12
    angles = np.arctan2(points[:, 1], points[:, 0])
    np.testing.assert_allclose(np.mod(np.diff(angles), 2 * np.pi), np.pi / 2)
    with pytest.raises(InvalidArgumentError):
        axis_points(-1.0)
    box = view_box([[-2.0, -1.0], [3.0, 4.0]])
    outline = view_outline(box)
    assert outline.shape == (5, 2)
    np.testing.assert_array_equal(outline[0], outline[-1])
    (x0, x1, _), (y0, y1, _) = box.x_range, box.y_range
    assert {tuple(p) for p in outline[:4]} == {(x0, y0), (x1, y0), (x1, y1), (x0, y1)}
    x, y = outline[:, 0], outline[:, 1]
    signed = 0.5 * (np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))
    assert signed == pytest.approx((x1 - x0) * (y1 - y0))  # counter-clockwise, the box's area


def test_room_along_keeps_every_arrow_in_the_view() -> None:
    from regmath.drawing import ViewBox
    from regmath.errors import InvalidArgumentError
    from regmath.sparsity import room_along

    box = ViewBox((-2.0, 2.0, 1.0), (-1.5, 1.5, 0.5))
    # From (0, 1) along (±1, 1): the top edge is 0.5 above, reached after 0.5·√2.
    assert room_along([0.0, 1.0], [[1.0, 1.0], [-1.0, 1.0]], box, preferred=5.0,
                      share=1.0) == pytest.approx(0.5 * np.sqrt(2.0), rel=1e-15)
    assert room_along([0.0, 1.0], [[1.0, 1.0]], box, preferred=0.3) == 0.3
    length = room_along([0.5, -1.0], [[0.0, -1.0], [1.0, 0.2]], box, preferred=9.0)
    for d in ([0.0, -1.0], [1.0, 0.2]):
        tip = np.array([0.5, -1.0]) + length * np.array(d) / np.hypot(*d)
        assert -2.0 <= tip[0] <= 2.0 and -1.5 <= tip[1] <= 1.5
    with pytest.raises(InvalidArgumentError, match="point"):
        room_along([3.0, 0.0], [[1.0, 0.0]], box, preferred=1.0)
    with pytest.raises(InvalidArgumentError, match="directions"):
        room_along([0.0, 0.0], [[0.0, 0.0]], box, preferred=1.0)


def test_the_share_axis_stops_half_a_step_past_the_corners() -> None:
    from regmath.sparsity import ring_shares, share_axis_range, sparsity_experiment

    for reach, expected in ((3.0, (1.0, 4.5, 1.0)), (1.5, None), (10.0, None)):
        rings = ring_shares(sparsity_experiment(400, seed=1, reach=reach), 2)
        low, high, step = share_axis_range(rings)
        # The corners' bar ends at √2 · reach (in units of t).
        end = np.sqrt(2.0) * reach
        assert low <= 1.0 and high >= end - 1e-12 and high - end < step / 2
        assert np.isclose(high / (step / 2), round(high / (step / 2)))
        if expected is not None:
            assert (low, high, step) == expected
        # Without the tips' bar: to the last ring's edge, reach (in units of t).
        low, high, step = share_axis_range(rings, tips=False)
        assert low <= 1.0 and high > reach and high - reach <= step / 2 + 1e-12
        assert np.isclose(high / (step / 2), round(high / (step / 2)))


# ---------------------------------------------------- H⁻¹ carrying normals (WhyCornersWin)
def test_carried_tips_go_from_the_normals_to_h_inverse_normals() -> None:
    from regmath.sparsity import carried_tips

    h = np.array([[1.5, -0.4], [-0.4, 2.5]])
    apex, normals = np.array([0.0, 1.0]), np.array([[1.0, 1.0], [-1.0, 1.0]])
    start = carried_tips(h, apex, normals, amount=0.0, length=2.0)
    np.testing.assert_allclose(start, apex + 2.0 * normals / np.sqrt(2.0))
    end = carried_tips(h, apex, normals, amount=1.0, length=2.0)
    for tip, n in zip(end, normals):
        # Independent: solve H x = n and compare directions (cross product 0, same sense).
        x = np.linalg.solve(h, n)
        d = tip - apex
        assert abs(d[0] * x[1] - d[1] * x[0]) < 1e-12 and d @ x > 0.0
        assert abs(np.hypot(*d) - 2.0) < 1e-12
    with pytest.raises(InvalidArgumentError, match="amount"):
        carried_tips(h, apex, normals, amount=1.5, length=1.0)
    with pytest.raises(InvalidArgumentError, match="directions"):
        carried_tips(h, apex, [[0.0, 0.0]], amount=0.5, length=1.0)


def test_the_carried_fan_ends_on_the_wedge_and_stays_in_the_view() -> None:
    from regmath.sparsity import carried_fan, carried_room, journey_view

    h = np.array([[1.5, -0.4], [-0.4, 2.5]])
    view = journey_view(1.6, 1.0)
    apex, normals = np.array([0.0, 1.0]), np.array([[1.0, 1.0], [-1.0, 1.0]])
    length = carried_room(h, apex, normals, view, preferred=1.1)
    for tau in np.linspace(0.0, 1.0, 11):
        fan = carried_fan(h, apex, normals, amount=tau, length=length)
        assert fan.shape == (35, 2)
        assert np.all(np.abs(fan) <= 2.0 + 1e-12)  # inside the view
    # At τ = 1 every arc point lies in the wedge apex + H⁻¹·cone: p − apex = a·H⁻¹n₁ + b·H⁻¹n₂
    # with a, b ≥ 0 (solved independently), and its two ends on the wedge's edges.
    fan = carried_fan(h, apex, normals, amount=1.0, length=length)
    edges = np.linalg.solve(h, normals.T)  # columns H⁻¹n₁, H⁻¹n₂
    coefficients = np.linalg.solve(edges, (fan[1:-1] - apex).T)
    assert np.all(coefficients >= -1e-12)
    assert abs(coefficients[1, 0]) < 1e-12 and abs(coefficients[0, -1]) < 1e-12


def test_width_chords_grow_across_the_wedge_and_keep_length_across_the_strip() -> None:
    from regmath.sparsity import journey_view, width_chords

    h = np.array([[2.0, 0.6], [0.6, 1.0]])
    wedge, strip = width_chords(h, 1.0, [0.0, 1.0], journey_view(1.6, 1.0))
    lengths = np.linalg.norm(wedge[:, 0] - wedge[:, 1], axis=1)
    assert lengths[1] > lengths[0] > 0.0
    # The strip between (0, 1) and (−1, 0): every chord is that edge moved, length √2.
    np.testing.assert_allclose(np.linalg.norm(strip[:, 0] - strip[:, 1], axis=1), np.sqrt(2.0))
    np.testing.assert_allclose(strip[:, 1] - strip[:, 0], [[-1.0, -1.0]] * 2)
    assert np.all(np.abs(np.concatenate([wedge, strip])) <= 2.0)
    with pytest.raises(InvalidArgumentError, match="corner"):
        width_chords(h, 1.0, [0.5, 0.5], journey_view(1.6, 1.0))


@pytest.mark.parametrize("hessian", [((1.5, -0.4), (-0.4, 2.5)), ((3.0, 0.0), (0.0, 1.0)),
                                     ((1.0, 0.3), (0.3, 2.0)), ((2.0, -1.2), (-1.2, 1.0))])
def test_the_wedge_example_lies_in_the_wedge_but_outside_the_normal_cone(hessian) -> None:
    from regmath.sparsity import journey_view, wedge_example

    h = np.array(hessian)
    view = journey_view(1.6, 1.0)
    example = wedge_example(h, 1.0, view, length=1.0)
    assert example is not None
    # Its lasso solution is the corner, exactly (the solver, not the construction).
    sol = constrained(Quadratic(center=example.center, hessian=h), norm="l1", radius=1.0)
    np.testing.assert_array_equal(sol.point, example.corner)
    d = example.center - example.corner
    np.testing.assert_allclose(d / np.linalg.norm(d), example.offset)
    # ŵ − w* = α n₁ + β n₂ with α or β < 0 (outside N), H(ŵ − w*) with both ≥ 0 (inside).
    outside = np.linalg.solve(example.normals.T, d)
    inside = np.linalg.solve(example.normals.T, h @ d)
    assert outside.min() < -1e-3 and inside.min() > 0.0
    np.testing.assert_allclose(example.g, h @ d / np.linalg.norm(h @ d))
    lo, hi = view.x_range[0], view.x_range[1]
    assert np.all(example.center >= lo) and np.all(example.center <= hi)


@pytest.mark.parametrize("hessian", [((2.0, 0.0), (0.0, 2.0)), ((2.0, 1.0), (1.0, 2.0))])
def test_no_wedge_example_where_h_inverse_keeps_the_cones(hessian) -> None:
    from regmath.sparsity import journey_view, wedge_example

    assert wedge_example(np.array(hessian), 1.0, journey_view(1.6, 1.0), length=1.0) is None


def test_the_stationarity_direction_is_minus_the_gradient_at_w_star() -> None:
    from regmath.sparsity import stationarity_direction

    h = np.array([[1.5, -0.4], [-0.4, 2.5]])
    loss = Quadratic(center=[-0.9, 1.6], hessian=h)
    sol = constrained(loss, norm="l1", radius=1.0)
    grad = loss.gradient(sol.point) if hasattr(loss, "gradient") else h @ (sol.point - loss.center)
    np.testing.assert_allclose(stationarity_direction(h, loss.center, sol.point),
                               -grad / np.linalg.norm(grad))


def test_carried_reach_stops_short_of_the_target_then_grows_to_the_room():
    import pytest
    from regmath.errors import InvalidArgumentError
    from regmath.sparsity import carried_reach

    assert carried_reach((1.0, 0.0), (4.0, 4.0), 9.0, amount=0.0, share=0.5) == 2.5
    assert carried_reach((1.0, 0.0), (4.0, 4.0), 9.0, amount=1.0, share=0.5) == 9.0
    assert carried_reach((1.0, 0.0), (4.0, 4.0), 9.0, amount=0.5, share=0.5) == 5.75
    assert carried_reach((1.0, 0.0), (4.0, 4.0), 1.0, amount=0.0, share=0.5) == 1.0
    with pytest.raises(InvalidArgumentError):
        carried_reach((0, 0), (1, 1), 1.0, amount=1.5)


def test_carried_reach_can_start_at_a_given_radius():
    import pytest
    from regmath.errors import InvalidArgumentError
    from regmath.sparsity import carried_reach

    # L₀ = start (the cone's drawn radius), capped by the room; then linear to the room.
    assert carried_reach((1.0, 0.0), (4.0, 4.0), 9.0, amount=0.0, start=0.95) == 0.95
    assert carried_reach((1.0, 0.0), (4.0, 4.0), 9.0, amount=1.0, start=0.95) == 9.0
    assert carried_reach((1.0, 0.0), (4.0, 4.0), 9.0, amount=0.5, start=1.0) == 5.0
    assert carried_reach((1.0, 0.0), (4.0, 4.0), 0.5, amount=0.0, start=0.95) == 0.5
    with pytest.raises(InvalidArgumentError):
        carried_reach((0, 0), (1, 1), 1.0, amount=0.0, start=-1.0)


def test_corner_wedge_center_keeps_lasso_corner_and_round_trips():
    from regmath import Quadratic, constrained
    from regmath.sparsity import corner_wedge_center
    h = np.array([[1.1, -0.5], [-0.5, 3.9]])
    apex = np.array([0.0, 1.0])
    start = np.array([0.58, 1.80])
    same, gamma = corner_wedge_center(h, apex, start)
    assert np.allclose(same, start) and abs(gamma) <= 1.0
    back, _ = corner_wedge_center(h, apex, start, free=gamma)
    assert np.allclose(back, start)
    ridge = []
    for free in np.linspace(-0.9, 0.9, 7):
        c, _ = corner_wedge_center(h, apex, start, free=free)
        loss = Quadratic(center=c, hessian=h)
        assert np.allclose(constrained(loss, norm="l1", radius=1.0).point, apex, atol=1e-9)
        ridge.append(constrained(loss, norm="l2", radius=1.0).point)
    assert np.ptp(np.array(ridge)[:, 0]) > 0.05  # ridge's w* slides for the same motion


def test_corner_wedge_center_refuses_outside():
    import pytest
    from regmath.errors import InvalidArgumentError
    from regmath.sparsity import corner_wedge_center
    h = np.eye(2)
    with pytest.raises(InvalidArgumentError):
        corner_wedge_center(h, [0.0, 1.0], [3.0, 1.5])
    with pytest.raises(InvalidArgumentError):
        corner_wedge_center(h, [0.0, 1.0], [0.0, 0.5])


def test_the_scenes_ring_shares_match_an_independent_recount_and_ring_2_is_sampling_noise():
    """Review r30 item 3: SparsityOdds' ring 2 shows 51.4 % where a 400k re-simulation gave
    45.9 %. The scene's rings (seed 2026, 5000 losses, reach 3, cond ≤ 10) are recounted here
    without `ring_shares` or the batch solver: each ŵ's ring from its own norm and the edges
    1, 1.4, …, 3, each lasso solution from the general solver `constrained`. They agree loss
    by loss. With 200,000 draws regmath's own ring 2 is 45–46 %, as the reviewer found: the
    scene's 323 / 628 is its sample's deviation (about 3 standard errors), not a wrong ring."""
    from regmath.sparsity import ring_shares

    exp = sparsity_experiment(5000, seed=2026, radius=1.0, reach=3.0, max_condition=10.0)
    rings = ring_shares(exp, 5)
    edges = [1.0 + 0.4 * k for k in range(6)]
    totals, sparse = [0] * 5, [0] * 5
    for k in range(exp.count):
        r = float(np.linalg.norm(exp.centers[k]))
        ring = next((j for j in range(5) if edges[j] < r <= edges[j + 1]), None)
        if ring is None:
            continue
        sol = constrained(exp.loss(k), norm="l1", radius=1.0)
        assert bool(sol.zero_weights) == bool(exp.l1_sparse[k])
        totals[ring] += 1
        sparse[ring] += bool(sol.zero_weights)
    assert list(rings.totals) == totals == [479, 628, 742, 889, 1122]
    assert list(rings.sparse) == sparse == [122, 323, 436, 568, 790]
    big = ring_shares(sparsity_experiment(200_000, seed=1, radius=1.0, reach=3.0,
                                          max_condition=10.0), 5)
    assert 0.445 < big.shares[1] < 0.465
    error = np.sqrt(big.shares[1] * (1.0 - big.shares[1]) / 628)
    assert 2.5 < (323 / 628 - big.shares[1]) / error < 3.5


# ------------------------------------------------ r37: the eased carry and the wedge's middle
def test_eased_inverse_runs_from_the_identity_to_h_inverse() -> None:
    from regmath.sparsity import eased_inverse

    h = np.array([[1.5, -0.4], [-0.4, 2.5]])
    assert np.allclose(eased_inverse(h, 0.0), np.eye(2), rtol=0, atol=1e-15)
    assert np.allclose(eased_inverse(h, 1.0) @ h, np.eye(2), rtol=0, atol=1e-12)
    # Halfway: the inverse of (I + H) / 2, checked by its product.
    assert np.allclose(eased_inverse(h, 0.5) @ (0.5 * (np.eye(2) + h)), np.eye(2), atol=1e-12)
    with pytest.raises(InvalidArgumentError, match="amount"):
        eased_inverse(h, 1.5)


def test_eased_carry_takes_g_onto_w_hat_minus_w_star() -> None:
    from regmath.sparsity import eased_carry

    h = np.array([[1.5, -0.4], [-0.4, 2.5]])
    apex, offset = np.array([0.0, 1.0]), np.array([0.3, 0.8])
    g = h @ offset
    assert np.allclose(eased_carry(h, apex, g, amount=0.0), apex + g, atol=1e-15)
    assert np.allclose(eased_carry(h, apex, g, amount=1.0), apex + offset, atol=1e-12)
    # Continuous: small steps in s move the tip a little.
    tips = np.vstack([eased_carry(h, apex, g, amount=s) for s in np.linspace(0, 1, 101)])
    assert np.max(np.hypot(*np.diff(tips, axis=0).T)) < 0.05


def test_eased_wedge_is_the_cone_then_the_wedge_cut_to_the_box() -> None:
    from regmath.sparsity import eased_tips, eased_wedge, journey_view

    h = np.array([[1.5, -0.4], [-0.4, 2.5]])
    view = journey_view(1.6, 1.0)
    apex, normals = np.array([0.0, 1.0]), np.array([[1.0, 1.0], [-1.0, 1.0]])
    for s, edges in ((0.0, normals.T), (1.0, np.linalg.solve(h, normals.T))):
        fan = eased_wedge(h, apex, normals, view, amount=s)
        (x0, x1, _), (y0, y1, _) = view.x_range, view.y_range
        assert np.all((fan[:, 0] >= x0 - 1e-12) & (fan[:, 0] <= x1 + 1e-12))
        assert np.all((fan[:, 1] >= y0 - 1e-12) & (fan[:, 1] <= y1 + 1e-12))
        # Every vertex in apex + cone(edges) (coefficients ≥ 0), the apex among them.
        coefficients = np.linalg.solve(edges, (fan - apex).T)
        assert np.all(coefficients >= -1e-9)
        assert np.any(np.all(np.isclose(fan, apex, atol=1e-12), axis=1))
        tips = eased_tips(h, apex, normals, amount=s, length=0.5)
        assert np.allclose(np.hypot(*(tips - apex).T), 0.5)
        along = np.linalg.solve(edges, (tips - apex).T)
        assert abs(along[1, 0]) < 1e-12 and abs(along[0, 1]) < 1e-12


def test_wedge_middle_puts_g_on_the_cones_bisector_and_w_star_on_the_corner() -> None:
    from regmath import Quadratic, constrained
    from regmath.sparsity import corner_edge_normals, journey_view, wedge_middle

    h = np.array([[1.5, -0.4], [-0.4, 2.5]])
    view = journey_view(1.6, 1.0)
    for corner in ([1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]):
        v = np.array(corner)
        n = corner_edge_normals(v)
        assert np.all(np.abs(n) == 1.0) and np.all(n @ v == 1.0)  # both edges pass v
        center, g = wedge_middle(h, v, view, length=0.75)
        assert np.allclose(g, h @ (center - v), atol=1e-12)
        # g along n₁ + n₂ (the cone's bisector), strictly inside N(v).
        bisector = n[0] + n[1]
        assert abs(g[0] * bisector[1] - g[1] * bisector[0]) < 1e-12 and g @ bisector > 0
        sol = constrained(Quadratic(center=center, hessian=h), norm="l1", radius=1.0)
        assert np.allclose(sol.point, v, atol=1e-12)
        assert np.hypot(*(center - v)) <= 0.75 + 1e-12
    with pytest.raises(InvalidArgumentError, match="apex"):
        corner_edge_normals([0.5, 0.5])


def test_middle_subgradient_is_wedge_middles_g_over_lambda() -> None:
    """Review r105 3: the g shown for the middle example is regmath's, (0, ±1) or (±1, 0):
    wedge_middle's H(ŵ − v) is λ times it, λ = ‖H(ŵ − v)‖∞ > 0, and it is a subgradient of
    ‖w‖₁ at the corner lying on the segment of tips between its edge normals."""
    from regmath.sparsity import (corner_edge_normals, journey_view, middle_subgradient,
                                  wedge_middle)

    for h in (np.array([[1.5, -0.4], [-0.4, 2.5]]), np.array([[2.0, 0.6], [0.6, 1.0]])):
        view = journey_view(1.6, 1.0)
        for corner in ([1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]):
            v = np.array(corner)
            center, pull = wedge_middle(h, v, view, length=0.75)
            g = middle_subgradient(v)
            lam = float(np.max(np.abs(pull)))
            assert lam > 0.0
            np.testing.assert_allclose(pull, lam * g, atol=1e-12)
            j = int(np.flatnonzero(v)[0])
            assert g[j] == np.sign(v[j]) and g[1 - j] == 0.0
            n = corner_edge_normals(v)
            # On the segment between the normals' tips: its midpoint, (n₁ + n₂)/2.
            np.testing.assert_array_equal(g, (n[0] + n[1]) / 2.0)
    with pytest.raises(InvalidArgumentError, match="apex"):
        middle_subgradient([0.5, 0.5])


def test_wedge_openings_match_the_solvers_wedges() -> None:
    """The openings against the solver: ŵ = v + H⁻¹n for n just inside each edge normal
    (n rotated into the cone by a little) puts w* on the corner v, just outside does not;
    the angle between the two H⁻¹n measured with mpmath's acos."""
    from regmath import Quadratic, constrained
    from regmath.sparsity import wedge_openings

    for h in (np.eye(2), np.array([[1.5, -0.4], [-0.4, 2.5]]),
              np.array(rotated(3.0, 0.5, 0.7))):
        top, side = wedge_openings(h)
        assert abs(top + side - 180.0) < 1e-9
        for corner, edges, opening in (((0.0, 1.0), ((1, 1), (-1, 1)), top),
                                       ((1.0, 0.0), ((1, -1), (1, 1)), side)):
            hinv = [np.linalg.solve(h, np.array(n, dtype=float)) for n in edges]
            cos = mpmath.mpf(float(hinv[0] @ hinv[1])) / (
                mpmath.norm(mpmath.matrix(hinv[0].tolist()))
                * mpmath.norm(mpmath.matrix(hinv[1].tolist())))
            assert abs(float(mpmath.degrees(mpmath.acos(cos))) - opening) < 1e-9
            v = np.array(corner)
            for n in edges:  # each wedge edge direction H⁻¹n puts w* on v
                center = v + 0.5 * np.linalg.solve(h, np.array(n, dtype=float) + 0.01 * v)
                sol = constrained(Quadratic(center=center, hessian=h), norm="l1", radius=1.0)
                assert np.allclose(sol.point, v, atol=1e-9)
    assert np.allclose(wedge_openings(np.eye(2)), 90.0)


def test_orbit_wedge_shares_grow_with_the_orbit_for_this_h() -> None:
    from regmath.sparsity import orbit_journey, orbit_wedge_shares

    h = np.array([[1.5, -0.4], [-0.4, 2.5]])
    radii = np.linspace(1.2, 2.0, 9)
    shares = orbit_wedge_shares(h, 1.0, radii)
    assert np.all(np.diff(shares) > 0)
    assert shares[4] == orbit_journey(h, 1.0, 1.6).lasso_share
    # The review's recomputation: 43.3 % at 1.6, 21 % at 1.2, 55 % at 2.
    assert abs(shares[4] - 0.433) < 0.001 and abs(shares[0] - 0.21) < 0.01
    assert abs(shares[-1] - 0.55) < 0.01


def test_outward_sweep_radii_reach_the_box_and_stay_inside() -> None:
    from regmath.drawing import ViewBox
    from regmath.sparsity import orbit, orbit_wedge_shares, outward_sweep_radii

    box = ViewBox((-2.5, 2.5, 0.5), (-2.6, 2.7, 0.5))
    radii = outward_sweep_radii(1.6, box, share=0.96)
    assert radii[0] == 1.6 and radii[-1] == pytest.approx(0.96 * 2.5)
    assert np.all(np.diff(radii) > 0)
    # Independently: every point of the largest circle lies inside the box; one a little
    # larger (at share 1) pokes out past its nearest side.
    assert box.contains(orbit(radii[-1], np.linspace(0.0, 1.0, 721)))
    assert not box.contains(orbit(1.01 * 2.5, np.linspace(0.0, 1.0, 721)))
    # The review's numbers for this H: 64.6 % at 2.5.
    h = np.array([[1.5, -0.4], [-0.4, 2.5]])
    assert abs(orbit_wedge_shares(h, 1.0, [2.5])[0] - 0.646) < 0.001
    assert list(outward_sweep_radii(2.5, box)) == [2.5]
    with pytest.raises(InvalidArgumentError, match="box"):
        outward_sweep_radii(1.0, ViewBox((0.5, 2.0, 0.5), (-1.0, 1.0, 0.5)))
    with pytest.raises(InvalidArgumentError, match="orbit_radius"):
        outward_sweep_radii(0.0, box)


def test_orbit_sweep_radii_stay_outside_the_ball_and_end_on_the_orbit() -> None:
    from regmath.sparsity import orbit_sweep_radii

    radii = orbit_sweep_radii(1.6, 1.0)
    assert radii[0] == pytest.approx(1.2) and radii[-1] == 1.6 and np.all(np.diff(radii) > 0)
    near = orbit_sweep_radii(1.05, 1.0)
    assert near[0] == pytest.approx(1.0125) and np.all(near > 1.0)
    with pytest.raises(InvalidArgumentError, match="orbit_radius"):
        orbit_sweep_radii(1.0, 1.0)


def test_edge_slide_runs_down_the_edge_the_push_leans_along() -> None:
    """A push past the cone's (1, 1) edge at the corner (0, 1) slides w* towards (1, 0) on
    the diamond's edge, and f falls that way; a push inside the cone has no slide."""
    from regmath.sparsity import edge_slide

    t = 2.0
    corner = np.array([0.0, t])
    push = np.array([np.cos(np.radians(20.0)), np.sin(np.radians(20.0))])  # past 45°
    point = edge_slide(corner, push, 0.5)
    assert abs(abs(point[0]) + abs(point[1]) - t) < 1e-12  # on the diamond
    assert point[0] > 0.0 and point[1] < t  # towards (t, 0)
    assert abs(np.hypot(*(point - corner)) - 0.5) < 1e-12
    assert push @ (point - corner) > 0.0  # f = −push·(w − v) + … falls
    # Mirrored: past the (−1, 1) edge, towards (−t, 0); on the corner (−t, 0) likewise.
    mirrored = edge_slide(corner, push * np.array([-1.0, 1.0]), 0.5)
    np.testing.assert_allclose(mirrored, point * np.array([-1.0, 1.0]), atol=1e-12)
    left = edge_slide(np.array([-t, 0.0]), np.array([-0.2, 1.0]), 1.0)
    np.testing.assert_allclose(left, [-t + 1.0 / np.sqrt(2.0), 1.0 / np.sqrt(2.0)], atol=1e-12)
    with pytest.raises(InvalidArgumentError, match="push"):
        edge_slide(corner, np.array([0.3, 1.0]), 0.5)  # inside N(v): |p₁| ≤ p₂
    with pytest.raises(InvalidArgumentError, match="apex"):
        edge_slide(np.array([1.0, 1.0]), push, 0.5)
    with pytest.raises(InvalidArgumentError, match="length"):
        edge_slide(corner, push, 3.0)


def test_support_line_last_touches_the_diamond_at_its_farthest_corner() -> None:
    """Against a brute-force maximum of u·w over a dense sampling of the diamond's outline:
    at level 1 the line lies on the outline's farthest points (the corner for a direction
    off the diagonals) and every other point is strictly behind it; below 1 the line cuts
    the diamond; the segment is perpendicular to u with both ends on the box's frame."""
    from regmath.drawing import ball_outline
    from regmath.sparsity import journey_view, support_line

    view = journey_view(1.6, 1.0)
    (x0, x1, _), (y0, y1, _) = view.x_range, view.y_range
    outline = ball_outline("l1", 1.0, samples=4001)
    for angle in (90.0, 20.0, 75.0, 200.0, 300.0):
        u = np.array([np.cos(np.radians(angle)), np.sin(np.radians(angle))])
        ends = support_line(2.5 * u, 1.0, view)
        assert abs((ends[1] - ends[0]) @ u) < 1e-12  # perpendicular to u
        for end in ends:  # on the frame
            assert min(abs(end[0] - x0), abs(end[0] - x1), abs(end[1] - y0),
                       abs(end[1] - y1)) < 1e-9
        reach = outline @ u
        assert abs(ends[0] @ u - reach.max()) < 1e-12
        corner = outline[np.argmax(reach)]
        assert np.allclose(np.abs(corner), np.round(np.abs(corner)), atol=1e-12)
        lower = support_line(u, 1.0, view, level=0.5)
        assert reach.min() < lower[0] @ u < reach.max()  # crosses the diamond
        far_side = support_line(u, 1.0, view, level=-1.0)
        assert abs(far_side[0] @ u - reach.min()) < 1e-12
        outside = support_line(u, 1.0, view, level=1.3)
        assert outside[0] @ u > reach.max()  # beyond the diamond: misses it
    with pytest.raises(InvalidArgumentError, match="direction"):
        support_line([0.0, 0.0], 1.0, view)
    with pytest.raises(InvalidArgumentError, match="level"):
        support_line([0.0, 1.0], 1.0, view, level=2.5)


def test_support_arrow_stands_on_its_line_along_the_direction() -> None:
    """The arrow starts on `support_line`'s segment (collinear with its ends), at the point
    nearest the origin (against a dense sampling of the segment), and points along the
    direction with the asked length; at level 1 along a cone's bisector it starts at w*."""
    from regmath.sparsity import journey_view, support_arrow, support_line

    view = journey_view(1.6, 1.0)
    for angle, level in ((90.0, 1.0), (20.0, 0.3), (135.0, -0.6), (300.0, 1.0)):
        u = np.array([np.cos(np.radians(angle)), np.sin(np.radians(angle))])
        start, tip = support_arrow(3.0 * u, 1.0, level=level, length=0.4)
        a, b = support_line(u, 1.0, view, level=level)
        cross = (b - a)[0] * (start - a)[1] - (b - a)[1] * (start - a)[0]
        assert abs(cross) < 1e-9
        samples = a + np.linspace(0.0, 1.0, 20001)[:, None] * (b - a)
        nearest = samples[np.argmin(np.hypot(samples[:, 0], samples[:, 1]))]
        assert np.allclose(start, nearest, atol=1e-3)
        assert np.allclose(tip - start, 0.4 * u, atol=1e-12)
    assert np.allclose(support_arrow([0.0, 2.0], 1.0, length=0.5), [[0.0, 1.0], [0.0, 1.5]])
    with pytest.raises(InvalidArgumentError):
        support_arrow([0.0, 0.0], 1.0, length=0.5)
    with pytest.raises(InvalidArgumentError):
        support_arrow([0.0, 1.0], 1.0, level=2.5, length=0.5)
    with pytest.raises(InvalidArgumentError):
        support_arrow([0.0, 1.0], 1.0, length=-0.5)


def test_cone_direction_lies_in_the_cone_and_its_support_line_touches_the_corner() -> None:
    """Every g(σ) of a corner's cone (the edge normals (±1, 1) at (0, 1)) is a nonnegative
    combination of the normals, equals `cone_directions`' samples, and its support line
    (against a brute-force maximum over the diamond's outline) passes through the corner."""
    from regmath.drawing import ball_outline
    from regmath.sparsity import cone_direction, cone_directions, journey_view, support_line

    normals = np.array([[-1.0, 1.0], [1.0, 1.0]])
    view = journey_view(1.6, 1.0)
    outline = ball_outline("l1", 1.0, samples=4001)
    samples = cone_directions(normals, samples=5)
    for k, share in enumerate(np.linspace(0.0, 1.0, 5)):
        g = cone_direction(normals, share)
        assert np.allclose(g, samples[k])
        coefficients = np.linalg.solve(normals.T, g)
        assert np.all(coefficients >= -1e-12)
        if 0.0 < share < 1.0:
            ends = support_line(g, 1.0, view)
            reach = outline @ (g / np.hypot(*g))
            assert abs(ends[0] @ g / np.hypot(*g) - reach.max()) < 1e-12
            assert abs(np.array([0.0, 1.0]) @ g / np.hypot(*g) - reach.max()) < 1e-12
    with pytest.raises(InvalidArgumentError, match="share"):
        cone_direction(normals, 1.5)


def test_opening_arc_spans_the_eased_wedge_at_its_apex() -> None:
    """The arc against an independent computation: its ends along the eased wedge's edges
    (`eased_tips`, normalised independently), every point at the radius from the apex, its
    angle (summed chords' turning, with mpmath's acos) the opening, which is 90° at s = 0
    and `wedge_openings`' value at s = 1; its middle strictly inside the wedge."""
    from regmath.errors import InvalidArgumentError
    from regmath.sparsity import eased_tips, opening_arc, wedge_openings

    for h in (np.eye(2), np.array([[1.5, -0.4], [-0.4, 2.5]]),
              np.array(rotated(3.0, 0.5, 0.7))):
        top, side = wedge_openings(h)
        for apex, full in (((0.0, 1.0), top), ((1.0, 0.0), side), ((0.0, -2.0), top),
                           ((-1.5, 0.0), side)):
            v = np.array(apex)
            normals = np.array([np.sign(v[::-1] * [1, -1] + v), np.sign(v + v[::-1] * [-1, 1])])
            for s in (0.0, 0.3, 1.0):
                points, opening = opening_arc(h, v, amount=s, radius=0.25, samples=41)
                assert points.shape == (41, 2)
                assert np.allclose(np.hypot(*(points - v).T), 0.25, atol=1e-12)
                tips = eased_tips(h, v, normals, amount=s, length=0.25)
                ends = {tuple(np.round(points[0], 12)), tuple(np.round(points[-1], 12))}
                assert ends == {tuple(np.round(t, 12)) for t in tips}
                steps = points[1:] - v, points[:-1] - v
                angle = sum(float(mpmath.degrees(mpmath.acos(
                    min(1.0, float(a @ b) / 0.0625)))) for a, b in zip(*steps))
                assert abs(angle - opening) < 1e-6
                if s == 0.0:
                    assert abs(opening - 90.0) < 1e-9
                if s == 1.0:
                    assert abs(opening - full) < 1e-9
                # The middle direction is a positive combination of the two edge directions.
                mid = points[20] - v
                coef = np.linalg.solve((tips - v).T, mid)
                assert np.all(coef > 0)
    with pytest.raises(InvalidArgumentError, match="radius"):
        opening_arc(np.eye(2), [0.0, 1.0], amount=1.0, radius=0.0)
    with pytest.raises(InvalidArgumentError, match="apex"):
        opening_arc(np.eye(2), [0.5, 0.5], amount=1.0, radius=1.0)


def test_subgradient_segment_spans_the_corners_subgradients_through_g() -> None:
    from regmath.sparsity import corner_edge_normals, subgradient_segment

    for corner in ([2.0, 0.0], [0.0, 2.0], [-2.0, 0.0], [0.0, -2.0]):
        v = np.array(corner)
        j = int(np.flatnonzero(v)[0])
        g = np.zeros(2)
        g[j] = 0.7 * np.sign(v[j])
        g[1 - j] = 0.2
        ends = subgradient_segment(v, g)
        assert np.allclose(ends, v + 0.7 * corner_edge_normals(v), atol=1e-15)
        # apex + g on the segment between the ends; every end a scaled subgradient.
        a, b = ends - v
        cross = (b - a)[0] * (g - a)[1] - (b - a)[1] * (g - a)[0]
        assert abs(cross) < 1e-12 and 0.0 <= (g - a) @ (b - a) <= (b - a) @ (b - a)
        assert np.allclose(np.abs(a) / 0.7, 1.0) and np.allclose(np.abs(b) / 0.7, 1.0)
    with pytest.raises(InvalidArgumentError, match="g"):
        subgradient_segment([0.0, 1.0], [0.5, 0.2])
    with pytest.raises(InvalidArgumentError, match="g"):
        subgradient_segment([0.0, 1.0], [0.0, -1.0])
    with pytest.raises(InvalidArgumentError, match="apex"):
        subgradient_segment([0.5, 0.5], [0.0, 1.0])
