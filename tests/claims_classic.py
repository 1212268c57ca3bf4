"""The claims ClassicPicture may make, and their facts.

Facts are computed from the scene's class attributes with `regmath` alone:
both constrained solutions (circle and diamond), the factors w*ᵢ / ŵᵢ, whether
H is a multiple of I, whether both balls share their solution.
"""

from __future__ import annotations

import math
import re

import numpy as np

from regmath import Quadratic, constrained, penalized
from regmath.classic import (center_outside_both, classic_view, cone_width_degrees,
                             corner_pull_center, gap_zoom, outside_ball, ridge_pull_center,
                             same_solution, wedge_width_degrees)
from regmath.facts import isotropic, shrink_factors, solution_kind
from regmath.drawing import arrow_scale
from scenes.classic import PULL_LENGTH, TILT_SHOWN, ClassicPicture
from tests.claims import (
    agrees,
    caption_form,
    LiveClaims,
    NUMBER,
    point_agrees,
    rotated,
    Rule,
    SUBSCRIPT,
    TEX_NUMBER,
    Variant,
)


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


def _aim_degrees(facts: dict) -> float:
    """The angle between the lasso's full pull H(ŵ − w*) and ŵ − w*, in degrees."""
    loss, sol = facts["loss"], facts["lasso"]
    d = np.asarray(loss.center, dtype=float) - np.asarray(sol.point, dtype=float)
    g = np.asarray(loss.hessian, dtype=float) @ d
    if not np.any(d):
        return 0.0
    cos = float(d @ g) / (float(np.linalg.norm(d)) * float(np.linalg.norm(g)))
    return float(np.degrees(np.arccos(np.clip(cos, -1.0, 1.0))))


def _each_lambda(facts: dict) -> bool:
    """For a few λ ≥ 0 (this t's and others), each norm's penalized w_λ is the constrained
    solution at the budget t = ‖w_λ‖ (λ = 0: ŵ itself, inside its own ball)."""
    loss = facts["loss"]
    for name, norm in (("ridge", "l2"), ("lasso", "l1")):
        base = float(facts[name].strength)
        for lam in {base, 0.5 * base, 2.0 * base}:
            if not (math.isfinite(lam) and lam > 0.0):
                continue
            w = penalized(loss, norm=norm, strength=lam).point
            t = float(np.linalg.norm(w, 2 if norm == "l2" else 1))
            if t == 0.0:
                continue
            again = constrained(loss, norm=norm, radius=t).point
            scale = max(float(np.max(np.abs(w))), 1e-300)
            if not np.allclose(again, w, rtol=1e-6, atol=1e-8 * scale):
                return False
    return True


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
    return TILT_SHOWN


def _penalised(sol, norm: str) -> bool:
    """−∇f(w*) = λg with λ ≥ 0 and g a subgradient of the norm at w* (w*/‖w*‖₂ for the
    circle; sign(w*ᵢ) where w*ᵢ ≠ 0 and |gᵢ| ≤ 1 for the diamond), to rounding: then w*
    minimizes the convex f + λ‖w‖."""
    pull = -np.asarray(sol.gradient, dtype=float)
    w = np.asarray(sol.point, dtype=float)
    tol = 1e-7 * max(float(np.hypot(*pull)), 1e-300)
    if norm == "l2":
        if not np.any(w):
            return False
        lam = float(np.hypot(*pull))
        return bool(np.allclose(pull, lam * w / np.hypot(*w), atol=tol))
    lam = float(np.max(np.abs(pull)))
    return bool(all(abs(pull[k] - lam * np.sign(w[k])) <= tol for k in range(2) if w[k] != 0.0))


def _penalty_matches(facts: dict, name: str) -> bool:
    """The constrained w* is regmath's penalized solution at a λ ≥ 0: the lasso's at its
    multiplier λ (f + λ‖w‖₁), ridge's at its λ for f + (λ/2)‖w‖₂² (regmath's ridge
    penalty), checked against the solver at that strength."""
    sol, loss = facts[name], facts["loss"]
    norm = "l2" if name == "ridge" else "l1"
    lam = float(sol.strength)
    if not (math.isfinite(lam) and lam >= 0.0):
        return False
    again = penalized(loss, norm=norm, strength=lam).point
    scale = max(float(np.max(np.abs(sol.point))), 1e-300)
    return bool(np.allclose(again, sol.point, rtol=1e-7, atol=1e-9 * scale))


def _penalty_here(facts: dict) -> bool:
    """Both budgets bind and each constrained w* is regmath's penalized one at its strength
    (the dots drawn at the link are the touches)."""
    return (facts["ridge"].active and facts["lasso"].active
            and _penalty_matches(facts, "ridge") and _penalty_matches(facts, "lasso"))


def _penalty_norm(match: re.Match, facts: dict) -> bool:
    """"‖w*‖₂ = 1.00": the norm of regmath's penalized w* at that form's λ (both budgets
    binding), which agrees with t."""
    name = "ridge" if match.group(1) == "2" else "lasso"
    sol = facts[name]
    if not (facts["ridge"].active and facts["lasso"].active and math.isfinite(sol.strength)):
        return False
    reached = penalized(facts["loss"], norm="l" + match.group(1), strength=sol.strength).radius
    said = _tex(match.group(2))
    return agrees(said, reached) and agrees(said, facts["t"])


def _least_squares(loss) -> bool:
    """f(w) = ½(w−ŵ)ᵀH(w−ŵ) is ½‖y − Xw‖² up to a constant (H = XᵀX, ŵ the least squares
    fit) exactly when H is symmetric positive semidefinite."""
    h = np.asarray(loss.hessian, dtype=float)
    return bool(np.allclose(h, h.T) and np.linalg.eigvalsh(h).min() >= -1e-12 * max(1.0, abs(h).max()))


def _index(match: re.Match, group: int) -> int:
    return SUBSCRIPT[match.group(group)]


def _tex(text: str) -> str:
    """A TeX number in the captions' form, for `agrees`: "-3.27\\times 10^{-16}" → "−3.27×10⁻¹⁶"."""
    return caption_form(text)


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


CAPTION_RULES = [
    Rule("ŵ given", rf"ŵ = (\({NUMBER}, {NUMBER}\))",
         lambda m, f: point_agrees(m.group(1), f["loss"].center), ("problem",)),
    # r42 (review r41 item 10): the constraint and penalty forms linked: at this t each
    # solution is the penalised one for λ its KKT multiplier (≥ 0).
    # r51 (review r50 item 2): the ellipse drawn with H named is said to be f's level
    # curve; a circle exactly when H is a multiple of I.
    # r68 (CUT round): "f is least squares' loss up to a constant" cut.
    # r81 (review r80 item 1): f is least squares' loss ½‖y − Xw‖² up to a constant, with
    # H = XᵀX and ŵ its unregularized (least squares) fit, exactly when H is symmetric
    # positive semidefinite (then X = H^½ and y = Xŵ).
    # r83 (review r82 item 4): ŵ named before the formula is written.
    # r84 (review r83 item 7): f named with its formula.
    # r85 (review r84 item 6): "up to a constant", and H = XᵀX said (X = H^½).
    # r87 (both reviews of r86: X never shown): "(up to a constant)", no "H = XᵀX" (the
    # fact checked is the same: f is ½‖y − Xw‖² + const for X = H^½, y = Xŵ).
    Rule("least squares", r"share least squares' loss \(up to a constant\), lowest at ŵ = .*?, "
         r"its unregularized fit: f\(w\) = .*?, whose H makes",
         lambda m, f: _least_squares(f["loss"]), ("problem",)),
    Rule("level curves", r"whose H makes its level curves (ellipses|circles)",
         lambda m, f: (m.group(1) == "circles") == bool(f["isotropic"]), ("problem",)),
    Rule("radius", rf"[Bb]oth budgets are t = ({NUMBER})",
         lambda m, f: agrees(m.group(1), f["t"]) and f["ridge"].multiplier >= 0.0
         and f["lasso"].multiplier >= 0.0, ("balls",)),
    # r87 (both reviews of r86, item 1): the touch is the penalty's w* (drawn since the
    # link, both budgets binding): regmath's penalized solution at ridge's strength.
    Rule("ridge first", rf"It touches the circle at the level f = ({NUMBER})"
         r"(, at the penalty's w\*)?[.]",
         lambda m, f: f["outside"] and not f["together"]
         and f["ridge"].level < f["lasso"].level and agrees(m.group(1), f["ridge"].level)
         and (m.group(2) is None or _penalty_here(f)),
         ("grow",)),
    # Ridge's level is below the lasso's (the diamond lies in the circle and the problems
    # differ), so the contour at ridge's level does not meet the diamond.
    # The box is drawn only where regmath's gap_zoom gives one (the gap is small).
    Rule("box", r"The box magnifies this (?:small )?square\.",
         lambda m, f: f["zoom"] is not None, ("grow",)),
    Rule("grows toward", r"The contour grows toward the circle\.",
         lambda m, f: f["outside"] and not f["together"], ("grow",)),
    # r81 (review r80 item 2): the level said, and that the lasso's contour at it does not
    # reach the diamond (ridge's level is below the lasso's, whose level is the diamond's
    # lowest f).
    # r82 (review r81 items 3, 4): in fewer words.
    Rule("not yet", rf"At f = ({NUMBER}) the lasso's contour does not reach the diamond"
         r"(?:\.|: the white gap\.)",
         lambda m, f: f["outside"] and not f["together"]
         and agrees(m.group(1), f["ridge"].level)
         and f["ridge"].level < f["lasso"].level,
         ("grow",)),
    # Inside the contour through w* the loss is lower; none of those points is in the
    # circle because w* is the circle's minimizer (ŵ outside: the constraint is active).
    Rule("why first touch", r"Inside this contour f is lower, and none of it is in "
         r"the circle: the touch is w\*, ridge's constrained minimizer",
         lambda m, f: f["outside"] and not f["together"], ("grow",)),
    # r45 (review r43 item 1): one line, said as an aside; the zero is the corner's.
    # r46 (review r45 item 4): said plainly; B₁ ⊂ B₂ always, "higher" from the levels.
    # r87: "the same w*" as for ridge (the lasso's strength).
    Rule("rise from", rf"It grows on past ridge's level \(dashed\) until it touches the diamond "
         rf"(at a corner, )?((?:at )?the penalty's w\*, )?at f = ({NUMBER})(?:: w([₁₂])\* = 0\.)?",
         lambda m, f: agrees(m.group(3), f["lasso"].level)
         and f["ridge"].level < f["lasso"].level
         and (m.group(1) is None) == (not f["lasso"].at_corner)
         and (m.group(4) is None or f["lasso"].point[_index(m, 4)] == 0.0)
         and (m.group(1) is None or m.group(4) is not None)
         and (m.group(2) is None or _penalty_here(f)), ("grow",)),
    # r82 (review r81 item 2): the budget form is the penalised one: the constrained w* has
    # −∇f(w*) = λg with g ∈ ∂‖w*‖ and λ ≥ 0, so it minimizes the convex f + λ‖w‖.
    # r83 (review r82 item 1): each form written; regmath's penalized solution at the
    # matching λ is the constrained w*.
    # r84 (brief item 0): ridge's penalty written (λ/2)‖w‖₂², regmath's own form, so the
    # matching λ is the solver's strength itself.
    # r85 (review r84 item 1): said the way the picture needs it: each λ's penalized w*
    # is the budget ‖w_λ‖'s constrained one (checked at this t's λ, and at others).
    Rule("penalty link", r"For each λ ≥ 0, the w\* minimizing f \+ \(λ/2\)‖w‖₂² "
         r"\(ridge\) or f \+ λ‖w‖₁ \(the lasso\) is the w\* of some budget t[.;]",
         lambda m, f: _penalised(f["ridge"], "l2") and _penalised(f["lasso"], "l1")
         and _penalty_matches(f, "ridge") and _penalty_matches(f, "lasso")
         and _each_lambda(f),
         ("balls",)),
    # r86 (both reviews of r85: the link never shown): the λ that gives this t, each the
    # solver's strength for its form, both binding, and regmath's penalized solution at it
    # is the constrained w* (drawn on the ball).
    Rule("penalty here", rf"here λ = ({NUMBER}) \(ridge\) and λ = ({NUMBER}) \(the lasso\) "
         rf"give t = ({NUMBER})\.",
         lambda m, f: f["ridge"].active and f["lasso"].active
         and agrees(m.group(1), f["ridge"].strength) and agrees(m.group(2), f["lasso"].strength)
         and agrees(m.group(3), f["t"])
         and _penalty_matches(f, "ridge") and _penalty_matches(f, "lasso"),
         ("balls",)),
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
    Rule("sparse", r"The contour met a corner, and a corner sits on an axis",
         lambda m, f: f["lasso"].at_corner, ("why",)),
    Rule("lasso no zero", r"For this ŵ, neither weight is zero",
         lambda m, f: not f["lasso"].zero_weights, ("why",)),
    Rule("met an edge", r"the contour met an edge of the diamond, not a corner",
         lambda m, f: f["lasso_kind"] == "edge", ("why",)),
    # KKT on the circle: −∇f(w*) = λ·w*/t, along the one normal (ŵ outside: λ > 0); drawn
    # only when ridge's w* has no zero (else the coincidence words would be false).
    # r39: shown, not asserted: off w* the pull has a part along the circle and f falls
    # as the point slides that way onto w* (regmath.classic.circle_slide).
    # r40: the pull defined as it first appears (review r39 item 2): −∇f(w).
    # r42: "Near" w* (review r41 item 11: at the circle's far point the part is 0 too).
    # r46 (review r45 item 3): the pull "(drawn short)" where the arrow scale is below 1.
    Rule("drawn short", r"the pull −∇f\(w\) \(drawn short\)",
         lambda m, f: _pull_scale(f) < 1.0, ("why",)),
    Rule("ridge slide", r"Near ridge's w\*, the pull −∇f\(w\)(?: \(drawn short\))? has a part "
         r"along the circle: "
         r"sliding that way lowers f", lambda m, f: f["outside"] and not f["ridge"].zero_weights
         and _slide_lowers(f), ("why",)),
    Rule("ridge pull", r"At ridge's w\* that part is 0: the pull is the circle's normal\.",
         lambda m, f: f["outside"] and not f["ridge"].zero_weights
         and _along_normal(f["ridge"]) and _pull_is_lambda_w(f["ridge"])
         and f["lasso"].at_corner, ("why",)),
    # On the circle the one point whose normal is u is t·u: as the pull turns, w* slides
    # round; it is on an axis exactly when u is (shown from ridge's own w*, off the axes).
    # "Move ŵ (other data)": ŵ′ = t·u + m·H⁻¹u puts the exact solver's w* at t·u (checked in
    # tests/test_classic_geometry.py), and is ŵ itself for the real pull.
    # r40: "other data" said as what it is: new targets, the same H (review r39 item 11).
    # r68 (review r67 item 1: "same λ_ridge" and "a single ray" cannot both hold): ŵ moves
    # at the same H and budget t, checked by the exact solver at the moved ŵ
    # (`_same_budget`); λ_ridge's growth along the ray is its own rule.
    Rule("ridge turn", r"(?:Move ŵ( \(same H and t\))?: the pull turns, and|As the pull "
         r"turns,) w\* slides round: onto this axis point only for one direction of the pull",
         lambda m, f: f["outside"] and not f["ridge"].zero_weights
         and _along_normal(f["ridge"])
         and (m.group(1) is None or _same_budget(f)), ("why",)),
    # At a corner the normal cone is wide: every −∇f in it keeps w* at the corner (KKT with
    # the free subgradient entry in [−1, 1]), its edges the normals of the two edges
    # meeting there; the corner is on an axis, so a weight is 0.
    # The ŵ whose ridge w* is t·e on an axis: the ray t·e + μH⁻¹e, μ ≥ 0 (one line).
    # r40 (review r39 item 3): the line's direction is H⁻¹e, tilted from the axis e by H
    # (regmath.classic.ridge_line_tilt), said only from TILT_SHOWN degrees on.
    # r42 (review r41 item 2): a ray (μ ≥ 0), not a line.
    # r82 (review r81 item 6): tilted from the axis its w* lies on (the nearest axis of
    # ridge's pull, the one lit).
    # r84 (review r83 item 5): by how much, in whole degrees (regmath's ridge_line_tilt).
    # r85 (review r84 item 2): "by H" dropped there (the H⁻¹ step comes later).
    Rule("ridge line tilted", r"a single ray of ŵ, tilted (?:by the curvature H|(\d+)° from the "
         r"w([₁₂]) axis)",
         lambda m, f: _ridge_tilt(f) >= _tilt_shown()
         and (m.group(1) is None or (int(m.group(1)) == round(_ridge_tilt(f))
                                     and _ridge_axis_point(f)[_index(m, 2)] != 0.0)),
         ("why",)),
    # r85 (review r84 item 2): the sweep off the ray named: ridge's w* leaves the axis
    # (its zero weight nonzero), to both sides (the pull swings past the axis to its
    # mirror image and back to this data's, which is off the axis).
    Rule("off the ray", r"off the ray, w([₁₂])\* ≠ 0, of either sign\.",
         lambda m, f: f["outside"] and not f["ridge"].zero_weights
         and _along_normal(f["ridge"]) and _ridge_axis_point(f)[_index(m, 1)] == 0.0,
         ("why",)),
    # r45 (review r43 item 6): the ray of the ŵ whose w* is t·e (not every ŵ with w₁* = 0).
    # r84 (review r83 item 5): the ray its own sentence.
    Rule("ridge line", rf"(?:onto this axis point only for one direction of the pull: for|^For) "
         rf"w\* = (\({NUMBER}, {NUMBER}\)), a single ray of ŵ",
         lambda m, f: f["outside"] and not f["ridge"].zero_weights
         and _along_normal(f["ridge"]) and point_agrees(m.group(1), _ridge_axis_point(f)),
         ("why",)),
    # r40: the normals are slid from the edges' middles to the corner as the words say so.
    # r45 (review r43 item 3): why the corner holds, shown: slid off it along either edge,
    # the pull's part along the edge points back and f rises; the cone's fill its own beat.
    Rule("corner slide", r"At the lasso's corner, slide w along either edge: the pull's part "
         r"along it points back, so f cannot fall",
         lambda m, f: f["lasso"].at_corner and _in_cone(f["lasso"]) and _edges_hold(f),
         ("why",)),
    Rule("corner cone", r"The pull lies between the edge normals "
         r"\((−?1), (−?1)\) and \((−?1), (−?1)\), moved to the corner",
         lambda m, f: f["lasso"].at_corner and _in_cone(f["lasso"])
         and _edge_normals(m, f["lasso"]), ("why",)),
    Rule("cone keeps", r"They span the normal cone: any pull inside it keeps w\* at the corner",
         lambda m, f: f["lasso"].at_corner and _in_cone(f["lasso"]), ("why",)),
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
    # r84 (review r83 item 1): why the length counts: ŵ is w* plus H⁻¹ times it.
    # r85 (review r84 item 3): whether the full pull aims at ŵ (H turns it by the angle
    # between H(ŵ − w*) and ŵ − w*, computed here).
    Rule("carry", r"At full length the pull is H\(ŵ − w\*\), (not aimed at ŵ \(H turns it\)|"
         r"aimed at ŵ); so ŵ = w\* \+ H⁻¹·pull(?:: its length fixes ŵ)?",
         lambda m, f: f["lasso"].at_corner and _in_cone(f["lasso"]) and _carried(f)
         and (m.group(1) == "aimed at ŵ") == (_aim_degrees(f) < 1.0),
         ("why",)),
    # r48: the wedge named with its colour (review r47 item 11).
    Rule("carried wedge", rf"H⁻¹ carries each pull in the cone to a ŵ, the whole cone onto the "
         rf"grey wedge: the ŵ with w\* = (\({NUMBER}, {NUMBER}\))",
         lambda m, f: f["lasso"].at_corner and _in_cone(f["lasso"]) and _carried(f)
         and point_agrees(m.group(1), f["lasso"].point), ("why",)),
    # r84 (review r83 item 1): the crux in steps. The cone's edges (its extreme rays, as
    # sign vectors) are carried by H⁻¹ onto the wedge's edges (w* + H⁻¹n, regmath's
    # `corner_pull_center` for each edge pull, checked by _carried); a linear map sends a
    # cone to a cone. Then the wedge named by its corner, with its opening in degrees.
    Rule("carried edges", r"H⁻¹ maps the cone's edges \((−?1), (−?1)\), \((−?1), (−?1)\) to "
         r"the edges of a wedge of ŵ: a linear map sends a cone to a cone",
         lambda m, f: f["lasso"].at_corner and _in_cone(f["lasso"]) and _carried(f)
         and _edge_normals(m, f["lasso"]), ("why",)),
    Rule("filled wedge", rf"The grey wedge fills: the ŵ with "
         rf"w\* = (\({NUMBER}, {NUMBER}\)), (\d+)° wide",
         lambda m, f: f["lasso"].at_corner and _in_cone(f["lasso"]) and _carried(f)
         and point_agrees(m.group(1), f["lasso"].point)
         and int(m.group(2)) == round(wedge_width_degrees(f["loss"], f["lasso"])), ("why",)),
    Rule("corner wedge", r"Move ŵ: in the wedge, the pull stays in the cone and w\* stays put",
         lambda m, f: f["lasso"].at_corner and _in_cone(f["lasso"]) and _slides(f),
         ("why",)),
    # r49 (review r48 item 1): the weight the corner zeroed is no longer 0 once w* slides.
    Rule("corner crossing", r"Out of it, (?:the pull leaves the cone: )?w\* slides along the diamond's edge(?:, and w([₁₂])\* is no "
         r"longer 0)?",
         lambda m, f: f["lasso"].at_corner and _in_cone(f["lasso"]) and _slides(f)
         and (m.group(1) is None or "₁₂".index(m.group(1)) in f["lasso"].zero_weights),
         ("why",)),
    Rule("corner turn", r"Anywhere in it, w\* stays put",
         lambda m, f: f["lasso"].at_corner and _in_cone(f["lasso"]) and _slides(f),
         ("why",)),
    Rule("corner past edge", r"Past its edge, w\* slides along the diamond's edge, its pull perpendicular "
         r"to it",
         lambda m, f: f["lasso"].at_corner and _in_cone(f["lasso"]) and _slides(f),
         ("why",)),
    # r39: the same contrast through the data: ridge's ŵ on one line (regmath's
    # l2_sparse_rays), the lasso's in a wedge (corner + H⁻¹N(corner), positive area).
    # r42 (review r41 item 2): a ray has zero area, the wedge positive area.
    Rule("cone widths", r"Ridge: one direction(?:, a ray of ŵ \(zero area\))?; lasso: a (\d+)° "
         r"cone(?: of pulls, a (\d+)° wedge of ŵ \(positive area\))?\.",
         lambda m, f: f["lasso"].at_corner and not f["ridge"].zero_weights
         and int(m.group(1)) == round(cone_width_degrees(f["lasso"]))
         and cone_width_degrees(f["ridge"]) == 0.0
         and (m.group(2) is None
              or int(m.group(2)) == round(wedge_width_degrees(f["loss"], f["lasso"]))),
         ("why",)),
    Rule("so zero", r"So (?:a whole wedge of ŵ gives )?w([₁₂])\* = 0 exactly",
         lambda m, f: f["lasso"].at_corner and f["lasso"].point[_index(m, 1)] == 0.0, ("why",)),
    # r82 (review r81 item 1): ridge's w* is t·e exactly for ŵ on its ray (ŵ outside the
    # circle: `l2_sparse_rays`), the lasso's corner for every ŵ in the wedge corner +
    # H⁻¹N(corner) (the real pull in its cone); said where both points are the same.
    Rule("so what", rf"ŵ comes from the data; ridge gives w\* = (\({NUMBER}, {NUMBER}\)) only if "
         r"ŵ lands on the ray \(a coincidence\), the lasso for every ŵ in the wedge\.",
         lambda m, f: f["lasso"].at_corner and _in_cone(f["lasso"]) and _carried(f)
         and not f["ridge"].zero_weights and f["outside"]
         and point_agrees(m.group(1), f["lasso"].point)
         and point_agrees(m.group(1), _ridge_axis_point(f)), ("why",)),
    # A smooth ball: ridge's w* is on an axis only where ∇f happens to point along it.
    Rule("smooth circle", r"The circle has no corners: ridge's touch lands on an axis only by "
         r"coincidence", lambda m, f: not f["ridge"].zero_weights, ("why",)),
]


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
    # r86: the λ under each penalty form (its panel's colour) is that form's strength for
    # this t (one of the two; the caption pairs each with its form, "penalty here").
    Rule("λ on screen", rf"^\\lambda = ({TEX_NUMBER})$",
         lambda m, f: f["ridge"].active and f["lasso"].active
         and any(agrees(_tex(m.group(1)), f[n].strength) for n in ("ridge", "lasso"))),
    # r94 (review r89 item 1): beside each penalty's w*, its norm: the penalized solver's
    # ‖w*‖_p at that form's λ (regmath's `penalized` radius), which is this t.
    Rule("norm on screen", rf"^\\\|w\^\*\\\|_([12]) = ({TEX_NUMBER})$",
         lambda m, f: _penalty_norm(m, f)),
    Rule("f unit on screen", r"^f\s*=\s*[0.]+\s*\\times 10\^\{(-?\d+)\}$", _readout_unit),
    # r94: "H = XᵀX = (…)" where H is first shown (H positive definite: some X has it).
    Rule("H on screen", rf"H = (?:X\^\\top X = )?\\left\(\\begin\{{smallmatrix\}}({TEX_NUMBER}) & ({TEX_NUMBER})"
         rf"\\\\({TEX_NUMBER}) & ({TEX_NUMBER})\\end\{{smallmatrix\}}",
         lambda m, f: all(agrees(_tex(m.group(k + 1)), np.asarray(f["loss"].hessian).ravel()[k])
                          for k in range(4))),
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


def _live_state(scene) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """Where each panel's turning pull has taken other data ŵ′ (the direction each pull
    has reached, `turned_direction`: the data drawn move with it), or None before the
    turns exist."""
    if not hasattr(scene, "turn") or not hasattr(scene, "pull_leg"):
        return None
    return tuple(tuple(float(x) for x in scene.turned_direction(norm))  # type: ignore[return-value]
                 for norm in ("l1", "l2"))


def _live_facts(scene, state) -> dict:
    """Each panel's other data ŵ′ for its direction (regmath's `corner_pull_center` with the
    scene's share, `ridge_pull_center`: how the scene moves its data) and their solutions
    by an independent solve (`constrained`, same H and t), not the scene's readout route
    (`corner_pull_at_solution`, `turned_pull`)."""
    lasso, ridge = (constrained(scene.loss, norm=n, radius=scene.t) for n in ("l1", "l2"))
    lasso_dir, ridge_dir = (np.asarray(d, dtype=float) for d in state)
    centers = {"lasso": corner_pull_center(scene.loss, lasso, lasso_dir,
                                           share=scene.lasso_share(lasso_dir)),
               "ridge": ridge_pull_center(scene.loss, ridge, ridge_dir)}
    return {"t": float(scene.t), **{
        name: constrained(Quadratic(center=c, hessian=scene.loss.hessian),
                          norm="l1" if name == "lasso" else "l2", radius=scene.t).point
        for name, c in centers.items()}}


#: How far from 0 an independent solve may put w*ₖ where a readout shows an exact 0 on a
#: boundary of the data that keep it 0 (ridge's axis ray, one direction; the lasso's
#: wedge edge): ŵ′ there is rounded, and so is the solve. Relative to t.
AXIS_ROUNDING = 1e-12


def _weight_shown(m: re.Match, f: dict) -> bool:
    """A live readout's weight: an exact 0 to AXIS_ROUNDING, else the value rounded to
    the digits shown (a readout's whole number, as at kilo scale "−249", is rounded
    too, not exact as a caption's integer is)."""
    value = float(f[m.group(2)][int(m.group(1)) - 1])
    shown = m.group(3).lstrip("+")
    if shown in ("0", "-0"):
        return abs(value) <= AXIS_ROUNDING * f["t"]
    return agrees(_in_unit(shown, m.group(4)), value, rounded_integers=True)


#: The live readouts "w₁*,lasso = 0" / "w₁*,ridge = +0.249 ×10ⁿ" speak of the w* of the ŵ′
#: drawn at that frame: judged at every frame they are shown while the pulls turn (r87b:
#: the lasso's read 0 while w* slid off the corner).
LIVE_RULES = (
    Rule("weight readout while shown",
         rf"^w\^\*_\{{([12]),\\text\{{(ridge|lasso)\}}\}} = ([+-]?{TEX_NUMBER})"
         rf"(?:\\times 10\^\{{(-?\d+)\}})?$", _weight_shown),
)
LIVE = LiveClaims(state=_live_state, facts=_live_facts, rules=LIVE_RULES)


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
