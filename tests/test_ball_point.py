"""regmath.ball_point: the boundary point along a direction, against independent checks."""

import numpy as np
import pytest

from regmath.ball_point import boundary_towards
from regmath.errors import InvalidArgumentError


@pytest.mark.parametrize("norm,p", [("l1", 1), ("l2", 2)])
@pytest.mark.parametrize("d", [(0.25, -0.35), (1.0, 0.0), (-3.0, 4.0), (1e-8, -2e-8)])
def test_on_the_boundary_and_on_the_ray(norm, p, d) -> None:
    w = boundary_towards(d, norm=norm, radius=0.6)
    assert np.linalg.norm(w, ord=p) == pytest.approx(0.6, rel=1e-14)
    # On the ray: parallel to d (zero cross product) and pointing the same way.
    assert w[0] * d[1] - w[1] * d[0] == pytest.approx(0.0, abs=1e-15)
    assert float(np.dot(w, d)) > 0.0


def test_known_values_and_radius_zero() -> None:
    np.testing.assert_array_equal(boundary_towards((1.0, 1.0), norm="l1", radius=1.0), [0.5, 0.5])
    np.testing.assert_allclose(boundary_towards((3.0, 4.0), norm="l2", radius=5.0), [3.0, 4.0])
    np.testing.assert_array_equal(boundary_towards((3.0, 4.0), norm="l2", radius=0.0), [0.0, 0.0])


@pytest.mark.parametrize("kwargs", [dict(direction=(0.0, 0.0), norm="l1", radius=1.0),
                                    dict(direction=(1.0, np.nan), norm="l1", radius=1.0),
                                    dict(direction=(1.0, 0.0), norm="l3", radius=1.0),
                                    dict(direction=(1.0, 0.0), norm="l2", radius=-1.0)])
def test_refuses_bad_input(kwargs) -> None:
    with pytest.raises(InvalidArgumentError):
        boundary_towards(kwargs.pop("direction"), **kwargs)
