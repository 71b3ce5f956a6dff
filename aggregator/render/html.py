"""HTML pages: the index, a tag's and a source's latest entries (templates/*.html, Jinja).

Pure, like the feed renderers: the caller gathers what a page shows (pages.py, from the
store) and gets the page's text back, so the web views and the static export write the same
bytes without one building the other (the export once ran a whole Flask app per page).
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, pass_context
from jinja2.runtime import Context


def render_page(template: str, *, zone: ZoneInfo, **context: Any) -> str:
    """``template`` (a file name in templates/) rendered with ``context``; dates shown
    through the ``local`` filter are in ``zone`` (``[server] timezone``)."""
    return _environment().get_template(template).render(context, zone=zone)


@cache
def _environment() -> Environment:
    # Autoescaping as Flask sets it for .html templates: every value is escaped unless
    # marked safe, so a title a remote site chose cannot inject markup.
    env = Environment(loader=PackageLoader("aggregator.render", "templates"), autoescape=True)
    env.filters["local"] = _local_time
    return env


@pass_context
def _local_time(context: Context, when: datetime) -> str:
    """A date and time as the pages show them: in the page's zone, zone named."""
    local = when.astimezone(context["zone"])
    return f"{local:%Y-%m-%d %H:%M} {local.tzname()}"
