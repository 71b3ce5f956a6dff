"""Real page: the home page of "Fight Copyright Trolls" (fightcopyrighttrolls.com, en, a WordPress blog)
on 1 February 2016, saved by TeamHG-Memex/Formasaurus as
formasaurus/data/html/fightcopyrighttrolls.com-1.html. Seven <article class="post … hentry"> in
<div class=latest-posts>: a header whose <hgroup> holds the category as a kicker (<h5
class=category-title><a>Guardaley | Voltage</a></h5>) over <h1><a>title</a></h1>, the post's
opening paragraphs and "Continue Reading", then <div class=entry-meta>: "<strong>Published on:</strong>
<a><time class="entry-date published" datetime="2016-01-15T15:37:41+00:00">January 15,
2016</time><time class=updated …>January 20, 2016</time></a>" (the theme's stylesheet, not
saved, hides the `updated` one) and "<span class=byline><strong>Author:</strong> <span class="author
vcard"><a>SJD</a></span></span>". Links: the <h1> links. Titles: their text. Published: the
`published` day (a `date`; the offset is +00:00 and the day shown is the UTC day). Authors: the
name after "Author:", never the kicker. Not entries: the header, the sidebar's widgets (recent
posts, comments, archives), the pager. `now`: the commit that added the page (2016-02-01 18:06
+0500).
"""

from datetime import UTC, date, datetime

url = "http://fightcopyrighttrolls.com/"
timezone = "UTC"
now = datetime(2016, 2, 1, 13, 6, tzinfo=UTC)

entries = [
    {
        "link": "http://fightcopyrighttrolls.com/2016/01/15/concerned-about-the-copyright-trolling-situation-in-the-state-oregon-chief-judge-wants-to-restrict-trolls-free-reign/",
        "title": "Concerned about the copyright trolling situation in the state, Oregon federal judge wants to restrict trolls’ free reign",
        "published": date(2016, 1, 15),
        "author": "SJD",
    },
    {
        "link": "http://fightcopyrighttrolls.com/2016/01/10/does-malibu-media-leak-its-porn-before-the-release/",
        "title": "Does Malibu Media leak its porn before the release?",
        "published": date(2016, 1, 10),
        "author": "SJD",
    },
    {
        "link": "http://fightcopyrighttrolls.com/2015/11/20/malibu-media-case-management-conference-in-cand-notes-and-thoughts/",
        "title": "Malibu Media case management conference in CAND: notes and thoughts",
        "published": date(2015, 11, 20),
        "author": "SJD",
    },
    {
        "link": "http://fightcopyrighttrolls.com/2015/11/16/defendant-malibu-media-is-a-scam-in-a-literal-meaning-of-this-word/",
        "title": "Defendant: Malibu Media is a scam (in a literal meaning of this word)",
        "published": date(2015, 11, 16),
        "author": "SJD",
    },
    {
        "link": "http://fightcopyrighttrolls.com/2015/11/01/malibu-media-experts-report-deserves-some-scrutiny/",
        "title": "Malibu Media expert’s report deserves some scrutiny",
        "published": date(2015, 11, 1),
        "author": "SJD",
    },
    {
        "link": "http://fightcopyrighttrolls.com/2015/10/25/defendants-expert-witness-report-suggests-that-malibu-tampered-with-evidence/",
        "title": "Defendant’s expert witness report suggests that Malibu Media’s investigators doctored evidence",
        "published": date(2015, 10, 25),
        "author": "SJD",
    },
    {
        "link": "http://fightcopyrighttrolls.com/2015/10/12/bloody-paralegals/",
        "title": "Bloody paralegals!",
        "published": date(2015, 10, 12),
        "author": "SJD",
    },
]
