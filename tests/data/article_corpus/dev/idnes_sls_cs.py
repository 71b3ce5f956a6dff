"""A Czech portal's car news (2011): the headline <h1>, '10. května 2011 12:05' under it, a photograph's credit '| foto: Mercedes-Benz', and 'Autoři:' after the text naming the site (an Organization, not scored) and ', Adam Novák' (a Person whose name starts with the comma).

Page: hynky1999/CmonCrawl @ b9e414fa7210b57bc61b5d9304f4f5fe52bd71e4 : tests/sites/idnesCZ/test_articles/cc_2014.html (MIT).
"""

from datetime import UTC, datetime

url = "http://auto.idnes.cz/mercedes-ustrihl-rackovi-sls-kridla-a-chysta-nejkrasnejsi-roadster-1pu-/ak_aktual.aspx?c=A110509_021956_ak_aktual_ada"
timezone = "Europe/Prague"
lang = "cs"
title = "Mercedes ustřihl rackovi SLS křídla a chystá nejkrásnější roadster"
published = datetime(2011, 5, 10, 10, 5, tzinfo=UTC)  # 10. května 2011 12:05 Europe/Prague
authors = ["Adam Novák"]
