"""Real page: a U.S. representative's press releases, page 1 of 41 (walz.house.gov/media-center/
press-releases, a Drupal site, saved 21 April 2015), kept by dwillis/statement as the spec
fixture of its Drupal press-release scraper (spec/drupal_press.html). The same Drupal Views
markup as butterfield_press_us: ten <div class="views-row">, each an <h3> title link (relative,
one title padded with spaces), "Apr 14, 2015" (a day only) in a views-field-created span, a
"Press Release" type link to the list itself, an empty <h5> subtitle, a teaser paragraph (a
bold italic subtitle or "Washington, DC [4/14/15] – Today, ..."), and "Issues:" links. No
bylines (authors None). Not entries: the type and issue links, the pager ("2" ... "9", "next ›",
"last »"), the navigation, and the footer's office tabs and office boxes (<h3> links to
/contact/offices/..., in views-row markup of their own). `now` is the save (the fixture's
commit, 21 April 2015).
"""

from datetime import UTC, date, datetime

url = "http://walz.house.gov/media-center/press-releases"
timezone = "America/Chicago"
now = datetime(2015, 4, 21, 15, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://walz.house.gov/media-center/press-releases/walz-calls-for-passage-of-the-paycheck-fairness-act-on-equal-pay-day-0",
        "title": "Walz Calls for Passage of the Paycheck Fairness Act on Equal Pay Day",
        "published": date(2015, 4, 14),
        "author": None,
    },
    {
        "link": "http://walz.house.gov/media-center/press-releases/walz-recognized-as-national-leader-in-clean-water-advocacy",
        "title": "Walz Recognized as National Leader in Clean Water Advocacy",
        "published": date(2015, 4, 14),
        "author": None,
    },
    {
        "link": "http://walz.house.gov/media-center/press-releases/walz-announces-2015-congressional-art-competition",
        "title": "Walz Announces 2015 Congressional Art Competition",
        "published": date(2015, 3, 24),
        "author": None,
    },
    {
        "link": "http://walz.house.gov/media-center/press-releases/after-walz-push-va-expands-veterans-choice-card-eligibility",
        "title": "After Walz Push, VA Expands Veterans Choice Card Eligibility",
        "published": date(2015, 3, 24),
        "author": None,
    },
    {
        "link": "http://walz.house.gov/media-center/press-releases/walz-applauds-initiative-to-help-tackle-climate-change",
        "title": "Walz Applauds Initiative to Help Tackle Climate Change",
        "published": date(2015, 3, 19),
        "author": None,
    },
    {
        "link": "http://walz.house.gov/media-center/press-releases/walz-boozman-donnelly-introduce-bicameral-legislation-giving-military",
        "title": "Walz, Boozman, Donnelly, Introduce Bicameral Legislation Giving Military Retirees the Honor They Deserve",
        "published": date(2015, 3, 17),
        "author": None,
    },
    {
        "link": "http://walz.house.gov/media-center/press-releases/franken-walz-introduce-bipartisan-legislation-to-help-tackle-va-backlog",
        "title": "Franken, Walz Introduce Bipartisan Legislation to Help Tackle VA Backlog",
        "published": date(2015, 3, 4),
        "author": None,
    },
    {
        "link": "http://walz.house.gov/media-center/press-releases/rep-walz-statement-on-house-passage-of-long-term-dhs-funding-bill",
        "title": "Rep. Walz Statement on House Passage of Long-term DHS Funding Bill",
        "published": date(2015, 3, 3),
        "author": None,
    },
    {
        "link": "http://walz.house.gov/media-center/press-releases/rep-walz-statement-on-hj-res-35",
        "title": "Rep. Walz Statement on H.J. Res. 35",
        "published": date(2015, 2, 27),
        "author": None,
    },
    {
        "link": "http://walz.house.gov/media-center/press-releases/rep-walz-lauds-net-neutrality-ruling-pledges-to-continue-fighting-to",
        "title": "Rep. Walz Lauds Net Neutrality Ruling, Pledges to Continue Fighting to Keep Internet Free and Open for All",
        "published": date(2015, 2, 26),
        "author": None,
    },
]
