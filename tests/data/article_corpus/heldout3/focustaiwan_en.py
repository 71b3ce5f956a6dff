"""News agency's English page: the <title>, og:title and JSON-LD headline are empty; the <h1> is the headline, '11/17/2023 05:40 PM' under it (month first, Taipei time), '(By Alison Hsiao)' at the end of the text. The page names no address (empty canonical): the url is the site's form for the story's id.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/focus-taiwan-202311170015.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://focustaiwan.tw/society/202311170015"
timezone = "Asia/Taipei"
lang = "en"
title = "Revised national climate change action guidelines released by Ministry of Environment"
published = datetime(2023, 11, 17, 9, 40, tzinfo=UTC)
authors = ["Alison Hsiao"]
