"""'Sunday, Feb 1, 2015 11:57 AM UTC'; the article's byline is 'Richard (R.J.) Eskow' under the dek (readability's 'Joanna Rothkopf' is a sidebar item's).

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/salon-1/source.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://www.salon.com/2015/02/01/the_sharing_economy_is_a_lie_uber_ayn_rand_and_the_truth_about_tech_and_libertarians/"
timezone = "UTC"
lang = "en"
title = "The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians"
published = datetime(2015, 2, 1, 11, 57, tzinfo=UTC)  # 2015-02-01 11:57 UTC
authors = ["Richard (R.J.) Eskow"]
