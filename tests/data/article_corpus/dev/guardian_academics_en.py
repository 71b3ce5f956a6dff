"""'Education editor Richard Adams Mon 20 Jan 2020 06.05 GMT'.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/theguardian.com.academics.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.theguardian.com/education/2020/jan/20/thousands-of-uk-academics-treated-as-second-class-citizens"
timezone = "Europe/London"
lang = "en"
title = "Thousands of UK academics 'treated as second-class citizens'"
published = datetime(2020, 1, 20, 6, 5, tzinfo=UTC)
authors = ["Richard Adams"]
