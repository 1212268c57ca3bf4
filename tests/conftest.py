"""Shared fixtures, hypothesis profiles and Manim's graphical-test options."""

from __future__ import annotations

import os
from pathlib import Path

import cairo
import manim.utils.testing.frames_comparison as frames_comparison_module
import numpy as np
import pytest
from hypothesis import HealthCheck, settings

# Manim skips frame comparisons below cairo 1.18 because its own control frames
# were drawn with 1.18. Ours are drawn with the system cairo the set-up installs
# (Debian's 1.16), so the floor is this cairo; without it the tests would skip.
frames_comparison_module.MIN_CAIRO_VERSION = min(
    frames_comparison_module.MIN_CAIRO_VERSION, cairo.cairo_version()
)

# Property tests run thousands of random problems; the exact solvers take well
# under a millisecond each, so no deadline is needed and none is timed.
settings.register_profile(
    "default",
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("thorough", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_addoption(parser: pytest.Parser) -> None:
    # Manim registers these only in its own conftest; frames_comparison reads them.
    parser.addoption("--set_test", action="store_true", default=False,
                     help="write control frames for graphical tests instead of comparing")
    parser.addoption("--show_diff", action="store_true", default=False,
                     help="show a diff image when a graphical test fails")
    parser.addoption("--skip_slow", action="store_true", default=False)
    parser.addoption("--all-variants", action="store_true", default=False,
                     help="play every lecturer variant (tests/test_variants.py), not only "
                          "the sample in tests/variant_sample.py (make test-all)")
    parser.addoption("--variant-coverage", type=Path, default=None, metavar="JSONL",
                     help="append each played variant's fired claim rules and time to JSONL "
                          "(input of tools/variant_sample.py)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Outside ``--all-variants``, play only the sampled lecturer variants.

    Playing a variant to the end costs 5–20 s (building the scene, and LaTeX for
    every number its data write); the 208 of them were two thirds of the suite's
    time (53 minutes on 2 cores). `make test` plays the sample that fires every
    claim rule any variant fires (tools/variant_sample.py chose it from a full
    run); the refusals, which stop in setup(), all run. `make test-all` plays all.
    """
    played = [item for item in items
              if item.nodeid.startswith("tests/test_variants.py::test_renders_truthfully")]
    if config.getoption("--all-variants") or not played:
        return
    from tests.variant_sample import SAMPLE

    dropped = [item for item in played if item.callspec.params["variant"].id not in SAMPLE]
    gone = {id(item) for item in dropped}
    kept = [item for item in items if id(item) not in gone]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


#: Test modules whose tests all read one recording made by a module-scoped fixture
#: (whole scenes played once, 1–4 minutes each). `make test` keeps each on one worker.
RECORDING_MODULES = frozenset({
    "test_classic_scene.py", "test_elastic_scenes.py", "test_lagrange_scene.py",
    "test_layout.py", "test_norms_scenes.py", "test_paths_scenes.py", "test_proximal_scenes.py",
    "test_bayes_scenes.py", "test_realdata_scenes.py", "test_sparsity_scenes.py",
    "test_tangency_scenes.py",
})


#: Control-frame modules (frames_comparison, one test per scene named ``test_<Scene>``).
CONTROL_FRAME_MODULES = frozenset({"test_graphical.py", "test_graphical_catalogue.py"})

#: The recording module that plays each control frame's scene with its default data.
#: Scheduled on that module's worker, a control frame finds its scene's formulas in the
#: worker's TeX cache (``shared_tex_cache``): ClassicPicture's frame took 52 s after
#: test_classic_scene.py against 126 s alone (0.41×, measured in one run under one load).
#: Tangency3D has no recording module; its frame stays a unit of its own.
CONTROL_FRAME_RECORDING = {
    "NormsAsDistances": "test_norms_scenes.py",
    "UnitBalls": "test_norms_scenes.py",
    "ClassicPicture": "test_classic_scene.py",
    "WhyCornersWin": "test_sparsity_scenes.py",
    "SparsityOdds": "test_sparsity_scenes.py",
    "ShrinkagePaths": "test_paths_scenes.py",
    "PenaltyEqualsConstraint": "test_paths_scenes.py",
    "LagrangeHike": "test_lagrange_scene.py",
    "ElasticNetBall": "test_elastic_scenes.py",
    "SoftThresholding": "test_proximal_scenes.py",
    "PriorsAsPenalties": "test_bayes_scenes.py",
    "DiabetesLassoPath": "test_realdata_scenes.py",
    "L1Tangency": "test_tangency_scenes.py",
    "L2Tangency": "test_tangency_scenes.py",
    "InactiveConstraint": "test_tangency_scenes.py",
}


def recording_group(nodeid: str) -> str:
    """The unit of work a test is scheduled in.

    A recording module's tests form one unit, and a control frame joins the unit of
    the recording module that plays its scene (see ``CONTROL_FRAME_RECORDING``);
    any other test is a unit of its own.
    """
    path, _, name = nodeid.partition("::")
    module = Path(path)
    if module.name in RECORDING_MODULES:
        return path
    if module.name in CONTROL_FRAME_MODULES:
        recording = CONTROL_FRAME_RECORDING.get(name.removeprefix("test_"))
        if recording is not None:
            return str(module.with_name(recording))
    return nodeid


@pytest.hookimpl(optionalhook=True)  # an xdist hook: a run without xdist must not fail on it
def pytest_xdist_make_scheduler(config: pytest.Config, log):
    """``--dist loadgroup``: one worker per recording module and the control frames of its
    scenes, every other test on its own.

    With ``worksteal`` a module's tests were spread over both workers and each
    worker played the module's scenes again (the four tangency scenes, 8 minutes,
    twice). xdist's own ``loadgroup`` marks do nothing under pytest 9.2: xdist
    groups by rewriting ``item._nodeid``, which pytest 9.2 no longer reads
    (pytest-dev/pytest-xdist#1386), so the groups are decided here, in the
    controller, from the node ids alone.
    """
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class RecordingGroups(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return recording_group(nodeid)

    return RecordingGroups(config, log)


@pytest.fixture(autouse=True, scope="session")
def shared_tex_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One TeX cache per test worker for the whole session.

    Manim keys each compiled formula by a hash of its whole TeX source (preamble
    included), so a cache hit is the same glyphs. Without this every scene test
    compiles its formulas again in its own ``tmp_path``: a dry run of L1Tangency
    spent 47 of its 133 s in ``latex``/``dvisvgm`` for formulas the previous
    variant had just compiled. The base temp directory is per xdist worker, so
    two processes never write one file.
    """
    from manim import config

    cache = tmp_path_factory.getbasetemp() / "tex-cache"
    cache.mkdir(exist_ok=True)
    config.tex_dir = str(cache)
    return cache


@pytest.fixture
def tmp_path(tmp_path: Path, request: pytest.FixtureRequest, shared_tex_cache: Path) -> Path:
    """pytest's ``tmp_path``, except in the control-frame modules: the shared TeX cache there.

    Manim's ``frames_comparison`` points ``tex_dir`` and ``text_dir`` at the test's
    ``tmp_path`` and uses it for nothing else, so each control frame compiled every
    formula of its scene again (180 of a 260 s LagrangeHike frame went to ``latex`` and
    ``dvisvgm``). Its modules are the ones that name their control-data folder in
    ``__module_test__``. A cache hit is keyed by the whole TeX source: the same glyphs.
    """
    if hasattr(request.module, "__module_test__"):
        return shared_tex_cache
    return tmp_path


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(20261126)


def random_problem(
    rng: np.random.Generator, n: int, *, condition: float = 1e2
) -> tuple[np.ndarray, np.ndarray]:
    """A random (H, ŵ) with cond(H) = ``condition`` and a random rotation."""
    q, _ = np.linalg.qr(rng.standard_normal((n, n)))
    d = np.geomspace(1.0, condition, n)
    rng.shuffle(d)
    hessian = (q * d) @ q.T
    hessian = 0.5 * (hessian + hessian.T)
    center = rng.uniform(-3.0, 3.0, size=n)
    return hessian, center
