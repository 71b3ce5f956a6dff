"""An analytics company's WordPress blog: no <h1>, the headline in an <a class="no-link">; the post is signed at its end 'Parse.ly, December 11, 2014' (the company, not scored; a day: article:published_time is 19:03 UTC, the same day in New York). The <title> adds ' by Parse.ly'; the JSON-LD headline escapes the apostrophe ('&#8217;').

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/parsely.com1.html (MIT).
"""

from datetime import date

url = "http://blog.parsely.com/post/1539/facebook-and-publishers-a-fix-for-direct-traffic-from-facebook-mobiles-app/"
timezone = "America/New_York"
lang = "en-US"
title = "Facebook and Publishers: A fix for direct traffic from Facebook’s mobile app"
published = date(2014, 12, 11)
