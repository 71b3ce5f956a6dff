"""Real page: a developer's hand-written "Writings and links" page (benoitessiambre.com,
2022), saved by jakub-m/bulletin for its tests. en. One <dl>: per item a "<dt class=time>2022-06-15</dt>"
(an ISO day as text) and a <dd> with the title link and a <div class=tag> ("essay", "game",
"app"); some links go to other sites (medium.com, es.discourse.group), they are the entries'
links all the same. Two empty pairs close the list (an empty <dt>, an <a href="">): not
entries. Entries: the 16 items. Not entries: the two links of the top line, the four
profile links. No bylines (authors None).
"""

from datetime import UTC, date, datetime

url = "https://benoitessiambre.com/"
timezone = "America/Toronto"
now = datetime(2022, 7, 1, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://benoitessiambre.com/macro.html",
        "title": "Sim Central Bank",
        "published": date(2022, 6, 15),
        "author": None,
    },
    {
        "link": "https://benoitessiambre.com/simcb.html",
        "title": "Sim Central Bank, The Explanation",
        "published": date(2022, 6, 15),
        "author": None,
    },
    {
        "link": "https://benoitessiambre.com/simple.html",
        "title": "The Complexity of Simplicity",
        "published": date(2021, 7, 18),
        "author": None,
    },
    {
        "link": "https://benoitessiambre.com/specter.html",
        "title": "The Specter of Cryptocurrencies",
        "published": date(2021, 4, 25),
        "author": None,
    },
    {
        "link": "https://es.discourse.group/t/callback-based-simplified-async-await/343",
        "title": "Callback async/await",
        "published": date(2020, 4, 23),
        "author": None,
    },
    {
        "link": "https://medium.com/@b.essiambre/how-to-make-a-profit-in-software-the-exclusivity-curve-eef0d85694da?source=friends_link&sk=793a4eaa9788a656851d7ac1be6d5e0c",
        "title": "How to Make a Profit in Software: The Exclusivity Curve",
        "published": date(2020, 4, 7),
        "author": None,
    },
    {
        "link": "https://benoitessiambre.com/crossfit.html",
        "title": "Product-Market Crossfit",
        "published": date(2019, 9, 18),
        "author": None,
    },
    {
        "link": "https://medium.com/swlh/how-to-make-a-good-secret-sauce-8773cd0216ce?source=friends_link&sk=0e8451d9e935ca23dc4838ecdc5148fe",
        "title": "How to Make a Good Secret Sauce",
        "published": date(2019, 5, 29),
        "author": None,
    },
    {
        "link": "https://qr.ae/TZzFcD",
        "title": "Bayesian Auto Programming",
        "published": date(2017, 11, 6),
        "author": None,
    },
    {
        "link": "https://medium.com/@b.essiambre/continuation-passing-style-patterns-for-javascript-5528449d3070?source=friends_link&sk=976fb25ca6c15eba3a4badcf55ba698e",
        "title": "Callback Heaven: Continuation Passing Style Patterns for JavaScript",
        "published": date(2017, 6, 29),
        "author": None,
    },
    {
        "link": "https://medium.com/@b.essiambre/the-world-deserves-a-pay-raise-302f25efd82a?source=friends_link&sk=cb180b2cf186b263b6c6c70ad29bc36e",
        "title": "The World Deserves a Pay Raise",
        "published": date(2016, 10, 16),
        "author": None,
    },
    {
        "link": "http://www.bookvoid.com",
        "title": "Bookvoid",
        "published": date(2012, 2, 27),
        "author": None,
    },
    {
        "link": "http://messil.com/ ",
        "title": "Messil",
        "published": date(2011, 8, 1),
        "author": None,
    },
    {
        "link": "http://speedgeography.com/",
        "title": "Speed Geography",
        "published": date(2010, 10, 8),
        "author": None,
    },
    {
        "link": "http://ikleinblue.com/",
        "title": "iKleinBlue",
        "published": date(2010, 1, 22),
        "author": None,
    },
    {
        "link": "http://speedanatomy.com/",
        "title": "Speed Anatomy",
        "published": date(2009, 6, 19),
        "author": None,
    },
]
