"""A link aggregator's card names the linked story's site in a link of its own, to the
aggregator's page of that site's stories ("ac1235.github.io" -> /search?q=domain:ac1235.github.io,
Hacker News's "from?site=nytimes.com"): that link is the card's metadata, never its headline,
even when the host name is longer than a short headline ("APL At Its Core"). Before, the
longer text won, the entry took the search page's address and was lost (issue 12; the dev page
showing it: lobsters_front_us, two of its 25 stories).
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2018, 7, 14, 20, 48, tzinfo=UTC)
STORIES = [
    ("https://ac1235.github.io/apl.html", "APL At Its Core", "ac1235.github.io"),
    ("https://eli.thegreenplace.net/2018/basics-of-futexes/", "Basics of Futexes", "eli.thegreenplace.net"),
    ("https://example.org/a-much-longer-headline", "A much longer headline than its site", "example.org"),
    ("https://blog.example.net/posts/why-we-moved", "Why we moved our servers back home", "blog.example.net"),
    ("https://news.example.com/2018/07/14/story", "What the committee decided on Friday", "news.example.com"),
]


def story(n: int, link: str, title: str, host: str) -> str:
    return (
        f"<li class='story'><div class='details'><span class='link'><a href='{link}'>{title}</a></span>"
        f" <span class='tags'><a href='/t/apl' class='tag'>apl</a></span>"
        f" <a class='domain' href='/search?order=newest&amp;q=domain:{host}'>{host}</a>"
        f"<div class='byline'>via <a href='/u/user{n}'>user{n}</a> <span>{n + 1} hours ago</span>"
        f" | <a href='/s/ab{n}/story'>{n} comments</a></div></div></li>"
    )


def test_a_link_naming_the_story_s_site_is_not_its_headline() -> None:
    body = "".join(story(n, *s) for n, s in enumerate(STORIES))
    page = f"<html lang='en'><body><ol class='stories'>{body}</ol></body></html>"
    entries = parse_document(
        page.encode(), url="https://links.example/", source_type="html", timezone="UTC", now=NOW
    ).entries
    assert [(e.link, e.title) for e in entries] == [(link, title) for link, title, _ in STORIES]
