"""`MovingArrow`: an arrow whose ends change every frame, cheaply.

Manim's `Arrow` builds a line and a tip mobject; moving one with
`put_start_and_end_on` rescales the tip with the length, and rebuilding it with
`become(Arrow(...))` costs about 10 ms a frame (measured in L1Tangency's drag:
4 s of a 40 s render). `MovingArrow` is a shaft and a filled triangle whose
points are set directly from the two ends (`put_ends`), with the tip sized as
Manim sizes it: `DEFAULT_TIP_LENGTH`, at most `max_tip_ratio` of the length.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from manim import VGroup, VMobject

__all__ = ["MovingArrow", "DEFAULT_TIP_LENGTH", "HIDE_BELOW"]

#: Manim's default arrow tip length (scene units).
DEFAULT_TIP_LENGTH = 0.35
#: An arrow shorter than this (scene units) is not drawn at all.
HIDE_BELOW = 0.02


class MovingArrow(VGroup):
    """A straight arrow from ``start`` to ``end`` (scene points) that can move every frame."""

    def __init__(self, start: Any, end: Any, *, color: Any, stroke_width: float = 6,
                 max_tip_ratio: float = 0.25, z_index: int = 2) -> None:
        self.shaft = VMobject(stroke_color=color, stroke_width=stroke_width)
        self.head = VMobject(stroke_color=color, stroke_width=0, fill_color=color,
                             fill_opacity=1.0)
        super().__init__(self.shaft, self.head, z_index=z_index)
        self.max_tip_ratio = max_tip_ratio
        self._ends = (np.zeros(3), np.zeros(3))
        self.put_ends(start, end)

    def put_ends(self, start: Any, end: Any) -> MovingArrow:
        """Move the arrow to run from ``start`` to ``end``; hidden while shorter than
        HIDE_BELOW (its opacities are kept, so it reappears as it was)."""
        a = np.asarray(start, dtype=float)
        b = np.asarray(end, dtype=float)
        self._ends = (a, b)
        vector = b - a
        length = float(np.linalg.norm(vector))
        if length < HIDE_BELOW:
            self.shaft.clear_points()
            self.head.clear_points()
            return self
        unit = vector / length
        across = np.array([-unit[1], unit[0], 0.0])
        tip = min(DEFAULT_TIP_LENGTH, self.max_tip_ratio * length)
        base = b - tip * unit
        self.shaft.set_points_as_corners([a, base])
        self.head.set_points_as_corners([b, base + 0.5 * tip * across, base - 0.5 * tip * across, b])
        return self

    def scale(self, scale_factor: float, scale_tips: bool = False, **kwargs: Any) -> MovingArrow:
        # GrowArrow scales an arrow with ``scale_tips``; here the tip scales with the rest.
        return super().scale(scale_factor, **kwargs)

    def get_start(self) -> np.ndarray:
        return self._ends[0].copy()

    def get_end(self) -> np.ndarray:
        return self._ends[1].copy()

    @property
    def tip_point(self) -> np.ndarray:
        return self.get_end()
