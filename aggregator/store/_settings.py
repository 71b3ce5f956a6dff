"""The settings room: small named values (the tagging fingerprint, the heartbeat) and
periodic jobs that one worker of several runs per period."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update

from aggregator.store import models as m
from aggregator.store._base import StoreBase
from aggregator.store.engine import insert_missing


class SettingRooms(StoreBase):
    """Named settings and periodic-job claims."""

    def get_setting(self, key: str) -> str | None:
        with self._reading() as s:
            return s.scalar(select(m.Setting.value).where(m.Setting.key == key))

    def set_setting(self, key: str, value: str) -> None:
        with self._writing() as s:
            # Processes starting together all set the same settings: the first insert wins,
            # the others wait for it, then update.
            insert_missing(s, m.Setting, [{"key": key, "value": value}])
            s.execute(update(m.Setting).where(m.Setting.key == key).values(value=value))

    def claim_periodic(self, key: str, now: datetime, every: timedelta) -> bool:
        """True when the periodic job ``key`` last ran ``every`` ago or more (or never), and
        records that it runs now: among several workers, one runs it per period."""
        with self._writing() as s:
            insert_missing(s, m.Setting, [{"key": key, "value": ""}])
            row = s.scalar(select(m.Setting).where(m.Setting.key == key).with_for_update())
            assert row is not None
            if row.value and datetime.fromisoformat(row.value) > now - every:
                return False
            row.value = now.isoformat()
            return True
