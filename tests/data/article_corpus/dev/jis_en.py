"""Jamaica's government news service on WordPress with no embedded date or author: 'Investment April 26, 2022 Written by: Charnele Henry Photo: Yhomo Hutchinson' under the headline; a sidebar of latest stories with their dates comes before the article in the page.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/jis.gov.jm-investment.html (Apache-2.0).
"""

from datetime import date

url = "https://jis.gov.jm/wide-range-of-investment-opportunities-at-aice-2022/"
timezone = "America/Jamaica"
lang = "en"
title = "Wide Range Of Investment Opportunities At AICE 2022"
published = date(2022, 4, 26)
authors = ["Charnele Henry"]
