"""A language written in two scripts has a locale for each in the date reader's data, and the
language's bare code names one of them: Serbian's ``sr`` is Cyrillic ("јун"), its Latin
letters are ``sr-Latn`` ("jun"). A page declaring ``lang="sr-Latn"`` (a Novi Sad news portal
of the development corpus) or ``sr`` was read in Cyrillic only: "9. jun 2025." and "pre 3
sata" were no dates, and "09. jun 2025. 14:05" was read as today's 14:05. The script the tag
names comes first, then the language's other scripts, which its pages mix."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from aggregator.parse._date_prose import languages_for
from aggregator.parse._dates import parse_date

NOW = datetime(2025, 6, 12, 5, 5, tzinfo=UTC)


@pytest.mark.parametrize("lang", ["sr-Latn", "sr", "sr-RS"])
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("9. jun 2025.", datetime(2025, 6, 9, 12, 0, tzinfo=UTC)),
        ("09. jun 2025. 14:05", datetime(2025, 6, 9, 14, 5, tzinfo=UTC)),
        ("petak, 9. maj 2025.", datetime(2025, 5, 9, 12, 0, tzinfo=UTC)),
        ("9. јун 2025.", datetime(2025, 6, 9, 12, 0, tzinfo=UTC)),
        ("pre 3 sata", NOW - timedelta(hours=3)),
    ],
)
def test_both_scripts_of_a_language_are_read(lang: str, text: str, want: datetime) -> None:
    assert parse_date(text, now=NOW, timezone="UTC", day_first=True, lang=lang) == want


def test_the_script_the_tag_names_comes_first() -> None:
    assert languages_for("9. jun 2025.", "sr-Latn") == ("sr-Latn", "sr", "sr-Cyrl")
    assert languages_for("9. jun 2025.", "sr") == ("sr", "sr-Cyrl", "sr-Latn")
    assert languages_for("9. jun 2025.", "az-Cyrl")[0] == "az-Cyrl"
    # One script, or Chinese (its characters handled apart): as before.
    assert languages_for("3. Juni 2025", "de-AT") == ("de",)
    assert languages_for("6月9日", "zh") == ("zh",)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("juče u 14:05", datetime(2025, 6, 11, 14, 5, tzinfo=UTC)),
        ("danas u 9:30", datetime(2025, 6, 12, 9, 30, tzinfo=UTC)),
    ],
)
def test_an_at_word_the_locale_lacks_gives_way_before_a_clock(text: str, want: datetime) -> None:
    # "u" (at) is no word of the Serbian locale: dateparser gave up on the line, and "juče"
    # alone was read as yesterday at noon.
    assert parse_date(text, now=NOW, timezone="UTC", day_first=True, lang="sr-Latn") == want
