"""parse/article_title.py and parse/article_dates.py (branch artitles): headlines and dates
that pages declare otherwise than they show, each rule on a page made for it."""

from __future__ import annotations

from _article import page

from aggregator.parse.article import read_article

URL = "https://www.example.org/noticias/storm-floods-the-harbour-town-overnight"
HEADLINE = "Storm floods the harbour town overnight"
TEXT = "<p>The water rose a metre above the quay before dawn, and the ferries stayed in port.</p>"


def _title(head: str, body: str, title: str) -> str | None:
    return read_article(page(head=head, body=body, lang="en", title=title), url=URL).title


def test_a_bracketed_tag_opening_og_title_is_dropped_when_the_title_writes_the_headline_without_it() -> None:
    # og:title only, "[HN] Headline"; the <title> "Harbour News :: Headline"; no heading shows it.
    head = f'<meta property="og:title" content="[HN] {HEADLINE}">'
    body = f'<div class="news"><span class="headline">{HEADLINE}</span>{TEXT}</div>'
    assert _title(head, body, f"Harbour News :: {HEADLINE}") == HEADLINE


def test_a_bracketed_tag_the_title_writes_too_is_kept() -> None:
    # "[Update] Headline" in og:title and in the <title>: the headline's own words.
    head = f'<meta property="og:title" content="[Update] {HEADLINE}">'
    body = f'<div class="news"><span class="headline">[Update] {HEADLINE}</span>{TEXT}</div>'
    assert _title(head, body, f"[Update] {HEADLINE} | Harbour News") == f"[Update] {HEADLINE}"


def test_a_related_story_card_s_time_is_not_the_article_s_date() -> None:
    # The <h1> and its byline's <time> sit outside <main>, which holds the text and a related
    # list whose items are microdata Articles, each headline linking to its story, with a time.
    head = '<meta property="article:published_time" content="2017-10-05T16:11:02-04:00">'
    body = (
        '<div itemscope itemtype="https://schema.org/NewsArticle">'
        f'<header><h1 itemprop="headline">{HEADLINE}</h1><p>By Ann Reporter '
        '<time itemprop="datePublished" datetime="2017-10-05T16:11:02-04:00">Oct 5, 2017 4:11 PM EDT</time>'
        f'</p></header><main role="main">{TEXT}<div class="stories">'
        '<div class="story" itemscope itemtype="https://schema.org/Article">'
        '<a itemprop="mainEntityOfPage" href="/noticias/stocks-hold-at-session-highs">'
        '<h3 itemprop="headline">Stocks hold at session highs before the jobs report</h3></a>'
        '<time itemprop="datePublished" datetime="2017-10-05T13:54:23-04:00">Oct 5, 2017 1:54 PM EDT</time>'
        "</div></div></main></div>"
    )
    article = read_article(page(head=head, body=body, lang="en", title=HEADLINE), url=URL)
    assert article.published is not None
    assert article.published.isoformat() == "2017-10-05T20:11:02+00:00"


def test_og_title_cut_at_a_comma_of_the_h1_that_microdata_writes_whole_is_not_the_headline() -> None:
    # og:title and twitter:title the first half; the <h1 itemprop="headline"> whole.
    short = "Eleven harbour towns flooded overnight"
    whole = f"{short}, and the ferries stayed in port until the water went down"
    head = f'<meta property="og:title" content="{short}"><meta name="twitter:title" content="{short}">'
    body = (
        '<article itemscope itemtype="https://schema.org/NewsArticle">'
        f'<h1 itemprop="headline">{whole}</h1>{TEXT}</article>'
    )
    assert _title(head, body, "Harbour towns flooded") == whole


def test_a_json_ld_headline_escaped_twice_is_decoded_twice() -> None:
    # "Ford&amp;#8217;s" in the JSON-LD: a template escaped the headline for HTML, then for JSON.
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
    head += '"Ford&amp;#8217;s storm floods the harbour town"}</script>'
    assert _title(head, f"<div>{TEXT}</div>", "Tab") == "Ford’s storm floods the harbour town"
