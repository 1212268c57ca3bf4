"""Benchmark: a voiced -ql render (audio cached) against the same render held for reading.

    .venv/bin/python tests/benchmarks/bench_voice.py [Scene ...]

Each scene is rendered by `manim render -ql` in a fresh process, once with
REGVIZ_VOICE=flite to fill the voice cache (media/voice, not timed), then timed
with the voice and without it, alternating, in the same run. The voice changes
each beat's length (spoken, not read), so both the wall-clock ratio and the
ratio per second of video are printed; the goal (issue "The lecture kit") is
that the voice adds at most 30 % to a render once its audio is cached.
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

REPEAT = 2
GOAL = 1.30
DEFAULT_SCENES = ("NormsAsDistances", "L2Tangency")


def timed(file: str, scene: str, media: Path, voice: str) -> tuple[float, float]:
    """(wall seconds, video seconds) of one `manim render -ql` with REGVIZ_VOICE=voice."""
    import av

    manim = Path(sys.executable).with_name("manim")
    env = {**os.environ, "REGVIZ_VOICE": voice}
    start = time.perf_counter()
    subprocess.run([str(manim), "render", "-ql", "--media_dir", str(media), file, scene],
                   cwd=ROOT, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - start
    video = next(media.rglob(f"{scene}.mp4"))
    with av.open(str(video)) as container:
        length = float(container.duration / av.time_base)
    video.unlink()
    return wall, length


def main() -> None:
    from scenes.cli import story

    scenes = story()
    names = sys.argv[1:] or list(DEFAULT_SCENES)
    print(f"{'scene':<22} {'silent':>8} {'voiced':>8} {'ratio':>6} {'per video s':>12}")
    for name in names:
        file = str(Path(sys.modules[scenes[name].__module__].__file__).relative_to(ROOT))
        with tempfile.TemporaryDirectory() as folder:
            media = Path(folder)
            # The voice cache lives under the media folder: fill it first (not timed).
            timed(file, name, media, "flite")
            silent, voiced = [], []
            for _ in range(REPEAT):
                silent.append(timed(file, name, media, "none"))
                voiced.append(timed(file, name, media, "flite"))
        wall_s = statistics.median(w for w, _ in silent)
        wall_v = statistics.median(w for w, _ in voiced)
        per_s = wall_s / silent[0][1]
        per_v = wall_v / voiced[0][1]
        print(f"{name:<22} {wall_s:7.1f}s {wall_v:7.1f}s {wall_v / wall_s:6.2f} "
              f"{per_v / per_s:12.2f}   (goal ≤ {GOAL:.2f}; video {silent[0][1]:.0f} s "
              f"silent, {voiced[0][1]:.0f} s voiced)")


if __name__ == "__main__":
    main()
