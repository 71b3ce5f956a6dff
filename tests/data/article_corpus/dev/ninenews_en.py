"""The <title> puts a section first ('World news: …'). 'By Associated Press12:20pm Jan 7, 2024' (Sydney time, <time datetime> +11:00; JSON-LD 01:20 UTC): the byline is an agency's, authors not scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/au/NineNews_2024_05_02.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.9news.com.au/world/usa-jeffrey-epstein-documents-released-but-some-questions-remain-unanswered/141e61e9-8a07-42e4-a527-2f03f45e7ef0"
timezone = "Australia/Sydney"
lang = "en"
title = "Nearly 3000 pages of Jeffrey Epstein documents released, but some questions remain unanswered"
published = datetime(2024, 1, 7, 1, 20, tzinfo=UTC)
