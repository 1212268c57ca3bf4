"""Benchmark: regmath's exact solvers against scipy's SLSQP, side by side, in one run.

    make bench            (or: .venv/bin/python tests/benchmarks/bench_regmath.py)

Prints, for random 2D problems (cond(H) up to 1e4):
* the median time of one exact solve (goal: at most 50 µs), and SLSQP's on the
  same problems, with the ratio;
* the worst error of each against the 50-digit references of the test suite;
* the time per frame of the vectorized growing-contour evaluation (goal: at
  most 1 µs per frame), against a per-frame Python loop as the baseline;
* the time per loss of the batched 2D solver (`regmath.batch`) on the same
  problems, against one `constrained` call per loss.
Numbers, not assertions: machines are noisy, so compare the ratios.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from regmath import Quadratic, constrained  # noqa: E402
from regmath.batch import constrained_2d  # noqa: E402
from regmath.drawing import growth_levels, level_set, level_sets  # noqa: E402
from tests.references import l1_by_enumeration, l2_by_secular, mp_hessian  # noqa: E402

PROBLEMS = 300
REFERENCE_PROBLEMS = 60
FRAMES = 2000
SAMPLES = 129  # what the scenes draw


def problems(rng: np.random.Generator, count: int) -> list[tuple[Quadratic, float]]:
    out = []
    for _ in range(count):
        angle = rng.uniform(0, np.pi)
        d = np.array([1.0, 10.0 ** rng.uniform(0, 4)]) * 10.0 ** rng.uniform(-1, 1)
        loss = Quadratic(center=rng.uniform(-3, 3, 2), eigenvalues=d, angle=angle)
        radius = float(rng.uniform(0.1, 0.9) * np.sum(np.abs(loss.center)))
        out.append((loss, radius))
    return out


def timed(function, repeat: int = 5) -> float:
    """Best of ``repeat`` runs of function(), in seconds."""
    best = np.inf
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def slsqp(loss: Quadratic, norm: str, radius: float) -> np.ndarray:
    h, c = loss.hessian, loss.center
    if norm == "l1":
        # Split w = u − v, u, v ≥ 0, so the L1 ball is smooth linear constraints.
        def objective(z):
            w = z[:2] - z[2:]
            return 0.5 * (w - c) @ h @ (w - c)

        def gradient(z):
            g = h @ (z[:2] - z[2:] - c)
            return np.concatenate([g, -g])

        result = minimize(objective, np.zeros(4), jac=gradient, method="SLSQP",
                          bounds=[(0, None)] * 4,
                          constraints=[{"type": "ineq", "fun": lambda z: radius - np.sum(z)}],
                          options={"ftol": 1e-15, "maxiter": 500})
        return result.x[:2] - result.x[2:]
    result = minimize(lambda w: 0.5 * (w - c) @ h @ (w - c), np.zeros(2),
                      jac=lambda w: h @ (w - c), method="SLSQP",
                      constraints=[{"type": "ineq", "fun": lambda w: radius**2 - w @ w}],
                      options={"ftol": 1e-15, "maxiter": 500})
    return result.x


def main() -> None:
    rng = np.random.default_rng(7)
    cases = problems(rng, PROBLEMS)
    print(f"{PROBLEMS} random 2D problems, cond(H) up to 1e4\n")
    print(f"{'solver':<22}{'median µs':>12}{'vs SLSQP':>10}{'worst rel. error':>20}")
    for norm in ("l1", "l2"):
        ours, theirs = [], []
        for loss, radius in cases:
            ours.append(timed(lambda: constrained(loss, norm=norm, radius=radius)))
            theirs.append(timed(lambda: slsqp(loss, norm, radius), repeat=1))
        reference = l1_by_enumeration if norm == "l1" else l2_by_secular
        err_ours, err_theirs = 0.0, 0.0
        for loss, radius in cases[:REFERENCE_PROBLEMS]:
            ref = reference(mp_hessian(loss.hessian), loss.center, radius).point
            scale = np.max(np.abs(ref))
            exact = constrained(loss, norm=norm, radius=radius).point
            err_ours = max(err_ours, float(np.max(np.abs(exact - ref)) / scale))
            err_theirs = max(err_theirs, float(np.max(np.abs(slsqp(loss, norm, radius) - ref))
                                               / scale))
        med_ours, med_theirs = np.median(ours) * 1e6, np.median(theirs) * 1e6
        print(f"{'regmath ' + norm:<22}{med_ours:>12.1f}{med_theirs / med_ours:>9.0f}x"
              f"{err_ours:>20.1e}")
        print(f"{'scipy SLSQP ' + norm:<22}{med_theirs:>12.1f}{'1x':>10}{err_theirs:>20.1e}")

    loss, radius = cases[0]
    final = constrained(loss, norm="l1", radius=radius).level
    progress = np.linspace(0.0, 1.0, FRAMES)
    vectorized = timed(lambda: level_sets(loss, growth_levels(final, progress), samples=SAMPLES))
    looped = timed(lambda: [level_set(loss, float(level), samples=SAMPLES)
                            for level in growth_levels(final, progress)], repeat=2)
    print(f"\ngrowing contour, {FRAMES} frames of {SAMPLES} points")
    print(f"  vectorized        {vectorized / FRAMES * 1e6:8.3f} µs per frame")
    print(f"  one call a frame  {looped / FRAMES * 1e6:8.3f} µs per frame "
          f"({looped / vectorized:.0f}x slower)")

    print(f"\nmany losses at once ({PROBLEMS} problems, same radius each run)")
    centers = np.array([loss.center for loss, _ in cases])
    d = np.array([loss.eigenvalues for loss, _ in cases])
    q = np.array([loss.eigenvectors for loss, _ in cases])
    for norm in ("l1", "l2"):
        batch = timed(lambda: constrained_2d(centers, eigenvalues=d, eigenvectors=q, norm=norm,
                                             radius=1.0))
        single = timed(lambda: [constrained(loss, norm=norm, radius=1.0) for loss, _ in cases],
                       repeat=2)
        print(f"  batched {norm}        {batch / PROBLEMS * 1e6:8.2f} µs per loss "
              f"(one call per loss {single / PROBLEMS * 1e6:.1f} µs, {single / batch:.0f}x)")


if __name__ == "__main__":
    main()
