"""'By Zach Johnson Dec 12, 2016 2:00 PM': a time in a zone the page does not name, so the day.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.eonline.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.eonline.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "http://www.eonline.com/news/814222/ryan-gosling-s-feelings-about-fatherhood-will-make-your-heart-sing"
timezone = "America/Los_Angeles"
lang = "en"
title = "Ryan Gosling's Feelings About Fatherhood Will Make Your Heart Sing"
published = date(2016, 12, 12)
authors = ["Zach Johnson"]
