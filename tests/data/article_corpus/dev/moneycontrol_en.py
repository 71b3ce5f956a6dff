"""'First Published on Nov 20, 2019 01:38 pm' (India; 'Last Updated : Nov 20, 2019 01:41 PM IST' above it); 'Nishant Kumar @Nishantopines' over the text. The JSON-LD's datePublished is prose ('01:38:07 PM IST Nov 20, 2019').

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/65408257dbe4b41f71a35ade24e30243265095fc1d4988a35b9a6ca52f2b4eab.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.moneycontrol.com/news/business/markets/economy-in-stress-and-markets-on-a-high-time-to-be-careful-4656421.html"
timezone = "Asia/Kolkata"
lang = "en"
title = "Economy in stress and markets on a high; time to be careful?"
published = datetime(2019, 11, 20, 8, 8, tzinfo=UTC)
authors = ["Nishant Kumar"]
