"""The claims ClassicPicture may make, and their facts.

Facts are computed from the scene's class attributes with `regmath` alone:
both constrained solutions (circle and diamond), the factors w*ᵢ / ŵᵢ, whether
H is a multiple of I, whether both balls share their solution.
"""

from __future__ import annotations

import math
import re

import numpy as np

from regmath import Quadratic, constrained
from regmath.classic import (center_outside_both, classic_view, cone_width_degrees,
                             gap_zoom, outside_ball, same_solution, wedge_width_degrees)
from regmath.facts import isotropic, shrink_factors, solution_kind
from regmath.drawing import arrow_scale
from scenes.classic import FRACTIONS, PULL_LENGTH, TILT_SHOWN, ClassicPicture, factor_numbers
from tests.claims import (
    agrees,
    caption_form,
    NUMBER,
    point_agrees,
    rotated,
    Rule,
    SUBSCRIPT,
    TEX_NUMBER,
    Variant,
)

# Each side's penalty weight, as written on screen (review r60 item 2).
LAM_RIDGE = re.escape(r"\lambda_{\text{ridge}}")
LAM_LASSO = re.escape(r"\lambda_{\text{lasso}}")


def facts_for(scene) -> dict:
    """Everything the claims need, from the scene's data only."""
    loss = Quadratic(center=scene.center, hessian=scene.hessian)
    t = float(scene.radius)
    ridge = constrained(loss, norm="l2", radius=t)
    lasso = constrained(loss, norm="l1", radius=t)
    return {"loss": loss, "t": t, "ridge": ridge, "lasso": lasso,
            "lasso_kind": solution_kind(lasso),
            "factors": {"ridge": shrink_factors(loss, ridge), "lasso": shrink_factors(loss, lasso)},
            "isotropic": isotropic(loss), "together": same_solution(ridge, lasso),
            "outside": center_outside_both(loss.center, t),
            "ridge_outside_diamond": outside_ball(ridge.point, "l1", t),
            "zoom": (None if not center_outside_both(loss.center, t) or same_solution(ridge, lasso)
                     else gap_zoom(loss, ridge, lasso, classic_view(loss, ridge, lasso).box))}


def _pull_scale(facts: dict) -> float:
    """The scene's one arrow scale for the pulls (its longer −∇f(w*) drawn PULL_LENGTH·t)."""
    return min(arrow_scale(facts[norm], length=PULL_LENGTH * facts["t"])
               for norm in ("ridge", "lasso"))


def _bend(facts: dict) -> float:
    """Degrees between the lasso's pull H(ŵ − w*) and ŵ − w* itself."""
    d = np.asarray(facts["loss"].center, dtype=float) - np.asarray(facts["lasso"].point)
    g = np.asarray(facts["loss"].hessian, dtype=float) @ d
    cos = float(g @ d) / (float(np.linalg.norm(g) * np.linalg.norm(d)) + 1e-300)
    return math.degrees(math.acos(max(-1.0, min(1.0, cos))))


def _along_normal(sol) -> bool:
    """−∇f(w*) a positive multiple of w* (the circle's outward normal at w*)."""
    g, w = -np.asarray(sol.gradient, dtype=float), np.asarray(sol.point, dtype=float)
    cross = abs(g[0] * w[1] - g[1] * w[0])
    return bool(float(g @ w) > 0.0 and cross <= 1e-9 * float(np.linalg.norm(g) * np.linalg.norm(w)))


def _in_cone(sol) -> bool:
    """−∇f(w*) in the normal cone at an L1 corner: λ·g with g the corner's sign on its
    nonzero weight and |g| ≤ 1 on the zero one (λ > 0)."""
    g = -np.asarray(sol.gradient, dtype=float)
    j = int(np.flatnonzero(sol.point != 0.0)[0])
    lam = float(np.sign(sol.point[j]) * g[j])
    return bool(lam > 0.0 and np.all(np.abs(g) <= lam * (1.0 + 1e-9)))


def _edge_normals(match: re.Match, sol) -> bool:
    """"(1, 1) and (−1, 1)": the two extreme rays of the corner's normal cone, as sign
    vectors, in either order."""
    said = {tuple(int(match.group(i).replace("−", "-")) for i in (a, a + 1)) for a in (1, 3)}
    rays = {tuple(int(v) for v in np.sign(r)) for r in sol.normal_cone}
    return said == rays


def _slides(facts: dict) -> bool:
    """Turned (up to) the scene's PAST_DEGREES past the cone's edge, other data's lasso w* leaves
    the corner and lies inside an edge (both weights nonzero, ‖w*‖₁ = t)."""
    from regmath.classic import corner_pull_solution, slide_past_edge
    from scenes.classic import PAST_DEGREES
    lasso = facts["lasso"]
    _, u = slide_past_edge(facts["loss"], lasso, PAST_DEGREES)
    point = corner_pull_solution(facts["loss"], lasso, u)
    return bool(np.all(point != 0.0) and np.isclose(np.abs(point).sum(), facts["t"]))


def _slide_lowers(facts: dict) -> bool:
    """The scene's slide (SLIDE_DEGREES from ridge's w* onto it): the pull's part along the
    circle is nonzero where it starts, points the way it slides, and f falls all the way;
    at w* the part is 0 to rounding."""
    from regmath.classic import circle_slide
    from scenes.classic import SLIDE_DEGREES
    ridge, loss = facts["ridge"], facts["loss"]
    steps = [circle_slide(loss, ridge, SLIDE_DEGREES, x) for x in np.linspace(0.0, 1.0, 61)]
    values = [float(loss.value(p)) for p, _, _ in steps]
    start, _, along = steps[0]
    end, pull, last = steps[-1]
    return bool(np.all(np.diff(values) < 0.0) and along @ (steps[1][0] - start) > 0.0
                and np.hypot(*last) <= 1e-6 * np.hypot(*pull))


def _same_budget(facts: dict) -> bool:
    """The ŵ′ the scene moves ridge's ŵ through (pulls turned from the real one onto the
    nearest axis and on past it, same H) are solved by the exact solver at the same budget
    t, each with its w* on the circle ‖w‖₂ = t where the scene puts it (t·u)."""
    from regmath.classic import ridge_pull_center
    ridge, loss, t = facts["ridge"], facts["loss"], facts["t"]
    g = -np.asarray(ridge.gradient, dtype=float)
    start = math.atan2(g[1], g[0])
    k = int(np.argmax(np.abs(g)))
    e = np.zeros(2)
    e[k] = np.sign(g[k])
    axis = math.atan2(e[1], e[0])
    for angle in np.linspace(start, axis + (axis - start), 9):
        u = np.array([math.cos(angle), math.sin(angle)])
        moved = Quadratic(center=ridge_pull_center(loss, ridge, u), hessian=loss.hessian)
        other = constrained(moved, norm="l2", radius=t)
        if not (other.active and np.allclose(other.point, t * u, atol=1e-7 * max(t, 1.0))):
            return False
    return True


def _pull_is_lambda_w(ridge: object) -> bool:
    """At ridge's w* the pull −∇f(w*) is λ_ridge·w* (the gradient of (λ/2)‖w‖₂² is λw), to
    rounding: the exact solver's gradient and strength, checked independently."""
    pull = -np.asarray(ridge.gradient, dtype=float)
    star = np.asarray(ridge.point, dtype=float)
    return bool(ridge.strength > 0.0 and np.allclose(pull, ridge.strength * star,
                                                     rtol=1e-6, atol=1e-9 * np.hypot(*pull)))


def _coordinates_differ(facts: dict) -> bool:
    """Neither coordinate factor w*ᵢ/ŵᵢ equals either axis factor h/(h + λ_ridge)."""
    from regmath.classic import axis_shrink
    _, factors = axis_shrink(facts["loss"], facts["ridge"].strength)
    coords = _shown_factors(facts)
    return bool(all(abs(float(c) - float(a)) > 1e-9 for c in coords for a in factors))


def _flat_shrinks_most(facts: dict) -> bool:
    """H's smaller eigenvalue (the flat direction) has the smaller factor h/(h + λ_ridge),
    strictly (regmath's axis_shrink)."""
    from regmath.classic import axis_shrink
    values, factors = axis_shrink(facts["loss"], facts["ridge"].strength)
    low, high = int(np.argmin(values)), int(np.argmax(values))
    return bool(values[low] < values[high] and factors[low] < factors[high])


def _ray_lambda_grows(facts: dict) -> bool:
    """Along ridge's ray ŵ = t·e + μH⁻¹e (μ > 0) the exact solver at budget t keeps
    w* = t·e while its λ_ridge (the ½‖w‖² convention) strictly grows with μ: the ray is
    the set for the budget t, not for one λ."""
    loss, t = facts["loss"], facts["t"]
    e = _ridge_axis_point(facts) / t
    h = np.asarray(loss.hessian, dtype=float)
    strengths = []
    for mu in (0.5, 1.0, 2.0, 4.0):
        moved = Quadratic(center=t * e + mu * np.linalg.solve(h, e), hessian=loss.hessian)
        other = constrained(moved, norm="l2", radius=t)
        if not np.allclose(other.point, t * e, atol=1e-7 * max(t, 1.0)):
            return False
        strengths.append(other.strength)
    return bool(np.all(np.diff(strengths) > 0.0))


def _wedge_lambda_varies(facts: dict) -> bool:
    """Two ŵ of the grey wedge (the real one and the one carried from half its pull) keep the lasso's w* at the corner at budget t with different
    λ_lasso: the wedge is the set for the budget t, λ free."""
    from regmath.classic import corner_pull_center
    loss, lasso, t = facts["loss"], facts["lasso"], facts["t"]
    pull = -np.asarray(lasso.gradient, dtype=float)
    strengths = []
    for share in (1.0, 0.5):
        moved = Quadratic(center=corner_pull_center(loss, lasso, pull, share=share),
                          hessian=loss.hessian)
        other = constrained(moved, norm="l1", radius=t)
        if not np.allclose(other.point, lasso.point, atol=1e-7 * max(t, 1.0)):
            return False
        strengths.append(other.strength)
    return not math.isclose(strengths[0], strengths[1], rel_tol=1e-6)


def _edges_hold(facts: dict) -> bool:
    """Slid EDGE_SLIDE·t off the lasso's corner along either edge of the diamond (towards
    the neighbouring corners, computed here), f rises all the way and the pull H(ŵ − w)
    has a part along the edge pointing back to the corner."""
    from scenes.classic import EDGE_SLIDE
    loss, lasso, t = facts["loss"], facts["lasso"], facts["t"]
    h, c = np.asarray(loss.hessian, dtype=float), np.asarray(loss.center, dtype=float)
    star = np.asarray(lasso.point, dtype=float)
    k = int(np.flatnonzero(star == 0.0)[0])
    for sign in (-1.0, 1.0):
        target = np.zeros(2)
        target[k] = sign * t
        d = (target - star) / np.linalg.norm(target - star)
        points = [star + s * d for s in np.linspace(0.0, EDGE_SLIDE * t, 31)]
        values = [0.5 * (p - c) @ h @ (p - c) for p in points]
        if not (np.all(np.diff(values) > 0.0)
                and all(float(d @ (h @ (c - p))) < 0.0 for p in points[1:])):
            return False
    return True


def _subgradient(match: re.Match, sol) -> bool:
    """"s = (0.493, 1) ∈ ∂‖w*‖₁": each entry agrees with λ⁻¹·(−∇f(w*)), |sᵢ| ≤ 1, and
    sᵢ = sign(w*ᵢ) where w*ᵢ ≠ 0."""
    g = -np.asarray(sol.gradient, dtype=float) / float(sol.multiplier)
    w = np.asarray(sol.point, dtype=float)
    said = [_tex(match.group(k + 1)) for k in range(2)]
    return bool(sol.multiplier > 0.0
                and all(agrees(said[k], g[k]) for k in range(2))
                and np.all(np.abs(g) <= 1.0 + 1e-9)
                and all(abs(g[k] - np.sign(w[k])) <= 1e-9 for k in range(2) if w[k] != 0.0))


def _carried(facts: dict) -> bool:
    """−∇f(w*) = H(ŵ − w*) at the lasso's corner, computed here, and regmath's
    `corner_pull_center` for the real pull is ŵ (ŵ = w* + H⁻¹(−∇f(w*)))."""
    from regmath.classic import corner_pull_center
    loss, lasso = facts["loss"], facts["lasso"]
    h, c = np.asarray(loss.hessian, dtype=float), np.asarray(loss.center, dtype=float)
    pull = -np.asarray(lasso.gradient, dtype=float)
    scale = float(np.linalg.norm(c)) + 1e-300
    return bool(np.allclose(pull, h @ (c - lasso.point), rtol=1e-9, atol=1e-12 * scale)
                and np.allclose(corner_pull_center(loss, lasso, pull), c, rtol=1e-9,
                                atol=1e-9 * scale))


def _ridge_axis_zero(facts: dict) -> int:
    """The weight that is 0 on the axis ridge's turned pull reaches (nearest to its pull)."""
    pull = -np.asarray(facts["ridge"].gradient, dtype=float)
    return 1 - int(np.argmax(np.abs(pull)))


def _ridge_axis_point(facts: dict) -> np.ndarray:
    """t·e: ridge's w* when its pull is turned onto the nearest axis e (`turned_pull`)."""
    from regmath.classic import nearest_axis
    ridge = facts["ridge"]
    t = float(np.linalg.norm(np.asarray(ridge.point, dtype=float)))
    return t * np.asarray(nearest_axis(-np.asarray(ridge.gradient, dtype=float)), dtype=float)


def _ridge_tilt(facts: dict) -> float:
    from regmath.classic import nearest_axis, ridge_line_tilt
    return ridge_line_tilt(facts["loss"].hessian,
                           nearest_axis(-np.asarray(facts["ridge"].gradient, dtype=float)))


def _tilt_shown() -> float:
    from scenes.classic import TILT_SHOWN
    return TILT_SHOWN


def _index(match: re.Match, group: int) -> int:
    return SUBSCRIPT[match.group(group)]


def _owner(match: re.Match, group: int = 1) -> str:
    return "ridge" if "ridge" in match.group(group) else "lasso"


def _tex(text: str) -> str:
    """A TeX number in the captions' form, for `agrees`: "-3.27\\times 10^{-16}" → "−3.27×10⁻¹⁶"."""
    return caption_form(text)


def _factors_agree(match: re.Match, facts: dict) -> bool:
    """"gives w₁* ≈ 0.24·ŵ₁ and w₂* = 0.625·ŵ₂": each factor is that solution's w*ᵢ / ŵᵢ,
    rounded after "≈", exactly after "="."""
    owner = _owner(match)
    factors = facts["factors"][owner]
    quads = [match.group(2, 3, 4, 5), match.group(6, 7, 8, 9)]
    def exact(value: str, factor: float) -> bool:
        if value in GLYPH_FRACTIONS:  # "⅔": the factor is p/q to the float's rounding
            p, q = GLYPH_FRACTIONS[value]
            return abs(p / q - factor) <= 4e-16 * abs(factor)
        return float(value) == float(factor)

    return all(name[-1] == hat
               and (value in GLYPH_FRACTIONS or agrees(value, factors[SUBSCRIPT[hat]]))
               and (relation == "≈" or exact(value, float(factors[SUBSCRIPT[hat]])))
               and (relation == "=" or value not in GLYPH_FRACTIONS)
               for name, relation, value, hat in quads if name is not None)


#: "⅔" → (2, 3): the fractions a factor may be written as (scenes.classic.FRACTIONS).
GLYPH_FRACTIONS = {glyph: key for key, (glyph, _) in FRACTIONS.items()}
FRACTION = "[" + "".join(GLYPH_FRACTIONS) + "]"


def _shown_factors(facts: dict) -> list[float]:
    sol, factors = facts["ridge"], facts["factors"]["ridge"]
    return [factors[i] for i in range(2) if np.isfinite(factors[i]) and sol.point[i] != 0.0]


def _turned(facts: dict) -> bool:
    """Hŵ not parallel to ŵ (their cross product nonzero), computed here directly."""
    c = np.asarray(facts["loss"].center, dtype=float)
    hc = np.asarray(facts["loss"].hessian, dtype=float) @ c
    return bool(abs(c[0] * hc[1] - c[1] * hc[0]) > 1e-12 * np.linalg.norm(c) * np.linalg.norm(hc))


def _ridge_differs(facts: dict) -> bool:
    shown = _shown_factors(facts)
    texts = [n.text for n in factor_numbers(shown)]
    return len(shown) == 2 and texts[0] != texts[1]


#: A shared power of ten after a point in the captions: "×10⁻³".
UNIT = r"×10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+"


def _point_in_unit(match: re.Match, point) -> bool:
    """Groups 1, 2: the numbers; group 3: the unit after them, or None."""
    unit = match.group(3)
    if unit is None:
        return point_agrees(f"({match.group(1)}, {match.group(2)})", point)
    power = unit[3:].translate(str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789"))
    texts = [_in_unit(match.group(k).replace("−", "-"), power) for k in (1, 2)]
    return all(agrees(t, v) for t, v in zip(texts, point))


OWNER = r"^(Against ŵ, ridge|The same bars for the lasso: it)"

CAPTION_RULES = [
    Rule("ŵ given", rf"ŵ = (\({NUMBER}, {NUMBER}\))",
         lambda m, f: point_agrees(m.group(1), f["loss"].center), ("problem",)),
    # r42 (review r41 item 10): the constraint and penalty forms linked: at this t each
    # solution is the penalised one for λ its KKT multiplier (≥ 0).
    # r51 (review r50 item 2): the ellipse drawn with H named is said to be f's level
    # curve; a circle exactly when H is a multiple of I.
    # r68 (CUT round): "f is least squares' loss up to a constant" cut.
    Rule("level curves", r"H is f's curvature, which makes its level curves (ellipses|circles)",
         lambda m, f: (m.group(1) == "circles") == bool(f["isotropic"]), ("problem",)),
    Rule("radius", rf"[Bb]oth budgets are t = ({NUMBER})",
         lambda m, f: agrees(m.group(1), f["t"]) and f["ridge"].multiplier >= 0.0
         and f["lasso"].multiplier >= 0.0, ("balls",)),
    Rule("ridge first", rf"It touches the circle at the level f = ({NUMBER})",
         lambda m, f: f["outside"] and not f["together"]
         and f["ridge"].level < f["lasso"].level and agrees(m.group(1), f["ridge"].level),
         ("grow",)),
    # Ridge's level is below the lasso's (the diamond lies in the circle and the problems
    # differ), so the contour at ridge's level does not meet the diamond.
    # The box is drawn only where regmath's gap_zoom gives one (the gap is small).
    Rule("box", r"The box magnifies this small square\.",
         lambda m, f: f["zoom"] is not None, ("grow",)),
    Rule("grows toward", r"The contour grows toward the circle\.",
         lambda m, f: f["outside"] and not f["together"], ("grow",)),
    Rule("not yet", r"On the lasso's panel it stops at that level too: (?:it has not reached the diamond yet|"
         r"the white segment is its gap to the diamond's (corner|edge))",
         lambda m, f: f["outside"] and not f["together"]
         and f["ridge"].level < f["lasso"].level
         and (m.group(1) is None or (m.group(1) == "corner") == f["lasso"].at_corner),
         ("grow",)),
    # Inside the contour through w* the loss is lower; none of those points is in the
    # circle because w* is the circle's minimizer (ŵ outside: the constraint is active).
    Rule("why first touch", r"Inside this contour f is lower, and none of it is in "
         r"the circle: the touch is ridge's w\*",
         lambda m, f: f["outside"] and not f["together"], ("grow",)),
    # r45 (review r43 item 1): one line, said as an aside; the zero is the corner's.
    # r46 (review r45 item 4): said plainly; B₁ ⊂ B₂ always, "higher" from the levels.
    Rule("diamond inside", r"The diamond lies inside the circle, so the lasso's level is higher",
         lambda m, f: not f["together"] and f["ridge_outside_diamond"]
         and f["lasso"].level > f["ridge"].level, ("grow",)),
    Rule("corner aside", r"That alone zeroes no weight: the corner does",
         lambda m, f: f["lasso"].at_corner and bool(f["lasso"].zero_weights), ("grow",)),
    Rule("rise from", rf"It grows on past ridge's level \(dashed\) until it touches the diamond "
         rf"at f = ({NUMBER})",
         lambda m, f: agrees(m.group(1), f["lasso"].level)
         and f["ridge"].level < f["lasso"].level, ("grow",)),
    Rule("at once", r"It touches the circle and the diamond at once, at the same point",
         lambda m, f: f["together"], ("grow",)),
    # "(−0.373, −0.928)×10⁻³": both numbers in the shared unit, as the result line.
    Rule("ridge w*", rf"Ridge's w\* = \(({NUMBER}), ({NUMBER})\)({UNIT})?",
         lambda m, f: _point_in_unit(m, f["ridge"].point), ("solutions",)),
    Rule("lasso w*", rf"The lasso's w\* = \(({NUMBER}), ({NUMBER})\)({UNIT})?",
         lambda m, f: _point_in_unit(m, f["lasso"].point), ("solutions",)),
    Rule("ridge nonzero", r"Ridge's w\* = [^:]*: both weights are nonzero",
         lambda m, f: not f["ridge"].zero_weights, ("solutions",)),
    Rule("ridge ray zero", r"w([₁₂])\* = 0, because this ŵ lies on one of the four rays",
         lambda m, f: f["ridge"].point[_index(m, 1)] == 0.0, ("solutions",)),
    Rule("lasso corner", r"a corner of the diamond, where w([₁₂])\* = 0 exactly",
         lambda m, f: f["lasso"].at_corner and f["lasso"].point[_index(m, 1)] == 0.0,
         ("solutions",)),
    Rule("lasso at a corner", r"The lasso's w\* = \([^)]*\)(?:×10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)?, a corner of "
         r"the diamond\.", lambda m, f: f["lasso"].at_corner, ("solutions",)),
    Rule("lasso edge", r"on an edge of the diamond: both weights are nonzero",
         lambda m, f: f["lasso_kind"] == "edge" and not f["lasso"].zero_weights,
         ("solutions",)),
    Rule("factors", OWNER + rf" gives (w[₁₂])\* ([=≈]) ({NUMBER}|{FRACTION})·ŵ([₁₂])"
         rf"(?: and (w[₁₂])\* ([=≈]) ({NUMBER}|{FRACTION})·ŵ([₁₂]))?",
         _factors_agree, ("shrink",)),
    Rule("exact zero", OWNER + r".*?(w[₁₂])\* = 0 exactly",
         lambda m, f: f[_owner(m)].point[SUBSCRIPT[m.group(2)[-1]]] == 0.0, ("shrink",)),
    Rule("from a zero", OWNER + rf".*?turns ŵ([₁₂]) = 0 into w([₁₂])\* = ({NUMBER})",
         lambda m, f: m.group(2) == m.group(3)
         and f["loss"].center[_index(m, 2)] == 0.0
         and agrees(m.group(4), f[_owner(m)].point[_index(m, 2)]), ("shrink",)),
    # Ridge's factors are equal exactly when Hŵ ∥ ŵ (w* = (H + μI)⁻¹Hŵ): the arrows along
    # ŵ and Hŵ (regmath's curvature_turn) are drawn at an angle above 0.
    Rule("different factors", r"different factors, because Hŵ does not point along ŵ: ŵ is "
         r"not an eigenvector of H\.",
         lambda m, f: not f["isotropic"] and _ridge_differs(f) and _turned(f), ("shrink",)),
    Rule("bars shrink", r"Ridge's red bars shrink to w\*'s",
         lambda m, f: all(abs(f["ridge"].point[i]) <= abs(f["loss"].center[i])
                          and f["ridge"].point[i] * f["loss"].center[i] >= 0.0
                          for i in range(2)), ("shrink",)),
    Rule("same factor", r"the same factor, because H is a multiple of the identity I",
         lambda m, f: f["isotropic"], ("shrink",)),
    # r52 (review r51 factual error: "H mixes w₁ and w₂" named a wrong cause): ridge's
    # factors differ exactly when Hŵ is not parallel to ŵ, i.e. the line from 0 to ŵ is off
    # the axes of f's ellipses (ŵ not an eigenvector of H; r53: ŵ itself is their centre).
    # r55 (review r54 item 1): why, shown: w* = (H + λI)⁻¹Hŵ is diagonal in H's eigenbasis,
    # h/(h + λ) on each axis (regmath.classic.axis_shrink); ŵ off both axes' lines through 0
    # mixes them, so the two weights' factors differ.
    # r57 (review r56 item 1): h defined, ŵ's parts along the axes each shrunk by h/(h + λ)
    # and added onto w*; in w₁, w₂ that mixes to the coordinate factors, both claimed here.
    # r59 (review r59 item 4): ridge's λ named λ_ridge (the lasso's differs).
    # r66 (review r65 item 7, CUT round): one clause; the factors not repeated.
    # r68 (review r67 item 2): which axis shrinks most, said: the flat one (smaller h) has
    # the smaller factor h/(h + λ_ridge) (regmath's axis_shrink).
    Rule("axis shrink", r"ŵ's part along each ellipse axis shrinks by h/\(h\+λ_ridge\), h being "
         r"H's eigenvalue there(: the flat direction \(small h\) shrinks most)?\.",
         lambda m, f: not f["isotropic"] and _ridge_differs(f) and _turned(f)
         and f["ridge"].strength > 0.0
         and len(_shown_factors(f)) == 2
         and (m.group(1) is None or _flat_shrinks_most(f)), ("shrink",)),
    # r76 (review r75 item 3): why the coordinates' factors are not the axes': ŵ's
    # coordinates mix both axes (H not a multiple of I), and the two coordinate factors differ
    # from both h/(h + λ_ridge) at the digits shown.
    Rule("coordinates mix", r"The coordinates mix both axes, so their factors are not these\.",
         lambda m, f: not f["isotropic"] and _ridge_differs(f) and _turned(f)
         and len(_shown_factors(f)) == 2 and _coordinates_differ(f), ("shrink",)),
    Rule("agree to two digits", r"factors that agree to two digits",
         lambda m, f: len(_shown_factors(f)) == 2 and not _ridge_differs(f), ("shrink",)),
    Rule("one factor", r"only one weight has a factor here",
         lambda m, f: len(_shown_factors(f)) < 2, ("shrink",)),
    Rule("odd factor", r"A factor above 1 or below 0",
         lambda m, f: any(x > 1.0 or x < 0.0 for x in _shown_factors(f)), ("shrink",)),
    Rule("sparse", r"The contour met a corner, and a corner sits on an axis",
         lambda m, f: f["lasso"].at_corner, ("shrink",)),
    Rule("lasso no zero", r"For this ŵ, neither weight is zero",
         lambda m, f: not f["lasso"].zero_weights, ("shrink",)),
    Rule("met an edge", r"the contour met an edge of the diamond, not a corner",
         lambda m, f: f["lasso_kind"] == "edge", ("shrink",)),
    # KKT on the circle: −∇f(w*) = λ·w*/t, along the one normal (ŵ outside: λ > 0); drawn
    # only when ridge's w* has no zero (else the coincidence words would be false).
    # r39: shown, not asserted: off w* the pull has a part along the circle and f falls
    # as the point slides that way onto w* (regmath.classic.circle_slide).
    # r40: the pull defined as it first appears (review r39 item 2): −∇f(w).
    # r42: "Near" w* (review r41 item 11: at the circle's far point the part is 0 too).
    # r46 (review r45 item 3): the pull "(drawn short)" where the arrow scale is below 1.
    Rule("drawn short", r"the pull −∇f\(w\) \(drawn short\)",
         lambda m, f: _pull_scale(f) < 1.0, ("shrink",)),
    Rule("ridge slide", r"Near ridge's w\*, the pull −∇f\(w\)(?: \(drawn short\))? has a part "
         r"along the circle: "
         r"sliding that way lowers f", lambda m, f: f["outside"] and not f["ridge"].zero_weights
         and _slide_lowers(f), ("shrink",)),
    Rule("ridge pull", r"At ridge's w\* that part is 0: the pull is the circle's normal, "
         r"λ_ridge·w\*\.",
         lambda m, f: f["outside"] and not f["ridge"].zero_weights
         and _along_normal(f["ridge"]) and _pull_is_lambda_w(f["ridge"])
         and f["lasso"].at_corner, ("shrink",)),
    # On the circle the one point whose normal is u is t·u: as the pull turns, w* slides
    # round; it is on an axis exactly when u is (shown from ridge's own w*, off the axes).
    # "Move ŵ (other data)": ŵ′ = t·u + m·H⁻¹u puts the exact solver's w* at t·u (checked in
    # tests/test_classic_geometry.py), and is ŵ itself for the real pull.
    # r40: "other data" said as what it is: new targets, the same H (review r39 item 11).
    # r68 (review r67 item 1: "same λ_ridge" and "a single ray" cannot both hold): ŵ moves
    # at the same H and budget t, checked by the exact solver at the moved ŵ
    # (`_same_budget`); λ_ridge's growth along the ray is its own rule.
    Rule("ridge turn", r"(?:Move ŵ( \(same H and budget t\))?: the pull turns, and|As the pull "
         r"turns,) w\* slides round: onto the axis for one direction only",
         lambda m, f: f["outside"] and not f["ridge"].zero_weights
         and _along_normal(f["ridge"])
         and (m.group(1) is None or _same_budget(f)), ("shrink",)),
    Rule("ridge ray lambda", r"a single ray of ŵ(?:, tilted by the curvature H)? "
         r"\(λ_ridge grows along it\)",
         lambda m, f: f["outside"] and not f["ridge"].zero_weights
         and _along_normal(f["ridge"]) and _ray_lambda_grows(f), ("shrink",)),
    # At a corner the normal cone is wide: every −∇f in it keeps w* at the corner (KKT with
    # the free subgradient entry in [−1, 1]), its edges the normals of the two edges
    # meeting there; the corner is on an axis, so a weight is 0.
    # The ŵ whose ridge w* is t·e on an axis: the ray t·e + μH⁻¹e, μ ≥ 0 (one line).
    # r40 (review r39 item 3): the line's direction is H⁻¹e, tilted from the axis e by H
    # (regmath.classic.ridge_line_tilt), said only from TILT_SHOWN degrees on.
    # r42 (review r41 item 2): a ray (μ ≥ 0), not a line.
    Rule("ridge line tilted", r"a single ray of ŵ, tilted by the curvature H",
         lambda m, f: _ridge_tilt(f) >= _tilt_shown(), ("shrink",)),
    # r45 (review r43 item 6): the ray of the ŵ whose w* is t·e (not every ŵ with w₁* = 0).
    Rule("ridge line", rf"onto the axis for one direction only: for w\* = (\({NUMBER}, "
         rf"{NUMBER}\)), a single ray of ŵ",
         lambda m, f: f["outside"] and not f["ridge"].zero_weights
         and _along_normal(f["ridge"]) and point_agrees(m.group(1), _ridge_axis_point(f)),
         ("shrink",)),
    # r40: the normals are slid from the edges' middles to the corner as the words say so.
    # r45 (review r43 item 3): why the corner holds, shown: slid off it along either edge,
    # the pull's part along the edge points back and f rises; the cone's fill its own beat.
    Rule("corner slide", r"At the lasso's corner, slide w along either edge: the pull's part "
         r"along it points back, so f cannot fall",
         lambda m, f: f["lasso"].at_corner and _in_cone(f["lasso"]) and _edges_hold(f),
         ("shrink",)),
    Rule("corner cone", r"The pull lies between the edge normals "
         r"\((−?1), (−?1)\) and \((−?1), (−?1)\), moved to the corner",
         lambda m, f: f["lasso"].at_corner and _in_cone(f["lasso"])
         and _edge_normals(m, f["lasso"]), ("shrink",)),
    Rule("cone keeps", r"They span the normal cone: any pull inside it keeps w\* at the corner",
         lambda m, f: f["lasso"].at_corner and _in_cone(f["lasso"]), ("shrink",)),
    # Past the cone's edge the corner no longer holds: other data's w* is on the edge
    # (regmath.classic.corner_pull_solution).
    # There −∇f′(w*′) = m·α·s, the edge's normal (regmath.classic.corner_pull_at_solution).
    # r39: the data moved instead (regmath.classic.corner_pull_center): ŵ′ in the wedge
    # corner + H⁻¹N(corner) while the pull is in the cone, out of it past the cone's edge.
    # r40 (review r39 item 1): the wedge of ŵ is the cone carried back by H⁻¹: −∇f(w*) =
    # H(ŵ − w*), so ŵ = w* + H⁻¹(−∇f(w*)), and for the real pull that is ŵ itself
    # (regmath.classic.corner_pull_center); its zero weight is the corner's.
    # r42 (review r41 items 1, 3): ŵ = w* + H⁻¹·pull said and written; each pull in the
    # cone (regmath.classic.carried_pulls) carried to a ŵ whose lasso solution is the
    # corner; the wedge named by that corner, not by its zero weight (the mirror wedge and
    # the axis inside the diamond have the same zero).
    Rule("carry", r"At full length the pull is H\(ŵ − w\*\), so ŵ = w\* \+ H⁻¹·pull",
         lambda m, f: f["lasso"].at_corner and _in_cone(f["lasso"]) and _carried(f),
         ("shrink",)),
    # r51 (review r51 item 5): both w* are penalised minimizers too (each constraint binds:
    # ŵ is outside both balls), with the weight λ = regmath's `strength` shown on screen.
    # r68 (review r67 item 7): ridge's penalty convention said; λ_ridge on screen is the
    # solver's strength for f + (λ/2)‖w‖₂² (the screen rule for the penalty line checks it).
    Rule("penalty weight", r"Each w\* also minimizes f plus a penalty, weight λ_ridge or λ_lasso"
         r"(?: \(ridge's penalty with ½\))?",
         lambda m, f: f["ridge"].active and f["lasso"].active
         and f["ridge"].strength > 0 and f["lasso"].strength > 0),
    # r46 (review r45 item 5): the real pull H(ŵ − w*) is not along ŵ − w* (H bends it),
    # said where the angle between them is at least the scene's TILT_SHOWN degrees.
    Rule("bend", r"The pull does not point at ŵ: H⁻¹ bends it",
         lambda m, f: f["lasso"].at_corner and _in_cone(f["lasso"]) and _bend(f) >= TILT_SHOWN,
         ("shrink",)),
    # r48: the wedge named with its colour (review r47 item 11).
    Rule("carried wedge", rf"H⁻¹ carries each pull in the cone to a ŵ, the whole cone onto the "
         rf"grey wedge: the ŵ with w\* = (\({NUMBER}, {NUMBER}\))",
         lambda m, f: f["lasso"].at_corner and _in_cone(f["lasso"]) and _carried(f)
         and point_agrees(m.group(1), f["lasso"].point), ("shrink",)),
    # r42: the crossing its own cue (review r41 item 5: the slide came before its words).
    Rule("wedge lambda", r"the ŵ with w\* = \([^)]*\) \(λ_lasso varies\)",
         lambda m, f: f["lasso"].at_corner and _in_cone(f["lasso"]) and _carried(f)
         and _wedge_lambda_varies(f), ("shrink",)),
    Rule("corner wedge", r"Move ŵ: in the wedge, the pull stays in the cone and w\* stays put",
         lambda m, f: f["lasso"].at_corner and _in_cone(f["lasso"]) and _slides(f),
         ("shrink",)),
    # r49 (review r48 item 1): the weight the corner zeroed is no longer 0 once w* slides.
    Rule("corner crossing", r"Out of it, w\* slides along the diamond's edge(?:, and w([₁₂])\* is no "
         r"longer 0)?",
         lambda m, f: f["lasso"].at_corner and _in_cone(f["lasso"]) and _slides(f)
         and (m.group(1) is None or "₁₂".index(m.group(1)) in f["lasso"].zero_weights),
         ("shrink",)),
    Rule("corner turn", r"Anywhere in it, w\* stays put",
         lambda m, f: f["lasso"].at_corner and _in_cone(f["lasso"]) and _slides(f),
         ("shrink",)),
    Rule("corner past edge", r"Past its edge, w\* slides along the diamond's edge, its pull perpendicular "
         r"to it",
         lambda m, f: f["lasso"].at_corner and _in_cone(f["lasso"]) and _slides(f),
         ("shrink",)),
    # r39: the same contrast through the data: ridge's ŵ on one line (regmath's
    # l2_sparse_rays), the lasso's in a wedge (corner + H⁻¹N(corner), positive area).
    # r42 (review r41 item 2): a ray has zero area, the wedge positive area.
    Rule("cone widths", r"Ridge: one direction(?:, a ray of ŵ \(zero area\))?; lasso: a (\d+)° "
         r"cone(?: of pulls, a (\d+)° wedge of ŵ \(positive area\))?\. So (?:a whole range of data gives )?w([₁₂])\* "
         r"= 0 exactly",
         lambda m, f: f["lasso"].at_corner and not f["ridge"].zero_weights
         and int(m.group(1)) == round(cone_width_degrees(f["lasso"]))
         and cone_width_degrees(f["ridge"]) == 0.0
         and (m.group(2) is None
              or int(m.group(2)) == round(wedge_width_degrees(f["loss"], f["lasso"])))
         and f["lasso"].point[_index(m, 3)] == 0.0, ("shrink",)),
    # A smooth ball: ridge's w* is on an axis only where ∇f happens to point along it.
    Rule("smooth circle", r"The circle has no corners: ridge's touch lands on an axis only by "
         r"coincidence", lambda m, f: not f["ridge"].zero_weights, ("shrink",)),
]


def _eigen(facts: dict) -> np.ndarray:
    """H's eigenvalues, ascending (numpy's, not the scene's)."""
    return np.linalg.eigvalsh(np.asarray(facts["loss"].hessian, dtype=float))


def _entries_agree(match: re.Match, facts: dict) -> bool:
    """"= (0.24\\,\\hat w_1,\\ 0)": some solution whose factor (or exact value) each entry is."""
    entries = [e.strip() for e in re.split(r",\\ ", match.group(1))]
    if len(entries) != 2:
        return False
    for owner in ("ridge", "lasso"):
        sol, factors = facts[owner], facts["factors"][owner]
        ok = True
        for i, entry in enumerate(entries):
            times = re.fullmatch(rf"(?:\{{\\approx\}}\\,)?({TEX_NUMBER})\\,\\hat w_{i + 1}", entry)
            frac = re.fullmatch(rf"(\d+)/(\d+)\\,\\hat w_{i + 1}", entry)
            if frac:
                p, q = int(frac.group(1)), int(frac.group(2))
                ok &= bool(np.isfinite(factors[i])
                           and abs(p / q - factors[i]) <= 4e-16 * abs(factors[i]))
            elif times:
                ok &= bool(np.isfinite(factors[i]) and agrees(_tex(times.group(1)), factors[i]))
            elif re.fullmatch(TEX_NUMBER, entry):
                # A bare value: an exact zero, or w*ᵢ where ŵᵢ = 0 (no factor).
                ok &= bool(agrees(_tex(entry), sol.point[i])
                           and (sol.point[i] == 0.0 or facts["loss"].center[i] == 0.0))
            else:
                ok = False
        if ok:
            return True
    return False


def _in_unit(text: str, power: str | None) -> str:
    """A TeX number followed by a shared "\\times 10^{n}" (``power``, or None), in the
    captions' form: "-0.373" with "-3" → "−0.373×10⁻³"."""
    if power is None:
        return _tex(text)
    inner = re.fullmatch(r"(.*)\\times 10\^\{(-?\d+)\}", text)
    if inner:  # a number already ×10ᵏ inside the group: ×10^(k+n)
        return _tex(rf"{inner.group(1)}\times 10^{{{int(inner.group(2)) + int(power)}}}")
    return _tex(rf"{text}\times 10^{{{power}}}")


def _unit_of(values: list[float]) -> int:
    """The shared power of ten a panel line may use for ``values``: a multiple of 3 that
    puts the largest magnitude in [0.1, 100), or 0 (no unit) for magnitudes in
    [0.01, 10⁴). Written out here from the rule, not imported from the scene."""
    top = max((abs(v) for v in values if v != 0.0), default=0.0)
    if top == 0.0 or 1e-2 <= top < 1e4:
        return 0
    power = 0
    while top / 10.0 ** power >= 100.0:
        power += 3
    while top / 10.0 ** power < 0.1:
        power -= 3
    return power


def _readout_unit(match: re.Match, facts: dict) -> bool:
    """"f = 0.000 \\times 10^{-6}": the f labels' shared unit is the one the two levels call
    for (the readout's digits change as the contour grows; the scene test reads its
    last values back)."""
    return int(match.group(1)) == _unit_of([facts["ridge"].level, facts["lasso"].level])


SCREEN_RULES = [
    # The heading's "= 1" (typeset "${} = 1$": "{}" spaces the "=" as a relation).
    Rule("radius on screen", rf"^\$?(?:\{{\}}|\\,)?\s*= ({TEX_NUMBER})\$?$",
         lambda m, f: agrees(_tex(m.group(1)), f["t"])),
    # "w*_ridge = (-0.373,\ -0.928)\times 10^{-3}": both numbers in the shared unit.
    Rule("w* on screen", rf"w\^\*_\{{\\text\{{(?:\\small |\\fontsize\{{[\d.]+\}}\{{[\d.]+\}}\\selectfont )?(ridge|lasso)\}}\}} = \(({TEX_NUMBER}),\\ "
         rf"({TEX_NUMBER})\)(?:\\times 10\^\{{(-?\d+)\}})?",
         lambda m, f: all(agrees(_in_unit(m.group(k + 2), m.group(4)), f[m.group(1)].point[k])
                          for k in range(2))),
    Rule("f unit on screen", r"^f\s*=\s*[0.]+\s*\\times 10\^\{(-?\d+)\}$", _readout_unit),
    Rule("H on screen", rf"H = \\left\(\\begin\{{smallmatrix\}}({TEX_NUMBER}) & ({TEX_NUMBER})"
         rf"\\\\({TEX_NUMBER}) & ({TEX_NUMBER})\\end\{{smallmatrix\}}",
         lambda m, f: all(agrees(_tex(m.group(k + 1)), np.asarray(f["loss"].hessian).ravel()[k])
                          for k in range(4))),
    Rule("factors on screen", r"^(?:=|\\approx) \((.*)\)$", _entries_agree),
    Rule("ŵ on screen", rf"^\(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)$",
         lambda m, f: all(agrees(_tex(m.group(k + 1)), f["loss"].center[k]) for k in range(2))),
    # The pulls tied to the penalised forms: ridge −∇f(w*) = μ w* (μ = λ/t, the penalty
    # (μ/2)‖w‖₂²'s weight); the lasso −∇f(w*) = λ s with s ∈ ∂‖w*‖₁ (|sᵢ| ≤ 1, sᵢ = sign w*ᵢ
    # where w*ᵢ ≠ 0).
    Rule("ridge kkt on screen", rf"^\\text\{{ridge: pull\}} = \\mu\\, w\^\*,\\ \\mu = ({TEX_NUMBER})$",
         lambda m, f: _along_normal(f["ridge"])
         and agrees(_tex(m.group(1)), f["ridge"].strength)
         and np.allclose(-np.asarray(f["ridge"].gradient), f["ridge"].strength
                         * np.asarray(f["ridge"].point), rtol=1e-9, atol=0.0)),
    Rule("lasso kkt on screen", rf"^\\text\{{lasso: pull\}} = \\lambda\\, s,\\ \\lambda = ({TEX_NUMBER})$",
         lambda m, f: agrees(_tex(m.group(1)), f["lasso"].multiplier)),
    Rule("subgradient on screen", rf"^s = \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\) \\in \\partial\\\|w\^\*\\\|_1$",
         lambda m, f: _subgradient(m, f["lasso"])),
    # r40: each edge normal's vector by its arrow: a ray of the corner's normal cone.
    Rule("edge normal on screen", r"^\\left\((-?1),\\ (-?1)\\right\)$",
         lambda m, f: f["lasso"].at_corner and (int(m.group(1)), int(m.group(2))) in
         {tuple(int(v) for v in np.sign(r)) for r in f["lasso"].normal_cone}),
    Rule("cone width on screen", r"\\text\{a \}(\d+)\^\\circ\\text\{ cone\}",
         lambda m, f: f["lasso"].at_corner
         and int(m.group(1)) == round(cone_width_degrees(f["lasso"]))),
    # "ŵ with w₁* = 0": the lasso's wedge (its corner's zero) or ridge's line (the axis its
    # pull turns onto).
    # r42 (review r41 item 3): named by the solution itself: the lasso's corner (its wedge)
    # or ridge's t·e on the axis its pull turns onto (its ray).
    Rule("solution set on screen",
         rf"^\\hat w\\text\{{ with \}}w\^\* = \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)$",
         lambda m, f: any(all(agrees(_tex(m.group(k + 1)), p[k]) for k in range(2))
                          for p in (f["lasso"].point, _ridge_axis_point(f)))),
    # r51 (review r51 item 5): the penalty weight each w* matches, under its result line:
    # ridge's (λ/2)‖w‖₂² with −∇f(w*) = λw*, the lasso's λ‖w‖₁ (regmath's `strength`).
    Rule("ridge penalty on screen",
         rf"^f \+ \\tfrac\{{{LAM_RIDGE}\}}\{{2\}}\\\|w\\\|_2\^2,\\ {LAM_RIDGE} = ({TEX_NUMBER})$",
         lambda m, f: agrees(_tex(m.group(1)), f["ridge"].strength)
         and np.allclose(-np.asarray(f["ridge"].gradient), f["ridge"].strength
                         * np.asarray(f["ridge"].point), rtol=1e-9, atol=0.0)),
    Rule("lasso penalty on screen",
         rf"^f \+ {LAM_LASSO}\\\|w\\\|_1,\\ {LAM_LASSO} = ({TEX_NUMBER})$",
         lambda m, f: agrees(_tex(m.group(1)), f["lasso"].strength)),
    # r52 (review r52 item 2): the penalty weight kept under a title, ridge's or the
    # lasso's (regmath's `strength`).
    # r59 (review r59 item 4: one symbol, two values): each tag names its side.
    Rule("lambda tag on screen", rf"^\\lambda_\{{\\text\{{(ridge|lasso)\}}\}} = ({TEX_NUMBER})$",
         lambda m, f: agrees(_tex(m.group(2)), f[m.group(1)].strength)),
    # r59 (review r59 item 2): ridge's factor on each ellipse axis, h/(h + λ_ridge)
    # and H's eigenvalues h (numpy's eigvalsh).
    Rule("axis factors on screen", rf"^h/\(h\+\\lambda_\{{\\text\{{ridge\}}\}}\) = "
         rf"({TEX_NUMBER}),\\ ({TEX_NUMBER})$",
         lambda m, f: all(agrees(_tex(m.group(k + 1)),
                                 _eigen(f)[k] / (_eigen(f)[k] + f["ridge"].strength))
                          for k in range(2))),
    # r68 (review r67 item 2): one eigenvalue beside its ellipse axis.
    Rule("eigenvalue on screen", rf"^h = ({TEX_NUMBER})$",
         lambda m, f: any(agrees(_tex(m.group(1)), v) for v in _eigen(f))),
    Rule("eigenvalues on screen", rf"^h = ({TEX_NUMBER}),\\ ({TEX_NUMBER})$",
         lambda m, f: all(agrees(_tex(m.group(k + 1)),
                                 _eigen(f)[k])
                          for k in range(2))),
    # r59 (review r59 item 5: "only here" overstated, the mirror ray gives w₁* = 0 too):
    # ridge's w₁* is 0 on this ray of ŵ only among the ŵ shown (ŵ outside the circle, its
    # own w* off the axes: the ray is one direction of pull).
    Rule("ray only on screen", r"^only on (?:this|the dashed) ray$",
         lambda m, f: f["outside"] and not f["ridge"].zero_weights
         and cone_width_degrees(f["ridge"]) == 0.0),
    # The takeaway under the lasso's KKT step: that weight of its w* is exactly 0.
    Rule("takeaway on screen", r"^w\^\*_([12]) = 0\\text\{ exactly\}$",
         lambda m, f: f["lasso"].point[int(m.group(1)) - 1] == 0.0),
]


def rules_for(scene) -> list[Rule]:
    return CAPTION_RULES


# ------------------------------------------------------------------ variants
def V(name: str, data: dict, refused: str | None = None) -> Variant:
    return Variant(ClassicPicture, name, data, refused, story="classic")


VARIANTS = [
    V("quadrant-3", {"center": (-1.4, -1.7)}),
    V("quadrant-4-edge", {"center": (2.0, -1.0), "hessian": ((1.0, 0.3), (0.3, 2.0))}),
    V("on-axis-together", {"center": (2.5, 0.0), "hessian": ((3.0, 0.0), (0.0, 1.0))}),
    V("isotropic", {"center": (1.5, 1.0), "hessian": ((2.0, 0.0), (0.0, 2.0))}),
    V("far-cond-100", {"center": (8.0, 6.0), "hessian": rotated(100, 1, 0.4), "radius": 0.2}),
    V("cond-1e4", {"center": (2.0, 1.5), "hessian": rotated(1e4, 1, 0.3)}),
    V("tiny", {"center": (0.05, 0.03), "radius": 0.02}),
    V("large-scale", {"center": (300.0, 200.0), "radius": 100.0}),
    V("coupled", {"center": (2.0, 0.2), "hessian": ((1.0, 0.95), (0.95, 1.0))}),
    V("center-on-axis-tilted", {"center": (2.0, 0.0), "hessian": ((1.0, 0.5), (0.5, 2.0))}),
    V("just-outside", {"center": (0.72, 0.72)}),
    V("no-rings", {"rings": 0}),
    # 1 / 1.6 = 0.625 exactly: the factor is shown with its three digits, not rounded.
    V("exact-tie-factor", {"center": (1.0, 1.6)}),
    # Ridge's path crosses the w₂-axis exactly on the circle: ρ = 1 gives w(1) = (0, 1)
    # (a lecturer's data; w₁* came out −1.05e-16 and factor_words crashed on "1.0×10⁻¹⁶").
    V("on-ray-offdiag", {"center": (-1.0, 3.0), "hessian": ((2.0, 1.0), (1.0, 1.0)),
                         "radius": 1.0}),
    # The same with ŵ₁ one ulp away: the zero is no longer exact, the tiny weight stays.
    V("near-ray-offdiag", {"center": (-1.0000000000000002, 3.0),
                           "hessian": ((2.0, 1.0), (1.0, 1.0)), "radius": 1.0}),
    # A lecturer's milli-scale data (issue 9): numbers in a shared ×10⁻³ / ×10⁻⁶, result
    # lines beside the loss, f labels and ŵ's label clear of the axes' numbers.
    V("milli-axis-offdiag", {"center": (0.0, -0.0025), "hessian": ((2.0, 0.8), (0.8, 1.0)),
                             "radius": 0.001}),
    # Kilo scale: levels in the millions read "×10⁶".
    V("kilo-q2", {"center": (-1500.0, 2200.0), "hessian": ((1.0, 0.3), (0.3, 2.0)),
                  "radius": 800.0}),
    V("inside-both", {"center": (0.3, 0.2)}, refused="center"),
    V("inside-circle-only", {"center": (0.6, 0.6)}, refused="center"),
    V("on-circle", {"center": (0.6, 0.8)}, refused="center"),
    V("singular", {"hessian": ((1.0, 0.0), (0.0, 0.0))}, refused="hessian"),
    V("radius-0", {"radius": 0.0}, refused="radius"),
    V("radius-negative", {"radius": -1.0}, refused="radius"),
    V("nan-center", {"center": (float("nan"), 1.0)}, refused="center"),
    V("asymmetric", {"hessian": ((1.0, 0.3), (0.2, 2.0))}, refused="hessian"),
    V("indefinite", {"hessian": ((1.0, 0.0), (0.0, -1.0))}, refused="hessian"),
    V("cond-1e7", {"hessian": rotated(1e7, 1, 0.3)}, refused="hessian"),
    V("many-rings", {"rings": 99}, refused="rings"),
    V("few-samples", {"contour_samples": 5}, refused="contour_samples"),
    V("3d-center", {"center": (1.0, 2.0, 3.0)}, refused="center"),
]


# A lecturer's numbers, fresh sweep (issue "Truth for any data").
VARIANTS += [
    # ŵ on the diagonal, H's axes along the diagonals: the lasso's w* is the edge's midpoint.
    V("diagonal-rotated", {"center": (1.5, 1.5), "hessian": rotated(4.0, 1.0, math.pi / 4)}),
    V("just-outside-1.01", {"center": (0.606, 0.808)}),
    V("radius-1e-3", {"center": (0.0021, -0.0013), "radius": 0.001}),
    V("radius-1e3", {"center": (-1800.0, -900.0), "radius": 1000.0}),
    V("tiny-offdiag-axis", {"center": (2.0, 0.0), "hessian": ((1.0, 1e-9), (1e-9, 2.0))}),
    V("cond-1e3-rotated", {"center": (1.2, -1.6), "hessian": rotated(1e3, 1.0, 0.7)}),
    V("numpy-negative", {"center": np.array([-2.0, -0.7]),
                         "hessian": np.array([[2.0, -0.6], [-0.6, 1.0]]), "radius": 0.8}),
    V("huge-ball-small-center", {"center": (0.5, 0.3), "radius": 1000.0}, refused="center"),
    V("rings-float", {"rings": 3.0}, refused="rings"),
    # Nearly singular (det 1e-4): the H card must read 0.99995, never a singular "1.000".
    V("near-singular", {"center": (3.0, -2.9), "hessian": ((1.0, 0.99995), (0.99995, 1.0))}),
]
