"""Real page: the investments list of Patch of Land (patchofland.com, a real-estate crowdfunding
marketplace, December 2015, Magento), saved from a browser by scrapinghub/aile for its tests.
An offers listing: the site's header (borrower, investor, broker menus), "Invest", a filter of
loan types (links to "javascript:void(0)"), the toolbar (grid or list view), a call to
developers, then <div class=category-products> of rows of twelve <div class="item span4"> cards
(the whole card clickable by script): a picture link, a hidden "Get Details" button, the deal's
name as an <h4> link in <div class=title-box> ("Brooklyn Luxury Rehab - Tranche II", its
`title` the same) over its address ("158 Halsey Street, Brooklyn, New York"), a list of terms
("11% APR with expected 12 month hold term"), and the funding state as a link ("Open for
funding $150,000 of $280,000", "Fully Funded! $500,000 of $500,000"). Titles: the <h4> link's
text. No dates or bylines (published None, author None). Not entries: the menus and filters,
the footer. The page's canonical link was rewritten by the browser that saved it
("Patch%20of%20Land_files/investments.html"); the address is the site's investments page, which
the toolbar's "list" view link extends ("/investments/mode/list.html"). `now` is the save
(December 2015).
"""

from datetime import UTC, datetime

url = "https://patchofland.com/investments.html"
timezone = "America/Los_Angeles"
now = datetime(2015, 12, 23, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://patchofland.com/investments/brooklyn-luxury-rehab-ii.html",
        "title": "Brooklyn Luxury Rehab - Tranche II",
        "published": None,
        "author": None,
    },
    {
        "link": "https://patchofland.com/investments/brooklyn-condo-conversion-trancheii.html",
        "title": "Brooklyn Condo Conversion - Tranche II",
        "published": None,
        "author": None,
    },
    {
        "link": "https://patchofland.com/investments/upscale-los-gatos-rehab.html",
        "title": "Upscale Los Gatos Rehab - Phase I",
        "published": None,
        "author": None,
    },
    {
        "link": "https://patchofland.com/investments/9-property-package.html",
        "title": "9 Property Package",
        "published": None,
        "author": None,
    },
    {
        "link": "https://patchofland.com/investments/noe-valley-fix-and-flip.html",
        "title": "Noe Valley Fix and Flip - Phase I",
        "published": None,
        "author": None,
    },
    {
        "link": "https://patchofland.com/investments/princeton-fix-and-flip.html",
        "title": "Princeton Fix and Flip",
        "published": None,
        "author": None,
    },
    {
        "link": "https://patchofland.com/investments/memphis-multifamily-tranche-v.html",
        "title": "Garden Apartment Complex Refi and Rehab in Memphis - Tranche V",
        "published": None,
        "author": None,
    },
    {
        "link": "https://patchofland.com/investments/brooklyn-luxury-rehab.html",
        "title": "Brooklyn Luxury Rehab - Tranche I",
        "published": None,
        "author": None,
    },
    {
        "link": "https://patchofland.com/investments/brooklyn-condo-conversion-2.html",
        "title": "Brooklyn Condo Conversion #2 - Tranche I",
        "published": None,
        "author": None,
    },
    {
        "link": "https://patchofland.com/investments/west-los-angeles-rehab-and-expansion-ii.html",
        "title": "West Los Angeles Rehab and Expansion - Tranche II",
        "published": None,
        "author": None,
    },
    {
        "link": "https://patchofland.com/investments/penryn-fix-and-flip.html",
        "title": "Penryn Fix and Flip",
        "published": None,
        "author": None,
    },
    {
        "link": "https://patchofland.com/investments/west-los-angeles-rehab-and-expansion.html",
        "title": "West Los Angeles Rehab and Expansion - Tranche I",
        "published": None,
        "author": None,
    },
]
