"""Real page: a headline aggregator's home page (Christian Daily Reporter, 13 September 2018,
15:22 US Central time), saved by jpoehls/christian-daily-reporter-archive, a git-scraping archive
that commits the page each time its owner runs the scraper. A Drudge-style page of bare links,
no cards: two links to the site's own features ("CDR Talk #6", "CDR Comic") above the masthead,
a top block of headlines under a photo, then two columns of <p><a> headlines between dotted
<hr>s, photos between some, a few in <b> or <em>. Nearly all links go to other sites (the
aggregated stories); every headline link is an entry, one per address. Two addresses carry
several headlines each (the top story three, a right-column story two): their titles are not
settled and left out. No dates, no bylines (published and author None). Not entries: the
masthead link, the footer (editor's mail, Manifesto, CDR Talks, CDR Comics, tip mail, Patreon).
`now` is the commit (20:22 UTC).
"""

from datetime import UTC, datetime

url = "https://www.christiandailyreporter.com/"
timezone = "America/Chicago"
now = datetime(2018, 9, 13, 20, 23, tzinfo=UTC)

entries = [
    {
        "link": "https://www.christiandailyreporter.com/cdrtalk6.html",
        "title": "CDR Talk #6: A Thought Experiment Regarding the Leaked Google Video",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.christiandailyreporter.com/cdrcomic-obamanomics.html",
        "title": "CDR Comic: Obamanomics",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.breitbart.com/tech/2018/09/12/leaked-video-google-leaderships-dismayed-reaction-to-trump-election/",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.foxnews.com/tech/2018/09/12/google-bosses-upset-over-trump-election-victory-leaked-video-shows.html",
        "title": "UNBIASED?!",
        "published": None,
        "author": None,
    },
    {
        "link": "http://thehill.com/homenews/administration/406523-trumps-puerto-rico-tweets-spark-backlash",
        "title": "Trump says Puerto Rico death toll inflated by Dems: '3000 people did not die'...",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.lifenews.com/2018/09/12/abortion-biz-planned-parenthood-names-leana-wen-its-new-president-she-claims-it-does-lifesaving-work/",
        "title": "Meet Planned Parenthood's new president...",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.dailywire.com/news/35788/watch-planned-parenthoods-new-president-utters-hank-berrien",
        "title": "'I wanted to fight for our most vulnerable individuals on a bigger scale'",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.thecollegefix.com/more-yale-freshmen-identify-as-lgbtq-than-conservative/",
        "title": "More Yale freshmen identify as LGBTQETC than conservative, Protestant, or Catholic!",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.thecollegefix.com/evergreen-state-college-freshmen-enrollment-drops-to-300-students-professor-says/",
        "title": "Super-woke Evergreen State College freshhuman enrollment drops 50% to 300 students...",
        "published": None,
        "author": None,
    },
    {
        "link": "https://nypost.com/2018/09/12/city-council-approves-bill-to-add-third-gender-on-birth-certificates/",
        "title": "New York City Council approves bill to add 'third gender' on birth certificates -- no doctor note needed",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.washingtontimes.com/news/2018/sep/12/sean-hannity-expects-donald-trump-fire-robert-muel/",
        "title": "Hannity says he expects Trump to fire Mueller after Hurricane Florence...",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.cnbc.com/2018/09/12/bob-woodwards-fear-breaks-simon-schuster-pre-order-sales-record.html",
        "title": "Bob Woodward's 'Fear' sells 750K copies in 1st day, breaks S&S's all-time pre-order sales record",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.marketwatch.com/story/facebook-will-start-fact-checking-memes-2018-09-13",
        "title": "Facebook to 'fact-check' photos and videos",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.bloombergquint.com/politics/2018/09/11/sessions-is-said-to-be-open-to-probe-of-social-media-giants",
        "title": "Sessions exploring potential investigation of social media giants",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.cnet.com/news/google-under-investigation-for-tracking-users-location-without-consent-says-report/",
        "title": "Google under investigation in AZ for tracking users' location without consent",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.cnet.com/news/google-fights-in-eu-court-against-global-right-to-be-forgotten-in-search/",
        "title": "Google fights against global 'right to be forgotten' in search",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.lifesitenews.com//news/cartoon-network-promotes-lgbt-agenda-with-lesbian-kiss-in-kids-show-adventu",
        "title": "Cartoon Network promotes LGBTETC agenda with lesbian kiss in kids show ‘Adventure Time’",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.foxnews.com/politics/2018/09/12/chicago-sets-up-universal-income-task-force-as-city-seeks-ways-to-tackle-poverty.html",
        "title": "Chicago sets up task force to plan no-strings-attached universal income",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.liveaction.org/news/mom-quadruplets-refused-abortion-miracles/",
        "title": "Quadruplets born after parents refuse selective reduction abortion",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.wkow.com/story/39063954/2018/09/Monday/wisconsin-aclu-gets-involved-in-fights-over-yoga-pants-in-schools",
        "title": "ACLU says school bans on yoga pants are sexist",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.nytimes.com/2018/09/12/nyregion/nypd-gambling-prostitution.html",
        "title": "7 New York Police Officers Arrested in Prostitution and Gambling Investigation",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.reuters.com/article/us-new-york-marijuana/manhattan-das-office-drops-more-than-3000-open-marijuana-cases-idUSKCN1LS2ID",
        "title": "Manhattan DA's office drops more than 3,000 open marijuana cases",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.pennlive.com/daily-buzz/2018/09/witness_in_pa_casino_fraud_cas.html",
        "title": "Witness in PA casino fraud case turns up dead in creek",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.christian.org.uk/news/gulags-great-re-educating-send-bigots-says-lgbtq-group/",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.christian.org.uk/news/feel-offended-report-us-urges-police-force/",
        "title": "English police force: ‘If you feel offended, report it to us’...",
        "published": None,
        "author": None,
    },
    {
        "link": "https://christiannews.net/2018/09/11/after-chinese-officials-shut-down-chengdu-house-church-members-take-the-gospel-to-the-streets/",
        "title": "After Chinese Officials Shut Down Chengdu House Church, Members Take the Gospel to the Streets",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.chinaaid.org/2018/09/officials-crackdown-on-three-henan.html",
        "title": "Uniformed officers raid 3 more churches, confiscate crosses and equipment, arrest Christians...",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.chinaaid.org/2018/09/church-raided-amid-escalating-crackdown.html",
        "title": "And another...",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.lifesitenews.com/blogs/breaking-leaked-sex-abuse-report-rocks-german-church-3677-victims",
        "title": "Leaked sex abuse report rocks German church: 1,670 clergymen, 3,677 'mostly minor male' victims",
        "published": None,
        "author": None,
    },
    {
        "link": "https://chicago.cbslocal.com/2018/09/13/dramatic-twists-as-pope-meets-with-u-s-cardinals-over-sex-abuse/",
        "title": "Vatican announces investigation of WV bishop during Pope's summit with U.S. delegation",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.cnn.com/2018/09/12/europe/pope-francis-sexual-abuse-conference-intl/index.html",
        "title": "Pope to meet with top Catholic officials over sexual abuse ... in February",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/world/2018/sep/13/sistine-chapel-choir-under-investigation-for-money-laundering",
        "title": "Sistine Chapel Choir under investigation for money laundering",
        "published": None,
        "author": None,
    },
    {
        "link": "http://thehill.com/homenews/senate/406389-sasse-plans-to-introduce-bill-requiring-candidates-to-release-tax-returns",
        "title": "Sasse to introduce bill requiring presidential candidates to release tax returns...",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.bloombergquint.com/technology/2018/09/13/amazon-s-bezos-launches-2-billion-fund-to-help-the-homeless",
        "title": "Bezos Launches $2 Billion Fund to Help Homeless, Create Schools",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.dailywire.com/news/35720/cartoonist-slammed-racist-serena-williams-cartoon-amanda-prestigiacomo",
        "title": "Herald Sun Backs Cartoonist Accused of Racism, Sexism Over Serena Caricature",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.heraldsun.com.au/news/victoria/herald-sun-backs-mark-knights-cartoon-on-serena-williams/news-story/30c877e3937a510d64609d89ac521d9f",
        "title": "'It's PC madness ... The world has just gone crazy'",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.christianitytoday.com/news/2018/september/china-ban-online-evangelism-internet-religious-information.html",
        "title": "China Moves to Ban 'Religious Information' Online",
        "published": None,
        "author": None,
    },
    {
        "link": "https://apnews.com/c09b2ee4b71540c8a7fd6178820c5970",
        "title": "Gov't Officials Burn Bibles, Close Down Churches, Order Believers to Sign Papers Renouncing Faith",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.worldwatchmonitor.org/2018/09/nicaragua-christians-attacked-detained-and-killed-as-enemies-of-the-regime/",
        "title": "Nicaragua: Christians attacked, detained, and killed as ‘enemies of the regime’",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.persecution.org/2018/09/12/baseless-forced-conversion-accusation-lead-arrest-271-christians-india/",
        "title": "Baseless 'Forced Conversion' Accusation Lead to Arrest of 271 Christians in India",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.express.co.uk/news/world/1016209/Christian-persecution-India-Uttar-Pradesh-international-christian-concern",
        "title": "'Hindu radicals allowed to attack Christians with impunity'",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.christiantoday.com/article/replacement-of-andrew-brunsons-prosecutor-leads-to-hopes-he-might-be-freed/130414.htm",
        "title": "Replacement of Andrew Brunson's prosecutor leads to hopes he might be freed...",
        "published": None,
        "author": None,
    },
]
