"""The claims ElasticNetBall may make, and their facts.

Facts are computed from the scene's class attributes with `regmath` alone: the exact
constrained elastic net (`regmath.elastic.elastic_constrained`) at the scene's α and on
a grid of α, the corner spans (`regmath.elastic_corners.elastic_corner_spans`), the
ball's outline and its corners' normals.
"""

from __future__ import annotations

import numpy as np

from regmath import Quadratic, constrained
from regmath.elastic import elastic_constrained, elastic_outline
from regmath.elastic_corners import (
    corner_angle,
    corner_arcs,
    corner_normals,
    corner_point,
    elastic_corner_spans,
    unit_corners,
)
from regmath.elastic import elastic_corner
from regmath.lp import lp_norm
from scenes.elastic import FLOOR_SHARE, SMALL_ALPHA, WALK_REACH, WALK_STEPS, ElasticNetBall
from tests.claims import NUMBER, SUBSCRIPT, TEX_NUMBER, Rule, Variant, agrees, point_agrees
from tests.claims import caption_form as _tex

ElasticNetBall_WALK = (WALK_REACH, WALK_STEPS)
#: α sampled for claims "for every α > 0", "stays on the corner" and the ball's shape.
GRID = 81
#: Below the span's lower end by this much (relative), w* is off the corner.
BELOW = 1e-6


def facts_for(scene) -> dict:
    """Everything the claims need, from the scene's data only."""
    loss = Quadratic(center=scene.center, hessian=scene.hessian)
    t, a = float(scene.radius), float(scene.alpha)
    sol = elastic_constrained(loss, alpha=a, radius=t)
    spans = elastic_corner_spans(loss, radius=t)
    span = next((s for s in spans if s.contains(a)), None)
    facts = {"loss": loss, "t": t, "alpha": a, "sol": sol, "spans": spans, "span": span,
             "small": min(SMALL_ALPHA, a)}
    grid = np.linspace(0.0, 1.0, GRID)[1:]
    facts["angles"] = np.array([corner_angle(x, t) for x in grid])
    facts["circle"] = bool(np.allclose(np.hypot(*elastic_outline(0.0, t).T), np.sqrt(t),
                                       rtol=1e-14, atol=0))
    diamond = elastic_outline(1.0, t)
    facts["diamond"] = bool(np.allclose(lp_norm(diamond, 1.0), t, rtol=1e-14, atol=0))
    # The ends are the lasso and ridge: α = 1 is the L1 ball of radius t, α = 0 the L2
    # ball of radius √t; the solutions agree.
    lasso = constrained(loss, norm="l1", radius=t)
    ridge = constrained(loss, norm="l2", radius=float(np.sqrt(t)))
    # −∇f(w*) = λg with g in the corner's cone: |g_k| ≤ α at the zero weight, λ > 0.
    if sol.at_corner:
        k = int(np.flatnonzero(sol.point == 0.0)[0])
        pull = -sol.gradient
        j = 1 - k
        facts["pull_in_cone"] = bool(sol.multiplier > 0.0 and pull[j] * sol.point[j] > 0.0
                                     and abs(pull[k]) <= a * sol.multiplier * (1 + 1e-12))
        # f rises along both arcs from the corner w* (the walk the scene shows).
        span0 = next(s for s in spans if s.contains(a))
        paths = corner_arcs(a, t, index=span0.corner_index, sign=span0.sign,
                            reach=ElasticNetBall_WALK[0], steps=ElasticNetBall_WALK[1])
        facts["arcs_rise"] = bool(np.all(loss.value(paths[:, 1:].reshape(-1, 2))
                                         > float(loss.value(sol.point))))
    # f is the quadratic ½(w − ŵ)ᵀH(w − ŵ): −∇f(w*) = H(ŵ − w*).
    facts["quadratic"] = bool(np.allclose(
        -sol.gradient, np.asarray(loss.hessian) @ (np.asarray(loss.center) - sol.point),
        rtol=1e-12, atol=1e-12))
    # The ball at α < 1 is strictly convex: every turn of its outline is strictly left.
    ring = elastic_outline(a, t)
    step = np.diff(ring, axis=0)
    turns = step[:-1, 0] * step[1:, 1] - step[:-1, 1] * step[1:, 0]
    facts["strict"] = bool(a < 1.0 and np.all(turns > 0.0))
    # ... and so for every α < 1 on the grid (α = 1, the diamond, has flat sides).
    def _strict(x: float) -> bool:
        d = np.diff(elastic_outline(x, t), axis=0)
        return bool(np.all(d[:-1, 0] * d[1:, 1] - d[:-1, 1] * d[1:, 0] > 0.0))
    facts["strict_all"] = all(_strict(x) for x in grid[:-1])
    facts["lasso_zero"] = bool(np.any(lasso.point == 0.0))
    facts["ends"] = bool(
        np.allclose(elastic_constrained(loss, alpha=1.0, radius=t).point, lasso.point,
                    rtol=0, atol=1e-12 * max(1.0, float(np.max(np.abs(loss.center)))))
        and np.allclose(elastic_constrained(loss, alpha=0.0, radius=t).point, ridge.point,
                        rtol=0, atol=1e-12 * max(1.0, float(np.max(np.abs(loss.center))))))
    if span is not None and span.lo > 0.0:
        k = span.zero_index
        # From just above lo (at lo itself the solver's zero is a rounding ±1e-17: the root
        # of λ sits on a knot; the span says (★) holds there, checked by its own tests).
        stay = np.linspace(span.lo, a, 25)[1:]
        facts["stays"] = a == span.lo or all(
            elastic_constrained(loss, alpha=x, radius=t).point[k] == 0.0
            for x in stay)
        floor = FLOOR_SHARE * span.lo
        below = np.linspace(floor, span.lo * (1.0 - BELOW), 12)
        facts["leaves"] = all(elastic_constrained(loss, alpha=x, radius=t).point[k] != 0.0
                              for x in below)
        # Below the span, w_k* at the floor and the pull there, against ŵ_k's sign.
        low = elastic_constrained(loss, alpha=floor, radius=t)
        facts["low_side"] = float(np.sign(low.point[k]))
        facts["pull_side"] = float(np.sign(-low.gradient[k]))
        facts["own_side"] = float(np.sign(loss.center[k]))
        # At lo, ŵ is on the wedge's edge: KKT (★) at the corner holds with equality there,
        # so ŵ − c is λ·H⁻¹ times one extreme normal (to rounding).
        c = corner_point(span.lo, t, index=span.corner_index, sign=span.sign)
        normals = corner_normals(span.lo, t, index=span.corner_index, sign=span.sign)
        direction = np.linalg.solve(loss.hessian, normals.T).T  # H⁻¹ n, rows
        offset = loss.center - c
        cross = np.abs(direction[:, 0] * offset[1] - direction[:, 1] * offset[0])
        facts["on_edge"] = bool(np.min(cross / np.hypot(*direction.T)) <= 1e-7 * max(
            1.0, float(np.hypot(*offset))))
    return facts


def _zero(m, f, group: int = 1) -> bool:
    return f["span"] is not None and SUBSCRIPT[m.group(group)] == f["span"].zero_index


def _axis_point(m, f) -> bool:
    span = f["span"]
    if span is None:
        return False
    c = corner_point(0.0, f["t"], index=span.corner_index, sign=span.sign)
    n = corner_normals(0.0, f["t"], index=span.corner_index, sign=span.sign)
    return point_agrees(m.group(1), c) and bool(np.array_equal(n[0], n[1]))


def _sign(m, f) -> bool:
    """"w_k* < 0 though ŵ_k > 0: H's off-diagonal tilts −∇f(w*) to w_k < 0"."""
    span = f["span"]
    if span is None or "low_side" not in f:
        return False
    k = span.zero_index
    side = {">": 1.0, "<": -1.0}
    low, own, to = side[m.group(2)], side[m.group(4)], side[m.group(6)]
    return (SUBSCRIPT[m.group(1)] == k and SUBSCRIPT[m.group(3)] == k
            and SUBSCRIPT[m.group(5)] == k and low == to == f["low_side"] == f["pull_side"]
            and own == f["own_side"] and own != low)


def _touch(m, f) -> bool:
    sol, span = f["sol"], f["span"]
    return (agrees(m.group(1), f["alpha"]) and sol.at_corner and point_agrees(m.group(2), sol.point)
            and span is not None and SUBSCRIPT[m.group(3)] == span.zero_index
            and sol.point[span.zero_index] == 0.0)


RULES = [
    Rule("the ball's formula", r"α‖w‖₁ \+ \(1−α\)‖w‖₂² ≤ t", lambda m, f: True),
    Rule("t", rf"with t = ({NUMBER})", lambda m, f: agrees(m.group(1), f["t"]), ("ball",)),
    Rule("α = 0 is the circle", r"At α = 0 it is ridge's circle",
         lambda m, f: f["circle"] and f["angles"].size > 0, ("ball",)),
    Rule("one normal at α = 0",
         rf"It is smooth: at its axis point (\({NUMBER}, {NUMBER}\)) it has "
         r"one outward normal n, and no other", _axis_point, ("morph",)),
    Rule("a corner's cone at a small α",
         rf"At α = ({NUMBER}) the cone N is ({NUMBER})° wide",
         lambda m, f: agrees(m.group(1), f["small"]) and corner_angle(f["small"], f["t"]) > 0
         and agrees(m.group(2), corner_angle(f["small"], f["t"])), ("morph",)),
    Rule("corners for every α > 0", r"For every α > 0 the two arcs meet at an angle",
         lambda m, f: bool(np.all(f["angles"] > 0.0)), ("morph",)),
    Rule("the diamond at α = 1", r"At α = 1 the ball is the lasso's diamond, its cone 90°",
         lambda m, f: f["diamond"] and corner_angle(1.0, f["t"]) == 90.0, ("morph",)),
    Rule("the touch at α: a corner",
         rf"Take α = ({NUMBER})\. The contour grows from ŵ until it touches the ball, at a "
         rf"corner: w\* = (\({NUMBER}, {NUMBER}\)), with w([₁₂])\* exactly 0", _touch,
         ("touch",)),
    Rule("the pull in the cone",
         r"the loss's pull −∇f\(w\*\) points inside the corner's normal cone",
         lambda m, f: f["sol"].at_corner and f["pull_in_cone"], ("sweep",)),
    Rule("f rises both ways", r"Slide a point along the ball: f stays above f\(w\*\) both ways; "
         r"f and the ball are convex, so f\(w\*\) is the least",
         lambda m, f: f["sol"].at_corner and f.get("arcs_rise", False), ("sweep",)),
    Rule("f quadratic", r"f is quadratic with Hessian H, so −∇f\(w\*\) = H\(ŵ − w\*\)",
         lambda m, f: f["quadratic"], ("sweep",)),
    Rule("H⁻¹ carries", r"So H⁻¹ carries −∇f\(w\*\) onto ŵ − w\*, and the cone N into "
         r"w\* \+ H⁻¹N: the wedge of all ŵ that keep w\* on the corner",
         lambda m, f: f["quadratic"] and f["sol"].at_corner, ("sweep",)),
    Rule("ŵ in the wedge", r"ŵ lies inside it", lambda m, f: f["sol"].at_corner, ("sweep",)),
    Rule("the sign of the leaving weight",
         r"w([₁₂])\* ([<>]) 0 though ŵ([₁₂]) ([<>]) 0: H's off-diagonal tilts −∇f\(w\*\) to "
         r"w([₁₂]) ([<>]) 0", _sign, ("sweep",)),
    Rule("stays on the corner while α falls",
         r"the wedge narrows, and w\* stays on the corner with w([₁₂])\* = 0",
         lambda m, f: _zero(m, f) and f.get("stays", False)
         and bool(np.all(np.diff(f["angles"]) > 0.0)), ("sweep",)),
    Rule("the span's lower end", rf"At α = ({NUMBER}), ŵ sits on the wedge's edge",
         lambda m, f: f["span"] is not None and agrees(m.group(1), f["span"].lo)
         and f.get("on_edge", False), ("sweep",)),
    Rule("the zero leaves below it",
         r"[Bb]elow it, w([₁₂])\* leaves 0, though the wedge stays open for every α > 0",
         lambda m, f: _zero(m, f) and f.get("leaves", False)
         and bool(np.all(f["angles"] > 0.0)), ("sweep",)),
    Rule("back to the scene's α", rf"Back to α = ({NUMBER})\.",
         lambda m, f: agrees(m.group(1), f["alpha"]), ("close",)),
    Rule("the lasso end", r"Raise α to 1, the lasso", lambda m, f: f["ends"], ("close",)),
    Rule("the ridge end", r"Lower α to 0, ridge", lambda m, f: f["ends"], ("close",)),
    Rule("ridge's part", r"The curved edges are ridge's part: for α < 1 the ball is "
         r"strictly convex, with no flat side",
         lambda m, f: f["strict"] and f["strict_all"], ("close",)),
    Rule("edges curve, corners stay till 0",
         r"Lower α to 0, ridge: as α falls the edges curve, and the corners go only at 0",
         lambda m, f: f["ends"] and f["strict_all"] and bool(np.all(f["angles"] > 0.0))
         and corner_angle(0.0, f["t"]) == 0.0, ("close",)),
    Rule("corners for every α > 0 (close)",
         r"Every α > 0 keeps the corners, so exact zeros stay possible\.",
         lambda m, f: bool(np.all(f["angles"] > 0.0)) and f["sol"].at_corner
         and f["span"] is not None and f["span"].hi == 1.0 and f["lasso_zero"], ("close",)),
    Rule("a span that ends before the lasso",
         rf"Every α > 0 keeps the corners, but here w\* sits on one only for α from ({NUMBER}) "
         rf"to ({NUMBER}): the lasso's own w\* has no zero",
         lambda m, f: bool(np.all(f["angles"] > 0.0)) and f["span"] is not None
         and agrees(m.group(1), f["span"].lo) and agrees(m.group(2), f["span"].hi)
         and f["span"].hi < 1.0 and not f["lasso_zero"], ("close",)),
]


def _span_line(m, f) -> bool:
    span = f["span"]
    return (span is not None and int(m.group(1)) - 1 == span.zero_index
            and agrees(_tex(m.group(2)), span.lo) and agrees(_tex(m.group(3)), span.hi))


def _lens(m, f) -> bool:
    span = f["span"]
    return span is not None and point_agrees(
        f"({_tex(m.group(1))}, {_tex(m.group(2))})",
        corner_point(f["small"], f["t"], index=span.corner_index, sign=span.sign))


def _hat(m, f) -> bool:
    return point_agrees(f"({_tex(m.group(1))}, {_tex(m.group(2))})", f["loss"].center)


def _cone_formula(m, f) -> bool:
    """The cone's opening as shown equals regmath's `corner_angle` for every α."""
    t = f["t"]
    grid = np.linspace(0.0, 1.0, GRID)[1:-1]
    if m.group(1) == "2-":
        shown = [2.0 * np.arctan(x / (2.0 - x)) for x in grid]
        fits = unit_corners(t)
    else:
        shown = [2.0 * np.arctan(x / (x + 2.0 * (1.0 - x) * elastic_corner(x, t))) for x in grid]
        fits = True
    return fits and bool(np.allclose(np.degrees(shown), f["angles"][:-1], rtol=0, atol=1e-9))


SCREEN_RULES = [
    Rule("the cone's formula",
         r"\\angle N = 2\\arctan\\frac\{\{?\\alpha\}?\}\{\{?(2-|\\alpha\+2\(1-)",
         _cone_formula),
    Rule("card: corners for every α > 0",
         r"\\alpha > 0:\\ \\text\{corners, so exact zeros possible\}",
         lambda m, f: bool(np.all(f["angles"] > 0.0))),
    Rule("card: edges curve as α falls",
         r"\\alpha \\downarrow:\\ \\text\{edges curve, corners stay\}",
         lambda m, f: f["strict_all"] and bool(np.all(f["angles"] > 0.0))),
    Rule("card: α = 0 is ridge's circle",
         r"\\alpha = 0:\\ \\text\{ridge's circle, no corners\}",
         lambda m, f: f["circle"] and f["ends"] and corner_angle(0.0, f["t"]) == 0.0),
    Rule("ŵ on screen", rf"^\\hat w = \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)$", _hat),
    Rule("the lens's corner", rf"\\text\{{zoom on \}} \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)",
         _lens),
    Rule("t on screen", rf"^t = ({TEX_NUMBER})$", lambda m, f: agrees(_tex(m.group(1)), f["t"])),
    Rule("the span on screen",
         rf"w\^\*_(\d) = 0 \\text\{{ for \}} \\alpha \\in \[({TEX_NUMBER}),\\ ({TEX_NUMBER})\]",
         _span_line),
]


def rules_for(scene) -> list[Rule]:
    return list(RULES)


# ------------------------------------------------------------------ variants
def V(name: str, data: dict, refused: str | None = None) -> Variant:
    return Variant(ElasticNetBall, name, data, refused, story="elastic")


MIRROR = ((1.2, 0.3), (0.3, 0.8))
VARIANTS = [
    # ŵ in other quadrants: the default mirrored (the corner (−r, 0) or (r, 0) below).
    V("quadrant-2", {"center": (-2.0, 0.1), "hessian": MIRROR}),
    V("quadrant-4", {"center": (2.0, -0.1), "hessian": MIRROR}),
    # The weights swapped: w₁* is the zero, on the w₂ axis.
    V("w1-zero", {"center": (0.1, 2.0), "hessian": ((0.8, -0.3), (-0.3, 1.2))}),
    # A larger ball and a different α.
    V("radius-2", {"center": (3.5, 0.4), "radius": 2.0, "alpha": 0.7}),
    # The diamond itself: α = 1.
    V("alpha-1", {"alpha": 1.0}),
    # w* leaves the corner again above α = 0.681: the lasso itself has no zero here.
    V("span-ends-before-1", {"center": (2.17, -0.78), "hessian": ((2.95, 1.41), (1.41, 1.06)),
                             "radius": 2.05}),
    # A lecturer's scale (review r30): t = 100 puts the corner's distance r at 10…100;
    # its readout once had room for 5 characters and crashed at 17 s.
    V("large-scale", {"center": (200.0, 10.0), "hessian": ((1.2, -0.3), (-0.3, 0.8)),
                      "radius": 100.0, "alpha": 0.97}),
    # Refusals, each naming the attribute to change.
    V("arc-at-alpha", {"alpha": 0.2}, refused="alpha"),
    V("inside", {"center": (0.5, 0.2)}, refused="center"),
    # Inside the circle (α = 0) but outside the diamond, and the other way round.
    V("inside-circle-only", {"center": (0.7, 0.6)}, refused="center"),
    V("inside-diamond-only", {"center": (1.3, 0.1), "radius": 1.45}, refused="center"),
    V("on-axis", {"center": (2.0, 0.0), "hessian": ((1.0, 0.0), (0.0, 1.0))},
      refused="center"),
    V("no-corner", {"center": (1.5, 1.5), "hessian": ((1.0, 0.0), (0.0, 1.0))},
      refused="center"),
    V("alpha-0", {"alpha": 0.0}, refused="alpha"),
    V("singular", {"hessian": ((1.0, 1.0), (1.0, 1.0))}, refused="hessian"),
    # A lecturer's tiny ball with a far ŵ (issue 9): the ball ~25 px at 480p, w* over its corner.
    V("tiny-ball-far-center", {"center": (0.3, 0.01), "radius": 0.01, "rings": 0},
      refused="radius"),
]
