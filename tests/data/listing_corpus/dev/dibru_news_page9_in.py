"""Real page: page 9 of 11 of a university's "News and Events" (dibru.ac.in, Joomla 3 with a
Bootstrap template, 2014 news), saved in April 2016 by TeamHG-Memex/autopager for its
pagination data. `lang="en-gb"`. Joomla's category list layout: a title filter and a "Display #"
select, then a <table class="category table table-striped"> with one column (header "Title", a
sort link) and ten <tr class=cat-list-row0/1> rows, each <td class=list-title> holding only the
title link; no dates, no authors, no excerpts (published None, author None). Not entries: the
university's mega menu (hundreds of links, "Deans" pages with dates in their addresses), the
sort link, the pager ("Page 9 of 11", Start, Prev, 1…11), the side menus, the footer. `now` is
the save (April 2016).
"""

from datetime import UTC, datetime

url = "http://www.dibru.ac.in/index.php/news-events?limit=10&start=80"
timezone = "Asia/Kolkata"
now = datetime(2016, 4, 26, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.dibru.ac.in/index.php/news-events/544-dibrugarh-university-observeed-the-139th-birth-anniversary-of-sardar-vallabhbhai-patel",
        "title": "Dibrugarh University observeed the 139th Birth Anniversary of Sardar Vallabhbhai Patel",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/news-events/543-vigilance-week-2014-was-observed-at-the-dibrugarh-university",
        "title": "Vigilance Week-2014 was observed at the Dibrugarh University",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/news-events/542-flood-relief-campaign-by-centre-for-juridical-studies,-du",
        "title": "Flood Relief Campaign by Centre for Juridical studies, DU",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/news-events/541-world-environment-day,-2014-observed-by-dibrugarh-university",
        "title": "World Environment Day, 2014 observed by Dibrugarh University",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/news-events/540-talk-by-prof-maitrayee-chaudhuri-in-d-u-colloquium",
        "title": "Talk by Prof. Maitrayee Chaudhuri in D.U. Colloquium",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/news-events/539-professor-amarjyoti-choudhury-and-profesor-barindra-kumar-sarma-were-in-d-u-scholar-in-residence-programme",
        "title": "Professor Amarjyoti Choudhury and Profesor Barindra Kumar Sarma were in D.U. Scholar in Residence programme",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/news-events/538-national-workshop-on-human-rights-and-duties-held-during-10-12-may,-2014",
        "title": "National Workshop on 'Human Rights and Duties' held during 10-12 May, 2014",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/news-events/537-adventure-sports-training-for-du-students-at-manipur-mountaineering-and-trekking-association",
        "title": "Adventure Sports Training for DU students at Manipur Mountaineering and Trekking Association",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/news-events/536-dr-aravind-yelery,-senior-fellow,-institute-of-chinese-studies,-new-delhi,-at-the-colloquium",
        "title": "Dr Aravind Yelery, Senior Fellow, Institute of Chinese Studies, New Delhi, at the Colloquium",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/news-events/535-xiv-convocation-of-dibrugarh-university",
        "title": "XIV Convocation of Dibrugarh University",
        "published": None,
        "author": None,
    },
]
