"""Benchmark: `regviz watch`'s new still after a save against a cold `manim render -s -ql`.

    .venv/bin/python tests/benchmarks/bench_watch.py [Scene ...]

The cold still is a fresh `manim render -s -ql` process (importing Manim, TeX
cache warm); the watch still is what `regviz watch` does after a save: the same
scene rendered again in a process where Manim and the scenes are already
imported. Both in wall-clock seconds on the same machine in the same run (the
authoring loop is about waiting); the goal is a ratio of at most 0.35.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

REPEAT = 3
GOAL = 0.35


def cold(file: str, scene: str, media: Path) -> float:
    manim = Path(sys.executable).with_name("manim")
    start = time.perf_counter()
    subprocess.run([str(manim), "render", "-s", "-ql", "--media_dir", str(media), file, scene],
                   cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - start


def main(names: list[str]) -> None:
    from scenes.cli import keep_parsed_tex, render, story

    keep_parsed_tex()  # as `regviz watch` does

    scenes = story()
    os.chdir(tempfile.mkdtemp())
    for name in names or ["L1Tangency", "NormsAsDistances"]:
        module = scenes[name].__module__.split(".")[-1]
        media = Path(tempfile.mkdtemp())
        cold(f"scenes/{module}.py", name, media)  # warm the TeX cache
        render(name, still=True)  # the watch process's first render
        colds, warms = [], []
        for _ in range(REPEAT):
            colds.append(cold(f"scenes/{module}.py", name, media))
            start = time.perf_counter()
            render(name, still=True)
            warms.append(time.perf_counter() - start)
        ratio = statistics.median(warms) / statistics.median(colds)
        print(f"{name:20s} cold {statistics.median(colds):6.2f} s   watch "
              f"{statistics.median(warms):6.2f} s   ratio {ratio:4.2f} (goal ≤ {GOAL})")


if __name__ == "__main__":
    main(sys.argv[1:])
