"""A think tank's blog post: the <h1> (twice, for two layouts), 'Bradley D. Marianno' and 'Thursday, March 25, 2021' (a <time> without datetime, a day) under it; related posts' bylines of several names and events' <time>s follow. The JSON-LD and <meta name="author"> agree.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/brookings.edu/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

from datetime import date

url = "https://www.brookings.edu/blog/brown-center-chalkboard/2021/03/25/teachers-unions-scapegoats-or-bad-faith-actors-in-covid-19-school-reopening-decisions/"
timezone = "America/New_York"
lang = "en"
title = "Teachers’ unions: Scapegoats or bad-faith actors in COVID-19 school reopening decisions?"
published = date(2021, 3, 25)
authors = ["Bradley D. Marianno"]
