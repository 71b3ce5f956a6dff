"""The <title> and JSON-LD's WebPage name cut the headline ('Severe storms escalate in Gauteng'); og:title adds ' | The Citizen'. 'By Enkosi Selane Journalist 4 minute read 28 November 2025 03:26 pm' (Johannesburg time, article:published_time 13:26 UTC).

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/za/TheCitizen_2025_11_28.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.citizen.co.za/news/south-africa/severe-storms-gauteng-residents-flood-risks/"
timezone = "Africa/Johannesburg"
lang = "en"
title = "Severe storms escalate in Gauteng, residents urged to avoid flood risks"
also_titles = ["Severe storms escalate in Gauteng"]
published = datetime(2025, 11, 28, 13, 26, tzinfo=UTC)
authors = ["Enkosi Selane"]
