"""The pages of an update beyond the source's own document: the feed a listing advertises,
the listing's next pages, and the article pages of new entries (enrich.py). Steps of
``Updater`` (update/_updater.py), kept apart so that each room stays short."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from aggregator import __version__
from aggregator.config import SourceConfig
from aggregator.enrich import enrich_due, merge
from aggregator.exceptions import SourceError, StorageError
from aggregator.redact import with_credentials
from aggregator.retag import tag_titles
from aggregator.tag import category_tags
from aggregator.types import EntryData, Fetched, ParsedFeed, SourceState, TaggedEntry, UpdateResult

if TYPE_CHECKING:
    from aggregator.digest import Digest
    from aggregator.update._updater import Updater

logger = logging.getLogger("aggregator.update")


def with_article_fields(
    updater: Updater, cfg: SourceConfig, name: str, entries: tuple[EntryData, ...]
) -> tuple[EntryData, ...]:
    """``entries`` with what their article pages gave, for those read (enrich.py): it
    stays, even once enrich is turned off, though the document says its older version."""
    if not entries or (cfg.type == "feed" and cfg.enrich is None):
        return entries
    read = updater.store.enrichment_fields(name, [e.guid for e in entries])
    return tuple(merge(e, read[e.guid]) if e.guid in read else e for e in entries)


def tagged_entries(
    updater: Updater, cfg: SourceConfig, entries: Sequence[EntryData], allowed: frozenset[str], read: Digest
) -> tuple[TaggedEntry, ...]:
    """Entries with their tags, and their search text where the parser process made it
    (an entry changed since, by its article page, gets None: the store folds it)."""
    searched = read.search_texts_of()
    tags_for = updater.tagger.tags_for
    return tuple(
        TaggedEntry(data, tags_for(data, cfg.tags, allowed, source=cfg.name), searched(data))
        for data in entries
    )


def enrich(
    updater: Updater, state: SourceState, cfg: SourceConfig, now: datetime, result: UpdateResult
) -> UpdateResult:
    """Read the article pages due (new entries, retries): after the fetch is stored and
    the claim released, in this worker, which holds the host's slot; an article page
    that fails is no failure of the source (enrich.py). ``result`` with what it did."""
    if not may_enrich(cfg):
        return result
    try:
        done = enrich_due(
            name=state.name,
            store=updater.store,
            fetcher=updater.fetcher,
            timezone=cfg.timezone,
            tags_for=lambda data: updater.tagger.tags_for(
                data, cfg.tags, category_tags((data,), cfg.category_tags), source=cfg.name
            ),
            tag_titles=lambda entries: tag_titles(updater.config, entries, categories=cfg.category_tags),
            now=now,
            stop=updater.stopping.is_set,
        )
    except StorageError as e:
        logger.error("article pages not stored source=%s error=%s", state.name, e)
        return result
    except Exception:  # a bug here must not make the source, already stored, fail
        logger.error("article pages not read source=%s", state.name, exc_info=True)
        return result
    return replace(
        result,
        articles_read=done.read,
        articles_failed=done.failed,
        articles_given_up=done.given_up,
        enriched=done.stored.updated,
    )


def read_alternate(
    updater: Updater, state: SourceState, cfg: SourceConfig, url: str, now: datetime
) -> tuple[Fetched, Digest] | None:
    """The feed a page advertises for its own listing, when it can be read and has
    entries; None to keep reading the page."""
    try:
        response = updater._fetch(state, url)
        if not isinstance(response, Fetched):
            return None
        read = updater.digest(state, cfg, response, now, source_type="feed")
    except SourceError as e:
        logger.warning(
            "advertised feed unusable, reading the page source=%s url=%s error=%s", state.name, url, e
        )
        return None
    if not read.entries:
        return None
    logger.info(
        "page advertises a feed of the same listing, reading it source=%s url=%s",
        state.name,
        response.url,
    )
    return response, read


def more_pages(
    updater: Updater,
    state: SourceState,
    cfg: SourceConfig,
    page_url: str,
    parsed: ParsedFeed,
    entries: tuple[EntryData, ...],
    now: datetime,
) -> tuple[EntryData, ...]:
    """Entries of the archive's next pages: on the first ingest up to ``pages`` deep
    (backfill); later only while every entry of the page just read is new, so a burst of
    articles between two polls is not lost."""
    from aggregator.parse import canonical_url  # a page was parsed: the parsers are loaded

    first_ingest = state.last_success is None
    visited = {canonical_url(page_url)}
    more: list[EntryData] = []
    next_url, page_entries = parsed.next_page, entries
    if next_url:
        next_url = with_credentials(next_url, page_url)
    for _ in range(cfg.pages - 1):
        if not next_url or canonical_url(next_url) in visited or not page_entries:
            break
        if not first_ingest and updater.store.known_guids(state.name, [e.guid for e in page_entries]):
            break
        visited.add(canonical_url(next_url))
        try:
            response = updater._fetch(state, next_url)
            assert isinstance(response, Fetched)  # no validators sent: never a 304
            page = updater.digest(state, cfg, response, now, source_type="html")
        except SourceError as e:
            logger.warning(
                "next page unreadable, stopping there source=%s url=%s error=%s", state.name, next_url, e
            )
            break
        page_entries = page.entries
        more.extend(page_entries)
        next_url = page.parsed.next_page
        if next_url:
            next_url = with_credentials(next_url, response.url)
    return tuple(more)


def may_enrich(cfg: SourceConfig) -> bool:
    """``SourceConfig.may_enrich``: whether the source may have entries to enrich."""
    return cfg.may_enrich()


def merge_pages(first: tuple[EntryData, ...], more: tuple[EntryData, ...]) -> tuple[EntryData, ...]:
    """Entries of several pages, each once: the newest page's version wins."""
    merged, seen = list(first), {e.guid for e in first}
    for entry in more:
        if entry.guid not in seen:
            seen.add(entry.guid)
            merged.append(entry)
    return tuple(merged)


def body_hash(response: Fetched, cfg: SourceConfig, source_type: str, limit: int) -> str:
    """What identifies a document as read: its bytes, and what their reading depends on (the
    declared charset, the source's reading settings, this version's parsers). The same hash
    again means that parsing would store nothing new."""
    how = json.dumps(
        [
            __version__,
            source_type,
            response.headers.get("content-type", ""),
            cfg.timezone,
            repr(cfg.select),
            limit,
        ]
    )
    return hashlib.sha256(how.encode() + b"\0" + response.body).hexdigest()
