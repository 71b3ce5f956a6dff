"""News fronts' teasers (met on the German fronts of branch front27b): a kicker set apart from
its headline only by a colon that screen readers read out (``<span class=visually-hidden>:
</span>``) is no word of the headline, whatever its length."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2026, 3, 1, 2, 0, tzinfo=UTC)

CARD = """<article class="t1"><a class="t2" href="/politik/2026-02/story-{n}">
<h3 class="t3"><span class="t4">{kicker}</span><span class="visually-hidden">: </span>
<span class="t5">{title}</span></h3></a><p class="t6">Teaser text number {n} of the front.</p></article>"""


def _titles(rows: list[tuple[str, str]]) -> list[str | None]:
    body = "".join(CARD.format(n=i, kicker=k, title=t) for i, (k, t) in enumerate(rows))
    page = f"<html lang='de'><head><title>Front</title></head><body><main>{body}</main></body></html>"
    parsed = parse_document(
        page.encode(), url="https://zeitung.example/", source_type="html", timezone="UTC", now=NOW
    )
    return [e.title for e in parsed.entries]


def test_a_kicker_before_a_hidden_colon_is_no_part_of_the_headline() -> None:
    rows = [
        ("Bill Clinton, George W. Bush und Donald Trump", "Der Jahrgang der Macht"),
        ("Bundesregierung", "Zwischen Prinzip und Pragmatismus"),
        ("Sicherheitsexperte zum Iran", "Das Völkerrecht scheint keine Rolle mehr zu spielen"),
        ("Gewalt gegen Frauen", "Bist du so einer? Hasst du Frauen?"),
    ]
    assert _titles(rows) == [title for _, title in rows]


LISTED = """<article class="t1"><a href="https://zeitung.example/politik/story-{n}" tabindex="-1"
aria-hidden="true" title="{kicker}: {title}" class="t0">{kicker}: {title}</a>
<a class="t2" href="https://zeitung.example/politik/story-{n}"><h3 class="t3"><span class="t4">{kicker}</span>
<span class="t5">{title}</span></h3></a><p class="t6">Teaser text number {n} of the front.</p></article>"""


def test_a_listed_article_takes_its_headline_from_its_shown_link_not_a_hidden_overlay() -> None:
    rows = [
        ("Bundesregierung", "Zwischen Prinzip und Pragmatismus"),
        ("Sicherheitsexperte", "Das Völkerrecht scheint keine Rolle mehr zu spielen"),
        ("Frauen", "Bist du so einer? Hasst du Frauen?"),
    ]
    items = ", ".join(
        f'{{"@type": "ListItem", "position": {i + 1}, "url": "https://zeitung.example/politik/story-{i}"}}'
        for i in range(len(rows))
    )
    data = f'{{"@context": "http://schema.org", "@type": "ItemList", "itemListElement": [{items}]}}'
    body = "".join(LISTED.format(n=i, kicker=k, title=t) for i, (k, t) in enumerate(rows))
    page = (
        f"<html lang='de'><head><title>Front</title><script type='application/ld+json'>{data}</script>"
        f"</head><body><main>{body}</main></body></html>"
    )
    parsed = parse_document(
        page.encode(), url="https://zeitung.example/", source_type="html", timezone="UTC", now=NOW
    )
    assert [e.title for e in parsed.entries] == [title for _, title in rows]


BYLINED = """<article class="c1"><div class="c2"><span class="c3">{kicker}</span></div>
<h3 class="c5"><a class="c4" href="https://zeitung.example/nachrichten/id_10{n}/story-{n}.html">{title}</a></h3>
<div class="c6"><div class="c9"><ul class="c0">{avatars}</ul>
<div class="c7"><span>{lead} </span><span></span>{names}</div></div></div></article>"""


def test_a_by_word_alone_in_its_element_opens_the_byline_its_next_elements_complete() -> None:
    """ "<span>Von </span><span>Nils Kögler</span>", the names after avatars, and the kind of
    piece before the by-word ("Ein Kommentar von") no part of the name."""
    rows = [
        (
            "Krieg gegen Iran",
            "Marschiert Trump mit Bodentruppen ein?",
            "Von",
            ["Bastian Brauns", "Patrick Diekmann"],
        ),
        ("Epstein-Komplex", "Dann zeigt Clinton auf Trump", "Von", ["David Schafbuch"]),
        ("EEG-Entwurf", "Reiche stempelt Solar-Besitzer als Problem ab", "Ein Kommentar von", ["Amy Walker"]),
        ("Liveblog", "Trump: Iranische Militärs bitten um Immunität", "Von", ["J. Hartung", "T. Schibilla"]),
        (
            "Rekordmeister",
            "Fünf Bayern-Stars überzeugen – einer enttäuscht",
            "Eine Kolumne von",
            ["Kim Steinke"],
        ),
    ]
    body = ""
    for i, (kicker, title, lead, names) in enumerate(rows):
        avatars = "".join('<li><span><img src="/a.jpg" alt=""></span></li>' for _ in names)
        shown = "<span>, </span>".join(f'<span class="c8">{name}</span>' for name in names)
        body += BYLINED.format(n=i, kicker=kicker, title=title, avatars=avatars, lead=lead, names=shown)
    page = (
        f"<html lang='de'><head><title>Front</title></head><body><main><div>{body}</div></main></body></html>"
    )
    parsed = parse_document(
        page.encode(), url="https://zeitung.example/", source_type="html", timezone="UTC", now=NOW
    )
    assert [e.author for e in parsed.entries] == [", ".join(names) for *_, names in rows]


def test_the_kind_of_piece_before_a_marked_byline_is_no_part_of_the_name() -> None:
    """ "<span class=author>Eine Analyse von Rieke Havertz</span>" names Rieke Havertz; a name's
    particle stays ("Gabriele von Arnim")."""
    bylines = [
        "Eine Analyse von Rieke Havertz",
        "Ein Rezept von Tamal Ray",
        "Von Gabriele von Arnim",
        "Analysis by Ana Ruiz",
    ]
    body = "".join(
        f'<article class="t1"><h3 class="t3"><a href="/politik/story-{i}">'
        f"Eine Überschrift mit einigen Worten Nummer {i}</a></h3>"
        f'<p class="t6">Teaser text number {i} of the front.</p><span class="author">{b}</span></article>'
        for i, b in enumerate(bylines)
    )
    page = f"<html lang='de'><head><title>Front</title></head><body><main>{body}</main></body></html>"
    parsed = parse_document(
        page.encode(), url="https://zeitung.example/", source_type="html", timezone="UTC", now=NOW
    )
    assert [e.author for e in parsed.entries] == [
        "Rieke Havertz",
        "Tamal Ray",
        "Gabriele von Arnim",
        "Ana Ruiz",
    ]


OVERLAID = """<div class="o1"><div class="o2"><p class="o3"><span>{kicker}</span></p>
<h3 class="o4"><span>{title}</span></h3><ul class="o5"><li class="o6">
<a class="o7" href="/galerie/bilder-{n}.html" title="Fotostrecke zu diesem Artikel: {gallery}">
<span>{gallery}</span></a></li></ul></div>
<a class="o8" href="/politik/artikel-{n}.html" title="{title}">{title}</a></div>"""


def test_a_link_repeating_an_unlinked_headline_is_the_cards_link_not_a_longer_related_one() -> None:
    """A card whose link lies over it after its parts (a headline, a related gallery's longer
    link): the link showing the headline's words leads to the article."""
    rows = [
        (
            "Iran",
            "Trump vermeldet Tod von Chamenei",
            "Menschen auf der Straße, Rauch über Städten: Bilder der Eskalation",
        ),
        (
            "Hormus",
            "Straße von Hormus praktisch geschlossen",
            "Tanker im Golf von Oman und die Häfen der Region in Bildern",
        ),
        (
            "Schule",
            "Deutsche Grundschulen hinken hinterher",
            "So sehen Klassenzimmer in anderen Ländern Europas heute aus",
        ),
        (
            "ESC",
            "Das ist der deutsche Beitrag für Wien",
            "Alle deutschen Beiträge beim Eurovision Song Contest seit 1956",
        ),
    ]
    body = "".join(OVERLAID.format(n=i, kicker=k, title=t, gallery=g) for i, (k, t, g) in enumerate(rows))
    page = (
        f"<html lang='de'><head><title>Front</title></head><body><main><div>{body}</div></main></body></html>"
    )
    parsed = parse_document(
        page.encode(), url="https://zeitung.example/", source_type="html", timezone="UTC", now=NOW
    )
    assert [(e.link, e.title) for e in parsed.entries] == [
        (f"https://zeitung.example/politik/artikel-{i}.html", t) for i, (_, t, _) in enumerate(rows)
    ]


def test_a_name_opening_with_a_word_that_is_also_an_article_keeps_it_before_its_particle() -> None:
    """ "Uma", "Una", "An", "A" open names as well as kinds of piece: before a particle ("da",
    "de") a capitalized word after them is a name's ("Uma Maria da Silva"), a piece's noun is in
    lower case ("Una columna de Luis Gil"); German nouns are capitalized ("Ein Kommentar von")."""
    bylines = {
        "Uma Maria da Silva": "Uma Maria da Silva",
        "An Nguyen de Vries": "An Nguyen de Vries",
        "Una María de la Cruz": "Una María de la Cruz",
        "Una columna de Luis Gil": "Luis Gil",
        "Ein Kommentar von Kim Steinke": "Kim Steinke",
    }
    body = "".join(
        f'<article class="t1"><h3 class="t3"><a href="/mundo/story-{i}">'
        f"Un titular con algunas palabras número {i}</a></h3>"
        f'<p class="t6">Teaser text number {i} of the front.</p><span class="author">{b}</span></article>'
        for i, b in enumerate(bylines)
    )
    page = f"<html lang='es'><head><title>Front</title></head><body><main>{body}</main></body></html>"
    parsed = parse_document(
        page.encode(), url="https://zeitung.example/", source_type="html", timezone="UTC", now=NOW
    )
    assert [e.author for e in parsed.entries] == list(bylines.values())


def test_a_short_subtitle_after_a_read_out_colon_stays_with_its_longer_title() -> None:
    """ "<span>Title</span><span class=sr-only>: </span><span>subtitle</span>": one or two words
    after a title as long or longer are its subtitle, not a headline after a kicker; the title
    is the whole, its colon read out."""
    rows = [
        ("How we rebuilt our whole search stack in a week", "a retrospective"),
        ("Kubernetes at scale, lessons from production", "Part one"),
        ("Star Wars", "Episode IV"),
    ]
    body = "".join(
        f'<article class="post"><h2 class="entry-title"><a href="/blog/post-{i}"><span>{title}</span>'
        f'<span class="sr-only">: </span><span>{subtitle}</span></a></h2>'
        f"<p>Excerpt of the post number {i} with a few words.</p></article>"
        for i, (title, subtitle) in enumerate(rows)
    )
    page = f"<html lang='en'><head><title>Blog</title></head><body><main>{body}</main></body></html>"
    parsed = parse_document(
        page.encode(), url="https://blog.example/", source_type="html", timezone="UTC", now=NOW
    )
    assert [e.title for e in parsed.entries] == [f"{title}: {subtitle}" for title, subtitle in rows]


def test_a_by_line_of_three_names_names_them_all() -> None:
    """ "Von Anna Berger, Paul Schmidt und Lena Wolf": three names after a by-word are more words
    than one name's line, each a name."""
    bylines = {
        "Von Anna Berger, Paul Schmidt und Lena Wolf": "Anna Berger, Paul Schmidt und Lena Wolf",
        "By Ana Cruz, Paul Smith and Lena van Wolf": "Ana Cruz, Paul Smith and Lena van Wolf",
        "Von Anna Berger und Paul Schmidt": "Anna Berger und Paul Schmidt",
    }
    body = "".join(
        f'<article class="t1"><h3 class="t3"><a href="/politik/story-{i}">'
        f"Eine Überschrift mit einigen Worten Nummer {i}</a></h3>"
        f'<p class="t6">Teaser text number {i} of the front.</p><div class="t7">{b}</div></article>'
        for i, b in enumerate(bylines)
    )
    page = f"<html lang='de'><head><title>Front</title></head><body><main>{body}</main></body></html>"
    parsed = parse_document(
        page.encode(), url="https://zeitung.example/", source_type="html", timezone="UTC", now=NOW
    )
    assert [e.author for e in parsed.entries] == list(bylines.values())


BRIEFING = """<section class="b1"><h2>Das Wichtigste in Kürze</h2><div class="b2">
<p><strong>Iran:</strong> Der <a href="https://zeitung.example/politik/story-0">oberste Führer des Landes
ist nach Angaben der Regierung tot</a>.</p>
<p><strong>ESC:</strong> Die Sängerin <a href="https://zeitung.example/politik/story-1">wird Deutschland
beim Song Contest vertreten</a>.</p>
<p><strong>Bundesliga:</strong> <a href="https://zeitung.example/politik/story-2">Der FC Bayern hat nach
Rückstand den Klassiker gewonnen</a>. Der Titel scheint vergeben.</p></div></section>"""


def test_a_listed_article_takes_its_headline_from_its_card_not_from_a_sentence_linking_it() -> None:
    """An editor's briefing above the cards links three stories from a few words of its
    sentences: the data lists the stories, the cards below show their headlines."""
    rows = [
        ("Irans Staatsoberhaupt", "Regierung meldet Tod des Führers"),
        ("Musik", "Sarah Engels vertritt Deutschland beim ESC"),
        ("Bundesliga", "Bayern schlägt Dortmund nach Halbzeitrückstand"),
    ]
    items = ", ".join(
        f'{{"@type": "ListItem", "position": {i + 1}, "url": "https://zeitung.example/politik/story-{i}"}}'
        for i in range(len(rows))
    )
    data = f'{{"@context": "http://schema.org", "@type": "ItemList", "itemListElement": [{items}]}}'
    body = BRIEFING + "".join(LISTED.format(n=i, kicker=k, title=t) for i, (k, t) in enumerate(rows))
    page = (
        f"<html lang='de'><head><title>Front</title><script type='application/ld+json'>{data}</script>"
        f"</head><body><main>{body}</main></body></html>"
    )
    parsed = parse_document(
        page.encode(), url="https://zeitung.example/", source_type="html", timezone="UTC", now=NOW
    )
    assert [e.title for e in parsed.entries] == [title for _, title in rows]


PICTURED = """<article class="p1"><a class="p2" href="https://zeitung.example/politik/story-{n}">
<img src="https://zeitung.example/img/{n}.jpg" alt=""></a><h3 class="p3"><a
href="https://zeitung.example/politik/story-{n}">{title}</a></h3><p>Teaser text number {n}.</p></article>"""


def test_a_listed_article_takes_its_headline_from_a_link_with_words_not_its_picture_link() -> None:
    """The card's picture is linked before its heading: the link without words names nothing."""
    titles = ["Regierung meldet Tod des Führers", "Bayern schlägt Dortmund", "Ein Sommer in Wien"]
    items = ", ".join(
        f'{{"@type": "ListItem", "position": {i + 1}, "url": "https://zeitung.example/politik/story-{i}"}}'
        for i in range(len(titles))
    )
    data = f'{{"@context": "http://schema.org", "@type": "ItemList", "itemListElement": [{items}]}}'
    body = "".join(PICTURED.format(n=i, title=t) for i, t in enumerate(titles))
    page = (
        f"<html lang='de'><head><title>Front</title><script type='application/ld+json'>{data}</script>"
        f"</head><body><main>{body}</main></body></html>"
    )
    parsed = parse_document(
        page.encode(), url="https://zeitung.example/", source_type="html", timezone="UTC", now=NOW
    )
    assert [e.title for e in parsed.entries] == titles
