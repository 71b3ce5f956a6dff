"""decode_html: pages whose bytes and declared charset disagree (article14's corpus pages)."""

from __future__ import annotations

from aggregator.parse.listing import decode_html

HEADLINE = "交通运输部：着力打造京津冀区域综合立体交通网络，实现区域内快速铁路覆盖所有地级及以上城市"


def _page(charset: str, title: str) -> str:
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f"<title>{title}</title></head><body><h1>{title}</h1></body></html>"
    )


def test_utf8_bytes_under_a_gb2312_declaration_are_utf8() -> None:
    """A Chinese page re-saved as UTF-8 keeps its old gb2312 <meta>: read as UTF-8."""
    body = _page("gb2312", HEADLINE).encode("utf-8")
    assert HEADLINE in decode_html(body)


def test_gb2312_bytes_stay_gb2312() -> None:
    """The page that is what it declares is read so (GB text is not valid UTF-8)."""
    body = _page("gb2312", HEADLINE).encode("gb2312")
    assert HEADLINE in decode_html(body)


def test_a_few_utf8_characters_do_not_outweigh_a_latin1_declaration() -> None:
    """One valid UTF-8 pair in a Latin-1 page ('Ã©' is two Latin-1 letters) is no evidence."""
    body = _page("iso-8859-1", "Caf\xc3\xa9 cr\xe8me").encode("latin-1")
    assert "CafÃ© crème" in decode_html(body)


def test_a_stray_byte_in_a_utf8_page_keeps_it_utf8() -> None:
    """A sidebar title cut mid-character leaves one invalid byte: the rest stays UTF-8, that
    byte read as windows-1252."""
    title = "Sprzeciw wobec ataków na Fundację Lux Veritatis – Łukasz Brzeziński, żółć"
    body = _page("utf-8", title).encode("utf-8") + b"<p>papieros\xc3...</p>"
    text = decode_html(body)
    assert title in text
    assert "papierosÃ..." in text


def test_a_windows_1252_page_claiming_utf8_is_still_windows_1252() -> None:
    """Every accent of a mislabelled windows-1252 page is an invalid byte: windows-1252."""
    body = _page("utf-8", "Pâques à l’école – déjà").encode("cp1252")
    assert "Pâques à l’école – déjà" in decode_html(body)
