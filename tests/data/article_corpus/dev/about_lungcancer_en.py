"""About.com's health guide: the <h1> 'Genetic Testing for People with Lung Cancer' (og:title 'Understanding Genetic Testing for Lung Cancer', the subtitle's words, counted), 'By Lynne Eldridge MD Lung Cancer Expert' (a degree and a role after the name); the only date is 'Updated August 02, 2014.' at the end: an update, not scored.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/about.com2.html (MIT).
"""

url = "http://lungcancer.about.com/od/Targeted-Therapy-Lung-Cancer/fl/Genetic-Testing-for-People-with-Lung-Cancer.htm"
timezone = "America/New_York"
lang = "en"
title = "Genetic Testing for People with Lung Cancer"
also_titles = ["Understanding Genetic Testing for Lung Cancer"]
authors = ["Lynne Eldridge"]
