"""Sweeps: a tracker moves and its followers redraw, everything else stays still.

Manim's Cairo renderer paints the still mobjects once per animation and redraws,
every frame, every mobject from the first moving one on, in drawing order
(z-index, then the order they were added). A label drawn above the plot
(`style.LABEL_Z`) therefore makes itself and everything after it redraw in every
frame of every sweep: the tick numbers alone cost a third of a sweep frame.
During a sweep the tracker and its followers are drawn last and on top, so
nothing else redraws; their own z-indices come back when the sweep ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from manim import Mobject, Scene, ValueTracker

__all__ = ["sweep", "SWEEP_Z"]

#: Above every z-index the scenes use for still things (labels are at 5).
SWEEP_Z = 10


def sweep(scene: Scene, tracker: ValueTracker, value: float, *followers: Mobject,
          on_top: bool = True, **play_kwargs: Any) -> None:
    """Animate ``tracker`` to ``value``; ``followers`` (mobjects with updaters) move with it.

    While it runs the followers pass over labels; where one ends on a label,
    the label is on top again from the next frame. With ``on_top=False`` the
    movers only go last among their own z-index, for followers that end on a
    label (the labels above them are then redrawn every frame).
    """
    movers = (tracker, *followers)
    saved = [[member.z_index for member in mobject.get_family()] for mobject in movers]
    if on_top:
        for mobject in movers:
            mobject.set_z_index(SWEEP_Z)
    scene.bring_to_front(*movers)
    scene.play(tracker.animate.set_value(value), **play_kwargs)
    for mobject, z_indices in zip(movers, saved):
        for member, z in zip(mobject.get_family(), z_indices):
            member.z_index = z
