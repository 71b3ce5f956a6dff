"""The post's <h3 class="post-title"> (the <h1> is the blog's name); the date header 'Sunday, May 8, 2016' and 'Posted by Andrew Zonenberg at 12:55 AM' (no zone named): the day.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/blogger/source.html (Apache-2.0).
"""

from datetime import date

url = "http://siliconexposed.blogspot.com/2016/05/open-verilog-flow-for-silego-greenpak4.html"
timezone = "America/New_York"
lang = "en"
title = "Open Verilog flow for Silego GreenPak4 programmable logic devices"
published = date(2016, 5, 8)
authors = ["Andrew Zonenberg"]
