"""'By Mike D'Angelo, A.A. Dowd, Jesse Hassenger, Nick Schager, and Ignatiy Vishnevetsky' and 'Dec 16, 2014 12:00 AM' (Chicago) under the headline.

Page: AndyTheFactory/newspaper4k @ 79553f6302cea1a6e36103fb4dc1c675ca704cd3 : tests/data/html/avclub.com1.html (MIT).
"""

from datetime import UTC, datetime

url = "http://www.avclub.com/article/best-film-scenes-2014-212903"
timezone = "America/Chicago"
lang = "en"
title = "The best film scenes of 2014"
published = datetime(2014, 12, 16, 6, 0, tzinfo=UTC)
authors = ["Mike D'Angelo", "A.A. Dowd", "Jesse Hassenger", "Nick Schager", "Ignatiy Vishnevetsky"]
