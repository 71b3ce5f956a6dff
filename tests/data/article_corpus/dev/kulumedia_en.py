"""'Published 2 months ago on June 12, 2026 By Kulu Media News Desk' (day only). The byline is a desk: authors not scored.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/kulu-media.com.meta-outage.html (Apache-2.0).
"""

from datetime import date

url = "https://kulu-media.com/meta-outage-hits-facebook-instagram-and-messenger/"
timezone = "Africa/Addis_Ababa"
lang = "en-US"
title = "Meta Outage Hits Facebook, Instagram and Messenger Worldwide"
published = date(2026, 6, 12)
