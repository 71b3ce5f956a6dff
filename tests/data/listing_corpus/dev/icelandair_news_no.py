"""Real page: the Norwegian news page of an airline's site ("Nyheter", icelandair.no,
2016), saved by TeamHG-Memex/autopager for its pagination data. Twenty <article
class=packages>: an <h2> link (relative href), "<div class="date 16.02.2016
15:06">16.02.2016 15:06</div>" (day.month.year and a 24-hour time, Oslo time), a summary, a
picture link to the same article. No bylines (authors None). Not entries: three <article
class=sub-box> promotion boxes after the list in the same container ("Hvorfor fly med
Icelandair?", "Saga Shop", "Gavekort"), the route menus ("USA / Canada:", "Europe:"), the
pager. One title is English ("Icelandair to launch Newark service"). `now` is the save
(March 2016).
"""

from datetime import UTC, datetime

url = "http://www.icelandair.no/nyheter/"
timezone = "Europe/Oslo"
now = datetime(2016, 3, 19, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.icelandair.no/nyheter/artikkel/icelandair-fra-15-februar-med-wi-fi-pa-hele-rejsen/",
        "title": "Icelandair – fra 15. februar har Icelandair Wi-Fi om bord på hele reisen fra gate til gate",
        "published": datetime(2016, 2, 16, 14, 6, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.icelandair.no/nyheter/artikkel/icelandair-floy-3-millioner-passasjerer-i-2015/",
        "title": "Icelandair fløy 3 millioner passasjerer i 2015",
        "published": datetime(2015, 12, 21, 8, 24, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.icelandair.no/nyheter/artikkel/icelandair-og-jetblue-med-utvidet-samarbeidsavtale/",
        "title": "Icelandair og JetBlue med utvidet samarbeidsavtale",
        "published": datetime(2015, 10, 26, 10, 8, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.icelandair.no/nyheter/artikkel/icelandair-oker-til-usa-portand-oregon/",
        "title": "Icelandair øker til USA - Portand, Oregon",
        "published": datetime(2015, 10, 2, 6, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.icelandair.no/nyheter/artikkel/icelandair-vokser-fortsatt-stigning-pa-16-i-august/",
        "title": "Icelandair vokser fortsatt – stigning på 16% i august.",
        "published": datetime(2015, 9, 18, 9, 56, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.icelandair.no/nyheter/artikkel/icelandair-apner-rute-til-montreal/",
        "title": "Icelandair åpner rute til Montréal",
        "published": datetime(2015, 8, 20, 6, 41, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.icelandair.no/nyheter/artikkel/icelandair-starter-sin-15-nordamerikanske-destinasjon/",
        "title": "Icelandair starter sin 15 nordamerikanske destinasjon",
        "published": datetime(2015, 5, 20, 11, 12, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.icelandair.no/nyheter/artikkel/icelandair-forste-flygning-til-portland/",
        "title": "Icelandair – første flygning til Portland",
        "published": datetime(2015, 5, 20, 11, 2, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.icelandair.no/nyheter/artikkel/icelandair-avslutter-forste-kvartal-2015-med-rekordtall-mars-2015-viser-en-stigning-pa-15-i-forhold-til-mars-2014/",
        "title": "Icelandair avslutter første kvartal 2015 med rekordtall: mars 2015 viser en stigning på 15% i forhold til mars 2014.",
        "published": datetime(2015, 4, 17, 8, 49, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.icelandair.no/nyheter/artikkel/icelandair-og-jetblue-innleder-codeshare-samarbeid/",
        "title": "Icelandair og JetBlue innleder codeshare samarbeid",
        "published": datetime(2015, 2, 11, 11, 39, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.icelandair.no/nyheter/artikkel/icelandair-na-med-nordlysgaranti-om-bord-flyet-hekla-aurora/",
        "title": "Icelandair nå med „nordlysgaranti“ om bord flyet Hekla Aurora",
        "published": datetime(2015, 2, 11, 11, 34, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.icelandair.no/nyheter/artikkel/icelandair-apner-sin-13-nord-amerikanske-destinasjon/",
        "title": "Icelandair åpner sin 13. nord-amerikanske destinasjon:",
        "published": datetime(2014, 9, 10, 6, 27, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.icelandair.no/nyheter/artikkel/icelandair-fraktet-hele-islands-befolkning-og-litt-til-i-juli/",
        "title": "Icelandair fraktet hele Islands befolkning og litt til i juli.",
        "published": datetime(2014, 8, 15, 10, 6, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.icelandair.no/nyheter/artikkel/islands-natur-er-hovedscenen-i-icelandairs-nye-sikkerhetsvideo/",
        "title": "Islands natur er hovedscenen i Icelandairs nye sikkerhetsvideo",
        "published": datetime(2014, 6, 3, 9, 32, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.icelandair.no/nyheter/artikkel/okning-forste-kvartal/",
        "title": "Økning første kvartal",
        "published": datetime(2014, 4, 10, 10, 54, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.icelandair.no/nyheter/artikkel/icelandair-oker-til-washington-dc/",
        "title": "Icelandair øker til Washington D.C.",
        "published": datetime(2014, 4, 10, 10, 53, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.icelandair.no/nyheter/artikkel/icelandair-avslutter-2013-med-passasjerrekord/",
        "title": "Icelandair avslutter 2013 med passasjerrekord.",
        "published": datetime(2014, 1, 9, 12, 13, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.icelandair.no/nyheter/artikkel/ett-bilde-sier-mer-enn-1000-ord/",
        "title": "Ett bilde sier mer enn 1000 ord",
        "published": datetime(2013, 11, 27, 7, 17, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.icelandair.no/nyheter/artikkel/icelandair-flyr-til-to-nye-canadiske-destinasjoner-i-2014-vancouver-og-edmonton/",
        "title": "Icelandair flyr til to nye canadiske destinasjoner i 2014: Vancouver og Edmonton.",
        "published": datetime(2013, 9, 2, 13, 38, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.icelandair.no/nyheter/artikkel/icelandair-to-launch-newark-service/",
        "title": "Icelandair to launch Newark service",
        "published": datetime(2013, 4, 8, 7, 32, tzinfo=UTC),
        "author": None,
    },
]
