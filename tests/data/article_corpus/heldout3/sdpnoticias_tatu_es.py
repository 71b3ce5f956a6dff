"""Mexican news site, saved by the Wayback Machine: 'Por User Admin' (a CMS account, not a person: authors not scored) and 'abril 12, 2016 a las 17:12 CDT'. Declared lang=en.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswebarchiveorgwebhttpswwwsdpnoticiascomenelshowmusicaintegrantequedautthtml (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.sdpnoticias.com/enelshow/musica/integrante-queda-u-t-t.html"
timezone = "America/Mexico_City"
lang = "es"
title = "Integrante de t.A.T.u se queda sin voz por un error médico"
published = datetime(2016, 4, 12, 22, 12, tzinfo=UTC)
