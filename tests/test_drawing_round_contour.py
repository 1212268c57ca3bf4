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
