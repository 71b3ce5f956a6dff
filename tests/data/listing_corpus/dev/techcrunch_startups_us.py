"""Real page: TechCrunch's "Startups" section front (techcrunch.com/startups/, 14 July 2018,
20:48 UTC), the body of a response recorded by charlieegan3/serializer for its scraper's tests.
English (en-US). One river (<div class="river river--archive">) of twenty <div
class=post-block>s: an <h2 class=post-block__title> headline link, a byline line (<time
class=river-byline__time datetime="2018-07-14T11:00:24+00:00"> showing "Jul 14, 2018" and the
author's name in a link to the author's page), an excerpt and a picture linking to the story.
Entries: the twenty stories, in page order. Dates: the day shown; the `datetime` attributes say
+00:00 and the days shown are their days in UTC, hence the timezone. Authors: the name in the
byline (every card has one). Not entries: the header's section menus, the sign-up and event
boxes, the footer.
"""

from datetime import UTC, date, datetime

url = "https://techcrunch.com/startups/"
timezone = "UTC"
now = datetime(2018, 7, 14, 20, 48, tzinfo=UTC)

entries = [
    {
        "link": "https://techcrunch.com/2018/07/14/furniture-startups-skip-the-showroom-and-go-straight-to-your-door/",
        "title": "Furniture startups skip the showroom and go straight to your door",
        "published": date(2018, 7, 14),
        "author": "Holden Page",
    },
    {
        "link": "https://techcrunch.com/2018/07/13/chowly-is-raising-5-8-million-to-help-restaurants-manage-on-demand-delivery-orders/",
        "title": "Chowly is raising $5.8 million to help restaurants manage on-demand delivery orders",
        "published": date(2018, 7, 13),
        "author": "Megan Rose Dickey",
    },
    {
        "link": "https://techcrunch.com/2018/07/13/chad-rigetti-to-talk-quantum-computing-at-disrupt-sf/",
        "title": "Chad Rigetti to talk quantum computing at Disrupt SF",
        "published": date(2018, 7, 13),
        "author": "Jordan Crook",
    },
    {
        "link": "https://techcrunch.com/2018/07/13/emptor-looks-to-help-companies-more-easily-find-contractors-in-the-area/",
        "title": "Emptor looks to help companies more easily find contractors in the area",
        "published": date(2018, 7, 13),
        "author": "Matthew Lynley",
    },
    {
        "link": "https://techcrunch.com/2018/07/13/instacart-taps-postmates-to-help-with-deliveries-in-sf-during-peak-demand/",
        "title": "Instacart taps Postmates to help with deliveries in SF during peak demand",
        "published": date(2018, 7, 13),
        "author": "Jordan Crook",
    },
    {
        "link": "https://techcrunch.com/2018/07/13/guru-announces-new-ai-and-sync-features-for-knowledge-sharing-platform/",
        "title": "Guru announces new AI and Sync features for knowledge sharing platform",
        "published": date(2018, 7, 13),
        "author": "Sarah Wells",
    },
    {
        "link": "https://techcrunch.com/2018/07/13/headout-lands-10m-series-a-to-help-tourists-book-last-minute-outings/",
        "title": "Headout lands $10M Series A to help tourists book last-minute outings",
        "published": date(2018, 7, 13),
        "author": "Catherine Shu",
    },
    {
        "link": "https://techcrunch.com/2018/07/12/octi-seed-funding/",
        "title": "Octi raises $7.5M to create augmented reality that understands human movement",
        "published": date(2018, 7, 12),
        "author": "Anthony Ha",
    },
    {
        "link": "https://techcrunch.com/2018/07/12/robinhood-ceo-baiju-bhatt-to-talk-fintech-at-disrupt-sf/",
        "title": "Robinhood CEO Baiju Bhatt to talk fintech at Disrupt SF",
        "published": date(2018, 7, 12),
        "author": "Jordan Crook",
    },
    {
        "link": "https://techcrunch.com/2018/07/12/ransomware-technique-uses-your-real-passwords-to-trick-you/",
        "title": "Ransomware technique uses your real passwords to trick you",
        "published": date(2018, 7, 12),
        "author": "John Biggs",
    },
    {
        "link": "https://techcrunch.com/2018/07/12/as-product-development-incorporates-more-feedback-development-toolkit-productboard-raises-8m/",
        "title": "As product development incorporates more feedback, development toolkit productboard raises $8M",
        "published": date(2018, 7, 12),
        "author": "Jonathan Shieber",
    },
    {
        "link": "https://techcrunch.com/2018/07/12/japanese-startup-paidy-raises-55m-series-c-to-let-people-shop-online-without-a-credit-card/",
        "title": "Japanese startup Paidy raises $55M Series C to let people shop online without a credit card",
        "published": date(2018, 7, 12),
        "author": "Catherine Shu",
    },
    {
        "link": "https://techcrunch.com/2018/07/12/spring-health-raises-6m-to-help-employees-get-access-to-personalized-mental-health-treatment/",
        "title": "Spring Health raises $6M to help employees get access to personalized mental health treatment",
        "published": date(2018, 7, 12),
        "author": "Matthew Lynley",
    },
    {
        "link": "https://techcrunch.com/2018/07/12/intelligent-recruiting-platform-greenhouse-picks-up-another-50m/",
        "title": "Intelligent recruiting platform Greenhouse picks up another $50M",
        "published": date(2018, 7, 12),
        "author": "Matthew Lynley",
    },
    {
        "link": "https://techcrunch.com/2018/07/12/meero-raises-45-million-for-its-on-demand-photography-service/",
        "title": "Meero raises $45 million for its on-demand photography service",
        "published": date(2018, 7, 12),
        "author": "Romain Dillet",
    },
    {
        "link": "https://techcrunch.com/2018/07/12/pointy-series-b/",
        "title": "Pointy raises $12M Series B to help bricks and mortar retailers fight Amazon",
        "published": date(2018, 7, 12),
        "author": "Steve O'Hear",
    },
    {
        "link": "https://techcrunch.com/2018/07/11/medical-care-scheduling-startup-doctolib-acquires-mondocteur/",
        "title": "Medical care scheduling startup Doctolib acquires MonDocteur",
        "published": date(2018, 7, 11),
        "author": "Romain Dillet",
    },
    {
        "link": "https://techcrunch.com/2018/07/11/nurx-raises-36-million-and-adds-chelsea-clinton-to-its-board-of-directors/",
        "title": "Nurx raises $36 million and adds Chelsea Clinton to its board of directors",
        "published": date(2018, 7, 11),
        "author": "Sarah Wells",
    },
    {
        "link": "https://techcrunch.com/2018/07/11/casper-dreamery/",
        "title": "Casper opens a storefront for $25 naps",
        "published": date(2018, 7, 11),
        "author": "Anthony Ha",
    },
    {
        "link": "https://techcrunch.com/2018/07/11/dirt-protocol/",
        "title": "Dirt Protocol raises $3M for a decentralized, blockchain-based approach to information vetting",
        "published": date(2018, 7, 11),
        "author": "Anthony Ha",
    },
]
