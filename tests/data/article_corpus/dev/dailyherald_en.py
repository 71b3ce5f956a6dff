"""'By ANDREW DALTON AP Entertainment Writer Updated 11/8/2023 10:46 PM': the date is shown only as an update, not scored. The JSON-LD author is the agency (Associated Press); the byline is a person.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/dailyherald.com-Hollywood.html (Apache-2.0).
"""

url = "https://www.dailyherald.com/entlife/20231108/hollywood-actors-strike-ends-as-union-reaches-tentative-deal-with-studios"
timezone = "America/Chicago"
lang = "en-US"
title = "Hollywood actors strike ends as union reaches tentative deal with studios"
authors = ["Andrew Dalton"]
