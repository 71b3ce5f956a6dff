"""Real page: the front page of Lobsters (lobste.rs, 14 July 2018, 20:48 UTC), the body of a
response recorded by charlieegan3/serializer for its scraper's tests. English. A link
aggregator's list (<ol class=stories>) of 25 <li class=story>s: a vote count, the story's link
(to another site, or to the story's own page for a text post), tags, the domain, then a byline
"authored by sevagh" or "via pizzaiolo" (the submitter's name in a link to /u/NAME, beside the
avatar) with an age "3 hours ago" whose `title` gives the moment ("2018-07-14 12:35:38
-0500"), a "cached" link and the comments link (/s/ID/slug). Entries: the 25 stories in page
order, each by its link, its comments page counting as the same entry. Titles: the link's
text. Dates: the moment in the age's tooltip (Chicago time, -0500). Authors: the user named in
the byline, whether "authored by" or "via" (the one who posted the entry on this list). Not
entries: the tag links, domains, "cached" links, the header menu, the "Page 2 >>" pager and
the footer.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://lobste.rs/"
timezone = "America/Chicago"
now = datetime(2018, 7, 14, 20, 48, tzinfo=UTC)

entries = [
    {
        "link": "http://sevag.xyz/post/xar/",
        "title": "Packaging Python code with XAR",
        "published": datetime(2018, 7, 14, 17, 35, tzinfo=UTC),
        "author": "sevagh",
        "also": ("https://lobste.rs/s/y93t3w/packaging_python_code_with_xar",),
    },
    {
        "link": "https://www.openstreetmap.org/user/jbelien/diary/44356",
        "title": "Why use OpenStreetMap instead of Google Maps?",
        "published": datetime(2018, 7, 14, 17, 38, tzinfo=UTC),
        "author": "pizzaiolo",
        "also": ("https://lobste.rs/s/wr8ak3/why_use_openstreetmap_instead_google",),
    },
    {
        "link": "https://ac1235.github.io/apl.html",
        "title": "APL At Its Core",
        "published": datetime(2018, 7, 14, 11, 51, tzinfo=UTC),
        "author": "calvin",
        "also": ("https://lobste.rs/s/ghbrnt/apl_at_its_core",),
    },
    {
        "link": "https://github.com/knrt10/static-contact-validatedForm",
        "title": "static-contact-validatedForm",
        "published": datetime(2018, 7, 14, 14, 6, tzinfo=UTC),
        "author": "knrt10",
        "also": ("https://lobste.rs/s/1iijqv/static_contact_validatedform",),
    },
    {
        "link": "http://www.daemonology.net/blog/2018-07-14-port-OS-to-EC2.html",
        "title": "How to port your OS to EC2",
        "published": datetime(2018, 7, 14, 12, 3, tzinfo=UTC),
        "author": "pushcx",
        "also": ("https://lobste.rs/s/lw1d6v/how_port_your_os_ec2",),
    },
    {
        "link": "https://www.youtube.com/watch?v=DmT80OseAGs",
        "title": "A Sudoku Solver in APL",
        "published": datetime(2018, 7, 14, 19, 21, tzinfo=UTC),
        "author": "geocar",
        "also": ("https://lobste.rs/s/0f1dko/sudoku_solver_apl",),
    },
    {
        "link": "https://medium.com/@mdrahony/are-pgp-key-servers-breaking-the-law-under-the-gdpr-a81ddd709d3e",
        "title": "Are PGP Key-servers Breaking the Law under the GDPR?",
        "published": datetime(2018, 7, 13, 12, 24, tzinfo=UTC),
        "author": "yakamo",
        "also": ("https://lobste.rs/s/sle0o4/are_pgp_key_servers_breaking_law_under",),
    },
    {
        "link": "https://m.signalvnoise.com/the-open-plan-office-is-a-terrible-horrible-no-good-very-bad-idea-42bd9cd294e3",
        "title": "The open-plan office is a terrible, horrible, no good, very bad idea",
        "published": datetime(2018, 7, 13, 14, 2, tzinfo=UTC),
        "author": "Yogthos",
        "also": ("https://lobste.rs/s/jgkkwh/open_plan_office_is_terrible_horrible_no",),
    },
    {
        "link": "https://feierabendprojekte.wordpress.com/2018/07/13/speccing-functions/",
        "title": "Speccing Functions - experience report",
        "published": datetime(2018, 7, 14, 19, 14, tzinfo=UTC),
        "author": "Yogthos",
        "also": ("https://lobste.rs/s/sj10xo/speccing_functions_experience_report",),
    },
    {
        "link": "http://fare.tunes.org/LispM.html",
        "title": "A few things I know about LISP Machines",
        "published": datetime(2018, 7, 14, 11, 7, tzinfo=UTC),
        "author": "zge",
        "also": ("https://lobste.rs/s/rjn2um/few_things_i_know_about_lisp_machines",),
    },
    {
        "link": "https://github.com/pgniewek/learn_gbitx",
        "title": "Plan9 fcall GBIT macro demo",
        "published": datetime(2018, 7, 14, 18, 54, tzinfo=UTC),
        "author": "superpat",
        "also": ("https://lobste.rs/s/8quwvv/plan9_fcall_gbit_macro_demo",),
    },
    {
        "link": "https://bernsteinbear.com/blog/jumbosmash-a-technical-retrospective/",
        "title": "JumboSmash: a technical retrospective",
        "published": datetime(2018, 7, 13, 22, 32, tzinfo=UTC),
        "author": "tekknolagi",
        "also": ("https://lobste.rs/s/zosxdr/jumbosmash_technical_retrospective",),
    },
    {
        "link": "http://pm.inf.ethz.ch/publications/getpdf.php?bibname=Own&id=EilersMueller18.pdf",
        "title": "Nagini: A Static Verifier for Python",
        "published": datetime(2018, 7, 14, 9, 3, tzinfo=UTC),
        "author": "ceh",
        "also": ("https://lobste.rs/s/8aep2k/nagini_static_verifier_for_python",),
    },
    {
        "link": "http://www0.cs.ucl.ac.uk/staff/b.cook/CAV18_invited.pdf",
        "title": "Formal reasoning about the security of AWS",
        "published": datetime(2018, 7, 14, 8, 50, tzinfo=UTC),
        "author": "ceh",
        "also": ("https://lobste.rs/s/opvxrt/formal_reasoning_about_security_aws",),
    },
    {
        "link": "https://yarchive.net/comp/linux/everything_is_file.html",
        "title": "The everything-is-a-file principle (2002)",
        "published": datetime(2018, 7, 14, 19, 18, tzinfo=UTC),
        "author": "majke",
        "also": ("https://lobste.rs/s/oi83rn/everything_is_file_principle_2002",),
    },
    {
        "link": "http://www.righto.com/2015/10/repairing-50-year-old-mainframe-inside.html",
        "title": "Fixing the core memory in a vintage IBM 1401 mainframe (2015)",
        "published": datetime(2018, 7, 14, 12, 13, tzinfo=UTC),
        "author": "cbdev",
        "also": ("https://lobste.rs/s/hjskkf/fixing_core_memory_vintage_ibm_1401",),
    },
    {
        "link": "https://www.troyhunt.com/heres-why-your-static-website-needs-https/",
        "title": "Here's Why Your Static Website Needs HTTPS",
        "published": datetime(2018, 7, 13, 14, 44, tzinfo=UTC),
        "author": "pushcx",
        "also": ("https://lobste.rs/s/tfaxz8/here_s_why_your_static_website_needs_https",),
    },
    {
        "link": "https://eli.thegreenplace.net/2018/basics-of-futexes/",
        "title": "Basics of Futexes",
        "published": datetime(2018, 7, 14, 11, 59, tzinfo=UTC),
        "author": "calvin",
        "also": ("https://lobste.rs/s/kc2ibp/basics_futexes",),
    },
    {
        "link": "http://www.carolemieux.com/perffuzz-issta2018.pdf",
        "title": "PerfFuzz: Automatically Generating Pathological Inputs",
        "published": datetime(2018, 7, 14, 18, 14, tzinfo=UTC),
        "author": "ceh",
        "also": ("https://lobste.rs/s/dcysdi/perffuzz_automatically_generating",),
    },
    {
        "link": "https://www.usenix.org/system/files/conference/fast18/fast18-sun.pdf",
        "title": "Spiffy: Enabling File-System Aware Storage Applications",
        "published": datetime(2018, 7, 14, 14, 18, tzinfo=UTC),
        "author": "nickpsecurity",
        "also": ("https://lobste.rs/s/dq7vxg/spiffy_enabling_file_system_aware",),
    },
    {
        "link": "https://blog.netbsd.org/tnf/entry/report_from_pkgsrccon_2018",
        "title": "Report from pkgsrcCon 2018",
        "published": datetime(2018, 7, 14, 9, 20, tzinfo=UTC),
        "author": "wiedi",
        "also": ("https://lobste.rs/s/dgm4ut/report_from_pkgsrccon_2018",),
    },
    {
        "link": "http://homepages.inf.ed.ac.uk/hleather/publications/2018_deepfuzzing_issta.pdf",
        "title": "Compiler Fuzzing through Deep Learning",
        "published": datetime(2018, 7, 14, 18, 3, tzinfo=UTC),
        "author": "ceh",
        "also": ("https://lobste.rs/s/o1ldoi/compiler_fuzzing_through_deep_learning",),
    },
    {
        "link": "http://words.steveklabnik.com/webassembly-is-more-than-just-the-web",
        "title": "WebAssembly is more than the web",
        "published": datetime(2018, 7, 13, 21, 15, tzinfo=UTC),
        "author": "qznc",
        "also": ("https://lobste.rs/s/skiclo/webassembly_is_more_than_web",),
    },
    {
        "link": "https://arxiv.org/abs/1806.03283",
        "title": "Badger: Complexity Analysis with Fuzzing and Symbolic Execution",
        "published": datetime(2018, 7, 14, 17, 42, tzinfo=UTC),
        "author": "ceh",
        "also": ("https://lobste.rs/s/ylwsl7/badger_complexity_analysis_with_fuzzing",),
    },
    {
        "link": "https://mitpress.mit.edu/books/engineering-safer-world",
        "title": "Engineering a Safer World",
        "published": datetime(2018, 7, 13, 18, 29, tzinfo=UTC),
        "author": "hwayne",
        "also": ("https://lobste.rs/s/hbpsyj/engineering_safer_world",),
    },
]
