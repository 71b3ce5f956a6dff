"""Rules learnt from the development corpus's pages added by branch listing21 (an agency's
table of procurement notices, a university's and a state government's home pages with news
blocks), each checked on a written page that fails without it."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2016, 3, 10, 18, 0, tzinfo=UTC)


def _entries(page: str, url: str = "https://agency.example/notices") -> list[tuple[str, str]]:
    parsed = parse_document(page.encode(), url=url, source_type="html", timezone="UTC", now=NOW)
    return [(e.link, e.title or "") for e in parsed.entries]


NOTICE = """<tr class="row"><td><a class="notice" href="/notice?id={n}"><div class="solt">{name}</div>
<div class="soln">{ref}</div><div class="solcc">{cls}</div></a></td>
<td><div class="agency">{agency}</div>Office {n}</td><td>Solicitation</td><td>Mar 10, 2016</td></tr>"""

NOTICES = [
    (
        "ROTOR,GENERATOR",
        "SPE4A516R0526",
        "16 -- Aircraft components & accessories",
        "Defense Logistics Agency",
    ),
    (
        "Expert Consultant Services - Elder Abuse",
        "DJJF16-RFP-0970",
        "A -- Research & Development",
        "Department of Justice",
    ),
    (
        "84--COVERALLS",
        "SPMYM216Q0627",
        "84 -- Clothing, individual equipment & insignia",
        "Department of the Navy",
    ),
    (
        "Enterprise Financial Services Requirement",
        "23754",
        "R -- Professional and administrative services",
        "Department of State",
    ),
    (
        "Warrior Injury Assessment Manikin",
        "W900KK16",
        "66 -- Instruments & laboratory equipment",
        "Department of the Army",
    ),
    (
        "Legionella Testing Services",
        "VA25716R0618",
        "F -- Natural resources & conservation services",
        "Veterans Affairs",
    ),
]


def _notice_table(head: str = "") -> str:
    rows = "".join(
        NOTICE.format(n=n, name=name, ref=ref, cls=cls, agency=agency)
        for n, (name, ref, cls, agency) in enumerate(NOTICES, 1)
    )
    return (
        "<html lang='en-US'><head><title>Opportunities</title></head><body><main><h1>Opportunities</h1>"
        f"<table class='list'>{head}{rows}</table></main></body></html>"
    )


def test_a_card_wide_link_of_several_lines_takes_its_headline_from_the_line_most_items_do() -> None:
    # A one-word title ("ROTOR,GENERATOR") looked like a kicker: the longer class line under it
    # was taken for the headline on those rows.
    entries = _entries(_notice_table())
    assert [title for _, title in entries] == [name for name, *_ in NOTICES]


def test_a_table_header_row_of_sort_links_is_no_entry() -> None:
    head = (
        "<tr><th>Opportunity</th><th><a href='?sort=agency-asc'>Agency/Office/Location</a></th>"
        "<th><a href='?sort=type-asc'>Type</a></th><th><a href='?sort=posted-asc'>Posted On</a></th></tr>"
    )
    entries = _entries(_notice_table(head))
    assert [link for link, _ in entries] == [f"https://agency.example/notice?id={n}" for n in range(1, 7)]


NEWS = """<div class="bt-row"><div class="bt-inner">
<a class="bt-title" href="/news-events/{n}-item">{title}</a>
<div class="bt-introtext">{teaser}</div>
<p class="readmore"><a href="/news-events/{n}-item">Read more</a></p></div></div>"""

HEADLINES = [
    (
        "National Seminar at the Department of Statistics",
        "A two-day national seminar on recent trends was held.",
    ),
    (
        "International Women's Day observed on the campus",
        "The day was observed at the university with talks.",
    ),
    (
        "National Workshop on Human Rights at the University",
        "A six day workshop on human rights was organised.",
    ),
    (
        "National Science Day observed at the university",
        "The science day celebration was organised by the society.",
    ),
    (
        "University signs an agreement with a national mission",
        "A convention of the college principals was held.",
    ),
]


def test_the_content_column_beside_a_sidebar_is_the_page_layout_not_a_list() -> None:
    # A university's home page: its welcome text in the content column, its news in a side
    # column; the three columns, each headed and holding text, were read as a list of three.
    news = "".join(NEWS.format(n=n, title=t, teaser=s) for n, (t, s) in enumerate(HEADLINES, 1))
    page = (
        "<html lang='en'><head><title>University</title></head><body><div class='row'>"
        "<div class='t3-content col-md-6'><h2>Welcome to the University</h2>"
        "<p>The university is a major centre of teaching, learning and research in the region, "
        "with emphasis on the sciences and the humanities.</p>"
        "<a href='/reports-and-statistical-data'>Reports and Statistical Data</a>"
        "<h3>Vice-Chancellor</h3><p>The vice-chancellor envisages the university as a centre of "
        "learning.</p><a href='/vice-chancellor'>Read More</a></div>"
        "<div class='t3-sidebar t3-sidebar-1 col-md-3'><h3>News &amp; Events</h3>"
        f"<div class='bt-cs'><div class='slides'>{news}</div></div></div>"
        "<div class='t3-sidebar t3-sidebar-2 col-md-3'><h3>Alumni</h3>"
        "<p>An appeal to the overseas alumni of the university to join the association.</p>"
        "<a href='/an-appeal-to-overseas-alumni'>An Appeal to Overseas Alumni</a>"
        "<h3>Student Corner</h3><a href='/lodge-complaint'>Lodge Complaint Against Ragging</a></div>"
        "</div></body></html>"
    )
    entries = _entries(page, url="http://university.example/")
    assert [title for _, title in entries] == [t for t, _ in HEADLINES]


VIDEO = """<div class="videoinner"><div class="overlay"><h4>Aktivierung erforderlich</h4>
<p>Durch das Klicken auf dieses Video werden Daten an die Videoplattform übertragen.</p>
<p><a href="/service/datenschutz/">Weitere Informationen</a></p></div>
<h3>{title}</h3><p>{text}</p></div>"""

STORY = """<li><div class="slider_img"><img src="/s/{n}.jpg" alt=""></div><div class="slider_text">
<a href="/story-{n}/"><h2>{title}</h2></a></div></li>"""


def test_blocks_sharing_one_utility_link_under_different_titles_are_no_teasers() -> None:
    # A state government's home page: each video block's consent overlay links the privacy
    # page ("Weitere Informationen"), read as every video's link; the content's blocks
    # outscored the carousel of stories.
    videos = "".join(
        VIDEO.format(title=t, text=f"Der Minister hat am Montag {t} eröffnet und die Gäste begrüßt.")
        for t in (
            "Staatsbesuch des Präsidenten in Bayern",
            "Eröffnung des neuen Erinnerungsortes",
            "Soforthilfen für sturmgeschädigte Waldbesitzer",
            "Was ist das für ein Gebäude am Platz?",
            "Der neue Campus für Biotechnologie",
        )
    )
    stories = "".join(
        STORY.format(n=n, title=t)
        for n, t in enumerate(
            (
                "Tausend Studienplätze am neuen Campus",
                "Zweitausend Stellen für mehr Polizei auf der Straße",
                "Kabinett beschließt schnelle Hilfen für Waldbesitzer",
                "Der Minister eröffnet den Erinnerungsort",
            ),
            1,
        )
    )
    page = (
        "<html lang='de'><head><title>Bayern</title></head><body>"
        f"<div id='teaser'><div class='jcarousel'><ul>{stories}</ul></div></div>"
        "<div id='content'><div id='inner_content'>"
        "<div class='video'><h3><a href='/service/videos/'>Videos</a></h3></div>"
        f"{videos}<div class='foto'><h3><a href='/service/fotoreihen/'>Fotos</a></h3></div></div></div>"
        "</body></html>"
    )
    entries = _entries(page, url="http://state.example/")
    assert [link for link, _ in entries] == [f"http://state.example/story-{n}/" for n in range(1, 5)]
