"""'By Alex Heath…', 'Jun 7, 2023, 8:54 PM UTC'. The <h1> and readability's title differ: both count.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/theverge/source.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.theverge.com/23752959/apple-vision-pro-headset-hands-on-demo-impressions"
timezone = "UTC"
lang = "en"
title = "Apple’s Vision Pro is the Retina display moment for headsets"
also_titles = ["Apple’s Vision Pro hands-on: the Retina display moment for headsets"]
published = datetime(2023, 6, 7, 20, 54, tzinfo=UTC)  # 2023-06-07 20:54 UTC
authors = ["Alex Heath"]
