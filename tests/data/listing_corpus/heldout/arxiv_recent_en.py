"""Real page: arXiv's "recent submissions" list for General Topology
(arxiv.org/list/math.GN/recent), saved by damoeb/feedless for its tests. Day headings
(<h3>Wed, 10 Nov 2021</h3>) each followed by a <dl>: <dt> with the abstract link
"arXiv:2111.05049" and pdf/ps/other links, <dd> with "Title: <title>" (the "Title:" label is a
descriptor, not part of the title), "Authors: ..." and subjects. The day heading is the expected
date. Authors are not scored (several per paper).
"""

from datetime import UTC, date, datetime

url = "https://arxiv.org/list/math.GN/recent"
timezone = "America/New_York"
now = datetime(2021, 11, 11, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://arxiv.org/abs/2111.05049",
        "title": "Ideal approach to convergence in functional spaces",
        "published": date(2021, 11, 10),
    },
    {
        "link": "https://arxiv.org/abs/2111.04832",
        "title": "Universal Alexandroff hyperspaces",
        "published": date(2021, 11, 10),
    },
    {
        "link": "https://arxiv.org/abs/2111.05038",
        "title": "Constructions of Lindelöf scattered P-spaces",
        "published": date(2021, 11, 10),
    },
    {
        "link": "https://arxiv.org/abs/2111.03783",
        "title": "On the weak pseudoradiality of CSC spaces",
        "published": date(2021, 11, 9),
    },
    {
        "link": "https://arxiv.org/abs/2111.03802",
        "title": "Types, transversals and definable compactness in o-minimal structures",
        "published": date(2021, 11, 9),
    },
    {
        "link": "https://arxiv.org/abs/2111.02665",
        "title": "Hofmann-Mislove theorem for approach spaces",
        "published": date(2021, 11, 5),
    },
    {
        "link": "https://arxiv.org/abs/2111.02738",
        "title": "About the Metric Space of Merge Trees with the Edit Distance",
        "published": date(2021, 11, 5),
    },
    {
        "link": "https://arxiv.org/abs/2111.01927",
        "title": "Porosities of the sets of attractors",
        "published": date(2021, 11, 4),
    },
    {
        "link": "https://arxiv.org/abs/2111.01925",
        "title": "Comparison of the sets of attractors for systems of contractions and weak contractions",
        "published": date(2021, 11, 4),
    },
    {
        "link": "https://arxiv.org/abs/2111.01921",
        "title": "Borel complexity of the family of attractors for weak IFSs",
        "published": date(2021, 11, 4),
    },
    {
        "link": "https://arxiv.org/abs/2111.01574",
        "title": "Topological properties of closed weakly $m$-convex sets",
        "published": date(2021, 11, 3),
    },
]
