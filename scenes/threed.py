"""Three weights: the ellipsoid grows until it touches the octahedron, then the sphere.

    manim render -s -ql scenes/threed.py Tangency3D

Issue 12's chapter 2 (not in the catalogue yet). The storyboard is ``construct``:
one section per beat, each a builder method under its words.

1. ``loss``   three weights and the loss: ŵ, whose level sets are ellipsoids;
2. ``balls``  the octahedron ‖w‖₁ ≤ t and the sphere ‖w‖₂ ≤ t through its corners;
3. ``grow``   the ellipsoid grows from ŵ (`regmath.threed.growth_scale`) until it touches;
4. ``touch``  the touch named by `touch_3d`'s kind (vertex: two weights exactly 0;
              edge: one; face: none; inside: λ = 0 and w* = ŵ; t = 0: the origin), with
              the normal cone's generators and −∇f(w*) (`touch_arrows`);
5. ``turn``   the camera turns around the touch: the cone's normals, end-on from the first
              angle at some touches, are seen from the side;
6. ``sphere`` the same loss on the sphere: the touch has no zero (unless `touch_3d` says so).

Every coordinate comes from `regmath.threed` (the touches, the ellipsoid's grid, the
octahedron, the sphere's grid, the arrows, the view cube); the camera's angles are
presentation. Every sentence is one of the phrasings in `KIND_WORDS` and the cues
below, chosen by `touch_3d`'s facts; tests/claims_threed.py holds their rules.

The problem is class attributes; a variant is a subclass that overrides them.
No ``__all__`` yet, so `tools.render_all.catalogue` leaves it out.

Cost measured (TD36, -s -ql, 2 shared CPUs): with Manim's Surface (a callback for
every corner of every face) the still took 7.6-8.1 s of CPU against 2.3 s for a
trivial one; built from the vectorised `regmath.threed.ellipsoid_grid` (clipped by
`clip_faces`) it takes 5.0 s (construct 2.2 s). A frame costs about 1 s of CPU at
480p (ThreeDCamera shades and depth-sorts every face), so the ellipsoid has 24 x 12
faces (`ELLIPSOID_U`, `ELLIPSOID_V`) and the sphere 16 x 8. w* is a flat dot that
faces the camera: not shaded in 3D, ThreeDCamera draws it after every surface.
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
from manim import (
    DEGREES,
    Arrow,
    Create,
    Dot,
    FadeIn,
    FadeOut,
    MathTex,
    ThreeDAxes,
    ThreeDScene,
    ThreeDVMobject,
    ValueTracker,
    VGroup,
    rate_functions,
)

from regmath import InvalidArgumentError, Quadratic
from regmath.threed import (clip_faces, ellipsoid_grid, grid_faces, growth_scale, octahedron,
                            sphere_grid, touch_3d, touch_arrows, view_3d)
from scenes.toolkit.notation import Phrase, number, point
from scenes.toolkit.params import nonnegative, refuse
from scenes.toolkit.params import point as a_point
from scenes.toolkit.story import StoryScene
from scenes.toolkit.style import (BALL_COLORS, GRADIENT_COLOR, LOSS_COLOR, NORMAL_COLOR,
                                  SOLUTION_COLOR)

#: The view cube's side on screen (Manim units).
CUBE_SIDE = 5.6
#: The camera: elevation from the z axis and azimuth (presentation, not data).
CAMERA_PHI = 65 * DEGREES
CAMERA_THETA = -50 * DEGREES
CAMERA_ZOOM = 0.8
#: The arrows at w*, as a share of t (presentation: the cone must read beside the ball).
ARROW_SHARE = 0.7
#: The turn of the last beat (presentation).
TURN = 70 * DEGREES
#: Faces of the ellipsoid (u × v) and of the sphere: a frame costs ~1 s of CPU at 480p.
ELLIPSOID_U, ELLIPSOID_V = 24, 12
SPHERE_U, SPHERE_V = 16, 8
#: The growth starts from this share of c* (level 0 is the point ŵ: nothing to draw).
GROWTH_START = 1e-4
#: Seconds of the key motions.
GROWTH_SECONDS = 5.0
TURN_SECONDS = 5.5
#: H beyond this condition number draws as a flat disc or a needle.
MAX_CONDITION = 1e4
#: Names of the three weights at w* (0-based index → caption text).
WEIGHT_STARS = ("w₁*", "w₂*", "w₃*")
SPOKEN_STARS = ("w-one-star", "w-two-star", "w-three-star")
#: The touch's words by `touch_3d`'s kind (tests/claims_threed.py checks each).
KIND_WORDS = {
    "vertex": "It touches at a corner: {w_star} = {star}, with {zeros} exactly 0{@zero}.",
    "edge": "It touches on an edge: {w_star} = {star}, with {zeros} exactly 0{@zero}.",
    "face": "It touches inside a face: {w_star} = {star}, and no weight is 0{@zero}.",
}
CONE_WORDS = {
    "vertex": "{neg_grad} lies in the cone of the 4 face normals meeting there{@cone}.",
    "edge": "{neg_grad} lies in the cone of the 2 face normals meeting there{@cone}.",
    "face": "{neg_grad} points along the face's normal{@cone}.",
}


def hessian_3d(max_condition: float = MAX_CONDITION):
    """A symmetric positive definite 3 × 3 matrix (a singular one has cylinders, not
    ellipsoids, for level sets) with cond(H) ≤ ``max_condition``."""
    def check(value: Any, name: str) -> np.ndarray:
        try:
            loss = Quadratic(center=np.zeros(3), hessian=value)
        except InvalidArgumentError as error:
            raise InvalidArgumentError(name, error.problem) from None
        if loss.singular:
            raise InvalidArgumentError(name, "must be positive definite: a singular H has "
                                             "level sets that are cylinders, not ellipsoids")
        d = loss.eigenvalues
        if float(np.max(d) / np.min(d)) > max_condition:
            raise InvalidArgumentError(name, f"has condition number {np.max(d) / np.min(d):.3g}"
                                             f"; at most {max_condition:g} can be drawn (its "
                                             "ellipsoids would look like discs)")
        return np.array(loss.hessian)
    return check


def zeros_phrase(indices: tuple[int, ...]) -> Phrase:
    """"w₂*" or "w₂* and w₃*" (spoken "w-two-star and w-three-star")."""
    return Phrase(text=" and ".join(WEIGHT_STARS[i] for i in indices),
                  spoken=" and ".join(SPOKEN_STARS[i] for i in indices))


class Tangency3D(StoryScene, ThreeDScene):
    """The ellipsoid {f = c} grows from ŵ until it touches the octahedron ‖w‖₁ ≤ t, the
    camera turns around the touch, then the same for the sphere ‖w‖₂ ≤ t."""

    # Defaults: w* = (0.829, 0, 0.171) lies on an edge (w₂* exactly 0).
    center: ClassVar[tuple[float, ...]] = (1.8, 1.0, 0.7)
    hessian: ClassVar[tuple[tuple[float, ...], ...]] = (
        (1.2, 0.4, 0.1), (0.4, 1.0, 0.2), (0.1, 0.2, 2.5))
    radius: ClassVar[float] = 1.0

    parameters = {"center": a_point(3), "hessian": hessian_3d(), "radius": nonnegative()}

    def setup(self) -> None:
        super().setup()
        data = self.data
        self.loss = Quadratic(center=data["center"], hessian=data["hessian"])
        if not np.any(self.loss.center):
            raise refuse("center", "is the origin: w* = ŵ = 0 for every t; nothing to grow")
        t = float(data["radius"])
        self.touch = touch_3d(self.loss, norm="l1", radius=t)
        self.round = touch_3d(self.loss, norm="l2", radius=t)
        self.view = view_3d(self.loss, [self.touch, self.round])
        self.t = t

    # ------------------------------------------------------------ storyboard
    def construct(self) -> None:
        self.next_section("loss")
        self.show_loss()
        self.next_section("balls")
        self.show_balls()
        if self.touch.kind not in ("inside",):
            self.next_section("grow")
            self.show_growth(self.touch, self.octahedron_mobject)
        self.next_section("touch")
        self.show_touch()
        self.next_section("turn")
        self.show_turn()
        self.next_section("sphere")
        self.show_sphere()

    # -------------------------------------------------------------- builders
    def to_screen(self, points: np.ndarray) -> np.ndarray:
        """Problem coordinates (..., 3) to the scene's: the axes are one affine map."""
        return self.origin + np.asarray(points, dtype=float) @ self.basis

    def surface(self, polygons: list[np.ndarray], color: Any, opacity: float,
                stroke: float = 0.3) -> VGroup:
        return VGroup(*(
            ThreeDVMobject().set_points_as_corners(self.to_screen(np.vstack([p, p[:1]])))
            .set_fill(color, opacity=opacity).set_stroke(color, width=stroke)
            for p in polygons))

    def ellipsoid_at(self, scale: float, grid: np.ndarray) -> list[np.ndarray]:
        """The ellipsoid ŵ + scale · (grid − ŵ), clipped to the view cube."""
        center = self.loss.center
        return clip_faces(grid_faces(center + scale * (grid - center)), self.view)

    def solution_dot(self, where: np.ndarray) -> Dot:
        dot = Dot(self.to_screen(where), radius=0.09, color=SOLUTION_COLOR)
        self.add_fixed_orientation_mobjects(dot)
        return dot

    def show_loss(self) -> None:
        view = self.view
        self.set_camera_orientation(phi=CAMERA_PHI, theta=CAMERA_THETA, zoom=CAMERA_ZOOM)
        axes = ThreeDAxes(x_range=view.x_range, y_range=view.y_range, z_range=view.z_range,
                          x_length=CUBE_SIDE, y_length=CUBE_SIDE, z_length=CUBE_SIDE)
        self.axes = axes
        self.origin = np.array(axes.c2p(0.0, 0.0, 0.0))
        self.basis = np.array([np.array(axes.c2p(*row)) - self.origin for row in np.eye(3)])
        labels = VGroup(*(MathTex(f"w_{i + 1}", font_size=34) for i in range(3)))
        ends = [axes.c2p(view.x_range[1], 0, 0), axes.c2p(0, view.y_range[1], 0),
                axes.c2p(0, 0, view.z_range[1])]
        for label, end, out in zip(labels, ends, np.eye(3)):
            label.move_to(np.array(end) + 0.35 * out)
        self.add_fixed_orientation_mobjects(*labels)
        self.hat = Dot(self.to_screen(self.loss.center), radius=0.07, color=LOSS_COLOR)
        self.add_fixed_orientation_mobjects(self.hat)
        with self.cue("Three weights now. The loss {f} is least at {w_hat} = {center}{@hat}, "
                      "and its level sets are ellipsoids about it.",
                      center=point(self.loss.center)) as cue:
            cue.play(Create(axes), FadeIn(labels), until="hat")
            cue.play(FadeIn(self.hat, scale=2.0), until=cue.END)

    def show_balls(self) -> None:
        t = self.t
        group = VGroup()
        if t > 0.0:
            solid = octahedron(t)
            # Eight faces, their strokes the edges (Manim's Polyhedron keeps a graph whose
            # edge updater cost 80 s of a 125 s dry run).
            group = self.surface([solid.vertices[face] for face in solid.faces],
                                 BALL_COLORS["l1"], 0.45, stroke=2.0)
            self.sphere = self.surface(clip_faces(grid_faces(
                sphere_grid(t, u_samples=SPHERE_U + 1, v_samples=SPHERE_V + 1)), self.view),
                BALL_COLORS["l2"], 0.12, stroke=0.4)
            with self.cue("The budget {l1} ≤ {t}, with {t} = {value}, is an octahedron{@oct}; "
                          "{l2} ≤ {t} is the sphere through its six corners.",
                          value=number(t)) as cue:
                cue.play(FadeIn(group), until="oct")
                cue.play(FadeIn(self.sphere), until=cue.END)
                self.play(FadeOut(self.sphere), run_time=0.6)
        else:
            self.sphere = VGroup()
            with self.cue("With the budget {t} = 0, both balls, {l1} ≤ 0 and {l2} ≤ 0, are "
                          "the origin alone{@oct}.") as cue:
                cue.play(self.axes.animate.set_stroke(width=3), until="oct")
        self.octahedron_mobject = group

    def show_growth(self, touch, ball: Any, before: tuple = ()) -> None:
        """The ellipsoid grows from ŵ to the level c* of ``touch`` (one motion), after the
        ``before`` animations, under the same words."""
        grid = ellipsoid_grid(self.loss, touch.level, u_samples=ELLIPSOID_U + 1,
                              v_samples=ELLIPSOID_V + 1)
        level = ValueTracker(GROWTH_START * touch.level)
        if self.view.complete:
            # The cube is convex and holds ŵ and {f = c*}: every smaller ellipsoid (scaled
            # towards ŵ) lies in it too, so nothing is clipped: scale the faces' points.
            shell = self.surface(grid_faces(grid), LOSS_COLOR, 0.22)
            hat = self.to_screen(self.loss.center)
            bases = [np.array(m.points) for m in shell.submobjects]

            def grow(m: VGroup) -> None:
                scale = growth_scale(level.get_value(), touch.level)
                for piece, base in zip(m.submobjects, bases):
                    piece.points = hat + scale * (base - hat)
        else:
            shell = VGroup()

            def grow(m: VGroup) -> None:
                scale = growth_scale(level.get_value(), touch.level)
                m.submobjects = list(self.surface(self.ellipsoid_at(scale, grid), LOSS_COLOR,
                                                  0.22).submobjects)
        shell.add_updater(grow)
        self.add(shell)
        if touch.kind == "origin":
            words = "Grow the ellipsoid from {w_hat} until it reaches the origin{@touch}."
        elif touch.norm == "l1":
            words = "Grow the ellipsoid from {w_hat} until it first touches the octahedron{@touch}."
        else:
            words = "Now the sphere: grow it again from {w_hat}, until it first touches{@touch}."
        with self.cue(words) as cue:
            if before:
                cue.play(*before, run_time=1.0)
            cue.play(level.animate.set_value(touch.level),
                     run_time=max(cue.until("touch"), GROWTH_SECONDS),
                     rate_func=rate_functions.ease_in_out_sine)
        shell.clear_updaters()
        self.shell = shell

    def show_touch(self) -> None:
        touch = self.touch
        kind = touch.kind
        self.star = self.solution_dot(touch.point)
        if kind == "inside":
            with self.cue("{w_hat} lies inside the octahedron: {w_star} = {w_hat} and {lam} = 0"
                          "{@zero}; nothing has to grow.") as cue:
                cue.play(FadeIn(self.star, scale=2.0), until="zero")
            return
        if kind == "origin":
            with self.cue("So {w_star} = 0: every weight is exactly 0{@zero}.") as cue:
                cue.play(FadeIn(self.star, scale=2.0), until="zero")
            return
        arrows = touch_arrows(touch, length=ARROW_SHARE * touch.radius)
        normals = VGroup(*(Arrow(self.to_screen(a.start), self.to_screen(a.end), buff=0,
                                 color=NORMAL_COLOR, stroke_width=4)
                           for a in arrows.normals))
        pull = Arrow(self.to_screen(arrows.pull.start), self.to_screen(arrows.pull.end), buff=0,
                     color=GRADIENT_COLOR, stroke_width=5)
        with self.cue(KIND_WORDS[kind], star=point(touch.point),
                      zeros=zeros_phrase(touch.zero_indices)) as cue:
            cue.play(FadeIn(self.star, scale=2.0), until="zero")
        with self.cue(CONE_WORDS[kind]) as cue:
            cue.play(*(Create(n) for n in normals), until="cone")
            cue.play(Create(pull), until=cue.END)
        self.arrows = VGroup(normals, pull)

    def show_sphere(self) -> None:
        round_ = self.round
        if round_.kind in ("inside", "origin"):
            what = "ŵ lies inside the sphere too" if round_.kind == "inside" \
                else "The sphere of radius 0 is the origin too"
            with self.cue(what + ": its {w_star} is the same{@same}.") as cue:
                if self.t > 0.0:
                    cue.play(FadeIn(self.sphere), until="same")
                else:
                    cue.play(self.star.animate.scale(1.4), until="same")
            return
        leaving = (self.octahedron_mobject, self.shell, self.arrows, self.star)
        self.show_growth(round_, self.sphere,
                         before=(*(FadeOut(m) for m in leaving), FadeIn(self.sphere)))
        self.star = self.solution_dot(round_.point)
        if round_.zero_indices:
            words = "On the sphere it touches at {star}, with {zeros} exactly 0{@zero}."
        else:
            words = "On the sphere it touches at {star}: no weight is 0{@zero}."
        with self.cue(words, star=point(round_.point),
                      zeros=zeros_phrase(round_.zero_indices)) as cue:
            cue.play(FadeIn(self.star, scale=2.0), until="zero")

    def turn_angle(self) -> float:
        """The camera's azimuth after the turn: of ±`TURN`, the one farther from ŵ's azimuth
        (turning towards ŵ would put the ellipsoid between the camera and the touch)."""
        azimuth = float(np.arctan2(self.loss.center[1], self.loss.center[0]))

        def apart(theta: float) -> float:
            return abs(float(np.angle(np.exp(1j * (theta - azimuth)))))
        return max(CAMERA_THETA - TURN, CAMERA_THETA + TURN, key=apart)

    def show_turn(self) -> None:
        with self.cue("Turn the view around {w_star}{@turn}.") as cue:
            self.move_camera(theta=self.turn_angle(),
                             run_time=max(cue.until("turn"), TURN_SECONDS),
                             rate_func=rate_functions.ease_in_out_sine)
