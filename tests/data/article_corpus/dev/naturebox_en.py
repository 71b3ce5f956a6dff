"""A Squarespace blog: 'Blog' in the first <h1>, the headline in the second; 'February 19, 2015/ Kristi Dominguez' under it (a <time class=published>, a slash, the name); comments show relative dates.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/naturebox.com.html (Apache-2.0).
"""

from datetime import date

url = "http://blog.naturebox.com/posts/lunch-box-idea-breakfast-for-lunch"
timezone = "America/Los_Angeles"
lang = "en"
title = "Lunch Box Idea: Breakfast for Lunch"
published = date(2015, 2, 19)
authors = ["Kristi Dominguez"]
