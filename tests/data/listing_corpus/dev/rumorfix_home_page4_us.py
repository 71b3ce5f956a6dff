"""Real page: page 4 of a celebrity-gossip blog's home (rumorfix.com, WordPress, March 2016), saved
by TeamHG-Memex/autopager for its pagination data. `lang="en-US"`. The header's menus with
drop-downs of photo albums and video categories (<h2>s in links), a slider of five featured
posts (the site's newest, the same on every page: not this page's list), then <div id=main-post>
holding twenty posts, each <div class="post-N post …"> one link around <span
class=featured-title> — the headline written one word a <span>
("Is&nbsp;</span><span>Reese&nbsp;…") — a square picture and, on some, a "Still A Rumor" /
"Fixed" stamp image; four advertising <div class=post> among them. Titles: the words joined, no
trailing space. No dates or bylines on the cards (published None, author None). Not entries: the
menus and their drop-downs, the slider, the advertisements, the Twitter box, the pager ("«
Previous 1 2 3 … 1,097 Next »"), the blogroll and the sidebar's feeds of other sites. The
address is autopager's record (page/4/). `now` is the save (10 March 2016).
"""

from datetime import UTC, datetime

url = "http://rumorfix.com/page/4/"
timezone = "America/Los_Angeles"
now = datetime(2016, 3, 10, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://rumorfix.com/2016/03/emily-maynard-pregnant-again/",
        "title": "Emily Maynard Pregnant…Again!",
        "published": None,
        "author": None,
    },
    {
        "link": "http://rumorfix.com/2016/03/pam-anderson-to-star-in-baywatch-reunion/",
        "title": "Pam Anderson To Star In Baywatch Reunion?",
        "published": None,
        "author": None,
    },
    {
        "link": "http://rumorfix.com/2016/03/kris-jenner-on-caitlyn-jenner-dating-men/",
        "title": "Kris Jenner On Caitlyn Jenner Dating Men",
        "published": None,
        "author": None,
    },
    {
        "link": "http://rumorfix.com/2016/02/jaime-king-abuse-confession/",
        "title": "Jaime King Abuse Confession",
        "published": None,
        "author": None,
    },
    {
        "link": "http://rumorfix.com/2016/02/why-was-katt-williams-arrested/",
        "title": "Why Was Katt Williams Arrested?",
        "published": None,
        "author": None,
    },
    {
        "link": "http://rumorfix.com/2016/02/is-reese-witherspoon-pregnant-2/",
        "title": "Is Reese Witherspoon Pregnant?",
        "published": None,
        "author": None,
    },
    {
        "link": "http://rumorfix.com/2016/02/how-did-george-kennedy-die/",
        "title": "How Did George Kennedy Die?",
        "published": None,
        "author": None,
    },
    {
        "link": "http://rumorfix.com/2016/02/is-tom-daley-cheating-on-dustin-lance-black/",
        "title": "Is Tom Daley Cheating On Dustin Lance Black?",
        "published": None,
        "author": None,
    },
    {
        "link": "http://rumorfix.com/2016/02/kylie-minogue-kylie-jenner-fight-via-twitter/",
        "title": "Kylie Minogue Kylie Jenner Fight Via Twitter",
        "published": None,
        "author": None,
    },
    {
        "link": "http://rumorfix.com/2016/02/sam-smith-oscars-speech-explained/",
        "title": "Sam Smith Oscars Speech Explained",
        "published": None,
        "author": None,
    },
    {
        "link": "http://rumorfix.com/2016/02/kate-winslet-pregnant-true-or-false/",
        "title": "Kate Winslet Pregnant: True Or False?!",
        "published": None,
        "author": None,
    },
    {
        "link": "http://rumorfix.com/2016/02/whoopi-goldberg-mistaken-for-oprah-winfrey-at-oscars/",
        "title": "Whoopi Goldberg Mistaken For Oprah Winfrey At Oscar’s",
        "published": None,
        "author": None,
    },
    {
        "link": "http://rumorfix.com/2016/02/gay-star-wars-character-a-possibility/",
        "title": "Gay Star Wars Character A Possibility!",
        "published": None,
        "author": None,
    },
    {
        "link": "http://rumorfix.com/2016/02/caitlyn-jenner-mac-lipstick-its-official/",
        "title": "Caitlyn Jenner MAC Lipstick- It’s Official!",
        "published": None,
        "author": None,
    },
    {
        "link": "http://rumorfix.com/2016/02/big-ang-eulogy-and-her-last-days/",
        "title": "Big Ang Eulogy And Her Last Days",
        "published": None,
        "author": None,
    },
    {
        "link": "http://rumorfix.com/2016/02/kylie-jenner-fires-kris-jenner-as-manager/",
        "title": "Kylie Jenner Fires Kris Jenner As Manager?",
        "published": None,
        "author": None,
    },
    {
        "link": "http://rumorfix.com/2016/02/mila-kunis-cheating-on-ashton-kutcher-with-macaulay-culkin/",
        "title": "Mila Kunis Cheating On Ashton Kutcher With Macaulay Culkin?",
        "published": None,
        "author": None,
    },
    {
        "link": "http://rumorfix.com/2016/02/kylie-jenner-quitting-instagram/",
        "title": "Kylie Jenner Quitting Instagram?!",
        "published": None,
        "author": None,
    },
    {
        "link": "http://rumorfix.com/2016/02/kylie-jenner-married-and-pregnant/",
        "title": "Kylie Jenner Married and Pregnant?!",
        "published": None,
        "author": None,
    },
    {
        "link": "http://rumorfix.com/2016/02/jennifer-garner-breaks-her-silence-on-ben-affleck-divorce/",
        "title": "Jennifer Garner Breaks Her Silence On Ben Affleck Divorce",
        "published": None,
        "author": None,
    },
]
