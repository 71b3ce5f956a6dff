"""An entertainment magazine (WordPress VIP, 2017): the JSON-LD headline's quotation marks and last space written as entities ('Ford&#8217;s &#8216;Blade Runner 2049&#8217; … own&nbsp;words'), og:title with the film's name in quotes, the <title> a shorter SEO variant; the <h1> holds a <p> with the film's name in <em> (no quotes); 'Sara Vilkomerson•@Vilkomerson Posted on October 5, 2017 at 8:45am EDT' under it.

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/en/ew/page.html (none stated).
"""

from datetime import UTC, datetime

url = "http://ew.com/movies/2017/10/05/blade-runner-2049-ryan-gosling-harrison-ford-set/"
timezone = "America/New_York"
lang = "en"
title = "Ryan Gosling and Harrison Ford's Blade Runner 2049 bromance, in their own words"
also_titles = ["Ryan Gosling and Harrison Ford's 'Blade Runner 2049' bromance, in their own words"]
published = datetime(2017, 10, 5, 12, 45, tzinfo=UTC)
authors = ["Sara Vilkomerson"]
