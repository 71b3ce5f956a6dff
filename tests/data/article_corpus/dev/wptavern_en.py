"""'Sarah Gooding March 9, 2017'.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/wordpress/source.html (Apache-2.0).
"""

from datetime import date

url = "https://wptavern.com/stack-overflow-jobs-data-shows-reactjs-skills-in-high-demand-wordpress-market-oversaturated-with-developers"
timezone = "America/Chicago"
lang = "en-US"
title = "Stack Overflow Jobs Data Shows ReactJS Skills in High Demand, WordPress Market Oversaturated with Developers"
published = date(2017, 3, 9)
authors = ["Sarah Gooding"]
