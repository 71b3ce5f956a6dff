"""A British paper's film column (2014): the <h1>, 'Alex von Tunzelmann' (microdata author), 'Thursday 24 April 2014 10.26 BST' (a time in a named zone; article:published_time 09:26 UTC agrees) and a hidden 'Last modified on Saturday 21 June 2014 00.41 BST'. The <title> adds ' | Film | The Guardian'.

Page: buriy/python-readability @ b220919186d0db2a006bbabb910b602056b3f51a : tests/samples/the-hurricane-rubin-carter-denzel-washington.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://www.theguardian.com/film/2014/apr/24/the-hurricane-rubin-carter-denzel-washington"
timezone = "Europe/London"
lang = "en"
title = "The Hurricane: the facts of Rubin Carter's life story are beaten to a pulp"
published = datetime(2014, 4, 24, 9, 26, tzinfo=UTC)
authors = ["Alex von Tunzelmann"]
