"""`StoryScene`: what every scene of the story shares.

* Its data are class attributes listed in ``parameters`` and checked first in
  ``setup()`` (`scenes.toolkit.params`); ``self.data`` holds the checked values.
* ``self.cue(...)`` opens a beat's narration (`scenes.toolkit.narration.Cue`).
* Its captions (``.srt`` and WebVTT ``.vtt``, the format PowerPoint and browsers
  load) sit beside the video and beside every ``--save_sections`` clip, timed to
  what was rendered (``-n`` included; `scenes.toolkit.captions`).
* A mobject that follows a tracker is placed by its updaters before its first
  frame: `add` runs them once. Manim suspends a mobject's updaters while an
  animation (a fade-in, say) plays on it, so without this a follower would be
  drawn where it was built (often the frame's centre) and jump into place
  when the animation ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from manim import Mobject, Scene

from scenes.toolkit.captions import cues_for_video, write_captions_beside
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

    def cue(self, words: Words | str, /, *, settle: float = 0.0, **values: object) -> Cue:
        """A beat's narration: ``with self.cue("...{@mark}...") as cue: ...``.

        ``settle`` rests the picture that many seconds after the words (a key
        result; see `Cue`)."""
        if isinstance(words, str):
            words = say(words, **values)
        return Cue(self, words, settle=settle)

    def play(self, *args: Any, **kwargs: Any) -> None:
        start = float(self.time)
        super().play(*args, **kwargs)
        renderer = getattr(self, "renderer", None)
        if renderer is not None and not renderer.skip_animations:
            # A stretch of scene time the video shows, and the section it belongs to.
            sections = getattr(renderer.file_writer, "sections", [None])
            self.__dict__.setdefault("rendered_stretches", []).append(
                (len(sections) - 1, start, float(self.time)))

    def render(self, preview: bool = False) -> bool | None:
        result = super().render(preview)
        self._write_captions()
        return result

    def _write_captions(self) -> None:
        """Captions beside the video and each section clip, on their own clocks."""
        writer = getattr(self.renderer, "file_writer", None)
        if writer is None or not writer.subcaptions or not writer.output_spec.is_video \
                or not writer.output_spec.enabled:
            return
        stretches = self.__dict__.get("rendered_stretches", [])
        plan = writer.output_plan
        if plan.subcaption_file is not None:
            write_captions_beside(plan.subcaption_file, cues_for_video(
                writer.subcaptions, [(a, b) for _, a, b in stretches]))
        if writer.output_spec.save_sections:
            for index, section in enumerate(writer.sections):
                clip = writer.sections_output_dir / section.video if section.video else None
                if clip is not None and clip.exists():
                    write_captions_beside(clip, cues_for_video(
                        writer.subcaptions, [(a, b) for i, a, b in stretches if i == index]))

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
