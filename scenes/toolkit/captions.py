"""Captions in the formats lecture tools load, timed to the video they sit beside.

Manim writes the scene's subtitle cues as ``<Scene>.srt`` next to the video, in
the scene's own time, all of them, even when ``-n 5,9`` renders only some
animations or ``--save_sections`` cuts the video into clips. A story scene
rewrites them for what was rendered: the cues of the rendered stretches, on the
video's clock (`cues_for_video`), as ``.srt`` and as ``.vtt`` beside the video
and beside every section clip. PowerPoint (WebVTT only), Keynote and a
browser's ``<track>`` element cannot load SubRip, hence WebVTT
(W3C, https://www.w3.org/TR/webvtt1/).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

import srt

__all__ = ["webvtt", "write_webvtt", "cues_for_video", "write_captions_beside"]

#: A cue that shows for less than this in the rendered video is dropped (seconds).
SHORTEST_CUE = 0.05


def _timestamp(at: timedelta) -> str:
    """WebVTT's ``hh:mm:ss.ttt`` (SubRip uses a comma before the milliseconds)."""
    # Whole milliseconds, truncated as the `srt` package writes SubRip times, so the
    # two files of one video agree to the millisecond.
    milliseconds = max(at // timedelta(milliseconds=1), 0)
    hours, rest = divmod(milliseconds, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def webvtt(cues: Iterable[Any]) -> str:
    """The cues (objects with ``start``, ``end`` timedeltas and ``content``) as a WebVTT file,
    in time order. A blank line inside a cue would end it, so blank lines are dropped."""
    blocks = ["WEBVTT"]
    for cue in sorted(cues, key=lambda c: (c.start, c.end)):
        lines = [line for line in str(cue.content).splitlines() if line.strip()]
        text = "\n".join(lines).replace("-->", "→")  # "-->" is the timing separator
        blocks.append(f"{_timestamp(cue.start)} --> {_timestamp(cue.end)}\n{text}")
    return "\n\n".join(blocks) + "\n"


def write_webvtt(cues: Iterable[Any], srt_path: Path) -> Path:
    """Write the cues as WebVTT beside ``srt_path`` (same name, ``.vtt``); return its path."""
    path = Path(srt_path).with_suffix(".vtt")
    path.write_text(webvtt(cues), encoding="utf-8")
    return path


def cues_for_video(cues: Iterable[Any], rendered: Sequence[tuple[float, float]]) -> list[srt.Subtitle]:
    """The cues on the clock of a video made of the ``rendered`` stretches of scene time.

    ``rendered`` are (start, end) seconds of scene time, in order, that the video
    shows back to back (the animations `manim -n` or a section kept). A cue keeps
    the part of it inside those stretches, moved to where that part plays in the
    video; a cue entirely outside them, or shown for under SHORTEST_CUE, is dropped.
    """
    offsets, total = [], 0.0
    for start, end in rendered:
        offsets.append(total)
        total += end - start
    out: list[srt.Subtitle] = []
    for cue in sorted(cues, key=lambda c: c.start):
        begin, finish = cue.start.total_seconds(), cue.end.total_seconds()
        pieces = [(offset + max(begin, a) - a, offset + min(finish, b) - a)
                  for (a, b), offset in zip(rendered, offsets) if min(finish, b) > max(begin, a)]
        if not pieces or sum(b - a for a, b in pieces) < SHORTEST_CUE:
            continue
        out.append(srt.Subtitle(index=len(out) + 1, start=timedelta(seconds=pieces[0][0]),
                                end=timedelta(seconds=pieces[-1][1]), content=cue.content))
    return out


def write_captions_beside(video: Path, cues: Sequence[srt.Subtitle]) -> list[Path]:
    """``video``'s captions as ``.srt`` and ``.vtt`` beside it; return both paths."""
    subrip = Path(video).with_suffix(".srt")
    subrip.write_text(srt.compose(list(cues)), encoding="utf-8")
    return [subrip, write_webvtt(cues, subrip)]
