"""Comments in the exports: the digest's appendix and the web page's section, only when asked for."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from journeymap.cli import main
from journeymap.export.html import html_document
from journeymap.export.pdf_digest import export_digest
from journeymap.io import load_map, save_map
from journeymap.model import Comment, CommentThread, Document
from journeymap.templates import template_path

LONG = "Seven of twelve guests mentioned the cot. " * 25


def _commented_map():
    journey = load_map(template_path("hotel-blueprint"))
    doc = Document(journey)
    card, step, persona = journey.lanes[4].cards[0], journey.stages[0].steps[1], journey.personas[1]
    at = lambda hour: datetime(2026, 12, 3, hour, 15, tzinfo=UTC)  # noqa: E731
    doc.add_thread(CommentThread(target=card.id, comments=[
        Comment(author="Marco Bianchi", created=at(9), text="Is this observed or assumed? @Priya"),
        Comment(author="Priya Natarajan", created=at(10), text=LONG.strip())]))
    doc.add_thread(CommentThread(target=step.id, resolved=True, resolved_by="Marco Bianchi", resolved_at=at(16),
                                 comments=[Comment(author="Priya Natarajan", created=at(11),
                                                   text="Rename to “Receives the pre-arrival e-mail”?")]))
    doc.add_thread(CommentThread(target=persona.id, comments=[
        Comment(author="Marco Bianchi", created=at(12), text="Add the children's ages <b>soon</b>")]))
    return doc.journey


def _text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_the_digest_appendix_holds_every_comment_open_and_resolved_by_object(tmp_path):
    journey = _commented_map()
    out = tmp_path / "digest.pdf"
    export_digest(journey, out, comments=True)
    text = _text(out)
    appendix = text[text.rindex("Comments 2 open threads, 1 resolved"):]
    for thread in journey.threads:
        for comment in thread.comments:
            assert " ".join(comment.text.split()) in appendix
            assert comment.author in appendix
    assert "Resolved by Marco Bianchi, December 3, 2026, 16:15 UTC" in appendix
    assert appendix.index("Card “Reservations team") < appendix.index("Step “Gets the pre-arrival e-mail”") \
        < appendix.index("Persona “Eva Lindqvist”")  # by object, in the order the map reads
    outline = [o.title for o in PdfReader(out).outline if not isinstance(o, list)]
    assert outline[-1] == "Comments"


def test_without_the_flag_the_digest_says_nothing_of_the_comments(tmp_path):
    out = tmp_path / "digest.pdf"
    export_digest(_commented_map(), out)
    text = _text(out)
    assert "Is this observed or assumed?" not in text and "Resolved by" not in text


def test_the_command_line_flag_and_where_it_cannot_apply(tmp_path, capsys):
    path = tmp_path / "hotel.journey"
    save_map(_commented_map(), path)
    assert main(["export", str(path), "-o", str(tmp_path / "d.pdf"), "--layout", "digest", "--comments"]) == 0
    assert "Add the children's ages <b>soon</b>" in _text(tmp_path / "d.pdf")
    assert main(["export", str(path), "-o", str(tmp_path / "m.html"), "--comments"]) == 0
    assert 'id="comments"' in (tmp_path / "m.html").read_text(encoding="utf-8")
    assert main(["export", str(path), "-o", str(tmp_path / "p.pdf"), "--comments"]) == 2
    assert "--comments" in capsys.readouterr().err and not (tmp_path / "p.pdf").exists()


def test_the_web_page_lists_the_threads_escaped_with_times_a_machine_reads():
    page = html_document(_commented_map(), comments=True)
    section = page[page.index('<section id="comments"'):]
    section = section[:section.index("</section>")]
    assert '<a href="#comments">Comments</a>' in page
    assert "Add the children&#x27;s ages &lt;b&gt;soon&lt;/b&gt;" in section
    assert '<time datetime="2026-12-03T16:15:00Z">' in section and "Resolved by Marco Bianchi" in section
    assert section.count('<article class="thread">') == 3 and section.count("<li>") == 4
    assert 'id="comments"' not in html_document(_commented_map())


@pytest.mark.parametrize("name", ["online-purchase", "credit-card"])
def test_a_map_without_comments_gets_no_empty_appendix(tmp_path, name):
    out = tmp_path / "d.pdf"
    plain = tmp_path / "p.pdf"
    journey = load_map(template_path(name))
    export_digest(journey, out, comments=True)
    export_digest(journey, plain)
    assert len(PdfReader(out).pages) == len(PdfReader(plain).pages)


def test_a_comment_on_a_card_of_a_hidden_lane_stays_out_unless_hidden_lanes_are_asked_for(tmp_path):
    journey = _commented_map()
    doc = Document(journey)
    lane = journey.lanes[4]
    doc.set_fields(lane.id, {"hidden": True})
    secret = "Is this observed or assumed? @Priya"
    out = tmp_path / "d.pdf"
    export_digest(doc.journey, out, comments=True)
    assert secret not in _text(out) and "Add the children's ages" in _text(out)
    assert "1 open thread, 1 resolved" in _text(out)
    export_digest(doc.journey, out, comments=True, include_hidden=True)
    assert secret in _text(out)
    assert secret not in html_document(doc.journey, comments=True)
    assert secret in html_document(doc.journey, comments=True, include_hidden=True)
