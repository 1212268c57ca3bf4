"""regmath.ray_fan: every centre on a fan ray is solved at its circle point; the random
centres miss the four axis rays (checked against the KKT solver, independently)."""
import numpy as np
import pytest

from regmath import Quadratic, constrained
from regmath.drawing import ViewBox
from regmath.ray_fan import circle_rays, distance_to_segment, missing_centers

BOX = ViewBox((-3.0, 3.0, 1.0), (-3.0, 3.0, 1.0))
H = ((1.1, -0.5), (-0.5, 3.9))


@pytest.mark.parametrize("hessian", [H, ((175.9, -147.3), (-147.3, 125.1)), ((1.0, 0.0), (0.0, 1.0))])
def test_every_center_on_a_fan_ray_is_solved_at_its_circle_point(hessian) -> None:
    t = 0.8
    rays = circle_rays(hessian, t, BOX, count=12)
    assert len(rays) == 12
    for theta, (start, end) in rays:
        v = t * np.array([np.cos(theta), np.sin(theta)])
        assert np.allclose(start, v)
        for share in (0.3, 1.0):
            center = start + share * (end - start)
            sol = constrained(Quadratic(center=center, hessian=hessian), norm="l2", radius=t)
            assert np.allclose(sol.point, v, atol=1e-7)


def test_distance_to_segment() -> None:
    assert distance_to_segment([0.0, 1.0], [[-1.0, 0.0], [1.0, 0.0]]) == pytest.approx(1.0)
    assert distance_to_segment([3.0, 4.0], [[0.0, 0.0], [0.0, 0.0]]) == pytest.approx(5.0)
    assert distance_to_segment([2.0, 1.0], [[-1.0, 0.0], [1.0, 0.0]]) == pytest.approx(np.sqrt(2))


def test_random_centers_are_outside_miss_the_axis_rays_and_repeat_for_a_seed() -> None:
    t = 1.0
    first = missing_centers(H, t, BOX, count=6, seed=7)
    assert len(first) == 6
    assert np.array_equal(first, missing_centers(H, t, BOX, count=6, seed=7))
    for center in first:
        assert np.linalg.norm(center) > t
        sol = constrained(Quadratic(center=center, hessian=H), norm="l2", radius=t)
        assert not sol.zero_weights and np.all(np.abs(sol.point) > 1e-6)


def test_bad_count_is_refused() -> None:
    with pytest.raises(ValueError):
        circle_rays(H, 1.0, BOX, count=0)
