"""Real page: page 53 of an Australian car forum's off-topic board "Comedy Central"
(aussiev8.com.au, vBulletin 4, 2005 threads), saved in April 2016 by TeamHG-Memex/autopager
for its pagination data. `lang="en"` with Australian day-first dates: "Started by <a
class=username>Kevin</a>, 13-11-2005 12:20 AM" (the starter and the first post's time: the
entry's author and date); most days are ambiguous ("10-10-2005", "03-11-2005") and read day
first, as "13-11-2005" and "29-04-2009" show. Two stickies (one prefixed "Sticky:") and thirty
threads, each <li class=threadbit> with an <h3 class=threadtitle> title link <a class=title>,
the thread's page links ("7 Pages • 1 2 3 4 ... 7") under the starter line on long threads,
replies (a link), views, and the last post's user and time ("25-10-2013, 07:38 PM"): not the
entry's. Times are in the board's zone, "All times are GMT +11". Not entries: menus, page
links, last posters, the pager, the footer. `now` is the footer's "The time now is 09:20 AM",
taken as 26 April 2016.
"""

from datetime import UTC, datetime

url = "http://www.aussiev8.com.au/comedy-central/index53.html"
timezone = "Etc/GMT-11"
now = datetime(2016, 4, 25, 22, 20, tzinfo=UTC)

entries = [
    {
        "link": "http://www.aussiev8.com.au/comedy-central/22215-youtube-awsomeness.html",
        "title": "Youtube Awsomeness!",
        "published": datetime(2009, 4, 29, 11, 53, tzinfo=UTC),
        "author": "GassedupPlastic",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/2060-rules.html",
        "title": "Rules",
        "published": datetime(2005, 6, 2, 0, 11, tzinfo=UTC),
        "author": "evil_ss",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/4035-eminem-interview.html",
        "title": "Eminem Interview",
        "published": datetime(2005, 11, 12, 13, 20, tzinfo=UTC),
        "author": "Kevin",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/598-what-you.html",
        "title": "What are you?",
        "published": datetime(2004, 12, 5, 13, 55, tzinfo=UTC),
        "author": "mark",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3645-heres-one-foe-pitstop-wabbit.html",
        "title": "Heres one foe Pitstop and Wabbit",
        "published": datetime(2005, 10, 10, 10, 44, tzinfo=UTC),
        "author": "phoenix",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/4004-true-australian-ghost-story.html",
        "title": "True Australian Ghost Story",
        "published": datetime(2005, 11, 10, 1, 20, tzinfo=UTC),
        "author": "lil",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3635-mr-lim-instigates-fight.html",
        "title": "Mr Lim instigates a fight",
        "published": datetime(2005, 10, 10, 8, 55, tzinfo=UTC),
        "author": "Kevin",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3647-how-walk-your-dog.html",
        "title": "How to walk your dog",
        "published": datetime(2005, 10, 10, 10, 50, tzinfo=UTC),
        "author": "phoenix",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3844-witty-truck-driver.html",
        "title": "The Witty Truck Driver",
        "published": datetime(2005, 10, 25, 9, 23, tzinfo=UTC),
        "author": "tisoy",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3942-chuck-norris-facts.html",
        "title": "Chuck Norris facts",
        "published": datetime(2005, 11, 3, 8, 46, tzinfo=UTC),
        "author": "Kevin",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3735-who-thinks-stuff-up.html",
        "title": "Who Thinks This Stuff Up... ?",
        "published": datetime(2005, 10, 15, 13, 30, tzinfo=UTC),
        "author": "Dia",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3226-useless-facts.html",
        "title": "Useless Facts",
        "published": datetime(2005, 9, 6, 4, 42, tzinfo=UTC),
        "author": "getuted",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/1971-retirement-home.html",
        "title": "retirement home",
        "published": datetime(2005, 5, 26, 3, 10, tzinfo=UTC),
        "author": "evil_ss",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3893-annual-stella-awards.html",
        "title": 'The Annual "Stella Awards"',
        "published": datetime(2005, 10, 29, 2, 40, tzinfo=UTC),
        "author": "phoenix",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3789-toy-train.html",
        "title": "Toy Train",
        "published": datetime(2005, 10, 20, 1, 8, tzinfo=UTC),
        "author": "lil",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3855-what-retired-people-do.html",
        "title": "What Retired People Do!",
        "published": datetime(2005, 10, 25, 14, 54, tzinfo=UTC),
        "author": "Dia",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3650-im-sure-green-officer.html",
        "title": "Im sure it was green officer!",
        "published": datetime(2005, 10, 10, 11, 2, tzinfo=UTC),
        "author": "phoenix",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3780-worlds-shortest-fairy-tale.html",
        "title": "World's shortest fairy tale",
        "published": datetime(2005, 10, 19, 5, 45, tzinfo=UTC),
        "author": "mark",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3793-alzheimers-test.html",
        "title": "alzheimers test",
        "published": datetime(2005, 10, 20, 6, 37, tzinfo=UTC),
        "author": "evil_ss",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3731-wink-wink-nudge-nudge.html",
        "title": "wink wink nudge nudge",
        "published": datetime(2005, 10, 15, 10, 14, tzinfo=UTC),
        "author": "ryan038",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3751-dickens-cider.html",
        "title": "dickens cider",
        "published": datetime(2005, 10, 16, 12, 36, tzinfo=UTC),
        "author": "ryan038",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3643-my-new-project-car.html",
        "title": "My new project car,",
        "published": datetime(2005, 10, 10, 10, 37, tzinfo=UTC),
        "author": "phoenix",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3637-most-awesome-shoes-ever.html",
        "title": "The Most Awesome Shoes Ever!!!",
        "published": datetime(2005, 10, 10, 10, 8, tzinfo=UTC),
        "author": "phoenix",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3717-birds.html",
        "title": "birds?",
        "published": datetime(2005, 10, 14, 16, 0, tzinfo=UTC),
        "author": "ryan038",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3692-im-going-clown-college.html",
        "title": "im going to clown college!!",
        "published": datetime(2005, 10, 12, 21, 49, tzinfo=UTC),
        "author": "evil_ss",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3719-who-else-has-well-stocked-fridge.html",
        "title": "Who else has a well stocked fridge.",
        "published": datetime(2005, 10, 14, 23, 14, tzinfo=UTC),
        "author": "vssenator215i",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3646-nd-result-ronalds-fantasies.html",
        "title": "nd the result of Ronalds fantasies?",
        "published": datetime(2005, 10, 10, 10, 47, tzinfo=UTC),
        "author": "phoenix",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3644-ronald-isnt-all-clean-after-all.html",
        "title": "Ronald isnt all that clean after all?",
        "published": datetime(2005, 10, 10, 10, 42, tzinfo=UTC),
        "author": "phoenix",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3640-ever-seen-honest-bum.html",
        "title": "Ever seen an honest Bum?",
        "published": datetime(2005, 10, 10, 10, 26, tzinfo=UTC),
        "author": "phoenix",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3639-sit-dont-stand.html",
        "title": "Sit, Don't stand",
        "published": datetime(2005, 10, 10, 10, 22, tzinfo=UTC),
        "author": "phoenix",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3648-latest-dr-zuess-book.html",
        "title": "Latest Dr. Zuess book",
        "published": datetime(2005, 10, 10, 10, 53, tzinfo=UTC),
        "author": "phoenix",
    },
    {
        "link": "http://www.aussiev8.com.au/comedy-central/3649-latest-car-craze-america.html",
        "title": "Latest car craze in America",
        "published": datetime(2005, 10, 10, 10, 54, tzinfo=UTC),
        "author": "phoenix",
    },
]
