"""WordPress blog: 'by Tyler Cowen August 2, 2020 at 12:02 am in Economics, Law' (the <time>'s datetime has no zone; article:published_time gives 04:02 UTC); og:title carries the site's name.

Page: leogao2/htmltotext-benchmark @ feab59949ee4f9789af8e0c2412720895278d3cf : benchmarkdata/en/html/blog-marginal-revolution-how-not-to-fight-modern-day-slavery.html (no licence stated).
"""

from datetime import UTC, datetime

url = "https://marginalrevolution.com/marginalrevolution/2020/08/how-not-to-fight-modern-day-slavery.html"
timezone = "America/New_York"
lang = "en"
title = "How not to fight modern-day slavery"
published = datetime(2020, 8, 2, 4, 2, tzinfo=UTC)
authors = ["Tyler Cowen"]
