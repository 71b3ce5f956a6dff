"""Kenyan news site (JNews theme): 'by Linda Amiani' and 'July 30, 2022' under the <h1>; the header shows the day it was saved.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpsthekenyatimescomcountieskisumutradersalertedaboutcartelsinstallsissuance (Apache-2.0).
"""

from datetime import date

url = "https://thekenyatimes.com/business/kisumu-traders-alerted-about-cartels-in-stalls-issuance/"
timezone = "Africa/Nairobi"
lang = "en"
title = "Kisumu Traders Alerted About Cartels In Stalls Issuance"
published = date(2022, 7, 30)
authors = ["Linda Amiani"]
