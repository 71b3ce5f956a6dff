"""A Blogger post (its body, byline included, is written by a script from the <noscript> copy): 'May 19, 2020' (a day), 'Posted by Nathan Parker, Varun Khaneja, Eric Mill and Kiran C Nair - Chrome Safe Browsing team'; the microdata's author is the Blogger account, 'Google'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/security.googleblog.com.protection.html (Apache-2.0).
"""

from datetime import date

url = "https://security.googleblog.com/2020/05/enhanced-safe-browsing-protection-now.html"
timezone = "America/Los_Angeles"
lang = "en"
title = "Enhanced Safe Browsing Protection now available in Chrome"
published = date(2020, 5, 19)
authors = ["Nathan Parker", "Varun Khaneja", "Eric Mill", "Kiran C Nair"]
