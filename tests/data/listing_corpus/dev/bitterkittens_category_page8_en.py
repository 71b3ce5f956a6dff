"""Real page: page 8 of a Vanilla 2 forum's category "The T Lounge" (bitterkittens.com, a
fashion blog's community, spring 2015 discussions), saved in March 2016 by
TeamHG-Memex/autopager for its pagination data. `lang="en"`. A <table class=DataTable> whose
head names the columns "Discussion", "Started By", "Replies", "Views", "Most Recent"; thirty
<tr class="Item … ItemDiscussion"> rows: the title link <a class=Title> (with page links "1 2
3" on long discussions, "Closed" on two), then the starter's block (a portrait link, <a
class=UserLink>, and the first post's date "<a class=CommentDate><time title="May 27, 2015
2:37PM" datetime="2015-05-27T14:37:19+00:00">May 2015</time></a>": the entry's author and
date, the instant the `datetime` states), the counts, and the most recent comment's block of
the same markup (another user and date, linked to "#latest"): not the entry's. Not entries:
the category menu, the portraits, the pager, the sidebar. `now` is the save (March 2016).
"""

from datetime import UTC, datetime

url = "http://bitterkittens.com/categories/the-t-lounge/p8"
timezone = "UTC"
now = datetime(2016, 3, 11, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://bitterkittens.com/discussion/1023/what-is-with-all-the-spambots-lately",
        "title": "What is with all the spambots lately?",
        "published": datetime(2015, 5, 27, 14, 37, 19, tzinfo=UTC),
        "author": "HellsBellsTrudy",
    },
    {
        "link": "http://bitterkittens.com/discussion/924/7-days-a-road-trip-a-sick-dog-a-499-kitty-litter-box-and-wisdom-teeth-karaoke",
        "title": "7 days: A road trip, a sick dog, a $499 kitty litter box, and wisdom teeth karaoke.",
        "published": datetime(2015, 5, 19, 9, 34, 34, tzinfo=UTC),
        "author": "SirLouie",
    },
    {
        "link": "http://bitterkittens.com/discussion/843/bk-dog-tails",
        "title": "BK dog tails!",
        "published": datetime(2015, 5, 12, 13, 44, 8, tzinfo=UTC),
        "author": "largishbearishAtlish",
    },
    {
        "link": "http://bitterkittens.com/discussion/902/stupid-injury-stories",
        "title": "Stupid Injury Stories",
        "published": datetime(2015, 5, 18, 1, 33, 25, tzinfo=UTC),
        "author": "Karen_B",
    },
    {
        "link": "http://bitterkittens.com/discussion/948/bad-childhood-activities",
        "title": "Bad Childhood Activities",
        "published": datetime(2015, 5, 20, 15, 50, 50, tzinfo=UTC),
        "author": "nolakent",
    },
    {
        "link": "http://bitterkittens.com/discussion/868/kittentariat-open-chat-11-the-lounge-is-open",
        "title": "Kittentariat Open Chat 11 - the lounge is open",
        "published": datetime(2015, 5, 15, 7, 54, 10, tzinfo=UTC),
        "author": "foodycatAlicia",
    },
    {
        "link": "http://bitterkittens.com/discussion/867/drag-con-in-la-this-weekend",
        "title": "Drag Con in LA this weekend",
        "published": datetime(2015, 5, 15, 5, 29, 28, tzinfo=UTC),
        "author": "pan",
    },
    {
        "link": "http://bitterkittens.com/discussion/872/do-you-wash-newly-purchased-clothes-before-wearing-them-from-the-5-14-podcast",
        "title": "Do you wash newly purchased clothes before wearing them? (from the 5/14 podcast)",
        "published": datetime(2015, 5, 15, 15, 47, 5, tzinfo=UTC),
        "author": "AwwwTrouble",
    },
    {
        "link": "http://bitterkittens.com/discussion/914/night-terrors-sleep-disorder",
        "title": "Night Terrors Sleep Disorder",
        "published": datetime(2015, 5, 18, 17, 45, 32, tzinfo=UTC),
        "author": "Gemfemme",
    },
    {
        "link": "http://bitterkittens.com/discussion/209/philly-nj-nyc-bks-meet-up-in-central-jersey",
        "title": "Philly/NJ/NYC BKs Meet-up in Central Jersey",
        "published": datetime(2015, 2, 17, 18, 20, 57, tzinfo=UTC),
        "author": "Scimommy",
    },
    {
        "link": "http://bitterkittens.com/discussion/913/mad-man-finale-what-did-we-learn",
        "title": "Mad Man Finale: What did we Learn?",
        "published": datetime(2015, 5, 18, 17, 3, 31, tzinfo=UTC),
        "author": "thirteen1031",
    },
    {
        "link": "http://bitterkittens.com/discussion/777/the-new-princess",
        "title": "the new princess",
        "published": datetime(2015, 5, 4, 22, 31, 54, tzinfo=UTC),
        "author": "bitchybitchybitchy",
    },
    {
        "link": "http://bitterkittens.com/discussion/800/favorite-supermodel",
        "title": "Favorite Supermodel?",
        "published": datetime(2015, 5, 7, 17, 27, 28, tzinfo=UTC),
        "author": "merciblahblah",
    },
    {
        "link": "http://bitterkittens.com/discussion/869/i-get-by-with-a-little-help-from-my-friends",
        "title": "I Get By With A Little Help From My Friends",
        "published": datetime(2015, 5, 15, 8, 4, 6, tzinfo=UTC),
        "author": "Qitkat",
    },
    {
        "link": "http://bitterkittens.com/discussion/841/in-need-of-gift-suggestions",
        "title": "In need of gift suggestions",
        "published": datetime(2015, 5, 12, 11, 55, 22, tzinfo=UTC),
        "author": "JeanneM",
    },
    {
        "link": "http://bitterkittens.com/discussion/817/oddest-interview-question",
        "title": "Oddest Interview Question?",
        "published": datetime(2015, 5, 8, 23, 5, 15, tzinfo=UTC),
        "author": "largishbearishAtlish",
    },
    {
        "link": "http://bitterkittens.com/discussion/849/photo-help-please",
        "title": "Photo help, please!",
        "published": datetime(2015, 5, 13, 17, 1, 7, tzinfo=UTC),
        "author": "nolakent",
    },
    {
        "link": "http://bitterkittens.com/discussion/787/this-is-my-home-i-just-know-it-but-it-sure-is-full-of-people",
        "title": "This is my home, I just know it, but it sure is full of people",
        "published": datetime(2015, 5, 6, 4, 12, 53, tzinfo=UTC),
        "author": "Tea",
    },
    {
        "link": "http://bitterkittens.com/discussion/809/kittentariat-open-chat-10",
        "title": "Kittentariat Open Chat 10",
        "published": datetime(2015, 5, 8, 13, 47, 30, tzinfo=UTC),
        "author": "foodycatAlicia",
    },
    {
        "link": "http://bitterkittens.com/discussion/810/falling-in-love-again",
        "title": "Falling in love...again?",
        "published": datetime(2015, 5, 8, 14, 20, 15, tzinfo=UTC),
        "author": "HomeOfficeGirl",
    },
    {
        "link": "http://bitterkittens.com/discussion/780/the-invisible-one",
        "title": "the 'invisible' one?",
        "published": datetime(2015, 5, 5, 14, 5, 49, tzinfo=UTC),
        "author": "largishbearishAtlish",
    },
    {
        "link": "http://bitterkittens.com/discussion/797/mother-s-day-share-your-innovative-gift-ideas",
        "title": "Mother's Day — Share your INNOVATIVE GIFT IDEAS!",
        "published": datetime(2015, 5, 7, 15, 28, 33, tzinfo=UTC),
        "author": "Qitkat",
    },
    {
        "link": "http://bitterkittens.com/discussion/600/dealing-with-hoarding-parent-any-advice",
        "title": "Dealing with Hoarding Parent. Any advice?",
        "published": datetime(2015, 4, 5, 17, 8, 52, tzinfo=UTC),
        "author": "FruitPunch",
    },
    {
        "link": "http://bitterkittens.com/discussion/733/how-did-you-become-a-bk",
        "title": "How did you become a BK?",
        "published": datetime(2015, 4, 28, 20, 48, 52, tzinfo=UTC),
        "author": "firebirdsinger",
    },
    {
        "link": "http://bitterkittens.com/discussion/726/cats-in-my-belfry-cat-stalking",
        "title": "Cats In My Belfry-Cat Stalking",
        "published": datetime(2015, 4, 26, 14, 19, 33, tzinfo=UTC),
        "author": "Gemfemme",
    },
    {
        "link": "http://bitterkittens.com/discussion/758/cards-for-a-friend-please-mail",
        "title": "Cards for a friend....please mail!",
        "published": datetime(2015, 5, 2, 2, 18, 4, tzinfo=UTC),
        "author": "largishbearishAtlish",
    },
    {
        "link": "http://bitterkittens.com/discussion/784/favorite-podcasts",
        "title": "Favorite Podcasts?",
        "published": datetime(2015, 5, 5, 19, 21, 17, tzinfo=UTC),
        "author": "HellsBellsTrudy",
    },
    {
        "link": "http://bitterkittens.com/discussion/681/prom",
        "title": "Prom!",
        "published": datetime(2015, 4, 20, 0, 59, 53, tzinfo=UTC),
        "author": "Mopsitis",
    },
    {
        "link": "http://bitterkittens.com/discussion/774/i-have-to-make-a-graduation-movie",
        "title": "I have to make a graduation movie",
        "published": datetime(2015, 5, 4, 19, 28, 28, tzinfo=UTC),
        "author": "OffToSeeHim",
    },
    {
        "link": "http://bitterkittens.com/discussion/753/kittentariat-open-chat-9-mayday-mayday",
        "title": "Kittentariat Open Chat 9: Mayday! Mayday!",
        "published": datetime(2015, 5, 1, 16, 3, 27, tzinfo=UTC),
        "author": "GinnyThePainter",
    },
]
