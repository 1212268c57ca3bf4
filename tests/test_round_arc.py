"""regmath.round_arc: the round contour's arc outside the ball, checked independently."""

from __future__ import annotations

import numpy as np
import pytest

from regmath.errors import InvalidArgumentError
from regmath.round_arc import round_arc_outside


def test_arc_stays_outside_diamond_and_on_circle() -> None:
    center, through = np.array([1.0, 1.6]), np.array([0.0, 1.0])
    arc = round_arc_outside(center, through, norm="l1", radius=1.0, samples=129)
    r = np.hypot(*(through - center))
    assert np.allclose(np.hypot(*(arc - center).T), r)
    assert np.all(np.abs(arc).sum(axis=1) >= 1.0 - 1e-9)
    # The circle enters the diamond on one side of w* (it crosses w₁ + w₂ = 1 again at
    # (0.4, 0.6), by hand): that side is cut, so w* is an end of the arc.
    assert np.allclose(arc[-1], through) or np.allclose(arc[0], through)
    assert len(arc) > 10


def test_arc_both_sides_when_circle_stays_outside() -> None:
    # ŵ straight above the corner (0, 1): the circle about (0, 3) through (0, 1) stays
    # outside the diamond near the corner on both sides (its curvature 1/2 is gentler than
    # the corner's edges).
    arc = round_arc_outside((0.0, 3.0), (0.0, 1.0), norm="l1", radius=1.0, samples=129,
                            half_angle_degrees=30.0)
    k = int(np.flatnonzero(np.all(np.isclose(arc, [0.0, 1.0]), axis=1))[0])
    assert 0 < k < len(arc) - 1
    assert len(arc) == 2 * round(128 * 30 / 360) + 1


@pytest.mark.parametrize("kwargs", [{"radius": 0.0}, {"radius": float("nan")},
                                    {"half_angle_degrees": 0.0},
                                    {"half_angle_degrees": 200.0},
                                    {"norm": "l3"}])
def test_refuses_bad_input(kwargs: dict) -> None:
    args = {"norm": "l1", "radius": 1.0} | kwargs
    with pytest.raises(InvalidArgumentError):
        round_arc_outside((1.0, 1.6), (0.0, 1.0), **args)
