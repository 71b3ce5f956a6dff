"""'Dan Jervis-Bardy The West Australian Tue, 26 November 2024 9:27PM' (Perth time; the paper's name after the author's); og:title is a shorter social headline; a <time> before it is the header's day.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/au/WestAustralian_2024_11_26.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://thewest.com.au/politics/federal-politics/climate-change-labor-on-track-to-hit-2030-target-as-chris-bowen-heralds-pragmatic-approach-to-energy-shift-c-16879335"
timezone = "Australia/Perth"
lang = "en"
title = "Climate change: Labor on track to hit 2030 target as Chris Bowen heralds ‘pragmatic’ approach to energy shift"
also_titles = ["Labor on track to hit 2030 climate change target"]
published = datetime(2024, 11, 26, 13, 27, tzinfo=UTC)  # 2024-11-26 21:27 Australia/Perth
authors = ["Dan Jervis-Bardy"]
