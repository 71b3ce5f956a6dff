"""Byline 'Connie Wang'; the page shows no date: not scored.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.refinery29.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.refinery29.com/index.test.js gives the ground truth checked here.
"""

url = "http://www.refinery29.com/2016/12/132377/graphic-tees-statement-shirt-style-tips"
timezone = "America/New_York"
lang = "en"
title = "For Holiday Parties This Year, Let’s Get Behind The Conversation-Starter Tee"
authors = ["Connie Wang"]
