"""regmath.edge_normals against independent facts about the diamond's edges."""

from __future__ import annotations

import numpy as np
import pytest

from regmath.edge_normals import diamond_edge_normals
from regmath.errors import InvalidArgumentError


@pytest.mark.parametrize("radius", [1.0, 0.02, 250.0])
def test_each_arrow_starts_mid_edge_and_leaves_it_at_a_right_angle(radius: float) -> None:
    arrows = diamond_edge_normals(radius, length=0.4 * radius)
    assert len(arrows) == 4
    seen = set()
    for s, arrow in arrows:
        start, end = np.array(arrow.start), np.array(arrow.end)
        # The edge of the quadrant with signs s, from its two corners.
        a, b = radius * np.array([s[0], 0.0]), radius * np.array([0.0, s[1]])
        assert np.allclose(start, (a + b) / 2.0)
        assert np.isclose(np.abs(start).sum(), radius)
        direction = end - start
        assert np.isclose(np.linalg.norm(direction), 0.4 * radius)
        assert abs(direction @ (b - a)) <= 1e-12 * radius**2
        assert np.abs(end).sum() > radius  # outward
        assert np.allclose(np.sign(direction), s)
        seen.add(s)
    assert seen == {(1.0, 1.0), (-1.0, 1.0), (-1.0, -1.0), (1.0, -1.0)}


def test_negative_arguments_are_refused_by_name() -> None:
    with pytest.raises(InvalidArgumentError, match="radius"):
        diamond_edge_normals(-1.0, length=1.0)
    with pytest.raises(InvalidArgumentError, match="length"):
        diamond_edge_normals(1.0, length=float("nan"))


def test_normals_at_a_scale_are_scale_times_the_sign_vector() -> None:
    from regmath.edge_normals import EDGE_SIGNS, diamond_edge_normals_at_scale
    for t, k in ((1.0, 0.498), (2.5, 1.3), (0.0, 0.2)):
        pairs = diamond_edge_normals_at_scale(t, scale=k)
        assert [s for s, _ in pairs] == list(EDGE_SIGNS)
        for s, arrow in pairs:
            # Independent: the edge's middle is half the sum of its two corners t·(s₁,0), t·(0,s₂).
            middle = 0.5 * (np.array([t * s[0], 0.0]) + np.array([0.0, t * s[1]]))
            assert np.allclose(arrow.start, middle)
            assert np.allclose(np.subtract(arrow.end, arrow.start), k * np.array(s))


def test_wedge_edge_rays_are_balance_points_on_the_cone_edges() -> None:
    from regmath import Quadratic, constrained
    from regmath.edge_normals import wedge_edge_rays
    loss = Quadratic(center=(1.0, 1.6), hessian=((1.1, -0.5), (-0.5, 3.9)))
    sol = constrained(loss, norm="l1", radius=1.0)
    rays = wedge_edge_rays(sol, loss.inverse_hessian, length=2.0)
    assert len(rays) == 2
    for ray, g in zip(rays, sol.normal_cone):
        assert np.allclose(ray[0], sol.point)
        assert np.linalg.norm(ray[1] - ray[0]) == pytest.approx(2.0)
        # Independent: H(ŵ − w*) is a positive multiple of g at the ray's far end.
        residual = np.asarray(loss.hessian) @ (ray[1] - ray[0])
        assert residual @ g > 0 and abs(residual[0] * g[1] - residual[1] * g[0]) < 1e-12


def test_wedge_edge_rays_refuse_a_point_off_a_corner() -> None:
    from regmath import Quadratic, constrained
    from regmath.edge_normals import wedge_edge_rays
    loss = Quadratic(center=(2.0, 1.0), hessian=((1.0, 0.3), (0.3, 2.0)))
    sol = constrained(loss, norm="l1", radius=1.0)
    with pytest.raises(InvalidArgumentError):
        wedge_edge_rays(sol, loss.inverse_hessian, length=1.0)
