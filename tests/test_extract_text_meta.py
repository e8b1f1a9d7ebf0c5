"""Browser text's header lines (headline, deck, byline, date line) and the rules around the
article's run (link lists, tables, stacked lines), on short pages written for these tests
(inline, or in tests/data/pages/); every expected value was worked out by reading the page, not
copied from the loader."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from analysis.article import Article, load_article
from analysis.errors import InputWarning
from analysis.extract import byline_date_split, is_byline

PAGES = Path(__file__).parent / "data" / "pages"


def _load(name: str) -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InputWarning)
        return load_article(PAGES / name)

BODY = ("The city council voted on Tuesday night to close the branch libraries in Eastmoor and "
        "Fenwick at the end of March, saying the two buildings need repairs it cannot pay for.\n\n"
        "Readers who use the two branch libraries will be sent to the central library, which the "
        "council says will open for two more hours on weekday evenings from April.\n\n"
        "Parents at a meeting in Fenwick last week said the central library is two bus rides away "
        "and asked the council to keep at least one of the branches open on Saturdays.\n")


def _spans(a: Article):
    one = [a.title, a.subtitle, a.byline, a.dateline]
    return [s for s in one if s is not None] + list(a.paragraphs)


@pytest.mark.parametrize(("line", "split"), [
    ("By admin - 2018-09-16", (8, 11)),        # a blog's lowercase handle, then its date
    ("by jdoe | Nov 3, 2019", (7, 10)),
    ("By Jane Doe — March 4, 2021", (11, 14)),
    ("By subject - Gardening", None),          # a menu entry: no date after the separator
    ("By Jane Doe", None),                     # no date at all
    ("Sort by date - newest", None),           # does not start with "By"
])
def test_byline_then_date_on_one_line(line: str, split: tuple[int, int] | None) -> None:
    assert byline_date_split(line) == split
    if split is not None:
        assert is_byline(line)


@pytest.mark.parametrize("line", ["By subject", "by topic", "by date"])
def test_lowercase_by_menu_entries_are_not_bylines(line: str) -> None:
    assert not is_byline(line)


def test_blog_byline_with_a_lowercase_handle_and_a_date() -> None:
    text = ("Home\nGarden\nContact\n\n"
            "Council to Close Two Branch Libraries\n\n"
            "By admin - 2018-09-16\n\n" + BODY)
    a = Article.from_text(text)
    assert a.title.text == "Council to Close Two Branch Libraries"
    assert a.byline.text == "By admin"
    assert a.dateline.text == "2018-09-16"
    assert len(a.paragraphs) == 3
    for s in _spans(a):
        assert a.text[s.start:s.end] == s.text


def test_date_line_right_above_the_headline_anchors_it_not_the_teaser_over_the_date() -> None:
    # a teaser for another story, then the article's date line, then its headline with no byline
    # under it: the date line above the headline belongs to the headline's header, and the
    # headline (about the libraries) shares the body's words while the teaser does not
    text = ("News\n\nSport\n\nBusiness\n\n"
            "Why Small Firms Are Waiting to List Their Shares\n\n"
            "Wednesday 20 November 2019 9:22 am\n\n"
            "Council Votes to Close Two Branch Libraries\n\n"
            "Share\n\n" + BODY)
    a = Article.from_text(text)
    assert a.title.text == "Council Votes to Close Two Branch Libraries"
    assert a.dateline.text == "Wednesday 20 November 2019 9:22 am"
    assert len(a.paragraphs) == 3


@pytest.mark.parametrize(("line", "field"), [
    ("Reading time: 4 min", True),
    ("Comments: 12", True),
    ("Views: 1,204", True),
    ("Tiempo de lectura: 3 minutos", True),
    ("Council Votes to Close Two Branch Libraries", False),
    ("Budget talks: what the council wants from week 2", False),  # the value is not a number
    ("Season review, injuries and the coach's plans: Week 11", False),  # the label is long
])
def test_label_and_number_lines_are_fields(line: str, field: bool) -> None:
    from analysis.extract._signals import is_field_line

    assert is_field_line(line) is field


def test_reading_time_under_the_date_line_is_not_the_headline() -> None:
    # the headline, a share bar, the date line, then "Reading time: 3 min" right above a body
    # that speaks of reading and time: the field is nearest the body, has the date line above
    # it and shares two of its three words with the body, but a label and a number is a field
    body = BODY.replace("Readers who use", "Reading groups that meet at the same time in")
    text = ("Home\n\nLibraries\n\n"
            "Council Votes to Close Two Branch Libraries\n\n"
            "Share\n\nEmail\n\nPrint\n\nComment\n\n"
            "November 3, 2021 6:40 am\n\n"
            "Reading time: 3 min\n\n" + body)
    a = Article.from_text(text)
    assert a.title.text == "Council Votes to Close Two Branch Libraries"


LIB_HEAD = "Council votes to close its Eastmoor and Fenwick branch libraries despite protest"


def test_kicker_over_the_headline_is_neither_the_headline_nor_its_deck_maker() -> None:
    # a three-word kicker naming the topic ("Branch Libraries Closing", all its words in the
    # body) over the headline (no sentence end, two of its words not in the body), then the
    # byline: the longer headline below the kicker is not taken for the kicker's deck
    text = ("Home\n\nLocal\n\n"
            "Branch Libraries Closing\n\n" + LIB_HEAD + "\n\n"
            "By Ana Ferreira\n\n" + BODY)
    a = Article.from_text(text)
    assert a.title.text == LIB_HEAD
    assert a.byline.text == "By Ana Ferreira"
    assert len(a.paragraphs) == 3


def test_teaser_over_the_headline_does_not_take_the_bylines_anchor() -> None:
    # a longer teaser for a related story (6 of its 8 content words are in the body), the
    # article's headline (all of its words are), then the byline: the byline is within reach of
    # both, but the headline between them is more about the body and takes it
    text = ("Home\n\nLatest\n\n"
            "Central Library to Stay Open for Readers on Weekday Evenings and Saturdays from "
            "Spring\n\n"
            "Eastmoor and Fenwick Libraries Close\n\n"
            "By Ana Ferreira\n\n" + BODY)
    a = Article.from_text(text)
    assert a.title.text == "Eastmoor and Fenwick Libraries Close"
    assert a.byline.text == "By Ana Ferreira"


def test_headline_over_a_sentence_like_deck_keeps_the_anchor() -> None:
    # headline, then a deck that repeats more of the body's words but reads as a sentence
    # (ends with a full stop, more stopwords): the deck does not take the byline's anchor
    deck = ("The city council voted on Tuesday to close the branch libraries in Eastmoor and "
            "Fenwick.")
    text = ("Home\n\nLocal\n\n"
            "Libraries Face the Axe\n\n" + deck + "\n\n"
            "By Ana Ferreira\n\n" + BODY)
    a = Article.from_text(text)
    assert a.title.text == "Libraries Face the Axe"
    assert a.subtitle.text == deck


def test_the_headline_on_the_byline_wins_over_teasers_above_it() -> None:
    # a "latest" list of two headlines, then the article's headline right on its byline: the
    # first teaser is within reach of the byline too, is longer and shares more of the body's
    # words (all of its content words; the headline: eastmoor, fenwick, libraries, 3 of 4), but
    # a headline stands on its byline, and the lines two or more above it are other stories
    text = ("Home\n\nLocal\n\n"
            "Council Says Branch Libraries in Eastmoor Will Close at the End of March After "
            "Vote on Repairs\n"
            "Weekend Weather Turns Cold and Wet\n"
            "Eastmoor and Fenwick Libraries to Shut\n"
            "By Ana Ferreira\n\n" + BODY)
    a = Article.from_text(text)
    assert a.title.text == "Eastmoor and Fenwick Libraries to Shut"
    assert a.byline.text == "By Ana Ferreira"


def test_a_headline_after_a_quoted_claim_at_the_runs_start_is_the_headline() -> None:
    # a fact-check page: the claim (a quoted sentence) and who made it open the text the
    # classifier keeps, then the headline (a question) right on its byline; the menu items
    # above are short labels. The question is the headline, not a body paragraph.
    text = ("Home\n\nAbout Us\n\nSuggest a Story Idea\n\n"
            "\"The branch libraries cost the city a million dollars a year.\"\n\n"
            "— A council member on Monday, March 2nd, 2020 at a public meeting\n\n"
            "What does it cost to keep the branch libraries open?\n\n"
            "By Ana Ferreira and Tom Reyes on Tuesday, March 3rd, 2020 at 10:15 a.m.\n\n"
            + BODY)
    a = Article.from_text(text)
    assert a.title.text == "What does it cost to keep the branch libraries open?"
    # the byline is 14 words when "10:15" and "a.m." count as one word each (16 runs of \w)
    assert a.byline.text == ("By Ana Ferreira and Tom Reyes on Tuesday, March 3rd, 2020 at "
                             "10:15 a.m.")
    assert a.paragraphs[-1].text.startswith("Parents at a meeting in Fenwick")


@pytest.mark.parametrize(("line", "byline"), [
    # 14 words, 16 runs of letters and digits
    ("By Ana Ferreira and Tom Reyes on Tuesday, March 3rd, 2020 at 10:15 a.m.", True),
    # 15 words: too long for a byline
    ("By Ana Ferreira and Tom Reyes in Fenwick on Tuesday, March 3rd, 2020 at 10:15", False),
])
def test_a_time_is_one_word_of_a_byline(line: str, byline: bool) -> None:
    assert is_byline(line) is byline


def test_a_headline_over_its_byline_in_one_block_is_not_a_wrapped_paragraph() -> None:
    # the headline (48 characters, within a wrapped line's width) and the byline under it with
    # no blank line between, in a text whose paragraphs are single lines of 150-190 characters:
    # the two are separate lines (the page's header), not one hard-wrapped paragraph
    head = "Council Votes to Close Two Branch Libraries Soon"
    text = head + "\nAna Ferreira @anaferreira / 2 days\n\n" + BODY
    a = Article.from_text(text)
    assert a.title.text == head
    assert [p.text[:20] for p in a.paragraphs] == [
        "The city council vot", "Readers who use the ", "Parents at a meeting"]


def test_a_hard_wrapped_text_keeps_its_wrapped_paragraphs() -> None:
    # every line under 100 characters: the text was saved hard-wrapped, so a block of lines
    # that fill the width is one paragraph
    wrapped = ("The city council voted on Tuesday night to close the branch libraries\n"
               "in Eastmoor and Fenwick at the end of March, saying the two buildings\n"
               "need repairs it cannot pay for.")
    a = Article.from_text("Libraries to Close\n\n" + wrapped + "\n\n" + wrapped + "\n")
    assert [p.text for p in a.paragraphs] == [wrapped, wrapped]


def test_the_items_under_a_link_lists_heading_are_not_body() -> None:
    # "Don't miss" and three headlines of other stories (in sentence case, as many sites write
    # them) between the article's paragraphs: the headlines end no sentence and the last one
    # ends in a teaser's ellipsis; the paragraph after them ends a sentence and is the article
    paras = BODY.strip().split("\n\n")
    teasers = ["Weekend weather turns cold and wet across the valley",
               "School bus routes change next term",
               "The mayor said on Friday that the new budget would..."]
    text = ("Libraries to Close\n\n" + paras[0] + "\n\n" + paras[1] + "\n\nDon't miss\n\n"
            + "\n\n".join(teasers) + "\n\n" + paras[2] + "\n")
    a = Article.from_text(text)
    assert [p.text for p in a.paragraphs] == paras
    removed = {b.span.text: b for b in a.boilerplate}
    assert all(t in removed for t in ["Don't miss", *teasers])
    # the snippet reads as a sentence to the stopword test; the list's heading removes it
    assert removed[teasers[2]].category == "navigation"
    assert removed[teasers[2]].reason == "an item of the link list under \"Don't miss\""


@pytest.mark.parametrize(("lines", "dropped"), [
    # two lines without a sentence end under the heading: a list of other stories
    (["Weekend weather turns cold", "School bus routes change"], [True, True]),
    # one line: no list, maybe the article's next subheading
    (["What the council decided"], [False]),
])
def test_a_link_list_needs_two_items(lines: list[str], dropped: list[bool]) -> None:
    from analysis.extract._text import _drop_link_lists
    from analysis.extract._units import UnitLabel, _features

    strs = ["Read more", *lines, BODY.split("\n\n")[0]]
    feats = [_features(s, "English", True) for s in strs]
    labels = [UnitLabel("removed", "navigation", "listed")] + [UnitLabel("body")] * (
        len(strs) - 1)
    why = [("navigation", "listed")] + [("furniture", "")] * (len(strs) - 1)
    _drop_link_lists(strs, feats, labels, why)
    assert [lb.role == "removed" for lb in labels[1:-1]] == dropped
    assert labels[-1].role == "body"  # the paragraph ends a sentence: the list ended


def test_a_table_between_the_articles_paragraphs_is_body() -> None:
    # a browser copies a table's cells with tabs between them: three rows of four cells between
    # two paragraphs are the article's table; the same table in a sidebar after the page's
    # footer, with no paragraph after it, is not
    paras = BODY.strip().split("\n\n")
    rows = ["Branch\tOpened\tVisits\tCost", "Eastmoor\t1961\t41,000\t$310,000",
            "Fenwick\t1974\t36,500\t$290,000"]
    table = "\n".join(rows)
    text = ("Libraries to Close\n\n" + paras[0] + "\n\n" + table + "\n\n" + paras[1] + "\n\n"
            + paras[2] + "\n\nAbout us\n\nContact\n\n" + table + "\n")
    a = Article.from_text(text)
    assert [p.text for p in a.paragraphs] == [paras[0], *rows, paras[1], paras[2]]
    assert [b.span.text for b in a.boilerplate][-5:] == ["About us", "Contact", *rows]


# --- hand-made page files (tests/data/pages/) and other header layouts ------------------------


def test_headline_is_the_line_about_the_body_not_the_teaser_beside_it() -> None:
    # teaser-beside-headline.txt: the real headline stands before its byline and date; six
    # share buttons follow, then a 14-word teaser for another story right above the body. The
    # teaser is nearer and longer, but none of its words occur in the body.
    a = _load("teaser-beside-headline.txt")
    assert a.title.text == "Night Owls Sleep Less Than They Think, Study of Nurses Finds"
    assert a.byline.text == "By Priya Okonkwo"
    assert a.dateline.text == "Published 12 May 2022"


def test_breadcrumb_is_a_menu_line() -> None:
    a = _load("teaser-beside-headline.txt")
    crumb = next(b for b in a.boilerplate if b.span.text.startswith("Health >"))
    assert "menu-like separators" in crumb.reason


def test_title_case_headline_first_then_its_deck() -> None:
    # street_trees.txt opens with a title-case headline (every word capitalised), then a
    # sentence-case deck, then the byline: the headline is the first line, the deck the second.
    from analysis.paths import ROOT

    a = load_article(ROOT / "tests" / "data" / "street_trees.txt")
    assert a.title.text == "The Shade We Owe Each Other"
    assert a.subtitle.text == ("Why cities should plant street trees before they pave another "
                               "car park")
    assert a.byline.text == "By Ines Albright"


def test_headline_quoted_by_a_share_line_and_a_section_label() -> None:
    # "Share this story: <headline>" quotes the headline, so it is never the headline itself;
    # a section label that the headline merely contains ("Town Council", 2 words, a third of
    # the headline's length) does not disqualify the headline.
    text = ("Town Council\n"
            "Town Council Delays the Vote on the New Bus Depot\n"
            "By Marta Ruiz\n"
            "Share this story: Town Council Delays the Vote on the New Bus Depot\n\n"
            "The town council has delayed its vote on the new bus depot until the spring, after "
            "residents asked for more time to study the traffic plans for the site.\n\n"
            "Councillors said the depot would still open in two years if the vote passes, and "
            "that the delay would not add to the cost of the building.\n")
    a = Article.from_text(text)
    assert a.title.text == "Town Council Delays the Vote on the New Bus Depot"


def test_title_case_heading_with_full_stops_at_the_run_start_is_the_headline() -> None:
    # a headline of two title-case sentences pulled into the body's run by the context rule
    text = ("Menu\nSearch\n\n"
            "Rents Rise Again. Why Tenants Keep Waiting.\n\n"
            "Rents in the city rose for the ninth month in a row, and the tenants we asked said "
            "they would rather wait for a cheaper flat than sign a lease they cannot afford.\n\n"
            "The council expects the rise to slow next year, when the first of the new housing "
            "blocks on the river are finished and let to families on its waiting list.\n")
    a = Article.from_text(text)
    assert a.title.text == "Rents Rise Again. Why Tenants Keep Waiting."
    assert a.paragraphs[0].text.startswith("Rents in the city rose")


@pytest.mark.parametrize(("line", "byline"), [
    ("Tuesday March 8, 2022 6:40 am GMT by Hanna Berg", True),  # the author after the date
    ("March 8, 2022 | BY: Hanna Berg", True),
    ("BY: Hanna Berg", True),
    ("March 8, 2022 6:40 am GMT", False),  # a date, nobody named
    ("Closed since March 8, 2022 by order of the council", False),  # "by" not before a name
])
def test_byline_after_a_date_on_one_line(line: str, byline: bool) -> None:
    assert is_byline(line) is byline
