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
