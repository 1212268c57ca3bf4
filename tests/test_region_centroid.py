"""regmath.boundary.region_centroid: the polygon's area centroid, against hand values."""

import numpy as np
import pytest

from regmath import Quadratic
from regmath.boundary import region_below, region_centroid
from regmath.errors import InvalidArgumentError


def test_a_triangle_and_a_square() -> None:
    triangle = np.array([[0.0, 0.0], [3.0, 0.0], [0.0, 3.0], [0.0, 0.0]])
    np.testing.assert_allclose(region_centroid(triangle), [1.0, 1.0], atol=1e-15)
    square = np.array([[1.0, 1.0], [1.0, 3.0], [3.0, 3.0], [3.0, 1.0], [1.0, 1.0]])  # clockwise
    np.testing.assert_allclose(region_centroid(square), [2.0, 2.0], atol=1e-15)


def test_it_differs_from_the_vertex_mean_when_vertices_crowd_one_side() -> None:
    # The unit square with many vertices on its bottom edge: the mean sinks, the centroid not.
    bottom = np.stack([np.linspace(0.0, 1.0, 50), np.zeros(50)], axis=1)
    polygon = np.concatenate([bottom, [[1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]])
    np.testing.assert_allclose(region_centroid(polygon), [0.5, 0.5], atol=1e-12)
    assert polygon[:-1].mean(axis=0)[1] < 0.1


def test_the_lens_centroid_lies_inside_the_lens() -> None:
    loss = Quadratic(center=np.array([0.993, 1.604]),
                     hessian=np.array([[1.1, -0.5], [-0.5, 3.9]]))
    from regmath import constrained
    level = 1.6 * constrained(loss, norm="l2", radius=1.0).level
    lens = region_below(loss, norm="l2", radius=1.0, level=level)
    c = region_centroid(lens)
    assert np.linalg.norm(c) < 1.0 and loss.value(c) < level


def test_a_degenerate_polygon_is_refused() -> None:
    with pytest.raises(InvalidArgumentError):
        region_centroid(np.array([[0.0, 0.0], [1.0, 1.0], [2.0, 2.0], [0.0, 0.0]]))
    with pytest.raises(InvalidArgumentError):
        region_centroid(np.zeros((2, 2)))
