"""'By Zach Hanlon 5 minute Read' and the dateline '01-09-17': a day.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.fastcompany.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.fastcompany.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "https://www.fastcompany.com/3067012/the-only-five-email-folders-your-inbox-will-ever-need"
timezone = "America/New_York"
lang = "en-US"
title = "The Only Five Email Folders Your Inbox Will Ever Need"
published = date(2017, 1, 9)
authors = ["Zach Hanlon"]
