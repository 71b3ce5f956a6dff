"""Rules learnt from the development corpus's deal streams added by branch homes
(mydealz_discussed_de, mydealz_discussed_2017_de), each checked on a written page that fails
without it: a card's line about its discussion ("kommentiert vor 1 m von Domsoy", "commented
3 hours ago by alice") tells neither the entry's date nor its author."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2019, 12, 21, 12, 0, tzinfo=UTC)

DEALS = [
    ("laptop", "ThinkPad E495 mit Ryzen 5 für 499€", "skipfish", "showerpopper"),
    ("drucker", "Brother DCP-L3550CDW Laserdrucker Farbe", "vladimir_pudding", "checkstudent"),
    ("haartrockner", "Dyson Supersonic Haartrockner für 299€", "Ninibride18", "Canoli"),
    ("karte", "SanDisk Ultra 128GB microSDXC für 12€", "Funmilka", "Ninegraves"),
]


def _page(card: str, lang: str = "de") -> bytes:
    cards = "".join(
        card.format(slug=slug, title=title, poster=poster, commenter=commenter, n=i + 1)
        for i, (slug, title, poster, commenter) in enumerate(DEALS)
    )
    return (
        f"<html lang='{lang}'><head><title>Deals</title></head><body><main>"
        f"<section class='list'>{cards}</section></main></body></html>"
    ).encode()


def _entries(body: bytes) -> dict[str, tuple[str | None, datetime | None]]:
    feed = parse_document(
        body, url="https://deals.example/discussed", source_type="html", timezone="Europe/Berlin", now=NOW
    )
    return {e.link: (e.author, e.published) for e in feed.entries}


def test_a_comment_line_above_the_title_names_neither_the_poster_nor_the_date() -> None:
    # The newest comment's age and its writer stand above the deal's title, its short twin
    # for small screens beside it; the poster's profile link comes at the card's foot. The
    # card shows no posting date at all.
    card = (
        "<article class='thread'><div class='meta'><span class='ribbon'>"
        "<span class='narrow'>vor {n} m</span>"
        "<span class='wide'>kommentiert vor {n} m von {commenter}</span></span></div>"
        "<strong class='thread-title'><a href='/deals/{slug}'>{title}</a></strong>"
        "<p>Ein gutes Angebot im Markt und online, solange der Vorrat reicht, mit Versand.</p>"
        "<div class='foot'><a href='/profile/{poster}' class='user'>{poster}</a>"
        "<a href='/deals/{slug}#comments'>12</a></div></article>"
    )
    got = _entries(_page(card))
    assert len(got) == 4
    for slug, _, poster, _ in DEALS:
        assert got[f"https://deals.example/deals/{slug}"] == (poster, None)


def test_a_time_element_holding_a_comment_line_is_not_the_entry_date() -> None:
    # 2017 markup: a <time> with a Unix time shown as "commented 9 s ago", its short twin
    # inside it, after the poster's name.
    card = (
        "<article class='thread'><strong class='thread-title'>"
        "<a href='/deals/{slug}'>{title}</a></strong>"
        "<span class='user'>{poster}</span>"
        "<time datetime='1576929{n}00'><span class='wide'>commented {n} min ago</span>"
        "<span class='narrow'>{n} min ago</span></time>"
        "<p>A good offer in store and online while stocks last, shipping included.</p></article>"
    )
    got = _entries(_page(card, "en"))
    assert len(got) == 4
    assert all(published is None for _, published in got.values())


def test_an_offers_end_and_its_short_twin_are_not_the_entry_date() -> None:
    # A deal's card shows when the offer ends, in a wide and a narrow form side by side, and
    # no posting date: the entries are undated, not dated by the end of the offer.
    card = (
        "<article class='thread'><div class='meta'><span class='ribbon'>"
        "<span class='narrow'><b>2{n}.12.2019</b></span>"
        "<span class='wide'>Läuft bis <b>2{n}.12.2019</b></span></span></div>"
        "<strong class='thread-title'><a href='/deals/{slug}'>{title}</a></strong>"
        "<p>Ein gutes Angebot im Markt und online, solange der Vorrat reicht, mit Versand.</p>"
        "<div class='foot'><a href='/profile/{poster}' class='user'>{poster}</a></div></article>"
    )
    got = _entries(_page(card))
    assert len(got) == 4
    assert all(published is None for _, published in got.values())


def test_a_heading_row_linked_to_the_merchant_gives_way_to_the_title_linked_to_the_deal() -> None:
    # Each card names two elements a title: a "heading" row above, the temperature and the
    # merchant's link, and the deal's title below it. The card's own address (picture, price,
    # title, "read more", comments) is the deal's: its title is the headline.
    card = (
        "<article class='thread'><div class='thread-image'><a href='/deals/{slug}'><img src='/i/{n}.jpg'></a>"
        "<a href='/deals/{slug}'><span class='price'>{n}9€</span></a></div>"
        "<div class='thread-heading'><strong class='temp'>{n}97°</strong>"
        "<a class='group' href='/angebote/shop-{n}'>Shop {n} Angebote</a></div>"
        "<div class='body'><strong class='thread-title'><a href='/deals/{slug}'>{title}</a></strong>"
        "<span class='user'>{poster}</span>"
        "<div class='text'>Ein gutes Angebot im Markt und online, solange der Vorrat reicht."
        " <a href='/deals/{slug}'>Weiterlesen</a></div>"
        "<a href='/deals/{slug}#comments'>Kommentare</a></div></article>"
    )
    url = "https://deals.example/discussed"
    feed = parse_document(_page(card), url=url, source_type="html", timezone="Europe/Berlin", now=NOW)
    got = {e.link: e.title for e in feed.entries}
    assert got == {f"https://deals.example/deals/{slug}": title for slug, title, _, _ in DEALS}
