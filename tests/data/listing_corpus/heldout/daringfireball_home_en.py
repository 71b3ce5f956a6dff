"""Real page: the home page of Daring Fireball (John Gruber) as of March 2016, saved by
Ranchero-Software/NetNewsWire for its parser tests. Linked-list items (<dl class=linkedlist>:
a <dt> whose first link goes to the other site, then a "★" permalink; the <dd> is the commentary)
under day headings (<h2 class=dateline>Friday,  4 March 2016</h2>), and full articles (<div
class=article>: an <h1> permalink and <h6 class=dateline>). A linked item's link is its
permalink; the other site's address is accepted too (``also``). The items before the first day
heading have no date on the page: their dates are not scored. No bylines.
"""

from datetime import UTC, date, datetime

url = "http://daringfireball.net/"
timezone = "America/New_York"
now = datetime(2016, 3, 6, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://daringfireball.net/linked/2016/03/05/dormant-cyber-",
        "also": [
            "http://arstechnica.com/tech-policy/2016/03/san-bernardino-da-says-seized-iphone-may-hold-dormant-cyber-pathogen/"
        ],
        "title": "San Bernardino DA Says Seized iPhone May Hold ‘Dormant Cyber Pathogen’",
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/03/04/igloo",
        "also": [
            "https://www.igloosoftware.com/campaigns/hello?utm_source=daring+fireball&utm_medium=referral&utm_campaign=blog"
        ],
        "title": "Igloo, a Modern Intranet",
        "published": date(2016, 3, 4),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/03/03/salihin-kondoker",
        "also": ["https://www.apple.com/pr/pdf/Letter_from_Salihin_Kondoker.pdf"],
        "title": "Apple Hosts Public Letter From San Bernardino Victim to Judge Sheri Pym (PDF)",
        "published": date(2016, 3, 3),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/03/03/box-apple-fbi",
        "also": ["https://www.box.com/blog/chief-information-security-officers-perspective-apple-fbi/"],
        "title": "Box Chief Information Security Officer’s Perspective on Apple and the FBI",
        "published": date(2016, 3, 3),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/03/03/applesupport-twitter",
        "also": ["https://twitter.com/applesupport/status/705377245578199040"],
        "title": "@AppleSupport",
        "published": date(2016, 3, 3),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/03/03/full-frontal-samantha-bee",
        "also": ["http://samanthabee.com/"],
        "title": "Full Frontal With Samantha Bee",
        "published": date(2016, 3, 3),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/03/02/the-talk-show-148",
        "also": ["http://daringfireball.net/thetalkshow/2016/03/02/ep-148"],
        "title": "The Talk Show: ‘Occupy Portland’",
        "published": date(2016, 3, 2),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/03/02/fiat",
        "also": ["http://www.reuters.com/article/us-autoshow-geneva-fiatchrysler-apple-idUSKCN0W41QI"],
        "title": "Fiat Chrysler CEO: Apple Should Not Try Making a Car on Its Own",
        "published": date(2016, 3, 2),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/03/02/sparks-apple-notes",
        "also": ["http://macsparky.com/blog/2016/2/7al32geo05j88gmyrkrku0e04yncvm"],
        "title": "David Sparks on Apple Notes",
        "published": date(2016, 3, 2),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/03/02/the-millennium-falcon",
        "also": ["http://kitbashed.com/blog/a-complete-history-of-the-millennium-falcon"],
        "title": "A Complete History of the Millennium Falcon",
        "published": date(2016, 3, 2),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/03/02/schmidt-dod",
        "also": ["http://www.reuters.com/article/us-usa-military-innovation-idUSKCN0W421V"],
        "title": "Former Google CEO Schmidt to Head New Pentagon Innovation Board",
        "published": date(2016, 3, 2),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/03/02/tim-urban-ted",
        "also": ["http://waitbutwhy.com/2016/03/doing-a-ted-talk-the-full-story.html"],
        "title": "A Procastinator on Doing a TED Talk About Procrastination",
        "published": date(2016, 3, 2),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/03/02/warrant-proof-places",
        "also": ["http://www.ft.com/intl/cms/s/0%2F994168ce-df3b-11e5-b072-006d8d362ba3.html"],
        "title": "‘Warrant-Proof Places’",
        "published": date(2016, 3, 2),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/03/02/apple-fbi-encryption-hearing",
        "also": [
            "http://motherboard.vice.com/read/the-apple-fbi-encryption-hearing-judiciary-committee-fbi-director-james-comey"
        ],
        "title": "Motherboard: ‘The Apple-FBI Encryption Hearing Was Unexpectedly Hostile to the FBI Director’",
        "published": date(2016, 3, 2),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/03/02/february-was-warm",
        "also": [
            "http://www.slate.com/blogs/future_tense/2016/03/01/february_2016_s_shocking_global_warming_temperature_record.html"
        ],
        "title": "February 2016 Was Very Warm",
        "published": date(2016, 3, 2),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/03/01/killingsworth-awl",
        "also": ["http://www.theawl.com/2016/03/new-awl"],
        "title": "Silvia Killingsworth Takes Over The Awl",
        "published": date(2016, 3, 1),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/03/01/arthur-rat-trap",
        "also": [
            "https://theoverspill.wordpress.com/2016/02/24/q4-2015-apple-android-pricing-rattrap-smartphone-profit/"
        ],
        "title": "The Q4 2015 Smartphone Scorecard: Apple Gazes Down at the Rat Trap",
        "published": date(2016, 3, 1),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/03/01/ballmer-dunks",
        "also": ["http://deadspin.com/steve-ballmer-trampoline-dunk-steve-ballmer-trampoline-1762094227"],
        "title": "Steve Ballmer Dunks During Clippers Halftime Show",
        "published": date(2016, 3, 1),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/02/29/intercept",
        "also": [
            "https://theintercept.com/2016/02/29/apple-wins-major-court-victory-in-its-battle-against-fbi-in-a-case-similar-to-san-bernardino/"
        ],
        "title": "Apple Wins Major Court Victory Against FBI in a Case Similar to San Bernardino",
        "published": date(2016, 2, 29),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/02/29/unlikely",
        "also": [
            "http://www.buzzfeed.com/hamzashaban/san-bernardino-survivors-husband-to-judge-terrorist-iphone-u?utm_term=.amN693e0P"
        ],
        "title": "San Bernardino Survivor’s Husband to Judge: Terrorist iPhone ‘Unlikely’ to Hold Valuable Information",
        "published": date(2016, 2, 29),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/02/29/wilson-twitter",
        "also": ["http://avc.com/2016/02/the-twitter-contradiction/"],
        "title": "Fred Wilson: ‘The Twitter Contradiction’",
        "published": date(2016, 2, 29),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/02/29/from-the-big-leagues",
        "also": ["https://500ish.com/getting-called-up-from-the-big-leagues-b35e9273d886#.hinig5io5"],
        "title": "Getting Called Up From the Big Leagues",
        "published": date(2016, 2, 29),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/02/29/washington-post-apple-support",
        "also": [
            "https://www.washingtonpost.com/world/national-security/google-facebook-and-other-powerful-tech-firms-filing-briefs-to-support-apple/2016/02/28/beb05460-de48-11e5-846c-10191d1fc4ec_story.html"
        ],
        "title": "The Washington Post on Industry Support for Apple in Encryption Fight",
        "published": date(2016, 2, 29),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/02/29/wiskus-apple-music-connect",
        "also": ["http://betterelevation.com/connection-failed/"],
        "title": "The State of Apple Music Connect",
        "published": date(2016, 2, 29),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/02/29/sewell-statement",
        "also": [
            "http://www.theverge.com/2016/2/29/11133266/apple-fbi-judiciary-committee-encryption-statement"
        ],
        "title": "Apple’s Statement to Congress on the FBI Warrant Fight",
        "published": date(2016, 2, 29),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/02/29/useful-information",
        "also": [
            "http://www.macobserver.com/tmo/article/san-bernardino-pd-iphone-probably-doesnt-have-useful-data"
        ],
        "title": "It Doesn’t Matter Whether the San Bernardino iPhone Contains Useful Information",
        "published": date(2016, 2, 29),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/02/29/recode-frommer",
        "also": ["http://recode.net/2016/02/29/meet-the-new-boss-dan-frommer-is-recodes-editor-in-chief/"],
        "title": "Dan Frommer Named Editor in Chief at Recode",
        "published": date(2016, 2, 29),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/02/27/swisher-apple-event",
        "also": [
            "http://recode.net/2016/02/27/remark-your-calendars-apples-product-event-will-week-of-march-21/"
        ],
        "title": "Apple Product Event: Monday March 21",
        "published": date(2016, 2, 27),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/02/26/manuscripts-and-findings",
        "also": ["http://nucleobytes.com/df.html"],
        "title": "Manuscripts and Findings",
        "published": date(2016, 2, 26),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/02/26/trump-libel",
        "also": ["http://www.politico.com/blogs/on-media/2016/02/donald-trump-libel-laws-219866"],
        "title": "Donald Trump Vows to ‘Open Up’ Libel Laws",
        "published": date(2016, 2, 26),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/02/26/android-encryption",
        "also": ["http://money.cnn.com/2016/02/25/technology/android-apple-police-encryption/index.html"],
        "title": "Most Android Phones Are Not Encrypted",
        "published": date(2016, 2, 26),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/02/26/9to5mac-se",
        "also": ["http://9to5mac.com/2016/02/26/apple-iphone-se-4-inch-2016/"],
        "title": "9to5Mac: ‘Apple Likely to Drop the “5”, Call New 4-Inch Model the “iPhone SE”’",
        "published": date(2016, 2, 26),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/02/26/gogo-email-security",
        "also": ["http://blog.erratasec.com/2016/02/early-internet-services-considered.html#.VtCA1eS6FaQ"],
        "title": "Gogo Wi-Fi and Email Security",
        "published": date(2016, 2, 26),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/02/25/tech-companies-support-apple",
        "also": ["http://www.wsj.com/articles/google-facebook-to-support-apple-in-court-1456434617"],
        "title": "Google, Facebook, Twitter, and Microsoft Plan to Support Apple",
        "published": date(2016, 2, 25),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/02/25/apple-fbi-motion",
        "also": [
            "https://www.documentcloud.org/documents/2722199-5-15-MJ-00451-SP-USA-v-Black-Lexus-IS300.html"
        ],
        "title": "Apple’s Motion to Vacate FBI Order",
        "published": date(2016, 2, 25),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/02/25/bass-microsoft",
        "also": [
            "http://www.bloomberg.com/news/articles/2016-02-25/microsoft-says-it-will-file-an-amicus-brief-to-support-apple"
        ],
        "title": "Microsoft Will File Amicus Brief Supporting Apple",
        "published": date(2016, 2, 25),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/02/25/bradshaw-icloud-encryption",
        "also": ["http://www.ft.com/intl/cms/s/0%2Fcd295840-db6c-11e5-98fd-06d75973fe09.html"],
        "title": "Apple to Tighten iCloud Backup Encryption",
        "published": date(2016, 2, 25),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/02/25/davidson-all-writs-act",
        "also": [
            "http://www.newyorker.com/news/amy-davidson/a-dangerous-all-writ-precedent-in-the-apple-case"
        ],
        "title": "The Dangerous All Writs Act Precedent in the Apple Encryption Case",
        "published": date(2016, 2, 25),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/02/25/twitter-missing-manual",
        "also": ["https://eev.ee/blog/2016/02/20/twitters-missing-manual/"],
        "title": "Twitter’s Missing Manual",
        "published": date(2016, 2, 25),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/linked/2016/02/25/foxconn-sharp",
        "also": ["http://www.bbc.com/news/business-35657077"],
        "title": "Sharp Accepts Foxconn Takeover Bid",
        "published": date(2016, 2, 25),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/2016/02/san_bernardino_password_reset",
        "title": "On the San Bernardino Suspect’s Apple ID Password Reset",
        "published": date(2016, 2, 21),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/2016/02/apples_app_problem",
        "title": "Apple’s App Problem",
        "published": date(2016, 2, 3),
        "author": None,
    },
    {
        "link": "http://daringfireball.net/2016/01/why_apple_assembles_in_china",
        "title": "Why Apple Assembles in China",
        "published": date(2016, 1, 20),
        "author": None,
    },
]
