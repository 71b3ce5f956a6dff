"""An American magazine's feature: the <h1>, a dek in an <h2>, the byline 'Gabriel Mac' with a 'Bio' link, and 'March/April 2012 Issue' (the print issue, not a day: the date is not scored; article:published says 2012-02-27). og:title writes the headline in sentence case (counted). No JSON-LD.

Page: j0k3r/graby @ 3e7695203c4c57dac2998780972450ced372b960 : tests/fixtures/content/https___www.motherjones.com_politics_2012_02_mac-mcclelland-free-online-shipping-warehouses-labor_.html (MIT).
"""

url = "https://www.motherjones.com/politics/2012/02/mac-mcclelland-free-online-shipping-warehouses-labor/"
timezone = "America/New_York"
lang = "en"
title = "I Was a Warehouse Wage Slave"
authors = ["Gabriel Mac"]
