"""Croatian portal: 'Index Vijesti' (a desk: authors not scored); the time is an empty <time timeago> that a script fills with an age: the date is not scored.

Page: leogao2/htmltotext-benchmark @ feab59949ee4f9789af8e0c2412720895278d3cf : benchmarkdata/hr/html/news-index-podignute-optuznice-zbog-smrti-tri-radnika-hepa-u-pozaru-hidroelektrane-dubrovnik.html (no licence stated).
"""

url = "https://www.index.hr/clanak.aspx?id=2203343"
timezone = "Europe/Zagreb"
lang = "hr"
title = "Podignute optužnice zbog tragedije u HE Dubrovnik, evo za što se tereti petoricu"
