"""Expected parse of drupal_views_en.html: a Drupal 10 taxonomy term page (path alias
/tags/kremlin) rendered by Views: div.view-content > div.views-row, titles in
span.field-content a (no headings), the date as "January 5, 2026" in div.views-field-created,
an author field, a trimmed body and a "Read more" field. The sidebar holds two more Views
blocks ("Recent content" with "7 hours ago" dates, "Most read") inside <main>, and a tag
cloud. The pager's next link is relative ("?page=1", Drupal counts pages from 0).

Drupal serves the term's feed at /taxonomy/term/42/feed (not under the alias), announced in
<head> with the term's name as title next to the front-page feed /rss.xml; the page's
shortlink is /taxonomy/term/42.
"""

from datetime import UTC, datetime

url = "https://www.northgate-herald.com/tags/kremlin"
timezone = "America/New_York"
now = datetime(2026, 1, 23, 17, 0, tzinfo=UTC)
next_page = "https://www.northgate-herald.com/tags/kremlin?page=1"
alternate_feed = "https://www.northgate-herald.com/taxonomy/term/42/feed"

_SITE = "https://www.northgate-herald.com"
_NOISE = ["Read more", "By ", "Maria Lopez", "Daniel Okafor", "Claire Bennett", ", 2026", ", 2025"]

# Dates have no time: noon in New York, 17:00 UTC (EST), 16:00 UTC before 2 November 2025 (EDT).
entries = [
    {
        "title": "Kremlin says talks with U.S. envoys were 'useful' but brought no breakthrough",
        "link": f"{_SITE}/world/2026/01/23/kremlin-says-talks-us-envoys-were-useful-brought-no-breakthrough",
        "published": datetime(2026, 1, 23, 17, 0, tzinfo=UTC),  # January 23, 2026
        "summary_contains": [
            "Kremlin aide Yuri Ushakov said the late-night meeting in Moscow "
            'had been "useful in every respect"'
        ],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Putin invited to join Trump's 'Board of Peace', Kremlin confirms",
        "link": f"{_SITE}/world/2026/01/19/putin-invited-join-trumps-board-peace-kremlin-confirms",
        "published": datetime(2026, 1, 19, 17, 0, tzinfo=UTC),  # January 19, 2026
        "summary_contains": ['Moscow was studying the proposal "carefully"'],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Russia expels British diplomat over spying allegations",
        "link": f"{_SITE}/world/2026/01/15/russia-expels-british-diplomat-over-spying-allegations",
        "published": datetime(2026, 1, 15, 17, 0, tzinfo=UTC),  # January 15, 2026
        "summary_contains": ["a second secretary at the British embassy"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Zelensky replaces head of Ukraine's SBU security service",
        "link": f"{_SITE}/world/2026/01/05/zelensky-replaces-head-ukraines-sbu-security-service",
        "published": datetime(2026, 1, 5, 17, 0, tzinfo=UTC),  # January 5, 2026
        "summary_contains": ["Vasyl Malyuk, who led the agency"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Moscow makes 'proposal' to Paris over jailed French researcher",
        "link": f"{_SITE}/world/2025/12/25/moscow-makes-proposal-paris-over-jailed-french-researcher",
        "published": datetime(2025, 12, 25, 17, 0, tzinfo=UTC),  # December 25, 2025
        "summary_contains": ["Laurent Vinatier, held in Russia since June 2024"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Putin says Russia is not seeking war with Europe but is 'ready'",
        "link": f"{_SITE}/world/2025/12/17/putin-says-russia-not-seeking-war-europe-ready",
        "published": datetime(2025, 12, 17, 17, 0, tzinfo=UTC),  # December 17, 2025
        "summary_contains": ["Addressing the defense ministry board"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Kremlin denies rumors that Lavrov has fallen out of favor",
        "link": f"{_SITE}/world/2025/11/12/kremlin-denies-rumors-lavrov-has-fallen-out-favor",
        "published": datetime(2025, 11, 12, 17, 0, tzinfo=UTC),  # November 12, 2025
        "summary_contains": ["has not been seen in public since late October"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Moldova's new defense strategy names Russia as main threat",
        "link": f"{_SITE}/world/2025/11/04/moldovas-new-defense-strategy-names-russia-main-threat",
        "published": datetime(2025, 11, 4, 17, 0, tzinfo=UTC),  # November 4, 2025
        "summary_contains": ["Chisinau's new doctrine calls Russia the main threat"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Kremlin says U.S. sanctions on Rosneft and Lukoil will backfire",
        "link": f"{_SITE}/business/2025/10/23/kremlin-says-us-sanctions-rosneft-lukoil-will-backfire",
        "published": datetime(2025, 10, 23, 16, 0, tzinfo=UTC),  # October 23, 2025 (EDT)
        "summary_contains": ["Russia's two largest oil companies"],
        "summary_excludes": _NOISE,
    },
]
