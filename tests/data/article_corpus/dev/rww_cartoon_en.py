"""A tech blog's cartoon post (2010): the site's name in a first <h1>, the headline in a second; 'Written by Rob Cottingham / January 10, 2010 2:30 PM' under it (a time in a zone the page does not name: a day only), while <meta name="author"> names the site's editor, Richard MacManus.

Page: peterc/pismo @ add7a2df31d52b86210ab3787ead9e5cbe7fd320 : test/corpus/rww.html (Apache-2.0).
"""

from datetime import date

url = "http://www.readwriteweb.com/archives/cartoon_apple_tablet_now_with_barometer_and_bird_c.php"
timezone = "America/Los_Angeles"
lang = "en"
title = "Cartoon: Apple Tablet: Now With Barometer and Bird Call Generator"
published = date(2010, 1, 10)
authors = ["Rob Cottingham"]
