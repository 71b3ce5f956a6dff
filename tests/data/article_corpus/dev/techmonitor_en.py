"""'By Greg Noone' and 'February 9, 2024'; JSON-LD's headline, the <title> and the first og:title are a shorter headline (a second og:title is the displayed one); a newsletter box says 'By The Tech Monitor team'.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/techmonitor/input.html (MIT).
"""

from datetime import date

url = "https://techmonitor.ai/technology/ai-and-automation/us-ai-safety-institute-consortium"
timezone = "Europe/London"
lang = "en-US"
title = "Nvidia, OpenAI and Amazon among 200 companies join new US AI Safety Institute Consortium"
also_titles = ["New US AI Safety Institute Consortium announced"]
published = date(2024, 2, 9)
authors = ["Greg Noone"]
