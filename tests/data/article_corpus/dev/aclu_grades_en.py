"""'Sarah Hinger, Staff Attorney, ACLU Racial Justice Program & Sylvia Torres-Guillén, Director of Education Equity, ACLU Foundations of California July 25, 2019 11:15 PM' (a time in a zone the page does not name: the day).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/aclu.org-grades.html (Apache-2.0).
"""

from datetime import date

url = "https://www.aclu.org/blog/juvenile-justice/school-prison-pipeline/county-criminalized-students-bad-grades-until-now"
timezone = "America/New_York"
lang = "en"
title = "This County Criminalized Students for Bad Grades – Until Now"
published = date(2019, 7, 25)
authors = ["Sarah Hinger", "Sylvia Torres-Guillén"]
