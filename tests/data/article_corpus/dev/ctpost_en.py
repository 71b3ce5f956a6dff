"""An AP story: 'Tom Krisher, Ap Auto Writer' (the JSON-LD: 'By TOM KRISHER, AP Auto Writer'), 'Updated 1:39 am EST, Wednesday, November 20, 2019': no date scored (an update's time only).

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/05844573ca7e1fba714d715bb11ca08c26e25328999c74a1cb3bc8a0e4399f0f.html.gz (MIT).
"""

url = "https://www.ctpost.com/news/us/article/New-SUVs-and-electric-vehicles-highlight-L-A-14848164.php"
timezone = "America/New_York"
lang = "en"
title = "New SUVs and electric vehicles highlight L.A. Auto Show"
authors = ["Tom Krisher"]
