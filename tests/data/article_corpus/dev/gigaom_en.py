"""'By Darrell Etherington Oct. 25, 2010, 1:37pm PT' under the headline (Pacific time as the page names it, daylight time in October: 20:37 UTC).

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/gigaom.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://gigaom.com/apple/apples-next-macbook-an-800-mac-for-the-masses/"
timezone = "America/Los_Angeles"
lang = "en"
title = "Apple’s Next MacBook: An $800 Mac for the Masses"
published = datetime(2010, 10, 25, 20, 37, tzinfo=UTC)  # 1:37pm PT
authors = ["Darrell Etherington"]
