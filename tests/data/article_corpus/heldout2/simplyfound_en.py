"""'Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC' under the <h1>.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/simplyfound-1/source.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://simplyfound.com/article/eb9a5e137034/raspberry-pi-3-the-credit-card-sized-pc-that-cost-only-35-all-time-bestselling-computer-in-uk"
timezone = "UTC"
lang = "en"
title = "Raspberry Pi 3 - The credit card sized PC that cost only $35 - All-time bestselling computer in UK"
published = datetime(2016, 2, 29, 23, 10, tzinfo=UTC)  # 2016-02-29 23:10 UTC
authors = ["Joe Wee"]
