"""Real page: a podcast's page on Spotify's web player ("Israeli Settlements 360"), saved by
damoeb/feedless for its tests. lang="en" (no region). An <ol class=tracklist> of two episodes,
each one link around a numbered row: the position " 1. ", the episode's name (<span
class=track-name>), "11/05/2020" (<span class=artists-albums>) and the duration "43:57". The
title is the name without the number. The date is not scored: both episodes show the same
"11/05/2020", which the page does not settle as 11 May or 5 November (Spotify writes dates the
American way, the page says only "en"). No bylines.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://open.spotify.com/show/4NG1pkSYlOWcrwaEbbHoOZ"
timezone = "UTC"
now = datetime(2020, 11, 20, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://open.spotify.com/episode/1oQdQ3gWA4Scx3lHq972i3?si=QXk3XJZHTJ60dncN1d2eeQ",
        "title": "Episode 2: Legalizing the illegal: the invisible foundation for building, expanding and maintaining the settlement project",
        "author": None,
    },
    {
        "link": "https://open.spotify.com/episode/077Dw15hKhS6r8KFOkDxfO?si=QXk3XJZHTJ60dncN1d2eeQ",
        "title": "Episode 1: Who started it? Gershom Gorenberg on the state, the settlers and the ideology of Israeli settlements",
        "author": None,
    },
]
