"""Shared fixtures, hypothesis profiles and Manim's graphical-test options."""

from __future__ import annotations

import os

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


@pytest.fixture(autouse=True, scope="session")
def shared_tex_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """One TeX cache per test worker for the whole session.

    Manim keys each compiled formula by a hash of its whole TeX source (preamble
    included), so a cache hit is the same glyphs. Without this every scene test
    compiles its formulas again in its own ``tmp_path``: a dry run of L1Tangency
    spent 47 of its 133 s in ``latex``/``dvisvgm`` for formulas the previous
    variant had just compiled. The base temp directory is per xdist worker, so
    two processes never write one file.
    """
    from manim import config

    config.tex_dir = str(tmp_path_factory.getbasetemp() / "tex-cache")


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
