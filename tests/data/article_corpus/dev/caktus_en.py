"""'AUTHOR & SOCIAL SHARE Mark Lavin June 8, 2015' (day only). og:title carries the site's name.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/caktusgroup.com.django.html (Apache-2.0).
"""

from datetime import date

url = "http://www.caktusgroup.com/blog/2015/06/08/testing-client-side-applications-django-post-mortem/"
timezone = "America/New_York"
lang = "en"
title = "Testing Client-Side Applications with Django Post Mortem"
published = date(2015, 6, 8)
authors = ["Mark Lavin"]
