"""Lp norms and the exact Lp-ball boundary for any p > 0."""

from __future__ import annotations

import numpy as np
import pytest

from regmath import InvalidArgumentError
from regmath.lp import lp_ball_boundary, lp_norm, manhattan_path

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
