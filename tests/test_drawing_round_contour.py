"""regmath.drawing.round_contour and frame_outline against independent computations."""

from __future__ import annotations

import numpy as np
import pytest

from regmath import Quadratic
from regmath.drawing import ViewBox, frame_outline, round_contour
from regmath.errors import InvalidArgumentError


def test_round_contour_is_the_isotropic_loss_level_set_through_the_point() -> None:
    center, through = np.array([1.0, 1.6]), np.array([0.0, 1.0])
    circle = round_contour(center, through, samples=65)
    assert circle.shape == (65, 2)
    np.testing.assert_array_equal(circle[0], through)
    np.testing.assert_array_equal(circle[-1], through)
    # Every point has the loss of H = 3I at the point: one level set of the isotropic loss.
    loss = Quadratic(center=center, hessian=((3.0, 0.0), (0.0, 3.0)))
    np.testing.assert_allclose(loss.value(circle), loss.value(through), rtol=1e-12)
    # Evenly spaced: all chords equal, 2r·sin(π/64).
    r = np.hypot(*(through - center))
    np.testing.assert_allclose(np.hypot(*np.diff(circle, axis=0).T), 2 * r * np.sin(np.pi / 64),
                               rtol=1e-9)


def test_round_contour_refuses_bad_input() -> None:
    with pytest.raises(InvalidArgumentError):
        round_contour([0.0, 0.0, 0.0], [1.0, 0.0])
    with pytest.raises(InvalidArgumentError):
        round_contour([0.0, 0.0], [1.0, 0.0], samples=2)


def test_frame_outline_is_the_view_border() -> None:
    view = ViewBox((-1.5, 3.0, 1.0), (-1.0, 2.5, 0.5))
    frame = frame_outline(view)
    np.testing.assert_array_equal(frame, [[-1.5, -1.0], [3.0, -1.0], [3.0, 2.5], [-1.5, 2.5],
                                          [-1.5, -1.0]])
    assert view.contains(frame)


# --------------------------------------------------------------- balance_ray
def test_balance_ray_points_along_h_inverse_g_and_every_point_on_it_has_that_w_star() -> None:
    from regmath import Quadratic, constrained
    from regmath.drawing import balance_ray

    loss = Quadratic(center=(1.0, 1.6), hessian=((1.1, -0.5), (-0.5, 3.9)))
    sol = constrained(loss, norm="l2", radius=1.0)
    ray = balance_ray(sol, loss.inverse_hessian, length=2.0)
    np.testing.assert_array_equal(ray[0], sol.point)
    assert abs(np.linalg.norm(ray[1] - ray[0]) - 2.0) < 1e-12
    # Independently: any ŵ on the ray solves to the same w* (H(ŵ − w*) is a multiple of g).
    for mu in (0.3, 1.0, 1.9):
        moved = Quadratic(center=ray[0] + mu / 2.0 * (ray[1] - ray[0]), hessian=loss.hessian)
        np.testing.assert_allclose(constrained(moved, norm="l2", radius=1.0).point, sol.point,
                                   atol=1e-9)
    # ŵ itself lies on it: (ŵ − w*) is parallel to the ray.
    d, e = ray[1] - ray[0], loss.center - sol.point
    assert abs(d[0] * e[1] - d[1] * e[0]) < 1e-12


def test_balance_ray_refuses_an_inactive_solution_and_a_negative_length() -> None:
    from regmath import Quadratic, constrained
    from regmath.drawing import balance_ray
    from regmath.errors import InvalidArgumentError

    loss = Quadratic(center=(0.2, 0.1), hessian=((2.0, 0.0), (0.0, 1.0)))
    with pytest.raises(InvalidArgumentError):
        balance_ray(constrained(loss, norm="l2", radius=1.0), loss.inverse_hessian, length=1.0)
    outside = Quadratic(center=(2.0, 0.1), hessian=((2.0, 0.0), (0.0, 1.0)))
    with pytest.raises(InvalidArgumentError):
        balance_ray(constrained(outside, norm="l2", radius=1.0), outside.inverse_hessian,
                    length=-1.0)


# -------------------------------------------------------- path_axis_crossing
def test_path_axis_crossing_on_an_arc_finds_where_the_entry_is_zero() -> None:
    from regmath.center_paths import CenterPath
    from regmath.drawing import path_axis_crossing

    start = 2.0 * np.array([np.cos(0.3), np.sin(0.3)])
    path = CenterPath("arc", np.array([start, start]), 0.5, "circle", "circle", sweep=2.0)
    s = path_axis_crossing(path, 0)
    assert s is not None and abs(s - (np.pi / 2 - 0.3) / 2.0) < 1e-12
    assert abs(path.at(s)[0]) < 1e-12
    # θ runs 0.3 → 2.3: the second entry never vanishes there.
    assert path_axis_crossing(path, 1) is None
    assert path_axis_crossing(path, 0, start=0.7) is None
    with pytest.raises(Exception):
        path_axis_crossing(path, 2)


def test_path_axis_crossing_on_a_polyline_interpolates_the_piece() -> None:
    from regmath.center_paths import CenterPath
    from regmath.drawing import path_axis_crossing

    path = CenterPath("polyline", np.array([[-1.0, 1.0], [3.0, 1.0], [3.0, -1.0]]), 0.5,
                      "edge", "corner")
    s = path_axis_crossing(path, 0)
    np.testing.assert_allclose(path.at(s), [0.0, 1.0], atol=1e-12)
    s = path_axis_crossing(path, 1)
    np.testing.assert_allclose(path.at(s), [3.0, 0.0], atol=1e-12)


# ---------------------------------------------------------------- sign_flip_point
def test_sign_flip_point_finds_opposite_signs_of_w_hat_and_w_star() -> None:
    from regmath import constrained
    from regmath.center_paths import ridge_ray_crossing, sign_flip_point

    loss = Quadratic(center=(1.0, 1.6), hessian=((1.1, -0.5), (-0.5, 3.9)))
    path = ridge_ray_crossing(loss, 1.0)
    s = sign_flip_point(loss, path, norm="l2", radius=1.0, index=0,
                        start=float(path.crossing), stop=1.0)
    assert s is not None and float(path.crossing) <= s <= 1.0
    hat = path.at(s)
    moved = Quadratic(center=hat, hessian=loss.hessian)
    star = constrained(moved, norm="l2", radius=1.0).point
    assert hat[0] * star[0] < 0.0
    # Every other sample with opposite signs has a smaller min(|ŵ₁|, |w₁*|).
    size = min(abs(hat[0]), abs(star[0]))
    for x in np.linspace(float(path.crossing), 1.0, 65):
        h = path.at(float(x))
        w = constrained(Quadratic(center=h, hessian=loss.hessian), norm="l2", radius=1.0).point
        if h[0] * w[0] < 0.0:
            assert min(abs(h[0]), abs(w[0])) <= size + 1e-15
    # Before the crossing both entries share a sign: no flip.
    assert sign_flip_point(loss, path, norm="l2", radius=1.0, index=0, start=0.0,
                           stop=float(path.crossing) - 1e-6) is None


def test_sign_flip_point_is_none_for_a_diagonal_h_and_checks_its_arguments() -> None:
    from regmath.center_paths import ridge_ray_crossing, sign_flip_point

    loss = Quadratic(center=(1.0, 1.6), hessian=((1.1, 0.0), (0.0, 3.9)))
    path = ridge_ray_crossing(loss, 1.0)
    for k in (0, 1):
        assert sign_flip_point(loss, path, norm="l2", radius=1.0, index=k) is None
    with pytest.raises(InvalidArgumentError):
        sign_flip_point(loss, path, norm="l2", radius=1.0, index=2)
    with pytest.raises(InvalidArgumentError):
        sign_flip_point(loss, path, norm="l2", radius=1.0, index=0, start=0.8, stop=0.2)
    with pytest.raises(InvalidArgumentError):
        sign_flip_point(loss, path, norm="l2", radius=1.0, index=0, samples=1)


def test_inverse_hessian_arrow_times_lambda_reaches_w_hat_and_lies_on_the_balance_ray() -> None:
    from regmath import Quadratic, constrained
    from regmath.drawing import balance_ray, inverse_hessian_arrow
    from regmath.errors import InvalidArgumentError

    loss = Quadratic(center=(1.0, 1.6), hessian=((1.1, -0.5), (-0.5, 3.9)))
    sol = constrained(loss, norm="l2", radius=1.0)
    arrow = inverse_hessian_arrow(sol, loss.inverse_hessian, scale=0.5)
    start, end = np.array(arrow.start), np.array(arrow.end)
    np.testing.assert_array_equal(start, sol.point)
    # Independently: λ · (end − start) / scale = ŵ − w* (balance H(ŵ − w*) = λg).
    np.testing.assert_allclose(sol.multiplier * (end - start) / 0.5, loss.center - sol.point,
                               atol=1e-9)
    ray = balance_ray(sol, loss.inverse_hessian, length=1.0)
    d = ray[1] - ray[0]
    assert abs(d[0] * (end - start)[1] - d[1] * (end - start)[0]) < 1e-12
    assert float(np.dot(d, end - start)) > 0.0
    with pytest.raises(InvalidArgumentError):
        inverse_hessian_arrow(sol, loss.inverse_hessian, scale=-1.0)
    inside = Quadratic(center=(0.2, 0.1), hessian=((2.0, 0.0), (0.0, 1.0)))
    with pytest.raises(InvalidArgumentError):
        inverse_hessian_arrow(constrained(inside, norm="l2", radius=1.0),
                              inside.inverse_hessian, scale=1.0)
