"""Processes as Linux's /proc shows them: for tests and benchmarks that watch the processes
a command starts (bench/memory.py, tests/test_parser_processes.py)."""

from __future__ import annotations

import os
from collections.abc import Iterable


def descendants(pid: int, limit: int = 1000) -> list[int]:
    """Children, grandchildren, ... of a process (from /proc/<pid>/task/*/children)."""
    found: list[int] = []
    queue = [pid]
    while queue and len(found) < limit:
        parent = queue.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except FileNotFoundError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{parent}/task/{task}/children", encoding="ascii") as f:
                    children = [int(c) for c in f.read().split()]
            except (FileNotFoundError, ProcessLookupError):
                continue
            found.extend(children)
            queue.extend(children)
    return found[:limit]


def running(pids: Iterable[int]) -> set[int]:
    """Those of ``pids`` that still run (a zombie, whose parent never reaps it, does not)."""
    alive = set()
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
                stat = f.read()
        except (FileNotFoundError, ProcessLookupError):
            continue
        if stat[stat.rindex(")") + 2 :].split()[0] != "Z":
            alive.add(pid)
    return alive
