"""'Published 1 day ago' (relative: not scored); 'By Jonathan GarberFOXBusiness'.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/51374560f40088e227f0053ff1bb0b8525d10a8d7bfbff1cd6033f42347fd85b.html.gz (MIT).
"""

url = "https://www.foxbusiness.com/markets/home-depot-sales-earnings-retail"
timezone = "America/New_York"
lang = "en"
title = "Home Depot sales miss, shares plunge"
authors = ["Jonathan Garber"]
