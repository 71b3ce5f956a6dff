"""A blog front's entries whose only links to the post are in its footer (branch titlelink):
"N comments" leads to the post, "Leave a comment" to the form under it, a cut link to the
post's page past its cut; the entry's title is then its first line (LiveJournal's and
Dreamwidth's layouts print the subject unlinked)."""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html

from aggregator.parse import parse_document
from aggregator.parse.listing._comment_links import is_comment_count, is_comment_form
from aggregator.parse.listing._title_link import main_link

NOW = datetime(2026, 12, 5, 20, 0, tzinfo=UTC)
J = "https://journal.example/"

SUBJECTS = ["Farmers market haul", "Finally finished the quilt", "Rain, rain", "Book list for November"]


def _entry(n: int, subject: str, cut: bool) -> str:
    post = f"{J}{48000 + n}.html"
    more = f'<b>( <a href="{post}#cutid1">pictures under here</a> )</b>' if cut else ""
    return (
        f'<table class="x1"><tr><td class="x2">{subject}</td><td class="x3">[Dec. {n + 1}th, 2026|'
        f"<b>09:12 am</b>]</td></tr><tr><td colspan=2><p>Some words of the post number {n} and more.</p>"
        f'{more}</td></tr><tr><td class="x4"><b><a href="{post}">{n + 2} comments</a></b>|'
        f'<a href="{post}?mode=reply">Leave a comment</a></td></tr></table><p>'
    )


def test_an_entry_reached_through_its_comments_is_linked_to_the_post_and_titled_by_its_subject() -> None:
    body = "".join(_entry(n, s, cut=n == 0) for n, s in enumerate(SUBJECTS))
    page = f"<html lang='en'><head><title>Journal</title></head><body>{body}</body></html>"
    parsed = parse_document(page.encode(), url=J, source_type="html", timezone="UTC", now=NOW)
    got = [(e.link, e.title) for e in parsed.entries]
    assert got == [(f"{J}{48000 + n}.html", s) for n, s in enumerate(SUBJECTS)]


def test_the_comment_form_loses_to_the_comment_count_and_a_cut_link_to_both() -> None:
    card = lxml.html.fromstring(
        '<div><p>Text <a href="/9.html#cutid1">pictures under here</a></p>'
        '<p><a href="/9.html">4 comments</a> | <a href="/9.html?mode=reply">Leave a comment</a></p></div>'
    )
    assert main_link(card).get("href") == "/9.html"


def test_a_headline_beats_the_comment_count() -> None:
    card = lxml.html.fromstring('<div><a href="/p/9/comments/">12 comments</a> <a href="/p/9">Rain</a></div>')
    assert main_link(card).get("href") == "/p/9"


def test_comment_counts_and_forms_in_several_languages() -> None:
    for text in (
        "4 comments",
        "No Comments",
        "0 Comments:",
        "Kommentare (3)",
        "コメント(2)",
        "5 комментариев",
        "19 commenti | dì la tua",
        "3 commentaires",
    ):
        assert is_comment_count(text), text
    for text in ("Comments on the budget", "4 comments that changed my mind about tea", "Commentary"):
        assert not is_comment_count(text), text
    for text in (
        "Leave a comment",
        "Post a Comment",
        "Reply",
        "Kommentar schreiben",
        "Laisser un commentaire",
        "Deja un comentario",
        "コメントする",
        "Оставить комментарий",
        "댓글 쓰기",
    ):
        assert is_comment_form(lxml.html.fromstring(f'<a href="/p/1">{text}</a>')), text
    assert is_comment_form(lxml.html.fromstring('<a href="/p/1.html?mode=reply">x</a>'))
    assert is_comment_form(lxml.html.fromstring('<a href="/p/1/?replytocom=77">x</a>'))
    assert not is_comment_form(lxml.html.fromstring('<a href="/p/1">Reply to the critics of the budget</a>'))


def test_a_whole_cell_link_to_the_thread_beats_short_links_when_the_row_links_its_thread_again() -> None:
    # A board's row without class names that say anything: the category's label, the thread
    # linked by its whole cell (thumbnail, title, brief), the starter's handle, the last
    # reply's time linked to the thread's last page: the cell's link is the row's.
    row = lxml.html.fromstring(
        '<table><tr><td><a href="B.php?b=6&s=1">Chat</a></td>'
        '<td><a href="C.php?b=6&t=79&n=9"><div class="x1"></div><div><p>Sunflowers</p>'
        "<p>Someone threw soup at a painting this morning.</p></div></a></td>"
        '<td><a href="https://home.site.example/fack5104">fack5104</a></td>'
        '<td><a href="C.php?b=6&t=79&n=9&last=1">Today 19:48</a></td></tr></table>'
    ).find(".//tr")
    assert main_link(row).get("href") == "C.php?b=6&t=79&n=9"


def test_a_card_wide_link_stays_below_the_plain_headline_when_nothing_links_its_page_again() -> None:
    card = lxml.html.fromstring(
        '<div><a href="/p/1"><div><time>May 2</time><p>The teaser of the post, in a sentence.</p></div></a>'
        '<h2><a href="/p/1/">Headline</a></h2></div>'
    )
    assert main_link(card).get("href") == "/p/1/"
