"""'December 18, 2020' under the title, by Mike Conley.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/firefox-nightly-blog/source.html (Apache-2.0).
"""

from datetime import date

url = "https://blog.nightly.mozilla.org/2020/12/18/these-weeks-in-firefox-issue-85/"
timezone = "UTC"
lang = "en"
title = "These Weeks in Firefox: Issue 85"
published = date(2020, 12, 18)
authors = ["Mike Conley"]
