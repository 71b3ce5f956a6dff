"""Enrichment end to end: a listing page and its article pages served by the local HTTP server,
the real fetcher (politeness, caps, address policy), the real update path and a real store
(SQLite file; PostgreSQL with AGGREGATOR_TEST_DATABASE=postgresql), the command line.

Covers ``[[sources]] enrich``: the page's metadata preferred over the listing's card, each
page read once, failures (404, timeout, a redirect to a refused address, not HTML) leaving
the listing's data and the source healthy, retries with backoff then giving up, the bound per
pass, ``full`` content without boilerplate, and ``preview --json``.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug.wrappers import Request, Response

from aggregator.cli import main
from aggregator.config import Config
from aggregator.enrich import MAX_PER_PASS, RETRY_DELAYS, EnrichResult, enrich_due
from aggregator.fetch import Fetcher
from aggregator.politeness import HostLimiter
from aggregator.store import Store
from aggregator.types import Entry, UpdateResult
from aggregator.update import Updater, tag_titles, update_due_sources
from aggregator.web import create_app

LISTING = "/actu/"


def card(n: int) -> str:
    """A WordPress-like card: a short headline of its own, a date without the article's time."""
    return (
        f'<article id="post-{n}" class="post type-post hentry">'
        f'<header class="entry-header"><h2 class="entry-title"><a href="/articles/{n}/" '
        f'rel="bookmark">{listed(n)}</a></h2></header><div class="entry-summary">'
        f"<p>Résumé de l’article {n}, assez long pour être le résumé d’un article.</p></div>"
        f'<footer class="entry-footer"><time class="entry-date published" '
        f'datetime="2026-11-{n:02d}T00:00:00+00:00">{n} nov.</time></footer></article>'
    )


def listed(n: int) -> str:
    """The card's title of article ``n``."""
    return f"Titre {n} sur la carte"


def listing(numbers: list[int]) -> str:
    return (
        '<!doctype html><html lang="fr"><head><title>Actualité – Le Quotidien</title></head>'
        '<body><div id="page"><main id="main" class="site-main"><header class="page-header">'
        f"<h1>Actualité</h1></header>{''.join(card(n) for n in numbers)}</main></div>"
        "</body></html>"
    )


#: Where fields come from on the article page (the rest come from the listing).
FROM_ARTICLE = {"json-ld", "opengraph", "microdata", "article", "htmldate", "trafilatura"}


def article_page(n: int) -> str:
    """An article page with JSON-LD (and OpenGraph, which JSON-LD wins over)."""
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Le Quotidien"},
            {
                "@type": "NewsArticle",
                "headline": f"Le vrai titre de l’article {n} sur le Kremlin",
                "datePublished": f"2026-11-{n:02d}T09:30:00+01:00",
                "author": [{"@type": "Person", "name": "Jeanne Martin"}, "Paul Durand"],
            },
        ],
    }
    return (
        '<!doctype html><html lang="fr"><head>'
        f'<meta property="og:title" content="Titre OG {n} – Le Quotidien">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head>'
        f"<body><article><h1>Titre h1 {n}</h1><p>Texte.</p></article></body></html>"
    )


@dataclass
class Site:
    server: HTTPServer
    store: Store
    write_config: Callable[..., Config]
    capsys: pytest.CaptureFixture[str]
    #: The listing's article numbers, newest first.
    numbers: list[int] = field(default_factory=lambda: [3, 2, 1])
    #: Article path -> handler; articles without one get article_page().
    special: dict[str, Callable[[Request], Response]] = field(default_factory=dict)
    config: Config | None = None
    fetchers: list[Fetcher] = field(default_factory=list)

    def start(self) -> None:
        self.server.expect_request(LISTING).respond_with_handler(
            lambda _: Response(listing(self.numbers), content_type="text/html; charset=utf-8")
        )
        self.server.expect_request(re.compile(r"^/articles/\d+/$")).respond_with_handler(self._article)

    def _article(self, request: Request) -> Response:
        if request.path in self.special:
            return self.special[request.path](request)
        n = int(request.path.split("/")[2])
        return Response(article_page(n), content_type="text/html; charset=utf-8")

    def configure(self, extra: str = "", fetch: str = "") -> Config:
        self.config = self.write_config(f"""
            [database]
            url = "sqlite:///test.db"
            [fetch]
            allow_private = ["127.0.0.1"]
            host_delay = "0s"
            {fetch}
            [tags.kremlin]
            keywords = ["kremlin"]
            [[sources]]
            name = "news"
            url = "{self.server.url_for(LISTING)}"
            type = "html"
            {extra}
            """)
        self.store.sync_sources(self.config.sources, datetime.now(UTC))
        self.store.sync_tags(self.config.tags)
        return self.config

    def fetcher(self) -> Fetcher:
        assert self.config is not None
        fetcher = Fetcher(self.config.fetch)
        self.fetchers.append(fetcher)
        return fetcher

    def poll(self) -> UpdateResult:
        assert self.config is not None
        updater = Updater(config=self.config, store=self.store, fetcher=self.fetcher())
        with ThreadPoolExecutor(2) as pool:
            dispatch = update_due_sources(updater, HostLimiter(pool, 2), limit=10, due_only=False)
            return dispatch.futures["news"].result(timeout=60)

    def enrich_at(self, when: datetime, **options: object) -> EnrichResult:
        """The enrichment step of a pass that happens at ``when`` (a later hour or day)."""
        assert self.config is not None
        updater = Updater(config=self.config, store=self.store, fetcher=self.fetcher())
        return enrich_due(
            name="news",
            store=self.store,
            fetcher=updater.fetcher,
            timezone="UTC",
            tags_for=lambda d: updater.tagger.tags_for(d, ()),
            tag_titles=lambda es: tag_titles(self.config, es),  # type: ignore[arg-type]
            now=when,
            **options,
        )  # type: ignore[arg-type]

    def articles_requested(self) -> list[str]:
        paths = [r.path for r, _ in self.server.log if r.path.startswith("/articles/")]
        self.server.clear_log()
        return paths

    def entries(self) -> dict[str, Entry]:
        page = self.store.feed_page("source", "news", size=1000)
        return {e.data.url.rsplit("/", 2)[-2]: e for e in page.entries if e.data.url}

    def health(self) -> dict[str, object]:
        self.capsys.readouterr()
        assert self.config is not None
        assert main(["sources", "--json", "--config", str(self.config.path)]) == 0
        return {row["name"]: row for row in json.loads(self.capsys.readouterr().out)}["news"]


@pytest.fixture
def site(
    httpserver: HTTPServer,
    store: Store,
    write_config: Callable[..., Config],
    capsys: pytest.CaptureFixture[str],
) -> Iterator[Site]:
    s = Site(server=httpserver, store=store, write_config=write_config, capsys=capsys)
    s.start()
    yield s
    for fetcher in s.fetchers:
        fetcher.close()


# -- metadata -----------------------------------------------------------------------------------


def test_metadata_from_the_article_page_is_preferred_over_the_card(site: Site) -> None:
    site.configure()  # enrich left at its default: "metadata" for type = "html"

    result = site.poll()

    assert (result.ok, result.new) == (True, 3)
    assert sorted(site.articles_requested()) == ["/articles/1/", "/articles/2/", "/articles/3/"]
    entries = site.entries()
    two = entries["2"].data
    assert two.title == "Le vrai titre de l’article 2 sur le Kremlin"
    assert two.published == datetime(2026, 11, 2, 8, 30, tzinfo=UTC)
    assert two.author == "Jeanne Martin, Paul Durand"
    # The listing's own fields stay where the page says nothing, and the id is the listing's.
    assert "Résumé de l’article 2" in (two.summary or "")
    assert two.guid == site.server.url_for("/articles/2/")
    # Tags follow the enriched title (the keyword is only in the page's headline).
    assert "kremlin" in entries["2"].tags


def test_the_update_result_and_the_metrics_count_article_pages(site: Site) -> None:
    from prometheus_client.parser import text_string_to_metric_families

    from aggregator.metrics import Metrics

    site.numbers = [3, 2, 1]
    site.special = {"/articles/1/": _not_found}
    site.configure()

    result = site.poll()

    assert (result.articles_read, result.articles_failed, result.articles_given_up, result.enriched) == (
        2,
        1,
        0,
        2,
    )
    metrics = Metrics()
    metrics.observe_update(result)
    text, _ = metrics.exposition()
    counts = {
        s.labels["outcome"]: s.value
        for f in text_string_to_metric_families(text.decode())
        if f.name == "aggregator_article_pages"
        for s in f.samples
        if s.name.endswith("_total")
    }
    assert counts == {"read": 2.0, "failed": 1.0, "given_up": 0.0}


def test_enriched_fields_reach_the_feeds(site: Site) -> None:
    config = site.configure()
    site.poll()

    client = create_app(config, site.store).test_client()
    feed = client.get("/sources/news.json").get_json()
    atom = client.get("/feeds/kremlin.atom").get_data(as_text=True)
    rss = client.get("/sources/news.rss").get_data(as_text=True)

    item = next(i for i in feed["items"] if i["url"].endswith("/articles/1/"))
    assert item["title"] == "Le vrai titre de l’article 1 sur le Kremlin"
    assert item["date_published"].startswith("2026-11-01T08:30:00")
    assert [a["name"] for a in item["authors"]] in (
        ["Jeanne Martin, Paul Durand"],
        ["Jeanne Martin", "Paul Durand"],
    )
    assert "Le vrai titre de l’article 3 sur le Kremlin" in atom
    assert "Jeanne Martin" in atom
    assert "<title>Le vrai titre de l’article 2 sur le Kremlin</title>" in rss
    assert "Titre 2 sur la carte" not in rss + atom


def test_each_article_page_is_read_once_and_what_it_gave_stays(site: Site) -> None:
    site.configure()
    site.poll()
    site.articles_requested()

    site.numbers = [4, 3, 2, 1]  # a new article: the listing body changes, and is read again
    result = site.poll()

    assert (result.ok, result.new, result.updated) == (True, 1, 0)
    assert site.articles_requested() == ["/articles/4/"]
    entries = site.entries()
    # The listing still says "Titre 1 sur la carte": the page's title is kept, not reverted.
    assert entries["1"].data.title == "Le vrai titre de l’article 1 sur le Kremlin"
    assert entries["4"].data.title == "Le vrai titre de l’article 4 sur le Kremlin"

    site.poll()
    assert site.articles_requested() == []

    # Turned off later: nothing more is read, and what was read stays.
    site.configure('enrich = "none"')
    site.numbers = [5, 4, 3, 2, 1]
    assert site.poll().new == 1
    assert site.articles_requested() == []
    entries = site.entries()
    assert entries["1"].data.title == "Le vrai titre de l’article 1 sur le Kremlin"
    assert entries["5"].data.title == listed(5)


def test_enrich_none_reads_no_article_page(site: Site) -> None:
    site.configure('enrich = "none"')

    site.poll()

    assert site.articles_requested() == []
    assert site.entries()["1"].data.title == listed(1)


def test_a_feed_source_is_not_enriched_by_default(site: Site, httpserver: HTTPServer) -> None:
    items = "".join(
        f"<item><title>T{n}</title><link>{httpserver.url_for(f'/articles/{n}/')}</link></item>"
        for n in (1, 2)
    )
    httpserver.expect_request("/feed.xml").respond_with_data(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>',
        content_type="application/rss+xml",
    )
    site.configure()
    config = site.write_config(f"""
        [database]
        url = "sqlite:///test.db"
        [[sources]]
        name = "news"
        url = "{httpserver.url_for("/feed.xml")}"
        """)
    site.config = config
    site.store.sync_sources(config.sources, datetime.now(UTC))

    assert site.poll().new == 2
    assert site.articles_requested() == []


# -- failures, retries ------------------------------------------------------------------------


def _not_found(_: Request) -> Response:
    return Response("gone", status=404)


def _slow(_: Request) -> Response:
    time.sleep(1.5)
    return Response(article_page(2), content_type="text/html")


def _pdf(_: Request) -> Response:
    return Response(b"%PDF-1.7", content_type="application/pdf")


@pytest.mark.slow
def test_failing_article_pages_leave_the_listing_data_and_the_source_healthy(site: Site) -> None:
    site.numbers = [4, 3, 2, 1]
    port = site.server.port
    site.special = {
        "/articles/1/": _not_found,
        "/articles/2/": _slow,  # past fetch.timeout
        # 127.0.0.2 is not in allow_private: refused before any connection is made.
        "/articles/3/": lambda _: Response(
            "", status=302, headers={"Location": f"http://127.0.0.2:{port}/x"}
        ),
        "/articles/4/": _pdf,
    }
    site.configure(fetch='timeout = "1s"')

    result = site.poll()

    assert (result.ok, result.new, result.error) == (True, 4, None)
    health = site.health()
    assert (health["error"], health["failures"]) == (None, 0)
    for n, entry in site.entries().items():
        assert entry.data.title == listed(int(n))
    assert sorted(site.articles_requested()) == [f"/articles/{n}/" for n in (1, 2, 3, 4)]

    # Not tried again at every pass: the next one, right after, asks for nothing.
    site.poll()
    assert site.articles_requested() == []


def test_a_failed_page_is_retried_with_backoff_then_given_up(site: Site) -> None:
    site.numbers = [1]
    site.special = {"/articles/1/": _not_found}
    site.configure()
    start = datetime.now(UTC)
    site.poll()
    assert site.articles_requested() == ["/articles/1/"]

    # Before each delay is over nothing is asked; once it is, one try. Then no more.
    when = start
    for delay in RETRY_DELAYS:
        site.enrich_at(when + delay - timedelta(minutes=5))
        assert site.articles_requested() == []
        when += delay + timedelta(minutes=1)
        site.enrich_at(when)
        assert site.articles_requested() == ["/articles/1/"]
    site.enrich_at(when + timedelta(days=30))
    assert site.articles_requested() == []
    assert site.entries()["1"].data.title == listed(1)


def test_a_page_that_comes_back_is_read_at_its_retry(site: Site) -> None:
    site.numbers = [1]
    site.special = {"/articles/1/": _not_found}
    site.configure()
    site.poll()
    site.articles_requested()
    del site.special["/articles/1/"]

    site.enrich_at(datetime.now(UTC) + RETRY_DELAYS[0] + timedelta(minutes=1))

    assert site.entries()["1"].data.title == "Le vrai titre de l’article 1 sur le Kremlin"
    assert site.articles_requested() == ["/articles/1/"]
    site.enrich_at(datetime.now(UTC) + timedelta(days=30))
    assert site.articles_requested() == []  # read once, not again


# -- the bound per pass ---------------------------------------------------------------------------


def test_article_pages_are_bounded_per_pass_and_the_rest_follow(site: Site) -> None:
    total = MAX_PER_PASS + 3
    site.numbers = list(range(total, 0, -1))
    site.configure()

    first = site.poll()
    assert first.new == total
    assert len(site.articles_requested()) == MAX_PER_PASS
    site.poll()  # the listing is unchanged: the pending pages continue all the same
    assert len(site.articles_requested()) == 3
    site.poll()
    assert site.articles_requested() == []
    assert all(e.data.title.startswith("Le vrai titre") for e in site.entries().values())


def test_no_page_is_started_once_the_process_stops_nor_past_the_time_budget(site: Site) -> None:
    site.configure()
    assert site.config is not None
    updater = Updater(config=site.config, store=site.store, fetcher=site.fetcher())
    updater.stopping.set()  # as Poller.stop does at SIGTERM
    with ThreadPoolExecutor(1) as pool:
        result = (
            update_due_sources(updater, HostLimiter(pool, 1), limit=10, due_only=False)
            .futures["news"]
            .result(timeout=30)
        )

    assert (result.ok, result.new) == (True, 3)
    assert site.articles_requested() == []  # the entries are stored, their pages still due

    # A clock 40 s further on at each look: the budget (60 s) allows one page, then stops.
    ticks = iter(range(0, 4000, 40))
    read = site.enrich_at(datetime.now(UTC), clock=lambda: next(ticks))
    assert read.read == 1 and len(site.articles_requested()) == 1
    assert site.enrich_at(datetime.now(UTC)).read == 2  # the rest, at the next pass


# -- full -------------------------------------------------------------------------------------------

FULL_PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Le Kremlin répond | Le Quotidien</title>
<meta property="og:title" content="Le Kremlin répond | Le Quotidien">
<meta property="og:site_name" content="Le Quotidien"></head>
<body>
<nav class="menu"><ul><li><a href="/">Accueil</a></li><li><a href="/monde/">Monde</a></li>
<li><a href="/sport/">Sport</a></li></ul></nav>
<main><article>
<h1>Le Kremlin répond</h1>
<div class="share-bar"><a href="https://facebook.com/share">Partager sur Facebook</a>
<a href="https://twitter.com/share">Partager sur Twitter</a></div>
<p>Premier paragraphe de l’article, où le porte-parole de la présidence russe répond longuement
aux questions des journalistes sur les négociations en cours avec Washington.</p>
<h2>Une réponse attendue</h2>
<p>Deuxième paragraphe, avec <em>de l’emphase</em> et <a href="/dossier/">un lien</a>, qui
développe les arguments avancés par Moscou pendant la conférence de presse de mardi.</p>
<ul><li>Premier point de la liste des propositions</li><li>Second point de la liste</li></ul>
<blockquote><p>« Nous sommes prêts à discuter », a déclaré le porte-parole devant la presse.</p></blockquote>
<figure><img src="/images/kremlin.jpg" alt="Le Kremlin"><figcaption>Le Kremlin, mardi.</figcaption></figure>
<p>Troisième paragraphe, qui conclut l’article sur les suites possibles de ces échanges entre
les deux capitales, et sur le calendrier des prochaines rencontres.</p>
<aside class="newsletter"><h3>Inscrivez-vous à notre newsletter</h3>
<form><input type="email" placeholder="Votre e-mail"><button>S’inscrire</button></form></aside>
</article>
<section class="related"><h2>À lire aussi</h2><ul>
<li><a href="/articles/90/">Un autre article sans rapport</a></li>
<li><a href="/articles/91/">Encore un article sans rapport</a></li></ul></section>
<section id="comments" class="comments"><h2>Commentaires</h2>
<div class="comment"><p>Premier commentaire d’un lecteur mécontent.</p></div></section>
</main>
<footer><p>© Le Quotidien — Mentions légales</p></footer>
</body></html>"""


def test_full_content_is_the_article_text_without_boilerplate(site: Site) -> None:
    site.numbers = [1]
    site.special = {"/articles/1/": lambda _: Response(FULL_PAGE, content_type="text/html")}
    site.configure('enrich = "full"')

    site.poll()

    data = site.entries()["1"].data
    assert data.title == "Le Kremlin répond"
    content = data.content or ""
    for kept in (
        "Premier paragraphe",
        "Une réponse attendue",
        "<li>Premier point",
        "Nous sommes prêts à discuter",
        "Troisième paragraphe",
    ):
        assert kept in content
    assert re.search(r"<(em|i)>de l’emphase</\1>", content)
    assert re.search(r'<a href="http://localhost:\d+/dossier/"[^>]*>un lien</a>', content)
    assert "<h1>" not in content  # the headline is the entry's title, not repeated
    assert re.search(r"<img[^>]+src=\"http://localhost:\d+/images/kremlin.jpg\"", content)
    assert "<blockquote>" in content
    assert re.search(r"<h\d>Une réponse attendue</h\d>", content)
    for dropped in (
        "Accueil",
        "Partager sur",
        "newsletter",
        "S’inscrire",
        "À lire aussi",
        "sans rapport",
        "Commentaires",
        "lecteur mécontent",
        "Mentions légales",
    ):
        assert dropped not in content
    assert "<form" not in content and "<input" not in content


# -- configuration ----------------------------------------------------------------------------------


def test_enrich_is_validated_with_a_did_you_mean(write_config: Callable[..., Config]) -> None:
    from aggregator.exceptions import ConfigError

    with pytest.raises(
        ConfigError,
        match=r"sources\[0\]\.enrich: expected one of 'none', "
        r"'metadata', 'full', got 'yes'",
    ):
        write_config('[[sources]]\nname = "a"\nurl = "https://e.org/"\nenrich = "yes"\n')
    with pytest.raises(
        ConfigError,
        match=r"sources\[0\]\.enrch: unknown key; did you mean "
        r"'enrich'\?",
    ):
        write_config('[[sources]]\nname = "a"\nurl = "https://e.org/"\nenrch = "full"\n')
    config = write_config(
        '[[sources]]\nname = "a"\nurl = "https://e.org/"\n'
        '[[sources]]\nname = "b"\nurl = "https://e.org/f"\ntype = "feed"\n'
        '[[sources]]\nname = "c"\nurl = "https://e.org/c"\nenrich = "full"\n'
    )
    a, b, c = config.sources
    assert (a.enrich_for("html"), a.enrich_for("rss20")) == ("metadata", "none")
    assert b.enrich_for("rss20") == "none"
    assert (c.enrich_for("html"), c.enrich_for("atom10")) == ("full", "full")


# -- preview --json -----------------------------------------------------------------------------------


def preview(site: Site, *args: str) -> tuple[int, dict[str, object], str]:
    assert site.config is not None
    site.capsys.readouterr()
    status = main(
        [
            "preview",
            site.server.url_for(LISTING),
            "--json",
            *args,
            "--config",
            str(site.config.path),
            "--log-level",
            "ERROR",
        ]
    )
    out, err = site.capsys.readouterr()
    return status, (json.loads(out) if status == 0 else {}), err


def test_preview_json_shape_with_origins(site: Site) -> None:
    site.configure()

    status, doc, err = preview(site)

    assert status == 0, err
    assert {"entries", "selectors", "next", "feed", "kind"} <= doc.keys()
    assert (doc["kind"], doc["next"], doc["feed"], doc["enrich"]) == ("html", None, None, "metadata")
    assert isinstance(doc["selectors"], dict) and doc["selectors"]
    entries = doc["entries"]
    assert isinstance(entries, list) and len(entries) == 3
    first = entries[0]
    assert {"title", "link", "date", "summary", "authors", "content", "origin"} <= first.keys()
    assert first["title"] == "Le vrai titre de l’article 3 sur le Kremlin"
    assert first["authors"] == ["Jeanne Martin", "Paul Durand"]
    assert first["date"] == "2026-11-03T08:30:00+00:00"
    origin = first["origin"]
    assert (origin["title"], origin["date"], origin["authors"]) == ("json-ld",) * 3
    assert origin["link"] not in FROM_ARTICLE and origin["summary"] not in FROM_ARTICLE
    assert sorted(site.articles_requested()) == ["/articles/1/", "/articles/2/", "/articles/3/"]

    status, doc, err = preview(site, "--enrich", "none")
    assert status == 0, err
    first = doc["entries"][0]  # type: ignore[index]
    assert first["title"] == listed(3)
    assert not set(first["origin"].values()) & FROM_ARTICLE
    assert site.articles_requested() == []


def test_preview_runs_without_a_configuration_file(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    monkeypatch.chdir(folder)  # no ./config.toml here, and none named

    status = main(["preview", site.server.url_for(LISTING), "--json"])

    # The defaults apply, and they refuse the loopback address: the page was not fetched.
    err = capsys.readouterr().err
    assert status == 1
    assert "not a public address" in err and "config" not in err.split("allow_private")[0]
    # Naming a file that does not exist is still an error of its own.
    assert main(["preview", site.server.url_for(LISTING), "--config", "missing.toml"]) == 2


# -- the pure parts: what a page's fields do to an entry -------------------------------------------


def test_a_day_only_date_does_not_replace_a_listing_date_of_that_day() -> None:
    from dataclasses import replace

    from aggregator.enrich import article_fields, merge
    from aggregator.normalize import content_hash
    from aggregator.types import ArticleData, EntryData

    listed_at = datetime(2026, 1, 26, 17, 32, tzinfo=UTC)
    data = EntryData(
        guid="g",
        url="https://e.org/a",
        title="Card",
        summary=None,
        content=None,
        author=None,
        published=listed_at,
        updated=None,
    )
    data = replace(data, content_hash=content_hash(data))
    noon = datetime(2026, 1, 26, 12, 0, tzinfo=UTC)
    same_day = ArticleData(
        title="Headline", published=noon, day_only=True, origin={"title": "json-ld", "published": "htmldate"}
    )

    fields = article_fields(same_day, url="https://e.org/a", listing=data)
    assert "published" not in fields and fields["origin"] == {"title": "json-ld"}
    merged = merge(data, fields)
    assert (merged.title, merged.published, merged.guid) == ("Headline", listed_at, "g")
    assert merged.content_hash != data.content_hash

    other_day = replace(same_day, published=noon - timedelta(days=3))
    assert merge(
        data, article_fields(other_day, url="https://e.org/a", listing=data)
    ).published == noon - timedelta(days=3)
    with_time = replace(same_day, published=noon - timedelta(hours=2), day_only=False)
    assert merge(
        data, article_fields(with_time, url="https://e.org/a", listing=data)
    ).published == noon - timedelta(hours=2)


def test_retries_back_off_then_give_up() -> None:
    from aggregator.enrich import retry_at

    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert [retry_at(tries, now) for tries in range(len(RETRY_DELAYS) + 2)] == [
        now + d for d in RETRY_DELAYS
    ] + [None, None]
