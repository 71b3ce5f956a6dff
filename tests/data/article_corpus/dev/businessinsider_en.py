"""'Nicholas Carlson Apr. 24, 2014, 9:49 AM' in the byline under the headline (New York time); the <title> gives a shorter SEO headline ('Larry Page: The Untold Story').

Page: goose3/goose3 @ c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7 : tests/data/content/test_businessinsider3.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://www.businessinsider.com/larry-page-the-untold-story-2014-4"
timezone = "America/New_York"
lang = "en"
title = "The Untold Story Of Larry Page's Incredible Comeback"
published = datetime(2014, 4, 24, 13, 49, tzinfo=UTC)
authors = ["Nicholas Carlson"]
