"""A press portal: 'Nicole Körber good news! GmbH 11. März 2015, 9:19' under the headline (the poster, then her agency, in a microdata author/provider; the time in no zone the page names, its <time itemprop=dateCreated> marks it +00:00: the day is scored).

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/trendkraft_de.html (Apache-2.0).
"""

from datetime import date

url = "http://www.trendkraft.de/it-software/freigegeben-und-ab-sofort-verfuegbar-die-sechste-generation-des-ecm-systems-windream/"
timezone = "Europe/Berlin"
lang = "de"
title = "Freigegeben und ab sofort verfügbar: die sechste Generation des ECM-Systems windream"
published = date(2015, 3, 11)
authors = ["Nicole Körber"]
