"""'by Joshua Parkinson … Updated: Dec 18, 2020': the page shows an update only: date not scored.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/postplanner/input.html (MIT).
"""

url = "https://www.postplanner.com/get-more-likes-fans-facebook-page/"
timezone = "America/New_York"
lang = "en"
title = "Here's How to Get More Likes on Facebook in 2021 (and Reach Millions)"
authors = ["Joshua Parkinson"]
