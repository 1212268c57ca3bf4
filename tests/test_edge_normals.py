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
