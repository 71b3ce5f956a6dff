"""Cards as popular CMS themes print them (met on the theme pages added to the development
corpus: Hugo PaperMod, Joomla's category blog, WordPress Twenty Twenty-One), written small:
an author named as one unlabelled part of a "·"-separated date line; a schema.org author item
whose name follows a label in the site's language; a post without a title (WordPress's status
format) whose only link to it is "Continue reading".
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.types import RawEntry

NOW = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)


def read(main: str, lang: str = "en") -> tuple[RawEntry, ...]:
    body = (
        f"<html lang='{lang}'><head><title>Blog</title></head><body><header><a href='/'>Blog</a>"
        f"<nav><a href='/about/'>About</a> <a href='/tags/'>Tags</a></nav></header><main>{main}</main>"
        "<footer><a href='/privacy/'>Privacy</a></footer></body></html>"
    )
    return parse_document(
        body.encode(), url="https://blog.example/tags/x/", source_type="html", timezone="UTC", now=NOW
    ).entries


PARTS = """<article class="post-entry"><header class="entry-header"><h2>{title}</h2></header>
<div class="entry-content"><p>{title}: the first lines of the post, long enough to read as the
beginning of an article rather than as a line of metadata...</p></div>
<footer class="entry-footer"><span title='2026-11-{day} 09:30:00 +0100 CET'>{day} November
2026</span>&nbsp;·&nbsp;<span>4 min</span>&nbsp;·&nbsp;{who}</footer>
<a class="entry-link" aria-label="post link to {title}" href="/posts/{slug}/"></a></article>"""


def parts_page(who: list[str]) -> str:
    return "".join(
        PARTS.format(title=f"Post number {i}", day=20 + i, slug=f"post-{i}", who=w) for i, w in enumerate(who)
    )


def test_a_name_standing_as_one_part_of_the_date_line_is_the_author() -> None:
    who = ["<span>Giulia Ferri</span>", "<span>Marco Lo Bianco</span>", "<span>Elena Sartori</span>"]
    entries = read(parts_page(who))
    assert [e.author for e in entries] == ["Giulia Ferri", "Marco Lo Bianco", "Elena Sartori"]


def test_a_linked_part_or_a_single_word_in_the_date_line_is_no_author() -> None:
    # A category is linked; a single capitalised word may be a section or the site's name.
    who = ['<a href="/categories/street-photography/">Street Photography</a>', "<span>Fotografia</span>"] * 2
    entries = read(parts_page(who))
    assert len(entries) == 4
    assert [e.author for e in entries] == [None] * 4


def test_a_name_in_a_line_without_a_date_is_no_author() -> None:
    card = """<li class="item"><h3><a href="/p/{i}/">Post number {i} with a longer title</a></h3>
    <p class="meta"><span>Green Valley</span> · <span>Open Day</span></p></li>"""
    entries = read("<ul class='list'>" + "".join(card.format(i=i) for i in range(3)) + "</ul>")
    assert len(entries) == 3
    assert [e.author for e in entries] == [None] * 3


JOOMLA = """<div class="blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="/news/{i}-post" itemprop="url">Post number
{i}</a></h2></div>
<dl class="article-info text-muted"><dt class="article-info-term">{details}</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">
<span class="icon-user icon-fw" aria-hidden="true"></span>{label} <span itemprop="name">{name}</span></dd>
<dd class="published"><time datetime="2026-11-2{i}T10:15:00+01:00">{published} 2{i} {month}
2026</time></dd></dl>
<p>The introduction of post number {i}, long enough to read as the start of an article.</p></div>"""


def test_a_schema_org_authors_name_is_read_past_the_label_before_it() -> None:
    cases = [
        ("pl", "Szczegóły", "Napisane przez:", "Opublikowano:", "listopada"),
        ("cs", "Podrobnosti", "Napsal:", "Publikováno:", "listopadu"),
        ("en", "Details", "Written by:", "Published:", "November"),
    ]
    for lang, details, label, published, month in cases:
        main = "".join(
            JOOMLA.format(i=i, details=details, label=label, name=name, published=published, month=month)
            for i, name in enumerate(["Anna Kowalska", "Piotr Nowak", "Zarząd Oddziału"])
        )
        entries = read(f"<div class='blog-items'>{main}</div>", lang)
        assert [e.author for e in entries] == ["Anna Kowalska", "Piotr Nowak", "Zarząd Oddziału"], lang


STATUS = """<article class="post type-post format-status hentry entry">
<div class="entry-content"><p>{text}</p></div>
<footer class="entry-footer"><p><a href="/2026/11/2{i}/status-{i}/">{more}<span
class="screen-reader-text"></span></a></p><span class="posted-on">Published <time
datetime="2026-11-2{i}T09:00:00+00:00">November 2{i}, 2026</time></span><div
class="post-taxonomies"><span class="cat-links">Categorized as <a href="/{category}/notes/"
rel="category tag">Notes</a></span></div>
</footer></article>"""
TITLED = """<article class="post type-post format-standard hentry entry">
<header class="entry-header"><h2 class="entry-title"><a href="/2026/11/2{i}/post-{i}/">Post
number {i}</a></h2></header>
<div class="entry-content"><p>The excerpt of post number {i}, long enough to be an excerpt&hellip;
<a class="more-link" href="/2026/11/2{i}/post-{i}/">{more}<span class="screen-reader-text">Post
number {i}</span></a></p></div><footer class="entry-footer"><span class="posted-on">Published
<time datetime="2026-11-2{i}T09:00:00+00:00">November 2{i}, 2026</time></span><div
class="post-taxonomies"><span class="cat-links">Categorized as <a href="/{category}/notes/"
rel="category tag">Notes</a></span></div>
</footer></article>"""


NOTE = "The jam set on the first try. Photos next week!"


def test_an_untitled_post_is_an_entry_by_its_read_more_link() -> None:
    for category, more in [("category", "Continue reading"), ("categoria", "Continue lendo")]:
        main = (
            TITLED.format(i=1, category=category, more=more)
            + STATUS.format(i=2, category=category, more=more, text=NOTE)
            + TITLED.format(i=3, category=category, more=more)
            + TITLED.format(i=4, category=category, more=more)
        )
        entries = read(main)
        assert [e.link for e in entries] == [
            f"https://blog.example/2026/11/2{i}/{kind}-{i}/"
            for i, kind in [(1, "post"), (2, "status"), (3, "post"), (4, "post")]
        ], category
        assert entries[1].title == NOTE
        assert entries[1].published == datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def test_an_untitled_posts_title_is_its_first_words() -> None:
    text = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen."
    main = STATUS.format(i=2, category="category", more="Continue reading", text=text) + "".join(
        TITLED.format(i=i, category="category", more="Continue reading") for i in (3, 4, 5)
    )
    entries = read(main)
    assert entries[0].title == "One two three four five six seven eight nine ten eleven twelve…"


def test_a_card_linking_only_to_a_category_is_no_entry() -> None:
    # No "read more": the category link is the card's metadata, not a post of its own.
    card = """<article class="post hentry entry"><div class="entry-content"><p>A note with no
    link of its own, only its category.</p></div><footer><a href="/category/notes/">Notes</a>
    </footer></article>"""
    main = card + "".join(TITLED.format(i=i, category="category", more="Continue reading") for i in (3, 4, 5))
    entries = read(main)
    assert all("/category/" not in e.link for e in entries)


def test_a_particle_inside_a_name_does_not_end_it() -> None:
    # "el", "le", "on", "am" end a byline before a date ("por Ana el 3 de mayo"), not inside a
    # name ("Fatima el Amrani", "Jean le Goff").
    card = """<article class="post hentry"><h2 class="entry-title"><a href="/p/{i}/">Post number
    {i}, a title of some length</a></h2><div class="entry-meta"><span class="byline">{by}</span>
    · <time datetime="2026-11-2{i}">2{i} November 2026</time></div><p>The excerpt of post {i},
    long enough to be read as the excerpt of an article.</p></article>"""
    bylines = ["by Fatima el Amrani", "by Jean le Goff", "por Ana Ruiz el 23 de noviembre"]
    entries = read("".join(card.format(i=i, by=by) for i, by in enumerate(bylines)))
    assert [e.author for e in entries] == ["Fatima el Amrani", "Jean le Goff", "Ana Ruiz"]


TOPIC = """<li class="row"><dl class="icon topic_read"><dt title="No unread posts"><div
class="list-inner"><a href="./viewtopic.php?f=4&amp;t={t}" class="topictitle">{title}</a><br />{pages}
<div class="responsive-hide">by <a href="./memberlist.php?mode=viewprofile&amp;u={u}"
class="username">{user}</a> &raquo; Mon Nov {d}, 2026 6:{m} pm</div>
<div class="responsive-show" style="display: none;">Last post by <a
href="./memberlist.php?mode=viewprofile&amp;u=9" class="username">zed</a> &laquo; <a
href="./viewtopic.php?f=4&amp;t={t}&amp;p=9{t}#p9{t}">Fri Dec 04, 2026 8:05 pm</a></div>
</div></dt><dd class="posts">4 <dfn>Replies</dfn></dd><dd class="views">99 <dfn>Views</dfn></dd>
<dd class="lastpost"><span><dfn>Last post </dfn>by <a
href="./memberlist.php?mode=viewprofile&amp;u=9" class="username">zed</a> <a
href="./viewtopic.php?f=4&amp;t={t}&amp;p=9{t}#p9{t}" title="Go to last post">»</a>
<br />Fri Dec 04, 2026 8:05 pm</span></dd></dl></li>"""


def test_a_term_holding_a_topics_metadata_is_a_cell_not_its_title() -> None:
    # A forum's topic row written as a definition list: the <dt> holds the title link, the
    # starter and the first post's time (and a hidden copy of the last post); the <dd>s hold
    # counts and the last post. The title is the link, the starter the author, the first
    # post's time the date; the last post's user and time are not.
    rows = [
        TOPIC.format(
            t=10 + i, title=f"Topic number {i} about water", u=i, user=user, d=20 + i, m=10 + i, pages=pages
        )
        for i, (user, pages) in enumerate(
            [
                ("alice", ""),
                (
                    "bob_42",
                    '<div class="pagination"><ul><li><a href="./viewtopic.php?f=4&amp;t=11">1'
                    '</a></li><li><a href="./viewtopic.php?f=4&amp;t=11&amp;start=10">2</a></li></ul></div>',
                ),
                ("carol", ""),
            ]
        )
    ]
    entries = read(f'<div class="forumbg"><ul class="topiclist topics">{"".join(rows)}</ul></div>')
    assert [e.title for e in entries] == [f"Topic number {i} about water" for i in range(3)]
    assert [e.author for e in entries] == ["alice", "bob_42", "carol"]
    assert [e.published for e in entries] == [
        datetime(2026, 11, 20 + i, 18, 10 + i, tzinfo=UTC) for i in range(3)
    ]


def test_a_linked_term_is_still_the_title_of_its_description() -> None:
    terms = "".join(
        f'<dt><a href="/links/{i}/">A linked post number {i}</a> ★</dt><dd>What the linked post {i} says,'
        f" in a sentence long enough to be a description of it.</dd>"
        for i in range(4)
    )
    entries = read(f"<dl class='links'>{terms}</dl>")
    assert [e.title for e in entries] == [f"A linked post number {i}" for i in range(4)]
