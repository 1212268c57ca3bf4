"""Render every scene of the catalogue with `manim render`, a few at a time.

The scenes of a file are the names in its ``__all__`` (read without importing
it). Each is rendered by Manim's own command line, so the output lands where
`manim.cfg` says (media/), exactly as a lecturer's own `manim render` would.

    python tools/render_all.py --quality l --jobs 2
    python tools/render_all.py --stills          # last frames for the README
"""

from __future__ import annotations

import argparse
import ast
import queue
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCENES_DIR = ROOT / "scenes"
STILLS_DIR = ROOT / "media" / "stills"
QUALITIES = ("l", "m", "h", "p", "k")
#: Base classes that make a class a scene.
SCENE_BASES = {"Scene", "StoryScene"}


def scene_names(path: Path) -> list[str]:
    """The scenes a file defines and lists in its ``__all__``.

    A scene is a class deriving from Manim's ``Scene`` or the toolkit's
    ``StoryScene``, directly or through a class of the same file (scene files
    do not import each other); helpers such as `scenes.toolkit.reveal.Reveal`
    are not scenes.
    """
    tree = ast.parse(path.read_text())
    classes: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and any(
            isinstance(base, ast.Name) and (base.id in SCENE_BASES or base.id in classes)
            for base in node.bases
        ):
            classes.add(node.name)
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            names = ast.literal_eval(node.value)
            return [name for name in names if name in classes]
    return []


def catalogue() -> list[tuple[Path, str]]:
    return [
        (path, name)
        for path in sorted(SCENES_DIR.glob("[a-z]*.py"))
        for name in scene_names(path)
    ]


def worker_config(slot: int) -> Path:
    """A config file giving one worker its own TeX cache.

    Parallel `manim` processes sharing media/Tex race: one reads an SVG another
    is still writing. Each worker slot keeps its own cache across runs.
    """
    # Not inside media/Tex: Manim's TeX clean-up deletes whatever it finds there.
    config = ROOT / "media" / "tex-workers" / f"worker-{slot}.cfg"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(with_project_config(f"tex_dir = {config.parent / f'worker-{slot}'}"))
    return config


def with_project_config(*lines: str) -> str:
    """The project's manim.cfg plus ``lines`` under [CLI].

    `manim -c FILE` reads FILE instead of the folder's manim.cfg, not on top of it,
    so a config passed with -c must carry the project's settings itself.
    """
    text = (ROOT / "manim.cfg").read_text().rstrip("\n")
    return text + "\n" + "\n".join(lines) + "\n"


def render(
    path: Path, name: str, quality: str, still: bool, slots: queue.Queue[int]
) -> tuple[str, float, int, str]:
    manim = Path(sys.executable).with_name("manim")
    slot = slots.get()
    command = [str(manim), "render", "-c", str(worker_config(slot)), f"-q{quality}",
               str(path.relative_to(ROOT)), name]
    if still:
        command.insert(2, "-s")
    start = time.perf_counter()
    try:
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    finally:
        slots.put(slot)
    return name, time.perf_counter() - start, result.returncode, result.stderr[-2000:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quality", choices=QUALITIES, default="l", help="Manim -q flag")
    parser.add_argument("--jobs", type=int, default=2, help="scenes rendered at once")
    parser.add_argument("--stills", action="store_true",
                        help="render last frames at -qm and copy them to media/stills/")
    parser.add_argument("scenes", nargs="*", help="only these scene names")
    args = parser.parse_args()
    todo = [(p, n) for p, n in catalogue() if not args.scenes or n in args.scenes]
    quality = "m" if args.stills else args.quality
    failed = 0
    jobs = max(args.jobs, 1)
    slots: queue.Queue[int] = queue.Queue()
    for slot in range(jobs):
        slots.put(slot)
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for name, seconds, code, stderr in pool.map(
            lambda item: render(*item, quality, args.stills, slots), todo
        ):
            status = "ok" if code == 0 else f"FAILED ({code})"
            print(f"{name:<28} {seconds:7.1f} s  {status}", flush=True)
            if code != 0:
                failed += 1
                print(stderr, file=sys.stderr)
    if args.stills and not failed:
        STILLS_DIR.mkdir(parents=True, exist_ok=True)
        for _, name in todo:
            matches = sorted((ROOT / "media" / "images").rglob(f"{name}_ManimCE_*.png"))
            if matches:
                shutil.copy(matches[-1], STILLS_DIR / f"{name}.png")
                print(f"still: media/stills/{name}.png")
    print(f"rendered {len(todo) - failed} of {len(todo)} scenes into media/")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
