"""'Published: Dec. 22, 2016, 6:47 p.m. By Mike Cason | mcason@al.com': a time in a zone the page does not name, so the day; the byline's name without its address.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.al.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.al.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "http://www.al.com/news/birmingham/index.ssf/2016/12/two_arrested_in_multi-state_de.html#incart_river_home"
timezone = "America/Chicago"
lang = "en"
title = "Two arrested in multi-state debit card skimming scheme"
published = date(2016, 12, 22)
authors = ["Mike Cason"]
