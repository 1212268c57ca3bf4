r"""Why an algorithm lands on exact zeros: the proximal operators and three iterations.

The lasso objective on the loss f(w) = ½ (w − ŵ)ᵀ H (w − ŵ) is

    F(w) = f(w) + λ‖w‖₁.

Its proximal operator with step η is soft-thresholding, which maps a whole
interval onto 0:

    prox_{ηλ‖·‖₁}(x)ᵢ = S_{ηλ}(xᵢ) = sign(xᵢ) · max(|xᵢ| − ηλ, 0),

while ridge's, for ½λ‖w‖₂², only scales: prox(x) = x / (1 + ηλ), never 0 unless x
is. Three iterations, each returned whole (every iterate, as floating point
computes it) so that a scene can draw them:

* `proximal_gradient` (ISTA; Daubechies, Defrise & De Mol 2004; Beck & Teboulle
  2009, §2): w ← S_{ηλ}(w − η∇f(w)). Its iterates become exactly 0 in the
  coordinates where the solution is 0, after finitely many steps, when the
  solution is strictly complementary (|∇f(w*)ⱼ| < λ where w*ⱼ = 0): the
  gradient step then lands inside the flat zone (−ηλ, ηλ) for good (finite
  identification; Hare & Lewis 2004, Nutini, Schmidt & Hare 2019).
* `coordinate_descent` (Friedman, Hastie, Höfling & Tibshirani 2007): one
  coordinate at a time, its exact minimizer
  wⱼ ← S_{λ/Hⱼⱼ}(wⱼ − ∇f(w)ⱼ / Hⱼⱼ); also exact zeros.
* `subgradient_descent` (Shor 1985; Boyd's EE364b notes): w ← w − ηₖ(∇f(w) + λ sign(w)),
  ηₖ = η/√(k+1). Nothing maps onto 0, so a weight whose solution is 0 hovers
  around 0 and is almost never exactly 0.

`ridge_proximal_gradient` is ISTA with ridge's prox, for the contrast.
Everything is floating-point arithmetic, step for step; the limits are checked
against the exact solvers (`regmath.solve.penalized`) in the tests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np

from regmath.errors import InvalidArgumentError
from regmath.quadratic import Quadratic, as_finite_array
from regmath.solve import check_loss, check_nonnegative

if TYPE_CHECKING:
    from numpy.typing import ArrayLike, NDArray

__all__ = [
    "Iterates",
    "soft_threshold",
    "ridge_shrink",
    "lipschitz_constant",
    "proximal_gradient",
    "ridge_proximal_gradient",
    "coordinate_descent",
    "subgradient_descent",
    "MAX_ITERATIONS",
    "prox_graphs",
    "gradient_steps",
    "gradient_step",
    "ProxGraphs",
    "flat_zone_strips",
]

#: Most iterations (steps, sweeps × n updates) one call returns: every iterate is
#: kept, n floats each, for drawing; a million 2-D points is 16 MB.
MAX_ITERATIONS = 1_000_000

Method = Literal["proximal gradient", "ridge proximal gradient", "coordinate descent",
                 "subgradient descent"]


@dataclass(frozen=True)
class Iterates:
    """Every iterate of one run, the start first.

    Attributes
    ----------
    points
        Shape (k + 1, n): points[0] is the start, points[i] the i-th iterate (for
        coordinate descent, one row per coordinate update).
    method
        Which iteration made them.
    strength
        λ.
    step
        η (the first step of subgradient descent; 0 for coordinate descent,
        which needs none).
    """

    points: NDArray[np.float64]
    method: Method
    strength: float
    step: float

    def first_exact_zero(self, index: int) -> int | None:
        """The first iterate from which weight ``index`` stays exactly 0.0 to the last
        iterate, or None when the last iterate's weight is not exactly 0."""
        column = self.points[:, _checked_index(index, self.points.shape[1])]
        nonzero = np.flatnonzero(column != 0.0)
        if nonzero.size and nonzero[-1] == column.size - 1:
            return None
        return 0 if nonzero.size == 0 else int(nonzero[-1]) + 1

    def series(self, index: int) -> NDArray[np.float64]:
        """(k, weight ``index`` of iterate k) for every iterate, shape (k + 1, 2): the
        weight plotted against the iteration count."""
        column = self.points[:, _checked_index(index, self.points.shape[1])]
        return np.stack([np.arange(column.size, dtype=float), column], axis=-1)

    def trace(self, until: float, index: int | None = None) -> NDArray[np.float64]:
        """The run drawn up to a fractional iterate ``until`` (clipped to [0, k]): the
        iterates 0 … ⌊until⌋ and, past the last whole one, the point that fraction of the
        way to the next (a straight step). With ``index``, the same for `series` (k, wᵢ).
        Its last row is where a dot walking the run is at ``until``. At least two rows."""
        return _partial_polyline(self.points if index is None else self.series(index), until)

    def exact_zero_count(self, index: int) -> int:
        """How many iterates have weight ``index`` exactly 0.0."""
        return int(np.count_nonzero(self.points[:, _checked_index(index, self.points.shape[1])]
                                    == 0.0))


def _checked_index(index: int, dim: int) -> int:
    if not isinstance(index, (int, np.integer)) or not 0 <= index < dim:
        raise InvalidArgumentError("index", f"must be a weight index in [0, {dim}), got {index!r}")
    return int(index)


def soft_threshold(x: ArrayLike, threshold: float) -> NDArray[np.float64]:
    r"""Soft-thresholding S_τ(x) = sign(x) · max(|x| − τ, 0), elementwise.

    The proximal operator of τ|·|: S_τ(x) = argmin_z ½(z − x)² + τ|z|. Every x
    with |x| ≤ τ maps to exactly +0.0 (the flat zone); the others move τ toward 0.

    Parameters
    ----------
    x
        Any shape, finite.
    threshold
        τ ≥ 0, finite.

    Raises
    ------
    InvalidArgumentError
        ``x`` not finite, ``threshold`` negative or not finite.

    Examples
    --------
    >>> soft_threshold([3.0, -0.5, 0.5, -2.0], 1.0).tolist()
    [2.0, 0.0, 0.0, -1.0]
    """
    values = np.asarray(x, dtype=float)
    if not np.all(np.isfinite(values)):
        raise InvalidArgumentError("x", "must be finite")
    tau = check_nonnegative(threshold, "threshold")
    # |x| − τ is exact to rounding; where it is ≤ 0 the answer is a true 0, not −0.0.
    shrunk = np.abs(values) - tau
    return np.where(shrunk > 0.0, np.copysign(np.maximum(shrunk, 0.0), values), 0.0)


def ridge_shrink(x: ArrayLike, strength: float) -> NDArray[np.float64]:
    r"""Ridge's proximal operator: argmin_z ½‖z − x‖² + ½·s‖z‖² = x / (1 + s).

    It scales; it maps no nonzero x to 0.

    Raises
    ------
    InvalidArgumentError
        ``x`` not finite, ``strength`` negative or not finite.
    """
    values = np.asarray(x, dtype=float)
    if not np.all(np.isfinite(values)):
        raise InvalidArgumentError("x", "must be finite")
    return values / (1.0 + check_nonnegative(strength, "strength"))


def lipschitz_constant(loss: Quadratic) -> float:
    """L = the largest eigenvalue of H: ∇f is L-Lipschitz, and ISTA converges for η < 2/L."""
    loss = check_loss(loss)
    return float(np.max(loss.eigenvalues)) if loss.dim else 0.0


def _start(loss: Quadratic, start: ArrayLike | None) -> NDArray[np.float64]:
    if start is None:
        return np.zeros(loss.dim)
    point = as_finite_array(start, "start", ndim=1)
    if point.size != loss.dim:
        raise InvalidArgumentError("start", f"must have {loss.dim} entries, got {point.size}")
    return point.copy()


def _count(value: int, argument: str, *, per: int = 1) -> int:
    if not isinstance(value, (int, np.integer)) or isinstance(value, bool) or value < 0:
        raise InvalidArgumentError(argument, f"must be a whole number >= 0, got {value!r}")
    if value * per > MAX_ITERATIONS:
        raise InvalidArgumentError(argument, f"at most {MAX_ITERATIONS // per} (every iterate "
                                             f"is kept), got {value}")
    return int(value)


def _step(loss: Quadratic, step: float | None) -> float:
    """η: 1/L by default; otherwise 0 < η < 2/L, where the gradient step contracts."""
    lipschitz = lipschitz_constant(loss)
    if step is None:
        return 1.0 / lipschitz if lipschitz > 0.0 else 1.0
    eta = check_nonnegative(step, "step")
    if eta == 0.0 or (lipschitz > 0.0 and eta * lipschitz >= 2.0):
        limit = f"2/L = {2.0 / lipschitz:.6g}" if lipschitz > 0.0 else "infinity"
        raise InvalidArgumentError("step", f"must lie in (0, {limit}) for the iteration to "
                                           f"converge, got {step!r}")
    return eta


#: One step: (loss, w_k, k, η, λ) ↦ w_{k+1}.
Update = Callable[[Quadratic, "NDArray[np.float64]", int, float, float], "NDArray[np.float64]"]


def _iterate(loss: Quadratic, update: Update, method: Method, *, strength: float, steps: int,
             step: float | None, start: ArrayLike | None) -> Iterates:
    """Validate, then keep every iterate of ``update`` from the start."""
    loss = check_loss(loss)
    lam = check_nonnegative(strength, "strength")
    count = _count(steps, "steps")
    eta = _step(loss, step)
    points = np.empty((count + 1, loss.dim))
    points[0] = _start(loss, start)
    for k in range(count):
        points[k + 1] = update(loss, points[k], k, eta, lam)
    return Iterates(points, method, lam, eta)


def _proximal_gradient(loss: Quadratic, prox: Callable[[NDArray[np.float64], float],
                                                        NDArray[np.float64]],
                       method: Method, *, strength: float, steps: int, step: float | None,
                       start: ArrayLike | None) -> Iterates:
    """w ← prox(w − η∇f(w), ηλ), every iterate: ISTA with the lasso's or ridge's prox."""
    return _iterate(loss, lambda f, w, k, eta, lam: prox(w - eta * f.gradient(w), eta * lam),
                    method, strength=strength, steps=steps, step=step, start=start)


def proximal_gradient(loss: Quadratic, *, strength: float, steps: int,
                      step: float | None = None, start: ArrayLike | None = None) -> Iterates:
    r"""ISTA on f(w) + λ‖w‖₁: w ← S_{ηλ}(w − η H(w − ŵ)), every iterate.

    Parameters
    ----------
    loss
        The quadratic f, dimension n.
    strength
        λ ≥ 0.
    steps
        Iterations k ≥ 0; the result has k + 1 points.
    step
        η in (0, 2/L), L the largest eigenvalue of H; default 1/L.
    start
        w₀, shape (n,); default 0.

    Returns
    -------
    Iterates
        points of shape (steps + 1, n). Weights where the lasso solution is 0
        become exactly 0.0 after finitely many steps when |∇f(w*)ⱼ| < λ there
        (Nutini, Schmidt & Hare 2019, "Active-set complexity of proximal gradient").

    Raises
    ------
    InvalidArgumentError
        Naming ``loss``, ``strength``, ``steps``, ``step`` or ``start``.

    Notes
    -----
    Daubechies, Defrise & De Mol (2004); Beck & Teboulle (2009), "A fast
    iterative shrinkage-thresholding algorithm", SIAM J. Imaging Sci. 2(1), §2.
    """
    return _proximal_gradient(loss, soft_threshold, "proximal gradient", strength=strength,
                              steps=steps, step=step, start=start)


def ridge_proximal_gradient(loss: Quadratic, *, strength: float, steps: int,
                            step: float | None = None,
                            start: ArrayLike | None = None) -> Iterates:
    r"""Proximal gradient on f(w) + ½λ‖w‖₂²: w ← (w − η H(w − ŵ)) / (1 + ηλ).

    The same iteration as `proximal_gradient` with ridge's prox, which only
    scales; its limit is the ridge solution (H + λI)⁻¹Hŵ. Parameters, returns
    and errors as `proximal_gradient`.
    """
    return _proximal_gradient(loss, ridge_shrink, "ridge proximal gradient",
                              strength=strength, steps=steps, step=step, start=start)


def coordinate_descent(loss: Quadratic, *, strength: float, sweeps: int,
                       start: ArrayLike | None = None) -> Iterates:
    r"""Cyclic coordinate descent on f(w) + λ‖w‖₁, one iterate per coordinate update.

    Update j (j = 1, …, n in turn, ``sweeps`` times) sets wⱼ to the exact
    minimizer of F over wⱼ with the others fixed:

        wⱼ ← S_{λ/Hⱼⱼ}(wⱼ − (H(w − ŵ))ⱼ / Hⱼⱼ),

    and wⱼ ← 0 when Hⱼⱼ = 0 (then f does not depend on wⱼ, since H is
    positive semidefinite, and λ|wⱼ| is least at 0).

    Parameters
    ----------
    loss
        The quadratic f, dimension n.
    strength
        λ ≥ 0.
    sweeps
        Passes over all n coordinates; the result has sweeps · n + 1 points.
    start
        w₀, shape (n,); default 0.

    Raises
    ------
    InvalidArgumentError
        Naming ``loss``, ``strength``, ``sweeps`` or ``start``.

    Notes
    -----
    Friedman, Hastie, Höfling & Tibshirani (2007), "Pathwise coordinate
    optimization", Ann. Appl. Stat. 1(2), §2.
    """
    loss = check_loss(loss)
    lam = check_nonnegative(strength, "strength")
    n = loss.dim
    count = _count(sweeps, "sweeps", per=max(n, 1))
    hessian = loss.hessian
    points = np.empty((count * n + 1, n))
    w = _start(loss, start)
    points[0] = w
    for k in range(count * n):
        j = k % n
        curvature = hessian[j, j]
        if curvature > 0.0:
            partial = float(loss.gradient(w)[j])
            w[j] = float(soft_threshold(w[j] - partial / curvature, lam / curvature))
        else:
            w[j] = 0.0
        points[k + 1] = w
    return Iterates(points, "coordinate descent", lam, 0.0)


def subgradient_descent(loss: Quadratic, *, strength: float, steps: int,
                        step: float | None = None, start: ArrayLike | None = None) -> Iterates:
    r"""The subgradient method on f(w) + λ‖w‖₁: w ← w − ηₖ (H(w − ŵ) + λ sign(w)).

    ηₖ = η / √(k + 1), k = 0, 1, … (diminishing, not summable: it converges, slowly).
    sign(0) = 0 is a valid subgradient of |·| at 0. No step maps a neighbourhood
    onto 0, so weights whose solution is 0 oscillate around it instead of landing.

    Parameters, returns and errors as `proximal_gradient` (η default 1/L).

    Notes
    -----
    Shor (1985), Minimization Methods for Non-Differentiable Functions; Boyd &
    Mutapcic, "Subgradient methods", EE364b notes, §3.
    """
    def update(f: Quadratic, w: NDArray[np.float64], k: int, eta: float,
               lam: float) -> NDArray[np.float64]:
        return w - eta / np.sqrt(k + 1.0) * (f.gradient(w) + lam * np.sign(w))

    return _iterate(loss, update, "subgradient descent", strength=strength, steps=steps,
                    step=step, start=start)


# ------------------------------------------------------------------ drawing
@dataclass(frozen=True)
class ProxGraphs:
    """The one-dimensional prox maps as polylines on x ∈ [−reach, reach] (shape (k, 2) each).

    Attributes
    ----------
    soft
        (x, S_τ(x)), its two kinks at ±τ exactly on the samples.
    flat
        The flat zone: (x, 0) for x in [−τ, τ], the part of ``soft`` that is exactly 0.
    ridge
        (x, x / (1 + τ)), ridge's prox with the same strength.
    identity
        (x, x): no shrinking at all.
    """

    soft: NDArray[np.float64]
    flat: NDArray[np.float64]
    ridge: NDArray[np.float64]
    identity: NDArray[np.float64]
    reach: float
    threshold: float


def prox_graphs(threshold: float, *, reach: float | None = None,
                span: float = 3.0) -> ProxGraphs:
    """The graphs of soft-thresholding S_τ, ridge's x/(1 + τ) and the identity on
    [−reach, reach] (default reach = span · τ), every value computed by
    `soft_threshold` and `ridge_shrink`.

    Raises
    ------
    InvalidArgumentError
        ``threshold`` not > 0, or ``reach`` not > ``threshold``.
    """
    tau = check_nonnegative(threshold, "threshold")
    if tau == 0.0:
        raise InvalidArgumentError("threshold", "must be > 0 (at 0 there is no flat zone)")
    far = check_nonnegative(span * tau if reach is None else reach, "reach")
    if not far > tau:
        raise InvalidArgumentError("reach", f"must exceed the threshold {tau:g}, got {reach!r}")
    xs = np.array([-far, -tau, tau, far])
    ends = np.array([-far, far])
    flat = np.array([-tau, tau])
    return ProxGraphs(
        soft=np.stack([xs, soft_threshold(xs, tau)], axis=-1),
        flat=np.stack([flat, soft_threshold(flat, tau)], axis=-1),
        ridge=np.stack([ends, ridge_shrink(ends, tau)], axis=-1),
        identity=np.stack([ends, ends], axis=-1),
        reach=far, threshold=tau)


def gradient_steps(loss: Quadratic, iterates: Iterates) -> NDArray[np.float64]:
    """The gradient-step points w_k − η∇f(w_k) of a proximal-gradient run, shape (k, n):
    row k is where iterate k goes before the prox maps it to iterate k + 1 (the prox of
    row k is ``iterates.points[k + 1]``).

    Raises
    ------
    InvalidArgumentError
        ``iterates`` not from `proximal_gradient` or `ridge_proximal_gradient`, or of
        another dimension than ``loss``.
    """
    loss = check_loss(loss)
    if iterates.method not in ("proximal gradient", "ridge proximal gradient"):
        raise InvalidArgumentError("iterates", f"must be a proximal-gradient run, got "
                                               f"{iterates.method!r}")
    if iterates.points.shape[1] != loss.dim:
        raise InvalidArgumentError("iterates", f"must have {loss.dim} weights, got "
                                               f"{iterates.points.shape[1]}")
    # Row by row, as the iteration computed them, so the prox of row k is iterate k + 1
    # to the last bit.
    eta = iterates.step
    return np.array([w - eta * loss.gradient(w) for w in iterates.points[:-1]]).reshape(
        -1, loss.dim)


def gradient_step(loss: Quadratic, point: ArrayLike, step: float = 1.0) -> NDArray[np.float64]:
    """The point ``w − step·∇f(w)``: a gradient step of length ``step`` from ``point``.

    With ``step = 1`` it is w − ∇f(w), the move whose w_j must lie within λ of 0 for a zero
    weight to stay 0 (the optimality condition |∂f/∂w_j| ≤ λ); with the solver's η it is
    the move `gradient_steps` draws, within ηλ (the flat zone).

    Parameters
    ----------
    loss : Quadratic
        The smooth part f.
    point : array_like, shape (n,)
        Where the step starts.
    step : float, optional
        The step length, > 0.

    Returns
    -------
    numpy.ndarray, shape (n,)
        w − step·∇f(w), computed as `gradient_steps` computes its rows.

    Raises
    ------
    InvalidArgumentError
        ``point`` not n finite numbers, or ``step`` not > 0.
    """
    loss = check_loss(loss)
    w = as_finite_array(point, "point", ndim=1)
    if w.shape != (loss.dim,):
        raise InvalidArgumentError("point", f"must have {loss.dim} weights, got shape "
                                            f"{w.shape}")
    eta = check_nonnegative(step, "step")
    if eta == 0.0:
        raise InvalidArgumentError("step", "must be > 0")
    return w - eta * loss.gradient(w)


def flat_zone_strips(threshold: float, box: object) -> list[NDArray[np.float64]]:
    """Where the 2-D prox S_τ sets a weight to exactly 0: the strips |wᵢ| ≤ τ, one per
    weight (i = 0: the vertical strip around the w₂ axis; i = 1: the horizontal one around
    the w₁ axis), each a closed polygon clipped to the view ``box`` (a
    `regmath.drawing.ViewBox`); shape (0, 2) where a strip misses the view.
    """
    from regmath.paths import clip_polygon

    tau = check_nonnegative(threshold, "threshold")
    (x0, x1, _), (y0, y1, _) = box.x_range, box.y_range
    vertical = np.array([[-tau, y0], [tau, y0], [tau, y1], [-tau, y1]])
    horizontal = np.array([[x0, -tau], [x1, -tau], [x1, tau], [x0, tau]])
    return [clip_polygon(vertical, box), clip_polygon(horizontal, box)]


@dataclass(frozen=True)
class LogWindow:
    """A log₁₀|w| plot's window: decades ``low`` … ``high`` (whole numbers, ticks every
    ``step`` decades) and the row ``zero`` one step below ``low`` where an exact 0 is drawn
    (a log scale has no place for 0: the row stands apart, labelled "0")."""

    low: float
    high: float
    step: float
    zero: float


def log_window(*columns: ArrayLike) -> LogWindow:
    """The decades that hold every nonzero value of ``columns`` (whole decades, below the
    smallest |value| and above the largest), and the exact-0 row one step below.

    Raises
    ------
    InvalidArgumentError
        No nonzero finite value.
    """
    values = np.abs(np.concatenate([np.asarray(c, dtype=float).ravel() for c in columns]))
    values = values[np.isfinite(values) & (values > 0.0)]
    if values.size == 0:
        raise InvalidArgumentError("columns", "must hold at least one nonzero finite value")
    low = float(np.floor(np.log10(values.min())))
    high = float(np.ceil(np.log10(values.max())))
    if high <= low:
        high = low + 1.0
    step = 1.0 if high - low <= 6 else float(np.ceil((high - low) / 6))
    low = float(np.floor(low / step) * step)
    return LogWindow(low=low, high=high, step=step, zero=low - step)


def log_series(iterates: Iterates, index: int, window: LogWindow,
               until: float | None = None) -> NDArray[np.float64]:
    """(k, log₁₀|w_index|) of every iterate, an exact 0 on the window's ``zero`` row, as a
    polyline; with ``until``, drawn only to that fractional iterate (straight on in the
    plot's coordinates, like `Iterates.trace`). At least two rows."""
    series = iterates.series(index)
    column = series[:, 1]
    with np.errstate(divide="ignore"):
        logs = np.where(column == 0.0, window.zero, np.log10(np.abs(column)))
    points = np.stack([series[:, 0], logs], axis=-1)
    return points if until is None else _partial_polyline(points, until)


def _partial_polyline(points: NDArray[np.float64], until: float) -> NDArray[np.float64]:
    """The polyline ``points`` (one row per iterate) drawn up to a fractional iterate
    ``until`` (clipped to [0, k]): the rows 0 … ⌊until⌋ and, past the last whole one, the
    point that fraction of the way to the next. At least two rows (a dot is a segment)."""
    last = points.shape[0] - 1
    t = min(max(float(until), 0.0), float(last))
    whole = int(np.floor(t))
    frac = t - whole
    drawn = points[: whole + 1]
    if frac > 0.0 and whole < last:
        drawn = np.vstack([drawn, points[whole] + frac * (points[whole + 1] - points[whole])])
    if drawn.shape[0] < 2:
        drawn = np.vstack([drawn, drawn])
    return drawn
