r"""The public solvers: constrained and penalized forms, and the maps between them.

Constrained:  min_w ½ (w − ŵ)ᵀ H (w − ŵ)  subject to  ‖w‖_p ≤ t.
Lasso:        min_w ½ (w − ŵ)ᵀ H (w − ŵ) + λ‖w‖₁.
Ridge:        min_w ½ (w − ŵ)ᵀ H (w − ŵ) + (λ/2)‖w‖₂².

Both forms trace the same solutions: the constrained solution at radius t is
the penalized one at strength λ(t) (the constraint multiplier for the lasso,
multiplier / t for ridge), and the penalized solution at λ is the constrained
one at t(λ) = ‖w*(λ)‖_p.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from regmath.errors import InvalidArgumentError
from regmath.l1 import constrained_l1, lasso
from regmath.l2 import constrained_l2, ridge
from regmath.quadratic import Quadratic
from regmath.solution import NORMS, Norm, Solution

if TYPE_CHECKING:
    from numpy.typing import ArrayLike, NDArray

__all__ = [
    "constrained",
    "penalized",
    "strength_for_radius",
    "radius_for_strength",
    "ridge_path",
]


def check_norm(norm: str) -> Norm:
    """Return ``norm`` if it is "l1" or "l2", else raise naming the argument."""
    if norm not in NORMS:
        raise InvalidArgumentError("norm", f"must be one of {', '.join(NORMS)}, got {norm!r}")
    return norm  # type: ignore[return-value]


def check_nonnegative(value: float, argument: str) -> float:
    """A finite float ≥ 0, else raise naming the argument."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InvalidArgumentError(argument, f"must be a number, got {value!r}") from None
    if not np.isfinite(number):
        raise InvalidArgumentError(argument, f"must be finite, got {number}")
    if number < 0.0:
        raise InvalidArgumentError(argument, f"must be >= 0, got {number}")
    return number


def check_loss(loss: object) -> Quadratic:
    if not isinstance(loss, Quadratic):
        raise InvalidArgumentError("loss", f"must be a Quadratic, got {type(loss).__name__}")
    return loss


def constrained(loss: Quadratic, *, norm: str, radius: float) -> Solution:
    r"""Minimize the loss over the ball ‖w‖_p ≤ t.

    Solves min_w ½ (w − ŵ)ᵀ H (w − ŵ) subject to ‖w‖_p ≤ t, p ∈ {1, 2}, in
    any dimension n. L1 by the exact lasso homotopy (Osborne, Presnell &
    Turlach 2000; Efron et al. 2004; see `regmath.homotopy`), read off where
    ‖w(λ)‖₁ = t, or in 2D by the closed form on the diamond's faces; L2 by the
    secular equation in the eigenbasis of H (Moré & Sorensen 1983; see
    `regmath.l2`).

    Parameters
    ----------
    loss
        The quadratic loss (ŵ, H), ŵ of shape (n,), H of shape (n, n)
        positive semidefinite, possibly singular.
    norm
        "l1" (the diamond) or "l2" (the circle).
    radius
        t ≥ 0, any finite size.

    Returns
    -------
    Solution
        w* (shape (n,), zero weights exactly 0.0), f(w*), ∇f(w*) (shape (n,)),
        the normal g, the multiplier λ with ∇f(w*) + λ·g = 0, and whether the
        constraint is active. When ŵ lies inside the ball, w* = ŵ and λ = 0.
        When H is singular and the minimizer is not unique, w* is the one of
        smallest Euclidean norm and ``unique`` is False.

    Raises
    ------
    InvalidArgumentError
        ``loss``, ``norm`` or ``radius`` malformed; ``hessian`` when an L1
        active block is too ill-conditioned to solve to
        `regmath.quadratic.TRUSTED_RTOL` (or a dense H whose factors the
        solver needs is, see `Quadratic`).

    Examples
    --------
    >>> from regmath import Quadratic, constrained
    >>> loss = Quadratic(center=[2.0, 1.0], hessian=[[1.0, 0.3], [0.3, 2.0]])
    >>> sol = constrained(loss, norm="l1", radius=1.0)
    >>> sol.point.round(6).tolist(), round(sol.multiplier, 6)
    ([0.583333, 0.416667], 1.591667)
    """
    loss = check_loss(loss)
    norm = check_norm(norm)
    radius = check_nonnegative(radius, "radius")
    if norm == "l1":
        return constrained_l1(loss, radius)
    return constrained_l2(loss, radius)


def penalized(loss: Quadratic, *, norm: str, strength: float) -> Solution:
    r"""Minimize the penalized loss: the lasso for L1, ridge for L2.

    Solves min_w ½ (w − ŵ)ᵀ H (w − ŵ) + λ‖w‖₁ (``norm="l1"``) or
    min_w ½ (w − ŵ)ᵀ H (w − ŵ) + (λ/2)‖w‖₂² (``norm="l2"``) for λ = ``strength``,
    in any dimension: the lasso by its exact homotopy down to λ (see
    `constrained`), ridge in closed form Qᵀw = d ∘ Qᵀŵ / (d + λ).

    Parameters
    ----------
    loss
        The quadratic loss (ŵ, H), ŵ of shape (n,), H of shape (n, n).
    norm
        "l1" (lasso) or "l2" (ridge).
    strength
        λ ≥ 0, any finite size.

    Returns
    -------
    Solution
        w* (shape (n,)) and its certificate. It also describes w* as a
        constrained solution: its ``radius`` is t = ‖w*‖_p and its
        ``multiplier`` the constraint multiplier at that radius (λ for the
        lasso while w* ≠ 0, else ‖Hŵ‖_∞; λ·t for ridge). For a singular H at
        λ = 0 (or a non-unique lasso solution) w* is the minimizer of smallest
        norm and ``unique`` is False.

    Raises
    ------
    InvalidArgumentError
        ``loss``, ``norm`` or ``strength`` malformed; ``hessian`` as in
        `constrained`.
    """
    loss = check_loss(loss)
    norm = check_norm(norm)
    strength = check_nonnegative(strength, "strength")
    if norm == "l1":
        return lasso(loss, strength)
    return ridge(loss, strength)


def strength_for_radius(loss: Quadratic, *, norm: str, radius: float) -> float:
    """λ(t): the penalty strength whose solution equals the constrained one at t.

    0 when ŵ is inside the ball; for ridge at t = 0 it is infinite (ridge
    reaches w = 0 only in the limit), for the lasso it is λ_max = ‖Hŵ‖_∞.
    """
    return constrained(loss, norm=norm, radius=radius).strength


def radius_for_strength(loss: Quadratic, *, norm: str, strength: float) -> float:
    """t(λ) = ‖w*(λ)‖_p: the radius whose constrained solution equals the penalized one."""
    return penalized(loss, norm=norm, strength=strength).radius


def ridge_path(loss: Quadratic, strengths: ArrayLike) -> NDArray[np.float64]:
    r"""Ridge solutions w(λ) = (H + λI)⁻¹ Hŵ for many λ at once, shape (m, n).

    Evaluated in the eigenbasis: Qᵀw(λ) = d ∘ Qᵀŵ / (d + λ). At λ = 0 this is
    the minimum-norm minimizer. The path is a straight segment towards 0 only
    when H is a multiple of I; otherwise it bends toward the axes of H.
    """
    loss = check_loss(loss)
    lam = np.asarray(strengths, dtype=float)
    if lam.ndim != 1 or not np.all(np.isfinite(lam)) or np.any(lam < 0.0):
        raise InvalidArgumentError("strengths", "must be a 1-D array of finite numbers >= 0")
    unit, a, h = loss.unit()
    if lam.size == 0:
        return np.zeros((0, loss.dim))
    # As in `regmath.l2.ridge`: λ = 2^(h+k) λₖ with λₖ ≤ 1, so that nothing
    # overflows or underflows before the one final rescaling.
    k = np.maximum(np.frexp(lam)[1] - h, 0)
    rho = np.ldexp(lam, -h - k)
    d = np.ldexp(unit.eigenvalues[np.newaxis, :], -k[:, np.newaxis])
    beta = unit.eigenvalues * (unit.eigenvectors.T @ unit.center)
    denominator = d + rho[:, np.newaxis]
    coefficients = np.divide(
        beta, denominator, out=np.zeros_like(denominator), where=beta[np.newaxis, :] != 0.0
    )
    return np.ldexp(coefficients @ unit.eigenvectors.T, (a - k)[:, np.newaxis])
