"""The loss object: validation, factored forms, evaluation."""

from __future__ import annotations

import numpy as np
import pytest

from regmath import InvalidArgumentError, Quadratic


def test_value_and_gradient_match_the_formula(rng: np.random.Generator) -> None:
    h = np.array([[2.0, 0.5], [0.5, 1.0]])
    c = np.array([1.0, -2.0])
    loss = Quadratic(center=c, hessian=h)
    points = rng.standard_normal((50, 2))
    direct = 0.5 * np.einsum("ki,ij,kj->k", points - c, h, points - c)
    np.testing.assert_allclose(loss.value(points), direct, rtol=1e-13)
    np.testing.assert_allclose(loss.gradient(points), (points - c) @ h, rtol=1e-13, atol=1e-14)
    assert loss.value(c) == 0.0


def test_factored_by_angle_builds_the_rotated_hessian() -> None:
    loss = Quadratic(center=[0.0, 0.0], eigenvalues=[4.0, 1.0], angle=np.pi / 2)
    np.testing.assert_allclose(loss.hessian, [[1.0, 0.0], [0.0, 4.0]], atol=1e-15)
    assert loss.factored
    np.testing.assert_array_equal(loss.eigenvalues, [4.0, 1.0])


def test_factored_by_eigenvectors_in_three_dimensions(rng: np.random.Generator) -> None:
    q, _ = np.linalg.qr(rng.standard_normal((3, 3)))
    loss = Quadratic(center=[1.0, 2.0, 3.0], eigenvalues=[1.0, 2.0, 3.0], eigenvectors=q)
    np.testing.assert_allclose(loss.hessian, q @ np.diag([1.0, 2.0, 3.0]) @ q.T, atol=1e-14)


def test_singular_hessian_is_flagged_and_its_null_space_found() -> None:
    loss = Quadratic(center=[1.0, 1.0], hessian=[[1.0, 1.0], [1.0, 1.0]])
    assert loss.singular and loss.condition_number == float("inf")
    null = loss.null_space()
    assert null.shape == (2, 1)
    np.testing.assert_allclose(loss.hessian @ null, 0.0, atol=1e-15)


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"center": [1.0, np.nan], "hessian": np.eye(2)}, "center"),
        ({"center": [1.0, 2.0], "hessian": [[1.0, np.inf], [0.0, 1.0]]}, "hessian"),
        ({"center": [[1.0, 2.0]], "hessian": np.eye(2)}, "center"),
        ({"center": [], "hessian": np.eye(2)}, "center"),
        ({"center": [1.0, 2.0], "hessian": np.eye(3)}, "hessian"),
        ({"center": [1.0, 2.0], "hessian": [[1.0, 0.5], [0.0, 1.0]]}, "hessian"),
        ({"center": [1.0, 2.0], "hessian": [[1.0, 0.0], [0.0, -1.0]]}, "hessian"),
        ({"center": [1.0, 2.0], "hessian": [["a", 0.0], [0.0, 1.0]]}, "hessian"),
        ({"center": [1.0, 2.0]}, "hessian"),
        ({"center": [1.0, 2.0], "eigenvalues": [1.0, -2.0], "angle": 0.0}, "eigenvalues"),
        ({"center": [1.0, 2.0], "eigenvalues": [1.0, 2.0]}, "eigenvectors"),
        ({"center": [1.0, 2.0, 3.0], "eigenvalues": [1.0, 2.0, 3.0], "angle": 0.1}, "angle"),
        ({"center": [1.0, 2.0], "eigenvalues": [1.0, 2.0], "eigenvectors": [[1.0, 1.0], [0.0, 1.0]]},
         "eigenvectors"),
        ({"center": [1.0, 2.0], "eigenvalues": [1.0], "angle": 0.0}, "eigenvalues"),
    ],
    ids=["nan-center", "inf-hessian", "center-2d", "empty-center", "shape-mismatch",
         "asymmetric", "indefinite", "non-numeric", "no-hessian", "negative-eigenvalue",
         "no-rotation", "angle-in-3d", "not-orthonormal", "eigenvalue-count"],
)
def test_bad_input_names_the_argument(kwargs: dict, argument: str) -> None:
    with pytest.raises(InvalidArgumentError) as info:
        Quadratic(**kwargs)
    assert info.value.argument == argument
    assert str(info.value).startswith(f"{argument}: ")
    assert isinstance(info.value, ValueError)


def test_arrays_are_read_only() -> None:
    loss = Quadratic(center=[1.0, 2.0], hessian=np.eye(2))
    with pytest.raises(ValueError):
        loss.center[0] = 5.0


def test_inverse_hessian_from_the_factors() -> None:
    loss = Quadratic(center=[0.0, 0.0], eigenvalues=[1.0, 1e-8], angle=0.7)
    np.testing.assert_allclose(loss.inverse_hessian @ loss.hessian, np.eye(2), atol=1e-7)
    with pytest.raises(InvalidArgumentError, match="hessian"):
        _ = Quadratic(center=[1.0, 1.0], hessian=[[1.0, 1.0], [1.0, 1.0]]).inverse_hessian


# ------------------------------------------------- rank, factors, refusal
def test_given_factors_are_kept_exactly_however_small() -> None:
    loss = Quadratic(center=[1.0, 1.0], eigenvalues=[1.0, 1e-14], angle=0.3)
    np.testing.assert_array_equal(loss.eigenvalues, [1.0, 1e-14])
    assert loss.rank == 2 and not loss.singular
    assert Quadratic(center=[1.0, 1.0], eigenvalues=[1.0, 1e-300], angle=0.3).rank == 2
    assert Quadratic(center=[1.0, 1.0], eigenvalues=[1.0, 0.0], angle=0.3).rank == 1


def test_reported_rank_cut_case_is_solved_from_the_factors() -> None:
    """L1 radius 1.9 for d = (1, 1e-14): the answer uses the tiny eigenvalue."""
    from regmath import constrained
    from tests.references import l1_by_enumeration, mp_hessian

    loss = Quadratic(center=[1.0, 1.0], eigenvalues=[1.0, 1e-14], angle=0.3)
    sol = constrained(loss, norm="l1", radius=1.9)
    ref = l1_by_enumeration(mp_hessian(eigenvalues=[1.0, 1e-14], angle=0.3), [1.0, 1.0], 1.9)
    np.testing.assert_allclose(sol.point, [1.044788, 0.855212], atol=5e-7)
    np.testing.assert_allclose(sol.point, ref.point, rtol=1e-12)
    assert sol.multiplier == pytest.approx(ref.multiplier, rel=1e-9)
    assert sol.multiplier == pytest.approx(2.297e-15, rel=1e-3) and sol.active


@pytest.mark.parametrize("n", [2, 5, 40])
def test_a_dense_hessian_reports_its_numerical_rank(rng: np.random.Generator, n: int) -> None:
    for samples in (1, n // 2, n):
        x = rng.standard_normal((samples, n))
        loss = Quadratic(center=np.ones(n), hessian=x.T @ x)
        assert loss.rank == min(samples, n)
        assert np.count_nonzero(loss.eigenvalues) == loss.rank


@pytest.mark.parametrize("smallest", [1e-8, 1e-11, 1e-13])
def test_a_dense_hessian_too_close_to_rounding_is_refused(smallest: float) -> None:
    """Its smallest eigenvalue is within 1/TRUSTED_RTOL of eigh's rounding."""
    from regmath.quadratic import TRUSTED_RTOL

    h = Quadratic(center=[1.0, 1.0], eigenvalues=[1.0, smallest], angle=0.3).hessian
    if smallest * TRUSTED_RTOL >= 2 * np.finfo(float).eps:
        assert Quadratic(center=[1.0, 1.0], hessian=h).rank == 2
        return
    with pytest.raises(InvalidArgumentError) as info:
        Quadratic(center=[1.0, 1.0], hessian=h)
    assert str(info.value).startswith("hessian: ")
    assert "eigenvalues=" in str(info.value)


def test_a_dense_hessian_with_rounding_zeros_is_singular_not_refused() -> None:
    x = np.arange(12.0).reshape(3, 4)  # rank 2
    loss = Quadratic(center=np.ones(4), hessian=x.T @ x)
    assert loss.rank == 2 and loss.singular


def test_the_unit_scale_is_exact() -> None:
    loss = Quadratic(center=[3e200, -1e199], hessian=[[4e-100, 0.0], [0.0, 1e-101]])
    unit, a, h = loss.unit()
    np.testing.assert_array_equal(np.ldexp(unit.center, a), loss.center)
    np.testing.assert_array_equal(np.ldexp(unit.eigenvalues, h), loss.eigenvalues)
    assert 0.5 <= np.max(np.abs(unit.center)) < 1.0 and 0.5 <= np.max(unit.eigenvalues) < 1.0
    # f = ½ (4e-100 · (2e200)² + 1e-101 · (2.1e200)²): the squares alone would overflow.
    point = np.array([1e200, 2e200])
    assert loss.value(point) == pytest.approx(0.5 * (1.6e301 + 4.41e299), rel=1e-12)


def test_negative_given_eigenvalues_are_refused() -> None:
    with pytest.raises(InvalidArgumentError, match="eigenvalues"):
        Quadratic(center=[1.0, 1.0], eigenvalues=[1.0, -1e-300], angle=0.0)


@pytest.mark.parametrize("center, hessian, point, expected", [
    # A tiny ŵ and a point of order 1: on ŵ's unit scale the square overflowed to inf.
    ([0.0, 2.0**-517], np.eye(2), [1.0, 0.0], 0.5),
    ([2.0**-600, 0.0], np.diag([2.0, 3.0]), [0.0, 2.0**300], 1.5 * 2.0**600),
    # A tiny H and a point far beyond ŵ: f is finite although |w|² is not.
    ([1.0, 0.0], np.eye(2) * 2.0**-1000, [2.0**600, 0.0], 0.5 * 2.0**200),
])
def test_value_is_finite_for_points_far_larger_than_w_hat(center, hessian, point,
                                                           expected) -> None:
    assert Quadratic(center, hessian).value(point) == pytest.approx(expected, rel=1e-15)
