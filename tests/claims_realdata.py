"""The claims DiabetesLassoPath may make, and their facts.

Facts are computed from the scene's class attribute (``radius``, the chosen t) with
`regmath.diabetes` alone: the data, the exact path against t, the lasso at t and
ridge at the same training loss. Feature names are the paper's (`FEATURES`); the
entry order is also checked against the paper's own (`PAPER_ENTRY_ORDER`).
"""

from __future__ import annotations

import math

import numpy as np

from regmath.diabetes import (
    FEATURES,
    PAPER_ENTRY_ORDER,
    diabetes_data,
    diabetes_path,
    inner_products,
    ridge_same_fit,
    scaled_inner_products,
    training_loss,
)
from scenes.realdata import DiabetesLassoPath
from tests.claims import NUMBER, TEX_NUMBER, Rule, Variant, agrees
from tests.claims import caption_form as _tex

#: "Moves in a straight line between knots": the path at interior points of a segment
#: equals the chord between its knots to this, relative to max |ŵ|.
STRAIGHT_RTOL = 1e-12
KKT_RTOL = 1e-10
NAME = r"(age|sex|bmi|bp|tc|ldl|hdl|tch|ltg|glu)"


def facts_for(scene) -> dict:
    """Everything the claims need, from the scene's data only."""
    x, _ = diabetes_data()
    path = diabetes_path()
    t = float(scene.radius)
    lasso = path.at(t)
    loss = path.loss
    fit = ridge_same_fit(loss, float(loss.value(lasso)))
    scale = float(np.max(np.abs(loss.center)))
    straight = True
    for k in range(len(path.radii) - 1):
        a, b = path.radii[k], path.radii[k + 1]
        for share in (0.25, 0.5, 0.75):
            chord = path.points[k] + share * (path.points[k + 1] - path.points[k])
            straight &= bool(np.allclose(path.at(a + share * (b - a)), chord, rtol=0,
                                         atol=STRAIGHT_RTOL * scale))
    order = tuple(FEATURES[j] for j in path.entry_order)
    leaving = [(k, e) for k, e in enumerate(path.events) if e.leaving]
    facts = {"x": x, "path": path, "t": t, "lasso": lasso, "fit": fit, "order": order,
             "straight": straight, "end": path.end,
             "paper": tuple(j + 1 for j in path.entry_order) == PAPER_ENTRY_ORDER}
    facts["leaving"] = leaving
    return facts


def _names(m, f, start: int) -> bool:
    names = tuple(m.group(i) for i in range(1, m.re.groups + 1) if m.group(i) in FEATURES)
    return names == f["order"][start:start + len(names)]


def _joins_one_by_one(m, f, start: int) -> bool:
    """Each named feature joins alone at its own knot (no leaving there)."""
    path = f["path"]
    names = [m.group(i) for i in range(1, 5)]
    events = [e for e in path.events if e.joining and not e.leaving]
    firsts: list[int] = []
    for e in events:
        firsts.extend(j for j in e.joining if j not in firsts)
    singles = all(len(e.joining) == 1 for e in events)
    return singles and _names(m, f, start) and all(FEATURES.index(n) in firsts for n in names)


def _entry_radius(f, name: str) -> float:
    path, j = f["path"], FEATURES.index(name)
    return float(next(path.radii[k] for k, e in enumerate(path.events) if j in e.joining))


def _at_lambda(m, f) -> bool:
    """At its entry knot each named weight's inner product with the residual,
    |xⱼᵀ(y − Xw)|, meets λ (to rounding: KKT_RTOL of λ_max), having been below the
    λ of the knot before (λ falls to meet it); and λ falls along the path."""
    path = f["path"]
    x, y = diabetes_data()
    falling = bool(np.all(np.diff(path.strengths) < 0.0))
    for i in range(1, 5):
        j = FEATURES.index(m.group(i))
        k = next(k for k, e in enumerate(path.events) if j in e.joining)
        c = inner_products(path, path.radii[k])
        direct = abs(float(x[:, j] @ (y - x @ path.points[k])))
        if abs(c[j] - path.strengths[k]) > KKT_RTOL * path.strengths[0] or \
                abs(direct - c[j]) > KKT_RTOL * path.strengths[0]:
            return False
        if k == 0 or inner_products(path, path.radii[k - 1])[j] >= path.strengths[k - 1]:
            return False
    return falling


def _absence(f) -> tuple[int, float, float] | None:
    """The one weight that leaves and returns: (its index, t where it leaves, t where it
    returns), after checking it is exactly 0 in between; None if there is no such weight."""
    if len(f["leaving"]) != 1:
        return None
    path = f["path"]
    k0, event = f["leaving"][0]
    j = event.leaving[0]
    back = [k for k in range(k0 + 1, len(path.events)) if j in path.events[k].joining]
    if not back:
        return None
    t0, t1 = path.radii[k0], path.radii[back[0]]
    if not all(path.at(t)[j] == 0.0 for t in np.linspace(t0, t1, 9)):
        return None
    return j, t0, t1


def _span(m, f) -> bool:
    absence = _absence(f)
    if absence is None or FEATURES[absence[0]] != m.group(2):
        return False
    j, t0, t1 = absence
    path = f["path"]
    before, after = path.at(t0 - 1e-6 * path.end)[j], path.at(t1 + 1e-6 * path.end)[j]
    return (agrees(m.group(1), t0) and agrees(m.group(3), t1)
            and before != 0.0 and after != 0.0 and np.sign(before) == -np.sign(after))


def _kkt_signs(f) -> bool:
    """xⱼᵀr / λ = sign(wⱼ) on the weights in the model and |xⱼᵀr| ≤ λ off them, at the
    knots and inside every segment before ‖ŵ‖₁ (checked against X and y directly)."""
    path = f["path"]
    x, y = diabetes_data()
    for k in range(len(path.radii) - 1):
        for share in (0.0, 0.5):
            t = path.radii[k] + share * (path.radii[k + 1] - path.radii[k])
            w, lam = path.at(t), path.strength_at(t)
            c = x.T @ (y - x @ w)
            s = scaled_inner_products(path, t)
            if not np.allclose(s * lam, c, rtol=0, atol=KKT_RTOL * path.strengths[0]):
                return False
            on = w != 0.0
            if not (np.allclose(s[on], np.sign(w[on]), atol=1e-9)
                    and np.all(np.abs(s[~on]) <= 1.0 + 1e-9)):
                return False
    return True


def _span_signs(m, f) -> bool:
    """`_span`, and hdl's xⱼᵀr / λ is −1 where it leaves (it was negative), changes sign
    inside the span and is +1 where it returns (it comes back positive)."""
    absence = _absence(f)
    if absence is None or not _span(_Groups(m.group(1), m.group(2), m.group(3)), f):
        return False
    j, t0, t1 = absence
    path = f["path"]
    inside = [scaled_inner_products(path, t)[j] for t in np.linspace(t0, t1, 9)]
    before = path.at(t0 - 1e-6 * path.end)[j]
    return (math.isclose(inside[0], -1.0, abs_tol=1e-9) and before < 0.0
            and math.isclose(inside[-1], 1.0, abs_tol=1e-9)
            and any(a < 0.0 < b for a, b in zip(inside, inside[1:])))


class _Groups:
    """Three matched groups, as `_span` reads them."""

    def __init__(self, *groups: str) -> None:
        self.groups = groups

    def group(self, i: int) -> str:
        return self.groups[i - 1]


def _keeps(m, f) -> bool:
    t, lasso, ridge = f["t"], f["lasso"], f["fit"].point
    kept, ridge_kept = int(np.count_nonzero(lasso)), int(np.count_nonzero(ridge))
    said = 10 if m.group(4) == "all 10" else int(m.group(4))
    same = math.isclose(f["fit"].value, float(f["path"].loss.value(lasso)), rel_tol=1e-12,
                        abs_tol=1e-9)
    return (agrees(m.group(1), t) and 0.0 < t < f["end"] and int(m.group(2)) == kept
            and int(m.group(3)) == lasso.size == 10 and said == ridge_kept and same)


def _norm_exceeds(text: str, f) -> bool:
    lasso, ridge = f["lasso"], f["fit"].point
    norm = float(np.sum(np.abs(ridge)))
    same = math.isclose(f["fit"].value, float(f["path"].loss.value(lasso)), rel_tol=1e-12,
                        abs_tol=1e-9)
    return same and agrees(text, norm) and norm > f["t"] and 0.0 < f["t"] < f["end"]


def _zeros(m, f) -> bool:
    lasso, ridge = f["lasso"], f["fit"].point
    norm = float(np.sum(np.abs(ridge)))
    same = math.isclose(f["fit"].value, float(f["path"].loss.value(lasso)), rel_tol=1e-12,
                        abs_tol=1e-9)
    return same and (int(m.group(1)) == int(np.count_nonzero(lasso == 0.0)) and agrees(m.group(2), norm)
            and norm > f["t"] and 0.0 < f["t"] < f["end"])


RULES = [
    Rule("data", r"The diabetes data of the LARS paper: (\d+) patients, (\d+) features",
         lambda m, f: (int(m.group(1)), int(m.group(2))) == f["x"].shape, ("data",)),
    # The problem's definition: the budget is the L1 norm.
    Rule("budget", r"The lasso fits y with a budget t = ‖w‖₁", lambda m, f: True, ("data",)),
    Rule("first three", rf"As t grows from 0, each curve is one weight: {NAME} enters first, "
         rf"then {NAME} and {NAME}",
         lambda m, f: _names(m, f, 0) and f["path"].radii[0] == 0.0, ("data",)),
    Rule("straight", r"[Bb]etween knots every weight moves in a straight line",
         lambda m, f: f["straight"], ("path",)),
    # The KKT rule in units of λ, along the whole path before ‖ŵ‖₁.
    Rule("kkt", r"In units of λ, a weight in the model has xⱼᵀr = λ·sign\(wⱼ\); a weight at "
         r"0 has \|xⱼᵀr\| ≤ λ", lambda m, f: _kkt_signs(f), ("hdl",)),
    # The penalized form: ½‖y − Xw‖² + λ‖w‖₁ has the same path, λ its multiplier.
    Rule("next four", rf"With a price λ on ‖w‖₁ instead, a weight joins when the falling λ "
         rf"meets its \|xⱼᵀr\|: {NAME}, {NAME}, {NAME} and {NAME}",
         lambda m, f: _joins_one_by_one(m, f, 3) and _at_lambda(m, f), ("path",)),
    Rule("last three", rf"Then {NAME}, {NAME}, and {NAME} last: the paper's order, all 10 in "
         rf"by t = ({NUMBER})",
         lambda m, f: _names(m, f, 7) and len(f["order"]) == 10 and f["paper"]
         and agrees(m.group(4), _entry_radius(f, m.group(3))), ("path",)),
    Rule("one leaves", rf"One weight leaves: {NAME} heads for 0",
         lambda m, f: len(f["leaving"]) == 1
         and FEATURES[f["leaving"][0][1].leaving[0]] == m.group(1), ("hdl",)),
    Rule("span", rf"At t = ({NUMBER}), {NAME} is exactly 0: its bar leaves −λ and crosses "
         rf"0, reaching \+λ at t = ({NUMBER}), so it returns with the opposite sign",
         _span_signs, ("hdl",)),
    Rule("end", rf"At t = ‖ŵ‖₁ = ({NUMBER}) the budget no longer binds: w = ŵ",
         lambda m, f: agrees(m.group(1), f["end"])
         and np.array_equal(f["path"].at(f["end"]), f["path"].loss.center), ("end",)),
    Rule("keeps", rf"Back at t = ({NUMBER}): the lasso keeps (\d+) of the (\d+) features; "
         r"ridge, tuned to the same training loss, keeps (all 10|\d+)", _keeps, ("compare",)),
    Rule("at zero", r"Back at t = 0: the lasso is w = 0, and ridge at the same training loss "
         r"is w = 0 too: no feature is kept by either",
         lambda m, f: f["t"] == 0.0 and not np.any(f["lasso"]) and not np.any(f["fit"].point),
         ("compare",)),
    Rule("beyond", rf"At t = ({NUMBER}) ≥ ‖ŵ‖₁ the lasso is ŵ, and ridge at the same training "
         r"loss is ŵ too: both keep all 10",
         lambda m, f: agrees(m.group(1), f["t"]) and f["t"] >= f["end"]
         and np.array_equal(f["lasso"], f["path"].loss.center)
         and np.array_equal(f["fit"].point, f["path"].loss.center)
         and np.all(f["path"].loss.center != 0.0), ("compare",)),
    Rule("no zeros", rf"Same training loss, and no weight is 0 in either, but ridge's "
         rf"‖w‖₁ = ({NUMBER}) exceeds t",
         lambda m, f: bool(np.all(f["lasso"] != 0.0)) and bool(np.all(f["fit"].point != 0.0))
         and _norm_exceeds(m.group(1), f), ("compare",)),
    Rule("zeros", rf"Same training loss, but the lasso's other (\d+) weights are exactly 0, and ridge's "
         rf"‖w‖₁ = ({NUMBER}) exceeds t", _zeros, ("compare",)),
]


def _row(m, f) -> bool:
    j = FEATURES.index(m.group(1))
    return (agrees(_tex(m.group(2)), float(f["lasso"][j]))
            and agrees(_tex(m.group(3)), float(f["fit"].point[j])))


def _zero_note(m, f) -> bool:
    absence = _absence(f)
    return (absence is not None and FEATURES[absence[0]] == m.group(1)
            and agrees(_tex(m.group(2)), absence[1]) and agrees(_tex(m.group(3)), absence[2]))


SCREEN_RULES = [
    Rule("X on screen", r"^X:\\ (\d+) \\times (\d+)$",
         lambda m, f: (int(m.group(1)), int(m.group(2))) == f["x"].shape),
    Rule("scaling on screen", r"^\\\|x_j\\\| = 1,\\ \\ y\\ \\text\{centred\}$",
         lambda m, f: bool(np.allclose(np.sum(f["x"] ** 2, axis=0), 1.0, rtol=1e-12))
         and bool(np.allclose(f["x"].mean(axis=0), 0.0, atol=1e-12))
         and abs(float(np.mean(diabetes_data()[1]))) < 1e-9 * float(np.max(np.abs(
             diabetes_data()[1])))),
    # The lasso is the unique minimiser over the ball (H positive definite) and the budget
    # binds, so no other w with ‖w‖₁ ≤ t has its loss.
    Rule("why on screen", r"^\\text\{only the lasso has this loss with \} \\\|w\\\|_1 \\le t$",
         lambda m, f: bool(np.all(np.linalg.eigvalsh(f["path"].loss.hessian) > 0.0))
         and 0.0 < f["t"] < f["end"] and not np.array_equal(f["fit"].point, f["lasso"])),
    Rule("data on screen", r"^(\d+) \\text\{ patients\},\\ (\d+) \\text\{ features\}$",
         lambda m, f: (int(m.group(1)), int(m.group(2))) == f["x"].shape),
    Rule("count on screen", rf"^t = ({TEX_NUMBER}):\\ \\text\{{lasso keeps \}} (\d+),\\ "
         rf"\\text\{{ridge \}} (\d+)$",
         lambda m, f: agrees(_tex(m.group(1)), f["t"])
         and int(m.group(2)) == int(np.count_nonzero(f["lasso"]))
         and int(m.group(3)) == int(np.count_nonzero(f["fit"].point))),
    Rule("row on screen", rf"^\\text\{{{NAME}\}} \{{({TEX_NUMBER})\}} \{{({TEX_NUMBER})\}}$",
         _row),
    Rule("norm on screen", rf"^\\text\{{ridge: \}} \\\|w\\\|_1 = ({TEX_NUMBER}) > t$",
         lambda m, f: agrees(_tex(m.group(1)), float(np.sum(np.abs(f["fit"].point))))
         and float(np.sum(np.abs(f["fit"].point))) > f["t"]),
    Rule("zero note on screen", rf"^\\text\{{{NAME}\}} = 0\\ \\text\{{for\}}\\ ({TEX_NUMBER}) "
         rf"\\le t \\le ({TEX_NUMBER})$", _zero_note),
    Rule("loss on screen", rf"^\\tfrac12\\\|y - Xw\\\|\^2 = ({TEX_NUMBER})\\ "
         r"\\text\{for both\}$",
         lambda m, f: agrees(_tex(m.group(1)), training_loss(f["lasso"]))
         and agrees(_tex(m.group(1)), training_loss(f["fit"].point))),
    Rule("end on screen", rf"^t = \\\|\\hat w\\\|_1 = ({TEX_NUMBER}):\\ \\ w = \\hat w$",
         lambda m, f: agrees(_tex(m.group(1)), f["end"])
         and np.array_equal(f["path"].at(f["end"]), f["path"].loss.center)),
]


def rules_for(scene) -> list[Rule]:
    return list(RULES)


# ------------------------------------------------------------------ variants
def V(name: str, data: dict, refused: str | None = None) -> Variant:
    return Variant(DiabetesLassoPath, name, data, refused, story="realdata")


_PATH = diabetes_path()
#: hdl's span at exactly 0 (between the knot where it leaves and the one where it returns).
_HDL = FEATURES.index("hdl")
_LEAVE = next(k for k, e in enumerate(_PATH.events) if _HDL in e.leaving)
VARIANTS = [
    V("t-zero", {"radius": 0.0}),
    V("t-tiny", {"radius": 1e-6}),
    # Exactly at the knot where hdl joins: its weight is exactly 0 there.
    V("at-knot", {"radius": float(_PATH.radii[3])}),
    V("hdl-absent", {"radius": float(0.5 * (_PATH.radii[_LEAVE] + _PATH.radii[_LEAVE + 1]))}),
    V("at-ols", {"radius": _PATH.end}),
    V("beyond-ols", {"radius": 1.25 * _PATH.end}),
    V("negative", {"radius": -1.0}, refused="radius"),
    V("nan", {"radius": float("nan")}, refused="radius"),
    V("far-beyond", {"radius": 5.0 * _PATH.end}, refused="radius"),
]
VARIANTS += [
    # Inside the first segment: the lasso keeps bmi alone.
    V("one-kept", {"radius": 0.5 * float(_PATH.radii[1])}),
    # Just under ‖ŵ‖₁: all ten weights nonzero, the budget still binding.
    V("near-ols", {"radius": 0.99 * _PATH.end}),
    # The largest t allowed (MAX_REACH ‖ŵ‖₁): the plot reaches twice the path's end.
    V("max-reach", {"radius": 2.0 * _PATH.end}),
]
