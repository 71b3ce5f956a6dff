"""Narrowings of rules added by listing20/listing21, each on a written page those rules misread:
a ticker's time before its linked headline, a majority line after an item's own title, a
byline naming its author outside its link, a category link before "by", a table of th rows,
a domain for sale, a product's name under its brand, a same-id block closed in balanced markup."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


def _parse(page: str, url: str) -> list[tuple[str, str, str | None]]:
    parsed = parse_document(page.encode(), url=url, source_type="html", timezone="UTC", now=NOW)
    return [(e.link, e.title or "", e.author) for e in parsed.entries]


def _page(rows: str) -> str:
    return f"<html><head><title>T</title></head><body>{rows}</body></html>"


def test_a_time_of_day_beside_a_worded_link_is_no_permalink() -> None:
    stories = ["Ministers meet in Brussels for crisis talks", "Stocks rally as inflation cools faster"]
    stories += ["Storm warning issued for the north coast", "Rail strike called off after a late deal"]
    rows = "".join(
        f'<div class="entry"><a class="time" href="/a/{i}">10:{i}0</a>'
        f'<a class="hl" href="/a/{i}">{title}</a></div>'
        for i, title in enumerate(stories)
    )
    found = _parse(_page(f'<div class="feed">{rows}</div>'), "https://news.example.com/live/")
    assert [title for _, title, _ in found] == stories


def test_a_majority_line_after_an_item_s_own_title_does_not_replace_it() -> None:
    notices = [
        ("Cleaning services", "Janitorial and facility upkeep for regional offices"),
        ("Road resurfacing programme phase two", "Civil works"),
        ("Laptops", "Information technology equipment and accessories"),
        ("Catering for staff canteen at the ministry building", "Food"),
        ("Printers", "Office machines, printing and reprographic devices"),
        ("Guards", "Security and guarding services for public buildings"),
    ]
    rows = "".join(
        f'<div class="row"><a href="/notice/{i}"><div class="t">{t}</div><div class="n">N-{i}</div>'
        f'<div class="c">{c}</div></a><span class="date">Dec {i + 1}, 2026</span></div>'
        for i, (t, c) in enumerate(notices)
    )
    found = _parse(_page(f'<div class="results">{rows}</div>'), "https://notices.example.gov/search")
    titles = dict((link.rsplit("/", 1)[-1], title) for link, title, _ in found)
    assert titles["1"] == "Road resurfacing programme phase two"
    assert titles["3"] == "Catering for staff canteen at the ministry building"


def test_a_byline_naming_its_author_outside_its_profile_link_keeps_that_name() -> None:
    posts = [
        ("release", "Release 3.0 is out with plugin support", 'Written by <a href="/users/sam">Sam Roe</a>'),
        ("roadmap", "Our roadmap for the coming year of work", 'Written by <a href="/users/sam">Sam Roe</a>'),
        (
            "meetup",
            "Recap of the Berlin meetup",
            'Written by Ana Pop, photos by <a href="/users/kim">Kim Lee</a>',
        ),
    ]
    rows = "".join(
        f'<div class="post"><h2><a href="/blog/{slug}">{title}</a></h2><div class="byline">{line}'
        f" · Nov {i + 2}, 2026</div></div>"
        for i, (slug, title, line) in enumerate(posts)
    )
    found = _parse(_page(f'<div class="posts">{rows}</div>'), "https://community.example.org/blog/")
    # The line's own name comes first, not the photographer's profile link.
    assert [(author or "").split(",")[0] for _, _, author in found] == ["Sam Roe", "Sam Roe", "Ana Pop"]


def test_by_after_a_category_link_is_the_byline() -> None:
    posts = [("budget", "Council approves the 2027 budget after debate", "Politics", "Jane Doe")]
    posts += [("snow", "Snow forces school closures across the county", "Local", "Mark Smith")]
    rows = "".join(
        f'<div class="post"><h2><a href="/2026/12/0{i + 1}/{slug}/">{title}</a></h2><p class="meta">Posted '
        f'in <a href="/category/{cat.lower()}/">{cat}</a> by <a href="/writers/{slug}/">{name}</a> on '
        f"December {i + 1}, 2026</p><p>The council voted on Thursday to approve it.</p></div>"
        for i, (slug, title, cat, name) in enumerate(posts)
    )
    found = _parse(_page(f'<div id="main">{rows}</div>'), "https://gazette.example.com/news/")
    assert [author for _, _, author in found] == ["Jane Doe", "Mark Smith"]


def test_a_table_whose_rows_are_all_header_cells_keeps_its_rows() -> None:
    threads = [
        ("alice", "Help: my router drops the connection every hour"),
        ("bob", "Best budget mechanical keyboard in 2026?"),
        ("carol", "Linux kernel 7.2 released with new scheduler"),
        ("dave", "Cannot install drivers on fresh Windows setup"),
    ]
    rows = "".join(
        f'<tr><th><a href="/t/10{i}">{t}</a></th><th>{who}</th><th>{i + 3} replies</th></tr>'
        for i, (who, t) in enumerate(threads)
    )
    found = _parse(
        _page(f'<table class="topics">{rows}</table>'), "https://forum.example.org/viewforum.php?f=3"
    )
    assert [title for _, title, _ in found] == [t for _, t in threads]


def test_a_host_name_linked_with_no_link_to_that_host_is_a_headline() -> None:
    domains = ["coffeeshop.io", "greenenergy.de", "travelbook.com", "petcare.co.uk"]
    rows = "".join(
        f'<div class="dom"><a class="name" href="/domain/{d}">{d}</a><span class="price">$2,400</span>'
        f'<a class="buy" href="/checkout?domain={d}">Buy now</a><span class="date">Listed Dec {4 - i}, 2026'
        "</span></div>"
        for i, d in enumerate(domains)
    )
    found = _parse(_page(f'<div class="listing">{rows}</div>'), "https://domains.example.net/market/")
    assert [title for _, title, _ in found] == domains


def test_a_product_name_under_its_brand_s_heading_is_the_headline() -> None:
    products = [("parka", "Mountain Hardwear", "Alpine Down Parka for Women, Waterproof")]
    products += [("nuptse", "The North Face", "1996 Retro Nuptse Jacket in Black")]
    products += [("beta", "Helly Hansen", "Odin Mountain Infinity Shell Jacket")]
    rows = "".join(
        f'<div class="product"><h4><a href="/p/{slug}">{brand}</a></h4><a href="/p/{slug}"><span '
        f'class="product-title">{name}</span> <span class="price">€349</span></a></div>'
        for slug, brand, name in products
    )
    found = _parse(_page(f'<div class="products">{rows}</div>'), "https://shop.example.com/c/jackets")
    assert [title for _, title, _ in found] == [name for _, _, name in products]


def test_a_same_id_block_inside_its_like_in_balanced_markup_stays() -> None:
    stories = [("fire", "Incendio in un capannone alla periferia nord della città")]
    stories += [("rapina", "Rapina in banca, arrestati due giovani dopo un inseguimento")]
    stories += [("neve", "Neve in arrivo sulle colline: le previsioni per il weekend")]
    rows = "".join(
        f'<div id="item" class="item"><h3><a href="/cronaca/{slug}">{title}</a></h3><span class="data">'
        f'{4 - i} dicembre 2026</span><div id="item" class="item related"><a href="/cronaca/{slug}-video">'
        "Il video dei vigili del fuoco</a></div></div>"
        for i, (slug, title) in enumerate(stories)
    )
    found = _parse(_page(f'<section id="lista">{rows}</section>'), "https://news.example.it/cronaca/")
    assert [title for _, title, _ in found] == [title for _, title in stories]
