"""Barbados paper on WordPress: 'Posted on April 22, 2022' (twice, for two screen sizes) above the headline and 'Article by Barry Alleyne' under it; no author declared; article:modified_time is of December 2023; the sidebar's stories have <time>s of their own.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/nationnews.com-schools.html (Apache-2.0).
"""

from datetime import date

url = "https://www.nationnews.com/2022/04/22/schools-safe-amidst-surge/"
timezone = "America/Barbados"
lang = "en"
title = "Schools ‘safe’ amidst surge"
published = date(2022, 4, 22)
authors = ["Barry Alleyne"]
