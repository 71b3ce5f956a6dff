"""'By Alex Bozarjian Thursday, November 9, 2023 4:41AM': the metadata's 04:41Z is the evening before in Houston, so the page shows UTC without saying so; the date is not scored. The page's JSON-LD headlines are related stories'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/abc13.com-Copperfield.html (Apache-2.0).
"""

url = "https://abc13.com/aishas-salon-and-spa-houston-lewd-act-man-pleasures-himself-on-camera-harris-county-sheriffs-office/14030671/"
timezone = "America/Chicago"
lang = "en"
title = "Aisha's Salon and Spa chain bans men from entering any of its 25 locations after man's lewd act"
authors = ["Alex Bozarjian"]
