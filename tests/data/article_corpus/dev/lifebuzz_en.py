"""A viral post with neither a byline nor a visible date (article:published_time only): author and date not scored.

Page: AndyTheFactory/newspaper4k @ 79553f6302cea1a6e36103fb4dc1c675ca704cd3 : tests/data/html/lifebuzz.com1.html (MIT).
"""

url = "http://www.lifebuzz.com/colbie-caillat-got-tired-of-being-photoshopped-so-heres-what-she-did-about-it/"
timezone = "America/New_York"
lang = "en"
title = "She Was Tired Of Being Photoshopped, So Here’s What She Did About It."
