"""Real page: lukesmith.xyz's article index, a hand-made static blog, saved by damoeb/feedless
for its tests (2021). en. A "Topics" tag cloud (<ul id=tagcloud>), then under <h2>Articles</h2>
one <li> per article: "<time datetime="2021-09-03T00:00:00Z">2021 Sep 03</time> – <a>Title</a>".
The visible date is year first with an abbreviated English month; the machine attribute is
the same day at midnight UTC, which is how the generator writes a day without a time, so the
day a reader sees is the one to keep (the source's timezone is a US one: converting that
midnight would give the day before). Entries: the 31 articles. Not entries: the tag cloud and
the footer link. No bylines on the cards (authors not scored).
"""

from datetime import UTC, date, datetime

url = "https://lukesmith.xyz/articles/"
timezone = "America/New_York"
now = datetime(2021, 9, 10, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://lukesmith.xyz/articles/obscenities-are-symptoms-of-weak-minds/",
        "title": "Obscenities are symptoms of weak minds.",
        "published": date(2021, 9, 3),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/every-web-browser-absolutely-sucks/",
        "title": "Every Web Browser Absolutely Sucks.",
        "published": date(2021, 8, 28),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/matrix-vs-xmpp/",
        "title": "Matrix vs. XMPP",
        "published": date(2021, 6, 26),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/modern-freedom-means-being-a-slave-to-impulses/",
        "title": 'Modern "Freedom" Means Being a Slave to Impulses',
        "published": date(2021, 5, 6),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/conspiratorial-thinking-and-multiple-outs/",
        "title": 'Conspiratorial Thinking and "Multiple Outs"',
        "published": date(2021, 5, 5),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/the-problems-with-utilitarianism/",
        "title": "The Problems with Utilitarianism",
        "published": date(2021, 5, 5),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/monero-and-other-privacy-coins/",
        "title": "Monero and Other Privacy Coins",
        "published": date(2021, 5, 4),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/monero-maximalism-or-how-bitcoin-is-a-coin/",
        "title": "Monero Maximalism: Or, How Bitcoin Is a 💩coin",
        "published": date(2021, 4, 21),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/we-want-our-4-causes-back/",
        "title": "We Want Our 4 Causes Back!",
        "published": date(2021, 2, 13),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/wanna-learn-latex/",
        "title": "Wanna Learn LaTeX?",
        "published": date(2021, 2, 12),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/veganism-is-the-pinnacle-of-bugmanism/",
        "title": "Veganism Is the Pinnacle of Bugmanism",
        "published": date(2021, 2, 11),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/why-its-bad-to-have-high-gdp/",
        "title": "Why It's Bad to Have High GDP",
        "published": date(2021, 1, 22),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/academic/",
        "title": "Academic",
        "published": date(2021, 1, 11),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/other-langs/",
        "title": "Advice on Some Other Languages",
        "published": date(2020, 12, 11),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/command-line-bibles/",
        "title": "Command Line Bibles",
        "published": date(2020, 12, 11),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/hating-brave-is-cool/",
        "title": "Hating Brave is Cool!",
        "published": date(2020, 12, 11),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/learn-chinese/",
        "title": "Learn Chinese",
        "published": date(2020, 12, 11),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/learn-latin/",
        "title": "Learn Latin",
        "published": date(2020, 12, 11),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/learning-european-languages-michel-thomas/",
        "title": "Learning European Languages (Michel Thomas)",
        "published": date(2020, 12, 11),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/making-free-money-off-credit-cards/",
        "title": "Making Free Money off Credit Cards",
        "published": date(2020, 12, 11),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/notes-on-learning-languages/",
        "title": "Notes on Learning Languages",
        "published": date(2020, 12, 11),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/only-use-old-computers/",
        "title": "Only Use Old Computers!",
        "published": date(2020, 12, 11),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/reviews-of-all-linux-distros-that-matter/",
        "title": "Reviews of All Linux Distros (That Matter)",
        "published": date(2020, 12, 11),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/science-vs-soyence/",
        "title": "Science vs. Soyence",
        "published": date(2020, 12, 11),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/the-fragility-of-physics/",
        "title": "The Fragility of Physics",
        "published": date(2020, 12, 11),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/the-parable-of-alien-chess/",
        "title": "The Parable of Alien Chess",
        "published": date(2020, 12, 11),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/why-i-use-the-gpl-and-not-cuck-licenses/",
        "title": "Why I Use the GPL and Not Cuck Licenses",
        "published": date(2020, 12, 11),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/hedonism-asceticism-and-the-hermetic-answer/",
        "title": "Hedonism, Asceticism and the Hermetic Answer",
        "published": date(2020, 9, 3),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/politics-matters-most-to-slaves/",
        "title": "Politics matters most to slaves.",
        "published": date(2020, 5, 9),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/why-do-i-so-rarely-talk-about-politics-on-my-channel/",
        "title": "Why do I so rarely talk about politics on my channel?",
        "published": date(2020, 5, 9),
        "author": None,
    },
    {
        "link": "https://lukesmith.xyz/articles/my-diet-following-the-memes/",
        "title": "My diet following the memes",
        "published": date(2018, 9, 2),
        "author": None,
    },
]
