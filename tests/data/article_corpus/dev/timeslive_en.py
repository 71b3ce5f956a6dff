"""TimesLIVE (Sunday Times): 'November 10, 2025 at 06:21 pm' under the headline (Johannesburg time, UTC+2), then the share links and an author box 'Tania Broughton' with her role 'Journalist' on a line of its own, before the article's text.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/za/TimesLive_2025_11_10.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.sundaytimes.timeslive.co.za/news/2025-11-10-dududzile-zuma-sambudlas-legal-team-argues-state-has-been-spying-on-her-way-before-july-riots/"
timezone = "Africa/Johannesburg"
lang = "en"
title = "Duduzile Zuma-Sambudla’s legal team argues state has been ‘spying’ on her way before July riots"
published = datetime(2025, 11, 10, 16, 21, tzinfo=UTC)
authors = ["Tania Broughton"]
