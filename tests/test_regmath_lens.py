"""regmath.lens: the magnifier box and its gain, against hand computations."""

import numpy as np
import pytest

from regmath.drawing import ViewBox
from regmath.errors import InvalidArgumentError
from regmath.lens import lens_box, lens_gain


def test_the_box_is_square_centred_and_holds_the_points_with_margin() -> None:
    points = [np.array([[0.35, 0.25], [0.85, 0.6]]), np.array([0.52, 0.48])]
    box = lens_box(points, margin=0.1)
    # extent 0.5 (x), centre (0.6, 0.425), half side 0.5 · 0.6 = 0.3
    assert box.x_range[:2] == pytest.approx((0.3, 0.9))
    assert box.y_range[:2] == pytest.approx((0.125, 0.725))
    assert box.contains(np.concatenate([np.atleast_2d(p) for p in points]))
    assert not box.contains(np.zeros(2))  # the origin is not forced in


def test_a_single_point_gets_a_small_box_around_it() -> None:
    box = lens_box([np.array([2.0, -1.0])], margin=0.0)
    assert box.width == pytest.approx(0.2) and box.height == pytest.approx(0.2)
    assert box.contains(np.array([2.0, -1.0]))


def test_gain_is_the_ratio_of_units() -> None:
    lens = ViewBox((0.0, 0.5, 0.1), (0.0, 0.5, 0.1))
    view = ViewBox((-1.5, 1.5, 0.5), (-1.5, 1.5, 0.5))
    assert lens_gain(lens, view, lens_side=3.0, plot_side=6.0) == pytest.approx(3.0)


@pytest.mark.parametrize("call, name", [
    (lambda: lens_box([]), "points"),
    (lambda: lens_box([np.array([np.nan, 0.0])]), "points"),
    (lambda: lens_box([np.zeros(2)], margin=-1.0), "margin"),
    (lambda: lens_gain(ViewBox((0, 1, 1), (0, 1, 1)), ViewBox((0, 1, 1), (0, 1, 1)),
                       lens_side=0.0, plot_side=1.0), "lens_side"),
])
def test_bad_input_is_refused_by_name(call, name: str) -> None:
    with pytest.raises(InvalidArgumentError) as err:
        call()
    assert str(err.value).startswith(name)
