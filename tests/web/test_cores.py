"""The core a web server's threads run on (web/cores.py): threads started under ``on_cpu``
keep that core, the starting thread gets its own cores back, and slots take the cores this
process may run on in turn."""

from __future__ import annotations

import os
import threading

import pytest

from aggregator.web.cores import on_cpu, web_cpu

ALLOWED = sorted(os.sched_getaffinity(0))
needs_two = pytest.mark.skipif(len(ALLOWED) < 2, reason="one core only: nothing to choose")


@needs_two
def test_threads_started_on_a_core_stay_there_and_the_starter_gets_its_cores_back() -> None:
    seen: list[set[int]] = []
    done = threading.Event()

    def work() -> None:
        seen.append(os.sched_getaffinity(0))
        done.wait(10)
        seen.append(os.sched_getaffinity(0))

    with on_cpu(ALLOWED[-1]):
        thread = threading.Thread(target=work)
        thread.start()
    assert sorted(os.sched_getaffinity(0)) == ALLOWED
    done.set()
    thread.join(10)
    assert seen == [{ALLOWED[-1]}, {ALLOWED[-1]}]


@needs_two
def test_slots_take_the_allowed_cores_in_turn() -> None:
    assert [web_cpu(slot) for slot in range(len(ALLOWED) + 1)] == [*ALLOWED, ALLOWED[0]]


def test_no_core_named_leaves_threads_where_they_were() -> None:
    with on_cpu(None):
        assert sorted(os.sched_getaffinity(0)) == ALLOWED


def test_one_allowed_core_names_none() -> None:
    before = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {ALLOWED[0]})
    try:
        assert web_cpu(0) is None and web_cpu(3) is None
    finally:
        os.sched_setaffinity(0, before)
