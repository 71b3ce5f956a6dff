"""Expected parse of lemonde.rss: RSS 2.0 with content:encoded, dc:creator, an enclosure, an
item without guid and one without guid or link. HTML is as the feed gave it (unsanitized)."""

from datetime import UTC, datetime

from aggregator.types import Enclosure, FeedInfo, RawEntry

url = "https://www.lemonde.example/international/rss_full.xml"
kind = "rss20"

feed = FeedInfo(
    title="Le Monde.fr - International",
    link="https://www.lemonde.example/international/",
    subtitle="Toute l'actualité internationale",
)

entries = (
    RawEntry(
        id="https://www.lemonde.example/international/article/2026/01/19/poutine-conseil-de-paix.html",
        link="https://www.lemonde.example/international/article/2026/01/19/poutine-conseil-de-paix.html",
        title="Le Kremlin confirme l’invitation de Vladimir Poutine au « Conseil de paix »",
        summary="<p>Le porte-parole de la présidence russe, Dmitri Peskov, a confirmé lundi "
        "l’invitation.</p>",
        author="Service International",
        # 17:32 +0100
        published=datetime(2026, 1, 19, 16, 32, tzinfo=UTC),
        categories=("Russie", "Diplomatie"),
    ),
    RawEntry(
        id="https://www.lemonde.example/politique/article/2026/01/18/municipales-lyon.html",
        link="https://www.lemonde.example/politique/article/2026/01/18/municipales-lyon.html",
        title="Élections municipales : les premiers résultats à Lyon",
        summary="Les électeurs lyonnais ont voté dimanche. Aucune mention de Moscou ici, ni du "
        "kremlinologue invité.",
        published=datetime(2026, 1, 18, 19, 0, tzinfo=UTC),
        categories=("Politique",),
    ),
    RawEntry(
        id=None,
        link="https://www.lemonde.example/international/article/2026/01/17/russie-expulse-diplomate.html",
        title="La Russie expulse un diplomate britannique accusé d’espionnage",
        # feedparser resolves the relative <img src> against the feed URL.
        summary="<p>Moscou met en cause un responsable de l’ambassade du Royaume-Uni. "
        '<script>alert(1)</script><a href="javascript:alert(2)" onclick="steal()">lien</a>'
        '<img onerror="x()" src="https://www.lemonde.example/img/diplomate.jpg" /></p>',
        content="<p>Moscou met en cause un responsable de l’ambassade du Royaume-Uni.</p>"
        "<p>Le <strong>Kremlin</strong> n’a pas commenté. "
        '<iframe src="https://evil.example/"></iframe>'
        '<form action="https://evil.example/"><input name="p" /></form></p>',
        published=datetime(2026, 1, 17, 8, 15, tzinfo=UTC),
        categories=("../../../tmp/x", "Guerre en Ukraine"),
        # Enclosure URLs are left as written; normalize.py makes them absolute.
        enclosures=(Enclosure(url="/audio/diplomate.mp3", type="audio/mpeg", length=123456),),
    ),
    RawEntry(
        title="Un article sans guid ni lien",
        summary="Au Kremlin, rien de nouveau.",
        published=datetime(2026, 1, 16, 7, 0, tzinfo=UTC),
    ),
)
