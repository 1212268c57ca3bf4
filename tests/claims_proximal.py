"""The claims SoftThresholding may make, and their facts.

Facts are computed from the scene's class attributes with `regmath` alone: the
exact lasso and ridge solutions (`regmath.solve.penalized`) and the three runs
of `regmath.proximal` (ISTA, the subgradient method, ridge's proximal
gradient), step for step as floating point computes them.
"""

from __future__ import annotations

import numpy as np

from regmath import Quadratic, penalized
from regmath.proximal import (
    gradient_steps,
    proximal_gradient,
    ridge_proximal_gradient,
    ridge_shrink,
    soft_threshold,
    subgradient_descent,
)
from scenes.proximal import SoftThresholding
from tests.claims import NUMBER, TEX_NUMBER, Rule, Variant, agrees, point_agrees, rotated
from tests.claims import caption_form as _tex

#: "Glides to" ridge's solution: the last iterate is this close to it, relative to max |ŵ|
#: (below the readout's last digit).
GLIDE_RTOL = 1e-5
#: A weight as the captions name it.
SUBSCRIPT = {"w₁": 0, "w₂": 1}


def facts_for(scene) -> dict:
    """Everything the claims need, from the scene's data only."""
    loss = Quadratic(center=scene.center, hessian=scene.hessian)
    lam, eta, count = float(scene.strength), float(scene.step), int(scene.steps)
    start = np.asarray(scene.start, dtype=float)
    lasso = penalized(loss, norm="l1", strength=lam)
    ridge = penalized(loss, norm="l2", strength=lam)
    zeros = tuple(i for i in range(2) if lasso.point[i] == 0.0)
    ista = proximal_gradient(loss, strength=lam, steps=count, step=eta, start=start)
    sub = subgradient_descent(loss, strength=lam, steps=count, step=eta, start=start)
    ridge_run = ridge_proximal_gradient(loss, strength=lam, steps=count, step=eta, start=start)
    tau = eta * lam
    facts = {"loss": loss, "lam": lam, "eta": eta, "count": count, "start": start,
             "lasso": lasso, "ridge": ridge, "zeros": zeros, "ista": ista, "sub": sub,
             "ridge_run": ridge_run, "tau": tau,
             "ista_steps": gradient_steps(loss, ista),
             "ridge_steps": gradient_steps(loss, ridge_run)}
    facts["j"] = zeros[0] if len(zeros) == 1 else None
    facts["first"] = ista.first_exact_zero(zeros[0]) if len(zeros) == 1 else None
    # The 1-D operators, sampled: the flat zone [−τ, τ] (ends included) maps to exactly 0,
    # beyond it S moves x by exactly τ towards 0 (to rounding); ridge's x/(1 + τ) is 0
    # only at 0.
    inside = np.linspace(-tau, tau, 201)
    outside = np.concatenate([np.linspace(-4 * tau, -tau, 100)[:-1],
                              np.linspace(tau, 4 * tau, 100)[1:]])
    facts["flat_is_zero"] = bool(np.all(soft_threshold(inside, tau) == 0.0))
    moved = soft_threshold(outside, tau)
    facts["moves_by_tau"] = bool(np.all(moved != 0.0) and np.allclose(
        np.abs(outside) - np.abs(moved), tau, rtol=0, atol=1e-12 * max(tau, 1.0)))
    line = np.concatenate([inside, outside])
    facts["ridge_zero_only_at_0"] = bool(np.all((ridge_shrink(line, tau) == 0.0) == (line == 0.0)))
    facts["ridge_scales"] = bool(np.allclose(ridge_shrink(line, tau) * (1 + tau), line,
                                             rtol=1e-14, atol=0))
    # ISTA is the two moves: the prox of each gradient step is the next iterate, bit for bit.
    facts["two_moves"] = bool(np.array_equal(soft_threshold(facts["ista_steps"], tau),
                                              ista.points[1:]))
    column = sub.points[:, facts["j"] if facts["j"] is not None else 0]
    facts["sub_crossings"] = int(np.count_nonzero(np.sign(column[1:]) != np.sign(column[:-1])))
    return facts


def _star(m, f) -> bool:
    j = SUBSCRIPT[m.group(2)]
    return (point_agrees(m.group(1), f["lasso"].point) and f["zeros"] == (j,))


def _outside(m, f) -> bool:
    """Every gradient step before the landing is outside the strip, and S moves it towards
    0 by ηλ (never to 0)."""
    j, k = SUBSCRIPT[m.group(1)], f["first"]
    if f["j"] != j or SUBSCRIPT[m.group(2)] != j or k is None:
        return False
    before = f["ista_steps"][: k - 1, j]
    after = f["ista"].points[1:k, j]
    return (bool(np.all(np.abs(before) > f["tau"])) and bool(np.all(after != 0.0))
            and bool(np.allclose(np.abs(before) - np.abs(after), f["tau"], rtol=0,
                                 atol=1e-12 * max(f["tau"], 1.0))))


def _near_miss(m, f) -> bool:
    """The last gradient step before the landing: outside the strip (by at most a quarter
    of ηλ when "just"), and S leaves the weight nonzero."""
    p, j = int(m.group(1)), f["j"]
    if j is None or f["first"] is None or p != f["first"] - 1 or p < 1:
        return False
    value, shrunk = f["ista_steps"][p - 1, j], f["ista"].points[p, j]
    miss = abs(value) - f["tau"]
    return (agrees(m.group(2), value) and agrees(m.group(4), shrunk) and miss > 0.0
            and shrunk != 0.0 and (m.group(3) is None or miss <= 0.25 * f["tau"]))


def _landing(m, f) -> bool:
    k, j = int(m.group(1)), SUBSCRIPT[m.group(2)]
    if f["j"] != j or f["first"] != k or SUBSCRIPT[m.group(6)] != j:
        return False
    value = f["ista_steps"][k - 1, j]
    return (agrees(m.group(3), value) and agrees(m.group(4), abs(value))
            and agrees(m.group(5), f["tau"]) and abs(value) <= f["tau"]
            and f["ista"].points[k, j] == 0.0)


def _stays(m, f) -> bool:
    n, k, last, j = int(m.group(1)), int(m.group(2)), int(m.group(3)), SUBSCRIPT[m.group(4)]
    if f["j"] != j or f["first"] != k:
        return False
    later = f["ista_steps"][k:, j]
    return (n == f["ista"].exact_zero_count(j) == f["count"] - k + 1 and last == f["count"]
            and bool(np.all(np.abs(later) <= f["tau"])))


def _motion(m, f) -> bool:
    j = SUBSCRIPT[m.group(1)]
    crossings = f["sub_crossings"]
    kind = m.group(2)
    shape = {"zig-zags across the axis": crossings >= 2, "crosses the axis once": crossings == 1,
             "creeps towards the axis": crossings == 0}[kind]
    column = f["sub"].points[:, j]
    # Each "value at k = i" is the run's iterate i, nonzero, as shown.
    pairs = [v.strip().split(" at k = ") for v in m.group(3).split(",")]
    shown = all(len(p) == 2 and 0 <= int(p[1]) < column.size and column[int(p[1])] != 0.0
                and agrees(p[0], column[int(p[1])]) for p in pairs)
    return f["j"] == j and shape and shown and len(pairs) >= 1


def _verdict(m, f) -> bool:
    j = f["j"]
    if j is None:
        return False
    zeros = f["sub"].exact_zero_count(j)
    total = f["count"] + 1
    if m.group(1) is not None:
        return int(m.group(1)) == total and zeros == 0 and SUBSCRIPT[m.group(2)] == j
    return (int(m.group(3)) == zeros >= 1 and int(m.group(4)) == total
            and SUBSCRIPT[m.group(5)] == j)


def _ridge(m, f) -> bool:
    run = f["ridge_run"].points
    scale = float(np.max(np.abs(f["loss"].center)))
    target = f["ridge"].point
    if m.group(1) == "to":
        there = bool(np.allclose(run[-1], target, rtol=0, atol=GLIDE_RTOL * scale))
    else:  # "towards": not there yet, but every iterate nearer than the start
        distance = np.linalg.norm(run - target, axis=1)
        there = bool(np.all(distance[1:] < distance[0])) and not np.allclose(
            run[-1], target, rtol=0, atol=GLIDE_RTOL * scale)
    return (point_agrees(m.group(2), target) and bool(np.all(run != 0.0))
            and bool(np.all(target != 0.0)) and there)


def _step_from_zero(m, f) -> bool:
    """The run's last gradient step starts on the axis; its w_j is −η ∂f/∂w_j there, inside
    the strip, and S keeps the weight 0."""
    j = f["j"]
    if j is None or any(SUBSCRIPT[m.group(i)] != j for i in (1, 2, 3)):
        return False
    before, landing = f["ista"].points[-2], f["ista_steps"][-1]
    return (before[j] == 0.0 and agrees(m.group(4), landing[j])
            and agrees(m.group(4), -f["eta"] * float(f["loss"].gradient(before)[j]))
            and abs(landing[j]) <= f["tau"] and f["ista"].points[-1, j] == 0.0)


def _kkt(m, f) -> bool:
    j = f["j"]
    if j is None or SUBSCRIPT[m.group(1)] != j or SUBSCRIPT[m.group(2)] != j:
        return False
    slope = abs(float(f["lasso"].gradient[j]))
    return (agrees(m.group(3), slope) and agrees(m.group(4), f["lam"]) and slope <= f["lam"]
            and f["lasso"].point[j] == 0.0)


RULES = [
    Rule("w* has one exact zero",
         rf"The lasso's solution here is w\* = (\({NUMBER}, {NUMBER}\)): its (w[₁₂])\* is "
         r"exactly 0", _star, ("question",)),
    # A question and its rhetorical alternative, not a computed value.
    Rule("the question", r"how does an iteration land on exactly 0, and not on 10⁻⁹\?",
         lambda m, f: True, ("question",)),
    # The definition of the prox of τ|·|, with its ½ and square.
    Rule("prox definition", r"the minimizer of ½\(z − x\)² \+ τ\|z\|, is z = Sτ\(x\)",
         lambda m, f: True, ("soft-threshold",)),
    Rule("τ is ηλ", rf"Here τ = ({NUMBER}) \(later ηλ\)",
         lambda m, f: agrees(m.group(1), f["tau"]), ("soft-threshold",)),
    Rule("moves by τ", r"Outside the flat zone, Sτ moves x towards 0 by τ",
         lambda m, f: f["moves_by_tau"], ("soft-threshold",)),
    Rule("flat zone", r"Every x with \|x\| ≤ τ maps to exactly 0",
         lambda m, f: f["flat_is_zero"], ("soft-threshold",)),
    Rule("ridge scales", r"Ridge's step x/\(1 \+ τ\) only scales: a line through the origin, "
         r"0 only at x = 0", lambda m, f: f["ridge_scales"] and f["ridge_zero_only_at_0"],
         ("soft-threshold",)),
    Rule("data", rf"with λ = ({NUMBER}) and step η = ({NUMBER})",
         lambda m, f: agrees(m.group(1), f["lam"]) and agrees(m.group(2), f["eta"]), ("ista",)),
    Rule("two moves", r"ISTA repeats two moves: a gradient step −η∇f \(violet\), then S with "
         r"τ = ηλ on each weight \(orange\)", lambda m, f: f["two_moves"], ("ista",)),
    Rule("strips", rf"The shaded strips \|wᵢ\| ≤ ηλ = ({NUMBER}) are its flat zones",
         lambda m, f: agrees(m.group(1), f["tau"]) and f["flat_is_zero"], ("ista",)),
    Rule("outside", r"Outside the (w[₁₂]) strip a step only shrinks (w[₁₂]) by ηλ", _outside,
         ("ista",)),
    Rule("near miss", rf"Step (\d+) lands at ({NUMBER}), (just )?outside: shrunk to ({NUMBER}), "
         r"not zeroed", _near_miss, ("ista",)),
    Rule("landing", rf"Step (\d+): the gradient step puts (w[₁₂]) at ({NUMBER}), inside the "
         rf"strip \(({NUMBER}) ≤ ({NUMBER})\), and S snaps it onto the axis: (w[₁₂]) = 0 exactly",
         _landing, ("ista",)),
    Rule("stays", r"It stays 0: each later gradient step lands back inside the strip, so all "
         r"(\d+) iterates from k = (\d+) to (\d+) have (w[₁₂]) = 0", _stays, ("ista",)),
    # The plot's scale and its 0 row, as `build_kplot` draws them (test_the_log_plot...).
    Rule("plot", r"Below, \|(w[₁₂])\| against k on a log scale, with exact 0 on its own row",
         lambda m, f: SUBSCRIPT[m.group(1)] == f["j"], ("ista",)),
    Rule("subgradient steps", r"The subgradient method from the same w₀, with steps "
         r"η/√\(k\+1\), has no flat zone",
         lambda m, f: f["sub"].method == "subgradient descent", ("subgradient",)),
    Rule("motion", rf"(w[₁₂]) (zig-zags across the axis|crosses the axis once|creeps towards "
         rf"the axis): ((?:{NUMBER} at k = \d+(?:, )?)+);", _motion, ("subgradient",)),
    Rule("verdict", r"none of its (\d+) iterates has (w[₁₂]) exactly 0|only (\d+) of its (\d+) "
         r"iterates ha(?:s|ve) (w[₁₂]) exactly 0", _verdict, ("subgradient",)),
    Rule("ridge glides", rf"Ridge's proximal step only scales: its iterates glide (to|towards) "
         rf"ridge's solution (\({NUMBER}, {NUMBER}\)), and no weight is ever exactly 0", _ridge,
         ("ridge",)),
    # The optimality condition at the zero weight (the subdifferential of λ|·| at 0 is
    # λ[−1, 1]), with the data's slope and λ.
    Rule("kkt", rf"Why: the optimality condition for w[₁₂]\* = 0 is 0 ∈ ∂f/∂(w[₁₂])\(w\*\) "
         rf"\+ λ·\[−1, 1\], that is "
         rf"\|∂f/∂(w[₁₂])\(w\*\)\| ≤ λ: here ({NUMBER}) ≤ ({NUMBER})", _kkt, ("why",)),
    # w_j − η∂f/∂w_j with w_j = 0 is −η∂f/∂w_j, and |·| ≤ ηλ ⇔ |∂f/∂w_j| ≤ λ (η > 0).
    Rule("step from 0", rf"Times η, it is the strip: from (w[₁₂]) = 0 the gradient step puts "
         rf"(w[₁₂]) at −η∂f/∂(w[₁₂]) = ({NUMBER}), inside it",
         _step_from_zero, ("why",)),
    # The prox's optimality condition at z = 0 (a definition; the flat zone is checked).
    Rule("flat rule", r"S's flat zone is the same rule: 0 ∈ z − x \+ τ∂\|z\| "
         r"at z = 0 ⇔ \|x\| ≤ τ", lambda m, f: f["flat_is_zero"], ("why",)),
    Rule("same zero", r"the algorithm's exact 0 is the solution's",
         lambda m, f: f["j"] is not None and f["ista"].points[-1, f["j"]] == 0.0
         and f["lasso"].point[f["j"]] == 0.0, ("why",)),
]


def _listed(tex: str, f) -> bool:
    """Values as TeX lists them, "value\\,(k{=}i)": each the subgradient run's iterate i,
    nonzero."""
    import re

    column = f["sub"].points[:, f["j"]]
    items = [re.fullmatch(r"\{(.*)\}\\,\(k\{=\}(\d+)\)", v.strip()) for v in tex.split(r",\ ")]
    return bool(items) and all(
        m is not None and int(m.group(2)) < column.size and column[int(m.group(2))] != 0.0
        and agrees(_tex(m.group(1)), column[int(m.group(2))]) for m in items)


def _screen_star(m, f) -> bool:
    return point_agrees(f"({_tex(m.group(1))}, {_tex(m.group(2))})", f["lasso"].point)


SCREEN_RULES = [
    Rule("w* on screen", rf"^w\^\* = \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)$", _screen_star),
    Rule("question on screen", r"10\^\{-9\}\?$", lambda m, f: True),
    Rule("τ on screen", rf"^\\tau = ({TEX_NUMBER})\\ \(\\text\{{later \}}\\eta\\lambda\)$",
         lambda m, f: agrees(_tex(m.group(1)), f["tau"])),
    Rule("data on screen", rf"^\\lambda = ({TEX_NUMBER}),\\ \\ \\eta = ({TEX_NUMBER}),\\ \\ "
         rf"\\eta\\lambda = ({TEX_NUMBER})$",
         lambda m, f: agrees(_tex(m.group(1)), f["lam"]) and agrees(_tex(m.group(2)), f["eta"])
         and agrees(_tex(m.group(3)), f["tau"])),
    Rule("zero note on screen", r"^w_(\d) = 0 \\text\{ from \} k = (\d+) \\text\{ on\}$",
         lambda m, f: f["j"] == int(m.group(1)) - 1 and f["first"] == int(m.group(2))
         and f["ista"].exact_zero_count(f["j"]) == f["count"] - f["first"] + 1),
    Rule("slope on screen", rf"^\\iff \|\\partial f/\\partial w_(\d)\(w\^\*\)\| = ({TEX_NUMBER}) "
         rf"\\le \\lambda = ({TEX_NUMBER})$",
         lambda m, f: f["j"] == int(m.group(1)) - 1
         and abs(float(f["lasso"].gradient[f["j"]])) < f["lam"]
         and agrees(_tex(m.group(2)), abs(float(f["lasso"].gradient[f["j"]])))
         and agrees(_tex(m.group(3)), f["lam"])),
    # The values, one piece each (a comma after all but the last).
    Rule("near-0 values on screen", r"^w_(\d):\\ (.*?),?$",
         lambda m, f: f["j"] == int(m.group(1)) - 1 and _listed(m.group(2), f)),
    Rule("later near-0 values on screen", r"^(\{[^}]*\}\\,\(k\{=\}\d+\)),?$",
         lambda m, f: _listed(m.group(1), f)),
    Rule("kkt on screen", r"^0 \\in \\partial f/\\partial w_(\d)\(w\^\*\) \+ \\lambda\\,\[-1,\\ 1\]$",
         lambda m, f: f["j"] == int(m.group(1)) - 1 and f["lasso"].point[f["j"]] == 0.0),
    Rule("flat rule on screen", r"^0 \\in z - x \+ \\tau\\,\\partial\|z\| \\text\{ at \} z = 0 "
         r"\\iff \|x\| \\le \\tau$", lambda m, f: f["flat_is_zero"]),
]


def rules_for(scene) -> list[Rule]:
    return list(RULES)


# ------------------------------------------------------------------ variants
def V(name: str, data: dict, refused: str | None = None) -> Variant:
    return Variant(SoftThresholding, name, data, refused, story="proximal")


MIRROR_X = ((2.0, -0.6), (-0.6, 1.0))
VARIANTS = [
    # ŵ in each quadrant: the default data mirrored (the zero weight is w₂ throughout).
    V("quadrant-2", {"center": (-2.0, 0.5), "hessian": MIRROR_X, "start": (0.5, 2.0)}),
    V("quadrant-3", {"center": (-2.0, -0.5), "start": (0.5, -2.0)}),
    V("quadrant-4", {"center": (2.0, -0.5), "hessian": MIRROR_X, "start": (-0.5, -2.0)}),
    # The weights swapped: w₁ is the one that lands on 0.
    V("w1-zero", {"center": (0.5, 2.0), "hessian": ((1.0, 0.6), (0.6, 2.0)),
                  "start": (2.0, -0.5)}),
    # Default step 1/L-ish and a small one.
    V("small-step", {"step": 0.15, "steps": 60}),
    # cond(H) = 20, tilted: the lasso needs a large λ for a zero, and η < 1/L is small.
    V("large-cond", {"hessian": rotated(20.0, 1.0, 0.3), "strength": 8.0, "step": 0.045,
                     "start": (2.0, 2.0)}),
    V("cond-1e4", {"hessian": rotated(1e4, 1.0, 0.3), "step": 1e-4}, refused="step"),
    V("zeroes-both", {"strength": 5.0}, refused="strength"),
    V("zeroes-none", {"strength": 0.2}, refused="strength"),
    V("not-strict", {"strength": 0.6}, refused="strength"),
    V("origin", {"center": (0.0, 0.0)}, refused="center"),
    V("step-too-large", {"step": 0.9}, refused="step"),
    V("too-few-steps", {"steps": 5}, refused="steps"),
    V("tiny-step", {"step": 0.005, "steps": 200}, refused="step"),
    V("start-on-axis", {"start": (1.0, 0.0)}, refused="start"),
    V("nan-center", {"center": (float("nan"), 1.0)}, refused="center"),
    V("singular", {"hessian": ((1.0, 1.0), (1.0, 1.0))}, refused="hessian"),
    # A lecturer's nearly singular H (issue 9): the zero is not strictly complementary;
    # the refusal names hessian, which they wrote, not the default strength.
    # A lecturer's far start (issue 9): the view fitted to it left the flat zone 3 px wide.
    V("far-start", {"start": (40.0, -40.0)}, refused="start"),
    V("near-singular-not-strict", {"hessian": ((1.0, 0.999), (0.999, 1.0)),
                                   "center": (2.0, 0.5), "step": 0.5}, refused="hessian"),
]
