"""regmath.center_paths.corner_ray: ŵ moved outward with g held, λ growing, w* held."""

from __future__ import annotations

import numpy as np
import pytest

from regmath import Quadratic, constrained
from regmath.center_paths import RAY_GROWTH, RAY_MARGIN, corner_ray
from regmath.drawing import ViewBox
from regmath.errors import InvalidArgumentError

H = ((1.1, -0.5), (-0.5, 3.9))
VIEW = ViewBox((-1.5, 3.2, 1.0), (-1.5, 3.2, 1.0))


def _solve(center, hessian=H, t=1.0):
    return constrained(Quadratic(center=center, hessian=hessian), norm="l1", radius=t)


def test_corner_held_and_lambda_grows_linearly():
    loss = Quadratic(center=(1.0, 1.6), hessian=H)
    start = _solve(loss.center)
    path = corner_ray(loss, 1.0, VIEW)
    assert path is not None and path.crossing is None
    assert path.before == path.after == "corner"
    np.testing.assert_allclose(path.start, loss.center)
    lams = []
    for s in np.linspace(0.0, 1.0, 9):
        sol = _solve(path.at(s))
        assert np.array_equal(sol.point, start.point) and sol.at_corner
        np.testing.assert_allclose(sol.normal, start.normal, atol=1e-12)
        lams.append(sol.multiplier)
    assert np.all(np.diff(lams) > 0.0)
    np.testing.assert_allclose(np.diff(lams), np.diff(lams)[0], rtol=1e-9)
    assert lams[-1] <= RAY_GROWTH * start.multiplier * (1 + 1e-12)


def test_end_stays_inside_the_margin():
    loss = Quadratic(center=(1.0, 1.6), hessian=H)
    tight = ViewBox((-1.5, 1.8, 1.0), (-1.5, 2.2, 1.0))
    path = corner_ray(loss, 1.0, tight)
    assert path is not None
    end = path.end
    assert end[0] <= tight.x_range[1] - RAY_MARGIN * tight.width + 1e-12
    assert end[1] <= tight.y_range[1] - RAY_MARGIN * tight.height + 1e-12
    assert _solve(end).multiplier < RAY_GROWTH * _solve(loss.center).multiplier


def test_none_on_an_edge_or_without_room():
    edge = Quadratic(center=(2.0, 1.0), hessian=((1.0, 0.3), (0.3, 2.0)))
    assert corner_ray(edge, 1.0, VIEW) is None
    loss = Quadratic(center=(1.0, 1.6), hessian=H)
    assert corner_ray(loss, 1.0, ViewBox((-1.5, 1.05, 1.0), (-1.5, 1.65, 1.0))) is None


def test_refuses_bad_arguments():
    loss = Quadratic(center=(1.0, 1.6), hessian=H)
    with pytest.raises(InvalidArgumentError):
        corner_ray(loss, 0.0, VIEW)
    with pytest.raises(InvalidArgumentError):
        corner_ray(loss, 1.0, VIEW, growth=1.0)


def test_circle_point_ray_holds_the_solution_and_passes_through_its_center():
    from regmath.ray_fan import circle_point_ray
    loss = Quadratic(center=(1.0, 1.6), hessian=H)
    v = constrained(loss, norm="l2", radius=1.0).point
    segment = circle_point_ray(H, v, VIEW)
    assert segment is not None
    np.testing.assert_allclose(segment[0], v, atol=1e-12)
    a, b = segment
    d = b - a
    off = loss.center - a
    assert abs(d[0] * off[1] - d[1] * off[0]) <= 1e-9 * np.linalg.norm(d) * np.linalg.norm(off)
    for s in (0.2, 0.5, 0.9):
        moved = constrained(Quadratic(center=a + s * d, hessian=H), norm="l2", radius=1.0)
        np.testing.assert_allclose(moved.point, v, atol=1e-9)
    assert circle_point_ray(H, v, ViewBox((5.0, 6.0, 1.0), (-6.0, -5.0, 1.0))) is None
    with pytest.raises(ValueError):
        circle_point_ray(H, (0.0, 0.0), VIEW)


def test_an_arc_path_starts_exactly_at_its_center() -> None:
    """ŵ(0) is ŵ itself, bit for bit (rebuilt from its polar form it was an ulp off, and a
    ŵ on one of ridge's axis rays lost its exact zero: variant "on-ray-coupled")."""
    from regmath.center_paths import arc_path

    center = np.array([-1.0, 3.0])
    path = arc_path(center, 0.9)
    assert np.array_equal(path.at(0.0), center)
    assert np.array_equal(path.at(np.array([0.0, 0.0]))[1], center)
    ahead = path.at(0.5)
    assert np.isclose(np.linalg.norm(ahead), np.linalg.norm(center), rtol=1e-15)
    assert not np.allclose(ahead, center)
