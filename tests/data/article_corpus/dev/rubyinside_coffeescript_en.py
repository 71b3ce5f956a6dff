"""A programming blog of 2010: the headline <h1>, then 'By Peter Cooper — January 4th, 2010 — 7 Comments' on one line (name, ordinal date and the comments' count joined by dashes); comments dated 'January 4th, 2010 at 11:25 pm' below. No embedded metadata; the address is the site's slug form without its number (the page does not state it).

Page: peterc/pismo @ 1e9398ea7c5ec5d7ac74e88f5c6e8296281f92b4 : test/corpus/rubyinside.html (Apache-2.0).
"""

from datetime import date

url = "http://www.rubyinside.com/coffeescript-a-new-language-with-a-pure-ruby-compiler.html"
timezone = "Europe/London"
lang = "en"
title = "CoffeeScript: A New Language With A Pure Ruby Compiler"
published = date(2010, 1, 4)
authors = ["Peter Cooper"]
