"""A public broadcaster's news site (2016): a logo's <h1> 'iRozhlas' before the headline's <h1>, '16:44 23. prosince 2016' (<time>) under the lead and the reporter's name on the right; JSON-LD names her as a Person, datePublished in local time without a zone.

Page: hynky1999/Czech-News-Classification-dataset @ 94d38e19cc7293e0a1f34f9e0564ced435aef271 : Processor/tests/sites/rozhlasCZ/test_articles/cc_2019.html (MIT).
"""

from datetime import UTC, datetime

url = "https://www.irozhlas.cz/ekonomika/az-31-miliard-utrati-cesi-za-darky-nejcasteji-kupuji-hracky-obleceni-a-elektroniku_201612231644_nliskova"
timezone = "Europe/Prague"
lang = "cs"
title = "Až 31 miliard utratí Češi za dárky. Nejčastěji kupují hračky, oblečení a elektroniku"
published = datetime(2016, 12, 23, 15, 44, tzinfo=UTC)
authors = ["Zuzana Švejdová"]
