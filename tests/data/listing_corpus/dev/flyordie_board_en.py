"""Real page: the "General" board of a games site's forum (forum.flyordie.com, a Jive-style
JSP forum, threads in English, French, Portuguese…), saved in March 2016 by
TeamHG-Memex/autopager for its pagination data. No `lang`; 1990s markup: nested <table>s and
<font>s. Above the list: "Messages: 10,389 Topics: 2,041 Last Post: Mar 11, 2016 10:49 AM", the
board's search and back links, "Pages in this forum: 137 1 2 3 …". The list: a <table> whose
header row reads SUBJECT / REPLIES / AUTHOR / LAST POST, then fifteen rows: an icon, the
subject (<a class=forum href="thread.jsp?…"><b>title</b></a>), the reply count, the starter
(<a href="profile.jsp?user=N"><b>name</b></a>: the entry's author) and the last post's time
and poster ("Mar 11, 2016 10:49 AM", "by: <a>Lindomar Stoque »</a>"). Dates not scored: the
only time a row shows is its last post's. Not entries: the page links, the last-post "by:"
links (same thread, another address), the footer. `now` is the save (11 March 2016).
"""

from datetime import UTC, datetime

url = "http://forum.flyordie.com/forum.jsp?forum=2"
timezone = "UTC"
now = datetime(2016, 3, 11, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://forum.flyordie.com/thread.jsp?forum=2&thread=129884&tstart=0&trange=15",
        "title": "nicknames inappropriate",
        "author": "Lindomar Stoque",
    },
    {
        "link": "http://forum.flyordie.com/thread.jsp?forum=2&thread=129893&tstart=0&trange=15",
        "title": "Mécontent des services",
        "author": "marchall_1",
    },
    {
        "link": "http://forum.flyordie.com/thread.jsp?forum=2&thread=48943&tstart=0&trange=15",
        "title": "pop-up ads",
        "author": "ismellu",
    },
    {
        "link": "http://forum.flyordie.com/thread.jsp?forum=2&thread=129882&tstart=0&trange=15",
        "title": "Online abuse",
        "author": "Mudbear",
    },
    {
        "link": "http://forum.flyordie.com/thread.jsp?forum=2&thread=129864&tstart=0&trange=15",
        "title": "Onebip",
        "author": "DanieIa WiIches",
    },
    {
        "link": "http://forum.flyordie.com/thread.jsp?forum=2&thread=129860&tstart=0&trange=15",
        "title": "Read the answers.",
        "author": "shield33",
    },
    {
        "link": "http://forum.flyordie.com/thread.jsp?forum=2&thread=129852&tstart=0&trange=15",
        "title": "WHERE IS THE UPDATE FOR SNOOKER GAME ? TELL ME !!!!",
        "author": "Jacky Chan",
    },
    {
        "link": "http://forum.flyordie.com/thread.jsp?forum=2&thread=129566&tstart=0&trange=15",
        "title": "Congratulations to the 2015 Grand Prix winners and participants",
        "author": "Vikram Boss",
    },
    {
        "link": "http://forum.flyordie.com/thread.jsp?forum=2&thread=129728&tstart=0&trange=15",
        "title": "Just paid $26.99",
        "author": "mcirish18",
    },
    {
        "link": "http://forum.flyordie.com/thread.jsp?forum=2&thread=129753&tstart=0&trange=15",
        "title": "Moi marchall_1",
        "author": "marchall_1",
    },
    {
        "link": "http://forum.flyordie.com/thread.jsp?forum=2&thread=129797&tstart=0&trange=15",
        "title": "Urgent ..Ask please",
        "author": "shield33",
    },
    {
        "link": "http://forum.flyordie.com/thread.jsp?forum=2&thread=129740&tstart=0&trange=15",
        "title": "jeux retrogaming",
        "author": "Achète jeu retro",
    },
    {
        "link": "http://forum.flyordie.com/thread.jsp?forum=2&thread=129727&tstart=0&trange=15",
        "title": "Assistance",
        "author": "marchall_1",
    },
    {
        "link": "http://forum.flyordie.com/thread.jsp?forum=2&thread=129720&tstart=0&trange=15",
        "title": "Rating Points",
        "author": "Lisa",
    },
    {
        "link": "http://forum.flyordie.com/thread.jsp?forum=2&thread=129685&tstart=0&trange=15",
        "title": "Abonnement - Paiement messsage erreur",
        "author": "bgl53",
    },
]
