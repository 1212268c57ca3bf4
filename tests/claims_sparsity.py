"""The claims WhyCornersWin and SparsityOdds may make, and their facts.

Facts are computed from the scene's class attributes with `regmath` alone.
The journey's exact arcs and crossings (`regmath.sparsity.orbit_journey`) are
checked against solving the problem along the orbit (the batched solver on a
dense grid, the one-loss solver at each named event); the experiment's counts
and ring shares are recounted here from its solutions with plain numpy.
"""

from __future__ import annotations

import math
import re
from statistics import NormalDist

import numpy as np

from regmath import Quadratic, constrained
from regmath.sparsity import orbit, orbit_journey, solutions_along, sparsity_experiment
from scenes.sparsity import (DOTS_BY_DEFAULT, ELLIPSES_SHOWN, EXAMPLE_POOL, VISIBLE_ARC,
                             SparsityOdds, WhyCornersWin)
from tests.claims import (
    agrees,
    caption_form as _tex,
    NUMBER,
    point_agrees,
    rotated,
    Rule,
    SUBSCRIPT,
    TEX_NUMBER,
    Variant,
)

#: Grid of the journey on which the exact share is checked against solving.
JOURNEY_GRID = 4000


def _index(match: re.Match, group: int = 1) -> int:
    return SUBSCRIPT[match.group(group)]


def _corner_sign(facts: dict, k: int) -> float | None:
    """sign(w*_k) at the "why" example's corner w* = ±t·e_k, the entry k of every
    subgradient of ‖w‖₁ there; None when there is no example or w*_k = 0 (an entry of g
    there is only bounded by 1, not fixed)."""
    corner = facts["why_corner"]
    if corner is None or corner[k] == 0.0:
        return None
    return float(np.sign(corner[k]))


def isinstance_by_name(scene, name: str) -> bool:
    return any(cls.__name__ == name for cls in type(scene).__mro__)


# ==================================================================== journey
def journey_facts(scene) -> dict:
    """The journey's facts, from WhyCornersWin's class attributes."""
    hessian = np.asarray(scene.hessian, dtype=float)
    t, big_r, start = float(scene.radius), float(scene.orbit_radius), float(scene.start_angle)
    journey = orbit_journey(hessian, t, big_r, start_angle=start)
    base = Quadratic(center=[0.0, 0.0], hessian=hessian)

    def solve(progress: float, norm: str):
        loss = Quadratic(center=orbit(big_r, progress, start_angle=start),
                         eigenvalues=base.eigenvalues, eigenvectors=base.eigenvectors)
        return constrained(loss, norm=norm, radius=t)

    grid = np.arange(JOURNEY_GRID) / JOURNEY_GRID
    centers = orbit(big_r, grid, start_angle=start)
    _, l1_sparse = solutions_along(hessian, centers, norm="l1", radius=t)
    _, l2_sparse = solutions_along(hessian, centers, norm="l2", radius=t)
    # Each run: the one-loss solver puts w* exactly on its corner in the middle of the arc,
    # and just outside the arc both weights are nonzero.
    runs = []
    for run in journey.runs:
        middle = solve(run.start + 0.5 * run.length, "l1")
        before, after = solve(run.start - 1e-6, "l1"), solve(run.stop + 1e-6, "l1")
        runs.append({"run": run, "at_corner": bool(np.array_equal(middle.point, run.corner)),
                     "free_outside": not before.zero_weights and not after.zero_weights})
    crossings = []
    for c in journey.crossings:
        at = solve(c.progress, "l2").point
        near = [solve(c.progress + d, "l2").point for d in (-1e-4, 1e-4)]
        crossings.append({
            "crossing": c,
            # On the ray, ridge's w* is the axis point (to rounding: the float ŵ is not exactly
            # on the ray); a little before and after, that weight is clearly nonzero.
            "on_axis": bool(abs(at[c.zero_weight]) <= 1e-12 * t
                            and np.allclose(at, c.axis_point, rtol=0, atol=1e-12 * t)),
            "instant": all(abs(p[c.zero_weight]) > 1e-9 * t for p in near),
            "lasso_on_corner": bool(solve(c.progress, "l1").at_corner),
        })
    events = journey.events()
    named = []
    arrival = None
    for event in events:
        named.append(event)
        if event.kind == "arrive" and arrival is None:
            arrival = event
        elif event.kind == "leave" and arrival is not None and np.array_equal(event.corner,
                                                                            arrival.corner):
            break
    last = named[-1].progress
    start_l1, start_l2 = solve(0.0, "l1"), solve(0.0, "l2")
    return {
        "t": t, "orbit_radius": big_r, "start_angle": start, "hessian": hessian, "journey": journey,
        "share": journey.lasso_share, "sampled_share": float(np.mean(l1_sparse)),
        # Ridge's exact zeros on the grid: only where a grid point is a crossing instant.
        "ridge_sampled": float(np.mean([not any(abs(g - c.progress) < 0.5 / JOURNEY_GRID
                                                for c in journey.crossings)
                                        for g in grid[l2_sparse]] or [0.0])),
        "runs": runs, "crossings": crossings,
        "named": named, "arrivals_after": sum(1 for e in events if e.kind == "arrive"
                                              and e.progress > last),
        "crossings_after": sum(1 for c in journey.crossings if c.progress > last),
        "start_l1": start_l1, "start_l2": start_l2,
        "orbit_lambdas_differ": _orbit_lambdas_differ(hessian, [solve(p, "l1") for p in
                                                                (0.0, 0.25)], big_r, start),
        "start_zero_l1": journey.lasso_zero(0.0), "start_zero_l2": journey.ridge_zero(0.0),
        "view": _journey_view(big_r, t, hessian),
        **_example_facts(hessian, t, big_r, journey.runs[0].corner if journey.runs else None),
    }


def _orbit_lambdas_differ(hessian: np.ndarray, sols: list, big_r: float, start: float) -> bool:
    """Whether the lasso's λ differs at the orbit's start and a quarter round: each λ from
    its KKT condition, ‖H(ŵ − w*)‖∞ (the dual norm), not the solver's field."""
    lams = [float(np.max(np.abs(hessian @ (np.asarray(c) - np.asarray(s.point)))))
            for s, c in zip(sols, orbit(big_r, np.array([0.0, 0.25]), start_angle=start))]
    return abs(lams[0] - lams[1]) > 1e-6 * max(lams[0], lams[1], 1.0)


def _journey_view(big_r: float, t: float, hessian: np.ndarray):
    from regmath.sparsity import journey_view

    return journey_view(big_r, t, hessian)


def _run_at(f: dict, corner_text: str, zero: int) -> dict | None:
    for entry in f["runs"]:
        run = entry["run"]
        if point_agrees(corner_text, run.corner) and run.zero_weight == zero:
            return entry
    return None


def _arrival_claim(m: re.Match, f: dict) -> bool:
    entry = _run_at(f, m.group(1), _index(m, 2))
    return bool(entry and entry["at_corner"] and entry["free_outside"]
                and any(e.kind == "arrive" and np.array_equal(e.corner, entry["run"].corner)
                        for e in f["named"]))


def _ridge_claim(m: re.Match, f: dict) -> bool:
    axis, zero = _index(m, 1), _index(m, 2)
    return any(c["crossing"].zero_weight == zero and axis == 1 - zero and c["on_axis"]
               and c["instant"] for c in f["crossings"])


def _share_claim(text: str, f: dict) -> bool:
    # Exact arcs, and a dense grid of solves agrees to its resolution (a boundary at each
    # of the 8 arc ends can move the grid's count by one sample).
    return (agrees(text, 100.0 * f["share"])
            and abs(f["share"] - f["sampled_share"]) <= 8.0 / JOURNEY_GRID)


def _far_share_rises(f: dict) -> bool:
    """Whether the lasso's share rises with the orbit's radius from ŵ's out to a thousand
    times it, and ends above 99 % (orbits 10^(k/4) times ŵ's, k = 0 … 12)."""
    radii = f["orbit_radius"] * 10.0 ** (np.arange(13) / 4.0)
    shares = [orbit_journey(f["hessian"], f["t"], r, start_angle=float(f["start_angle"])
                            ).lasso_share for r in radii]
    return bool(np.all(np.diff(shares) > 0) and shares[-1] > 0.99)


def _sweep_rises(f: dict) -> bool:
    """Whether the share in wedges rises strictly from the sweep's first orbit (a quarter of
    the way from the ball, or 3/4 of ŵ's) to ŵ's and on to one a quarter larger, recomputed
    one orbit at a time."""
    t, big_r = f["t"], f["orbit_radius"]
    # (r39) And on out to the largest orbit the journey's view holds (the scene's sweep
    # now grows ŵ's orbit out to it): the box's nearest side, less 1 %.
    (x0, x1, _), (y0, y1, _) = f["view"].x_range, f["view"].y_range
    outer = 0.99 * min(-x0, x1, -y0, y1)
    radii = [*np.linspace(max(0.75 * big_r, t + 0.25 * (big_r - t)), big_r, 9), 1.25 * big_r,
             *(np.linspace(big_r, outer, 9) if outer > big_r else [])]
    shares = [orbit_journey(f["hessian"], t, r).lasso_share for r in sorted(set(radii))]
    return bool(np.all(np.diff(shares) > 0))


def _larger_orbit_share(f: dict) -> float:
    """The lasso's exact share on an orbit a quarter larger (same H, t, start)."""
    return orbit_journey(f["hessian"], f["t"], 1.25 * f["orbit_radius"]).lasso_share


def _same_corners(text: str, f: dict, *, each: bool = False) -> bool:
    """Corners told as "the same" as the first: each a visible arc with a ridge instant in it,
    not named before; all of them at once unless ``each`` (one corner per line)."""
    corners = re.findall(rf"\({NUMBER}, {NUMBER}\)", text)
    if not corners or (not each and len(corners) != f["arrivals_after"] - 1):
        return False
    for corner in corners:
        entry = next((e for e in f["runs"] if point_agrees(corner, e["run"].corner)), None)
        if not (entry and entry["at_corner"] and entry["free_outside"]
                and entry["run"].length >= VISIBLE_ARC
                and not any(n.kind == "arrive" and np.array_equal(n.corner, entry["run"].corner)
                            for n in f["named"])
                and any(entry["run"].contains(c["crossing"].progress) and c["on_axis"]
                        and c["instant"] and c["lasso_on_corner"] for c in f["crossings"])):
            return False
    return True


JOURNEY_RULES = [
    Rule("radius", rf"with t = ({NUMBER})", lambda m, f: agrees(m.group(1), f["t"]), ("setup",)),
    # (r73, review r72 2) t is the scene's one fixed number (every solution is the
    # constrained one for this t): for every data.
    Rule("t fixed", rf"with t = ({NUMBER}) throughout",
         lambda m, f: agrees(m.group(1), f["t"]), ("setup",)),
    Rule("orbit", rf"this orbit, ‖ŵ‖₂ = ({NUMBER})",
         lambda m, f: agrees(m.group(1), f["orbit_radius"]), ("setup",)),
    # The key's definitions (the dots' colours follow the exact zeros: the scene tests).
    # (r57) One cue for both: the dots are w* (named just before them).
    Rule("yellow means zero", r"[Yy]ellow dot: an exact 0", lambda m, f: True,
         ("setup",)),
    Rule("blue means nonzero", r"Blue ring: both weights nonzero", lambda m, f: True,
         ("setup",)),
    Rule("start: neither", r"neither is yellow at the start",
         lambda m, f: not f["start_l1"].zero_weights and not f["start_l2"].zero_weights
         and f["start_zero_l1"] is None and f["start_zero_l2"] is None, ("setup",)),
    Rule("start: lasso", rf"the lasso's is yellow at the start, on the corner (\({NUMBER}, {NUMBER}\))",
         lambda m, f: f["start_l1"].at_corner and point_agrees(m.group(1), f["start_l1"].point)
         and f["start_zero_l2"] is None, ("setup",)),
    Rule("start: ridge", r"ridge's is yellow at the start, on an axis",
         lambda m, f: f["start_zero_l1"] is None and f["start_zero_l2"] is not None
         and np.min(np.abs(f["start_l2"].point)) <= 1e-12 * f["t"], ("setup",)),
    Rule("start: both", r"both are yellow at the start",
         lambda m, f: f["start_zero_l1"] is not None and f["start_zero_l2"] is not None
         and np.min(np.abs(f["start_l2"].point)) <= 1e-12 * f["t"], ("setup",)),
    Rule("arrive", rf"reaches the corner (\({NUMBER}, {NUMBER}\)), where w([₁₂])\* = 0 exactly",
         _arrival_claim, ("travel",)),
    Rule("start on corner", rf"starts on the corner (\({NUMBER}, {NUMBER}\)), where w([₁₂])\* = 0",
         lambda m, f: bool((e := _run_at(f, m.group(1), _index(m, 2))) and e["run"].contains(0.0)
                           and e["at_corner"]), ("travel",)),
    Rule("ridge instant", r"meets the w([₁₂]) axis here: w([₁₂])\* = 0 for this single instant only",
         _ridge_claim, ("travel",)),
    Rule("lasso still on corner", r"The lasso's stays on its corner",
         lambda m, f: all(c["lasso_on_corner"] for c in f["crossings"]
                          if any(e.kind == "ridge" and e.progress == c["crossing"].progress
                                 for e in f["named"])), ("travel",)),
    Rule("stays and leaves", r"stays on its corner while ŵ moves on, a whole arc of the orbit, and "
         r"leaves it here: both weights nonzero again",
         lambda m, f: any(e["free_outside"] and e["at_corner"] and e["run"].length >= VISIBLE_ARC
                          for e in f["runs"]), ("travel",)),
    Rule("stays a sliver", rf"It leaves at once: a sliver, ({NUMBER}) % of the orbit; both "
         r"weights nonzero again",
         lambda m, f: any(e["free_outside"] and e["at_corner"] and e["run"].length < VISIBLE_ARC
                          and agrees(m.group(1), 100.0 * e["run"].length)
                          for e in f["runs"]), ("travel",)),
    Rule("rest: the same", r"The rest of the way, the same: (?:(\d+) more arcs? for the lasso)?"
         r"(?:, )?(?:(\d+) more instants? for ridge)?",
         lambda m, f: (int(m.group(1) or 0) == f["arrivals_after"]
                       and int(m.group(2) or 0) == f["crossings_after"]
                       and all(e["at_corner"] and e["free_outside"] for e in f["runs"])
                       and all(c["on_axis"] and c["instant"] for c in f["crossings"])),
         ("travel",)),
    # (r48) The rest of the way a short cue per corner, each event named as it happens.
    Rule("rest: next corner", rf"[Cc]orner (\({NUMBER}, {NUMBER}\)): w([₁₂])\* = 0",
         lambda m, f: bool((e := _run_at(f, m.group(1), _index(m, 2))) and e["at_corner"]
                           and not any(n.kind == "arrive" and np.array_equal(n.corner,
                                                                               e["run"].corner)
                                       for n in f["named"])), ("travel",)),
    Rule("rest: ridge instant", r"[Rr]idge's w\* on the w([₁₂]) axis, an instant",
         lambda m, f: any(c["crossing"].zero_weight == 1 - _index(m, 1) and c["on_axis"]
                          and c["instant"] for c in f["crossings"]), ("travel",)),
    Rule("rest: off the corner", r"then (?:the lasso's w\* leaves|off)\.",
         lambda m, f: all(e["at_corner"] and e["free_outside"] for e in f["runs"]),
         ("travel",)),
    # (r58) The corners after the first one told in full, in one line: each a visible arc
    # at a corner not named before, with a ridge instant inside it.
    # (r71, review r67 2) One line per repeated corner: "The same at …", "And again at …".
    Rule("rest: the same at", rf"(?:The same|And again) at (\({NUMBER}, {NUMBER}\))\.",
         lambda m, f: _same_corners(m.group(1), f, each=True), ("travel",)),
    Rule("rest: nothing more", r"goes on round, off its corners",
         lambda m, f: f["arrivals_after"] == 0 and f["crossings_after"] == 0, ("travel",)),
    Rule("tally: lasso", rf"on (\d+) whole arcs: ({NUMBER}) % of the journey",
         lambda m, f: int(m.group(1)) == len(f["runs"]) and _share_claim(m.group(2), f)
         and all(e["run"].length >= VISIBLE_ARC for e in f["runs"]), ("tally",)),
    Rule("tally: slivers", rf"on (\d+) arcs, (\d+) of them slivers too thin to see: ({NUMBER}) % "
         r"of the journey",
         lambda m, f: int(m.group(1)) == len(f["runs"]) and _share_claim(m.group(3), f)
         and int(m.group(2)) == sum(e["run"].length < VISIBLE_ARC for e in f["runs"]) > 0,
         ("tally",)),
    Rule("tally: ridge", r"Ridge's had one at (\d+) single instants(?:, on an axis)?: "
         r"(0) % of the journey",
         lambda m, f: int(m.group(1)) == len(f["crossings"]) and f["ridge_sampled"] == 0.0
         and all(c["on_axis"] and c["instant"] for c in f["crossings"]), ("tally",)),
    # (r51) The wedges coloured first: by definition the ŵ whose w* is a corner.
    Rule("map: colour corners", r"Now colour the lasso's map: a ŵ in a yellow wedge puts w\* "
         r"on that corner",
         lambda m, f: True, ("map",)),
    Rule("map: weight 0", r"a weight exactly 0", lambda m, f: True, ("map",)),
    Rule("map: share", rf"runs through (?:the wedges|them) for ({NUMBER}) % of its length",
         lambda m, f: _share_claim(m.group(1), f), ("map",)),
    # Stationarity of the constrained problem (its KKT condition), true for every data.
    # g = H(ŵ − w*) = −∇f(w*) for f(w) = ½(w − ŵ)ᵀH(w − ŵ); N(w*) at a corner is spanned by
    # the normals of the two edges meeting there.
    # (r61) The lens names what it shows: the directions at the example's w*, its box round
    # w* only (ŵ lies outside it; ŵ − w* is drawn there as a direction): for every data.
    # (r105) "Another ŵ": the example is not the orbit's ŵ (for every data it is a new one).
    Rule("map: lens", r"Another ŵ; at left, the directions at its w\*", lambda m, f: True,
         ("map",)),
    # (r105, reviews r104 1/2) The push first, −∇f(w*) = H(ŵ − w*) for f's gradient
    # H(w − ŵ); then, λ and g defined, push = λg (the KKT condition): for every data.
    Rule("map: stationarity", r"The loss's push on w\*: −∇f\(w\*\) = H\(ŵ − w\*\)",
         lambda m, f: True, ("map",)),
    Rule("map: push is lambda g", r"The push is λg, with", lambda m, f: True, ("map",)),
    # (r105, review r104b 1) At the corner ±t·e_k, ∂‖w‖₁ = {g: g_k = sign, |g_i| ≤ 1}: the
    # free entry named is the one where w* is 0, and the tips put the fixed entry in its
    # place with its sign.
    Rule("map: free entry", r"At a corner g([₁₂]) is free in \[−1, 1\]: the tips "
         r"\((g[₁₂]|−?1), (g[₁₂]|−?1)\) form a segment",
         lambda m, f: (f["why_corner"] is not None and _corner_sign(f, _index(m, 1)) is None
                       and m.group(2 + _index(m, 1)) == "g" + "₁₂"[_index(m, 1)]
                       and _corner_sign(f, 1 - _index(m, 1)) == float(
                           m.group(3 - _index(m, 1)).replace("−", "-"))), ("map",)),
    # (r73, review r72 1) g's scaling: a subgradient of ‖w‖₁ at the corner w* = ±t·e_k has
    # entry sign(w*_k) on its nonzero weight k; λ is then the example's ‖H(ŵ − w*)‖∞.
    # (The sign, not the entry itself: the corner is ±t·e_k, so at t ≠ 1 its entry is ±t;
    # the variants tiny and radius-1e3 found the rule comparing the corner's entry to ±1.)
    Rule("map: g scaled", r"g: a subgradient of ‖w‖₁ at w\*, with g([₁₂]) = (−?1)",
         lambda m, f: _corner_sign(f, _index(m, 1)) == float(m.group(2).replace("−", "-")),
         ("map",)),
    # (r104, review r103 1) λ is the multiplier of the constraint ‖w‖₁ ≤ t (its KKT
    # multiplier, ≥ 0): for every data.
    Rule("map: lambda defined", r"λ ≥ 0: the multiplier of ‖w‖₁ ≤ t\.", lambda m, f: True,
         ("map",)),
    Rule("map: lambda said", rf"so λ = ({NUMBER})(?:, this ŵ's|: t stays)",
         lambda m, f: f["why_lambda"] is not None and agrees(m.group(1), f["why_lambda"]),
         ("map",)),
    # (r73, review r72 2) λ is not fixed: the lasso's multiplier (from its KKT condition)
    # differs between two ŵ of the orbit, while t is the same.
    Rule("map: lambda varies", rf"t stays ({NUMBER}), λ changes with ŵ",
         lambda m, f: agrees(m.group(1), f["t"]) and f["orbit_lambdas_differ"], ("map",)),
    # N(v) = {d : v maximises d·w over the ball}; at a corner, the cone spanned by the normals
    # of the two edges meeting there: for every data.
    # (r49) The sweeping line named: g·w = const leaves the diamond last at its farthest point.
    # (r51) Named with the cone drawn, then the line swept for several g in it.
    Rule("map: normal cone", r"The normal cone N\(w\*\): the rays through it, "
         r"between w\*'s two edge normals", lambda m, f: True, ("map",)),
    # (r52) Why g lies in N(w*): g supposed past the cone (r71: no g′) has a positive part along an edge
    # of the diamond at w* (`past_cone_edge`), so sliding along it keeps ‖w‖₁ = t and lowers
    # f; w* being the minimum, g cannot: true for every data.
    # (r104, review r103 2) What the slide proves is where the push −∇f(w*) lies (g is in
    # the cone by its definition).
    Rule("map: past the cone", r"Were the push to point past the cone, w\* could slide along "
         r"an edge and lower f: so the push lies in N\(w\*\)", lambda m, f: True, ("map",)),
    Rule("map: outside the cone", r"This ŵ − w\* lies outside N\(w\*\); only g = H\(ŵ − w\*\) "
         r"lies inside", lambda m, f: f["example_outside"], ("map",)),
    # ŵ − w* = H⁻¹g and the wedge is w* + H⁻¹N(w*): algebra, for every data.
    # (r55) Two beats: g first, then the whole cone with the same map.
    # (r106, review r105 1) What H⁻¹ carries onto ŵ − w* = λH⁻¹g is the push λg.
    Rule("map: carried push", r"H⁻¹ carries the push λg onto ŵ − w\*", lambda m, f: True,
         ("map",)),
    Rule("map: carried cone", r"The same H⁻¹ carries the whole cone onto the wedge",
         lambda m, f: True, ("map",)),
    # (r42) With H = I the wedge at a corner v is v + N(v): the cone between the two edge
    # normals (±1, ±1), at right angles, for every t (the scene draws regmath's regions for
    # H = I and turns them into this H's).
    Rule("map: identity wedge", r"with H = I, a right angle",
         lambda m, f: _identity_wedges_right(f), ("map",)),
    # (r49, review r48 4) This H's openings said at their corners: (0, ±1) first, as
    # `_openings` measures them (H⁻¹ of the edge normals), in whole degrees.
    Rule("map: openings", r"[Ff]or this H, (\d+)° at \(0, ±1\) and (\d+)° at \(±1, 0\)",
         lambda m, f: (int(m.group(1)), int(m.group(2))) == _openings(f["hessian"]), ("map",)),
    # (r37) Shown by a sweep of the orbit up to ŵ's: said only where the share rises along
    # the whole sweep and on to an orbit a quarter larger.
    # A wedge is w* + H⁻¹N(w*), a cone (two edge normals): its width grows with distance; a
    # strip is an edge plus H⁻¹ of that edge's one normal: a fixed width. For every data.
    # (r66) Said before the sweep, the chords' own beat cut.
    Rule("map: widen", r"[Ww]edges widen outward, strips do not", lambda m, f: True,
         ("map",)),
    Rule("map: larger orbit", r"[Ss]o a larger orbit lies more in wedges",
         lambda m, f: _larger_orbit_share(f) > f["share"] and _sweep_rises(f), ("map",)),
    Rule("map: orbit size", r"[Ss]o the orbit's size changes the share",
         lambda m, f: not _sweep_rises(f), ("map",)),
    # (r57, review r56 4) The swept orbit's last radius and its share, said as it reaches
    # them: the share recomputed for an orbit of the radius as said (the scene draws that
    # rounded radius).
    Rule("map: swept share", rf"({NUMBER}) % at ‖ŵ‖₂ = ({NUMBER})",
         lambda m, f: agrees(m.group(1), 100.0 * orbit_journey(
             f["hessian"], f["t"], float(m.group(2)),
             start_angle=float(f["start_angle"])).lasso_share), ("map",)),
    # The wedges' openings sum to 360° while each strip keeps its width, so the share tends
    # to 100 % as the orbit grows: checked out to a thousand times ŵ's orbit, rising all
    # the way.
    Rule("map: far out", r"towards 100 % far out",
         lambda m, f: _far_share_rises(f), ("map",)),
]

JOURNEY_SCREEN_RULES = [
    Rule("t on screen", rf"^t = ({TEX_NUMBER})$", lambda m, f: agrees(_tex(m.group(1)), f["t"])),
    Rule("orbit on screen", rf"\\\|\\hat w\\\|_2 = ({TEX_NUMBER})",
         lambda m, f: agrees(_tex(m.group(1)), f["orbit_radius"])),
    Rule("H on screen", rf"H = \\left\(\\begin\{{smallmatrix\}}({TEX_NUMBER}) & ({TEX_NUMBER})"
         rf"\\\\({TEX_NUMBER}) & ({TEX_NUMBER})\\end",
         lambda m, f: all(agrees(_tex(m.group(k + 1)), f["hessian"].ravel()[k]) for k in range(4))),
    Rule("arcs on screen", rf"on (\d+) arcs: }}({TEX_NUMBER})\\%",
         lambda m, f: int(m.group(1)) == len(f["runs"]) and _share_claim(_tex(m.group(2)), f)),
    Rule("thin arcs on screen", rf"on (\d+) arcs \((\d+) thin\): }}({TEX_NUMBER})\\%",
         lambda m, f: int(m.group(1)) == len(f["runs"]) and _share_claim(_tex(m.group(3)), f)
         and int(m.group(2)) == sum(e["run"].length < VISIBLE_ARC for e in f["runs"]) > 0),
    # (r66, review r65 3) A corner reached in the journey's last line, named as w* arrives.
    Rule("arrival on screen", rf"^\(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)\\text\{{: \}}w\^\*_([12]) = 0$",
         lambda m, f: bool((e := _run_at(f, f"({_tex(m.group(1))}, {_tex(m.group(2))})",
                                         int(m.group(3)) - 1)) and e["at_corner"])),
    # (r66) The bars' shares alone: the lasso's (a thin space before %), ridge's 0.
    Rule("lasso bar on screen", rf"^({TEX_NUMBER})\\,\\%$",
         lambda m, f: _share_claim(_tex(m.group(1)), f)
         and all(e["run"].length >= VISIBLE_ARC for e in f["runs"])),
    Rule("ridge bar on screen", r"^0\\%$",
         lambda m, f: f["ridge_sampled"] == 0.0
         and all(c["on_axis"] and c["instant"] for c in f["crossings"])),
    Rule("instants on screen", r"at (\d+) instants: }0\\%",
         lambda m, f: int(m.group(1)) == len(f["crossings"]) and f["ridge_sampled"] == 0.0),
    # The labels of the normal cone's edges at the first corner: the normals of its two
    # edges, which must lie in the cone there (and be its extreme rays, ±1 entries).
    Rule("carried normal on screen", rf"^H\^\{{-1\}}\(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)$",
         lambda m, f: _corner_normal(_tex(m.group(1)), _tex(m.group(2)), f)),
    Rule("corner normal on screen", rf"^\(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)$",
         lambda m, f: _corner_normal(_tex(m.group(1)), _tex(m.group(2)), f)),
    # (r46) The wedges' openings: H = I's right angle (every corner's cone), then this H's,
    # measured here from H⁻¹'s images of the edge normals (±1, 1) and (1, ±1).
    Rule("identity opening on screen", r"H = I\\text\{: \}(\d+)\^\\circ",
         lambda m, f: int(m.group(1)) == 90 and _identity_wedges_right(f)),
    Rule("openings on screen", r"\\text\{this \}H\\text\{: \}(\d+)\^\\circ,\\ (\d+)\^\\circ",
         lambda m, f: (int(m.group(1)), int(m.group(2))) == _openings(f["hessian"])),
    # (r50) Each wedge's opening beside its arc: H = I's right angle, then this H's two.
    Rule("opening arc value on screen", r"^(\d+)\^\\circ$",
         lambda m, f: int(m.group(1)) in (90, *_openings(f["hessian"]))
         and _identity_wedges_right(f)),
    # For a random ŵ with a density positive everywhere: the wedges are open cones (positive
    # area), ridge's rays are lines (none), for every data.
    # (r71, review r67 3) λ of −∇f(w*) = λg for the "why" example's ŵ: the multiplier of its
    # constrained lasso solution, which the scene computes the same way.
    Rule("lambda on screen", rf"^\\lambda = ({TEX_NUMBER})$",
         lambda m, f: f["why_lambda"] is not None and agrees(_tex(m.group(1)), f["why_lambda"])),
    # (r106, review r105 3) This ŵ's g beside λ: its entry on the example corner's nonzero
    # weight is that weight's sign, its other entry the example's free entry.
    Rule("g on screen", r"^g = \((-?[\d.]+), (-?[\d.]+)\),\\ $",
         lambda m, f: f["why_free"] is not None and all(
             (float(m.group(k + 1)) == _corner_sign(f, k)) if _corner_sign(f, k) is not None
             else agrees(m.group(k + 1), f["why_free"]) for k in (0, 1))),
    Rule("odds on screen", r"P\(\\text\{exact \}0\) (>|=) 0",
         lambda m, f: True),
]


def _openings(hessian: np.ndarray) -> tuple[int, int]:
    """The wedges' openings in whole degrees at the top corner (0, 1) and the right one
    (1, 0): the angle between H⁻¹ of the two edge normals there, by arccos of their cosine."""
    def angle(a: tuple[float, float], b: tuple[float, float]) -> int:
        u, v = np.linalg.inv(hessian) @ np.array(a), np.linalg.inv(hessian) @ np.array(b)
        return round(float(np.degrees(np.arccos(u @ v / np.linalg.norm(u) / np.linalg.norm(v)))))
    return angle((1.0, 1.0), (-1.0, 1.0)), angle((1.0, 1.0), (1.0, -1.0))


def _identity_wedges_right(f: dict) -> bool:
    """Each corner's normal cone (hence its wedge for H = I) is spanned by two edge normals
    at right angles: regmath's cone at a corner, checked by a dot product."""
    t = f["t"]
    for corner in ((t, 0.0), (0.0, t), (-t, 0.0), (0.0, -t)):
        loss = Quadratic(center=2.0 * np.asarray(corner), hessian=np.eye(2))
        sol = constrained(loss, norm="l1", radius=t)
        if not np.allclose(sol.point, corner, rtol=0.0, atol=1e-12 * t):
            return False
        a, b = np.asarray(sol.normal_cone, dtype=float)[:2]
        if abs(float(a @ b)) > 1e-12 * float(np.linalg.norm(a) * np.linalg.norm(b)):
            return False
    return True


def _corner_normal(a: str, b: str, f: dict) -> bool:
    from regmath import in_l1_normal_cone

    v = np.array([float(a.replace("−", "-")), float(b.replace("−", "-"))])
    return bool(np.all(np.abs(v) == 1.0) and in_l1_normal_cone(v, f["why_corner"]))


def _example_facts(hessian: np.ndarray, t: float, big_r: float, first_corner) -> dict:
    """The "why a wedge" example (r37): the middle of the journey's first corner's wedge
    (`wedge_middle`); its corner, and whether the solver puts w* there. (The r36 example,
    a ŵ − w* outside the normal cone, is no longer said: ``example_outside`` is False.)"""
    from regmath.sparsity import journey_view, wedge_middle

    if first_corner is None:
        return {"why_corner": None, "example_outside": False, "middle_on_corner": False,
                "why_lambda": None, "why_free": None}
    center, _ = wedge_middle(hessian, first_corner, journey_view(big_r, t, hessian),
                             length=0.75 * t)
    sol = constrained(Quadratic(center=center, hessian=hessian), norm="l1", radius=t)
    # λ from the KKT condition itself, ‖∇f(w*)‖∞ (the dual norm), not the solver's field.
    lam = float(np.max(np.abs(np.asarray(hessian) @ (np.asarray(sol.point) - center))))
    # g's free entry: the zero weight's entry of H(ŵ − w*)/λ, exactly 0 on the cone's
    # bisector (`middle_subgradient`, checked against H(ŵ − w*)/λ in test_sparsity).
    from regmath.sparsity import middle_subgradient

    free = float(middle_subgradient(first_corner)[
        int(np.flatnonzero(np.asarray(first_corner) == 0.0)[0])])
    return {"why_corner": np.asarray(first_corner, dtype=float), "example_outside": False,
            "why_lambda": lam, "why_free": free,
            "middle_on_corner": bool(np.allclose(sol.point, first_corner, rtol=0.0,
                                                 atol=1e-12 * t))}


# ======================================================================= odds
def odds_facts(scene) -> dict:
    """The experiment's facts, from SparsityOdds' class attributes."""
    t = float(scene.radius)
    exp = sparsity_experiment(int(scene.count), seed=int(scene.seed), radius=t,
                              reach=float(scene.reach), max_condition=float(scene.max_condition))
    # Recount the exact zeros from the solutions themselves, and re-solve a sample one by one.
    l1 = np.any(exp.l1_points == 0.0, axis=1)
    l2 = np.any(exp.l2_points == 0.0, axis=1)
    for k in range(0, exp.count, max(1, exp.count // 40)):
        loss = Quadratic(center=exp.centers[k], hessian=exp.hessians[k])
        assert bool(constrained(loss, norm="l1", radius=t).zero_weights) == bool(l1[k])
    ratio = np.hypot(exp.centers[:, 0], exp.centers[:, 1]) / t
    rings = int(scene.rings)
    edges = np.linspace(1.0, float(scene.reach), rings + 1)
    shares = []
    for k in range(rings):
        inside = (ratio > edges[k]) & (ratio <= edges[k + 1])
        shares.append(float(np.mean(l1[inside])))
    # The square's tips: every ŵ past the last ring (‖ŵ‖₂ > box).
    corners = ratio > float(scene.reach)
    examples = {}
    for kind, flags in (("corner", l1[:EXAMPLE_POOL]), ("edge", ~l1[:EXAMPLE_POOL])):
        hits = np.flatnonzero(flags)
        if hits.size:
            k = int(hits[0])
            loss = Quadratic(center=exp.centers[k], hessian=exp.hessians[k])
            examples[kind] = constrained(loss, norm="l1", radius=t)
    shown = scene.shown if scene.shown is not None else min(exp.count, DOTS_BY_DEFAULT)
    # The loss whose rays and map are drawn: the most stretched H of the first EXAMPLE_POOL.
    # (Its eigenvalues as drawn: a cond(H) of exactly 1 is a multiple of I, not bent.)
    pool = exp.eigenvalues[:EXAMPLE_POOL]
    ray_loss = int(np.argmax(pool.max(axis=1) / pool.min(axis=1)))
    # Its lasso w*, solved afresh: at a corner (ŵ in a wedge of its map) or on an edge.
    ray_lasso = constrained(Quadratic(center=exp.centers[ray_loss], hessian=exp.hessians[ray_loss]),
                            norm="l1", radius=t)
    return {"ray_loss_on_ray": bool(l2[ray_loss]),
            "ray_loss_l1_corner": bool(ray_lasso.at_corner) and bool(l1[ray_loss]),
            "ray_loss_l1_edge": not ray_lasso.zero_weights and not bool(l1[ray_loss]),
            "ray_loss_bent": bool(pool[ray_loss].max() > pool[ray_loss].min()),
            # f = ½(w − ŵ)ᵀH(w − ŵ) has its one unregularized minimum at ŵ when H ≻ 0.
            "h_positive": bool(np.all(exp.eigenvalues > 0.0)),
            "all_bind": bool(np.all(ratio > 1.0)) and all(
                constrained(exp.loss(k), norm=norm, radius=t).active
                for k in range(min(EXAMPLE_POOL, exp.count)) for norm in ("l1", "l2")),
            "t": t, "box": float(scene.reach) * t, "max_condition": float(scene.max_condition),
            "count": exp.count, "l1_count": int(np.sum(l1)), "l2_count": int(np.sum(l2)),
            "l1_fraction": float(np.mean(l1)), "shares": np.array(shares),
            "rising": bool(np.all(np.diff(shares) > 0.0)), "examples": examples,
            "corner_count": int(np.sum(corners)),
            "corner_share": float(np.mean(l1[corners])) if np.any(corners) else float("nan"),
            "shown": int(shown), "ellipses": min(ELLIPSES_SHOWN, exp.count)}


def _middle_shares(text: str | None, shares: np.ndarray) -> bool:
    """The middle rings' shares as the words list them ("51.4, 58.8, 63.9"), in order, or
    none said when there are only two rings."""
    middle = shares[1:-1]
    if text is None:
        return len(middle) == 0
    said = text.split(", ")
    return len(said) == len(middle) and all(agrees(a, 100.0 * b) for a, b in zip(said, middle))


ODDS_RULES = [
    Rule("radius", rf"both of radius t = ({NUMBER})", lambda m, f: agrees(m.group(1), f["t"]),
         ("sampling",)),
    # (r82, review r75 2) The two points named: ŵ minimises f (H positive definite), w* is
    # the constrained solution (what the scene solves, `regmath.constrained`).
    Rule("definitions", r"A random loss f with curvature H: ŵ its unregularized minimum, w\* "
         r"the constrained ones", lambda m, f: f["h_positive"], ("sampling",)),
    # (r83, review r82 6) Every ŵ outside the circle (so outside the diamond too, as
    # ‖ŵ‖₁ ≥ ‖ŵ‖₂): both constraints bind, w* on each ball's boundary (checked by the solves).
    Rule("both bind", r"outside the circle, so both balls bind: w\* on both boundaries",
         lambda m, f: f["all_bind"], ("sampling",)),
    Rule("square", rf"\|ŵ₁\|, \|ŵ₂\| ≤ ({NUMBER})", lambda m, f: agrees(m.group(1), f["box"]),
         ("sampling",)),
    Rule("condition", rf"log-uniform from (1) to ({NUMBER})",
         lambda m, f: agrees(m.group(2), f["max_condition"]), ("sampling",)),
    Rule("sample centres", r"Here are (\d+) such ŵ",
         lambda m, f: int(m.group(1)) == f["ellipses"], ("sampling",)),
    Rule("corner example", r"first touches the diamond at a corner: w([₁₂])\* = 0 exactly, so its dot turns yellow",
         lambda m, f: "corner" in f["examples"] and f["examples"]["corner"].at_corner
         and f["examples"]["corner"].point[_index(m)] == 0.0, ("examples",)),
    Rule("edge example", r"on an edge: both weights nonzero, so its dot turns blue",
         lambda m, f: "edge" in f["examples"] and not f["examples"]["edge"].zero_weights,
         ("examples",)),
    Rule("no example", r"None of the first (\d+) losses lands on (an edge|a corner)",
         lambda m, f: int(m.group(1)) == EXAMPLE_POOL
         and ("edge" if m.group(2) == "an edge" else "corner") not in f["examples"],
         ("examples",)),
    Rule("count", r"Now (\d+) such losses", lambda m, f: int(m.group(1)) == f["count"],
         ("count",)),
    Rule("dots shown", r"a dot for each of the first (\d+)",
         lambda m, f: int(m.group(1)) == f["shown"] < f["count"], ("count",)),
    Rule("one dot each", r"one dot each", lambda m, f: f["shown"] == f["count"], ("count",)),
    # (r82, review r75 8) The share's 95 % margin: the normal quantile (statistics') times the
    # binomial standard error of the recounted share.
    Rule("settles", rf"settles at ({NUMBER}) %, ±({NUMBER}) points at (95) % confidence",
         lambda m, f: agrees(m.group(1), 100.0 * f["l1_fraction"])
         and agrees(m.group(2), 100.0 * NormalDist().inv_cdf(0.975)
                    * math.sqrt(f["l1_fraction"] * (1.0 - f["l1_fraction"]) / f["count"])),
         ("count",)),
    Rule("ridge none", r"Ridge, none of the (\d+)",
         lambda m, f: f["l2_count"] == 0 and int(m.group(1)) == f["count"], ("count",)),
    Rule("ridge some", r"Ridge, (\d+) of the (\d+)",
         lambda m, f: int(m.group(1)) == f["l2_count"] > 0 and int(m.group(2)) == f["count"],
         ("count",)),
    # The rays: ŵ = v + μH⁻¹v from an axis point v of the circle (its normal there is v / t).
    # (r84, review r83 2) The pull g = H(ŵ − w*) = −∇f(w*) defined where it is first used;
    # at ridge's w* it lies along the circle's outward normal (stationarity), μ ≥ 0.
    # (r86, reviews r85 1, 3) The reason first: g = H(ŵ − w*) = −∇f(w*) (f's gradient at w*
    # is H(w* − ŵ)); w* minimises f on the circle, so g has no part along the circle there
    # (else a slide along it lowers f): g along the outward normal, μ ≥ 0 as ŵ lies outside
    # the ball (every ŵ: "all_bind"). So g = μn and ŵ = w* + H⁻¹g; with w* on an axis,
    # ŵ = w* + μH⁻¹n(w*), on that axis point's ray.
    Rule("ridge reason", r"At w\*, the pull g = −∇f\(w\*\) points along the "
         r"outward normal n: else sliding w\* along the circle would lower f",
         lambda m, f: f["all_bind"], ("count",)),
    # (r87, reviews r86 1, r86b 1) A zero on the circle ‖w‖₂ = t: w* = ±t·e_k, one of its
    # four axis points, where the outward normal is n = w*/t (every t); so ŵ = w* + μH⁻¹n
    # (μ ≥ 0 as ŵ lies outside the ball: "all_bind").
    # (Reviews SO104 5, SO104b 7) Why μ ≥ 0: a g pointing into the disk would let w* move
    # inward (still feasible) along a direction where f falls, so w* would not minimise f on
    # the ball; true wherever the ball binds (every ŵ lies outside it: "all_bind").
    Rule("ridge outward", r"Not inward: w\* could move inside and lower f\. So g = μn, μ ≥ 0\.",
         lambda m, f: f["all_bind"], ("count",)),
    Rule("ridge ray formula", r"So ŵ = w\* \+ H⁻¹g\. A zero puts w\* on an "
         r"axis, n = w\*/t: ŵ on a ray w\* \+ μH⁻¹n", lambda m, f: f["all_bind"],
         ("count",)),
    Rule("ray dot misses", r"This ŵ misses them, so its ridge w\* has no zero",
         lambda m, f: not f["ray_loss_on_ray"], ("count",)),
    Rule("ray dot on one", r"This ŵ lies on one, so its ridge w\* has a zero",
         lambda m, f: f["ray_loss_on_ray"], ("count",)),
    # The morph H_s = (1 − s)I + sH from the identity to the dot's H: the cone and the map
    # change only when that H is not a multiple of I. The diamond stays; each normal cone N
    # (a corner's 2-D one, an edge's ray) becomes H⁻¹N from the same corner or edge
    # (`l1_solution_regions`: wedge v + H⁻¹N(v), band edge + H⁻¹n).
    Rule("bent map", r"From I to this dot's H: each cone N becomes H⁻¹N, pinned at its "
         r"corner or edge\.",
         lambda m, f: f["ray_loss_bent"],
         ("count",)),
    # The lasso's condition ŵ = w* + H⁻¹g, g ∈ N(w*) (stationarity of the constrained problem),
    # the cone at a corner spanned by its two edges' normals, and the map for H = I (wedge
    # v + N(v), band edge + its normal): true for every data (regmath.sparsity's regions).
    # (r82, review r75 1, 3) Stationarity said as why: at w* the pull −∇f(w*) = H(ŵ − w*)
    # lies in the diamond's normal cone (outward), hence ŵ = w* + H⁻¹g; the share asked
    # about is the experiment's.
    # (r85, review r84 5) "this ŵ's lasso w*": the drawn dot's, solved by the scene
    # (`constrained`); the normal cone is the diamond's outward one at w*.
    # (r86, brief item 3) The section answers why lasso zeros happen (the wedges), not the
    # number: "does" when the count has some, "could" else. (item 1) The normal cone defined
    # where first used: the diamond's outward normals at w* (all of them, at a corner).
    Rule("lasso why", r"Why (lasso zeros|could lasso zeros be)\?",
         lambda m, f: (m.group(1) == "lasso zeros") == (f["l1_count"] > 0), ("count",)),
    Rule("lasso condition", r"At this ŵ's lasso w\*, the pull g, as for ridge, points into the "
         r"diamond's normal cone N\(w\*\), its outward normals there: ŵ = w\* \+ H⁻¹g",
         lambda m, f: True, ("count",)),
    # (r84, review r83 1) Why: w* minimises f on the diamond, so no feasible direction d at
    # w* has ∇f(w*)·d < 0, i.e. g = −∇f(w*) has g·d ≤ 0 for every d into the diamond —
    # g in the normal cone; else moving w* along the diamond lowers f. True for all data.
    Rule("corner cone", r"At a corner, its edges' normals n₁, n₂; N = all a·n₁ \+ b·n₂ with "
         r"a, b ≥ 0",
         lambda m, f: True, ("count",)),
    # The map of H = I colours ŵ by its lasso w*'s kind, in the dots' colours (the scene's
    # tests: wedges yellow, bands blue); a band is an edge + its cone, the edge's normal ray.
    Rule("identity map", r"With H = I, the map: each ŵ coloured by its w\*, yellow = a zero\.",
         lambda m, f: True, ("count",)),
    Rule("identity map's kinds", r"Blue = none\. Wedges: corner \+ cone; bands: edge \+ "
         r"normal ray", lambda m, f: True, ("count",)),
    Rule("ray dot in a wedge", r"This ŵ lies in a yellow wedge: its lasso w\* lands on the "
         r"corner", lambda m, f: f["ray_loss_l1_corner"], ("count",)),
    # A corner's normal cone is 2-D, so its wedge w* + H⁻¹N(w*) has area for every H ≻ 0,
    # and ŵ (with a density) lands in it with positive probability.
    Rule("wedge area", r"A corner's cone is 2-D, so its wedge has area: zeros get positive "
         r"probability", lambda m, f: f["h_positive"], ("count",)),
    Rule("ray dot in a band", r"This ŵ lies in a blue band: its lasso w\* lands on an edge",
         lambda m, f: f["ray_loss_l1_edge"], ("count",)),
    # (r85, review r84 1) "Far out, most ŵ lie in a wedge", as the viewer can check it: in the
    # outermost ring of the square, most ŵ have a corner w* (lie in a wedge of their own map):
    # the recounted share above one half. Else only the limit is said: the four cones
    # H⁻¹N(v) fill the plane around the diamond while the bands keep their width, so far
    # enough out the wedges take nearly all of a circle (every H ≻ 0).
    Rule("wedges win far out", r"far out, most ŵ lie in a wedge",
         lambda m, f: f["shares"][-1] > 0.5, ("count",)),
    Rule("wedges win in the limit", r"far enough out, the wedges take nearly all",
         lambda m, f: f["h_positive"], ("count",)),
    Rule("unbent map", r"This dot's H is a multiple of I", lambda m, f: not f["ray_loss_bent"],
         ("count",)),
    # Every ring's share in order: the first, the middle ones (when there are any), the last.
    Rule("rings", rf"Next to the circle, ({NUMBER}) % have an exact zero; (?:then "
         rf"((?:{NUMBER}, )*{NUMBER}) %, )?up to ({NUMBER}) % in the outermost ring",
         lambda m, f: agrees(m.group(1), 100.0 * f["shares"][0])
         and _middle_shares(m.group(2), f["shares"])
         and agrees(m.group(3), 100.0 * f["shares"][-1]), ("distance",)),
    # (r84, review r83 3) The square's tips, past the last ring: the rest of the losses (the
    # rings and the tips hold every one), with their share; no comparison said.
    Rule("tips", rf"The square's tips \(‖ŵ‖₂ > ({NUMBER})\), the other (\d+): ({NUMBER}) %",
         lambda m, f: agrees(m.group(1), f["box"]) and int(m.group(2)) == f["corner_count"] > 0
         and agrees(m.group(3), 100.0 * f["corner_share"]), ("distance",)),
    # (r85, review r84 1) Why the tips' share is what it is: the tips are the square's
    # corners, on the diagonals, and with H = I each edge's band (edge + its normal ray, along
    # (±1, ±1)) runs along a diagonal through them: true for every data. "Fewer" only when
    # the tips' share is below the outermost ring's (the two recounted shares); else no
    # contrast is said.
    # A round H (a multiple of I) has H = I's map: its bands run along the diagonals. Said as
    # that, not as the random H's (their bands tilt away from the diagonals).
    Rule("tips fewer", r"Fewer: the tips lie on the diagonals, where a round H's bands run",
         lambda m, f: f["corner_share"] < f["shares"][-1], ("distance",)),
    Rule("tips bands", r"(?<!Fewer: )\bThe tips lie on the diagonals, where a round H's bands "
         r"run", lambda m, f: f["corner_share"] >= f["shares"][-1], ("distance",)),
    # The rings' bars only (the tips' bar is no ring), each above the last.
    Rule("rising", r"The ring bars rise outward: more w\* land on a corner\.",
         lambda m, f: f["rising"], ("distance",)),
    Rule("rising overall", r"From the first ring to the last, more w\* land on a corner, "
         r"though not ring by ring", lambda m, f: not f["rising"]
         and f["shares"][-1] > f["shares"][0], ("distance",)),
    Rule("not rising", r"In these rings the share does not rise with the distance",
         lambda m, f: f["shares"][-1] <= f["shares"][0], ("distance",)),
    Rule("this recipe", rf"So ({NUMBER}) % belongs to this recipe: this square, this spread "
         r"of H", lambda m, f: agrees(m.group(1), 100.0 * f["l1_fraction"]),
         ("distance",)),
]

ODDS_SCREEN_RULES = [
    Rule("corner example on screen", rf"^w\^\* = \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)$",
         lambda m, f: "corner" in f["examples"] and f["examples"]["corner"].at_corner
         and agrees(_tex(m.group(1)), f["examples"]["corner"].point[0])
         and agrees(_tex(m.group(2)), f["examples"]["corner"].point[1])),
    Rule("edge example on screen", rf"^w\^\* \\approx \(({TEX_NUMBER}),\\ ({TEX_NUMBER})\)$",
         lambda m, f: "edge" in f["examples"] and not f["examples"]["edge"].zero_weights
         and agrees(_tex(m.group(1)), f["examples"]["edge"].point[0])
         and agrees(_tex(m.group(2)), f["examples"]["edge"].point[1])),
    Rule("t on screen (odds)", rf"^t = ({TEX_NUMBER})$", lambda m, f: agrees(_tex(m.group(1)), f["t"])),
    Rule("square on screen", rf"\|\\hat w_2\| \\le ({TEX_NUMBER})",
         lambda m, f: agrees(_tex(m.group(1)), f["box"])),
    Rule("outside on screen", rf"\\\|\\hat w\\\|_2 > ({TEX_NUMBER})",
         lambda m, f: agrees(_tex(m.group(1)), f["t"])),
    Rule("margin on screen", rf"^\\pm ({TEX_NUMBER})$",
         lambda m, f: agrees(_tex(m.group(1)), 100.0 * NormalDist().inv_cdf(0.975)
                             * math.sqrt(f["l1_fraction"] * (1.0 - f["l1_fraction"])
                                         / f["count"]))),
    Rule("overall on screen", rf"\\text\{{all: \}} ({TEX_NUMBER})\\,\\%",
         lambda m, f: agrees(_tex(m.group(1)), 100.0 * f["l1_fraction"])),
    Rule("cond on screen", rf"\\operatorname\{{cond\}}\(H\) \\le ({TEX_NUMBER})",
         lambda m, f: agrees(_tex(m.group(1)), f["max_condition"])),
]

#: Both scenes' on-screen rules (each only matches its own scene's TeX).
SCREEN_RULES = [*JOURNEY_SCREEN_RULES, *ODDS_SCREEN_RULES]


def facts_for(scene) -> dict:
    """Everything the claims need, from the scene's data only."""
    if isinstance_by_name(scene, "WhyCornersWin"):
        return journey_facts(scene)
    return odds_facts(scene)


def rules_for(scene) -> list[Rule]:
    return JOURNEY_RULES if isinstance_by_name(scene, "WhyCornersWin") else ODDS_RULES


def screen_rules_for(scene) -> list[Rule]:
    return JOURNEY_SCREEN_RULES if isinstance_by_name(scene, "WhyCornersWin") else ODDS_SCREEN_RULES


# ------------------------------------------------------------------ variants
def V(scene: type, name: str, data: dict, refused: str | None = None) -> Variant:
    return Variant(scene, name, data, refused, story="sparsity")


def _on_ray_start() -> float:
    """A start angle that puts ŵ exactly where the orbit crosses a ridge ray (default H)."""
    journey = orbit_journey(WhyCornersWin.hessian, 1.0, 1.6, start_angle=0.0)
    point = journey.crossings[0].point
    return float(np.arctan2(point[1], point[0]))


VARIANTS = [
    # ------------------------------------------------------------- WhyCornersWin
    V(WhyCornersWin, "start-quadrant-2", {"start_angle": 2.5}),
    V(WhyCornersWin, "start-on-corner", {"start_angle": 0.0}),
    V(WhyCornersWin, "start-on-ray", {"start_angle": _on_ray_start()}),
    V(WhyCornersWin, "start-negative", {"start_angle": -3.0}),
    V(WhyCornersWin, "isotropic", {"hessian": ((1.0, 0.0), (0.0, 1.0))}),
    V(WhyCornersWin, "diagonal", {"hessian": ((3.0, 0.0), (0.0, 1.0))}),
    V(WhyCornersWin, "coupled", {"hessian": ((1.0, 0.95), (0.95, 1.0))}),
    V(WhyCornersWin, "cond-1e4", {"hessian": rotated(1e4, 1, 0.3)}),
    V(WhyCornersWin, "orbit-near-ball", {"orbit_radius": 1.05}),
    V(WhyCornersWin, "orbit-far", {"orbit_radius": 4.0}),
    V(WhyCornersWin, "large-scale", {"radius": 100.0, "orbit_radius": 160.0}),
    V(WhyCornersWin, "tiny", {"radius": 0.01, "orbit_radius": 0.016}),
    V(WhyCornersWin, "slow", {"travel_seconds": 40.0}),
    V(WhyCornersWin, "singular", {"hessian": ((1.0, 0.0), (0.0, 0.0))}, refused="hessian"),
    V(WhyCornersWin, "asymmetric", {"hessian": ((1.0, 0.3), (0.2, 2.0))}, refused="hessian"),
    V(WhyCornersWin, "indefinite", {"hessian": ((1.0, 0.0), (0.0, -1.0))}, refused="hessian"),
    V(WhyCornersWin, "cond-1e7", {"hessian": rotated(1e7, 1, 0.3)}, refused="hessian"),
    V(WhyCornersWin, "orbit-inside", {"orbit_radius": 0.8}, refused="orbit_radius"),
    V(WhyCornersWin, "orbit-on-circle", {"orbit_radius": 1.0}, refused="orbit_radius"),
    V(WhyCornersWin, "radius-beyond-orbit", {"radius": 2.0}, refused="radius"),
    V(WhyCornersWin, "orbit-too-far", {"orbit_radius": 10.0}, refused="orbit_radius"),
    V(WhyCornersWin, "radius-0", {"radius": 0.0}, refused="radius"),
    V(WhyCornersWin, "start-nan", {"start_angle": float("nan")}, refused="start_angle"),
    V(WhyCornersWin, "start-in-degrees", {"start_angle": 30.0}, refused="start_angle"),
    V(WhyCornersWin, "travel-0", {"travel_seconds": 0.0}, refused="travel_seconds"),
    # --------------------------------------------------------------- SparsityOdds
    V(SparsityOdds, "small-square", {"reach": 1.5}),
    V(SparsityOdds, "large-square", {"reach": 10.0}),
    V(SparsityOdds, "isotropic", {"max_condition": 1.0}, refused="max_condition"),
    V(SparsityOdds, "nearly-isotropic", {"max_condition": 1.5}),
    V(SparsityOdds, "cond-1e4", {"max_condition": 1e4}),
    V(SparsityOdds, "few-losses", {"count": 100, "rings": 2, "shown": None}),
    V(SparsityOdds, "some-dots", {"shown": 500}),
    V(SparsityOdds, "seed-0", {"seed": 0}),
    V(SparsityOdds, "large-scale", {"radius": 100.0}),
    V(SparsityOdds, "radius-4", {"radius": 4.0}),  # the square follows t: no clash with it
    V(SparsityOdds, "tiny", {"radius": 0.01}),
    V(SparsityOdds, "one-batch", {"batches": 1}),
    V(SparsityOdds, "many-rings", {"rings": 10}),
    V(SparsityOdds, "many-losses", {"count": 12000}),
    V(SparsityOdds, "shown-above-count", {"count": 6000, "shown": 7000}, refused="shown"),
    V(SparsityOdds, "count-small", {"count": 50}, refused="count"),
    V(SparsityOdds, "count-too-few-per-ring", {"count": 100, "shown": None}, refused="count"),
    V(SparsityOdds, "count-fraction", {"count": 5000.5}, refused="count"),
    V(SparsityOdds, "batches-0", {"batches": 0}, refused="batches"),
    V(SparsityOdds, "radius-0", {"radius": 0.0}, refused="radius"),
    V(SparsityOdds, "reach-1", {"reach": 1.0}, refused="reach"),
    V(SparsityOdds, "cond-below-1", {"max_condition": 0.5}, refused="max_condition"),
    V(SparsityOdds, "seed-negative", {"seed": -1}, refused="seed"),
    V(SparsityOdds, "rings-1", {"rings": 1}, refused="rings"),
]


# A lecturer's numbers, fresh sweep (issue "Truth for any data").
VARIANTS += [
    V(WhyCornersWin, "radius-1e3", {"radius": 1000.0, "orbit_radius": 1600.0}),
    V(WhyCornersWin, "radius-1e-3", {"radius": 0.001, "orbit_radius": 0.0016}),
    V(WhyCornersWin, "cond-1e3-rotated", {"hessian": rotated(1e3, 1.0, 0.7)}),
    V(WhyCornersWin, "orbit-hair-outside", {"orbit_radius": 1.01}),
    # A lecturer's diagonal cond 1e4 (issue 9): the corners (0, ±1) hold w* for 0.001 % of the
    # orbit; the words call those arcs slivers, never "a whole arc".
    V(WhyCornersWin, "diag-cond-1e4", {"hessian": ((1.0, 0.0), (0.0, 1e-4))}),
    V(WhyCornersWin, "start-almost-2pi", {"start_angle": 6.28}),
    V(SparsityOdds, "radius-1e3", {"radius": 1000.0}),
    V(SparsityOdds, "seed-largest", {"seed": 2**63 - 1}),
    V(SparsityOdds, "numpy-count-reach-min", {"count": np.int64(3000), "reach": 1.2}),
    V(SparsityOdds, "count-5e3", {"count": 5e3}, refused="count"),
]

# Lecturer's numbers r30 (LECTURER.md finding 10): a bound a hair above 1 printed as "1.00".
VARIANTS += [
    V(SparsityOdds, "P3-cond-hair", {"max_condition": 1.0001}, refused="max_condition"),
]
