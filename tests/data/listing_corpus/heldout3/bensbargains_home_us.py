"""Real page: the home page of a deals site (Ben's Bargains, bensbargains.net, April 2014),
saved by huginn/huginn for its website agent's tests. Under "Latest Deals", a hundred
<article class=deal>: an <h2 class=deal-title> holding the title link (to the site's
/redirect/ address that forwards to the store) and the store's link ("Samsung Galaxy Note 3
No Contract Smart Phone $250 at" + "AT&T Wireless": the title is the heading's whole text),
the price, a comments link to the deal's own page (/bargain/…: the entry's link; the
redirect counts as the same entry), '<time datetime="2014-04-19 07:22:51" pubdate>4 hours
ago</time> by Ouragos in Phones' (the poster is the author), hotness meter, description,
prices, share links. Dates are not scored: the page shows ages, over `datetime`s without a
zone the page does not name. Not entries: "BEN'S TOP OFFERS", the announcements and "New
from The Checkout" boxes, the right column's categories and top users, the deal-alert and
e-mail forms, menus and footer. `now` is the commit that saved the page.

Page: huginn/huginn @ 845c87487a86ddcf0b083ab1079c8fc6a86d2bf4 : spec/data_fixtures/bensbargains.html (MIT).
"""

from datetime import UTC, datetime

url = "http://bensbargains.net/"
timezone = "America/New_York"
now = datetime(2014, 4, 19, 22, 52, tzinfo=UTC)

entries = [
    {
        "link": "http://bensbargains.net/bargain/samsung-galaxy-note-3-unlocked-gsm-smart-phone-250-at-at-amp-t-121369/",
        "title": "Samsung Galaxy Note 3 No Contract Smart Phone $250 at AT&T Wireless",
        "author": "Ouragos",
        "also": [
            "http://bensbargains.net/redirect/samsung-galaxy-note-3-unlocked-gsm-smart-phone-250-at-at-amp-t-362355/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/bushnell-bear-grylls-solarwrap-35-at-121348/",
        "title": "Bushnell Bear Grylls SolarWrap $35 at Amazon",
        "author": "Ouragos",
        "also": ["http://bensbargains.net/redirect/bushnell-bear-grylls-solarwrap-35-at-362308/"],
    },
    {
        "link": "http://bensbargains.net/bargain/samsung-gear-2-neo-smartwatch-157-at-at-amp-t-wireless-120869/",
        "title": "Samsung Gear 2 Neo Smartwatch $157 at AT&T Wireless",
        "author": "AgentK",
        "also": [
            "http://bensbargains.net/redirect/samsung-gear-2-neo-smartwatch-157-at-at-amp-t-wireless-362246/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/up-to-50-off-select-garage-storage-items-at-home-depot-121368/",
        "title": "Up to 50% off Select Garage Storage Items at Home Depot",
        "author": "AgentK",
        "also": [
            "http://bensbargains.net/redirect/up-to-50-off-select-garage-storage-items-at-home-depot-362353/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/arrow-precision-inferno-fury-crossbow-kit-150-at-121347/",
        "title": "Arrow Precision Inferno Fury Crossbow Kit $150 at Amazon",
        "author": "Ouragos",
        "also": ["http://bensbargains.net/redirect/arrow-precision-inferno-fury-crossbow-kit-150-at-362307/"],
    },
    {
        "link": "http://bensbargains.net/bargain/50-off-in-sale-extra-33-off-free-shipping-at-sunglass-hut-94746/",
        "title": "50% off in Sale + Extra 33% off + Free Shipping at Sunglass Hut",
        "author": "AgentK",
        "also": [
            "http://bensbargains.net/redirect/50-off-in-sale-extra-33-off-free-shipping-at-sunglass-hut-362119/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/stanley-2-in-1-mobile-workshop-23-at-121366/",
        "title": "Stanley 2-in-1 Mobile Workshop $23 at Amazon",
        "author": "AgentK",
        "also": ["http://bensbargains.net/redirect/stanley-2-in-1-mobile-workshop-23-at-362346/"],
    },
    {
        "link": "http://bensbargains.net/bargain/buy-one-get-two-free-clearance-items-at-121344/",
        "title": "Buy One Get Two Free Clearance Items + FS at Saks Fifth Avenue",
        "author": "AgentK",
        "also": ["http://bensbargains.net/redirect/buy-one-get-two-free-clearance-items-at-362279/"],
    },
    {
        "link": "http://bensbargains.net/bargain/select-one-year-subscriptions-2-99-and-up-at-discountmags-94192/",
        "title": "Select One-Year Subscriptions $2.99 and up at DiscountMags",
        "author": "AgentK",
        "also": [
            "http://bensbargains.net/redirect/select-one-year-subscriptions-2-99-and-up-at-discountmags-362304/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/samsung-galaxy-light-4g-android-smartphone-106-at-hsn-116134/",
        "title": "Samsung Galaxy Light 4G Android Smartphone $106 at HSN",
        "author": "AgentK",
        "also": [
            "http://bensbargains.net/redirect/samsung-galaxy-light-4g-android-smartphone-106-at-hsn-362339/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/dell-inspiron-15-7000-series-4th-gen-core-i5-15-6-touch-laptop-600-at-dell-109570/",
        "title": 'Dell Inspiron 15 7000 Series 4th Gen Core i5 15.6" Touch Laptop $600 at Dell',
        "author": "Sharik",
        "also": [
            "http://bensbargains.net/redirect/dell-inspiron-15-7000-series-4th-gen-core-i5-15-6-touch-laptop-600-at-dell-362292/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/born-resnor-men-s-leather-sandals-40-at-121365/",
        "title": "Born Resnor Men's Leather Sandals $40 at 6pm",
        "author": "AgentK",
        "also": ["http://bensbargains.net/redirect/born-resnor-men-s-leather-sandals-40-at-362345/"],
    },
    {
        "link": "http://bensbargains.net/bargain/denon-avr-e300-5-1-ch-3d-network-receiver-200-at-best-buy-104493/",
        "title": "Denon AVR-E300 5.1-Ch. 3D Network Receiver $200 at Best Buy",
        "author": "Sharik",
        "also": [
            "http://bensbargains.net/redirect/denon-avr-e300-5-1-ch-3d-network-receiver-200-at-best-buy-362230/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/-10-off-in-store-grocery-purchase-50-or-more-at-target-111967/",
        "title": "$10 off In-Store Grocery Purchase $50 or More at Target",
        "author": "AgentK",
        "also": [
            "http://bensbargains.net/redirect/-10-off-in-store-grocery-purchase-50-or-more-at-target-362270/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/up-to-73-off-backpacks-amp-bags-at-rei-outlet-121335/",
        "title": "Up to 73% off Backpacks & Bags at REI Outlet",
        "author": "AgentK",
        "also": ["http://bensbargains.net/redirect/up-to-73-off-backpacks-amp-bags-at-rei-outlet-362260/"],
    },
    {
        "link": "http://bensbargains.net/bargain/poweradd-pilot-e3-11000mah-external-battery-pack-22-at-amazon-121334/",
        "title": "Poweradd Pilot E3 11000mAh External Battery Pack $22 at Amazon",
        "author": "AgentK",
        "also": [
            "http://bensbargains.net/redirect/poweradd-pilot-e3-11000mah-external-battery-pack-22-at-amazon-362381/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/battlefield-1942-game-0-at-origin-121309/",
        "title": "Battlefield 1942 Game $0 at Origin",
        "author": "Sharik",
        "also": ["http://bensbargains.net/redirect/battlefield-1942-game-0-at-origin-362214/"],
    },
    {
        "link": "http://bensbargains.net/bargain/whirlpool-3-6-cu-ft-washer-7-0-cu-ft-electric-dryer-579-at-121383/",
        "title": "Whirlpool 3.6 cu. ft. Washer + 7.0 cu. ft. Electric Dryer $579 at Sears",
        "author": "Ouragos",
        "also": [
            "http://bensbargains.net/redirect/whirlpool-3-6-cu-ft-washer-7-0-cu-ft-electric-dryer-579-at-362397/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/up-to-50-off-select-items-extra-15-to-20-off-at-macys-112448/",
        "title": "Up to 50% off Select Items + Extra 15% to 20% off at Macys",
        "author": "AgentK",
        "also": [
            "http://bensbargains.net/redirect/up-to-50-off-select-items-extra-15-to-20-off-at-macys-362368/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/40-off-sitewide-at-banana-republic-5604/",
        "title": "40% off Sitewide at Banana Republic",
        "author": "AgentK",
        "also": ["http://bensbargains.net/redirect/40-off-sitewide-at-banana-republic-362354/"],
    },
    {
        "link": "http://bensbargains.net/bargain/sharp-lc-32lb150u-32-1080p-led-hdtv-200-at-best-buy-114157/",
        "title": 'Sharp LC-32LB150U 32" 1080p LED HDTV $200 at Best Buy',
        "author": "AgentK",
        "also": [
            "http://bensbargains.net/redirect/sharp-lc-32lb150u-32-1080p-led-hdtv-200-at-best-buy-362350/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/macx-dvd-ripper-pro-0-at-macxdvd-com-121300/",
        "title": "MacX DVD Ripper Pro $0 at Digiarty Software",
        "author": "Barbarossa",
        "also": ["http://bensbargains.net/redirect/macx-dvd-ripper-pro-0-at-macxdvd-com-362198/"],
    },
    {
        "link": "http://bensbargains.net/bargain/panasonic-sc-htb370-2-1-ch-home-theater-w-wireless-sub-100-at-tiger-direct-101655/",
        "title": "Panasonic SC-HTB370 2.1-Ch. Home Theater w/ Wireless Sub $100 at Tiger Direct",
        "author": "Ouragos",
        "also": [
            "http://bensbargains.net/redirect/panasonic-sc-htb370-2-1-ch-home-theater-w-wireless-sub-100-at-tiger-direct-362112/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/vip-take-it-easy-plain-front-men-s-pants-19-at-jos-a-bank-95660/",
        "title": "VIP Take It Easy Plain Front Men's Pants $19 at Jos A Bank",
        "author": "AgentK",
        "also": [
            "http://bensbargains.net/redirect/vip-take-it-easy-plain-front-men-s-pants-19-at-jos-a-bank-362402/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/mediasonic-3-5-usb3-0-amp-esata-4-bay-enclosure-80-at-newegg-102218/",
        "title": 'Mediasonic 3.5" USB3.0 & eSATA 4 Bay Enclosure $80 at Newegg',
        "author": "Barbarossa",
        "also": [
            "http://bensbargains.net/redirect/mediasonic-3-5-usb3-0-amp-esata-4-bay-enclosure-80-at-newegg-362328/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/gopole-venturecase-soft-case-for-gopro-hero-cameras-20-at-frys-121320/",
        "title": "GoPole Venturecase Soft Case for GoPro HERO Cameras $20 at Frys",
        "author": "Sharik",
        "also": [
            "http://bensbargains.net/redirect/gopole-venturecase-soft-case-for-gopro-hero-cameras-20-at-frys-362231/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/select-iphone-5s-5c-cases-3-99-at-amazon-121351/",
        "title": "Select iPhone 5s/5c Cases $3.99 at Amazon",
        "author": "Barbarossa",
        "also": ["http://bensbargains.net/redirect/select-iphone-5s-5c-cases-3-99-at-amazon-362318/"],
    },
    {
        "link": "http://bensbargains.net/bargain/sony-kdl-50w800b-50-led-120hz-3d-smart-hdtv-898-at-frys-120720/",
        "title": 'Sony KDL-50W800B 50" LED 120Hz 3D Smart HDTV $898 at Frys',
        "author": "Sharik",
        "also": [
            "http://bensbargains.net/redirect/sony-kdl-50w800b-50-led-120hz-3d-smart-hdtv-898-at-frys-362404/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/samsung-un32h5500-32-1080p-led-smart-hdtv-125-gc-for-378-at-dell-120826/",
        "title": 'Samsung UN32H5500 32" 1080p LED Smart HDTV + $125 GC for $378 at Dell',
        "author": "Sharik",
        "also": [
            "http://bensbargains.net/redirect/samsung-un32h5500-32-1080p-led-smart-hdtv-125-gc-for-378-at-dell-362394/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/hp-x4000b-bluetooth-laser-mouse-10-at-frys-95586/",
        "title": "HP X4000b Bluetooth Laser Mouse $10 at Frys",
        "author": "Sharik",
        "also": ["http://bensbargains.net/redirect/hp-x4000b-bluetooth-laser-mouse-10-at-frys-362233/"],
    },
    {
        "link": "http://bensbargains.net/bargain/samsung-galaxy-note-8-android-4-1-tablet-249-at-newegg-102675/",
        "title": 'Samsung Galaxy Note 8" Android 4.1 Tablet $249 at Newegg',
        "author": "Sharik",
        "also": [
            "http://bensbargains.net/redirect/samsung-galaxy-note-8-android-4-1-tablet-249-at-newegg-362219/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/cooler-master-storm-spawn-gaming-mouse-16-at-newegg-68707/",
        "title": "Cooler Master Storm Spawn Gaming Mouse $16 at Newegg",
        "author": "Barbarossa",
        "also": [
            "http://bensbargains.net/redirect/cooler-master-storm-spawn-gaming-mouse-16-at-newegg-362334/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/up-to-70-off-in-sale-extra-50-off-fs-at-lucky-brand-121162/",
        "title": "Up to 70% off in Sale + Extra 50% off + FS at Lucky Brand",
        "author": "RissRizz",
        "also": [
            "http://bensbargains.net/redirect/up-to-70-off-in-sale-extra-50-off-fs-at-lucky-brand-362283/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/hot-wheels-20-car-team-gift-pack-13-at-amazon-114524/",
        "title": "Hot Wheels 20 Car Team Gift Pack $13 at Amazon",
        "author": "AgentK",
        "also": ["http://bensbargains.net/redirect/hot-wheels-20-car-team-gift-pack-13-at-amazon-362359/"],
    },
    {
        "link": "http://bensbargains.net/bargain/merona-men-s-cargo-shorts-9-at-ebay-121261/",
        "title": "Merona Men's Cargo Shorts $9 at eBay",
        "author": "AgentK",
        "also": ["http://bensbargains.net/redirect/merona-men-s-cargo-shorts-9-at-ebay-362273/"],
    },
    {
        "link": "http://bensbargains.net/bargain/-5-audible-credit-free-at-121378/",
        "title": "$5 Audible Credit Free at Audible",
        "author": "AgentK",
        "also": ["http://bensbargains.net/redirect/-5-audible-credit-free-at-362376/"],
    },
    {
        "link": "http://bensbargains.net/bargain/verizon-fios-internet-tv-amp-hbo-or-showtime-for-50-at-verizon-broadband-121083/",
        "title": "Verizon FIOS Internet, TV & HBO or Showtime for $50 at Verizon Broadband",
        "author": "AgentK",
        "also": [
            "http://bensbargains.net/redirect/verizon-fios-internet-tv-amp-hbo-or-showtime-for-50-at-verizon-broadband-362290/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/lg-55ln5200-55-led-hdtv-250-gc-for-700-at-dell-121062/",
        "title": 'LG 55LN5200 55" LED HDTV + $250 GC for $700 at Dell',
        "author": "Sharik",
        "also": ["http://bensbargains.net/redirect/lg-55ln5200-55-led-hdtv-250-gc-for-700-at-dell-362295/"],
    },
    {
        "link": "http://bensbargains.net/bargain/usb-charging-current-amp-voltage-tester-2-99-at-121355/",
        "title": "USB Charging Current & Voltage Tester $2.99 at Focalprice",
        "author": "Barbarossa",
        "also": ["http://bensbargains.net/redirect/usb-charging-current-amp-voltage-tester-2-99-at-362322/"],
    },
    {
        "link": "http://bensbargains.net/bargain/castlecreek-garden-seat-55-at-121308/",
        "title": "Castlecreek Garden Seat $55 at Bargain Outfitters",
        "author": "RissRizz",
        "also": ["http://bensbargains.net/redirect/castlecreek-garden-seat-55-at-362213/"],
    },
    {
        "link": "http://bensbargains.net/bargain/zalman-cnps9500-at-cpu-heatsink-cooler-13-at-newegg-77653/",
        "title": "Zalman CNPS9500 AT CPU Heatsink / Cooler $13 at Newegg",
        "author": "Sharik",
        "also": [
            "http://bensbargains.net/redirect/zalman-cnps9500-at-cpu-heatsink-cooler-13-at-newegg-362218/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/rook-broke-endz-men-s-bomber-jacket-28-at-121371/",
        "title": "Rook Broke Endz Men's Bomber Jacket $28 at Pacsun",
        "author": "Ouragos",
        "also": ["http://bensbargains.net/redirect/rook-broke-endz-men-s-bomber-jacket-28-at-362360/"],
    },
    {
        "link": "http://bensbargains.net/bargain/westone-78400-adventure-alpha-performance-earphones-79-at-buydig-com-119776/",
        "title": "Westone 78400 Adventure Alpha Performance Earphones $79 at BuyDig.com",
        "author": "Ouragos",
        "also": [
            "http://bensbargains.net/redirect/westone-78400-adventure-alpha-performance-earphones-79-at-buydig-com-362249/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/up-to-80-off-select-apparel-amp-accessories-at-oakley-vault-120054/",
        "title": "Up to 80% off Select Apparel & Accessories at Oakley Vault",
        "author": "AgentK",
        "also": [
            "http://bensbargains.net/redirect/up-to-80-off-select-apparel-amp-accessories-at-oakley-vault-362263/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/2-button-poplin-suit-59-at-jos-a-bank-116897/",
        "title": "2-Button Poplin Suit $59 at Jos A Bank",
        "author": "AgentK",
        "also": ["http://bensbargains.net/redirect/2-button-poplin-suit-59-at-jos-a-bank-362154/"],
    },
    {
        "link": "http://bensbargains.net/bargain/extra-40-off-sitewide-free-shipping-at-american-eagle-91949/",
        "title": "Extra 40% off Sitewide + Free Shipping at American Eagle",
        "author": "AgentK",
        "also": [
            "http://bensbargains.net/redirect/extra-40-off-sitewide-free-shipping-at-american-eagle-362274/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/multi-function-military-tactical-backpack-26-at-amazon-119134/",
        "title": "Multi-Function Military Tactical Backpack $26 at Amazon",
        "author": "leothelion",
        "also": [
            "http://bensbargains.net/redirect/multi-function-military-tactical-backpack-26-at-amazon-362145/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/hp-slate-1800-7-atom-8gb-android-tablet-82-at-newegg-115235/",
        "title": 'HP Slate 1800 7" Atom 8GB Android Tablet $82 at Newegg',
        "author": "Barbarossa",
        "also": [
            "http://bensbargains.net/redirect/hp-slate-1800-7-atom-8gb-android-tablet-82-at-newegg-362323/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/victorinox-seefeld-expandable-suitcases-80-at-staples-78851/",
        "title": "Victorinox Seefeld Expandable Suitcases $80 at Staples",
        "author": "RissRizz",
        "also": [
            "http://bensbargains.net/redirect/victorinox-seefeld-expandable-suitcases-80-at-staples-362247/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/thule-enroute-mosey-daypack-40-at-121377/",
        "title": "Thule EnRoute Mosey Daypack $40 at Staples",
        "author": "Ouragos",
        "also": ["http://bensbargains.net/redirect/thule-enroute-mosey-daypack-40-at-362375/"],
    },
    {
        "link": "http://bensbargains.net/bargain/roadmaster-granite-peak-26-men-s-mountain-bike-80-at-walmart-83659/",
        "title": "Roadmaster Granite Peak 26\" Men's Mountain Bike $80 at Walmart",
        "author": "AgentK",
        "also": [
            "http://bensbargains.net/redirect/roadmaster-granite-peak-26-men-s-mountain-bike-80-at-walmart-362326/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/samsonite-5-piece-travel-set-79-at-buydig-com-46702/",
        "title": "Samsonite 5-Piece Travel Set $79 at BuyDig.com",
        "author": "AgentK",
        "also": ["http://bensbargains.net/redirect/samsonite-5-piece-travel-set-79-at-buydig-com-362309/"],
    },
    {
        "link": "http://bensbargains.net/bargain/lego-creator-twinblade-adventures-14-at-walmart-120864/",
        "title": "LEGO Creator Twinblade Adventures $14 at Walmart",
        "author": "AgentK",
        "also": ["http://bensbargains.net/redirect/lego-creator-twinblade-adventures-14-at-walmart-362301/"],
    },
    {
        "link": "http://bensbargains.net/bargain/select-naturalaire-air-filter-12-packs-20-at-home-depot-121060/",
        "title": "Select NaturalAire Air Filter 12-Packs $20 at Home Depot",
        "author": "AgentK",
        "also": [
            "http://bensbargains.net/redirect/select-naturalaire-air-filter-12-packs-20-at-home-depot-362291/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/5-function-handheld-showerhead-12-at-121364/",
        "title": "5-Function Handheld ShowerHead $12 at Price Plunge",
        "author": "AgentK",
        "also": ["http://bensbargains.net/redirect/5-function-handheld-showerhead-12-at-362344/"],
    },
    {
        "link": "http://bensbargains.net/bargain/cuisinart-chef-s-classic-11-pc-stainless-steel-cookware-set-120-at-jcpenney-121324/",
        "title": "Cuisinart Chef's Classic 11 pc. Stainless Steel Cookware Set $120 at JCPenney",
        "author": "Sharik",
        "also": [
            "http://bensbargains.net/redirect/cuisinart-chef-s-classic-11-pc-stainless-steel-cookware-set-120-at-jcpenney-362239/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/seiko-sndf09-stainless-steel-chronograph-watch-72-at-121359/",
        "title": "Seiko SNDF09 Stainless Steel Chronograph Watch $72 at Ashford",
        "author": "Barbarossa",
        "also": [
            "http://bensbargains.net/redirect/seiko-sndf09-stainless-steel-chronograph-watch-72-at-362333/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/nike-cortez-basic-leather-men-s-shoes-35-at-121315/",
        "title": "Nike Cortez Basic Leather Men's Shoes $35 at Finish Line",
        "author": "RissRizz",
        "also": ["http://bensbargains.net/redirect/nike-cortez-basic-leather-men-s-shoes-35-at-362224/"],
    },
    {
        "link": "http://bensbargains.net/bargain/castlecreek-backyard-firepit-and-bbq-grill-70-at-bargain-outfitters-121158/",
        "title": "Castlecreek Backyard Firepit and BBQ Grill $70 at Bargain Outfitters",
        "author": "RissRizz",
        "also": [
            "http://bensbargains.net/redirect/castlecreek-backyard-firepit-and-bbq-grill-70-at-bargain-outfitters-362285/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/samsung-un40eh5300-1080p-40-led-hdtv-200-gc-for-498-at-dell-business-111908/",
        "title": 'Samsung UN40EH5300 1080p 40" LED HDTV + $200 GC for $498 at Dell Business',
        "author": "Sharik",
        "also": [
            "http://bensbargains.net/redirect/samsung-un40eh5300-1080p-40-led-hdtv-200-gc-for-498-at-dell-business-362254/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/craftsman-100-piece-drill-drive-set-15-at-sears-74191/",
        "title": "Craftsman 100 piece Drill Drive Set $15 at Sears",
        "author": "AgentK",
        "also": ["http://bensbargains.net/redirect/craftsman-100-piece-drill-drive-set-15-at-sears-362347/"],
    },
    {
        "link": "http://bensbargains.net/bargain/4-pack-automatic-led-night-lights-6-49-at-13-deals-120550/",
        "title": "4-Pack Automatic LED Night Lights $6.49 at 13 Deals",
        "author": "RissRizz",
        "also": [
            "http://bensbargains.net/redirect/4-pack-automatic-led-night-lights-6-49-at-13-deals-362287/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/seagate-backup-plus-slim-2tb-usb-3-0-hdd-50-gc-for-120-at-dell-business-121069/",
        "title": "Seagate Backup Plus Slim 2TB USB 3.0 HDD + $50 GC for $120 at Dell Business",
        "author": "Sharik",
        "also": [
            "http://bensbargains.net/redirect/seagate-backup-plus-slim-2tb-usb-3-0-hdd-50-gc-for-120-at-dell-business-362252/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/mr-coffee-dr5-4-cup-coffeemaker-12-at-105194/",
        "title": "Mr. Coffee DR5 4-Cup Coffeemaker $12 at Best Buy",
        "author": "Ouragos",
        "also": ["http://bensbargains.net/redirect/mr-coffee-dr5-4-cup-coffeemaker-12-at-362362/"],
    },
    {
        "link": "http://bensbargains.net/bargain/2-pack-craftsman-ratcheting-clench-wrench-20-at-sears-103517/",
        "title": "2-pack Craftsman Ratcheting Clench Wrench $20 at Sears",
        "author": "Ouragos",
        "also": [
            "http://bensbargains.net/redirect/2-pack-craftsman-ratcheting-clench-wrench-20-at-sears-362259/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/extra-100-off-laptops-and-desktops-for-win-xp-users-at-microsoft-store-119983/",
        "title": "Extra $100 off Laptops and Desktops for Win XP Users at Microsoft Store",
        "author": "leothelion",
        "also": [
            "http://bensbargains.net/redirect/extra-100-off-laptops-and-desktops-for-win-xp-users-at-microsoft-store-362144/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/dell-latitude-14-3000-series-4th-gen-core-i5-14-laptop-569-at-dell-business-109790/",
        "title": 'Dell Latitude 14 3000 Series 4th Gen Core i5 14" Laptop $569 at Dell Business',
        "author": "Sharik",
        "also": [
            "http://bensbargains.net/redirect/dell-latitude-14-3000-series-4th-gen-core-i5-14-laptop-569-at-dell-business-362268/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/anker-40w-8a-5-port-usb-smart-charger-26-at-newegg-115926/",
        "title": "Anker 40W-8A 5-Port USB Smart Charger $26 at Newegg",
        "author": "Barbarossa",
        "also": [
            "http://bensbargains.net/redirect/anker-40w-8a-5-port-usb-smart-charger-26-at-newegg-362336/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/google-nexus-7-2nd-gen-16gb-android-fhd-7-tablet-150-at-ebay-107069/",
        "title": 'Google Nexus 7 2nd Gen 16GB Android FHD 7" Tablet $150 at eBay',
        "author": "AgentK",
        "also": [
            "http://bensbargains.net/redirect/google-nexus-7-2nd-gen-16gb-android-fhd-7-tablet-150-at-ebay-362374/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/xplorer-x3-9100-core-i7-1080p-13-3-laptop-872-at-121360/",
        "title": 'Xplorer X3-9100 Core i7 1080p 13.3" Laptop $872 at CyberPowerPC',
        "author": "Barbarossa",
        "also": ["http://bensbargains.net/redirect/xplorer-x3-9100-core-i7-1080p-13-3-laptop-872-at-362335/"],
    },
    {
        "link": "http://bensbargains.net/bargain/nike-fuelband-99-at-amazon-80675/",
        "title": "Nike+ Fuelband $99 at Amazon",
        "author": "AgentK",
        "also": ["http://bensbargains.net/redirect/nike-fuelband-99-at-amazon-362280/"],
    },
    {
        "link": "http://bensbargains.net/bargain/us-polo-assn-mick-men-s-shoes-22-at-121373/",
        "title": "US Polo Assn. Mick Men's Shoes $22 at eBay",
        "author": "Ouragos",
        "also": ["http://bensbargains.net/redirect/us-polo-assn-mick-men-s-shoes-22-at-362363/"],
    },
    {
        "link": "http://bensbargains.net/bargain/edwards-moisture-wicking-men-s-performance-polo-10-at-121380/",
        "title": "Edwards Moisture Wicking Men's Performance Polo $10 at 13 Deals",
        "author": "Ouragos",
        "also": [
            "http://bensbargains.net/redirect/edwards-moisture-wicking-men-s-performance-polo-10-at-362378/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/pny-optima-240gb-2-5-sata-iii-7mm-ssd-90-at-newegg-120432/",
        "title": 'PNY Optima 240GB 2.5" SATA III 7mm SSD $90 at Newegg',
        "author": "Ouragos",
        "also": [
            "http://bensbargains.net/redirect/pny-optima-240gb-2-5-sata-iii-7mm-ssd-90-at-newegg-362357/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/acer-aspire-v5-4th-gen-i7-touchscreen-15-6-1080p-laptop-599-at-microsoft-store-114847/",
        "title": 'Acer Aspire V5 4th Gen i7 Touchscreen 15.6" 1080p Laptop $599 at Microsoft Store',
        "author": "Ouragos",
        "also": [
            "http://bensbargains.net/redirect/acer-aspire-v5-4th-gen-i7-touchscreen-15-6-1080p-laptop-599-at-microsoft-store-362306/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/mysterious-purr-padd-cat-cushion-7-99-at-121318/",
        "title": "Mysterious Purr Padd Cat Cushion $7.99 at Amazon",
        "author": "AgentK",
        "also": ["http://bensbargains.net/redirect/mysterious-purr-padd-cat-cushion-7-99-at-362227/"],
    },
    {
        "link": "http://bensbargains.net/bargain/kingston-digital-32gb-microsd-class-10-memory-card-16-at-121376/",
        "title": "Kingston Digital 32GB microSD Class 10 Memory Card $16 at Best Buy",
        "author": "Ouragos",
        "also": [
            "http://bensbargains.net/redirect/kingston-digital-32gb-microsd-class-10-memory-card-16-at-362370/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/black-amp-decker-4-volt-max-gyro-screwdriver-21-at-tools-woot--108975/",
        "title": "Black & Decker 4-Volt Max Gyro Screwdriver $21 at Tools.woot!",
        "author": "AgentK",
        "also": [
            "http://bensbargains.net/redirect/black-amp-decker-4-volt-max-gyro-screwdriver-21-at-tools-woot--362348/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/suncast-resin-wicker-22-gallon-storage-seat-30-at-121361/",
        "title": "Suncast Resin Wicker 22 Gallon Storage Seat $30 at Amazon",
        "author": "AgentK",
        "also": [
            "http://bensbargains.net/redirect/suncast-resin-wicker-22-gallon-storage-seat-30-at-362338/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/2-pack-new-balance-go2-hats-12-at-121353/",
        "title": "2-Pack New Balance Go2 Hats $12 at 6pm",
        "author": "AgentK",
        "also": ["http://bensbargains.net/redirect/2-pack-new-balance-go2-hats-12-at-362320/"],
    },
    {
        "link": "http://bensbargains.net/bargain/facilla-modern-wireless-bluetooth-speaker-showerhead-45-at-120277/",
        "title": "MusicJet Wireless Bluetooth Speaker Showerhead $45 at Amazon",
        "author": "RissRizz",
        "also": [
            "http://bensbargains.net/redirect/facilla-modern-wireless-bluetooth-speaker-showerhead-45-at-362298/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/apple-iphone-5c-32gb-factory-unlocked-smartphone-500-at-ebay-121374/",
        "title": "Apple iPhone 5c 32GB Factory Unlocked Smartphone $500 at eBay",
        "author": "Ouragos",
        "also": [
            "http://bensbargains.net/redirect/apple-iphone-5c-32gb-factory-unlocked-smartphone-500-at-ebay-362365/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/paperport-pro-14-0-document-management-software-30-at-newegg-76141/",
        "title": "Paperport Pro 14.0 Document Management Software $30 at Newegg",
        "author": "Ouragos",
        "also": [
            "http://bensbargains.net/redirect/paperport-pro-14-0-document-management-software-30-at-newegg-362352/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/merona-men-s-tailored-fit-suit-jacket-30-at-121381/",
        "title": "Merona Men's Tailored Fit Suit Jacket $30 at eBay",
        "author": "Ouragos",
        "also": ["http://bensbargains.net/redirect/merona-men-s-tailored-fit-suit-jacket-30-at-362387/"],
    },
    {
        "link": "http://bensbargains.net/bargain/watch-dogs-game-48-at-121372/",
        "title": "Watch Dogs Game $48 at Newegg",
        "author": "Ouragos",
        "also": ["http://bensbargains.net/redirect/watch-dogs-game-48-at-362361/"],
    },
    {
        "link": "http://bensbargains.net/bargain/apple-iphone-5s-64gb-no-contract-smartphone-525-at-virgin-mobile-121370/",
        "title": "Apple iPhone 5s 64GB No Contract Smartphone $525 at Virgin Mobile",
        "author": "Ouragos",
        "also": [
            "http://bensbargains.net/redirect/apple-iphone-5s-64gb-no-contract-smartphone-525-at-virgin-mobile-362356/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/12-pair-fila-no-show-men-s-socks-13-at-13-deals-90029/",
        "title": "12-pair FILA No Show Men's Socks $13 at 13 Deals",
        "author": "RissRizz",
        "also": ["http://bensbargains.net/redirect/12-pair-fila-no-show-men-s-socks-13-at-13-deals-362288/"],
    },
    {
        "link": "http://bensbargains.net/bargain/2-pounds-eas-complete-protein-powder-11-at-amazon-120475/",
        "title": "2-Pounds EAS Complete Protein Powder $11 at Amazon",
        "author": "AgentK",
        "also": [
            "http://bensbargains.net/redirect/2-pounds-eas-complete-protein-powder-11-at-amazon-362302/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/worx-wa0030-26-gallon-collapsible-yard-bag-19-at-121379/",
        "title": "WORX WA0030 26-Gallon Collapsible Yard Bag $19 at eBay",
        "author": "Ouragos",
        "also": ["http://bensbargains.net/redirect/worx-wa0030-26-gallon-collapsible-yard-bag-19-at-362377/"],
    },
    {
        "link": "http://bensbargains.net/bargain/asics-onitsuka-tiger-runspark-men-s-shoes-40-at-121382/",
        "title": "Asics Onitsuka Tiger Runspark Men's Shoes $40 at Journeys",
        "author": "AgentK",
        "also": ["http://bensbargains.net/redirect/asics-onitsuka-tiger-runspark-men-s-shoes-40-at-362396/"],
    },
    {
        "link": "http://bensbargains.net/bargain/ultra-etorque-h4-atx-mid-tower-computer-case-30-at-121375/",
        "title": "Ultra Etorque H4 ATX Mid Tower Computer Case $30 at Tiger Direct",
        "author": "Ouragos",
        "also": [
            "http://bensbargains.net/redirect/ultra-etorque-h4-atx-mid-tower-computer-case-30-at-362367/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/lego-star-wars-microfighters-tie-interceptor-7-99-at-121332/",
        "title": "LEGO Star Wars Microfighters TIE Interceptor $7.99 at Amazon",
        "author": "Sharik",
        "also": [
            "http://bensbargains.net/redirect/lego-star-wars-microfighters-tie-interceptor-7-99-at-362250/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/monster-diesel-vektr-in-ear-headphone-45-at-tech-woot--110763/",
        "title": "Monster Diesel VEKTR In-Ear Headphone $45 at Tech.woot!",
        "author": "AgentK",
        "also": [
            "http://bensbargains.net/redirect/monster-diesel-vektr-in-ear-headphone-45-at-tech-woot--362351/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/house-of-marley-aluminum-wood-headphones-10-at-daily-steals-98357/",
        "title": "House of Marley Aluminum/Wood Headphones $10 at Daily Steals",
        "author": "AgentK",
        "also": [
            "http://bensbargains.net/redirect/house-of-marley-aluminum-wood-headphones-10-at-daily-steals-362403/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/cuisinart-tob-80-toaster-oven-broiler-11-gc-for-50-at-121339/",
        "title": "Cuisinart TOB-80 Toaster Oven Broiler + $11 Credit for $50 at Sears",
        "author": "leothelion",
        "also": [
            "http://bensbargains.net/redirect/cuisinart-tob-80-toaster-oven-broiler-11-gc-for-50-at-362142/"
        ],
    },
    {
        "link": "http://bensbargains.net/bargain/perry-ellis-suits-100-at-perry-ellis-99621/",
        "title": "Perry Ellis Suits $100 at Perry Ellis",
        "author": "Sharik",
        "also": ["http://bensbargains.net/redirect/perry-ellis-suits-100-at-perry-ellis-362293/"],
    },
    {
        "link": "http://bensbargains.net/bargain/12-pack-focus-men-s-dress-socks-15-at-1sale-108565/",
        "title": "12-Pack Focus Men's Dress Socks $15 at 1Sale",
        "author": "AgentK",
        "also": ["http://bensbargains.net/redirect/12-pack-focus-men-s-dress-socks-15-at-1sale-362343/"],
    },
    {
        "link": "http://bensbargains.net/bargain/up-to-70-off-in-sale-extra-40-off-at-express-57599/",
        "title": "Up to 70% off in Sale + Extra 40% off at Express",
        "author": "Ouragos",
        "also": ["http://bensbargains.net/redirect/up-to-70-off-in-sale-extra-40-off-at-express-362331/"],
    },
    {
        "link": "http://bensbargains.net/bargain/swissgear-maxxum-notebook-backpack-30-at-newegg-53270/",
        "title": "SwissGear Maxxum Notebook Backpack $30 at Newegg",
        "author": "Ouragos",
        "also": ["http://bensbargains.net/redirect/swissgear-maxxum-notebook-backpack-30-at-newegg-362282/"],
    },
    {
        "link": "http://bensbargains.net/bargain/reach-barrier-garage-door-insulation-kit-35-at-groupon-115444/",
        "title": "Reach Barrier Garage Door Insulation Kit $35 at Groupon",
        "author": "AgentK",
        "also": [
            "http://bensbargains.net/redirect/reach-barrier-garage-door-insulation-kit-35-at-groupon-362139/"
        ],
    },
]
