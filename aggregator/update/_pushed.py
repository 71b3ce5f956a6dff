"""A document a source's WebSub hub pushed, stored like a fetched one (``Updater.ingest_pushed``)."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from aggregator.exceptions import SourceError
from aggregator.retag import tag_titles
from aggregator.tag import category_tags
from aggregator.types import Fetched, SourceUpdate, UpdateResult
from aggregator.update._pages import tagged_entries, with_article_fields

if TYPE_CHECKING:
    from aggregator.update._updater import Updater

logger = logging.getLogger("aggregator.update")


def ingest_pushed(updater: Updater, name: str, body: bytes, headers: Mapping[str, str]) -> UpdateResult:
    """Store what a source's hub pushed (WebSub 7): parsed, tagged and stored like a
    fetched body; the next poll moves to ``scheduler.max_interval`` (the safety net).

    Raises ParseError for a body that is not the source's document, StorageError.
    """
    started = time.monotonic()
    now = datetime.now(UTC)
    cfg = updater.config.source(name)
    if cfg is None:
        raise SourceError("source is no longer in the configuration", source=name)
    state = updater.store.source_state(name)
    response = Fetched(url=state.url, status=200, headers=dict(headers), body=body)
    read = updater.digest(state, cfg, response, now, source_type="feed")
    entries = with_article_fields(updater, cfg, name, read.entries)
    allowed = category_tags(entries, cfg.category_tags)
    tagged = tagged_entries(updater, cfg, entries, allowed, read)
    next_fetch = now + updater.config.scheduler.max_interval
    # Article pages of new entries (enrich) are read at the source's next poll.
    stored = updater.store.apply_update(
        SourceUpdate(
            name=name,
            fetched_at=now,
            next_fetch=next_fetch,
            status=200,
            etag=state.etag,
            last_modified=state.last_modified,
            feed=read.info,
            feed_ttl=read.parsed.ttl,
            via=state.via,
            entries=tagged,
            tag_titles=tag_titles(updater.config, entries, categories=bool(allowed)),
            enrich=cfg.enrich_for(read.parsed.kind),
            category_tags=allowed - set(cfg.tags),
        )
    )
    result = UpdateResult(
        source=name,
        new=stored.new,
        updated=stored.updated,
        unchanged=stored.unchanged,
        status=200,
        next_fetch=next_fetch,
        basis="websub",
        seconds=time.monotonic() - started,
    )
    logger.info(
        "source pushed source=%s new=%d updated=%d ms=%d next=%s",
        name,
        result.new,
        result.updated,
        result.seconds * 1000,
        next_fetch.isoformat(timespec="seconds"),
    )
    return result
