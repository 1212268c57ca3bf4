"""The claims L1Tangency, L2Tangency and InactiveConstraint may make, and their facts.

Facts are computed from the scene's class attributes with `regmath` alone:
the constrained solution, and along the drag path (`regmath.center_paths`)
the solutions before and after the change of kind.
"""

from __future__ import annotations

import math
import re

import numpy as np

from regmath import Quadratic, constrained, penalized
from regmath.center_paths import corner_exit, inward_path, ridge_ray_crossing, sign_flip_point
from regmath.drawing import path_axis_crossing, slack_segment
from regmath.edge_normals import EDGE_SIGNS
from regmath.facts import (
    inside_ball,
    isotropic,
    isotropic_factor,
    pull_aims_at_center,
    pull_turn,
    shrink_factors,
    solution_kind,
)
from regmath.lp import lp_norm
from regmath.ball_point import boundary_towards
from scenes.tangency import (
    SLACK_VISIBLE_SHARE,
    InactiveConstraint,
    L1Tangency,
    L2Tangency,
)
from tests.claims import (
    TEX_NUMBER,
    NUMBER,
    SUBSCRIPT,
    LiveClaims,
    Rule,
    Variant,
    agrees,
    point_agrees,
    rotated,
    value_of,
)
from tests.claims import caption_form as _tex


def _solve(loss: Quadratic, center: np.ndarray, norm: str, radius: float):
    moved = Quadratic(center=center, hessian=loss.hessian)
    return constrained(moved, norm=norm, radius=radius)


def facts_for(scene) -> dict:
    """Everything the claims need, from the scene's data only."""
    loss = Quadratic(center=scene.center, hessian=scene.hessian)
    norm, t = scene.norm, float(scene.radius)
    sol = constrained(loss, norm=norm, radius=t)
    same = penalized(loss, norm=norm, strength=sol.multiplier) if sol.multiplier > 0.0 else None
    facts = {"loss": loss, "norm": norm, "t": t, "sol": sol, "kind": solution_kind(sol),
             "penalized_same": same is not None and bool(np.allclose(
                 same.point, sol.point, rtol=0.0, atol=1e-9 * t)),
             "inside": inside_ball(loss.center, norm=norm, radius=t),
             "isotropic": isotropic(loss)}
    if isinstance_by_name(scene, "InactiveConstraint"):
        path = inward_path(loss, norm=norm, radius=t, reach=float(scene.start_reach))
        facts["start"] = _solve(loss, path.at(0.0), norm, t)
        facts["start_loss"] = Quadratic(center=path.at(0.0), hessian=scene.hessian)
        facts["start_turn"] = (None if np.array_equal(facts["start"].point, path.at(0.0))
                               else pull_turn(facts["start_loss"], facts["start"].point))
        s = float(path.crossing)
        facts["zero_after_crossing"] = _solve(loss, path.at(min(s + 1e-9, 1.0)), norm, t).multiplier == 0.0
        facts["positive_before_crossing"] = _solve(loss, path.at(s - 1e-6), norm, t).multiplier > 0.0
        p = 1.0 if norm == "l1" else 2.0
        facts["slack"] = t - lp_norm(sol.point, p)
        facts["inner"] = float(lp_norm(loss.center, p))
        facts["below"] = constrained(loss, norm=norm, radius=0.6 * facts["inner"])
        small = penalized(loss, norm=norm, strength=1e-3 * max(1.0, float(np.max(loss.eigenvalues))))
        facts["penalty_moves"] = bool(lp_norm(small.point, p) < facts["inner"])
    elif norm == "l1":
        path = corner_exit(loss, t)
        s = float(path.crossing)
        before = [_solve(loss, path.at(x), norm, t) for x in np.linspace(0.0, s, 12)[:-1]]
        facts["held"] = all(np.array_equal(b.point, before[0].point) and b.at_corner for b in before)
        facts["end"] = _solve(loss, path.at(1.0), norm, t)
        along = [_solve(loss, path.at(x), norm, t).multiplier for x in np.linspace(0.0, 1.0, 21)]
        facts["steady"] = max(along) - min(along) <= 1e-9 * max(max(along), 1e-300)
        # g held and λ grown from the corner (regmath.center_paths.corner_ray): w* stays.
        facts["ray_held"] = facts["kind"] == "corner" and all(
            np.array_equal(_solve(loss, sol.point + lam * (loss.inverse_hessian @ sol.normal),
                                  norm, t).point, sol.point)
            for lam in np.linspace(sol.multiplier, 2.0 * sol.multiplier, 9))
    else:
        facts["factors"] = shrink_factors(loss, sol)
        if facts["kind"] == "circle":
            # Past the ray crossing, where ŵ's other entry passes 0 (and w*'s entry there).
            path = ridge_ray_crossing(loss, t)
            s = float(path.crossing)
            at_axis = _solve(loss, path.at(s), norm, t).point
            k = 1 - int(np.argmax(np.abs(at_axis)))
            zero_at = path_axis_crossing(path, k, start=s + 1e-6, stop=0.8)
            # λ along the drag.
            lams = [_solve(loss, path.at(x), norm, t).multiplier for x in np.linspace(0, 1, 41)]
            facts["lambda_moves"] = max(lams) - min(lams) > 0.01
            facts["surprise"] = None if zero_at is None else (
                k, float(path.at(zero_at)[k]), float(_solve(loss, path.at(zero_at), norm, t).point[k]),
                float(np.linalg.norm(loss.center)))
            # Where the drag stops to show a flipped sign: past the crossing, up to where it
            # ends (ŵ_k = 0 when w*_k is visibly not 0 there, else 0.8).
            stop = 0.8
            if zero_at is not None and abs(facts["surprise"][2]) >= 5e-3 * t:
                stop = zero_at
            flip_at = sign_flip_point(loss, path, norm=norm, radius=t, index=k, start=s,
                                      stop=stop)
            facts["flip"] = None if flip_at is None else (
                k, float(path.at(flip_at)[k]), float(_solve(loss, path.at(flip_at), norm, t).point[k]))
    return facts


def _penalty_matches(f: dict, strength: float) -> bool:
    """Whether ridge's penalized w* at ``strength`` is the constrained w*."""
    point = penalized(f["loss"], norm="l2", strength=strength).point
    return bool(np.allclose(point, f["sol"].point, atol=1e-9 * max(1.0, f["t"])))


def _ridge(f: dict):
    """Ridge's constrained solution for the same loss and radius."""
    return constrained(f["loss"], norm="l2", radius=f["t"])


def _on_ridge_ray(f: dict) -> bool:
    """Whether ŵ lies on {v + μH⁻¹v : μ ≥ 0}, v = the lasso's corner w* (on the circle too):
    H(ŵ − v) parallel to v, not against it."""
    v = f["sol"].point
    d = f["loss"].hessian @ (f["loss"].center - v)
    scale = float(np.linalg.norm(d) * np.linalg.norm(v)) or 1.0
    return abs(float(d[0] * v[1] - d[1] * v[0])) <= 1e-9 * scale and float(d @ v) >= 0.0


def _index(match: re.Match, group: int = 1) -> int:
    return SUBSCRIPT[match.group(group)]


GENERAL_RULES = [
    Rule("λ nonnegative", r"λ ≥ 0", lambda m, f: f["sol"].multiplier >= 0.0),
    Rule("no gradient inside", r"∇f = 0",
         lambda m, f: not f["sol"].active and not np.any(f["sol"].gradient)),
    Rule("any positive penalty", r"any λ above 0", lambda m, f: True),
]

CAPTION_RULES = [
    # r34 (L2Tangency): f = ½(w − ŵ)ᵀH(w − ŵ) is a bowl centred at ŵ exactly when H is
    # positive definite (its lowest point is then ŵ alone).
    Rule("quadratic bowl", r"f is a quadratic bowl centred at ŵ",
         lambda m, f: bool(np.all(np.linalg.eigvalsh(f["loss"].hessian) > 0.0)), ("problem",)),
    Rule("ŵ outside", r"ŵ lies outside the (diamond|circle)",
         lambda m, f: not f["inside"], ("problem",)),
    Rule("ŵ given", rf"here ŵ = (\({NUMBER}, {NUMBER}\))",
         lambda m, f: point_agrees(m.group(1), f["loss"].center), ("problem",)),
    Rule("radius", rf"t = ({NUMBER})", lambda m, f: agrees(m.group(1), f["t"]), ("problem",)),
    Rule("w* shown", rf"w\* = (\({NUMBER}, {NUMBER}\))",
         lambda m, f: point_agrees(m.group(1), f["sol"].point), ("grow",)),
    Rule("corner zero", r"lowest allowed loss, at a corner, where w([₁₂])\* = 0",
         lambda m, f: f["sol"].at_corner and f["sol"].point[_index(m)] == 0.0, ("grow",)),
    Rule("edge", r"lowest allowed loss, on an edge of the diamond: both weights are nonzero",
         lambda m, f: f["kind"] == "edge" and not f["sol"].zero_weights, ("grow",)),
    # L1Tangency: every contour below the touching level misses the ball (ŵ outside it, so
    # w* is on the boundary and the sublevel sets below f(w*) hold no allowed point).
    Rule("every smaller misses", r"every smaller contour misses the diamond",
         lambda m, f: f["norm"] == "l1" and f["sol"].active and not f["inside"], ("grow",)),
    Rule("smaller misses", r"A smaller contour misses the circle",
         lambda m, f: f["norm"] == "l2" and f["kind"] == "circle", ("grow",)),
    Rule("ridge ray zero", r"Here w([₁₂])\* = 0, because this ŵ lies on one of the four rays",
         lambda m, f: f["sol"].point[_index(m)] == 0.0, ("grow",)),
    Rule("multiplier", rf"λ = ({NUMBER})",
         lambda m, f: agrees(m.group(1), f["sol"].multiplier), ("balance",)),
    # L2Tangency ties λ to ridge's penalty: the constrained w* minimizes f + (μ/2)‖w‖₂² at
    # μ = λ/t (μ = λ at t = 1), checked by solving the penalized problem.
    # r34: λ's value is not said again here (the balance line says it); with it or not.
    Rule("ridge link t = 1", rf"With t = ({NUMBER}), g = w\*: this w\* also minimizes "
         rf"f \+ \(λ/2\)‖w‖₂², ridge as a penalty(?:, with λ = ({NUMBER}))?",
         lambda m, f: f["norm"] == "l2" and f["t"] == 1.0 and agrees(m.group(1), f["t"])
         and (m.group(2) is None or agrees(m.group(2), f["sol"].multiplier))
         and _penalty_matches(f, f["sol"].multiplier),
         ("balance",)),
    Rule("ridge link", rf"this w\* also minimizes f \+ \(λ/2t\)‖w‖₂², ridge as a penalty, "
         rf"with strength λ/t = ({NUMBER})",
         lambda m, f: f["norm"] == "l2" and agrees(m.group(1), f["sol"].multiplier / f["t"])
         and _penalty_matches(f, f["sol"].multiplier / f["t"]), ("balance",)),
    # For a fixed t, λ is a function of ŵ: said only when it changes along the drag.
    Rule("λ depends on ŵ", r"For a fixed t, λ depends on ŵ",
         lambda m, f: f["norm"] == "l2" and f.get("lambda_moves", False), ("balance",)),
    Rule("λ changes", r"and λ changes",
         lambda m, f: f["norm"] == "l2" and f.get("lambda_moves", False), ("drag",)),
    # r94: f(w) = ½(w − ŵ)ᵀH(w − ŵ) with H symmetric (regmath.Quadratic), so ∇f(w) = H(w − ŵ):
    # checked at w* against regmath's gradient.
    Rule("quadratic gradient", r"since ∇f\(w\) = H\(w − ŵ\)",
         lambda m, f: bool(np.allclose(f["loss"].hessian @ (f["sol"].point - f["loss"].center),
                                       f["sol"].gradient, atol=1e-9))),
    # r94: one w* per ŵ because f is strictly convex (H positive definite, which setup
    # demands) over the convex disc, so the rays of two different w* cannot meet
    # (regmath.ray_fan.circle_point_ray: each circle point's ŵ form one ray).
    Rule("one w* per ŵ", r"f is strictly convex, so each ŵ has exactly one w\*: one ray per "
         r"point of the circle, and rays never cross",
         lambda m, f: f["norm"] == "l2" and bool(np.all(np.linalg.eigvalsh(
             f["loss"].hessian) > 0.0)), ("drag",)),
    # r94: a zero gradient of f + (λ/2t)‖w‖₂² is its minimum because the sum is convex (f
    # convex, λ ≥ 0): checked by solving the penalized problem (`_penalty_matches`).
    Rule("penalty convex", r"the sum is convex, so its zero gradient at w\* is its minimum",
         lambda m, f: f["norm"] == "l2" and f["sol"].multiplier >= 0.0
         and _penalty_matches(f, f["sol"].multiplier / f["t"]), ("balance",)),
    # r96: the ray along H⁻¹g leaves tilted from the normal g. The scene says it only where
    # regmath's pull_turn (the angle between −∇f = λg and ŵ − w* = λH⁻¹g) is ≥ L2_TILT_SAID
    # at that w*; checked here by what that needs for any w*: H not a multiple of I.
    Rule("ray tilted from g", r"along H⁻¹g, tilted from the normal g",
         lambda m, f: f["norm"] == "l2" and not f["isotropic"]),
    # r90: the forces' lengths compared at their one drawn scale (`get_scale_note`).
    Rule("one scale", r"At one scale, same length, opposite way",
         lambda m, f: f["norm"] == "l2" and f["sol"].active, ("balance",)),
    Rule("only on the rays", r"only there does ridge give an exact zero",
         lambda m, f: f["norm"] == "l2" and not f["inside"], ("drag",)),
    # Ridge's zeros lie only on the four rays for ŵ OUTSIDE the circle (inside it w* = ŵ,
    # zero anywhere on an axis): a sentence saying so names the condition, which must hold
    # for the data (r27 review #11); the bare sentence is never true in general.
    Rule("rays: ŵ outside named", r"for ŵ outside the circle, (only there does ridge give an "
         r"exact zero|ridge gives an exact zero only on four rays)",
         lambda m, f: f["norm"] == "l2" and not f["inside"]),
    Rule("rays: condition missing", r"(?<!outside the circle, )(only there does ridge give an "
         r"exact zero|ridge gives an exact zero only on four rays)",
         lambda m, f: False),
    Rule("pull value", rf"−∇f\(w\*\) = H\(ŵ − w\*\) = (\({NUMBER}, {NUMBER}\))",
         lambda m, f: point_agrees(m.group(1), -f["sol"].gradient), ("balance",)),
    Rule("unit scale", r"its largest entry in size is 1",
         lambda m, f: f["norm"] == "l1" and f["sol"].active, ("balance",)),
    Rule("back home", rf"[Bb]ack to ŵ = (\({NUMBER}, {NUMBER}\))",
         lambda m, f: point_agrees(m.group(1), f["loss"].center), ("drag",)),
    Rule("coupled surprise", r"Here ŵ([₁₂]) = 0, yet w([₁₂])\* is not 0",
         lambda m, f: f.get("surprise") is not None and m.group(1) == m.group(2)
         and _index(m) == f["surprise"][0] and abs(f["surprise"][1]) <= 1e-12 * f["surprise"][3]
         and abs(f["surprise"][2]) >= 5e-3 * f["t"], ("drag",)),
    Rule("normal", rf"g = (\({NUMBER}, {NUMBER}\))",
         lambda m, f: point_agrees(m.group(1), f["sol"].normal), ("balance", "cone")),
    Rule("free entry", rf"Its entry for the zero weight, ({NUMBER})",
         lambda m, f: f["sol"].at_corner and agrees(
             m.group(1), f["sol"].normal[f["sol"].zero_weights[0]]), ("balance", "cone")),
    Rule("interval", r"\[−1, 1\]", lambda m, f: True, ("balance", "cone")),
    Rule("sign entry", rf"here g([₁₂]) = sign\(w([₁₂])\*\) = ({NUMBER})",
         lambda m, f: m.group(1) == m.group(2) and f["norm"] == "l1"
         and f["sol"].point[_index(m)] != 0.0
         and value_of(m.group(3))[0] == float(np.sign(f["sol"].point[_index(m)]))
         and f["sol"].normal[_index(m)] == value_of(m.group(3))[0], ("balance",)),
    # L1Tangency: λ read off the pull's entry where g is the nonzero weight's sign.
    Rule("λ read off the pull", rf"With g([₁₂]) = ({NUMBER}), λ is (minus )?the pull's "
         r"(first|second) entry",
         lambda m, f: f["norm"] == "l1" and f["sol"].active
         and ("first", "second").index(m.group(4)) == _index(m)
         and f["sol"].point[_index(m)] != 0.0
         and value_of(m.group(2))[0] == float(np.sign(f["sol"].point[_index(m)]))
         == f["sol"].normal[_index(m)] and (m.group(3) is not None) == (value_of(m.group(2))[0] < 0)
         and bool(np.isclose(f["sol"].multiplier,
                             -f["sol"].gradient[_index(m)] * value_of(m.group(2))[0],
                             rtol=1e-9, atol=0.0)),
         ("balance",)),
    # L1Tangency: the cone's directions written with the nonzero weight's entry, its sign.
    Rule("cone written with the sign", rf"With g([₁₂]) = ({NUMBER}) they fill",
         lambda m, f: f["sol"].at_corner and f["sol"].point[_index(m)] != 0.0
         and value_of(m.group(2))[0] == float(np.sign(f["sol"].point[_index(m)]))
         == f["sol"].normal[_index(m)], ("balance", "cone")),
    Rule("sign of the nonzero weight", rf"that weight's sign, here ({NUMBER})",
         lambda m, f: f["sol"].at_corner and value_of(m.group(1))[0] == float(
             np.sign(f["sol"].point[np.flatnonzero(f["sol"].point)[0]])), ("balance", "cone")),
    Rule("λ held", rf"λ stays ({NUMBER}) on this path",
         lambda m, f: f["kind"] == "corner" and f["steady"] and agrees(m.group(1),
                                                                      f["sol"].multiplier),
         ("drag",)),
    Rule("λ held fixed", r"holding λ fixed: w\* stays exactly on the corner, and only g[₁₂] "
         r"changes",
         lambda m, f: f["kind"] == "corner" and f["steady"] and f["held"], ("drag",)),
    Rule("λ grows, corner held", r"hold g and grow λ: ŵ moves outward, w\* stays exactly on "
         r"the corner",
         lambda m, f: f["kind"] == "corner" and f["ray_held"], ("drag",)),
    Rule("held at corner", r"w\* stays exactly on the corner",
         lambda m, f: f["kind"] == "corner" and f["held"], ("drag",)),
    Rule("slides: both nonzero", r"both weights are nonzero",
         lambda m, f: not f["end"].zero_weights, ("drag",)),
    Rule("reaches corner zero", r"reaches the corner, where w([₁₂])\* = 0 exactly",
         lambda m, f: f["end"].at_corner and f["end"].point[_index(m)] == 0.0, ("drag",)),
    Rule("returns to corner", r"returns to the corner", lambda m, f: f["sol"].at_corner, ("drag",)),
    Rule("returns to edge", r"returns to the edge", lambda m, f: f["kind"] == "edge", ("drag",)),
    # ŵ lies in the corner's wedge exactly when w* is that corner (KKT, H positive definite).
    Rule("ŵ in the wedge", r"the shaded wedge\. Our ŵ lies in it",
         lambda m, f: f["kind"] == "corner", ("drag",)),
    Rule("ŵ outside the wedge", r"placed at the corner, the shaded wedge\. Our ŵ lies outside it",
         lambda m, f: f["kind"] == "edge", ("drag",)),
    # The penalized lasso at the balance's λ has the same solution (regmath.penalized).
    # (Round 30: "at t = …", the constraint's radius that λ belongs to.)
    Rule("penalized same", rf"The same w\* minimizes the penalized f\(w\) \+ λ‖w‖₁, λ = "
         rf"({NUMBER})(?: at t = ({NUMBER}))?",
         lambda m, f: f["norm"] == "l1" and agrees(m.group(1), f["sol"].multiplier)
         and (m.group(2) is None or agrees(m.group(2), f["t"]))
         and f["penalized_same"], ("verdict",)),
    # The penalized problem's optimality condition 0 ∈ ∇f(w*) + λ∂‖w*‖₁ is the balance
    # −∇f(w*) = λg, g ∈ ∂‖w*‖₁, when its w* is ours (regmath.penalized) and λ > 0.
    Rule("penalized condition", r"its condition is our balance",
         lambda m, f: f["norm"] == "l1" and f["penalized_same"]
         and f["sol"].multiplier > 0.0, ("verdict",)),
    # A circle's boundary point has one normal: its ŵ form one ray v + μH⁻¹v
    # (regmath.ray_fan.circle_point_ray), a set with no area; a corner's form a wedge.
    Rule("circle ray", r"One normal: the ŵ giving this touch form a ray, no area",
         lambda m, f: f["norm"] == "l1" and bool(np.all(np.linalg.eigvalsh(
             f["loss"].hessian) > 0.0)), ("verdict",)),
    Rule("corner wedge", r"A corner's, a wedge",
         lambda m, f: f["kind"] == "corner", ("verdict",)),
    # The H = cI comparison: the pull at w* aims at ŵ exactly when ŵ − w* is an eigenvector
    # of H (regmath.facts.pull_aims_at_center).
    Rule("pull misses ŵ", r"downhill would point at ŵ(?:;|, but) with this H it does not",
         lambda m, f: not pull_aims_at_center(f["loss"], f["sol"].point)),
    Rule("pull aims at ŵ", r"downhill would point at ŵ(?:;|, and) with this H it does too",
         lambda m, f: pull_aims_at_center(f["loss"], f["sol"].point)),
    Rule("pull misses ŵ, said",
         r"Downhill does not point at ŵ; with H = cI \(round contours\) it would",
         lambda m, f: not pull_aims_at_center(f["loss"], f["sol"].point)),
    Rule("pull aims at ŵ, said", r"Here downhill points at ŵ, as it always would with H = cI",
         lambda m, f: pull_aims_at_center(f["loss"], f["sol"].point)),
    # The L2 contrast (L1Tangency's ending): ridge's touch for this ŵ, the ray of ŵ that ridge
    # sends to the corner (a point of the circle too), and the closing line.
    Rule("ridge touch both nonzero", r"Ridge's ball ‖w‖₂ ≤ t: its touch has both weights "
         r"nonzero",
         lambda m, f: not _ridge(f).zero_weights, ("verdict",)),
    Rule("ridge touch one zero", r"Ridge's ball ‖w‖₂ ≤ t: its touch has one weight zero",
         lambda m, f: bool(_ridge(f).zero_weights), ("verdict",)),
    Rule("ridge zero ray misses", r"those giving w([₁₂])\* = 0, another ray, missing our ŵ",
         lambda m, f: f["kind"] == "corner" and f["sol"].point[_index(m)] == 0.0
         and not _on_ridge_ray(f), ("verdict",)),
    Rule("ridge zero ray holds", r"those giving w([₁₂])\* = 0, another ray, through our ŵ",
         lambda m, f: f["kind"] == "corner" and f["sol"].point[_index(m)] == 0.0
         and _on_ridge_ray(f), ("verdict",)),
    # Round 27's ridge ending, shown: ridge's touch for this ŵ (regmath's L2 solution) and
    # its one normal carried by H⁻¹ onto the one ray of ŵ with that touch.
    Rule("ridge instead both nonzero", r"Ridge instead, ball ‖w‖₂ ≤ t: its contour touches "
         r"where both weights are nonzero",
         lambda m, f: not _ridge(f).zero_weights, ("verdict",)),
    Rule("ridge instead one zero", r"Ridge instead, ball ‖w‖₂ ≤ t: its contour touches "
         r"where one weight is zero",
         lambda m, f: bool(_ridge(f).zero_weights), ("verdict",)),
    Rule("ridge one normal one ray", r"A smooth point has one normal, g = w\*/‖w\*‖₂, and −∇f\(w\*\) = μg, μ ridge's "
         r"multiplier; mapped "
         r"by H⁻¹, one ray of ŵ keeps this touch: no area",
         lambda m, f: f["norm"] == "l1" and _ridge(f).active and bool(np.all(
             np.linalg.eigvalsh(f["loss"].hessian) > 0.0)), ("verdict",)),
    Rule("closing contrast", r"Lasso: a corner, a wedge of ŵ, exact zeros; ridge: smooth, a ray, "
         r"almost never zero",
         lambda m, f: f["kind"] == "corner" and bool(np.all(np.linalg.eigvalsh(
             f["loss"].hessian) > 0.0)), ("verdict",)),
    Rule("larger crosses", r"A larger contour like this crosses the diamond",
         lambda m, f: f["norm"] == "l1" and f["sol"].active and not f["inside"], ("grow",)),
    # r95: the shaded allowed points (inside the larger contour) lie below its level, so
    # that level is not the least over the ball.
    Rule("larger level not best", r"have a loss below its level, so that level is not the best",
         lambda m, f: f["norm"] == "l1" and f["sol"].active and not f["inside"], ("grow",)),
    Rule("verdict corner", r"For all of them w([₁₂])\* = 0 exactly",
         lambda m, f: f["sol"].at_corner and f["sol"].point[_index(m)] == 0.0, ("verdict",)),
    Rule("verdict edge", r"the touch is on an edge, so no weight is zero",
         lambda m, f: f["kind"] == "edge" and not f["sol"].zero_weights, ("verdict",)),
    Rule("verdict region zero", r"this wedge, gives w([₁₂])\* = 0 exactly",
         lambda m, f: f["sol"].at_corner and f["sol"].point[_index(m)] == 0.0, ("verdict",)),
    Rule("verdict wedge zero", r"would put w([₁₂])\* at exactly 0",
         lambda m, f: f["end"].point[_index(m)] == 0.0, ("verdict",)),
    Rule("cone edge value", rf"reaches the cone's edge, g([₁₂]) = ({NUMBER})",
         lambda m, f: f["kind"] == "corner" and abs(value_of(m.group(2))[0]) == 1.0
         and f["end"].normal[_index(m)] == value_of(m.group(2))[0], ("drag",)),
    Rule("isotropic factor", rf"both factors ({NUMBER})",
         lambda m, f: agrees(m.group(1), isotropic_factor(f["loss"].center, radius=f["t"])),
         ("verdict",)),
    Rule("ridge factor", rf"w([₁₂])\* is ({NUMBER}) × ŵ([₁₂])",
         lambda m, f: m.group(1) == m.group(3) and agrees(m.group(2), f["factors"][_index(m)]),
         ("verdict",)),
    Rule("different factors",
         r"[Dd]ifferent factors: H is not a multiple of the identity I, so nothing forces them",
         lambda m, f: not f["isotropic"] and f["factors"][0] != f["factors"][1], ("verdict",)),
    Rule("same factor", r"[Tt]he same factor, because H is a multiple of the identity I",
         lambda m, f: f["isotropic"], ("verdict",)),
    Rule("no shrink toward 0", r"ridge need not shrink each weight toward 0",
         lambda m, f: f.get("surprise") is not None
         and abs(f["surprise"][1]) <= 1e-12 * f["surprise"][3]
         and abs(f["surprise"][2]) >= 5e-3 * f["t"], ("drag",)),
    Rule("sign flip", r"now ŵ([₁₂]) ([<>]) 0 but w([₁₂])\* ([<>]) 0, a flipped sign",
         lambda m, f: f.get("flip") is not None and m.group(1) == m.group(3)
         and _index(m) == f["flip"][0] and f["flip"][1] * f["flip"][2] < 0.0
         and (m.group(2) == ">") == (f["flip"][1] > 0.0)
         and (m.group(4) == ">") == (f["flip"][2] > 0.0), ("drag",)),
    Rule("positive definite", r"H is positive definite \(a bowl\), so H⁻¹ exists",
         lambda m, f: bool(np.all(np.linalg.eigvalsh(f["loss"].hessian) > 0.0)), ("drag",)),
    Rule("ridge shrinks both", r"Here ridge shrinks both weights",
         lambda m, f: bool(np.all(np.isfinite(f["factors"])) and np.all(f["factors"] >= 0.0)
                           and np.all(f["factors"] <= 1.0)), ("verdict",)),
    Rule("zeroes neither", r"it zeroes neither",
         lambda m, f: not f["sol"].zero_weights, ("verdict",)),
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
    # r70 (the factual-wording note): g = sign(w*) is ‖w‖₁'s gradient at the first w* (no
    # weight 0 there), an outward normal of length √2, not 1.
    Rule("g is the gradient", r"g = sign\(w\*\) is the gradient of ‖w‖₁ \(not of unit "
         r"length\)",
         lambda m, f: f["norm"] == "l1" and bool(np.all(f["start"].point != 0.0))
         and abs(float(np.linalg.norm(np.sign(f["start"].point))) - 1.0) > 1e-9,
         ("problem",)),
    Rule("start normal", rf"its outward normal g = (\({NUMBER}, {NUMBER}\))",
         lambda m, f: point_agrees(m.group(1), f["start"].normal), ("problem",)),
    Rule("start outside", r"First the active case: ŵ, the unconstrained minimum, lies "
         r"outside, so w\*, the best point in the (?:diamond|circle), is on the boundary",
         lambda m, f: f["start"].active, ("problem",)),
    # r75 (r74's item 7): the multiplier defined where it is named, how hard the ball
    # pushes (the push −λg is λ times g: its size is λ's).
    Rule("start positive", rf"Its scale λ = ({NUMBER}) > 0 is the Lagrange multiplier: how "
         r"hard the (?:diamond|circle) pushes(?=[.,])",
         lambda m, f: f["start"].multiplier > 0.0 and agrees(m.group(1), f["start"].multiplier),
         ("problem",)),
    # r87 (r86 review a's item 3): λ is the lasso penalty's weight: regmath's penalized
    # solution of f + λ‖w‖₁ at the start's λ is the start's w* (an independent solve of the
    # penalised problem, `penalized`; said for the diamond only).
    Rule("start lasso", r", and the lasso's penalty strength: f \+ λ‖w‖₁ has the same w\*",
         lambda m, f: f["norm"] == "l1" and f["start"].multiplier > 0.0 and bool(np.allclose(
             penalized(f["start_loss"], norm="l1", strength=f["start"].multiplier).point,
             f["start"].point, rtol=0.0, atol=1e-9 * f["t"])), ("problem",)),
    Rule("start multiplier", rf"λ = ({NUMBER})",
         lambda m, f: agrees(m.group(1), f["start"].multiplier), ("problem",)),
    Rule("λ falls to 0", r"until ŵ reaches the boundary: still active, yet λ = 0 exactly\.",
         lambda m, f: f["zero_after_crossing"] and f["positive_before_crossing"], ("drag",)),
    Rule("w* = ŵ", rf"w\* = ŵ = (\({NUMBER}, {NUMBER}\))",
         lambda m, f: f["inside"] and point_agrees(m.group(1), f["loss"].center)
         and np.array_equal(f["sol"].point, f["loss"].center), ("slack",)),
    Rule("outline through ŵ", rf"‖w‖[₁₂] = ({NUMBER}) passes through ŵ",
         lambda m, f: agrees(m.group(1), f["inner"]), ("slack",)),
    Rule("slack", rf"(?:has length|The slack is|its length is the slack:) t − ‖w\*‖[₁₂] = "
         rf"({NUMBER})",
         lambda m, f: f["slack"] > 0.0 and agrees(m.group(1), f["slack"]), ("slack",)),
    Rule("λ = 0", r"so λ = 0", lambda m, f: f["sol"].multiplier == 0.0, ("slack",)),
    # r46: why λ = 0 inside, from ∇f(ŵ) = 0 on screen: w* = ŵ, so −∇f(w*) = λg = 0.
    # r53: one argument, stationarity (−∇f(ŵ) = 0 = λg with g ≠ 0), then complementary
    # slackness with the slack's value, λ · slack = 0.
    Rule("flat bowl", r"The bowl is flat at w\* = ŵ: −∇f\(ŵ\) = 0 = λg, so λ = 0",
         lambda m, f: f["inside"] and f["sol"].multiplier == 0.0
         and np.array_equal(f["sol"].point, f["loss"].center), ("slack",)),
    # r75 (r74's item 7): complementary slackness defined as it is named, λ = 0 or no
    # slack (λ · slack = 0 with both ≥ 0).
    Rule("slackness same", rf"Complementary slackness, λ = 0 or no slack, says the same: "
         rf"λ · ({NUMBER}) = 0",
         lambda m, f: f["sol"].multiplier == 0.0 and f["slack"] > 0.0
         and agrees(m.group(1), f["slack"]), ("slack",)),
    # Along the bar (outward on ŵ's largest weight's axis, or on the ray through ŵ for ℓ2)
    # the norm grows at rate 1: the bar's length is the slack (slack_segment's ends).
    Rule("one-for-one", r"where the norm grows one-for-one, has length t − ‖w\*‖[₁₂] = "
         rf"({NUMBER})",
         lambda m, f: f["slack"] > 0.0 and agrees(m.group(1), float(np.linalg.norm(np.diff(
             slack_segment(f["loss"].center, norm=f["norm"], radius=f["t"]), axis=0)))),
         ("slack",)),
    # r75 (r74's item 8): the bar's length is the slack (slack_segment's ends, as above).
    Rule("bar is the slack", rf"its length is the slack: t − ‖w\*‖[₁₂] = ({NUMBER})",
         lambda m, f: f["slack"] > 0.0 and agrees(m.group(1), float(np.linalg.norm(np.diff(
             slack_segment(f["loss"].center, norm=f["norm"], radius=f["t"]), axis=0)))),
         ("slack",)),
    Rule("thin slack", r"too thin to draw at this scale",
         lambda m, f: 0.0 < f["slack"] < SLACK_VISIBLE_SHARE * f["t"], ("slack",)),
    Rule("whole radius", r"the whole radius",
         lambda m, f: f["inner"] == 0.0, ("slack",)),
    Rule("t ≥ ‖ŵ‖", rf"t ≥ ‖ŵ‖[₁₂] = ({NUMBER})",
         lambda m, f: agrees(m.group(1), f["inner"]), ("radius",)),
    # The live slack: it falls while the ball still holds ŵ, and is exactly 0 once the
    # constraint is active with λ > 0 (complementary slackness), at the radius beat's smallest t.
    Rule("slack falls", r"the slack falls, nothing else changes while t ≥",
         lambda m, f: f["inside"] and f["inner"] > 0.0, ("radius",)),
    Rule("slack stays 0", r"the boundary passes ŵ: active, the slack stays 0",
         lambda m, f: f["below"].multiplier > 0.0 and f["below"].slack == 0.0, ("radius",)),
    Rule("rises below", r"w\* leaves ŵ, and λ rises above 0",
         lambda m, f: f["below"].multiplier > 0.0
         and not np.array_equal(f["below"].point, f["loss"].center), ("radius",)),
    # λ's closed form on the diamond's edge with ŵ's signs, whose outward normal is g = sign(ŵ)
    # (regmath's edge_multiplier), said where the shrink's smallest-t w* is on that edge.
    # The same form derived in g: the balance on that edge, −∇f(w*) = H(ŵ − w*) = λg, gives
    # w* = ŵ − λH⁻¹g, and gᵀw* = ‖w*‖₁ = t there, gᵀŵ = ‖ŵ‖₁ (regmath's edge_multiplier is
    # its solution).
    # r40: the line w* moves along named, and gᵀŵ = ‖ŵ‖₁ with its reason: ŵ has the signs
    # of the edge's w* (same quadrant), so sign(ŵ)ᵀŵ = ‖ŵ‖₁.
    # r52: said in words (the symbols on the panel): the balance on the edge,
    # −∇f(w*) = H(ŵ − w*) = λg, puts w* on ŵ − λH⁻¹g; gᵀw* = t ("its coordinates, signed by
    # g, sum to t") gives λ.
    # r73 (r72's item 4): with "ŵ has g's signs", the reason gᵀŵ = ‖ŵ‖₁ (the rule's sign
    # test); the start's dashes, if said, by the rule below.
    # r75 (r74's items 1 and 2): the start's dashes no longer named; gᵀ of both sides said
    # with its result, t = ‖ŵ‖₁ − λgᵀH⁻¹g (w* = ŵ − λH⁻¹g, gᵀw* = t and gᵀŵ = ‖ŵ‖₁).
    # r40: why the slack bar runs along an axis: in ŵ's quadrant ‖w‖₁ = s₁w₁ + s₂w₂ with
    # s = sign(ŵ) (both nonzero).
    Rule("quadrant norm", r"where ‖w‖₁ = (−?)w₁ ([+−]) w₂ grows one-for-one",
         lambda m, f: f["norm"] == "l1" and bool(np.all(np.asarray(f["loss"].center) != 0.0))
         and (m.group(1) == "−") == (f["loss"].center[0] < 0)
         and (m.group(2) == "−") == (f["loss"].center[1] < 0), ("slack",)),
    # r40: the boundary case named, ŵ on the boundary with λ = 0 (the drag's end).
    Rule("weakly active", r"still active, yet λ = 0 exactly: weakly active\.",
         # The drag's own end, as "λ falls to 0" decides it: where the drag crosses the
         # boundary λ is exactly 0 and positive just before (ŵ's own radius says nothing
         # about the drag when ŵ = 0).
         lambda m, f: f["zero_after_crossing"] and f["positive_before_crossing"],
         ("drag",)),
    # r79 (a cut round): the shrink goes on from the radius beat's smallest t to the lasso
    # path's first knot. Between, the constraint binds, w* lies on the open edge with ŵ's
    # signs and λ grows as t falls (an independent solve at 9 radii, regmath's solutions).
    # r88: the arrows' move to the main plot said first (layout: they are drawn there).
    Rule("shrinks on", r"The arrows move to the main plot; t shrinks on: w\* slides along the "
         r"edge to a corner, and λ and the arrows grow\.",
         lambda m, f: f["norm"] == "l1" and _end_knot(f) is not None
         and _end_knot(f)[0] < f["below"].radius and (lambda sols: all(
             sol.multiplier > 0.0 and not sol.at_corner
             and bool(np.all(np.sign(sol.point) == np.sign(f["loss"].center))) for sol in sols)
             and all(a.multiplier > b.multiplier for a, b in zip(sols, sols[1:])))(
                 [constrained(f["loss"], norm="l1", radius=float(r))
                  for r in np.linspace(_end_knot(f)[0], f["below"].radius, 9)[1:]]),
         ("corner",)),
    Rule("reaches the corner", rf"At t = ({NUMBER}) it reaches the corner: w([₁₂])\* = 0 "
         r"exactly\.",
         lambda m, f: f["norm"] == "l1" and _end_knot(f) is not None
         and _end_knot(f)[0] < f["below"].radius
         and agrees(m.group(1), _end_knot(f)[0]) and _index(m, 2) == _end_knot(f)[1]
         and (lambda sol: sol.at_corner and sol.point[_end_knot(f)[1]] == 0.0
              and sol.multiplier > 0.0)(
             constrained(f["loss"], norm="l1", radius=_end_knot(f)[0] * (1.0 - 1e-9))),
         ("corner",)),
    # r79 (r77's item 7): the closing said precisely: an inactive constraint returns ŵ (a
    # zero there is not its doing), so a zero it forces needs it active; in 2-D, on the
    # diamond, at a corner (said where the lasso's w* reached one, as above).
    # r84 (r83's item 5): with the step between said where ŵ has no zero entry: an
    # inactive constraint leaves w* = ŵ (regmath's solution at t = ‖ŵ‖₁ is ŵ itself), and
    # no entry of this ŵ is 0.
    # r86 (r84 reviews' item 1): the active half over the corner ("as here at a corner":
    # the shrink's w* reached the knot, a corner with a weight exactly 0 and λ > 0, as the
    # rule "reaches the corner" decides); the inactive half said over its own picture, t
    # grown back to the scene's t (the rule below).
    Rule("forces only when active", r"The constraint forces a 0 only when it is "
         r"active, as here at a corner\.",
         lambda m, f: f["norm"] == "l1" and f["inside"] and _end_knot(f) is not None
         and _end_knot(f)[0] < f["below"].radius
         and (lambda sol: sol.at_corner and sol.multiplier > 0.0
              and bool(np.any(sol.point == 0.0)))(
             constrained(f["loss"], norm="l1", radius=_end_knot(f)[0] * (1.0 - 1e-9))),
         ("corner",)),
    # r87 (r86 reviews' item 4): active is not enough: strictly between the independent
    # knot's t and ‖ŵ‖₁ (as stated) regmath's solution is active with λ > 0 and no weight
    # 0 (9 radii between, an independent constrained solve each).
    Rule("active not enough", rf"Yet active is not enough: for ({NUMBER}) < t < "
         rf"({NUMBER}), no weight is 0\.",
         lambda m, f: f["norm"] == "l1" and _end_knot(f) is not None
         and agrees(m.group(1), _end_knot(f)[0]) and agrees(m.group(2), f["inner"])
         and all((lambda sol: sol.active and sol.multiplier > 0.0
                  and bool(np.all(sol.point != 0.0)))(
             constrained(f["loss"], norm="l1", radius=float(r)))
             for r in np.linspace(_end_knot(f)[0], f["inner"], 11)[1:-1]), ("corner",)),
    # r86: back at the scene's t (as stated), ŵ strictly inside: regmath's solution there is
    # ŵ with λ = 0 (inactive); "which has no zero weight" only where no entry of ŵ is 0
    # (`_inactive_keeps_hat`).
    Rule("back inactive", rf"Back at t = ({NUMBER}), inactive: w\* = ŵ"
         r"(, which has no zero weight)?\.",
         lambda m, f: f["inside"] and agrees(m.group(1), f["t"])
         and (lambda sol: sol.multiplier == 0.0 and not sol.active
              and np.allclose(sol.point, f["loss"].center, atol=1e-12))(
             constrained(f["loss"], norm=f["norm"], radius=f["t"]))
         and (m.group(2) is None or _inactive_keeps_hat(f)), ("corner",)),
    # r81 (r80's items 1 and 2): t shrinks on past the knot to PAST_KNOT_SHARE of its t:
    # w* stays on the other weight's axis (w_k* = 0 exactly) and regmath's g_k lies strictly
    # inside (−1, 1) at every t below the knot (`_past_knot`, the knot solved independently).
    # r82 (r81's item 1): the corner's subgradients named with their fan: g's entry on the
    # zero weight free in [−1, 1], the other the nonzero weight's sign (`_corner_subgradient`,
    # the knot solved independently).
    # r86 (r84 reviews' item 2): "subgradient" defined as it is named: g is a subgradient
    # of a convex function at a point when the plane of slope g through it stays under the
    # function (the definition; true of ‖w‖₁ at any point).
    # (The set, g = (g_k, ±1) with |g_k| ≤ 1, is on the panel, not in the words: the fan is
    # regmath's normal cone at the knot, said where the lasso's w* reaches a corner,
    # `_corner_subgradient`.)
    # r87 (r86 reviews' item 1): the set said exactly, g = (g_k, s) with |g_k| ≤ 1 and s
    # the nonzero weight's sign at the knot (its entries in the written order), and the fan
    # named as the cone they point into, the normal cone (regmath's `normal_cone` at the
    # knot is that cone: its rays are the set's ends, checked by `_corner_subgradient` and
    # the rays' own rule); "Zoomed in closer" where the zoom opens (it opens with it).
    Rule("corner fan", r"(?:Zoomed in: a|A)t the corner ‖w‖₁ has no gradient; its "
         r"subgradients g = \((g[₁₂]|−?1), (g[₁₂]|−?1)\), \|g([₁₂])\| ≤ 1, point into "
         r"this fan, the normal cone\.",
         lambda m, f: f["norm"] == "l1" and _end_knot(f) is not None
         and _corner_subgradient(f, _end_knot(f)[1])
         and _fan_set_words(m, f, _end_knot(f)), ("corner",)),
    # r83 (r82's item 1): the sweep past the knot under its own words: w_k* stays 0 and
    # g_k stays strictly inside (−1, 1) all the way down (`_past_knot`).
    # r87 (r86 reviews' item 7): "below" the knot's t, as stated (the independent knot).
    Rule("past the corner", rf"t shrinks below ({NUMBER}): g, along −∇f\(w\*\), turns "
         r"in the fan; w([₁₂])\* stays 0\.",
         lambda m, f: _past_knot(f, _index(m, 2)) is not None
         and agrees(m.group(1), _end_knot(f)[0]), ("corner",)),
    # r83: then, at the t it stopped at (as stated), g_k = (−∇f(w*))_k / λ, strictly inside
    # (−1, 1), w_k* = 0 there (regmath's solution at that t, below the independent knot and
    # no lower than the sweep goes).
    Rule("balance picks", rf"At t = ({NUMBER}): g([₁₂]) = ({NUMBER}) / ({NUMBER}) = "
         rf"({NUMBER}), in the fan, so w([₁₂])\* stays 0\.",
         lambda m, f: _index(m, 2) == _index(m, 6) and _stopped_at(m, f), ("corner",)),
    Rule("origin stays", r"ŵ = 0 stays inside every ball",
         lambda m, f: not np.any(f["loss"].center), ("radius",)),
    Rule("λ stays 0", r"w\* = ŵ and λ = 0 for every t above 0",
         lambda m, f: not np.any(f["loss"].center), ("radius",)),
    Rule("radius", rf"t = ({NUMBER})", lambda m, f: agrees(m.group(1), f["t"]), ("problem",)),
    Rule("inside is inactive", r"w\* = ŵ is off the boundary: inactive",
         lambda m, f: f["inside"] and not f["sol"].active, ("drag",)),
    # r79: the ending where no corner is shown (`sum_up`).
    Rule("inactive exactly", r"inactive exactly when t > ‖ŵ‖[₁₂]",
         lambda m, f: bool(np.any(f["loss"].center)) and f["inside"], ("corner",)),
    Rule("inactive iff", r"t ≥ ‖ŵ‖[₁₂] ⇔ λ = 0 ⇔ w\* = ŵ",
         lambda m, f: bool(np.any(f["loss"].center)) and f["inside"], ("corner",)),
]

def _past_knot(f: dict, k: int) -> list | None:
    """regmath's solutions from just below the independent knot (w_k* = 0 there) down to
    PAST_KNOT_SHARE of its t, if every one is on the corner with w_k* = 0 exactly, λ > 0,
    |g_k| < 1 strictly and the other entry the nonzero weight's sign; else None."""
    from scenes.tangency import PAST_KNOT_SHARE

    knot = _end_knot(f) if f["norm"] == "l1" else None
    if knot is None or knot[1] != k or not knot[0] < f["below"].radius:
        return None
    sols = [constrained(f["loss"], norm="l1", radius=knot[0] * c)
            for c in np.linspace(1.0 - 1e-6, PAST_KNOT_SHARE, 9)]
    j = 1 - k
    good = all(sol.at_corner and sol.point[k] == 0.0 and sol.multiplier > 0.0
               and abs(float(sol.normal[k])) < 1.0
               and float(sol.normal[j]) == float(np.sign(sol.point[j])) for sol in sols)
    return sols if good else None


def _stopped_at(m: re.Match, f: dict) -> bool:
    """The ratio's words at the stated t: below the independent knot, at or above the
    sweep's lowest share of it, w_k* = 0 on the corner there, and −∇f(w*)_k, λ and g_k
    as stated, g_k = −∇f(w*)_k / λ strictly inside (−1, 1)."""
    from scenes.tangency import PAST_KNOT_SHARE

    k = _index(m, 2)
    if _past_knot(f, k) is None:
        return False
    t = float(m.group(1).replace("−", "-"))
    knot_t = _end_knot(f)[0]
    if not (0.98 * PAST_KNOT_SHARE * knot_t <= t < knot_t):
        return False
    sol = constrained(f["loss"], norm="l1", radius=t)
    grad_k = -float(sol.gradient[k])
    return (sol.at_corner and sol.point[k] == 0.0 and sol.multiplier > 0.0
            and abs(float(sol.normal[k])) < 1.0
            and agrees(m.group(3), grad_k) and agrees(m.group(4), sol.multiplier)
            and agrees(m.group(5), float(sol.normal[k]))
            and bool(np.isclose(grad_k / sol.multiplier, float(sol.normal[k]))))


def _fan_set_words(m: re.Match, f: dict, knot: tuple) -> bool:
    """The set's words "g = (a, b), |g_k| ≤ 1": the zero weight's entry written g_k, the
    other the nonzero weight's sign at the independent knot (w_k* = 0 there)."""
    k = knot[1]
    entries = [m.group(1), m.group(2)]
    if _index(m, 3) != k or entries[k] != "g" + "₁₂"[k]:
        return False
    sol = constrained(f["loss"], norm="l1", radius=knot[0] * (1.0 - 1e-9))
    return float(entries[1 - k].replace("−", "-")) == float(np.sign(sol.point[1 - k]))


def _corner_subgradient(f: dict, k: int) -> bool:
    """Whether the lasso's w* reaches a corner with w_k* = 0 (the independent knot) where
    regmath's g is a subgradient (|g_k| ≤ 1, the other entry the nonzero weight's sign) and
    w_k* stays exactly 0 at smaller t."""
    knot = _end_knot(f) if f["norm"] == "l1" else None
    if knot is None or knot[1] != k or not knot[0] < f["below"].radius:
        return False
    sols = [constrained(f["loss"], norm="l1", radius=knot[0] * c)
            for c in (1.0 - 1e-9, 0.9, 0.6, 0.3)]
    j = 1 - k
    return all(sol.at_corner and sol.point[k] == 0.0 and sol.multiplier > 0.0
               and abs(float(sol.normal[k])) <= 1.0
               and float(sol.normal[j]) == float(np.sign(sol.point[j])) for sol in sols)


def _corner_zero(f: dict, k: int, axis: int) -> bool:
    """Whether weight k is exactly 0 at the diamond's corner on the w_(axis+1) axis in ŵ's
    quadrant (regmath's boundary point towards sign(ŵ)·e), and not the axis's own weight."""
    direction = np.zeros(2)
    direction[axis] = np.sign(f["loss"].center[axis]) or 1.0
    corner = boundary_towards(direction, norm="l1", radius=f["t"])
    return k != axis and corner[k] == 0.0 and corner[axis] != 0.0


SCREEN_RULES = [
    # r56's item 1: the lens's angle mark, by regmath.facts.pull_turn at the first w*.
    Rule("aim turn on screen", rf"^({TEX_NUMBER})\^\\circ$",
         lambda m, f: f.get("start_turn") is not None
         and agrees(_tex(m.group(1)), f["start_turn"])),
    # L1Tangency's L2 contrast: the ridge ball's radius, its touch's weights.
    Rule("ridge ball on screen", rf"\\\|w\\\|_2 \\le ({TEX_NUMBER})\\ \\text\{{\(ridge\)\}}",
         lambda m, f: agrees(_tex(m.group(1)), f["t"])),
    # Round 30: ridge's panel at the end of L1Tangency (regmath's L2 solution): its w*
    # and f(w*), and the balance −∇f(w*) = μg with g = w*/‖w*‖₂ and μ its multiplier.
    Rule("ridge w* on screen", rf"w\^\*_\{{\\text\{{ridge\}}\}} = \(({TEX_NUMBER}),\\ "
         rf"({TEX_NUMBER})\),\\ f = ({TEX_NUMBER})",
         lambda m, f: all(agrees(_tex(m.group(k + 1)), _ridge(f).point[k]) for k in range(2))
         and agrees(_tex(m.group(3)), _ridge(f).level)),
    Rule("ridge balance on screen", rf"-\\nabla f\(w\^\*\) = \\mu g,\\ \\mu = ({TEX_NUMBER})",
         lambda m, f: agrees(_tex(m.group(1)), _ridge(f).multiplier) and bool(np.allclose(
             -_ridge(f).gradient, _ridge(f).multiplier * _ridge(f).point
             / np.linalg.norm(_ridge(f).point)))),
    Rule("ridge touch on screen", r"ridge \$w\^\*\$: both \$\\neq 0\$",
         lambda m, f: not _ridge(f).zero_weights),
    Rule("ridge touch both on screen", r"\\text\{ridge \} w\^\*\\text\{: both\} \\neq 0",
         lambda m, f: not _ridge(f).zero_weights),
    Rule("ridge touch one on screen", r"\\text\{ridge \} w\^\*\\text\{: one weight\} = 0",
         lambda m, f: bool(_ridge(f).zero_weights)),
    Rule("w* on screen", rf"(?<!\\text\{{lasso: \}} )w\^\* = \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)",
         lambda m, f: all(agrees(_tex(m.group(k + 1)), f["sol"].point[k]) for k in range(2))),
    # r50's item 3: the last frame's "no weight is 0" by w* = ŵ, where ŵ is inside the ball
    # (w* = ŵ) and has no zero entry.
    Rule("no weight zero on screen", r"\\text\{no weight is \} 0",
         lambda m, f: f["inside"] and bool(np.all(np.asarray(f["loss"].center) != 0.0))
         and np.array_equal(constrained(f["loss"], norm=f["norm"], radius=f["t"]).point,
                            f["loss"].center)),
    # r71's item 1: the diamond's corners labelled with the weight that is 0 there.
    Rule("corner zero on screen", r"^w_([12]) = 0$",
         lambda m, f: f["norm"] == "l1" and any(_corner_zero(f, int(m.group(1)) - 1, j)
                                                for j in (0, 1))),
    Rule("w* = ŵ on screen", rf"w\^\* = \\hat w = \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)",
         lambda m, f: all(agrees(_tex(m.group(k + 1)), f["loss"].center[k]) for k in range(2))),
    Rule("λ on screen", rf"\\lambda = ({TEX_NUMBER}) \\ge 0",
         lambda m, f: agrees(_tex(m.group(1)), f["sol"].multiplier)),
    # r73: InactiveConstraint's derivation shows the constraint short, "‖w‖₁ ≤ t = …" alone
    # on its row, at the radius beat's smallest t.
    Rule("t on screen", rf"(?<!\\text\{{at\}}\\ )t = ({TEX_NUMBER})",
         lambda m, f: agrees(_tex(m.group(1)), f["t"]) or (
             "below" in f and m.string.startswith(r"\|w\|_1 \le t = ")
             and agrees(_tex(m.group(1)), f["below"].radius))),
    # InactiveConstraint's ring: w* left behind at the radius beat's smallest t.
    Rule("ring on screen", rf"w\^\*\\ \\text\{{at\}}\\ t = ({TEX_NUMBER})",
         lambda m, f: "below" in f and agrees(_tex(m.group(1)), f["below"].radius)),
    # InactiveConstraint: g = sign(w*) is ‖w‖₁'s gradient only where no weight of w* is 0;
    # the line is shown while w* is on the first edge (the drag's start; it leaves as ŵ
    # goes inside), so the fact is the first solution's.
    Rule("weights nonzero on screen", r"\(w\^\*_1, w\^\*_2 \\neq 0\)",
         lambda m, f: bool(np.all(np.asarray(f.get("start", f["sol"]).point) != 0.0))),
    # (Not H⁻¹g's value, r40: it has its own rule below.)
    Rule("g on screen", rf"(?<!H\^\{{-1\}} )g = \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)",
         lambda m, f: all(agrees(_tex(m.group(k + 1)), f["sol"].normal[k]) for k in range(2))),
    Rule("ŵ on screen", rf"\\hat w = \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\),\\quad H",
         lambda m, f: all(agrees(_tex(m.group(k + 1)), f["loss"].center[k]) for k in range(2))),
    Rule("ŵ line on screen", rf"^\\hat w = \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)$",
         lambda m, f: all(agrees(_tex(m.group(k + 1)), f["loss"].center[k]) for k in range(2))),
    # r80: the corner's g, a subgradient (`_corner_subgradient`): "g = (g₁, 1), |g₁| ≤ 1".
    Rule("corner subgradient on screen",
         rf"^g = \((g_[12]|{TEX_NUMBER}),\\ (g_[12]|{TEX_NUMBER})\),\\ \|g_([12])\| \\le 1"
         r"\\text\{: a subgradient\}$",
         lambda m, f: (lambda k: m.group(k + 1) == f"g_{k + 1}"
                       and agrees(_tex(m.group(2 - k)), float(np.sign(
                           f["loss"].center[1 - k]))) and _corner_subgradient(f, k))(
             int(m.group(3)) - 1)),
    Rule("sign entry on screen",
         rf"^g_([12]) = \\operatorname{{sign}}\(w\^\*_([12])\) = ({TEX_NUMBER})$",
         lambda m, f: m.group(1) == m.group(2) and f["sol"].point[int(m.group(1)) - 1] != 0.0
         and agrees(_tex(m.group(3)), float(np.sign(f["sol"].point[int(m.group(1)) - 1])))),
    Rule("isotropic factor on screen", rf"H = cI:\\ w\^\* = ({TEX_NUMBER})\\,\\hat w",
         lambda m, f: agrees(_tex(m.group(1)), isotropic_factor(f["loss"].center,
                                                                   radius=f["t"]))),
    Rule("pull value on screen",
         rf"-\\nabla f\(w\^\*\) = H\(\\hat w - w\^\*\) = \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)",
         lambda m, f: all(agrees(_tex(m.group(k + 1)), -f["sol"].gradient[k]) for k in range(2))),
    # L1Tangency: ŵ outside the diamond, as "ŵ lies outside" is said.
    Rule("‖ŵ‖₁ on screen", rf"^\\\|\\hat w\\\|_1 = ({TEX_NUMBER}) > ({TEX_NUMBER})$",
         lambda m, f: f["norm"] == "l1" and agrees(_tex(m.group(1)), lp_norm(f["loss"].center, 1.0))
         and agrees(_tex(m.group(2)), f["t"]) and lp_norm(f["loss"].center, 1.0) > f["t"]),
    Rule("penalized on screen",
         rf"w\^\* = \\arg\\min_w\\ f\(w\) \+ ({TEX_NUMBER})\\,\\\|w\\\|_1",
         lambda m, f: agrees(_tex(m.group(1)), f["sol"].multiplier) and f["penalized_same"]),
    Rule("f(w*) on screen", rf"f\(w\^\*\) = ({TEX_NUMBER})",
         lambda m, f: agrees(_tex(m.group(1)), f["sol"].level)),
    Rule("exact zero on screen", r"w\^\*_([12]) = 0\\ \\text\{exactly\}",
         lambda m, f: f["sol"].point[int(m.group(1)) - 1] == 0.0),
    Rule("no zero on screen", r"on an edge: no weight is",
         lambda m, f: not f["sol"].zero_weights),
    Rule("factor on screen", rf"w\^\*_([12]) = ({TEX_NUMBER}) \\times \\hat w",
         lambda m, f: agrees(_tex(m.group(2)), f["factors"][int(m.group(1)) - 1])),
    # L1Tangency: a mid-edge normal's label "(s₁, s₂)": the edge's outward normal, sign(w),
    # whose entries are ±1 (regmath.edge_normals.EDGE_SIGNS).
    Rule("edge normal on screen", rf"^\( ({TEX_NUMBER}) ,\\  ({TEX_NUMBER}) \)$",
         lambda m, f: f["norm"] == "l1" and (value_of(_tex(m.group(1)))[0],
                                        value_of(_tex(m.group(2)))[0]) in EDGE_SIGNS),
    # The title's question answered: inactive (slack > 0) exactly when t > ‖ŵ‖.
    Rule("inactive iff on screen", r"^Inactive \$\\Leftrightarrow\$ \$t > \\\|\\hat w\\\|_[12]\$$",
         lambda m, f: bool(np.any(f["loss"].center)) and f["inside"]),
    # InactiveConstraint's derivation: λ = (‖ŵ‖₁ − t)/gᵀH⁻¹g with regmath's ‖ŵ‖₁, the
    # radius beat's smallest t and sᵀH⁻¹s of ŵ's edge (`edge_curvature`).
    # r58's item 7: the numbers on a line of their own under λ = (‖ŵ‖₁ − t)/gᵀH⁻¹g, with
    # gᵀH⁻¹g written out as its two terms gₖ(H⁻¹g)ₖ (an independent solve).
    Rule("edge λ numbers on screen",
         rf"^= \(({TEX_NUMBER}) - ({TEX_NUMBER})\)"
         rf"\\,/\\,\(({TEX_NUMBER}) ([+-]) ({TEX_NUMBER})\)$",
         lambda m, f: "below" in f and _on_hat_edge(f)
         and agrees(_tex(m.group(1)), f["inner"])
         and agrees(_tex(m.group(2)), f["below"].radius)
         and _terms_agree(_tex(m.group(3)), m.group(4), _tex(m.group(5)), f)),
    # r66 (r62's item 5): the numbers as the caption reads them, (‖ŵ‖₁ − t)/gᵀH⁻¹g written
    # 0.24/1.485: ‖ŵ‖₁ less the radius beat's smallest t over sᵀH⁻¹s (an independent solve).
    Rule("edge λ quotient on screen",
         rf"^= ({TEX_NUMBER})\\,/\\,({TEX_NUMBER})$",
         lambda m, f: "below" in f and _on_hat_edge(f)
         and agrees(_tex(m.group(1)), f["inner"] - f["below"].radius)
         and agrees(_tex(m.group(2)), _edge_curvature(f))),
    Rule("quadrant norm on screen", r"in this quadrant: \}\\\|w\\\|_1 = (-?)w_1([+-])w_2",
         lambda m, f: f["norm"] == "l1" and bool(np.all(np.asarray(f["loss"].center) != 0.0))
         and (m.group(1) == "-") == (f["loss"].center[0] < 0)
         and (m.group(2) == "-") == (f["loss"].center[1] < 0)),
    # r40: H⁻¹g beside g in the derivation, by an independent solve.
    Rule("H⁻¹g on screen", rf"H\^\{{-1\}} g = \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)",
         lambda m, f: "below" in f and _on_hat_edge(f) and all(
             agrees(_tex(m.group(k + 1)), float(np.linalg.solve(
                 np.asarray(f["loss"].hessian, dtype=float),
                 np.sign(f["loss"].center))[k])) for k in range(2))),
    # r56's item 3: gᵀH⁻¹g written out as g₁(H⁻¹g)₁ + g₂(H⁻¹g)₂, by an independent solve.
    Rule("gᵀH⁻¹g sum on screen",
         rf"g\^\\top H\^\{{-1\}} g = ({TEX_NUMBER}) ([+-]) ({TEX_NUMBER}) = ({TEX_NUMBER})",
         lambda m, f: "below" in f and _on_hat_edge(f) and _sum_terms_agree(m, f)),
    Rule("slack on screen", rf"t - \\\|w\^\*\\\|_[12] = ({TEX_NUMBER})",
         lambda m, f: f["slack"] > 0 and agrees(_tex(m.group(1)), f["slack"])),
]


def _live_state(scene) -> tuple[float, float, float] | None:
    """ŵ where the drag has taken it along the scene's path of the moment and the radius the
    ball has now (the two trackers that move the problem in these scenes), or None before
    they exist. ŵ itself, not the drag's value: a scene swaps its path for a later drag
    (L1Tangency's ray outward from the corner), and the facts are computed after the run."""
    drag, radius = getattr(scene, "drag", None), getattr(scene, "ball_radius", None)
    if drag is None or radius is None or getattr(scene, "path", None) is None:
        return None
    x, y = (float(v) for v in scene.path.at(float(drag.get_value())))
    return x, y, float(radius.get_value())


def _live_facts(scene, state: tuple[float, float, float]) -> dict:
    """The problem at one frame, solved by regmath: ŵ where the drag had taken it
    (regmath.center_paths) and the ball's radius then."""
    *point, t = state
    center = np.asarray(point, dtype=float)
    sol = constrained(Quadratic(center=center, hessian=scene.hessian), norm=scene.norm, radius=t)
    # The slack from the norm itself, not regmath's `Solution.slack` (the scene's readout).
    p = 1.0 if scene.norm == "l1" else 2.0
    return {"center": center, "sol": sol, "t": t, "slack": t - lp_norm(sol.point, p)}


#: How far ŵ(s) may lie off the boundary at the drag's stop there (relative to the scale).
BOUNDARY_ROUNDING = 1e-9


def _slack_shown(m: re.Match, f: dict) -> bool:
    """A positive slack to its digits, or (a live readout, once the ball binds) an exact
    "0" where the solution is on the boundary: t − ‖w*‖ computed from w* is then 0 to
    rounding; "0.00…" is a slack that is 0 to its digits."""
    if m.group(1) == "0":
        return abs(f["slack"]) <= BOUNDARY_ROUNDING * f["t"]
    if float(m.group(1)) == 0.0:
        # "0.000000": zero to the digits shown, where ŵ lies on the boundary (its slack is
        # 0 up to rounding, of either sign: variant l2-milli's drag stops there).
        return agrees(_tex(m.group(1)), f["slack"])
    return f["slack"] > 0 and agrees(_tex(m.group(1)), f["slack"])


#: Lines about w* that stay up while ŵ is dragged or t shrinks, judged at every frame they
#: are shown (r79: "g = sign(w*) = (1, 1)" stood for a second after w*₁ reached 0).
LIVE_RULES = (
    Rule("sign(w*) while shown", r"\\operatorname\{sign\}\(w\^\*\) = \((-?1|0),\\ (-?1|0)\)",
         lambda m, f: all(float(np.sign(f["sol"].point[k])) == float(m.group(k + 1))
                          for k in range(2))),
    Rule("λ > 0 while shown", r"\(\\lambda > 0\)", lambda m, f: f["sol"].multiplier > 0.0),
    # A line or label that says it of the w* shown (not the rule "λ = 0 ⇔ w* = ŵ").
    # (To rounding: the drag stops with ŵ on the boundary, where w* = ŵ is exact in
    # exact arithmetic and ŵ(s) lies a rounding outside it.)
    Rule("w* = ŵ while shown", r"^w\^\* = \\hat w(?:$| = )",
         lambda m, f: bool(np.allclose(f["sol"].point, f["center"], rtol=0.0,
                                       atol=BOUNDARY_ROUNDING * max(f["t"], float(
                                           np.max(np.abs(f["center"]))))))),
    Rule("zero weight while shown", r"w\^\*_([12]) = 0(?![.\d])",
         lambda m, f: f["sol"].point[int(m.group(1)) - 1] == 0.0),
    # (Not "w* = (…)" alone: L1Tangency's wedge label "ŵ here ⇒ / w* = (0, 1)" speaks of
    # a region of ŵ, not of the ŵ shown, and stays while ŵ is dragged out of it.)
    Rule("λ while shown", rf"\\lambda = ({TEX_NUMBER}) \\ge 0",
         lambda m, f: agrees(_tex(m.group(1)), f["sol"].multiplier)),
    Rule("f(w*) while shown", rf"f\(w\^\*\) = ({TEX_NUMBER})",
         lambda m, f: agrees(_tex(m.group(1)), f["sol"].level)),
    Rule("slack while shown", rf"t - \\\|w\^\*\\\|_[12] = ({TEX_NUMBER})", _slack_shown),
)
LIVE = LiveClaims(state=_live_state, facts=_live_facts, rules=LIVE_RULES)


def _sum_terms_agree(m: re.Match, f: dict) -> bool:
    """The two written terms gₖ(H⁻¹g)ₖ (g = sign(ŵ)) and their sum, sᵀH⁻¹s."""
    g = np.sign(f["loss"].center)
    terms = g * np.linalg.solve(np.asarray(f["loss"].hessian, dtype=float), g)
    second = ("−" if m.group(2) == "-" else "") + _tex(m.group(3))
    return (agrees(_tex(m.group(1)), float(terms[0])) and agrees(second, float(terms[1]))
            and agrees(_tex(m.group(4)), _edge_curvature(f)))


def _terms_agree(first: str, sign: str, second: str, f: dict) -> bool:
    """The two written terms gₖ(H⁻¹g)ₖ (g = sign(ŵ)), by an independent solve."""
    g = np.sign(f["loss"].center)
    terms = g * np.linalg.solve(np.asarray(f["loss"].hessian, dtype=float), g)
    return (agrees(first, float(terms[0]))
            and agrees(("−" if sign == "-" else "") + second, float(terms[1])))


def _edge_curvature(f: dict) -> float:
    """sᵀH⁻¹s for ŵ's edge, by an independent solve (not regmath's factors)."""
    signs = np.sign(f["loss"].center)
    return float(signs @ np.linalg.solve(np.asarray(f["loss"].hessian, dtype=float), signs))


def _inactive_keeps_hat(f: dict) -> bool:
    """Inactive, w* = ŵ (regmath's solution at t = ‖ŵ‖₁ and above is ŵ), and no entry of
    ŵ is 0."""
    center = np.asarray(f["loss"].center, dtype=float)
    if not np.all(center != 0.0):
        return False
    for radius in (f["inner"], 1.5 * f["inner"]):
        sol = constrained(f["loss"], norm=f["norm"], radius=radius)
        if sol.multiplier != 0.0 or not np.allclose(sol.point, center, atol=1e-12):
            return False
    return True


def _end_knot(f: dict) -> tuple[float, int] | None:
    """Where the edge line ŵ − λH⁻¹g (g = sign(ŵ), both entries of ŵ nonzero) first meets
    an axis as λ grows: (t there, the index of the weight that is 0), by an independent
    solve (not regmath's path)."""
    center = np.asarray(f["loss"].center, dtype=float)
    if not np.all(center != 0.0):
        return None
    d = np.linalg.solve(np.asarray(f["loss"].hessian, dtype=float), np.sign(center))
    ratios = np.where(center / np.where(d == 0.0, np.inf, d) > 0.0, center / np.where(
        d == 0.0, np.inf, d), np.inf)
    k = int(np.argmin(ratios))
    if not np.isfinite(ratios[k]):
        return None
    point = center - ratios[k] * d
    point[k] = 0.0
    return float(np.abs(point).sum()), k


def _on_hat_edge(f: dict) -> bool:
    """The shrink's smallest-t w* has λ > 0 on the open edge with ŵ's signs, and regmath's
    edge_multiplier (‖ŵ‖₁ − t)/sᵀH⁻¹s is its λ."""
    from regmath.diamond import edge_multiplier

    below, signs = f["below"], np.sign(f["loss"].center)
    return (below.multiplier > 0.0 and not below.at_corner
            and bool(np.all(np.sign(below.point) == signs))
            and bool(np.isclose(edge_multiplier(f["loss"], signs, below.radius),
                                below.multiplier, rtol=1e-9, atol=0.0)))


def rules_for(scene) -> list[Rule]:
    own = INACTIVE_RULES if isinstance_by_name(scene, "InactiveConstraint") else CAPTION_RULES
    return [*own, *GENERAL_RULES]


def isinstance_by_name(scene, name: str) -> bool:
    return any(cls.__name__ == name for cls in type(scene).__mro__)


# ------------------------------------------------------------------ variants
def V(scene: type, name: str, data: dict, refused: str | None = None) -> Variant:
    return Variant(scene, name, data, refused, story="tangency")


VARIANTS = [
    # ----------------------------------------------------------------- L1Tangency
    V(L1Tangency, "quadrant-2", {"center": (-1.5, 1.2)}),
    V(L1Tangency, "bool-hessian", {"hessian": ((True, False), (False, True))}, refused="hessian"),
    V(L1Tangency, "quadrant-3", {"center": (-1.4, -1.7)}),
    V(L1Tangency, "quadrant-4", {"center": (2.2, -0.6), "hessian": ((2.0, 0.3), (0.3, 0.8)),
      "radius": 1.5}),
    V(L1Tangency, "on-axis", {"center": (2.5, 0.0), "hessian": ((3.0, 0.0), (0.0, 1.0))}),
    V(L1Tangency, "tiny", {"center": (0.05, 0.03), "radius": 0.02}),
    V(L1Tangency, "far-cond-100", {"center": (8.0, 6.0), "hessian": rotated(100, 1, 0.4),
      "radius": 0.2}),
    V(L1Tangency, "cond-1e4", {"center": (2.0, 1.5), "hessian": rotated(1e4, 1, 0.3)}),
    V(L1Tangency, "isotropic-cone-edge", {"center": (2.0, 1.0),
      "hessian": ((1.0, 0.0), (0.0, 1.0))}),
    V(L1Tangency, "edge", {"center": (2.0, 1.0), "hessian": ((1.0, 0.3), (0.3, 2.0))}),
    V(L1Tangency, "large-scale", {"center": (300.0, 200.0), "radius": 100.0}),
    V(L1Tangency, "no-rings", {"rings": 0}),
    # ×10³ data with H ×10³: the pull (8.00×10⁵, 1.84×10⁶) in one number form, its line in
    # the frame (it ran off the frame as (800000.0, 1.84×10⁶)).
    V(L1Tangency, "scale-1e3", {"center": (1000.0, 1600.0), "radius": 1000.0,
                                "hessian": ((1100.0, -500.0), (-500.0, 3900.0))}),
    V(L1Tangency, "singular", {"hessian": ((1.0, 0.0), (0.0, 0.0))}, refused="hessian"),
    V(L1Tangency, "radius-0", {"radius": 0.0}, refused="radius"),
    V(L1Tangency, "radius-negative", {"radius": -1.0}, refused="radius"),
    V(L1Tangency, "inside", {"center": (0.3, 0.2)}, refused="center"),
    V(L1Tangency, "on-boundary", {"center": (0.5, 0.5),
      "hessian": ((1.0, 0.0), (0.0, 1.0))}, refused="center"),
    V(L1Tangency, "nan-center", {"center": (float("nan"), 1.0)}, refused="center"),
    V(L1Tangency, "asymmetric", {"hessian": ((1.0, 0.3), (0.2, 2.0))}, refused="hessian"),
    V(L1Tangency, "indefinite", {"hessian": ((1.0, 0.0), (0.0, -1.0))}, refused="hessian"),
    V(L1Tangency, "cond-1e7", {"hessian": rotated(1e7, 1, 0.3)}, refused="hessian"),
    V(L1Tangency, "many-rings", {"rings": 99}, refused="rings"),
    V(L1Tangency, "3d-center", {"center": (1.0, 2.0, 3.0)}, refused="center"),
    # ----------------------------------------------------------------- L2Tangency
    V(L2Tangency, "quadrant-3", {"center": (-1.4, -1.7)}),
    V(L2Tangency, "on-axis-zero", {"center": (2.5, 0.0), "hessian": ((3.0, 0.0), (0.0, 1.0))}),
    V(L2Tangency, "isotropic", {"center": (1.5, 1.0), "hessian": ((2.0, 0.0), (0.0, 2.0))}),
    V(L2Tangency, "far-cond-100", {"center": (8.0, 6.0), "hessian": rotated(100, 1, 0.4),
      "radius": 0.2}),
    # ŵ on a ridge ray with a coupled H: w* = (0, 1) exactly (regmath.l2_exact); a lecturer's
    # pass saw "w* = (−1.05×10⁻¹⁶, 1)" and "Neither weight is exactly zero" here.
    V(L2Tangency, "on-ray-coupled", {"center": (-1.0, 3.0), "hessian": ((2.0, 1.0), (1.0, 1.0))}),
    V(L2Tangency, "coupled", {"center": (2.0, 0.2), "hessian": ((1.0, 0.95), (0.95, 1.0))}),
    V(L2Tangency, "tiny", {"center": (0.05, 0.03), "radius": 0.02}),
    V(L2Tangency, "cond-1e4", {"center": (2.0, 1.5), "hessian": rotated(1e4, 1, 0.3)}),
    V(L2Tangency, "inside", {"center": (0.3, 0.2)}, refused="center"),
    V(L2Tangency, "norm-l1", {"norm": "l1"}, refused="norm"),
    # A lecturer's data (variant pass, round 16): quadrant 3, rotated H, small ball.
    V(L2Tangency, "t2-q3-rot-small", {"center": (-0.9, -3.0),
                                      "hessian": ((175.9, -147.3), (-147.3, 125.1)),
                                      "radius": 0.4}),
    # --------------------------------------------------------- InactiveConstraint
    V(InactiveConstraint, "l2", {"norm": "l2"}),
    V(InactiveConstraint, "origin", {"center": (0.0, 0.0)}),
    V(InactiveConstraint, "quadrant-3", {"center": (-0.3, -0.4)}),
    V(InactiveConstraint, "near-origin", {"center": (0.001, 0.002)}),
    V(InactiveConstraint, "cond-1e4", {"hessian": rotated(1e4, 1, 0.3)}),
    V(InactiveConstraint, "small-ball", {"center": (0.01, -0.02), "radius": 0.05}),
    V(InactiveConstraint, "outside", {"center": (2.0, 1.0)}, refused="center"),
    V(InactiveConstraint, "on-boundary", {"center": (0.5, 0.5)}, refused="center"),
    V(InactiveConstraint, "l2-on-boundary", {"norm": "l2", "center": (0.6, 0.8)},
            refused="center"),
    V(InactiveConstraint, "norm-l3", {"norm": "l3"}, refused="norm"),
    V(InactiveConstraint, "radius-0", {"radius": 0.0}, refused="radius"),
    # A lecturer's variant pass: milli-scale data with ŵ just inside (the main plot's
    # arrows left the frame in the radius beat, the inset's w₁ numbers ran together) ...
    V(InactiveConstraint, "milli-l1", {"center": (0.0004, -0.0003),
      "hessian": ((16.1, 19.0), (19.0, 24.9)), "radius": 0.001, "start_reach": 1.05}),
    # ... and an L2 ŵ a hair inside the ball (a slack bar under a pixel).
    V(InactiveConstraint, "l2-near-edge-rot", {"norm": "l2", "center": (-0.59, -0.79),
      "hessian": ((42.6, -17.6), (-17.6, 8.4)), "radius": 1.0, "start_reach": 3.5}),
]


# A lecturer's numbers, fresh sweep (issue "Truth for any data").
VARIANTS += [
    V(L1Tangency, "diagonal-rotated", {"center": (1.5, 1.5),
                                       "hessian": rotated(4.0, 1.0, math.pi / 4)}),
    V(L1Tangency, "radius-1e3", {"center": (-1500.0, 1300.0), "radius": 1000.0}),
    V(L1Tangency, "just-outside-1.01", {"center": (0.404, 0.606)}),
    V(L2Tangency, "just-outside-1.01", {"center": (0.606, 0.808)}),
    V(L2Tangency, "cond-1e3-rotated", {"center": (1.5, -1.0), "hessian": rotated(1e3, 1.0, 0.7)}),
    V(L2Tangency, "tiny-offdiag-axis", {"center": (2.0, 0.0),
                                        "hessian": ((1.0, 1e-9), (1e-9, 2.0))}),
    V(L2Tangency, "negative-numpy", {"center": np.array([-2.0, -1.0]),
                                     "hessian": np.array([[2.0, -0.8], [-0.8, 1.0]]),
                                     "radius": 0.5}),
    V(InactiveConstraint, "huge-ball", {"center": (1.0, 0.5), "radius": 1000.0}),
    V(InactiveConstraint, "start-reach-low", {"start_reach": 1.0}, refused="start_reach"),
    # A lecturer's numbers (issue 9): ŵ just inside on the diagonal, starting far out (a
    # MathTex left the frame at 114 s) ...
    V(InactiveConstraint, "diagonal-far-start", {"center": (0.495, 0.495), "start_reach": 4.0}),
    # ... and a milli-scale L2 ball (a group left the frame at 85 s).
    V(InactiveConstraint, "l2-milli", {"norm": "l2", "radius": 1e-3,
                                       "center": (0.0003, -0.0004)}),
]
