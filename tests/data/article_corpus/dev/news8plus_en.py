"""'2 weeks ago 3 min read' under the headline (a relative date: not scored) and no byline (not scored). Two og:title elements, the first with the site's long name ('- News8Plus-Realtime Updates On Breaking News & Headlines'), the second without.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/Covid-19News8Plus.html (Apache-2.0).
"""

url = "https://news8plus.com/covid-19-potential-coronavirus-treatment-granted-rare-disease-status/"
timezone = "UTC"
lang = "en"
title = "Covid-19: Potential coronavirus treatment granted rare disease status"
