"""readable_scale: the nearest round scale, checked against a brute-force list."""

from __future__ import annotations

import math

import pytest

from regmath.errors import InvalidArgumentError
from regmath.scales import readable_scale


@pytest.mark.parametrize("k, expected", [(0.498, 0.5), (1.0, 1.0), (0.3, 0.25), (3.4, 2.5),
                                         (3.6, 5.0), (7.2, 10.0), (0.0012, 0.001),
                                         (140.0, 100.0), (0.16, 0.2)])
def test_nearest_round_scale(k: float, expected: float) -> None:
    assert readable_scale(k) == pytest.approx(expected, rel=1e-12)


def test_agrees_with_every_round_number_over_many_decades() -> None:
    rounds = [m * 10.0**e for e in range(-6, 7) for m in (1.0, 2.0, 2.5, 5.0)]
    for i in range(1, 400):
        k = 10.0 ** (-4 + 8 * i / 400)
        best = min(rounds, key=lambda c: abs(math.log(c / k)))
        got = readable_scale(k)
        assert abs(math.log(got / k)) == pytest.approx(abs(math.log(best / k)), abs=1e-9)
        assert 1 / math.sqrt(2) - 1e-12 <= got / k <= math.sqrt(2) + 1e-12


@pytest.mark.parametrize("bad", [0.0, -1.0, math.inf, math.nan])
def test_refuses_non_positive(bad: float) -> None:
    with pytest.raises(InvalidArgumentError):
        readable_scale(bad)
