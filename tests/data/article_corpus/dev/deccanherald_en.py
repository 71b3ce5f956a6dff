"""'Reuters, Washington, Nov 20 2019, 11:06am ist updated: Nov 20 2019, 15:24pm ist'. No author scored: the agency and the place.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/39d5c43beb60605c3eec760c99500e62e7bd71ebbe4ae05edf382125e1b0b80a.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.deccanherald.com/business/economy-business/beijing-tariff-demands-may-expand-us-china-trade-deal-777916.html"
timezone = "Asia/Kolkata"
lang = "en"
title = "Beijing tariff demands may expand US-China trade deal"
published = datetime(2019, 11, 20, 5, 36, tzinfo=UTC)
