"""The claims Tangency3D may make, and their facts.

Facts are computed from the scene's class attributes with `regmath` alone: the exact
L1 and L2 touches (`regmath.threed.touch_3d`), the octahedron's vertices and the
normal cone's generators, and −∇f(w*) checked against them by non-negative least squares.
"""

from __future__ import annotations

from contextlib import contextmanager

import numpy as np
from scipy.optimize import nnls

from regmath import Quadratic
from regmath.solve import penalized
from regmath.threed import octahedron, touch_3d
from scenes.threed import Tangency3D
from tests.claims import (NUMBER, TEX_NUMBER, Rule, Variant, agrees, caption_form,
                          point_agrees)

#: The caption's w₁*, w₂*, w₃* → 0-based index.
STAR_INDEX = {"w₁*": 0, "w₂*": 1, "w₃*": 2}
#: −∇f(w*) is a non-negative combination of the generators to this (relative).
CONE_RTOL = 1e-9
STAR = r"w[₁₂₃]\*"


def facts_for(scene) -> dict:
    """Everything the claims need, from the scene's data only."""
    loss = Quadratic(center=scene.center, hessian=scene.hessian)
    t = float(scene.radius)
    l1 = touch_3d(loss, norm="l1", radius=t)
    l2 = touch_3d(loss, norm="l2", radius=t)
    facts = {"loss": loss, "t": t, "l1": l1, "l2": l2,
             "ellipsoids": not loss.singular and bool(np.all(loss.eigenvalues > 0.0))}
    if t > 0.0:
        vertices = octahedron(t).vertices
        # The sphere ‖w‖₂ = t passes through the six vertices ±t eᵢ exactly.
        facts["corners"] = len(vertices) == 6 and bool(np.all(
            np.linalg.norm(vertices, axis=1) == t))
    pull = -l1.gradient
    generators = l1.cone_generators
    if generators.shape[0] > 0:
        _, residual = nnls(generators.T, pull)
        facts["in_cone"] = residual <= CONE_RTOL * float(np.linalg.norm(pull))
        unit = generators[0] / np.linalg.norm(generators[0])
        facts["along"] = generators.shape[0] == 1 and float(
            np.linalg.norm(pull - (pull @ unit) * unit)) <= CONE_RTOL * float(np.linalg.norm(pull))
    if l1.multiplier > 0.0:
        # The lasso min f + λ‖w‖₁ at the touch's λ, solved on its own: the same w*.
        lasso = penalized(loss, norm="l1", strength=l1.multiplier).point
        facts["lasso_same"] = bool(np.allclose(lasso, l1.point, rtol=1e-9, atol=1e-12))
    if l2.kind == "sphere":
        # −∇f(w*) along w* (the sphere's one outward normal there), same sense.
        pull, where = -l2.gradient, l2.point
        facts["along_w_star"] = float(pull @ where) > 0.0 and float(np.linalg.norm(
            np.cross(pull, where))) <= CONE_RTOL * float(np.linalg.norm(pull) * np.linalg.norm(where))
    return facts


#: The count words of the normals at a corner or an edge.
COUNT = {"two": 2, "four": 4}
SHAPE = {2: "wedge", 4: "cone"}
SUB = {"₁": 0, "₂": 1, "₃": 2}


def _names(text: str, count: int) -> bool:
    """"n₁ and n₂" or "n₁, n₂, n₃ and n₄": the normals' names, one for each."""
    expected = ", ".join(f"n{'₁₂₃₄'[k]}" for k in range(count - 1)) + " and " \
        + f"n{'₁₂₃₄'[count - 1]}" if count > 1 else "n₁"
    return text == expected


def _signs(entries: str, touch) -> bool:
    """"sign w₁*, [−1, 1], sign w₃*": ∂‖w*‖₁ entry by entry, [−1, 1] exactly at the zero
    weights (the kink of |wᵢ| at 0), sign wᵢ* (a single value) at the nonzero ones."""
    want = ["[−1, 1]" if touch.point[i] == 0.0 else f"sign w{'₁₂₃'[i]}*" for i in range(3)]
    return entries == ", ".join(want) and set(np.flatnonzero(touch.point == 0.0)) == set(
        touch.zero_indices)


def _subgradient(entries: str, bound: str, touch) -> bool:
    """"1, g₂, 1" and ", |g₂| ≤ 1": sign(w*ᵢ) off the zeros, a free gᵢ at each zero, whose
    size the touch's own g keeps at most 1."""
    parts = [p.strip() for p in entries.split(",")]
    if len(parts) != 3:
        return False
    for i, part in enumerate(parts):
        if i in touch.zero_indices:
            if part != "g" + "₁₂₃"[i] or abs(touch.balance[i]) > 1.0:
                return False
        elif part != ("1" if touch.point[i] > 0.0 else "−1") or touch.balance[i] != np.sign(
                touch.point[i]):
            return False
    free = ", ".join(f"|g{'₁₂₃'[i]}|" for i in touch.zero_indices)
    return bound == ((", " + free + " ≤ 1") if free else "")


def _free_bound(touch) -> str:
    """", |g₂| ≤ 1" for the touch's zero weights: said by ∂‖w*‖₁'s [−1, 1] just before "each
    g = (1, g₂, 1) lies in this wedge" (r83), so `_subgradient` checks it as if said."""
    free = ", ".join(f"|g{'₁₂₃'[i]}|" for i in touch.zero_indices)
    return (", " + free + " ≤ 1") if free else ""


def _zeros(text: str, touch) -> bool:
    """"w₂*" or "w₂* and w₃*" names exactly the touch's zero weights."""
    names = [part.strip() for part in text.split(" and ")]
    return tuple(sorted(STAR_INDEX[n] for n in names)) == touch.zero_indices and all(
        touch.point[STAR_INDEX[n]] == 0.0 for n in names)


#: The loss named with its formula and its level sets (r71).
LEVELS = (r"The loss f\(w\) = ½\(w − ŵ\)ᵀH\(w − ŵ\), H not shown, has ellipsoids as level "
          r"sets")
POINT = rf"\({NUMBER}, {NUMBER}, {NUMBER}\)"


def _up_name(touch) -> str:
    """"(w₁+w₃)/√2": the two nonzero weights, each with the sign of its w*."""
    text = ""
    for i, x in enumerate(touch.point):
        if x != 0.0:
            text += ("−" if x < 0.0 else ("+" if text else "")) + f"w{'₁₂₃'[i]}"
    return f"({text})/√2"


def _lam(m, f, group: int = 2) -> bool:
    return agrees(m.group(group), f["l1"].multiplier) and f["l1"].multiplier > 0.0


RULES = [
    Rule("ŵ", rf"The loss (?:f )?is least at ŵ = ({POINT})",
         lambda m, f: point_agrees(m.group(1), f["loss"].center), ("loss",)),
    Rule("the balls at t > 0",
         rf"The budget ‖w‖₁ ≤ t, with t = ({NUMBER}), is an octahedron; ‖w‖₂ ≤ t is the ball "
         r"whose sphere passes through its six corners",
         lambda m, f: f["t"] > 0.0 and agrees(m.group(1), f["t"]) and f["corners"], ("balls",)),
    Rule("the balls at t = 0",
         r"With the budget t = 0, both balls, ‖w‖₁ ≤ 0 and ‖w‖₂ ≤ 0, are the origin alone",
         lambda m, f: f["t"] == 0.0, ("balls",)),
    # "ellipsoids" is said as the first one grows (r37: 11 s before any was drawn).
    # r71: f and H said as the first ellipsoid appears (the loss's level sets are ellipsoids
    # exactly when H is positive definite; H is f's Hessian, its curvature, by definition).
    Rule("grow to the octahedron",
         LEVELS + r": grow one from ŵ until it first touches the octahedron",
         lambda m, f: f["ellipsoids"] and f["l1"].kind in ("vertex", "edge", "face"),
         ("grow",)),
    # r52: at an edge the camera first turns to a view in the touch's tangent plane
    # (`contact_view`: side-on to the touch), then the ellipsoid grows.
    # r71: "side-on to the touch" said plainly: the view in the touch's tangent plane shows
    # the gap between the two outlines closing (`contact_view`).
    Rule("grow to the octahedron, seen side-on",
         LEVELS + r"; seen from the side, where the gap to the octahedron shows, grow one from ŵ "
         r"until it first touches the octahedron",
         lambda m, f: f["ellipsoids"] and f["l1"].kind == "edge", ("grow",)),
    Rule("grow to the origin",
         r"The quadratic loss's level sets are ellipsoids: grow one from ŵ until it reaches the origin",
         lambda m, f: f["ellipsoids"] and f["l1"].kind == "origin", ("grow",)),
    Rule("the touch", rf"It first touches the octahedron at the lasso's w\* = ({POINT})",
         lambda m, f: f["l1"].kind in ("vertex", "edge", "face")
         and point_agrees(m.group(1), f["l1"].point), ("touch",)),
    # r51: at an edge the edge is named as it is lit.
    Rule("the touch on an edge",
         rf"It first touches the octahedron on an edge, at the lasso's w\* = ({POINT})",
         lambda m, f: f["l1"].kind == "edge" and point_agrees(m.group(1), f["l1"].point),
         ("touch",)),
    Rule("a vertex, turning round it",
         rf"Turning round it: the touch is on a corner, so ({STAR} and {STAR}) are exactly 0",
         lambda m, f: f["l1"].kind == "vertex" and _zeros(m.group(1), f["l1"]), ("turn",)),
    # The camera looks along the edge (regmath.threed.edge_view): the words say so.
    # The edge between the two nonzero weights' vertices lies in the zero weight's plane.
    # Looking along the edge, the picture's two directions are the zero weight's axis and
    # (sᵢwᵢ + sⱼwⱼ)/√2, s = sign(w*): the edge's direction is sᵢeᵢ − sⱼeⱼ.
    Rule("an edge, looked along",
         rf"Two faces meet at the edge it touches, in the plane w([₁₂₃]) = 0\. Now we look along this "
         rf"edge: what remains is "
         rf"w([₁₂₃]) and (\S+), and ({STAR}) is exactly 0",
         lambda m, f: f["l1"].kind == "edge" and _zeros(m.group(4), f["l1"])
         and m.group(4) == f"w{m.group(1)}*" and m.group(2) == m.group(1)
         and m.group(3) == _up_name(f["l1"]), ("turn",)),
    Rule("a face, turning round it",
         r"Turning round it: the touch is inside a face, so no weight is 0",
         lambda m, f: f["l1"].kind == "face" and bool(np.all(f["l1"].point != 0.0)),
         ("turn",)),
    Rule("inside", r"ŵ lies inside the octahedron: w\* = ŵ and λ = 0; nothing has to grow",
         lambda m, f: f["l1"].kind == "inside" and f["l1"].multiplier == 0.0
         and np.array_equal(f["l1"].point, f["loss"].center), ("touch",)),
    Rule("the origin", r"So w\* = 0: every weight is exactly 0",
         lambda m, f: f["l1"].kind == "origin" and not np.any(f["l1"].point), ("touch",)),
    Rule("the cone at a vertex or an edge",
         r"The (two|four) faces' normals ([^ ]+(?:, n.)*(?: and n.)) span a (wedge|cone); "
         r"−∇f\(w\*\), the ellipsoid's inward normal, lies inside it",
         lambda m, f: f["l1"].kind in ("vertex", "edge")
         and COUNT[m.group(1)] == f["l1"].cone_generators.shape[0]
         and _names(m.group(2), COUNT[m.group(1)]) and m.group(3) == SHAPE[COUNT[m.group(1)]]
         and f["in_cone"], ("cone",)),
    Rule("the normal at a face",
         r"The face's normal n₁: −∇f\(w\*\), the ellipsoid's inward normal, points along it",
         lambda m, f: f["l1"].kind == "face" and f["along"] and f["in_cone"], ("cone",)),
    # Every −∇f in the normal cone makes w* optimal (KKT with that loss): the same touch.
    Rule("the cone's range of losses",
         rf"Any −∇f\(w\*\) in this (wedge|cone) gives the same touch: a whole range of losses "
         rf"give ({STAR}(?: and {STAR})?) = 0",
         lambda m, f: f["l1"].kind in ("vertex", "edge")
         and m.group(1) == SHAPE[f["l1"].cone_generators.shape[0]]
         and _zeros(m.group(2), f["l1"]) and f["in_cone"], ("cone",)),
    # At an edge: every g = (1, g₂, 1), |g₂| ≤ 1, is in the wedge (the generators' mix).
    Rule("the wedge's range of losses",
         r"Every direction g = \(([^)]*)\)((?:, [^ ]+(?:, \|g.\|)*)? ≤ 1)?, lies in this wedge; "
         rf"any −∇f\(w\*\) along one gives the same touch: a whole range of losses give ({STAR}) = 0",
         lambda m, f: f["l1"].kind == "edge" and _subgradient(m.group(1), m.group(2) or "", f["l1"])
         and _zeros(m.group(3), f["l1"]) and f["in_cone"], ("cone",)),
    # r52: g a subgradient of ‖w‖₁ at w*: ∂‖w*‖₁ has sign(wᵢ*) at each nonzero weight and
    # [−1, 1] at each zero one (the definition), and every such g is in the wedge (r68: the
    # one-cue form, "Each subgradient g ∈ ∂‖w*‖₁ = …; any −∇f(w*) …", no longer said, cut).
    # r60: the same two claims in two cues (the loss's sweep slowed in its own words).
    # r68: ∂ defined as it first appears: "∂‖w*‖₁, the set of subgradients, is (...)".
    # r83: the set and "each g" in two cues (the set's notation read longer).
    # r84: "subgradients g" (g swept under these words, named in them).
    Rule("the wedge's subgradients",
         r"∂‖w\*‖₁, the set of subgradients g, is \(([^()]*)\)\.",
         lambda m, f: f["l1"].kind == "edge" and _signs(m.group(1), f["l1"]), ("cone",)),
    Rule("each subgradient in the wedge",
         r"Each g = \(([^)]*)\) lies in this wedge\.",
         lambda m, f: f["l1"].kind == "edge"
         and _subgradient(m.group(1), _free_bound(f["l1"]), f["l1"]) and f["in_cone"], ("cone",)),
    # r71: what stays said while the loss moves (the touch, so the zero weight).
    # r83: "(new data)": the loss moved is another data set's; the punchline in its own cue.
    Rule("the wedge's range of losses, along g",
         rf"Move the loss \(new data\) so that its −∇f\(w\*\) runs along each g: the touch "
         rf"stays at w\*, with ({STAR}) = 0 all the while",
         lambda m, f: f["l1"].kind == "edge" and _zeros(m.group(1), f["l1"]) and f["in_cone"],
         ("cone",)),
    Rule("a whole range of losses",
         rf"^A whole range of losses give ({STAR}) = 0\.$",
         lambda m, f: f["l1"].kind == "edge" and _zeros(m.group(1), f["l1"]) and f["in_cone"],
         ("cone",)),
    # λ: the budget's multiplier, and the penalty weight whose lasso has the same w*.
    # r83: g, then −∇f(w*) = λg and λ, in two cues.
    Rule("g at the touch",
         rf"^Here g = ({POINT})\.$",
         lambda m, f: f["l1"].kind in ("vertex", "edge", "face")
         and point_agrees(m.group(1), f["l1"].balance), ("cone",)),
    Rule("λ defined",
         rf"^−∇f\(w\*\) = λg, with λ = ({NUMBER})\.$",
         lambda m, f: f["l1"].kind in ("vertex", "edge", "face") and _lam(m, f, 1), ("cone",)),
    # The penalty weight λ (the budget's multiplier, > 0) gives the same w*.
    Rule("the penalized problem",
         r"Minimizing f \+ λ‖w‖₁ gives this same w\*",
         lambda m, f: f["l1"].kind in ("vertex", "edge", "face")
         and f["l1"].multiplier > 0.0 and f["lasso_same"], ("cone",)),
    # r62: with ridge's why (ridge's w* has no zero) after a lasso touch on the surface, the
    # camera turns to ridge's close-up, along the sphere's tangent plane at the touch,
    # before the ellipsoid grows: said as it turns.
    Rule("grow to the sphere",
         r"Now the sphere(, seen from the side where the gap shows)?: grow the ellipsoid again from ŵ, "
         r"until it first touches",
         lambda m, f: f["l2"].kind == "sphere" and (
             not m.group(1) or f["l2"].zero_indices == ()
             and f["l1"].kind in ("vertex", "edge", "face")), ("sphere",)),
    Rule("the sphere's touch",
         rf"until it first touches, at ridge's w\* = ({POINT})",
         lambda m, f: f["l2"].kind == "sphere" and point_agrees(m.group(1), f["l2"].point),
         ("sphere",)),
    # r51: with ridge's why, w* is named as its dot appears, seen along the tangent plane.
    Rule("the sphere's touch, unnamed",
         r"until it first touches the sphere",
         lambda m, f: f["l2"].kind == "sphere" and f["l2"].zero_indices == (), ("sphere",)),
    Rule("the sphere's one normal",
         rf"Seen along the tangent plane, at ridge's w\* = ({POINT}), the smooth sphere has one "
         r"normal, along w\* itself; −∇f\(w\*\) must lie on that line",
         lambda m, f: f["l2"].kind == "sphere" and f["along_w_star"]
         and point_agrees(m.group(1), f["l2"].point), ("sphere",)),
    # On the sphere w* = t·(−∇f)/‖∇f‖ (KKT): a tilted pull moves w* with it, and wₖ* = 0
    # exactly when −∇f lies in the plane wₖ = 0 (regmath.threed.sphere_sweep).
    Rule("ridge's sweep across a plane",
         rf"Move ŵ \(new data\): ridge's w\* moves with it, through w([₁₂₃]) = 0 and straight out "
         rf"again; ridge's ({STAR}) = 0 needs −∇f\(w\*\) exactly in the plane w([₁₂₃]) = 0",
         lambda m, f: f["l2"].kind == "sphere" and f["along_w_star"]
         and m.group(2) == f"w{m.group(1)}*" and m.group(3) == m.group(1)
         and f["l2"].zero_indices == ()
         and abs(f["l2"].plane_normal[SUB[m.group(1)]]) < 1.0, ("sphere",)),
    # r58: at a touch on wₖ = 0 (the lasso's zero weight), the lasso's normal cone (a wedge at
    # an edge, a cone at a corner) holds a whole set of −∇f(w*) directions; ridge's only
    # −∇f(w*) ∥ w* with wₖ* = 0 (the sphere's one normal): exactly one direction.
    Rule("a wedge against one direction",
         r"At w([₁₂₃]) = 0, the lasso allows a (wedge|cone) of −∇f\(w\*\) "
         r"directions; ridge, exactly one",
         lambda m, f: f["l1"].kind in ("edge", "vertex") and f["l2"].kind == "sphere"
         and f["l2"].zero_indices == () and SUB[m.group(1)] in f["l1"].zero_indices
         and m.group(2) == SHAPE.get(len(f["l1"].cone_generators)), ("sphere",)),
    Rule("the sphere's touch, a zero",
         rf"until it first touches, at ridge's w\* = {POINT}, with ({STAR}(?: and {STAR})?) "
         r"exactly 0",
         lambda m, f: f["l2"].kind == "sphere" and _zeros(m.group(1), f["l2"]), ("sphere",)),
    Rule("inside the sphere too", r"ŵ lies inside the sphere too: its w\* is the same",
         lambda m, f: f["l2"].kind == "inside" and np.array_equal(f["l2"].point,
                                                                  f["l1"].point), ("sphere",)),
    Rule("the sphere at t = 0", r"The sphere of radius 0 is the origin too: its w\* is the same",
         lambda m, f: f["l2"].kind == "origin" and not np.any(f["l2"].point), ("sphere",)),
]


def _screen_point(m, touch) -> bool:
    return point_agrees("(" + ", ".join(caption_form(m.group(k)) for k in (1, 2, 3)) + ")",
                        touch.point)


_TEX_POINT = rf"\(({TEX_NUMBER}),\\ ({TEX_NUMBER}),\\ ({TEX_NUMBER})\)"
SCREEN_RULES: list[Rule] = [
    Rule("the lasso's w* on screen",
         r"^w\^\*_\{\\text\{\\small lasso\}\} = " + _TEX_POINT + "$",
         lambda m, f: f["l1"].kind in ("vertex", "edge", "face") and _screen_point(m, f["l1"])),
    Rule("ridge's w* on screen",
         r"^w\^\*_\{\\text\{\\small ridge\}\} = " + _TEX_POINT + "$",
         lambda m, f: f["l2"].kind == "sphere" and _screen_point(m, f["l2"])),
    Rule("a ball's name on screen", r"^\\\|w\\\|_([12]) \\le (" + TEX_NUMBER + ")$",
         lambda m, f: f["t"] > 0.0 and agrees(caption_form(m.group(2)), f["t"])),
    Rule("ŵ on screen", r"^\\hat w = " + _TEX_POINT + "$",
         lambda m, f: point_agrees("(" + ", ".join(caption_form(m.group(k)) for k in (1, 2, 3))
                                   + ")", f["loss"].center)),
    # r56: numbered from the picture's left (presentation); the values are the faces' normals.
    Rule("a face normal on screen", r"^n_(\d) = \((-?1),\\ (-?1),\\ (-?1)\)$",
         lambda m, f: f["l1"].kind == "edge"
         and 1 <= int(m.group(1)) <= len(f["l1"].cone_generators) and any(
             np.array_equal(n, [float(m.group(k)) for k in (2, 3, 4)])
             for n in f["l1"].cone_generators)),
    # r56: the loss written once, its H the data's (entries row by row).
    Rule("the loss on screen", r"^f\(w\) = \\tfrac\{1\}\{2\}\(w - \\hat w\)\^\\top H\\,\(w - \\hat w\)$",
         lambda m, f: True),
    Rule("H on screen", r"^H = \\begin\{pmatrix\} " + r" \\\\ ".join(
        [" & ".join([f"({TEX_NUMBER})"] * 3)] * 3) + r" \\end\{pmatrix\}$",
         lambda m, f: all(agrees(caption_form(m.group(k + 1)), float(np.ravel(f["loss"].hessian)[k]))
                          for k in range(9))),
    Rule("λ on screen", rf"^-\\nabla f\(w\^\*\) = \\lambda g,\\ \\ \\lambda = ({TEX_NUMBER})$",
         lambda m, f: agrees(caption_form(m.group(1)), f["l1"].multiplier)
         and f["l1"].multiplier > 0.0),
]


def rules_for(scene) -> list[Rule]:
    return list(RULES)


# ------------------------------------------------------------------ variants
def check_scene(scene) -> None:
    """Whole-scene checks tests/test_variants.py runs on every played variant:
    the touch has its own beat and the camera turns before the sphere's."""
    sections = [record.section for record in scene.narration_log]
    assert sections[0] == "loss" and sections[-1] == "sphere", sections
    assert "touch" in sections and "turn" in sections, sections
    if getattr(scene, "cone_fit", None) is not None:
        _cone_close_up_holds_every_ellipsoid(scene)
    _sweep_ellipsoids_are_whole(scene)


def _sweep_losses(scene) -> list[tuple[np.ndarray, float]]:
    """Each moved loss (ŵ, c) the two sweeps draw: the wedge sweep's g₂ across [−1, 1] and
    the ridge slide's, as the scene fitted its cameras to them."""
    touch, out = scene.touch, []
    if getattr(scene, "cone_fit", None) is not None and touch.kind == "edge":
        k = touch.zero_indices[0]
        for value in np.linspace(-1.0, 1.0, 21):
            g = np.sign(touch.point)
            g[k] = value
            out.append(scene.sweep_loss(touch.point, g, touch.level))
    if getattr(scene, "ridge_losses", None) is not None:
        out += [(c, float(c_level)) for c, c_level in zip(*scene.ridge_losses)]
    return out


@contextmanager
def _camera_at(scene, fit):
    """The scene's camera moved to ``fit`` = (zoom, frame centre, (φ, θ)), as a beat plays
    it, and put back afterwards (the checks run after the scene has ended)."""
    camera = scene.renderer.camera
    zoom, centre, view = fit
    saved = (camera.get_phi(), camera.get_theta(), camera.get_zoom(),
             camera.frame_center.copy())

    def move(phi, theta, zoom_to, centre_to) -> None:
        camera.set_phi(phi)
        camera.set_theta(theta)
        camera.set_zoom(zoom_to)
        camera._frame_center.move_to(centre_to)
        camera.reset_rotation_matrix()

    move(view[0], view[1], zoom, centre)
    try:
        yield camera
    finally:
        move(*saved)


def _assert_in_frame(on: np.ndarray) -> None:
    """Projected points (k, 2) inside the frame and above the caption strip."""
    from manim import config
    from scenes.toolkit.style import CAPTION_TOP
    assert np.all(np.abs(on[:, 0]) <= config.frame_width / 2), np.abs(on[:, 0]).max()
    assert np.all(on[:, 1] <= config.frame_height / 2), on[:, 1].max()
    assert np.all(on[:, 1] >= CAPTION_TOP), on[:, 1].min()


def _sweep_ellipsoids_are_whole(scene) -> None:
    """r48: the moved ellipsoid was cut flat by the view cube (a "half-lemon") at g₂ ≈ −1 and
    in the ridge slide. When the view holds the touching ellipsoid, every ellipsoid of both
    sweeps is drawn uncut (as many faces as its grid, no cap, every corner on {f = c}) inside
    the cube, and at the ridge close-up's camera (as played) inside the frame, above the captions."""
    from scenes.threed import ELLIPSOID_U, ELLIPSOID_V
    if not scene.view.complete:
        return
    losses = _sweep_losses(scene)
    for centre, level in losses:
        faces = scene.moved_faces(centre, level)
        assert len(faces) == ELLIPSOID_U * ELLIPSOID_V, (centre, len(faces))
        moved = Quadratic(center=centre, hessian=scene.loss.hessian)
        values = moved.value(np.vstack(faces))
        assert np.allclose(values, level, rtol=1e-9, atol=1e-12), (centre, values.min())
        corners = np.vstack(faces)
        assert np.all(corners >= scene.view.low - 1e-9) and np.all(
            corners <= scene.view.high + 1e-9), centre
    if getattr(scene, "ridge_fit", None) is None:
        return
    with _camera_at(scene, scene.ridge_fit) as camera:
        for loss_centre, level in losses[-len(scene.ridge_losses[0]):]:
            shell = scene.to_screen(np.vstack(scene.moved_faces(loss_centre, level)))
            _assert_in_frame(camera.project_points(shell)[:, :2])


def _cone_close_up_holds_every_ellipsoid(scene) -> None:
    """r45: the edge-on close-up cut the ellipsoid at the frame's top for 28 s. At the cone
    beat's camera (as played), every point of every ellipsoid it draws (the touching one
    and each loss the wedge sweep moves it to) is inside the frame, above the captions."""
    with _camera_at(scene, scene.cone_fit) as camera:
        for shell in scene.cone_shells():
            _assert_in_frame(camera.project_points(shell)[:, :2])


def V(name: str, data: dict, refused: str | None = None) -> Variant:
    return Variant(Tangency3D, name, data, refused, story="threed")


VARIANTS = [
    # The default: an edge, w₂* = 0.
    V("edge", {}),
    # A corner: w* = (1, 0, 0).
    V("vertex", {"center": (3.0, 1.0, 0.5)}),
    # Inside a face: no zero.
    V("face", {"center": (1.0, 0.9, 0.8),
               "hessian": ((1.0, 0.2, 0.1), (0.2, 1.0, 0.2), (0.1, 0.2, 1.0))}),
    # ŵ inside the octahedron: λ = 0, w* = ŵ.
    V("inside", {"center": (0.3, 0.2, 0.1)}),
    # t = 0: both balls are the origin.
    V("t-0", {"radius": 0.0}),
    # cond(H) = 1e3: a flat ellipsoid, clipped to the view cube; an edge with w₁* = 0.
    V("cond-1e3", {"center": (1.5, 0.9, 0.6),
                   "hessian": ((1.0, 0.0, 0.0), (0.0, 31.6, 0.0), (0.0, 0.0, 1000.0))}),
    # Refusals, each naming the attribute to change.
    V("singular", {"hessian": ((1.0, 1.0, 0.0), (1.0, 1.0, 0.0), (0.0, 0.0, 1.0))},
      refused="hessian"),
    V("cond-1e6", {"hessian": ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1e6))},
      refused="hessian"),
    V("two-weights", {"center": (1.0, 2.0)}, refused="center"),
    V("negative-radius", {"radius": -1.0}, refused="radius"),
    V("origin", {"center": (0.0, 0.0, 0.0)}, refused="center"),
]
