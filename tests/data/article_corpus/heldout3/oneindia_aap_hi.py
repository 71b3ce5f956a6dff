"""Hindi AMP page, saved by the Wayback Machine: 'By Ashutosh Tiwari Updated: Sun, Jun 28, 2020, 16:41 [IST]': only the update shown, the date is not scored.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswebarchiveorgwebhttpshindioneindiacomamphtmlnewsindiaaamaadmipartyreactiononamitshahstatementoncoronacaseindelhi567287html (Apache-2.0).
"""

url = "https://hindi.oneindia.com/news/india/aam-aadmi-party-reaction-on-amit-shah-statement-on-corona-case-in-delhi-567287.html"
timezone = "Asia/Kolkata"
lang = "hi"
title = "अमित शाह के बयान पर AAP का पलटवार- अनलॉक से बढ़े मामले, इस वजह से मांगी केंद्र सरकार से मदद"
authors = ["Ashutosh Tiwari"]
