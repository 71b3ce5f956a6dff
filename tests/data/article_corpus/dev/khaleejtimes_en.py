"""No <h1>: the headline is a div.news_detail_title after the breadcrumb, the standfirst an <h2>. 'Filed on October 1, 2017' under it; the author <div> is empty (no byline: authors not scored).

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/khaleejtimes_com.html (Apache-2.0).
"""

from datetime import date

url = "https://www.khaleejtimes.com/business/local/ai-investments-in-uae-to-touch-dh33-billion-in-2017"
timezone = "Asia/Dubai"
lang = "en"
title = "AI investments in UAE to touch Dh33 billion in 2017"
published = date(2017, 10, 1)
