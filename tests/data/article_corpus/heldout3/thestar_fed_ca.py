"""Canadian daily, saved by the Wayback Machine: an opinion column syndicated from Bloomberg, 'By Narayana Kocherlakota Bloomberg Fri., Aug. 23, 2019' (the agency after the name); og:title is the headline with the kicker 'Opinion |' (counts).

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswebarchiveorgwebhttpswwwthestarcombusinesseconomyopinion20190823whatthefedcouldlearnfromcanadahtml (Apache-2.0).
"""

from datetime import date

url = "https://www.thestar.com/business/economy/opinion/2019/08/23/what-the-fed-could-learn-from-canada.html"
timezone = "America/Toronto"
lang = "en"
title = "What the Fed could learn from Canada"
also_titles = ["Opinion | What the Fed could learn from Canada"]
published = date(2019, 8, 23)
authors = ["Narayana Kocherlakota"]
