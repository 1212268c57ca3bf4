"""Narration: every beat's animations play with a subtitle that can be read.

Manim writes subcaptions to an .srt beside the video. A subtitle shown only for
a one-second animation cannot be read, so a beat holds its last frame until
its text has been on screen for READING_SECONDS_PER_CHAR per character.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from manim import config

if TYPE_CHECKING:
    from manim import Animation, Scene

__all__ = ["narrate", "hold", "reading_seconds", "READING_SECONDS_PER_CHAR",
           "MIN_CAPTION_SECONDS"]

#: About 17 characters a second: a comfortable subtitle reading speed.
READING_SECONDS_PER_CHAR = 1.0 / 17.0
#: No subtitle is shown for less than this.
MIN_CAPTION_SECONDS = 2.0


def reading_seconds(text: str) -> float:
    """How long ``text`` must stay on screen to be read."""
    return max(MIN_CAPTION_SECONDS, len(text) * READING_SECONDS_PER_CHAR)


def narrate(scene: Scene, text: str, *animations: Animation, **play_kwargs: object) -> None:
    """Play ``animations`` with ``text`` as subtitle, then hold until it can be read."""
    needed = reading_seconds(text)
    start = scene.time
    if animations:
        # The play lasts as long as its longest animation (a Reveal is 0.6 s), so the
        # hold is measured from the clock, not from a run_time argument.
        scene.play(*animations, subcaption=text, subcaption_duration=needed, **play_kwargs)
    else:
        scene.add_subcaption(text, duration=needed)
    hold(scene, needed - (scene.time - start))


def hold(scene: Scene, seconds: float) -> None:
    """Hold the last frame for at least ``seconds``, in whole frames.

    Manim's ``wait(d)`` shows ⌊d · fps⌋ frames, so a subtitle lasting exactly
    d would still be on screen when the next beat's subtitle starts (by up to
    one frame, 67 ms at 15 fps). Rounding the hold up keeps cues apart.
    """
    if seconds <= 0.0:
        return
    frames = math.ceil(seconds * config.frame_rate - 1e-9)
    scene.wait((frames + 0.5) / config.frame_rate)  # Manim drops the half frame
