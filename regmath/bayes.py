r"""The Bayesian reading of ridge and the lasso: a prior is a penalty, the MAP is the penalized solution.

The model (Tibshirani 1996, §5; Park & Casella 2008; Hastie, Tibshirani &
Wainwright 2015, §6.1): data y = Xw + ε with noise ε ~ N(0, σ²I), H = XᵀX
and ŵ the least-squares estimate, so that the negative log-likelihood is

    −log p(y | w) = f(w) / σ² + const,    f(w) = ½ (w − ŵ)ᵀ H (w − ŵ).

The weights get independent zero-mean priors with a fixed scale (no
hyperprior):

* Gaussian N(0, τ²):             −log p(w) = ‖w‖₂² / (2τ²) + const,
* Laplace, density e^{−|wᵢ|/b}/(2b): −log p(w) = ‖w‖₁ / b + const.

Multiplying the negative log-posterior by σ² gives the penalized objective

    σ² · (−log p(w | y)) = F(w) + const,
    F(w) = f(w) + (λ/2)‖w‖₂²  with λ = σ²/τ²   (ridge),
    F(w) = f(w) + λ‖w‖₁       with λ = σ²/b    (the lasso),

so the posterior's level sets are F's level sets, and the posterior's mode
(the MAP estimate) is the penalized solution `regmath.penalized`. This module
gives the correspondence (`lasso_strength`, `ridge_strength` and their
inverses), F itself, F's exact level sets in 2D (`posterior_level_set`: for
the lasso an ellipse arc per orthant, joined with kinks on the axes), and the
whole one-weight posterior in closed form (`posterior_1d`), whose Laplace
kink at 0 holds the mode at exactly 0 while the posterior mean is never 0
unless ŵ is.

Nothing here samples or optimizes: every number is a closed form.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np

from regmath.errors import InvalidArgumentError
from regmath.quadratic import Quadratic, as_finite_array
from regmath.solution import Norm, Solution
from regmath.solve import check_loss, check_nonnegative, penalized

if TYPE_CHECKING:
    from numpy.typing import ArrayLike, NDArray

__all__ = [
    "Prior",
    "PRIORS",
    "PENALTY_NORM",
    "Posterior1D",
    "lasso_strength",
    "ridge_strength",
    "laplace_scale",
    "gaussian_variance",
    "penalized_objective",
    "map_estimate",
    "posterior_level_set",
    "posterior_1d",
    "log_normal_cdf",
    "sticky_threshold",
    "sweep_stop",
    "sticky_edge",
    "density_window",
    "density_curve",
    "objective_curve",
    "penalty_curve",
    "log_density_curve",
    "objective_window",
    "objective_slopes",
    "objective_tangents",
    "objective_sweep",
    "objective_sweep_window",
    "weight_slice",
    "density_top",
    "posterior_levels",
]

Prior = Literal["laplace", "gaussian"]
PRIORS: tuple[Prior, ...] = ("laplace", "gaussian")
#: The penalty each prior becomes: Laplace → the lasso's ‖w‖₁, Gaussian → ridge's ½‖w‖₂².
PENALTY_NORM: dict[Prior, Norm] = {"laplace": "l1", "gaussian": "l2"}

#: Below this argument log Φ(x) is taken from its asymptotic series: erfc(−x/√2)
#: would underflow past x ≈ −37.5, and at x ≤ −30 twelve terms of the series are
#: exact to far below one rounding step (the first omitted term is 23!!/x²⁴ < 1e-21).
_ASYMPTOTIC_BELOW = -30.0
_SERIES_TERMS = 12
_LOG_SQRT_2PI = 0.5 * math.log(2.0 * math.pi)
#: Mills' ratio by its continued fraction from this argument on, with this many
#: terms: from t = 1.5 on the truncation error is below 1e-17 (checked against mpmath in the tests).
_CONTINUED_FRACTION_FROM = 1.5
_CONTINUED_FRACTION_TERMS = 400
#: For |ŵ| below this many posterior scales s = σ/√h the Laplace posterior's mean is
#: taken from its slope at ŵ = 0 (relative error below (ŵ/s)² = 1e-12), not from the
#: difference of two truncated normals' means (which keeps about 1e-16·s/|ŵ| of its digits).
_LINEAR_MEAN_BELOW = 1e-6
#: Rays closer than this (radians) to an exact axis crossing are dropped: one vertex there.
_SAME_RAY = 1e-9


def _check_positive(value: float, argument: str) -> float:
    number = check_nonnegative(value, argument)
    if number == 0.0:
        raise InvalidArgumentError(argument, "must be > 0, got 0")
    return number


def check_prior(prior: str) -> Prior:
    """Return ``prior`` if it is "laplace" or "gaussian", else raise naming the argument."""
    if prior not in PRIORS:
        raise InvalidArgumentError("prior", f"must be one of {', '.join(PRIORS)}, got {prior!r}")
    return prior  # type: ignore[return-value]


def lasso_strength(*, noise_variance: float, prior_scale: float) -> float:
    r"""The lasso's λ = σ²/b for Gaussian noise of variance σ² and a Laplace(0, b) prior.

    Parameters
    ----------
    noise_variance
        σ² ≥ 0, in the units of f (squared residuals of y).
    prior_scale
        b > 0, in weight units: the prior density is e^{−|w|/b} / (2b), its
        standard deviation √2·b.

    Raises
    ------
    InvalidArgumentError
        ``noise_variance`` negative or not finite; ``prior_scale`` not > 0.
    """
    sigma2 = check_nonnegative(noise_variance, "noise_variance")
    b = _check_positive(prior_scale, "prior_scale")
    return sigma2 / b


def ridge_strength(*, noise_variance: float, prior_variance: float) -> float:
    r"""Ridge's λ = σ²/τ² (penalty (λ/2)‖w‖₂²) for noise variance σ² and a N(0, τ²) prior.

    Raises
    ------
    InvalidArgumentError
        ``noise_variance`` negative or not finite; ``prior_variance`` not > 0.
    """
    sigma2 = check_nonnegative(noise_variance, "noise_variance")
    tau2 = _check_positive(prior_variance, "prior_variance")
    return sigma2 / tau2


def laplace_scale(strength: float, *, noise_variance: float) -> float:
    r"""The Laplace prior's scale b = σ²/λ that the lasso's λ stands for.

    Raises
    ------
    InvalidArgumentError
        ``strength`` not > 0 (λ = 0 is a flat prior, b = ∞); ``noise_variance`` not > 0.
    """
    lam = _check_positive(strength, "strength")
    return _check_positive(noise_variance, "noise_variance") / lam


def gaussian_variance(strength: float, *, noise_variance: float) -> float:
    r"""The Gaussian prior's variance τ² = σ²/λ that ridge's λ stands for.

    Raises
    ------
    InvalidArgumentError
        ``strength`` not > 0 (λ = 0 is a flat prior, τ² = ∞); ``noise_variance`` not > 0.
    """
    lam = _check_positive(strength, "strength")
    return _check_positive(noise_variance, "noise_variance") / lam


def penalized_objective(loss: Quadratic, w: ArrayLike, *, prior: str, strength: float
                        ) -> NDArray[np.float64] | float:
    r"""F(w) = f(w) + λ‖w‖₁ (Laplace) or f(w) + (λ/2)‖w‖₂² (Gaussian): σ² times −log p(w | y) + const.

    Parameters
    ----------
    loss
        f(w) = ½ (w − ŵ)ᵀ H (w − ŵ), ŵ of shape (n,).
    w
        Points of shape (..., n).
    prior
        "laplace" or "gaussian".
    strength
        λ ≥ 0.

    Returns
    -------
    F at each point, shape (...).

    Raises
    ------
    InvalidArgumentError
        ``loss``, ``prior`` or ``strength`` malformed; ``w`` not finite or of the wrong shape.
    """
    loss = check_loss(loss)
    prior = check_prior(prior)
    lam = check_nonnegative(strength, "strength")
    points = np.asarray(w, dtype=float)
    if points.ndim == 0 or points.shape[-1] != loss.dim or not np.all(np.isfinite(points)):
        raise InvalidArgumentError("w", f"must be finite points of shape (..., {loss.dim})")
    if prior == "laplace":
        penalty = lam * np.abs(points).sum(axis=-1)
    else:
        penalty = 0.5 * lam * np.square(points).sum(axis=-1)
    return loss.value(points) + penalty


def map_estimate(loss: Quadratic, *, prior: str, strength: float) -> Solution:
    r"""The posterior's mode: argmin F, i.e. `regmath.penalized` with the prior's norm.

    Laplace gives the lasso (exact zeros where |∇f(w*)ᵢ| ≤ λ), Gaussian gives ridge.

    Raises
    ------
    InvalidArgumentError
        As `regmath.penalized`, and ``prior`` not "laplace" or "gaussian".
    """
    return penalized(loss, norm=PENALTY_NORM[check_prior(prior)], strength=strength)


def _crossings_on_axis(loss: Quadratic, axis: int, level: float, strength: float
                       ) -> list[NDArray[np.float64]]:
    """The points of {F = level} on the line w_axis = 0 (Laplace F, 2D): 0, 1 or 2.

    On that line F is a convex quadratic in the other weight x plus λ|x|; on each
    side of x = 0 it is a plain quadratic, solved in closed form.
    """
    other = 1 - axis
    h = loss.hessian
    c = loss.center
    a = 0.5 * h[other, other]
    offset = np.zeros(2)
    offset[other] = 1.0
    points = []
    if level == float(loss.value(np.zeros(2))):
        points.append(np.zeros(2))  # the origin is on the curve: a crossing of both axes
    for sign in (1.0, -1.0):
        # F(x e_other) = a x² + (−(Hŵ)_other + λ·sign) x + f(0), for sign·x ≥ 0.
        slope = -(h @ c)[other] + strength * sign
        gap = level - float(loss.value(np.zeros(2)))
        roots = _quadratic_roots(a, slope, -gap)
        for x in roots:
            if sign * x > 0.0:
                point = np.zeros(2)
                point[other] = x
                points.append(point)
    return points


def _quadratic_roots(a: float, b: float, c: float) -> list[float]:
    """Real roots of a x² + b x + c = 0, the stable pair (no cancellation), a ≥ 0."""
    if a == 0.0:
        return [] if b == 0.0 else [-c / b]
    disc = b * b - 4.0 * a * c
    if disc < 0.0:
        return []
    q = -0.5 * (b + math.copysign(math.sqrt(disc), b))
    if q == 0.0:
        return [0.0]
    return [q / a, c / q]


def posterior_level_set(loss: Quadratic, level: float, *, prior: str, strength: float,
                        samples: int = 257) -> NDArray[np.float64]:
    r"""The closed curve {w : F(w) = level} in 2D: a level set of the posterior density.

    For the Gaussian prior it is an ellipse (F has Hessian H + λI); for the
    Laplace prior it is made of ellipse arcs, one per orthant with sign
    pattern s, each on {½ (w − mₛ)ᵀ H (w − mₛ) = level − kₛ} with
    mₛ = ŵ − λH⁻¹s (where H is invertible), joined with a kink where it
    crosses an axis. It is computed without sampling error: from the MAP w*
    (F's minimizer, inside every level set), each ray w* + ρu meets the curve
    once (F is convex), and F along the ray is a quadratic in ρ between the
    points where the ray crosses an axis, so ρ is a root of a quadratic. The
    rays are ``samples`` equal angles plus the exact axis crossings, which are
    therefore vertices of the polyline: points with a weight exactly 0.

    Parameters
    ----------
    loss
        2D quadratic loss. H may be singular when λ > 0 (F's level sets are
        still bounded).
    level
        F's value on the curve, ≥ F(w*). At F(w*) the curve is w* repeated.
    prior
        "laplace" or "gaussian".
    strength
        λ ≥ 0; λ = 0 needs a nonsingular H.
    samples
        Number of equal-angle rays, ≥ 8.

    Returns
    -------
    Closed polyline, shape (k, 2) with k ≥ samples + 1, counter-clockwise
    around w*, first point repeated last.

    Raises
    ------
    InvalidArgumentError
        ``loss`` not 2D, or singular with λ = 0 (unbounded level sets);
        ``level`` below F(w*) or not finite; ``prior``, ``strength`` or
        ``samples`` malformed.
    """
    loss = check_loss(loss)
    prior = check_prior(prior)
    lam = check_nonnegative(strength, "strength")
    if loss.dim != 2:
        raise InvalidArgumentError("loss", f"level sets are drawn in 2D, the loss has n = {loss.dim}")
    if lam == 0.0 and loss.singular:
        raise InvalidArgumentError(
            "loss", "a singular hessian with strength 0 has unbounded level sets (a flat prior)"
        )
    if not isinstance(samples, (int, np.integer)) or samples < 8:
        raise InvalidArgumentError("samples", f"must be an integer >= 8, got {samples!r}")
    level = float(check_nonnegative(level, "level"))
    center = map_estimate(loss, prior=prior, strength=lam).point
    bottom = float(penalized_objective(loss, center, prior=prior, strength=lam))
    if level < bottom:
        raise InvalidArgumentError(
            "level", f"must be >= the posterior mode's F(w*) = {bottom!r}, got {level!r}"
        )
    if level == bottom:
        return np.repeat(center[np.newaxis, :], samples + 1, axis=0)

    exact: list[NDArray[np.float64]] = []
    if prior == "laplace":
        for axis in (0, 1):
            exact.extend(_crossings_on_axis(loss, axis, level, lam))
        exact = list({(float(p[0]), float(p[1])): p for p in exact}.values())  # the origin once
    angles = np.linspace(0.0, 2.0 * np.pi, samples, endpoint=False)
    exact_angles = [math.atan2(p[1] - center[1], p[0] - center[0]) % (2.0 * np.pi) for p in exact]
    if exact_angles:  # a ray that meets a crossing itself is replaced by the exact point
        gaps = np.abs(angles[:, np.newaxis] - np.array(exact_angles)[np.newaxis, :])
        angles = angles[np.min(np.minimum(gaps, 2.0 * np.pi - gaps), axis=1) > _SAME_RAY]
        samples = angles.size
    order = np.argsort(np.concatenate([angles, exact_angles]), kind="stable")
    all_angles = np.concatenate([angles, exact_angles])[order]
    pinned = np.concatenate([np.full(samples, -1), np.arange(len(exact))])[order]

    curve = np.empty((all_angles.size + 1, 2))
    for row, (theta, pin) in enumerate(zip(all_angles, pinned)):
        if pin >= 0:
            curve[row] = exact[pin]  # the axis crossing itself: a weight exactly 0
        else:
            u = np.array([math.cos(theta), math.sin(theta)])
            curve[row] = center + _ray_reach(loss, center, u, level, prior, lam) * u
    curve[-1] = curve[0]
    return curve


def _ray_reach(loss: Quadratic, start: NDArray[np.float64], u: NDArray[np.float64],
               level: float, prior: Prior, lam: float) -> float:
    """ρ > 0 with F(start + ρu) = level, start the minimizer of F (so F rises along the ray)."""
    h = loss.hessian
    curvature = 0.5 * float(u @ h @ u) + (0.5 * lam if prior == "gaussian" else 0.0)
    # Breakpoints where the ray crosses an axis (Laplace only): |wᵢ| changes slope there.
    breaks = []
    if prior == "laplace":
        for i in range(2):
            if u[i] != 0.0:
                rho = -start[i] / u[i]
                if rho > 0.0:
                    breaks.append(rho)
    breaks.sort()
    edges = [0.0, *breaks, math.inf]
    rho0 = 0.0
    value = float(penalized_objective(loss, start, prior=prior, strength=lam))
    for rho1 in edges[1:]:
        # On (rho0, rho1) the signs of the weights are fixed: F = value + β σ + curvature σ².
        mid = start + (rho0 + (1.0 if math.isinf(rho1) else 0.5 * (rho1 - rho0))) * u
        point = start + rho0 * u
        slope = float(u @ (h @ (point - loss.center)))
        if prior == "laplace":
            slope += lam * float(np.sign(mid) @ u)
        else:
            slope += lam * float(point @ u)
        slope = max(slope, 0.0)  # F is nondecreasing along the ray: a negative slope is rounding
        delta = level - value
        length = rho1 - rho0
        end_value = (value + slope * length + curvature * length * length
                     if not math.isinf(length) else math.inf)
        if end_value >= level:
            if curvature == 0.0:
                return rho0 + delta / slope
            step = 2.0 * delta / (slope + math.sqrt(slope * slope + 4.0 * curvature * delta))
            return rho0 + min(step, length)
        rho0, value = rho1, end_value
    raise AssertionError("unreachable: F is unbounded along every ray")  # pragma: no cover


def log_normal_cdf(x: float) -> float:
    r"""log Φ(x) for the standard normal CDF Φ, relative error below 1e-13 for every finite x.

    erfc for x > −30 (log1p of the upper tail for x > 0), the asymptotic series
    Φ(x) = φ(x)/|x| · Σₖ (−1)ᵏ (2k−1)!! / x²ᵏ below (Abramowitz & Stegun 26.2.12).
    """
    x = float(x)
    if not math.isfinite(x):
        raise InvalidArgumentError("x", f"must be finite, got {x}")
    if x > 0.0:
        return math.log1p(-0.5 * math.erfc(x / math.sqrt(2.0)))
    if x > _ASYMPTOTIC_BELOW:
        return math.log(0.5 * math.erfc(-x / math.sqrt(2.0)))
    inv = 1.0 / (x * x)
    term, total = 1.0, 1.0
    for k in range(1, _SERIES_TERMS):
        term *= -(2 * k - 1) * inv
        total += term
    return -0.5 * x * x - _LOG_SQRT_2PI - math.log(-x) + math.log(total)


def _truncation_excess(t: float) -> float:
    r"""g(t) = 1/R(t) − t with R(t) = Φ(−t)/φ(t) Mills' ratio: the mean of N(0, 1) given z ≥ t, minus t.

    So the mean of N(m, s²) given w ≥ 0 is s·g(−m/s). It is the tail of
    Laplace's continued fraction 1/R(t) = t + 1/(t + 2/(t + 3/(t + …))), that is
    g(t) = 1/(t + 2/(t + 3/(t + …))), from t = 1.5 on, with no cancellation (the
    direct 1/R(t) − t loses about t² of its digits); below, the direct form.
    """
    if t < _CONTINUED_FRACTION_FROM:
        return math.exp(-0.5 * t * t - _LOG_SQRT_2PI - log_normal_cdf(-t)) - t
    return 1.0 / (t + _fraction_tail(t))


def _fraction_tail(t: float) -> float:
    """c(t) = 2/(t + 3/(t + 4/(t + …))), so that g(t) = 1/(t + c)."""
    tail = 0.0
    for k in range(_CONTINUED_FRACTION_TERMS, 1, -1):
        tail = k / (t + tail)
    return tail


def _slope_at_zero(t: float) -> float:
    r"""d(mean)/dŵ at ŵ = 0 for the Laplace posterior with t = λ/(h·s): 1 − t·g(t).

    The posterior mean's derivative in ŵ is (h/σ²)·Var = E₀[w²]/s² at ŵ = 0, and
    E₀[w²]/s² = 1 − t·g(t) (the second moment of N(−t, 1) given z ≥ 0). With the
    continued fraction it is c/(t + c): no cancellation for a large t, where it is ≈ 2/t².
    """
    if t < _CONTINUED_FRACTION_FROM:
        return 1.0 - t * _truncation_excess(t)
    tail = _fraction_tail(t)
    return tail / (t + tail)


@dataclass(frozen=True)
class Posterior1D:
    r"""The posterior of one weight w: p(w | y) ∝ exp(−(½h(w − ŵ)² + penalty(w)) / σ²).

    The likelihood is N(ŵ, σ²/h) in w; the prior Laplace(0, b = σ²/λ) or
    N(0, τ² = σ²/λ). Built by `posterior_1d`.

    Attributes
    ----------
    curvature
        h > 0 (H for one weight).
    center
        ŵ, the least-squares weight.
    prior
        "laplace" or "gaussian".
    strength
        λ ≥ 0.
    noise_variance
        σ² > 0.
    mode
        The MAP: soft-thresholding S_{λ/h}(ŵ) for Laplace (exactly 0 when
        |hŵ| ≤ λ), hŵ/(h + λ) for Gaussian.
    mean
        The posterior mean, closed form (a mixture of two truncated normals
        for Laplace): never 0 unless ŵ = 0.
    log_normalizer
        log Z with Z = ∫ exp(−(½h(w − ŵ)² + penalty(w)) / σ²) dw.
    """

    curvature: float
    center: float
    prior: Prior
    strength: float
    noise_variance: float
    mode: float
    mean: float
    log_normalizer: float

    def log_density(self, w: ArrayLike) -> NDArray[np.float64]:
        """log p(w | y) at any array of weights (normalized: the density integrates to 1)."""
        x = np.asarray(w, dtype=float)
        if not np.all(np.isfinite(x)):
            raise InvalidArgumentError("w", "must be finite")
        if self.prior == "laplace":
            penalty = self.strength * np.abs(x)
        else:
            penalty = 0.5 * self.strength * x * x
        energy = 0.5 * self.curvature * (x - self.center) ** 2 + penalty
        return -energy / self.noise_variance - self.log_normalizer

    def density(self, w: ArrayLike) -> NDArray[np.float64]:
        """p(w | y), normalized."""
        return np.exp(self.log_density(w))

    def objective(self, w: ArrayLike) -> NDArray[np.float64]:
        """F(w) = ½h(w − ŵ)² + λ|w| (Laplace) or + (λ/2)w² (Gaussian): −σ² log p(w | y) − σ² log Z."""
        x = np.asarray(w, dtype=float)
        if not np.all(np.isfinite(x)):
            raise InvalidArgumentError("w", "must be finite")
        penalty = (self.strength * np.abs(x) if self.prior == "laplace"
                   else 0.5 * self.strength * x * x)
        return 0.5 * self.curvature * (x - self.center) ** 2 + penalty

    @property
    def likelihood_variance(self) -> float:
        """σ²/h: the variance of the likelihood's bell N(w; ŵ, σ²/h)."""
        return self.noise_variance / self.curvature

    def likelihood_density(self, w: ArrayLike) -> NDArray[np.float64]:
        """The likelihood as a density in w: N(ŵ, σ²/h), normalized."""
        x = np.asarray(w, dtype=float)
        var = self.noise_variance / self.curvature
        return np.exp(-0.5 * (x - self.center) ** 2 / var) / math.sqrt(2.0 * math.pi * var)

    def prior_density(self, w: ArrayLike) -> NDArray[np.float64]:
        """The prior density: Laplace(0, σ²/λ) or N(0, σ²/λ); needs λ > 0 (λ = 0 is flat)."""
        x = np.asarray(w, dtype=float)
        if self.strength == 0.0:
            raise InvalidArgumentError("strength", "0 is a flat prior: it has no density")
        scale = self.noise_variance / self.strength
        if self.prior == "laplace":
            return np.exp(-np.abs(x) / scale) / (2.0 * scale)
        return np.exp(-0.5 * x * x / scale) / math.sqrt(2.0 * math.pi * scale)


def posterior_1d(curvature: float, center: float, *, prior: str, strength: float,
                 noise_variance: float) -> Posterior1D:
    r"""The one-weight posterior in closed form: mode, mean and normalizer.

    For the Laplace prior, on w ≥ 0 the exponent is a Gaussian around
    m₊ = ŵ − λ/h and on w < 0 around m₋ = ŵ + λ/h (completing the square), so

        Z = √(2πσ²/h) · e^{λ²/(2hσ²)} · (e^{−λŵ/σ²} Φ(m₊/s) + e^{λŵ/σ²} Φ(−m₋/s)),  s = σ/√h,

    and the mean is the two truncated normals' means, m₊ + s·φ(m₊/s)/Φ(m₊/s)
    and m₋ − s·φ(m₋/s)/Φ(−m₋/s), weighted by their shares of Z (Park & Casella
    2008 for the lasso posterior; the truncated-normal moments in Johnson,
    Kotz & Balakrishnan, vol. 1, §13.10). Everything is in logs, so no
    exponent overflows for any finite data.

    Parameters
    ----------
    curvature
        h > 0.
    center
        ŵ, finite.
    prior
        "laplace" or "gaussian".
    strength
        λ ≥ 0 (λ = 0: the likelihood itself).
    noise_variance
        σ² > 0.

    Raises
    ------
    InvalidArgumentError
        ``curvature`` or ``noise_variance`` not > 0; ``center`` not finite;
        ``prior`` or ``strength`` malformed.
    """
    h = _check_positive(curvature, "curvature")
    w_hat = float(as_finite_array(center, "center", ndim=0))
    prior = check_prior(prior)
    lam = check_nonnegative(strength, "strength")
    sigma2 = _check_positive(noise_variance, "noise_variance")
    s = math.sqrt(sigma2 / h)
    log_gauss = 0.5 * math.log(2.0 * math.pi * sigma2 / h)
    if prior == "gaussian":
        precision = h + lam
        mode = h * w_hat / precision
        # ½h(w − ŵ)² + ½λw² = ½(h + λ)(w − mode)² + ½hλŵ²/(h + λ).
        log_z = (0.5 * math.log(2.0 * math.pi * sigma2 / precision)
                 - 0.5 * h * lam * w_hat * w_hat / precision / sigma2)
        return Posterior1D(h, w_hat, prior, lam, sigma2, mode, mode, log_z)
    m_plus, m_minus = w_hat - lam / h, w_hat + lam / h
    log_plus = -lam * w_hat / sigma2 + log_normal_cdf(m_plus / s)
    log_minus = lam * w_hat / sigma2 + log_normal_cdf(-m_minus / s)
    top = max(log_plus, log_minus)
    log_sum = top + math.log(math.exp(log_plus - top) + math.exp(log_minus - top))
    log_z = log_gauss + 0.5 * lam * lam / (h * sigma2) + log_sum
    share_plus = math.exp(log_plus - log_sum)
    share_minus = math.exp(log_minus - log_sum)
    if abs(w_hat) < _LINEAR_MEAN_BELOW * s:
        # The two pieces' means cancel to O(ŵ) and their difference would lose the
        # digits of ŵ/s; the mean is odd in ŵ, so ŵ·(its slope at 0) is exact to O((ŵ/s)²).
        mean = w_hat * _slope_at_zero(lam / (h * s))
    else:
        mean_plus = s * _truncation_excess(-m_plus / s)     # N(m₊, s²) given w ≥ 0
        mean_minus = -s * _truncation_excess(m_minus / s)   # N(m₋, s²) given w < 0
        mean = share_plus * mean_plus + share_minus * mean_minus
    # The mode: soft-thresholding, with |ŵ| ≤ λ/h giving exactly 0.
    shrunk = abs(w_hat) - lam / h
    mode = math.copysign(shrunk, w_hat) if shrunk > 0.0 else 0.0
    return Posterior1D(h, w_hat, prior, lam, sigma2, mode, mean, log_z)


# ------------------------------------------------------------------ drawing the 1-D story
#: The parts of a one-weight posterior that `density_curve` draws.
CurvePart = Literal["posterior", "likelihood", "prior"]


def sticky_threshold(curvature: float, strength: float) -> float:
    r"""λ/h: the Laplace posterior's mode is exactly 0 for every |ŵ| ≤ λ/h (|hŵ| ≤ λ).

    Raises
    ------
    InvalidArgumentError
        ``curvature`` not > 0; ``strength`` negative or not finite.
    """
    return check_nonnegative(strength, "strength") / _check_positive(curvature, "curvature")


def sweep_stop(curvature: float, center: float, strength: float, *, share: float = 0.5
               ) -> float:
    r"""Where a sweep of ŵ towards 0 stops: ``share`` of the way from 0 to λ/h, on ŵ's side.

    Inside the sticky zone (0 < share < 1), so the Laplace mode is exactly 0 there
    while ŵ, and so the posterior mean, is not.

    Raises
    ------
    InvalidArgumentError
        ``center`` 0 or not finite (no side to sweep from); ``share`` not in (0, 1).
    """
    w_hat = float(as_finite_array(center, "center", ndim=0))
    if w_hat == 0.0:
        raise InvalidArgumentError("center", "is 0: there is no sweep towards 0")
    if not 0.0 < share < 1.0:
        raise InvalidArgumentError("share", f"must be in (0, 1), got {share!r}")
    return math.copysign(share * sticky_threshold(curvature, strength), w_hat)


def sticky_edge(curvature: float, center: float, strength: float) -> float:
    r"""The ŵ on ``center``'s side where the Laplace mode reaches 0: ±λ/h (hŵ = ±λ).

    A sweep of ŵ from ``center`` towards 0 sees the mode S_{λ/h}(ŵ) = ŵ ∓ λ/h reach
    exactly 0 here and stay 0 from here to −λ/h.

    Raises
    ------
    InvalidArgumentError
        ``center`` 0 or not finite.
    """
    w_hat = float(as_finite_array(center, "center", ndim=0))
    if w_hat == 0.0:
        raise InvalidArgumentError("center", "is 0: there is no side to sweep from")
    return math.copysign(sticky_threshold(curvature, strength), w_hat)


def density_window(centers: ArrayLike, *, curvature: float, noise_variance: float,
                   reach: float = 4.0) -> tuple[float, float]:
    r"""The w interval that shows 0 and each likelihood N(ŵ, σ²/h) out to ``reach`` s.

    s = σ/√h is the likelihood's standard deviation; ``centers`` are every ŵ the
    picture will show (a sweep's start and stop).
    """
    values = np.asarray(as_finite_array(centers, "centers", ndim=1), dtype=float).ravel()
    spread = reach * math.sqrt(_check_positive(noise_variance, "noise_variance")
                               / _check_positive(curvature, "curvature"))
    return (float(min(0.0, values.min() - spread)), float(max(0.0, values.max() + spread)))


def _curve_grid(post: Posterior1D, low: float, high: float, samples: int) -> NDArray[np.float64]:
    """Equal steps over [low, high] plus the exact points where the drawing must have a
    vertex: 0 (the Laplace kink), the mode and ŵ (inside the window)."""
    if not (math.isfinite(low) and math.isfinite(high) and low < high):
        raise InvalidArgumentError("low", f"must be finite and below high, got {low!r}, {high!r}")
    if not isinstance(samples, (int, np.integer)) or samples < 8:
        raise InvalidArgumentError("samples", f"must be an integer >= 8, got {samples!r}")
    extra = [v for v in (0.0, post.mode, post.center) if low < v < high]
    return np.unique(np.concatenate([np.linspace(low, high, samples), extra]))


def density_curve(post: Posterior1D, part: CurvePart, low: float, high: float, *,
                  samples: int = 241) -> NDArray[np.float64]:
    r"""The graph (w, p(w)) of the posterior, the likelihood N(ŵ, σ²/h) or the prior.

    Returns points of shape (k, 2), w increasing, with vertices at w = 0 (the
    Laplace kink), at the mode and at ŵ where they lie inside [low, high].
    """
    if part not in ("posterior", "likelihood", "prior"):
        raise InvalidArgumentError("part", f"must be posterior, likelihood or prior, got {part!r}")
    w = _curve_grid(post, low, high, samples)
    method = {"posterior": post.density, "likelihood": post.likelihood_density,
              "prior": post.prior_density}[part]
    return np.column_stack([w, method(w)])


def objective_curve(post: Posterior1D, low: float, high: float, *, samples: int = 241,
                    rise: bool = False) -> NDArray[np.float64]:
    r"""The graph (w, F(w)) of −σ² log p(w | y) − σ² log Z = ½h(w − ŵ)² + penalty(w).

    Its minimizer is the posterior's mode, a vertex of the graph (the V's tip for
    the Laplace prior when the mode is 0). With ``rise`` the graph is F(w) − F(mode),
    0 at the minimum: for a `weight_slice`, whose F is the full F along the line up to
    a constant, this is the full F's rise over its value at the slice's minimizer.
    """
    w = _curve_grid(post, low, high, samples)
    base = float(post.objective(post.mode)) if rise else 0.0
    return np.column_stack([w, post.objective(w) - base])


def log_density_curve(post: Posterior1D, low: float, high: float, *, samples: int = 241,
                      scaled: bool = True) -> NDArray[np.float64]:
    r"""The graph (w, σ² (log p(w | y) − log p(mode | y))) of the log posterior, scaled by
    σ² and 0 at its peak: F(mode) − F(w), in F's units (log is increasing, so its peak is
    the posterior's, at the mode; a vertex of the graph, as on `objective_curve`'s grid).
    Without ``scaled``: log p(w | y) − log p(mode | y) itself (σ² times it is F(mode) − F).
    """
    w = _curve_grid(post, low, high, samples)
    sigma2 = post.noise_variance if scaled else 1.0
    return np.column_stack([w, sigma2 * (post.log_density(w) - post.log_density(post.mode))])


def penalty_curve(post: Posterior1D, low: float, high: float, *, samples: int = 241
                  ) -> NDArray[np.float64]:
    r"""The graph (w, penalty(w)) of the prior's term alone: λ|w| (Laplace) or (λ/2)w²
    (Gaussian), i.e. −σ² log(prior(w)/prior(0)); F = f + penalty with f = ½h(w − ŵ)².

    On the same grid as `objective_curve` (a vertex at w = 0, the Laplace kink).
    """
    w = _curve_grid(post, low, high, samples)
    penalty = (post.strength * np.abs(w) if post.prior == "laplace"
               else 0.5 * post.strength * w * w)
    return np.column_stack([w, penalty])


def objective_window(post: Posterior1D, *, reach: float = 3.0) -> tuple[float, float]:
    r"""The w interval where F's shape shows: 0, the mode and ŵ ± ``reach``·λ/h.

    F = ½h(w − ŵ)² + λ|w| turns from its V (slopes ±λ at 0) into its parabola over
    a few λ/h: a wider window would show only the parabola. With λ = 0 (no kink)
    it falls back to ``reach`` times the likelihood's σ/√h.
    """
    scale = post.strength / post.curvature or math.sqrt(post.noise_variance / post.curvature)
    values = (0.0, post.mode, post.center - reach * scale, post.center + reach * scale)
    return float(min(values)), float(max(values))


def objective_slopes(post: Posterior1D) -> tuple[float, float]:
    r"""F's one-sided slopes at w = 0: (F'(0⁻), F'(0⁺)).

    F = ½h(w − ŵ)² + λ|w| has F'(0^∓) = −hŵ ∓ λ (the Laplace prior's kink); ridge's
    F = ½h(w − ŵ)² + ½λw² is smooth, both slopes −hŵ. F's minimizer is 0 exactly
    when F'(0⁻) ≤ 0 ≤ F'(0⁺), that is |hŵ| ≤ λ (soft-thresholding's sticky zone).
    """
    smooth = -post.curvature * post.center
    if post.prior == "laplace":
        return smooth - post.strength, smooth + post.strength
    return smooth, smooth


def _kink_scale(post: Posterior1D) -> float:
    """λ/h, the width of the sticky zone; σ/√h when λ = 0 (no kink)."""
    return post.strength / post.curvature or math.sqrt(post.noise_variance / post.curvature)


def objective_tangents(post: Posterior1D, *, reach: float = 0.5, half: bool = False,
                       rise: bool = False) -> NDArray[np.float64]:
    r"""The two one-sided tangent lines of F at w = 0, each over |w| ≤ ``reach``·λ/h.

    Returns shape (2, 2, 2): segment k runs from (−d, F(0) − d·s_k) to (d, F(0) + d·s_k)
    with s = `objective_slopes` (left slope first) and d = ``reach``·λ/h (σ/√h when λ = 0).
    F lies on or above both lines (it is convex); it touches the left one for w ≤ 0
    near 0 and the right one for w ≥ 0.

    With ``half`` each is cut to the side where it is a one-sided tangent: the left
    slope's half-ray from (−d, F(0) − d·s_0) to (0, F(0)), the right one's from (0, F(0))
    to (d, F(0) + d·s_1).

    With ``rise`` F's values are F − F(mode), as `objective_curve`'s with ``rise``.

    Raises
    ------
    InvalidArgumentError
        ``reach`` not finite and > 0.
    """
    if not (math.isfinite(reach) and reach > 0.0):
        raise InvalidArgumentError("reach", f"must be finite and > 0, got {reach!r}")
    d = reach * _kink_scale(post)
    f0 = float(post.objective(0.0)) - (float(post.objective(post.mode)) if rise else 0.0)
    left, right = objective_slopes(post)
    if half:
        return np.array([[[-d, f0 - d * left], [0.0, f0]], [[0.0, f0], [d, f0 + d * right]]])
    return np.array([[[-d, f0 - d * s], [d, f0 + d * s]] for s in (left, right)])


def objective_sweep(curvature: float, center: float, strength: float, *,
                    shares: tuple[float, float] = (0.5, 1.5)) -> tuple[float, float]:
    r"""A sweep of ŵ across the sticky zone's edge: share·λ/h on ``center``'s side, each share.

    With shares (0.5, 1.5) ŵ runs from inside |ŵ| ≤ λ/h, where F's minimizer is 0,
    out past the edge hŵ = ±λ, where it leaves 0.

    Raises
    ------
    InvalidArgumentError
        ``center`` 0 or not finite; a share not finite and > 0.
    """
    w_hat = float(as_finite_array(center, "center", ndim=0))
    if w_hat == 0.0:
        raise InvalidArgumentError("center", "is 0: there is no side to sweep on")
    edge = sticky_threshold(curvature, strength)
    for share in shares:
        if not (math.isfinite(share) and share > 0.0):
            raise InvalidArgumentError("shares", f"must be finite and > 0, got {shares!r}")
    return (math.copysign(shares[0] * edge, w_hat), math.copysign(shares[1] * edge, w_hat))


def objective_sweep_window(posts: list[Posterior1D], *, reach: float = 1.5
                           ) -> tuple[float, float]:
    r"""The w interval showing F's kink for every posterior of a sweep: 0, each mode, and
    each ŵ ± ``reach``·λ/h (σ/√h when λ = 0).

    Narrower than `objective_window`'s default, so the V at 0 fills the plot.
    """
    if not posts:
        raise InvalidArgumentError("posts", "must name at least one posterior")
    values = [0.0]
    for post in posts:
        scale = reach * _kink_scale(post)
        values += [post.mode, post.center - scale, post.center + scale]
    return float(min(values)), float(max(values))


def weight_slice(loss: Quadratic, point: ArrayLike, index: int, *, prior: str,
                 strength: float, noise_variance: float) -> Posterior1D:
    r"""The one-weight posterior along weight ``index`` through ``point``, the others fixed.

    With the other weights held at ``point``, f = ½(w − ŵ)ᵀH(w − ŵ) is, in t = w_i,
    ½H_ii (t − c)² + const with c = ŵ_i − Σ_{j≠i} H_ij (p_j − ŵ_j)/H_ii, and the
    penalty's other terms are constants; so F on that line is, up to a constant, the
    1-D F of `posterior_1d` with curvature H_ii and center c. Its slopes at t = 0 are
    ∂f/∂w_i ∓ λ there (`objective_slopes`), the 2-D optimality test on weight i.

    Raises
    ------
    InvalidArgumentError
        ``index`` not a weight of ``loss``; ``point`` of the wrong length.
    """
    p = np.asarray(point, dtype=float)
    n = loss.center.shape[0]
    if p.shape != (n,):
        raise InvalidArgumentError("point", f"must have {n} coordinates, got shape {p.shape}")
    if not (isinstance(index, (int, np.integer)) and 0 <= index < n):
        raise InvalidArgumentError("index", f"must be a weight index in [0, {n}), got {index!r}")
    h = float(loss.hessian[index, index])
    others = np.delete(np.arange(n), index)
    gap = p[others] - loss.center[others]
    center = float(loss.center[index] - loss.hessian[index, others] @ gap / h)
    return posterior_1d(h, center, prior=prior, strength=strength,
                        noise_variance=noise_variance)


def density_top(curvature: float, centers: ArrayLike, *, strength: float,
                noise_variance: float) -> float:
    r"""The highest likelihood or posterior density for ŵ anywhere between min and max of ``centers``.

    The likelihood's peak 1/√(2πσ²/h) and each posterior's at its mode; the
    posterior's peak is taken on 201 ŵ across the span and at its ends (it changes
    smoothly with ŵ, so the plot's rounded-up range holds it). The priors are left
    out: a narrow prior (b ≪ σ/√h) would flatten the curves the story is about, so
    a plot clips the prior's spike instead.
    """
    values = np.asarray(as_finite_array(centers, "centers", ndim=1), dtype=float).ravel()
    grid = np.linspace(values.min(), values.max(), 201) if values.size > 1 else values
    tops = []
    for prior in PRIORS:
        for w_hat in np.concatenate([grid, values]):
            post = posterior_1d(curvature, float(w_hat), prior=prior, strength=strength,
                                noise_variance=noise_variance)
            tops.append(float(post.density(post.mode)))
        tops.append(float(post.likelihood_density(post.center)))
    return max(tops)


def posterior_levels(loss: Quadratic, *, prior: str, strength: float,
                     shares: ArrayLike = (0.25, 0.6, 1.0)) -> NDArray[np.float64]:
    r"""Levels F* + share·(F(0) − F*) of the 2-D posterior: share 1 passes through the origin.

    F* = F(w*) at the MAP; the levels rise evenly from the mode to the curve
    through w = 0, where both weights are 0.

    Raises
    ------
    InvalidArgumentError
        The MAP is the origin (F(0) = F*: no level between them), or shares not > 0.
    """
    loss = check_loss(loss)
    top = map_estimate(loss, prior=prior, strength=strength)
    bottom = float(penalized_objective(loss, top.point, prior=prior, strength=strength))
    through_origin = float(penalized_objective(loss, np.zeros(loss.dim), prior=prior,
                                               strength=strength))
    if not through_origin > bottom:
        raise InvalidArgumentError("loss", "has its MAP at the origin: no level rises to it")
    steps = np.asarray(shares, dtype=float)
    if steps.size == 0 or not np.all(np.isfinite(steps)) or np.any(steps <= 0.0):
        raise InvalidArgumentError("shares", "must be finite and > 0")
    return bottom + steps * (through_origin - bottom)
