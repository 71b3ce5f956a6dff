"""The choice of a page's list beside a box of tabs (class names are opaque tokens): panels
headed by one word, each over a text, linking a query page, are no posts."""

from __future__ import annotations

from tests.parse.test_listing_structure import read


def headline(n: int) -> str:
    return f"<li><a href='/news/2026/11/a-story-{n}/'>A headline of the day number {n} in the city</a></li>"


def forecast(city: str) -> str:
    return (
        f"<div class='kr'><h2><a href='/weather/index.jsp?site=news&code={city}'>{city}</a></h2>"
        "<p>Showers, 24°C to 26°C; mostly sunny tomorrow, 21°C to 31°C.</p></div>"
    )


def test_tabs_headed_by_one_word_linking_a_query_page_are_no_posts() -> None:
    cities = ["Adelaide", "Brisbane", "Cairns", "Canberra", "Darwin", "Hobart", "Perth"]
    page = (
        "<html><body><div class='ka'><ul class='kb'>"
        f"{''.join(headline(n) for n in range(6))}</ul></div>"
        f"<div class='kc'>{''.join(forecast(city) for city in cities)}</div></body></html>"
    )
    links = [e.link for e in read(page)]
    assert links == [f"https://blog.example/news/2026/11/a-story-{n}/" for n in range(6)]
