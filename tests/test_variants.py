"""A lecturer's numbers: data-only variants of every scene, at the edges of the data.

Each variant is a subclass that overrides class attributes only, as the README
tells a lecturer to write one. It either renders to the end (dry run at 5 fps)
with every claim in its words and on its screen true for the data and nothing
a viewer would trip over, or it is refused in ``setup()`` (before the first
frame) with one `InvalidArgumentError` whose message starts with the
attribute's name.
"""

from __future__ import annotations

import importlib
import json
import time
from pathlib import Path

import pytest
from manim import tempconfig

from regmath import InvalidArgumentError
from tests.claims import Variant, true_claims
from tests.scene_helpers import RECORDING_FRAME_RATE, Recorder, dry_run, viewer_problems

FRAME_RATE = RECORDING_FRAME_RATE
#: One claims module per story file: its facts, rules and variants (tests/claims_*.py).
CLAIMS = ("norms", "classic", "lagrange", "tangency", "sparsity", "paths", "elastic", "proximal",
          "bayes", "realdata", "threed")
MODULES = {name: importlib.import_module(f"tests.claims_{name}") for name in CLAIMS}
VARIANTS: list[Variant] = [v for module in MODULES.values() for v in module.VARIANTS]


def variant_class(variant: Variant) -> type:
    """The variant's scene with the recorder; where its story re-judges lines while the data
    move (a claims module's ``LIVE``, tests.claims.LiveClaims), the recorder reads them."""
    attributes = dict(variant.data)
    live = getattr(MODULES[variant.story], "LIVE", None) if variant.story else None
    if live is not None:
        attributes["live_claims"] = live
    return type(variant.id.replace("-", "_"), (Recorder, variant.scene), attributes)


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
def test_renders_truthfully_to_the_end(variant: Variant, tmp_path, request) -> None:
    started = time.perf_counter()
    scene = dry_run(variant_class(variant), Path(tmp_path), frame_rate=FRAME_RATE)
    problems = viewer_problems(scene)
    assert all(not found for found in problems.values()), problems
    claims = MODULES[variant.story]
    facts = claims.facts_for(scene)
    words, screen = true_claims(scene, claims.rules_for(scene), claims.SCREEN_RULES, facts)
    assert len(words.claims) >= 4
    # A story may add checks on the whole played scene (tests/claims_threed.py's beats).
    if (check_scene := getattr(claims, "check_scene", None)) is not None:
        check_scene(scene)
    coverage = request.config.getoption("--variant-coverage")
    if coverage is not None:
        record_coverage(coverage, variant, words.claims, screen.claims,
                        time.perf_counter() - started)


def record_coverage(path: Path, variant: Variant, words: list[tuple[str, str]],
                    screen: list[tuple[str, str]], seconds: float) -> None:
    """One JSON line per played variant: the claim rules it fired (words and screen)."""
    fired = sorted({f"words:{name}" for name, _ in words} | {f"screen:{name}" for name, _ in screen})
    line = json.dumps({"id": variant.id, "scene": variant.scene.__name__, "rules": fired,
                       "seconds": round(seconds, 2)})
    with path.open("a", encoding="utf-8") as out:  # one short append per line: xdist-safe
        out.write(line + "\n")


def test_the_sample_names_variants_of_every_scene() -> None:
    """`make test` plays tests/variant_sample.py's sample: every id in it is a variant
    that renders, and every scene with rendering variants has some in it."""
    from tests.variant_sample import SAMPLE

    rendering = {v.id: v.scene for v in VARIANTS if not v.refused}
    assert SAMPLE <= rendering.keys(), sorted(SAMPLE - rendering.keys())
    assert {rendering[i] for i in SAMPLE} == set(rendering.values())


def test_the_matrix_covers_every_scene_with_renders_and_refusals() -> None:
    for scene in {v.scene for v in VARIANTS}:
        kinds = {bool(v.refused) for v in VARIANTS if v.scene is scene}
        assert kinds == {True, False}, scene.__name__
