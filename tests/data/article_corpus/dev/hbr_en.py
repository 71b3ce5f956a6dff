"""Harvard Business Review, 2015: 'Kristin Naragon November 12, 2015' under the headline (a day), article:author names her; no JSON-LD.

Page: advancedlogic/GoOse @ 717927370fc8f68b5f590aa46b8b156756cfebb3 : sites/hbr.org.html (Apache-2.0).
"""

from datetime import date

url = "https://hbr.org/2015/11/email-is-the-best-way-to-reach-millennials"
timezone = "America/New_York"
lang = "en"
title = "Email Is the Best Way to Reach Millennials"
published = date(2015, 11, 12)
authors = ["Kristin Naragon"]
