"""'Reuters Updated: January 16, 2020': the date is shown only as an update, not scored; the byline is the agency's, authors not scored. The canonical address is the Financial Post's.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/vancouversun.com.microsoft.html (Apache-2.0).
"""

url = "https://business.financialpost.com/technology/microsoft-moves-to-erase-its-carbon-footprint-from-the-atmosphere-in-climate-push"
timezone = "America/Vancouver"
lang = "en"
title = "Microsoft moves to erase its carbon footprint from the atmosphere in climate push"
