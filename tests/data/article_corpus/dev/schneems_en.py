"""'09 Oct 2018' under the title (htmldate: 2018-10-09); a one-author blog with no byline under the title: author not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/schneems.com.rubocop.html (Apache-2.0).
"""

from datetime import date

url = "https://www.schneems.com/2018/10/09/pair-with-me-rubocop-cop-that-detects-duplicate-array-allocations/"
timezone = "America/Chicago"
lang = "en"
title = "Pair With Me: Rubocop Cop that Detects Duplicate Array Allocations"
published = date(2018, 10, 9)
