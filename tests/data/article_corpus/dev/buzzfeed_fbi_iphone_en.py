"""A news story (2016) by two reporters, each name followed by the role 'BuzzFeed News Reporter' on its own line under the headline <h1> (the first <h1> is the section's logo); <meta name="author" content="Salvador Hernandez, Hamza Shaban">. The date is written by a script ('posted on'); the JSON-LD datePublished is malformed ('2016-24-06'): not scored.

Page: keepcosmos/readability @ 4edafba2004481b0bf33b93eb5695c5020d3959c : test/fixtures/buzzfeed.html (Apache-2.0).
"""

url = (
    "https://www.buzzfeed.com/salvadorhernandez/fbi-obtains-passcode-to-iphone-in-new-york-drops-case-agains"
)
timezone = "America/New_York"
lang = "en"
title = "FBI Obtains Passcode To iPhone In New York, Drops Case Against Apple"
authors = ["Salvador Hernandez", "Hamza Shaban"]
