"""The page's <h1> is empty (a logo's); the headline is an <h2> after the menus' 'The Print Edition' <h2>. 'By Katherine Harmon | October 28, 2010 | 12' under the standfirst.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/scientificamerican.html (Apache-2.0).
"""

from datetime import date

url = "http://www.scientificamerican.com/article.cfm?id=bpa-semen-quality"
timezone = "America/New_York"
lang = "en"
title = "Everyday BPA Exposure Decreases Human Semen Quality"
published = date(2010, 10, 28)
authors = ["Katherine Harmon"]
