"""The quadratic loss f(w) = ½ (w − ŵ)ᵀ H (w − ŵ) and its exact factorization.

Every solver in `regmath` works with the loss through this class. It holds H
and the eigen-factorization H = Q diag(d) Qᵀ:

* when the caller gives the factors (eigenvalues and a rotation angle or
  eigenvectors) they are data and are kept exactly: an eigenvalue is zero
  only when it is given as 0, which is what keeps the multipliers accurate
  at cond(H) = 1e12;
* a dense H with more than `DEFERRED_FACTORS_DIM` rows is checked at
  construction by a Cholesky factorization: when it succeeds with no pivot
  near rounding, H is positive definite (rank n) and its eigendecomposition
  is left until a solver asks for it (the L1 homotopy needs only H; the L2
  solvers and `value` use the factors). Otherwise, and for smaller H,
  `numpy.linalg.eigh` computes them at once; it is backward stable, every
  eigenvalue off by at most about n·eps·‖H‖₂ (Golub & Van Loan, Matrix
  Computations, 4th ed., §8.4).
  Eigenvalues within `ZERO_EIGENVALUE_ULPS` · n·eps·‖H‖₂ of zero are rounding
  and become exact zeros; the count of the others is `rank`. An eigenvalue
  above that but below n·eps·‖H‖₂ / `TRUSTED_RTOL` would leave more than
  `TRUSTED_RTOL` relative error in the answers (or make the rank a coin
  toss), so such an H is refused: give it by its factors instead.

The solvers work on a copy scaled by powers of two (`unit`), so nothing
overflows or underflows inside them whatever the scale of ŵ and H.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from regmath.errors import InvalidArgumentError

if TYPE_CHECKING:
    from numpy.typing import ArrayLike, NDArray

__all__ = [
    "Quadratic",
    "DEFERRED_FACTORS_DIM",
    "UNSCALED_EXPONENT",
    "SYMMETRY_RTOL",
    "ZERO_EIGENVALUE_ULPS",
    "TRUSTED_RTOL",
    "ORTHONORMAL_ATOL",
    "as_finite_array",
    "binary_exponent",
]

EPS = float(np.finfo(float).eps)
#: Largest |H − Hᵀ| accepted, relative to max |H|; H is then symmetrized.
SYMMETRY_RTOL = 1e-10
#: A dense H's computed eigenvalue with |d| ≤ ZERO_EIGENVALUE_ULPS · n·eps·max d is
#: rounding of a zero (eigh is off by at most about n·eps·‖H‖; forming H = XᵀX
#: from m < n samples adds m·eps·‖H‖). Measured worst case over random
#: rank-deficient XᵀX: 0.45 · n·eps·max d, so 32 leaves a wide margin.
ZERO_EIGENVALUE_ULPS = 32
#: A dense H is refused when its smallest nonzero eigenvalue is so small that
#: eigh's rounding (n·eps·max d) is more than this fraction of it: the answers
#: would carry more relative error than this (cond(H) above TRUSTED_RTOL / (n·eps),
#: about 4.5e9 / n). The same bound refuses ill-conditioned active blocks in
#: the lasso homotopy (`regmath.homotopy`).
TRUSTED_RTOL = 1e-6
#: Largest deviation of QᵀQ from I accepted for given eigenvectors.
ORTHONORMAL_ATOL = 1e-10
#: A loss whose max|ŵ| and max d lie within 2^±UNSCALED_EXPONENT of 1 is solved as
#: it is: rescaling by powers of two is exact and every test in the solvers is
#: relative, so it would change no bit; it only matters near 1e±308.
UNSCALED_EXPONENT = 16
#: A dense H with more rows than this is checked by Cholesky and factored on first
#: use (eigh costs O(n³) and the L1 homotopy does not need it); a smaller one
#: is factored at once (cheap, and the 2D closed forms use the factors anyway).
DEFERRED_FACTORS_DIM = 32


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


def binary_exponent(value: float) -> int:
    """e with 2^(e−1) ≤ |value| < 2^e (0 for value = 0): scaling by 2^−e is exact."""
    return int(math.frexp(float(value))[1]) if value != 0.0 else 0


def rotation(angle: float) -> NDArray[np.float64]:
    """The 2 × 2 rotation by ``angle`` radians; its columns are the principal axes."""
    cos, sin = np.cos(angle), np.sin(angle)
    return np.array([[cos, -sin], [sin, cos]])


def _dense_factors(h: NDArray[np.float64]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """eigh of a symmetric H, computed on H scaled by a power of two into [½, 1).

    Scaling by 2^k is exact, so the factors are those of H itself; it only
    keeps eigh's internal sums away from overflow and underflow.
    """
    shift = binary_exponent(float(np.max(np.abs(h))))
    if abs(shift) <= UNSCALED_EXPONENT:  # nowhere near overflow: scaling changes no bit
        return np.linalg.eigh(h)
    d, q = np.linalg.eigh(np.ldexp(h, -shift))
    return np.ldexp(d, shift), q


class Quadratic:
    r"""The loss f(w) = ½ (w − ŵ)ᵀ H (w − ŵ) with H symmetric positive semidefinite.

    Parameters
    ----------
    center
        ŵ, shape (n,): the unregularized optimum.
    hessian
        H, shape (n, n), symmetric positive semidefinite. Give either this or
        ``eigenvalues``. Checked by Cholesky; its eigenvalues are computed
        when that fails or when a solver needs them, and those within rounding
        of zero become exact zeros (see `rank`).
    eigenvalues
        The factored form: d, shape (n,), all ≥ 0, with H = Q diag(d) Qᵀ.
        Kept exactly: an eigenvalue is zero only when given as 0.
    angle
        With ``eigenvalues`` in 2D: Q is the rotation by this angle (radians),
        so the first principal axis points at ``angle``.
    eigenvectors
        With ``eigenvalues``: Q, shape (n, n), orthonormal columns.

    Raises
    ------
    InvalidArgumentError
        For non-finite numbers, wrong shapes, an asymmetric or indefinite H, a
        factored form that is not one, or a dense H whose smallest nonzero
        eigenvalue is too close to rounding to be trusted (``TRUSTED_RTOL``;
        for a positive definite H this is found when its eigenvalues are
        first needed: `eigenvalues`, the L2 solvers, the 2D closed forms).

    Examples
    --------
    >>> loss = Quadratic(center=[2.0, 1.0], hessian=[[1.0, 0.3], [0.3, 2.0]])
    >>> round(float(loss.value([0.0, 0.0])), 6)
    3.6
    >>> Quadratic(center=[1.0, 1.0], eigenvalues=[4.0, 1.0], angle=0.0).hessian.tolist()
    [[4.0, 0.0], [0.0, 1.0]]
    """

    __slots__ = ("_center", "_hessian", "_eigenvalues", "_eigenvectors", "_factored",
                 "_rank", "_unit", "_shifts")

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
            h, factors = _checked_dense(as_finite_array(hessian, "hessian", ndim=2), n)
            if factors is None:  # positive definite by Cholesky; eigh when needed
                self._set(c, h, None, None, False, rank=n)
                return
            d, q = factors
            factored = False
        else:
            d, q = _checked_factors(eigenvalues, angle, eigenvectors, n)
            h = (q * d) @ q.T
            h = 0.5 * (h + h.T)
            factored = True
        self._set(c, h, d, q, factored)

    def _set(self, c: NDArray[np.float64], h: NDArray[np.float64],
             d: NDArray[np.float64] | None, q: NDArray[np.float64] | None, factored: bool, *,
             rank: int | None = None) -> None:
        for array in (c, h, d, q):
            if array is not None:
                array.setflags(write=False)
        self._center = c
        self._hessian = h
        self._eigenvalues = d
        self._eigenvectors = q
        self._factored = factored
        self._rank = int(np.count_nonzero(d)) if rank is None else rank
        self._unit: Quadratic | None = None
        self._shifts = (0, 0)

    def _factors(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """(d, Q), computed on first use for a dense H accepted by Cholesky."""
        if self._eigenvalues is None:
            unit, _, h = self.unit()
            if unit is self:
                d, q = _dense_factors(self._hessian)
                d = _checked_eigenvalues(d, self.dim)
                if np.count_nonzero(d) != self._rank:
                    raise InvalidArgumentError(
                        "hessian", f"is numerically singular (eigenvalue {np.min(np.abs(d)):.3g} "
                        f"is rounding) although its Cholesky factorization succeeded: give "
                        f"eigenvalues= and eigenvectors= to say which"
                    )
            else:
                d_unit, q = unit._factors()
                d = np.ldexp(d_unit, h)
            d.setflags(write=False)
            q.setflags(write=False)
            self._eigenvalues, self._eigenvectors = d, q
        return self._eigenvalues, self._eigenvectors

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
        """d with H = Q diag(d) Qᵀ; exact zeros where H is singular.

        Computed on first use for a dense positive definite H, which is when
        an H too ill-conditioned for its entries is refused (``hessian``).
        """
        return self._factors()[0]

    @property
    def eigenvectors(self) -> NDArray[np.float64]:
        """Q with H = Q diag(d) Qᵀ, orthonormal columns (computed as `eigenvalues`)."""
        return self._factors()[1]

    @property
    def factored(self) -> bool:
        """Whether the caller gave H by its factors (kept exactly)."""
        return self._factored

    @property
    def dim(self) -> int:
        """n, the number of weights."""
        return int(self._center.size)

    @property
    def rank(self) -> int:
        """The number of nonzero eigenvalues used: exact for factors, numerical for a dense H."""
        return self._rank

    @property
    def singular(self) -> bool:
        """Whether H has a zero eigenvalue, so minimizers may not be unique."""
        return self._rank < self.dim

    @property
    def condition_number(self) -> float:
        """max(d) / min(d); infinite for a singular H."""
        if self.singular:
            return float("inf")
        d = self.eigenvalues
        return float(np.max(d) / np.min(d))

    def __repr__(self) -> str:
        return f"Quadratic(center={self._center.tolist()}, hessian={self._hessian.tolist()})"

    # ------------------------------------------------------------- unit scale
    def unit(self) -> tuple[Quadratic, int, int]:
        """(û, a, h): the same loss with ŵ = 2^a ŵ̂ and H = 2^h Ĥ, max|ŵ̂| and max d̂ in [½, 1).

        Scaling by powers of two is exact, and f(w) = 2^(2a+h) f̂(w / 2^a):
        a point scales by 2^a, a gradient and an L1 or L2 multiplier by 2^(a+h),
        the loss by 2^(2a+h), a lasso strength by 2^(a+h), a ridge strength by 2^h.
        (For a dense H whose factors are not computed yet, h is taken from
        max|H|, so max d̂ is then within a factor n of that range.) A loss with
        |a|, |h| ≤ `UNSCALED_EXPONENT` is its own unit scale (a = h = 0).
        """
        if self._unit is None:
            a = binary_exponent(float(np.max(np.abs(self._center))))
            # The largest eigenvalue when known, else the largest entry of H (its
            # largest diagonal entry: within a factor n of the largest eigenvalue).
            top = np.max(self._eigenvalues) if self._eigenvalues is not None else np.max(
                np.abs(self._hessian))
            h = binary_exponent(float(top))
            if abs(a) <= UNSCALED_EXPONENT and abs(h) <= UNSCALED_EXPONENT:
                # Scaling by 2^k changes no bit of any result (every test in the
                # solvers is relative) until the range of doubles is near: skip it.
                self._unit, self._shifts = self, (0, 0)
            else:
                unit = object.__new__(Quadratic)
                d = None if self._eigenvalues is None else np.ldexp(self._eigenvalues, -h)
                unit._set(np.ldexp(self._center, -a), np.ldexp(self._hessian, -h), d,
                          self._eigenvectors, self._factored, rank=self._rank)
                unit._unit, unit._shifts = unit, (0, 0)
                self._unit, self._shifts = unit, (a, h)
        return self._unit, self._shifts[0], self._shifts[1]

    # ------------------------------------------------------------ evaluation
    def value(self, w: ArrayLike) -> NDArray[np.float64] | float:
        """f(w) for points of shape (..., n); returns shape (...).

        Evaluated in the eigenbasis, ½ Σ dᵢ ((Qᵀ(w − ŵ))ᵢ)², a sum of
        non-negative terms, when the factors are known; otherwise (a dense
        positive definite H) as ½ (w − ŵ)ᵀ H (w − ŵ), rounded up to 0 if it
        rounds below. On the unit scale (or the points' scale, when they are
        far larger than ŵ), so it overflows only when f(w) itself exceeds the
        largest double.
        """
        unit, a, h = self.unit()
        points = np.asarray(w, dtype=float)
        center = unit._center
        # The unit scale is ŵ's; points far larger than ŵ (a tiny ŵ, w of order 1)
        # would overflow when squared on it, so the scale then follows the points.
        reach = binary_exponent(float(np.max(np.abs(points)))) if points.size else 0
        if reach > a and (a != 0 or reach > UNSCALED_EXPONENT):
            a = reach
            center = np.ldexp(self._center, -a)
        if a:
            points = np.ldexp(points, -a)
        difference = points - center
        if unit._eigenvalues is None:
            product = difference @ unit._hessian
            value = np.maximum(0.5 * np.sum(product * difference, axis=-1), 0.0)
        else:
            z = difference @ unit._eigenvectors
            value = 0.5 * np.sum(unit._eigenvalues * z * z, axis=-1)
        if a or h:
            with np.errstate(over="ignore"):  # +inf only beyond the largest double
                value = np.ldexp(value, 2 * a + h)
        return float(value) if np.ndim(value) == 0 else value

    def gradient(self, w: ArrayLike) -> NDArray[np.float64]:
        """∇f(w) = H (w − ŵ) for points of shape (..., n)."""
        unit, a, h = self.unit()
        points = np.asarray(w, dtype=float)
        if a:
            points = np.ldexp(points, -a)
        if unit._eigenvalues is None:  # H (w − ŵ) directly: no eigendecomposition needed
            gradient = (points - unit._center) @ unit._hessian
        else:
            z = (points - unit._center) @ unit._eigenvectors
            gradient = (unit._eigenvalues * z) @ unit._eigenvectors.T
        if not (a or h):
            return gradient
        with np.errstate(over="ignore"):
            return np.ldexp(gradient, a + h)

    # ---------------------------------------------------------- conveniences
    def range_projection(self, w: ArrayLike) -> NDArray[np.float64]:
        """Orthogonal projection onto range(H) (the identity for a nonsingular H)."""
        if not self.singular:
            return np.array(w, dtype=float)
        d, q = self._factors()
        q_range = q[:, d > 0.0]
        return q_range @ (q_range.T @ np.asarray(w, dtype=float))

    def range_factor(self) -> NDArray[np.float64]:
        """X = diag(√d) Qᵀ over the nonzero eigenvalues, shape (rank, n), so H = XᵀX."""
        d, q = self._factors()
        keep = d > 0.0
        return np.sqrt(d[keep])[:, np.newaxis] * q[:, keep].T

    @property
    def inverse_hessian(self) -> NDArray[np.float64]:
        """H⁻¹ = Q diag(1/d) Qᵀ from the exact factors (a nonsingular H only)."""
        if self.singular:
            raise InvalidArgumentError("hessian", "is singular: it has no inverse")
        d, q = self._factors()
        return (q / d) @ q.T

    def null_space(self) -> NDArray[np.float64]:
        """Orthonormal basis of null(H), shape (n, k); k = 0 for a nonsingular H."""
        if not self.singular:
            return np.zeros((self.dim, 0))
        d, q = self._factors()
        return q[:, d == 0.0]


def _checked_dense(h: NDArray[np.float64], n: int
                   ) -> tuple[NDArray[np.float64],
                              tuple[NDArray[np.float64], NDArray[np.float64]] | None]:
    """Validate a dense H; return it symmetrized, with its factors unless Cholesky shows
    it positive definite beyond doubt (then they are computed on first use)."""
    if h.shape != (n, n):
        raise InvalidArgumentError(
            "hessian", f"must have shape ({n}, {n}) to match center, got {h.shape}"
        )
    scale = float(np.max(np.abs(h)))
    asymmetry = float(np.max(np.abs(h - h.T)))
    if asymmetry > SYMMETRY_RTOL * scale:
        raise InvalidArgumentError(
            "hessian", f"must be symmetric (max |H - H^T| = {asymmetry:.3g})"
        )
    h = 0.5 * (h + h.T)
    if scale == 0.0:
        return h, (np.zeros(n), np.eye(n))
    # Cholesky pivots are Schur-complement diagonals, each ≥ the smallest
    # eigenvalue; all of them far above eigh's rounding mean "positive definite".
    pivots = None
    if n > DEFERRED_FACTORS_DIM:
        shifted = np.ldexp(h, -binary_exponent(scale))
        try:
            pivots = np.diagonal(np.linalg.cholesky(shifted)) ** 2
        except np.linalg.LinAlgError:
            pass
    if pivots is not None:
        rounding = n * EPS * float(np.linalg.norm(shifted))  # ‖H‖_F ≥ ‖H‖₂
        if float(np.min(pivots)) * TRUSTED_RTOL > rounding:
            return h, None
    d, q = _dense_factors(h)
    return h, (_checked_eigenvalues(d, n), q)


def _checked_eigenvalues(d: NDArray[np.float64], n: int) -> NDArray[np.float64]:
    """Eigenvalues from eigh: rounding zeros made exact; indefinite or untrustworthy refused."""
    top = float(np.max(np.abs(d)))
    rounding = n * EPS * top
    zero = ZERO_EIGENVALUE_ULPS * rounding
    if np.min(d) < -zero:
        raise InvalidArgumentError(
            "hessian", f"must be positive semidefinite (smallest eigenvalue {np.min(d):.3g}, "
            f"beyond rounding {zero:.3g})"
        )
    d = np.where(d <= zero, 0.0, d)
    positive = d[d > 0.0]
    if positive.size and float(np.min(positive)) * TRUSTED_RTOL < rounding:
        raise InvalidArgumentError(
            "hessian", f"is too ill-conditioned to use from its entries: eigenvalue "
            f"{float(np.min(positive)):.3g} is within a factor 1/{TRUSTED_RTOL:g} of the "
            f"rounding of eigh ({rounding:.2g} = n*eps*max eigenvalue), so neither the rank "
            f"nor answers to {TRUSTED_RTOL:g} can be trusted; give eigenvalues= and "
            f"eigenvectors= (kept exactly), or set that eigenvalue to 0"
        )
    return d


def _checked_factors(eigenvalues: ArrayLike, angle: float | None, eigenvectors: ArrayLike | None,
                     n: int) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Validate the factored form; return d and Q as given."""
    d = as_finite_array(eigenvalues, "eigenvalues", ndim=1)
    if d.size != n:
        raise InvalidArgumentError(
            "eigenvalues", f"must have {n} entries to match center, got {d.size}"
        )
    if np.min(d) < 0.0:
        raise InvalidArgumentError(
            "eigenvalues", f"must all be >= 0 (positive semidefinite), got {np.min(d):.3g}"
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
        return d + 0.0, rotation(float(angle))
    q = as_finite_array(eigenvectors, "eigenvectors", ndim=2)
    if q.shape != (n, n):
        raise InvalidArgumentError(
            "eigenvectors", f"must have shape ({n}, {n}), got {q.shape}"
        )
    if np.max(np.abs(q.T @ q - np.eye(n))) > ORTHONORMAL_ATOL:
        raise InvalidArgumentError("eigenvectors", "columns must be orthonormal")
    return d + 0.0, q
