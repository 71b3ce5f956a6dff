"""AFP Faktencheck: 'Veröffentlicht am 13. Mai 2026 um 15:44' (Berlin time; data-utc-time 13:44 UTC) under the headline, then 'Von: Bill MCCARTHY, Marisha GOLDHAMER' (surnames in capitals, each a link to a profile) and 'Übersetzung und Adaptierung: AFP Deutschland' (the translators' desk, no author). The JSON-LD's author is the Organization AFP; its ClaimReview names the checked claim's author ('Alex Jones'), who did not write the article.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/de/AFPFaktencheck_2026_05_24.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://faktencheck.afp.com/doc.afp.com.B2LA2G3"
timezone = "Europe/Berlin"
lang = "de"
title = "Angst vor dem Hantavirus lässt Verschwörungserzählungen aus der Corona-Zeit wiederaufleben"
published = datetime(2026, 5, 13, 13, 44, tzinfo=UTC)
authors = ["Bill MCCARTHY", "Marisha GOLDHAMER"]
