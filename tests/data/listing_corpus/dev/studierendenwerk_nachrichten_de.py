"""Real page: the news list of a German student services organisation (Studierendenwerk
Osnabrück, /de/nachrichten.html, TYPO3 with tx_news), saved on 30 September 2024 by
rocket-meals/rocket-meals for its news-sync tests (not republished: the repository reserves
all rights). German. Ten items <div class="article articletype-0 topnews"> in <div
class="news-list-view">: a left block with an <h3> title link (the headline in a <span
itemprop=headline>) and a teaser ending in "Weiterlesen", a right block with the linked
image. The template's date (<span class="news-list-date">08.08.2024</span>) is commented out,
so no card shows a date: `published` is None throughout, and no byline: `author` None.
Titles and links transcribed with `//div[contains(@class,"news-list-view")]/div[contains(
concat(" ",@class," ")," article ")]` and its `.//h3/a`, read back against the page.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://www.studentenwerk-osnabrueck.de/de/nachrichten.html"
timezone = "Europe/Berlin"
now = datetime(2024, 9, 30, 21, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.studentenwerk-osnabrueck.de/de/nachrichten/artikel-details/laenderwoche-in-der-mensa-so-bunt-wie-unser-mensateam.html",
        "title": "Länderwoche in der Mensa: So bunt wie unser Mensateam!",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studentenwerk-osnabrueck.de/de/nachrichten/artikel-details/neue-mensa-preise-ab-dem-kommenden-wintersemester-2024-2025.html",
        "title": "Neue Mensa-Preise ab dem kommenden Wintersemester 2024/2025",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studentenwerk-osnabrueck.de/de/nachrichten/artikel-details/probiers-doch-mal.html",
        "title": "Probier’s doch mal!",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studentenwerk-osnabrueck.de/de/nachrichten/artikel-details/die-gewinner-des-rezeptwettbewerbs-stehen-fest.html",
        "title": "Die Gewinner des Rezeptwettbewerbs stehen fest!",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studentenwerk-osnabrueck.de/de/nachrichten/artikel-details/jetzt-haben-wir-den-salat-1.html",
        "title": "Jetzt haben wir den Salat!",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studentenwerk-osnabrueck.de/de/nachrichten/artikel-details/genussvolle-reise-durch-den-orient.html",
        "title": "Genussvolle Reise durch den Orient",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studentenwerk-osnabrueck.de/de/nachrichten/artikel-details/geschlossen-ueber-himmelfahrt.html",
        "title": "Unsere Öffnungszeiten über Christi Himmelfahrt",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studentenwerk-osnabrueck.de/de/nachrichten/artikel-details/voruebergehende-angebotseinschraenkung-in-der-mensa-westerberg.html",
        "title": "Vorübergehende Angebotseinschränkung in der Mensa Westerberg",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studentenwerk-osnabrueck.de/de/nachrichten/artikel-details/deine-unterstuetzung-ist-gefragt.html",
        "title": "Deine Unterstützung ist gefragt!",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studentenwerk-osnabrueck.de/de/nachrichten/artikel-details/unser-jubilaeumsgeschaeftsbericht-2023.html",
        "title": "Unser Jubiläumsgeschäftsbericht 2023!",
        "published": None,
        "author": None,
    },
]
