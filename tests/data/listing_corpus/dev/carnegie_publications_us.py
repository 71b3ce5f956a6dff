"""Real page: the Carnegie Endowment for International Peace's "Publications" (carnegieendowment.org,
en, a think tank's list of its scholars' writing) on 30 January 2016, saved by
TeamHG-Memex/Formasaurus as formasaurus/data/html/carnegieendowment.org-0.html. The left column's
<ul class=listDisplay> holds twenty <li>: a kind label in <span class=pubtype> ("Op-Ed", "TV/Radio
Broadcast", "Article", "Paper", "Interview", none on two), a picture, an <h5> link (the title), then
<div class=metaD> with <span class=author> — one to three names, those of Carnegie's own scholars
linked to /experts/, outside co-authors as plain text, joined by commas ("<a>Marc Lynch</a>,
Lindsay Benstead") — <span class=date>"January 28, 2016"</span> and, for pieces that appeared
elsewhere, the outlet in <span class=publisher><i>Indian Express</i></span>, then a one-line
teaser. Links: the <h5> links (seven go to the centres' own sites, carnegie-mec.org and
carnegieeurope.eu). Titles: their text. Published: the day shown (a `date`). Authors: the names
of <span class=author> as shown, commas and all; the kind label and the outlet ("Foreign Policy",
"Deutsche Welle") are not bylines. Not entries: the right column's blog boxes ("Strategic
Europe", "Sada", "Carnegie.ru", "Syria in Crisis", three posts each), the menus, the search form,
the pager. `now`: the commit that added the page (2016-01-30 06:36 +0500).
"""

from datetime import UTC, date, datetime

url = "http://carnegieendowment.org/publications/"
timezone = "America/New_York"
now = datetime(2016, 1, 30, 1, 36, tzinfo=UTC)

entries = [
    {
        "link": "http://carnegieendowment.org/2016/01/29/decoding-rawalpindi/itcc",
        "title": "Decoding Rawalpindi",
        "published": date(2016, 1, 29),
        "author": "Christophe Jaffrelot",
    },
    {
        "link": "http://carnegieendowment.org/2016/01/28/gender-and-politics-in-middle-east/itb4",
        "title": "Gender and Politics in the Middle East",
        "published": date(2016, 1, 28),
        "author": "Marc Lynch, Lindsay Benstead",
    },
    {
        "link": "http://carnegieendowment.org/2016/01/28/egypt-five-years-beyond-uprising/itca",
        "title": "Egypt Five Years Beyond the Uprising",
        "published": date(2016, 1, 28),
        "author": "Michele Dunne",
    },
    {
        "link": "http://carnegie-mec.org/2016/01/28/nuclear-energy-s-future-in-middle-east-and-north-africa/itac",
        "title": "Nuclear Energy’s Future in the Middle East and North Africa",
        "published": date(2016, 1, 28),
        "author": "Carole Nakhle",
    },
    {
        "link": "http://carnegieendowment.org/2016/01/27/look-homeward-democracy-promoter/it91",
        "title": "Look Homeward, Democracy Promoter",
        "published": date(2016, 1, 27),
        "author": "Thomas Carothers",
    },
    {
        "link": "http://carnegieendowment.org/2016/01/26/raja-mandala-most-exceptional-friendship/it95",
        "title": "Raja-Mandala: A Most Exceptional Friendship",
        "published": date(2016, 1, 26),
        "author": "C. Raja Mohan",
    },
    {
        "link": "http://carnegieeurope.eu/2016/01/26/luxembourg-europe-s-bellwether/it6g",
        "title": "Luxembourg, Europe’s Bellwether",
        "published": date(2016, 1, 26),
        "author": "Caroline de Gruyter",
    },
    {
        "link": "http://carnegieendowment.org/2016/01/26/india-s-newest-think-tank-chief-talks-global-leadership/it71",
        "title": "India’s Newest Think Tank Chief Talks Global Leadership",
        "published": date(2016, 1, 26),
        "author": "C. Raja Mohan",
    },
    {
        "link": "http://carnegieendowment.org/2016/01/25/how-much-should-united-states-still-care-about-central-asia/it5d",
        "title": "How Much Should the United States Still Care About Central Asia?",
        "published": date(2016, 1, 25),
        "author": "Richard Sokolsky, Paul Stronski",
    },
    {
        "link": "http://carnegieendowment.org/2016/01/25/end-of-era-for-white-males/it99",
        "title": "The End of an Era … for White Males",
        "published": date(2016, 1, 25),
        "author": "David Rothkopf",
    },
    {
        "link": "http://carnegieendowment.org/2016/01/25/will-china-s-new-supply-side-reforms-help-china/it8q",
        "title": "Will China’s New “Supply-Side” Reforms Help China?",
        "published": date(2016, 1, 25),
        "author": "Michael Pettis",
    },
    {
        "link": "http://carnegieendowment.org/2016/01/25/u.s.-policy-toward-central-asia-3.0/it2s",
        "title": "U.S. Policy Toward Central Asia 3.0",
        "published": date(2016, 1, 25),
        "author": "Eugene Rumer, Richard Sokolsky, Paul Stronski",
    },
    {
        "link": "http://carnegieeurope.eu/2016/01/25/merkel-s-miscalculations-in-refugee-crisis/it85",
        "title": "Merkel’s Miscalculations in the Refugee Crisis",
        "published": date(2016, 1, 25),
        "author": "Judy Dempsey",
    },
    {
        "link": "http://carnegieendowment.org/2016/01/25/did-sisi-save-egypt/it6v",
        "title": "Did Sisi Save Egypt?",
        "published": date(2016, 1, 25),
        "author": "Nathan Brown, Yasser El-Shimy",
    },
    {
        "link": "http://carnegie-mec.org/2016/01/22/global-trends-low-oil-prices-today-may-not-mean-low-investment-tomorrow/itbp",
        "title": "Low Oil Prices Today May Not Mean Low Investment Tomorrow",
        "published": date(2016, 1, 22),
        "author": "Carole Nakhle",
    },
    {
        "link": "http://carnegie-mec.org/2016/01/21/chasing-egypt-s-economic-tail/it1c",
        "title": "Chasing Egypt’s Economic Tail",
        "published": date(2016, 1, 21),
        "author": "Yezid Sayigh",
    },
    {
        "link": "http://carnegieendowment.org/2016/01/21/maintaining-peace-across-taiwan-straits-can-benefit-all/it4h",
        "title": "Maintaining Peace Across Taiwan Strait Can Benefit All",
        "published": date(2016, 1, 21),
        "author": "Douglas H. Paal",
    },
    {
        "link": "http://carnegie-mec.org/2016/01/21/analysis-how-can-war-torn-yemen-find-peace/it2r",
        "title": "Analysis: How Can War-Torn Yemen Find Peace?",
        "published": date(2016, 1, 21),
        "author": "Farea Al-Muslimi",
    },
    {
        "link": "http://carnegieeurope.eu/2016/01/21/does-merkel-have-plan-b/it55",
        "title": "Does Merkel Have a Plan B?",
        "published": date(2016, 1, 21),
        "author": "Judy Dempsey",
    },
    {
        "link": "http://carnegieendowment.org/2016/01/21/egypt-s-revolution/it19",
        "title": "Egypt’s Revolution",
        "published": date(2016, 1, 21),
        "author": "Marc Lynch, Michael Hanna, Thanassis Cambanis",
    },
]
