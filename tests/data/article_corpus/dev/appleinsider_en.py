"""'By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)'. The JSON-LD author is the site, as a Person ('AppleInsider').

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/65bf3048b500bbd84928d9122f99617ca898216b91add1d8b2ac09c670484a5c.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://appleinsider.com/articles/19/11/18/16-inch-macbook-pro-review-the-keyboard-is-probably-enough-to-convince-those-waiting"
timezone = "America/Los_Angeles"
lang = "en"
title = "16-inch MacBook Pro review: The keyboard is probably enough to convince those waiting"
published = datetime(2019, 11, 19, 0, 5, tzinfo=UTC)
authors = ["Mike Wuerthele", "Malcolm Owen"]
