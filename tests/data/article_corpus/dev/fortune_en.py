"""Byline 'John Patrick Pullen, TIME' (TIME is the publication). The page shows only 'Updated: Dec 15, 2016 2:57 PM UTC': no publication date, not scored.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/fortune.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/fortune.com/index.test.js gives the ground truth checked here.
"""

url = "http://fortune.com/2016/12/15/amazon-alexa-gadgets/"
timezone = "America/New_York"
lang = "en"
title = "Here Are 6 Can’t-Miss Gadgets Powered by Amazon’s Alexa Assistant"
authors = ["John Patrick Pullen"]
