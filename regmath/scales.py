"""Round drawing scales: a note "arrows at ½ × true length" instead of "0.498 ×".

A scene that draws arrows at a scale k chosen to make one arrow a given length
gets an odd number (0.498); a viewer reads that as an implementation leftover.
`readable_scale` moves k to the nearest (in ratio) of the round numbers
{1, 2, 2.5, 5} · 10ⁿ, so the note reads 0.5 and every arrow is still drawn at
one stated scale.
"""

from __future__ import annotations

import math

from regmath.errors import InvalidArgumentError

__all__ = ["ROUND_MANTISSAS", "readable_scale"]

#: The mantissas of the round scales, one decade.
ROUND_MANTISSAS: tuple[float, ...] = (1.0, 2.0, 2.5, 5.0)


def readable_scale(scale: float) -> float:
    r"""The round number m · 10ⁿ (m in `ROUND_MANTISSAS`) nearest to ``scale`` in ratio.

    The candidates are m · 10ⁿ for n = ⌊log₁₀ k⌋ and n + 1 (which include the
    next decade's 1); the one minimizing |log(c / k)| wins, the smaller on a tie.

    Parameters
    ----------
    scale : float
        k > 0, finite.

    Returns
    -------
    float
        The round scale c, with c / k within [1/√2, √2] (the widest gap, 2 to
        2.5 to 5 to 10, is a factor 2).

    Raises
    ------
    InvalidArgumentError
        If ``scale`` is not a positive finite number.
    """
    k = float(scale)
    if not math.isfinite(k) or k <= 0.0:
        raise InvalidArgumentError("scale", f"must be a positive finite number, got {scale!r}")
    n = math.floor(math.log10(k))
    candidates = [m * 10.0**e for e in (n, n + 1) for m in ROUND_MANTISSAS]
    best = min(candidates, key=lambda c: (abs(math.log(c / k)), c))
    # 10.0**e carries binary error (0.1 → 0.1000…01): round to the mantissa's digits.
    return float(f"{best:.12g}")
