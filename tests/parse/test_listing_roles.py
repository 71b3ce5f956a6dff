"""A byline naming the author's job after a comma (met on a corporate Blogger front added to
the development corpus: "Posted by Lucas Ballard, Software Engineer"): the author is the name;
a list of names stays a list."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.parse.listing._roles import without_role

NOW = datetime(2013, 6, 26, 12, 0, tzinfo=UTC)

POST = """<div class="post"><h2 class="title"><a href="/2013/06/{slug}.html">{title}</a></h2>
<div class="post-header"><div class="published"><span class="caption">Posted:</span>
<span class="publishdate">{day}</span></div></div><div class="post-content">The whole post
about {title}, written over a few sentences so that it reads as the article itself and not as
a line of metadata under its headline.<br><span class="byline-author">Posted by {by}</span>
</div></div>"""


def test_the_job_after_the_name_is_no_part_of_the_author() -> None:
    posts = [
        (
            "report",
            "Making the web a safer place",
            "Tuesday, June 25, 2013",
            "Lucas Ballard, Software Engineer",
        ),
        (
            "culture",
            "Culture with a click",
            "Tuesday, June 25, 2013",
            "James Davis, program manager, Cultural Institute",
        ),
        (
            "heights",
            "Stunning new heights",
            "Monday, June 24, 2013",
            "Tarek Abdalla, Head of Marketing, Google",
        ),
    ]
    body = "".join(POST.format(slug=s, title=t, day=d, by=b) for s, t, d, b in posts)
    page = f"<html lang='en'><head><title>Official Blog</title></head><body><main>{body}</main></body></html>"
    parsed = parse_document(
        page.encode(),
        url="https://blog.example/",
        source_type="html",
        timezone="America/Los_Angeles",
        now=NOW,
    )
    assert [e.author for e in parsed.entries] == ["Lucas Ballard", "James Davis", "Tarek Abdalla"]


def test_a_list_of_names_is_left_whole() -> None:
    assert without_role("Anna Weber, Jonas Klein") == "Anna Weber, Jonas Klein"
    assert without_role("Claire Dubois, rédactrice en chef") == "Claire Dubois"


def test_a_co_author_whose_surname_is_a_job_word_stays() -> None:
    assert without_role("Anna Weber, Brian Leiter") == "Anna Weber, Brian Leiter"
    assert without_role("Lisa Chen, Paul Head") == "Lisa Chen, Paul Head"
    assert without_role("Sam Park, Ruth Chief") == "Sam Park, Ruth Chief"
    # The same words where a name would not have them are jobs.
    assert without_role("Tarek Abdalla, Head of Marketing") == "Tarek Abdalla"
    assert without_role("Mia Roth, Lead Designer") == "Mia Roth"
    assert without_role("Jonas Berg, team lead") == "Jonas Berg"
