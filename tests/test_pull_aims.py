"""regmath.facts.pull_aims_at_center: the pull at p points at ŵ exactly when ŵ − p is an
eigenvector of H (checked against hand-made cases)."""

from __future__ import annotations

import numpy as np

from regmath import Quadratic
from regmath.facts import pull_aims_at_center


def test_isotropic_pull_always_aims_at_the_center() -> None:
    loss = Quadratic(center=[1.0, 1.6], hessian=[[2.0, 0.0], [0.0, 2.0]])
    assert pull_aims_at_center(loss, np.array([0.0, 1.0]))
    assert pull_aims_at_center(loss, np.array([-0.3, 0.2]))


def test_the_default_lasso_data_does_not_aim() -> None:
    # H(ŵ − w*) = (0.8, 1.84) against ŵ − w* = (1, 0.6): not parallel.
    loss = Quadratic(center=[1.0, 1.6], hessian=[[1.1, -0.5], [-0.5, 3.9]])
    assert not pull_aims_at_center(loss, np.array([0.0, 1.0]))


def test_an_eigenvector_offset_aims_and_no_offset_does_not() -> None:
    loss = Quadratic(center=[1.0, 2.0], hessian=[[1.0, 0.0], [0.0, 4.0]])
    assert pull_aims_at_center(loss, np.array([1.0, 1.0]))  # ŵ − p = (0, 1), an axis of H
    assert not pull_aims_at_center(loss, np.array([0.0, 1.0]))
    assert not pull_aims_at_center(loss, np.array([1.0, 2.0]))  # p = ŵ: no pull


def test_pull_turn_against_hand_computed_angles() -> None:
    from regmath.facts import pull_turn
    # H = diag(1, 4), ŵ − p = (1, 1): the pull (1, 4); cos θ = 5 / (√2 √17).
    loss = Quadratic(center=[1.0, 2.0], hessian=[[1.0, 0.0], [0.0, 4.0]])
    expected = np.degrees(np.arccos(5.0 / (np.sqrt(2.0) * np.sqrt(17.0))))
    assert abs(pull_turn(loss, np.array([0.0, 1.0])) - expected) < 1e-12
    assert pull_turn(loss, np.array([1.0, 1.0])) == 0.0  # an axis of H: aims at ŵ
    # InactiveConstraint's first w*: the pull along (1, 1), 45°; ŵ − w* at atan(0.12/0.33).
    loss = Quadratic(center=[0.846, 0.604], hessian=[[1.1, -0.5], [-0.5, 3.9]])
    d = np.linalg.solve(loss.hessian, [1.0, 1.0])  # ŵ − w* ∥ H⁻¹g = (4.4, 1.6)/4.04
    w = np.asarray(loss.center) - 0.3 * d
    assert abs(pull_turn(loss, w) - (45.0 - np.degrees(np.arctan2(1.6, 4.4)))) < 1e-9


def test_pull_turn_refuses_the_centre() -> None:
    import pytest

    from regmath.errors import InvalidArgumentError
    from regmath.facts import pull_turn
    loss = Quadratic(center=[1.0, 2.0], hessian=[[1.0, 0.0], [0.0, 4.0]])
    with pytest.raises(InvalidArgumentError):
        pull_turn(loss, np.array([1.0, 2.0]))
