"""Lp norms and the exact Lp-ball boundary for any p > 0."""

from __future__ import annotations

import numpy as np
import pytest

from regmath import InvalidArgumentError
from regmath.lp import (
    axis_points,
    axis_tangents,
    chord_on_edge,
    ball_facts,
    ball_facts_between,
    convexity_chord,
    diagonal_points,
    lp_ball_boundary,
    lp_norm,
    manhattan_path,
    norm_range_on_sphere,
    outward,
    p_from_scale,
    p_scale,
    right_angle_at,
    sphere_walk,
    street_grid,
    two_lengths,
    walk_label_direction,
    walk_labels,
)

PS = [0.3, 0.5, 1.0, 1.5, 2.0, 3.0, 10.0, np.inf]


@pytest.mark.parametrize("p", PS, ids=lambda p: f"p={p}")
def test_every_boundary_point_has_norm_t(p: float) -> None:
    boundary = lp_ball_boundary(p, 1.7, samples=257)
    np.testing.assert_allclose(lp_norm(boundary, p), 1.7, rtol=1e-14)
    np.testing.assert_array_equal(boundary[0], boundary[-1])


@pytest.mark.parametrize("p", PS, ids=lambda p: f"p={p}")
def test_corners_are_exact_grid_points(p: float) -> None:
    boundary = lp_ball_boundary(p, 2.0, samples=65)
    for k, axis_point in zip((0, 16, 32, 48), ([2, 0], [0, 2], [-2, 0], [0, -2])):
        np.testing.assert_array_equal(boundary[k], axis_point)
    diagonal = boundary[8]
    assert diagonal[0] == diagonal[1]
    if np.isinf(p):
        np.testing.assert_array_equal(diagonal, [2.0, 2.0])  # the square's corner


def test_norms_agree_with_numpy_and_the_definitions(rng: np.random.Generator) -> None:
    w = rng.standard_normal((100, 2)) * 10.0 ** rng.uniform(-100, 100, (100, 1))
    for p in (1.0, 2.0, np.inf):
        np.testing.assert_allclose(lp_norm(w, p), np.linalg.norm(w, ord=p, axis=1), rtol=1e-14)
    # Beyond numpy's range (it overflows to inf / underflows to 0) ours scales exactly.
    for scale in (1e-300, 1e300):
        for p in (0.5, 2.0, 3.0):
            assert lp_norm(scale * w[0] / np.max(np.abs(w[0])), p) == pytest.approx(
                scale * lp_norm(w[0] / np.max(np.abs(w[0])), p), rel=1e-14)
    small = rng.standard_normal((20, 2))
    np.testing.assert_allclose(lp_norm(small, 0.5), np.sum(np.abs(small) ** 0.5, axis=1) ** 2,
                               rtol=1e-13)


def test_p_below_one_breaks_the_triangle_inequality() -> None:
    x, y = np.array([1.0, 0.0]), np.array([0.0, 1.0])
    assert lp_norm(x + y, 0.5) > lp_norm(x, 0.5) + lp_norm(y, 0.5)
    assert lp_norm(x + y, 1.5) <= lp_norm(x, 1.5) + lp_norm(y, 1.5)


def test_manhattan_path_has_length_l1() -> None:
    path = manhattan_path([2.0, -1.5])
    assert np.sum(np.linalg.norm(np.diff(path, axis=0), axis=1)) == lp_norm([2.0, -1.5], 1)


@pytest.mark.parametrize(("kwargs", "argument"), [
    ({"p": 0.0}, "p"), ({"p": -1.0}, "p"), ({"p": float("nan")}, "p"), ({"p": "x"}, "p"),
    ({"p": 1.0, "radius": -1.0}, "radius"), ({"p": 1.0, "samples": 64}, "samples"),
])
def test_bad_arguments_are_named(kwargs: dict, argument: str) -> None:
    with pytest.raises(InvalidArgumentError) as info:
        lp_ball_boundary(**kwargs)
    assert info.value.argument == argument


# ------------------------------------------------------------- the two lengths
@pytest.mark.parametrize("w", [(3.0, 1.0), (-2.5, 1.5), (0.0, -1.5), (2.0, 2.0), (0.003, 0.004)])
def test_two_lengths_agree_with_numpy(w) -> None:
    lengths = two_lengths(w)
    assert lengths.l1 == np.linalg.norm(w, 1) and lengths.l2 == pytest.approx(
        np.linalg.norm(w, 2), rel=1e-15)
    assert lengths.legs == (abs(w[0]), abs(w[1]))
    assert lengths.on_axis == (0.0 in w) and lengths.on_diagonal == (abs(w[0]) == abs(w[1]))
    assert lengths.l2 <= lengths.l1 <= np.sqrt(2.0) * lengths.l2 * (1 + 1e-15)


@pytest.mark.parametrize(("p", "q"), [(1.0, 2.0), (2.0, 1.0), (0.5, 3.0), (3.0, 0.5),
                                      (1.0, np.inf), (np.inf, 1.0), (1.5, 1.5)])
def test_norm_range_on_sphere_matches_dense_sampling(p: float, q: float) -> None:
    low, high = norm_range_on_sphere(p, q, 2.5)
    sphere = lp_ball_boundary(p, 2.5, samples=8 * 4000 + 1)
    values = lp_norm(sphere, q)
    assert np.min(values) == pytest.approx(low, rel=1e-12)  # the extremes are grid points
    assert np.max(values) == pytest.approx(high, rel=1e-12)
    assert np.all(values >= low * (1 - 1e-12)) and np.all(values <= high * (1 + 1e-12))


@pytest.mark.parametrize("p", [1.0, 2.0])
@pytest.mark.parametrize("start", [(3.0, 1.0), (-1.0, 3.0), (0.0, -4.0), (4.0, 0.0)])
def test_sphere_walk_goes_round_once_at_constant_speed(p: float, start) -> None:
    radius = lp_norm(start, p)
    if p == 2.0:
        start = radius * np.array(start) / np.linalg.norm(start)
    fractions = np.linspace(0.0, 1.0, 4001)
    walk = np.array([sphere_walk(p, radius, start, f) for f in fractions])
    np.testing.assert_allclose(lp_norm(walk, p), radius, rtol=1e-12)
    np.testing.assert_array_equal(walk[0], start)
    np.testing.assert_array_equal(walk[-1], start)
    steps = np.linalg.norm(np.diff(walk, axis=0), axis=1)
    perimeter = 4.0 * np.sqrt(2.0) * radius if p == 1.0 else 2.0 * np.pi * radius
    # Equal steps (chords of equal arcs) except the few that cut a diamond's corner.
    step = perimeter / 4000 if p == 1.0 else 2.0 * radius * np.sin(np.pi / 4000)
    assert np.median(steps) == pytest.approx(step, rel=1e-9)
    assert np.sum(steps) == pytest.approx(perimeter, rel=1e-5)
    # Counter-clockwise: the angle only grows, by 2π in all.
    angles = np.unwrap(np.arctan2(walk[:, 1], walk[:, 0]))
    assert np.all(np.diff(angles) > 0.0) and angles[-1] - angles[0] == pytest.approx(2 * np.pi)


@pytest.mark.parametrize(("kwargs", "argument"), [
    ({"p": 3.0}, "p"), ({"radius": 0.0}, "radius"), ({"start": (1.0, 1.0)}, "start"),
    ({"fraction": 1.5}, "fraction"), ({"start": (np.nan, 1.0)}, "start"),
])
def test_sphere_walk_names_bad_arguments(kwargs: dict, argument: str) -> None:
    given = {"p": 1.0, "radius": 4.0, "start": (3.0, 1.0), "fraction": 0.5, **kwargs}
    with pytest.raises(InvalidArgumentError) as info:
        sphere_walk(**given)
    assert info.value.argument == argument


@pytest.mark.parametrize("w", [(3.0, 1.0), (-2.5, 1.5), (-1.0, -2.5), (2.0, -3.0)])
def test_walk_labels_point_out_of_the_right_triangle(w) -> None:
    path = manhattan_path(w)
    centroid = path.mean(axis=0)  # inside the triangle 0, (w₁, 0), w
    for anchor, (a, b) in zip(walk_labels(w), [(path[0], path[1]), (path[1], path[2]),
                                               (path[0], path[2])]):
        np.testing.assert_allclose(anchor.point, (a + b) / 2)
        assert abs(anchor.direction @ (b - a)) < 1e-12  # perpendicular to its segment
        assert np.linalg.norm(anchor.direction) == pytest.approx(1.0)
        assert anchor.direction @ (anchor.point - centroid) > 0.0  # away from the inside


def test_walk_label_direction_leaves_a_gap_around_every_part_of_the_figure() -> None:
    for w in [(3.0, 1.0), (3.0, 0.0), (0.0, -2.0), (-2.0, 1.5)]:
        direction, half_gap = walk_label_direction(w)
        path = manhattan_path(w)
        parts = [path[1] - path[2], -np.asarray(w, dtype=float)]
        for part in parts:
            if np.linalg.norm(part) == 0.0:
                continue
            cosine = direction @ part / np.linalg.norm(part)
            assert np.arccos(np.clip(cosine, -1, 1)) >= half_gap - 1e-12
        assert half_gap >= np.pi / 4


def test_right_angle_at_is_a_square_corner() -> None:
    mark = right_angle_at([3.0, 0.0], [0.0, 0.0], [3.0, 1.0], size=0.3)
    np.testing.assert_allclose(mark, [[2.7, 0.0], [2.7, 0.3], [3.0, 0.3]])
    with pytest.raises(InvalidArgumentError) as info:
        right_angle_at([1.0, 1.0], [1.0, 1.0], [0.0, 0.0], size=0.1)
    assert info.value.argument == "a"


def test_outward_is_the_unit_direction_through_w() -> None:
    np.testing.assert_allclose(outward([3.0, 4.0]), [0.6, 0.8])
    with pytest.raises(InvalidArgumentError):
        outward([0.0, 0.0])


# ------------------------------------------------------------------ the unit ball
def _point_at(p: float, theta: float) -> np.ndarray:
    """The unit sphere's point in direction θ, from the definition (not from regmath)."""
    d = np.array([np.cos(theta), np.sin(theta)])
    size = np.max(np.abs(d)) if np.isinf(p) else np.sum(np.abs(d) ** p) ** (1.0 / p)
    return d / size


def _turn_at(p: float, theta: float, h: float) -> float:
    """How far the boundary turns (degrees) at direction θ, seen from θ ∓ h."""
    before, here, after = (_point_at(p, theta + k * h) for k in (-1, 0, 1))
    a, b = here - before, after - here
    return float(np.degrees(np.arctan2(a[0] * b[1] - a[1] * b[0], a @ b)))


@pytest.mark.parametrize("p", [0.3, 0.5, 0.9, 1.0, 1.2, 1.5, 2.0, 3.0, 10.0, np.inf])
def test_ball_facts_match_the_boundary(p: float) -> None:
    facts = ball_facts(p)
    # Convex iff the boundary never turns clockwise (sampled finely).
    turns = [_turn_at(p, theta, 1e-4) for theta in np.linspace(0.0, 2 * np.pi, 2001)[:-1]]
    assert facts.convex == bool(min(turns) > -1e-9)
    # A corner keeps turning however close the neighbours are; a smooth point does not.
    hs = (1e-3, 1e-6, 1e-9)
    for theta, place in ((0.0, "axes"), (np.pi / 2, "axes"), (np.pi / 4, "diagonals"),
                         (5 * np.pi / 4, "diagonals")):
        seen = [abs(_turn_at(p, theta, h)) for h in hs]
        corner = min(seen) > 45.0
        assert corner == (facts.corners == place), (p, place, seen)
        if not corner:
            assert seen[-1] <= seen[0] + 1e-3 and seen[-1] < 5.0  # flat sides turn by 0
    assert facts.cusps == (p < 1.0)
    if facts.cusps:  # a cusp: the boundary comes back on itself, the turn tends to 180°
        assert abs(_turn_at(p, 0.0, 1e-9)) > 150.0


def test_ball_shapes_and_between() -> None:
    names = [ball_facts(p).shape for p in (0.5, 1.0, 1.5, 2.0, 3.0, np.inf)]
    assert names == ["star", "diamond", "rounded diamond", "circle", "rounded square", "square"]
    assert ball_facts_between(1.0, 2.0).shape == "rounded diamond"
    assert ball_facts_between(12.0, np.inf).shape == "rounded square"
    assert ball_facts_between(0.2, 1.0).shape == "star"
    for low, high in ((0.5, 2.0), (2.0, 1.0)):
        with pytest.raises(InvalidArgumentError) as info:
            ball_facts_between(low, high)
        assert info.value.argument == "high"


@pytest.mark.parametrize("p", [0.3, 0.5, 1.0, 2.0, 7.0, np.inf])
def test_axis_and_diagonal_points_lie_on_every_sphere(p: float) -> None:
    np.testing.assert_array_equal(lp_norm(axis_points(2.0), p), 2.0)
    np.testing.assert_allclose(lp_norm(diagonal_points(p, 2.0), p), 2.0, rtol=1e-15)
    diagonal = diagonal_points(p, 2.0)
    assert np.all(np.abs(diagonal[:, 0]) == np.abs(diagonal[:, 1]))
    segment, middle = convexity_chord(2.0)
    np.testing.assert_array_equal(lp_norm(segment, p), 2.0)
    assert (lp_norm(middle, p) > 2.0) == (p < 1.0)


def test_p_scale_runs_from_0_to_infinity_and_back() -> None:
    ps = np.array([0.1, 0.5, 1.0, 2.0, 4.0, 100.0])
    s = np.array([p_scale(p) for p in ps])
    assert np.all(np.diff(s) > 0.0) and p_scale(np.inf) == 1.0 and p_scale(1.0) == 0.5
    np.testing.assert_allclose([p_from_scale(x) for x in s], ps, rtol=1e-14)
    np.testing.assert_allclose(s + np.array([p_scale(1.0 / p) for p in ps]), 1.0, rtol=1e-15)
    assert p_from_scale(1.0) == np.inf
    with pytest.raises(InvalidArgumentError):
        p_from_scale(0.0)


def test_street_grid_lines_sit_on_the_ticks() -> None:
    lines = street_grid((-2.0, 3.0, 1.0), (-1.0, 1.0, 0.5))
    vertical = sorted(line[0, 0] for line in lines if line[0, 0] == line[1, 0])
    horizontal = sorted(line[0, 1] for line in lines if line[0, 1] == line[1, 1])
    assert vertical == [-2.0, -1.0, 1.0, 2.0, 3.0] and horizontal == [-1.0, -0.5, 0.5, 1.0]
    for line in lines:
        assert line.shape == (2, 2) and line.dtype == float


# ------------------------------------------------ stops of the walk (walk_fraction)
from regmath.lp import walk_extremes, walk_fraction  # noqa: E402


@pytest.mark.parametrize("p", [1.0, 2.0])
@pytest.mark.parametrize("w", [(3.0, 1.0), (-2.5, 1.5), (0.0, -1.5), (2.0, 2.0), (1.0, -3.0),
                               (0.003, 0.004)])
def test_walk_fraction_inverts_sphere_walk(p: float, w: tuple[float, float]) -> None:
    start = np.array(w)
    radius = float(lp_norm(start, p))
    for fraction in (0.0, 0.1, 0.37, 0.5, 0.8, 0.999):
        target = sphere_walk(p, radius, start, fraction)
        assert walk_fraction(p, radius, start, target) == pytest.approx(fraction, abs=1e-12)


@pytest.mark.parametrize("p", [1.0, 2.0])
@pytest.mark.parametrize("w", [(3.0, 1.0), (-2.5, 1.5), (0.0, -1.5), (2.0, 2.0), (1.0, -3.0)])
def test_walk_extremes_are_the_first_least_then_greatest_other_length(p, w) -> None:
    """Against a dense walk: the other norm's first minimum, then its next maximum."""
    start = np.array(w)
    radius = float(lp_norm(start, p))
    other = 2.0 if p == 1.0 else 1.0
    (f_low, low), (f_high, high) = walk_extremes(p, radius, start)
    fractions = np.arange(0, 8001) / 8000
    lengths = np.array([lp_norm(sphere_walk(p, radius, start, f), other) for f in fractions])
    least, greatest = norm_range_on_sphere(p, other, radius)
    # The dense walk steps 1/8000: its first local minimum of the other length that is
    # (nearly) the least, then the next local maximum that is (nearly) the greatest.
    prev, nxt_ = np.roll(lengths, 1), np.roll(lengths, -1)
    minima = (lengths <= prev) & (lengths <= nxt_) & (lengths <= least * (1 + 2e-3))
    maxima = (lengths >= prev) & (lengths >= nxt_) & (lengths >= greatest * (1 - 2e-3))
    minima[-1] = maxima[-1] = False  # fraction 1 is the start again
    first = fractions[np.argmax(minima)]
    assert abs(f_low - first) <= 1 / 4000 or (f_low == 0.0 and abs(first - 1) <= 1 / 4000)
    later = maxima & (fractions > f_low + 1 / 4000)
    assert abs(f_high - fractions[np.argmax(later)]) <= 1 / 4000
    assert f_high - f_low == pytest.approx(1 / 8, abs=1e-12)
    np.testing.assert_allclose(sphere_walk(p, radius, start, f_low), low, atol=1e-12 * radius)
    np.testing.assert_allclose(sphere_walk(p, radius, start, f_high), high, atol=1e-12 * radius)
    assert lp_norm(low, other) == pytest.approx(least) and lp_norm(high, other) == pytest.approx(
        greatest)


@pytest.mark.parametrize("p", [1.0, 2.0])
@pytest.mark.parametrize("w", [(3.0, 1.0), (-2.5, 1.5), (0.0, -1.5), (2.0, 2.0), (1.0, -3.0),
                               (0.003, 0.004)])
def test_walk_stops_are_the_first_diagonal_then_the_next_axis_point(p, w) -> None:
    """Against a dense walk: the first point with |v₁| = |v₂|, then the next on an axis;
    on the diamond the same stops as `walk_extremes`."""
    from regmath.lp import walk_stops
    start = np.array(w)
    radius = float(lp_norm(start, p))
    (f_diag, diag), (f_axis, axis) = walk_stops(p, radius, start)
    fractions = np.arange(0, 8001) / 8000
    points = np.array([sphere_walk(p, radius, start, f) for f in fractions])
    gap = np.abs(np.abs(points[:, 0]) - np.abs(points[:, 1]))
    crossings = fractions[:-1][(gap[:-1] <= 2e-3 * radius) & (gap[:-1] <= np.roll(gap, 1)[:-1])
                               & (gap[:-1] <= gap[1:])]
    assert abs(f_diag - crossings[0]) <= 1 / 4000
    assert f_axis - f_diag == pytest.approx(1 / 8, abs=1e-12)
    assert abs(diag[0]) == pytest.approx(abs(diag[1]), rel=1e-12)
    assert np.count_nonzero(axis == 0.0) == 1
    np.testing.assert_allclose(sphere_walk(p, radius, start, f_diag), diag, atol=1e-12 * radius)
    np.testing.assert_allclose(sphere_walk(p, radius, start, f_axis), axis, atol=1e-12 * radius)
    if p == 1.0:
        (f_low, _), (f_high, _) = walk_extremes(p, radius, start)
        assert (f_diag, f_axis) == (f_low, f_high)


def test_walk_fraction_refuses_a_target_off_the_sphere() -> None:
    with pytest.raises(InvalidArgumentError, match="^target"):
        walk_fraction(1.0, 4.0, (3.0, 1.0), (1.0, 1.0))


def test_diagonal_lines_span_the_view_where_the_weights_are_equal_in_size() -> None:
    from regmath.lp import diagonal_lines
    lines = diagonal_lines((-4.5, 5.0, 1.0), (-3.0, 4.0, 1.0))
    # Independent: walk along each direction from 0 until a box edge is hit.
    for line, sign in zip(lines, (1.0, -1.0)):
        assert np.all(np.abs(np.abs(line[:, 1]) - np.abs(line[:, 0])) == 0.0)
        assert np.all(line[:, 1] == sign * line[:, 0])
    assert lines[0].tolist() == [[-3.0, -3.0], [4.0, 4.0]]
    assert lines[1].tolist() == [[-4.0, 4.0], [3.0, -3.0]]
    with pytest.raises(Exception):
        diagonal_lines((1.0, 2.0, 1.0), (-1.0, 1.0, 1.0))


@pytest.mark.parametrize("p", [0.1, 0.25, 1 / 3, 0.5, 0.75, 1.0, 1.5, 2.0, 10.0, np.inf])
def test_triangle_test_against_closed_forms(p):
    """‖(1, 1)‖_p = 2^{1/p}, ‖(½, ½)‖_p = 2^{1/p − 1}, ‖(1, 0)‖_p + ‖(0, 1)‖_p = 2;
    the inequality fails exactly when p < 1."""
    from regmath.lp import triangle_test

    t = triangle_test(p)
    expected_total = 1.0 if np.isinf(p) else 2.0 ** (1.0 / p)
    assert t.total_norm == pytest.approx(expected_total, rel=1e-12)
    assert t.middle_norm == pytest.approx(expected_total / 2.0, rel=1e-12)
    assert t.ends_norm == 2.0
    assert np.array_equal(t.total, [1.0, 1.0]) and np.array_equal(t.middle, [0.5, 0.5])
    assert t.fails == (p < 1.0)


@pytest.mark.parametrize("start", [(3.0, 1.0), (-1.0, 2.5), (0.0, -2.0), (2.0, 0.0)])
def test_circle_from_starts_at_the_point_and_is_the_circle(start):
    from regmath.lp import circle_from

    r = float(np.hypot(*start))
    c = circle_from(r, start, samples=129)
    assert c.shape == (129, 2)
    assert np.array_equal(c[0], start) and np.array_equal(c[-1], start)
    np.testing.assert_allclose(np.hypot(c[:, 0], c[:, 1]), r, rtol=1e-12)
    # Counter-clockwise at equal angle steps: the signed area is πr² up to the polygon's.
    area = 0.5 * np.sum(c[:-1, 0] * c[1:, 1] - c[1:, 0] * c[:-1, 1])
    assert area == pytest.approx(0.5 * 128 * r * r * np.sin(2 * np.pi / 128), rel=1e-12)


def test_circle_from_refuses_a_point_off_the_circle():
    from regmath.lp import circle_from

    with pytest.raises(InvalidArgumentError):
        circle_from(1.0, (3.0, 1.0))


@pytest.mark.parametrize("p", [0.5, 0.8, 1.0, 1.5, 2.0, 3.0, np.inf])
def test_axis_tangents_are_limits_of_chords_from_the_axis_point(p: float) -> None:
    """Against the boundary itself: the direction from (1, 0) to a nearby boundary
    point (upper and lower branch) tends to the tangent."""
    tangents = axis_tangents(p, length=0.3)
    h = 1e-12
    for sign, direction in zip((1.0, -1.0), tangents.directions):
        w1 = 1.0 if np.isinf(p) else (1.0 - h ** p) ** (1.0 / p)
        near = np.array([w1, sign * h])
        assert lp_norm(near, p) == pytest.approx(1.0)
        chord = near - tangents.point
        np.testing.assert_allclose(chord / np.linalg.norm(chord), direction, atol=5e-3)
    cosine = float(np.dot(*tangents.directions))
    assert np.degrees(np.arccos(np.clip(cosine, -1.0, 1.0))) == pytest.approx(tangents.angle)
    assert tangents.smooth == (p > 1.0)
    np.testing.assert_allclose(np.linalg.norm(tangents.segments[:, 1] - tangents.segments[:, 0],
                                              axis=1), 0.3)


def test_chord_on_edge_only_at_one() -> None:
    assert chord_on_edge(1.0)
    assert not any(chord_on_edge(p) for p in (0.5, 0.99, 1.01, 2.0, np.inf))


def test_axis_tangents_name_bad_arguments() -> None:
    with pytest.raises(InvalidArgumentError, match="length"):
        axis_tangents(2.0, length=-1.0)


# ----------------------------------------------------------- shown sums that add up
def test_rounded_sum_adds_up_and_stays_within_a_unit() -> None:
    from decimal import Decimal

    from regmath.lp import rounded_sum

    rng = np.random.default_rng(7)
    for _ in range(2000):
        places = int(rng.integers(0, 5))
        terms = rng.uniform(0.0, 50.0, size=int(rng.integers(1, 4)))
        rounded, total = rounded_sum(terms, places)
        assert sum(rounded) == total
        # The total is the sum rounded to the nearest unit (independently: Decimal).
        exact = sum(Decimal(float(x)) for x in terms) * Decimal(10) ** places
        assert abs(Decimal(total) - exact) <= Decimal("0.5")
        for r, x in zip(rounded, terms):
            assert abs(Decimal(r) - Decimal(float(x)) * Decimal(10) ** places) < 1
    assert rounded_sum([5**0.5, 5**0.5], 2) == ((224, 223), 447)  # 2.24 + 2.23 = 4.47
    assert rounded_sum([2.0, 2.0], 2) == ((200, 200), 400)
    assert rounded_sum([0.0, 10**0.5], 2) == ((0, 316), 316)


@pytest.mark.parametrize("bad", [[-1.0, 2.0], [np.nan], [np.inf, 1.0]])
def test_rounded_sum_refuses_bad_terms(bad) -> None:
    from regmath.lp import rounded_sum

    with pytest.raises(InvalidArgumentError, match="terms"):
        rounded_sum(bad, 2)


def test_surd_is_the_simplest_radical() -> None:
    from regmath.lp import surd

    for n in range(1, 2000):
        k, m = surd(n)
        assert k * k * m == n
        # m square-free: no square > 1 divides it (checked by brute force).
        assert all(m % (d * d) for d in range(2, int(m**0.5) + 2) if d * d <= m)
    assert surd(20) == (2, 5) and surd(5) == (1, 5) and surd(16) == (4, 1)
    assert surd(2.5) is None and surd(0) is None


def test_equal_legs_at_the_diagonals() -> None:
    from decimal import Decimal
    from fractions import Fraction

    from regmath.lp import equal_legs

    circle = equal_legs(2.0, (3.0, 1.0), 3)  # |vᵢ| = √5 on the circle through (3, 1)
    assert circle.square == 5 and circle.leg == (1, 5) and circle.total == (2, 5)
    assert circle.leg_digits == Decimal("2.236") and circle.total_digits == Decimal("4.472")
    assert not circle.digits_exact
    diamond = equal_legs(1.0, (-3.0, 1.0), 2)  # |vᵢ| = 2 on the diamond through (−3, 1)
    assert diamond.square == 4 and diamond.leg == (2, 1) and diamond.digits_exact
    odd = equal_legs(2.0, (0.7, 2.35), 3)
    assert odd.leg is None and odd.square == (Fraction(0.7) ** 2 + Fraction(2.35) ** 2) / 2
    assert abs(float(odd.leg_digits) - float(np.hypot(0.7, 2.35)) / np.sqrt(2)) <= 5e-4
    with pytest.raises(InvalidArgumentError, match="point"):
        equal_legs(2.0, (0.0, 0.0), 2)
    with pytest.raises(InvalidArgumentError, match="p"):
        equal_legs(3.0, (1.0, 1.0), 2)


def test_turned_outward_turns_the_unit_direction() -> None:
    from regmath.lp import outward, turned_outward

    for w in [(3.0, 1.0), (0.0, -4.0), (-2.0, 2.0)]:
        u, d = outward(w), turned_outward(w, np.pi / 6)
        assert np.linalg.norm(d) == pytest.approx(1.0)
        assert u @ d == pytest.approx(np.cos(np.pi / 6))
        assert u[0] * d[1] - u[1] * d[0] == pytest.approx(np.sin(np.pi / 6))  # counter-clockwise
    assert np.allclose(turned_outward((0.0, -4.0), np.pi / 2), [1.0, 0.0])
    with pytest.raises(InvalidArgumentError, match="w"):
        turned_outward((0.0, 0.0), 0.1)


@pytest.mark.parametrize("p", [1.0, 1.05, 1.5, 2.0, 7.0, np.inf])
def test_axis_normals_are_the_normal_cone_at_the_axis_point(p: float) -> None:
    """Independently: g is an outward normal at x = (1, 0) iff gᵀ(y − x) ≤ 0 for every
    y on the sphere (sampled densely), and every drawn direction is a unit vector."""
    from regmath.lp import axis_normals
    normals = axis_normals(p, count=7, length=0.4)
    np.testing.assert_allclose(np.linalg.norm(normals.directions, axis=1), 1.0)
    ys = lp_ball_boundary(p, 1.0, samples=4001)
    for g in normals.directions:
        assert np.max((ys - normals.point) @ g) <= 1e-12
    # A direction just past the fan's edge is not a normal (the cone is no wider).
    past = np.array([np.cos(np.deg2rad(46.0)), np.sin(np.deg2rad(46.0))])
    if p == 1.0:
        assert np.max((ys - normals.point) @ past) > 0.0
        np.testing.assert_allclose(normals.directions[[0, -1]],
                                   np.array([[1.0, -1.0], [1.0, 1.0]]) / np.sqrt(2.0))
        assert not normals.single
    else:
        if p >= 2.0:  # near 1 the tilt shows only within 1e-40 of (1, 0): not sampled
            tilted = np.array([np.cos(0.05), np.sin(0.05)])
            assert np.max((ys - normals.point) @ tilted) > 0.0
        assert normals.single
    np.testing.assert_allclose(normals.segments[:, 1] - normals.segments[:, 0],
                               0.4 * normals.directions)


def test_axis_normals_name_bad_arguments() -> None:
    from regmath.lp import axis_normals
    for kwargs, name in (({"p": 0.5}, "p"), ({"p": 1.0, "count": 1}, "count"),
                         ({"p": 1.0, "length": -1.0}, "length")):
        with pytest.raises(InvalidArgumentError, match=name):
            axis_normals(**kwargs)


@pytest.mark.parametrize("p", [0.5, 1.0, 1.05, 2.0, 7.0, float("inf")])
def test_axis_arc_lies_on_the_sphere_near_the_axis_point(p: float) -> None:
    """Every point of the magnified arc has p-norm 1, w₂ runs over [−reach, reach], and the
    middle sample is (1, 0) exactly."""
    from regmath.lp import axis_arc, lp_norm
    arc = axis_arc(p, 0.1, samples=41)
    assert arc.shape == (41, 2)
    np.testing.assert_allclose(lp_norm(arc, p), 1.0, rtol=1e-12)
    assert arc[0, 1] == -0.1 and arc[-1, 1] == 0.1
    assert np.array_equal(arc[20], [1.0, 0.0])
    assert np.all(np.diff(arc[:, 1]) > 0.0)


def test_axis_arc_leaves_the_corner_above_one() -> None:
    """Just above p = 1 the arc lies outside the diamond (the corner is rounded off),
    at p = 1 on it."""
    from regmath.lp import axis_arc
    diamond = axis_arc(1.0, 0.1, samples=21)
    np.testing.assert_allclose(np.abs(diamond).sum(axis=1), 1.0, rtol=1e-12)
    above = axis_arc(1.05, 0.1, samples=21)
    off = np.abs(above).sum(axis=1)
    assert np.all(off[np.abs(above[:, 1]) > 0] > 1.0)


def test_axis_zoom_is_the_square_round_the_axis_point() -> None:
    from regmath.lp import axis_zoom
    view = axis_zoom(0.08)
    assert view.x_range == (0.92, 1.08, 0.08) and view.y_range == (-0.08, 0.08, 0.08)


@pytest.mark.parametrize("kwargs", [dict(p=0.0, reach=0.1), dict(p=1.0, reach=0.0),
                                    dict(p=1.0, reach=1.5), dict(p=1.0, reach=0.1, samples=4),
                                    dict(p=1.0, reach=0.1, samples=True)])
def test_axis_arc_names_bad_arguments(kwargs) -> None:
    from regmath.errors import InvalidArgumentError
    from regmath.lp import axis_arc
    with pytest.raises(InvalidArgumentError):
        axis_arc(**kwargs)


def test_ball_support_is_the_sampled_farthest_point():
    """`ball_support` (Hölder's closed form) against a brute-force maximum of u·w over a
    finely sampled p-sphere, and its point on the sphere, off the axis for tilted u."""
    from regmath.lp import ball_support, lp_ball_boundary, lp_norm

    for p in (1.1, 1.4, 2.0, 5.0):
        boundary = lp_ball_boundary(p, samples=16385)
        for direction in ([1.0, 0.3], [0.8, -0.6], [0.9, 0.7], [1.0, 0.0]):
            u = np.asarray(direction) / np.hypot(*direction)
            support = ball_support(p, direction, half_length=0.5)
            best = boundary[np.argmax(boundary @ u)]
            assert abs(lp_norm(support.point, p) - 1.0) < 1e-12
            assert abs(support.level - float(support.point @ u)) < 1e-12
            assert np.max(boundary @ u) <= support.level + 1e-12
            assert np.max(boundary @ u) > support.level - 1e-6
            assert np.hypot(*(best - support.point)) < 1e-2
            assert (np.count_nonzero(support.point) == 2) == (direction[1] != 0.0)
            assert np.allclose(support.segment.mean(axis=0), support.point)
            assert np.allclose((support.segment - support.point) @ u, 0.0)


@pytest.mark.parametrize("p", [1.0, 0.5, np.inf])
def test_ball_support_refuses_balls_without_one_touching_point(p):
    from regmath.lp import ball_support

    with pytest.raises(InvalidArgumentError):
        ball_support(p, [1.0, 0.3])
