"""Real page: WIRED's home page (wired.com, 24 February 2024), saved by
AndyTheFactory/newspaper4k for its tests. en-US. Sections of summary cards (a picture link, a
rubric "War and Peace" or "Buying Guide" beside the headline link, whose <h2>/<h3> is the
headline, a dek, a byline <p> "Simon Hill and Scott Gilbertson"): "Today's Picks" (eight),
"Longreads" (five), a section grid (Business, Culture, Gear, Politics, Science, Security: each a
section link, a lead headline and two more), "Reviews and Buying Guides" (five), "WIRED
Classics" (five) and "Videos" (ten). Entries: every card's article or video, in page order, titled
by its heading; the author as the byline shows it (a byline naming a publication after a comma,
"Eric Berger, Ars Technica", is left unscored). An article shown twice counts once. The section grid links its articles without the
trailing slash that the page's JSON-LD ItemList gives the same addresses: both count. Not entries:
"Trending Stories" (top stories of the last 48 hours), the rubric and section links, the newsletter
form, menus and footer. No card shows a date.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://www.wired.com/"
timezone = "America/New_York"
now = datetime(2024, 2, 24, 18, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.wired.com/story/russia-invaded-ukraine-choice-propaganda-death/",
        "title": "Give Me Propaganda or Give Me Death",
        "published": None,
        "author": "Vadim Smyslov",
    },
    {
        "link": "https://www.wired.com/story/joe-biden-tiktok-campaign-comments/",
        "title": "Joe Biden Joined TikTok Because He Had To",
        "published": None,
        "author": "Makena Kelly",
    },
    {
        "link": "https://www.wired.com/story/solar-eclipse-2024-simulator-to-help-you-find-the-best-spot/",
        "title": "What's the Best Place to Watch the Solar Eclipse? This Simulator Can Help You Plan",
        "published": None,
        "author": "Elissaveta M. Brandon",
    },
    {
        "link": "https://www.wired.com/story/weekend-deals-feb-24-2024/",
        "title": "8 Sweet Deals on Streaming Devices, Smart TVs, and Projectors",
        "published": None,
        "author": "Nena Farrell",
    },
    {
        "link": "https://www.wired.com/review/xiaomi-redmi-note-13-pro-plus/",
        "title": "Xiaomi’s Ravishing Redmi Is a Midrange Contender",
        "published": None,
        "author": "Simon Hill",
    },
    {
        "link": "https://www.wired.com/story/odysseus-moon-landing-lunar-nasa-intuitive-machines/",
        "title": "Odysseus Marks the First US Moon Landing in More Than 50 Years",
        "published": None,
    },
    {
        "link": "https://www.wired.com/story/presidents-day-mattress-deals-2024/",
        "title": "19 Great Mattress and Bedsheet Deals to Get Your Slumber On",
        "published": None,
        "author": "Medea Giordano and Louryn Strampe",
    },
    {
        "link": "https://www.wired.com/story/reddit-power-users-ipo/",
        "title": "Reddit Is Letting Power Users In on Its IPO. Not Everyone’s Buying",
        "published": None,
        "author": "Robert Peck and Paresh Dave",
    },
    {
        "link": "https://www.wired.com/story/nvidia-hardware-is-eating-the-world-jensen-huang/",
        "title": "Nvidia Hardware Is Eating the World",
        "published": None,
        "author": "Lauren Goode",
    },
    {
        "link": "https://www.wired.com/story/kara-swisher-burn-book/",
        "title": "Kara Swisher Is Sick of Tech People, So She Wrote a Book About Them",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/story/shipping-industry-marina-hadjipateras/",
        "title": "The World’s Most Important Industry Has a New Captain—and She’s Piloting It Into the 21st Century",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/story/the-one-internet-hack-that-could-save-everything-section-230/",
        "title": "The One Internet Hack That Could Save Everything",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/story/2054-part-vi-standoff-at-arlington/",
        "title": "2054, Part VI: Standoff at Arlington",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/story/craig-wright-trial-bitcoin-royalty-testimony",
        "title": "Bitcoin Royalty Descends on the Satoshi Nakamoto Trial",
        "published": None,
        "author": None,
        "also": ("https://www.wired.com/story/craig-wright-trial-bitcoin-royalty-testimony/",),
    },
    {
        "link": "https://www.wired.com/story/plaintext-my-quest-to-fix-a-crashing-app",
        "title": "My Quest to Fix a Crashing Roku App Provides a Warning About AI",
        "published": None,
        "author": None,
        "also": ("https://www.wired.com/story/plaintext-my-quest-to-fix-a-crashing-app/",),
    },
    {
        "link": "https://www.wired.com/story/google-search-eu-yelp-unfair",
        "title": "Google Tweaked Search to Comply With EU Rules. Yelp Says It Makes Results Even More Unfair",
        "published": None,
        "author": None,
        "also": ("https://www.wired.com/story/google-search-eu-yelp-unfair/",),
    },
    {
        "link": "https://www.wired.com/story/best-shows-amazon-prime",
        "title": "The 31 Best Shows on Amazon Prime Right Now",
        "published": None,
        "author": None,
        "also": ("https://www.wired.com/story/best-shows-amazon-prime/",),
    },
    {
        "link": "https://www.wired.com/story/best-amazon-prime-movies",
        "title": "The 16 Best Movies on Amazon Prime Right Now",
        "published": None,
        "author": None,
        "also": ("https://www.wired.com/story/best-amazon-prime-movies/",),
    },
    {
        "link": "https://www.wired.com/2024/02/geeks-guide-deliver-us",
        "title": "Drone Delivery Sparks Chaos in Hilarious Sci-Fi Novel Deliver Us",
        "published": None,
        "author": None,
        "also": ("https://www.wired.com/2024/02/geeks-guide-deliver-us/",),
    },
    {
        "link": "https://www.wired.com/story/8-sweet-deals-on-streaming-devices-smart-tvs-and-projectors-nl",
        "title": "8 Sweet Deals on Streaming Devices, Smart TVs, and Projectors",
        "published": None,
        "author": None,
        "also": (
            "https://www.wired.com/story/8-sweet-deals-on-streaming-devices-smart-tvs-and-projectors-nl/",
        ),
    },
    {
        "link": "https://www.wired.com/gallery/best-wireless-chargers",
        "title": "The Best Wireless Chargers to Refuel Your Phone (or Watch)",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/story/how-to-use-nearby-share-android",
        "title": "How to Use Android’s Quick Share to Send Photos and Files",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/story/google-gemini-woke-ai-image-generation",
        "title": "Google’s ‘Woke’ Image Generator Shows the Limitations of AI",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/story/hpsci-russia-urgent-threat-leak",
        "title": "Leak Reveals the Unusual Path of ‘Urgent’ Russian Threat Warning",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/story/gab-ai-chatbot-racist-holocaust",
        "title": "Gab’s Racist AI Chatbots Have Been Instructed to Deny the Holocaust",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/story/is-this-50-year-battery-for-real",
        "title": "Is This New 50-Year Battery for Real?",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/story/what-would-happen-if-every-american-got-a-heat-pump",
        "title": "What Would Happen if Every American Got a Heat Pump",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/story/startup-sugar-fiber-enzyme-zya",
        "title": "A New Startup Wants to Turn the Sugar You Eat Into Fiber",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/story/shotspotter-secret-sensor-locations-leak",
        "title": "Here Are the Secret Locations of ShotSpotter Gunfire Sensors",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/story/apple-pq3-post-quantum-encryption",
        "title": "Apple’s iMessage Is Getting Post-Quantum Encryption",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/story/anne-neuberger-cybersecurity-q-and-a",
        "title": "A Top White House Cyber Official Sees the ‘Promise and Peril’ in AI",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/gallery/best-portable-chargers-power-banks/",
        "title": "The 20 Best Portable Chargers for All of Your Devices",
        "published": None,
        "author": "Simon Hill and Scott Gilbertson",
    },
    {
        "link": "https://www.wired.com/gallery/best-samsung-galaxy-s24-cases-and-accessories/",
        "title": "The Best Samsung Galaxy S24 Cases and Accessories",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/gallery/best-fitness-tracker/",
        "title": "The Best Fitness Trackers and Watches for Everyone",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/review/oppo-find-x7-ultra/",
        "title": "Oppo’s Flagship Phone Has a Killer Camera",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/gallery/best-mirrorless-cameras/",
        "title": "The Best Mirrorless Cameras to Level Up Your Photos",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/story/hollywood-bets-on-a-future-of-quick-clips-and-tiny-screens/",
        "title": "Hollywood Bets On a Future of Quick Clips and Tiny Screens",
        "published": None,
        "author": "Adam Rogers",
    },
    {
        "link": "https://www.wired.com/story/nameless-hiker-mostly-harmless-internet-mystery/",
        "title": "A Nameless Hiker and the Case the Internet Can’t Crack",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/2014/08/i-liked-everything-i-saw-on-facebook-for-two-days-heres-what-it-did-to-me/",
        "title": "I Liked Everything I Saw on Facebook for Two Days. Here’s What It Did to Me",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/story/swatting-deadly-online-gaming-prank/",
        "title": "It Started as an Online Gaming Prank. Then It Turned Deadly",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/2015/05/sneakers/",
        "title": "The Sneakerheads Racing to Save Their Kicks From Decay",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/video/watch/wi-autocomplete-margaret-qualley",
        "title": "Margaret Qualley Answers the Web's Most Searched Questions",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/video/watch/tech-support-wi-tech-support-skin-support-pt-2",
        "title": "Dermatologist Answers More Skin Questions From Twitter | Tech Support",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/video/watch/tech-support-wi-tech-support-automotive-engineering-support",
        "title": "Mechanical Engineer Answers Car Questions From Twitter",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/video/watch/wi-ai-vs-bartender",
        "title": "AI Mixologist vs. Human Bartender",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/video/watch/obsessed-wi-obsessed-backwards-runner-aaron-yoder",
        "title": "This Guy Runs the World's Fastest Backward Mile",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/video/watch/introducing-kias-new-flagship-suv",
        "title": "Meet the Kia EV9 Electric SUV",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/video/watch/wi-tech-support-instrument-support",
        "title": "Jacob Collier Answers Instrument & Music Theory Questions From Twitter | Tech Support",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/video/watch/google-autocomplete-inverviews-wi-autocomplete-josh-hutcherson",
        "title": "Josh Hutcherson Answers the Web's Most Searched Questions",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/video/watch/google-autocomplete-inverviews-wi-autocomplete-lakeith-stanfield",
        "title": "LaKeith Stanfield Answers the Web's Most Searched Questions",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.wired.com/video/watch/tech-support-wi-tech-support-gem-support",
        "title": "Mineralogist Answers Gemstone Questions From Twitter | Tech Support",
        "published": None,
        "author": None,
    },
]
