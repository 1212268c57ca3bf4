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
