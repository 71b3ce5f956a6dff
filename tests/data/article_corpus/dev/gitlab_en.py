"""'Published on: June 25, 2024 5 min read' (a day; the JSON-LD's datePublished is a day too), 'Dave Steer' (readability's expected-metadata.json: the same).

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/gitlab-blog/source.html (Apache-2.0).
"""

from datetime import date

url = "https://about.gitlab.com/blog/2024/06/25/3-surprising-findings-from-our-2024-global-devsecops-survey/"
timezone = "America/Los_Angeles"
lang = "en-us"
title = "3 surprising findings from our 2024 Global DevSecOps Survey"
published = date(2024, 6, 25)
authors = ["Dave Steer"]
