"""Hungarian TV news site, saved by the Wayback Machine (its toolbar and rewritten links kept). The dateline '2019-07-30 20:36:00' stands above the <h1> (twice); no byline: authors not scored. No JSON-LD; og:title is the headline.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswebarchiveorgwebhttpswwwatvhubelfold20190730gyarfasugyvedjeakiavadiratotalkottanembiztoshogyazugymindenreszletetmegismerte (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.atv.hu/belfold/20190730/gyarfas-ugyvedje-aki-a-vadiratot-alkotta-nem-biztos-hogy-az-ugy-minden-reszletet-megismerte"
timezone = "Europe/Budapest"
lang = "hu"
title = "Gyárfás ügyvédje: Aki a vádiratot alkotta, nem biztos, hogy az ügy minden részletét megismerte"
published = datetime(2019, 7, 30, 18, 36, tzinfo=UTC)
