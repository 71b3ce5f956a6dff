"""Real page: the swimming section of a Danish exercise magazine (vorespuls.dk/sektion/svoemning,
early 2016), saved by TeamHG-Memex/Formasaurus for its forms data (the page's login and search
forms). `lang="da"`, Drupal 6. The menus and the login form, then two blocks in the left column:
<div class="block article section featured"> ("Sticky - Svømning", four pinned guides with a
kicker over each title) and <div class="block article section latest"> under the heading
"Svømning": ten <li>s, each an image, a <div class=views-field-title> whose empty link to
"/node/" wraps the <h3> title link and the word "Artikel", a row of topic links after "emner"
(Løb, Triatlon, MTB, …), and a teaser <p> ending in "Læs mere". Entries: the ten of the latest
block (the pinned guides are the section's featured block, not its list). No dates and no
bylines on the cards. Not entries: the pinned block, the topic links, the right-hand column's
lists of the same articles, the footer. `now`: the page speaks of February's events; the
project committed it on 1 February 2016.
"""

from datetime import UTC, datetime

url = "http://vorespuls.dk/sektion/svoemning"
timezone = "Europe/Copenhagen"
now = datetime(2016, 2, 1, 13, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://vorespuls.dk/artikel/events-februar",
        "title": "Se alle events i februar - MTB, trail, walk-a-thon?",
        "published": None,
        "author": None,
    },
    {
        "link": "http://vorespuls.dk/artikel/gennemfort-271-ironmans-sammen",
        "title": "De har gennemført 271 ironman til sammen",
        "published": None,
        "author": None,
    },
    {
        "link": "http://vorespuls.dk/artikel/kost-strategi",
        "title": "Forbedr din præstation med kost-strategi",
        "published": None,
        "author": None,
    },
    {
        "link": "http://vorespuls.dk/artikel/lob-mtb-cup-biathlon-all-events-januar",
        "title": "Komplet liste over events i januar - Løb, MTB eller biathlon?",
        "published": None,
        "author": None,
    },
    {
        "link": "http://vorespuls.dk/artikel/spiser-mere-i-julen",
        "title": "Så meget mere spiser du i julen",
        "published": None,
        "author": None,
    },
    {
        "link": "http://vorespuls.dk/artikel/sofaen-spiser-dine-muskler",
        "title": "Så hurtigt spiser sofaen dine muskler!",
        "published": None,
        "author": None,
    },
    {
        "link": "http://vorespuls.dk/artikel/overmotionere-jeg",
        "title": "Overmotionerer jeg? Det skal du passe på",
        "published": None,
        "author": None,
    },
    {
        "link": "http://vorespuls.dk/artikel/modermaelk-giver-ikke-storre-muskler",
        "title": "Professor: Modermælk giver ikke store muskler",
        "published": None,
        "author": None,
    },
    {
        "link": "http://vorespuls.dk/artikel/absurd-tendens-maend-soger-modermaelk-styrketraeningen",
        "title": "Mænd søger modermælk til styrketræning",
        "published": None,
        "author": None,
    },
    {
        "link": "http://vorespuls.dk/artikel/store-og-smaa-muskler",
        "title": "Er store muskler egentlig stærkere end små?",
        "published": None,
        "author": None,
    },
]
