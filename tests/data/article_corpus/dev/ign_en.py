"""'By Eric Song, IGN Staff Updated: 18 Nov 2019 9:38 pm Posted: 18 Nov 2019 8:11 pm' (a time in a zone the page does not name: the day). The <h1>s before the headline are the menu's ('Games', 'Entertainment'); the JSON-LD headline and og:title carry ' - IGN'.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/287e4d9f4af31733aad6534aefb2bd00fb344ec8d6ebf1ac99dbc4d762da0ca4.html.gz (MIT).
"""

from datetime import date

url = "https://www.ign.com/articles/2019/11/18/daily-deals-more-black-friday-deals-are-live-including-ps4-dualshock-controller-apple-airpods-and-watches-and-more"
timezone = "America/Los_Angeles"
lang = "en"
title = "Daily Deals: More Black Friday Deals Are Live, Including PS4 DualShock Controller, Apple AirPods and Watches, and More"
published = date(2019, 11, 18)
authors = ["Eric Song"]
