"""The batched 2D solver against the one-loss solvers, the 50-digit references and KKT."""

from __future__ import annotations

import numpy as np
import pytest

from regmath import InvalidArgumentError, Quadratic, constrained
from regmath.batch import constrained_2d, rotations
from tests.references import l1_by_enumeration, l2_by_secular, mp_hessian

#: Points agree with the one-loss solver to this, relative to max(t, |ŵ|): both
#: evaluate the same formulas, only the order of a few roundings differs.
POINT_RTOL = 1e-12
#: Multipliers carry cond(H) · eps of rounding; cond(H) goes up to 1e6 here.
MULTIPLIER_RTOL = 1e-9
#: Agreement with the 50-digit references, relative to max(t, |ŵ|).
REFERENCE_RTOL = 1e-10


def random_losses(rng: np.random.Generator, m: int, *, max_condition: float = 1e6
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """ŵ, d and Q (a rotation) for m random losses."""
    centers = rng.uniform(-3.0, 3.0, (m, 2))
    eigenvalues = np.stack([np.ones(m), np.exp(rng.uniform(0.0, np.log(max_condition), m))], -1)
    rng.shuffle(eigenvalues, axis=1)
    return centers, eigenvalues, rotations(rng.uniform(0.0, np.pi, m))


def angles_of(rotation_matrices: np.ndarray) -> np.ndarray:
    """The angles of 2 × 2 rotations (their first column is (cos, sin))."""
    return np.arctan2(rotation_matrices[:, 1, 0], rotation_matrices[:, 0, 0])


@pytest.mark.parametrize("norm", ["l1", "l2"])
@pytest.mark.parametrize("radius", [0.3, 1.0, 2.5])
def test_batch_equals_one_loss_solver_with_the_same_exact_zeros(
    rng: np.random.Generator, norm: str, radius: float
) -> None:
    centers, d, q = random_losses(rng, 3000)
    points, multipliers = constrained_2d(centers, eigenvalues=d, eigenvectors=q, norm=norm,
                                         radius=radius)
    for k in range(len(centers)):
        one = constrained(Quadratic(center=centers[k], eigenvalues=d[k], eigenvectors=q[k]),
                          norm=norm, radius=radius)
        scale = max(radius, float(np.max(np.abs(centers[k]))))
        assert np.array_equal(points[k] == 0.0, one.point == 0.0), k
        np.testing.assert_allclose(points[k], one.point, rtol=0, atol=POINT_RTOL * scale)
        np.testing.assert_allclose(multipliers[k], one.multiplier, rtol=MULTIPLIER_RTOL,
                                   atol=MULTIPLIER_RTOL * scale)


@pytest.mark.parametrize("norm", ["l1", "l2"])
def test_batch_matches_the_50_digit_references(rng: np.random.Generator, norm: str) -> None:
    centers, d, q = random_losses(rng, 60, max_condition=1e3)
    angles = angles_of(q)
    points, multipliers = constrained_2d(centers, eigenvalues=d, eigenvectors=q, norm=norm,
                                         radius=1.0)
    reference = l1_by_enumeration if norm == "l1" else l2_by_secular
    for k in range(60):
        ref = reference(mp_hessian(eigenvalues=d[k], angle=angles[k]), centers[k], 1.0)
        scale = max(1.0, float(np.max(np.abs(centers[k]))))
        np.testing.assert_allclose(points[k], ref.point, rtol=0, atol=REFERENCE_RTOL * scale)
        np.testing.assert_allclose(multipliers[k], ref.multiplier, rtol=1e-9, atol=1e-10)


@pytest.mark.parametrize("norm", ["l1", "l2"])
def test_batch_solutions_satisfy_kkt(rng: np.random.Generator, norm: str) -> None:
    """Feasible, λ ≥ 0, λ = 0 inside the ball, and ∇f(w*) + λ g = 0 with g ∈ ∂‖w*‖."""
    centers, d, q = random_losses(rng, 4000, max_condition=1e3)
    t = 1.0
    points, lam = constrained_2d(centers, eigenvalues=d, eigenvectors=q, norm=norm, radius=t)
    hessians = np.einsum("kij,kj,klj->kil", q, d, q)
    gradient = np.einsum("kij,kj->ki", hessians, points - centers)
    size = np.sum(np.abs(points), axis=1) if norm == "l1" else np.hypot(*points.T)
    ball = np.sum(np.abs(centers), axis=1) if norm == "l1" else np.hypot(*centers.T)
    tol = 1e-9 * np.maximum(1.0, np.max(np.abs(gradient), axis=1))
    assert np.all(lam >= 0.0)
    assert np.all(size <= t * (1 + 1e-12))
    inside = ball <= t
    assert np.all(lam[inside] == 0.0) and np.array_equal(points[inside], centers[inside])
    on = ~inside
    np.testing.assert_allclose(size[on], t, rtol=1e-12)
    if norm == "l2":
        residual = gradient[on] + lam[on, None] * points[on] / t
        assert np.all(np.abs(residual) <= tol[on, None])
        return
    # L1: −∇f = λ g with g = sign(w) where w ≠ 0 and |g| ≤ 1 where w = 0.
    g = -gradient[on] / lam[on, None]
    nonzero = points[on] != 0.0
    sign = np.sign(points[on])
    assert np.all(np.abs(lam[on, None] * (g - sign))[nonzero] <= tol[on, None].repeat(2, 1)[nonzero])
    assert np.all((np.abs(g) <= 1.0 + 1e-9)[~nonzero])
    # Corners are common: at least a third of these losses have an exact zero.
    assert np.mean(np.any(points[on] == 0.0, axis=1)) > 1 / 3


def test_a_shared_hessian_broadcasts_like_one_per_loss(rng: np.random.Generator) -> None:
    centers, _, _ = random_losses(rng, 200)
    loss = Quadratic(center=[0.0, 0.0], hessian=[[1.1, -0.5], [-0.5, 3.9]])
    shared = constrained_2d(centers, eigenvalues=loss.eigenvalues,
                            eigenvectors=loss.eigenvectors, norm="l1", radius=1.0)
    each = constrained_2d(centers, eigenvalues=np.tile(loss.eigenvalues, (200, 1)),
                          eigenvectors=np.tile(loss.eigenvectors, (200, 1, 1)), norm="l1",
                          radius=1.0)
    np.testing.assert_array_equal(shared[0], each[0])
    np.testing.assert_array_equal(shared[1], each[1])


def test_cases_the_closed_forms_leave_open_go_to_the_one_loss_solver() -> None:
    """t = 0, ŵ on a principal axis (a zero in β), ŵ exactly on a wedge's boundary ray."""
    q = rotations([0.0, 0.0, 0.0])
    d = np.array([[1.0, 4.0], [1.0, 4.0], [1.0, 1.0]])
    centers = np.array([[2.0, 0.0], [0.0, 3.0], [2.0, 1.0]])  # the last: ŵ = (1, 0) + (1, 1)
    for norm in ("l1", "l2"):
        for radius in (0.0, 1.0):
            points, lam = constrained_2d(centers, eigenvalues=d, eigenvectors=q, norm=norm,
                                         radius=radius)
            for k in range(3):
                one = constrained(Quadratic(center=centers[k], eigenvalues=d[k],
                                            eigenvectors=q[k]), norm=norm, radius=radius)
                np.testing.assert_array_equal(points[k], one.point)
                assert lam[k] == pytest.approx(one.multiplier, rel=1e-12, abs=1e-15)
    on_axis, _ = constrained_2d(centers[:2], eigenvalues=d[:2], eigenvectors=q[:2], norm="l2",
                                radius=1.0)
    np.testing.assert_array_equal(on_axis, [[1.0, 0.0], [0.0, 1.0]])


def test_no_losses_give_empty_arrays() -> None:
    points, lam = constrained_2d(np.zeros((0, 2)), eigenvalues=[1.0, 2.0],
                                 eigenvectors=np.eye(2), norm="l2", radius=1.0)
    assert points.shape == (0, 2) and lam.shape == (0,)


@pytest.mark.parametrize(("kwargs", "argument"), [
    ({"centers": np.zeros((3, 3))}, "centers"),
    ({"centers": [[np.nan, 0.0]]}, "centers"),
    ({"eigenvalues": [1.0, 0.0]}, "eigenvalues"),
    ({"eigenvalues": [[1.0, 2.0]] * 2}, "eigenvalues"),
    ({"eigenvectors": [[1.0, 1.0], [0.0, 1.0]]}, "eigenvectors"),
    ({"eigenvectors": np.eye(3)}, "eigenvectors"),
    ({"norm": "l3"}, "norm"),
    ({"radius": -1.0}, "radius"),
])
def test_bad_arguments_are_named(kwargs: dict, argument: str) -> None:
    call = {"centers": [[2.0, 1.0]], "eigenvalues": [1.0, 2.0], "eigenvectors": np.eye(2),
            "norm": "l1", "radius": 1.0} | kwargs
    centers = call.pop("centers")
    with pytest.raises(InvalidArgumentError, match=f"^{argument}:"):
        constrained_2d(centers, **call)


@pytest.mark.parametrize("norm", ["l1", "l2"])
def test_generic_losses_rarely_need_the_one_loss_solver(
    rng: np.random.Generator, monkeypatch: pytest.MonkeyPatch, norm: str
) -> None:
    """The closed forms decide almost every loss of a random draw; the fallback is for
    ties and for edge points with a weight so small next to ŵ that the face formula
    would lose relative accuracy (`regmath.diamond.FACE_RTOL`)."""
    calls = []
    original = constrained

    def counted(loss, **kwargs):
        calls.append(loss)
        return original(loss, **kwargs)

    monkeypatch.setattr("regmath.batch.constrained", counted)
    centers, d, q = random_losses(rng, 5000)
    constrained_2d(centers, eigenvalues=d, eigenvectors=q, norm=norm, radius=1.0)
    assert len(calls) <= 5  # 0.1 %
    for loss in calls:
        point = original(loss, norm=norm, radius=1.0).point
        smallest = float(np.min(np.abs(point[point != 0.0]))) if point.any() else 0.0
        assert smallest < 1e-3 * float(np.max(np.abs(loss.center)))
