"""'Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC', 'By Stella Kim and Jennifer Jett'.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/schema-org-context-object/source.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.nbcnews.com/news/world/south-korea-martial-law-president-yoon-suk-yeol-impeachment-vote-rcna183138"
timezone = "UTC"
lang = "en"
title = "South Korean president’s impeachment fails after ruling party lawmakers walk out"
published = datetime(2024, 12, 6, 22, 0, tzinfo=UTC)  # 2024-12-06 22:00 UTC
authors = ["Stella Kim", "Jennifer Jett"]
