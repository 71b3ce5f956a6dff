"""'By Laura E. Adkins December 28, 2016': a day only (postlight/parser's 01:32 UTC on the 29th is 20:32 on the 28th in New York).

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/forward.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/forward.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "http://forward.com/schmooze/358592/why-does-slack-want-me-to-say-hummus/"
timezone = "America/New_York"
lang = "en"
title = "The Adorable Reason You Can Set Your Alert Sound to “Hummus” on Slack"
published = date(2016, 12, 28)
authors = ["Laura E. Adkins"]
