"""The choice of a page's list among panels shown in turns (class names are opaque tokens):
a box of cinemas, each tab its programme of the same films, is no list of the page's."""

from __future__ import annotations

from tests.parse.test_listing_structure import read


def headline(n: int) -> str:
    return f"<li><a href='/news/2026/11/a-story-{n}/'>A headline of the day number {n} in the city</a></li>"


def film(n: int) -> str:
    return (
        f"<li><h4><a href='/movies/movie/film-{n}/'>The film {n}</a></h4>"
        f"<p>Showing at 14:30 and 20:15, two hours long.</p></li>"
    )


def cinema(films: range) -> str:
    return f"<li><div class='kp'><ul class='kq'>{''.join(film(n) for n in films)}</ul></div></li>"


PAGE = (
    "<html><body><div class='ka'><ul class='kb'>"
    f"{''.join(headline(n) for n in range(8))}</ul></div>"
    f"<div class='kc'><ul class='kd'>{cinema(range(8))}{cinema(range(1, 9))}</ul></div>"
    "</body></html>"
)


def test_a_box_of_tabs_showing_the_same_films_is_no_list() -> None:
    links = [e.link for e in read(PAGE)]
    assert links[:8] == [f"https://blog.example/news/2026/11/a-story-{n}/" for n in range(8)]
    assert not any("/movies/" in link for link in links)


def test_a_list_shown_twice_whole_is_no_set_of_panels() -> None:
    twice = PAGE.replace(cinema(range(1, 9)), cinema(range(8)))
    assert any("/movies/" in e.link for e in read(twice))


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
