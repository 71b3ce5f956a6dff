"""Real page: the news archive of VLR.gg, an esports (Valorant) news and results site, page 1 of
122, saved by akhilnarang/vlrgg-scraper's tests in June 2026. `lang="en"`. The site's header
and search, then a <div class=wf-card> of thirty whole-card links <a class="wf-module-item">,
each holding an unclassed bold <div> with the headline, a <div> with a one-line standfirst and
<div class=ge-text-light> with a flag icon, "•", "June 19, 2026", "•", "by ChickenJoe"; then the
pager ("1 2 3 4 •• 122"). No `<time>`, no structured data. Dates: the day shown (the site's
time zone is not stated; taken as UTC). Authors: the name after "by". Not entries: the header,
the pager. `now` is the fixture's commit (21 June 2026, 16:46 UTC).
"""

from datetime import UTC, date, datetime

url = "https://www.vlr.gg/news/"
timezone = "UTC"
now = datetime(2026, 6, 21, 16, 47, tzinfo=UTC)

entries = [
    {
        "link": "https://www.vlr.gg/702348/furia-bids-farewell-to-nerve-and-alym",
        "title": "FURIA bids farewell to nerve and alym",
        "published": date(2026, 6, 19),
        "author": "ChickenJoe",
    },
    {
        "link": "https://www.vlr.gg/702325/leviat-n-stomps-team-vitality-to-advance-to-londons-lower-final",
        "title": "LEVIATÁN stomps Team Vitality to advance to London's Lower Final",
        "published": date(2026, 6, 19),
        "author": "jenopelle",
    },
    {
        "link": "https://www.vlr.gg/702009/paper-rex-seals-grand-final-spot-after-thrilling-three-map-win-over-edg",
        "title": "Paper Rex seals grand final spot after thrilling three-map win over EDG",
        "published": date(2026, 6, 19),
        "author": "jenopelle",
    },
    {
        "link": "https://www.vlr.gg/701065/riot-unveils-qualification-paths-and-support-programs-for-vct-2027",
        "title": "Riot unveils qualification paths and support programs for VCT 2027",
        "published": date(2026, 6, 18),
        "author": "jenopelle",
    },
    {
        "link": "https://www.vlr.gg/700958/t1-academy-onboard-wezzy",
        "title": "T1 Academy onboard wezzy",
        "published": date(2026, 6, 18),
        "author": "ChickenJoe",
    },
    {
        "link": "https://www.vlr.gg/700920/flyquest-bench-net-promote-leo-and-slow",
        "title": "FlyQuest bench neT, promote Leo and slow",
        "published": date(2026, 6, 18),
        "author": "ChickenJoe",
    },
    {
        "link": "https://www.vlr.gg/700899/fnatic-signs-cloud-on-three-year-contract",
        "title": "FNATIC signs Cloud on three-year contract",
        "published": date(2026, 6, 18),
        "author": "ChickenJoe",
    },
    {
        "link": "https://www.vlr.gg/700759/assistant-coach-turned-player-septem7-leaves-all-gamers",
        "title": "Assistant coach-turned-player Septem7 leaves All Gamers",
        "published": date(2026, 6, 17),
        "author": "jenopelle",
    },
    {
        "link": "https://www.vlr.gg/700755/kiwoom-drx-releases-rookie-hermes",
        "title": "Kiwoom DRX releases rookie Hermes",
        "published": date(2026, 6, 17),
        "author": "jenopelle",
    },
    {
        "link": "https://www.vlr.gg/700502/team-vitality-sweeps-fut-under-the-rug-in-swift-2-0",
        "title": "Team Vitality sweeps FUT under the rug in swift 2-0",
        "published": date(2026, 6, 16),
        "author": "CongoBat",
    },
    {
        "link": "https://www.vlr.gg/700411/cloud-drifts-away-from-giantx",
        "title": "Cloud drifts away from GIANTX",
        "published": date(2026, 6, 16),
        "author": "ChickenJoe",
    },
    {
        "link": "https://www.vlr.gg/700385/natus-vincere-parts-ways-with-assistant-coach-chippy",
        "title": "Natus Vincere parts ways with assistant coach chippy",
        "published": date(2026, 6, 16),
        "author": "jenopelle",
    },
    {
        "link": "https://www.vlr.gg/700306/leviat-n-obliterates-xlg-to-make-top-four-in-london",
        "title": "LEVIATÁN obliterates XLG to make top four in London",
        "published": date(2026, 6, 16),
        "author": "weivy",
    },
    {
        "link": "https://www.vlr.gg/699937/paper-rex-punches-shanghai-ticket-with-three-map-win-over-team-vitality",
        "title": "Paper Rex punches Shanghai ticket with three-map win over Team Vitality",
        "published": date(2026, 6, 16),
        "author": "jenopelle",
    },
    {
        "link": "https://www.vlr.gg/699433/edg-takes-down-xlg-to-reach-top-three",
        "title": "EDG takes down XLG to reach top three",
        "published": date(2026, 6, 15),
        "author": "CongoBat",
    },
    {
        "link": "https://www.vlr.gg/698533/fut-esports-sends-g2-home-to-march-on-in-london",
        "title": "FUT Esports sends G2 home to march on in London",
        "published": date(2026, 6, 15),
        "author": "jenopelle",
    },
    {
        "link": "https://www.vlr.gg/698184/leviat-n-eliminates-team-heretics-at-masters-london",
        "title": "LEVIATÁN eliminates Team Heretics at Masters London",
        "published": date(2026, 6, 14),
        "author": "weivy",
    },
    {
        "link": "https://www.vlr.gg/697537/xi-lai-gaming-pulls-off-miraculous-upset-over-g2-esports",
        "title": "Xi Lai Gaming pulls off miraculous upset over G2 Esports",
        "published": date(2026, 6, 14),
        "author": "jenopelle",
    },
    {
        "link": "https://www.vlr.gg/696924/edg-bring-fut-back-down-to-earth-in-2-1-victory",
        "title": "EDG bring FUT back down to earth in 2-1 victory",
        "published": date(2026, 6, 13),
        "author": "CongoBat",
    },
    {
        "link": "https://www.vlr.gg/696287/vitality-makes-quick-work-of-team-heretics-in-2-0-sweep",
        "title": "Vitality makes quick work of Team Heretics in 2-0 sweep",
        "published": date(2026, 6, 13),
        "author": "jenopelle",
    },
    {
        "link": "https://www.vlr.gg/696227/jessievash-and-team-secret-part-ways-after-five-years",
        "title": "JessieVash and Team Secret part ways after five years",
        "published": date(2026, 6, 12),
        "author": "ChickenJoe",
    },
    {
        "link": "https://www.vlr.gg/696103/paper-rex-routs-leviat-n-in-resounding-playoff-opener",
        "title": "Paper Rex routs LEVIATÁN in resounding playoff opener",
        "published": date(2026, 6, 12),
        "author": "raezeri",
    },
    {
        "link": "https://www.vlr.gg/695209/24k-returns-to-nova-esports-as-head-coach",
        "title": "24K returns to Nova Esports as head coach",
        "published": date(2026, 6, 11),
        "author": "jenopelle",
    },
    {
        "link": "https://www.vlr.gg/694862/playoff-matchups-for-masters-london-drawn",
        "title": "Playoff matchups for Masters London drawn",
        "published": date(2026, 6, 11),
        "author": "jenopelle",
    },
    {
        "link": "https://www.vlr.gg/694767/xi-lai-gaming-defeats-global-esports-to-bring-china-to-playoffs",
        "title": "Xi Lai Gaming defeats Global Esports to bring China to playoffs",
        "published": date(2026, 6, 11),
        "author": "CongoBat",
    },
    {
        "link": "https://www.vlr.gg/694356/fut-emerges-victorious-in-2-1-nailbiter-over-nrg",
        "title": "FUT emerges victorious in 2-1 nailbiter over NRG",
        "published": date(2026, 6, 10),
        "author": "raezeri",
    },
    {
        "link": "https://www.vlr.gg/693220/global-esports-finds-first-masters-win-eliminates-full-sense",
        "title": "Global Esports finds first Masters win, eliminates FULL SENSE",
        "published": date(2026, 6, 10),
        "author": "CongoBat",
    },
    {
        "link": "https://www.vlr.gg/692761/xi-lai-eliminates-dragon-ranger-gaming-in-all-china-brawl",
        "title": "Xi Lai eliminates Dragon Ranger Gaming in All-China brawl",
        "published": date(2026, 6, 9),
        "author": "jenopelle",
    },
    {
        "link": "https://www.vlr.gg/692801/fnatic-releases-cyvoph",
        "title": "FNATIC releases CyvOph",
        "published": date(2026, 6, 9),
        "author": "ChickenJoe",
    },
    {
        "link": "https://www.vlr.gg/692426/leviat-n-takes-down-nrg-2-1-to-secure-playoff-berth",
        "title": "LEVIATÁN takes down NRG 2-1 to secure playoff berth",
        "published": date(2026, 6, 9),
        "author": "raezeri",
    },
]
