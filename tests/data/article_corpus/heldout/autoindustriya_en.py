"""'Marcus De Guzman View More Articles'; the date near the article belongs to a related story: not scored.

Page: AndyTheFactory/newspaper4k @ 540bff3e8344cb8291c4829fafd98860f30d9692 : tests/data/html/autoindustria.html (MIT).
"""

url = "https://www.autoindustriya.com/auto-industry-news/all-new-2020-sentra-is-what-we-really-want-from-nissan-ph.html"
timezone = "Asia/Manila"
lang = "en"
title = "All-new 2020 Sentra is what we really want from Nissan PH"
authors = ["Marcus De Guzman"]
