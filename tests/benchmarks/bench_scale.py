"""Benchmark: the n-D lasso solvers against scikit-learn, side by side, in one run.

    .venv/bin/python tests/benchmarks/bench_scale.py          (also run by `make bench`)

For n = 10 (the diabetes data of the LARS paper), 100 and 500 (random dense
designs X with 2n samples, H = XᵀX, ŵ the least-squares fit), it prints
for `lasso_path`, `penalized` and `constrained` (L1), each at a sparse answer
(λ = λ_max / 2) and a dense one (λ = λ_max / 1000, and t = ‖w*(λ)‖₁):

* time: the best of several runs, each from the raw (ŵ, H), so building the
  `Quadratic` (validating H: symmetry and a Cholesky factorization, O(n³),
  which scikit-learn does not do) is included; and "solve", the same with the
  `Quadratic` built once beforehand;
* peak memory: `tracemalloc`'s peak during one call (numpy reports its
  arrays to it), against the n² · 8 bytes of H itself;
* error against a 50-digit reference (`tests.references`): for n = 10 the
  whole path against the 50-digit homotopy, and every point against the
  50-digit KKT-certified solution on its support; for n = 100 the points.

scikit-learn runs on the same data in the same process: `lars_path_gram`
(the Gram form of `lars_path`: the whole path, or down to λ with
``alpha_min``) and `Lasso` (coordinate descent, tol = 1e-12, on X = √n Lᵀ
with H = L Lᵀ, so that its objective is ours). scikit-learn has no
constrained solver: the `constrained` rows compare with `lars_path_gram` down
to the matching λ. Both sides run with one BLAS thread (threadpoolctl): on
a shared 2-core machine threads only add noise. Numbers, not assertions.
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from regmath import Quadratic, constrained, lasso_path, penalized  # noqa: E402
from tests.references import (  # noqa: E402
    lasso_by_certified_support,
    lasso_path_by_homotopy,
)

REPEATS = {10: 200, 100: 20, 500: 3}
SPARSE, DENSE = 0.5, 1e-3  # λ / λ_max


def problems() -> list[tuple[str, np.ndarray, np.ndarray]]:
    from sklearn.datasets import load_diabetes

    x, y = load_diabetes(return_X_y=True)
    out = [("n=10 diabetes", x.T @ x, np.linalg.lstsq(x, y, rcond=None)[0])]
    rng = np.random.default_rng(2026)
    for n in (100, 500):
        x = rng.standard_normal((2 * n, n))
        y = x @ rng.standard_normal(n) + rng.standard_normal(2 * n)
        out.append((f"n={n} random", x.T @ x, np.linalg.lstsq(x, y, rcond=None)[0]))
    return out


def best_time(function, repeats: int) -> float:
    best = np.inf
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def peak_bytes(function) -> int:
    tracemalloc.start()
    tracemalloc.reset_peak()
    function()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def relative_error(actual, expected) -> float:
    expected = np.asarray(expected, dtype=float)
    return float(np.max(np.abs(np.asarray(actual) - expected)) / np.max(np.abs(expected)))


def lars(hessian, center, alpha_min=0.0):
    from sklearn.linear_model import lars_path_gram

    return lars_path_gram(Xy=hessian @ center, Gram=hessian, n_samples=1, method="lasso",
                          alpha_min=alpha_min, eps=1e-300)


def lars_at(hessian, center, lam):
    """scikit-learn's point at λ: its path down to λ, interpolated in its last segment."""
    alphas, _, coefs = lars(hessian, center, alpha_min=lam)
    if alphas[-1] >= lam:
        return coefs[:, -1]
    k = int(np.searchsorted(-alphas, -lam))
    share = (alphas[k - 1] - lam) / (alphas[k - 1] - alphas[k])
    return coefs[:, k - 1] + share * (coefs[:, k] - coefs[:, k - 1])


def coordinate_descent(hessian, center, lam):
    from sklearn.linear_model import Lasso

    n = center.size
    x = np.sqrt(n) * np.linalg.cholesky(hessian).T
    model = Lasso(alpha=lam, fit_intercept=False, tol=1e-12, max_iter=1_000_000)
    model.fit(x, x @ center)
    return model.coef_


def row(label, ours, solve, lars_time, cd_time, ours_peak, lars_peak, errors,
        matrix_bytes) -> str:
    cd = f"{cd_time * 1e3:9.2f}" if cd_time is not None else f"{'-':>9}"
    err = "".join(f"{e:>10.1e}" if e is not None else f"{'-':>10}" for e in errors)
    return (f"{label:<24}{ours * 1e3:9.2f}{solve * 1e3:9.2f}{lars_time * 1e3:9.2f}{cd}"
            f"{lars_time / ours:7.2f}x{lars_time / solve:7.2f}x"
            f"{ours_peak / matrix_bytes:7.1f}{lars_peak / matrix_bytes:7.1f}{err}")


def main() -> None:
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):
        run()


def run() -> None:
    print("lasso / L1 solvers against scikit-learn, one BLAS thread, times in ms (best of "
          "several runs),\npeak memory in units of H (n² · 8 bytes), errors relative to the "
          "50-digit references\n")
    header = (f"{'problem':<24}{'ours':>9}{'solve':>9}{'lars':>9}{'Lasso':>9}{'lars/us':>8}"
              f"{'/solve':>8}{'mem us':>7}{'lars':>7}{'err us':>10}{'lars':>10}{'Lasso':>10}")
    for name, hessian, center in problems():
        n = center.size
        repeats = REPEATS[n]
        matrix_bytes = n * n * 8
        print(name)
        print(header)
        lam_max = float(np.max(np.abs(hessian @ center)))
        # The whole path.
        built = Quadratic(center=center, hessian=hessian)
        built.unit()
        ours = best_time(lambda: lasso_path(Quadratic(center=center, hessian=hessian)), repeats)
        solve = best_time(lambda: lasso_path(built), repeats)
        theirs = best_time(lambda: lars(hessian, center), repeats)
        errors = [None, None, None]
        if n == 10:
            knots, points = lasso_path_by_homotopy(hessian, center)
            path = lasso_path(Quadratic(center=center, hessian=hessian))
            alphas, _, coefs = lars(hessian, center)
            errors = [max(relative_error(path.knots, knots), relative_error(path.points, points)),
                      max(relative_error(alphas, knots), relative_error(coefs.T, points)), None]
        print(row("  lasso_path", ours, solve, theirs, None,
                  peak_bytes(lambda: lasso_path(Quadratic(center=center, hessian=hessian))),
                  peak_bytes(lambda: lars(hessian, center)), errors, matrix_bytes))
        for share, kind in ((SPARSE, "sparse"), (DENSE, "dense")):
            lam = share * lam_max
            solution = penalized(Quadratic(center=center, hessian=hessian), norm="l1",
                                 strength=lam)
            radius = solution.radius
            nonzero = np.count_nonzero(solution.point)
            reference = None
            if n <= 100:
                reference = lasso_by_certified_support(hessian, center, lam,
                                                       np.sign(solution.point))
            theirs = best_time(lambda: lars_at(hessian, center, lam), repeats)
            cd_repeats = max(1, repeats // 10)
            cd_time = best_time(lambda: coordinate_descent(hessian, center, lam), cd_repeats)
            lars_peak = peak_bytes(lambda: lars_at(hessian, center, lam))
            for solver, call, prebuilt in (
                ("penalized", lambda: penalized(Quadratic(center=center, hessian=hessian),
                                                norm="l1", strength=lam),
                 lambda: penalized(built, norm="l1", strength=lam)),
                ("constrained", lambda: constrained(Quadratic(center=center, hessian=hessian),
                                                    norm="l1", radius=radius),
                 lambda: constrained(built, norm="l1", radius=radius)),
            ):
                ours = best_time(call, repeats)
                solve = best_time(prebuilt, repeats)
                errors = [None, None, None]
                if reference is not None:
                    errors = [relative_error(call().point, reference),
                              relative_error(lars_at(hessian, center, lam), reference),
                              relative_error(coordinate_descent(hessian, center, lam), reference)
                              if solver == "penalized" else None]
                label = f"  {solver} {kind} ({nonzero})"
                print(row(label, ours, solve, theirs, cd_time if solver == "penalized" else None,
                          peak_bytes(call), lars_peak, errors, matrix_bytes))
        print()
    print("(k) = the number of nonzero weights of the answer. lars/us, /solve > 1: regmath is "
          "faster (with, without building the Quadratic).")


if __name__ == "__main__":
    main()
