"""Two <h1>s (the headline, a sidebar's 'Redaktionstipp'); og:title ends in ' - ERP-News'. '20. April 2017 13. Juni 2017 Matthias Weber' (the day published, then the update's; the sidebar's <time>s are other posts').

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/erp-news.info.interview.html (Apache-2.0).
"""

from datetime import date

url = "https://erp-news.info/erp-interview-mit-um-digitale-assistenten-und-kuenstliche-intelligenz-ki/"
timezone = "Europe/Berlin"
lang = "de"
title = "ERP-Interview mit *um: digitale Assistenten und künstliche Intelligenz (KI)"
published = date(2017, 4, 20)
authors = ["Matthias Weber"]
