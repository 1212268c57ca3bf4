"""regmath.bayes: priors as penalties, checked against the model itself and 50-digit quadrature."""

from __future__ import annotations

import math

import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from regmath import InvalidArgumentError, Quadratic, penalized
from regmath.bayes import (
    gaussian_variance,
    laplace_scale,
    lasso_strength,
    log_normal_cdf,
    map_estimate,
    penalized_objective,
    posterior_1d,
    posterior_level_set,
    ridge_strength,
    weight_slice,
)

#: Relative agreement of the closed-form normalizer and mean with 50-digit quadrature.
CLOSED_FORM_TOLERANCE = 1e-13
#: Relative error of the posterior mean itself, however close ŵ is to 0 (the mean is
#: O(ŵ) there; the closed form keeps its digits, see regmath.bayes._LINEAR_MEAN_BELOW).
MEAN_TOLERANCE = 1e-9
#: Relative error of F on a level-set point: F is evaluated in floating point
#: and each point solves a quadratic in closed form.
LEVEL_TOLERANCE = 1e-12


# --- the correspondence, from the model's own densities ---------------------------------------

@pytest.mark.parametrize("prior", ["laplace", "gaussian"])
def test_sigma_squared_times_negative_log_posterior_is_the_penalized_objective(prior, rng) -> None:
    x = rng.standard_normal((40, 3))
    y = x @ np.array([1.5, -0.2, 0.0]) + 0.3 * rng.standard_normal(40)
    w_hat = np.linalg.lstsq(x, y, rcond=None)[0]
    loss = Quadratic(w_hat, x.T @ x)
    sigma2, scale = 0.09, 0.7
    if prior == "laplace":
        lam = lasso_strength(noise_variance=sigma2, prior_scale=scale)
        log_prior = lambda w: stats.laplace(scale=scale).logpdf(w).sum()  # noqa: E731
    else:
        lam = ridge_strength(noise_variance=sigma2, prior_variance=scale)
        log_prior = lambda w: stats.norm(scale=math.sqrt(scale)).logpdf(w).sum()  # noqa: E731
    gaps = []
    for w in rng.uniform(-3, 3, size=(25, 3)):
        log_likelihood = stats.norm(loc=x @ w, scale=math.sqrt(sigma2)).logpdf(y).sum()
        neg_log_posterior = -(log_likelihood + log_prior(w))
        gaps.append(sigma2 * neg_log_posterior
                    - penalized_objective(loss, w, prior=prior, strength=lam))
    # The same constant for every w: the posterior's level sets are F's.
    assert np.ptp(gaps) < 1e-9 * max(1.0, abs(gaps[0]))


def test_strength_and_prior_scale_are_inverse() -> None:
    lam = lasso_strength(noise_variance=2.0, prior_scale=0.5)
    assert lam == 4.0 and laplace_scale(lam, noise_variance=2.0) == 0.5
    lam = ridge_strength(noise_variance=2.0, prior_variance=0.25)
    assert lam == 8.0 and gaussian_variance(lam, noise_variance=2.0) == 0.25


@pytest.mark.parametrize("call, argument", [
    (lambda: lasso_strength(noise_variance=1.0, prior_scale=0.0), "prior_scale"),
    (lambda: lasso_strength(noise_variance=-1.0, prior_scale=1.0), "noise_variance"),
    (lambda: ridge_strength(noise_variance=1.0, prior_variance=math.inf), "prior_variance"),
    (lambda: laplace_scale(0.0, noise_variance=1.0), "strength"),
    (lambda: posterior_1d(0.0, 1.0, prior="laplace", strength=1.0, noise_variance=1.0),
     "curvature"),
    (lambda: posterior_1d(1.0, math.nan, prior="laplace", strength=1.0, noise_variance=1.0),
     "center"),
    (lambda: posterior_1d(1.0, 1.0, prior="cauchy", strength=1.0, noise_variance=1.0), "prior"),
    (lambda: posterior_level_set(Quadratic([1.0, 1.0], np.eye(2)), 0.0, prior="laplace",
                                 strength=1.0), "level"),
    (lambda: posterior_level_set(Quadratic([1.0, 1.0, 1.0], np.eye(3)), 1.0, prior="laplace",
                                 strength=1.0), "loss"),
    (lambda: posterior_level_set(Quadratic([1.0, 1.0], np.diag([1.0, 0.0])), 1.0,
                                 prior="gaussian", strength=0.0), "loss"),
    (lambda: posterior_level_set(Quadratic([1.0, 1.0], np.eye(2)), 1.0, prior="laplace",
                                 strength=1.0, samples=4), "samples"),
    (lambda: penalized_objective(Quadratic([1.0, 1.0], np.eye(2)), [1.0, 2.0, 3.0],
                                 prior="laplace", strength=1.0), "w"),
])
def test_bad_arguments_are_named(call, argument) -> None:
    with pytest.raises(InvalidArgumentError, match=f"^{argument}: "):
        call()


# --- one weight: the whole posterior in closed form -------------------------------------------

def _quadrature(h, w_hat, lam, sigma2, prior):
    """Z and the mean by 50-digit quadrature, split where the integrand has a kink or a peak."""
    mpmath.mp.dps = 50
    h, w_hat, lam, sigma2 = (mpmath.mpf(v) for v in (h, w_hat, lam, sigma2))

    def energy(w):
        pen = lam * abs(w) if prior == "laplace" else lam * w * w / 2
        return (h * (w - w_hat) ** 2 / 2 + pen) / sigma2

    s = mpmath.sqrt(sigma2 / h)
    peaks = sorted({mpmath.mpf(0), w_hat - lam / h, w_hat + lam / h, w_hat})
    lo, hi = peaks[0] - 60 * s, peaks[-1] + 60 * s
    nodes = [lo, *[p for p in peaks], hi]
    # The exponent at the mode shifts the integrand to O(1) so that nothing underflows.
    shift = min(energy(p) for p in peaks)
    z = mpmath.quad(lambda w: mpmath.exp(shift - energy(w)), nodes)
    first = mpmath.quad(lambda w: w * mpmath.exp(shift - energy(w)), nodes)
    return mpmath.log(z) - shift, first / z


CASES = [  # h, ŵ, λ, σ²: inside the flat zone, outside, at its edge, far tails, tiny noise
    (1.0, 0.3, 1.0, 1.0), (2.0, 1.7, 1.0, 0.5), (1.0, -2.5, 1.0, 0.2), (3.0, 1.0, 3.0, 1.0),
    (1.0, 40.0, 2.0, 1.0), (1.0, -0.01, 25.0, 1.0), (0.5, 2.0, 0.1, 1e-3), (4.0, 0.0, 1.0, 2.0),
    (1.0, 5.0, 0.0, 1.0), (10.0, -0.3, 0.5, 30.0), (1.0, 1e-7, 1.0, 1.0), (1.0, -1e-9, 30.0, 1.0),
    (2.0, 3e-6, 1.0, 1.0),
]


@pytest.mark.parametrize("prior", ["laplace", "gaussian"])
@pytest.mark.parametrize("h, w_hat, lam, sigma2", CASES)
def test_one_weight_normalizer_and_mean_match_50_digit_quadrature(prior, h, w_hat, lam,
                                                                   sigma2) -> None:
    post = posterior_1d(h, w_hat, prior=prior, strength=lam, noise_variance=sigma2)
    log_z, mean = _quadrature(h, w_hat, lam, sigma2, prior)
    assert post.log_normalizer == pytest.approx(float(log_z), rel=CLOSED_FORM_TOLERANCE,
                                                abs=CLOSED_FORM_TOLERANCE)
    scale = math.sqrt(sigma2 / h)  # the mean is compared on the posterior's own scale
    assert abs(post.mean - float(mean)) <= CLOSED_FORM_TOLERANCE * max(abs(float(mean)), scale)
    assert post.mean == pytest.approx(float(mean), rel=MEAN_TOLERANCE)


@pytest.mark.parametrize("h, w_hat, lam, sigma2", CASES)
def test_one_weight_mode_is_the_density_peak_and_the_penalized_solution(h, w_hat, lam,
                                                                       sigma2) -> None:
    post = posterior_1d(h, w_hat, prior="laplace", strength=lam, noise_variance=sigma2)
    solution = map_estimate(Quadratic([w_hat], [[h]]), prior="laplace", strength=lam)
    assert post.mode == solution.point[0]
    grid = post.mode + np.linspace(-1, 1, 2001) * 3 * math.sqrt(sigma2 / h)
    assert np.all(post.log_density(grid) <= post.log_density(post.mode) + 1e-15)
    if abs(h * w_hat) <= lam:
        assert post.mode == 0.0  # the Laplace kink holds the mode at exactly 0


@given(w_hat=st.floats(-5, 5).filter(lambda v: abs(v) > 1e-300), lam=st.floats(0.01, 10),
       h=st.floats(0.1, 10), sigma2=st.floats(0.01, 10))
@settings(max_examples=300)
def test_the_posterior_mean_is_never_zero_unless_w_hat_is(w_hat, lam, h, sigma2) -> None:
    post = posterior_1d(h, w_hat, prior="laplace", strength=lam, noise_variance=sigma2)
    assert post.mean != 0.0 and math.copysign(1.0, post.mean) == math.copysign(1.0, w_hat)
    assert abs(post.mean) < abs(w_hat)  # shrunk toward 0, never past it
    zero = posterior_1d(h, 0.0, prior="laplace", strength=lam, noise_variance=sigma2)
    assert zero.mean == 0.0 and zero.mode == 0.0


def test_prior_and_likelihood_densities_are_the_models() -> None:
    post = posterior_1d(2.0, 1.0, prior="laplace", strength=0.5, noise_variance=0.4)
    w = np.linspace(-3, 3, 13)
    np.testing.assert_allclose(post.prior_density(w), stats.laplace(scale=0.8).pdf(w), rtol=1e-14)
    np.testing.assert_allclose(post.likelihood_density(w),
                               stats.norm(1.0, math.sqrt(0.2)).pdf(w), rtol=1e-14)
    gauss = posterior_1d(2.0, 1.0, prior="gaussian", strength=0.5, noise_variance=0.4)
    np.testing.assert_allclose(gauss.prior_density(w), stats.norm(0, math.sqrt(0.8)).pdf(w),
                               rtol=1e-14)


@pytest.mark.parametrize("x", [-1e4, -200.0, -38.0, -30.0001, -29.9999, -12.0, -1.0, 0.0, 0.7,
                               6.0, 20.0])
def test_log_normal_cdf_matches_50_digits(x) -> None:
    mpmath.mp.dps = 50
    # log1p of the upper tail: log(Φ(20)) = log(1 − 3e-89) is 0 at 50 digits.
    x_mp = mpmath.mpf(x)
    reference = mpmath.log1p(-mpmath.ncdf(-x_mp)) if x > 0 else mpmath.log(mpmath.ncdf(x_mp))
    assert log_normal_cdf(x) == pytest.approx(float(reference), rel=1e-13, abs=1e-300)


# --- two weights: the posterior's level sets -------------------------------------------------

def _orthant_residual(loss: Quadratic, lam: float, level: float, w: np.ndarray) -> float:
    """|½(w − mₛ)ᵀH(w − mₛ) + kₛ − level| for w's own orthant s, mₛ = ŵ − λH⁻¹s (independent form)."""
    h_inv = np.linalg.inv(loss.hessian)
    s = np.sign(w)
    m = loss.center - lam * h_inv @ s
    k = lam * s @ loss.center - 0.5 * lam * lam * s @ h_inv @ s
    return abs(0.5 * (w - m) @ loss.hessian @ (w - m) + k - level)


problems = st.tuples(
    st.floats(-3, 3), st.floats(-3, 3),                 # ŵ
    st.floats(0.2, 5), st.floats(0.2, 5), st.floats(0, math.pi),  # H's eigenvalues, angle
    st.floats(0.0, 3.0), st.floats(0.05, 4.0),          # λ, level above the minimum
)


@given(problems)
@settings(max_examples=200)
def test_level_set_points_lie_on_the_level_and_on_their_orthant_ellipse(problem) -> None:
    x, y, d1, d2, angle, lam, rise = problem
    loss = Quadratic([x, y], eigenvalues=[d1, d2], angle=angle)
    bottom = float(penalized_objective(loss, penalized(loss, norm="l1", strength=lam).point,
                                       prior="laplace", strength=lam))
    level = bottom + rise
    curve = posterior_level_set(loss, level, prior="laplace", strength=lam, samples=64)
    values = penalized_objective(loss, curve, prior="laplace", strength=lam)
    assert np.max(np.abs(values - level)) <= LEVEL_TOLERANCE * level * 10
    assert np.array_equal(curve[0], curve[-1])
    for w in curve[:-1]:
        assert _orthant_residual(loss, lam, level, w) <= 1e-10 * max(level, 1.0)
    # Convex and counter-clockwise: every turn is a left turn (up to rounding).
    edges = np.diff(curve, axis=0)
    turns = edges[:-1, 0] * edges[1:, 1] - edges[:-1, 1] * edges[1:, 0]
    assert np.all(turns >= -1e-9 * level)
    # Where the curve changes orthant, a vertex lies exactly on the axis.
    for i in (0, 1):
        changes = np.count_nonzero(np.diff(np.sign(curve[:, i])) != 0)
        on_axis = np.count_nonzero(curve[:-1, i] == 0.0)
        assert (changes == 0) == (on_axis == 0)


def test_gaussian_prior_level_set_is_the_ridge_ellipse() -> None:
    loss = Quadratic([1.2, -0.4], [[1.1, -0.5], [-0.5, 3.9]])
    lam = 0.8
    shifted = loss.hessian + lam * np.eye(2)
    center = np.linalg.solve(shifted, loss.hessian @ loss.center)
    bottom = float(penalized_objective(loss, center, prior="gaussian", strength=lam))
    curve = posterior_level_set(loss, bottom + 0.5, prior="gaussian", strength=lam)
    # An independent form: ½(w − c)ᵀ(H + λI)(w − c) = 0.5 around the ridge solution c.
    q = np.einsum("ki,ij,kj->k", curve - center, shifted, curve - center) / 2
    np.testing.assert_allclose(q, 0.5, rtol=1e-12)


def test_lasso_level_set_has_its_kinks_on_the_axes_and_a_singular_hessian_is_fine() -> None:
    loss = Quadratic([0.9, 1.5], [[1.1, -0.5], [-0.5, 3.9]])
    lam = 1.0
    star = map_estimate(loss, prior="laplace", strength=lam).point
    level = float(penalized_objective(loss, star, prior="laplace", strength=lam)) + 1.0
    curve = posterior_level_set(loss, level, prior="laplace", strength=lam)
    assert np.count_nonzero(curve[:-1, 0] == 0.0) == 2  # the curve crosses the w₂ axis twice
    singular = Quadratic([1.0, 1.0], np.diag([2.0, 0.0]))
    curve = posterior_level_set(singular, 3.0, prior="laplace", strength=0.5)
    values = penalized_objective(singular, curve, prior="laplace", strength=0.5)
    np.testing.assert_allclose(values, 3.0, rtol=LEVEL_TOLERANCE)


def test_level_set_through_the_origin_and_at_the_minimum() -> None:
    loss = Quadratic([0.3, 0.2], np.eye(2))
    lam = 1.0  # the MAP is 0: the flat zone holds both weights
    assert np.all(map_estimate(loss, prior="laplace", strength=lam).point == 0.0)
    bottom = float(penalized_objective(loss, np.zeros(2), prior="laplace", strength=lam))
    at_min = posterior_level_set(loss, bottom, prior="laplace", strength=lam, samples=16)
    assert np.all(at_min == 0.0)
    curve = posterior_level_set(loss, bottom + 0.2, prior="laplace", strength=lam)
    assert np.count_nonzero(curve[:-1] == 0.0) == 4  # four axis crossings, each exact


# --- drawing the one-weight story ----------------------------------------------------------

def test_the_sticky_edge_and_the_sweep_stop_bracket_the_laplace_modes_zero() -> None:
    from regmath.bayes import sticky_edge, sticky_threshold, sweep_stop

    h, lam, sigma2 = 2.0, 1.0, 0.7
    assert sticky_threshold(h, lam) == 0.5
    for w_hat in (1.5, -1.5):
        edge, stop = sticky_edge(h, w_hat, lam), sweep_stop(h, w_hat, lam, share=0.5)
        assert edge == math.copysign(0.5, w_hat) and stop == math.copysign(0.25, w_hat)
        # Soft-thresholding S_{λ/h}(ŵ), computed directly: 0 from the edge on, not before.
        for center, zero in ((w_hat, False), (1.0000001 * edge, False), (edge, True),
                             (stop, True)):
            mode = posterior_1d(h, center, prior="laplace", strength=lam,
                                noise_variance=sigma2).mode
            direct = np.sign(center) * max(abs(center) - lam / h, 0.0)
            assert mode == direct and (mode == 0.0) == zero
    with pytest.raises(InvalidArgumentError, match="^center"):
        sticky_edge(h, 0.0, lam)
    with pytest.raises(InvalidArgumentError, match="^share"):
        sweep_stop(h, 1.0, lam, share=1.0)


@pytest.mark.parametrize("prior", ["laplace", "gaussian"])
def test_density_and_objective_curves_are_the_models_with_vertices_at_0_mode_and_w_hat(prior
                                                                                      ) -> None:
    from regmath.bayes import density_curve, objective_curve

    h, w_hat, lam, sigma2 = 2.0, 1.3, 1.0, 0.5
    post = posterior_1d(h, w_hat, prior=prior, strength=lam, noise_variance=sigma2)
    s2_h = sigma2 / h
    for part in ("posterior", "likelihood", "prior"):
        curve = density_curve(post, part, -3.0, 4.0, samples=101)
        w = curve[:, 0]
        assert np.all(np.diff(w) > 0.0) and {0.0, post.mode, w_hat} <= set(w)
        like = stats.norm(loc=w_hat, scale=math.sqrt(s2_h)).pdf(w)
        pri = (stats.laplace(scale=sigma2 / lam).pdf(w) if prior == "laplace"
               else stats.norm(scale=math.sqrt(sigma2 / lam)).pdf(w))
        if part == "likelihood":
            np.testing.assert_allclose(curve[:, 1], like, rtol=1e-12)
        elif part == "prior":
            np.testing.assert_allclose(curve[:, 1], pri, rtol=1e-12)
        else:  # likelihood × prior normalized by quadrature on a wide grid
            grid = np.linspace(-40.0, 40.0, 400001)
            like_g = stats.norm(loc=w_hat, scale=math.sqrt(s2_h)).pdf(grid)
            pri_g = (stats.laplace(scale=sigma2 / lam).pdf(grid) if prior == "laplace"
                     else stats.norm(scale=math.sqrt(sigma2 / lam)).pdf(grid))
            z = np.trapezoid(like_g * pri_g, grid)
            np.testing.assert_allclose(curve[:, 1], like * pri / z, rtol=1e-7)
    f = objective_curve(post, -3.0, 4.0, samples=101)
    penalty = lam * np.abs(f[:, 0]) if prior == "laplace" else 0.5 * lam * f[:, 0] ** 2
    np.testing.assert_allclose(f[:, 1], 0.5 * h * (f[:, 0] - w_hat) ** 2 + penalty, rtol=1e-14)
    assert f[:, 1].min() == post.objective(post.mode)  # the mode is a vertex and F's minimum


@pytest.mark.parametrize("prior", ["laplace", "gaussian"])
def test_penalty_curve_is_minus_sigma2_log_of_the_prior_relative_to_0(prior) -> None:
    from regmath.bayes import objective_curve, penalty_curve

    h, w_hat, lam, sigma2 = 3.0, 0.7, 1.5, 0.6
    post = posterior_1d(h, w_hat, prior=prior, strength=lam, noise_variance=sigma2)
    curve = penalty_curve(post, -2.0, 3.0, samples=77)
    w = curve[:, 0]
    assert np.all(np.diff(w) > 0.0) and 0.0 in set(w)
    # Independent: scipy's prior log-density, Laplace(0, σ²/λ) or N(0, σ²/λ).
    dist = (stats.laplace(scale=sigma2 / lam) if prior == "laplace"
            else stats.norm(scale=math.sqrt(sigma2 / lam)))
    np.testing.assert_allclose(curve[:, 1], -sigma2 * (dist.logpdf(w) - dist.logpdf(0.0)),
                               rtol=1e-12, atol=1e-14)
    # F = f + penalty on the same grid.
    f = objective_curve(post, -2.0, 3.0, samples=77)
    np.testing.assert_array_equal(f[:, 0], w)
    np.testing.assert_allclose(f[:, 1] - curve[:, 1], 0.5 * h * (w - w_hat) ** 2, rtol=1e-12,
                               atol=1e-14)


@pytest.mark.parametrize("prior", ["laplace", "gaussian"])
def test_log_density_curve_is_sigma2_log_of_the_density_ratio_to_the_mode(prior) -> None:
    from regmath.bayes import density_curve, log_density_curve, objective_curve

    h, w_hat, lam, sigma2 = 3.0, 0.7, 1.5, 0.6
    post = posterior_1d(h, w_hat, prior=prior, strength=lam, noise_variance=sigma2)
    curve = log_density_curve(post, -2.0, 3.0, samples=77)
    dens = density_curve(post, "posterior", -2.0, 3.0, samples=77)
    np.testing.assert_array_equal(curve[:, 0], dens[:, 0])
    # Independent: the log of the drawn density's ratio to its peak, and F's drop below it.
    peak = float(post.density(post.mode))
    np.testing.assert_allclose(curve[:, 1], sigma2 * np.log(dens[:, 1] / peak), rtol=1e-9,
                               atol=1e-12)
    f = objective_curve(post, -2.0, 3.0, samples=77)
    w = f[:, 0]
    energy = 0.5 * h * (w - w_hat) ** 2 + (lam * np.abs(w) if prior == "laplace"
                                            else 0.5 * lam * w * w)
    top = 0.5 * h * (post.mode - w_hat) ** 2 + (lam * abs(post.mode) if prior == "laplace"
                                                else 0.5 * lam * post.mode ** 2)
    np.testing.assert_allclose(curve[:, 1], top - energy, rtol=1e-12, atol=1e-12)
    assert curve[:, 1].max() == 0.0 and post.mode in set(w)
    # Unscaled: log p(w | y) − log p(mode | y) itself, the log of the density's ratio.
    plain = log_density_curve(post, -2.0, 3.0, samples=77, scaled=False)
    np.testing.assert_allclose(plain[:, 1], np.log(dens[:, 1] / peak), rtol=1e-9, atol=1e-12)


def test_likelihood_variance_is_the_bells_second_moment() -> None:
    post = posterior_1d(24.0, 1.0, prior="laplace", strength=3.0, noise_variance=1.5)
    assert post.likelihood_variance == 0.0625
    # Independent: the drawn bell's variance by quadrature.
    w = np.linspace(-2.0, 4.0, 200001)
    dens = post.likelihood_density(w)
    mass = np.trapezoid(dens, w)
    var = np.trapezoid(dens * (w - 1.0) ** 2, w) / mass
    assert var == pytest.approx(0.0625, rel=1e-8)


def test_windows_levels_and_top() -> None:
    from regmath.bayes import density_top, density_window, objective_window, posterior_levels

    low, high = density_window([1.5, 0.25], curvature=2.0, noise_variance=1.0, reach=3.0)
    assert low == pytest.approx(0.25 - 3.0 / math.sqrt(2.0)) and high == pytest.approx(
        1.5 + 3.0 / math.sqrt(2.0))
    post = posterior_1d(2.0, 0.25, prior="laplace", strength=1.0, noise_variance=1.0)
    assert objective_window(post, reach=3.0) == (-1.25, 1.75)
    top = density_top(2.0, [1.5, 0.25], strength=1.0, noise_variance=1.0)
    grid = np.linspace(0.25, 1.5, 57)
    peaks = [posterior_1d(2.0, c, prior=p, strength=1.0, noise_variance=1.0)
             for c in grid for p in ("laplace", "gaussian")]
    assert top >= max(float(q.density(q.mode)) for q in peaks) * (1 - 1e-12)
    loss = Quadratic((2.0, 0.5), ((2.0, 0.6), (0.6, 1.0)))
    levels = posterior_levels(loss, prior="laplace", strength=1.0, shares=(0.5, 1.0))
    star = map_estimate(loss, prior="laplace", strength=1.0).point
    bottom = penalized_objective(loss, star, prior="laplace", strength=1.0)
    origin = penalized_objective(loss, np.zeros(2), prior="laplace", strength=1.0)
    np.testing.assert_allclose(levels, [0.5 * (bottom + origin), origin], rtol=1e-14)
    with pytest.raises(InvalidArgumentError, match="^loss"):
        posterior_levels(loss, prior="laplace", strength=100.0)


# ------------------------------------------------------------ F's kink at 0 (the log view)
from regmath.bayes import (  # noqa: E402
    objective_slopes,
    objective_sweep,
    objective_sweep_window,
    objective_tangents,
)


@pytest.mark.parametrize("prior", ["laplace", "gaussian"])
@pytest.mark.parametrize("center", [-1.3, -0.2, 0.25, 0.5, 0.75, 2.0])
def test_objective_slopes_are_fs_one_sided_derivatives(prior: str, center: float) -> None:
    post = posterior_1d(2.0, center, prior=prior, strength=1.0, noise_variance=1.0)
    eps = 1e-7
    left = (post.objective(0.0) - post.objective(-eps)) / eps
    right = (post.objective(eps) - post.objective(0.0)) / eps
    got = objective_slopes(post)
    assert got[0] == pytest.approx(float(left), abs=1e-5)
    assert got[1] == pytest.approx(float(right), abs=1e-5)
    # F's minimizer is 0 exactly when the slopes bracket 0.
    assert (post.mode == 0.0) == (got[0] <= 0.0 <= got[1])


def test_objective_tangents_touch_f_at_0_and_lie_below_it() -> None:
    post = posterior_1d(2.0, 0.25, prior="laplace", strength=1.0, noise_variance=1.0)
    segments = objective_tangents(post, reach=0.5)
    assert segments.shape == (2, 2, 2)
    f0 = float(post.objective(0.0))
    for segment, slope in zip(segments, objective_slopes(post)):
        (x0, y0), (x1, y1) = segment
        assert x0 == pytest.approx(-0.25) and x1 == pytest.approx(0.25)  # 0.5·λ/h
        assert (y1 - y0) / (x1 - x0) == pytest.approx(slope)
        assert (y0 + y1) / 2 == pytest.approx(f0)
        w = np.linspace(x0, x1, 101)
        assert np.all(post.objective(w) >= f0 + slope * w - 1e-12)
    with pytest.raises(InvalidArgumentError):
        objective_tangents(post, reach=0.0)


def test_objective_half_tangents_are_the_one_sided_rays() -> None:
    post = posterior_1d(2.0, 0.25, prior="laplace", strength=1.0, noise_variance=1.0)
    f0 = 0.5 * 2.0 * 0.25 ** 2  # F(0) = ½hŵ² (|0| = 0), by hand
    (left, right) = objective_tangents(post, reach=0.5, half=True)
    # Left: from w = −0.25 to 0 with slope −hŵ − λ = −1.5; right: 0 to 0.25, slope −hŵ + λ = 0.5.
    np.testing.assert_allclose(left, [[-0.25, f0 + 0.25 * 1.5], [0.0, f0]], atol=1e-15)
    np.testing.assert_allclose(right, [[0.0, f0], [0.25, f0 + 0.25 * 0.5]], atol=1e-15)
    # F lies on or above each ray (it is convex).
    w = np.linspace(-0.25, 0.0, 51)
    assert np.all(post.objective(w) >= f0 - 1.5 * w - 1e-12)
    w = np.linspace(0.0, 0.25, 51)
    assert np.all(post.objective(w) >= f0 + 0.5 * w - 1e-12)


def test_objective_sweep_crosses_the_sticky_edge() -> None:
    low, high = objective_sweep(2.0, -1.5, 1.0, shares=(0.5, 1.5))
    assert (low, high) == (-0.25, -0.75)
    inside = posterior_1d(2.0, low, prior="laplace", strength=1.0, noise_variance=1.0)
    outside = posterior_1d(2.0, high, prior="laplace", strength=1.0, noise_variance=1.0)
    assert inside.mode == 0.0 and outside.mode == pytest.approx(-0.25)
    with pytest.raises(InvalidArgumentError):
        objective_sweep(2.0, 0.0, 1.0)
    with pytest.raises(InvalidArgumentError):
        objective_sweep(2.0, 1.0, 1.0, shares=(0.5, -1.0))


def test_objective_sweep_window_holds_0_the_modes_and_the_reach() -> None:
    posts = [posterior_1d(2.0, c, prior=p, strength=1.0, noise_variance=1.0)
             for c in (0.25, 0.75) for p in ("laplace", "gaussian")]
    assert objective_sweep_window(posts, reach=1.5) == pytest.approx((-0.5, 1.5))
    far = [posterior_1d(2.0, 5.0, prior="laplace", strength=1.0, noise_variance=1.0)]
    low, high = objective_sweep_window(far, reach=1.0)
    assert low == 0.0 and high == pytest.approx(5.5)
    with pytest.raises(InvalidArgumentError):
        objective_sweep_window([])


# --- a weight's slice through a point -----------------------------------------------------

@pytest.mark.parametrize("index", [0, 1])
def test_a_weights_slice_is_the_penalized_objective_on_that_line(index, rng) -> None:
    # F along the line, from penalized_objective itself, differs from the slice's 1-D F
    # by a constant; its slopes at 0 are the gradient's component ∓ λ.
    for _ in range(20):
        a = rng.normal(size=(2, 2))
        loss = Quadratic(center=rng.normal(size=2) * 2, hessian=a @ a.T + 0.1 * np.eye(2))
        point, lam = rng.normal(size=2), float(rng.uniform(0.1, 3.0))
        piece = weight_slice(loss, point, index, prior="laplace", strength=lam,
                             noise_variance=1.0)
        t = np.linspace(-3.0, 3.0, 61)
        line = np.repeat(point[None, :], len(t), axis=0)
        line[:, index] = t
        full = np.array([penalized_objective(loss, w, prior="laplace", strength=lam)
                         for w in line])
        gap = full - piece.objective(t)
        assert np.ptp(gap) <= 1e-9 * max(1.0, np.abs(full).max())
        at_zero = point.copy()
        at_zero[index] = 0.0
        grad = float(loss.hessian[index] @ (at_zero - loss.center))
        np.testing.assert_allclose(objective_slopes(piece), (grad - lam, grad + lam),
                                   rtol=1e-12, atol=1e-12)


def test_a_weights_slice_rise_is_the_penalized_objective_over_its_minimum() -> None:
    # Through the lasso MAP, the slice's rise curve and tangents read the full 2-D F_L
    # minus F_L(w*): 0 at the MAP (its minimum along the line), by penalized_objective.
    from regmath.bayes import objective_curve

    loss = Quadratic(center=[2.0, 0.5], hessian=[[6.0, 1.8], [1.8, 3.0]])
    lam = 3.0
    star = map_estimate(loss, prior="laplace", strength=lam).point
    for index in (0, 1):
        piece = weight_slice(loss, star, index, prior="laplace", strength=lam,
                             noise_variance=1.5)
        curve = objective_curve(piece, -1.0, 2.0, samples=61, rise=True)
        line = np.repeat(star[None, :], len(curve), axis=0)
        line[:, index] = curve[:, 0]
        bottom = penalized_objective(loss, star, prior="laplace", strength=lam)
        full = np.array([penalized_objective(loss, w, prior="laplace", strength=lam)
                         for w in line]) - bottom
        np.testing.assert_allclose(curve[:, 1], full, rtol=1e-9, atol=1e-9)
        assert curve[:, 1].min() >= -1e-12
        left, right = objective_tangents(piece, reach=0.5, half=True, rise=True)
        at_zero = star.copy()
        at_zero[index] = 0.0
        assert left[1, 1] == pytest.approx(
            penalized_objective(loss, at_zero, prior="laplace", strength=lam) - bottom,
            abs=1e-9)
        assert right[0, 1] == left[1, 1]


def test_a_weights_slice_refuses_a_bad_index() -> None:
    loss = Quadratic(center=[1.0, 2.0], hessian=[[2.0, 0.5], [0.5, 1.0]])
    with pytest.raises(InvalidArgumentError, match="^index"):
        weight_slice(loss, [0.0, 0.0], 2, prior="laplace", strength=1.0, noise_variance=1.0)
    with pytest.raises(InvalidArgumentError, match="^point"):
        weight_slice(loss, [0.0], 0, prior="laplace", strength=1.0, noise_variance=1.0)
