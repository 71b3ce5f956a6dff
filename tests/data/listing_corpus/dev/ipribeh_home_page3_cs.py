"""Real page: page 3 of a Czech viral-stories site's home (ipribeh.cz, WordPress, Travelify
theme, 2016), saved by TeamHG-Memex/autopager for its pagination data. Three <article>s,
each in a <section class="post-NNNN post … hentry">: a picture link, an <h2 class=entry-title>
link, the excerpt, then the meta bar "<span class=author><a>Admin</a></span> <span
class=date><a title="17:31">4.3.2016</a></span>" (day.month.year without leading zeros; the
theme, like Twenty Ten, puts the time of day in the date link's tooltip: dates are that day
and time in Prague), the categories, "Komentářů" and a "zobrazit článek" (read the article)
link. Authors: the author link ("Admin", the name the page shows). Not entries: the header's
menus, the pager ("«Načíst další příběhy", "Načíst předešlé příběhy »"). The page has no
canonical address; its address is autopager's record. `now` is the save (March 2016).
"""

from datetime import UTC, datetime

url = "http://ipribeh.cz/page/3"
timezone = "Europe/Prague"
now = datetime(2016, 3, 14, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://ipribeh.cz/pribeh/1818",
        "title": "Její manžel pokácel na zahradě strom. Když z něj za 2 týdny sundala odpadkový pytel, uviděla tohle!",
        "published": datetime(2016, 3, 4, 16, 31, tzinfo=UTC),
        "author": "Admin",
    },
    {
        "link": "http://ipribeh.cz/pribeh/1813",
        "title": "Chodila týden spávat s fólií na břiše a rodiče nechápali proč. Když se jednoho dne probudila, přišel šok!",
        "published": datetime(2016, 3, 3, 16, 58, tzinfo=UTC),
        "author": "Admin",
    },
    {
        "link": "http://ipribeh.cz/pribeh/1810",
        "title": "Nesnášela své žaluzie, tak vzala nužky a začla stříhat. Až uvidíte výsledek, budete ohromeni!",
        "published": datetime(2016, 3, 2, 16, 40, tzinfo=UTC),
        "author": "Admin",
    },
]
