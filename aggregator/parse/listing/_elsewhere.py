"""Headlines that lead elsewhere: a headline aggregator's list (Drudge-like pages of bare
links under a masthead) links the stories it picks on other sites, each on the story's own
host. Such links are articles as much as the site's own are, when they spread over many
hosts; a list of one other site's stories, or of other sites' home pages, is not."""

from __future__ import annotations

from aggregator.parse.listing import _weights as W
from aggregator.parse.listing._placement import article_like
from aggregator.parse.listing._text import split_url


def headlines_elsewhere(links: list[str], base: str) -> float:
    """The share of ``links`` that lead to an article of another site than ``base``'s, when
    their hosts are many (``ELSEWHERE_HOSTS_SHARE`` distinct hosts per link); else 0."""
    if not links:
        return 0.0
    elsewhere = []
    for link in links:
        parts = split_url(link)
        origin = f"{parts.scheme}://{parts.netloc}/"
        # An article's address on its own site (a slug, an id, a dated path), on a host the
        # page's own links do not count as theirs.
        if parts.hostname and not article_like(link, base) and article_like(link, origin):
            elsewhere.append(parts.hostname.removeprefix("www."))
    if len(set(elsewhere)) < W.ELSEWHERE_HOSTS_SHARE * len(links):
        return 0.0
    return len(elsewhere) / len(links)
