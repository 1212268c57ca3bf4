"""Manim scenes."""
