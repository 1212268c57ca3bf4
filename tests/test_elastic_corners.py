"""`regmath.elastic_corners`: for which α the elastic net's w* is a corner.

Checked against the exact solver `elastic_constrained` on a grid of α (it
finds w* by an active-set search, sharing nothing with the corner test), and
the span's end against a 50-digit mpmath root of the KKT boundary.
"""

from __future__ import annotations

import mpmath
import numpy as np
import pytest

from regmath import InvalidArgumentError, Quadratic
from regmath.elastic import elastic_constrained
from regmath.elastic_corners import elastic_corner_spans
from tests.conftest import random_problem

#: Grid points this close to a span's end (in α) are skipped: there the solver's
#: own rounding decides whether a weight is exactly 0.
EDGE_SKIP = 1e-7
#: A span's end against the 50-digit root, relative: bisection ends at adjacent
#: doubles of (★) evaluated in floating point (a few eps · cond).
END_RTOL = 1e-11


def _has_zero_at(loss: Quadratic, alpha: float, t: float) -> tuple[int, ...]:
    return elastic_constrained(loss, alpha=alpha, radius=t).zero_weights


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("t", [0.3, 1.0, 2.5])
def test_spans_agree_with_the_exact_solver_on_a_grid(seed: int, t: float) -> None:
    rng = np.random.default_rng(seed)
    hessian, center = random_problem(rng, 2, condition=10.0 ** rng.uniform(0, 2))
    loss = Quadratic(center=center, hessian=hessian)
    spans = elastic_corner_spans(loss, radius=t)
    for alpha in np.linspace(0.0, 1.0, 81)[1:]:
        if any(min(abs(alpha - s.lo), abs(alpha - s.hi)) < EDGE_SKIP for s in spans):
            continue
        inside = [s for s in spans if s.contains(alpha)]
        zeros = _has_zero_at(loss, alpha, t)
        assert bool(inside) == bool(zeros), (alpha, spans, zeros)
        if inside:
            assert zeros == (inside[0].zero_index,)
            point = elastic_constrained(loss, alpha=alpha, radius=t).point
            assert np.sign(point[inside[0].corner_index]) == inside[0].sign


def test_spans_are_disjoint_and_sorted_for_positive_definite_h() -> None:
    rng = np.random.default_rng(7)
    for _ in range(50):
        hessian, center = random_problem(rng, 2, condition=50.0)
        spans = elastic_corner_spans(Quadratic(center=center, hessian=hessian),
                                     radius=float(rng.uniform(0.2, 3.0)))
        for first, second in zip(spans, spans[1:]):
            assert first.hi < second.lo
        for span in spans:
            assert 0.0 <= span.lo <= span.hi <= 1.0


def test_isotropic_case_is_the_closed_form() -> None:
    # H = I, t = 1, ŵ = (2, 0.3): the corner (1, 0), d = (1, 0.3); (★) at r = 1
    # reads 0.3 (2 − α) ≤ α, so α ≥ 0.6 / 1.3 = 6/13.
    loss = Quadratic(center=[2.0, 0.3], hessian=[[1.0, 0.0], [0.0, 1.0]])
    (span,) = elastic_corner_spans(loss, radius=1.0)
    assert span.hi == 1.0 and span.zero_index == 1 and span.sign == 1.0
    assert span.lo == pytest.approx(6.0 / 13.0, rel=1e-15)


def test_span_end_matches_a_50_digit_root() -> None:
    hessian = [[2.0, 0.6], [0.6, 0.8]]
    center = [2.2, 0.35]
    t = 0.7
    loss = Quadratic(center=center, hessian=hessian)
    spans = elastic_corner_spans(loss, radius=t)
    assert len(spans) == 1 and 0.0 < spans[0].lo < 1.0
    mpmath.mp.dps = 50
    H = mpmath.matrix(hessian)
    q = H * mpmath.matrix(center)
    T = mpmath.mpf(t)

    def boundary(alpha):
        r = 2 * T / (alpha + mpmath.sqrt(alpha**2 + 4 * (1 - alpha) * T))
        inward = q[0] - r * H[0, 0]
        across = q[1] - r * H[1, 0]
        return abs(across) * (alpha + 2 * (1 - alpha) * r) - alpha * inward

    root = mpmath.findroot(boundary, (mpmath.mpf(spans[0].lo) - mpmath.mpf("1e-3"),
                                      mpmath.mpf(spans[0].lo) + mpmath.mpf("1e-3")),
                           solver="anderson")
    assert abs(spans[0].lo - float(root)) <= END_RTOL * float(root)


def test_ray_at_alpha_zero_is_a_single_point_span() -> None:
    # ŵ on the circle's axis ray with a diagonal H: w* is an axis point for every α.
    loss = Quadratic(center=[3.0, 0.0], hessian=[[2.0, 0.0], [0.0, 1.0]])
    (span,) = elastic_corner_spans(loss, radius=1.0)
    assert (span.lo, span.hi, span.zero_index) == (0.0, 1.0, 1)


def test_no_corner_when_the_pull_is_across() -> None:
    # ŵ on the diagonal with H = I: w* is on the diagonal for every α.
    loss = Quadratic(center=[2.0, 2.0], hessian=[[1.0, 0.0], [0.0, 1.0]])
    assert elastic_corner_spans(loss, radius=0.8) == ()


@pytest.mark.parametrize(("kwargs", "name"), [
    ({"radius": 0.0}, "radius"), ({"radius": -1.0}, "radius"), ({"radius": float("nan")}, "radius"),
])
def test_bad_radius_is_refused_by_name(kwargs: dict, name: str) -> None:
    loss = Quadratic(center=[2.0, 0.3], hessian=[[1.0, 0.0], [0.0, 1.0]])
    with pytest.raises(InvalidArgumentError, match=f"^{name}"):
        elastic_corner_spans(loss, **kwargs)


def test_three_weights_are_refused_naming_loss() -> None:
    loss = Quadratic(center=[2.0, 0.3, 1.0], hessian=np.eye(3))
    with pytest.raises(InvalidArgumentError, match="^loss"):
        elastic_corner_spans(loss, radius=1.0)


# ------------------------------------------------------- a corner's geometry
from regmath.elastic import elastic_corner, elastic_outline  # noqa: E402
from regmath.elastic_corners import corner_angle, corner_normals, corner_point  # noqa: E402


@pytest.mark.parametrize("alpha", [0.0, 0.15, 0.5, 0.9, 1.0])
@pytest.mark.parametrize("radius", [0.3, 1.0, 2.5])
def test_corner_point_is_the_outlines_axis_point(alpha: float, radius: float) -> None:
    m = 16
    outline = elastic_outline(alpha, radius, samples_per_quadrant=m)
    for k, (index, sign) in enumerate(((0, 1.0), (1, 1.0), (0, -1.0), (1, -1.0))):
        assert np.array_equal(corner_point(alpha, radius, index=index, sign=sign),
                              outline[k * m])


@pytest.mark.parametrize("alpha", [0.05, 0.15, 0.5, 0.9])
def test_corner_normals_are_the_ends_of_the_solvers_normal_cone(alpha: float) -> None:
    # ŵ far out on the e₁ axis: w* is the corner (r, 0) for every α > 0 (H = I).
    loss = Quadratic(center=[5.0, 0.0], hessian=[[1.0, 0.0], [0.0, 1.0]])
    sol = elastic_constrained(loss, alpha=alpha, radius=1.0)
    assert sol.at_corner
    rays = sol.normal_cone_rays()
    normals = corner_normals(alpha, 1.0)
    assert {tuple(np.round(r, 14)) for r in rays} == {tuple(np.round(n, 14)) for n in normals}


def test_corner_normals_at_the_ends_of_alpha() -> None:
    circle = corner_normals(0.0, 2.0, index=1, sign=-1.0)
    r = elastic_corner(0.0, 2.0)
    assert np.array_equal(circle[0], circle[1])
    np.testing.assert_allclose(circle[0], [0.0, -2.0 * r], rtol=1e-15)
    diamond = corner_normals(1.0, 2.0)
    assert np.array_equal(diamond, [[1.0, -1.0], [1.0, 1.0]])


def test_corner_angle_opens_from_0_to_90_degrees() -> None:
    assert corner_angle(0.0, 1.0) == 0.0 and corner_angle(1.0, 1.0) == 90.0
    angles = [corner_angle(a, 1.0) for a in np.linspace(0.01, 0.99, 50)]
    assert all(0.0 < a < 90.0 for a in angles) and np.all(np.diff(angles) > 0)
    n = corner_normals(0.3, 1.0)
    between = np.degrees(np.arccos(n[0] @ n[1] / np.linalg.norm(n[0]) / np.linalg.norm(n[1])))
    assert abs(between - corner_angle(0.3, 1.0)) < 1e-12


def test_unit_corners_give_the_angle_2_atan_alpha_over_2_minus_alpha() -> None:
    from regmath.elastic import elastic_corner
    from regmath.elastic_corners import unit_corners

    assert unit_corners(1.0) and not unit_corners(2.0) and not unit_corners(0.5)
    for a in np.linspace(0.0, 1.0, 41):
        assert abs(elastic_corner(a, 1.0) - 1.0) < 1e-15
        assert abs(corner_angle(a, 1.0) - np.degrees(2.0 * np.arctan(a / (2.0 - a)))) < 1e-12
    # Another t: the distance moves with α, and the general form holds with it.
    for a in np.linspace(0.05, 0.95, 19):
        r = elastic_corner(a, 2.0)
        assert abs(r - 1.0) > 1e-3
        assert abs(corner_angle(a, 2.0)
                   - np.degrees(2.0 * np.arctan(a / (a + 2.0 * (1.0 - a) * r)))) < 1e-12


def test_corner_geometry_refuses_bad_arguments() -> None:
    for kwargs, name in (({"index": 2}, "index"), ({"sign": 0.5}, "sign")):
        with pytest.raises(InvalidArgumentError) as error:
            corner_point(0.5, 1.0, **kwargs)
        assert error.value.argument == name
    with pytest.raises(InvalidArgumentError) as error:
        corner_normals(1.5, 1.0)
    assert error.value.argument == "alpha"


def test_point_on_spans_is_the_solvers_point_with_exact_corner_zeros() -> None:
    from regmath.elastic_corners import point_on_spans

    loss = Quadratic(center=[2.0, 0.1], hessian=[[1.2, -0.3], [-0.3, 0.8]])
    spans = elastic_corner_spans(loss, radius=1.0)
    (span,) = spans
    grid = np.concatenate([np.linspace(0.0, 1.0, 101), [span.lo, np.nextafter(span.lo, 0.0)]])
    for alpha in grid:
        exact = elastic_constrained(loss, alpha=alpha, radius=1.0).point
        ours = point_on_spans(loss, alpha=alpha, radius=1.0, spans=spans)
        np.testing.assert_allclose(ours, exact, rtol=0, atol=1e-12)
        assert (ours[1] == 0.0) == span.contains(alpha)
    # At the span's very end the solver's zero is only rounding; the corner's is exact.
    assert point_on_spans(loss, alpha=span.lo, radius=1.0, spans=spans)[1] == 0.0


def test_corner_arcs_lie_on_the_ball_and_start_at_the_corner():
    from regmath.elastic import elastic_norm
    from regmath.elastic_corners import corner_arcs, corner_point

    for alpha in (0.0, 0.15, 0.5, 1.0):
        for index, sign in ((0, 1.0), (1, 1.0), (0, -1.0), (1, -1.0)):
            paths = corner_arcs(alpha, 1.3, index=index, sign=sign, reach=0.4, steps=9)
            assert paths.shape == (2, 9, 2)
            c = corner_point(alpha, 1.3, index=index, sign=sign)
            assert np.array_equal(paths[0, 0], c) and np.array_equal(paths[1, 0], c)
            assert np.allclose(elastic_norm(paths.reshape(-1, 2), alpha), 1.3, rtol=1e-12)
            # the two paths leave on opposite sides of the axis
            k = 1 - index
            assert np.all(paths[0, 1:, k] * paths[1, 1:, k] < 0)


def test_corner_arcs_refuse_bad_reach():
    import pytest
    from regmath.elastic_corners import corner_arcs
    from regmath.errors import InvalidArgumentError

    with pytest.raises(InvalidArgumentError):
        corner_arcs(0.5, 1.0, reach=2.0)
