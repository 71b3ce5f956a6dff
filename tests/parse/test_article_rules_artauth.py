"""parse/article_markup.py and parse/_byline_words.py: bylines on pages nobody tuned for (branch
artauth): the byline's label in the languages of a written-down vocabulary ("Autorka:",
"Napisał:", "Yazar:", "Автор:", "Door", "Oleh"), a name with its particles ("Jan de Vries"), a
link to an author's page under the word for author or newsroom in other languages
("/autori/…", "/redakce/…", "/yazar/…"), the microformats' author card (``h-card``), a
reporter's line in traditional Chinese characters; two names joined by the language's "and"
("a", "ve", "és", "и")."""

from __future__ import annotations

import pytest
from _article import page

from aggregator.parse.article import read_article

URL = "https://news.example.org/2024/05/01/the-mayor-opens-the-new-bridge"
HEADLINE = "The mayor opens the new bridge over the river"
TEXT = "<p>The bridge, three years in the building, carries two lanes and a cycle path.</p>"


def _authors(body: str, lang: str = "en") -> list[str]:
    article = read_article(page(body=body, lang=lang, title=HEADLINE), url=URL)
    return list(article.authors)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("line", "lang", "name"),
    [
        ("Autorka: Jana Nováková", "cs", "Jana Nováková"),
        ("Napisał: Jan Kowalski", "pl", "Jan Kowalski"),
        ("Redacción: María López", "es", "María López"),
        ("Yazar: Ahmet Yılmaz", "tr", "Ahmet Yılmaz"),
        ("Автор: Иван Петров", "ru", "Иван Петров"),
        ("Авторка: Олена Петренко", "uk", "Олена Петренко"),
        ("Szerző: Kovács Anna", "hu", "Kovács Anna"),
        ("Συντάκτης: Γιάννης Παπαδόπουλος", "el", "Γιάννης Παπαδόπουλος"),
        ("Door Jan de Vries", "nl", "Jan de Vries"),
        ("di Mario Rossi", "it", "Mario Rossi"),
        ("Oleh Budi Santoso", "id", "Budi Santoso"),
        ("Penulis： Siti Rahma", "id", "Siti Rahma"),
    ],
)
def test_a_byline_s_label_in_the_vocabulary_s_languages(line: str, lang: str, name: str) -> None:
    body = f"<article><h1>{HEADLINE}</h1><div class='meta'>{line}</div>{TEXT}</article>"
    assert _authors(body, lang) == [name]


def test_a_label_in_a_byline_element_is_no_part_of_the_name() -> None:
    body = f"<article><h1>{HEADLINE}</h1><div class='author'>Yazar: Ahmet Yılmaz</div>{TEXT}</article>"
    assert _authors(body, "tr") == ["Ahmet Yılmaz"]


def test_a_label_word_that_begins_a_sentence_is_no_byline() -> None:
    # Without its colon "Autor" opens a sentence, and "Texto:" quotes a text: no byline.
    body = (
        f"<article><h1>{HEADLINE}</h1>{TEXT}<p>Autor Jan Novák</p>"
        "<p>Texto: Constitución Política</p></article>"
    )
    assert _authors(body, "es") == []


@pytest.mark.parametrize("path", ["/autori/jan-novak", "/redakce/jan-novak", "/yazar/jan-novak"])
def test_a_link_to_an_author_s_page_under_the_word_for_author_or_newsroom(path: str) -> None:
    body = f"<article><h1>{HEADLINE}</h1><div><a href='{path}'>Jan Novák</a></div>{TEXT}</article>"
    assert _authors(body, "cs") == ["Jan Novák"]


def test_a_microformats_author_card_names_the_author() -> None:
    body = (
        f"<article class='h-entry'><h1 class='p-name'>{HEADLINE}</h1>"
        "<address class='p-author h-card'><img class='u-photo' src='/me.jpg' alt=''>"
        "<a class='p-name u-url' href='/'>Jane Doe</a></address>"
        f"<div class='e-content'>{TEXT}</div></article>"
    )
    assert _authors(body) == ["Jane Doe"]


def test_a_card_s_name_outside_an_author_card_is_none() -> None:
    # An h-entry's own "p-name" is its headline, not a person.
    body = f"<article class='h-entry'><h1>{HEADLINE}</h1><p class='p-name'>Summer Works</p>{TEXT}</article>"
    assert _authors(body) == []


def test_a_reporter_s_line_in_traditional_characters() -> None:
    # "記者" (reporter) as Taiwan's and Hong Kong's papers write it, then the names.
    body = f"<article><h1>{HEADLINE}</h1><p>記者 王小明 李大華／台北報導</p>{TEXT}</article>"
    assert _authors(body, "zh-TW") == ["王小明", "李大華"]


@pytest.mark.parametrize(
    ("line", "lang", "names"),
    [
        ("Jan Novák a Petr Svoboda", "cs", ["Jan Novák", "Petr Svoboda"]),
        ("Ahmet Yılmaz ve Ayşe Kaya", "tr", ["Ahmet Yılmaz", "Ayşe Kaya"]),
        ("Kovács Anna és Nagy Péter", "hu", ["Kovács Anna", "Nagy Péter"]),
        ("Иван Петров и Анна Смирнова", "ru", ["Иван Петров", "Анна Смирнова"]),
    ],
)
def test_two_authors_joined_by_the_language_s_and(line: str, lang: str, names: list[str]) -> None:
    body = f"<article><h1>{HEADLINE}</h1><div class='byline'>{line}</div>{TEXT}</article>"
    assert _authors(body, lang) == names
