"""The claims L1Tangency, L2Tangency and InactiveConstraint may make, and their facts.

Facts are computed from the scene's class attributes with `regmath` alone:
the constrained solution, and along the drag path (`regmath.center_paths`)
the solutions before and after the change of kind.
"""

from __future__ import annotations

import re

import numpy as np

from regmath import Quadratic, constrained
from regmath.center_paths import corner_exit, inward_path
from regmath.facts import inside_ball, isotropic, shrink_factors, solution_kind
from regmath.lp import lp_norm
from tests.claims import NUMBER, SUBSCRIPT, Rule, agrees, point_agrees

TEX_NUMBER = r"-?\d+(?:\.\d+)?(?:\\times 10\^\{-?\d+\})?"


def _tex(text: str) -> str:
    """A TeX number in caption form, for `agrees`."""
    text = text.replace("-", "−")
    match = re.match(r"(.*)\\times 10\^\{(-?\d+)\}", text)
    if match:
        power = match.group(2).replace("-", "⁻").translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
        return f"{match.group(1)}×10{power}"
    return text


def _solve(loss: Quadratic, center: np.ndarray, norm: str, radius: float):
    moved = Quadratic(center=center, hessian=loss.hessian)
    return constrained(moved, norm=norm, radius=radius)


def facts_for(scene) -> dict:
    """Everything the claims need, from the scene's data only."""
    loss = Quadratic(center=scene.center, hessian=scene.hessian)
    norm, t = scene.norm, float(scene.radius)
    sol = constrained(loss, norm=norm, radius=t)
    facts = {"loss": loss, "norm": norm, "t": t, "sol": sol, "kind": solution_kind(sol),
             "inside": inside_ball(loss.center, norm=norm, radius=t),
             "isotropic": isotropic(loss)}
    if isinstance_by_name(scene, "InactiveConstraint"):
        path = inward_path(loss, norm=norm, radius=t)
        facts["start"] = _solve(loss, path.at(0.0), norm, t)
        s = float(path.crossing)
        facts["zero_after_crossing"] = _solve(loss, path.at(min(s + 1e-9, 1.0)), norm, t).multiplier == 0.0
        facts["positive_before_crossing"] = _solve(loss, path.at(s - 1e-6), norm, t).multiplier > 0.0
        p = 1.0 if norm == "l1" else 2.0
        facts["slack"] = t - lp_norm(sol.point, p)
    elif norm == "l1":
        path = corner_exit(loss, t)
        s = float(path.crossing)
        before = [_solve(loss, path.at(x), norm, t) for x in np.linspace(0.0, s, 12)[:-1]]
        facts["held"] = all(np.array_equal(b.point, before[0].point) and b.at_corner for b in before)
        facts["end"] = _solve(loss, path.at(1.0), norm, t)
    else:
        facts["factors"] = shrink_factors(loss, sol)
    return facts


def _index(match: re.Match, group: int = 1) -> int:
    return SUBSCRIPT[match.group(group)]


GENERAL_RULES = [
    Rule("λ nonnegative", r"λ ≥ 0", lambda m, f: f["sol"].multiplier >= 0.0),
    Rule("no gradient inside", r"∇f = 0",
         lambda m, f: not f["sol"].active and not np.any(f["sol"].gradient)),
    Rule("any positive penalty", r"any λ above 0", lambda m, f: True),
]

CAPTION_RULES = [
    Rule("ŵ outside", r"ŵ lies outside the (diamond|circle)",
         lambda m, f: not f["inside"], ("problem",)),
    Rule("radius", rf"t = ({NUMBER})", lambda m, f: agrees(m.group(1), f["t"]), ("problem",)),
    Rule("w* shown", rf"w\* = (\({NUMBER}, {NUMBER}\))",
         lambda m, f: point_agrees(m.group(1), f["sol"].point), ("grow",)),
    Rule("corner zero", r"It is a corner of the diamond, where w([₁₂])\* = 0",
         lambda m, f: f["sol"].at_corner and f["sol"].point[_index(m)] == 0.0, ("grow",)),
    Rule("edge", r"It lies on an edge of the diamond, where both weights are nonzero",
         lambda m, f: f["kind"] == "edge" and not f["sol"].zero_weights, ("grow",)),
    Rule("ridge ray zero", r"Here w([₁₂])\* = 0, because this ŵ lies on one of the four rays",
         lambda m, f: f["sol"].point[_index(m)] == 0.0, ("grow",)),
    Rule("multiplier", rf"λ = ({NUMBER})",
         lambda m, f: agrees(m.group(1), f["sol"].multiplier), ("balance",)),
    Rule("normal", rf"g = (\({NUMBER}, {NUMBER}\))",
         lambda m, f: point_agrees(m.group(1), f["sol"].normal), ("cone",)),
    Rule("free entry", rf"Its entry for the zero weight, ({NUMBER})",
         lambda m, f: f["sol"].at_corner and agrees(
             m.group(1), f["sol"].normal[f["sol"].zero_weights[0]]), ("cone",)),
    Rule("interval", r"\[−1, 1\]", lambda m, f: True, ("cone",)),
    Rule("held at corner", r"w\* stays exactly on the corner",
         lambda m, f: f["kind"] == "corner" and f["held"], ("drag",)),
    Rule("slides: both nonzero", r"both weights are nonzero",
         lambda m, f: not f["end"].zero_weights, ("drag",)),
    Rule("reaches corner zero", r"reaches the corner, where w([₁₂])\* = 0 exactly",
         lambda m, f: f["end"].at_corner and f["end"].point[_index(m)] == 0.0, ("drag",)),
    Rule("returns to corner", r"returns to the corner", lambda m, f: f["sol"].at_corner, ("drag",)),
    Rule("returns to edge", r"returns to the edge", lambda m, f: f["kind"] == "edge", ("drag",)),
    Rule("verdict corner", r"puts w\* on this corner, with w([₁₂])\* = 0 exactly",
         lambda m, f: f["sol"].at_corner and f["sol"].point[_index(m)] == 0.0, ("verdict",)),
    Rule("verdict edge", r"the touch is on an edge, so no weight is zero",
         lambda m, f: f["kind"] == "edge" and not f["sol"].zero_weights, ("verdict",)),
    Rule("verdict wedge zero", r"would put w([₁₂])\* at exactly 0",
         lambda m, f: f["end"].point[_index(m)] == 0.0, ("verdict",)),
    Rule("ridge factor", rf"w([₁₂]) by ({NUMBER})",
         lambda m, f: agrees(m.group(2), f["factors"][_index(m)]), ("verdict",)),
    Rule("different factors", r"different factors, because H is not a multiple of I",
         lambda m, f: not f["isotropic"] and f["factors"][0] != f["factors"][1], ("verdict",)),
    Rule("same factor", r"the same factor, because H is a multiple of I",
         lambda m, f: f["isotropic"], ("verdict",)),
    Rule("no exact zero", r"Neither weight is exactly zero",
         lambda m, f: not f["sol"].zero_weights, ("verdict",)),
    Rule("ray zero", r"w([₁₂])\* = 0 only because ŵ sits on a ray where ridge gives a zero",
         lambda m, f: f["sol"].point[_index(m)] == 0.0, ("verdict",)),
    Rule("no factor", r"ŵ([₁₂]) = 0, so that weight has no factor",
         lambda m, f: f["loss"].center[_index(m)] == 0.0, ("verdict",)),
    Rule("odd factor", r"A factor above 1 or below 0",
         lambda m, f: bool(np.any((f["factors"] > 1.0) | (f["factors"] < 0.0))), ("verdict",)),
]

INACTIVE_RULES = [
    Rule("start outside", r"Start with ŵ outside it",
         lambda m, f: f["start"].active, ("problem",)),
    Rule("start multiplier", rf"λ = ({NUMBER})",
         lambda m, f: agrees(m.group(1), f["start"].multiplier), ("problem",)),
    Rule("λ falls to 0", r"to exactly 0 as ŵ crosses the boundary",
         lambda m, f: f["zero_after_crossing"] and f["positive_before_crossing"], ("drag",)),
    Rule("w* = ŵ", rf"w\* = ŵ = (\({NUMBER}, {NUMBER}\))",
         lambda m, f: f["inside"] and point_agrees(m.group(1), f["loss"].center)
         and np.array_equal(f["sol"].point, f["loss"].center), ("slack",)),
    Rule("slack", rf"the slack t − ‖w\*‖ = ({NUMBER}) is positive",
         lambda m, f: f["slack"] > 0.0 and agrees(m.group(1), f["slack"]), ("slack",)),
    Rule("λ = 0", r"so λ = 0", lambda m, f: f["sol"].multiplier == 0.0, ("slack",)),
]

SCREEN_RULES = [
    Rule("w* on screen", rf"w\^\* = \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)",
         lambda m, f: all(agrees(_tex(m.group(k + 1)), f["sol"].point[k]) for k in range(2))),
    Rule("w* = ŵ on screen", rf"w\^\* = \\hat w = \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)",
         lambda m, f: all(agrees(_tex(m.group(k + 1)), f["loss"].center[k]) for k in range(2))),
    Rule("λ on screen", rf"\\lambda = ({TEX_NUMBER}) \\ge 0",
         lambda m, f: agrees(_tex(m.group(1)), f["sol"].multiplier)),
    Rule("t on screen", rf"t = ({TEX_NUMBER})", lambda m, f: agrees(_tex(m.group(1)), f["t"])),
    Rule("g on screen", rf"g = \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)",
         lambda m, f: all(agrees(_tex(m.group(k + 1)), f["sol"].normal[k]) for k in range(2))),
    Rule("exact zero on screen", r"w\^\*_([12]) = 0\\ \\text\{exactly\}",
         lambda m, f: f["sol"].point[int(m.group(1)) - 1] == 0.0),
    Rule("no zero on screen", r"on an edge: no weight is",
         lambda m, f: not f["sol"].zero_weights),
    Rule("factor on screen", rf"w\^\*_([12]) = ({TEX_NUMBER})\\,\\hat w",
         lambda m, f: agrees(_tex(m.group(2)), f["factors"][int(m.group(1)) - 1])),
    Rule("slack on screen", rf"t - \\\|w\^\*\\\|_[12] = ({TEX_NUMBER}) > 0",
         lambda m, f: f["slack"] > 0 and agrees(_tex(m.group(1)), f["slack"])),
]


def rules_for(scene) -> list[Rule]:
    own = INACTIVE_RULES if isinstance_by_name(scene, "InactiveConstraint") else CAPTION_RULES
    return [*own, *GENERAL_RULES]


def isinstance_by_name(scene, name: str) -> bool:
    return any(cls.__name__ == name for cls in type(scene).__mro__)
