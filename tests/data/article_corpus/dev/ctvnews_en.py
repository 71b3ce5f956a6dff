"""'The Associated Press Published Monday, November 18, 2019 8:22AM EST'. No author scored: the agency (declared as a Person).

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/b37be3535e1fb61e5a238b7fa1ead1ad98b651cb09f138efadac3d54a122fb21.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.ctvnews.ca/sci-tech/snooze-cruise-study-sees-future-for-hibernating-astronauts-1.4690347"
timezone = "America/Toronto"
lang = "en"
title = "Snooze cruise: Study sees future for hibernating astronauts"
published = datetime(2019, 11, 18, 13, 22, tzinfo=UTC)
