"""'Nathanael Johnson January 10, 2020 9:00AM (UTC)'. A partner post ('This post originally appeared on Grist'): parsely-author 'Grist' is the partner, the byline a person.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/salon.com.emissions.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.salon.com/2020/01/10/despite-everything-u-s-emissions-dipped-in-2019_partner/"
timezone = "America/New_York"
lang = "en"
title = "Despite everything, U.S. emissions dipped in 2019"
published = datetime(2020, 1, 10, 9, 0, tzinfo=UTC)
authors = ["Nathanael Johnson"]
