"""A scientific journal's article page: the <h1> holds the article type 'Regular Article' before the title and a footnote's mark '☆' after it (counted with the type too), 'Stanley H. Ambrose' (given names and surname in two spans) under it; the issue 'Volume 34, Issue 6, June 1998, Pages 623-651' is no day (citation_publication_date says 1998/06/01, citation_online_date 2002/05/25): the date is not scored. UTF-8 with no charset declared.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/sciencedirect/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

url = "https://www.sciencedirect.com/science/article/abs/pii/S0047248498902196"
timezone = "America/New_York"
lang = "en"
title = "Late Pleistocene human population bottlenecks, volcanic winter, and differentiation of modern humans"
also_titles = [
    "Regular Article Late Pleistocene human population bottlenecks, volcanic winter, and differentiation of modern humans"
]
authors = ["Stanley H. Ambrose"]
