"""A news magazine's blog post: the <h1> (og:title adds ' - US News'), a standfirst, 'By David Catanese and Lindsey Cook Oct. 31, 2014 | 10:49 a.m. EDT' (a time in a named zone); the <time datetime> holds 'Fri Oct 31 10:49:51 EDT 2014', article:published_time the day, <meta name=author> 'David Catanese, Lindsey Cook'. Other stories' bylines and days follow.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/usnews.com1.html (MIT).
"""

from datetime import UTC, datetime

url = "http://www.usnews.com/news/blogs/run-2016/2014/10/31/tracking-the-2016-presidential-candidates"
timezone = "America/New_York"
lang = "en"
title = "Tracking the 2016 Presidential Candidates"
published = datetime(2014, 10, 31, 14, 49, tzinfo=UTC)
authors = ["David Catanese", "Lindsey Cook"]
