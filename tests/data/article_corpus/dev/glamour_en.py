"""'By Sophia Chabbott September 7, 2014' under the headline; <meta name="author"> is the magazine ('Glamour Magazine').

Page: AndyTheFactory/newspaper4k @ 79553f6302cea1a6e36103fb4dc1c675ca704cd3 : tests/data/html/glamour.com1.html (MIT).
"""

from datetime import date

url = "http://www.glamour.com/fashion/blogs/dressed/2014/09/rihanna-leaves-pants-at-home-f"
timezone = "America/New_York"
lang = "en"
title = "Rihanna Leaves Pants at Home for Altuzarra Show, and We Love Her for It"
published = date(2014, 9, 7)
authors = ["Sophia Chabbott"]
