"""The quadratic loss f(w) = ½ (w − ŵ)ᵀ H (w − ŵ) and its exact factorization.

Every solver in `regmath` works with the loss through this class. It always
holds the eigen-factorization H = Q diag(d) Qᵀ: when the caller gives the
factors (eigenvalues and a rotation angle or eigenvectors) they are kept
exactly, which is what keeps the multipliers accurate at cond(H) = 1e12.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from regmath.errors import InvalidArgumentError

if TYPE_CHECKING:
    from numpy.typing import ArrayLike, NDArray

__all__ = ["Quadratic", "SYMMETRY_RTOL", "PSD_RTOL", "RANK_RTOL", "ORTHONORMAL_ATOL"]

#: Largest |H − Hᵀ| accepted, relative to max |H|; H is then symmetrized.
SYMMETRY_RTOL = 1e-10
#: Most negative eigenvalue accepted as rounding, relative to the largest |eigenvalue|.
PSD_RTOL = 1e-10
#: Eigenvalues at most this times the largest one count as exact zeros (a singular H).
#: 64 ulps: eigh perturbs every eigenvalue by a few ulps of the largest one.
RANK_RTOL = 64 * np.finfo(float).eps
#: Largest deviation of QᵀQ from I accepted for given eigenvectors.
ORTHONORMAL_ATOL = 1e-10


def as_finite_array(value: ArrayLike, argument: str, *, ndim: int) -> NDArray[np.float64]:
    """Convert to a float array of the given rank, refusing NaN and infinities."""
    try:
        array = np.array(value, dtype=float)
    except (TypeError, ValueError) as exc:
        raise InvalidArgumentError(argument, f"must be numeric ({exc})") from None
    if array.ndim != ndim:
        raise InvalidArgumentError(argument, f"must be {ndim}-dimensional, got shape {array.shape}")
    if array.size == 0:
        raise InvalidArgumentError(argument, "must not be empty")
    if not np.all(np.isfinite(array)):
        raise InvalidArgumentError(argument, "must contain only finite numbers")
    return array


def rotation(angle: float) -> NDArray[np.float64]:
    """The 2 × 2 rotation by ``angle`` radians; its columns are the principal axes."""
    cos, sin = np.cos(angle), np.sin(angle)
    return np.array([[cos, -sin], [sin, cos]])


class Quadratic:
    r"""The loss f(w) = ½ (w − ŵ)ᵀ H (w − ŵ) with H symmetric positive semidefinite.

    Parameters
    ----------
    center
        ŵ, shape (n,): the unregularized optimum.
    hessian
        H, shape (n, n), symmetric positive semidefinite. Give either this or
        ``eigenvalues``.
    eigenvalues
        The factored form: d, shape (n,), all ≥ 0, with H = Q diag(d) Qᵀ.
    angle
        With ``eigenvalues`` in 2D: Q is the rotation by this angle (radians),
        so the first principal axis points at ``angle``.
    eigenvectors
        With ``eigenvalues``: Q, shape (n, n), orthonormal columns.

    Raises
    ------
    InvalidArgumentError
        For non-finite numbers, wrong shapes, an asymmetric or indefinite H, or
        a factored form that is not one.

    Examples
    --------
    >>> loss = Quadratic(center=[2.0, 1.0], hessian=[[1.0, 0.3], [0.3, 2.0]])
    >>> round(float(loss.value([0.0, 0.0])), 6)
    3.6
    >>> Quadratic(center=[1.0, 1.0], eigenvalues=[4.0, 1.0], angle=0.0).hessian.tolist()
    [[4.0, 0.0], [0.0, 1.0]]
    """

    __slots__ = ("_center", "_hessian", "_eigenvalues", "_eigenvectors", "_factored", "_singular")

    def __init__(
        self,
        center: ArrayLike,
        hessian: ArrayLike | None = None,
        *,
        eigenvalues: ArrayLike | None = None,
        angle: float | None = None,
        eigenvectors: ArrayLike | None = None,
    ) -> None:
        c = as_finite_array(center, "center", ndim=1)
        n = c.size
        if (hessian is None) == (eigenvalues is None):
            raise InvalidArgumentError("hessian", "give exactly one of hessian and eigenvalues")
        if hessian is not None:
            if angle is not None or eigenvectors is not None:
                raise InvalidArgumentError(
                    "angle", "angle and eigenvectors go with eigenvalues, not with hessian"
                )
            h = as_finite_array(hessian, "hessian", ndim=2)
            if h.shape != (n, n):
                raise InvalidArgumentError(
                    "hessian", f"must have shape ({n}, {n}) to match center, got {h.shape}"
                )
            scale = float(np.max(np.abs(h)))
            asymmetry = float(np.max(np.abs(h - h.T)))
            if asymmetry > SYMMETRY_RTOL * max(scale, np.finfo(float).tiny):
                raise InvalidArgumentError(
                    "hessian", f"must be symmetric (max |H - H^T| = {asymmetry:.3g})"
                )
            h = 0.5 * (h + h.T)
            d, q = np.linalg.eigh(h)
            factored = False
        else:
            d = as_finite_array(eigenvalues, "eigenvalues", ndim=1)
            if d.size != n:
                raise InvalidArgumentError(
                    "eigenvalues", f"must have {n} entries to match center, got {d.size}"
                )
            if (angle is None) == (eigenvectors is None):
                raise InvalidArgumentError(
                    "eigenvectors", "give exactly one of angle (2D only) and eigenvectors"
                )
            if angle is not None:
                if n != 2:
                    raise InvalidArgumentError("angle", f"only defined in 2D, center has {n} entries")
                if not np.isfinite(angle):
                    raise InvalidArgumentError("angle", "must be a finite number")
                q = rotation(float(angle))
            else:
                q = as_finite_array(eigenvectors, "eigenvectors", ndim=2)
                if q.shape != (n, n):
                    raise InvalidArgumentError(
                        "eigenvectors", f"must have shape ({n}, {n}), got {q.shape}"
                    )
                if np.max(np.abs(q.T @ q - np.eye(n))) > ORTHONORMAL_ATOL:
                    raise InvalidArgumentError("eigenvectors", "columns must be orthonormal")
            h = (q * d) @ q.T
            h = 0.5 * (h + h.T)
            factored = True
        d_scale = float(np.max(np.abs(d))) if d.size else 0.0
        if np.min(d) < -PSD_RTOL * d_scale:
            name = "hessian" if hessian is not None else "eigenvalues"
            raise InvalidArgumentError(
                name, f"must be positive semidefinite (smallest eigenvalue {np.min(d):.3g})"
            )
        d = np.where(d <= RANK_RTOL * d_scale, 0.0, d)
        for array in (c, h, d, q):
            array.setflags(write=False)
        self._center = c
        self._hessian = h
        self._eigenvalues = d
        self._eigenvectors = q
        self._factored = factored
        self._singular = bool(np.any(d == 0.0))

    # ------------------------------------------------------------------ data
    @property
    def center(self) -> NDArray[np.float64]:
        """ŵ, the unregularized optimum, shape (n,)."""
        return self._center

    @property
    def hessian(self) -> NDArray[np.float64]:
        """H, shape (n, n)."""
        return self._hessian

    @property
    def eigenvalues(self) -> NDArray[np.float64]:
        """d with H = Q diag(d) Qᵀ; exact zeros where H is singular."""
        return self._eigenvalues

    @property
    def eigenvectors(self) -> NDArray[np.float64]:
        """Q with H = Q diag(d) Qᵀ, orthonormal columns."""
        return self._eigenvectors

    @property
    def factored(self) -> bool:
        """Whether the caller gave H by its factors (kept exactly)."""
        return self._factored

    @property
    def dim(self) -> int:
        """n, the number of weights."""
        return int(self._center.size)

    @property
    def singular(self) -> bool:
        """Whether H has a zero eigenvalue, so minimizers may not be unique."""
        return self._singular

    @property
    def condition_number(self) -> float:
        """max(d) / min(d); infinite for a singular H."""
        if self.singular:
            return float("inf")
        return float(np.max(self._eigenvalues) / np.min(self._eigenvalues))

    def __repr__(self) -> str:
        return f"Quadratic(center={self._center.tolist()}, hessian={self._hessian.tolist()})"

    # ------------------------------------------------------------ evaluation
    def value(self, w: ArrayLike) -> NDArray[np.float64] | float:
        """f(w) for points of shape (..., n); returns shape (...).

        Evaluated in the eigenbasis, ½ Σ dᵢ ((Qᵀ(w − ŵ))ᵢ)², a sum of
        non-negative terms, so it never rounds below zero.
        """
        points = np.asarray(w, dtype=float)
        z = (points - self._center) @ self._eigenvectors
        result = 0.5 * np.sum(self._eigenvalues * z * z, axis=-1)
        return float(result) if np.ndim(result) == 0 else result

    def gradient(self, w: ArrayLike) -> NDArray[np.float64]:
        """∇f(w) = H (w − ŵ) for points of shape (..., n)."""
        points = np.asarray(w, dtype=float)
        z = (points - self._center) @ self._eigenvectors
        return (self._eigenvalues * z) @ self._eigenvectors.T

    # ---------------------------------------------------------- conveniences
    def range_projection(self, w: ArrayLike) -> NDArray[np.float64]:
        """Orthogonal projection onto range(H) (the identity for a nonsingular H)."""
        q_range = self._eigenvectors[:, self._eigenvalues > 0.0]
        return q_range @ (q_range.T @ np.asarray(w, dtype=float))

    @property
    def inverse_hessian(self) -> NDArray[np.float64]:
        """H⁻¹ = Q diag(1/d) Qᵀ from the exact factors (a nonsingular H only)."""
        if self._singular:
            raise InvalidArgumentError("hessian", "is singular: it has no inverse")
        return (self._eigenvectors / self._eigenvalues) @ self._eigenvectors.T

    def null_space(self) -> NDArray[np.float64]:
        """Orthonormal basis of null(H), shape (n, k); k = 0 for a nonsingular H."""
        return self._eigenvectors[:, self._eigenvalues == 0.0]

