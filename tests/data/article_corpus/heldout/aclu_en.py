"""Byline: 'By Daniel Kahn Gillmor, Senior Staff Technologist…', dateline 'April 5, 2018 | 6:00 PM' (the ACLU is in New York).

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/aclu/source.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.aclu.org/blog/privacy-technology/internet-privacy/facebook-tracking-me-even-though-im-not-facebook"
timezone = "America/New_York"
lang = "en"
title = "Facebook Is Tracking Me Even Though I’m Not on Facebook"
published = datetime(2018, 4, 5, 22, 0, tzinfo=UTC)  # 2018-04-05 18:00 America/New_York
authors = ["Daniel Kahn Gillmor"]
