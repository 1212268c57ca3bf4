"""Placeholder while LagrangeHike is rebuilt."""
VARIANTS = []
