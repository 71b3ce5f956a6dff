"""'By Dario Durando | November 02, 2018': a day only.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.fortinet.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.fortinet.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "https://www.fortinet.com/blog/threat-research/defeating-an-android-packer-with-frida.html"
timezone = "America/Los_Angeles"
lang = "en"
title = "How-to Guide: Defeating an Android Packer with FRIDA"
published = date(2018, 11, 2)
authors = ["Dario Durando"]
