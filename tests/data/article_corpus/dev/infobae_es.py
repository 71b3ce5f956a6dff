"""'02 Nov, 2023 11:08 a.m. EST' (15:08 UTC, as the metadata says). No byline: the JSON-LD author is the Organization 'INFOBAE'. The page declares its encoding as charSet="UTF-8".

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/Infobae.com-Israel.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.infobae.com/america/mundo/2023/11/02/las-fuerzas-de-defensa-de-israel-comenzaron-su-asalto-a-la-ciudad-de-gaza-combaten-en-un-area-urbana-densa-y-compleja/"
timezone = "America/Argentina/Buenos_Aires"
lang = "es"
title = "Israel comenzó su asalto al búnker terrorista de Hamas en ciudad de Gaza: “Es un área urbana densa y compleja”"
published = datetime(2023, 11, 2, 15, 8, tzinfo=UTC)
