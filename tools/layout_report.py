"""Print where a scene's texts meet strokes or each other (tests/layout.py), frame by frame.

    python -m tools.layout_report L1Tangency [--fps 5] [--min-seconds 0.5]
    python -m tools.layout_report L1Tangency-edge     # a lecturer's variant (tests/claims_*.py)

A dry run (no video) of the scene with `LayoutRecorder`; each line is one span:
start–end, the kind (struck: a line through the text; hidden: a line cut by the
text's opaque box; stacked: two texts overlapping; small: a text below the size readable at 480p), the
text and what it meets.
A tool for fixing a scene's layout, run on the stock scenes by tests/test_layout.py.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

#: The opacity from which a text counts as on screen in this report.
FADED_ALPHA = 0.2


def scene_class(name: str) -> type:
    """A stock scene by class name, or a lecturer's variant by its id."""
    from scenes.cli import story  # the catalogue in story order: name -> class
    from tests.layout import LayoutRecorder
    from tests.test_variants import VARIANTS

    scenes = story()
    # A label faded below full opacity but still visible (≥ FADED_ALPHA) is still there: a
    # stroke through it is a strike, not hidden by the fade (the reviewers read fading
    # labels as defects).
    faded = {"text_alpha": FADED_ALPHA}
    if name in scenes:
        return type(name, (LayoutRecorder, scenes[name]), faded)
    for variant in VARIANTS:
        if variant.id == name and not variant.refused:
            return type(name.replace("-", "_"), (LayoutRecorder, variant.scene),
                        {**dict(variant.data), **faded})
    raise SystemExit(f"scene: no stock scene or rendering variant named {name!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scene")
    parser.add_argument("--fps", type=int, default=5)
    parser.add_argument("--min-seconds", type=float, default=0.5)
    args = parser.parse_args(argv)
    from tests.layout import layout_problems
    from tests.scene_helpers import dry_run

    scene = dry_run(scene_class(args.scene), Path(tempfile.mkdtemp()), frame_rate=args.fps)
    found = layout_problems(scene, min_seconds=args.min_seconds)
    for collision in found:
        print(collision)
    by_kind = {kind: sum(c.kind == kind for c in found) for kind in ("struck", "hidden", "stacked", "small")}
    print(f"{args.scene}: {len(found)} spans ≥ {args.min_seconds} s "
          + ", ".join(f"{n} {kind}" for kind, n in by_kind.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
