"""'Thursday, October 9, 2025 в 16:43' (Kyiv time) under the headline; og:title carries the site's name ('- Букви'). No byline on the page (the metadata's author, a first name, is not shown): authors not scored.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/bukvy/input.html (MIT).
"""

from datetime import UTC, datetime

url = "https://bukvy.org/en/poroshenko-accuses-authorities-of-falsifying-sanctions-decree-supreme-court-demands-evidence-from-the-government/"
timezone = "Europe/Kyiv"
lang = "en"
title = "Poroshenko Accuses Authorities of Falsifying Sanctions Decree: Supreme Court Demands Evidence from the Government"
published = datetime(2025, 10, 9, 13, 43, tzinfo=UTC)  # 2025-10-09 16:43 Europe/Kyiv
