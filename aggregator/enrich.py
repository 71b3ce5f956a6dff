"""Enrichment: each new entry's own article page read once, its metadata preferred.

    due        store.due_enrichments()        -> EnrichmentTask...  (new entries, retries due)
    fetch      Fetcher.fetch(entry url)       -> Fetched            (the host's pacing applies)
    read       read_article()                 -> ArticleData        (parse/article.py)
    merge      article_fields(), merge()      -> EntryData          (the page's fields win)
    tag        tags_for()                     -> TaggedEntry
    store      store.record_enrichments()     -> StoreResult        (one transaction)

A listing's card is a poor witness of its article (a kicker in the title, no author, a date
without its time); the article page declares them for search engines. ``[[sources]] enrich``
says what is read: "none", "metadata" (title, date, authors) or "full" (also the main text as
the entry's content). An entry's page is read once; a page that fails (404, timeout, refused
address, not HTML) leaves the listing's data, is no error of the source, and is tried again
after ``RETRY_DELAYS``, then given up. The entry's guid never depends on it.

update.py calls ``enrich_due`` after storing a source's fetch: at most ``MAX_PER_PASS`` pages
per source and pass, none started after ``PASS_BUDGET``, the rest left for the next pass, so a
first poll or a backfill of a big listing does not hold a worker for long.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from aggregator.exceptions import SourceError
from aggregator.fetch import Fetcher
from aggregator.store import Store
from aggregator.types import (
    ArticleData,
    EnrichmentOutcome,
    EnrichmentTask,
    EntryData,
    Fetched,
    RawEntry,
    StoreResult,
    TaggedEntry,
)

logger = logging.getLogger(__name__)

#: Waits before trying a failed article page again: a server down for an hour, a page
#: published before it was reachable. After the last one the page is given up.
RETRY_DELAYS = (timedelta(hours=1), timedelta(hours=4), timedelta(days=1))
#: Article pages read per source and pass: the first poll of a 50-entry listing takes five
#: passes rather than holding a worker (and its host's slot) for 50 requests.
MAX_PER_PASS = 10
#: No new article page is started after this long within one source's pass.
PASS_BUDGET = timedelta(seconds=60)
#: A date from the page that is a day only replaces a listing date only when they are further
#: apart than this (noon of the day, ± half a day: the listing's date is the same day, with
#: its time).
SAME_DAY = timedelta(hours=12)


@dataclass(frozen=True, slots=True)
class EnrichResult:
    """What one pass of enrichment over one source did."""

    read: int = 0
    failed: int = 0
    given_up: int = 0
    stored: StoreResult = field(default_factory=StoreResult)


def retry_at(tries: int, now: datetime) -> datetime | None:
    """When to try a page again that has now failed ``tries + 1`` times; None: give up."""
    return now + RETRY_DELAYS[tries] if tries < len(RETRY_DELAYS) else None


def article_fields(article: ArticleData, *, url: str, listing: EntryData | None = None) -> dict[str, Any]:
    """The fields an article page gives, normalized like any entry's (plain-text title,
    sanitized content, plausible date), with "origin": field -> where on the page.

    A day without a time of day does not replace a listing date of that same day.
    """
    from aggregator.normalize import normalize_entry  # a page was read: parsing is loaded

    raw = RawEntry(
        link=url,
        title=article.title,
        author=", ".join(article.authors) or None,
        published=article.published,
        content=article.content,
    )
    normal = normalize_entry(raw, base_url=url)
    if normal is None:
        return {}
    fields: dict[str, Any] = {}
    if normal.title:
        fields["title"] = normal.title
    if normal.author:
        fields["author"] = normal.author
    if normal.content:
        fields["content"] = normal.content
    listed = listing.published if listing else None
    if normal.published and not (
        article.day_only and listed is not None and abs(listed - normal.published) <= SAME_DAY
    ):
        fields["published"] = normal.published.isoformat()
    origin = {name: article.origin[name] for name in fields if name in article.origin}
    return fields | {"origin": origin} if fields else {}


def merge(data: EntryData, fields: Mapping[str, Any]) -> EntryData:
    """``data`` with the fields an article page gave in place of the listing's."""
    from aggregator.normalize import content_hash  # not imported by a pass of 304s (nh3, lxml)

    changes: dict[str, Any] = {k: fields[k] for k in ("title", "author", "content") if k in fields}
    if "published" in fields:
        changes["published"] = datetime.fromisoformat(fields["published"])
    if not changes:
        return data
    merged = replace(data, **changes)
    return replace(merged, content_hash=content_hash(merged))


def enrich_due(
    *,
    name: str,
    store: Store,
    fetcher: Fetcher,
    timezone: str,
    tags_for: Callable[[EntryData], frozenset[str]],
    tag_titles: Callable[[Sequence[EntryData]], Mapping[str, str]],
    now: datetime,
    limit: int = MAX_PER_PASS,
    budget: timedelta = PASS_BUDGET,
    clock: Callable[[], float] = time.monotonic,
    stop: Callable[[], bool] = lambda: False,
) -> EnrichResult:
    """Read the article pages of the source's entries that are due, and store what they gave.

    Stops starting pages after ``budget``, or once ``stop()`` is true (the process is
    stopping); those left are due at the next pass.

    Raises:
        StorageError: the store failed (the pages' results of this pass are lost, and the
            pages read again at the next).
    """
    tasks = store.due_enrichments(name, now, limit)
    if not tasks:
        return EnrichResult()
    deadline = clock() + budget.total_seconds()
    outcomes: list[EnrichmentOutcome] = []
    read = failed = given_up = 0
    for task in tasks:
        if clock() > deadline or stop():
            break
        outcome = _enrich_one(name, task, fetcher, timezone, tags_for, now)
        outcomes.append(outcome)
        if outcome.entry is not None:
            read += 1
        elif outcome.retry_at is None:
            given_up += 1
        else:
            failed += 1
    entries = [o.entry.data for o in outcomes if o.entry is not None]
    stored = store.record_enrichments(name, outcomes, tag_titles(entries), now)
    logger.info(
        "article pages read source=%s read=%d failed=%d given_up=%d updated=%d left=%d",
        name,
        read,
        failed,
        given_up,
        stored.updated,
        len(tasks) - len(outcomes),
    )
    return EnrichResult(read=read, failed=failed, given_up=given_up, stored=stored)


def _enrich_one(
    name: str,
    task: EnrichmentTask,
    fetcher: Fetcher,
    timezone: str,
    tags_for: Callable[[EntryData], frozenset[str]],
    now: datetime,
) -> EnrichmentOutcome:
    from aggregator.parse.article import read_article  # its libraries are heavy: see there

    url = task.data.url
    try:
        if not url:
            raise SourceError("the entry has no link to read", source=name)
        response = fetcher.fetch(url)
        assert isinstance(response, Fetched)  # no validators sent: never a 304
        article = read_article(
            response.body,
            url=response.url,
            headers=response.headers,
            timezone=timezone,
            full=task.mode == "full",
        )
    except SourceError as e:
        when = retry_at(task.tries, now)
        logger.warning(
            "article page unreadable source=%s url=%s tries=%d retry=%s error=%s",
            name,
            url,
            task.tries + 1,
            when.isoformat(timespec="seconds") if when else "never",
            e,
        )
        return EnrichmentOutcome(entry_id=task.entry_id, error=str(e), retry_at=when)
    except Exception as e:  # a bug, or a page no parser expected: this entry only, retried
        when = retry_at(task.tries, now)
        logger.error("article page read crashed source=%s url=%s", name, url, exc_info=True)
        return EnrichmentOutcome(
            entry_id=task.entry_id, error=f"internal error: {type(e).__name__}: {e}", retry_at=when
        )
    fields = article_fields(article, url=response.url, listing=task.data)
    data = merge(task.data, fields)
    logger.debug(
        "article page read source=%s url=%s fields=%s", name, url, ",".join(sorted(fields.get("origin", {})))
    )
    return EnrichmentOutcome(entry_id=task.entry_id, entry=TaggedEntry(data, tags_for(data)), fields=fields)
