"""`regviz`: render a scene, or a variant with a lecturer's numbers, without writing Python.

    regviz list
    regviz render L1Tangency -q l
    regviz render my_data.toml -q h
    regviz render my_data.toml --still
    regviz render L1Tangency --theme light -t
    regviz render L1Tangency --voice
    regviz slides L1Tangency              # media/slides/L1Tangency.html, one file
    regviz watch my_data.toml             # a new last frame at every save

A variant is a TOML file naming a scene and the data it overrides (the scene's
class attributes listed by ``regviz list``):

    scene = "L1Tangency"
    center = [2.2, -0.6]
    hessian = [[2.0, 0.3], [0.3, 0.8]]
    radius = 1.5

The scene checks the data before its first frame, exactly as for a Python
subclass. Every failure (an unreadable file, an unknown scene or key, data the
scene refuses) is one line on standard error, naming the key, with exit status
2. The render goes where `manim render` puts it (``media/`` under the current
folder, named after the TOML file), with its ``.srt`` and ``.vtt`` captions;
the command prints the paths it wrote.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from regmath.errors import InvalidArgumentError

#: Chooses the palette (see scenes.toolkit.palette); set before the scenes are imported.
THEME_VARIABLE = "REGVIZ_THEME"
#: Chooses the narrator (see scenes.toolkit.voice); set before the scenes are imported.
VOICE_VARIABLE = "REGVIZ_VOICE"
#: Film or lecture (see scenes.toolkit.narration.lecture_mode); read at every beat.
MODE_VARIABLE = "REGVIZ_MODE"

__all__ = ["main", "story", "load_spec", "variant"]

USAGE_ERROR = 2
#: The story files in the catalogue's order; each lists its scenes in ``__all__``.
STORY_MODULES = ("norms", "classic", "lagrange", "tangency", "sparsity", "paths", "elastic",
                 "threed", "proximal", "bayes", "realdata")
#: Manim's quality flags and the config names they stand for.
QUALITIES = {"l": "low_quality", "m": "medium_quality", "h": "high_quality",
             "p": "production_quality", "k": "fourk_quality"}


class SpecError(Exception):
    """A spec that cannot become a scene; the message names the key."""


class _OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        print(f"regviz: error: {message}", file=sys.stderr)
        raise SystemExit(USAGE_ERROR)


def story() -> dict[str, type]:
    """Every scene of the story by name, in the catalogue's order."""
    scenes: dict[str, type] = {}
    for name in STORY_MODULES:
        module = importlib.import_module(f"scenes.{name}")
        for scene in module.__all__:
            scenes[scene] = getattr(module, scene)
    return scenes


def _as_data(value: Any) -> Any:
    """TOML arrays as tuples (what a Python variant writes), nested alike."""
    if isinstance(value, list):
        return tuple(_as_data(item) for item in value)
    return value


def load_spec(spec: str) -> tuple[str, dict[str, Any], str]:
    """(scene name, data overrides, output name) for a scene name or a TOML file."""
    if not spec.endswith(".toml"):
        return spec, {}, spec
    path = Path(spec)
    try:
        with path.open("rb") as file:
            table = tomllib.load(file)
    except OSError as error:
        raise SpecError(f"{spec}: cannot read it ({error.strerror})") from None
    except tomllib.TOMLDecodeError as error:
        raise SpecError(f"{spec}: not valid TOML ({error})") from None
    scene = table.pop("scene", None)
    if not isinstance(scene, str):
        raise SpecError(f"scene: {spec} must name its scene, e.g. scene = \"L1Tangency\"")
    return scene, {key: _as_data(value) for key, value in table.items()}, path.stem


def variant(scene: str, data: dict[str, Any], name: str) -> type:
    """The scene class with ``data`` as its class attributes (a variant), checked by name.

    Raises
    ------
    SpecError
        If the scene is unknown or a key is not one of its parameters.
    """
    scenes = story()
    if scene not in scenes:
        raise SpecError(f"scene: unknown scene {scene!r}; the scenes are {', '.join(scenes)}")
    base = scenes[scene]
    accepted = list(getattr(base, "parameters", {}))
    for key in data:
        if key not in accepted:
            raise SpecError(f"{key}: {scene} has no such parameter; it accepts "
                            f"{', '.join(accepted)}")
    if not data:
        return base
    identifier = "".join(c if c.isalnum() else "_" for c in name) or "Variant"
    if identifier[0].isdigit():
        identifier = f"Variant_{identifier}"
    return type(identifier, (base,), {"__module__": base.__module__, **data})


def _written(scene: Any) -> list[Path]:
    """The files a finished render left: video or image, and the captions beside it."""
    writer = scene.renderer.file_writer
    paths: list[Path] = []
    final = getattr(writer, "final_file_path", None)
    if final is not None:
        paths.append(Path(final))
    plan = getattr(writer, "output_plan", None)
    srt = getattr(plan, "subcaption_file", None)
    if srt is not None and Path(srt).exists():
        paths += [Path(srt), Path(srt).with_suffix(".vtt")]
    return [path for path in paths if path.exists()]


def _rendered(spec: str, *, quality: str = "l", still: bool = False,
              transparent: bool = False, sections: bool = False) -> tuple[Any, str]:
    """The scene of ``spec``, rendered as `manim render` would, and its output name."""
    from manim import config, tempconfig

    scene, data, name = load_spec(spec)
    cls = variant(scene, data, name)
    folder_config = Path.cwd() / "manim.cfg"
    if folder_config.exists():
        config.digest_file(folder_config)
    options = {"quality": QUALITIES[quality], "output_file": name, "progress_bar": "none",
               "verbosity": "WARNING", "save_last_frame": still, "write_to_movie": not still,
               "transparent": transparent, "save_sections": sections}
    with tempconfig(options):
        instance = cls()
        if still:
            _draw_only_the_last_frame(instance.renderer)
        instance.render()
    return instance, name


def _draw_only_the_last_frame(renderer: Any) -> None:
    """Skip the frames a still never shows.

    Rendering only the last frame, Manim still draws each play's static mobjects
    and each wait's frozen frame while it skips to the end (about a fifth of a
    still's time, which `regviz watch` pays at every save). Those calls name the
    mobjects to draw; the last frame's does not, and is drawn as before.
    """
    draw = renderer.update_frame

    def update_frame(scene: Any, mobjects: Any = None, *args: Any, **kwargs: Any) -> None:
        if mobjects is not None and renderer.skip_animations:
            return
        draw(scene, mobjects, *args, **kwargs)

    renderer.update_frame = update_frame


def render(spec: str, *, quality: str = "l", still: bool = False,
           transparent: bool = False) -> list[Path]:
    """Render ``spec`` (a scene name or a TOML variant) as `manim render` would.

    Returns the paths written. Raises `SpecError` or `InvalidArgumentError` for
    bad input, before the first frame.
    """
    instance, _ = _rendered(spec, quality=quality, still=still, transparent=transparent)
    return _written(instance)


def slides(spec: str, *, quality: str = "m", to: str = "html") -> Path:
    """``spec`` as slides (`scenes.deck`), one per beat with its words as notes: a one-file
    HTML deck, a PPTX, or a PDF handout of each beat's last frame and words.

    Returns the path written, ``media/slides/<name>.<html|pptx|pdf>``.
    """
    from scenes import deck
    from scenes.toolkit import palette

    assets = deck.reveal_assets() if to == "html" else {}  # a missing npm fails fast
    instance, name = _rendered(spec, quality=quality, sections=True)
    beats = deck.beats_of(instance)
    path = Path("media") / "slides" / f"{name}.{to}"
    path.parent.mkdir(parents=True, exist_ok=True)
    if to == "pptx":
        deck.deck_pptx(name, beats, path)
    elif to == "pdf":
        deck.handout_pdf(name, beats, path)
    else:
        path.write_text(deck.deck_html(name, beats, assets,
                                       background=palette.BACKGROUND.to_hex(),
                                       text=palette.TEXT.to_hex()), encoding="utf-8")
    return path.resolve()


#: How often `watch` looks at the files (seconds).
WATCH_POLL = 0.2


def _watched_files(spec: str) -> list[Path]:
    """The TOML file (if any) and the scene's own source file."""
    scene, _, _ = load_spec(spec)
    files = [Path(spec)] if spec.endswith(".toml") else []
    cls = story().get(scene)
    if cls is not None:
        files.append(Path(sys.modules[cls.__module__].__file__ or ""))
    return files


def keep_parsed_tex() -> None:
    """Let Manim reuse parsed TeX across the renders of this process.

    `scenes.toolkit.style` turns Manim's parsed-TeX cache off, because one render
    rarely repeats a string and the cache's deep copy costs 40 % of each label. A
    watch loop renders the same strings again at every save, so there the cache
    pays, though little: the copy stays, the parsing goes (NormsAsDistances' still
    after a save, 2.5 s -> 2.3 s of CPU; the pixels are the same, tested).
    """
    from manim import MathTex

    importlib.import_module("scenes.toolkit.style")  # its switch must run first, then ours

    MathTex.set_default(use_svg_cache=True)


def watch(spec: str, *, quality: str = "l", renders: int | None = None,
          report: Any = print, stop: Any = None) -> None:
    """Render ``spec``'s last frame now and again each time its TOML file or its scene's
    source file is saved, with Manim imported once (the authoring loop).

    A bad save is reported in one line and the loop goes on. ``renders`` stops after
    that many renders, ``stop`` (a `threading.Event`) when it is set (both for tests);
    otherwise it runs until interrupted.
    """
    import time

    keep_parsed_tex()

    def snapshot() -> dict[Path, tuple[int, int]]:
        """(mtime, size) of the watched files; a TOML that does not parse is still watched."""
        try:
            files = _watched_files(spec)
        except (SpecError, InvalidArgumentError):
            files = [Path(spec)]
        return {path: (path.stat().st_mtime_ns, path.stat().st_size)
                for path in files if path.exists()}

    done = 0
    stamps: dict[Path, tuple[int, int]] = {}
    while (renders is None or done < renders) and not (stop is not None and stop.is_set()):
        now = snapshot()
        if now == stamps:
            time.sleep(WATCH_POLL)
            continue
        # An editor's save can be seen half-written (truncated, then filled): act only
        # once the files have stood still for one poll.
        time.sleep(WATCH_POLL)
        if snapshot() != now:
            continue
        changed_source = bool(stamps) and any(
            path.suffix == ".py" and stamps.get(path) != stamp for path, stamp in now.items())
        stamps = now
        try:
            if changed_source:
                scene, _, _ = load_spec(spec)
                importlib.reload(sys.modules[story()[scene].__module__])
            for path in render(spec, quality=quality, still=True):
                report(str(path))
            done += 1
        except (SpecError, InvalidArgumentError) as error:
            report(f"regviz: error: {error}")


def _parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(prog="regviz", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("list", help="the scenes in story order, with the data each accepts")
    slides_command = commands.add_parser(
        "slides", help="a scene as a one-file HTML deck: a slide per beat, words as notes")
    slides_command.add_argument("specs", nargs="+", metavar="spec",
                                help="scene names (L1Tangency) or TOML files: a deck each")
    slides_command.add_argument("-q", "--quality", choices=list(QUALITIES), default="m")
    slides_command.add_argument("--theme", choices=("dark", "light"))
    slides_command.add_argument("--mode", choices=("film", "lecture"), default="lecture",
                                help="lecture (default): no holds for reading, the words "
                                "only as speaker notes; film: held for reading, captioned")
    slides_command.add_argument("--to", choices=("html", "pptx", "pdf"), default="html",
                                help="html: one file, opens offline (reveal.js inside); "
                                "pptx: the clips with notes; pdf: a handout")
    watch_command = commands.add_parser(
        "watch", help="re-render the last frame each time the TOML or scene file is saved")
    watch_command.add_argument("spec", help="a scene name (L1Tangency) or a TOML file")
    watch_command.add_argument("-q", "--quality", choices=list(QUALITIES), default="l")
    render_command = commands.add_parser("render", help="render a scene or a TOML variant")
    render_command.add_argument("spec", help="a scene name (L1Tangency) or a TOML file")
    render_command.add_argument("-q", "--quality", choices=list(QUALITIES), default="l",
                                help="l 480p15, m 720p30, h 1080p60, p 1440p60, k 2160p60")
    render_command.add_argument("-s", "--still", action="store_true",
                                help="only the last frame, as a PNG")
    render_command.add_argument("--theme", choices=("dark", "light"),
                                help="light: dark strokes on white, for white slides "
                                "(default: $REGVIZ_THEME, else dark)")
    render_command.add_argument("--voice", action=argparse.BooleanOptionalAction,
                                help="--voice: the words spoken (offline Flite voice) set "
                                "each beat's length; --no-voice: held for reading "
                                "(default: $REGVIZ_VOICE, else no voice)")
    render_command.add_argument("--mode", choices=("film", "lecture"),
                                help="film: each beat held for its words (default); lecture: "
                                "no holds and no subtitles, for a lecturer who speaks")
    render_command.add_argument("-t", "--transparent", action="store_true",
                                help="no background (a .mov with alpha; a PNG with --still), "
                                "for an overlay on a slide")
    lecture_command = commands.add_parser(
        "lecture", help="every scene with a clip per beat, captions, a poster and contact "
        "sheets, and an index (build/lecture/index.html)")
    film_command = commands.add_parser(
        "film", help="the whole story as one video: voiced, a chapter per scene, captions "
        "(build/film/regviz-film.mp4)")
    for command, out in ((lecture_command, "build/lecture"), (film_command, "build/film")):
        command.add_argument("scenes", nargs="*", help="only these scenes (default: all)")
        command.add_argument("-q", "--quality", choices=list(QUALITIES), default="h",
                             help="default h: 1080p60")
        command.add_argument("--jobs", type=int, default=2, help="scenes rendered at once")
        command.add_argument("--theme", choices=("dark", "light"))
        command.add_argument("--out", type=Path, default=Path(out), help=f"default {out}")
    lecture_command.add_argument("--mode", choices=("film", "lecture"), default="film",
                                 help="film (default): held for reading, captioned; "
                                 "lecture: no holds, the words in the index")
    film_command.add_argument("--voice", action=argparse.BooleanOptionalAction, default=True,
                              help="the offline Flite voice speaks the words (default); "
                              "--no-voice: held for reading")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if getattr(args, "mode", None):
        os.environ[MODE_VARIABLE] = args.mode
    if getattr(args, "voice", None) is not None:
        os.environ[VOICE_VARIABLE] = "flite" if args.voice else "none"
    if getattr(args, "theme", None):
        # The palette is chosen when the scenes are imported, which happens below.
        os.environ[THEME_VARIABLE] = args.theme
    try:
        if args.command == "list":
            for name, scene in story().items():
                print(f"{name}: {', '.join(getattr(scene, 'parameters', {}))}")
            return 0
        from scenes.toolkit import palette

        if getattr(args, "theme", None) and palette.THEME != args.theme:
            raise SpecError(f"theme: the scenes were already imported with the "
                            f"{palette.THEME} theme")
        if args.command == "watch":
            try:
                watch(args.spec, quality=args.quality)
            except KeyboardInterrupt:
                return 0
        if args.command in ("lecture", "film"):
            from scenes import lecture

            if args.command == "lecture":
                print(lecture.lecture(args.out, quality=args.quality, jobs=args.jobs,
                                      mode=args.mode, names=args.scenes))
            else:
                print(lecture.film(args.out, quality=args.quality, jobs=args.jobs,
                                   voice=args.voice, names=args.scenes))
            return 0
        if args.command == "slides":
            for spec in args.specs:
                print(slides(spec, quality=args.quality, to=args.to))
            return 0
        for path in render(args.spec, quality=args.quality, still=args.still,
                           transparent=args.transparent):
            print(path)
        return 0
    except (SpecError, InvalidArgumentError) as error:
        print(f"regviz: error: {error}", file=sys.stderr)
        return USAGE_ERROR


if __name__ == "__main__":
    raise SystemExit(main())
