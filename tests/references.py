"""Independent references for the solvers, written for the tests only.

They share no code with `regmath` and use other algorithms, in extended
precision (mpmath, 50 digits):

* L1: enumerate every face of the ball ‖w‖₁ ≤ t (3ⁿ sign patterns) and the
  interior; minimize f on the affine hull of each by its KKT system; keep the
  best candidate that lies in its face.
* L2: the secular equation ‖(H + ρI)⁻¹ H ŵ‖₂ = t, solved by bisection on the
  eigen-decomposition of H computed by mpmath.
* scikit-learn: `Lasso` (coordinate descent) and `lars_path_gram`.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import mpmath
import numpy as np

DIGITS = 50


@dataclass(frozen=True)
class Reference:
    point: np.ndarray
    multiplier: float
    level: float


def _mp_matrix(a: np.ndarray) -> mpmath.matrix:
    return mpmath.matrix(a.tolist())


def _to_numpy(m: mpmath.matrix) -> np.ndarray:
    return np.array([float(x) for x in m], dtype=float)


def mp_hessian(hessian: np.ndarray | None = None, *, eigenvalues=None, angle=None) -> mpmath.matrix:
    """H in extended precision; from its factors when given (then exact to 50 digits)."""
    with mpmath.workdps(DIGITS):
        if hessian is not None:
            return _mp_matrix(np.asarray(hessian, dtype=float))
        c, s = mpmath.cos(mpmath.mpf(angle)), mpmath.sin(mpmath.mpf(angle))
        q = mpmath.matrix([[c, -s], [s, c]])
        d = mpmath.diag([mpmath.mpf(x) for x in eigenvalues])
        return q * d * q.T


def _f(h: mpmath.matrix, c: mpmath.matrix, w: mpmath.matrix) -> mpmath.mpf:
    diff = w - c
    return (diff.T * h * diff)[0] / 2


def l1_by_enumeration(h: mpmath.matrix, center, radius: float) -> Reference:
    """min f(w) s.t. ‖w‖₁ ≤ t by visiting all faces (H positive definite)."""
    with mpmath.workdps(DIGITS):
        n = h.rows
        c = _mp_matrix(np.asarray(center, dtype=float).reshape(-1, 1))
        t = mpmath.mpf(radius)
        best: tuple[mpmath.mpf, mpmath.matrix, mpmath.mpf] | None = None
        if sum(abs(x) for x in c) <= t:
            return Reference(_to_numpy(c), 0.0, 0.0)
        q = h * c
        for sigma in itertools.product((-1, 0, 1), repeat=n):
            support = [i for i in range(n) if sigma[i] != 0]
            if not support:
                continue
            k = len(support)
            kkt = mpmath.matrix(k + 1, k + 1)
            rhs = mpmath.matrix(k + 1, 1)
            for a, i in enumerate(support):
                for b, j in enumerate(support):
                    kkt[a, b] = h[i, j]
                kkt[a, k] = sigma[i]
                kkt[k, a] = sigma[i]
                rhs[a] = q[i]
            rhs[k] = t
            try:
                sol = mpmath.lu_solve(kkt, rhs)
            except ZeroDivisionError:
                continue
            w = mpmath.matrix(n, 1)
            for a, i in enumerate(support):
                w[i] = sol[a]
            if any(sigma[i] * w[i] < -mpmath.mpf(10) ** (-40) for i in support):
                continue
            value = _f(h, c, w)
            if best is None or value < best[0]:
                best = (value, w, sol[k])
        assert best is not None
        return Reference(_to_numpy(best[1]), float(best[2]), float(best[0]))


def l2_by_secular(h: mpmath.matrix, center, radius: float) -> Reference:
    """min f(w) s.t. ‖w‖₂ ≤ t from the secular equation (H positive definite)."""
    with mpmath.workdps(DIGITS):
        c = _mp_matrix(np.asarray(center, dtype=float).reshape(-1, 1))
        t = mpmath.mpf(radius)
        if mpmath.sqrt(sum(x * x for x in c)) <= t:
            return Reference(_to_numpy(c), 0.0, 0.0)
        d, q = mpmath.eigsy(h)
        beta = [d[i] * (q[:, i].T * c)[0] for i in range(h.rows)]

        def excess(rho):
            return mpmath.sqrt(sum((b / (di + rho)) ** 2 for b, di in zip(beta, d))) - t

        lo, hi = mpmath.mpf(0), mpmath.sqrt(sum(b * b for b in beta)) / t
        for _ in range(400):  # bisection: 2^-400 of the bracket
            mid = (lo + hi) / 2
            if excess(mid) > 0:
                lo = mid
            else:
                hi = mid
        rho = (lo + hi) / 2
        w = mpmath.matrix(h.rows, 1)
        for i in range(h.rows):
            w += q[:, i] * (beta[i] / (d[i] + rho))
        return Reference(_to_numpy(w), float(rho * t), float(_f(h, c, w)))


def sklearn_lasso(hessian: np.ndarray, center: np.ndarray, strength: float) -> np.ndarray:
    """The lasso through scikit-learn's coordinate descent.

    With X = √n Lᵀ (H = L Lᵀ) and y = X ŵ, sklearn's
    (1/2n)‖y − Xw‖² + α‖w‖₁ equals ½ (w − ŵ)ᵀ H (w − ŵ) + α‖w‖₁.
    """
    from sklearn.linear_model import Lasso

    n = center.size
    x = np.sqrt(n) * np.linalg.cholesky(hessian).T
    model = Lasso(alpha=strength, fit_intercept=False, tol=1e-15, max_iter=1_000_000)
    model.fit(x, x @ center)
    return model.coef_


def sklearn_lars(hessian: np.ndarray, center: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Knots λ_k and coefficients (n, K) of the lasso path from `lars_path_gram`."""
    from sklearn.linear_model import lars_path_gram

    alphas, _, coefs = lars_path_gram(
        Xy=hessian @ center, Gram=hessian, n_samples=1, method="lasso", eps=1e-300
    )
    return alphas, coefs


# ------------------------------------------------------------ lasso paths
def lasso_path_by_homotopy(hessian: np.ndarray, center: np.ndarray
                           ) -> tuple[np.ndarray, np.ndarray]:
    """Knots and points of the lasso path in 50 digits, one event at a time.

    The textbook homotopy (Efron et al. 2004, §3.1 with the lasso modification;
    Osborne, Presnell & Turlach 2000) written afresh in mpmath: at each knot
    solve H_AA b = s_A, step to the first event (a weight leaving at
    w_i + δ b_i = 0, or joining where |q_j − H_j w − δ H_jA b| = λ − δ).
    Requires distinct events (no ties) and independent active columns; an
    event within 1e-40 · λ_max of λ = 0 is the end itself.
    """
    with mpmath.workdps(DIGITS):
        n = len(center)
        h = _mp_matrix(np.asarray(hessian, dtype=float))
        c = _mp_matrix(np.asarray(center, dtype=float).reshape(-1, 1))
        q = h * c
        lam = max(abs(q[i]) for i in range(n))
        first = max(range(n), key=lambda i: abs(q[i]))
        active, signs = [first], {first: mpmath.sign(q[first])}
        w = [mpmath.mpf(0)] * n
        knots, points = [lam], [[mpmath.mpf(0)] * n]
        for _ in range(20 * n + 20):
            k = len(active)
            block = mpmath.matrix(k, k)
            for a, i in enumerate(active):
                for b, j in enumerate(active):
                    block[a, b] = h[i, j]
            rate = mpmath.lu_solve(block, mpmath.matrix([signs[i] for i in active]))
            step, event = lam, None
            for a, i in enumerate(active):
                if signs[i] * rate[a] < 0 and -w[i] / rate[a] < step:
                    step, event = -w[i] / rate[a], ("leave", i)
            for j in range(n):
                if j in signs:
                    continue
                slope = sum(h[j, i] * rate[a] for a, i in enumerate(active))
                r = q[j] - sum(h[j, i] * w[i] for i in range(n))
                for sigma in (1, -1):
                    den = 1 - sigma * slope
                    if den > 0 and 0 <= (lam - sigma * r) / den < step:
                        step, event = (lam - sigma * r) / den, ("join", j, sigma)
            if lam - step <= mpmath.mpf(10) ** (10 - DIGITS) * knots[0]:
                event = None  # within this reference's own rounding of the end
                step = lam
            for a, i in enumerate(active):
                w[i] += step * rate[a]
            lam -= step
            if event is None:
                knots.append(mpmath.mpf(0))
                points.append(list(w))
                break
            if event[0] == "leave":
                i = event[1]
                w[i] = mpmath.mpf(0)
                active.remove(i)
                del signs[i]
            else:
                active.append(event[1])
                signs[event[1]] = mpmath.mpf(event[2])
            knots.append(lam)
            points.append(list(w))
        return (np.array([float(x) for x in knots]),
                np.array([[float(x) for x in p] for p in points]))


def lasso_by_certified_support(hessian: np.ndarray, center: np.ndarray, strength: float,
                               support: np.ndarray) -> np.ndarray:
    """The lasso solution in 50 digits on a guessed support, certified by KKT.

    Solves H_SS w_S = q_S − λ s_S for the support S and signs of ``support``
    (any guess: scikit-learn's, ours) and checks, in 50 digits, that every
    weight keeps its sign and every other correlation satisfies |r_j| ≤ λ.
    When the check passes the point is the exact solution (for a nonsingular
    H_SS it is then the unique one with that fit), whoever made the guess.
    Raises AssertionError when the guess is wrong.
    """
    with mpmath.workdps(DIGITS):
        n = len(center)
        h = _mp_matrix(np.asarray(hessian, dtype=float))
        c = _mp_matrix(np.asarray(center, dtype=float).reshape(-1, 1))
        q = h * c
        lam = mpmath.mpf(strength)
        s_idx = [int(i) for i in np.flatnonzero(support)]
        signs = [mpmath.sign(mpmath.mpf(float(support[i]))) for i in s_idx]
        w = [mpmath.mpf(0)] * n
        if s_idx:
            k = len(s_idx)
            block = mpmath.matrix(k, k)
            rhs = mpmath.matrix(k, 1)
            for a, i in enumerate(s_idx):
                for b, j in enumerate(s_idx):
                    block[a, b] = h[i, j]
                rhs[a] = q[i] - lam * signs[a]
            solved = mpmath.lu_solve(block, rhs)
            for a, i in enumerate(s_idx):
                assert signs[a] * solved[a] > 0, f"weight {i} changes sign"
                w[i] = solved[a]
        slack = mpmath.mpf(10) ** (-DIGITS + 10) * max(lam, 1)
        for j in range(n):
            if j in s_idx:
                continue
            r = q[j] - sum(h[j, i] * w[i] for i in s_idx)
            assert abs(r) <= lam + slack, f"weight {j} violates |r_j| <= lambda"
        return np.array([float(x) for x in w])
