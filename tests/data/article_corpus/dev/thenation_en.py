"""The first <h1> is the login box's ('Log In'); 'January 11, 2024' and 'John Nichols'; article:author is the authors' index page; other articles' authors follow.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/us/TheNation_2024_01_11.html.gz (MIT).
"""

from datetime import date

url = "https://www.thenation.com/article/politics/chris-christie-exit-trump-soul-republican-party/"
timezone = "America/New_York"
lang = "en-US"
title = "Chris Christie’s Exit Marks the End of the Fight for the Soul of the GOP"
published = date(2024, 1, 11)
authors = ["John Nichols"]
