"""Real page: a software company's blog topic page ("Tech — How we're building Notion, block by
block.", notion.so/blog/topic/tech, a Next.js site), saved by jakub-m/bulletin for its parser
tests. The list (<div class=posts-grid>): three <article class=post-preview>, each a thumbnail
link, <h4 class=global-title><a>title</a></h4>, a subtitle link to the same post, and a person
block: <img alt="Garrett Fidalgo"> (a portrait, its picture lazy-loaded), <div
class=person-name>Garrett Fidalgo</div> and <div class=person-title>Infrastructure Technical
Lead</div>. Authors: the person's name (without the role). Dates: the cards show none (the
page's script data holds publication times a reader does not see). Not entries: the blog's
navigation (topics, "Subscribe"), the topic header, the footer. `now`: the commit that added
the page (2021-10-08); the newest post is of 2021-10-06.
"""

from datetime import UTC, datetime

url = "https://www.notion.so/blog/topic/tech"
timezone = "America/Los_Angeles"
now = datetime(2021, 10, 8, 21, 49, tzinfo=UTC)

entries = [
    {
        "link": "https://www.notion.so/blog/sharding-postgres-at-notion",
        "title": "Herding elephants: Lessons learned from sharding Postgres at Notion",
        "published": None,
        "author": "Garrett Fidalgo",
    },
    {
        "link": "https://www.notion.so/blog/migrating-notion-marketing-to-next-js",
        "title": "Migrating Notion's marketing site to Next.js",
        "published": None,
        "author": "Cory Etzkorn",
    },
    {
        "link": "https://www.notion.so/blog/data-model-behind-notion",
        "title": "The data model behind Notion's flexibility",
        "published": None,
        "author": "Jake Teton-Landis",
    },
]
