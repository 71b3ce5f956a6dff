"""'July 02, 2014' above the headline (span.origin-date), then 'By Tiana and Lauren of Bridal Beauty Diaries' (two first names joined by 'and' in one link, then 'of' the column) with a sponsor's line. The <title> and og:title add ' | Martha Stewart Weddings'.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/marthastewartweddings.html (Apache-2.0).
"""

from datetime import date

url = "http://www.marthastewartweddings.com/363473/bridal-beauty-diaries-lauren-%E2%80%93-toning-and-cutting-down"
timezone = "America/New_York"
lang = "en"
title = "Bridal Beauty Diaries: Lauren – Toning Up and Cutting Down"
published = date(2014, 7, 2)
authors = ["Tiana", "Lauren"]
