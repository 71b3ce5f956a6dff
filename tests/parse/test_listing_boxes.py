"""Boxes and side columns told apart from the list's own teasers by their shape: negative
cases, ordinary pages the shape rules must leave whole (class names are opaque tokens)."""

from __future__ import annotations

from tests.parse.test_listing_structure import COLUMNS_PAGE, blog_post, news_box, read, teaser


def story(n: int, tag: str = "article", kind: str = "story") -> str:
    return (
        f"<li class='ka'><{tag} class='kb'><h2><a href='/2026/11/{n + 1:02d}/a-{kind}-of-the-city-{n}/'>"
        f"A {kind} of the city number {n}</a></h2><time datetime='2026-11-{n + 1:02d}T10:00:00Z'>"
        f"{n + 1} Nov 2026</time><p>An excerpt for the {kind} {n} about the city.</p></{tag}></li>"
    )


def test_a_teaser_written_without_an_article_among_articles_is_no_box() -> None:
    items = [story(n) for n in range(6)]
    items.insert(1, story(10, "div", "video"))
    items.insert(4, story(11, "div", "video"))
    page = f"<html><body><main><ul class='kc'>{''.join(items)}</ul></main></body></html>"
    assert len(read(page)) == 8


def test_a_box_in_one_section_takes_out_only_itself() -> None:
    first = "".join(teaser(n) for n in range(9))
    second = [teaser(n) for n in range(10, 14)]
    second.insert(2, news_box())
    page = (
        f"<html><body><main><section class='kd'><h2>Section 0</h2><ul class='re'>{first}</ul></section>"
        f"<section class='kd'><h2>Section 1</h2><ul class='re'>{''.join(second)}</ul></section>"
        "</main></body></html>"
    )
    titles = [e.title for e in read(page)]
    assert titles == [f"A long read number {n} about the city" for n in [*range(9), *range(10, 14)]]


def dated_post(n: int, kind: str) -> str:
    return (
        f"<article class='{kind}'><h2><a href='/2026/11/{n + 1:02d}/a-post-about-gardening-{n}/'>"
        f"A post about gardening number {n}</a></h2><time datetime='2026-11-{n + 1:02d}T10:00:00Z'>"
        f"{n + 1} Nov 2026</time><p>Some words of an excerpt for post {n}, a line long.</p></article>"
    )


def test_a_longer_list_below_a_main_of_a_few_featured_posts_is_read() -> None:
    page = (
        "<html><body><main><div class='ke'>"
        f"{''.join(dated_post(n, 'kf') for n in range(20, 23))}</div></main>"
        f"<div class='kg'><div class='kh'>{''.join(dated_post(n, 'ki') for n in range(10))}</div></div>"
        "</body></html>"
    )
    assert len(read(page)) == 13


def topic_teaser(n: int, path: str) -> str:
    return (
        f"<div class='kj'><h2><a href='/topic/life/{path}'>How families live in Germany part {n}</a></h2>"
        f"<time datetime='2026-11-{n + 1:02d}T10:00:00Z'>{n + 1} Nov 2026</time>"
        f"<p>An excerpt of story {n}.</p></div>"
    )


def test_a_lone_teaser_of_an_article_filed_under_a_topic_is_read() -> None:
    items = "".join(topic_teaser(n, f"story-number-{n}-of-the-week") for n in range(6))
    lone = topic_teaser(9, "how-families-live-in-germany-today")
    page = f"<html><body><div class='kk'>{items}</div><div class='kl'>{lone}</div></body></html>"
    assert len(read(page)) == 7


def test_a_menu_of_the_teasers_class_is_no_lone_teaser_of_a_list_with_links_elsewhere() -> None:
    posts = [blog_post(n) for n in range(6)]
    posts[3] = posts[3].replace(
        "/2026/11/04/a-post-of-the-blog-3/", "https://other.example/2026/11/04/a-post-3/"
    )
    menu = "<div class='tb'><a href='/category/weddings/'>All about summer weddings here</a></div>"
    page = f"<html><body><div class='km'>{menu}</div><div class='td'>{''.join(posts)}</div></body></html>"
    assert [e.title for e in read(page)] == [f"A post of the blog {n}" for n in range(6)]


def column_story(n: int, size: str, month: int) -> str:
    return (
        f"<div class='kn {size}'><h3><a href='/news/2026/{month:02d}/{n + 1:02d}/a-story-number-{n}.html'>"
        f"A story of the month number {n}</a></h3>"
        f"<time datetime='2026-{month:02d}-{n + 1:02d}T10:00:00Z'>{n + 1}.{month}.</time></div>"
    )


def test_a_second_column_that_continues_the_list_is_no_side_column() -> None:
    page = (
        "<html><body><div class='ko'><div class='kp'>"
        f"{''.join(column_story(n, 'kq', 11) for n in range(10))}</div>"
        f"<div class='kr'><h2>Earlier</h2>{''.join(column_story(n, 'ks', 10) for n in range(8))}</div>"
        "</div></body></html>"
    )
    assert len(read(page)) == 18


def test_a_sites_menu_and_footer_leave_the_side_column_rule_working() -> None:
    nav = "".join(f"<li><a href='/section/s{i}/'>Section {i}</a></li>" for i in range(25))
    foot = "".join(f"<li><a href='/info/i{i}/'>Info {i}</a></li>" for i in range(15))
    page = COLUMNS_PAGE.replace("<body>", f"<body><header><nav><ul>{nav}</ul></nav></header>").replace(
        "</body>", f"<footer><ul>{foot}</ul></footer></body>"
    )
    assert [e.title for e in read(page)] == [f"A story of the day number {n}" for n in range(10)]
