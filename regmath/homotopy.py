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
are recognized at every scale of λ and no spurious tiny knots appear; each
event is computed both from the knot (λ_k − δ) and from λ = 0 (the intercept
form) when that is tighter. The inverse of H_AA and the active rows of H are
kept by `regmath.active_block` (bordering; Golub & Van Loan §3.5), so a knot
costs O(|A|·n); the rate b_A is checked against its residual every
`CHECK_EVERY` knots. An active block whose condition number exceeds
`TRUSTED_RTOL` / eps is refused.

Everything here works on a loss scaled to unit size (`Quadratic.unit`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from regmath.active_block import ActiveBlock
from regmath.errors import InvalidArgumentError
from regmath.quadratic import EPS, TRUSTED_RTOL

if TYPE_CHECKING:
    from collections.abc import Iterator

    from numpy.typing import NDArray

    from regmath.quadratic import Quadratic

    #: Candidate next knots: λ, rounding bound, kind and weight (see `_Path._events`).
    _Events = tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.int_],
                    NDArray[np.intp]]

__all__ = ["Segment", "segments", "TIE_ULPS", "WINDOW_RTOL", "CHECK_EVERY",
           "MAX_KNOTS_PER_WEIGHT"]

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
#: Events within this fraction of λ_k of the first one (beyond twice its rounding
#: bound) are also compared with it for ties.
WINDOW_RTOL = 1e-9
#: The rate b_A is updated in O(|A|) at each change of A; every CHECK_EVERY knots
#: its residual s_A − H_AA b_A is checked against rounding and, if it drifted,
#: recomputed (each update adds about eps·cond(H_AA) relative error).
CHECK_EVERY = 4


@dataclass(eq=False, slots=True)
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
        but not moving), mapped to sign(r_j); with ``active`` they form the
        equicorrelation set.
    knot_tied
        Zero weights with |r_j| = λ_k at the upper knot, mapped to sign(r_j).

    Treat as read-only (a plain slotted class: the path makes one per knot).
    """

    upper: float
    lower: float
    start: NDArray[np.float64]
    stop: NDArray[np.float64]
    active: NDArray[np.intp]
    signs: NDArray[np.float64]
    rate: NDArray[np.float64]
    tied: dict[int, float]
    knot_tied: dict[int, float]

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
            point = self._inside_from_stop()
            point[self.active] -= (strength - self.lower) * self.rate
            # A weight that leaves at the lower knot keeps its sign above it.
        return point

    def _inside_from_stop(self) -> NDArray[np.float64]:
        """The stop with only the active weights kept: inside the segment every other
        weight is exactly 0. The last segment stops at ŵ itself, whose other entries
        join only at a knot within rounding of λ = 0 (ŵ = (2, 3.6e-78, 0) with a rounding
        off-diagonal H₁₂ = 2e-17): stepping back from ŵ kept that 3.6e-78 and the
        answer failed its optimality check (refused as "too ill-conditioned")."""
        point = np.zeros_like(self.stop)
        point[self.active] = self.stop[self.active]
        return point

    def at_norm(self, radius: float) -> tuple[NDArray[np.float64], float]:
        """(w, λ) on this segment with ‖w‖₁ = ``radius``, stepped from the nearer knot.

        The step (t − ‖w_k‖₁)/slope · b_A rounds, so w lands near ‖w‖₁ = t, not on it
        (one weight alone was an ulp off t in 24 of 448 random 3-D vertex touches); the
        largest weight then takes up the difference (`_onto_norm`): one nonzero weight is
        exactly ±t, several are within an ulp or two of ‖w‖₁ = t.
        """
        low, high = float(np.sum(np.abs(self.start))), float(np.sum(np.abs(self.stop)))
        slope = self.slope
        if radius - low <= high - radius:
            step = (radius - low) / slope
            point = np.array(self.start)
            point[self.active] += step * self.rate
            return _onto_norm(point, radius), self.upper - step
        step = (high - radius) / slope
        point = self._inside_from_stop()
        point[self.active] -= step * self.rate
        return _onto_norm(point, radius), self.lower + step


def _onto_norm(point: NDArray[np.float64], radius: float) -> NDArray[np.float64]:
    """``point`` with its largest weight set to sign · (t − Σ|others|), when that keeps its
    sign and moves it by rounding only (at most `_ONTO_NORM_ULPS` of its own ulps); the rest
    is untouched, so the KKT conditions move by no more than the step's own rounding. Many
    weights (Σ|others| itself rounds more than that) are left as the path gives them."""
    magnitudes = np.abs(point)
    k = int(np.argmax(magnitudes))
    if magnitudes[k] == 0.0:
        return point
    others = float(np.sum(np.delete(magnitudes, k)))
    rest = radius - others
    if rest > 0.0 and abs(rest - magnitudes[k]) <= _ONTO_NORM_ULPS * np.spacing(magnitudes[k]):
        point[k] = np.copysign(rest, point[k])
    return point


#: `_onto_norm` moves the largest weight by at most this many of its ulps (the step's
#: rounding); a larger gap is left as the path gives it.
_ONTO_NORM_ULPS = 4


@dataclass
class _Knot:
    """The state at a knot: λ, w, and the tied zero weights with their signs."""

    lam: float
    point: NDArray[np.float64]
    tied: dict[int, float]
    largest: NDArray[np.float64]  # max |w_i| so far: the scale of w_i's rounding
    again: bool = False  # reached by a zero step: joiners of the last pass are still 0


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
    """The homotopy's state between knots; `run` yields the segments."""

    def __init__(self, loss: Quadratic) -> None:
        n = self.n = loss.dim
        self.h = loss.hessian
        self.center = loss.center
        self.magnitude = abs(loss.center)
        self.q = self.h @ loss.center
        # (|H|·|ŵ|)_j bounds the rounding of q_j and of r_j = q_j − H_j w; it is
        # computed for the few weights whose events are compared (`_q_scale`).
        self.q_scales: dict[int, float] = {}
        self.root = np.sqrt(np.diagonal(self.h))
        self.top = float(np.max(np.diagonal(self.h)))
        self.knots = 0
        self.rank = loss.rank
        self.singular = loss.singular
        self.block = ActiveBlock(self.h, bound_ulps=GAMMA)
        self.kappa = 1.0
        self.everyone = np.arange(n)
        self.infinite = np.full(n, np.inf)
        self._intercept_cache: NDArray[np.float64] | None = None
        self._coefficients = np.zeros((2, 0))  # [b_A; w_A] of the current knot
        self._magnitudes: NDArray[np.float64] | None = None

    def _q_scale(self, j: int) -> float:
        """(|H|·|ŵ|)_j, the scale of q_j's rounding (cached)."""
        scale = self.q_scales.get(j)
        if scale is None:
            scale = self.q_scales[j] = float(abs(self.h[j]) @ self.magnitude)
        return scale

    def first_knot(self) -> _Knot | None:
        magnitude = abs(self.q)
        top = int(magnitude.argmax())
        lam = float(magnitude[top])
        if lam == 0.0:
            return None
        # Tied with the largest: within the rounding of both. |H_jk| ≤ √(H_jj H_kk)
        # bounds (|H|·|ŵ|)_j by √H_jj (√diag·|ŵ|) to pick the few to check exactly.
        spread = float(self.root @ self.magnitude)
        loose = GAMMA * (self.root * spread + self._q_scale(top))
        near = (lam - magnitude <= loose).nonzero()[0].tolist()
        tied = [j for j in near
                if lam - float(magnitude[j]) <= GAMMA * (self._q_scale(j) + self._q_scale(top))]
        return _Knot(lam, np.zeros(self.n), {j: float(np.sign(self.q[j])) for j in tied},
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
    def direction(self, knot: _Knot) -> tuple[dict[int, float], dict[int, float], float]:
        """Solve the knot's direction program; returns the tied weights that stay
        tied, those that leave the boundary, and the condition estimate κ.

        Lawson–Hanson structure: a tied zero weight with a negative multiplier
        μ_j = s_j H_jA b_A − 1 joins (the most negative first; its rate then
        has its sign, s_j b_j = −μ_j/σ_j > 0); a joiner whose rate turns
        against its sign is moved back, interpolating from the last feasible
        rate. Each pass lowers the program's value, so it ends; the iteration
        bound only guards against rounding. A knot with one tied weight (the
        usual case: one weight joins or one leaves) is the same program with
        one candidate.
        """
        block = self.block
        if knot.again:  # joiners of the last pass at this knot are reconsidered
            for j in [i for i in block.index.tolist() if knot.point[i] == 0.0]:
                block.remove(j)
        candidates = [j for j in knot.tied if j not in block.position]
        stay: dict[int, float] = {}
        leave: dict[int, float] = {}
        kappa = self.kappa  # of the block before this knot: the scale of its rounding
        if len(candidates) == 1 and block.size:
            j = candidates[0]
            sign = knot.tied[j]
            row = self.h[j, block.index]
            rate = block.rate
            mu = sign * float(row @ rate) - 1.0
            bound = GAMMA * (1.0 + kappa * float(abs(row) @ abs(rate)))
            if mu < -bound:
                u, sigma, sigma_bound = block.border(j, row, kappa=kappa)
                if sigma > sigma_bound:
                    block.add(j, sign, u, sigma, row)
                else:  # column j is spanned by the active ones: μ_j is 0
                    stay[j] = sign
            else:
                (leave if mu > bound else stay)[j] = sign
        elif candidates:
            self._resolve(candidates, knot.tied, kappa, stay, leave)
        kappa = self.kappa = block.condition_estimate()
        if EPS * kappa > TRUSTED_RTOL:
            raise InvalidArgumentError(
                "hessian", f"the lasso path needs an active block of {block.size} weights with "
                f"condition number about {kappa:.2g}; solved in double precision it would "
                f"leave more than {TRUSTED_RTOL:g} relative error (TRUSTED_RTOL)"
            )
        return stay, leave, kappa

    def _resolve(self, candidates: list[int], tied: dict[int, float], kappa: float,
                 stay: dict[int, float], leave: dict[int, float]) -> None:
        """The direction program with several tied weights (see `direction`)."""
        block = self.block
        joined: list[int] = []
        blocked: set[int] = set()  # dependent columns
        for _ in range(4 * len(candidates) + 8):
            rest = [j for j in candidates if j not in block.position and j not in blocked]
            if not rest:
                break
            mu, bound, rows = self._multipliers(rest, tied, kappa)
            k = int((mu + bound).argmin())
            if mu[k] >= -bound[k]:
                break
            j = rest[k]
            column = rows[k] if rows is not None else None  # H symmetric: row = column
            u, sigma, sigma_bound = block.border(j, column)
            if sigma <= sigma_bound:  # column j is spanned by the active ones: μ_j is 0
                blocked.add(j)
                continue
            previous = dict(zip(block.index.tolist(), block.rate.tolist())) if joined else None
            block.add(j, tied[j], u, sigma, column)
            joined.append(j)
            if previous is not None:
                self._keep_joiners_feasible(previous, joined, tied)
        else:
            raise InvalidArgumentError(
                "hessian", "the tied weights at a knot could not be resolved (rounding)"
            )
        rest = [j for j in candidates if j not in block.position]
        if rest:
            mu, bound, _ = self._multipliers(rest, tied, kappa)
            for j, m, e in zip(rest, mu.tolist(), bound.tolist()):
                (leave if m > e else stay)[j] = tied[j]

    def _multipliers(self, rest: list[int], tied: dict[int, float], kappa: float
                     ) -> tuple[NDArray[np.float64], NDArray[np.float64],
                                NDArray[np.float64] | None]:
        """μ_j = s_j H_jA b_A − 1 for the tied zero weights ``rest``, with rounding
        bounds, and the rows H_{rest, A} (None while A is empty)."""
        block = self.block
        if block.size == 0:
            return -np.ones(len(rest)), np.full(len(rest), GAMMA), None
        s = np.array([tied[j] for j in rest])
        rows = self.h[rest][:, block.index]
        rate = block.rate
        mu = s * (rows @ rate) - 1.0
        bound = GAMMA * (1.0 + kappa * (abs(rows) @ abs(rate)))
        return mu, bound, rows

    def _keep_joiners_feasible(self, previous: dict[int, float], joined: list[int],
                               tied: dict[int, float]) -> None:
        """NNLS's inner loop: weights that joined at this knot must move along their signs."""
        block = self.block
        for _ in range(len(joined) + 1):
            rate = dict(zip(block.index.tolist(), block.rate.tolist()))
            wrong = [j for j in joined if tied[j] * rate[j] <= 0.0]
            if not wrong:
                return
            # Step from the previous (feasible) rate towards this one and stop
            # where the first joiner reaches zero; it, and any other there, leave.
            fractions = {}
            for j in wrong:
                old, new = tied[j] * previous.get(j, 0.0), tied[j] * rate[j]
                fractions[j] = old / (old - new) if old > new else 0.0
            alpha = min(fractions.values())
            previous = {i: previous.get(i, 0.0) + alpha * (r - previous.get(i, 0.0))
                        for i, r in rate.items()}
            for j in [j for j, f in fractions.items() if f <= alpha]:
                block.remove(j)  # back among the tied zeros; it may join again later
                joined.remove(j)
        raise InvalidArgumentError(
            "hessian", "the tied weights at a knot could not be resolved (rounding)"
        )

    # ------------------------------------------------------------ one step
    def step(self, knot: _Knot) -> tuple[Segment | None, _Knot]:
        """Resolve the knot, follow the segment to its first event; None for a zero step."""
        stay, leave, kappa = self.direction(knot)
        block = self.block
        self._intercept_cache = self._magnitudes = None
        lam, point = knot.lam, knot.point
        products = self._products(point)
        active, signs, rate = block.index.copy(), block.signs.copy(), block.rate.copy()
        lams, bounds, kinds, who = self._events(knot, active, signs, rate, products, stay,
                                                leave, kappa)
        if lams.size == 1:
            top, together, ends = float(lams[0]), None, kinds[0] == 0
            zero_step = not ends and lam - top <= float(bounds[0])
        else:
            first = int(lams.argmax())
            top = float(lams[first])
            together = top - lams <= bounds + bounds[first]
            ends = bool((together & (kinds == 0)).any())
            zero_step = not ends and lam - top <= float(bounds[first])
        if zero_step:
            # The events are already at this knot: add them to the tied set and
            # resolve the knot again (each pass adds a weight, so this ends).
            return None, self._absorb(knot, together, kinds, who, leave, lam, np.array(point),
                                      knot.largest, dict(knot.tied), again=True)
        new_point = np.array(point)
        if ends:  # λ = 0 is among the simultaneous events: the last segment
            new_lam = 0.0
            if not self.singular:
                new_point = np.array(self.center)  # the path ends at ŵ itself
            else:
                new_point[active] += lam * rate
        else:
            if lams.size == 1:
                new_lam = top
            else:  # the most accurate of the simultaneous events
                members = together.nonzero()[0]
                new_lam = float(lams[members[bounds[members].argmin()]])
            new_point[active] += (lam - new_lam) * rate
        largest = np.maximum(knot.largest, abs(new_point))
        next_knot = self._absorb(knot, together, kinds, who, leave, new_lam, new_point,
                                 largest, dict(stay))
        segment = Segment(
            upper=lam, lower=new_lam, start=point, stop=next_knot.point, active=active,
            signs=signs, rate=rate, tied=stay, knot_tied=knot.tied,
        )
        return segment, next_knot

    def _products(self, point: NDArray[np.float64]) -> NDArray[np.float64]:
        """[H b; H w] (2 × n) from the active rows of H, O(|A| n), refreshing b_A when its
        residual s_A − H_AA b_A is above the rounding of the product (drift of the
        O(|A|) updates). The knot's w is supported on A."""
        block = self.block
        k = block.size
        if k == 0:
            return np.zeros((2, self.n))
        index = block.index
        coefficients = self._coefficients = np.empty((2, k))
        coefficients[1] = point[index]
        self.knots += 1
        for attempt in range(3):
            coefficients[0] = block.rate
            products = coefficients @ block.rows
            if self.knots % CHECK_EVERY:
                break
            # |(H b)_i − fl(H b)_i| ≤ γ Σ_k |H_ik| |b_k| ≤ γ max_i H_ii ‖b‖₁ (H is PSD)
            tolerance = GAMMA * self.top * float(abs(block.rate).sum())
            if float(abs(block.signs - products[0, index]).max()) <= tolerance:
                break
            if attempt == 0:
                block.refresh()
            else:
                block.rebuild()
        return products

    def _events(self, knot: _Knot, active: NDArray[np.intp], signs: NDArray[np.float64],
                rate: NDArray[np.float64], products: NDArray[np.float64],
                stay: dict[int, float], leave: dict[int, float], kappa: float) -> _Events:
        """The candidate λ of the next knot in [0, λ_k], with their rounding bounds.

        All events are first computed in step form δ (λ = λ_k − δ) in one
        vectorized pass. The first one, and those within twice its rounding
        bound (plus `WINDOW_RTOL` · λ_k), are then recomputed with exact
        rounding bounds |H_j|·|x| and, when the next knot is far below λ_k
        (where λ_k − δ cancels), also in intercept form from
        w_A(λ) = H_AA⁻¹ q_A − λ b_A; the better of the two is kept. An event
        misjudged outside that window can only be off by rounding: its |r_j|
        then exceeds λ by a rounding-level amount at the next knot, where it is
        found at δ = 0 and resolved. Kinds: 0 the end (λ = 0, exact), 1 an
        active weight leaving, ±2 an inactive weight joining with sign ±1, 3 a
        tied weight that left the boundary reaching the other side.

        Returns arrays (λ, bound, kind, index) of the candidates.
        """
        lam, point = knot.lam, knot.point
        c = products[0]
        groups = []  # (δ array, kind or kind array, index array)
        if active.size:  # leaving: w_i + δ b_i = 0, for a weight moving against its sign
            # (a weight that joined at this knot is 0 and moves along its sign)
            going = (signs * rate < 0.0).nonzero()[0]
            if going.size:
                groups.append((-point[active[going]] / rate[going], 1, going))
        if not (self.singular and active.size >= self.rank):
            # Joining: r_j − δ c_j = σ (λ_k − δ). (Once the active columns span
            # range(H), r_j(λ) = c_j λ exactly for every other weight: no joins.)
            r = self.q - products[1]
            down, up = 1.0 - c, 1.0 + c
            plus = np.divide(lam - r, down, out=self.infinite.copy(), where=down > 0.0)
            minus = np.divide(lam + r, up, out=self.infinite.copy(), where=up > 0.0)
            closed = active.tolist() + list(stay) + list(leave)
            plus[closed] = np.inf
            minus[closed] = np.inf
            negative = minus < plus
            join = np.minimum(plus, minus)
            np.maximum(join, 0.0, out=join)
            groups.append((join, negative, self.everyone))
        if leave:  # back across: r_j = s_j λ_k − δ c_j = −s_j (λ_k − δ)
            j = np.array(list(leave), dtype=np.intp)
            groups.append((2.0 * lam / (1.0 + np.array([leave[i] for i in j.tolist()]) * c[j]),
                           3, j))
        while True:  # the first event; one that happens below λ = 0 is not an event
            best, where = lam, None
            for g, (delta, _, _) in enumerate(groups):
                k = int(delta.argmin())
                if float(delta[k]) < best:
                    best, where = float(delta[k]), (g, k)
            if where is None:
                kind, j = 0, 0
            else:
                delta, kind, index = groups[where[0]]
                j = int(index[where[1]])
                if not isinstance(kind, int):
                    kind = -2 if kind[where[1]] else 2
            first = self._exact_one(knot, active, rate, c, kappa, best, kind, j)
            if first is not None:
                break
            groups[where[0]][0][where[1]] = np.inf
        top, bound, kind, j = first
        # Anything simultaneous with the first event lies within twice its bound
        # (an event with a larger bound of its own can be misjudged by rounding only).
        limit = best + 2.0 * bound + WINDOW_RTOL * lam
        near = [(lam, 0, 0)] if lam <= limit else []  # the end, if it could be simultaneous
        for delta, kinds, index in groups:
            for k in (delta <= limit).nonzero()[0].tolist():
                other = kinds if isinstance(kinds, int) else (-2 if kinds[k] else 2)
                near.append((float(delta[k]), other, int(index[k])))
        if len(near) <= 1:
            return (np.array([top]), np.array([bound]), np.array([kind]), np.array([j]))
        values = [self._exact_one(knot, active, rate, c, kappa, *event)
                  for event in near]
        values = [v for v in values if v is not None]
        lams, bounds, kinds, who = (np.array(column) for column in zip(*values))
        return lams, bounds, kinds, who

    def _exact_one(self, knot: _Knot, active: NDArray[np.intp], rate: NDArray[np.float64],
                   c: NDArray[np.float64], kappa: float, step: float, kind: int, j: int
                   ) -> tuple[float, float, int, int] | None:
        """(λ, bound, kind, weight) of one event from its step δ, with its exact rounding
        bound, in step or intercept form; None if it happens below λ = 0.

        For a leaving weight ``j`` is its position in ``active``; the knot's w is
        supported on ``active``, so |H_j|·|w| and |H_j|·|b| take |A| terms.
        """
        lam = knot.lam
        value = lam - step
        if kind == 0:
            return 0.0, 0.0, 0, 0
        far = value < 0.5 * lam  # λ_k − δ would cancel: try the intercept form too
        if kind == 1:
            b = abs(float(rate[j]))
            weight = int(active[j])
            bound = GAMMA * (float(knot.largest[weight]) / b + kappa * step)
            if far:
                intercept = self._intercept(active)
                direct = float(intercept[j] / rate[j])
                direct_bound = GAMMA * kappa * (float(abs(intercept).max()) / b + abs(direct))
                if direct_bound < bound:
                    value, bound = direct, direct_bound
            j = weight
        else:
            if self._magnitudes is None:  # |b_A| and |w_A|, once a knot
                self._magnitudes = abs(self._coefficients).T
            rate_size, point_size = (abs(self.h[j, active]) @ self._magnitudes).tolist() \
                if active.size else (0.0, 0.0)
            slope = GAMMA * kappa * rate_size
            if kind == 3:
                den = 1.0 + knot.tied[j] * float(c[j])
                value = lam * (den - 2.0) / den  # the intercept form, accurate
                bound = 2.0 * lam * slope / (den * den)
            else:
                sigma = 1.0 if kind == 2 else -1.0
                den = 1.0 - sigma * float(c[j])
                scale = self._q_scale(j)
                gap = GAMMA * (scale + point_size + lam)
                bound = (gap + step * slope) / den
                if far:
                    # Far below λ_k both sides' steps round alike, so the side too is
                    # decided here: the later-reached λ of r_j(λ) = α_j + λ c_j = ±λ.
                    if active.size:
                        intercept = self._intercept(active)
                        row_active = self.h[j, active]
                        alpha = float(self.q[j]) - float(row_active @ intercept)
                        alpha_bound = GAMMA * (scale + kappa * float(
                            abs(row_active) @ abs(intercept)))
                    else:
                        alpha, alpha_bound = float(self.q[j]), GAMMA * scale
                    best = None
                    for side in (1.0, -1.0):
                        den = 1.0 - side * float(c[j])
                        if den <= 0.0:
                            continue
                        direct = side * alpha / den
                        direct_bound = (alpha_bound + abs(direct) * slope) / den
                        side_step = (lam - side * (float(self.q[j]) - float(
                            self.h[j, active] @ knot.point[active]))) / den
                        side_bound = (gap + abs(side_step) * slope) / den
                        if side_bound < direct_bound:
                            direct, direct_bound = lam - side_step, side_bound
                        if best is None or direct > best[0]:
                            best = (direct, direct_bound, 2 if side > 0 else -2)
                    if best is not None:
                        value, bound, kind = best
        bound += EPS * abs(value)
        if value < -bound:
            return None
        return min(max(value, 0.0), lam), bound, kind, j

    def _intercept(self, active: NDArray[np.intp]) -> NDArray[np.float64]:
        """H_AA⁻¹ q_A: w_A at λ = 0 on the current segment's line (cached per knot)."""
        if self._intercept_cache is None:
            self._intercept_cache = self.block.apply(self.q[active])
        return self._intercept_cache

    def _absorb(self, knot: _Knot, together: NDArray[np.bool_] | None, kinds: NDArray[np.int_],
                who: NDArray[np.intp], leave: dict[int, float], lam: float,
                point: NDArray[np.float64], largest: NDArray[np.float64],
                tied: dict[int, float], *, again: bool = False) -> _Knot:
        """The next knot: leavers become exact zeros; they and the joiners become tied.

        ``tied`` holds the weights that stay tied (all of them for a zero step).
        """
        block = self.block
        if together is not None:
            kinds, who = kinds[together], who[together]
        for kind, j in zip(kinds.tolist(), who.tolist()):
            if kind == 1:
                tied[j] = float(block.signs[block.position[j]])
                point[j] = 0.0
                block.remove(j)
            elif kind in (2, -2):
                tied[j] = 1.0 if kind == 2 else -1.0
            elif kind == 3:
                tied[j] = -leave[j]
        if not self.singular and lam == 0.0:
            point = np.array(self.center)
        return _Knot(lam, point, tied, largest, again)
