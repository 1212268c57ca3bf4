"""The exact solvers against independent references, regime by regime.

Tolerances (relative to the size of the answer):
* point within 1e-12 and multiplier within 1e-10 of the 50-digit references
  for cond(H) up to 1e4;
* with H in factored form, the multiplier within 1e-12 even at cond(H) = 1e12;
* zero weights exactly 0.0.
"""

from __future__ import annotations

import numpy as np
import pytest

from regmath import (
    InvalidArgumentError,
    Quadratic,
    constrained,
    lasso_path,
    penalized,
    radius_for_strength,
    strength_for_radius,
)
from tests.conftest import random_problem
from tests.references import (
    l1_by_enumeration,
    l2_by_secular,
    mp_hessian,
    sklearn_lars,
    sklearn_lasso,
)

POINT_RTOL = 1e-12
MULTIPLIER_RTOL = 1e-10
FACTORED_MULTIPLIER_RTOL = 1e-12
SKLEARN_RTOL = 1e-7  # coordinate descent stops at its own tolerance, not at the exact point


def assert_close(actual: np.ndarray, expected: np.ndarray, rtol: float) -> None:
    scale = max(float(np.max(np.abs(expected))), 1e-300)
    assert float(np.max(np.abs(np.asarray(actual) - expected))) <= rtol * scale, (actual, expected)


def reference(norm: str, hessian: np.ndarray, center: np.ndarray, radius: float):
    h = mp_hessian(hessian)
    solver = l1_by_enumeration if norm == "l1" else l2_by_secular
    return solver(h, center, radius)


# ---------------------------------------------------------------- regimes
def test_for_the_interior_case_lambda_is_zero_and_w_star_is_w_hat() -> None:
    loss = Quadratic(center=[0.3, -0.2], hessian=[[2.0, 0.4], [0.4, 1.0]])
    for norm in ("l1", "l2"):
        sol = constrained(loss, norm=norm, radius=1.0)
        np.testing.assert_array_equal(sol.point, loss.center)
        assert sol.multiplier == 0.0 and not sol.active and sol.unique
        assert sol.level == 0.0
        np.testing.assert_array_equal(sol.gradient, 0.0)
        assert sol.normal_cone.shape == (0, 2)


def test_for_the_edge_case_the_l1_solution_has_no_zero() -> None:
    h, c = np.array([[1.0, 0.3], [0.3, 2.0]]), np.array([2.0, 1.0])
    sol = constrained(Quadratic(center=c, hessian=h), norm="l1", radius=1.0)
    ref = reference("l1", h, c, 1.0)
    assert_close(sol.point, ref.point, POINT_RTOL)
    assert sol.multiplier == pytest.approx(ref.multiplier, rel=MULTIPLIER_RTOL)
    assert sol.zero_weights == () and not sol.at_corner
    assert sol.normal_cone.shape == (1, 2)
    np.testing.assert_array_equal(sol.normal, [1.0, 1.0])


def test_for_the_vertex_case_one_weight_is_exactly_zero() -> None:
    h, c = np.array([[1.1, -0.5], [-0.5, 3.9]]), np.array([1.0, 1.6])
    sol = constrained(Quadratic(center=c, hessian=h), norm="l1", radius=1.0)
    ref = reference("l1", h, c, 1.0)
    assert sol.point[0] == 0.0  # exactly, not 1e-17
    assert sol.point[1] == 1.0
    assert sol.at_corner and sol.zero_weights == (0,)
    assert sol.multiplier == pytest.approx(ref.multiplier, rel=MULTIPLIER_RTOL)
    # The normal cone at the corner (0, 1) is spanned by the edge normals (∓1, 1).
    assert {tuple(g) for g in sol.normal_cone} == {(-1.0, 1.0), (1.0, 1.0)}
    assert abs(sol.normal[0]) < 1.0  # strictly inside: the corner is stable


def test_for_t_equal_zero_the_solution_is_the_origin_with_the_dual_norm_multiplier() -> None:
    loss = Quadratic(center=[2.0, -1.0], hessian=[[1.0, 0.2], [0.2, 3.0]])
    q = loss.hessian @ loss.center
    l1 = constrained(loss, norm="l1", radius=0.0)
    l2 = constrained(loss, norm="l2", radius=0.0)
    for sol in (l1, l2):
        np.testing.assert_array_equal(sol.point, 0.0)
        assert sol.active
    assert l1.multiplier == pytest.approx(np.max(np.abs(q)), rel=1e-15)
    assert l2.multiplier == pytest.approx(np.linalg.norm(q), rel=1e-15)
    assert l2.strength == float("inf")  # ridge reaches 0 only in the limit


def test_for_a_singular_hessian_the_minimum_norm_point_is_returned_and_flagged() -> None:
    # f = ½ (w₁ + w₂ − 2)²: every point of the edge w₁ + w₂ = 1 is optimal for t = 1.
    loss = Quadratic(center=[1.0, 1.0], hessian=[[1.0, 1.0], [1.0, 1.0]])
    l1 = constrained(loss, norm="l1", radius=1.0)
    assert not l1.unique
    np.testing.assert_allclose(l1.point, [0.5, 0.5], rtol=1e-14)
    assert l1.multiplier == pytest.approx(1.0, rel=1e-14)
    # Inside: the minimizers form the line w₁ + w₂ = 2 within the ball.
    l2 = constrained(loss, norm="l2", radius=5.0)
    assert not l2.unique and l2.multiplier == 0.0
    np.testing.assert_allclose(l2.point, [1.0, 1.0], rtol=1e-15)
    # Active L2 with singular H is still unique (λ > 0 makes it strictly convex).
    assert constrained(loss, norm="l2", radius=1.0).unique


def test_for_a_singular_hessian_with_a_unique_solution_the_flag_says_so() -> None:
    # f = ½ (2 w₁ + w₂ − 3)²/…: level lines are not parallel to an edge, so a vertex wins.
    loss = Quadratic(center=[1.0, 1.0], hessian=[[4.0, 2.0], [2.0, 1.0]])
    sol = constrained(loss, norm="l1", radius=1.0)
    assert sol.unique
    np.testing.assert_array_equal(sol.point, [1.0, 0.0])


def test_singular_minimum_norm_point_beats_every_other_minimizer(rng: np.random.Generator) -> None:
    loss = Quadratic(center=[1.0, 1.0, 0.5], eigenvalues=[2.0, 1.0, 0.0],
                     eigenvectors=np.linalg.qr(rng.standard_normal((3, 3)))[0])
    sol = constrained(loss, norm="l1", radius=1.0)
    null = loss.null_space()[:, 0]
    # Other minimizers: w* + s·v inside the ball; none is shorter.
    for s in np.linspace(-3.0, 3.0, 2001):
        other = sol.point + s * null
        if np.sum(np.abs(other)) <= 1.0 + 1e-12:
            assert np.linalg.norm(other) >= np.linalg.norm(sol.point) - 1e-12
            assert loss.value(other) == pytest.approx(sol.level, rel=1e-9, abs=1e-12)


@pytest.mark.parametrize("condition", [1e1, 1e2, 1e3, 1e4], ids=lambda c: f"cond={c:.0e}")
@pytest.mark.parametrize("norm", ["l1", "l2"])
@pytest.mark.parametrize("n", [2, 3, 4])
def test_for_ill_conditioned_hessians_the_references_agree(
    rng: np.random.Generator, norm: str, n: int, condition: float
) -> None:
    for _ in range(4):
        h, c = random_problem(rng, n, condition=condition)
        radius = float(rng.uniform(0.1, 0.9)) * float(np.sum(np.abs(c)) if norm == "l1"
                                                       else np.linalg.norm(c))
        sol = constrained(Quadratic(center=c, hessian=h), norm=norm, radius=radius)
        ref = reference(norm, h, c, radius)
        assert_close(sol.point, ref.point, POINT_RTOL * max(1.0, condition / 1e2))
        assert sol.multiplier == pytest.approx(ref.multiplier, rel=MULTIPLIER_RTOL)
        assert sol.level == pytest.approx(ref.level, rel=1e-10)
        if norm == "l1":
            np.testing.assert_array_equal(sol.point == 0.0, np.abs(ref.point) < 1e-30)


@pytest.mark.parametrize("norm", ["l1", "l2"])
def test_factored_hessian_keeps_the_multiplier_exact_at_condition_1e12(norm: str) -> None:
    for angle in (0.3, 1.1, 2.0):
        eigenvalues = [1.0, 1e-12]
        loss = Quadratic(center=[2.0, 1.5], eigenvalues=eigenvalues, angle=angle)
        h = mp_hessian(eigenvalues=eigenvalues, angle=angle)
        solver = l1_by_enumeration if norm == "l1" else l2_by_secular
        for radius in (0.5, 1.0):
            sol = constrained(loss, norm=norm, radius=radius)
            ref = solver(h, loss.center, radius)
            assert sol.multiplier == pytest.approx(ref.multiplier, rel=FACTORED_MULTIPLIER_RTOL)


# ------------------------------------------------------------- scikit-learn
@pytest.mark.parametrize("n", [2, 3, 5])
def test_lasso_matches_scikit_learn_coordinate_descent(rng: np.random.Generator, n: int) -> None:
    for _ in range(3):
        h, c = random_problem(rng, n, condition=1e2)
        loss = Quadratic(center=c, hessian=h)
        lam_max = float(np.max(np.abs(h @ c)))
        for fraction in (0.05, 0.3, 0.7):
            sol = penalized(loss, norm="l1", strength=fraction * lam_max)
            expected = sklearn_lasso(h, c, fraction * lam_max)
            assert_close(sol.point, expected, SKLEARN_RTOL)
            # The support agrees exactly: sklearn's zeros are exact zeros too.
            np.testing.assert_array_equal(sol.point == 0.0, expected == 0.0)


@pytest.mark.parametrize("n", [2, 3, 5, 8])
def test_lasso_path_knots_match_lars_path_gram(rng: np.random.Generator, n: int) -> None:
    for _ in range(3):
        h, c = random_problem(rng, n, condition=1e3)
        path = lasso_path(Quadratic(center=c, hessian=h))
        alphas, coefs = sklearn_lars(h, c)
        np.testing.assert_allclose(path.knots, alphas, rtol=1e-9, atol=1e-12 * alphas[0])
        np.testing.assert_allclose(path.points, coefs.T, rtol=1e-8, atol=1e-10)


# ------------------------------------------------------------ t ↔ λ maps
@pytest.mark.parametrize("norm", ["l1", "l2"])
def test_penalty_and_constraint_give_the_same_point(rng: np.random.Generator, norm: str) -> None:
    h, c = random_problem(rng, 3, condition=30.0)
    loss = Quadratic(center=c, hessian=h)
    for radius in (0.2, 0.8, 1.5):
        strength = strength_for_radius(loss, norm=norm, radius=radius)
        pen = penalized(loss, norm=norm, strength=strength)
        con = constrained(loss, norm=norm, radius=radius)
        assert_close(pen.point, con.point, 1e-11)
        assert radius_for_strength(loss, norm=norm, strength=strength) == pytest.approx(
            min(radius, con.radius), rel=1e-11)
        assert pen.multiplier == pytest.approx(con.multiplier, rel=1e-10)


def test_ridge_does_not_shrink_uniformly_unless_h_is_a_multiple_of_i() -> None:
    skewed = Quadratic(center=[2.0, 1.0], hessian=[[4.0, 0.0], [0.0, 0.5]])
    ratio = penalized(skewed, norm="l2", strength=1.0).point / skewed.center
    assert ratio[0] != pytest.approx(ratio[1], rel=1e-3)  # 4/5 against 1/3
    round_loss = Quadratic(center=[2.0, 1.0], hessian=[[3.0, 0.0], [0.0, 3.0]])
    ratio = penalized(round_loss, norm="l2", strength=1.0).point / round_loss.center
    assert ratio[0] == pytest.approx(ratio[1], rel=1e-15)


# ------------------------------------------------------------ bad input
@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda loss: constrained(loss, norm="l3", radius=1.0), "norm"),
        (lambda loss: constrained(loss, norm="l1", radius=-1.0), "radius"),
        (lambda loss: constrained(loss, norm="l2", radius=float("nan")), "radius"),
        (lambda loss: constrained(loss, norm="l2", radius="big"), "radius"),
        (lambda loss: penalized(loss, norm="l1", strength=-0.1), "strength"),
        (lambda loss: penalized(loss, norm="l2", strength=float("inf")), "strength"),
        (lambda loss: constrained("not a loss", norm="l1", radius=1.0), "loss"),
    ],
    ids=["unknown-norm", "negative-radius", "nan-radius", "string-radius", "negative-strength",
         "infinite-strength", "not-a-loss"],
)
def test_bad_arguments_raise_naming_the_argument(call, argument: str) -> None:
    loss = Quadratic(center=[1.0, 1.0], hessian=np.eye(2))
    with pytest.raises(InvalidArgumentError) as info:
        call(loss)
    assert info.value.argument == argument


def test_radius_equal_to_the_norm_of_w_hat_up_to_rounding_gives_lambda_zero() -> None:
    # Found by hypothesis: ‖ŵ‖₁ summed in another order is an ulp smaller, and the
    # bordered KKT solve returned λ = −2e-16.
    center = [0.6560408222706209, -2.9584405229143904, -1.9254967565205927, -2.010466718841626]
    loss = Quadratic(center=center, hessian=np.eye(4))
    for radius in np.nextafter(np.linalg.norm(center, ord=1), [0.0, np.inf]):
        sol = constrained(loss, norm="l1", radius=float(radius))
        assert sol.multiplier >= 0.0
        assert sol.multiplier <= 1e-15


@pytest.mark.parametrize("condition", [1.0, 1e2, 1e4], ids=lambda c: f"cond={c:.0e}")
def test_the_2d_closed_form_agrees_with_the_homotopy(rng: np.random.Generator,
                                                      condition: float) -> None:
    """Two exact algorithms, one answer: the diamond's faces against the lasso path.

    The path's bordered KKT solve carries rounding of order eps·cond·λ_max in λ;
    that is the scale of agreement.
    """
    from regmath.l1 import constrained_l1

    for _ in range(300):
        loss = Quadratic(center=rng.uniform(-3, 3, 2), eigenvalues=[1.0, condition],
                         angle=rng.uniform(0, np.pi))
        radius = float(rng.uniform(0.0, 1.2) * np.sum(np.abs(loss.center)))
        fast = constrained_l1(loss, radius)
        path = constrained_l1(loss, radius, path=lasso_path(loss))
        lam_max = float(np.max(np.abs(loss.hessian @ loss.center)))
        assert_close(fast.point, path.point, POINT_RTOL)
        assert abs(fast.multiplier - path.multiplier) <= 1e-12 * lam_max
        np.testing.assert_array_equal(fast.point == 0.0, path.point == 0.0)


@pytest.mark.parametrize("norm", ["l1", "l2"])
def test_factored_2d_multiplier_is_exact_on_random_problems_at_condition_1e12(
    rng: np.random.Generator, norm: str
) -> None:
    """Edges, corners and circles alike: λ within 1e-12 of the 50-digit reference."""
    solver = l1_by_enumeration if norm == "l1" else l2_by_secular
    for _ in range(40):
        angle = float(rng.uniform(0, np.pi))
        eigenvalues = [1.0, 1e-12]
        center = rng.uniform(-3, 3, 2)
        loss = Quadratic(center=center, eigenvalues=eigenvalues, angle=angle)
        radius = float(rng.uniform(0.05, 0.95) * np.linalg.norm(center, ord=int(norm[1])))
        sol = constrained(loss, norm=norm, radius=radius)
        ref = solver(mp_hessian(eigenvalues=eigenvalues, angle=angle), center, radius)
        assert sol.multiplier == pytest.approx(ref.multiplier, rel=FACTORED_MULTIPLIER_RTOL)


# ------------------------------------------- landing exactly on ‖w*‖₁ = t (TD36b item 1)
@pytest.mark.parametrize("n", [3, 4, 5, 6])
def test_a_vertex_touch_lands_exactly_on_the_l1_sphere_and_keeps_kkt(n: int) -> None:
    """One nonzero weight: ‖w*‖₁ == t bit for bit (the step to ‖w‖₁ = t along the path,
    t/slope · rate, was an ulp off t in about 5% of 3-D vertex touches). Any touch: the
    KKT conditions still hold to `CERTIFICATE_RTOL` and ‖w*‖₁ is t to a few ulps."""
    from regmath.l1 import CERTIFICATE_RTOL

    rng = np.random.default_rng(3600 + n)
    ones = 0
    for _ in range(150):
        hessian, center = random_problem(rng, n, condition=10.0 ** rng.uniform(0, 3))
        loss = Quadratic(center=center, hessian=hessian)
        knots = lasso_path(loss).l1_norms
        # Half the radii on the first segment (one weight: an octahedron's vertex), the
        # rest anywhere on the path (edges and faces).
        top = knots[1] if rng.uniform() < 0.5 else knots[-1]
        radius = float(rng.uniform(0.01, 0.999) * top)
        sol = constrained(loss, norm="l1", radius=radius)
        w = sol.point
        nonzero = w != 0.0
        if np.count_nonzero(nonzero) == 1:
            ones += 1
            assert float(np.sum(np.abs(w))) == radius, (w, radius)
        assert abs(float(np.sum(np.abs(w))) - radius) <= 4 * n * np.finfo(float).eps * radius
        q = hessian @ center
        r = q - hessian @ w
        lam = sol.multiplier
        scale = max(float(np.max(np.abs(q))), lam)
        worst = max(float(np.max(np.abs(r[nonzero] - lam * np.sign(w[nonzero])), initial=0.0)),
                    float(np.max(np.abs(r[~nonzero]) - lam, initial=0.0)))
        assert worst <= CERTIFICATE_RTOL * scale
    assert ones >= 50, ones
