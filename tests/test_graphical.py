"""Graphical regression: the last frame of each scene against committed control frames.

Regenerate after an intended visual change (then look at the frames):
    .venv/bin/python -m pytest tests/test_graphical.py --set_test
"""

from __future__ import annotations

from manim.utils.testing.frames_comparison import frames_comparison

from scenes.tangency import InactiveConstraint, L1Tangency, L2Tangency

__module_test__ = "tangency"


@frames_comparison(last_frame=True, base_scene=L1Tangency)
def test_L1Tangency(scene) -> None:
    L1Tangency.construct(scene)


@frames_comparison(last_frame=True, base_scene=L2Tangency)
def test_L2Tangency(scene) -> None:
    L2Tangency.construct(scene)


@frames_comparison(last_frame=True, base_scene=InactiveConstraint)
def test_InactiveConstraint(scene) -> None:
    InactiveConstraint.construct(scene)
