"""Real page: an author's page of The Motley Fool (fool.com/author/20415, Kody Kester's
articles), saved by damoeb/feedless for its tests. English. Under "<h2>Articles by…</h2>", a
<div id=article_listing> holds 20 cards: each a link with a title attribute (the headline)
around an <article> with a picture, the headline in <h4>, "Kody Kester | Jun 26, 2022" (byline
and day, no time) and a promo paragraph; <hr>s and ad slots between them; a "Load more" button
and a pager after. Menus, footer link lists and the site's top navigation are not entries.
"""

from datetime import UTC, date, datetime

url = "https://www.fool.com/author/20415/"
timezone = "America/New_York"
now = datetime(2022, 6, 27, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.fool.com/investing/2022/06/26/2-real-estate-stocks-that-are-built-to-survive-inf/",
        "title": "2 Real Estate Stocks That Are Built to Survive Inflation",
        "published": date(2022, 6, 26),
        "author": "Kody Kester",
    },
    {
        "link": "https://www.fool.com/investing/2022/06/25/sanofis-top-selling-drug-snagged-another-approval/",
        "title": "Sanofi's Top-Selling Drug Just Snagged Another Approval From the FDA",
        "published": date(2022, 6, 25),
        "author": "Kody Kester",
    },
    {
        "link": "https://www.fool.com/investing/2022/06/24/3-high-yield-dividend-stocks-that-could-soar/",
        "title": "3 High-Yield Dividend Stocks That Could Soar",
        "published": date(2022, 6, 24),
        "author": "Kody Kester",
    },
    {
        "link": "https://www.fool.com/investing/2022/06/24/2-reits-that-are-outperforming-the-sp-500/",
        "title": "2 REITs That Are Outperforming the S&P 500",
        "published": date(2022, 6, 24),
        "author": "Kody Kester",
    },
    {
        "link": "https://www.fool.com/investing/2022/06/23/3-dirt-cheap-dividend-stocks-to-buy-hand-over-fist/",
        "title": "3 Dirt Cheap Dividend Stocks to Buy Hand Over Fist",
        "published": date(2022, 6, 23),
        "author": "Kody Kester",
    },
    {
        "link": "https://www.fool.com/investing/2022/06/23/5-dividend-kings-to-buy-now/",
        "title": "5 Dividend Kings to Buy Now",
        "published": date(2022, 6, 23),
        "author": "Kody Kester",
    },
    {
        "link": "https://www.fool.com/investing/2022/06/22/this-high-yield-dividend-stock-is-swimming-in-cash/",
        "title": "This High-Yield Dividend Stock Is Swimming in Cash",
        "published": date(2022, 6, 22),
        "author": "Kody Kester",
    },
    {
        "link": "https://www.fool.com/investing/2022/06/21/want-10000-in-annual-dividend-income-invest-134200/",
        "title": "Want $10,000 in Annual Dividend Income? Invest $134,200 in These Ultra-High-Yield Stocks",
        "published": date(2022, 6, 21),
        "author": "Kody Kester",
    },
    {
        "link": "https://www.fool.com/investing/2022/06/19/want-steady-passive-income-add-this-dividend-king/",
        "title": "Want Steady Passive Income? Add This Dividend King to Your Portfolio",
        "published": date(2022, 6, 19),
        "author": "Kody Kester",
    },
    {
        "link": "https://www.fool.com/investing/2022/06/17/this-resilient-dividend-stock-looks-like-a-buy/",
        "title": "This Resilient Dividend Stock Looks Like a Buy",
        "published": date(2022, 6, 17),
        "author": "Kody Kester",
    },
    {
        "link": "https://www.fool.com/investing/2022/06/17/3-reasons-to-buy-this-blue-chip-retail-stock/",
        "title": "3 Reasons to Buy This Blue Chip Retail Stock",
        "published": date(2022, 6, 17),
        "author": "Kody Kester",
    },
    {
        "link": "https://www.fool.com/investing/2022/06/16/like-growth-youll-love-these-high-yield-stocks/",
        "title": "Like Growth? You'll Love These 2 High-Yield Stocks",
        "published": date(2022, 6, 16),
        "author": "Kody Kester",
    },
    {
        "link": "https://www.fool.com/investing/2022/06/15/is-this-high-yield-stock-a-buy-prudential/",
        "title": "Is This High-Yield Dividend Stock a Buy?",
        "published": date(2022, 6, 15),
        "author": "Kody Kester",
    },
    {
        "link": "https://www.fool.com/investing/2022/06/15/3-reasons-to-buy-this-blue-chip-healthcare-stock/",
        "title": "3 Reasons to Buy This Blue Chip Healthcare Stock",
        "published": date(2022, 6, 15),
        "author": "Kody Kester",
    },
    {
        "link": "https://www.fool.com/investing/2022/06/15/should-you-build-around-this-home-dividend-stock/",
        "title": "Should You Build Your Portfolio Around This Home Improvement Dividend Stock?",
        "published": date(2022, 6, 15),
        "author": "Kody Kester",
    },
    {
        "link": "https://www.fool.com/investing/2022/06/15/looking-for-passive-income-buy-this-dividend-king/",
        "title": "Looking for Passive Income? Buy This Dividend King",
        "published": date(2022, 6, 15),
        "author": "Kody Kester",
    },
    {
        "link": "https://www.fool.com/investing/2022/06/14/2-best-dividend-stocks-that-wall-street-is-sleepin/",
        "title": "2 Best Dividend Stocks That Wall Street Is Sleeping On",
        "published": date(2022, 6, 14),
        "author": "Kody Kester",
    },
    {
        "link": "https://www.fool.com/investing/2022/06/12/want-1000-in-annual-dividend-income-invest-in-thes/",
        "title": "Want $1,000 in Annual Dividend Income? Invest in These Stocks",
        "published": date(2022, 6, 12),
        "author": "Kody Kester",
    },
    {
        "link": "https://www.fool.com/investing/2022/06/11/2-best-biotech-stocks-to-buy-right-now/",
        "title": "2 Best Biotech Stocks to Buy Right Now",
        "published": date(2022, 6, 11),
        "author": "Kody Kester",
    },
    {
        "link": "https://www.fool.com/investing/2022/06/11/2-top-healthcare-stocks-to-buy-right-now/",
        "title": "2 Top Healthcare Stocks to Buy Right Now",
        "published": date(2022, 6, 11),
        "author": "Kody Kester",
    },
]
