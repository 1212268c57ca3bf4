"""Narration: every beat's animations play with a subtitle that can be read.

Manim writes subcaptions to an .srt beside the video. A subtitle shown only for
a one-second animation cannot be read, so a beat holds its last frame until
its text has been on screen for READING_SECONDS_PER_CHAR per character.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from manim import Animation, Scene

__all__ = ["narrate", "reading_seconds", "READING_SECONDS_PER_CHAR", "MIN_CAPTION_SECONDS"]

#: About 17 characters a second: a comfortable subtitle reading speed.
READING_SECONDS_PER_CHAR = 1.0 / 17.0
#: No subtitle is shown for less than this.
MIN_CAPTION_SECONDS = 2.0


def reading_seconds(text: str) -> float:
    """How long ``text`` must stay on screen to be read."""
    return max(MIN_CAPTION_SECONDS, len(text) * READING_SECONDS_PER_CHAR)


def narrate(scene: Scene, text: str, *animations: Animation, **play_kwargs: object) -> None:
    """Play ``animations`` with ``text`` as subtitle, then hold until it can be read."""
    run_time = float(play_kwargs.get("run_time", 1.0))
    needed = reading_seconds(text)
    if animations:
        scene.play(*animations, subcaption=text, subcaption_duration=needed, **play_kwargs)
    else:
        scene.add_subcaption(text, duration=needed)
        run_time = 0.0
    if needed > run_time:
        scene.wait(needed - run_time)
