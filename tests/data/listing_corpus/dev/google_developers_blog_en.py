"""Real page: the front page of the Google Developers Blog (developers.googleblog.com, a Blogger
blog with Google's own template), saved by damoeb/rss-proxy for its tests. Full posts: an <h2>
title link, a "Thursday, September 5, 2019" publish date (a day), and the post body, which opens
with "Posted by <name>, <role>". That byline is part of the body, not the card's metadata, so
authors are not scored.
"""

from datetime import UTC, date, datetime

url = "https://developers.googleblog.com/"
timezone = "America/Los_Angeles"
now = datetime(2019, 9, 6, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://developers.googleblog.com/2019/09/enabling-developers-and-organizations.html",
        "title": "Enabling developers and organizations to use differential privacy",
        "published": date(2019, 9, 5),
    },
    {
        "link": "https://developers.googleblog.com/2019/08/developer-student-clubs-walk-that.html",
        "title": "Developer Student Clubs: A Walk That Changed Healthcare",
        "published": date(2019, 8, 21),
    },
    {
        "link": "https://developers.googleblog.com/2019/08/the-speed-benefit-of-amp-prerendering.html",
        "title": "The Speed Benefit of AMP Prerendering",
        "published": date(2019, 8, 14),
    },
    {
        "link": "https://developers.googleblog.com/2019/08/coral-summer-updates-post-training.html",
        "title": "Coral summer updates: Post-training quant support, TF Lite delegate, and new models!",
        "published": date(2019, 8, 6),
    },
    {
        "link": "https://developers.googleblog.com/2018/03/discontinuing-support-for-json-rpc-and.html",
        "title": "Discontinuing support for JSON-RPC and Global HTTP Batch Endpoints",
        "published": date(2019, 7, 31),
    },
    {
        "link": "https://developers.googleblog.com/2019/07/women-techmakers-summit-europe.html",
        "title": "Women Techmakers Summit Europe: Supporting Diversity & Inclusion in Tech",
        "published": date(2019, 7, 31),
    },
    {
        "link": "https://developers.googleblog.com/2019/07/international-womens-day19-featuring.html",
        "title": "International Women's Day'19 featuring Actions on Google",
        "published": date(2019, 7, 11),
    },
    {
        "link": "https://developers.googleblog.com/2019/07/developer-preview-of-local-home-sdk.html",
        "title": "Developer Preview of Local Home SDK",
        "published": date(2019, 7, 9),
    },
    {
        "link": "https://developers.googleblog.com/2019/06/google-pay-and-paypal-expand-their.html",
        "title": "Google Pay and PayPal expand their integration to give merchants more ways to accept payments online",
        "published": date(2019, 6, 20),
    },
    {
        "link": "https://developers.googleblog.com/2019/06/mail-merge-with-google-docs-api.html",
        "title": "Mail merge with the Google Docs API",
        "published": date(2019, 6, 5),
    },
]
