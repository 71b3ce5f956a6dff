"""'By Brian Jackson' under the headline; the page shows no date (only article:published_time declares one): date not scored.

Page: goose3/goose3 @ c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7 : tests/data/content/test_okaymarketing.html (Apache-2.0).
"""

url = "http://okaymarketing.com/add-schema-markup-page-wordpress/"
timezone = "America/Los_Angeles"
lang = "en"
title = "How to Add Schema Markup to a Page in WordPress"
authors = ["Brian Jackson"]
