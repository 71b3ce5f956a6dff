"""'Trine Juncher Jørgensen og Tôrtia Reimer-Johansen Offentliggjort torsdag 06. feb 2025 17:25' under the photo (Nuuk time, UTC-2; <time datetime> 19:25Z); JSON-LD's one Person and article:author write both names in one string joined by 'og'.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/gl/Sermitsiaq_2025_04_16.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.sermitsiaq.ag/samfund/mute-b-egede-om-meningsmaling-status-quo-er-ikke-en-mulighed/2192432"
timezone = "America/Nuuk"
lang = "da"
title = "Múte B. Egede om meningsmåling: Status quo er ikke en mulighed"
published = datetime(2025, 2, 6, 19, 25, tzinfo=UTC)  # 06. feb 2025 17:25 America/Nuuk
authors = ["Trine Juncher Jørgensen", "Tôrtia Reimer-Johansen"]
