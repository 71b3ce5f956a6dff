"""A web-design blog of 2010 with no <h1>: '17 Feb 2010 -' and '11 Comments' above the headline (a link in <div class="title">), 'Author: kevin | Source: queness' under the lead-in; readers' comments 'NAME on 2 Jun 2010 says:' below. No embedded metadata.

Page: peterc/pismo @ 925d277cd0779a9e158c4a8881674047801c4101 : test/corpus/queness.html (Apache-2.0).
"""

from datetime import date

url = "http://www.queness.com/post/2025/18-incredible-css3-effects-you-have-never-seen-before"
timezone = "Australia/Melbourne"
lang = "en"
title = "18 Incredible CSS3 Effects You Have Never Seen Before"
published = date(2010, 2, 17)
authors = ["kevin"]
