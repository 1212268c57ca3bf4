"""The active block of the lasso homotopy: H_AA⁻¹ and b_A = H_AA⁻¹ s_A, kept through changes.

numpy has no triangular solve, so instead of a Cholesky factor the inverse is
kept explicitly (Golub & Van Loan, Matrix Computations, 4th ed., §3.5 on
block inverses): adding j borders it with the Schur complement
σ = H_jj − H_jA H_AA⁻¹ H_Aj, removing one index is the update B − b bᵀ/β of
the partitioned inverse. Both change the old block by a rank-one term. Those
terms are kept aside, H_AA⁻¹ = S + Σᵢ xᵢ yᵢᵀ, and folded into S by one
matrix product every `PENDING` updates: applying the inverse costs
O(|A|² + |A|·`PENDING`), and the block is rewritten once per `PENDING`
changes instead of at each (for |A| in the hundreds the rewrite, not the
arithmetic, is what costs). The rate b_A follows in O(|A|) by the same
formulas; rounding that builds up is caught by the caller's residual check
(`refresh`, `rebuild`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from numpy.typing import NDArray

__all__ = ["ActiveBlock", "PENDING"]

#: Rank-one corrections kept aside before they are folded into the stored block.
PENDING = 16
#: Below this many active weights every correction is folded at once.
EAGER_SIZE = 64


class ActiveBlock:
    """An index set A with signs s_A, the inverse of H_AA and b_A = H_AA⁻¹ s_A.

    A removed index is swapped with the last one, so no block is moved and the
    order of ``index`` is not the order of addition.
    """

    __slots__ = ("h", "_index", "_signs", "_rate", "_stored", "size", "position",
                 "_diagonal", "bound_ulps", "_left", "_right", "pending", "_inverse_diagonal",
                 "_rows")

    def __init__(self, h: NDArray[np.float64], *, bound_ulps: float) -> None:
        n = h.shape[0]
        self.h = h
        self._diagonal = np.array(np.diagonal(h))
        self._index = np.empty(n, dtype=np.intp)
        self._signs = np.empty(n)
        self._rate = np.empty(n)
        self._inverse_diagonal = np.empty(n)  # diag(H_AA⁻¹), kept exactly through the updates
        self._stored = np.empty((min(n, 16),) * 2)
        self._rows = np.empty((min(n, 16), n))  # H_A·, contiguous: H b costs O(|A| n)
        self._left = np.zeros((PENDING, n))
        self._right = np.zeros((PENDING, n))
        self.pending = 0
        self.size = 0
        self.position: dict[int, int] = {}
        self.bound_ulps = bound_ulps

    @property
    def index(self) -> NDArray[np.intp]:
        return self._index[: self.size]

    @property
    def signs(self) -> NDArray[np.float64]:
        return self._signs[: self.size]

    @property
    def rate(self) -> NDArray[np.float64]:
        return self._rate[: self.size]

    @property
    def rows(self) -> NDArray[np.float64]:
        """The rows H_A· of the active weights, shape (|A|, n), in the order of ``index``."""
        return self._rows[: self.size]

    # ---------------------------------------------------------------- apply
    def apply(self, vector: NDArray[np.float64]) -> NDArray[np.float64]:
        """H_AA⁻¹ · vector."""
        k, r = self.size, self.pending
        result = self._stored[:k, :k] @ vector
        if r:
            result += self._left[:r, :k].T @ (self._right[:r, :k] @ vector)
        return result

    def _column(self, p: int, k: int) -> tuple[NDArray[np.float64], float]:
        """Entries [:k] of column p of the inverse, and entry (p, p)."""
        r = self.pending
        column = np.array(self._stored[:k, p])
        diagonal = float(self._stored[p, p])
        if r:
            weights = self._right[:r, p]
            column += self._left[:r, :k].T @ weights
            diagonal += float(self._left[:r, p] @ weights)
        return column, diagonal

    def _correct(self, x: NDArray[np.float64], y: NDArray[np.float64]) -> None:
        """Add x yᵀ to the top-left len(x) × len(x) block of the inverse."""
        k = x.size
        if k < EAGER_SIZE:
            self._stored[:k, :k] += np.multiply.outer(x, y)
            return
        if self.pending == PENDING:
            self.fold()
        r = self.pending
        self._left[r, :k] = x
        self._right[r, :k] = y
        self._left[r, k:] = 0.0
        self._right[r, k:] = 0.0
        self.pending = r + 1

    def fold(self) -> None:
        """S ← S + Σ xᵢ yᵢᵀ: one matrix product for all pending corrections."""
        k, r = self.size, self.pending
        if r:
            block = self._stored[:k, :k]
            block += self._left[:r, :k].T @ self._right[:r, :k]
            self.pending = 0

    # -------------------------------------------------------------- changes
    def border(self, j: int, column: NDArray[np.float64] | None = None, *,
               kappa: float | None = None) -> tuple[NDArray[np.float64], float, float]:
        """(u, σ, bound): u = H_AA⁻¹ H_Aj, the Schur complement σ, and σ's rounding bound.

        ``column`` is H_Aj and ``kappa`` `condition_estimate` when the caller
        has them already.
        """
        if column is None:
            column = self.h[self.index, j]
        u = self.apply(column)
        diagonal = float(self._diagonal[j])
        sigma = diagonal - float(column @ u)
        # u carries cond(H_AA)·eps relative rounding and 0 ≤ H_jA u ≤ H_jj, so
        # σ is known to about bound_ulps · cond(H_AA) · H_jj.
        kappa = self.condition_estimate() if kappa is None else kappa
        bound = self.bound_ulps * kappa * diagonal
        return u, sigma, bound

    def add(self, j: int, sign: float, u: NDArray[np.float64], sigma: float,
            column: NDArray[np.float64] | None = None) -> None:
        """Add j with sign s_j, given `border`'s u and σ > 0 (and H_Aj if known)."""
        k = self.size
        if k + 1 > self._stored.shape[0]:
            self.fold()
            capacity = min(2 * (k + 1), self.h.shape[0])
            grown = np.empty((capacity, capacity))
            grown[:k, :k] = self._stored[:k, :k]
            self._stored = grown
            rows = np.empty((capacity, self.h.shape[0]))
            rows[:k] = self._rows[:k]
            self._rows = rows
        self._rows[k] = self.h[j]
        if column is None:
            column = self.h[self.index, j]
        step = (sign - float(column @ self.rate)) / sigma
        scaled = u / sigma
        self._correct(u, scaled)
        self._inverse_diagonal[:k] += u * scaled
        self._inverse_diagonal[k] = 1.0 / sigma
        self._stored[:k, k] = -scaled
        self._stored[k, :k] = -scaled
        self._stored[k, k] = 1.0 / sigma
        self._rate[:k] -= u * step
        self._rate[k] = step
        self._index[k] = j
        self._signs[k] = sign
        self.position[j] = k
        self.size = k + 1

    def remove(self, j: int) -> None:
        k = self.size
        p = self.position.pop(j)
        last = k - 1
        if p != last:  # swap p and the last slot everywhere
            stored = self._stored
            stored[[p, last], :k] = stored[[last, p], :k]
            stored[:k, [p, last]] = stored[:k, [last, p]]
            r = self.pending
            if r:
                for side in (self._left, self._right):
                    side[:r, [p, last]] = side[:r, [last, p]]
            for vector in (self._index, self._signs, self._rate, self._inverse_diagonal):
                vector[p], vector[last] = vector[last], vector[p]
            self._rows[[p, last]] = self._rows[[last, p]]
            self.position[int(self._index[p])] = p
        column, pivot = self._column(last, last)
        self._rate[:last] -= column * (self._rate[last] / pivot)
        self.size = last
        if self.pending:  # the freed slot must not carry old corrections
            self._left[: self.pending, last] = 0.0
            self._right[: self.pending, last] = 0.0
        self._correct(column, column / -pivot)
        self._inverse_diagonal[:last] -= column * column / pivot

    def refresh(self) -> None:
        """b_A = H_AA⁻¹ s_A from the inverse (after the O(|A|) updates drifted)."""
        self._rate[: self.size] = self.apply(self.signs)

    def rebuild(self) -> None:
        """The inverse recomputed from H_AA (after rounding built up), then b_A."""
        index = self.index
        inverse = np.linalg.inv(self.h[np.ix_(index, index)])
        self._stored[: self.size, : self.size] = 0.5 * (inverse + inverse.T)
        self._inverse_diagonal[: self.size] = np.diagonal(inverse)
        self.pending = 0
        self.refresh()

    def condition_estimate(self) -> float:
        """max diag(H_AA) · max diag(H_AA⁻¹), at least 1: a lower bound of cond₂(H_AA),
        usually within a small factor of it."""
        k = self.size
        if k == 0:
            return 1.0
        top = float(self._diagonal[self._index[:k]].max())
        return max(top * float(self._inverse_diagonal[:k].max()), 1.0)
