"""Croatian daily: 'Piše: Marin Dešković Objavljeno: 06. kolovoz 2020. 15:56' under the standfirst; no JSON-LD.

Page: leogao2/htmltotext-benchmark @ feab59949ee4f9789af8e0c2412720895278d3cf : benchmarkdata/hr/html/news-jutarnji-bankari-prijavljeni-zbog-malverzacija.html (no licence stated).
"""

from datetime import UTC, datetime

url = "https://www.jutarnji.hr/vijesti/crna-kronika/bankari-prijavljeni-zbog-malverzacija-teskih-11-5-milijuna-kuna-evo-o-kojim-je-direktorima-rijec-15012255"
timezone = "Europe/Zagreb"
lang = "hr"
title = "Bankari prijavljeni zbog malverzacija teških 11,5 milijuna kuna, evo o kojim je direktorima riječ"
published = datetime(2020, 8, 6, 13, 56, tzinfo=UTC)
authors = ["Marin Dešković"]
