"""The <h1> (the section 'House Call' beside it); 'Apartment Therapy Submissions Oct 13, 2016': a day; the byline is the site's submissions desk: not scored.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.apartmenttherapy.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.apartmenttherapy.com/index.test.js gives the ground truth checked here (2016-10-13T21:00Z is that day in New York).
"""

from datetime import date

url = "http://www.apartmenttherapy.com/a-light-filled-la-loft-236564"
timezone = "America/New_York"
lang = "en"
title = "A Light Filled LA Loft"
published = date(2016, 10, 13)
