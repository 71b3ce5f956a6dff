"""Real page: page 3 of a fashion and celebrity blog's home (tomandlorenzo.com, WordPress with
its own theme, March 2016 posts), saved on about 11 March 2016 by TeamHG-Memex/autopager for its
pagination data. `lang="en-US"`. Above the list, the same on every page: a header ticker of the
newest posts (<ul class=scroller>, "<span class=tickdate>March 10, 2016</span> <a>title</a>")
and a slider of four overlay cards (<a><div class=mainCard> … <h3 class=slider-title>): not
entries of page 3. The list: <ul class=raws> of twenty <li class=gradient-light>, each an image
link holding the category as a kicker (<span class=hpBoxCat>Movies</span>, not part of the
title) and an <h3> title link; no dates, no bylines (published None, author None). Not
entries: the menus, the ticker, the slider, the sidebar's frames, the pager, the archives
select, the footer. `now` is the save (the ticker's newest day, 10 March 2016).
"""

from datetime import UTC, datetime

url = "http://tomandlorenzo.com/page/3/"
timezone = "America/New_York"
now = datetime(2016, 3, 11, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://tomandlorenzo.com/2016/03/helen-mirren-on-the-set-of-collateral-beauty-2/",
        "title": "Helen Mirren on the Set of “Collateral Beauty”",
        "published": None,
        "author": None,
    },
    {
        "link": "http://tomandlorenzo.com/2016/03/balmain-fall-2016-collection/",
        "title": "Balmain Fall 2016 Collection",
        "published": None,
        "author": None,
    },
    {
        "link": "http://tomandlorenzo.com/2016/03/kirsten-dunst-goes-shopping-in-west-hollywood/",
        "title": "Kirsten Dunst Goes Shopping in West Hollywood",
        "published": None,
        "author": None,
    },
    {
        "link": "http://tomandlorenzo.com/2016/03/jennifer-lawrence-for-dior-spring-2016-campaign/",
        "title": "Jennifer Lawrence for Dior Spring 2016 Campaign",
        "published": None,
        "author": None,
    },
    {
        "link": "http://tomandlorenzo.com/2016/03/zosia-mamet-in-jill-stuart-at-the-whiskey-tango-foxtrot-world-premiere/",
        "title": "Zosia Mamet in Jill Stuart at the “Whiskey Tango Foxtrot” World Premiere",
        "published": None,
        "author": None,
    },
    {
        "link": "http://tomandlorenzo.com/2016/03/dsquared2-fall-2016-collection/",
        "title": "Dsquared2 Fall 2016 Collection",
        "published": None,
        "author": None,
    },
    {
        "link": "http://tomandlorenzo.com/2016/03/jennifer-lopez-at-chelsea-piers-in-roberto-cavalli/",
        "title": "Jennifer Lopez at Chelsea Piers in Roberto Cavalli",
        "published": None,
        "author": None,
    },
    {
        "link": "http://tomandlorenzo.com/2016/03/tina-fey-in-dion-lee-at-the-whiskey-tango-foxtrot-world-premiere/",
        "title": "Tina Fey in Dion Lee at the “Whiskey Tango Foxtrot” World Premiere",
        "published": None,
        "author": None,
    },
    {
        "link": "http://tomandlorenzo.com/2016/03/ghostbusters-official-trailer/",
        "title": "“Ghostbusters” Official Trailer",
        "published": None,
        "author": None,
    },
    {
        "link": "http://tomandlorenzo.com/2016/03/douglas-booth-and-elle-fanning-on-the-set-of-a-storm-in-the-stars/",
        "title": "Douglas Booth and Elle Fanning on the Set of “A Storm in the Stars”",
        "published": None,
        "author": None,
    },
    {
        "link": "http://tomandlorenzo.com/2016/03/marni-fall-2016-collection/",
        "title": "Marni Fall 2016 Collection",
        "published": None,
        "author": None,
    },
    {
        "link": "http://tomandlorenzo.com/2016/03/2016-vanity-fair-oscar-party-red-carpet-rundown-part-2/",
        "title": "2016 Vanity Fair Oscar Party Red Carpet Rundown: Part 2",
        "published": None,
        "author": None,
    },
    {
        "link": "http://tomandlorenzo.com/2016/03/jennifer-garner-for-vanity-fair-magazine/",
        "title": "Jennifer Garner for Vanity Fair Magazine",
        "published": None,
        "author": None,
    },
    {
        "link": "http://tomandlorenzo.com/2016/03/lea-michele-in-pamella-roland-at-the-2016-elton-john-aids-foundations-oscar-viewing-party/",
        "title": "Lea Michele in Pamella Roland at the 2016 Elton John AIDS Foundation’s Oscar Viewing Party",
        "published": None,
        "author": None,
    },
    {
        "link": "http://tomandlorenzo.com/2016/03/dolcegabbana-fall-2016-collection/",
        "title": "Dolce&Gabbana Fall 2016 Collection",
        "published": None,
        "author": None,
    },
    {
        "link": "http://tomandlorenzo.com/2016/03/helen-mirren-on-the-set-of-collateral-beauty/",
        "title": "Helen Mirren on the Set of “Collateral Beauty”",
        "published": None,
        "author": None,
    },
    {
        "link": "http://tomandlorenzo.com/2016/03/2016-vanity-fair-oscar-party-red-carpet-rundown-part-1/",
        "title": "2016 Vanity Fair Oscar Party Red Carpet Rundown: Part 1",
        "published": None,
        "author": None,
    },
    {
        "link": "http://tomandlorenzo.com/2016/03/juno-temple-in-saint-laurent-couture-at-the-2016-vanity-fair-oscar-party/",
        "title": "Juno Temple in Saint Laurent Couture at the 2016 Vanity Fair Oscar Party",
        "published": None,
        "author": None,
    },
    {
        "link": "http://tomandlorenzo.com/2016/03/salvatore-ferragamo-fall-2016-collection/",
        "title": "Salvatore Ferragamo Fall 2016 Collection",
        "published": None,
        "author": None,
    },
    {
        "link": "http://tomandlorenzo.com/2016/03/2016-film-independent-spirit-awards-red-carpet-rundown/",
        "title": "2016 Film Independent Spirit Awards Red Carpet Rundown",
        "published": None,
        "author": None,
    },
]
