"""WordPress.com's news blog: 'May 19, 2022' and 'Michael Pick' under the <h1>; dated comments below.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswordpresscomblog20220519yourwebsitelooksgreatsoshouldyouremails (Apache-2.0).
"""

from datetime import date

url = "https://wordpress.com/blog/2022/05/19/your-website-looks-great-so-should-your-emails/"
timezone = "UTC"
lang = "en"
title = "Your Website Looks Great. So Should Your Emails."
published = date(2022, 5, 19)
authors = ["Michael Pick"]
