"""The words a byline writes before the author's name, language by language: data only, read by
parse/article_markup.py (a byline written as text, a label before a linked name) and
parse/article_byline_text.py (a byline element's text without its label).

Two kinds, as bylines write them:

- ``AGENT_WORDS``: the preposition of a passive's agent ("[written] by"), written without a
  colon before the name ("Door Jan de Vries", "di Mario Rossi", "Oleh Budi Santoso");
- ``LABEL_WORDS``: a noun or a verb's past that labels the name, written with a colon after it
  ("Autorka: Jana Nováková", "Napisał: Jan Kowalski", "Yazar: Ahmet Yılmaz", "Автор: Иван
  Петров", "Redacción: María López"): without the colon these words begin sentences, so the
  colon is required. The word for "text" ("Texto:", "Tekst:") is none of them: a text quotes
  a law's or a speech's ("Texto: Constitución Política"), so it counts only in a credits block
  beside a picture's credit (parse/article_credits.py).

The words are the translations of "author", "written by", "reporter" and "newsroom"
that Wiktionary's translation tables give (en.wiktionary.org, entries "author", "by"
(preposition, agent of a passive), "reporter" and "newsroom"), as the languages' publishers put
them in bylines; lower case, compared case folded. Each line is one language.
"""

from __future__ import annotations

#: The agent's preposition ("by"), alone before the name.
AGENT_WORDS: tuple[str, ...] = (
    "by",
    "door",  # Dutch
    "von",  # German
    "par",  # French
    "por",  # Spanish, Portuguese
    "di",  # Italian ("di Mario Rossi", "a cura di")
    "av",  # Norwegian, Swedish
    "af",  # Danish
    "oleh",  # Indonesian, Malay
)

#: Labels written before a colon and the name, one language a line.
LABEL_WORDS: tuple[str, ...] = (
    *("author", "authors", "reporter", "reporting"),  # English
    *("autor", "autorin", "autoren", "verfasser", "verfasserin"),  # German
    *("auteur", "auteure", "auteurs", "autrice", "rédaction"),  # French
    *("autor", "autora", "autores", "redacción", "redactor", "redactora"),  # Spanish
    *("autor", "autora", "redação", "reportagem"),  # Portuguese
    *("autore", "autrice", "autori", "a cura di", "redazione"),  # Italian
    *("auteur", "door", "redactie"),  # Dutch
    *("forfatter", "skrevet af", "skrevet av"),  # Danish, Norwegian
    *("författare", "skriven av"),  # Swedish
    *("kirjoittaja",),  # Finnish
    *("autor", "autorka", "autoři", "napsal", "napsala"),  # Czech
    *("autor", "autorka", "napísal", "napísala"),  # Slovak
    *("autor", "autorka", "autorzy", "napisał", "napisała", "oprac"),  # Polish
    *("szerző", "írta"),  # Hungarian
    *("autor", "autori"),  # Romanian
    *("autor", "autorica", "autorka", "piše", "napisao", "napisala"),  # Croatian, Serbian, Slovenian
    *("autorius", "autorė", "autors", "autore", "autor"),  # Lithuanian, Latvian, Estonian
    *("yazar", "yazan", "haber"),  # Turkish
    *("автор", "авторка", "автори", "авторы"),  # Russian, Ukrainian, Bulgarian
    *("συντάκτης", "συντάκτρια"),  # Greek
    *("penulis", "reporter", "wartawan", "pewarta"),  # Indonesian, Malay
    *("tác giả",),  # Vietnamese
)

#: Capital letters a person's name may begin with in the scripts bylines label this way beyond
#: the Latin ones (parse/_letters.py): Greek and Cyrillic.
GREEK_CYRILLIC_CAPITALS = "\u0386-\u038f\u0391-\u03ab\u0400-\u042f"

#: Lower-case words inside a name ("Jan de Vries", "Ludwig van Beethoven", "José da Silva").
NAME_PARTICLES: tuple[str, ...] = (
    *("de", "da", "di", "do", "dos", "das", "del", "della", "der", "den", "van", "von", "la", "le"),
    *("ten", "ter", "bin", "binti", "ibn", "al", "el"),
)

#: ``LABEL_WORDS`` as a regular expression's alternatives, the longest first (so that "autorka"
#: is not read as "autor" and a rest), a space between words any space.
LABEL_PATTERN = "|".join(sorted({w.replace(" ", r"\s+") for w in LABEL_WORDS}, key=lambda w: (-len(w), w)))

#: The word "and" between two authors' names, lower case, in the languages above beyond the
#: ones the byline readers knew (English, German, French, Spanish, Italian, Portuguese, Dutch,
#: the Nordic languages, Polish): Czech and Slovak "a", Turkish "ve", Hungarian "és", Russian,
#: Bulgarian and Serbian "и", Ukrainian "і" and "та", Finnish and Estonian "ja", Lithuanian "ir",
#: Latvian "un", Romanian "și" (and "şi" with a cedilla), Greek "και", Indonesian and Malay "dan",
#: Vietnamese "và". Not Slovenian "in": in English, German, Dutch and Italian bylines it puts a
#: reporter in a place ("Peter Foster in London", "By <a>Jane Doe</a> in <a>Central Europe</a>"),
#: and the place's two capitalized words would pass for a second author.
MORE_AND_WORDS: tuple[str, ...] = (
    *("a", "ve", "és", "и", "і", "та", "ja", "ir", "un", "și", "şi", "και", "dan", "và"),
)
