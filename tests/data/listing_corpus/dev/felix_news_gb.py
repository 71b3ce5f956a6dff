"""Real page: a student newspaper's News section (Felix, Imperial College London; the site as
frozen in 2020, built by Hugo and deployed on 24 March 2021), kept by FelixOnline/v2 in its
`public` branch, the deployed build committed by its CI. Below a section header with the
section's editor (a portrait, a link to her author page, the desk's mail address): ten cards
of a thumbnail link, a title link in <div class="section-post-title">, a cut subtitle and
"By Henry Alman" in a <span class="author">. The cards show no date (the day is only in the
addresses): published None. Not entries: the editor's link, the pagination, the navigation and
footer widgets. `now` is the deploy commit.
"""

from datetime import UTC, datetime

url = "https://old.felixonline.co.uk/categories/news/"
timezone = "Europe/London"
now = datetime(2021, 3, 24, 18, 53, tzinfo=UTC)

entries = [
    {
        "link": "https://old.felixonline.co.uk/articles/2020-04-05-new-website/",
        "title": "We've moved to a new location: felixonlinesummer.uk",
        "published": None,
        "author": "Henry Alman",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-ethical-investment-paper-passed-college-council/",
        "title": "Ethical Investment Paper Passed by College Council",
        "published": None,
        "author": "Henry Alman",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-felix-interviews-anne-barrett-college-archivist/",
        "title": "Felix Interviews: Anne Barrett, College Archivist",
        "published": None,
        "author": "Henry Alman",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-space-final-frontier/",
        "title": "Space: The Final Frontier",
        "published": None,
        "author": "Henry Alman",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-ongoing-direction-of-union/",
        "title": "The Ongoing Direction of the Union",
        "published": None,
        "author": "Henry Alman",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-union-council-votes-reject-increase-halls-rent/",
        "title": "Union Council Votes 36:1 to Reject Increase in Halls Rent Price",
        "published": None,
        "author": "Isabelle Zhang",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-imperial-graduate-ceo-spyras-named-uk-most-promising-entrepreneur/",
        "title": "Imperial Graduate CEO of Spyras Named UK’s Most Promising Entrepreneur",
        "published": None,
        "author": "Jack Powell",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-11-29-college-plans-increase-halls-rent-union-negotiate-prices/",
        "title": "College Plans to Increase Halls Rent Again; Union to Negotiate Prices",
        "published": None,
        "author": "Henry Alman",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-11-29-managing-director-union-steps-down/",
        "title": "Managing Director of the Union Steps Down",
        "published": None,
        "author": "Henry Alman",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-11-29-strike-action-pensions-and-pay/",
        "title": "Strike Action: Pensions and Pay",
        "published": None,
        "author": "Henry Alman",
    },
]
