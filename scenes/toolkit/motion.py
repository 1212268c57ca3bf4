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

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from manim import DL, UR, Animation

if TYPE_CHECKING:
    from manim import Mobject, Scene, ValueTracker

    from scenes.toolkit.readout import Readout

__all__ = ["sweep", "overlapping", "stay_over_moving", "SWEEP_Z"]

#: Above every z-index the scenes use for still things (labels are at 5).
SWEEP_Z = 10
#: `AnimatedOnTop.keep_order_when_raised`: scene z-indices (0 to about 10) stay under SWEEP_Z + 1.
RAISED_ORDER_SCALE = 0.01


def sweep(scene: Scene, tracker: ValueTracker, value: float, *followers: Mobject,
          on_top: bool = True, over: Sequence[Mobject] = (), **play_kwargs: Any) -> None:
    """Animate ``tracker`` to ``value``; ``followers`` (mobjects with updaters) move with it.

    While it runs the followers pass over labels; where one ends on a label,
    the label is on top again from the next frame. Labels listed in ``over``
    stay above the followers throughout (they are redrawn every frame, so list
    only the ones a follower can reach: see `overlapping`). With
    ``on_top=False`` the movers only go last among their own z-index, for
    followers that end on a label (the labels above them are then redrawn
    every frame).
    """
    followers, split = _split_readouts(scene, followers)
    movers = (tracker, *followers)
    raised = (*movers, *over)
    saved = [[member.z_index for member in mobject.get_family()] for mobject in raised]
    if on_top:
        for mobject in movers:
            mobject.set_z_index(SWEEP_Z)
        for mobject in over:
            mobject.set_z_index(SWEEP_Z + 1)
    # Drawing order is by z-index first, so raising ``over`` is enough; it must not
    # be brought to the front, which would pull tick numbers out of their axes.
    scene.bring_to_front(*movers)
    scene.play(tracker.animate.set_value(value), **play_kwargs)
    for mobject, z_indices in zip(raised, saved):
        for member, z in zip(mobject.get_family(), z_indices):
            member.z_index = z
    for readout, fixed, moving in split:
        moving.clear_updaters()
        scene.remove(fixed, moving)
        scene.add(readout)


def _split_readouts(scene: Scene, followers: Sequence[Mobject]
                    ) -> tuple[list[Mobject], list[tuple[Readout, Mobject, Mobject]]]:
    """Readouts among the followers that are on screen as themselves: shown for the sweep
    as their fixed glyphs and their slots, with only the slots following (Manim redraws
    every glyph of a moving mobject; a readout's words do not move)."""
    from scenes.toolkit.readout import Readout

    out: list[Mobject] = []
    split = []
    for follower in followers:
        if isinstance(follower, Readout) and follower in scene.mobjects and follower.updaters:
            fixed, moving = follower.parts()
            moving.add_updater(lambda _m, r=follower: r.update(0))
            scene.remove(follower)
            scene.add(fixed, moving)
            split.append((follower, fixed, moving))
            out.append(moving)
        else:
            out.append(follower)
    return out, split


def overlapping(region: Mobject, candidates: Iterable[Mobject], *, margin: float = 0.05
                ) -> list[Mobject]:
    """The candidates whose bounding boxes meet ``region``'s (grown by ``margin``).

    For `sweep`'s ``over``: pass the largest extent the followers reach (a
    growing contour's last level set, say) and the labels that might be under it.
    """
    low = region.get_corner(DL)[:2] - margin
    high = region.get_corner(UR)[:2] + margin
    return [m for m in candidates
            if np.all(m.get_corner(DL)[:2] <= high) and np.all(m.get_corner(UR)[:2] >= low)]


def stay_over_moving(mobject: Mobject) -> Mobject:
    """Give ``mobject`` an updater that changes nothing, so `AnimatedOnTop` raises it with
    whatever moves and, with ``keep_order_when_raised``, it stays over what it is drawn over.

    Manim draws a moving mobject over every static one whatever their z-indices: a thin
    arrow drawn over a wide one vanished under it while the wide one grew or flipped.
    """
    mobject.add_updater(_unchanged)
    return mobject


def _unchanged(mobject: Mobject) -> None:
    """The updater of `stay_over_moving`: nothing changes, the mobject only counts as moving."""


class AnimatedOnTop:
    """Scene mixin (put it before the scene's base): every `play` draws what it animates,
    and every follower with an updater, on top while it plays, then restores z-indices.

    Manim redraws, in every frame, everything drawn after the first moving mobject
    (z-index order; a mobject with updaters counts as moving): a label fading in under a
    panel and tick numbers would redraw them all. `sweep` does this for a tracker's
    followers; this does it for every animation (a fade, a flash, a growing arrow).
    """

    #: Raised mobjects keep their order among themselves (z ↦ SWEEP_Z + RAISED_ORDER_SCALE·z)
    #: instead of all sharing SWEEP_Z, where the one played last is drawn over the rest. For a
    #: thin arrow drawn over a wide one it keeps on top (give it an updater, `stay_over_moving`).
    keep_order_when_raised: bool = False

    def play(self, *animations: Any, **kwargs: Any) -> None:
        raised = [a.mobject for a in animations if isinstance(a, Animation)]
        # Followers with updaters count as moving too: they go on top as well.
        raised += [m for m in self.mobjects if m not in raised and m.get_family_updaters()]
        saved = [[member.z_index for member in mobject.get_family()] for mobject in raised]
        for mobject, z_indices in zip(raised, saved):
            if self.keep_order_when_raised:
                for member, z in zip(mobject.get_family(), z_indices):
                    member.z_index = SWEEP_Z + RAISED_ORDER_SCALE * z
            else:
                mobject.set_z_index(SWEEP_Z)
        try:
            super().play(*animations, **kwargs)  # type: ignore[misc]
        finally:
            for mobject, z_indices in zip(raised, saved):
                for member, z in zip(mobject.get_family(), z_indices):
                    member.z_index = z
