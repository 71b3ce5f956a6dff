"""The scheduler's heartbeat in the store: when a tick last finished, for the /healthz of
processes that run no scheduler themselves (``serve`` beside workers).

One setting row, written by the tick every ``scheduler.HEARTBEAT`` and read by the web; a
room of its own so that neither has to know the other's key.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

#: The settings row holding the last tick's time (ISO 8601, UTC).
HEARTBEAT_SETTING = "scheduler_last_tick"


class HeartbeatRoom:
    """Mixed into Store: needs its ``get_setting`` and ``set_setting``."""

    if TYPE_CHECKING:  # provided by Store; not defined here, so they shadow nothing

        def get_setting(self, key: str) -> str | None: ...
        def set_setting(self, key: str, value: str) -> None: ...

    def record_heartbeat(self, now: datetime) -> None:
        """A tick of some process's scheduler finished at ``now``."""
        self.set_setting(HEARTBEAT_SETTING, now.isoformat())

    def last_heartbeat(self) -> datetime | None:
        """When a scheduler's tick last finished, in any process (None: never)."""
        value = self.get_setting(HEARTBEAT_SETTING)
        return datetime.fromisoformat(value) if value else None
