"""Run a scene without writing video, record what it shows, and check it as a viewer would.

`dry_run` plays a whole scene with no output. Mixing `Recorder` into a scene
class records, at every frame, where each visible mobject is; every play's
time span; and every TeX string put on screen. The checks below read those
records: nothing jumps, nothing enters the caption strip or leaves the frame,
every motion plays under words, captions fit two lines.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from manim import (
    Animation,
    AnimationGroup,
    ImageMobject,
    Indicate,
    Mobject,
    Scene,
    SingleStringMathTex,
    Tex,
    VMobject,
    Wait,
    config,
    tempconfig,
)

from scenes.toolkit.emphasis import Indicate as SeenIndicate
from scenes.toolkit.emphasis import unseen
from scenes.toolkit.narration import LINE_CHARACTERS
from scenes.toolkit.readout import Readout
from scenes.toolkit.style import CAPTION_TOP

#: The frame rate of the recorded dry runs (scene tests and lecturer variants): every
#: updater and animation still runs, each frame is checked, at a third of the cost of
#: -ql's 15 fps (L1Tangency: 25 s of CPU against 46 s). The jump check scales with it.
RECORDING_FRAME_RATE = 5
#: A visible mobject moving faster than this (scene units a second) between two
#: frames has jumped: no motion in the story is that fast.
JUMP_SPEED = 14.0
#: A mobject counts as visible when some part of it is at least this opaque.
VISIBLE_ALPHA = 0.05
#: A line is read as said at this opacity or more (a line dimmed to 0.3 is set aside;
#: one fading out is still read until it is half gone).
READABLE_ALPHA = 0.5
#: Points may deviate this much (scene units) from a common shift in a rigid move.
RIGID_TOLERANCE = 1e-3
#: The longest a frame may stand still (seconds), the scene's last frame included: a
#: beat's animations stretch across its words (issue "Every scene teaches": after a
#: 1–2 s animation the frame held 5–8 s while the viewer read).
MAX_HOLD = 4.0


def dry_run(scene_class: type[Scene], tmp_path: Path, *, frame_rate: int | None = None,
            draw: bool = False) -> Scene:
    """Construct and play the whole scene with no output (TeX cached under tmp_path).

    Every frame's updaters and animations run as in a real render; unless
    ``draw``, the pixels are not drawn (the checks read mobjects, not pixels),
    which makes a dry run about four times faster.
    """
    options: dict[str, Any] = {"dry_run": True, "media_dir": str(tmp_path),
                               "quality": "low_quality", "disable_caching": True,
                               "verbosity": "ERROR", "progress_bar": "none"}
    if frame_rate is not None:
        options["frame_rate"] = frame_rate
    with tempconfig(options):
        scene = scene_class()
        if not draw:
            scene.renderer.update_frame = lambda *args, **kwargs: None
            scene.renderer.get_frame = lambda: None
            scene.renderer.save_static_frame_data = lambda *args, **kwargs: None
        scene.render()
        scene.recorded_frame_rate = config.frame_rate
    return scene


def coords(scene_or_axes, points: np.ndarray) -> np.ndarray:
    """Scene points (k, 3) back to problem coordinates (k, 2) through a scene's axes."""
    axes = scene_or_axes.axes if isinstance(scene_or_axes, Scene) else scene_or_axes
    pts = np.atleast_2d(points)
    return np.array([axes.point_to_coords(p)[:2] for p in pts])


def anchors(mobject) -> np.ndarray:
    """The corner points of a polyline VMobject (every fourth Bézier control point)."""
    return mobject.points[::4]


def polyline_coords(axes, mobject) -> np.ndarray:
    """A polyline's corners (its start anchors and its end) in problem coordinates."""
    return coords(axes, np.vstack([anchors(mobject), mobject.get_end()]))


class BeatRecorder:
    """Mixin that records the name of every ``next_section`` (a dry run keeps none)."""

    def next_section(self, name: str = "unnamed", *args, **kwargs) -> None:
        self.__dict__.setdefault("beats", []).append(name)
        super().next_section(name, *args, **kwargs)  # type: ignore[misc]


@dataclass
class Frame:
    """What was on screen at one moment: per top-level mobject, its visible box."""

    time: float
    boxes: dict[int, tuple[np.ndarray, np.ndarray, str]] = field(default_factory=dict)


def _most_opaque(rgbas: np.ndarray | None) -> float:
    """The largest alpha of a (k, 4) rgba array, 0 when empty. One row (a uniform colour)
    is the usual case and is read without a numpy reduction: the recorder asks this for
    every family member at every frame (445,000 reductions in one dry run)."""
    if rgbas is None or not len(rgbas):
        return 0.0
    if len(rgbas) == 1:
        return float(rgbas[0, 3])
    return float(rgbas[:, 3].max())


def _members_with_points(mobject: Mobject) -> list[Mobject]:
    """``mobject.family_members_with_points()``, the same list, by a plain walk:
    Manim's recursive generators and its de-duplication took a tenth of a dry run
    when the recorder asked for every top-level family at every frame."""
    family: list[Mobject] = []
    stack = [mobject]
    while stack:
        member = stack.pop()
        family.append(member)
        stack.extend(reversed(member.submobjects))
    if len({id(m) for m in family}) < len(family):
        # A member met twice is kept at its last place, as Manim keeps it.
        last = {id(m): i for i, m in enumerate(family)}
        family = [m for i, m in enumerate(family) if last[id(m)] == i]
    return [m for m in family if len(m.points)]


def _alpha(member: Mobject) -> float:
    """How opaque the most opaque part of one family member is (0 when it draws nothing)."""
    if isinstance(member, ImageMobject):
        return 1.0
    if not isinstance(member, VMobject):
        return 0.0  # a ValueTracker keeps its value as a point: nothing to see
    alpha = _most_opaque(getattr(member, "fill_rgbas", None))
    if (getattr(member, "stroke_width", 1.0) or 0) > 0:
        alpha = max(alpha, _most_opaque(getattr(member, "stroke_rgbas", None)))
    return alpha


def _visible_box(mobject: Mobject, members: list[Mobject] | None = None
                 ) -> tuple[np.ndarray, np.ndarray] | None:
    """The box of the visible parts of ``mobject``, or None when nothing is visible.

    ``members`` is its ``family_members_with_points()`` when the caller has it
    (the recorder reads the family once a frame: it was 40 % of a dry run).
    """
    if members is None:
        members = mobject.family_members_with_points()
    visible = [m.points for m in members if _alpha(m) >= VISIBLE_ALPHA]
    if not visible:
        return None
    points = np.concatenate(visible) if len(visible) > 1 else visible[0]
    return points.min(axis=0), points.max(axis=0)


class Recorder(BeatRecorder):
    """Mixin recording frames, plays and on-screen TeX (put it before the scene class)."""

    def _name_of(self, mobject: Mobject) -> str:
        """`_describe(mobject)`, worked out once per object (it walks a group's family)."""
        names = self.__dict__.setdefault("_names", {})
        known, name = names.get(id(mobject), (None, ""))
        if known is not mobject:
            name = _describe(mobject)
            names[id(mobject)] = (mobject, name)
        return name

    def _record_frame(self) -> None:
        frame = Frame(float(self.time))
        # The last frame's shapes, keyed by id with the mobject itself: an id alone can be
        # reused by a new mobject once the old one is collected, and a new object the
        # size of an old one read as the old one moving (a false 3.6-unit "jump" in one
        # ShrinkagePaths variant, not reproducible alone). Only what is on screen now
        # is kept.
        previous_shapes = self.__dict__.get("_shapes", {})
        shapes: dict[int, tuple[Mobject, np.ndarray]] = {}
        moved = self.__dict__.setdefault("rigid_moves", [])
        for mobject in self.mobjects:
            members = _members_with_points(mobject)
            if not members:
                continue
            every = [m.points for m in members]
            visible = [pts for m, pts in zip(members, every) if _alpha(m) >= VISIBLE_ALPHA]
            if not visible:
                continue
            seen = visible[0] if len(visible) == 1 else np.concatenate(visible)
            frame.boxes[id(mobject)] = (seen.min(axis=0), seen.max(axis=0),
                                        self._name_of(mobject))
            points = every[0].copy() if len(every) == 1 else np.concatenate(every)
            known, previous = previous_shapes.get(id(mobject), (None, None))
            if known is mobject and previous.shape == points.shape:
                change = points - previous
                # Most shapes stand still most frames: nothing to test then.
                if change.any():
                    shift = change.mean(axis=0)
                    # A rigid move: every point shifted alike (a dot, a label), not a
                    # curve redrawn in another shape.
                    if np.max(np.abs(change - shift)) < RIGID_TOLERANCE:
                        moved.append((frame.time, type(mobject).__name__,
                                      float(np.linalg.norm(shift))))
            shapes[id(mobject)] = (mobject, points)
        self._shapes = shapes
        self.__dict__.setdefault("frames", []).append(frame)
        self._record_live_lines(frame.time)

    def _record_live_lines(self, time: float) -> None:
        """With ``live_claims`` (tests.claims.LiveClaims) on the class: the data's state
        now and the lines shown that its rules speak about, for `check_live`."""
        live = getattr(type(self), "live_claims", None)
        if live is None:
            return
        state = live.state(self)
        if state is None:
            return
        known = self.__dict__.setdefault("_live_lines", {})

        def spoken_of(tex: str) -> bool:
            if tex not in known:
                known[tex] = live.speaks_about(tex)
            return known[tex]

        lines = frozenset(shown_tex(self, spoken_of, alpha=READABLE_ALPHA))
        if lines:
            self.__dict__.setdefault("live_frames", []).append((time, state, lines))

    def update_to_time(self, t: float) -> None:
        super().update_to_time(t)  # type: ignore[misc]
        self._record_frame()

    def play(self, *args, **kwargs) -> None:
        start = float(self.renderer.time)
        marks = self.__dict__.setdefault("unseen_emphasis", [])
        marks.extend((round(start, 2), name) for name in _unseen_indicates(args))
        shown = {id(m): m for top in self.mobjects for m in _members_with_points(top)
                 if _alpha(m) >= VISIBLE_ALPHA}
        super().play(*args, **kwargs)  # type: ignore[misc]
        end = float(self.renderer.time)
        animations = getattr(self, "animations", None) or []
        self._record_vanished(start, shown, animations)
        still = all(isinstance(a, Wait) for a in animations)
        self.__dict__.setdefault("plays", []).append((start, end, still))
        self._collect_tex()

    def _record_vanished(self, start: float, shown: dict[int, Mobject],
                         animations: Sequence[Animation]) -> None:
        """A group drawn before a play whose own points are gone after it while its parts
        are still drawn, though no animation of the play removes it: Manim splits a group
        into its parts when some of them are added again as a new group, and the group's
        own points (an axis's line) are then no longer drawn (UnitBalls r94: w₁'s axis
        line gone for half the film). A part swapped out whole (a readout's digits) is not
        this: only a group whose parts outlive it counts."""
        after = {id(m) for top in self.mobjects for m in top.get_family()}
        removed = {id(m) for a in _leaf_animations(animations) if _removes(a)
                   for m in a.mobject.get_family()}
        lost = [m for key, m in shown.items() if key not in after and key not in removed
                and any(id(part) in after for part in m.get_family()[1:])]
        if lost:
            self.__dict__.setdefault("vanished", []).extend(
                (round(start, 2), self._name_of(m)) for m in lost)

    def add(self, *mobjects: Mobject):
        result = super().add(*mobjects)  # type: ignore[misc]
        # Only what is added is new: an animation's start adds its mobject, and walking
        # every family on screen at each add was a fifth of a dry run. Each play ends
        # with a walk of all (a transform can change a family in place).
        self._collect_tex(mobjects)
        return result

    def _collect_tex(self, mobjects: Sequence[Mobject] | None = None) -> None:
        texts = self.__dict__.setdefault("screen_texts", set())
        for mobject in self.mobjects if mobjects is None else mobjects:
            for member in mobject.get_family():
                if isinstance(member, (SingleStringMathTex, Tex)):
                    texts.add(member.tex_string)


def _scene_line() -> str:
    """file:line of the innermost scene code on the stack (where a play was asked for)."""
    for frame in reversed(traceback.extract_stack()):
        if (f"{os.sep}scenes{os.sep}" in frame.filename
                and f"{os.sep}toolkit{os.sep}" not in frame.filename):
            return f"{Path(frame.filename).name}:{frame.lineno}"
    return "?"


def _unseen_indicates(animations: Sequence[Any]) -> list[str]:
    """The mobjects of Manim's own `Indicate`s among ``animations`` (groups opened) that
    change nothing a viewer sees (`emphasis.unseen`: white text indicated in white at
    scale 1). The toolkit's `emphasis.Indicate` is always seen, so it is not listed."""
    found: list[str] = []
    pending = list(animations)
    while pending:
        animation = pending.pop()
        if isinstance(animation, AnimationGroup):
            pending.extend(animation.animations)
        elif (isinstance(animation, Indicate) and not isinstance(animation, SeenIndicate)
              and unseen(animation.mobject, animation.color, animation.scale_factor)):
            mobject = animation.mobject
            found.append(f"{getattr(mobject, 'tex_string', None) or type(mobject).__name__}"
                         f" ({_scene_line()})")
    return found


def shown_tex(scene: Scene, wanted: Callable[[str], bool], *,
              alpha: float = VISIBLE_ALPHA) -> list[str]:
    """The TeX strings on screen now whose text ``wanted`` picks and whose most opaque
    part is at least ``alpha`` (a per-frame recorder's read of which lines are shown).
    A `Readout` counts as the line it shows now (`Readout.shown_tex`: its numbers, not the
    zeros it was typeset with), also while a sweep shows it as parts (`Readout.parts`)."""
    shown = []
    for mobject in scene.mobjects:
        for member in mobject.get_family():
            whole = member.__dict__.get("whole_readout")  # a sweep shows it in parts
            if isinstance(member, Readout) or whole is not None:
                text = (whole or member).shown_tex
            elif isinstance(member, SingleStringMathTex):
                text = member.tex_string
            else:
                continue
            if wanted(text) and max((_alpha(m) for m in _members_with_points(member)),
                                    default=0.0) >= alpha:
                shown.append(text)
    return shown


#: How many characters of a text's content name it in a finding.
NAME_CHARACTERS = 32


def _describe(mobject: Mobject) -> str:
    """A mobject's type and, for a text, the start of what it says (several labels of one
    type are told apart in a finding)."""
    name = type(mobject).__name__
    words = getattr(mobject, "tex_string", None) or getattr(mobject, "text", None)
    if not isinstance(words, str):
        texts = [m.tex_string for m in mobject.get_family() if hasattr(m, "tex_string")]
        words = " ".join(texts) if texts else None
    return f"{name} '{words[:NAME_CHARACTERS]}'" if words else name


# ------------------------------------------------------------------ checks
def subtitle_overlaps(scene: Scene) -> list[tuple[str, float]]:
    """Cues that are still on screen when the next one starts, with the overlap in seconds."""
    captions = sorted(scene.renderer.file_writer.subcaptions, key=lambda c: c.start)
    return [(before.content, (before.end - after.start).total_seconds())
            for before, after in zip(captions, captions[1:])
            if (before.end - after.start).total_seconds() > 1e-6]


def jumps(scene: Scene) -> list[tuple[float, str, float]]:
    """(time, mobject type, distance) for every visible mobject that moved rigidly (all its
    points by one shift: a dot, a label) faster than JUMP_SPEED between two frames."""
    step = JUMP_SPEED / scene.recorded_frame_rate
    return [(time, name, shift) for time, name, shift in scene.rigid_moves if shift > step]


def into_caption_strip(scene: Scene) -> list[tuple[float, str, float]]:
    """(time, mobject type, lowest y) for visible mobjects reaching below CAPTION_TOP."""
    found = []
    for frame in scene.frames:
        for low, _, name in frame.boxes.values():
            if low[1] < CAPTION_TOP - 1e-6:
                found.append((frame.time, name, float(low[1])))
    return found


def out_of_frame(scene: Scene) -> list[tuple[float, str]]:
    """Visible mobjects reaching past the frame's edges."""
    half_w, half_h = config.frame_width / 2, config.frame_height / 2
    found = []
    for frame in scene.frames:
        for low, high, name in frame.boxes.values():
            if low[0] < -half_w - 1e-6 or high[0] > half_w + 1e-6 or high[1] > half_h + 1e-6:
                found.append((frame.time, name))
    return found


def silent_motion(scene: Scene) -> list[tuple[float, float]]:
    """Plays that animate something while no caption is showing: (start, end)."""
    captions = [(c.start.total_seconds(), c.end.total_seconds())
                for c in scene.renderer.file_writer.subcaptions]
    found = []
    for start, end, still in scene.plays:
        if still or end - start < 1e-6:
            continue
        covered = any(a <= start + 1e-6 and end <= b + 1e-6 for a, b in _merged(captions))
        if not covered:
            found.append((start, end))
    return found


def _merged(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Touching caption spans joined into one (consecutive cues of one beat)."""
    merged: list[list[float]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1] + 1e-6:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def long_holds(scene: Scene) -> list[tuple[float, float]]:
    """(start, seconds) of every stretch longer than MAX_HOLD in which nothing moves
    (consecutive holds joined)."""
    stretches: list[list[float]] = []
    for start, end, still in scene.plays:
        if not still:
            continue
        if stretches and abs(start - stretches[-1][1]) < 1e-6:
            stretches[-1][1] = end
        else:
            stretches.append([start, end])
    # A hold is whole frames, rounded up (`narration.hold`): allow one frame of rounding.
    frame = 1.0 / getattr(scene, "recorded_frame_rate", config.frame_rate)
    return [(round(a, 2), round(b - a, 2)) for a, b in stretches
            if b - a > MAX_HOLD + frame + 1e-6]


def long_caption_lines(scene: Scene) -> list[str]:
    """Subtitle cues with more than two lines or a line over LINE_CHARACTERS."""
    return [c.content for c in scene.renderer.file_writer.subcaptions
            if len(c.content.splitlines()) > 2
            or any(len(line) > LINE_CHARACTERS for line in c.content.splitlines())]


def per_object(found: list[tuple]) -> list[str]:
    """Frame-by-frame findings ``(time, name, ...)`` summed up as one line per object:
    "name: first–last s (k frames)", in order of first appearance. A list of the first few
    frames hid every later object behind the first one's frames."""
    spans: dict[str, list[float]] = {}
    for time, name, *_ in found:
        first, last, count = spans.get(name, (time, time, 0))
        spans[name] = [min(first, time), max(last, time), count + 1]
    return [f"{name}: {first:.1f}–{last:.1f} s ({int(count)} frames)"
            for name, (first, last, count) in spans.items()]


def _leaf_animations(animations: Sequence[Animation]) -> list[Animation]:
    """The animations of a play with every group (AnimationGroup, LaggedStart, Succession)
    opened."""
    leaves: list[Animation] = []
    for animation in animations:
        inner = getattr(animation, "animations", None)
        leaves.extend(_leaf_animations(inner) if inner else [animation])
    return leaves


def _removes(animation: Animation) -> bool:
    """Whether ``animation`` takes its mobject off the scene when it ends."""
    return bool(animation.is_remover()
                or getattr(animation, "replace_mobject_with_target_in_scene", False))


def viewer_problems(scene: Scene) -> dict[str, list]:
    """Every generic check at once; each value must be empty."""
    return {
        "jumps": jumps(scene),
        "caption strip": per_object(into_caption_strip(scene)),
        "out of frame": per_object(out_of_frame(scene)),
        "silent motion": silent_motion(scene),
        "overlapping subtitles": subtitle_overlaps(scene),
        "long caption lines": long_caption_lines(scene),
        "long holds": long_holds(scene),
        "unseen emphasis": scene.__dict__.get("unseen_emphasis", []),
        "vanished mid-play": scene.__dict__.get("vanished", []),
    }
