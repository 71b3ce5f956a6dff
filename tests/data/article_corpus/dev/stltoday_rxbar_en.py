"""A city paper (TownNews, 2017): a section's <h1> ('Business') before the headline's <h1 itemprop="headline">; the <title> 'headline | Business | stltoday.com'; 'Associated Press 42 min ago' under it (a relative date and an agency: neither scored).

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/en/stltoday/page.html (none stated).
"""

url = "http://www.stltoday.com/business/local/kellogg-to-buy-protein-bar-maker-rxbar-for-million/article_81024ad0-c2a8-56ec-93f0-de2d896bedc3.html"
timezone = "America/Chicago"
lang = "en"
title = "Kellogg to buy protein bar maker RXBar for $600 million"
