"""No dead code: every function, class, constant and attribute the project defines is used.

Each cut of a beat leaves builders, constants and attributes behind that nothing reads
any more (one clean-up found 37 constants and 15 functions). Vulture (a static scan of
every name defined and every name read) finds them; the names below are read by
something the scan cannot see, each with who reads it.
"""

from __future__ import annotations

from pathlib import Path

from vulture import Vulture

ROOT = Path(__file__).resolve().parent.parent

#: Vulture's confidence from which a finding counts: 60 % covers unused attributes,
#: functions and variables (100 % alone would find only unreachable code and arguments).
MIN_CONFIDENCE = 60

#: Names used only by code outside the project, or kept as public API, and why.
READ_ELSEWHERE = {
    # Manim reads these.
    "shade_in_3d": "ThreeDCamera's shading switch on a mobject",
    "create_starting_mobject": "Manim's Animation hook",
    "interpolate_mobject": "Manim's Animation hook",
    "background_color": "Manim's config, set by the theme",
    "scale_tips": "Manim's Mobject.scale keyword, taken and ignored by MovingArrow.scale",
    "memo": "the __deepcopy__ protocol's argument",
    "__deepcopy__": "copy.deepcopy's hook, set on svgelements.Path by scenes/toolkit/style.py",
    "get_frame": "the renderer's method, replaced in a dry run",
    "save_static_frame_data": "the renderer's method, replaced in a dry run",
    "add_frame": "the renderer's method, replaced to catch a first frame",
    "num_frames": "the renderer's add_frame keyword",
    "__class__": "frames_comparison's scene given Tangency3D's camera",
    # pytest, pytest-xdist, mpmath and html.parser read these.
    "pytest_addoption": "pytest hook",
    "pytest_collection_modifyitems": "pytest hook",
    "pytest_xdist_make_scheduler": "pytest-xdist hook",
    "_split_scope": "pytest-xdist's LoadScopeScheduling hook",
    "dps": "mpmath's working precision",
    "handle_starttag": "HTMLParser hook",
    "handle_endtag": "HTMLParser hook",
    "handle_data": "HTMLParser hook",
    # Read through a name in a string: PathsScene.swap("current_formula", ...), and a
    # scene parameter read as self.data["travel_seconds"].
    "travel_seconds": "WhyCornersWin's pace parameter, read from self.data",
    "current_formula": "ShrinkagePaths' panel slot, set through swap's slot name",
    "whole_readout": "Readout.parts' tag, read by tests.scene_helpers.shown_tex from __dict__",
    # regmath's public API: a field of a returned record that no scene reads yet.
    "knot_points": "ShrinkagePaths.knot_points, w at each lasso knot",
}


def test_every_definition_is_used() -> None:
    scan = Vulture(ignore_names=list(READ_ELSEWHERE))
    scan.scavenge([str(ROOT / folder) for folder in ("regmath", "scenes", "tools", "tests")])
    unused = [f"{Path(item.filename).relative_to(ROOT)}:{item.first_lineno}: {item.message}"
              for item in scan.get_unused_code(min_confidence=MIN_CONFIDENCE)]
    assert unused == [], "\n".join(unused)


def test_the_exceptions_are_still_defined() -> None:
    # A name kept here after its definition went would hide the next dead one of that name.
    text = "\n".join(path.read_text() for folder in ("regmath", "scenes", "tools", "tests")
                     for path in (ROOT / folder).rglob("*.py")
                     if path.name != Path(__file__).name)
    stale = [name for name in READ_ELSEWHERE if name not in text]
    assert stale == [], stale
