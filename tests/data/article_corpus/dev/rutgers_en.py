"""'By Todd Bates Date February 5, 2020' (a day; the JSON-LD's midnight is the CMS's). The JSON-LD author is the account's first name, 'Todd', with the site's address.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/rutgers.edu.robot.html (Apache-2.0).
"""

from datetime import date

url = "https://www.rutgers.edu/news/new-robot-does-superior-job-sampling-blood"
timezone = "America/New_York"
lang = "en"
title = "New Robot Does Superior Job Sampling Blood"
published = date(2020, 2, 5)
authors = ["Todd Bates"]
