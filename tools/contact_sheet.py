"""Frames of a rendered video, for looking at: single PNGs and contact sheets.

    python tools/contact_sheet.py media/videos/tangency/480p15/L1Tangency.mp4 --every 2
    python tools/contact_sheet.py VIDEO --at 12.5 30 --out frames/

Writes, next to the video (or into --out), ``NAME_sheet_K.png``: grids of
frames every ``--every`` seconds and at every subtitle cue's start and end
(read from the .srt beside the video), each stamped with its time and the cue
shown at that moment. ``--at`` writes single frames instead. Uses PyAV and
Pillow, which Manim already needs.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import av
from PIL import Image, ImageDraw, ImageFont

#: A font with the captions' symbols (ŵ, λ, ‖, ₁); Pillow's own has none of them.
FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",)


def caption_font(size: int = 13) -> ImageFont.ImageFont:
    for path in FONTS:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default()


TIME = re.compile(r"(\d+):(\d+):(\d+),(\d+) --> (\d+):(\d+):(\d+),(\d+)")


def read_cues(srt: Path) -> list[tuple[float, float, str]]:
    """(start, end, text) of each cue of an .srt file."""
    if not srt.exists():
        return []
    cues = []
    for block in srt.read_text(encoding="utf-8").strip().split("\n\n"):
        lines = block.splitlines()
        for k, line in enumerate(lines):
            match = TIME.match(line)
            if match:
                g = [int(x) for x in match.groups()]
                start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
                end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
                cues.append((start, end, " ".join(lines[k + 1:])))
                break
    return cues


def frames_at(video: Path, times: list[float]) -> list[tuple[float, Image.Image]]:
    """The frame shown at each time (the last frame starting at or before it)."""
    wanted = sorted(set(round(t, 3) for t in times))
    out: list[tuple[float, Image.Image]] = []
    with av.open(str(video)) as container:
        stream = container.streams.video[0]
        previous = None
        k = 0
        for frame in container.decode(stream):
            t = float(frame.pts * stream.time_base)
            while k < len(wanted) and wanted[k] < t - 1e-6:
                if previous is not None:
                    out.append((wanted[k], previous))
                k += 1
            previous = frame.to_image()
            if k >= len(wanted):
                break
        while k < len(wanted) and previous is not None:
            out.append((wanted[k], previous))
            k += 1
    return out


def cue_at(cues: list[tuple[float, float, str]], t: float) -> str:
    return next((text for start, end, text in cues if start <= t < end), "")


def sheet(frames: list[tuple[float, Image.Image]], cues, columns: int = 3,
          width: int = 560) -> Image.Image:
    first = frames[0][1]
    height = int(first.height * width / first.width)
    caption = 44
    rows = (len(frames) + columns - 1) // columns
    canvas = Image.new("RGB", (columns * width, rows * (height + caption)), "white")
    draw = ImageDraw.Draw(canvas)
    font = caption_font()
    for k, (t, image) in enumerate(frames):
        x, y = (k % columns) * width, (k // columns) * (height + caption)
        canvas.paste(image.convert("RGB").resize((width, height)), (x, y))
        text = f"{t:6.2f}s  {cue_at(cues, t)}"
        draw.text((x + 4, y + height + 2), text[:80], fill="black", font=font)
        draw.text((x + 4, y + height + 20), text[80:160], fill="black", font=font)
    return canvas


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("video", type=Path)
    parser.add_argument("--every", type=float, default=2.0)
    parser.add_argument("--at", type=float, nargs="*")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--per-sheet", type=int, default=12)
    args = parser.parse_args()
    out = args.out or args.video.parent
    out.mkdir(parents=True, exist_ok=True)
    cues = read_cues(args.video.with_suffix(".srt"))
    if args.at:
        for t, image in frames_at(args.video, args.at):
            path = out / f"{args.video.stem}_{t:07.2f}.png"
            image.save(path)
            print(path)
        return
    with av.open(str(args.video)) as container:
        duration = float(container.duration / av.time_base)
    times = [k * args.every for k in range(int(duration / args.every) + 1)]
    for start, end, _ in cues:
        times += [start + 0.01, max(end - 0.05, 0.0)]
    frames = frames_at(args.video, sorted(t for t in times if t <= duration))
    for k in range(0, len(frames), args.per_sheet):
        path = out / f"{args.video.stem}_sheet_{k // args.per_sheet:02d}.png"
        sheet(frames[k:k + args.per_sheet], cues).save(path)
        print(path)


if __name__ == "__main__":
    main()
