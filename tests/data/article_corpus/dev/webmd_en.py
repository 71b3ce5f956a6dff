"""The headline is an <h2> (the <h1> is the section, 'Allergies Health Center'); 'By Brenda Goodman, MA WebMD Health News Reviewed by Hansa D. Bhargava, MD Feb. 23, 2015 --' (a day; a degree and the desk after the name, a reviewer who is not the author). readability's byline keeps 'MA' and the desk.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/webmd-1/source.html (Apache-2.0).
"""

from datetime import date

url = "http://www.webmd.com/allergies/news/20150223/babies-peanuts-allergy"
timezone = "America/New_York"
lang = "en"
title = "Babies Who Eat Peanuts Early May Avoid Allergy"
published = date(2015, 2, 23)
authors = ["Brenda Goodman"]
