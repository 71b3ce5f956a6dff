"""'By Ron Dicker General Assignment Reporter, HuffPost 02/11/2023 02:00pm GMT'. og:title is another social headline: it counts too. The JSON-LD author is a slug ('ron-dicker').

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/huffingtonpost.co.uk-Netanyahu.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.huffingtonpost.co.uk/entry/cnn-host-asks-netanyahu-adviser-to-estimate-deaths-in-refugee-camp_uk_6543a9a8e4b0cde80b8bdbe5"
timezone = "Europe/London"
lang = "en"
title = "CNN Host Asks Netanyahu Adviser Over And Over To Estimate Deaths In Gaza Refugee Camp"
also_titles = ["CNN Host Asks Netanyahu Adviser Over And Over To Estimate Deaths In Refugee Camp"]
published = datetime(2023, 11, 2, 14, 0, tzinfo=UTC)
authors = ["Ron Dicker"]
