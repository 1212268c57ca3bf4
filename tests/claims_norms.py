"""The claims NormsAsDistances and UnitBalls may make, and their facts.

Facts are computed from the scene's class attributes with `regmath` alone:
for NormsAsDistances the two lengths of ``point`` and their ranges on the
diamond and the circle through it; for UnitBalls the facts of the unit ball
at every stop of the dial, and numeric checks on the exact ball boundaries
(nesting, the points on the axes, the convexity chord).
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

import numpy as np

from regmath.drawing import ball_outline
from regmath.lp import (
    axis_points,
    axis_normals,
    axis_arc,
    axis_tangents,
    ball_facts,
    convexity_chord,
    diagonal_points,
    lp_ball_boundary,
    lp_norm,
    norm_range_on_sphere,
    p_scale,
    triangle_test,
    two_lengths,
)
from scenes.norms import ROUND_SEEN, NormsAsDistances, UnitBalls, ball_color
from scenes.toolkit import palette
from tests.claims import (
    agrees,
    caption_form as _tex,
    NUMBER,
    point_agrees,
    Rule,
    TEX_NUMBER,
    value_of,
    Variant,
)

#: A p in the words: a number or ∞.
P = rf"(?:{NUMBER}|∞)"


def p_value(text: str) -> float:
    return np.inf if text == "∞" else float(text.replace("−", "-"))


def stop_shown(text: str, f: dict) -> float | None:
    """The stop a p in the words shows (rounded as `agrees` allows), or None."""
    for p in f["stops"]:
        if (text == "∞" and np.isinf(p)) or (text != "∞" and np.isfinite(p) and agrees(text, p)):
            return p
    return None


def isinstance_by_name(scene, name: str) -> bool:
    return any(cls.__name__ == name for cls in type(scene).__mro__)


# ------------------------------------------------------------------- facts
def facts_for(scene) -> dict:
    """Everything the claims need, from the scene's data only."""
    if isinstance_by_name(scene, "UnitBalls"):
        return _ball_facts(scene)
    lengths = two_lengths(np.asarray(scene.point, dtype=float))
    return {"lengths": lengths, "w": lengths.point, "legs": lengths.legs, "l1": lengths.l1,
            "l2": lengths.l2, "on_axis": lengths.on_axis,
            "diamond_range": norm_range_on_sphere(1.0, 2.0, lengths.l1),
            "circle_range": norm_range_on_sphere(2.0, 1.0, lengths.l2),
            "diamond_corners": ball_outline("l1", lengths.l1)[:4],
            "diamond_diagonals": diagonal_points(1.0, lengths.l1),
            "circle_axes": axis_points(lengths.l2),
            "circle_diagonals": diagonal_points(2.0, lengths.l2),
            # |v₁|² = |v₂|² where the diamond and the circle cross a diagonal, exactly:
            # ((|w₁| + |w₂|)/2)² and (w₁² + w₂²)/2.
            "diagonal_leg_squares": _leg_squares(lengths.point)}


def _leg_squares(w: np.ndarray) -> tuple[Fraction, Fraction]:
    a, b = (Fraction(abs(float(x))) for x in w)
    return (a + b) ** 2 / 4, (a * a + b * b) / 2


def _radical(k: str) -> int:
    return int(k) if k else 1


def _equal_legs_exact(m: re.Match, f: dict) -> bool:
    """"|v₁| + |v₂| = k√m + k√m = 2k√m ≈ x": k²m is a diagonal leg's square, x is 2k√m."""
    k1, m1, k2, m2, k3, m3 = (m.group(i) for i in range(1, 7))
    k = _radical(k1)
    return (k1 == k2 and m1 == m2 == m3 and _radical(k3) == 2 * k
            and Fraction(k * k * int(m1)) in f["diagonal_leg_squares"]
            and agrees(_tex(m.group(7)), 2.0 * k * float(np.sqrt(int(m1)))))


def _equal_legs_digits(m: re.Match, f: dict) -> bool:
    """"|v₁| + |v₂| ≈ x + x = 2x": the digits add up, x is a diagonal leg rounded, and "="
    only when x is that leg exactly."""
    rel, a, b, total = m.group(1), m.group(2), m.group(3), m.group(4)
    legs = [float(np.sqrt(float(q))) for q in f["diagonal_leg_squares"]]
    exact = any(Fraction(Decimal(a)) ** 2 == q for q in f["diagonal_leg_squares"])
    return (a == b and Decimal(a) + Decimal(b) == Decimal(total)
            and any(agrees(a, leg) for leg in legs) and (rel == "=") == exact)


def _ball_facts(scene) -> dict:
    stops = tuple(float(p) for p in scene.stops)
    axis = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])
    segment, middle = convexity_chord()
    grid = [0.1, 0.5, 0.99, 1.0, 1.01, 1.5, 2.0, 3.0, 100.0, np.inf]
    return {
        "stops": stops,
        "low": stops[0],
        "high": stops[-1],
        "facts": {p: ball_facts(p) for p in stops},
        "pairs": set(zip(stops, stops[1:])),
        "triangle": triangle_test(stops[0]),
        "axis_on_every_ball": all(np.allclose(lp_norm(axis, p), 1.0, rtol=0, atol=0)
                                  for p in stops),
        "chord_leaves": {p: bool(lp_norm(middle, p) > 1.0 and np.all(lp_norm(segment, p) == 1.0))
                         for p in stops},
        "chord_on_edge": {p: bool(lp_norm(middle, p) == 1.0 and np.all(lp_norm(segment, p) == 1.0))
                          for p in stops},
        "several_minima_below_1": _several_minima(),
        "convex_iff_p_ge_1": all(ball_facts(p).convex == (p >= 1.0) for p in grid),
        "axis_corners_iff_p_le_1": all((ball_facts(p).corners == "axes") == (p <= 1.0)
                                       for p in grid),
    }


def _several_minima() -> bool:
    """A convex loss plus a p < 1 penalty with two local minima: (w − 2)² + |w|^½ on a
    fine grid has one at w = 0 (the penalty's cusp) and one near w = 1.81."""
    w = np.linspace(-1.0, 3.0, 40001)  # step 1e-4, w = 0 on the grid
    g = (w - 2.0) ** 2 + np.abs(w) ** 0.5
    inner = (g[1:-1] < g[:-2]) & (g[1:-1] < g[2:])
    minima = w[1:-1][inner]
    return len(minima) == 2 and minima[0] == 0.0 and 1.7 < minima[1] < 1.9


# ------------------------------------------------------- NormsAsDistances
#: How a relation to a value is written when every shown number is exact ("=", "is", no
#: "about"); "≈", "is about", "about" say a number is rounded.
EXACT_WORDS = {"=", "is", ""}
REL = r"(=|≈)"
TEX_REL = r"(=|\\approx)"


def _rel(tex: str) -> str:
    return "≈" if tex == r"\approx" else tex


def _written(relation: str | None, shown: list[str], values, *, tex: bool = False) -> bool:
    """The shown numbers are the values rounded, and the relation says "=" (or "is", or no
    "about") exactly when every one of them is written exactly: a rounded value never
    follows "=", and "≈" never hides an exact one."""
    texts = [_tex(t) if tex else t for t in shown]
    values = [float(v) for v in values]
    exact = all(value_of(t)[0] == v for t, v in zip(texts, values))
    says_exact = (relation or "").strip() in EXACT_WORDS
    return all(agrees(t, v) for t, v in zip(texts, values)) and says_exact == exact


NORMS_RULES = [
    Rule("w given", rf"[Hh]ere w {REL} (\(({NUMBER}), ({NUMBER})\))",
         lambda m, f: (point_agrees(m.group(2), f["w"])
                       and _written(m.group(1), [m.group(3), m.group(4)], f["w"])), ("point",)),
    Rule("from 0", r"How far is it from 0, where both weights are zero", lambda m, f: True,
         ("point",)),
    Rule("legs", rf"First \|w₁\| {REL} ({NUMBER}) along the w₁ axis\. Then \|w₂\| {REL} "
         rf"({NUMBER}) parallel to the w₂ axis",
         lambda m, f: (not f["on_axis"] and _written(m.group(1), [m.group(2)], f["legs"][:1])
                       and _written(m.group(3), [m.group(4)], f["legs"][1:])), ("manhattan",)),
    Rule("one leg", rf"w lies on the w([₁₂]) axis, so the walk is one leg: \|w([₁₂])\| {REL} "
         rf"({NUMBER}), and \|w([₁₂])\| = 0",
         lambda m, f: (m.group(1) == m.group(2) != m.group(5)
                       and f["w"]["₁₂".index(m.group(5))] == 0.0
                       and f["w"]["₁₂".index(m.group(1))] != 0.0
                       and _written(m.group(3), [m.group(4)],
                                    [f["legs"]["₁₂".index(m.group(1))]])),
         ("manhattan",)),
    Rule("length of a negative", rf"\|(−{NUMBER[2:]})\| = ({NUMBER})",
         lambda m, f: any(f["w"][i] < 0.0 and agrees(m.group(1), f["w"][i])
                          and agrees(m.group(2), f["legs"][i]) for i in range(2)),
         ("manhattan",)),
    Rule("sum", rf"\|w₁\| \+ \|w₂\| {REL} ({NUMBER}) \+ ({NUMBER}) {REL} ({NUMBER})",
         lambda m, f: (_written(m.group(1), [m.group(2), m.group(3)], f["legs"])
                       and _written(m.group(4), [m.group(5)], [f["l1"]])), ("manhattan",)),
    Rule("pythagoras", rf"its length (is|is about) √\(\(?({NUMBER})\)?² \+ \(?({NUMBER})\)?²\) "
         rf"{REL} ({NUMBER})",
         lambda m, f: (_written(m.group(1), [m.group(2), m.group(3)], f["w"])
                       and _written(m.group(4), [m.group(5)], [f["l2"]]) and not f["on_axis"]),
         ("euclidean",)),
    Rule("on an axis", rf"On an axis the straight line is the walk itself: its length, the L2 "
         rf"norm ‖w‖₂, (is|is about) ({NUMBER}) too",
         lambda m, f: (f["on_axis"] and f["l1"] == f["l2"]
                       and _written(m.group(1), [m.group(2)], [f["l2"]])), ("euclidean",)),
    Rule("shorter", rf"The straight line is shorter: ({NUMBER}) < ({NUMBER})",
         lambda m, f: (f["l2"] < f["l1"] and agrees(m.group(1), f["l2"])
                       and agrees(m.group(2), f["l1"])), ("compare",)),
    Rule("agree on an axis", rf"Here the two agree, ({NUMBER}) = ({NUMBER}), because w lies on "
         r"an axis",
         lambda m, f: (f["on_axis"] and f["l1"] == f["l2"] and agrees(m.group(1), f["l2"])
                       and agrees(m.group(2), f["l1"])), ("compare",)),
    Rule("never longer", r"the straight line is never longer, and equal only on an axis",
         lambda m, f: not f["on_axis"] and f["l2"] < f["l1"], ("compare",)),
    Rule("shorter off the axes", r"off the axes the straight line is shorter",
         lambda m, f: f["on_axis"], ("compare",)),
    # (|v₁| + |v₂|)² = v₁² + v₂² + 2|v₁||v₂| ≥ v₁² + v₂²: an identity, true for any v.
    Rule("the walk squared", r"For any point v, the walk squared is v₁² \+ v₂² plus "
         r"2\|v₁\|\|v₂\|, never less than the straight length squared", lambda m, f: True,
         ("compare",)),
    Rule("as far as w", r"Which points are exactly as far from 0 as w", lambda m, f: True,
         ("diamond",)),
    Rule("diamond", rf"all points v with ‖v‖₁ = ‖w‖₁ {REL} ({NUMBER}): they form a diamond",
         lambda m, f: _written(m.group(1), [m.group(2)], [f["l1"]]), ("diamond",)),
    # One sentence a cue. The straight length grows from the diagonal to the corner: it is
    # least on the diagonals, greatest on the axes, and monotone between
    # (`norm_range_on_sphere`).
    Rule("diamond slide", rf"Slide a point v along the diamond: its legs change, but their sum "
         rf"stays (about )?({NUMBER})",
         lambda m, f: _written(m.group(1), [m.group(2)], [f["l1"]]), ("diamond",)),
    Rule("diamond least", rf"Where v crosses the lines \|v₁\| = \|v₂\|, the straight length is "
         rf"least, (about )?({NUMBER})",
         lambda m, f: (_written(m.group(1), [m.group(2)], [f["diamond_range"][0]])
                       and np.allclose(lp_norm(f["diamond_diagonals"], 2.0), f["diamond_range"][0],
                                       rtol=1e-12)), ("diamond",)),
    Rule("diamond greatest", rf"Walking on, it grows, to (about )?({NUMBER}) at a corner, on an "
         r"axis: there the two are equal",
         lambda m, f: (_written(m.group(1), [m.group(2)], [f["diamond_range"][1]])
                       and np.allclose(lp_norm(f["diamond_corners"], 2.0), f["diamond_range"][1],
                                       rtol=1e-12)
                       and np.allclose(lp_norm(f["diamond_corners"], 1.0), f["diamond_range"][1],
                                       rtol=1e-12)
                       and f["diamond_range"][1] == f["l1"]), ("diamond",)),
    Rule("diamond round", rf"the legs keep changing, but their sum stays (about )?({NUMBER})\. Back "
         r"at w, the sum never changed",
         lambda m, f: _written(m.group(1), [m.group(2)], [f["l1"]]), ("diamond",)),
    Rule("past the corners", r"past the other (?:corners|points on the axes)(?:, where one leg is 0)?",
         lambda m, f: all(np.count_nonzero(c == 0.0) == 1 for c in f["diamond_corners"])
         and all(np.count_nonzero(c == 0.0) == 1 for c in f["circle_axes"])),
    Rule("circle round", rf"the walk keeps changing, but the straight length stays (about )?"
         rf"({NUMBER})\. Back at w, it never changed",
         lambda m, f: _written(m.group(1), [m.group(2)], [f["l2"]]), ("circle",)),
    Rule("circle", rf"all points v with ‖v‖₂ = ‖w‖₂ {REL} ({NUMBER}): they form a circle "
         r"through w",
         lambda m, f: _written(m.group(1), [m.group(2)], [f["l2"]]), ("circle",)),
    Rule("circle slide", rf"Slide v round the circle: the straight length stays (about )?({NUMBER})",
         lambda m, f: _written(m.group(1), [m.group(2)], [f["l2"]]), ("circle",)),
    # The walk is shortest on the axes, where it equals the straight length, and longest on
    # the diagonals, growing between (`norm_range_on_sphere`).
    # The walk is longest on the diagonals, where v first stops (the diamond's order), and
    # shortest on the axes, where it equals the straight length (`norm_range_on_sphere`).
    Rule("circle greatest", rf"Where v crosses the lines \|v₁\| = \|v₂\|, the walk is longest, "
         rf"(about )?({NUMBER})",
         lambda m, f: (_written(m.group(1), [m.group(2)], [f["circle_range"][1]])
                       and np.allclose(lp_norm(f["circle_diagonals"], 1.0),
                                       f["circle_range"][1], rtol=1e-12)), ("circle",)),
    Rule("circle least", rf"Walking on, it shrinks, to (about )?({NUMBER}) on an axis: there the "
         r"two lengths agree",
         lambda m, f: (_written(m.group(1), [m.group(2)], [f["circle_range"][0]])
                       and f["circle_range"][0] == f["l2"]
                       and np.allclose(lp_norm(f["circle_axes"], 1.0), f["circle_range"][0],
                                       rtol=1e-12)), ("circle",)),
    Rule("diamond corners", r"The diamond has four corners, all on the axes, where one weight is "
         r"exactly 0",
         lambda m, f: all(np.count_nonzero(c == 0.0) == 1 for c in f["diamond_corners"]),
         ("corners",)),
    Rule("lasso zeros", r"its zeros will come from those corners",
         lambda m, f: all(np.count_nonzero(c == 0.0) == 1 for c in f["diamond_corners"]),
         ("corners",)),
    Rule("the loss", r"The lasso adds λ‖w‖₁ to the loss f\(w\), λ ≥ 0", lambda m, f: True,
         ("corners",)),
    Rule("circle smooth", r"The circle has no corners at all: nothing on it singles out the axes",
         lambda m, f: ball_facts(2.0).corners == "none", ("corners",)),
    Rule("names", r"\bL[12]\b", lambda m, f: True),
]

NORMS_SCREEN = [
    Rule("w on screen", rf"w {TEX_REL} \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)",
         lambda m, f: _written(_rel(m.group(1)), [m.group(2), m.group(3)], f["w"], tex=True)),
    Rule("leg on screen", rf"\|w_([12])\| {TEX_REL} ({TEX_NUMBER})",
         lambda m, f: _written(_rel(m.group(2)), [m.group(3)],
                               [f["legs"][int(m.group(1)) - 1]], tex=True)),
    Rule("sum on screen", rf"^{TEX_REL} ({TEX_NUMBER}) \+ ({TEX_NUMBER}) {TEX_REL} ({TEX_NUMBER})$",
         lambda m, f: (_written(_rel(m.group(1)), [m.group(2), m.group(3)], f["legs"], tex=True)
                       and _written(_rel(m.group(4)), [m.group(5)], [f["l1"]], tex=True))),
    Rule("pythagoras on screen",
         rf"{TEX_REL} \\sqrt\{{\(?({TEX_NUMBER})\)?\^2 \+ \(?({TEX_NUMBER})\)?\^2\}} "
         rf"{TEX_REL} ({TEX_NUMBER})",
         lambda m, f: (_written(_rel(m.group(1)), [m.group(2), m.group(3)], f["w"], tex=True)
                       and _written(_rel(m.group(4)), [m.group(5)], [f["l2"]], tex=True))),
    Rule("ball label on screen", rf"^\\\|v\\\|_([12]) {TEX_REL} ({TEX_NUMBER})$",
         lambda m, f: _written(_rel(m.group(2)), [m.group(3)],
                               [f["l1"] if m.group(1) == "1" else f["l2"]], tex=True)),
    # The live lines' digits are rounded each on its own (the sum of the shown terms may
    # miss the shown sum by a digit): every relation there must be "≈".
    Rule("live lines say ≈", r"\\\|v\\\|_[12] (=|\\approx)$", lambda m, f: m.group(1) != "="),
    Rule("this w's lengths on screen",
         rf"\\\|w\\\|_2 {TEX_REL} ({TEX_NUMBER}) (<|=) ({TEX_NUMBER}) {TEX_REL} \\\|w\\\|_1",
         lambda m, f: (_written(_rel(m.group(1)), [m.group(2)], [f["l2"]], tex=True)
                       and _written(_rel(m.group(5)), [m.group(4)], [f["l1"]], tex=True)
                       and ((f["l2"] < f["l1"]) if m.group(3) == "<" else f["l2"] == f["l1"]))),
    Rule("equal legs exactly",
         r"^\\\|v\\\|_1 = \|v_1\| \+ \|v_2\| = (\d*)\\sqrt\{(\d+)\} \+ (\d*)\\sqrt\{(\d+)\} = "
         rf"(\d*)\\sqrt\{{(\d+)\}} \\approx ({TEX_NUMBER})$", _equal_legs_exact),
    Rule("equal legs in digits",
         rf"^\\\|v\\\|_1 = \|v_1\| \+ \|v_2\| (=|\\approx) ({TEX_NUMBER}) \+ ({TEX_NUMBER}) = "
         rf"({TEX_NUMBER})$", _equal_legs_digits),
    Rule("any v on screen", r"\\text\{any \} v\\text\{: \} \\\|v\\\|_2 \\le \\\|v\\\|_1 "
         r"\\text\{, = only on an axis\}", lambda m, f: True),
    Rule("shorter on screen", r"\\\|w\\\|_2 < \\\|w\\\|_1", lambda m, f: f["l2"] < f["l1"]),
    Rule("equal on screen", r"\\\|w\\\|_2 = \\\|w\\\|_1", lambda m, f: f["l2"] == f["l1"]),
]

# --------------------------------------------------------------- UnitBalls
_AT = rf"p = ({P}),?(?: where)? the (?:unit )?ball is "


def _stop_is(shape: str, *, convex: bool, corners: str):
    def check(m: re.Match, f: dict) -> bool:
        p = stop_shown(m.group(1), f)
        if p is None:
            return False
        facts = ball_facts(p)
        return facts.shape == shape and facts.convex == convex and facts.corners == corners
    return check


class _Groups:
    """A match seen through some of its groups (group(1), group(2), … are those)."""

    def __init__(self, match: re.Match, groups: tuple[int, ...]) -> None:
        self.match, self.groups = match, groups

    def group(self, k: int) -> str:
        return self.match.group(0) if k == 0 else self.match.group(self.groups[k - 1])


def _morph(condition):
    """A rule on a morph sentence: ``condition(x, y, match, facts)`` with x → y the stops."""
    def check(m: re.Match, f: dict) -> bool:
        x, y = stop_shown(m.group(1), f), stop_shown(m.group(2), f)
        return (x, y) in f["pairs"] and bool(condition(x, y, m, f))
    return check


_TURN = (rf"Turn p up from ({P}) (?:to|towards) ({P})(?: \(dashed: the ball we left\))?[.,]"
         r"(?:(?!Turn p up).)*?")
#: The magnified rest just above 1 (optional: the old rest at 1.5 had none); its truth, the
#: arc outside the diamond's corner, is checked by the rules that use it (`_bulges`).
#: The middle's norm from the formula, ((½)^p + (½)^p)^(1/p), or (ᵏ√½ + ᵏ√½)^k for p = 1/k.
_HALVES = (r"(?: = \\big\((?:\\sqrt(?:\[(?P<k1>\d+)\])?\{\\tfrac12\} \+ "
           r"\\sqrt(?:\[(?P<k2>\d+)\])?\{\\tfrac12\}\\big\)\^\{(?P<k>\d+)\}"
           r"|\(\\tfrac12\)\^\{(?P<q1>[0-9.]+)\} \+ \(\\tfrac12\)\^\{(?P<q2>[0-9.]+)\}\\big\)"
           r"\^\{1/(?P<q3>[0-9.]+)\}))?")


def _halves_agree(m: re.Match, p: float) -> bool:
    """The worked sum, if written, is of the right p (k√ with k = 1/p, or the power p)."""
    g = m.groupdict()
    if g.get("k"):
        k = int(g["k"])
        return (int(g["k1"] or 2) == k and int(g["k2"] or 2) == k
                and abs(k * p - 1.0) < 1e-12)
    if g.get("q1"):
        return all(agrees(_tex(g[q]), p) for q in ("q1", "q2", "q3"))
    return True


def _pulls_stop_at_corner() -> bool:
    """Every normal c of the fan at (1, 0) (`axis_normals`) makes (1, 0) a point of the
    diamond farthest along c: c·w ≤ c·(1, 0) on its boundary (checked on lp_ball_boundary)."""
    normals = axis_normals(1.0, count=9).segments
    ball = lp_ball_boundary(1.0, 1.0, samples=257)
    corner = axis_points()[0]
    return all(np.all(ball @ (s[1] - s[0]) <= corner @ (s[1] - s[0]) + 1e-12) for s in normals)


def _support_line_on_corner() -> bool:
    """For every direction n strictly inside the fan at (1, 0) (`axis_normals`, finely,
    its two edge normals left out), the line perpendicular to n at the diamond's support
    (regmath's `support_line`, level 1) passes through (1, 0), and every other boundary
    point lies strictly on its inner side (the corner is the only point it touches); from
    outside (level 1.3, as drawn: the scene's SUPPORT_LEVEL) the line misses the diamond.
    At the fan's two edge normals a whole edge lies on the line (so the words say "inside
    the fan" and the line turns short of them)."""
    from regmath.drawing import view_box
    from regmath.sparsity import support_line

    ball = lp_ball_boundary(1.0, 1.0, samples=257)
    corner = axis_points()[0]
    box = view_box([ball])
    away = np.hypot(*(ball - corner).T) > 1e-9
    directions = axis_normals(1.0, count=181).directions
    for n in directions[1:-1]:
        a, b = support_line(n, 1.0, box, level=1.0)
        u = n / np.hypot(*n)
        on_line = abs(u @ a - u @ corner) < 1e-12 and abs(u @ b - u @ corner) < 1e-12
        if not (on_line and np.all(ball[away] @ u < u @ corner)):
            return False
        c, _ = support_line(n, 1.0, box, level=1.3)
        if not np.all(ball @ u < u @ c):
            return False
    edge = directions[0] / np.hypot(*directions[0])
    return bool(np.sum(np.abs(ball @ edge - edge @ corner) < 1e-12) > 2)


def _max_dominates() -> bool:
    """‖w‖_p comes to max |wᵢ| as p grows (regmath's `lp_norm`, at a few points)."""
    points = np.array([[0.9, 0.5], [0.3, -0.8], [-0.6, -0.6]])
    gaps = [np.max(np.abs(lp_norm(points, p) - np.max(np.abs(points), axis=1)))
            for p in (2.0, 8.0, 64.0, 512.0)]
    return all(a > b for a, b in zip(gaps, gaps[1:])) and gaps[-1] < 1e-2


def _only_axis_farthest(p: float) -> bool:
    """For p > 1, (1, 0) is the ball's farthest point along (1, 0) and along no direction
    off the axis: along c = (1, ±t) the farthest reach is the dual norm ‖c‖_q (Hölder,
    1/p + 1/q = 1, attained), which exceeds c·(1, 0) = 1; checked on the boundary too
    where the sampling resolves it (lp_ball_boundary, lp_norm)."""
    if not p > 1.0:
        return False
    q = p / (p - 1.0)
    ball = lp_ball_boundary(p, 1.0, samples=1025)
    corner = axis_points()[0]
    off = [np.array([1.0, t]) for t in (0.3, -0.3, 0.5, -0.5)]
    sampled = max(np.max(ball @ c) for c in off)
    return bool(np.max(ball @ corner) <= 1.0 + 1e-12
                # ‖c‖_q^q = 1 + |t|^q > 1 = (c·(1, 0))^q (the excess, lost to rounding in the
                # sum when q is large, is |t|^q > 0)
                and all(np.abs(c[1]) ** q > 0.0 and lp_norm(c[None, :], q)[0] >= c @ corner
                        for c in off)
                and sampled <= max(lp_norm(c[None, :], q)[0] for c in off) + 1e-9)


def _tilt_off_axis(p: float) -> bool:
    """The tilted line's direction (the scene's TILT_STEP of the finer fan) lies strictly
    inside the diamond's old fan at (1, 0); at p it first touches the ball at one point with
    both weights non-zero (`ball_support`), checked against the sampled boundary's farthest
    point along it, which (1, 0) is not."""
    from regmath.lp import ball_support
    from scenes.norms import SUPPORT_STEPS, TILT_STEP

    n = axis_normals(1.0, count=SUPPORT_STEPS).directions[TILT_STEP]
    u = n / np.hypot(*n)
    touch = ball_support(p, n)
    ball = lp_ball_boundary(p, 1.0, samples=16385)
    best = ball[np.argmax(ball @ u)]
    return bool(0.0 < abs(n[1]) < n[0] and np.all(touch.point != 0.0)
                and np.max(ball @ u) <= touch.level + 1e-12
                and np.hypot(*(best - touch.point)) < 1e-2
                and np.all(np.abs(best) > 1e-3)
                and u @ axis_points()[0] < touch.level - 1e-6)


def _bulges(p: float) -> bool:
    """Near (1, 0) the sphere of p lies outside the diamond, off the axis."""
    arc = axis_arc(p, 0.08, samples=33)
    return bool(np.all(np.abs(arc[arc[:, 1] != 0.0]).sum(axis=1) > 1.0))


#: Round in the box from ROUND_SEEN on (the scene's threshold for what the box shows).
_ZOOM = r"(?: Magnified, (its tip is smooth|it lies just past the dashed edges)\.)?"


def _zoom_said(m: re.Match, p: float) -> bool:
    """The box's words: round exactly from ROUND_SEEN, "too slight" exactly below it."""
    zoom, slight = m.group(4), m.group(6)
    if zoom is not None and zoom.startswith("its tip is smooth") != (p >= ROUND_SEEN):
        return False
    return (slight is not None) == (p < ROUND_SEEN)

BALL_RULES = [
    Rule("family",
         r"one for each p > 0, true norms from p = 1 on\.",
         lambda m, f: True, ("ball",)),
    # The two met before, named by the colours they are drawn in (review r93: the colour
    # code was used at the rest past 1 but never stated).
    Rule("family members", r"p = 1 gives the lasso's orange diamond, p = 2 ridge's green circle",
         lambda m, f: (ball_color(1.0).to_hex() == palette.LASSO.to_hex()
                       and ball_color(2.0).to_hex() == palette.RIDGE.to_hex()
                       and ball_facts(1.0).corners == "axes"
                       and ball_facts(2.0).shape == "circle"), ("ball",)),
    # The dial's positions are p/(1 + p): 1 at its middle, ∞ at its end.
    # The scale p/(1 + p) squeezes (0, ∞) into (0, 1]: 0–0.5 takes 1/3, 0.5–1 takes 1/6.
    Rule("dial", r"Here is a dial for p, with 1 at its middle and ∞ at its end, squeezed so "
         r"that ∞ fits",
         lambda m, f: (p_scale(1.0) == 0.5 and p_scale(np.inf) == 1.0
                       and p_scale(0.5) - 0.0 > p_scale(1.0) - p_scale(0.5)), ("ball",)),
    Rule("unit ball", r"The unit ball holds every w whose p-norm is at most 1",
         lambda m, f: True),
    Rule("names", r"\bL[12]\b", lambda m, f: True, ("ball",)),
    Rule("star", _AT + r"a star(?:, not convex)?, with corners, sharp tips, on the axes",
         _stop_is("star", convex=False, corners="axes")),
    Rule("diamond", _AT + r"the diamond, \|w₁\| \+ \|w₂\| ≤ 1: convex, with corners on the "
         r"axes, where one weight is exactly 0",
         _stop_is("diamond", convex=True, corners="axes")),
    Rule("between diamond and circle", _AT + r"convex, with no corners: between the diamond and "
         r"the circle\. It crosses the axes smoothly",
         _stop_is("rounded diamond", convex=True, corners="none")),
    Rule("circle", _AT + r"the circle, ridge's ball, w₁² \+ w₂² ≤ 1: convex, with no "
         r"corners at all",
         _stop_is("circle", convex=True, corners="none")),
    Rule("between circle and square", _AT + r"convex, with no corners: between the circle and "
         r"the square\. It crosses the axes smoothly",
         _stop_is("rounded square", convex=True, corners="none")),
    Rule("square", _AT + r"the square, max\(\|w₁\|, \|w₂\|\) ≤ 1: convex, with corners on the "
         r"diagonals, not on the axes",
         _stop_is("square", convex=True, corners="diagonals")),
    Rule("four points", r"Every p-ball meets the axes at the same four points",
         lambda m, f: f["axis_on_every_ball"]),
    Rule("chord", r"Not convex: the dashed line between two tips of the star runs outside it, "
         r"though both its ends are in the ball",
         lambda m, f: f["chord_leaves"][f["low"]] and not f["facts"][f["low"]].convex),
    # ‖(1,0) + (0,1)‖ₚ = 2‖midpoint‖ₚ > 2 = ‖(1,0)‖ₚ + ‖(0,1)‖ₚ when the chord leaves the ball.
    # A quasi-norm: ‖a + b‖_p ≤ 2^{1/p − 1}(‖a‖_p + ‖b‖_p) for p < 1, the other axioms hold.
    Rule("no norm", r"The triangle inequality fails: for p < 1 the p-norm is (?:only a quasi-norm|not a "
         r"norm)",
         lambda m, f: f["chord_leaves"][f["low"]] and f["low"] < 1.0
         and f["triangle"].fails),
    Rule("chord on the edge", r"The dashed chord now lies on the ball's edge: its midpoint "
         r"\(½, ½\) has p-norm exactly 1",
         lambda m, f: f["chord_leaves"][f["low"]] and any(f["chord_on_edge"].values())),
    Rule("middle's norm", rf"Its middle, \(½, ½\), has p-norm (about )?({NUMBER}), more than 1",
         lambda m, f: (_written("" if m.group(1) is None else "≈", [m.group(2)],
                                [f["triangle"].middle_norm])
                       and f["triangle"].middle_norm > 1.0)),
    # Homogeneity: ‖2x‖_p = 2‖x‖_p, and (1, 1) = 2·(½, ½).
    Rule("sum's norm", rf"The sum \(1, 0\) \+ \(0, 1\) = \(1, 1\) is twice the middle, so "
         rf"its p-norm is twice as large, (about )?({NUMBER}): more than 1 \+ 1 = ({NUMBER})",
         lambda m, f: (_written("" if m.group(1) is None else "≈", [m.group(2)],
                                [f["triangle"].total_norm])
                       and np.array_equal(f["triangle"].total, 2.0 * f["triangle"].middle)
                       and np.isclose(f["triangle"].total_norm, 2.0 * f["triangle"].middle_norm,
                                      rtol=1e-12, atol=0.0)
                       and _written("", [m.group(3)], [f["triangle"].ends_norm])
                       and np.array_equal(f["triangle"].total, [1.0, 1.0])
                       and f["triangle"].fails)),
    Rule("turn", rf"Turn p up from ({P}) (to|towards) ({P})",
         lambda m, f: _morph(lambda x, y, _, __: x < y and (m.group(2) == "towards")
                             == bool(np.isinf(y)))(_Groups(m, (1, 3)), f)),
    Rule("arms fill out", rf"(?s){_TURN}The star's arms fill out",
         _morph(lambda x, y, m, f: ball_facts(x).shape == "star")),
    Rule("becomes the diamond", rf"(?s){_TURN}At p = ({P}) it becomes the diamond, convex from "
         r"here on",
         _morph(lambda x, y, m, f: p_value(m.group(3)) == 1.0 and x < 1.0 < y
                and not ball_facts(x).convex and ball_facts(1.0).convex)),
    Rule("corners round off", rf"(?s){_TURN}(?:Its corners round off|resting first at p = "
         rf"{NUMBER}); its orange turns towards ridge's green",
         _morph(lambda x, y, m, f: x <= 1.0 < y and ball_facts(x).corners == "axes"
                and ball_facts(min(y, 1.5)).corners == "none"
                and ball_color(1.0).to_hex() == palette.LASSO.to_hex()
                and ball_color(2.0).to_hex() == palette.RIDGE.to_hex())),
    Rule("corners round off, plain", rf"(?s){_TURN}Its corners round off\.",
         _morph(lambda x, y, m, f: x <= 1.0 < y and ball_facts(x).corners == "axes"
                and ball_facts(min(y, 1.5)).corners == "none"
                and ball_color(1.0).to_hex() == palette.LASSO.to_hex()
                and ball_color(2.0).to_hex() == palette.RIDGE.to_hex())),
    # Two edge directions at the corner: the normal cone is the fan between (1, ±1).
    # A pull along any normal of the fan stops at the corner: for the linear loss −c·w with
    # c in the normal cone, (1, 0) is a minimizer over the diamond (c·w ≤ c·(1, 0) there).
    Rule("two edges", r"At the corner \(1, 0\) two edges meet at ({NUMBER})°(?:: two directions)?[,;] "
         r"so a whole fan of outward normals(?:(: along each, the ball reaches no farther "
         r"than the corner)|(\. A level line of a linear loss first touches the ball at "
         r"the corner, where that loss is least, for each normal inside the fan))?"
         .replace("{NUMBER}", NUMBER),
         lambda m, f: (1.0 in f["stops"] and f["high"] > 1.0 and not axis_tangents(1.0).smooth
                       and _written("", [m.group(1)], [axis_tangents(1.0).angle])
                       and not axis_normals(1.0).single
                       and (m.group(2) is None or _pulls_stop_at_corner())
                       and (m.group(3) is None or _support_line_on_corner()))),
    # The dial rests at a p strictly between the stops, where (1, 0) has one vertical tangent.
    # "too slight to see" exactly where the dial rests below P_CLOSE (where the rounding shows).
    # Magnified, the arc at the rest lies outside the diamond's corner (B₁ ⊂ B_p for p > 1).
    Rule("edges merged", rf"(?s){_TURN}(?:The dial rests|resting first) at p = ({NUMBER})"
         r"(?:; its orange turns towards ridge's green)?\."
         rf"{_ZOOM} At \(1, 0\) the two edges have merged into one vertical tangent, with one "
         r"normal(: at p = 1 a whole fan's lines first touched \(1, 0\), where w₂ = 0; now "
         r"only its line|; a tilted line now first touches it off the axis, both weights "
         r"non-zero)?(, a rounding "
         r"too slight to see even magnified)?\.",
         _morph(lambda x, y, m, f: x == 1.0 < p_value(m.group(3)) < y
                and axis_normals(p_value(m.group(3))).single
                and _zoom_said(m, p_value(m.group(3)))
                and (m.group(5) is None or (_only_axis_farthest(p_value(m.group(3)))
                                          and _support_line_on_corner()
                                          and ("tilted" not in m.group(5)
                                               or _tilt_off_axis(p_value(m.group(3))))))
                and axis_tangents(p_value(m.group(3))).smooth
                and _bulges(p_value(m.group(3)))
                and np.array_equal(axis_tangents(p_value(m.group(3))).directions[0],
                                   [0.0, 1.0]))),
    Rule("one tangent", rf"(?s){_TURN}(?:The dial rests|resting first) at p = ({NUMBER})"
         r"(?:; its orange turns towards ridge's green)?\."
         rf"{_ZOOM} At \(1, 0\) the ball now has one vertical tangent, with one "
         r"normal(: at p = 1 a whole fan's lines first touched \(1, 0\), where w₂ = 0; now "
         r"only its line|; a tilted line now first touches it off the axis, both weights "
         r"non-zero)?(, a rounding "
         r"too slight to see even magnified)?\.",
         _morph(lambda x, y, m, f: x < 1.0 < p_value(m.group(3)) < y
                and axis_normals(p_value(m.group(3))).single
                and _zoom_said(m, p_value(m.group(3)))
                and (m.group(5) is None or (_only_axis_farthest(p_value(m.group(3)))
                                          and _support_line_on_corner()
                                          and ("tilted" not in m.group(5)
                                               or _tilt_off_axis(p_value(m.group(3))))))
                and axis_tangents(p_value(m.group(3))).smooth
                and _bulges(p_value(m.group(3)))
                and np.array_equal(axis_tangents(p_value(m.group(3))).directions[0],
                                   [0.0, 1.0]))),
    Rule("every p above 1", rf"(?s){_TURN}(?:The dial turns on: one tangent for every p above 1"
         r"(, even where the rounding is too slight to see)?|This holds for every p > 1)\.",
         _morph(lambda x, y, m, f: x <= 1.0 < y and all(
             axis_tangents(q).smooth for q in (np.nextafter(1.0, 2.0), 1.01, 1.5, 2.0, 100.0,
                                               np.inf)))),
    Rule("rounder", rf"(?s){_TURN}It grows rounder",
         _morph(lambda x, y, m, f: 1.0 < x < 2.0 and ball_facts(x).shape == "rounded diamond")),
    Rule("passes the circle", rf"(?s){_TURN}At p = ({P}) it passes the circle",
         _morph(lambda x, y, m, f: p_value(m.group(3)) == 2.0 and x < 2.0 < y)),
    # Towards ∞: ‖w‖_p → max |wᵢ| as p grows (checked on regmath's norm), said as the reason.
    Rule("sides flatten", rf"(?s){_TURN}(?:(As p grows the largest \|wᵢ\| dominates: i)|I)ts "
         r"sides flatten towards a square",
         _morph(lambda x, y, m, f: x <= 2.0 < y and (m.group(3) is None
                                                       or (np.isinf(y) and _max_dominates())))),
    Rule("sides flatten further", rf"(?s){_TURN}(?:(As p grows the largest \|wᵢ\| dominates: "
         r"i)|I)ts sides flatten further towards a square",
         _morph(lambda x, y, m, f: 2.0 < x < y and (m.group(3) is None
                                                      or (np.isinf(y) and _max_dominates())))),
    Rule("limit", rf"(?s){_TURN}As p grows without bound, it approaches the square",
         _morph(lambda x, y, m, f: np.isinf(y) and ball_facts(y).shape == "square")),
    # A convex loss plus a convex penalty is convex, and a convex function's local minima
    # are global (the fits of this film have a convex loss: least squares).
    Rule("summary", r"Convex needs p ≥ 1; with a convex loss, any minimum found is then the "
         r"best\. Corners on the axes "
         r"need p ≤ 1\. (Turn the dial to|The dial is at) p = 1, where they meet\. "
         r"Only p = 1 has both: the diamond",
         lambda m, f: (f["convex_iff_p_ge_1"] and f["axis_corners_iff_p_le_1"]
                       and (m.group(1) == "The dial is at") == (f["high"] == 1.0)),
         ("summary",)),
    Rule("zeros", r"On its corners one weight is exactly 0",
         lambda m, f: all(np.count_nonzero(c == 0.0) == 1 for c in axis_points()), ("summary",)),
]


def _visited(condition):
    return lambda m, f: bool(condition(f["low"], f["high"]))


BALL_SCREEN = [
    Rule("star on screen", r"\\text\{a star\}", _visited(lambda lo, hi: lo < 1.0)),
    Rule("not convex on screen", r"\\text\{not convex\}", _visited(lambda lo, hi: lo < 1.0)),
    Rule("sharp points on screen", r"\\text\{corners \(sharp tips\) on the axes\}",
         _visited(lambda lo, hi: lo < 1.0)),
    Rule("diamond on screen", r"\\text\{the diamond: \} \|w_1\| \+ \|w_2\| \\le 1",
         _visited(lambda lo, hi: lo <= 1.0 <= hi)),
    Rule("axis corners on screen", r"\\text\{corners on the axes\}",
         _visited(lambda lo, hi: lo <= 1.0)),
    Rule("between 1 and 2 on screen", r"\\text\{between diamond and circle\}",
         _visited(lambda lo, hi: lo < 2.0 and hi > 1.0)),
    Rule("circle on screen", r"\\text\{the circle: \} w_1\^2 \+ w_2\^2 \\le 1",
         _visited(lambda lo, hi: lo <= 2.0 <= hi)),
    Rule("between 2 and ∞ on screen", r"\\text\{between circle and square\}",
         _visited(lambda lo, hi: hi > 2.0)),
    Rule("no corners on screen", r"\\text\{no corners\}",
         _visited(lambda lo, hi: hi > 1.0 and (lo < np.inf))),
    Rule("square on screen", r"\\text\{the square: \} \\max\(\|w_1\|, \|w_2\|\) \\le 1",
         _visited(lambda lo, hi: np.isinf(hi))),
    Rule("diagonal corners on screen", r"\\text\{corners on the diagonals\}",
         _visited(lambda lo, hi: np.isinf(hi))),
    Rule("p = ∞ on screen", r"p (?:=|\\to) \\infty", _visited(lambda lo, hi: np.isinf(hi))),
    Rule("middle's norm on screen",
         rf"\\\|\(\\tfrac12,\\ \\tfrac12\)\\\|(?:_\{{({TEX_NUMBER})\}})?{_HALVES} {TEX_REL} "
         rf"({TEX_NUMBER}) > 1",
         lambda m, f: ((m.group(1) is None or agrees(_tex(m.group(1)), f["low"]))
                       and _halves_agree(m, f["low"])
                       and _written(_rel(m.groups()[-2]), [m.groups()[-1]],
                                    [f["triangle"].middle_norm], tex=True)
                       and f["triangle"].middle_norm > 1.0)),
    Rule("twice the middle on screen",
         rf"^\\\|\(1, 1\)\\\|(?:_\{{({TEX_NUMBER})\}})? = 2\\,\\\|\(\\tfrac12,\\ \\tfrac12\)"
         rf"\\\|(?:_\{{({TEX_NUMBER})\}})? {TEX_REL} ({TEX_NUMBER})$",
         lambda m, f: ((m.group(1) is None or agrees(_tex(m.group(1)), f["low"]))
                       and (m.group(2) is None or agrees(_tex(m.group(2)), f["low"]))
                       and np.array_equal(f["triangle"].total, 2.0 * f["triangle"].middle)
                       and _written(_rel(m.group(3)), [m.group(4)], [f["triangle"].total_norm],
                                    tex=True))),
    Rule("triangle inequality fails on screen",
         rf"^\\\|\(1, 0\) \+ \(0, 1\)\\\|_\{{({TEX_NUMBER})\}} {TEX_REL} ({TEX_NUMBER}) > "
         rf"({TEX_NUMBER}) = \\\|\(1, 0\)\\\|_\{{({TEX_NUMBER})\}} \+ "
         rf"\\\|\(0, 1\)\\\|_\{{({TEX_NUMBER})\}}$",
         lambda m, f: (agrees(_tex(m.group(1)), f["low"])
                       and _written(_rel(m.group(2)), [m.group(3)], [f["triangle"].total_norm],
                                    tex=True)
                       and _written("", [m.group(4)], [f["triangle"].ends_norm], tex=True)
                       and agrees(_tex(m.group(5)), f["low"]) and agrees(_tex(m.group(6)), f["low"])
                       and f["triangle"].fails)),
    # The large inequality that replaces the line above when the words name it (r36).
    Rule("triangle inequality written large",
         rf"^\\\|\(1, 0\) \+ \(0, 1\)\\\| {TEX_REL} ({TEX_NUMBER}) > ({TEX_NUMBER}) = "
         rf"\\\|\(1, 0\)\\\| \+ \\\|\(0, 1\)\\\|$",
         lambda m, f: (_written(_rel(m.group(1)), [m.group(2)], [f["triangle"].total_norm],
                                tex=True)
                       and _written("", [m.group(3)], [f["triangle"].ends_norm], tex=True)
                       and f["low"] < 1.0 and f["triangle"].fails)),
    Rule("triangle inequality named on screen", r"^the triangle inequality fails:$",
         lambda m, f: f["low"] < 1.0 and f["triangle"].fails),
    Rule("p range on screen", r"^(?:\$p > 0\$|\(a norm for \$p \\ge 1\$\))$",
         lambda m, f: f["convex_iff_p_ge_1"]),
    Rule("normal defined on screen", r"^outward normal: perpendicular to the boundary,$",
         lambda m, f: True),
    Rule("fan on screen", r"^pointing out; at a corner, a whole fan$",
         lambda m, f: not axis_normals(1.0).single and not axis_tangents(1.0).smooth),
    Rule("sum point on screen", r"^\(1,\\ 1\)$", lambda m, f: True),
    # The four points on the axes, labelled where the ±1 numbers were (r90).
    Rule("axis point on screen", r"^\((?:-?1,\\ 0|0,\\ -?1)\)$",
         lambda m, f: any(point_agrees(m.group(0).replace("-", "−"), c)
                          for c in axis_points())),
    Rule("chord's middle on screen", r"^\(\\tfrac12,\\ \\tfrac12\)$", lambda m, f: True),
    Rule("convex from 1 on screen", r"^convex: \$p \\ge 1\$$",
         lambda m, f: f["convex_iff_p_ge_1"]),
    Rule("axis corners up to 1 on screen", r"corners on the axes: \$p \\le 1\$",
         lambda m, f: f["axis_corners_iff_p_le_1"]),
    # The weight that is 0 at each corner of the diamond (the points on the axes).
    Rule("zero weight on screen", r"^w_([12]) = 0$",
         lambda m, f: any(c[int(m.group(1)) - 1] == 0.0 and np.count_nonzero(c) == 1
                          for c in axis_points())),
    Rule("quasi-norm on screen", r"\\text\{not convex, triangle inequality fails\}",
         lambda m, f: (f["low"] < 1.0 and f["chord_leaves"][f["low"]]
                       and f["triangle"].fails)),
]


def rules_for(scene) -> list[Rule]:
    return BALL_RULES if isinstance_by_name(scene, "UnitBalls") else NORMS_RULES


def screen_rules_for(scene) -> list[Rule]:
    return BALL_SCREEN if isinstance_by_name(scene, "UnitBalls") else NORMS_SCREEN


#: For tests/test_variants.py, which applies one list to every scene of a story: each rule
#: only matches TeX of its own scene.
SCREEN_RULES = [*NORMS_SCREEN, *BALL_SCREEN]


# ------------------------------------------------------------------ variants
def V(scene: type, name: str, data: dict, refused: str | None = None) -> Variant:
    return Variant(scene, name, data, refused, story="norms")


INF = float("inf")

VARIANTS = [
    # ------------------------------------------------------------ NormsAsDistances
    V(NormsAsDistances, "quadrant-2", {"point": (-2.5, 1.5)}),
    V(NormsAsDistances, "quadrant-3", {"point": (-1.0, -2.5)}),
    V(NormsAsDistances, "quadrant-4", {"point": (2.0, -3.0)}),
    V(NormsAsDistances, "on-w1-axis", {"point": (2.0, 0.0)}),
    V(NormsAsDistances, "on-w2-axis-negative", {"point": (0.0, -1.5)}),
    V(NormsAsDistances, "diagonal", {"point": (2.0, 2.0)}),
    V(NormsAsDistances, "near-diagonal", {"point": (2.0, 1.5)}),
    V(NormsAsDistances, "tiny", {"point": (0.003, 0.004)}),
    V(NormsAsDistances, "large", {"point": (3000.0, 1200.0)}),
    V(NormsAsDistances, "fractional", {"point": (0.7, 2.35)}),
    V(NormsAsDistances, "short-leg", {"point": (4.0, 0.2)}),
    V(NormsAsDistances, "origin", {"point": (0.0, 0.0)}, refused="point"),
    V(NormsAsDistances, "nan", {"point": (float("nan"), 1.0)}, refused="point"),
    V(NormsAsDistances, "inf", {"point": (INF, 1.0)}, refused="point"),
    V(NormsAsDistances, "3d", {"point": (1.0, 2.0, 3.0)}, refused="point"),
    V(NormsAsDistances, "text", {"point": "far"}, refused="point"),
    V(NormsAsDistances, "bool-point", {"point": (True, 2.0)}, refused="point"),
    V(NormsAsDistances, "leg-too-short", {"point": (5.0, 0.01)}, refused="point"),
    V(NormsAsDistances, "too-small", {"point": (1e-5, 2e-5)}, refused="point"),
    V(NormsAsDistances, "too-large", {"point": (1e6, 0.0)}, refused="point"),
    # -------------------------------------------------------------------- UnitBalls
    V(UnitBalls, "from-the-diamond", {"stops": (1.0, 2.0, INF)}),
    V(UnitBalls, "between-landmarks", {"stops": (1.5, 3.0)}),
    V(UnitBalls, "stars-only", {"stops": (0.25, 0.5, 0.75)}),
    V(UnitBalls, "across-two-landmarks", {"stops": (0.5, 4.0)}),
    V(UnitBalls, "circle-to-square", {"stops": (2.0, INF)}),
    V(UnitBalls, "dense", {"stops": (1.0, 1.5, 2.0)}),
    V(UnitBalls, "extremes", {"stops": (0.1, 100.0)}),
    V(UnitBalls, "beyond-two", {"stops": (3.0, INF)}),
    V(UnitBalls, "six-stops", {"stops": (0.5, 1.0, 1.5, 2.0, 4.0, INF)}),
    V(UnitBalls, "thirds", {"stops": (1 / 3, 2 / 3, 4 / 3)}),
    V(UnitBalls, "coarse-samples", {"samples": 65}),
    V(UnitBalls, "ends-at-the-diamond", {"stops": (0.5, 1.0)}),
    # The dial rests at p ≈ 1.05, where the ball still looks like the diamond.
    V(UnitBalls, "just-past-the-diamond", {"stops": (0.9, 1.0, 1.1)}),
    V(UnitBalls, "reversed", {"stops": (INF, 2.0, 1.0, 0.5)}, refused="stops"),
    V(UnitBalls, "repeated", {"stops": (1.0, 1.0, 2.0)}, refused="stops"),
    V(UnitBalls, "zero", {"stops": (0.0, 1.0)}, refused="stops"),
    V(UnitBalls, "negative", {"stops": (-1.0, 1.0)}, refused="stops"),
    V(UnitBalls, "nan", {"stops": (float("nan"), 1.0)}, refused="stops"),
    V(UnitBalls, "minus-inf", {"stops": (-INF, 1.0)}, refused="stops"),
    V(UnitBalls, "single", {"stops": (2.0,)}, refused="stops"),
    V(UnitBalls, "too-many", {"stops": (0.5, 1.0, 1.5, 2.0, 3.0, 4.0, INF)}, refused="stops"),
    V(UnitBalls, "too-thin", {"stops": (0.05, 1.0)}, refused="stops"),
    V(UnitBalls, "words", {"stops": ("one", "two")}, refused="stops"),
    V(UnitBalls, "not-a-sequence", {"stops": 2.0}, refused="stops"),
    V(UnitBalls, "samples-off-grid", {"samples": 64}, refused="samples"),
    V(UnitBalls, "samples-too-few", {"samples": 9}, refused="samples"),
]


# A lecturer's numbers, fresh sweep (issue "Truth for any data"): the value types a
# lecturer types (numpy arrays, integers, lists) and the two ends of the accepted scale.
VARIANTS += [
    V(NormsAsDistances, "numpy-q4", {"point": np.array([1.5, -2.0])}),
    V(NormsAsDistances, "integers-3-4-5", {"point": (-3, 4)}),
    V(NormsAsDistances, "lower-limit-diagonal", {"point": (-0.001, -0.001)}),
    V(NormsAsDistances, "upper-limit-q4", {"point": [10000.0, -2500.0]}),
    V(UnitBalls, "integer-list", {"stops": [1, 2, 4]}),
    V(UnitBalls, "numpy-stops", {"stops": np.array([0.5, 2.0, np.inf])}),
    V(UnitBalls, "top-end", {"stops": (100.0, INF)}),
    # 1.01 is refused: the dial would rest at 1.005, said "p = 1.00" (read as the diamond)
    # under "one vertical tangent"; 1.02 rests at 1.01, shown apart from 1 and the stop.
    V(UnitBalls, "hairs-around-one", {"stops": (0.99, 1.01)}, refused="stops"),
    V(UnitBalls, "just-clear-of-one", {"stops": (0.98, 1.02)}),
    V(UnitBalls, "samples-max", {"samples": 1025, "stops": (0.5, 1.0)}),
    V(UnitBalls, "samples-float", {"samples": 257.0}, refused="samples"),
]
