"""A tech news site (WordPress, 2017): three JSON-LD blocks (WebSite, Organization, NewsArticle), the NewsArticle's headline and name with the ampersand escaped twice ('Standard &#038; Premium'), its author a plain string; og:title and <title> 'headline | Androidheadlines.com' (og:site_name 'AndroidHeadlines.com |'); 'October 5, 2017 - Written By John Anon' under the <h1> (a day; the JSON-LD's datePublished 14:30 marked +0000, article:published_time 14:30 -07:00).

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/en/androidheadlines/page.html (none stated).
"""

from datetime import date

url = "https://www.androidheadlines.com/2017/10/netflix-standard-premium-plans-rising-in-price-in-the-us.html"
timezone = "America/Los_Angeles"
lang = "en"
title = "Netflix Standard & Premium Plans Rising In Price In The US"
published = date(2017, 10, 5)
authors = ["John Anon"]
