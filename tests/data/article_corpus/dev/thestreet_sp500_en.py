"""A financial site (2017): og:title an earlier headline with its ampersand escaped twice ('S&amp;P 500 Closes at Records …'), the JSON-LD headline, microdata and <h1> the shown one; 'Keris Alison Lahiff Oct 5, 2017 4:11 PM EDT' under the dek.

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/en/thestreet/page.html (none stated).
"""

from datetime import UTC, datetime

url = "https://www.thestreet.com/story/14332576/1/s-p-500-closes-at-records-for-day-six-in-longest-streak-in-two-decades.html"
timezone = "America/New_York"
lang = "en"
title = "S&P 500 Closes at New Record for Day Six in Longest Streak in Two Decades"
published = datetime(2017, 10, 5, 20, 11, tzinfo=UTC)
authors = ["Keris Alison Lahiff"]
