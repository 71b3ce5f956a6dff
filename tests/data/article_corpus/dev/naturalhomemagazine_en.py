"""A magazine's page: 'By Ken Hoyt September/October 2010' under the standfirst (the print issue, not a day: the date is not scored); a photograph's 'Photography By Thomas Gibson' credit below.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/naturalhomemagazine.html (Apache-2.0).
"""

url = "http://www.naturalhomemagazine.com/diy-projects/try-this-papier-mache-ghostly-lanterns.aspx"
timezone = "America/Denver"
lang = "en"
title = "Try This: Papier Mache Ghostly Lanterns"
authors = ["Ken Hoyt"]
