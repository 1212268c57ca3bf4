"""Benchmark: preview render time of each scene against a trivial scene of equal length.

    make bench   (or: .venv/bin/python tests/benchmarks/bench_render.py [--repeat N] [Scene ...])

Each scene is rendered with `manim render -ql` in a fresh process, the way a
lecturer previews it after an edit: TeX cache warm (one warm-up render first),
no cached animations (a fresh media dir each time). The
baseline is a trivial scene (axes and one moving square) with the same number
of frames, rendered in the same run; the ratio is what to compare across
machines.

Renders are timed in CPU seconds (user + system of the render process), which
other load on a shared machine hardly changes; scene and baseline renders still
alternate, each is repeated, and the ratio is taken between medians.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tools.render_all import catalogue, with_project_config  # noqa: E402

TRIVIAL = '''
import os
from manim import LEFT, RIGHT, Axes, Scene, Square, linear

class Trivial(Scene):
    def construct(self):
        self.add(Axes(x_range=[-2, 3, 1], y_range=[-2, 3, 1], x_length=6.8, y_length=6.8))
        square = Square(0.5).shift(3 * LEFT)
        self.add(square)
        self.play(square.animate.shift(6 * RIGHT),
                  run_time=float(os.environ["TRIVIAL_SECONDS"]), rate_func=linear)
'''


def render_seconds(path: Path, scene: str, work: Path, env: dict[str, str] | None = None) -> float:
    """CPU time (user + system, the render process and its encoder threads) of one
    `manim render -ql` into a fresh media dir with a shared TeX cache.

    CPU time, not wall time: on a shared machine other processes stretch the
    wall clock of both renders unevenly (±25 % from one minute to the next),
    while the work a render does stays put. A fresh media dir means no cached
    partial movies (a render after an edit); the shared tex_dir stays warm, as
    on a lecturer's machine.
    """
    manim = Path(sys.executable).with_name("manim")
    config = work / "bench.cfg"
    config.write_text(with_project_config(f"tex_dir = {work / 'Tex'}"))
    media = Path(tempfile.mkdtemp(dir=work))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([str(manim), "render", "-ql", "-c", str(config), "--media_dir", str(media),
                    str(path), scene], cwd=ROOT, check=True, capture_output=True, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def duration_seconds(path: Path, scene: str) -> float:
    """The scene's length, from a dry run in process (no frames written)."""
    import importlib.util

    from manim import tempconfig

    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    with tempfile.TemporaryDirectory() as tmp, tempconfig(
        {"dry_run": True, "media_dir": tmp, "verbosity": "ERROR", "progress_bar": "none"}
    ):
        instance = getattr(module, scene)()
        instance.render()
        return float(instance.time)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenes", nargs="*", help="scene names (default: the whole catalogue)")
    parser.add_argument("--repeat", type=int, default=3, help="renders of each, alternating")
    args = parser.parse_args()
    wanted = set(args.scenes)
    scenes = [(p, n) for p, n in catalogue() if not wanted or n in wanted]
    print(f"{'scene':<24}{'length s':>9}{'frames':>8}{'cpu s':>10}{'trivial':>11}{'ratio':>7}"
          f"   (medians of {args.repeat})")
    ratios = []
    with tempfile.TemporaryDirectory() as tmp:
        media = Path(tmp)
        trivial = media / "trivial.py"
        trivial.write_text(TRIVIAL)
        for path, name in scenes:
            length = duration_seconds(path, name)
            frames = round(length * 15)  # -ql is 15 fps
            env = {**os.environ, "TRIVIAL_SECONDS": str(length)}
            render_seconds(path, name, media)  # warm the TeX cache
            render_seconds(trivial, "Trivial", media, env)
            scene_times, trivial_times = [], []
            for _ in range(args.repeat):
                scene_times.append(render_seconds(path, name, media))
                trivial_times.append(render_seconds(trivial, "Trivial", media, env))
            seconds = statistics.median(scene_times)
            baseline = statistics.median(trivial_times)
            ratios.append(seconds / baseline)
            print(f"{name:<24}{length:>9.1f}{frames:>8}{seconds:>10.2f}{baseline:>11.2f}"
                  f"{seconds / baseline:>7.2f}", flush=True)
    print(f"{'worst ratio':<24}{max(ratios):>45.2f}")


if __name__ == "__main__":
    main()
