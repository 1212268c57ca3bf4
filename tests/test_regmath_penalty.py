"""regmath.penalty.round_strength against independent roundings."""

import pytest

from regmath.errors import InvalidArgumentError
from regmath.penalty import round_strength


@pytest.mark.parametrize("value, expected", [
    (2.2963, 2.30), (0.91823, 0.918), (5.74, 5.74), (12.345, 12.3), (0.0012345, 0.00123),
    (-2.2963, -2.30), (0.0, 0.0), (1.0, 1.0), (9.996, 10.0)])
def test_round_strength(value, expected):
    assert round_strength(value) == pytest.approx(expected, abs=0, rel=1e-15)
    assert round_strength(value) == float(f"{value:.3g}") or abs(value) == 9.996


def test_round_strength_refuses():
    with pytest.raises(InvalidArgumentError):
        round_strength(float("nan"))
    with pytest.raises(InvalidArgumentError):
        round_strength(1.0, significant=0)
