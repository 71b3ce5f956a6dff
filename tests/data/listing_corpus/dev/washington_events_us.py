"""Real page: the events calendar of Washington's visitors bureau
(washington.org/find-dc-listings/dc-events, Drupal, March 2016), saved by TeamHG-Memex/autopager
for its pagination data. An events list: the site's menus (with a hotel booking form), "DC
Events", a search form with filter lists of event types and neighbourhoods, "Results128 EVENTS",
the sort links ("Date", "Featured", "Alphabetical"), a map whose markers are built in a script,
then the column headings "WHAT", "WHEN", "WHERE" and <ul> of ten <li class=event-grid>: a photo
link ("See Photos"), the event's name in <div class=event-grid-name> as a link, its type labels
("Cultural Dance Fairs & Festivals"), "View Details", the event's days ("March 18, 2016", "March
19 - 20, 2016") in <div class=dates>, the venue, the address, "More Details" and "view map".
Titles: the name link. Dates are left out: the days are when the events take place, no
publication date (which the page does not show). No bylines (author None). Not entries: the
menus, the filters, the sort links, the pager ("Page 1 of 13"), the footer's link lists. The
address is autopager's record. `now` is the save (15 March 2016).
"""

from datetime import UTC, datetime

url = "http://washington.org/find-dc-listings/dc-events"
timezone = "America/New_York"
now = datetime(2016, 3, 15, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://washington.org/dc-events/8th-annual-dc-tap-festival",
        "title": "8th Annual D.C. Tap Festival",
        "author": None,
    },
    {
        "link": "http://washington.org/dc-events/learning-veterans-boy-scouts-american-heritage-merit-badge-day",
        "title": "Learning from Veterans: Boy Scouts American Heritage Merit Badge Day",
        "author": None,
    },
    {
        "link": "http://washington.org/dc-events/rockin-breakfast-easter-bunny",
        "title": "Rockin Breakfast With The Easter Bunny!",
        "author": None,
    },
    {
        "link": "http://washington.org/dc-events/virginiawashington-dc-franchise-expo",
        "title": "The Virginia/Washington D.C. Franchise Expo",
        "author": None,
    },
    {
        "link": "http://washington.org/dc-events/environmental-film-festival-written-water-0",
        "title": "Environmental Film Festival: Written on Water",
        "author": None,
    },
    {
        "link": "http://washington.org/dc-events/national-cherry-blossom-festival-tour-au-naturel",
        "title": "National Cherry Blossom Festival Tour: Au Naturel",
        "author": None,
    },
    {
        "link": "http://washington.org/dc-events/conversation-ahmed-mater",
        "title": "In Conversation: Ahmed Mater",
        "author": None,
    },
    {
        "link": "http://washington.org/dc-events/comedian-pablo-francisco",
        "title": "Comedian Pablo Francisco",
        "author": None,
    },
    {
        "link": "http://washington.org/dc-events/environmental-film-festival-tundra-future",
        "title": "Environmental Film Festival: From the Tundra to the Future",
        "author": None,
    },
    {
        "link": "http://washington.org/dc-events/film-and-discussion-ballerinas-tale-2015-85-min",
        "title": "Film and Discussion: A Ballerinas Tale (2015; 85 min)",
        "author": None,
    },
]
