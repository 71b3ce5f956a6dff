"""Real page: the front of a LiveJournal blog ("Записки аэронавта", aptsvet.livejournal.com,
Russian), saved by the Wayback Machine on 14 March 2024 (every link rewritten to a
web.archive.org address, which is what is expected). No `lang`. Ten <article
class=entryunit>: an <h3 class=entryunit__title> link (six titled "From FB"), a meta line
'<time class=entryunit__date datetime="2014-08-01">August 1st, 2014, 02:02 pm</time>' (the
interface in English, a 12-hour clock, no zone: the journal's time, taken as Moscow's), an
empty author <span> (author None), the post's whole text, tags, comment and share links.
The first post is pinned ("Просто висит сверху", dated 1 August 2014, above posts of April
2014) and counts. Not entries: the sidebar's calendar, tags, categories, "summary" and
comments widgets, the login form, the header menus. `now` is the capture.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswebarchiveorgwebhttpaptsvetlivejournalcom (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://web.archive.org/web/20240314084629/https://aptsvet.livejournal.com/"
timezone = "Europe/Moscow"
now = datetime(2024, 3, 14, 8, 46, tzinfo=UTC)

entries = [
    {
        "link": "https://web.archive.org/web/20240314084629/https://aptsvet.livejournal.com/364699.html",
        "title": "Просто висит сверху",
        "published": datetime(2014, 8, 1, 10, 2, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240314084629/https://aptsvet.livejournal.com/1002526.html",
        "title": "Ну и еще одно...",
        "published": datetime(2014, 4, 17, 15, 25, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240314084629/https://aptsvet.livejournal.com/1002388.html",
        "title": "Чтобы завершающий аккорд не был таким минорным, перепощу из фб вручную",
        "published": datetime(2014, 4, 16, 7, 3, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240314084629/https://aptsvet.livejournal.com/1002211.html",
        "title": "Как веревочка ни вьется",
        "published": datetime(2014, 4, 15, 8, 37, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240314084629/https://aptsvet.livejournal.com/1001739.html",
        "title": "From FB",
        "published": datetime(2014, 4, 9, 6, 2, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240314084629/https://aptsvet.livejournal.com/1001538.html",
        "title": "From FB",
        "published": datetime(2014, 4, 7, 6, 59, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240314084629/https://aptsvet.livejournal.com/1001254.html",
        "title": "From FB",
        "published": datetime(2014, 4, 6, 9, 16, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240314084629/https://aptsvet.livejournal.com/1001137.html",
        "title": "From FB",
        "published": datetime(2014, 4, 5, 10, 17, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240314084629/https://aptsvet.livejournal.com/1000887.html",
        "title": "From FB",
        "published": datetime(2014, 4, 4, 10, 43, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240314084629/https://aptsvet.livejournal.com/1000566.html",
        "title": "From FB",
        "published": datetime(2014, 4, 1, 12, 22, tzinfo=UTC),
        "author": None,
    },
]
