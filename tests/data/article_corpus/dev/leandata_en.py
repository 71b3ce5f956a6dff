"""'February 23, 2016/0 Comments/in Account-Based Sales & Marketing, LeanData /by Mark Emmons'.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/lean-data/input.html (MIT).
"""

from datetime import date

url = "http://www.leandatainc.com/account-based-sales-marketing/the-winds-of-change"
timezone = "America/Los_Angeles"
lang = "en-US"
title = "The Winds of Change"
published = date(2016, 2, 23)
authors = ["Mark Emmons"]
