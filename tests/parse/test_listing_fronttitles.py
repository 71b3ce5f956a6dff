"""Rules learnt from the development corpus's pages added by branch fronttitles (an
institution's home page of blocks, energygov_home_us) and from a news front's carousel
(zeit_front_de), each checked on a written page that fails without it."""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html

from aggregator.parse import parse_document
from aggregator.parse.listing._link_title import link_title

NOW = datetime(2017, 10, 2, tzinfo=UTC)

CARD = """<div class="item"><a href="/articles/{slug}" class="title-link"
 aria-label="Read more about '{label}'" title="Read more about '{label}'">{text}</a>
<div class="date">September {day}, 2017</div><p>{teaser}</p></div>"""


def test_a_read_more_label_quoting_the_title_gives_the_title_without_quotes() -> None:
    # Drupal's teasers label their title links "Read more about '<title>'", the title inside
    # quotes and its entities escaped twice ("R&amp;amp;D" in the source): the headline is
    # the title, not "'… R&amp;D …'".
    grid = "Secretary Urges Swift Action on Grid Resiliency"
    algae = "Eighteen New Projects for Macroalgae"
    solar = "Solar Office Reaches Its Cost Goal Early"
    rows = [
        ("grid", grid, grid),
        ("labs", "National Labs Recognized as R&amp;amp;D Hub", "National Labs Recognized as R&amp;D Hub"),
        ("algae", algae, algae),
        ("solar", solar, solar),
    ]
    teaser = "The department said more on the plan today."
    cards = "".join(
        CARD.format(slug=slug, label=label, text=text, day=29 - i, teaser=teaser)
        for i, (slug, label, text) in enumerate(rows)
    )
    page = (
        "<html lang='en'><head><title>Department</title></head><body><main><h2>News</h2>"
        f"<div class='listing'>{cards}</div></main></body></html>"
    )
    parsed = parse_document(
        page.encode(),
        url="https://department.example/",
        source_type="html",
        timezone="America/New_York",
        now=NOW,
    )
    titles = {e.link.rsplit("/", 1)[-1]: e.title for e in parsed.entries}
    assert titles == {
        "grid": "Secretary Urges Swift Action on Grid Resiliency",
        "labs": "National Labs Recognized as R&D Hub",
        "algae": "Eighteen New Projects for Macroalgae",
        "solar": "Solar Office Reaches Its Cost Goal Early",
    }


def test_a_script_inside_a_picture_link_is_no_headline() -> None:
    # A carousel's slide link shows only pictures, each with its JSON-LD "ImageObject" in a
    # <script>: the script's text is code, never the link's headline (zeit_front_de's lead).
    picture = (
        "<figure><picture><img src='/{n}.jpg' alt=''></picture>"
        '<script type="application/ld+json">{{ "@context": "https://schema.org", '
        '"@type": "ImageObject", "url": "https://img.example/{n}.jpg" }}</script></figure>'
    )
    slide = lxml.html.fromstring(
        f"<a href='/politik/liveblog'>{picture.format(n=1)}{picture.format(n=2)}</a>"
    )
    assert link_title(slide, lambda text: None)[0] is None


def test_a_kicker_and_a_title_named_so_stay_apart_however_short_the_title() -> None:
    # "<kicker>Lutz Helmig</kicker><hidden>: </hidden><title>Im Wunderland</title>": two words
    # after two read as one title with a subtitle ("Star Wars: Episode IV") unless the page
    # names the first a kicker and the second the title.
    heading = lxml.html.fromstring(
        "<a href='/2026/10/lutz-helmig'><h3 class='teaser__heading'>"
        "<span class='teaser__kicker teaser__kicker--light'>Lutz Helmig</span>"
        "<span class='visually-hidden'>: </span> "
        "<span class='teaser__title teaser__title--light'>Im Wunderland</span></h3></a>"
    )
    assert link_title(heading, lambda text: None)[0] == "Im Wunderland"


def test_a_read_more_prefix_is_a_whole_word() -> None:
    # "Mehr" (more) opens "Mehr lesen" labels, and "Mehrsprachigkeit" (multilingualism) too:
    # only the word is a "read more" prefix.
    overlay = lxml.html.fromstring(
        "<a href='/gesellschaft/mehrsprachigkeit-intro' title='Mehrsprachigkeit: Intro'>"
        "<img src='/logo.jpg' alt=''></a>"
    )
    assert link_title(overlay, lambda text: None)[0] == "Mehrsprachigkeit: Intro"
