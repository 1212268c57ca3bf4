"""The toolkit every story scene is built with.

style (colours, axes, labels, layout), notation (the story's symbols in TeX,
caption and spoken form), narration (words as data; pacing from the words),
params (class attributes checked before the first frame), reveal, readout and
motion (animations that keep previews fast), encoding (held frames converted
once). Nothing here computes geometry: coordinates come from `regmath`.
"""
