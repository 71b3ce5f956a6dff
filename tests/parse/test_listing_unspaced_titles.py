"""A title link whose ``title`` attribute holds the headline in Chinese or Japanese, which put
no space between words, beside a badge in the link's text ("<a title='如何提高接口测试的效率'><span
class=node>接口测试</span> 如何提高接口测试的效率</a>"): the attribute is the headline, counted
in characters, not one word too few to be one (issue 12; the dev page showing it:
testerhome_topics_zh)."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.parse.listing._lines import word_count

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
TOPICS = [
    ("接口测试", "如何提高接口测试的效率"),
    ("测试覆盖率", "如何制定接口自动化测试的覆盖率？"),
    ("Appium", "怎么能接听来电？获取不到元素"),
    ("性能测试", "压测时数据库连接池怎么配置"),
]


def test_a_chinese_title_attribute_is_the_headline_beside_a_badge() -> None:
    cards = "".join(
        f"<div class='topic'><div class='title'><a title='{title}' href='/topics/{i}'>"
        f"<span class='node'>{node}</span> {title}</a></div>"
        f"<div class='info'>Tester{i} • 2{i}.11.2026</div></div>"
        for i, (node, title) in enumerate(TOPICS)
    )
    page = f"<html><head><title>社区</title></head><body><div class='list'>{cards}</div></body></html>"
    entries = parse_document(
        page.encode(), url="https://forum.example/topics", source_type="html", timezone="UTC", now=NOW
    ).entries
    assert [e.title for e in entries] == [title for _, title in TOPICS]


def test_words_of_unspaced_scripts_count_two_characters_each() -> None:
    assert word_count("如何提高接口测试的效率") == 6
    assert word_count("招聘") == 1
    assert word_count("Vite 三天 10 更") == 4
    assert word_count("Reading core dumps") == 3
