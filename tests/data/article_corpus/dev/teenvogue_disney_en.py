"""A teen magazine's slideshow: the <h1> (microdata headline; og:title the same, the <title> an SEO variant 'Disney Channel Original Movies | Zenon, Smart House, Luck of the Irish | TeenVogue.com'), 'by Hannah Gilman' after the text (microdata author). No date shown (microdata datePublished '20141229 18:22:00' only): not scored.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/teenvogue.com1.html (MIT).
"""

url = "http://www.teenvogue.com/entertainment/2014-12/disney-channel-original-movies-zenon-smart-house"
timezone = "America/New_York"
lang = "en"
title = "7 Disney Channel Original Movies That You Need to See Immediately"
authors = ["Hannah Gilman"]
