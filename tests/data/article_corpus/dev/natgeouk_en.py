"""'Monday, 6 January 2020 By Michael Hingston' under the standfirst: the day shown is the metadata's modified day (published 3 January), shown unlabelled, so the date is not scored. The JSON-LD author is the organisation (National Geographic); the byline is a person.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/nationalgeographic.co.uk.goats.html (Apache-2.0).
"""

url = "https://www.nationalgeographic.co.uk/environment-and-conservation/2020/01/ravenous-wild-goats-ruled-island-over-century-now-its-being"
timezone = "Europe/London"
lang = "en-gb"
title = "Ravenous wild goats ruled this island for over a century. Now, it's being reborn."
authors = ["Michael Hingston"]
