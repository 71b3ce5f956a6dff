"""parse/article.py: rules written from the article corpus's dev pages added on branch
article14 (Chinese portals, Polish papers, a Tunisian paper): a dateline labelled
"published" in a class no date class names, and others below."""

from __future__ import annotations

from datetime import UTC, datetime

from _article import jsonld, page

from aggregator.parse.article import read_article
from aggregator.parse.article_names import split_names
from aggregator.parse.article_title import Candidate, _without_named_trail

URL = "https://www.example.pl/sieci-ipn,pnews,4715.html"


def _with_dateline(line: str, lang: str = "pl") -> bytes:
    body = (
        "<main><h1>IPN, czyli element infrastruktury krytycznej</h1>"
        f'<div class="infobox"><div class="infoEditor left">{line}</div></div>'
        "<p>Zadania Instytutu Pamięci Narodowej zawsze wykraczały poza sferę działalności naukowej, "
        "a opisanie czasów komunizmu jest istotne przy tworzeniu wspólnoty.</p></main>"
    )
    return page(body=body, lang=lang, title="IPN, czyli element infrastruktury krytycznej")


def test_a_line_labelled_published_is_the_dateline_whatever_its_class() -> None:
    article = read_article(_with_dateline("opublikowano: 7 kwietnia 2021"), url=URL, timezone="Europe/Warsaw")
    assert article.published is not None
    assert article.published.astimezone(UTC).date() == datetime(2021, 4, 7).date()


def test_a_published_label_in_chinese_before_a_timestamp() -> None:
    line = "发布时间：2019-09-05 11:10"
    article = read_article(_with_dateline(line, lang="zh"), url=URL, timezone="Asia/Shanghai")
    assert article.published == datetime(2019, 9, 5, 3, 10, tzinfo=UTC)


ZH_URL = "https://www.example.cn/newsDetail_forward_7732983"


def _chinese(header: str, first: str = "") -> bytes:
    body = (
        "<main><h1>柳叶刀：味觉嗅觉丧失是新冠感染最强预测指标</h1>"
        f"<div class='news_about'>{header}</div><div class='news_txt'>{first}"
        "<p>此前，发烧、咳嗽被认为是新冠病毒感染的最主要症状。然而最新的研究发现，味觉嗅觉丧失更具特异性。</p>"
        "</div></main>"
    )
    return page(body=body, lang="zh", title="柳叶刀：味觉嗅觉丧失是新冠感染最强预测指标")


def _authors(body: bytes) -> list[str]:
    return list(read_article(body, url=ZH_URL, timezone="Asia/Shanghai").authors)


def test_a_chinese_reporter_byline_names_its_reporters() -> None:
    header = "<p>澎湃新闻记者 贺梨萍</p><p>2020-06-06 10:08 来源：澎湃新闻</p>"
    assert _authors(_chinese(header)) == ["贺梨萍"]


def test_two_reporters_in_the_text_s_first_line() -> None:
    first = "<p><strong>澎湃新闻记者 段彦超 廖艳</strong></p>"
    assert _authors(_chinese("<p>2019年11月25日 16:04:30来源：澎湃新闻网</p>", first)) == ["段彦超", "廖艳"]


def test_the_word_for_author_on_the_date_s_line() -> None:
    header = (
        "<div class='info'>发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| "
        "0 条评论| 作者<span>魏星</span></div>"
    )
    assert _authors(_chinese(header)) == ["魏星"]


def test_a_list_headed_by_the_word_for_author_names_nobody() -> None:
    header = "<p>2019-09-05 11:10 来源：游民星空</p><h4>作者最新文章</h4><p>作者：未知</p>"
    assert _authors(_chinese(header)) == []


def _titled(og_title: str, h1: str, url: str, byline: str = "") -> str | None:
    head = f'<meta property="og:title" content="{og_title}">'
    body = (
        f"<main><h1>{h1}</h1>{byline}<p>Tekst artykułu, który opisuje sprawę szerzej niż nagłówek.</p></main>"
    )
    return read_article(page(head, body, lang="pl", title=og_title), url=url).title


def test_a_name_after_the_shown_headline_in_the_declared_one_is_left_out() -> None:
    # The author's name joined by a dash with no space, the byline's; the address spells the headline.
    url = "https://liberte.example/koncesjonowana-opozycja/"
    byline = "<p>Leszek Jażdżewski</p>"
    got = _titled("Koncesjonowana opozycja -Leszek Jażdżewski", "Koncesjonowana opozycja", url, byline)
    assert got == "Koncesjonowana opozycja"


def test_a_weekly_s_name_after_the_shown_headline_with_no_separator() -> None:
    # "Sieci": a word of the site's name (wsieciprawdy.pl).
    url = "http://www.wsieciprawdy.pl/sieci-ipn-czyli-element-infrastruktury-krytycznej,pnews,4715.html"
    h1 = "„Sieci”: IPN, czyli element infrastruktury krytycznej"
    assert _titled(f"{h1}  Tygodnik Sieci", h1, url) == h1


def test_words_the_address_spells_are_the_headline_s_rest() -> None:
    # The <h1> shows a shorter form; the address spells the declared one's last words too.
    url = "https://www.example.com/news/trump-says-biden-lost-debate"
    got = _titled("Trump Says Biden Lost Debate", "Trump Says", url)
    assert got == "Trump Says Biden Lost Debate"


def test_names_beginning_with_latin_extended_capitals_are_names() -> None:
    # Polish Ś, Ż, Ł: a name of capitalized words, which "Jane Doe, Publication" splits.
    assert split_names("Żaneta Ślusarczyk, Łukasz Brzeziński") == ["Żaneta Ślusarczyk", "Łukasz Brzeziński"]


def test_a_byline_written_by_a_name_with_a_latin_extended_capital() -> None:
    body = (
        "<main><h1>Sprzeciw wobec ataków na fundację medialną</h1><p>By Łukasz Brzeziński</p>"
        "<p>Kolejne organizacje sprzeciwiają się atakom wymierzonym w fundację i jej dzieła.</p></main>"
    )
    article = read_article(page(body=body, lang="pl", title="Sprzeciw"), url=URL, timezone="Europe/Warsaw")
    assert list(article.authors) == ["Łukasz Brzeziński"]


def test_the_site_s_unit_beside_the_author_is_no_author() -> None:
    head = jsonld(
        {
            "@type": "NewsArticle",
            "author": {"@type": "Person", "name": "Marek Świerczyński, Polityka Insight"},
        }
    )
    body = "<main><h1>Królowa wypływa w świat. Sygnał dla Chin i Rosji</h1><p>Tekst artykułu.</p></main>"
    url = "https://www.polityka.pl/tygodnikpolityka/swiat/2116825,1,krolowa.read"
    article = read_article(page(head, body, lang="pl"), url=url, timezone="Europe/Warsaw")
    assert list(article.authors) == ["Marek Świerczyński"]


def test_the_tab_s_title_keeps_a_section_after_the_shown_headline() -> None:
    # "Kicker: Headline - Wirtschaft": the <title>'s last part is a section, and the <title>
    # is a witness: only a declared headline loses a name after the shown one.
    shown = Candidate("Deutschlandtakt: Flixbus attackiert Deutsche Bahn", "article", "displayed")
    tab = Candidate(f"{shown.text} - Wirtschaft", "article", "title")
    slug = frozenset({"bahn", "flixbus", "flixtrain", "deutschlandtakt", "fernverkehr"})
    assert _without_named_trail(tab, shown, slug) == tab
    # Nor a declared one's after a spaced dash (review 23: "Headline - Section" is two parts).
    declared = Candidate(f"{shown.text} - Wirtschaft", "opengraph", "declared")
    assert _without_named_trail(declared, shown, slug) == declared
