"""French media-news brief (Puremédias), saved by the Wayback Machine: 'le 01/12/2017 à 15h45' after the text; no byline shown (JSON-LD names a journalist): authors not scored.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswebarchiveorgwebhttpwwwozapcomactuinvitessalutlesterriensrecoitflorentpagnyetfredericlopez544047 (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://www.ozap.com/actu/invites-salut-les-terriens-recoit-florent-pagny-et-frederic-lopez/544047"
timezone = "Europe/Paris"
lang = "fr"
title = 'Invités : "Salut les Terriens !" reçoit Florent Pagny et Frédéric Lopez'
published = datetime(2017, 12, 1, 14, 45, tzinfo=UTC)
