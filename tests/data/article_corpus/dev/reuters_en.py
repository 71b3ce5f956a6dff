"""'By Jill Serjeant 4 Min Read'. The page shows its date only as 'Updated': not scored.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/reuters.com.parasite.html (Apache-2.0).
"""

url = "https://www.reuters.com/article/us-awards-sag-idUSKBN1ZI0EH"
timezone = "America/New_York"
lang = "en"
title = "'Parasite' scores historic upset at SAG awards, boosting Oscar chances"
authors = ["Jill Serjeant"]
