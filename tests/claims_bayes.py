"""The claims PriorsAsPenalties may make, and their facts.

Facts are computed from the scene's class attributes with `regmath` alone: the
correspondence λ = σ²/b = σ²/τ² (`regmath.bayes`), the one-weight posteriors in
closed form at the sweep's start, edge and stop (`posterior_1d`), checked on a grid
against their own definitions (likelihood × prior, normalized; −σ² log p = F + const),
and the 2-D MAPs (`map_estimate`, the same as `regmath.solve.penalized`) and level sets.
"""

from __future__ import annotations

import numpy as np

from regmath import Quadratic, penalized
from regmath.bayes import (
    gaussian_variance,
    lasso_strength,
    map_estimate,
    objective_slopes,
    objective_sweep,
    posterior_1d,
    posterior_level_set,
    posterior_levels,
    ridge_strength,
    sticky_edge,
    sweep_stop,
)
from scenes.bayes import (F_SHARES, LEVEL_SHARES, RIDGE_BACK_SHARE, STOP_SHARE,
                          PriorsAsPenalties)
from tests.claims import NUMBER, TEX_NUMBER, Rule, Variant, agrees, point_agrees, rotated
from tests.claims import caption_form as _tex

SUBSCRIPT = {"w₁": 0, "w₂": 1}
PRIORS = ("laplace", "gaussian")
#: Points of the sweep checked for "stays 0" and "only shrinks".
SWEEP_POINTS = 401


def facts_for(scene) -> dict:
    """Everything the claims need, from the scene's data only."""
    sigma2, b = float(scene.noise_variance), float(scene.prior_scale)
    h, w_hat = float(scene.weight_curvature), float(scene.weight_center)
    lam = lasso_strength(noise_variance=sigma2, prior_scale=b)
    tau2 = gaussian_variance(lam, noise_variance=sigma2)
    edge, stop = sticky_edge(h, w_hat, lam), sweep_stop(h, w_hat, lam, share=STOP_SHARE)

    def post(center: float, prior: str):
        return posterior_1d(h, center, prior=prior, strength=lam, noise_variance=sigma2)

    start = {p: post(w_hat, p) for p in PRIORS}
    end = {p: post(stop, p) for p in PRIORS}
    facts = {"sigma2": sigma2, "b": b, "h": h, "w_hat": w_hat, "lam": lam, "tau2": tau2,
             "ridge_lam": ridge_strength(noise_variance=sigma2, prior_variance=tau2),
             "edge": edge, "stop": stop, "start": start, "end": end}
    # The sweep from ŵ to the stop: the Laplace mode is nonzero before the edge, exactly 0
    # from it on; the mean is never 0; the Gaussian mode shrinks in size and is never 0.
    path = np.linspace(w_hat, stop, SWEEP_POINTS)
    before = path[np.abs(path) > abs(edge)]
    after = np.concatenate([[edge], path[np.abs(path) <= abs(edge)]])
    facts["moving_before"] = all(post(c, "laplace").mode != 0.0 for c in before)
    facts["zero_after"] = all(post(c, "laplace").mode == 0.0 for c in after)
    facts["mean_never_zero"] = all(post(c, "laplace").mean != 0.0 for c in path)
    g_modes = np.array([post(c, "gaussian").mode for c in path])
    facts["gauss_shrinks"] = bool(np.all(np.diff(np.abs(g_modes)) < 0.0)
                                  and np.all(g_modes != 0.0))
    # The log view's slide, from the stop out past the edge: F_L's one-sided slopes at 0
    # bracket 0 (its minimizer 0) up to the edge and share a sign beyond it; ridge's F has
    # one slope there and a minimizer never 0.
    f_path = np.linspace(*objective_sweep(h, w_hat, lam, shares=F_SHARES), SWEEP_POINTS)
    inside = np.concatenate([f_path[np.abs(f_path) <= abs(edge)], [edge]])
    outside = f_path[np.abs(f_path) > abs(edge)]

    def brackets(c: float) -> bool:
        left, right = objective_slopes(post(c, "laplace"))
        return left <= 0.0 <= right

    facts["f_tip"] = bool(len(outside) and all(brackets(c) and post(c, "laplace").mode == 0.0
                                                for c in inside))
    facts["f_leaves"] = all(not brackets(c) and post(c, "laplace").mode != 0.0
                            for c in outside)
    # Ridge's slide back goes nearer 0 than the stop (its bottom near 0, never at it).
    back = objective_sweep(h, w_hat, lam, shares=(RIDGE_BACK_SHARE, F_SHARES[1]))[0]
    r_path = np.linspace(back, f_path[-1], SWEEP_POINTS)
    facts["f_ridge_smooth"] = all(
        objective_slopes(post(c, "gaussian"))[0] == objective_slopes(post(c, "gaussian"))[1]
        == -h * c and post(c, "gaussian").mode != 0.0 for c in r_path)
    # The definitions, on a grid: the posterior is likelihood × prior normalized, its mode
    # the highest point, −σ² log p − F a constant, F's minimizer the mode.
    checks = []
    for p in PRIORS:
        for q in (start[p], end[p]):
            s = (sigma2 / h) ** 0.5
            w = np.linspace(-12 * s - abs(q.center) - 4 * b, 12 * s + abs(q.center) + 4 * b,
                            20001)
            w = np.union1d(w, [0.0, q.mode])
            dens = q.density(w)
            product = q.likelihood_density(w) * q.prior_density(w)
            ratio = dens / np.where(product > 1e-300, product, np.nan)
            ratio = ratio[np.isfinite(ratio)]
            gap = -sigma2 * q.log_density(w) - q.objective(w)
            checks.append(bool(np.ptp(ratio) <= 1e-9 * ratio.mean()))
            checks.append(abs(np.trapezoid(dens, w) - 1.0) < 1e-6)
            checks.append(bool(dens.max() <= q.density(q.mode) * (1 + 1e-12)))
            checks.append(bool(np.ptp(gap) <= 1e-9 * max(1.0, abs(gap).max())))
            checks.append(bool(q.objective(w).min() >= q.objective(q.mode) * (1 - 1e-12)
                               - 1e-15))
    facts["definitions"] = all(checks)
    # The Laplace prior's kink: its one-sided slopes at 0 are ∓p(0)/b, not equal; the
    # Gaussian prior's slope at 0 is 0 from both sides (to the grid's rounding).
    eps = 1e-7 * b
    lp = start["laplace"]
    right = (lp.prior_density(eps) - lp.prior_density(0.0)) / eps
    left = (lp.prior_density(0.0) - lp.prior_density(-eps)) / eps
    facts["kink"] = bool(left > 0.0 > right and abs(left - right) > 0.5 * lp.prior_density(0.0) / b)
    gp = start["gaussian"]
    g_eps = 1e-6 * tau2 ** 0.5
    facts["smooth"] = bool(abs(gp.prior_density(g_eps) - gp.prior_density(-g_eps)) < 1e-12)
    # Two weights.
    loss = Quadratic(center=scene.center, hessian=scene.hessian)
    lasso, ridge = (map_estimate(loss, prior=p, strength=lam) for p in PRIORS)
    facts["lasso"], facts["ridge"] = lasso, ridge
    facts["center"], facts["hessian"] = loss.center, loss.hessian
    facts["same_as_penalized"] = (
        np.array_equal(lasso.point, penalized(loss, norm="l1", strength=lam).point)
        and np.array_equal(ridge.point, penalized(loss, norm="l2", strength=lam).point))
    # Which penalty each prior gives: the one whose solution its MAP is.
    facts["penalty_of"] = {
        p: name for p, m in zip(PRIORS, (lasso, ridge))
        for name, norm in (("the lasso", "l1"), ("ridge", "l2"))
        if np.array_equal(m.point, penalized(loss, norm=norm, strength=lam).point)}
    facts["zeros"] = tuple(i for i in range(2) if lasso.point[i] == 0.0)
    # The 1-D test in 2-D: ∇f = H(w − ŵ) at the lasso MAP, by hand; its zero weight's
    # component is inside ±λ (strictly: the kink, not a tie, holds it).
    facts["pull"] = np.abs(np.asarray(scene.hessian, dtype=float)
                           @ (lasso.point - np.asarray(scene.center, dtype=float)))
    sets = [posterior_level_set(loss, level, prior="laplace", strength=lam)
            for level in posterior_levels(loss, prior="laplace", strength=lam,
                                          shares=LEVEL_SHARES)]
    facts["kinks_on_axes"] = any(bool(np.any(c == 0.0)) for c in sets)
    # f a bowl: H positive definite, so f's level sets are ellipses round ŵ.
    facts["bowl"] = bool(np.all(np.linalg.eigvalsh(np.asarray(scene.hessian, dtype=float)) > 0))
    facts["symmetric"] = bool(np.array_equal(np.asarray(scene.hessian, dtype=float),
                                             np.asarray(scene.hessian, dtype=float).T))
    return facts


def _laplace(m, f) -> bool:
    return agrees(m.group(1), f["b"]) and f["kink"]


def _gauss(m, f) -> bool:
    return agrees(m.group(1), f["tau2"]) and f["smooth"]


def _same_lambda(m, f) -> bool:
    # One λ from both priors: σ²/b = σ²/τ².
    return agrees(m.group(1), f["lam"]) and f["ridge_lam"] == f["lam"]


def _sums(m, f) -> bool:
    # F_L (the Laplace prior's F) is the lasso's objective and F_R ridge's: each prior's
    # MAP is the solution of the penalty named (regmath's solver).
    return (f["definitions"] and f["ridge_lam"] == f["lam"]
            and f["penalty_of"] == {"laplace": "the lasso", "gaussian": "ridge"})


def _peaks(m, f) -> bool:
    s = f["start"]
    return (agrees(m.group(1), s["laplace"].mode) and agrees(m.group(2), s["gaussian"].mode)
            and agrees(m.group(3), s["laplace"].mean) and agrees(m.group(4), s["gaussian"].mean)
            and f["definitions"])


def _follows(m, f) -> bool:
    # The mode ŵ ∓ λ/h with the sign of the data's ŵ, said with that sign.
    sign_ok = (m.group(1), m.group(2), m.group(3)) == (("−", ">", "") if f["w_hat"] > 0
                                                       else ("+", "<", "−"))
    edge = posterior_1d(f["h"], f["edge"], prior="laplace", strength=f["lam"],
                        noise_variance=f["sigma2"])
    return (sign_ok and agrees(m.group(4), f["edge"]) and edge.mode == 0.0
            and f["moving_before"])


def _sticks(m, f) -> bool:
    return f["zero_after"]


def _mean_moves(m, f) -> bool:
    end = f["end"]
    return (agrees(m.group(1), end["laplace"].mean) and end["laplace"].mean != 0.0
            and agrees(m.group(2), f["stop"]) and f["mean_never_zero"]
            and agrees(m.group(3), end["gaussian"].mode)
            and end["gaussian"].mode == f["h"] * f["stop"] / (f["h"] + f["lam"])
            and f["gauss_shrinks"])


def _flat(m, f) -> bool:
    # At the edge the one-sided slope on ŵ's side is 0 (its tangent flat), the other not.
    left, right = objective_slopes(posterior_1d(f["h"], f["edge"], prior="laplace",
                                                strength=f["lam"], noise_variance=f["sigma2"]))
    side = m.group(5)
    near, far = (right, left) if side == "right" else (left, right)
    # |hŵ| = h·|ŵ| = λ at the edge, with the data's h, |ŵ| and λ.
    return (agrees(m.group(1), f["edge"]) and agrees(m.group(2), f["h"])
            and agrees(m.group(3), abs(f["edge"])) and agrees(m.group(4), f["lam"])
            and abs(f["h"] * abs(f["edge"]) - f["lam"]) <= 1e-12 * f["lam"]
            and side == ("right" if f["w_hat"] > 0 else "left")
            and abs(near) <= 1e-12 * f["lam"] and far != 0.0)


def _leaves(m, f) -> bool:
    # Past the edge the bottom is ŵ ∓ λ/h (soft-thresholding), the sign towards 0.
    sign_ok = m.group(1) == ("−" if f["w_hat"] > 0 else "+")
    out = objective_sweep(f["h"], f["w_hat"], f["lam"], shares=F_SHARES)[1]
    mode = posterior_1d(f["h"], out, prior="laplace", strength=f["lam"],
                        noise_variance=f["sigma2"]).mode
    shrunk = out - np.sign(out) * f["lam"] / f["h"]
    return sign_ok and f["f_leaves"] and abs(mode - shrunk) <= 1e-9 * max(1.0, abs(out))


def _lasso_map(m, f) -> bool:
    zero = SUBSCRIPT[m.group(2)]
    return (point_agrees(m.group(1), f["lasso"].point) and f["zeros"] == (zero,)
            and f["same_as_penalized"] and m.group(3) == m.group(2) == m.group(4)
            and agrees(m.group(5), f["pull"][zero]) and f["pull"][zero] < f["lam"])


def _ridge_map(m, f) -> bool:
    # F_R's level sets are ellipses: its Hessian H + λI is positive definite (f a bowl).
    return (point_agrees(m.group(1), f["ridge"].point) and bool(np.all(f["ridge"].point != 0.0))
            and f["same_as_penalized"] and f["bowl"])


def _slice_gradient(f) -> float:
    # ∂f/∂w_j at w*_L along the zero weight, (H(w*_L − ŵ))_j by hand.
    (zero,) = f["zeros"]
    return float((np.asarray(f["hessian"], dtype=float)
                  @ (f["lasso"].point - np.asarray(f["center"], dtype=float)))[zero])


def _slice_slopes(m, f) -> bool:
    # "left, right slope = g − λ, g + λ": F_L's one-sided slopes along the zero weight,
    # opposite signs (the kink holds w_j at 0).
    grad, lam = _slice_gradient(f), f["lam"]
    left, right = grad - lam, grad + lam
    return (agrees(_tex(m.group(1)), left) and agrees(_tex(m.group(2)), right)
            and left < 0.0 < right)


def _slice_tangent(m, f) -> bool:
    # "slope s" at one of F_L's one-sided tangents along the zero weight: g − λ or g + λ,
    # a "+" exactly when s > 0.
    grad, lam = _slice_gradient(f), f["lam"]
    said = [s for s in (grad - lam, grad + lam) if agrees(_tex(m.group(2)), s)]
    return len(said) == 1 and (m.group(1) == "+") == (said[0] > 0.0)


def _sparse_mode(m, f) -> bool:
    end = f["end"]["laplace"]
    return end.mode == 0.0 and end.mean != 0.0 and len(f["zeros"]) == 1


RULES = [
    Rule("question", r"Where does the lasso's penalty λ\|w\| come from\? Look at one weight w, "
         r"on these axes", lambda m, f: True, ("question",)),
    Rule("loss", rf"Its loss, ½·Σ residuals², is ½h\(w − ŵ\)² \+ const, h = Σxᵢ² its "
         rf"curvature, ŵ = "
         rf"({NUMBER}), the unpenalized fit", lambda m, f: agrees(m.group(1), f["w_hat"]),
         ("question",)),
    Rule("likelihood", rf"With Gaussian noise of variance σ² = ({NUMBER}), the likelihood is ∝ "
         r"e\^\(−loss/σ²\): the bell N\(w; ŵ, σ²/h\)",
         lambda m, f: agrees(m.group(1), f["sigma2"]) and f["definitions"],
         ("question",)),
    Rule("laplace prior", rf"Add a belief before the data: the Laplace prior e\^\(−\|w\|/b\)/\(2b\) with scale b = ({NUMBER})\. "
         r"It has a kink at 0", _laplace, ("priors",)),
    Rule("gaussian below", r"The loss's plot goes; below, the same likelihood with the "
         r"Gaussian prior\.",
         lambda m, f: f["definitions"], ("priors",)),
    Rule("gaussian prior", rf"N\(w; 0, τ²\), τ² = ({NUMBER}): smooth at 0",
         _gauss, ("priors",)),
    Rule("same λ", rf"Both give λ = ({NUMBER}), derived later\.", _same_lambda, ("priors",)),
    Rule("posterior", r"Posterior ∝ likelihood × prior; normalized: the thick "
         r"orange or green curve",
         lambda m, f: f["definitions"], ("posterior",)),
    Rule("peaks", rf"Same numbers: its peak, the mode or MAP \(maximum a posteriori\), is the dot: ({NUMBER}) \(Laplace\), ({NUMBER}) "
         rf"\(Gaussian\)\. The tick is the posterior mean, ({NUMBER}) and ({NUMBER})",
         _peaks, ("posterior",)),
    Rule("follows", rf"Zoom in, then slide ŵ towards 0: w\*_L, the Laplace MAP, follows, ŵ ([−+]) "
         r"λ/h while hŵ ([<>]) (−?)λ, down to 0 at ŵ = "
         rf"({NUMBER})", _follows, ("sticky",)),
    Rule("exactly 0", r"There the mode is exactly 0, and it stays 0 for every ŵ in the band \|hŵ\| ≤ λ: "
         r"soft-thresholding", _sticks, ("sticky",)),
    Rule("mean moves", rf"The mean keeps moving: ({NUMBER}) at ŵ = ({NUMBER}), not 0\. The "
         rf"Gaussian mode w\*_R = hŵ/\(h \+ λ\) = ({NUMBER}) only shrinks, never 0", _mean_moves,
         ("sticky",)),
    Rule("log view", r"Zoom in, take the log: log is increasing, so each peak stays at the "
         r"same w", lambda m, f: f["definitions"], ("log view",)),
    Rule("flip", r"Times −σ², it flips: the peak becomes the bottom of F\(w\)\.",
         lambda m, f: f["definitions"], ("log view",)),
    Rule("data term", r"Term by term: the likelihood's term becomes the loss f, "
         r"up to a constant",
         lambda m, f: f["definitions"], ("log view",)),
    Rule("terms", r"The Laplace prior gives \(σ²/b\)\|w\|; the Gaussian prior, σ²w²/\(2τ²\)",
         lambda m, f: f["definitions"], ("log view",)),
    Rule("sums", r"So F_L = f \+ λ\|w\| is the lasso, F_R = f \+ λw²/2 ridge\. "
         r"At 0, F_L has two slopes, on the left, then on the right of the kink",
         _sums, ("log view",)),
    Rule("slopes at 0", r"Slide ŵ again: while the slopes have opposite signs, the bottom "
         r"stays at the kink, 0", lambda m, f: f["f_tip"] and f["definitions"], ("log view",)),
    Rule("flat at the edge", rf"At ŵ = ({NUMBER}), \|hŵ\| = ({NUMBER})·({NUMBER}) = ({NUMBER}) = λ: "
         r"the (right|left) slope is 0, its tangent flat", _flat, ("log view",)),
    Rule("leaves 0", r"Past it, the slopes share a sign and the bottom leaves 0, following "
         r"ŵ ([−+]) λ/h", _leaves, ("log view",)),
    Rule("ridge smooth", r"Ridge's bowl is smooth, one slope −hŵ at 0: slide back, and its bottom, "
         r"hŵ/\(h \+ λ\), never stops at 0", lambda m, f: f["f_ridge_smooth"], ("log view",)),
    # H = Σxᵢxᵢᵀ, a Gram matrix: symmetric, and positive definite for the bowl.
    Rule("level sets", r"With two weights, H = Σxᵢxᵢᵀ, the 2-D h, makes f a bowl, "
         r"ellipses round ŵ; the Laplace "
         r"posterior's level sets are F_L's: ellipse arcs joined by kinks on an axis",
         lambda m, f: f["kinks_on_axes"] and f["bowl"] and f["symmetric"], ("two weights",)),
    Rule("lasso MAP", rf"Its MAP is the lasso's w\*_L = "
         rf"(\({NUMBER}, {NUMBER}\)): (w[₁₂]) is exactly 0, as in 1-D: along (w[₁₂]), F_L's "
         rf"slopes at 0 have opposite signs, as \|∂f/∂(w[₁₂])\| = ({NUMBER}) < λ",
         _lasso_map, ("two weights",)),
    Rule("ridge MAP", rf"Ridge's level sets, F_R's, are ellipses; its MAP w\*_R = "
         rf"(\({NUMBER}, {NUMBER}\)) has no zero",
         _ridge_map, ("two weights",)),
    Rule("card", r"So λ = σ²/b \(Laplace\), σ²/τ² \(Gaussian\), for Gaussian noise of known "
         r"σ²; i\.i\.d\. zero-mean priors of one fixed scale; the MAP, not the mean, is sparse",
         lambda m, f: f["ridge_lam"] == f["lam"] and _sparse_mode(m, f), ("card",)),
]


def _screen_point(m, f, which: str) -> bool:
    return point_agrees(f"({_tex(m.group(1))}, {_tex(m.group(2))})", f[which].point)


def _screen_data_2d(m, f) -> bool:
    return (point_agrees(f"({_tex(m.group(1))}, {_tex(m.group(2))})", f["center"])
            and all(agrees(_tex(m.group(k + 3)), v)
                    for k, v in enumerate(np.asarray(f["hessian"]).ravel())))


SCREEN_RULES = [
    Rule("λ laplace on screen", rf"\\lambda = \\sigma\^2/b = ({TEX_NUMBER})$",
         lambda m, f: agrees(_tex(m.group(1)), f["lam"])),
    Rule("λ's value on screen", rf"^:\\ \\ \\lambda = ({TEX_NUMBER})$",
         lambda m, f: agrees(_tex(m.group(1)), f["lam"]) and f["ridge_lam"] == f["lam"]),
    Rule("λ gaussian on screen", rf"\\lambda = \\sigma\^2/\\tau\^2 = ({TEX_NUMBER})$",
         lambda m, f: agrees(_tex(m.group(1)), f["ridge_lam"])),
    Rule("data on screen", rf"^\\sigma\^2 = ({TEX_NUMBER}),\\ \\ b = ({TEX_NUMBER}),\\ \\ "
         rf"\\tau\^2 = ({TEX_NUMBER}),\\ \\ h = ({TEX_NUMBER})$",
         lambda m, f: agrees(_tex(m.group(1)), f["sigma2"]) and agrees(_tex(m.group(2)), f["b"])
         and agrees(_tex(m.group(3)), f["tau2"]) and agrees(_tex(m.group(4)), f["h"])),
    Rule("σ² on screen", rf"^\\sigma\^2 = ({TEX_NUMBER})$",
         lambda m, f: agrees(_tex(m.group(1)), f["sigma2"])),
    Rule("h on screen", rf"^h = ({TEX_NUMBER})$",
         lambda m, f: agrees(_tex(m.group(1)), f["h"])),
    Rule("ŵ on screen", rf"^\\hat w = ({TEX_NUMBER})$",
         lambda m, f: agrees(_tex(m.group(1)), f["w_hat"])),
    Rule("2-D data on screen", rf"^\\hat w = \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\),\\ \\ H = "
         rf"\\begin\{{pmatrix\}} ({TEX_NUMBER}) & ({TEX_NUMBER}) \\\\ "
         rf"({TEX_NUMBER}) & ({TEX_NUMBER}) \\end\{{pmatrix\}}$", _screen_data_2d),
    Rule("2-D parameters on screen", rf"^\\sigma\^2 = ({TEX_NUMBER}),\\ \\ b = ({TEX_NUMBER}),"
         rf"\\ \\ \\tau\^2 = ({TEX_NUMBER})\\ \\Rightarrow\\ \\lambda = ({TEX_NUMBER})$",
         lambda m, f: (agrees(_tex(m.group(1)), f["sigma2"]) and agrees(_tex(m.group(2)), f["b"])
                       and agrees(_tex(m.group(3)), f["tau2"]) and agrees(_tex(m.group(4)), f["lam"])
                       and f["ridge_lam"] == f["lam"])),
    Rule("lasso MAP on screen", rf"^w\^\*_L = \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)$",
         lambda m, f: _screen_point(m, f, "lasso") and len(f["zeros"]) == 1),
    Rule("slope test on screen", rf"^\|\\partial f/\\partial w_([12])\| = ({TEX_NUMBER}) "
         rf"< \\lambda$",
         lambda m, f: (f["zeros"] == (int(m.group(1)) - 1,)
                       and agrees(_tex(m.group(2)), f["pull"][int(m.group(1)) - 1])
                       and f["pull"][int(m.group(1)) - 1] < f["lam"])),
    Rule("slice on screen", rf"^\\text\{{slice \}} w_([12]) = ({TEX_NUMBER})$",
         lambda m, f: (len(f["zeros"]) == 1 and int(m.group(1)) - 1 != f["zeros"][0]
                       and agrees(_tex(m.group(2)), f["lasso"].point[int(m.group(1)) - 1]))),
    Rule("slice slopes on screen", rf"^= ({TEX_NUMBER}),\\ ({TEX_NUMBER})$", _slice_slopes),
    # r59: each slope at its own tangent's end, a signed number ("+0.87", "-5.13").
    Rule("slice tangent on screen", rf"^(\+|(?=-))({TEX_NUMBER})$",
         _slice_tangent),
    Rule("ridge MAP on screen", rf"^w\^\*_R = \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)$",
         lambda m, f: _screen_point(m, f, "ridge") and bool(np.all(f["ridge"].point != 0.0))),
    Rule("edge condition on screen", rf"^\|h\\hat w\| = ({TEX_NUMBER}) \\cdot ({TEX_NUMBER}) = "
         rf"({TEX_NUMBER}) = \\lambda$",
         lambda m, f: (agrees(_tex(m.group(1)), f["h"]) and agrees(_tex(m.group(2)), abs(f["edge"]))
                       and agrees(_tex(m.group(3)), f["lam"])
                       and abs(f["h"] * abs(f["edge"]) - f["lam"]) <= 1e-12 * f["lam"])),
    Rule("ridge never 0 on screen", rf"w\^\*_R = ({TEX_NUMBER}) \\neq 0$",
         lambda m, f: f["f_ridge_smooth"]),
    Rule("parameters on screen", rf"^\\sigma\^2 = ({TEX_NUMBER}),\\ b = ({TEX_NUMBER}),"
         rf"\\ \\tau\^2 = ({TEX_NUMBER}),\\ h = ({TEX_NUMBER}),\\ "
         rf"\\lambda = ({TEX_NUMBER})$",
         lambda m, f: (agrees(_tex(m.group(1)), f["sigma2"]) and agrees(_tex(m.group(2)), f["b"])
                       and agrees(_tex(m.group(3)), f["tau2"]) and agrees(_tex(m.group(4)), f["h"])
                       and agrees(_tex(m.group(5)), f["lam"]) and f["ridge_lam"] == f["lam"])),
    Rule("setup on screen", rf"^h = ({TEX_NUMBER}),\\ \\ \\lambda = ({TEX_NUMBER})$",
         lambda m, f: agrees(_tex(m.group(1)), f["h"]) and agrees(_tex(m.group(2)), f["lam"])),
    Rule("f with h on screen", rf"^f = \\tfrac12 h\(w-\\hat w\)\^2 = \\text\{{loss\}} - "
         rf"\\text\{{const\}},\\ \\ h = ({TEX_NUMBER})$",
         lambda m, f: agrees(_tex(m.group(1)), f["h"]) and f["definitions"]),
    Rule("leaving law on screen", r"^w\^\*_L = \\hat w ([-+]) \\lambda/h$",
         lambda m, f: m.group(1) == ("-" if f["w_hat"] > 0 else "+") and f["f_leaves"]),
    Rule("sticky band on screen", rf"^\\hat w \\in \[({TEX_NUMBER}),\\, ({TEX_NUMBER})\]:"
         rf"\\ w\^\*_L = 0$",
         lambda m, f: (agrees(_tex(m.group(1)), -f["lam"] / f["h"])
                       and agrees(_tex(m.group(2)), f["lam"] / f["h"]) and f["zero_after"])),
    Rule("exactly 0 on screen", r"^\\text\{exactly \} 0$",
         lambda m, f: f["end"]["laplace"].mode == 0.0 and f["zero_after"]),
    Rule("sparse mode on screen", r"sparse: the mode \(MAP\), not the mean",
         lambda m, f: f["end"]["laplace"].mode == 0.0 and f["end"]["laplace"].mean != 0.0),
]


def rules_for(scene) -> list[Rule]:
    return list(RULES)


# ------------------------------------------------------------------ variants
def V(name: str, data: dict, refused: str | None = None) -> Variant:
    return Variant(PriorsAsPenalties, name, data, refused, story="bayes")


MIRROR_X = ((6.0, -1.8), (-1.8, 3.0))
VARIANTS = [
    # ŵ in each quadrant (the 2-D data mirrored; the one-weight ŵ negative in two of them).
    V("bayes-quadrant-2", {"center": (-2.0, 0.5), "hessian": MIRROR_X, "weight_center": -0.75}),
    V("bayes-quadrant-3", {"center": (-2.0, -0.5), "weight_center": -0.75}),
    V("bayes-quadrant-4", {"center": (2.0, -0.5), "hessian": MIRROR_X}),
    # The weights swapped: the lasso MAP has w₁ exactly 0.
    V("bayes-w1-zero", {"center": (0.5, 2.0), "hessian": ((3.0, 1.8), (1.8, 6.0))}),
    # ŵ on the w₁ axis (ridge's coupling still moves w₂ off 0).
    V("bayes-on-axis", {"center": (2.0, 0.0)}),
    # Near 0: the default scaled by 0.01 (ŵ, b and σ/√h; σ² by 10⁻⁴, so λ = σ²/b by 0.01).
    V("bayes-near-0", {"center": (0.02, 0.005), "noise_variance": 1.5e-4, "prior_scale": 0.005,
                       "weight_center": 0.01}),
    # Far: the default scaled by 100 alike.
    V("bayes-far", {"center": (200.0, 50.0), "noise_variance": 1.5e4, "prior_scale": 50.0,
                    "weight_center": 100.0}),
    # An elongated H, cond 1e3, tilted: at λ = 3 the lasso MAP still has w₂ exactly 0.
    V("bayes-cond-1e3", {"hessian": rotated(1e3, 1.0, 0.3)}),
    # Small and large σ² with b alike (λ = 3 stays): a narrow and a wide posterior.
    V("bayes-small-noise", {"noise_variance": 0.15, "prior_scale": 0.05}),
    V("bayes-large-noise", {"noise_variance": 6.0, "prior_scale": 2.0}),
    # Refused.
    V("bayes-origin", {"center": (0.0, 0.0)}, refused="center"),
    V("bayes-no-zero", {"prior_scale": 10.0}, refused="prior_scale"),
    V("bayes-strong-prior", {"prior_scale": 0.1}, refused="prior_scale"),
    # The one-weight story fine (ŵ = 3 clears λ/h = 1.25), the 2-D lasso MAP at the origin.
    V("bayes-both-zero", {"prior_scale": 0.1, "weight_center": 3.0}, refused="prior_scale"),
    V("bayes-starts-sticky", {"weight_center": 0.2}, refused="weight_center"),
    V("bayes-weight-zero", {"weight_center": 0.0}, refused="weight_center"),
    V("bayes-ridge-ray", {"hessian": ((6.0, 0.0), (0.0, 3.0)), "center": (2.0, 0.0)},
      refused="center"),
    V("bayes-nan", {"noise_variance": float("nan")}, refused="noise_variance"),
]
