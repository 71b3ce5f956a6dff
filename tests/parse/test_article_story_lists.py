"""A page that declares no date takes its dateline, not a related list's bare ``<time>``s:
a list of which two items or more hold a heading or a headline link is other stories' cards,
whatever its class, in scripts written with spaces or without (parse/article_head.py
``in_story_list``)."""

from __future__ import annotations

from datetime import UTC, datetime

from _article import page

from aggregator.parse.article import read_article


def published(body: str, lang: str) -> datetime | None:
    article = read_article(page("", body, lang), url="https://example.org/news/1", timezone="Asia/Shanghai")
    return article.published


def related(cards: list[tuple[str, str]], heading: bool) -> str:
    items = "".join(
        f"<li><h5>{title}</h5><p><time>{day}</time></p></li>"
        if heading
        else f"<li><a href='/n/{i}'>{title}</a> <time>{day}</time></li>"
        for i, (title, day) in enumerate(cards)
    )
    return f"<ul class='list-tp2'>{items}</ul>"


def test_a_related_list_of_headed_cards_after_the_text_gives_no_date() -> None:
    # the headline's block stands before the <article> of the text, the list after it (a
    # mobile page's layout): what follows the headline is searched
    cards = [
        ("谁告你大长腿就好看的？步大扯垮的囧图", "2019-09-06"),
        ("本周新游推荐：九款好玩的手机游戏", "2019-09-04"),
    ]
    head = "<div><h1>逆水寒再按照这个速度研发下去</h1><span>2019-09-05 11:10 游民星空</span></div>"
    text = "<p>《逆水寒》每周的版本更新都安排在周四，玩家各种蹲守，期待能第一个挖到爆料。</p>"
    assert published(f"{head}<article>{text}</article>{related(cards, True)}", "zh") == datetime(
        2019, 9, 5, 3, 10, tzinfo=UTC
    )


def test_a_list_of_headline_links_in_a_script_without_spaces_is_other_stories() -> None:
    cards = [
        ("本周新游推荐九款好玩的手机游戏", "2019-09-06"),
        ("逆水寒新版本更新内容一览详细介绍", "2019-09-04"),
    ]
    head = "<div><h1>逆水寒再按照这个速度研发下去</h1><span>2019-09-05 11:10</span></div>"
    text = "<p>《逆水寒》每周的版本更新都安排在周四。</p>"
    assert published(f"{head}<article>{text}</article>{related(cards, False)}", "zh") == datetime(
        2019, 9, 5, 3, 10, tzinfo=UTC
    )


def test_a_bylines_list_of_name_and_day_is_the_dateline() -> None:
    name = "<li><a href='/a/jane' rel='author'>Jane Doe</a></li>"
    meta = f"<ul class='meta'>{name}<li><time>2019-09-05 11:10</time></li></ul>"
    body = f"<h1>The city council approves the new budget</h1>{meta}<p>The vote was close.</p>"
    assert published(body, "en") == datetime(2019, 9, 5, 3, 10, tzinfo=UTC)
