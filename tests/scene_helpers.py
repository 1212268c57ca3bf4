"""Run a scene without writing video and read its mobjects back in problem coordinates."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from manim import Scene, tempconfig


def dry_run(scene_class: type[Scene], tmp_path: Path) -> Scene:
    """Construct and play the whole scene with no output (TeX cached under tmp_path)."""
    with tempconfig({"dry_run": True, "media_dir": str(tmp_path), "quality": "low_quality",
                     "disable_caching": True, "verbosity": "ERROR",
                     "progress_bar": "none"}):
        scene = scene_class()
        scene.render()
    return scene


def coords(scene_or_axes, points: np.ndarray) -> np.ndarray:
    """Scene points (k, 3) back to problem coordinates (k, 2) through a scene's axes."""
    axes = scene_or_axes.axes if isinstance(scene_or_axes, Scene) else scene_or_axes
    pts = np.atleast_2d(points)
    return np.array([axes.point_to_coords(p)[:2] for p in pts])


def anchors(mobject) -> np.ndarray:
    """The corner points of a polyline VMobject (every fourth Bézier control point)."""
    return mobject.points[::4]


class BeatRecorder:
    """Mixin that records the name of every ``next_section`` (a dry run keeps none)."""

    def next_section(self, name: str = "unnamed", *args, **kwargs) -> None:
        self.__dict__.setdefault("beats", []).append(name)
        super().next_section(name, *args, **kwargs)  # type: ignore[misc]


def subtitle_overlaps(scene: Scene) -> list[tuple[str, float]]:
    """Cues that are still on screen when the next one starts, with the overlap in seconds."""
    captions = sorted(scene.renderer.file_writer.subcaptions, key=lambda c: c.start)
    return [(before.content, (before.end - after.start).total_seconds())
            for before, after in zip(captions, captions[1:])
            if (before.end - after.start).total_seconds() > 1e-6]
