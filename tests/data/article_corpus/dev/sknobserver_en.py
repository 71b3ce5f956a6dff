"""St Kitts and Nevis paper on WordPress (a tagDiv theme): 'By Loshaun Dixon - April 28, 2022' under the headline, the header's 'Friday, April 29, 2022' the day it was saved; Yoast's author is an @id reference, the microdata author <span> empty; a latest-posts block lists other <time>s.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/thestkittsnevisobserver.com-bvi.html (Apache-2.0).
"""

from datetime import date

url = "https://www.thestkittsnevisobserver.com/bvi-premier-fahie-arrested-in-usa-on-drug-related-charges/"
timezone = "America/St_Kitts"
lang = "en"
title = "BVI Premier Fahie Arrested in USA On Drug Related Charges"
published = date(2022, 4, 28)
authors = ["Loshaun Dixon"]
