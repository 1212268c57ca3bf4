"""A held frame is converted to the video's pixel format once, not once per repeat.

A `wait()` of N frames, and every hold after a narrated beat, reaches Manim's
segment encoder as one RGBA frame with ``repeat=N``. Manim 0.22's
`VideoSegmentEncoder.write_frame` rebuilds an `av.VideoFrame` from the array
and converts it to yuv420p (swscale) for each of the N copies. The conversion
depends only on the pixels, so converting once and handing the converted frame
to the encoder N times, with consecutive timestamps, gives byte-identical
segments (tested against Manim's own method).

Why it matters: our scenes hold still for about half their frames while the
narration is read. On a 2-core machine the encoder threads share the cores
with rendering, and the repeated conversions were the largest part of their
work on held frames. SparsityOdds at -ql, in process: 2.3–2.9 s before,
1.6–2.1 s after.

`install()` replaces the method only on a Manim whose encoder has the shape
this was written against; otherwise Manim is left as it is.
"""

from __future__ import annotations

import inspect
from fractions import Fraction
from typing import Any

__all__ = ["install", "installed"]

_MARK = "_converts_held_frames_once"


def _encoder_class() -> Any | None:
    """Manim's VideoSegmentEncoder if it is the one we know (0.22), else None."""
    try:
        from manim.scene.video_segment_encoder import VideoSegmentEncoder
    except ImportError:
        return None
    write = getattr(VideoSegmentEncoder, "write_frame", None)
    needed = ("_validate_frame", "_operation_error", "finish")
    if write is None or not all(hasattr(VideoSegmentEncoder, name) for name in needed):
        return None
    if getattr(write, _MARK, False):
        return VideoSegmentEncoder
    if list(inspect.signature(write).parameters) != ["self", "pixels", "repeat"]:
        return None
    return VideoSegmentEncoder


def install() -> bool:
    """Make held frames convert once. Returns whether Manim's encoder now does."""
    encoder = _encoder_class()
    if encoder is None:
        return False
    if getattr(encoder.write_frame, _MARK, False):
        return True
    original = encoder.write_frame

    def write_frame(self: Any, pixels: Any, *, repeat: int = 1) -> None:
        """Encode ``pixels`` ``repeat`` times at consecutive PTS, converting it once."""
        if repeat == 1 or isinstance(repeat, bool) or not isinstance(repeat, int):
            original(self, pixels, repeat=repeat)  # Manim's own path and its checks
            return
        import av

        self._validate_frame(pixels, repeat)
        time_base = Fraction(self.spec.frame_rate.denominator, self.spec.frame_rate.numerator)
        try:
            frame = av.VideoFrame.from_ndarray(pixels, format="rgba")
            frame = frame.reformat(format=self._stream.pix_fmt)
            for _ in range(repeat):
                frame.pts = self._next_pts
                frame.time_base = time_base
                self._next_pts += 1
                for packet in self._stream.encode(frame):
                    self._container.mux(packet)
        except BaseException as error:
            raise self._operation_error("encode", error) from error

    setattr(write_frame, _MARK, True)
    write_frame.__wrapped__ = original  # type: ignore[attr-defined]
    encoder.write_frame = write_frame
    return True


def installed() -> bool:
    """Whether held frames are converted once in this process."""
    encoder = _encoder_class()
    return encoder is not None and getattr(encoder.write_frame, _MARK, False)
