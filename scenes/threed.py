"""Three weights: the ellipsoid grows until it touches the octahedron (skeleton).

    manim render -s -ql scenes/threed.py Tangency3D

A first skeleton of issue 12's chapter 2 (not in the catalogue yet): one still
with the octahedron ‖w‖₁ ≤ t, the touching ellipsoid {f = c*} and w*. Every
coordinate comes from `regmath.threed` (the touch, the ellipsoid's parametric
surface, the octahedron, the view cube); the camera's angles are presentation.

The problem is class attributes; a variant is a subclass that overrides them.
No ``__all__`` yet, so `tools.render_all.catalogue` leaves it out.

Cost measured (TD36, -s -ql, 2 shared CPUs): with Manim's Surface (a callback for
every corner of every face) the still took 7.6-8.1 s of CPU against 2.3 s for a
trivial one; built from the vectorised `regmath.threed.ellipsoid_grid` (clipped by
`clip_faces`) it takes 5.0 s (construct 2.2 s). A frame costs about 1 s of CPU at
480p (ThreeDCamera shades and depth-sorts every face; the ellipsoid's 512 quads
about half of it, the Polyhedron's graph 416 submobjects), so a camera move costs
~15 s of CPU a second of video at 15 fps: fewer faces (24 x 12) next. w* is nearly
hidden by the depth sort.
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
from manim import (
    DEGREES,
    Dot3D,
    Polyhedron,
    ThreeDAxes,
    ThreeDScene,
    ThreeDVMobject,
    VGroup,
)

from regmath import InvalidArgumentError, Quadratic
from regmath.threed import (clip_faces, ellipsoid_grid, grid_faces, octahedron, touch_3d,
                            view_3d)
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
        # The axes are linear: one affine map takes problem coordinates to the screen's.
        origin = np.array(axes.c2p(0.0, 0.0, 0.0))
        basis = np.array([np.array(axes.c2p(*row)) - origin for row in np.eye(3)])
        pieces = clip_faces(grid_faces(ellipsoid_grid(loss, touch.level)), view)
        ellipsoid = VGroup(*(
            ThreeDVMobject().set_points_as_corners(origin + np.vstack([piece, piece[:1]]) @ basis)
            .set_fill(LOSS_COLOR, opacity=0.2).set_stroke(LOSS_COLOR, width=0.3)
            for piece in pieces))
        star = Dot3D(axes.c2p(*touch.point), radius=0.1, color=SOLUTION_COLOR)
        star.set_z_index(10)  # drawn over the surfaces that pass through it
        self.add(axes, ball, ellipsoid, star)
        self.wait(0.1)
