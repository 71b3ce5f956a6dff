"""'Author: Lindsey O'Donnell July 30, 2019 1:16 pm' (a time in a zone the page does not name: the day). The JSON-LD headline and author carry HTML entities (&#8216;, &#039;).

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/threatpost.com.android.html (Apache-2.0).
"""

from datetime import date

url = "https://threatpost.com/android-ransomware-spreads-via-sex-simulation-game-links-on-reddit-sms/146774/"
timezone = "America/New_York"
lang = "en"
title = "Android Ransomware Spreads Via ‘Sex Simulation Game’ Links on Reddit, SMS"
published = date(2019, 7, 30)
authors = ["Lindsey O'Donnell"]
