"""Real page: TIME's front page (time.com, 5 May 2024, after 9:46 AM in New York), anonymized
by html2rss/html2rss for its tests (the name and host replaced by "PAGE"). English. Inside
<main>, one <section class="homepage-section-v2 …"> after another: the lede (a feature and three
secondary <article class=slide>s, each a headline link, "17 MIN READ", a <time> "May 3, 2024 •
8:00 AM EDT" and a summary) beside a "Most Read" box; "You Should Know" (a carousel <ul> of
<li class=tout__list-item>, each one link around the picture, a tag, an <h3 class=headline> and
a byline, some with a place: "Sean Gregory / Dallas"); "Editor's Picks" (the same carousel, no
bylines); "Video" (a player and its playlist, no links to stories); "Featured Voices" (the
author's name, a link to the author's page, over the headline link) and "Latest Stories" (six
headline links with a <time>); a subscription offer, an audio player, "Explore More" (brand
cards to other sites), a newsletter sign-up, then seven topic sections (Climate, Politics,
Health, Entertainment, Personal Finance, Future of Work, Shopping), each a header link over the
same carousel of four or five teasers. Each carousel teaser's <div
class=tout__list-item-block-image> in "You Should Know" is left unclosed in the markup: a
browser closes it at the </li>, lxml's parser does not and nests every later teaser and section
inside the first teaser's link. Entries: every teaser's headline link in those blocks, once
each, in page order (55; two of "Latest Stories" repeat the lede's and count where first
shown). Titles: the headline without its tag. Dates: only the lede and "Latest Stories" show
them (New York time); the others show none. Authors: the byline where it is a name alone, the
voice's name in "Featured Voices", none shown elsewhere; a byline with a place after a slash is
left out (not scored: whether the place belongs to it is not settled by the page). Not
entries: "Most Read", the video playlist, "Explore More", the subscription and newsletter
links, the topic headers' links to their sections, the authors' pages, the navigation and the
footer.
"""

from datetime import UTC, datetime

url = "https://page.com/"
timezone = "America/New_York"
now = datetime(2024, 5, 5, 14, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://page.com/6972085/brittney-griner-book-coming-home/",
        "title": "Brittney Griner: What I Endured in Russia",
        "published": datetime(2024, 5, 3, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://page.com/6972021/donald-trump-2024-election-interview/",
        "title": "How Far Trump Would Go",
        "published": datetime(2024, 4, 30, 11, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://page.com/6974797/kristi-noem-kim-jong-un-book-controversy/",
        "title": "The Kristi Noem and Kim Jong Un Controversy, Explained",
        "published": datetime(2024, 5, 5, 12, 18, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://page.com/6974836/white-house-car-crash-driver-dies-security-barrier/",
        "title": "Driver Dies After Crashing Into White House Security Barrier",
        "published": datetime(2024, 5, 5, 11, 46, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://page.com/6958813/earth-awards-2024-jane-fonda/",
        "title": "Jane Fonda Champions Climate Action for Every Generation",
        "published": None,
        "author": "Stephanie Zacharek",
    },
    {
        "link": "https://page.com/collection/PAGE100-leadership-series/6970223/coco-gauff-interview-2024/",
        "title": "Coco Gauff Is Playing for Herself Now",
        "published": None,
    },
    {
        "link": "https://page.com/6966732/patrick-mahomes-interview-PAGE100-2024/",
        "title": "Patrick Mahomes Is Rewriting the Playbook",
        "published": None,
    },
    {
        "link": "https://page.com/6967013/exclusive-yulia-navalnaya-speaks/",
        "title": "The Revolution of Yulia Navalnaya",
        "published": None,
    },
    {
        "link": "https://page.com/6965325/dua-lipa-interview-PAGE100-2024/",
        "title": "Dua Lipa Manifested All of This",
        "published": None,
        "author": "Rachel Brodsky",
    },
    {
        "link": "https://page.com/6969781/tiktok-ban-vote-first-amendment/",
        "title": "How TikTok's Ban Battle Could Play Out",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/collection/100-most-influential-people-2024/",
        "title": "The 100 Most Influential People of 2024",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/6966914/parental-regret-children-ro-kwon-essay/",
        "title": "The Parents Who Regret Having Children",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/6970097/mitsotakis-interview-greece-economy/",
        "title": "Meet the Greek Prime Minister Shaking Up His Nation",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/6971459/eddie-glaude-america-history-racism/",
        "title": "The Only Answer to the Country's Troubles",
        "published": None,
        "author": "Eddie S. Glaude Jr.",
    },
    {
        "link": "https://page.com/6971144/campus-protests-professors-essay/",
        "title": "What Professors Owe Our Students Right Now",
        "published": None,
        "author": "Nara Milanich",
    },
    {
        "link": "https://page.com/6970006/meaningful-work-burn-out/",
        "title": "When Meaningful Work Backfires",
        "published": None,
        "author": "Kandi Wiens",
    },
    {
        "link": "https://page.com/6969823/martin-rees-PAGE/",
        "title": "We Still Don't Fully Understand PAGE",
        "published": None,
        "author": "Martin Rees",
    },
    {
        "link": "https://page.com/6974856/israel-hamas-attack-crossing-point-gaza-aid-injuries/",
        "title": "Israel Says Hamas Attacks Crossing Point Into Gaza, Wounding Israelis",
        "published": datetime(2024, 5, 5, 13, 46, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://page.com/6973948/rethinking-queen-elizabeth-legacy/",
        "title": "Queen Elizabeth II Ruled Too Long",
        "published": datetime(2024, 5, 5, 11, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://page.com/6974818/israel-hamas-war-protesters-university-of-michigan-graduation-ceremony/",
        "title": "25 Arrested at University of Virginia as Campus Protests Continue",
        "published": datetime(2024, 5, 4, 19, 31, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://page.com/6974780/kate-middleton-net-worth-estimations/",
        "title": "Here’s What We Know About Kate Middleton's Net Worth",
        "published": datetime(2024, 5, 4, 18, 46, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://page.com/6967535/jane-fonda-climate-politics-earth-award/",
        "title": "Jane Fonda on How People Can Make Politicians Care",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/6960486/robert-bullard-environmental-justice-work-earth-award/",
        "title": "Robert Bullard on the Work Behind a Movement",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/6960301/gabriela-hearst-sustainability-energy-earth-award/",
        "title": "Gabriela Hearst on the Energy the Sustainability Movement Needs",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/6960482/nemonte-nenquimo-collective-responsibility-mother-earth-award/",
        "title": "Nemonte Nenquimo Says We Need to Listen to Mother Earth",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/6960484/john-kerry-earth-award-climate-action/",
        "title": "John Kerry on How to Break Through on the Climate Crisis",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/6968242/judge-juan-merchan-donald-trump-trial/",
        "title": "What Judge Merchan Knows About Trump",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/6965602/arizona-abortion-ban-politics-2024/",
        "title": "Arizona Just Became the Most Important State in 2024 Politics",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/6969563/states-are-racing-to-pass-ai-bills-before-the-2024-election/",
        "title": "States Scramble to Block AI Election Meddling",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/6359181/trump-criminal-trials-colorado-supreme-court/",
        "title": "How Trump's Trials Could Define 2024",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/6960491/donald-trump-stock-truth-social-worth-billions/",
        "title": "How Is Trump's New Firm Worth Billions?",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/6971468/bird-flu-cows-experts/",
        "title": "Why Experts Are Worried About Bird Flu in Cows",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/6968550/plastic-test-bisphenol-phthalates/",
        "title": "I Got Tested for Plastic. You Can Too",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/6970347/bunions-treatment-stigma/",
        "title": "What to Do About Your Bunions",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/6965176/should-i-take-sleep-supplements-melatonin-magnesium/",
        "title": "Should I Take Supplements to Sleep?",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/6964684/pregnancy-age-faster/",
        "title": "Pregnancy Can Make You Age Faster",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/6974368/taylor-swift-best-needle-drops/",
        "title": "The 25 Best Taylor Swift Needle Drops",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/6970052/met-gala-most-outrageous-looks/",
        "title": "The Most Outrageous Met Gala Looks",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/6973939/the-fall-guy-stunts-inspiration/",
        "title": "The Inspiration Behind The Fall Guy",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/6974141/seinfeld-netflix-unfrosted-pop-tarts/",
        "title": "Seinfeld's History of Pop-Tarts Movie",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/6974146/hacks-season-three-review/",
        "title": "'Hacks' Hits Its Stride in Season 3",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/personal-finance/article/best-way-to-invest-100k/",
        "title": "Best Way to Invest $100K",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/personal-finance/article/ways-to-manage-financial-stress/",
        "title": "7 Ways to Manage Financial Stress",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/personal-finance/article/savings-bonds-guide/",
        "title": "How Do Savings Bonds Work? An Essential Guide",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/personal-finance/article/how-to-invest-20k/",
        "title": "10 Ways to Invest $20,000",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/personal-finance/article/best-investments-for-beginners/",
        "title": "9 Best Investments for Beginners",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/charter/6972744/you-probably-have-too-many-meetings-and-not-enough-are-high-quality-heres-what-to-do/",
        "title": "What to do about poor quality meetings",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/charter/6967268/the-charts-leaders-should-see-to-put-the-office-to-better-use/",
        "title": "The Charts Leaders Should See to Put the Office to Better Use",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/charter/6966659/why-workers-should-focus-on-durable-skills-over-perishable-skills/",
        "title": "Why Workers Should Focus on “Durable Skills” Over “Perishable Skills”",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/charter/6963621/charter-work-tech-ai-tools-to-support-working-parents/",
        "title": "Charter Work Tech: AI Tools to Support Working Parents",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/shopping/article/best-ticket-resale-sites/",
        "title": "Best Ticket Resale Sites 2024 to Buy and Sell Concert Ticket",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/shopping/article/best-mattress-for-side-sleepers/",
        "title": "The Best Mattresses for Side Sleepers: Which Is Right for You?",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/shopping/article/best-sleeper-sofas/",
        "title": "The Best Sleeper Sofas: 12 Couches Your Guests Won’t Mind Sleeping On",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/shopping/article/best-places-to-buy-glasses-online/",
        "title": "The Best Places to Buy Glasses Online, Reviewed and Tested",
        "published": None,
        "author": None,
    },
    {
        "link": "https://page.com/shopping/article/best-weekender-bags-for-women/",
        "title": "The Best Weekender Bags for Women",
        "published": None,
        "author": None,
    },
]
