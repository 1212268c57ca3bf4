r"""The exact lasso homotopy in Gram form, for any n, ties and degenerate knots included.

For min ½ (w − ŵ)ᵀ H (w − ŵ) + λ‖w‖₁ write q = Hŵ and r(w) = q − Hw = −∇f(w).
The solution path w(λ) is piecewise linear (Osborne, Presnell & Turlach 2000;
Efron, Hastie, Johnstone & Tibshirani 2004, "Least angle regression"). On a
segment with active set A and signs s_A,

    w_A(λ) = w_A(λ_k) + (λ_k − λ) b_A,   b_A = H_AA⁻¹ s_A,

and r_A = λ s_A, |r_j| ≤ λ elsewhere. The segment ends at the first event: an
active weight reaching zero (it leaves) or an inactive |r_j| reaching λ (it
may join), or λ = 0.

What makes it exact in every case is how a knot is resolved. At a knot the
direction b of the path below it is the solution of the small convex program
(the directional derivative of the path; Rosset & Zhu 2007, "Piecewise linear
regularized solution paths", and Tibshirani 2013, "The lasso problem and
uniqueness", §3 for a singular H)

    min ½ bᵀ H_EE b − s_Eᵀ b   subject to  s_j b_j ≥ 0 for the zero weights j ∈ E,

over the equicorrelation set E (the weights with |r_j| = λ). It is solved by an
active-set method in the manner of Lawson & Hanson's NNLS (Solving Least
Squares Problems, 1974, ch. 23), so any number of weights tied at one knot,
a weight joining exactly where another leaves, and a path that ends
degenerately are all handled by one exact, finite rule; no 2^k subsets are
tried. A zero weight whose column depends on the active ones never needs to
join (its multiplier is exactly 0), so the active columns stay independent
and H_AA invertible even for a singular H (p > n designs).

Events are compared through rounding bounds of their own (|H|·|x| with
`TIE_ULPS` · eps per unit), not through a tolerance scaled to λ_max, so ties
are recognized at every scale of λ and no spurious tiny knots appear. The
inverse of H_AA is kept by bordering (Golub & Van Loan, §3.5 and §4.2.9) with
one step of iterative refinement when its residual grows; an active block
whose condition number exceeds `TRUSTED_RTOL` / eps is refused.

Everything here works on a loss scaled to unit size (`Quadratic.unit`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from regmath.errors import InvalidArgumentError
from regmath.quadratic import EPS, TRUSTED_RTOL

if TYPE_CHECKING:
    from collections.abc import Iterator

    from numpy.typing import NDArray

    from regmath.quadratic import Quadratic

__all__ = ["Segment", "segments", "TIE_ULPS", "MAX_KNOTS_PER_WEIGHT"]

#: Two events (or a multiplier and 0) closer than their rounding bounds, each
#: TIE_ULPS · eps per unit of the magnitudes that produced it, are the same
#: event. A dot product of m terms is off by at most m·eps·|x|ᵀ|y| and in
#: practice by about √m·eps; 64 covers both for the sizes met here, and every
#: answer is certified by its KKT conditions afterwards (`regmath.l1`).
TIE_ULPS = 64
#: The path has at most this many knots per weight plus 1000 (a few per weight
#: in practice; a pathological input is refused instead of looping).
MAX_KNOTS_PER_WEIGHT = 50
GAMMA = TIE_ULPS * EPS


@dataclass(frozen=True, eq=False)
class Segment:
    """One linear piece of the path, from λ = ``upper`` down to λ = ``lower``.

    Attributes
    ----------
    upper, lower
        The knots λ_k > λ_{k+1} ≥ 0 at its ends.
    start, stop
        w(λ_k) and w(λ_{k+1}), shape (n,); weights off the active set, and a
        weight that leaves at λ_{k+1}, are exactly 0.0.
    active, signs, rate
        A, s_A and b_A = H_AA⁻¹ s_A: w_A(λ) = w_A(λ_k) + (λ_k − λ) b_A.
    tied
        Zero weights with |r_j| = λ along the whole segment (equicorrelated
        but not moving); with ``active`` they form the equicorrelation set.
    knot_tied
        Zero weights with |r_j| = λ_k at the upper knot.
    """

    upper: float
    lower: float
    start: NDArray[np.float64]
    stop: NDArray[np.float64]
    active: NDArray[np.intp]
    signs: NDArray[np.float64]
    rate: NDArray[np.float64]
    tied: NDArray[np.intp]
    knot_tied: NDArray[np.intp]

    @property
    def slope(self) -> float:
        """d‖w‖₁ / d(−λ) = s_Aᵀ b_A > 0 on this segment."""
        return float(self.signs @ self.rate)

    def at(self, strength: float) -> NDArray[np.float64]:
        """w(λ) for λ in [lower, upper], stepped from the nearer knot.

        From the nearer end, a weight that is small there (joining at the
        upper knot, leaving at the lower) keeps its relative accuracy.
        """
        if strength >= self.upper:
            return np.array(self.start)
        if strength <= self.lower:
            return np.array(self.stop)
        if self.upper - strength <= strength - self.lower:
            point = np.array(self.start)
            point[self.active] += (self.upper - strength) * self.rate
        else:
            point = np.array(self.stop)
            point[self.active] -= (strength - self.lower) * self.rate
            # A weight that leaves at the lower knot keeps its sign above it.
        return point

    def at_norm(self, radius: float) -> tuple[NDArray[np.float64], float]:
        """(w, λ) on this segment with ‖w‖₁ = ``radius``, stepped from the nearer knot."""
        low, high = float(np.sum(np.abs(self.start))), float(np.sum(np.abs(self.stop)))
        slope = self.slope
        if radius - low <= high - radius:
            step = (radius - low) / slope
            point = np.array(self.start)
            point[self.active] += step * self.rate
            return point, self.upper - step
        step = (high - radius) / slope
        point = np.array(self.stop)
        point[self.active] -= step * self.rate
        return point, self.lower + step


class _ActiveInverse:
    """H_AA⁻¹ for a changing index set A, in a buffer updated in place.

    Adding j borders the inverse with the Schur complement
    σ = H_jj − H_jA H_AA⁻¹ H_Aj; removing one index is the inverse Schur
    update B − b bᵀ/β of the partitioned inverse (Golub & Van Loan §3.5).
    A removed index is swapped with the last one, so no block is moved.
    """

    __slots__ = ("h", "index", "buffer", "size")

    def __init__(self, h: NDArray[np.float64]) -> None:
        self.h = h
        self.index: list[int] = []
        self.buffer = np.empty((min(h.shape[0], 16), min(h.shape[0], 16)))
        self.size = 0

    @property
    def inverse(self) -> NDArray[np.float64]:
        return self.buffer[: self.size, : self.size]

    def border(self, j: int) -> tuple[NDArray[np.float64], float, float]:
        """(u, σ, bound) with u = H_AA⁻¹ H_Aj, σ the Schur complement, bound its rounding."""
        column = self.h[self.index, j]
        u = self.inverse @ column
        subtracted = float(column @ u)
        sigma = float(self.h[j, j]) - subtracted
        bound = GAMMA * (float(self.h[j, j]) + float(np.abs(column) @ np.abs(u)))
        return u, sigma, bound

    def add(self, j: int, u: NDArray[np.float64], sigma: float) -> None:
        k = self.size
        if k + 1 > self.buffer.shape[0]:
            grown = np.empty((min(2 * (k + 1), self.h.shape[0]),) * 2)
            grown[:k, :k] = self.inverse
            self.buffer = grown
        scaled = u / sigma
        block = self.buffer[:k, :k]
        block += np.multiply.outer(u, scaled)
        self.buffer[:k, k] = -scaled
        self.buffer[k, :k] = -scaled
        self.buffer[k, k] = 1.0 / sigma
        self.index.append(j)
        self.size = k + 1

    def remove(self, j: int) -> None:
        k = self.size
        p = self.index.index(j)
        last = k - 1
        if p != last:  # swap p and the last index, rows and columns
            self.buffer[[p, last], :k] = self.buffer[[last, p], :k]
            self.buffer[:k, [p, last]] = self.buffer[:k, [last, p]]
            self.index[p], self.index[last] = self.index[last], self.index[p]
        column = np.array(self.buffer[:last, last])
        block = self.buffer[:last, :last]
        block -= np.multiply.outer(column, column / self.buffer[last, last])
        self.index.pop()
        self.size = last

    def rebuild(self) -> None:
        """Recompute the inverse from H_AA (after rounding has built up)."""
        block = self.h[np.ix_(self.index, self.index)]
        inverse = np.linalg.inv(block)
        self.buffer[: self.size, : self.size] = 0.5 * (inverse + inverse.T)

    def condition_estimate(self) -> float:
        """max diag(H_AA) · max diag(H_AA⁻¹): a lower bound of cond₂(H_AA), usually close."""
        if self.size == 0:
            return 1.0
        top = float(np.max(self.h[self.index, self.index]))
        return top * float(np.max(np.diagonal(self.inverse)))


@dataclass
class _Knot:
    """The state at a knot: λ, w, and the tied zero weights with their signs."""

    lam: float
    point: NDArray[np.float64]
    tied: dict[int, float]
    largest: NDArray[np.float64]  # max |w_i| so far: the scale of w_i's rounding


def segments(loss: Quadratic) -> Iterator[Segment]:
    """The segments of the lasso path of a unit-scale loss, from λ_max down to λ = 0.

    Raises
    ------
    InvalidArgumentError
        ``hessian``: an active block too ill-conditioned to be solved to
        `TRUSTED_RTOL`, or a path with more than
        `MAX_KNOTS_PER_WEIGHT` · n + 1000 knots.
    """
    return _Path(loss).run()


class _Path:
    def __init__(self, loss: Quadratic) -> None:
        self.n = loss.dim
        self.h = loss.hessian
        self.habs = loss.absolute_hessian()
        self.center = loss.center
        self.q = self.h @ loss.center
        # |H|·|ŵ| bounds the rounding of q and of every r = q − Hw below.
        self.q_scale = self.habs @ np.abs(loss.center)
        self.rank = loss.rank
        self.singular = loss.singular
        self.inverse = _ActiveInverse(self.h)
        self.signs: dict[int, float] = {}

    # ----------------------------------------------------------------- start
    def first_knot(self) -> _Knot | None:
        magnitude = np.abs(self.q)
        top = int(np.argmax(magnitude))
        lam = float(magnitude[top])
        if lam == 0.0:
            return None
        bound = GAMMA * (self.q_scale + self.q_scale[top])
        tied = np.flatnonzero(lam - magnitude <= bound)
        return _Knot(lam, np.zeros(self.n), {int(j): float(np.sign(self.q[j])) for j in tied},
                     np.zeros(self.n))

    def run(self) -> Iterator[Segment]:
        knot = self.first_knot()
        if knot is None:
            return
        limit = MAX_KNOTS_PER_WEIGHT * self.n + 1000
        for _ in range(limit):
            segment, knot = self.step(knot)
            if segment is not None:
                yield segment
                if segment.lower == 0.0:
                    return
        raise InvalidArgumentError(
            "hessian", f"the lasso path did not reach lambda = 0 within {limit} knots "
            f"(a pathologically degenerate problem)"
        )

    # ------------------------------------------------------- knot direction
    def direction(self, knot: _Knot) -> tuple[NDArray[np.float64], dict[int, float],
                                               dict[int, float], float]:
        """Solve the knot's direction program; returns b_A, tied-and-staying, tied-and-leaving, κ.

        Lawson–Hanson structure: a tied zero weight with a negative
        multiplier μ_j = s_j H_jA b_A − 1 joins (the most negative first); a
        joiner whose rate turns against its sign is moved back, interpolating
        from the last feasible rate. Each pass lowers the program's value, so
        it ends; the iteration bound only guards against rounding.
        """
        inv = self.inverse
        # Weights that joined at this knot in an earlier pass (a zero step) are
        # still 0: they are reconsidered with their sign constraint.
        for j in [i for i in inv.index if knot.point[i] == 0.0]:
            inv.remove(j)
        joined: set[int] = set()
        blocked: set[int] = set()  # dependent columns, or joins that rounding undid
        rate = inv.inverse @ self._signs_of(inv.index)
        for _ in range(4 * (len(knot.tied) + 2)):
            rest = [j for j in knot.tied if j not in joined and j not in blocked]
            if not rest:
                break
            mu, bound = self._multipliers(rest, knot.tied, rate)
            k = int(np.argmin(mu + bound))
            if mu[k] >= -bound[k]:
                break
            j = rest[k]
            u, sigma, sigma_bound = inv.border(j)
            if sigma <= sigma_bound:  # H_jj is spanned by the active columns: μ_j is 0
                blocked.add(j)
                continue
            previous = dict(zip(inv.index, rate))
            self.signs[j] = knot.tied[j]
            inv.add(j, u, sigma)
            joined.add(j)
            rate = inv.inverse @ self._signs_of(inv.index)
            rate = self._keep_joiners_feasible(rate, previous, joined, blocked, j)
        else:
            raise InvalidArgumentError(
                "hessian", "the tied weights at a knot could not be resolved (rounding)"
            )
        stay: dict[int, float] = {}
        leave: dict[int, float] = {}
        rest = [j for j in knot.tied if j not in joined]
        if rest:
            mu, bound = self._multipliers(rest, knot.tied, rate)
            for j, m, e in zip(rest, mu.tolist(), bound.tolist()):
                (leave if m > e else stay)[j] = knot.tied[j]
        kappa = max(inv.condition_estimate(), 1.0)
        if EPS * kappa > TRUSTED_RTOL:
            raise InvalidArgumentError(
                "hessian", f"the lasso path needs an active block of {inv.size} weights with "
                f"condition number about {kappa:.2g}; solved in double precision it would "
                f"leave more than {TRUSTED_RTOL:g} relative error (TRUSTED_RTOL)"
            )
        return rate, stay, leave, kappa

    def _signs_of(self, index: list[int]) -> NDArray[np.float64]:
        return np.array([self.signs[i] for i in index])

    def _multipliers(self, rest: list[int], tied: dict[int, float], rate: NDArray[np.float64]
                     ) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """μ_j = s_j H_jA b_A − 1 for the tied zero weights ``rest``, with rounding bounds."""
        index = self.inverse.index
        s = np.array([tied[j] for j in rest])
        if not index:
            return -np.ones(len(rest)), np.full(len(rest), GAMMA)
        block = self.h[np.ix_(rest, index)]
        mu = s * (block @ rate) - 1.0
        kappa = max(self.inverse.condition_estimate(), 1.0)
        bound = GAMMA * (1.0 + kappa * (np.abs(block) @ np.abs(rate)))
        return mu, bound

    def _keep_joiners_feasible(self, rate: NDArray[np.float64], previous: dict[int, float],
                               joined: set[int], blocked: set[int], newest: int
                               ) -> NDArray[np.float64]:
        """NNLS's inner loop: joiners must move along their signs (s_j b_j > 0)."""
        inv = self.inverse
        for _ in range(len(joined) + 1):
            position = {i: p for p, i in enumerate(inv.index)}
            wrong = [j for j in joined if self.signs[j] * rate[position[j]] <= 0.0]
            if not wrong:
                return rate
            if newest in wrong and len(wrong) == 1 and previous.get(newest, 0.0) == 0.0:
                # Rounding made the newest join look useful; it is not.
                inv.remove(newest)
                joined.discard(newest)
                blocked.add(newest)
                return inv.inverse @ self._signs_of(inv.index)
            # Step from the previous (feasible) rate towards this one and stop
            # where the first joiner reaches zero; it and any other at zero leave.
            fractions = {}
            for j in wrong:
                old = self.signs[j] * previous.get(j, 0.0)
                new = self.signs[j] * rate[position[j]]
                fractions[j] = old / (old - new) if old > new else 0.0
            alpha = min(fractions.values())
            for j in [j for j, f in fractions.items() if f <= alpha]:
                inv.remove(j)  # back among the tied zeros; it may join again later
                joined.discard(j)
            rate_new = inv.inverse @ self._signs_of(inv.index)
            previous = {i: previous.get(i, 0.0) + alpha * (r - previous.get(i, 0.0))
                        for i, r in zip(position, rate)}
            rate = rate_new
        raise InvalidArgumentError(
            "hessian", "the tied weights at a knot could not be resolved (rounding)"
        )

    # ------------------------------------------------------------ one step
    def step(self, knot: _Knot) -> tuple[Segment | None, _Knot]:
        """Resolve the knot, follow the segment to its first event; None for a zero step."""
        rate, stay, leave, kappa = self.direction(knot)
        inv = self.inverse
        active = np.array(inv.index, dtype=np.intp)
        signs = self._signs_of(inv.index)
        lam, point = knot.lam, knot.point
        # The segment's line w_A(λ) = intercept − λ b_A, and for every other
        # weight r_j(λ) = α_j + λ c_j: the intercept form of each event is
        # accurate near λ = 0, the step form λ_k − δ near λ_k.
        intercept = inv.inverse @ self.q[active]
        vectors = np.zeros((self.n, 3))
        vectors[active, 0] = rate
        vectors[:, 1] = point
        vectors[active, 2] = intercept
        products = self.h @ vectors
        magnitudes = self.habs @ np.abs(vectors)
        if active.size:
            residual = np.concatenate([signs, self.q[active]]) - np.concatenate(
                [products[active, 0], products[active, 2]])
            scale = np.concatenate([magnitudes[active, 0], magnitudes[active, 2]])
            if np.any(np.abs(residual) > GAMMA * scale):
                rate, intercept, products, magnitudes = self._refined(active, signs, vectors)
        lams, bounds, kinds, who = self._events(knot, rate, intercept, active, signs, products,
                                                magnitudes, stay, leave, kappa)
        first = int(np.argmax(lams))
        top = float(lams[first])
        together = top - lams <= bounds + bounds[first]
        if lam - top <= bounds[first] and not together[0]:
            # A zero step: the events are already at this knot. Add them to the
            # tied set and resolve the knot again (each pass adds a weight).
            return None, self._absorb(knot, together, kinds, who, stay, leave, lam, point,
                                      knot.largest, None)
        new_point = np.array(point)
        if together[0]:  # λ = 0 is among the simultaneous events: the last segment
            new_lam = 0.0
            if not self.singular:
                new_point = np.array(self.center)  # the path ends at ŵ itself
            else:
                new_point[active] += lam * rate
        else:
            members = np.flatnonzero(together)
            new_lam = float(lams[members[np.argmin(bounds[members])]])  # the most accurate
            new_point[active] += (lam - new_lam) * rate
        largest = np.maximum(knot.largest, np.abs(new_point))
        next_knot = self._absorb(knot, together, kinds, who, stay, leave, new_lam, new_point,
                                 largest, dict(stay))
        segment = Segment(
            upper=lam, lower=new_lam, start=point, stop=next_knot.point, active=active,
            signs=signs, rate=rate, tied=np.array(sorted(stay), dtype=np.intp),
            knot_tied=np.array(sorted(knot.tied), dtype=np.intp),
        )
        return segment, next_knot

    def _refined(self, active, signs, vectors):
        """One step of iterative refinement of b_A and the intercept; a fresh inverse if
        that is not enough (rounding built up in the bordered updates)."""
        inv = self.inverse
        target = np.stack([signs, self.q[active]], axis=1)
        for attempt in range(2):
            products = self.h @ vectors
            residual = target - products[active][:, [0, 2]]
            correction = inv.inverse @ residual
            vectors[active, 0] += correction[:, 0]
            vectors[active, 2] += correction[:, 1]
            products = self.h @ vectors
            magnitudes = self.habs @ np.abs(vectors)
            residual = target - products[active][:, [0, 2]]
            if not np.any(np.abs(residual) > GAMMA * magnitudes[active][:, [0, 2]]):
                break
            if attempt == 0:
                inv.rebuild()
                vectors[active, 0] = inv.inverse @ signs
                vectors[active, 2] = inv.inverse @ self.q[active]
        return vectors[active, 0], vectors[active, 2], products, magnitudes

    def _events(self, knot, rate, intercept, active, signs, products, magnitudes, stay, leave,
                kappa):
        """Every candidate λ of the next knot in [0, λ_k], with its rounding bound.

        Each event is computed in step form λ_k − δ and in intercept form, and
        the one with the smaller bound is kept. Kinds: 0 the end (λ = 0,
        exact), 1 an active weight leaving, ±2 an inactive weight joining with
        sign ±1, 3 a tied weight that left the boundary reaching the other side.
        """
        lam, point = knot.lam, knot.point
        c, c_scale = products[:, 0], magnitudes[:, 0]
        r, hw_scale = self.q - products[:, 1], magnitudes[:, 1]
        alpha, alpha_scale = self.q - products[:, 2], magnitudes[:, 2]
        lams, bounds, kinds, who = [np.zeros(1)], [np.zeros(1)], [np.zeros(1, int)], \
            [np.zeros(1, np.intp)]

        def keep(step, step_bound, direct, direct_bound, kind, index):
            use_step = step_bound <= direct_bound
            value = np.where(use_step, lam - step, direct)
            bound = np.minimum(step_bound, direct_bound) + EPS * np.abs(value)
            # Events below λ = 0 never happen; those within rounding of it are at 0.
            happens = value >= -bound
            lams.append(np.clip(value[happens], 0.0, lam))
            bounds.append(bound[happens])
            kinds.append(np.full(int(np.count_nonzero(happens)), kind))
            who.append(index[happens])

        # Leaving: w_i(λ) = intercept_i − λ b_i reaches 0, for a weight moving against its sign.
        if active.size:
            going = (signs * rate < 0.0) & (point[active] != 0.0)
            if np.any(going):
                i, b = active[going], rate[going]
                delta = -point[i] / b
                intercept_bound = GAMMA * kappa * float(np.max(np.abs(intercept)))
                direct = intercept[going] / b
                keep(delta, GAMMA * (knot.largest[i] / np.abs(b) + kappa * delta),
                     direct, intercept_bound / np.abs(b) + GAMMA * kappa * np.abs(direct), 1, i)
        # Joining: r_j(λ) = α_j + λ c_j reaches σλ for an inactive weight.
        inactive = np.ones(self.n, dtype=bool)
        inactive[active] = False
        inactive[list(stay)] = False
        inactive[list(leave)] = False
        if self.singular and active.size >= self.rank:
            # The active columns span range(H): r_j(λ) = c_j λ exactly for every
            # other weight, so none can join before λ = 0.
            inactive[:] = False
        if np.any(inactive):
            j = np.flatnonzero(inactive)
            cj, rj, aj = c[j], r[j], alpha[j]
            slope_bound = GAMMA * kappa * c_scale[j]
            gap_bound = GAMMA * (self.q_scale[j] + hw_scale[j] + lam)
            alpha_bound = GAMMA * (self.q_scale[j] + kappa * alpha_scale[j])
            for sigma in (1.0, -1.0):
                den = 1.0 - sigma * cj
                ok = den > 0.0
                if not np.any(ok):
                    continue
                delta = np.maximum(lam - sigma * rj[ok], 0.0) / den[ok]
                direct = sigma * aj[ok] / den[ok]
                keep(delta, (gap_bound[ok] + delta * slope_bound[ok]) / den[ok],
                     direct, (alpha_bound[ok] + direct * slope_bound[ok]) / den[ok],
                     2 if sigma > 0 else -2, j[ok])
        # A tied weight that leaves the boundary inwards can reach the other side:
        # r_j = s_j λ_k − δ c_j = −s_j (λ_k − δ) at λ = λ_k μ_j / (2 + μ_j).
        if leave:
            j = np.array(list(leave), dtype=np.intp)
            s = np.array([leave[i] for i in j.tolist()])
            den = 1.0 + s * c[j]
            direct = lam * (den - 2.0) / den
            bound = 2.0 * lam * GAMMA * kappa * c_scale[j] / (den * den)
            keep(lam - direct, bound, direct, bound, 3, j)
        return (np.concatenate(lams), np.concatenate(bounds), np.concatenate(kinds),
                np.concatenate(who))

    def _absorb(self, knot, together, kinds, who, stay, leave, lam, point, largest,
                tied_next) -> _Knot:
        """The next knot: leavers become exact zeros, joiners and leavers become tied."""
        # A zero step keeps every tied weight; a real step keeps those that stay tied.
        tied = dict(knot.tied) if tied_next is None else tied_next
        for kind, j in zip(kinds[together].tolist(), who[together].tolist()):
            if kind == 1:
                tied[j] = self.signs[j]
                point = np.array(point) if point is knot.point else point
                point[j] = 0.0
                self.inverse.remove(j)
            elif kind in (2, -2):
                tied[j] = 1.0 if kind == 2 else -1.0
            elif kind == 3:
                tied[j] = -leave[j]
        if not self.singular and lam == 0.0:
            point = np.array(self.center)
        return _Knot(lam, point, tied, largest)
