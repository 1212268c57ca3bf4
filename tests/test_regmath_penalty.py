"""regmath.penalty.round_strength against independent roundings."""

import numpy as np
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


def test_corner_wedge_matches_the_solution_wedge_at_that_corner():
    import numpy as np
    from regmath import Quadratic, constrained
    from regmath.drawing import normal_cone_wedge
    from regmath.penalty import corner_wedge

    loss = Quadratic(center=(0.3, 2.0), hessian=((1.0, 0.0), (0.0, 1.0)))
    sol = constrained(loss, norm="l1", radius=0.8)  # lands on the corner (0, 0.8)
    assert np.allclose(sol.point, [0.0, 0.8])
    ours = corner_wedge([0.0, 5.0], 0.8, length=0.5)
    theirs = normal_cone_wedge(sol, length=0.5)
    assert np.allclose(ours, theirs)
    # The other side and axis: apex (−1.2, 0), rays (−1, ±1)/√2.
    w = corner_wedge([-3.0, 0.0], 1.2, length=1.0, samples=3)
    assert np.allclose(w[0], [-1.2, 0.0]) and np.allclose(w[-1], [-1.2, 0.0])
    ends = {tuple(np.round(w[1] - w[0], 12)), tuple(np.round(w[3] - w[0], 12))}
    r = 1.0 / np.sqrt(2.0)
    assert ends == {(-round(r, 12), -round(r, 12)), (-round(r, 12), round(r, 12))}
    assert np.allclose(w[2] - w[0], [-1.0, 0.0])  # the arc's middle is the axis direction


def test_corner_wedge_refuses_points_off_an_axis():
    import pytest
    from regmath.errors import InvalidArgumentError
    from regmath.penalty import corner_wedge

    for bad in ([1.0, 1.0], [0.0, 0.0]):
        with pytest.raises(InvalidArgumentError, match="axis_point"):
            corner_wedge(bad, 1.0, length=1.0)
    with pytest.raises(InvalidArgumentError, match="radius"):
        corner_wedge([0.0, 1.0], -1.0, length=1.0)


def test_subgradient_scale_puts_the_edge_rays_on_the_arc():
    import numpy as np
    from regmath.penalty import subgradient_scale

    s = subgradient_scale(1.5)
    assert np.isclose(s * np.linalg.norm([1.0, -1.0]), 1.5)
    assert np.isclose(subgradient_scale(3.0, dim=9), 1.0)


def test_subgradient_reach_is_the_edge_ray_length_and_inverts_the_scale():
    import numpy as np
    import pytest
    from regmath.errors import InvalidArgumentError
    from regmath.penalty import subgradient_reach, subgradient_scale

    assert np.isclose(subgradient_reach(0.8), 0.8 * np.linalg.norm([1.0, 1.0]))
    assert np.isclose(subgradient_reach(0.5, dim=3), 0.5 * np.linalg.norm([1.0, 1.0, 1.0]))
    assert np.isclose(subgradient_scale(subgradient_reach(0.7)), 0.7)
    with pytest.raises(InvalidArgumentError, match="^scale"):
        subgradient_reach(-1.0)


def test_subgradient_box_holds_the_pull_at_zero_exactly_from_lambda_max():
    import numpy as np
    from regmath import Quadratic
    from regmath.drawing import pull_arrow
    from regmath.l1 import lasso
    from regmath.penalty import subgradient_box

    loss = Quadratic(center=(1.0, 1.6), hessian=((1.1, -0.5), (-0.5, 3.9)))
    lam_max = float(np.max(np.abs(loss.hessian @ loss.center)))
    scale = 0.3
    for lam, inside in ((lam_max, "edge"), (1.2 * lam_max, "in")):
        sol = lasso(loss, lam)
        assert np.allclose(sol.point, 0.0)
        tip = np.asarray(pull_arrow(sol, scale=scale).end)
        half = np.max(np.abs(subgradient_box(lam, scale=scale)))
        assert np.isclose(half, scale * lam)
        gap = half - np.max(np.abs(tip))
        assert (np.isclose(gap, 0.0) if inside == "edge" else gap > 0.0)
    box = subgradient_box(2.0, scale=0.5)
    assert box.shape == (5, 2) and np.allclose(box[0], box[-1]) and np.allclose(box[2], [-1, -1])


def test_subgradient_set_is_the_subdifferential_of_the_l1_norm() -> None:
    """Checked against the definition: g ∈ ∂‖w‖₁ iff ‖v‖₁ ≥ ‖w‖₁ + g·(v − w) for all v
    (sampled), and the box's corners are subgradients while points outside are not."""
    from regmath.penalty import subgradient_set

    rng = np.random.default_rng(3)
    samples = rng.normal(size=(2000, 2)) * 3.0
    for w in ([0.0, 0.88], [-1.2, 0.0], [0.0, 0.0], [0.5, -2.0]):
        low, high = subgradient_set(w)
        w = np.asarray(w)
        for g in (low, high, 0.5 * (low + high)):
            assert np.all(np.abs(samples).sum(1) >= np.abs(w).sum() + (samples - w) @ g - 1e-12)
        # Just outside the box in a free entry (or off the sign in a fixed one): not one.
        outside = high + np.array([1e-3, 0.0])
        assert np.any(np.abs(samples).sum(1) < np.abs(w).sum() + (samples - w) @ outside)
    np.testing.assert_array_equal(subgradient_set([0.0, 0.88]), ([-1.0, 1.0], [1.0, 1.0]))
    with pytest.raises(InvalidArgumentError):
        subgradient_set([np.nan, 1.0])


def test_corner_subgradient_kept_leaves_the_set_exactly_below_the_knot():
    """Checked against regmath's lasso (an independent coordinate-descent/path solve)."""
    import numpy as np
    import pytest
    from regmath import Quadratic
    from regmath.errors import InvalidArgumentError
    from regmath.l1 import lasso
    from regmath.penalty import corner_subgradient_kept

    loss = Quadratic(center=(1.0, 1.6), hessian=((1.1, -0.5), (-0.5, 3.9)))
    h, c = loss.hessian, loss.center
    knot = 4.04 / 4.4  # λ where w₁ leaves 0 (the reviewer's hand computation)
    above = lasso(loss, 2.3)
    point, g = corner_subgradient_kept(c, h, [0.0, 1.0], 2.3)
    np.testing.assert_allclose(point, above.point, atol=1e-9)  # on the corner: the lasso's
    np.testing.assert_allclose(g, -above.gradient / 2.3, atol=1e-9)
    assert abs(g[0]) < 1.0 and np.isclose(g[1], 1.0)
    _, g_knot = corner_subgradient_kept(c, h, [0.0, 1.0], knot)
    assert np.isclose(abs(g_knot[0]), 1.0)  # on the segment's end at the knot
    _, g_below = corner_subgradient_kept(c, h, [0.0, 1.0], 0.8 * knot)
    assert abs(g_below[0]) > 1.0  # off the set below it
    assert np.count_nonzero(lasso(loss, 0.8 * knot).point) == 2  # and w* has left the corner
    with pytest.raises(InvalidArgumentError, match="^strength"):
        corner_subgradient_kept(c, h, [0.0, 1.0], 0.0)
    with pytest.raises(InvalidArgumentError, match="^axis_point"):
        corner_subgradient_kept(c, h, [1.0, 1.0], 1.0)


def test_abs_support_lines_touch_the_kink_and_stay_under_the_graph() -> None:
    from regmath.penalty import abs_graph, abs_support

    a = 1.3
    graph = abs_graph(a)
    assert np.array_equal(graph, [[-a, a], [0.0, 0.0], [a, a]])
    xs = np.linspace(-a, a, 401)
    for s in np.linspace(-1.0, 1.0, 21):
        seg = abs_support(float(s), half_width=a)
        # On y = s·x, ends at x = ±a, inside the graph's box [−a, a]².
        assert np.allclose(seg[:, 1], s * seg[:, 0], rtol=0, atol=1e-15)
        assert np.array_equal(seg[:, 0], [-a, a])
        assert np.all(np.abs(seg) <= a)
        # Under |x| everywhere (a subgradient's line), touching it at the kink.
        assert np.all(s * xs <= np.abs(xs) + 1e-15)
        assert s * 0.0 == 0.0
    # s = ±1: along one branch of the graph.
    assert np.array_equal(abs_support(1.0, half_width=a)[1], graph[2])
    assert np.array_equal(abs_support(-1.0, half_width=a)[0], graph[0])


@pytest.mark.parametrize("slope,width", [(1.01, 1.0), (-2.0, 1.0), (float("nan"), 1.0),
                                         (0.5, 0.0), (0.5, -1.0), (0.5, float("inf"))])
def test_abs_support_refuses_non_subgradients_and_bad_widths(slope, width) -> None:
    from regmath.penalty import abs_support

    with pytest.raises(InvalidArgumentError):
        abs_support(slope, half_width=width)
