"""'11 maja 2021, 11:49' under the <h1>, and 'Daniel Czyżewski' under the picture's credit. The JSON-LD is not JSON ('"@author": Daniel Czyżewski' unquoted) and its datePublished '2021-05-11 09:49:18' is UTC with no zone.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/Rosjanie sugerują natychmiastowe odcięcie Polski od gazu - Energetyka24.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.energetyka24.com/rosjanie-sugeruja-natychmiastowe-odciecie-polski-od-gazu"
timezone = "Europe/Warsaw"
lang = "pl"
title = "Rosjanie sugerują natychmiastowe odcięcie Polski od gazu"
published = datetime(2021, 5, 11, 9, 49, tzinfo=UTC)  # 2021-05-11 11:49 Europe/Warsaw
authors = ["Daniel Czyżewski"]
