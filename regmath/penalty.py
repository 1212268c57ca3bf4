"""Helpers for the penalty-equals-constraint story: a resting λ whose shown digits are exact."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

from regmath.errors import InvalidArgumentError

__all__ = ["round_strength"]


def round_strength(value: float, *, significant: int = 3) -> float:
    r"""``value`` rounded half up to ``significant`` significant digits.

    A strength λ that is shown with ``significant`` digits is used with exactly those
    digits, so every quantity recomputed from the shown λ (w*(λ), t = ‖w*‖₁) matches what
    is shown: λ = s · 10^(e − significant + 1) with s the rounded integer mantissa and
    e = ⌊log₁₀ |value|⌋.

    Parameters
    ----------
    value : float
        A finite strength; 0 stays 0.
    significant : int
        Significant digits kept, ≥ 1.

    Returns
    -------
    float
        The rounded value (the float nearest the decimal).

    Raises
    ------
    InvalidArgumentError
        If ``value`` is not finite or ``significant`` < 1.
    """
    if not math.isfinite(value):
        raise InvalidArgumentError("value", f"must be finite, got {value}")
    if significant < 1:
        raise InvalidArgumentError("significant", f"must be at least 1, got {significant}")
    if value == 0.0:
        return 0.0
    exponent = math.floor(math.log10(abs(value)))
    quantum = Decimal(1).scaleb(exponent - significant + 1)
    return float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))
