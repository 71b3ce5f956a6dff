"""No <h1>: the headline is an <h2> (microdata name); 'John Egan Aug 14, 2014' under it, a microdata author and datePublished.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/allvoices.html (Apache-2.0).
"""

from datetime import date

url = "http://www.allvoices.com/article/17660716"
timezone = "America/Los_Angeles"
lang = "en"
title = "Marchex exec: Lead generation moving away from 'faceless transactions'"
published = date(2014, 8, 14)
authors = ["John Egan"]
