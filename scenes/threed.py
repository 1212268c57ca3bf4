"""Three weights: the ellipsoid grows until it touches the octahedron (skeleton).

    manim render -s -ql scenes/threed.py Tangency3D

A first skeleton of issue 12's chapter 2 (not in the catalogue yet): one still
with the octahedron ‖w‖₁ ≤ t, the touching ellipsoid {f = c*} and w*. Every
coordinate comes from `regmath.threed` (the touch, the ellipsoid's parametric
surface, the octahedron, the view cube); the camera's angles are presentation.

The problem is class attributes; a variant is a subclass that overrides them.
No ``__all__`` yet, so `tools.render_all.catalogue` leaves it out.

Cost measured (TD36, -s -ql, 2 shared CPUs): 7.6-8.1 s of CPU for the still against
2.3 s for a trivial one; construct 4.3 s (Surface calls the point function for
every corner of every face, 16 per face: build the faces from the vectorised
`regmath.threed.ellipsoid_grid` instead) and about 1 s of CPU a frame at 480p
(ThreeDCamera shades and depth-sorts ~600 faces), so a camera move costs ~15 s a
second of video at 15 fps. w* is nearly hidden by the depth sort.
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
from manim import (
    DEGREES,
    PI,
    TAU,
    Dot3D,
    Polyhedron,
    Surface,
    ThreeDAxes,
    ThreeDScene,
)

from regmath import InvalidArgumentError, Quadratic
from regmath.threed import GRID_U, GRID_V, ellipsoid_point, octahedron, touch_3d, view_3d
from scenes.toolkit.params import point as a_point
from scenes.toolkit.params import positive, refuse
from scenes.toolkit.story import StoryScene
from scenes.toolkit.style import BALL_COLORS, LOSS_COLOR, SOLUTION_COLOR

#: The view cube's side on screen (Manim units).
CUBE_SIDE = 6.0
#: The camera: elevation from the z axis and azimuth (presentation, not data).
CAMERA_PHI = 65 * DEGREES
CAMERA_THETA = -50 * DEGREES


def hessian_3d():
    """A symmetric positive definite 3 × 3 matrix (a singular one has cylinders, not
    ellipsoids, for level sets)."""
    def check(value: Any, name: str) -> np.ndarray:
        try:
            loss = Quadratic(center=np.zeros(3), hessian=value)
        except InvalidArgumentError as error:
            raise InvalidArgumentError(name, error.problem) from None
        if loss.singular:
            raise InvalidArgumentError(name, "must be positive definite: a singular H has "
                                             "level sets that are cylinders, not ellipsoids")
        return np.array(loss.hessian)
    return check


class Tangency3D(StoryScene, ThreeDScene):
    """The ellipsoid {f = c*} touching the octahedron ‖w‖₁ ≤ t at w* (one still)."""

    # Defaults: w* = (0.829, 0, 0.171) lies on an edge (w₂* exactly 0).
    center: ClassVar[tuple[float, ...]] = (1.8, 1.0, 0.7)
    hessian: ClassVar[tuple[tuple[float, ...], ...]] = (
        (1.2, 0.4, 0.1), (0.4, 1.0, 0.2), (0.1, 0.2, 2.5))
    radius: ClassVar[float] = 1.0

    parameters = {"center": a_point(3), "hessian": hessian_3d(), "radius": positive()}

    def setup(self) -> None:
        super().setup()
        data = self.data
        self.loss = Quadratic(center=data["center"], hessian=data["hessian"])
        self.touch = touch_3d(self.loss, norm="l1", radius=data["radius"])
        if self.touch.center_inside:
            raise refuse("center", "lies inside the octahedron: nothing has to grow to touch it")
        self.view = view_3d(self.loss, self.touch)

    def construct(self) -> None:
        view, touch, loss = self.view, self.touch, self.loss
        self.set_camera_orientation(phi=CAMERA_PHI, theta=CAMERA_THETA, zoom=1.0)
        axes = ThreeDAxes(x_range=view.x_range, y_range=view.y_range, z_range=view.z_range,
                          x_length=CUBE_SIDE, y_length=CUBE_SIDE, z_length=CUBE_SIDE)
        solid = octahedron(touch.radius)
        ball = Polyhedron(
            [axes.c2p(*vertex) for vertex in solid.vertices], solid.faces.tolist(),
            faces_config={"fill_color": BALL_COLORS["l1"], "fill_opacity": 0.55,
                          "stroke_width": 0.5},
            graph_config={"vertex_config": {"radius": 0.0, "fill_opacity": 0.0},
                          "edge_config": {"stroke_color": BALL_COLORS["l1"],
                                          "stroke_width": 2}})
        level = touch.level
        ellipsoid = Surface(lambda u, v: axes.c2p(*ellipsoid_point(loss, level, u, v)),
                            u_range=[0.0, TAU], v_range=[0.0, PI],
                            resolution=(GRID_U - 1, GRID_V - 1),
                            fill_opacity=0.2, stroke_width=0.3,
                            checkerboard_colors=[LOSS_COLOR, LOSS_COLOR],
                            stroke_color=LOSS_COLOR)
        star = Dot3D(axes.c2p(*touch.point), radius=0.1, color=SOLUTION_COLOR)
        star.set_z_index(10)  # drawn over the surfaces that pass through it
        self.add(axes, ball, ellipsoid, star)
        self.wait(0.1)
