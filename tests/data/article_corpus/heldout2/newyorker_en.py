"""'By Alex Hutchinson' and 'September 26, 2016' under the <h1> (the rubric 'Annals of Technology' above it): a day.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.newyorker.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.newyorker.com/index.test.js gives the ground truth checked here (author; its 2016-09-26T14:04:22Z is that day).
"""

from datetime import date

url = "https://www.newyorker.com/tech/annals-of-technology/hacking-cryptography-and-the-countdown-to-quantum-computing"
timezone = "America/New_York"
lang = "en-US"
title = "Hacking, Cryptography, and the Countdown to Quantum Computing"
published = date(2016, 9, 26)
authors = ["Alex Hutchinson"]
