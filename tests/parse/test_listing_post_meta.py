"""A post's metadata line as WordPress's Twenty Ten family writes it in every language (met on a
German blog index added to the development corpus, issue 12), written small: "<span
class='meta-prep meta-prep-author'>Posted on</span> <a title='16:01'><span
class=entry-date>13 January 2014</span></a> by <span class='author vcard'>…</span>". The
label marked "…-author" is not the author, and the clock alone in the link's tooltip is the
time of the day shown, not a time of today.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2020, 2, 11, 19, 0, tzinfo=UTC)

POST = """<div class="post hentry"><h2 class=entry-title><a href="/{slug}/">{title}</a></h2>
<div class=entry-meta><span class="meta-prep meta-prep-author">{posted}</span>
<a href="/{slug}/" title="{clock}" rel=bookmark><span class=entry-date>{day}</span></a>
<span class=meta-sep>{by}</span> <span class="author vcard"><a class="url fn n"
href="/author/{user}/">{user}</a></span></div>
<div class=entry-content><p>{title}: the first paragraph of the post, long enough to read as
the beginning of an article rather than as a line of metadata.</p></div></div>"""


def entries(
    posts: list[dict[str, str]], lang: str, timezone: str
) -> list[tuple[datetime | None, str | None]]:
    main = "".join(POST.format(slug=f"post-{i}", title=f"Post number {i}", **p) for i, p in enumerate(posts))
    body = (
        f"<html lang='{lang}'><head><title>Blog</title></head><body><div id=header><a href='/'>Blog</a>"
        f"</div><div id=content>{main}</div></body></html>"
    )
    parsed = parse_document(
        body.encode(), url="https://blog.example/blog/", source_type="html", timezone=timezone, now=NOW
    )
    return [(e.published, e.author) for e in parsed.entries]


def test_a_clock_alone_in_the_tooltip_is_the_shown_days_time() -> None:
    german = [
        {
            "posted": "Publiziert am",
            "by": "von",
            "clock": "16:01",
            "day": "13. Januar 2014",
            "user": "uriebe",
        },
        {"posted": "Publiziert am", "by": "von", "clock": "01:12", "day": "23. Mai 2012", "user": "tom"},
    ]
    assert [p for p, _ in entries(german, "de-DE", "Europe/Berlin")] == [
        datetime(2014, 1, 13, 15, 1, tzinfo=UTC),
        datetime(2012, 5, 22, 23, 12, tzinfo=UTC),
    ]
    english = [
        {"posted": "Posted on", "by": "by", "clock": "4:48 pm", "day": "June 15, 2012", "user": "dan"},
        {"posted": "Posted on", "by": "by", "clock": "9:21 am", "day": "June 7, 2012", "user": "dan"},
    ]
    assert [p for p, _ in entries(english, "en-US", "America/New_York")] == [
        datetime(2012, 6, 15, 20, 48, tzinfo=UTC),
        datetime(2012, 6, 7, 13, 21, tzinfo=UTC),
    ]


def test_the_posted_on_label_is_not_the_author() -> None:
    posts = [
        {"posted": posted, "by": by, "clock": "10:00", "day": day, "user": user}
        for posted, by, day, user in (
            ("Publiziert am", "von", "13. Januar 2014", "uriebe"),
            ("Veröffentlicht am", "von", "12. Januar 2014", "tom"),
        )
    ]
    assert [a for _, a in entries(posts, "de-DE", "Europe/Berlin")] == ["uriebe", "tom"]
    posts = [
        {"posted": posted, "by": by, "clock": "10:00", "day": day, "user": "claire"}
        for posted, by, day in (
            ("Publié le", "par", "13 janvier 2014"),
            ("Publié le", "par", "12 janvier 2014"),
        )
    ]
    assert [a for _, a in entries(posts, "fr-FR", "Europe/Paris")] == ["claire", "claire"]
    posts = [
        {"posted": posted, "by": by, "clock": "10:00", "day": day, "user": "ana"}
        for posted, by, day in (
            ("Publicado el", "por", "13 de enero de 2014"),
            ("Posted on", "by", "January 12, 2014"),
        )
    ]
    assert [a for _, a in entries(posts, "es-ES", "Europe/Madrid")] == ["ana", "ana"]


def test_a_cjk_label_before_the_name_is_not_the_name() -> None:
    # WordPress's Twenty Twelve in Japanese: "投稿者: hiroko" (posted by) in one span marked
    # "by-author"; other themes write "作成者：" or "作者：" with a full-width colon.
    footer = (
        "<article class='post hentry'><h1 class=entry-title><a href='/?p={i}'>猫の日記、その{i}</a></h1>"
        "<div class=entry-content><p>今日は猫の日ですね！うちの猫は毎朝ごはんを食べたいと"
        "起こしに来ます。</p></div>"
        "<footer class=entry-meta>カテゴリー: <a href='/?cat=2'>絵日記</a> | 投稿日: <a href='/?p={i}' "
        "title='12:00 PM'><time class=entry-date datetime='2016-02-2{i}T12:00:12+00:00'>"
        "2016年2月2{i}日</time>"
        "</a> | <span class=by-author>{label}<span class='author vcard'><a class='url fn n' "
        "href='/?author=1'>hiroko</a></span></span></footer></article>"
    )
    main = "".join(
        footer.format(i=i, label=label) for i, label in enumerate(("投稿者: ", "作成者：", "作者："))
    )
    body = (
        f"<html lang='ja'><head><title>絵日記</title></head><body><div id=content>{main}</div></body></html>"
    )
    parsed = parse_document(
        body.encode(), url="https://blog.example/", source_type="html", timezone="Asia/Tokyo", now=NOW
    )
    assert [e.author for e in parsed.entries] == ["hiroko", "hiroko", "hiroko"]


def test_a_byline_right_after_the_date_in_one_line() -> None:
    # "Posted on DATE by NAME" in a line of no telling class, in the blog's language.
    lines = [
        ("es", "Publicado el 30 de noviembre de 2015 por Juan Merodio", "Juan Merodio"),
        ("en", "Posted on November 30, 2015 by Jane Doe", "Jane Doe"),
        ("it", "Pubblicato il 30 novembre 2015 da Mario Rossi", "Mario Rossi"),
    ]
    for lang, line, name in lines:
        main = "".join(
            f"<div class=item><h2><a href='/2015/post-{i}/'>A post about marketing, number {i}</a></h2>"
            f"<p class=publicado>{line}</p><div class=cuerpo><p>The first paragraph of the post, long "
            f"enough to read as the beginning of an article rather than a line of metadata.</p></div></div>"
            for i in range(3)
        )
        body = f"<html lang='{lang}'><head><title>Blog</title></head><body><div id=archive>{main}</div>"
        parsed = parse_document(
            body.encode(),
            url="https://blog.example/page/7/",
            source_type="html",
            timezone="Europe/Madrid",
            now=NOW,
        )
        assert [e.author for e in parsed.entries] == [name] * 3, lang
