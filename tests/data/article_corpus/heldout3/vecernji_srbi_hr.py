"""Croatian daily's column, UTF-8 without an early charset declaration: '06. kolovoza 2020. u 10:04' under the standfirst, 'Kolumnu piše Ivan Hrstić' under the picture.

Page: leogao2/htmltotext-benchmark @ feab59949ee4f9789af8e0c2412720895278d3cf : benchmarkdata/hr/html/news-vecernji-hoce-li-nam-srbi-oprostiti-sto-su-nas-tukli-1422041.html (no licence stated).
"""

from datetime import UTC, datetime

url = "https://www.vecernji.hr/premium/hoce-li-nam-srbi-oprostiti-sto-su-nas-tukli-1422041"
timezone = "Europe/Zagreb"
lang = "hr"
title = "Hoće li nam Srbi oprostiti što su nas tukli"
published = datetime(2020, 8, 6, 8, 4, tzinfo=UTC)
authors = ["Ivan Hrstić"]
