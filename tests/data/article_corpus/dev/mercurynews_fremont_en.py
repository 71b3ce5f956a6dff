"""The <h1> begins with its section's link ('Crime and Public Safety |'). 'By Julia Prodis Sulek | Bay Area News Group, Jakob Rodgers | Bay Area News Group and Scooty Nickerson | Bay Area News Group PUBLISHED: November 8, 2023 at 5:49 p.m.' (a time in a zone the page does not name: the day).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/mercurynews.com-Fremont.html (Apache-2.0).
"""

from datetime import date

url = "https://www.mercurynews.com/2023/11/08/another-bay-area-child-dead-from-fentanyl-another-parent-behind-bars-they-dont-mean-for-their-kid-to-die/"
timezone = "America/Los_Angeles"
lang = "en-US"
title = "Another Bay Area child dead from fentanyl, another parent behind bars. ‘They don’t mean for their kid to die.’"
published = date(2023, 11, 8)
authors = ["Julia Prodis Sulek", "Jakob Rodgers", "Scooty Nickerson"]
