"""The Namibian: under the headline a line of categories, 'Published: 5 hours ago | Last Updated: 5 hours ago | Written by Eliaser Ndeyanale' (the byline after the dates, with 'Written by'); the JSON-LD's author is a reference to a graph node by its @id. The date is not scored: the article shows it only relative to the page's saving ('5 hours ago'; a card in the sidebar shows the day of the same article).

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/na/TheNamibian_2024_02_20.html.gz (MIT).
"""

url = "https://ww2.namibian.com.na/mbumba-recountsgeingobs-last-days/"
timezone = "Africa/Windhoek"
lang = "en-GB"
title = "Mbumba recounts Geingob’s last days"
authors = ["Eliaser Ndeyanale"]
