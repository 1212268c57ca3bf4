"""Reveal and Conceal: fade mobjects in or out by opacity alone.

Manim's `FadeIn`, `Write` and `Transform` deep-copy the whole mobject when they
begin and interpolate every point of every glyph on every frame. For text, a
panel or a dot that simply appears or goes, only the opacity changes; these
animations scale the alpha channel of each family member's fill, stroke and
background stroke between 0 and its own value, and nothing else. Measured on
a two-line panel at -ql: FadeIn spends 0.04-0.15 s copying when it begins and
20 ms a frame; Reveal copies nothing and spends 13-15 ms a frame (most of it
drawing the glyphs), and Write takes twice as many frames.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from manim import Animation, Mobject, VMobject, smooth

__all__ = ["Reveal", "Conceal", "Dim", "Undim", "REVEAL_SECONDS", "DIM_FACTOR"]

#: Long enough to read as a fade, short enough not to hold up the narration.
REVEAL_SECONDS = 0.6
_FADING = "_fading_alphas"


class _OpacityFade(Animation):
    """Scale every member's alphas by a factor going from 0 to 1 (or 1 to 0)."""

    fading_in: bool = True

    def __init__(self, mobject: Mobject, *, run_time: float = REVEAL_SECONDS,
                 rate_func: Any = smooth, **kwargs: Any) -> None:
        # Followers keep following while they fade: a suspended updater would leave
        # the mobject where it was built until the fade ends, then jump.
        kwargs.setdefault("suspend_mobject_updating", False)
        super().__init__(mobject, run_time=run_time, rate_func=rate_func,
                         introducer=self.fading_in, remover=not self.fading_in, **kwargs)
        self._alphas: list[tuple[VMobject, np.ndarray, np.ndarray, np.ndarray]] = []

    def create_starting_mobject(self) -> Mobject:
        # Only opacities change, so the usual deep copy of the start is not needed.
        return Mobject()

    def begin(self) -> None:
        self._alphas = []
        for member in self.mobject.family_members_with_points():
            if not isinstance(member, VMobject):
                raise TypeError(f"{type(self).__name__} fades VMobjects only, "
                                f"got {type(member).__name__}")
            # Two fades of one member in one play (a group and one of its parts) share
            # the opacities the first one found, not the zeros it has already set.
            own = getattr(member, _FADING, None) or (
                member.fill_rgbas[:, 3].copy(), member.stroke_rgbas[:, 3].copy(),
                member.background_stroke_rgbas[:, 3].copy())
            setattr(member, _FADING, own)
            self._alphas.append((member, *own))
        super().begin()

    def interpolate_mobject(self, alpha: float) -> None:
        shown = self.rate_func(alpha)
        self._scale_alphas(shown if self.fading_in else 1.0 - shown)

    def finish(self) -> None:
        super().finish()
        # Exactly the built opacities, whatever the rate function gives at 1. A
        # concealed mobject is removed right after, so it can be shown again later.
        self._scale_alphas(1.0)
        for member, *_ in self._alphas:
            if hasattr(member, _FADING):
                delattr(member, _FADING)

    def _scale_alphas(self, factor: float) -> None:
        for member, fill, stroke, background in self._alphas:
            member.fill_rgbas[:, 3] = factor * fill
            member.stroke_rgbas[:, 3] = factor * stroke
            member.background_stroke_rgbas[:, 3] = factor * background


class Reveal(_OpacityFade):
    """Fade ``mobject`` in from transparent to its own opacities.

    Every member with points must be a VMobject (text, shapes, dots, groups of
    them). The last frame shows the mobject exactly as it was built.
    """

    fading_in = True


class Conceal(_OpacityFade):
    """Fade ``mobject`` out by opacity alone; it leaves the scene at the end."""

    fading_in = False


#: A dimmed mobject keeps this share of its opacities (lines that no longer apply).
DIM_FACTOR = 0.3
_UNDIMMED = "_undimmed_alphas"


class Dim(Animation):
    """Fade ``mobject`` to ``factor`` of its own opacities (fill, stroke and outline alike);
    `Undim` brings back exactly what it had. Opacity only, nothing is copied."""

    def __init__(self, mobject: Mobject, *, factor: float = DIM_FACTOR,
                 run_time: float = REVEAL_SECONDS, rate_func: Any = smooth, **kwargs: Any) -> None:
        kwargs.setdefault("suspend_mobject_updating", False)
        super().__init__(mobject, run_time=run_time, rate_func=rate_func, **kwargs)
        self.factor = factor
        self._alphas: list[tuple[VMobject, np.ndarray, np.ndarray, np.ndarray]] = []

    def create_starting_mobject(self) -> Mobject:
        return Mobject()

    def begin(self) -> None:
        self._alphas = []
        for member in self.mobject.family_members_with_points():
            if not isinstance(member, VMobject):
                raise TypeError(f"{type(self).__name__} fades VMobjects only")
            own = getattr(member, _UNDIMMED, None) or (
                member.fill_rgbas[:, 3].copy(), member.stroke_rgbas[:, 3].copy(),
                member.background_stroke_rgbas[:, 3].copy())
            setattr(member, _UNDIMMED, own)
            self._alphas.append((member, *own))
        super().begin()

    def _target(self, shown: float) -> float:
        return 1.0 - (1.0 - self.factor) * shown

    def interpolate_mobject(self, alpha: float) -> None:
        factor = self._target(self.rate_func(alpha))
        for member, fill, stroke, background in self._alphas:
            member.fill_rgbas[:, 3] = factor * fill
            member.stroke_rgbas[:, 3] = factor * stroke
            member.background_stroke_rgbas[:, 3] = factor * background


class Undim(Dim):
    """Bring a `Dim`-med mobject back to its own opacities."""

    def _target(self, shown: float) -> float:
        return self.factor + (1.0 - self.factor) * shown

    def finish(self) -> None:
        super().finish()
        for member, *_ in self._alphas:
            if hasattr(member, _UNDIMMED):
                delattr(member, _UNDIMMED)
