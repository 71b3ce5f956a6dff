"""The only exception hierarchy of the project.

Every error that reaches a user says what happened and what to do. Third-party errors are
converted where they enter (httpx in fetch.py, feedparser/lxml in parse/, SQLAlchemy in
store/) and chained with ``raise ... from``.
"""

from __future__ import annotations

from pathlib import Path


class AggregatorError(Exception):
    """Base of every error raised by aggregator."""

    default_message = "aggregator error"

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only attributes survive pickling (errors of a parser process come back).
        return (_rebuild, (type(self), self.message, dict(self.__dict__)))


def _rebuild(cls: type[AggregatorError], message: str, state: dict[str, object]) -> AggregatorError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


class ConfigError(AggregatorError):
    """The configuration is invalid. The command line exits with status 2."""

    default_message = "invalid configuration"

    def __init__(
        self, message: str | None = None, *, path: Path | str | None = None, key: str | None = None
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.key = key
        super().__init__(message)

    def __str__(self) -> str:
        where = str(self.path) if self.path else "configuration"
        if self.key:
            where = f"{where}: {self.key}"
        return f"{where}: {self.message}"


class QueryError(AggregatorError):
    """A query (``[tags.<slug>] query``, ``tags --try``, ``/search?q=``) cannot be read:
    ``column`` (1-based) is where, the message says what was expected there."""

    default_message = "invalid query"

    def __init__(self, message: str | None = None, *, column: int = 1) -> None:
        self.column = column
        super().__init__(message)

    def __str__(self) -> str:
        return f"column {self.column}: {self.message}"


class SourceError(AggregatorError):
    """A source could not be updated. Recorded on the source; never fatal to the others."""

    default_message = "source error"

    def __init__(
        self,
        message: str | None = None,
        *,
        source: str | None = None,
        url: str | None = None,
        status: int | None = None,
    ) -> None:
        self.source = source
        self.url = url
        #: HTTP status of the response that failed (or whose body failed), when one came.
        self.status = status
        super().__init__(message)


class FetchError(SourceError):
    """The HTTP request failed: connection, timeout, size limit or an error status."""

    default_message = "fetch failed"

    def __init__(
        self,
        message: str | None = None,
        *,
        source: str | None = None,
        url: str | None = None,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        #: Seconds the server asked us to wait (Retry-After), when it said so.
        self.retry_after = retry_after
        super().__init__(message, source=source, url=url, status=status)


class ParseError(SourceError):
    """The body is not a feed or a page we can read."""

    default_message = "could not parse the document"


class StorageError(AggregatorError):
    """The database failed or is unreachable."""

    default_message = "database error"


class ClaimLostError(StorageError):
    """A worker's claim on a source expired and another worker took it: the late result is
    dropped, so a source is never updated twice for one due time."""

    default_message = "the claim on the source was lost"


class NotFoundError(AggregatorError):
    """A thing asked for by name does not exist (the web layer answers 404)."""

    default_message = "not found"


class TagNotFoundError(NotFoundError):
    default_message = "no such tag"


class SourceNotFoundError(NotFoundError):
    default_message = "no such source"


class WebSubRequestError(AggregatorError):
    """A WebSub (un)subscription request our hub refuses (the web layer answers 400)."""

    default_message = "bad WebSub request"
