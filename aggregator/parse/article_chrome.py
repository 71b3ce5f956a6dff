"""The site's own chrome around an article: its masthead and navigation bars, whose dates are
the day the page was served ("Thursday 04/9/2020", "April 15, 2011" beside the menu), not
the article's.

Many sites print today's date in the strip above or inside their menu; a page saved on another
day than the article's shows both, the menu's first. A date there is never a dateline, and
no site writes an article's dateline inside its menu; so the dateline readers
(parse/article_dateline.py) pass such dates over. The headline's own container is never
chrome, whatever its class: some sites name the article's header "header".

Pure: no network, no clock.
"""

from __future__ import annotations

import re
from typing import Any

from aggregator.parse.article_places import names_of

#: Class or id tokens of a site's masthead and navigation bars ("header", "site-header",
#: "masthead", "nav", "navbar", "main-nav", "topbar", "top-bar", "menu"), whole tokens only:
#: "entry-header" or "nav-links" (an article's own header, its pager) are not the site's.
_CHROME = re.compile(
    r"^(?:(?:site|page|global|main|top)[-_]?)?(?:header|masthead|nav|navbar|navigation|menu|topbar|top[-_]bar)$",
    re.I,
)


def in_site_chrome(el: Any) -> bool:
    """Whether ``el`` stands in the site's masthead or navigation: an ancestor (or ``el``)
    that is a ``<nav>`` or whose class or id names a header, masthead, menu or navigation bar,
    and that does not hold the page's headline (its first ``<h1>`` with text)."""
    headline = next((h for h in el.getroottree().iter("h1") if h.text_content().strip()), None)
    for node in (el, *el.iterancestors()):
        if node.tag in ("body", "html"):
            return False
        chrome = node.tag == "nav" or any(_CHROME.match(name) for name in names_of(node))
        if chrome and (headline is None or not any(a is node for a in headline.iterancestors())):
            return True
    return False
