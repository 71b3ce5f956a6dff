"""parse/article.py: rules written from the article corpus's dev pages added on branch
article14 (Chinese portals, Polish papers, a Tunisian paper): a dateline labelled
"published" in a class no date class names, and others below."""

from __future__ import annotations

from datetime import UTC, datetime

from _article import page

from aggregator.parse.article import read_article

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
