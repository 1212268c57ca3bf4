"""A lecture's material (`make lecture`) and the whole story as one film (`make film`).

``lecture``: every scene of the story, rendered with a clip per beat
(``--save_sections``), into ``build/lecture/NN-Scene/``:

- ``Scene.mp4``: the whole scene, with its captions as a soft-subtitle track (3GPP
  timed text, which QuickTime, VLC and PowerPoint show); ``Scene.srt``/``.vtt``;
- ``clips/KK-beat.mp4`` with ``.srt``/``.vtt``: one clip per beat, captions on the
  clip's own clock;
- ``poster.png``: the scene's last frame, the lesson in one picture (players and
  slide tools take it as the video's thumbnail);
- ``sheet_KK.png``: contact sheets, a frame every few seconds with its caption;

and ``build/lecture/index.html`` and ``index.json``: the scenes in story order, each
clip with its duration and words.

``film``: every scene in film mode (voiced when the offline voice is on), joined
in story order into ``build/film/regviz-film.mp4`` with a chapter per scene, the
captions as a soft-subtitle track, and ``.srt``/``.vtt`` beside it.

Videos are joined and muxed with the ffmpeg binary that the PyPI package
``imageio-ffmpeg`` ships (nothing is downloaded at run time); stream copy only,
nothing is re-encoded.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import srt

from regmath.errors import InvalidArgumentError
from scenes.toolkit.captions import write_captions_beside

__all__ = ["Clip", "Material", "scene_material", "lecture", "film", "join_film",
           "film_captions", "ffmpeg", "duration_of", "FILM_NAME"]

#: The film's file name inside its folder.
FILM_NAME = "regviz-film.mp4"
#: Seconds between two frames of a contact sheet.
SHEET_EVERY = 4.0
#: A first frame whose pixels differ from the background by less than this (mean of
#: |pixel − background| over the frame, 0–255) is blank: a black thumbnail.
BLANK_FRAME_LEVEL = 0.5


@dataclass
class Clip:
    """One beat's clip in the lecture folder (paths relative to the index)."""

    name: str
    video: str
    duration: float
    words: str
    captions: list[str] = field(default_factory=list)


@dataclass
class Material:
    """One scene's material in the lecture folder (paths relative to the index)."""

    scene: str
    title: str
    video: str
    duration: float
    poster: str
    captions: list[str]
    sheets: list[str]
    clips: list[Clip]
    first_frame_blank: bool


def ffmpeg() -> str:
    """The ffmpeg executable of the PyPI package imageio-ffmpeg.

    Raises
    ------
    InvalidArgumentError
        If imageio-ffmpeg is not installed (it is a dependency: `make setup`).
    """
    try:
        import imageio_ffmpeg
    except ImportError as error:
        raise InvalidArgumentError("ffmpeg", "needs the PyPI package imageio-ffmpeg: run "
                                   "`make setup` (pip install -e .)") from error
    return imageio_ffmpeg.get_ffmpeg_exe()


def _run_ffmpeg(*arguments: str) -> None:
    result = subprocess.run([ffmpeg(), "-v", "error", "-y", *arguments], capture_output=True,
                            text=True)
    if result.returncode != 0:
        raise InvalidArgumentError("ffmpeg", result.stderr.strip()[-500:])


def duration_of(video: Path) -> float:
    """The video's duration in seconds (PyAV)."""
    import av

    with av.open(str(video)) as container:
        return float(container.duration / av.time_base) if container.duration else 0.0


def with_soft_subtitles(video: Path, captions: Path, out: Path) -> Path:
    """``video`` with ``captions`` (.srt) as a soft-subtitle track (mov_text), copied to ``out``."""
    _run_ffmpeg("-i", str(video), "-i", str(captions), "-map", "0", "-map", "1", "-c", "copy",
                "-c:s", "mov_text", "-metadata:s:s:0", "language=eng", str(out))
    return out


def _first_frame_blank(video: Path, background: Any) -> bool:
    import av
    import numpy as np

    with av.open(str(video)) as container:
        frame = next(container.decode(video=0)).to_ndarray(format="rgb24").astype(float)
    level = np.abs(frame - np.asarray(background, dtype=float)).mean()
    return bool(level < BLANK_FRAME_LEVEL)


def scene_material(scene_class: type, folder: Path, *, quality: str = "h",
                   title: str | None = None, tex_dir: Path | None = None) -> Material:
    """Render ``scene_class`` with a clip per beat and lay out its material in ``folder``.

    Returns what was written (paths relative to ``folder``'s parent), also saved as
    ``folder/material.json``.
    """
    from manim import tempconfig

    from scenes import deck
    from scenes.cli import QUALITIES
    from scenes.toolkit import palette

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    options: dict[str, Any] = {"quality": QUALITIES[quality], "progress_bar": "none",
                               "verbosity": "WARNING", "save_sections": True,
                               "write_to_movie": True}
    if tex_dir is not None:
        options["tex_dir"] = str(tex_dir)
    with tempconfig(options):
        instance = scene_class()
        instance.render()
        background = palette.BACKGROUND.to_rgb() * 255
    name = scene_class.__name__
    source = Path(instance.renderer.file_writer.movie_file_path)
    root = folder.parent

    def relative(path: Path) -> str:
        return path.relative_to(root).as_posix()

    video = folder / f"{name}.mp4"
    captions = [path for path in (source.with_suffix(".srt"), source.with_suffix(".vtt"))
                if path.exists()]
    if captions and captions[0].suffix == ".srt" and srt_cues(captions[0]):
        with_soft_subtitles(source, captions[0], video)
    else:
        shutil.copy(source, video)
    copied = [Path(shutil.copy(path, folder / f"{name}{path.suffix}")) for path in captions]
    poster = folder / "poster.png"
    deck.last_frame(source).save(poster)
    clips = []
    (folder / "clips").mkdir(exist_ok=True)
    for index, beat in enumerate(deck.beats_of(instance), start=1):
        clip = folder / "clips" / f"{index:02d}-{beat.name}.mp4"
        shutil.copy(beat.video, clip)
        beat_captions = [Path(shutil.copy(path, clip.with_suffix(path.suffix)))
                         for path in (beat.video.with_suffix(".srt"), beat.video.with_suffix(".vtt"))
                         if path.exists()]
        clips.append(Clip(beat.name, relative(clip), round(duration_of(clip), 3), beat.words,
                          [relative(path) for path in beat_captions]))
    sheets = _contact_sheets(source, folder)
    material = Material(
        scene=name, title=title or _title_of(scene_class), video=relative(video),
        duration=round(duration_of(video), 3), poster=relative(poster),
        captions=[relative(path) for path in copied], sheets=[relative(p) for p in sheets],
        clips=clips, first_frame_blank=_first_frame_blank(source, background))
    (folder / "material.json").write_text(json.dumps(asdict(material), indent=1,
                                                     ensure_ascii=False), encoding="utf-8")
    return material


def _title_of(scene_class: type) -> str:
    """The first line of the scene's docstring: what it shows."""
    doc = (scene_class.__doc__ or scene_class.__name__).strip().splitlines()[0]
    return doc.rstrip(".")


def _contact_sheets(video: Path, folder: Path) -> list[Path]:
    """Contact sheets of ``video``: a frame every SHEET_EVERY seconds with its caption."""
    try:
        from tools.contact_sheet import frames_at, read_cues, sheet
    except ImportError:  # installed without the project folder: no sheets
        return []
    cues = read_cues(video.with_suffix(".srt"))
    duration = duration_of(video)
    times = [k * SHEET_EVERY for k in range(int(duration / SHEET_EVERY) + 1)]
    frames = frames_at(video, times)
    paths = []
    per_sheet = 12
    for k in range(0, len(frames), per_sheet):
        path = folder / f"sheet_{k // per_sheet:02d}.png"
        sheet(frames[k:k + per_sheet], cues).save(path)
        paths.append(path)
    return paths


def srt_cues(path: Path) -> list[srt.Subtitle]:
    """The cues of an .srt file (empty when it has none)."""
    return list(srt.parse(Path(path).read_text(encoding="utf-8")))


# ------------------------------------------------------------ the whole story
def _story_order(names: Sequence[str]) -> list[str]:
    from scenes.cli import story

    scenes = list(story())
    unknown = [name for name in names if name not in scenes]
    if unknown:
        raise InvalidArgumentError("scenes", f"unknown scene {unknown[0]!r}; the story has "
                                   + ", ".join(scenes))
    return [name for name in scenes if not names or name in names]


def _render_each(names: list[str], out: Path, *, quality: str, jobs: int,
                 env: dict[str, str]) -> list[Material]:
    """Each scene's material, rendered ``jobs`` at a time, each in its own process (a
    process per scene keeps Manim's global config and caches apart)."""
    tex_root = out / ".tex"

    def one(item: tuple[int, str]) -> Material:
        index, name = item
        folder = out / f"{index:02d}-{name}"
        command = [sys.executable, "-m", "scenes.lecture", "--one", name, "--folder", str(folder),
                   "--quality", quality, "--tex-dir", str(tex_root / f"worker-{index % jobs}")]
        result = subprocess.run(command, env={**os.environ, **env}, capture_output=True,
                                text=True)
        if result.returncode != 0:
            raise InvalidArgumentError("scenes", f"{name} failed to render:\n"
                                       f"{result.stderr.strip()[-1500:]}")
        print(f"{name:<28} rendered into {folder}", flush=True)
        return _material_from(json.loads((folder / "material.json").read_text("utf-8")))

    with ThreadPoolExecutor(max_workers=max(jobs, 1)) as pool:
        return list(pool.map(one, enumerate(names, start=1)))


def _material_from(data: dict[str, Any]) -> Material:
    data = dict(data)
    data["clips"] = [Clip(**clip) for clip in data["clips"]]
    return Material(**data)


def lecture(out: Path = Path("build/lecture"), *, quality: str = "h", jobs: int = 2,
            mode: str = "film", names: Sequence[str] = ()) -> Path:
    """Every scene's material (see the module) and an index; returns ``out/index.html``.

    ``mode`` "film" holds each beat for reading and writes captions; "lecture" drops
    the holds (the lecturer speaks; the words are in the index and the clips' notes).
    """
    if mode not in ("film", "lecture"):
        raise InvalidArgumentError("mode", f"must be film or lecture, got {mode!r}")
    order = _story_order(names)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    materials = _render_each(order, out, quality=quality, jobs=jobs, env={"REGVIZ_MODE": mode})
    index = [asdict(material) for material in materials]
    (out / "index.json").write_text(json.dumps({"quality": quality, "mode": mode,
                                                "scenes": index}, indent=1,
                                               ensure_ascii=False), encoding="utf-8")
    page = out / "index.html"
    page.write_text(index_html(materials), encoding="utf-8")
    blank = [material.scene for material in materials if material.first_frame_blank]
    if blank:
        print("warning: these videos start on a blank frame: " + ", ".join(blank),
              file=sys.stderr)
    return page


def index_html(materials: Sequence[Material]) -> str:
    """The lecture folder's index: per scene its poster, video, captions and clips."""
    def minutes(seconds: float) -> str:
        return f"{int(seconds // 60)}:{seconds % 60:04.1f}"

    parts = []
    for number, material in enumerate(materials, start=1):
        rows = "".join(
            f'<tr><td>{k}</td><td><a href="{html.escape(clip.video)}">{html.escape(clip.name)}'
            f'</a></td><td>{minutes(clip.duration)}</td><td>{html.escape(clip.words)}</td>'
            f'<td>{" ".join(_link(path) for path in clip.captions)}</td></tr>'
            for k, clip in enumerate(material.clips, start=1))
        sheets = " ".join(f'<a href="{html.escape(p)}">sheet {k}</a>'
                          for k, p in enumerate(material.sheets, start=1))
        parts.append(
            f'<section id="{html.escape(material.scene)}"><h2>{number}. '
            f'{html.escape(material.scene)}: {html.escape(material.title)}</h2>'
            f'<a href="{html.escape(material.video)}"><img src="{html.escape(material.poster)}" '
            f'alt="{html.escape(material.scene)}, last frame" width="480"></a>'
            f'<p>Whole scene: <a href="{html.escape(material.video)}">video</a> '
            f'({minutes(material.duration)}) · captions '
            f'{" ".join(_link(path) for path in material.captions)} · {sheets}</p>'
            f'<table><tr><th>#</th><th>clip</th><th>length</th><th>words</th>'
            f'<th>captions</th></tr>{rows}</table></section>')
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>regviz: a lecture's clips</title><style>body{font-family:sans-serif;"
            "max-width:70em;margin:auto}td,th{border-bottom:1px solid #ccc;padding:.3em;"
            "vertical-align:top;text-align:left}</style></head><body>"
            "<h1>L1 and L2 regularization: the clips</h1>" + "".join(parts) + "</body></html>\n")


def _link(path: str) -> str:
    return f'<a href="{html.escape(path)}">{html.escape(Path(path).suffix[1:])}</a>'


# ------------------------------------------------------------------- the film
def film_captions(parts: Sequence[tuple[Path, float]]) -> list[srt.Subtitle]:
    """The captions of videos played back to back: each part's (.srt, duration) in order,
    its cues moved by the durations before it."""
    cues: list[srt.Subtitle] = []
    offset = 0.0
    for captions, duration in parts:
        for cue in srt_cues(captions) if Path(captions).exists() else []:
            cues.append(srt.Subtitle(index=len(cues) + 1,
                                     start=cue.start + timedelta(seconds=offset),
                                     end=cue.end + timedelta(seconds=offset),
                                     content=cue.content))
        offset += duration
    return cues


def join_film(parts: Sequence[tuple[str, Path]], out: Path) -> Path:
    """Join ``parts`` ((chapter title, video), each with its .srt beside it) into ``out``:
    one chapter per part, the captions as a soft-subtitle track and beside the film.

    Raises
    ------
    InvalidArgumentError
        If the parts do not share their streams (a voiced scene beside a silent one, or
        two qualities), which would not join without re-encoding.
    """
    import av

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    layouts = set()
    for _, video in parts:
        with av.open(str(video)) as container:
            layouts.add(tuple((stream.type, getattr(stream.codec_context, "width", None),
                               getattr(stream.codec_context, "height", None))
                              for stream in container.streams))
    if len(layouts) != 1:
        raise InvalidArgumentError("parts", "the videos differ in streams or size (voiced and "
                                   "silent, or two qualities); render them alike")
    durations = [duration_of(video) for _, video in parts]
    listing = out.with_suffix(".parts.txt")
    listing.write_text("".join(f"file '{Path(video).resolve().as_posix()}'\n"
                               for _, video in parts), encoding="utf-8")
    chapters = [";FFMETADATA1", "title=L1 and L2 regularization"]
    start = 0.0
    for (title, _), duration in zip(parts, durations):
        chapters += ["[CHAPTER]", "TIMEBASE=1/1000", f"START={round(start * 1000)}",
                     f"END={round((start + duration) * 1000)}",
                     "title=" + title.replace("=", "\\=").replace(";", "\\;")]
        start += duration
    metadata = out.with_suffix(".chapters.txt")
    metadata.write_text("\n".join(chapters) + "\n", encoding="utf-8")
    cues = film_captions([(Path(video).with_suffix(".srt"), duration)
                          for (_, video), duration in zip(parts, durations)])
    arguments = ["-f", "concat", "-safe", "0", "-i", str(listing), "-i", str(metadata)]
    maps = ["-map", "0", "-map_metadata", "1", "-map_chapters", "1"]
    if cues:
        captions = write_captions_beside(out, cues)[0]
        arguments += ["-i", str(captions)]
        maps += ["-map", "2", "-c:s", "mov_text", "-metadata:s:s:0", "language=eng"]
    _run_ffmpeg(*arguments, *maps, "-c:v", "copy", "-c:a", "copy", str(out))
    listing.unlink()
    return out


def film(out: Path = Path("build/film"), *, quality: str = "h", jobs: int = 2,
         voice: bool = True, names: Sequence[str] = ()) -> Path:
    """The whole story as one film (see the module); returns its path.

    ``voice`` speaks the words with the offline Flite voice (and its length sets each
    beat's timing); without it the beats are held for reading.
    """
    out = Path(out)
    materials = _render_each(_story_order(names), out / "scenes", quality=quality, jobs=jobs,
                             env={"REGVIZ_MODE": "film",
                                  "REGVIZ_VOICE": "flite" if voice else "none"})
    root = out / "scenes"
    # The plain renders (without the soft-subtitle track) join by stream copy.
    parts = [(material.title, _plain_video(root / material.video)) for material in materials]
    return join_film(parts, out / FILM_NAME)


def _plain_video(video: Path) -> Path:
    """The scene video without its subtitle track (kept beside it as ``.plain.mp4``)."""
    plain = video.with_suffix(".plain.mp4")
    _run_ffmpeg("-i", str(video), "-map", "0:v", "-map", "0:a?", "-c", "copy", str(plain))
    for suffix in (".srt", ".vtt"):
        if video.with_suffix(suffix).exists():
            shutil.copy(video.with_suffix(suffix), plain.with_suffix(suffix))
    return plain


def _main(argv: Sequence[str] | None = None) -> int:
    """One scene's material, in its own process (what `_render_each` runs)."""
    import argparse

    from scenes.cli import load_spec, variant

    parser = argparse.ArgumentParser(description="one scene's lecture material")
    parser.add_argument("--one", required=True)
    parser.add_argument("--folder", type=Path, required=True)
    parser.add_argument("--quality", default="h")
    parser.add_argument("--tex-dir", type=Path)
    args = parser.parse_args(argv)
    scene, data, name = load_spec(args.one)
    scene_material(variant(scene, data, name), args.folder, quality=args.quality,
                   tex_dir=args.tex_dir)
    return 0


if __name__ == "__main__":
    sys.exit(_main())
