"""Narration: the words are data, and the picture's pace comes from them.

A beat is a `Cue`: a context manager around the animations its words
describe, in the shape of manim-voiceover's ``with self.voiceover(text=...)``.

    with Cue(self, say("Grow the contour from {w_hat}{@grow}: the loss rises.")) as cue:
        self.play(Reveal(dot))
        cue.play(sweep_animation, until="grow")   # starts now, ends at the bookmark
        cue.play(other, until=cue.END)            # stretched to the end of the words

The cue's length comes from a `Narrator`: by default the time a viewer needs to
read the caption (`ReadingNarrator`, 15 characters a second); with
REGVIZ_VOICE=flite, a voice (`scenes.toolkit.voice`): the spoken text's audio
length, the audio added at the cue's start, without touching a scene.
When the cue ends, the scene holds whole frames until the words are done, and
the caption is written to the scene's subtitles, split into cues of at most
two lines of `LINE_CHARACTERS`, each shown for its share of the words. Every
cue is also recorded on the scene (`narration_log`) with its section, for
speaker notes and for the tests that check what the words claim.

A beat whose animations run longer than its words keeps its caption until
they end, so the picture never changes under no words; the next beat starts
after it, so captions never overlap.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from manim import config

from regmath.errors import InvalidArgumentError
from scenes.toolkit.notation import Words, say

if TYPE_CHECKING:
    from manim import Animation, Scene

__all__ = [
    "Cue",
    "Narrator",
    "ReadingNarrator",
    "NarrationRecord",
    "narrate",
    "hold",
    "cue_reading_seconds",
    "reading_seconds",
    "caption_chunks",
    "paced",
    "lecture_mode",
    "set_narrator",
    "current_narrator",
    "READING_SECONDS_PER_CHAR",
    "MIN_CAPTION_SECONDS",
    "LINE_CHARACTERS",
    "KEY_SETTLE_SECONDS",
]

#: 15 characters a second: a subtitle reading speed for a learner who also has to
#: watch the picture (broadcast guidelines give 13-15 for educational captions;
#: reviewers found 17 too dense on mathematical captions).
READING_SECONDS_PER_CHAR = 1.0 / 15.0
#: No subtitle is shown for less than this.
MIN_CAPTION_SECONDS = 2.0
#: A caption line holds at most this many characters; a cue at most two lines.
LINE_CHARACTERS = 42
#: A key beat's result rests on screen this long after its words, with no caption,
#: so a viewer can look at it before the next words arrive (``Cue(settle=...)``).
KEY_SETTLE_SECONDS = 1.5
#: A sentence shorter than this shares its subtitle cue with the next one.
SHORT_SENTENCE = 24


#: Symbols of an equation take longer to read than letters of a word.
MATH_SYMBOLS = set("=≤≥<>∇λ∂‖∈×−+*ŵ₁₂⁻¹/()")
#: How many letters one such symbol counts as.
MATH_SYMBOL_WEIGHT = 2.5


def _reading_letters(text: str) -> float:
    """How many letters ``text`` reads as: an equation's symbols count
    MATH_SYMBOL_WEIGHT letters each."""
    symbols = sum(1 for char in text if char in MATH_SYMBOLS)
    return len(text) + (MATH_SYMBOL_WEIGHT - 1.0) * symbols


def cue_reading_seconds(chunk: str) -> float:
    """How long one subtitle cue must stay on screen: 15 letters a second by
    `_reading_letters`, and never less than MIN_CAPTION_SECONDS."""
    return max(MIN_CAPTION_SECONDS,
               _reading_letters(chunk.replace("\n", " ")) * READING_SECONDS_PER_CHAR)


def reading_seconds(text: str) -> float:
    """How long ``text`` must stay on screen to be read: the sum of its subtitle cues'
    `cue_reading_seconds`. Summing per cue keeps a short cue that follows a long one
    ("Take gᵀ of both sides:") on screen as long as any subtitle, and gives a cue full
    of symbols the time its symbols need (reviews r74: 1.7 s was too short to read)."""
    return max(MIN_CAPTION_SECONDS,
               sum(cue_reading_seconds(chunk) for chunk in caption_chunks(text)))


def paced(cue: Any, *, chars_per_second: float, at_least: float) -> Any:
    """``cue`` held at least ``at_least`` seconds, and long enough that each of its
    subtitles (shown for its share of the cue by `cue_reading_seconds`) is read at no more
    than ``chars_per_second``: a slower pace for a beat that carries an argument. Its marks
    keep their places in the words (fractions of its length). Call it first in the cue."""
    chunks = caption_chunks(cue.words.caption)
    weights = [cue_reading_seconds(chunk) for chunk in chunks]
    total = sum(weights)
    need = max(len(chunk) / chars_per_second * total / weight
               for chunk, weight in zip(chunks, weights))
    cue.duration = max(cue.duration, need, at_least)
    return cue


class Narrator(Protocol):
    """Decides how long words take (a reader's pace, or a voice's audio)."""

    def duration(self, words: Words) -> float: ...

    def mark_fraction(self, words: Words, mark: str) -> float: ...


class ReadingNarrator:
    """Words last as long as their caption takes to read.

    A reader sees a whole subtitle cue at once, so a bookmark falls shortly after
    the cue that holds it appears (READING_LAG of the way from the cue's start
    to the bookmark's place in it), not where a voice would say it.
    """

    #: How far into a cue, towards the bookmark's own place, its animation starts.
    READING_LAG = 0.3

    def duration(self, words: Words) -> float:
        return reading_seconds(words.caption)

    def mark_fraction(self, words: Words, mark: str) -> float:
        # The cue that holds the bookmark's character, found by character offsets
        # (cues are the caption's words in order, one space apart): a bookmark at the
        # start of a sentence that opens a new cue belongs to that cue, not the one
        # before, so its animation starts when its words appear.
        index = round(words.marks[mark][0] * len(words.caption))
        chunks = caption_chunks(words.caption)
        offset = 0
        for k, (chunk, (begin, end)) in enumerate(zip(chunks, chunk_spans(words.caption))):
            length = len(chunk.replace("\n", " "))
            if index <= offset + length or k == len(chunks) - 1:
                inside = min(max(index - offset, 0), length) / max(length, 1)
                return begin + self.READING_LAG * inside * (end - begin)
            offset += length + 1  # the space between two cues
        return 0.0


#: The environment variable that chooses the mode: "film" (default) or "lecture".
MODE_VARIABLE = "REGVIZ_MODE"
MODES = ("film", "lecture")


def lecture_mode() -> bool:
    """Whether beats skip their reading holds and subtitles (REGVIZ_MODE=lecture).

    Film (the default) is for a viewer alone: each beat lasts as long as its words.
    Lecture is for a lecturer who speaks the words: animations keep the pace their
    words give them, but nothing is held for reading, and the words go to the slide
    deck's speaker notes instead of subtitles.
    """
    mode = os.environ.get(MODE_VARIABLE, "film").strip().lower() or "film"
    if mode not in MODES:
        raise InvalidArgumentError(MODE_VARIABLE, f"must be film or lecture, got {mode!r}")
    return mode == "lecture"


def _default_narrator() -> Narrator:
    """A voice if REGVIZ_VOICE names one (`scenes.toolkit.voice`), else a reader's pace."""
    from scenes.toolkit.voice import voice_from_environment

    return voice_from_environment() or ReadingNarrator()


_NARRATOR: Narrator = _default_narrator()


def set_narrator(narrator: Narrator) -> None:
    """Use ``narrator`` for every cue from now on (a voice, say)."""
    global _NARRATOR
    _NARRATOR = narrator


def current_narrator() -> Narrator:
    return _NARRATOR


@dataclass(frozen=True)
class NarrationRecord:
    """One beat's words as the scene played them: times in seconds of video."""

    words: Words
    start: float
    end: float
    section: str


def _section_name(scene: Scene) -> str:
    writer = getattr(getattr(scene, "renderer", None), "file_writer", None)
    sections = getattr(writer, "sections", None)
    if sections:
        return str(getattr(sections[-1], "name", ""))
    return str(getattr(scene, "_current_beat", ""))


class Cue:
    """One beat: its words, the animations they describe, and the hold after them.

    ``settle`` (seconds, film mode only) rests the picture after the words are
    read, with no caption, so a key result is looked at before the next beat; a
    lecturer speaks at their own pace, so lecture mode skips it.
    """

    #: ``until=Cue.END``: stretch to the end of the words.
    END = "__end__"

    def __init__(self, scene: Scene, words: Words | str, *,
                 narrator: Narrator | None = None, settle: float = 0.0) -> None:
        if not settle >= 0.0:
            raise InvalidArgumentError("settle", f"must be >= 0 seconds, got {settle!r}")
        self.scene = scene
        self.settle = float(settle)
        self.words = words if isinstance(words, Words) else say(words)
        self.narrator = narrator or current_narrator()
        self.start = 0.0
        self.duration = 0.0

    # ------------------------------------------------------------- context
    def __enter__(self) -> Cue:
        self.start = float(self.scene.time)
        self.duration = float(self.narrator.duration(self.words))
        audio = getattr(self.narrator, "audio", None)
        if audio is not None:  # a voice: its words play from the cue's start
            self.scene.add_sound(str(audio(self.words)))
        return self

    def __exit__(self, kind: object, value: object, traceback: object) -> bool:
        if kind is not None:
            return False
        if lecture_mode():
            # The lecturer speaks: no hold for reading, no subtitles; the words stay in
            # the log for the speaker notes. A beat with no motion keeps one frame, so
            # its section (a slide) has a clip.
            if self.elapsed <= 0.0:
                hold(self.scene, 1.0 / config.frame_rate)
        else:
            hold(self.scene, self.remaining)
            write_captions(self.scene, self.words.caption, self.start, float(self.scene.time))
            hold(self.scene, self.settle)  # after the caption: the picture rests wordless
        end = float(self.scene.time)
        self.scene.__dict__.setdefault("narration_log", []).append(
            NarrationRecord(self.words, self.start, end, _section_name(self.scene)))
        return False

    # ---------------------------------------------------------------- time
    @property
    def elapsed(self) -> float:
        return float(self.scene.time) - self.start

    @property
    def remaining(self) -> float:
        return max(self.duration - self.elapsed, 0.0)

    def time_of(self, mark: str) -> float:
        """Seconds from the cue's start to where the words reach ``mark``."""
        if mark == self.END:
            return self.duration
        if mark not in self.words.marks:
            raise KeyError(f"mark: no bookmark {mark!r} in {self.words.caption!r}")
        return self.duration * self.narrator.mark_fraction(self.words, mark)

    def until(self, mark: str) -> float:
        """Seconds from now to ``mark`` (at least one frame)."""
        return max(self.time_of(mark) - self.elapsed, 1.0 / config.frame_rate)

    # ------------------------------------------------------------- actions
    def play(self, *animations: Animation, at: str | None = None, until: str | None = None,
             **kwargs: Any) -> None:
        """Play ``animations``: from the bookmark ``at`` (now if None), stretched to end at
        the bookmark ``until`` (their own length if None)."""
        if at is not None:
            self.wait_until(at)
        if until is not None:
            kwargs["run_time"] = self.until(until)
        self.scene.play(*animations, **kwargs)

    def wait_until(self, mark: str) -> None:
        """Hold until the words reach ``mark`` (no-op if they already have, or in a lecture)."""
        if not lecture_mode():
            hold(self.scene, self.time_of(mark) - self.elapsed)


def narrate(scene: Scene, words: Words | str, *animations: Animation,
            **play_kwargs: Any) -> None:
    """A beat in one call: play ``animations`` under ``words``, then hold for them."""
    with Cue(scene, words) as cue:
        if animations:
            cue.play(*animations, **play_kwargs)


def hold(scene: Scene, seconds: float) -> None:
    """Hold the last frame for at least ``seconds``, in whole frames.

    Manim's ``wait(d)`` shows ⌊d · fps⌋ frames, so a subtitle lasting exactly
    d would still be on screen when the next beat's subtitle starts (by up to
    one frame, 67 ms at 15 fps). Rounding the hold up keeps cues apart.
    """
    if seconds <= 1e-9:
        return
    frames = math.ceil(seconds * config.frame_rate - 1e-9)
    # Nothing moves while the words are read, so the frame is frozen even when some
    # mobject still has an updater (Manim would otherwise redraw every held frame).
    scene.wait((frames + 0.5) / config.frame_rate, frozen_frame=True)  # Manim drops the half frame


def chunk_spans(caption: str) -> list[tuple[float, float]]:
    """Where each subtitle cue of ``caption`` starts and ends, as fractions of its time
    (each cue is shown for its share of the reading time, `cue_reading_seconds`)."""
    weights = [cue_reading_seconds(chunk) for chunk in caption_chunks(caption)]
    total = float(sum(weights))
    spans, begin = [], 0.0
    for weight in weights:
        spans.append((begin, begin + weight / total))
        begin += weight / total
    return spans


def write_captions(scene: Scene, caption: str, start: float, end: float) -> None:
    """Subtitle cues covering [start, end], each at most two lines, timed by length."""
    now = float(scene.time)
    for chunk, (a, b) in zip(caption_chunks(caption), chunk_spans(caption)):
        begin = start + (end - start) * a
        scene.add_subcaption(chunk, duration=(end - start) * (b - a), offset=begin - now)


def caption_chunks(caption: str, *, width: int = LINE_CHARACTERS) -> list[str]:
    """The caption as subtitle cues of at most two balanced lines of ``width`` characters.

    Each sentence becomes as few cues as its length needs, cut at words into
    pieces of about equal length (so no cue holds a lone word); short
    sentences that fit together share a cue. A line never ends at "=", "≤",
    "≥" or a sign, so an equation is not split from its value, and a break inside
    brackets is avoided, so a point "(0.24, 0.51)" stays whole.
    """
    sentences = [s for s in re.split(r"(?<=[.!?;])\s+", caption.strip()) if s]
    # A very short sentence ("Now move ŵ.") would be a cue too brief to read: it
    # shares its cue with the next sentence.
    merged: list[str] = []
    for sentence in sentences:
        if merged and len(merged[-1]) < SHORT_SENTENCE:
            merged[-1] = f"{merged[-1]} {sentence}"
        else:
            merged.append(sentence)
    if len(merged) > 1 and len(merged[-1]) < SHORT_SENTENCE:
        merged[-2:] = [f"{merged[-2]} {merged[-1]}"]  # a short last one joins the one before
    sentences = merged
    pieces: list[list[str]] = []
    for sentence in sentences:
        words = _tokens(sentence)
        count = max(1, math.ceil(len(" ".join(words)) / (2 * width)))
        while True:
            parts = _split_even(words, count)
            lines = [_two_lines(part, width) for part in parts]
            if all(line is not None for line in lines) or count > len(words):
                break
            count += 1
        pieces.extend(_two_lines(part, width) or [" ".join(part)] for part in parts)
    chunks: list[list[str]] = []
    for lines in pieces:
        if chunks and len(chunks[-1]) == 1 and len(lines) == 1:
            chunks[-1] = chunks[-1] + lines  # two one-line sentences share a cue
        else:
            chunks.append(lines)
    return ["\n".join(lines) for lines in chunks]


_GLUE = {"=", "≈", "≤", "≥", "<", ">", "+", "−", "-", "×", "∈", "⇔", "→"}


def _tokens(sentence: str) -> list[str]:
    """Words, with relation and sign symbols glued to their neighbours."""
    words = sentence.split()
    out: list[str] = []
    glue_next = False
    for word in words:
        if out and (glue_next or word in _GLUE):
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
        glue_next = word in _GLUE
    return out


#: A break after a clause (a word ending in one of these) is worth this many characters
#: of imbalance: cues and lines end at a comma or colon when one is near.
CLAUSE_BONUS = 24
_CLAUSE_END = (",", ":", ";", "—")
#: A break inside brackets ("w* = (0.24,⏎0.51)", "f(x,⏎y)") costs this many characters
#: of imbalance: a point or an argument list is read as one thing.
BRACKET_PENALTY = 80
_OPEN, _CLOSE = "([{", ")]}"


def _break_cost(words: list[str], k: int, target: float) -> float:
    """How bad a break before words[k] is: distance from the target length, less a
    bonus after a clause's end."""
    before = " ".join(words[:k])
    depth = sum(before.count(c) for c in _OPEN) - sum(before.count(c) for c in _CLOSE)
    if depth > 0:
        return abs(len(before) - target) + BRACKET_PENALTY
    bonus = CLAUSE_BONUS if words[k - 1].endswith(_CLAUSE_END) else 0.0
    return abs(len(before) - target) - bonus


def _split_even(words: list[str], count: int) -> list[list[str]]:
    """``words`` cut into ``count`` runs of about equal length, at clause ends when near."""
    if count <= 1 or len(words) <= 1:
        return [words]
    total = len(" ".join(words))
    k = min(range(1, len(words)), key=lambda j: _break_cost(words, j, total / count))
    return [words[:k], *_split_even(words[k:], count - 1)]


def _two_lines(words: list[str], width: int) -> list[str] | None:
    """``words`` on one line, or two lines as equal as possible, each within ``width``."""
    text = " ".join(words)
    if len(text) <= width:
        return [text]
    best: tuple[float, list[str]] | None = None
    for k in range(1, len(words)):
        first, second = " ".join(words[:k]), " ".join(words[k:])
        if len(first) <= width and len(second) <= width:
            cost = _break_cost(words, k, len(text) / 2)
            if best is None or cost < best[0]:
                best = (cost, [first, second])
    return None if best is None else best[1]
