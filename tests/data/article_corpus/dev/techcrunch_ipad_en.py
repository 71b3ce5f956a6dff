"""A tech news post of 2012: the headline <h1>, then the author's name 'Romain Dillet' and 'posted 30 mins ago' (a relative date: not scored); twitter:creator names his handle.

Page: peterc/pismo @ 1e9398ea7c5ec5d7ac74e88f5c6e8296281f92b4 : test/corpus/techcrunch.new.html (Apache-2.0).
"""

url = "http://techcrunch.com/2012/10/23/apple-updates-the-9-7-ipad-same-specs-and-lightning-port-for-the-same-price/"
timezone = "America/Los_Angeles"
lang = "en"
title = "Apple Unveils The Fourth Generation iPad With A6X, Lightning And Expanded LTE"
authors = ["Romain Dillet"]
