"""A British women's site: the first <h1> is the logo's ('The Debrief'), the headline the second; above it 'Lena deCasparis | Contributing Writer | 5 days ago' (a relative date: not scored). The <title> is 'People - …' with a shorter wording and ' | Fame | The Debrief'.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/thedebrief.co.uk1.html (MIT).
"""

url = "http://www.thedebrief.co.uk/2014/12/ed-sheeran-wants-to-set-up-taylor-swift-but-we-re-not-so-sure-about-his-matchmaking-skills"
timezone = "Europe/London"
lang = "en"
title = "Ed Sheeran Wants To Set Up Taylor Swift, But We’re Not So Sure About His Matchmaking Skills"
authors = ["Lena deCasparis"]
