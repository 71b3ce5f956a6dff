"""'by: Aidan Joly Posted: Nov 8, 2023 / 11:50 AM EST'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/wivb.com-offenses.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.wivb.com/news/local-news/erie-county/lancaster/registered-sex-offender-charged-with-new-child-pornography-offenses/"
timezone = "America/New_York"
lang = "en-US"
title = "Registered sex offender charged with new child pornography offenses"
published = datetime(2023, 11, 8, 16, 50, tzinfo=UTC)  # 2023-11-08 11:50 America/New_York
authors = ["Aidan Joly"]
