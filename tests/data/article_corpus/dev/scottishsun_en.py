"""'Lewis Mckenzie Published: 17:55, 8 Nov 2023 Updated: 18:06, 8 Nov 2023' (a time in a zone the page does not name: the day). og:title is a shorter social headline: it counts too; the first JSON-LD headline is cut with '...'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/thescottishsun.co.uk-SNP.html (Apache-2.0).
"""

from datetime import date

url = "https://www.thescottishsun.co.uk/news/11491563/snp-cabinet-minister-racks-up-roaming-charges-morocco/"
timezone = "Europe/London"
lang = "en-gb"
title = "SNP cabinet minister Michael Matheson racks up £11k roaming charges on iPad in Morocco"
also_titles = ["SNP cabinet minister racks up £11k roaming charges on iPad in Morocco"]
published = date(2023, 11, 8)
authors = ["Lewis Mckenzie"]
