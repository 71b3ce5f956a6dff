"""Counting the work a piece of Python does, in lines executed: a measure of complexity that
says the same on a loaded machine, where timing would not (no timing assertions)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any, TypeVar

T = TypeVar("T")


def count_steps(fn: Callable[[], T]) -> tuple[T, int]:
    """(fn's result, the Python lines and calls executed while it ran)."""
    steps = 0

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal steps
        steps += 1
        return trace

    sys.settrace(trace)
    try:
        result = fn()
    finally:
        sys.settrace(None)
    return result, steps
