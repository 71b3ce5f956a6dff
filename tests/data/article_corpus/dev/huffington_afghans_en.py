"""An agency story on a news site (2010): the headline <h1>, then 'TODD PITMAN | 01/10/10 06:13 AM |' (the reporter's name in capitals, a US-style date and the local Eastern time); <meta name="author" content="AP"> names the agency and <meta name="publish_date"> a later time (19:01 EST, the update's).

Page: peterc/pismo @ bae9a0eb2afb9975cc22c96e5ff064779431982a : test/corpus/huffington.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://www.huffingtonpost.com/2010/01/10/afghans-losing-hope-after_n_417930.html"
timezone = "America/New_York"
lang = "en"
title = "Afghans Losing Hope After 8 Years Of War"
published = datetime(2010, 1, 10, 11, 13, tzinfo=UTC)  # 01/10/10 06:13 AM America/New_York
authors = ["Todd Pitman"]
