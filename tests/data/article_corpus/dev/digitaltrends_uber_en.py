"""A tech magazine (WordPress, 2017): three JSON-LD blocks (WebSite, a list of products, NewsArticle with prose dates 'October 6, 2017'), quotation marks written as entities in the JSON-LD headline; the breadcrumb cuts the headline ('Uber iOS app can virtually ‘see’ your…'); 'By Andy Boxall — Posted on October 6, 2017 4:43 am' under the <h1> (a time in no zone the page names: the day is scored; the microdata <time> marks it +00:00, article:published_time -07:00).

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/en/digitaltrends/page.html (none stated).
"""

from datetime import date

url = "https://www.digitaltrends.com/mobile/uber-ios-app-entitlement-news/"
timezone = "America/Los_Angeles"
lang = "en"
title = "Uber iOS app can virtually ‘see’ your phone screen, and Apple approved it"
published = date(2017, 10, 6)
authors = ["Andy Boxall"]
