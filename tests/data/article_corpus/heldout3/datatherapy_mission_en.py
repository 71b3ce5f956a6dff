"""WordPress blog post: 'March 13, 2019' (the update day, 15 March, is in a hidden `updated` <time>) and an author box 'Published by rahulbot' after the post.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpsdatatherapywordpresscom20190313aligningyourdataandmethodsyourmission (Apache-2.0).
"""

from datetime import date

url = "https://datatherapy.org/2019/03/13/aligning-your-data-and-methods-your-mission/"
timezone = "America/New_York"
lang = "en"
title = "Aligning Your Data Methods and Your Mission"
published = date(2019, 3, 13)
authors = ["rahulbot"]
