"""Rules from listing25's pages in languages and scripts the corpus had not seen: a user's
name set apart in a ``<bdi>`` beside the date is the card's author in any script (Arabic
names have no capitals to read), a classified ad's "subject" is its title, and the price
written inside a title is not part of it."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.types import RawEntry

NOW = datetime(2026, 6, 23, 12, 50, tzinfo=UTC)
SITE = "https://market.example"


def entries(body: str, lang: str = "en") -> tuple[RawEntry, ...]:
    page = f"<html lang='{lang}'><head><title>Market</title></head><body>{body}</body></html>"
    return parse_document(page.encode(), url=f"{SITE}/", source_type="html", timezone="UTC", now=NOW).entries


#: Clients' names as an Arabic marketplace prints them: a first name and an initial.
_CLIENTS = ("حسن ا.", "زياد عيسى ا.", "الشمس و.", "بدر ا.", "عبدالله ح.", "محمد آ.")


def _project_row(n: int, client: str) -> str:
    return (
        f"<tr class='project-row'><td><h2><a href='/project/{1000 + n}-build-a-site'>"
        f"تصميم موقع تعريفي رقم {n} لشركة ناشئة</a></h2>"
        "<ul class='project__meta'>"
        f"<li class='text-muted'><i class='fa fa-user'></i> <bdi>{client}</bdi></li>"
        f"<li class='text-muted'><time datetime='2026-06-23 1{n}:05:00'>منذ {n + 1} ساعات</time></li>"
        f"<li class='text-muted'>{n + 3} عروض</li></ul>"
        f"<p class='project__brief'><a href='/project/{1000 + n}-build-a-site'>نبحث عن مطور.</a></p>"
        "</td></tr>"
    )


def test_a_users_name_in_a_bdi_beside_the_date_is_the_author_in_any_script() -> None:
    rows = "".join(_project_row(n, client) for n, client in enumerate(_CLIENTS))
    found = entries(f"<main><table class='projects-table'><tbody>{rows}</tbody></table></main>", lang="ar")
    assert [e.author for e in found] == list(_CLIENTS)


def test_a_bdi_holding_a_count_or_a_date_is_no_author() -> None:
    rows = "".join(_project_row(n, "12 عروض") for n in range(4))
    found = entries(f"<main><table class='projects-table'><tbody>{rows}</tbody></table></main>", lang="ar")
    assert len(found) == 4 and all(e.author is None for e in found)


_ADS = (
    ("Eladó víznyomásos betegemelő", "9 000 Ft"),
    ("Lószerszámok, hámok, nyergek eladók", "35 000 Ft"),
    ("Gyermek kerékpár 14 colos", "11 900 Ft"),
    ("Csinos női bundakabát, világos", "9 900 Ft"),
    ("Gépi menetmetsző", "150 000 Ft"),
)


def test_a_classified_ads_subject_is_its_title_without_the_price_inside_it() -> None:
    rows = "".join(
        f"<div class='listing-row'><a class='listing-ad-link' href='/heves/ad_{n}.htm'>"
        "<div class='listing_thumbs_date'><div>Ma<br>17:3{n}</div></div>"
        f"<div class='listing_image'><img src='/thumbs/{n}.jpg' alt=''>"
        f"<div class='image-count'>{n + 2}</div></div>"
        f"<div class='thumbs_subject'>{subject}"
        f"<div class='prices'><span class='price'>{price}</span></div></div>"
        "</a></div>"
        for n, (subject, price) in enumerate(_ADS)
    )
    found = entries(f"<main><div class='list'>{rows}</div></main>", lang="hu")
    assert [e.title for e in found] == [subject for subject, _ in _ADS]


def test_a_price_inside_a_headline_is_not_part_of_it() -> None:
    cards = "".join(
        f"<li class='product'><h3><a href='/p/{n}-item'>{subject} <span class='price'>{price}</span></a></h3>"
        "<p>Used, in good order, collect in town.</p></li>"
        for n, (subject, price) in enumerate(_ADS)
    )
    found = entries(f"<main><ul class='products'>{cards}</ul></main>", lang="hu")
    assert [e.title for e in found] == [subject for subject, _ in _ADS]
