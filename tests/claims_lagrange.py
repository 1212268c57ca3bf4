"""The claims LagrangeHike may make, and their facts.

Facts are computed from the scene's class attributes with `regmath.lagrange`
alone: the mountain and the path, the map they are drawn on, the top of the
path (the Lagrange point), where the hiker pauses on the last climb, which
stretches of the path lie higher than the hiker there and at the top.
"""

from __future__ import annotations


import numpy as np

from regmath.lagrange import (
    GaussianHills,
    SineCurve,
    contour_crossings,
    equal_tops,
    final_ascent,
    gradient_arrows,
    higher_stretches,
    hike_view,
    path_top,
    peak_on_path,
    point_on_curve,
    ridge_objective,
    sine_path_curve,
    with_vertex,
)
from regmath import Quadratic, constrained
from regmath.facts import ridge_penalty_strength
from scenes.lagrange import (ARROW_SHARE, INSIDE_SHARE, PREVIEW_CENTER, PREVIEW_HESSIAN, PREVIEW_RADIUS,
                             LagrangeHike)
from tests.claims import agrees, caption_form as _tex, NUMBER, rotated, Rule, TEX_NUMBER, Variant


def facts_for(scene) -> dict:
    """Everything the claims need, from the scene's data only."""
    height = float(scene.height)
    mountain = GaussianHills([scene.peak], [height], [scene.shape])
    path = SineCurve(*scene.path_parameters)
    view = hike_view(mountain, path, outer_level=height * float(scene.contour_levels[0]))
    top = path_top(mountain, path, sine_path_curve(path, view))
    curve, top_length = with_vertex(sine_path_curve(path, view), top.point)
    _, pause = final_ascent(mountain, curve, top_length)
    pause_height = float(mountain.value(point_on_curve(path, curve, pause)))
    heights = mountain.value(curve.points)
    climb = (curve.arc_length >= pause) & (curve.arc_length <= top_length)
    arrows = gradient_arrows(top, length=ARROW_SHARE * max(view.width, view.height))
    return {
        "top": top, "lam": top.multiplier, "through_peak": peak_on_path(mountain, path),
        "crossings_at_pause": len(contour_crossings(mountain, path, curve, pause_height)),
        "higher_at_pause": len(higher_stretches(mountain, path, curve, pause_height)),
        "higher_at_top": len(higher_stretches(mountain, path, curve, top.value)),
        "crossings_at_top": len(contour_crossings(mountain, path, curve, top.value)),
        "climbs": bool(np.all(np.diff(heights[climb]) > 0.0)) and pause_height < top.value,
        "single_top": not equal_tops(mountain, path, curve)
        and bool(np.all(heights <= top.value)),
        "true_lengths": arrows.true_lengths, "has_f_arrow": arrows.f is not None,
        "path": path, "peak": scene.peak, "shape": scene.shape, "height": height,
    }


def _written_h(tex: str, path: SineCurve) -> bool:
    """Whether the h(x, y) written on screen is the path's h: the TeX read as a formula and
    evaluated at a few points, against `SineCurve.value`."""
    import re
    expr = re.sub(r"\\times 10\^\{(-?\d+)\}", r"e\1", tex)
    expr = expr.replace(r"\sin", "*np.sin").replace("x", "*x")
    expr = re.sub(r"(^|[-+(]\s*)\*", r"\1", expr)
    points = np.array([[-2.0, 0.5], [0.3, -1.1], [1.7, 2.2], [3.1, -0.4]])
    written = np.array([eval(expr, {"np": np}, {"x": x, "y": y}) for x, y in points])
    return bool(np.allclose(written, path.value(points), rtol=1e-2, atol=1e-2))


def _bridge() -> dict:
    """The bridge's fixed example (PREVIEW_*): its circle's and its diamond's solutions."""
    loss = Quadratic(center=PREVIEW_CENTER, hessian=PREVIEW_HESSIAN)
    # The "if" case: ŵ moved inside the ball (INSIDE_SHARE of the way from 0), its own λ.
    inside = Quadratic(center=INSIDE_SHARE * np.asarray(PREVIEW_CENTER, dtype=float),
                       hessian=PREVIEW_HESSIAN)
    return {"loss": loss, **{n: constrained(loss, norm=n, radius=PREVIEW_RADIUS)
                             for n in ("l2", "l1")},
            "inside": constrained(inside, norm="l2", radius=PREVIEW_RADIUS)}


BRIDGE = _bridge()


CAPTION_RULES = [
    # Why we hike (round r86, reviews r84 and r84b item 1): Lagrange's condition and its
    # inequality form, KKT, characterize the constrained forms of ridge (this scene's bridge)
    # and of the lasso (the ending's diamond); true whatever the data.
    # (Round r87, review r86 item 3: the tool named at once, the Lagrange multipliers and
    # their inequality form's conditions, KKT.)
    Rule("why hike", r"^Lagrange multipliers and KKT, behind ridge and the lasso, on a hike",
         lambda m, f: True,
         ("mountain",)),
    Rule("path equation", r"h\(x, y\) = 0", lambda m, f: True, ("map", "gradients", "sign")),
    Rule("crosses", r"Here the contour crosses the path",
         lambda m, f: f["crossings_at_pause"] >= 1, ("walk",)),
    Rule("higher stretch", r"The stretch of path inside it is higher: the hiker can still climb",
         lambda m, f: f["higher_at_pause"] >= 1, ("walk",)),
    Rule("shrinks", r"the higher stretch shrinks", lambda m, f: f["climbs"], ("walk",)),
    Rule("nothing at the top", r"to nothing at the top of the hike",
         lambda m, f: f["higher_at_top"] == 0, ("walk",)),
    Rule("touches", r"There the contour only touches the path",
         lambda m, f: f["crossings_at_top"] == 0 and not f["through_peak"], ("walk",)),
    Rule("peak itself", r"which is the peak itself: the contour through it is a single point",
         lambda m, f: f["through_peak"], ("walk",)),
    Rule("rest lower", r"all the rest of the path is lower", lambda m, f: f["single_top"],
         ("walk",)),
    Rule("λ", rf"λ = ({NUMBER}) the Lagrange multiplier", lambda m, f: agrees(m.group(1), f["lam"]),
         ("gradients",)),
    Rule("one scale", r"drawn to one scale", lambda m, f: f["true_lengths"], ("gradients",)),
    Rule("as long", rf"∇e is ({NUMBER}) times as long as ∇h",
         lambda m, f: f["lam"] > 0 and f["true_lengths"] and agrees(m.group(1), abs(f["lam"])),
         ("gradients",)),
    Rule("against", rf"∇e points against ∇h and is ({NUMBER}) times as long",
         lambda m, f: f["lam"] < 0 and f["true_lengths"] and agrees(m.group(1), abs(f["lam"])),
         ("gradients",)),
    Rule("directions only", rf"The arrows show directions only: \|∇e\| is "
         rf"({NUMBER}) times \|∇h\|",
         lambda m, f: not f["true_lengths"] and agrees(m.group(1), abs(f["lam"])),
         ("gradients",)),
    Rule("flat peak", r"At the peak the ground is flat: ∇e = 0",
         lambda m, f: f["through_peak"] and not f["has_f_arrow"], ("gradients",)),
    Rule("λ = 0", r"holds with λ = 0", lambda m, f: f["lam"] == 0.0, ("gradients",)),
    Rule("flipped λ", rf"reverses, so λ = ({NUMBER})", lambda m, f: agrees(m.group(1), -f["lam"]),
         ("sign",)),
    Rule("λ = 0 either way", r"λ = 0 either way", lambda m, f: f["lam"] == 0.0, ("sign",)),
    Rule("back to h", r"Back to h = 0", lambda m, f: True, ("sign",)),
    # (Round r84: the flat top is a cue of its own, with a rest.)
    Rule("flat top", r"At the top the plot is flat\.",
         lambda m, f: f["single_top"] and not f["through_peak"], ("gradients",)),
    Rule("slope zero", r"With γ′ the path's direction and ∇e the "
         r"height's uphill gradient, the plot's slope is zero: "
         r"d/ds e\(γ\(s\)\) = ∇e · γ′\(s\) = 0",
         lambda m, f: f["single_top"] and not f["through_peak"], ("gradients",)),
    # Along a contour f is constant: d/ds e = ∇e · (contour direction) = 0, the chain rule again.
    # γ′(s) is the path's unit tangent (s is arc length); ∇e the gradient of the height f,
    # pointing uphill (f rises fastest along it).
    Rule("named arrows", r"γ′ the path's direction and ∇e the height's uphill gradient",
         lambda m, f: f["has_f_arrow"], ("gradients",)),
    Rule("∇e ⊥ path", r"∇e is at right angles to the path, and to the contour, along which e "
         r"is constant",
         lambda m, f: f["has_f_arrow"] and f["crossings_at_top"] == 0, ("gradients",)),
    # h is 0 at every point of γ, so d/ds h(γ(s)) = ∇h · γ′(s) = 0: ∇h is normal to the path
    # (true of any path h = 0).
    Rule("∇h ⊥ path", r"∇h is normal too: h = 0 all along γ, so ∇h · γ′ = 0",
         lambda m, f: f["has_f_arrow"], ("gradients",)),
    Rule("parallel", r"[Tt]he two are parallel", lambda m, f: f["has_f_arrow"], ("gradients",)),
    Rule("reverses", r"(reverses ∇h|∇h reverses)", lambda m, f: True, ("sign",)),
    # The bridge's picture is a fixed example (PREVIEW_*): its claims are checked by
    # test_the_bridge_example_is_what_the_words_say.
    Rule("λ ≥ 0", r"λ ≥ 0", lambda m, f: True, ("bridge",)),
    # For any loss with its minimum ŵ in the ball, ŵ itself is the constrained minimum and
    # the constraint does not bind: true whatever the data.
    # The fixed example: its contour grows from ŵ (outside the ball) to the level f(w*)
    # (test_the_touching_contour_is_grown_from_the_centre_to_the_touch).
    Rule("first contact", r"till it touches the ball at w\*, the "
         r"ball's lowest f", lambda m, f: True, ("bridge",)),
    # The 2-norm ball's boundary is a circle: smooth everywhere (the diamond is not).
    # The example's w* is on the edge (λ > 0): there the edge is the constraint's "path".
    Rule("on the edge", r"Its edge plays the hike's path",
         lambda m, f: BRIDGE["l2"].active
         and abs(float(np.linalg.norm(BRIDGE["l2"].point)) - PREVIEW_RADIUS) < 1e-9,
         ("bridge",)),
    # Ridge's w* has no zero weight (the series' point): both of regmath's w* coordinates
    # non-zero; else the true variant (a zero weight, but not from a corner: a circle has none).
    # (A zero weight on a ball needs ŵ or H lined up with an axis: "only by coincidence".)
    # The ball's boundary (a circle) is smooth: no corners.
    # (For almost every ŵ: a zero weight of the ball's w* puts ŵ on a curve, a set of
    # measure zero.)
    Rule("zero by coincidence", r"The ball has no corners: a weight of w\* is 0 only by "
         r"coincidence", lambda m, f: True, ("bridge",)),
    Rule("no zero weight", r"coincidence; here both are non-zero",
         lambda m, f: bool(np.all(BRIDGE["l2"].point != 0.0)), ("bridge",)),
    Rule("a zero weight", r"coincidence; as here",
         lambda m, f: bool(np.any(BRIDGE["l2"].point == 0.0)), ("bridge",)),
    Rule("smooth ball", r"[Tt]he ball is smooth: the touching contour is tangent to its edge at w\*",
         lambda m, f: True, ("bridge",)),
    # f(w) = ½(w − ŵ)ᵀH(w − ŵ) with H ≻ 0: a bowl (elliptic contours) whose lowest point is
    # ŵ, the loss's unconstrained ("unregularized") minimizer; H, its Hessian, sets its shape.
    # Least squares: ½‖b − Xw‖₂² = ½(w − ŵ)ᵀXᵀX(w − ŵ) + const with ŵ the least-squares
    # fit (XᵀXŵ = Xᵀb); any H ≻ 0 is some XᵀX (Cholesky): f is least squares' loss up to a
    # constant with H = XᵀX (round r84, review r83 item 4; test_least_squares_is_f_plus_const).
    # (Round r87, review r86 item 4: ŵ is the least-squares fit, minimizing ½‖b − Xw‖₂² for
    # inputs X and targets b, as XᵀXŵ = Xᵀb; any H ≻ 0 is some XᵀX, any ŵ some fit's.)
    Rule("bowl", r"f is a bowl, lowest at ŵ, the least-squares fit: least squares' loss for "
         r"inputs X, targets b, up to a constant, H = XᵀX\.",
         lambda m, f: bool(np.all(np.linalg.eigvalsh(BRIDGE["loss"].hessian) > 0.0)),
         ("bridge",)),
    # Ridge's constrained and penalty forms have the same minimizer at μ = λ/t (regmath's
    # ridge_objective at ridge_penalty_strength is centred on the ball's w*), shown at the
    # end (round r84, review r83 item 1).
    # Ridge's constrained form: f minimized on the 2-norm ball, written as h(w) ≤ 0 with
    # h(w) = ‖w‖₂ − t, the function whose multiplier λ is (round r86, review r84 item 2); a
    # definition, true whatever the data. (The promise "its penalty form comes at the end: the
    # same answer" was cut: the penalty form's landing on w* is claimed by "ridge bowl".)
    # ("a new h": the letter is reused, the ball's own function, not the hike's path; r95.)
    Rule("constrained form", r"Ridge, constrained: the height becomes a loss f of weights w, "
         r"minimized on the ball h\(w\) = ‖w‖₂ − t ≤ 0, a new h\.",
         lambda m, f: True, ("bridge",)),
    # g = ∇‖w‖₂(w*) = w*/‖w*‖₂, which is w*/t when w* is on the edge: the ball's ∇h, the
    # gradient of ‖w‖₂ − t (smooth away from 0).
    # (Round r87, review r86b item 6: its reason, ∇‖w‖₂ = w/‖w‖₂, and ‖w*‖₂ = t on the edge.)
    Rule("g as ∇h", r"g = ∇h\(w\*\) = w\*/‖w\*‖₂ = w\*/t, the ball's outward unit normal",
         lambda m, f: BRIDGE["l2"].active
         and abs(float(np.linalg.norm(BRIDGE["l2"].point)) - PREVIEW_RADIUS) < 1e-9,
         ("bridge",)),
    # The ball's λ is a multiplier of its own (round r94): the hike's, regmath's top's, named
    # by its value.
    Rule("new multiplier", rf"λ a new multiplier, not the hike's ({NUMBER})",
         lambda m, f: agrees(m.group(1), f["lam"]), ("bridge",)),
    # −∇f(w*) = λg with λ the solver's multiplier, g the unit normal: g stretched λ times.
    Rule("bridge λ", rf"it is g stretched λ = ({NUMBER}) times",
         lambda m, f: BRIDGE["l2"].active and agrees(m.group(1), BRIDGE["l2"].multiplier),
         ("bridge",)),
    # −∇f(w*) = λg = (λ/t)w*: ridge's stationarity at μ = λ/t (regmath, test_ridge_link).
    # Ridge's problem, μ named as its penalty strength before it is solved for.
    # (Review r76 item 6: a library writing λ‖w‖₂² has λ = μ/2: μ is its 2λ.)
    # (A library's λ or α is μ up to its own scaling: ½, 1/n, 2 — round r82.)
    # (Round r94: "(libraries: λ or α, up to scaling)" cut.)
    Rule("ridge link", r"Ridge adds \(μ/2\)‖w‖₂², penalty strength μ\.",
         lambda m, f: True,
         ("bridge",)),
    # Ridge's stationarity at w*: μw* = −∇f(w*), and −∇f(w*) = λg (the ball's); on the edge
    # ‖w*‖₂ = t, so w* = t·g (g = w*/‖w*‖₂) and μtg = λg: μ = λ/t, regmath's ridge strength.
    # (Round r83: the two steps are cues of their own.)
    Rule("ridge stationarity", r"For its minimum to be w\*, μw\* = −∇f\(w\*\) = λg\.",
         lambda m, f: BRIDGE["l2"].active, ("bridge",)),
    # (Round r86: the one step said, μt·g = λg, as g ≠ 0 gives μ = λ/t.)
    Rule("ridge μ", rf"With w\* = t·g, μt·g = λg: μ = λ/t = ({NUMBER})",
         lambda m, f: BRIDGE["l2"].active
         and abs(float(np.linalg.norm(BRIDGE["l2"].point)) - PREVIEW_RADIUS) < 1e-9
         and agrees(m.group(1), ridge_penalty_strength(BRIDGE["l2"]))
         and agrees(m.group(1), BRIDGE["l2"].multiplier / PREVIEW_RADIUS), ("bridge",)),
    # The contours of f + (μ/2)‖w‖₂² are centred on its minimum, the ridge estimate
    # (regmath.lagrange.ridge_objective), which at μ = λ/t is the constrained w*.
    # Centred on ridge's minimum w(μ): the centre of f + (μ/2)‖w‖₂²'s contours, by definition.
    Rule("ridge bowl", rf"The penalized loss's contours slide as μ grows, centered on its "
         rf"minimum w\(μ\): at "
         rf"μ = ({NUMBER}), on "
         r"w\*, with no ball\.",
         lambda m, f: BRIDGE["l2"].active
         and agrees(m.group(1), ridge_penalty_strength(BRIDGE["l2"]))
         and bool(np.allclose(ridge_objective(BRIDGE["loss"], ridge_penalty_strength(
             BRIDGE["l2"])).center, BRIDGE["l2"].point, atol=1e-9)), ("bridge",)),
    # Each t with ŵ outside the ball has its λ and so one μ = λ/t (regmath's
    # ridge_penalty_strength, a function of the solution): a cue of its own since r95.
    Rule("one penalty", r"Each radius t gives one penalty μ\.", lambda m, f: BRIDGE["l2"].active,
         ("bridge",)),
    # Complementary slackness; the example's w* is on the edge (‖w*‖₂ = t, λ > 0).
    # Stationarity −∇f(w*) = λg, feasibility ‖w*‖₂ ≤ t, λ ≥ 0 and the slackness: the four
    # KKT conditions of the ball's problem (all on the panel when this is said).
    Rule("KKT", r"The KKT conditions: primal feasibility, w\* in the ball; dual feasibility"
         r": λ ≥ 0; stationarity; and complementary slackness",
         lambda m, f: BRIDGE["l2"].multiplier >= 0.0
         and float(np.linalg.norm(BRIDGE["l2"].point)) <= PREVIEW_RADIUS + 1e-9,
         ("bridge",)),
    # ŵ inside the ball is its own constrained minimum (then λ = 0).
    # Either λ = 0 or ‖w*‖₂ = t; an inside ŵ (the one drawn, INSIDE_SHARE of the way) is its
    # own w* with λ = 0; this ŵ is outside, its w* on the edge with regmath's λ.
    Rule("slackness", rf"Complementary slackness: either λ = 0, or w\* is on the edge: "
         rf"λ\(‖w\*‖₂ − t\) = 0\. For an inside ŵ, f's contours center inside the ball: "
         rf"w\* = ŵ and λ = 0\. Our ŵ is outside: w\* on the edge, λ = ({NUMBER})",
         lambda m, f: BRIDGE["l2"].active and BRIDGE["l2"].multiplier > 0.0
         and agrees(m.group(1), BRIDGE["l2"].multiplier)
         and float(np.linalg.norm(BRIDGE["loss"].center)) > PREVIEW_RADIUS
         and float(np.linalg.norm(BRIDGE["inside"].center if hasattr(BRIDGE["inside"], "center")
                                  else BRIDGE["inside"].point)) < PREVIEW_RADIUS
         and BRIDGE["inside"].multiplier == 0.0
         and abs(float(np.linalg.norm(BRIDGE["l2"].point)) - PREVIEW_RADIUS) < 1e-9,
         ("bridge",)),
    # At a corner of the diamond one weight is 0; the example's lasso w* is a corner.
    Rule("corners", r"the diamond ‖w‖₁ ≤ t and its corners",
         lambda m, f: int(np.count_nonzero(BRIDGE["l1"].point == 0.0)) == 1, ("bridge",)),
]

def _written_q(tex: str, f: dict) -> bool:
    """Whether the q on screen (f = height·e^{−q}, u = x − m₁, v = y − m₂) is the mountain's:
    the TeX read as a formula in u and v, evaluated at a few points, against ½(p − m)ᵀA(p − m)
    from the data (peak m, shape A)."""
    import re
    expr = re.sub(r"\\times 10\^\{(-?\d+)\}", r"e\1", tex).replace("^", "**")
    expr = re.sub(r"(\d)([uv])", r"\1*\2", expr).replace("uv", "u*v")
    d = np.array([[-1.0, 0.5], [0.3, -1.1], [1.2, 1.4], [0.6, 0.2]])
    written = np.array([eval(expr, {}, {"u": u, "v": v}) for u, v in d])
    exact = 0.5 * np.einsum("ki,ij,kj->k", d, np.asarray(f["shape"], dtype=float), d)
    return bool(np.allclose(written, exact, rtol=1e-2, atol=1e-2))


def _written_shift(sign: str | None, value: str | None, centre: float) -> bool:
    """"x − 0.6" (sign "-", value "0.6") or plain "x" is x − centre."""
    if sign is None:
        return centre == 0.0
    return agrees(_tex(value), centre if sign == "-" else -centre)


SCREEN_RULES = [
    # The mountain written out: q with the data's numbers (3 significant digits on screen).
    Rule("f on screen", r"^q = (.*)$", lambda m, f: _written_q(m.group(1), f)),
    # f = height·e^{−q} with u, v measured from the peak.
    Rule("e's height on screen", rf"^e\(x, y\) = (?:({TEX_NUMBER})\\, )?\\exp\(-q\)$",
         lambda m, f: (agrees(_tex(m.group(1)), f["height"]) if m.group(1)
                       else f["height"] == 1.0)),
    # u, v measured from the peak.
    Rule("e's peak on screen",
         rf"^u = x(?: ([-+]) ({TEX_NUMBER}))?,\\ v = y(?: ([-+]) ({TEX_NUMBER}))?$",
         lambda m, f: _written_shift(m.group(1), m.group(2), float(f["peak"][0]))
         and _written_shift(m.group(3), m.group(4), float(f["peak"][1]))),
    # h written out with the data's numbers (rounded to 3 significant digits on screen).
    Rule("h on screen", r"^h\(x, y\) = (y.*)$", lambda m, f: _written_h(m.group(1), f["path"])),
    Rule("λ on screen", rf"\\nabla h,\\quad \\lambda = ({TEX_NUMBER})$",
         lambda m, f: agrees(_tex(m.group(1)), f["lam"])),
    # The top's coordinates and the two gradients there (review r75 item 4), regmath's.
    Rule("top on screen", rf"^\(x, y\) = \(({TEX_NUMBER}),\ ({TEX_NUMBER})\)$",
         lambda m, f: all(agrees(_tex(m.group(i + 1)), v)
                          for i, v in enumerate(f["top"].point))),
    Rule("gradients on screen", rf"^\\nabla ([eh]) = \(({TEX_NUMBER}),\ ({TEX_NUMBER})\)$",
         lambda m, f: all(agrees(_tex(m.group(i + 2)), v) for i, v in enumerate(
             f["top"].gradient_f if m.group(1) == "e" else f["top"].gradient_h))),
    Rule("flipped λ on screen", rf"\\nabla\(-h\),\\; \\lambda = ({TEX_NUMBER})$",
         lambda m, f: agrees(_tex(m.group(1)), -f["lam"])),
    # The panel's λ follows the case drawn (review r44): this ŵ's λ, or, while ŵ moved
    # inside is drawn, that case's λ (0: its w* = ŵ is inside).
    Rule("bridge λ on screen", rf"\\lambda = ({TEX_NUMBER}) \\ge 0$",
         lambda m, f: agrees(_tex(m.group(1)), BRIDGE["l2"].multiplier)
         or (float(np.linalg.norm(BRIDGE["inside"].point)) < PREVIEW_RADIUS
             and agrees(_tex(m.group(1)), BRIDGE["inside"].multiplier))),
    # The edge case's λ beside its w* (review r42: the two cases are shown one at a time).
    Rule("ridge λ at w* on screen", rf"^\\lambda = ({TEX_NUMBER})$",
         lambda m, f: agrees(_tex(m.group(1)), BRIDGE["l2"].multiplier)),
    # ŵ inside the ball is its own w*, with λ = 0 (no data: any ŵ inside).
    Rule("inside case on screen", r"^w\^\* = \\hat w(_\{\\mathrm\{in\}\})?$", lambda m, f: True),
    # The inside case's λ in the panel while it is drawn (round r82: "λ = 0 ≥ 0" read badly).
    Rule("inside λ on screen", rf"^\\text\{{if \}} \\hat w \\text\{{ inside: \}} "
         rf"\\lambda = ({TEX_NUMBER})$",
         lambda m, f: float(np.linalg.norm(BRIDGE["inside"].point)) < PREVIEW_RADIUS
         and agrees(_tex(m.group(1)), BRIDGE["inside"].multiplier)),
    # μw* = λg (ridge's stationarity at w*, −∇f(w*) = λg) and w* = t·g on the edge: μ = λ/t.
    Rule("ridge μ on screen", r"^\\mu w\^\* = \\lambda g,\\ \\ w\^\* = t\\, g\\ "
         r"\\Rightarrow\\ \\mu = \\lambda / t$",
         lambda m, f: BRIDGE["l2"].active
         and abs(float(np.linalg.norm(BRIDGE["l2"].point)) - PREVIEW_RADIUS) < 1e-9),
    # "μ = ?" filled in (review r59 finding 1): the solved μ = λ/t.
    Rule("μ filled on screen", rf"^\\mu = ({TEX_NUMBER})$",
         lambda m, f: agrees(_tex(m.group(1)), ridge_penalty_strength(BRIDGE["l2"]))),
    # Ridge's penalised problem at μ = λ/t has the ball's w* as its minimum (review r53
    # finding 1: held on screen as the ball fades).
    Rule("penalised ridge on screen",
         rf"^\\text\{{penalized ridge, \}} \\mu = ({TEX_NUMBER}) \\to \\text\{{the same \}} w\^\*$",
         lambda m, f: BRIDGE["l2"].active
         and agrees(_tex(m.group(1)), ridge_penalty_strength(BRIDGE["l2"]))
         and bool(np.allclose(ridge_objective(BRIDGE["loss"], ridge_penalty_strength(
             BRIDGE["l2"])).center, BRIDGE["l2"].point, atol=1e-9))),
    # The result's short form, kept through the slackness (round r87, review r86 item 1): the
    # constrained problem with radius t and the penalized one with μ = λ/t share w* (regmath's
    # ridge_objective at ridge_penalty_strength = λ/t is centred on the ball's w*).
    Rule("constraint ⇒ penalty on screen",
         r"^\\text\{constraint \} t \\ \\Rightarrow\\ \\text\{penalty \} "
         r"\\mu = \\lambda / t$",
         lambda m, f: BRIDGE["l2"].active
         and bool(np.isclose(BRIDGE["l2"].multiplier / PREVIEW_RADIUS,
                             ridge_penalty_strength(BRIDGE["l2"])))
         and bool(np.allclose(ridge_objective(BRIDGE["loss"], ridge_penalty_strength(
             BRIDGE["l2"])).center, BRIDGE["l2"].point, atol=1e-9))),
    # The ball's radius, ticked where the circle crosses the w₁ axis.
    Rule("t on screen", rf"^t = ({TEX_NUMBER})$",
         lambda m, f: agrees(_tex(m.group(1)), PREVIEW_RADIUS)),
    # The bridge example's numbers in the picture's corner: H, ŵ and −∇f(w*) (λ = its norm).
    Rule("bridge H on screen", rf"^H = \\begin\{{pmatrix\}} ({TEX_NUMBER}) & ({TEX_NUMBER}) "
         rf"\\\\ ({TEX_NUMBER}) & ({TEX_NUMBER}) \\end\{{pmatrix\}}$",
         lambda m, f: all(agrees(_tex(m.group(i + 1)), v)
                          for i, v in enumerate(np.ravel(BRIDGE["loss"].hessian)))),
    Rule("bridge ŵ on screen", rf"^\\hat w = \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)$",
         lambda m, f: all(agrees(_tex(m.group(i + 1)), v)
                          for i, v in enumerate(BRIDGE["loss"].center))),
    Rule("bridge w* on screen", rf"^w\^\* = \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)$",
         lambda m, f: all(agrees(_tex(m.group(i + 1)), v)
                          for i, v in enumerate(BRIDGE["l2"].point))),
    Rule("bridge −∇f(w*) on screen",
         rf"^-\\nabla f\(w\^\*\) = \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)$",
         lambda m, f: all(agrees(_tex(m.group(i + 1)), -v)
                          for i, v in enumerate(BRIDGE["l2"].gradient))),
]


def rules_for(scene) -> list[Rule]:
    return CAPTION_RULES


# ------------------------------------------------------------------ variants
def V(name: str, data: dict, refused: str | None = None) -> Variant:
    return Variant(LagrangeHike, name, data, refused, story="lagrange")


VARIANTS = [
    V("path-above-peak", {"path_parameters": (0.6, 1.2, 1.0, 2.7)}),
    V("through-peak", {"path_parameters": (0.0, 1.0, 0.0, 0.9)}),
    V("straight-below", {"path_parameters": (0.0, 1.0, 0.0, -0.5)}),
    V("wiggly", {"path_parameters": (0.5, 3.0, 0.0, -0.3)}),
    V("far-path", {"path_parameters": (0.6, 1.2, 1.0, -2.4)}),
    V("tall-mountain", {"height": 1000.0}),
    V("low-mountain", {"height": 0.001}),
    V("elongated", {"shape": rotated(50, 1, 0.5)}),
    V("quadrant-3-peak", {"peak": (-1.5, -1.0), "path_parameters": (0.6, 1.2, 1.0, -2.4)}),
    V("one-level", {"contour_levels": (0.5,)}),
    V("negative-amplitude", {"path_parameters": (-0.6, 1.2, 1.0, -0.9)}),
    V("height-negative", {"height": -1.0}, refused="height"),
    V("height-zero", {"height": 0.0}, refused="height"),
    V("singular-shape", {"shape": ((1.0, 0.0), (0.0, 0.0))}, refused="shape"),
    V("needle-shape", {"shape": rotated(1e3, 1, 0.2)}, refused="shape"),
    V("nan-peak", {"peak": (float("nan"), 0.9)}, refused="peak"),
    V("three-numbers", {"path_parameters": (0.6, 1.2, 1.0)}, refused="path_parameters"),
    V("path-far-away", {"path_parameters": (0.6, 1.2, 1.0, -20.0)}, refused="path_parameters"),
    V("too-wiggly", {"path_parameters": (0.6, 50.0, 1.0, -0.9)}, refused="path_parameters"),
    V("levels-decreasing", {"contour_levels": (0.5, 0.3)}, refused="contour_levels"),
    V("levels-zero", {"contour_levels": (0.0, 0.5)}, refused="contour_levels"),
    # A valley of the path right under a round peak: two mirror-image tops, no single one.
    V("two-equal-tops", {"peak": (0.0, 0.9), "shape": ((1.0, 0.0), (0.0, 1.0)),
                         "path_parameters": (-0.6, 2.5, float(np.pi / 2), -0.9)},
      refused="path_parameters"),
]


# A lecturer's numbers, fresh sweep (issue "Truth for any data").
VARIANTS += [
    # The default hike turned half a turn about the origin: negative everything.
    V("negative-everything", {"peak": (-0.6, -0.9), "shape": ((0.9, 0.35), (0.35, 1.6)),
                              "path_parameters": (0.6, 1.2, -1.0, 0.9)}),
    V("integers", {"peak": (0, 1), "height": 2, "path_parameters": (1, 1, 0, -1)}),
    V("numpy-lists", {"shape": np.array([[1.2, -0.3], [-0.3, 0.8]]),
                      "contour_levels": [0.2, 0.5, 0.8]}),
    V("tiny-offdiag", {"shape": ((1.0, 1e-9), (1e-9, 1.5))}),
    V("levels-one", {"contour_levels": (0.5, 1.0)}, refused="contour_levels"),
]

# A lecturer's numbers, r30 (LECTURER.md, finding 8: the halved λ printed with λ's digits).
VARIANTS += [
    V("L3-close-levels", {"contour_levels": (0.5, 0.5001, 0.5002)}),
    V("L4-path-grazes-peak", {"path_parameters": (0.0, 1.0, 0.0, 0.8999)}),
]
