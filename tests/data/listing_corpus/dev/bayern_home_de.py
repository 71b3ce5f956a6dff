"""Real page: the home page of the Bavarian state government (bayern.de, WordPress, October
2017), saved by adbar/htmldate for its date tests. An agency's home page with news blocks: the
service and main menus (mega menus of links), then <div id=teaser>: a carousel (<div
class=jcarousel>) of four stories, each a picture and one link (<div class=slider_text><a
title=…>) holding an <h1> ("Universitätsstadt Straubing") over an <h2> ("1.000 Studienplätze
am Campus für Biotechnologie und Nachhaltigkeit"), and "Vorlesen" (read aloud) buttons; then
<div id=ticker>, "Pressemitteilungen" over five press releases as plain links in a <ul>, three
of them cut with " ..." by the site (titles as shown, the cut kept); then the content: the
top video and four videos (links to YouTube and to in-page anchors "#inlinev1", no pages of
their own), five Facebook posts ("06.10.2017 11:15", no links to the posts), "FOTOS", a
carousel of five photo series (<div class=foto_overlay> links, "?frid=in88551"), the contact,
"BAYERN IN" and "THEMEN" boxes, the footer. Entries: the four stories, the five press
releases and the photo series, in page order; the photo series of the first story
("?frid=in88452") is listed once, as the story. The stories' titles are left out: the link
holds an <h1> topic line and an <h2> headline, and the page does not settle which is the
title (the link's `title` repeats the <h1>). Press releases and photo series: the link's text.
No dates or bylines on any of them (published None, author None; the dates in the Facebook
box are the posts', which are no entries). The address is the canonical "/" of www.bayern.de.
`now` is the save (October 2017, as the Facebook box's newest post says).
"""

from datetime import UTC, datetime

url = "http://www.bayern.de/"
timezone = "Europe/Berlin"
now = datetime(2017, 10, 9, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.bayern.de/service/fotoreihen/?frid=in88452",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.bayern.de/bericht-aus-der-kabinettssitzung-vom-12-september-2017/",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.bayern.de/ministerpraesident-horst-seehofer-bei-der-eroeffnung-des-erinnerungsortes-olympia-attentat-muenchen-1972-machen-wir-uns-gemeinsam-stark-gegen-antisemitismus-radikalismus-und-terror-wir-gedenken-d/",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.bayern.de/bericht-aus-der-kabinettssitzung-vom-5-september-2017/?seite=1579",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.bayern.de/herrmann-zeichnet-verdiente-bergretter-aus/",
        "title": "Herrmann zeichnet verdiente Bergretter aus",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.bayern.de/ausbau-weiterer-barrierefreier-bahnhoefe-im-bahnland-bayern/",
        "title": "Ausbau weiterer barrierefreier Bahnhöfe im Bahnland Bayern",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.bayern.de/scharf-bayerischer-projektverbund-sucht-pflanzen-von-morgen-forscher-entschluesseln-erstmals-kompletten-bauplan-einer-europaeischen-maissorte/",
        "title": "Scharf: Bayerischer Projektverbund sucht Pflanzen von morgen – ...",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.bayern.de/bayerns-justizminister-prof-dr-winfried-bausback-eroeffnet-bayernweit-neuntes-schueler-gericht-in-passau-bausback-schuelergerichte-beugen-erfolgreich-kriminellen-karrieren-vor-von-gleichaltri/",
        "title": "Bayerns Justizminister Prof. Dr. Winfried Bausback eröffnet bayernweit ...",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.bayern.de/209-neue-wohnheimplaetze-fuer-studierende-in-landshut-wertvoller-beitrag-zur-attraktivitaet-des-hochschulstandorts/",
        "title": "209 neue Wohnheimplätze für Studierende in Landshut: „Wertvoller ...",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.bayern.de/service/fotoreihen/?frid=in88551",
        "title": "Siegerehrung des Oktoberfest-Landesschießens",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.bayern.de/service/fotoreihen/?frid=in88509",
        "title": "Europaministerin Dr. Merk in Tunesien",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.bayern.de/service/fotoreihen/?frid=in88379",
        "title": "Besuch bei MTU Aero Engines in München",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.bayern.de/service/fotoreihen/?frid=in88354",
        "title": "Besuch von Brigadegeneral Ian Bell",
        "published": None,
        "author": None,
    },
]
