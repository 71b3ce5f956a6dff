"""A card's byline as the asker's name linked to a profile page whose path holds the
person's number before the name (/users/14425468/axmyo: Q&A sites and forums), the name
possibly with digits ("Windstorm1981"), with no "by" before it (issue 12; the dev page
showing it: stackoverflow_questions_en).
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2021, 7, 3, 21, 2, tzinfo=UTC)
ASKERS = [("14425468", "Axmyo"), ("9512", "Jithin Sunny"), ("3320", "Windstorm1981"), ("77", "Ben A.")]


def question(n: int, number: str, name: str) -> str:
    profile = f"/users/{number}/{name.lower().replace(' ', '-').strip('.')}"
    return (
        f"<div class='question-summary'><div class='stats'><strong>{n}</strong> votes</div>"
        f"<div class='summary'><h3><a href='/questions/6823990{n}/how-to-do-a-thing-number-{n}'>"
        f"How do I do the thing number {n} in my program?</a></h3>"
        f"<div class='excerpt'>I tried several ways to do thing {n} and none of them worked for me.</div>"
        f"<div class='user-info'><div class='user-action-time'>asked "
        f"<span title='2021-07-03 20:5{n}:00Z' class='relativetime'>{9 - n} mins ago</span></div>"
        f"<div class='user-gravatar32'><a href='{profile}'><img src='/a.png' alt=''></a></div>"
        f"<div class='user-details'><a href='{profile}'>{name}</a>"
        "<span class='reputation-score'>140</span></div></div></div></div>"
    )


def test_the_name_linked_to_a_numbered_profile_page_is_the_byline() -> None:
    body = "".join(question(n, number, name) for n, (number, name) in enumerate(ASKERS))
    page = f"<html lang='en'><body><div id='questions'>{body}</div></body></html>"
    entries = parse_document(
        page.encode(), url="https://qa.example/questions", source_type="html", timezone="UTC", now=NOW
    ).entries
    assert [e.author for e in entries] == [name for _, name in ASKERS]
