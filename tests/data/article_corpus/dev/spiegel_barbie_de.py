"""A German news magazine: the <h1> is the navigation bar's current item ('Libanon: Regierung will
»Barbie«-Ausstrahlung verbieten', also og:title and <title> before ' - DER SPIEGEL'); the displayed
headline is an <h2> of a kicker ('Absage an erfolgreichen Blockbuster') and the headline, as JSON-LD
writes them joined. '09.08.2023, 22.42 Uhr' under it. No author scored: the byline is an editor's
initials and an agency ('atb/AFP'), JSON-LD's author the magazine (an Organization).

Page: rijkvp/article-extractor @ 844da346415d01a09ecbb7d1727c831566e16da6 : resources/tests/ftr/spiegel-1/source.html (GPL-3.0).
"""

from datetime import UTC, datetime

url = "https://www.spiegel.de/kultur/kino/libanon-regierung-will-barbie-ausstrahlung-verbieten-a-725e81c9-5026-46a1-9901-9d394da7557d"
timezone = "Europe/Berlin"
lang = "de"
title = "Libanesische Regierung will »Barbie«-Ausstrahlung verbieten"
also_titles = [
    "Absage an erfolgreichen Blockbuster: Libanesische Regierung will »Barbie«-Ausstrahlung verbieten",
    "Libanon: Regierung will »Barbie«-Ausstrahlung verbieten",
]
published = datetime(2023, 8, 9, 20, 42, tzinfo=UTC)  # '09.08.2023, 22.42 Uhr' Europe/Berlin
