"""Indicate that is always seen: a mark that changes neither colour nor size still shows.

Manim's `Indicate` marks a mobject by scaling it and recolouring it, there and back. The
scenes mark what the words point at in the mobject's own colour (colour carries meaning:
white text stays white, the loss's contour stays the loss's colour) and often at scale 1
(a contour or a ball grown by 20 % would draw geometry regmath did not give). Then it
changes nothing: 40-odd marks across the catalogue showed no emphasis where the words
said "here" (found by `tests.scene_helpers.viewer_problems`, "unseen emphasis").

This `Indicate` keeps Manim's behaviour whenever that is visible, and otherwise marks
the mobject without moving its geometry or changing its colour: a stroked shape (a line,
an outline, an arrow) is drawn thicker, there and back; a filled-only shape (text, a dot)
grows about its centre, there and back, shifted as much as it must to stay inside the
frame and above the caption strip (a panel line at the frame's edge grown 1.08 times ran
past it in ClassicPicture's variants).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from manim import Indicate as ManimIndicate
from manim import DL, UR, ManimColor, Mobject, VMobject, config

from scenes.toolkit.style import CAPTION_TOP

__all__ = ["Indicate", "COLOR_CHANGE", "SCALE_CHANGE", "STROKE_MARK", "SIZE_MARK"]

#: Below this colour change (largest RGB channel difference, 0–1) and this size change,
#: Manim's Indicate is not seen.
COLOR_CHANGE = 0.15
SCALE_CHANGE = 0.03
#: A stroked mark draws its strokes this many times as thick at its peak.
STROKE_MARK = 2.2
#: A filled-only mark (text, a dot) grows by this factor at its peak: as much as the
#: text pulses the scenes already use (1.04–1.1) so neighbours are not covered.
SIZE_MARK = 1.08
#: A part counts as drawn from this opacity.
SHOWN_ALPHA = 0.05


def unseen(mobject: Mobject, color: Any, scale_factor: float) -> bool:
    """Whether Manim's Indicate(mobject, color, scale_factor) changes nothing a viewer sees:
    its size within SCALE_CHANGE and every drawn fill and stroke already in ``color``."""
    if abs(scale_factor - 1.0) >= SCALE_CHANGE:
        return False
    target = ManimColor(color).to_rgb()
    drawn = [rgb for member in _vmembers(mobject) for rgb, _ in _drawn_colors(member)]
    return bool(drawn) and all(np.abs(rgb - target).max() < COLOR_CHANGE for rgb in drawn)


def _vmembers(mobject: Mobject) -> list[VMobject]:
    return [m for m in mobject.family_members_with_points() if isinstance(m, VMobject)]


def _drawn_colors(member: VMobject) -> list[tuple[np.ndarray, str]]:
    """(rgb, "fill" or "stroke") of what ``member`` draws."""
    drawn = []
    if member.get_fill_opacity() >= SHOWN_ALPHA:
        drawn.append((member.get_fill_color().to_rgb(), "fill"))
    if member.get_stroke_width() > 0 and member.get_stroke_opacity() >= SHOWN_ALPHA:
        drawn.append((member.get_stroke_color().to_rgb(), "stroke"))
    return drawn


class Indicate(ManimIndicate):
    """Manim's `Indicate`, seen even in the mobject's own colour at scale 1.

    Parameters
    ----------
    mobject
        What the words point at.
    scale_factor, color, **kwargs
        As for `manim.Indicate`. When these change nothing visible (`unseen`), a
        stroked mobject's strokes thicken STROKE_MARK times and back (its points stay
        put: drawn geometry remains regmath's), a filled-only one grows SIZE_MARK times
        and back; its colours stay.
    """

    def create_target(self) -> Mobject:
        if not unseen(self.mobject, self.color, self.scale_factor):
            return super().create_target()
        target = self.mobject.copy()
        stroked = [m for m in _vmembers(target)
                   if any(kind == "stroke" for _, kind in _drawn_colors(m))]
        if stroked:
            for member in stroked:
                member.set_stroke(width=member.get_stroke_width() * STROKE_MARK, family=False)
        else:
            target.scale(SIZE_MARK)
            target.shift(_back_inside(self.mobject, target))
        return target


def _back_inside(mobject: Mobject, grown: Mobject) -> np.ndarray:
    """The shift that keeps ``grown`` inside the frame, and above the caption strip when
    ``mobject`` is above it, wherever ``mobject`` itself is inside them."""
    half_w, half_h = config.frame_width / 2, config.frame_height / 2
    bottom = CAPTION_TOP if mobject.get_bottom()[1] >= CAPTION_TOP else -half_h
    limits = ((-half_w, half_w), (bottom, half_h))
    was = (mobject.get_corner(DL), mobject.get_corner(UR))
    now = (grown.get_corner(DL), grown.get_corner(UR))
    shift = np.zeros(3)
    for axis, (low, high) in enumerate(limits):
        if now[0][axis] < low <= was[0][axis]:
            shift[axis] = low - now[0][axis]
        elif now[1][axis] > high >= was[1][axis]:
            shift[axis] = high - now[1][axis]
    return shift
