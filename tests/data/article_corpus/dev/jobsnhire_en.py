"""An empty <h1> before the headline's; the <title> adds ' : Home : Jobs & Hire'. 'Feb 14, 2016 10:47 AM EST' above the headline (article:published_time the day only; the address holds 20160214), 'By Jose de la Cruz' under it. htmldate's day 2016-02-14.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/jobsnhire.com.health.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.jobsnhire.com/articles/35030/20160214/need-know-cvs-health.htm"
timezone = "America/New_York"
lang = "en"
title = "Better Health For America: What You Need To Know About CVS Health"
published = datetime(2016, 2, 14, 15, 47, tzinfo=UTC)
authors = ["Jose de la Cruz"]
