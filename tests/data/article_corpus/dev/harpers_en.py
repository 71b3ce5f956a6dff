"""'July 7, 2020' under the headline (day only). An open letter: no byline.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/harpers.org.justice.html (Apache-2.0).
"""

from datetime import date

url = "https://harpers.org/a-letter-on-justice-and-open-debate/"
timezone = "America/New_York"
lang = "en"
title = "A Letter on Justice and Open Debate"
published = date(2020, 7, 7)
