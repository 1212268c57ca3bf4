"""The Lagrange solver (closed forms, residuals, analytic against numerical derivatives) and
the hike's geometry (the path across the map, higher stretches, the top, arrows, the camera)."""

from __future__ import annotations

import numpy as np
import pytest

from regmath import InvalidArgumentError
from regmath.drawing import view_box
from regmath.lagrange import (
    LAGRANGE_TOL,
    START_CAMERA,
    TOP_VIEW,
    Camera,
    Circle,
    constrained_extremes,
    contour_crossings,
    equal_tops,
    final_ascent,
    fit_zoom,
    from_callables,
    GaussianHills,
    gradient_arrows,
    higher_stretches,
    hike_camera,
    hike_view,
    hill_contour,
    hill_meridians,
    left_to_right,
    lift,
    Line,
    path_top,
    peak_on_path,
    point_on_curve,
    project,
    relief_scale,
    sine_path_curve,
    SineCurve,
    trace_curve,
    turned_arrow,
    with_vertex,
)

BOX = view_box([[-4.0, -4.0], [4.0, 4.0]])


def test_linear_height_on_a_circle_peaks_where_the_closed_form_says() -> None:
    a, c, r = np.array([1.0, 2.0]), np.array([0.5, -0.3]), 1.5
    f = from_callables(lambda p: p @ a, lambda p: np.broadcast_to(a, p.shape).copy(),
                       lambda p: np.zeros(p.shape[:-1] + (2, 2)))
    g = Circle(tuple(c), r)
    curve = trace_curve(g, c + [r, 0.0], BOX)
    assert curve.closed
    top = constrained_extremes(f, g, curve)[0]
    np.testing.assert_allclose(top.point, c + r * a / np.linalg.norm(a), rtol=0, atol=1e-13 * r)
    assert top.multiplier == pytest.approx(np.linalg.norm(a) / (2 * r), rel=1e-13)
    bottom = constrained_extremes(f, g, curve, kind="min")[0]
    np.testing.assert_allclose(bottom.point, c - r * a / np.linalg.norm(a), rtol=0, atol=1e-13 * r)


def test_a_hill_on_a_line_peaks_at_the_closed_form() -> None:
    # f = exp(−½ (p−m)ᵀA(p−m)) on aᵀp = b: the peak minimizes the quadratic on the line.
    m, shape = np.array([0.5, 1.0]), np.array([[1.0, 0.3], [0.3, 2.0]])
    normal, offset = np.array([1.0, 1.0]), -0.5
    hill = GaussianHills([m], [1.0], [shape])
    line = Line(tuple(normal), offset)
    curve = trace_curve(line, [0.0, -0.5], BOX)
    top = constrained_extremes(hill, line, curve)[0]
    inverse = np.linalg.inv(shape)
    expected = m - inverse @ normal * (normal @ m - offset) / (normal @ inverse @ normal)
    np.testing.assert_allclose(top.point, expected, rtol=1e-13)


def test_gradients_line_up_at_every_extreme_of_a_winding_path() -> None:
    hills = GaussianHills([[0.5, 1.0], [-1.5, -0.5]], [1.0, 0.7],
                          [[[1.0, 0.3], [0.3, 2.0]], [[2.0, 0.0], [0.0, 2.0]]])
    path = SineCurve(amplitude=0.6, frequency=1.3, phase=0.2, offset=-0.2)
    curve = trace_curve(path, [0.0, 0.0], BOX)
    extremes = constrained_extremes(hills, path, curve) + constrained_extremes(
        hills, path, curve, kind="min")
    assert len(extremes) >= 3
    for e in extremes:
        assert e.residual <= LAGRANGE_TOL
        cross = e.gradient_f[0] * e.gradient_h[1] - e.gradient_f[1] * e.gradient_h[0]
        assert abs(cross) <= 1e-11 * np.linalg.norm(e.gradient_f) * np.linalg.norm(e.gradient_h)
        assert abs(path.value(e.point)) <= 1e-12
    # The best maximum is higher than every traced point.
    top = constrained_extremes(hills, path, curve)[0]
    assert top.value >= np.max(hills.value(curve.points)) - 1e-15


def test_analytic_derivatives_match_numerical_ones(rng: np.random.Generator) -> None:
    hills = GaussianHills([[0.5, 1.0]], [1.3], [[[1.0, 0.3], [0.3, 2.0]]])
    numeric = from_callables(hills.value)
    points = rng.uniform(-2, 2, (50, 2))
    np.testing.assert_allclose(numeric.gradient(points), hills.gradient(points), atol=1e-11)
    np.testing.assert_allclose(numeric.hessian(points), hills.hessian(points), atol=1e-8)
    path = SineCurve(amplitude=0.6, frequency=1.3, phase=0.2, offset=-0.4)
    curve = trace_curve(path, [0.0, 0.0], BOX)
    exact = constrained_extremes(hills, path, curve)[0]
    approx = constrained_extremes(numeric, path, curve)[0]
    np.testing.assert_allclose(approx.point, exact.point, atol=1e-10)
    assert approx.multiplier == pytest.approx(exact.multiplier, abs=1e-10)


def test_traced_points_lie_on_the_curve_in_order() -> None:
    path = SineCurve(amplitude=0.8, frequency=2.0)
    curve = trace_curve(path, [0.0, 0.0], BOX)
    assert not curve.closed
    assert np.max(np.abs(path.value(curve.points))) <= 1e-12
    assert np.all(np.diff(curve.arc_length) > 0.0)
    np.testing.assert_allclose(curve.at_length(curve.arc_length[5]), curve.points[5])


def test_bad_shapes_and_kinds_are_named() -> None:
    with pytest.raises(InvalidArgumentError, match="shapes"):
        GaussianHills([[0.0, 0.0]], [1.0], [[[1.0, 0.0], [0.0, -1.0]]])
    hills = GaussianHills([[0.0, 0.0]], [1.0], [np.eye(2)])
    curve = trace_curve(Circle((0.0, 0.0), 1.0), [1.0, 0.0], BOX)
    with pytest.raises(InvalidArgumentError, match="kind"):
        constrained_extremes(hills, Circle((0.0, 0.0), 1.0), curve, kind="best")


# ------------------------------------------------------------------- the hike

HILL = GaussianHills([[0.6, 0.9]], [1.0], [[[0.9, 0.35], [0.35, 1.6]]])
PATH = SineCurve(0.6, 1.2, 1.0, -0.9)


def hike_curve():
    view = hike_view(HILL, PATH, outer_level=0.15)
    return view, sine_path_curve(PATH, view)


def test_the_sine_path_crosses_the_map_left_to_right_exactly_on_the_curve() -> None:
    view, curve = hike_curve()
    (x0, x1, _), (y0, y1, _) = view.x_range, view.y_range
    assert curve.points[0, 0] == x0 and curve.points[-1, 0] == x1
    assert np.all(np.diff(curve.points[:, 0]) > 0.0)
    assert np.max(np.abs(PATH.value(curve.points))) <= 1e-12
    assert np.all((curve.points[:, 1] >= y0) & (curve.points[:, 1] <= y1))
    np.testing.assert_allclose(curve.arc_length[-1],
                               np.sum(np.linalg.norm(np.diff(curve.points, axis=0), axis=1)))
    backwards = left_to_right(type(curve)(curve.points[::-1].copy(), curve.arc_length, False))
    np.testing.assert_array_equal(backwards.points, curve.points)


def test_a_point_made_a_vertex_is_walked_to_exactly() -> None:
    _, curve = hike_curve()
    top = path_top(HILL, PATH, curve)
    walked, length = with_vertex(curve, top.point)
    np.testing.assert_array_equal(walked.at_length(length), top.point)
    np.testing.assert_allclose(point_on_curve(PATH, walked, length), top.point, atol=1e-15)
    for s in np.linspace(0.0, walked.arc_length[-1], 37):
        assert abs(float(PATH.value(point_on_curve(PATH, walked, s)))) <= 1e-12


def test_contours_of_a_hill_and_its_top() -> None:
    for level in (0.05, 0.3, 0.99):
        np.testing.assert_allclose(HILL.value(hill_contour(HILL, level)), level, rtol=1e-12)
    np.testing.assert_array_equal(hill_contour(HILL, 1.0), [[0.6, 0.9]])
    with pytest.raises(InvalidArgumentError, match="level"):
        hill_contour(HILL, 1.5)


def _crossings_by_bisection(level: float) -> list[float]:
    """Independent: x where f(x, y(x)) = level on the sine graph, by bisection on a fine grid."""
    xs = np.linspace(-2.5, 4.0, 20001)

    def g(x):
        return HILL.value(np.stack([x, PATH.amplitude * np.sin(PATH.frequency * x + PATH.phase)
                                    + PATH.offset], axis=-1)) - level

    values = g(xs)
    roots = []
    for k in np.flatnonzero(np.sign(values[:-1]) != np.sign(values[1:])):
        a, b = xs[k], xs[k + 1]
        for _ in range(80):
            m = 0.5 * (a + b)
            if np.sign(g(np.array(m))) == np.sign(g(np.array(a))):
                a = m
            else:
                b = m
        roots.append(0.5 * (a + b))
    return roots


def test_higher_stretches_end_where_the_contour_crosses_the_path() -> None:
    _, curve = hike_curve()
    level = 0.2
    crossings = contour_crossings(HILL, PATH, curve, level)
    np.testing.assert_allclose([p[0] for p in crossings], _crossings_by_bisection(level),
                               atol=1e-10)
    for p in crossings:
        assert abs(float(HILL.value(p)) - level) <= 1e-14 and abs(float(PATH.value(p))) <= 1e-12
    stretches = higher_stretches(HILL, PATH, curve, level)
    assert len(stretches) == 1
    assert np.all(HILL.value(stretches[0][1:-1]) > level)
    top = path_top(HILL, PATH, curve)
    assert higher_stretches(HILL, PATH, curve, top.value) == []


def test_the_top_through_the_peak_is_the_peak_with_lambda_zero() -> None:
    straight = SineCurve(0.0, 1.0, 0.0, 0.9)
    view = hike_view(HILL, straight, outer_level=0.15)
    curve = sine_path_curve(straight, view)
    assert peak_on_path(HILL, straight)
    top = path_top(HILL, straight, curve)
    np.testing.assert_array_equal(top.point, [0.6, 0.9])
    assert top.multiplier == 0.0 and top.value == 1.0 and not np.any(top.gradient_f)
    arrows = gradient_arrows(top, length=1.0)
    assert arrows.f is None and arrows.true_lengths
    assert not peak_on_path(HILL, SineCurve(0.0, 1.0, 0.0, 0.9 + 1e-6))


def test_equal_tops_are_found_and_a_rising_edge_is_refused() -> None:
    hill = GaussianHills([[0.0, 0.0]], [1.0], [np.eye(2)])
    path = SineCurve(-0.6, 2.0, np.pi / 2, -1.2)  # y = −0.6 cos 2x − 1.2: two equal tops
    view = hike_view(hill, path, outer_level=0.15)
    assert equal_tops(hill, path, sine_path_curve(path, view))
    assert not equal_tops(HILL, PATH, hike_curve()[1])
    box = type(view)((-1.0, 0.0, 0.5), (-3.0, 3.0, 0.5))  # the path only climbs in here
    line = SineCurve(0.0, 1.0, 0.0, -0.5)
    with pytest.raises(InvalidArgumentError, match="curve"):
        path_top(hill, line, sine_path_curve(line, box))


def test_the_final_ascent_rises_all_the_way_to_the_top() -> None:
    _, traced = hike_curve()
    top = path_top(HILL, PATH, traced)
    curve, length = with_vertex(traced, top.point)
    start, steepest = final_ascent(HILL, curve, length)
    assert start < steepest < length
    climb = (curve.arc_length >= start) & (curve.arc_length <= length)
    assert np.all(np.diff(HILL.value(curve.points[climb])) > 0.0)


def test_gradient_arrows_to_one_scale_or_directions_only() -> None:
    _, curve = hike_curve()
    top = path_top(HILL, PATH, curve)
    arrows = gradient_arrows(top, length=2.0)
    f_length = np.linalg.norm(arrows.f[1] - arrows.f[0])
    h_length = np.linalg.norm(arrows.h[1] - arrows.h[0])
    assert arrows.true_lengths and max(f_length, h_length) == pytest.approx(2.0)
    assert f_length / h_length == pytest.approx(abs(top.multiplier), rel=1e-12)
    tall = GaussianHills([[0.6, 0.9]], [1000.0], [[[0.9, 0.35], [0.35, 1.6]]])
    tall_top = path_top(tall, PATH, curve)
    scaled = gradient_arrows(tall_top, length=2.0)
    assert not scaled.true_lengths
    assert np.linalg.norm(scaled.h[1] - scaled.h[0]) == pytest.approx(2.0)
    assert np.linalg.norm(scaled.f[1] - scaled.f[0]) == pytest.approx(1.0)
    flipped = turned_arrow(*arrows.h, np.pi)
    np.testing.assert_allclose(flipped[1] - flipped[0], -(arrows.h[1] - arrows.h[0]), atol=1e-15)


def _camera_matrix(azimuth: float, elevation: float) -> np.ndarray:
    """Independent: the 2 × 3 orthographic projection as rotation matrices, R_x(e − π/2) R_z(φ)."""
    c, s = np.cos(azimuth), np.sin(azimuth)
    turn = np.array([[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]])
    tilt = elevation - np.pi / 2  # tilt the ground away from a camera that looks down
    ct, st = np.cos(tilt), np.sin(tilt)
    lean = np.array([[1.0, 0.0, 0.0], [0.0, ct, -st], [0.0, st, ct]])
    return (lean @ turn)[:2]


def test_the_projection_is_orthographic_and_ends_on_the_map() -> None:
    view, curve = hike_curve()
    top = relief_scale(HILL, view)
    points = lift(HILL, curve.points, scale=top)
    np.testing.assert_array_equal(project(points, TOP_VIEW, box=view, top=top), curve.points)
    camera = Camera(-0.4, 0.5, 0.8, (1.0, 2.0))
    centre = np.array([np.mean(view.x_range[:2]), np.mean(view.y_range[:2]), 0.5 * top])
    expected = (points - centre) @ _camera_matrix(-0.4, 0.5).T * 0.8 + [1.0, 2.0]
    np.testing.assert_allclose(project(points, camera, box=view, top=top), expected, atol=1e-12)


def test_the_camera_fits_its_stage_and_arrives_at_the_top_view() -> None:
    view, _ = hike_curve()
    top = relief_scale(HILL, view)
    stage = type(view)((-9.0, 6.0, 1.0), (-3.0, 5.0, 1.0))
    (x0, x1, _), (y0, y1, _) = view.x_range, view.y_range
    corners = np.array([[x, y, z] for x in (x0, x1) for y in (y0, y1) for z in (0.0, top)])
    for progress in np.linspace(0.0, 0.999, 9):
        camera = hike_camera(progress, box=view, top=top, stage=stage)
        seen = project(corners, camera, box=view, top=top)
        assert np.all(seen[:, 0] >= -9.0 - 1e-9) and np.all(seen[:, 0] <= 6.0 + 1e-9)
        assert np.all(seen[:, 1] >= -3.0 - 1e-9) and np.all(seen[:, 1] <= 5.0 + 1e-9)
    assert hike_camera(1.0, box=view, top=top, stage=stage) == TOP_VIEW
    near = project(corners, hike_camera(1 - 1e-9, box=view, top=top, stage=stage), box=view,
                   top=top)
    np.testing.assert_allclose(near, corners[:, :2], atol=1e-6)
    zoom = fit_zoom(START_CAMERA.azimuth, START_CAMERA.elevation, box=view, top=top)
    assert 0.0 < zoom <= 1.0


def test_meridians_run_down_from_the_peak_to_the_outer_contour() -> None:
    lines = hill_meridians(HILL, level=0.15, count=8, samples=17)
    assert lines.shape == (8, 17, 2)
    for line in lines:
        heights = HILL.value(line)
        assert heights[0] == pytest.approx(1.0, abs=1e-15)
        assert np.all(np.diff(heights) < 0.0)
        assert heights[-1] == pytest.approx(0.15, rel=1e-12)


def test_scaled_arrow_flips_through_zero_along_its_line() -> None:
    from regmath.lagrange import scaled_arrow
    a, b = np.array([1.0, 2.0]), np.array([4.0, -2.0])
    np.testing.assert_allclose(scaled_arrow(a, b, 1.0), [a, b])
    np.testing.assert_allclose(scaled_arrow(a, b, 0.0), [a, a])
    np.testing.assert_allclose(scaled_arrow(a, b, -1.0), [a, 2 * a - b])
    middle = scaled_arrow(a, b, 0.3)[1]
    # On the arrow's own line: (middle − a) × (b − a) = 0 (the 2-D cross product written
    # out: numpy 2 deprecates np.cross on 2-vectors).
    u, v = middle - a, b - a
    assert abs(u[0] * v[1] - u[1] * v[0]) < 1e-12
    with pytest.raises(InvalidArgumentError):
        scaled_arrow(a, b, float("nan"))


def test_kkt_arrows_are_minus_grad_f_and_g_to_one_scale() -> None:
    from regmath import Quadratic, constrained
    from regmath.lagrange import kkt_arrows
    loss = Quadratic(center=(1.0, 1.6), hessian=((1.1, -0.5), (-0.5, 3.9)))
    w = constrained(loss, norm="l2", radius=1.0)
    f_arrow, g_arrow = kkt_arrows(w.point, w.gradient, w.normal, w.multiplier, length=2.0)
    # Independently: −∇f(w*) = −H(w* − ŵ), g = w*/‖w*‖ on the unit circle.
    H = np.array([[1.1, -0.5], [-0.5, 3.9]])
    minus_f = -H @ (w.point - np.array([1.0, 1.6]))
    g = w.point / np.linalg.norm(w.point)
    scale = 2.0 / max(np.linalg.norm(minus_f), np.linalg.norm(g))
    np.testing.assert_allclose(f_arrow, [w.point, w.point + scale * minus_f], atol=1e-9)
    np.testing.assert_allclose(g_arrow, [w.point, w.point + scale * g], atol=1e-9)
    # Parallel and outward: −∇f = λg, λ > 0.
    np.testing.assert_allclose(minus_f, w.multiplier * g, atol=1e-9)
    with pytest.raises(InvalidArgumentError):
        kkt_arrows(w.point, w.gradient, w.normal, 0.0, length=1.0)


def test_ridge_objective_is_f_plus_the_penalty_and_lowest_at_the_constrained_w_star() -> None:
    from regmath import Quadratic, constrained
    from regmath.facts import ridge_penalty_strength
    from regmath.lagrange import ridge_objective
    loss = Quadratic(center=(1.0, 1.6), hessian=((1.1, -0.5), (-0.5, 3.9)))
    w = constrained(loss, norm="l2", radius=1.2)
    mu = ridge_penalty_strength(w)
    bowl = ridge_objective(loss, mu)
    # Its minimum is the constrained w* (−∇f(w*) = λg = μw*).
    np.testing.assert_allclose(bowl.center, w.point, atol=1e-9)
    np.testing.assert_allclose(bowl.hessian, loss.hessian + mu * np.eye(2), atol=1e-12)
    # Differences of f + (μ/2)‖w‖² between points match (the constant dropped).
    rng = np.random.default_rng(3)
    a, b = rng.normal(size=2), rng.normal(size=2)
    penalized = [float(loss.value(p)) + 0.5 * mu * float(p @ p) for p in (a, b)]
    np.testing.assert_allclose(float(bowl.value(a)) - float(bowl.value(b)),
                               penalized[0] - penalized[1], atol=1e-9)
    # μ = 0 is f itself; a negative or infinite μ is refused.
    np.testing.assert_allclose(ridge_objective(loss, 0.0).center, loss.center, atol=1e-12)
    for bad in (-1.0, np.inf):
        with pytest.raises(InvalidArgumentError):
            ridge_objective(loss, bad)


# ------------------------------------------------ arrows side by side, tangents, marks
def test_shifted_arrow_keeps_direction_and_length_and_moves_sideways() -> None:
    from regmath.lagrange import shifted_arrow
    moved = shifted_arrow([1.0, 2.0], [4.0, 6.0], 0.5)
    # Direction (3, 4)/5, left normal (−4, 3)/5: moved by (−0.4, 0.3).
    np.testing.assert_allclose(moved, [[0.6, 2.3], [3.6, 6.3]], atol=1e-15)
    with pytest.raises(InvalidArgumentError):
        shifted_arrow([1.0, 1.0], [1.0, 1.0], 0.1)


def test_tangent_segment_and_arrow_are_at_right_angles_to_the_normal() -> None:
    from regmath.lagrange import tangent_arrow, tangent_segment
    segment = tangent_segment([1.0, 1.0], [0.0, 2.0], 0.5)
    np.testing.assert_allclose(segment, [[0.5, 1.0], [1.5, 1.0]], atol=1e-15)
    # h(x, y) = y − sin x at x = 0.3: ∇h = (−cos 0.3, 1); γ′ ∝ (1, cos 0.3), pointing right.
    normal = np.array([-np.cos(0.3), 1.0])
    arrow = tangent_arrow([0.3, np.sin(0.3)], normal, length=2.0)
    d = arrow[1] - arrow[0]
    assert abs(np.dot(d, normal)) <= 1e-12 and np.linalg.norm(d) == pytest.approx(2.0)
    assert d[0] > 0.0 and d[1] / d[0] == pytest.approx(np.cos(0.3))
    with pytest.raises(InvalidArgumentError):
        tangent_segment([0.0, 0.0], [0.0, 0.0], 1.0)


def test_right_angle_mark_is_a_square_corner() -> None:
    from regmath.lagrange import right_angle_mark
    mark = right_angle_mark([1.0, 1.0], [0.0, 3.0], [2.0, 0.0], size=0.1)
    np.testing.assert_allclose(mark, [[1.0, 1.1], [1.1, 1.1], [1.1, 1.0]], atol=1e-15)
    with pytest.raises(InvalidArgumentError):
        right_angle_mark([0.0, 0.0], [0.0, 0.0], [1.0, 0.0], size=0.1)


def test_rescaled_multiplier_is_lambda_over_the_factor() -> None:
    from regmath.lagrange import rescaled_multiplier
    # ∇f = λ∇h, checked against ∇(c h) = c ∇h for a random pair.
    rng = np.random.default_rng(3)
    grad_h = rng.normal(size=2)
    lam = 0.605
    grad_f = lam * grad_h
    for c in (-1.0, 2.0, 0.5):
        np.testing.assert_allclose(grad_f, rescaled_multiplier(lam, c) * (c * grad_h))
    with pytest.raises(InvalidArgumentError):
        rescaled_multiplier(1.0, 0.0)


def test_zoom_box_is_the_square_around_the_point() -> None:
    from regmath.lagrange import zoom_box
    box = zoom_box([1.0, -2.0], 0.25)
    assert box.x_range[:2] == (0.75, 1.25) and box.y_range[:2] == (-2.25, -1.75)
    assert box.contains([[1.0, -2.0], [1.25, -1.75]]) and not box.contains([[1.3, -2.0]])
    with pytest.raises(InvalidArgumentError):
        zoom_box([0.0, 0.0], 0.0)
    with pytest.raises(InvalidArgumentError):
        zoom_box([np.nan, 0.0], 1.0)


def test_height_axes_stand_at_the_box_corners() -> None:
    from regmath.lagrange import box_outline, height_axes
    axes = height_axes(BOX, 2.5)
    # Independently: the outline's first four corners, each raised from 0 to the top.
    corners = box_outline(BOX)[:4]
    assert len(axes) == 4
    for axis, corner in zip(axes, corners):
        np.testing.assert_allclose(axis[:, :2], [corner, corner])
        np.testing.assert_allclose(axis[:, 2], [0.0, 2.5])
    # The x-axis at height 0 runs through the box; a corner's vertical lies on its edge.
    x0, x1 = BOX.x_range[:2]
    assert {float(a[0, 0]) for a in axes} == {x0, x1}


def test_the_top_of_the_shifted_path_rises_at_the_rate_lambda() -> None:
    from regmath.lagrange import shifted_path, shifted_top
    hills = GaussianHills([(0.6, 0.9)], [1.0], [((0.9, 0.35), (0.35, 1.6))])
    path = SineCurve(0.6, 1.2, 1.0, -0.9)
    view = hike_view(hills, path, outer_level=0.15)
    top = path_top(hills, path, sine_path_curve(path, view))
    moved = shifted_path(path, 0.1)
    # h = c: every point of the moved path has h = c (the path's own h, not the moved one's).
    xs = np.linspace(-2.0, 3.0, 7)
    np.testing.assert_allclose(path.value(np.array([moved.point_at(x) for x in xs])), 0.1,
                               atol=1e-12)
    # The sensitivity: a central difference of the top's height F(c) against λ.
    eps = 1e-4
    high = shifted_top(hills, path, eps, view)[2].value
    low = shifted_top(hills, path, -eps, view)[2].value
    assert abs((high - low) / (2 * eps) - top.multiplier) < 1e-5
    # The moved top lies on h = c and is higher (λ > 0, c > 0), by about λc for c = 0.1.
    _, _, up = shifted_top(hills, path, 0.1, view)
    assert abs(float(path.value(up.point)) - 0.1) < 1e-9
    assert abs((up.value - top.value) - top.multiplier * 0.1) < 0.1 * top.multiplier * 0.1
    with pytest.raises(InvalidArgumentError):
        shifted_path(path, float("nan"))
