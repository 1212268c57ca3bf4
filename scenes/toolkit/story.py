"""`StoryScene`: what every scene of the story shares.

* Its data are class attributes listed in ``parameters`` and checked first in
  ``setup()`` (`scenes.toolkit.params`); ``self.data`` holds the checked values.
* ``self.cue(...)`` opens a beat's narration (`scenes.toolkit.narration.Cue`).
* Beside Manim's ``.srt`` subtitles it writes the same cues as WebVTT (``.vtt``),
  the format PowerPoint and browsers load (`scenes.toolkit.captions`).
* A mobject that follows a tracker is placed by its updaters before its first
  frame: `add` runs them once. Manim suspends a mobject's updaters while an
  animation (a fade-in, say) plays on it, so without this a follower would be
  drawn where it was built (often the frame's centre) and jump into place
  when the animation ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from manim import Mobject, Scene

from scenes.toolkit.captions import write_webvtt
from scenes.toolkit.narration import Cue
from scenes.toolkit.notation import Words, say
from scenes.toolkit.params import check_parameters

if TYPE_CHECKING:
    from scenes.toolkit.params import Check

__all__ = ["StoryScene"]


class StoryScene(Scene):
    """A scene of the story: checked data, narrated beats, followers placed before shown."""

    #: What each class attribute accepts; checked before the first frame.
    parameters: ClassVar[dict[str, Check]] = {}

    def setup(self) -> None:
        self.data: dict[str, Any] = check_parameters(self)

    def cue(self, words: Words | str, /, **values: object) -> Cue:
        """A beat's narration: ``with self.cue("...{@mark}...") as cue: ...``."""
        if isinstance(words, str):
            words = say(words, **values)
        return Cue(self, words)

    def render(self, preview: bool = False) -> bool | None:
        result = super().render(preview)
        writer = getattr(self.renderer, "file_writer", None)
        plan = getattr(writer, "output_plan", None)
        srt_path = getattr(plan, "subcaption_file", None)
        if writer is not None and writer.subcaptions and srt_path is not None \
                and writer.output_spec.is_video and writer.output_spec.enabled:
            write_webvtt(writer.subcaptions, srt_path)
        return result

    def __deepcopy__(self, memo: dict[int, Any]) -> StoryScene:
        # Manim copies a mobject (Create, GrowArrow, Transform) with its updaters; an
        # updater that is a method of the scene would drag the scene (and its
        # renderer's locks) into the copy. A scene is never copied: share it.
        return self

    def add(self, *mobjects: Mobject) -> StoryScene:
        for mobject in mobjects:
            if any(member.updaters for member in mobject.get_family()):
                mobject.update(0)
        return super().add(*mobjects)
