"""Labels against strokes and against each other, frame by frame (the layout check).

Every fresh review of the scenes found the same kind of defect: a label that a
line runs through ("the zoom connector strikes ŵ = w* + λH⁻¹g"), a ray hidden
behind a tick number's box, two labels on top of each other. Each was fixed by a
one-off move, and the next review found another. `LayoutRecorder` finds them all
at once: at every frame of a dry run it takes each visible text (Tex, MathTex,
DecimalNumber, Text) and each visible stroke (any other VMobject drawn with a
line), in the order the camera draws them, and records

* ``"struck"``: a stroke's line passes through the text's box and is drawn over
  the text, or under it with nothing opaque between them (a label's dark
  outline from `legible` hides only a hair around each glyph);
* ``"hidden"``: a stroke passes through the text's box but an opaque box drawn
  between them hides it there (a tick number's black box cutting a gap in the
  diamond's outline);
* ``"stacked"``: two texts' boxes overlap;
* ``"small"``: a text drawn below `MIN_FONT_SIZE` (its font size as shown: scaled with
  it, and in a 3D scene as the camera projects it), too small to read at 480p.

`layout_problems` joins the frames into spans and keeps those a viewer would see
(at least ``min_seconds``). A stroke is followed along its Bézier curves (each
cubic cut into `CHORDS` chords), so a long straight axis through a small label is
found, not only its end points. A text is met where one of its glyphs' boxes is
met (a text's own box has empty corners beside superscripts); boxes are shrunk by
`TEXT_MARGIN`/`GLYPH_MARGIN` so that a hair-line graze is not counted.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from manim import (
    DecimalNumber,
    Mobject,
    SingleStringMathTex,
    Tex,
    Text,
    VMobject,
)
from manim.camera.three_d_camera import ThreeDCamera
from manim.utils.family import extract_mobject_family_members

from scenes.toolkit import palette
from tests.scene_helpers import Recorder, _alpha

#: Chords per cubic Bézier when a stroke is followed (a circle drawn with eight cubics
#: strays 0.003 of its radius from four chords each, well under a label's height).
CHORDS = 4
#: Scene units a text's box is shrunk by on every side before a stroke or another box
#: counts as meeting it (glyph boxes are tight; a hair-line graze is not a collision).
TEXT_MARGIN = 0.02
#: The same for each glyph's box, which is smaller.
GLYPH_MARGIN = 0.01
#: A stroke counts from this opacity and this width (a faint guide or a hairline tick
#: under a label is not what a viewer notices).
STROKE_ALPHA = 0.5
STROKE_WIDTH = 1.0
#: A stroke this close to the background's colour (per channel) is a backing.
BACKGROUND_RGB = np.asarray(palette.BACKGROUND.to_rgb())
BACKGROUND_DISTANCE = 0.1
#: A filled shape at least this opaque hides what it covers (a backing box).
OPAQUE = 0.85
#: Two texts are stacked when their boxes overlap by at least this much (scene units)
#: both ways: two pieces of one line set side by side touch, not stack.
STACK_OVERLAP = 0.08
#: ... and two of their glyphs overlap by at least this much both ways.
GLYPH_OVERLAP = 0.02
#: The smallest font size readable at 480p: at 24 a capital is 10.7 px tall there (a
#: lower-case x 6.8 px). Every review flagged labels of 9–11 px capitals at 480p
#: (tick numbers at 20, keys at 26); labels at 36 (16 px) passed.
MIN_FONT_SIZE = 24.0
#: Spans shorter than this (seconds) are a line sweeping past a label, not a defect.
MIN_SECONDS = 0.5

TEXT_TYPES = (SingleStringMathTex, Tex, Text, DecimalNumber)


@dataclass(frozen=True)
class Collision:
    """One span of frames in which a text meets a stroke or another text."""

    kind: str  # "struck", "hidden", "stacked" or "small"
    text: str  # the text as written (its TeX source, or the number shown)
    other: str  # the stroke's type and colour, or the other text
    start: float
    end: float

    @property
    def seconds(self) -> float:
        return self.end - self.start

    def __str__(self) -> str:
        return (f"{self.start:6.1f}–{self.end:6.1f} s  {self.kind:7s}  "
                f"{self.text!r} × {self.other}")


def text_name(text: Mobject) -> str:
    """What a viewer reads: a TeX source, a number's digits or a Text's string."""
    if isinstance(text, DecimalNumber):
        return f"{text.number:g}"
    for attribute in ("tex_string", "text", "original_text"):
        value = getattr(text, attribute, None)
        if isinstance(value, str):
            return value
    return type(text).__name__


def stroke_name(stroke: VMobject) -> str:
    color = stroke.get_stroke_color()
    return f"{type(stroke).__name__}({color.to_hex() if color is not None else '?'})"


def _texts_of(mobject: Mobject, found: list[Mobject]) -> None:
    """The outermost texts in a family (a MathTex, not also each of its parts)."""
    if isinstance(mobject, TEXT_TYPES):
        found.append(mobject)
        return
    for sub in mobject.submobjects:
        _texts_of(sub, found)


def shown_font_size(text: Mobject) -> float | None:
    """The font size a text is drawn at now (Manim's ``font_size`` follows every scale
    since it was made), or None for a text with no height to measure."""
    try:
        size = float(text.font_size)
    except (AttributeError, ZeroDivisionError, FloatingPointError):
        return None
    return size if np.isfinite(size) and size > 0 else None


def _box(points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return points[:, :2].min(axis=0), points[:, :2].max(axis=0)


def _chords(stroke: VMobject) -> tuple[np.ndarray, np.ndarray]:
    """The stroke's curves as chords: (starts, ends), each (k, 2)."""
    points = stroke.points[: len(stroke.points) // 4 * 4, :2]
    if len(points) == 0:
        return np.empty((0, 2)), np.empty((0, 2))
    a0, h0, h1, a1 = (points[i::4] for i in range(4))
    t = np.linspace(0.0, 1.0, CHORDS + 1)[:, None, None]
    curve = ((1 - t) ** 3 * a0 + 3 * (1 - t) ** 2 * t * h0 + 3 * (1 - t) * t ** 2 * h1
             + t ** 3 * a1)  # (CHORDS + 1, cubics, 2)
    return curve[:-1].reshape(-1, 2), curve[1:].reshape(-1, 2)


def _chords_meet_box(starts: np.ndarray, ends: np.ndarray, low: np.ndarray,
                     high: np.ndarray) -> bool:
    """Whether any chord crosses the box [low, high] (Liang–Barsky clipping)."""
    if len(starts) == 0:
        return False
    direction = ends - starts
    t_in = np.zeros(len(starts))
    t_out = np.ones(len(starts))
    inside = np.ones(len(starts), dtype=bool)
    for axis in range(2):
        d = direction[:, axis]
        p = starts[:, axis]
        flat = np.abs(d) < 1e-12
        inside &= ~flat | ((p >= low[axis]) & (p <= high[axis]))
        with np.errstate(divide="ignore", invalid="ignore"):
            t1 = (low[axis] - p) / d
            t2 = (high[axis] - p) / d
        t_in = np.where(flat, t_in, np.maximum(t_in, np.minimum(t1, t2)))
        t_out = np.where(flat, t_out, np.minimum(t_out, np.maximum(t1, t2)))
    return bool(np.any(inside & (t_in <= t_out)))


def _boxes_meet(a: tuple[np.ndarray, np.ndarray], b: tuple[np.ndarray, np.ndarray],
                overlap: float = 0.0) -> bool:
    """Whether two boxes overlap by at least ``overlap`` along both axes."""
    return bool(np.all(np.minimum(a[1], b[1]) - np.maximum(a[0], b[0]) >= overlap))


class LayoutRecorder(Recorder):
    """`Recorder` that also records, per frame, texts meeting strokes and texts."""

    #: A text's part counts as shown from this opacity (tools/layout_report lowers it so a
    #: label faded to get out of a stroke's way still counts as struck).
    text_alpha: float = 0.5

    def _record_frame(self) -> None:
        super()._record_frame()
        time = float(self.time)
        self.__dict__.setdefault("layout_frames", []).append((time, time, self._layout_hits()))

    def play(self, *args, **kwargs) -> None:
        # A still play (a wait, a narration hold) draws one frozen frame and calls no
        # update_to_time, so it is recorded here as one entry spanning the whole hold:
        # holds are where a viewer reads the labels.
        start = float(self.renderer.time)
        recorded = len(self.__dict__.get("layout_frames", []))
        super().play(*args, **kwargs)
        frames = self.__dict__.setdefault("layout_frames", [])
        if len(frames) == recorded:
            frames.append((start, float(self.renderer.time), self._layout_hits()))

    def _layout_hits(self) -> set[tuple[str, str, str]]:
        """(kind, text, other) for every meeting on screen now. In a 3D scene (a
        ThreeDCamera) every shape is first put where the camera shows it (its own
        projection; texts fixed in the frame stay as they are), then checked as in 2D."""
        camera = getattr(getattr(self, "renderer", None), "camera", None)
        if not isinstance(camera, ThreeDCamera):
            return self._flat_hits()
        camera.reset_rotation_matrix()
        saved = []
        for member in extract_mobject_family_members(
                [*self.mobjects, *self.foreground_mobjects], only_those_with_points=True):
            saved.append((member, member.points))
            member.points = camera.transform_points_pre_display(member, member.points)
        try:
            return self._flat_hits()
        finally:
            for member, points in saved:
                member.points = points

    def _flat_hits(self) -> set[tuple[str, str, str]]:
        """(kind, text, other) for every meeting on screen now, in scene coordinates."""
        hits: set[tuple[str, str, str]] = set()
        drawn = extract_mobject_family_members(
            [*self.mobjects, *self.foreground_mobjects], use_z_index=True,
            only_those_with_points=True)
        order = {id(m): k for k, m in enumerate(drawn)}
        texts: list[tuple[str, tuple[np.ndarray, np.ndarray], int, int]] = []
        in_text: set[int] = set()
        roots: list[Mobject] = []
        for mobject in [*self.mobjects, *self.foreground_mobjects]:
            _texts_of(mobject, roots)
        for text in roots:
            members = [m for m in text.family_members_with_points()
                       if _alpha(m) >= self.text_alpha]
            in_text.update(id(m) for m in text.get_family())
            if not members:
                continue
            low, high = _box(np.concatenate([m.points for m in members]))
            if np.any(high - low < 2 * TEXT_MARGIN):
                continue
            indices = [order[id(m)] for m in members if id(m) in order]
            if not indices:
                continue
            # Each glyph's own box: a text's box holds empty corners (beside a
            # superscript, over a subscript) that a line may cross without touching ink.
            glyphs = [(a + GLYPH_MARGIN, b - GLYPH_MARGIN)
                      for a, b in (_box(m.points) for m in members)
                      if np.all(b - a > 2 * GLYPH_MARGIN)]
            texts.append((text_name(text), (low + TEXT_MARGIN, high - TEXT_MARGIN),
                          min(indices), glyphs))
            size = shown_font_size(text)
            if size is not None and size < MIN_FONT_SIZE:
                hits.add(("small", text_name(text), f"font size < {MIN_FONT_SIZE:g}"))
        strokes: list[tuple[str, int, tuple[np.ndarray, np.ndarray], VMobject]] = []
        blockers: list[tuple[int, tuple[np.ndarray, np.ndarray]]] = []
        for index, member in enumerate(drawn):
            if id(member) in in_text or not isinstance(member, VMobject):
                continue
            fill = member.fill_rgbas
            if fill is not None and len(fill) and float(fill[:, 3].min()) >= OPAQUE:
                blockers.append((index, _box(member.points)))
            stroke = member.stroke_rgbas
            if (member.stroke_width or 0) < STROKE_WIDTH or stroke is None or not len(stroke):
                continue
            if float(stroke[:, 3].max()) < STROKE_ALPHA or len(member.points) < 4:
                continue
            # A line in the background's colour is a backing (another label's dark outline,
            # a gap-maker), invisible on the background: not a stroke a viewer sees.
            if float(np.abs(stroke[:, :3] - BACKGROUND_RGB).max()) < BACKGROUND_DISTANCE:
                continue
            strokes.append((stroke_name(member), index, _box(member.points), member))
        for name, box, first, glyphs in texts:
            for other, stroke_index, stroke_box, stroke in strokes:
                if not _boxes_meet(box, stroke_box):
                    continue
                chords = _chords(stroke)
                if not any(_chords_meet_box(*chords, *glyph) for glyph in glyphs
                           if _boxes_meet(glyph, stroke_box)):
                    continue
                hidden = stroke_index < first and any(
                    stroke_index < index < first and _boxes_meet(box, blocker)
                    and np.all(blocker[0] <= box[0]) and np.all(box[1] <= blocker[1])
                    for index, blocker in blockers)
                hits.add(("hidden" if hidden else "struck", name, other))
        for k, (name, box, _, glyphs) in enumerate(texts):
            for other, other_box, _, other_glyphs in texts[k + 1:]:
                if not _boxes_meet(box, other_box, STACK_OVERLAP):
                    continue
                if any(_boxes_meet(a, b, GLYPH_OVERLAP) for a in glyphs for b in other_glyphs):
                    hits.add(("stacked", *sorted((name, other))))
        return hits


def layout_problems(scene, *, min_seconds: float = MIN_SECONDS) -> list[Collision]:
    """Spans of at least ``min_seconds`` in which a text meets a stroke or a text.

    A span runs over consecutive records (an animated frame, or a hold as one
    record from its start to its end) holding the same meeting (same kind, text
    and other); one record without it ends it. Its end includes the last frame's
    time on screen.
    """
    records = getattr(scene, "layout_frames", [])
    step = 1.0 / scene.recorded_frame_rate
    open_spans: dict[tuple[str, str, str], list[float]] = {}
    closed: list[Collision] = []
    for start, end, hits in records:
        shown_until = end + step if end == start else end
        for key in list(open_spans):
            if key not in hits:
                closed.append(Collision(*key, *open_spans.pop(key)))
        for key in hits:
            if key in open_spans:
                open_spans[key][1] = shown_until
            else:
                open_spans[key] = [start, shown_until]
    closed.extend(Collision(*key, a, b) for key, (a, b) in open_spans.items())
    return sorted((c for c in closed if c.seconds >= min_seconds - 1e-9),
                  key=lambda c: (c.start, c.kind, c.text))
