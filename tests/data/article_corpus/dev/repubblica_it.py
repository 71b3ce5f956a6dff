"""A live blog: '02 Novembre 2023' 'Aggiornato alle 16:58' (a day; the JSON-LD's 2023-11-01T23:01Z is one minute past midnight in Rome); its JSON-LD holds a node per post, each with a headline and a date. No byline. The <h1>s before the headline are the section's ('Esteri'); the JSON-LD headline is cut with '…'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/Repubblica.it-Israele-Hamas.html (Apache-2.0).
"""

from datetime import date

url = "https://www.repubblica.it/esteri/2023/11/02/diretta/israele_hamas_news_guerra_gaza_oggi-419364605/"
timezone = "Europe/Rome"
lang = "it"
title = "Israele - Hamas, le news di oggi. Israele: “Gaza è accerchiata”. Media: “Raid su campo profughi Bureij, almeno 15 morti”. Idf: “Una milizia iraniana combatte con Hezbollah in Libano”"
published = date(2023, 11, 2)
