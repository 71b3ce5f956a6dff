"""Expected parse of no_list.html: a single WordPress post (the "Kremlin salue" article of
wordpress_fr.html) with its menu and footer: one <article> with an unlinked h1, a long body
with a few inline links ("Lire aussi", tag links) and an entry footer. Not a listing: the
parser must say so rather than make entries out of the body's links.
"""

from datetime import UTC, datetime

url = (
    "https://www.exemple-actu.fr/2026/01/09/le-kremlin-salue-la-volonte-de-certains-pays-"
    "europeens-de-renouer-le-dialogue-avec-la-russie/"
)
timezone = "Europe/Paris"
now = datetime(2026, 1, 23, 12, 0, tzinfo=UTC)
error = "no list of articles found"
