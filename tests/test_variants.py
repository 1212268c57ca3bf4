"""A lecturer's numbers: data-only variants of every scene, at the edges of the data.

Each variant is a subclass that overrides class attributes only, as the README
tells a lecturer to write one. It either renders to the end (dry run at 5 fps)
with every claim in its words and on its screen true for the data and nothing
a viewer would trip over, or it is refused in ``setup()`` (before the first
frame) with one `InvalidArgumentError` whose message starts with the
attribute's name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from manim import tempconfig

from regmath import InvalidArgumentError
from regmath.quadratic import rotation
from scenes.tangency import InactiveConstraint, L1Tangency, L2Tangency
from tests.claims import check_captions, check_screen
from tests.scene_helpers import Recorder, dry_run, viewer_problems
from tests import tangency_claims

#: Dry runs at this frame rate: every updater and animation still runs, 3× faster.
FRAME_RATE = 5


def rotated(d1: float, d2: float, angle: float) -> tuple[tuple[float, float], tuple[float, float]]:
    """H with eigenvalues d1, d2 and principal axes turned by ``angle`` (as a lecturer types it)."""
    q = rotation(angle)
    h = (q * np.array([d1, d2])) @ q.T
    return ((float(h[0, 0]), float(h[0, 1])), (float(h[0, 1]), float(h[1, 1])))


@dataclass(frozen=True)
class Variant:
    scene: type
    name: str
    data: dict[str, Any]
    refused: str | None = None  # the attribute the refusal must name
    claims: Any = field(default=None, compare=False)  # module with facts_for / rules_for

    @property
    def id(self) -> str:
        return f"{self.scene.__name__}-{self.name}"


T = tangency_claims
VARIANTS = [
    # ----------------------------------------------------------------- L1Tangency
    Variant(L1Tangency, "quadrant-2", {"center": (-1.5, 1.2)}, claims=T),
    Variant(L1Tangency, "quadrant-3", {"center": (-1.4, -1.7)}, claims=T),
    Variant(L1Tangency, "quadrant-4", {"center": (2.2, -0.6), "hessian": ((2.0, 0.3), (0.3, 0.8)),
                                       "radius": 1.5}, claims=T),
    Variant(L1Tangency, "on-axis", {"center": (2.5, 0.0), "hessian": ((3.0, 0.0), (0.0, 1.0))},
            claims=T),
    Variant(L1Tangency, "tiny", {"center": (0.05, 0.03), "radius": 0.02}, claims=T),
    Variant(L1Tangency, "far-cond-100", {"center": (8.0, 6.0), "hessian": rotated(100, 1, 0.4),
                                         "radius": 0.2}, claims=T),
    Variant(L1Tangency, "cond-1e4", {"center": (2.0, 1.5), "hessian": rotated(1e4, 1, 0.3)},
            claims=T),
    Variant(L1Tangency, "isotropic-cone-edge", {"center": (2.0, 1.0),
                                                "hessian": ((1.0, 0.0), (0.0, 1.0))}, claims=T),
    Variant(L1Tangency, "edge", {"center": (2.0, 1.0), "hessian": ((1.0, 0.3), (0.3, 2.0))},
            claims=T),
    Variant(L1Tangency, "large-scale", {"center": (300.0, 200.0), "radius": 100.0}, claims=T),
    Variant(L1Tangency, "no-rings", {"rings": 0}, claims=T),
    Variant(L1Tangency, "singular", {"hessian": ((1.0, 0.0), (0.0, 0.0))}, refused="hessian"),
    Variant(L1Tangency, "radius-0", {"radius": 0.0}, refused="radius"),
    Variant(L1Tangency, "radius-negative", {"radius": -1.0}, refused="radius"),
    Variant(L1Tangency, "inside", {"center": (0.3, 0.2)}, refused="center"),
    Variant(L1Tangency, "on-boundary", {"center": (0.5, 0.5),
                                        "hessian": ((1.0, 0.0), (0.0, 1.0))}, refused="center"),
    Variant(L1Tangency, "nan-center", {"center": (float("nan"), 1.0)}, refused="center"),
    Variant(L1Tangency, "asymmetric", {"hessian": ((1.0, 0.3), (0.2, 2.0))}, refused="hessian"),
    Variant(L1Tangency, "indefinite", {"hessian": ((1.0, 0.0), (0.0, -1.0))}, refused="hessian"),
    Variant(L1Tangency, "cond-1e7", {"hessian": rotated(1e7, 1, 0.3)}, refused="hessian"),
    Variant(L1Tangency, "many-rings", {"rings": 99}, refused="rings"),
    Variant(L1Tangency, "3d-center", {"center": (1.0, 2.0, 3.0)}, refused="center"),
    # ----------------------------------------------------------------- L2Tangency
    Variant(L2Tangency, "quadrant-3", {"center": (-1.4, -1.7)}, claims=T),
    Variant(L2Tangency, "on-axis-zero", {"center": (2.5, 0.0), "hessian": ((3.0, 0.0), (0.0, 1.0))},
            claims=T),
    Variant(L2Tangency, "isotropic", {"center": (1.5, 1.0), "hessian": ((2.0, 0.0), (0.0, 2.0))},
            claims=T),
    Variant(L2Tangency, "far-cond-100", {"center": (8.0, 6.0), "hessian": rotated(100, 1, 0.4),
                                         "radius": 0.2}, claims=T),
    Variant(L2Tangency, "coupled", {"center": (2.0, 0.2), "hessian": ((1.0, 0.95), (0.95, 1.0))},
            claims=T),
    Variant(L2Tangency, "tiny", {"center": (0.05, 0.03), "radius": 0.02}, claims=T),
    Variant(L2Tangency, "cond-1e4", {"center": (2.0, 1.5), "hessian": rotated(1e4, 1, 0.3)},
            claims=T),
    Variant(L2Tangency, "inside", {"center": (0.3, 0.2)}, refused="center"),
    Variant(L2Tangency, "norm-l1", {"norm": "l1"}, refused="norm"),
    # --------------------------------------------------------- InactiveConstraint
    Variant(InactiveConstraint, "l2", {"norm": "l2"}, claims=T),
    Variant(InactiveConstraint, "origin", {"center": (0.0, 0.0)}, claims=T),
    Variant(InactiveConstraint, "quadrant-3", {"center": (-0.3, -0.4)}, claims=T),
    Variant(InactiveConstraint, "near-origin", {"center": (0.001, 0.002)}, claims=T),
    Variant(InactiveConstraint, "cond-1e4", {"hessian": rotated(1e4, 1, 0.3)}, claims=T),
    Variant(InactiveConstraint, "small-ball", {"center": (0.01, -0.02), "radius": 0.05}, claims=T),
    Variant(InactiveConstraint, "outside", {"center": (2.0, 1.0)}, refused="center"),
    Variant(InactiveConstraint, "on-boundary", {"center": (0.5, 0.5)}, refused="center"),
    Variant(InactiveConstraint, "l2-on-boundary", {"norm": "l2", "center": (0.6, 0.8)},
            refused="center"),
    Variant(InactiveConstraint, "norm-l3", {"norm": "l3"}, refused="norm"),
    Variant(InactiveConstraint, "radius-0", {"radius": 0.0}, refused="radius"),
]


def variant_class(variant: Variant) -> type:
    return type(variant.id.replace("-", "_"), (Recorder, variant.scene), dict(variant.data))


@pytest.mark.parametrize("variant", [v for v in VARIANTS if v.refused], ids=lambda v: v.id)
def test_refused_before_the_first_frame_naming_the_attribute(variant: Variant, tmp_path) -> None:
    cls = variant_class(variant)
    with tempconfig({"dry_run": True, "media_dir": str(tmp_path), "verbosity": "ERROR"}):
        scene = cls()
        with pytest.raises(InvalidArgumentError) as error:
            scene.setup()  # Manim runs setup() before construct(): no frame exists yet
    assert error.value.argument == variant.refused
    assert str(error.value).startswith(f"{variant.refused}: ")


@pytest.mark.parametrize("variant", [v for v in VARIANTS if not v.refused], ids=lambda v: v.id)
def test_renders_truthfully_to_the_end(variant: Variant, tmp_path) -> None:
    scene = dry_run(variant_class(variant), Path(tmp_path), frame_rate=FRAME_RATE)
    problems = viewer_problems(scene)
    assert all(not found for found in problems.values()), problems
    facts = variant.claims.facts_for(scene)
    words = check_captions(scene.narration_log, variant.claims.rules_for(scene), facts)
    screen = check_screen(scene.screen_texts, variant.claims.SCREEN_RULES, facts)
    assert words.false == [], words.false
    assert screen.false == [], screen.false
    assert words.unchecked_numbers == [], words.unchecked_numbers
    assert len(words.claims) >= 4


def test_the_matrix_covers_every_scene_with_renders_and_refusals() -> None:
    for scene in {v.scene for v in VARIANTS}:
        kinds = {bool(v.refused) for v in VARIANTS if v.scene is scene}
        assert kinds == {True, False}, scene.__name__
