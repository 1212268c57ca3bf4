"""The solution record: the normal cone without enumeration, clean zeros, JSON."""

from __future__ import annotations

import json

import numpy as np
import pytest

from regmath import InvalidArgumentError, Quadratic, constrained, penalized
from regmath.solution import MAX_NORMAL_CONE_RAYS


@pytest.mark.parametrize("n", [24, 50, 400])
def test_the_normal_cone_is_described_without_its_rays(n: int) -> None:
    """Reported: n = 24 with 23 zero weights ran out of memory listing 2^23 rays."""
    loss = Quadratic(center=np.eye(n)[0], hessian=np.eye(n))
    sol = constrained(loss, norm="l1", radius=0.5)
    assert sol.cone_free == tuple(range(1, n))
    np.testing.assert_array_equal(sol.cone_direction, np.eye(n)[0])
    with pytest.raises(InvalidArgumentError) as info:
        _ = sol.normal_cone
    assert str(info.value).startswith("max_rays: ")
    record = sol.as_dict()
    assert record["normal_cone"] == {"direction": np.eye(n)[0].tolist(),
                                     "free": list(range(1, n))}
    json.dumps(record)


def test_few_rays_are_still_listed() -> None:
    loss = Quadratic(center=[1.0, 1.6, 0.2], hessian=np.diag([1.1, 3.9, 2.0]))
    sol = constrained(loss, norm="l1", radius=0.5)
    rays = sol.normal_cone
    assert rays.shape == (2 ** len(sol.zero_weights), 3)
    # Each ray is a subgradient of ‖·‖₁ at w*: signs on the support, ±1 elsewhere.
    support = sol.point != 0.0
    np.testing.assert_array_equal(rays[:, support], np.sign(sol.point[support])[np.newaxis, :]
                                  * np.ones((rays.shape[0], 1)))
    assert sol.normal_cone_rays(max_rays=4).shape[0] <= 4
    assert MAX_NORMAL_CONE_RAYS == 4096


def test_inactive_and_l2_cones() -> None:
    loss = Quadratic(center=[0.1, 0.2], hessian=np.eye(2))
    assert constrained(loss, norm="l1", radius=1.0).normal_cone.shape == (0, 2)
    assert constrained(loss, norm="l1", radius=1.0).as_dict()["normal_cone"] is None
    l2 = constrained(Quadratic(center=[3.0, 4.0], hessian=np.eye(2)), norm="l2", radius=1.0)
    np.testing.assert_allclose(l2.normal_cone, [[0.6, 0.8]], rtol=1e-15)
    assert l2.cone_free == ()


@pytest.mark.parametrize("norm", ["l1", "l2"])
def test_no_negative_zero_in_any_field(rng: np.random.Generator, norm: str) -> None:
    for _ in range(50):
        center = rng.uniform(-2, 2, 3)
        center[rng.integers(3)] = 0.0
        loss = Quadratic(center=center, hessian=np.diag(rng.uniform(0.5, 2.0, 3)))
        for sol in (constrained(loss, norm=norm, radius=0.5),
                    penalized(loss, norm=norm, strength=0.7)):
            for field in (sol.point, sol.gradient, sol.normal):
                assert not np.any((field == 0.0) & np.signbit(field))
            assert not np.signbit(sol.multiplier)


@pytest.mark.parametrize("norm", ["l1", "l2"])
def test_slack_is_zero_when_binding_and_the_gap_inside(norm: str) -> None:
    """Complementary slackness on the record: slack = t − ‖w*‖_p, exactly 0 while λ > 0."""
    loss = Quadratic(center=[0.3, -0.4], hessian=[[1.1, -0.5], [-0.5, 3.9]])
    inner = 0.7 if norm == "l1" else 0.5
    inside = constrained(loss, norm=norm, radius=1.0)
    assert inside.multiplier == 0.0
    assert inside.slack == pytest.approx(1.0 - inner, abs=1e-12)
    binding = constrained(loss, norm=norm, radius=0.6 * inner)
    assert binding.multiplier > 0.0 and binding.slack == 0.0
    assert constrained(loss, norm=norm, radius=inner).slack == pytest.approx(0.0, abs=1e-12)
