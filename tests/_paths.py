"""Where test data lives.

The adversarial inputs (made for this project) and the RFC 4287 RELAX NG schema are kept in
tests/data. The third-party conformance corpus is not republished here: it is read from
``$AGGREGATOR_CORPUS``, else ``../shared/corpus`` beside the checkout, and the tests that
need it skip, saying so, when it is absent. The article pages of the article corpus
(tests/data/article_corpus/README.md) are third-party pages too: read from
``$AGGREGATOR_ARTICLE_PAGES``, else the corpus's ``article-pages/`` folder, else
``corpus-pages/article-pages`` beside the checkout.
"""

from __future__ import annotations

import os
from pathlib import Path

TESTS = Path(__file__).parent
DATA = TESTS / "data"
ADVERSARIAL = DATA / "adversarial"
ATOM_RNG = DATA / "schema" / "atom.rng"


def _find_corpus() -> Path | None:
    candidates = [
        os.environ.get("AGGREGATOR_CORPUS"),
        TESTS.parent.parent / "shared" / "corpus",
        "/work/shared/corpus",
    ]
    for candidate in candidates:
        if candidate and (Path(candidate) / "feedparser-6.0.14-tests").is_dir():
            return Path(candidate)
    return None


#: The shared conformance corpus, or None when this machine does not have it.
CORPUS = _find_corpus()


def _find_article_pages() -> Path | None:
    candidates = [
        os.environ.get("AGGREGATOR_ARTICLE_PAGES"),
        CORPUS / "article-pages" if CORPUS else None,
        # Saved pages of other projects are not republished in this repository; a machine that
        # has them keeps them beside the checkout.
        TESTS.parent.parent / "corpus-pages" / "article-pages",
        "/work/corpus-pages/article-pages",
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None


#: The saved article pages of tests/data/article_corpus, or None when this machine lacks them.
ARTICLE_PAGES = _find_article_pages()
