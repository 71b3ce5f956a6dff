"""Real page: the tag archive "Tregua" of a Venezuelan daily (elimpulso.com, WordPress with
the Newspaper theme's tagDiv blocks), saved by the Wayback Machine on 26 January 2023 (its
toolbar kept; every link rewritten to a web.archive.org address, which is what the page
links to and what is expected). Under <h1>Tag: Tregua</h1>, four teasers (div.td_module_1): a
thumbnail link and an <h3 class=entry-title> link to the same post, then '<time
datetime="2023-01-24T18:00:00-04:00">24 enero, 2023</time>' (a day shown: compared as the
local day); no bylines (author None). Not entries: the header's mega menus (twenty-one
<h2 class=entry-title> teasers of the site's sections), the sidebar's "#PulsoEmpresarial"
block (five dated teasers of the same markup), the menus and footer. `now` is the capture.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswebarchiveorgwebhttpswwwelimpulsocomtagtregua (Apache-2.0).
"""

from datetime import UTC, date, datetime

url = "https://web.archive.org/web/20230126211948/https://www.elimpulso.com/tag/tregua/"
timezone = "America/Caracas"
now = datetime(2023, 1, 26, 21, 19, tzinfo=UTC)

entries = [
    {
        "link": "https://web.archive.org/web/20230126211948/https://www.elimpulso.com/2023/01/24/la-presidenta-de-peru-pide-tregua-tras-mas-de-50-muertos-24ene/",
        "title": "La presidenta de Perú pide tregua tras más de 50 muertos #24Ene",
        "published": date(2023, 1, 24),
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20230126211948/https://www.elimpulso.com/2023/01/07/ucrania-agradece-ayuda-de-eeuu-ante-posible-fracaso-de-tregua-rusa-7ene/",
        "title": "Ucrania agradece ayuda de EEUU ante posible fracaso de tregua rusa #7Ene",
        "published": date(2023, 1, 7),
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20230126211948/https://www.elimpulso.com/2022/03/05/rusia-reporta-tregua-en-2-regiones-para-evacuaciones-civiles-5mar/",
        "title": "Rusia reporta tregua en 2 regiones para evacuaciones civiles #5Mar",
        "published": date(2022, 3, 5),
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20230126211948/https://www.elimpulso.com/2020/03/09/ovcs-un-total-de-779-protestas-se-registraron-en-el-mes-de-febrero/",
        "title": "OVCS: Un total de 779 protestas se registraron en el mes de febrero",
        "published": date(2020, 3, 9),
        "author": None,
    },
]
