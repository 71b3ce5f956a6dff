"""Six ordinary news headlines, for front pages written in listing tests."""

from __future__ import annotations

HEADLINES = [
    "Parliament passes the budget after a night of debate",
    "Storm closes schools across the northern valleys",
    "Central bank holds rates as inflation slows again",
    "Rail strike ends after a deal on wages is reached",
    "Museum returns stolen paintings to their owners",
    "City council approves new cycling lanes downtown",
]
