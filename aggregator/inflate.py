"""Content-Encoding decoded in bounded steps (gzip, deflate, br): a compressed bomb never
inflates whole; the fetcher stops at its size cap as the pieces come (fetch.py)."""

from __future__ import annotations

import zlib
from collections.abc import Iterator

from aggregator.exceptions import FetchError

try:
    import brotli

    # Before 1.2, process() had no output limit: a bomb would inflate whole. Not offered then.
    brotli.Decompressor().process(b"", output_buffer_limit=1)
    BROTLI = True
except (ImportError, TypeError, AttributeError):  # pragma: no cover - depends on the install
    BROTLI = False

#: Size of the pieces decompression proceeds in.
CHUNK = 64 * 1024


class Inflater:
    """zlib decompression that yields output in bounded pieces (a bomb never inflates whole)."""

    def __init__(self, encoding: str) -> None:
        self._gzip = encoding != "deflate"
        # 16+: gzip header; deflate is zlib-wrapped per RFC 9110 but some servers send it raw.
        self._obj = zlib.decompressobj(16 + zlib.MAX_WBITS if self._gzip else zlib.MAX_WBITS)
        self._first = True

    def feed(self, data: bytes, limit: int) -> Iterator[bytes]:
        step = max(1, min(limit, CHUNK))
        while True:
            piece = self._decompress(data, step)
            data = self._obj.unconsumed_tail
            if piece:
                yield piece
            # Done when the input is used up and the output was not cut short by ``step``.
            if self._obj.eof or (not data and len(piece) < step):
                return

    def _decompress(self, data: bytes, step: int) -> bytes:
        try:
            if self._first and not self._gzip:
                self._first = False
                try:
                    return self._obj.decompress(data, step)
                except zlib.error:
                    self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
            return self._obj.decompress(data, step)
        except zlib.error as e:
            raise FetchError(f"corrupt compressed body: {e}") from e

    def drain(self, limit: int) -> Iterator[bytes]:
        """Output still held once the input has ended: none, ``feed`` consumed it all."""
        return iter(())

    def finish(self) -> None:
        # A stream cut short means a truncated body: refuse it rather than parse half.
        if not self._obj.eof:
            raise FetchError("compressed body ends early (truncated response)")


class Unbrotli:
    """Brotli decompression in bounded pieces: ``output_buffer_limit`` (brotli >= 1.2) stops
    each step after about ``limit`` bytes (one internal block more at worst, google/brotli
    issue 1396), where a plain ``process()`` would inflate a whole 800-byte, 512 MB bomb."""

    def __init__(self) -> None:
        self._obj = brotli.Decompressor()

    def feed(self, data: bytes, limit: int) -> Iterator[bytes]:
        step = max(1, min(limit, CHUNK))
        try:
            piece = self._obj.process(data, output_buffer_limit=step)
            # Bounded: every round yields output, and the caller stops past fetch.max_bytes.
            while True:
                if piece:
                    yield piece
                if self._obj.can_accept_more_data():
                    return
                piece = self._obj.process(b"", output_buffer_limit=step)
                if not piece:
                    raise FetchError("corrupt compressed body: brotli decoder stalled")
        except brotli.error as e:
            raise FetchError(f"corrupt compressed body: {e}") from e

    def drain(self, limit: int) -> Iterator[bytes]:
        """Output the decoder still holds once the input has ended (``can_accept_more_data``
        turns true before all the input taken is decoded), in bounded steps."""
        step = max(1, min(limit, CHUNK))
        try:
            while not self._obj.is_finished():
                piece = self._obj.process(b"", output_buffer_limit=step)
                if not piece:
                    return
                yield piece
        except brotli.error as e:
            raise FetchError(f"corrupt compressed body: {e}") from e

    def finish(self) -> None:
        if not self._obj.is_finished():
            raise FetchError("compressed body ends early (truncated response)")
