"""Local weekly: 'Posted By: Hannah Curran on: March 02, 2022' (the text opens 'From The Tribune staff reports').

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswwwtrussvilletribunecom20220302threestudentsfromcenterpointreceiveacademicscholarships (Apache-2.0).
"""

from datetime import date

url = "https://www.trussvilletribune.com/2022/03/02/three-students-from-center-point-receive-academic-scholarships/"
timezone = "America/Chicago"
lang = "en"
title = "Three Center Point students received academic scholarships"
published = date(2022, 3, 2)
authors = ["Hannah Curran"]
