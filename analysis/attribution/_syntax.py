"""The syntax of reporting: cue words, a sentence's words and tags, source noun phrases
and where the content lies."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import compress

from ..document import Document
from ..matching import load_lexicon, norm_form
from ..quotes import Quote
from ..spans import Span, strip_bounds
from ..tokens import KIND_NAMES, PUNCT, TokenTable, make_span
from ._model import Attribution

#: A subject noun phrase longer than this ("U.S. Secretary of State Mike Pompeo" has six
#: words; "At least half of voters in each state" eight) is taken as a sign that the "verb"
#: is a noun inside a longer phrase. Chosen on PolNeAR dev (first 200 files): 7 -> cue F1
#: 0.661, 10 -> 0.663, 12 -> 0.663 (precision unchanged at 0.78).
MAX_SUBJECT_WORDS: int = 10

#: Heads of noun phrases that can be a source: people, bodies, documents, polls.
HUMAN_HEADS: frozenset[str] = frozenset(
    """he she they who officials official spokesman spokeswoman spokesperson minister
    ministers ministry ministries government governments administration president presidents
    leader leaders diplomat diplomats analyst analysts expert experts critic critics observer
    observers commentator commentators scholar scholars researcher researchers negotiator
    negotiators envoy envoys secretary agency agencies media statement statements report
    reports newspaper editorial editorials people others allies ally aide aides adviser
    advisers advisor advisors source sources senator senators lawmakers party regime side
    sides both many some candidate candidates campaign campaigns voters voter respondents
    americans democrats republicans supporters opponents poll polls survey surveys study
    studies percent majority minority residents members member group groups organization
    committee council court judge lawyer lawyers attorney attorneys police officer officers
    company companies firm spokesmen staff director chairman chairwoman chief governor mayor
    representative congressman congresswoman delegates delegate pollster pollsters economist
    economists nominee rival rivals opponent friend friends author authors writer letter
    memo document documents filing lawsuit complaint website article book paper data
    figures estimate estimates i we you everyone someone nobody records record findings
    results numbers analysis analyses review investigation count tally""".split())

_PERSON_PRONOUNS = frozenset({"he", "she"})
#: Quantifiers that head a noun phrase on their own ("nearly half said", "another said":
#: Quirk et al. 1985, 6.45-6.62 quantitative pronouns), whatever the tagger calls them.
_QUANTIFIER_HEADS = frozenset({"half", "another", "most", "few", "several", "all", "none"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
_SKIP = frozenset(
    """also still repeatedly publicly privately has have had now again recently later then
    already rightly wrongly correctly long reportedly would will may might could did does do
    not n't never once further even herself himself itself themselves just only often
    previously earlier initially first simply flatly quickly immediately openly""".split())
_CLAUSE_BOUNDARY = frozenset(
    """that which who whom whose but as while when because if since although though whereas
    where so then and or""".split())
_PREPOSITIONS = frozenset(
    "in of at from with for on by to about under over after following before during "
    "between among".split())
_DETERMINERS = frozenset(
    "the a an this that these those its their his her our my your whose each every no any "
    "such 's".split())
#: Heads naming organisations: bodies speak through their statements.
INSTITUTION_HEADS: frozenset[str] = frozenset(
    """league union council board association federation bank university network embassy
    army military coalition alliance movement institute foundation commission department
    office bureau caucus senate house congress parliament cabinet panel jury magazine
    newspaper paper network channel station outlet publication journal tribune times post
    daily""".split())
#: Verbs whose first object is the addressee ("told reporters that ...").
_ADDRESSEE = frozenset({"tell", "warn", "remind", "advise", "assure", "inform", "ask", "urge"})
_TEMPORAL = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
    earlier later recently last this week month year morning evening night""".split())
_ASIDES = frozenset("however meanwhile too though instead therefore nonetheless".split())
_TIME_NOUNS = frozenset(
    "years year days day months month weeks week hours hour minutes decades moments".split())
_NP_TAGS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON", "PART", "X"})
_CLOSE_QUOTES = "”\"»"
_APOSTROPHES = frozenset({"'", "’"})
#: Token kind code -> 1 for a word or number, 0 for punctuation (a `bytes.translate` table).
_IS_WORD = bytes(0 if k == PUNCT else 1 for k in range(256))



# --------------------------------------------------------------------------------------------
# The cue lexicon


@dataclass(frozen=True)
class _Cue:
    positions: tuple[frozenset[str], ...]
    lemma: str
    attitude: str
    cue_type: str


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[_Cue, ...]]:
    """First word -> the cues that may start there, longest first."""
    by_first: dict[str, list[_Cue]] = {}
    for e in load_lexicon("reporting_verbs").entries:
        ex = dict(e.extra)
        cue = _Cue(e.positions, ex.get("lemma", e.pattern), e.category,
                   ex.get("cue", "speech") or "speech")
        for w in e.positions[0]:
            by_first.setdefault(w, []).append(cue)
    return {k: tuple(sorted(v, key=lambda c: -len(c.positions))) for k, v in by_first.items()}


# --------------------------------------------------------------------------------------------
# One sentence's words


class _Sent:
    """The words of one sentence (punctuation removed) with their tags and the gaps between.

    Word ``x`` is ``starts[x]``, ``ends[x]``, ``texts[x]`` (plain lists: the rules read
    offsets millions of times, and a `Span` per word cost a quarter of the finder's time);
    ``words`` gives them as `Span`s when asked.
    """

    def __init__(self, doc: Document, span: Span, lo: int, hi: int) -> None:
        self.span = span
        self.source = doc.source
        table = doc.tokens
        tags = doc.tags[lo:hi] if doc.tags is not None else None
        if not isinstance(table, TokenTable):
            table = TokenTable.from_spans(table[lo:hi])
            lo, hi = 0, hi - lo
        texts = table.texts[lo:hi]
        kinds = table.kinds[lo:hi]
        starts, ends = table.starts[lo:hi], table.ends[lo:hi]
        # a word mask over the tokens (1: kept), gathered from in C by `compress`: a loop per
        # column and word cost a quarter of the finder's time
        mask = kinds.translate(_IS_WORD)
        if tags is not None and ("'" in texts or "’" in texts):
            # a bare apostrophe after a plural or a name in -s is the possessive ("Sanders'
            # campaign manager"): the tagger calls it PART, and it is a word of the noun
            # phrase like "'s", not punctuation that ends the phrase
            mask = bytearray(mask)
            for k in range(1, len(texts)):
                if texts[k] in _APOSTROPHES and tags[k] == "PART" and (
                        ends[k - 1] == starts[k] and texts[k - 1][-1:] in "sS"):
                    mask[k] = 1
        widx = list(compress(range(len(kinds)), mask))
        self._table, self._lo, self._widx = table, lo, widx
        self.starts = list(compress(starts, mask))
        self.ends = list(compress(ends, mask))
        self.texts = list(compress(texts, mask))
        self.norm = ["'s" if kd == PUNCT else norm_form(t)
                     for t, kd in zip(self.texts, compress(kinds, mask), strict=True)]
        self.tags = list(compress(tags, mask)) if tags is not None else None
        # punct[x]: the punctuation texts between word x-1 and word x
        self.punct = [""] + ["".join(texts[a + 1:b]) if b > a + 1 else ""
                             for a, b in zip(widx, widx[1:], strict=False)]
        self.tail = "".join(texts[widx[-1] + 1:]) if widx else ""

    @cached_property
    def words(self) -> list[Span]:
        """The words as `Span`s (built on first use)."""
        table, lo = self._table, self._lo
        out = []
        for k in self._widx:
            part, para, sent = table.keys[table.rows[lo + k]]
            out.append(make_span(table.starts[lo + k], table.ends[lo + k],
                                 table.texts[lo + k], part, para, sent,
                                 KIND_NAMES[table.kinds[lo + k]]))
        return out

    def __len__(self) -> int:
        return len(self.norm)

    def tag(self, x: int) -> str:
        return self.tags[x] if self.tags is not None else ""

    def text(self, a: int, b: int) -> str:
        return self.source[self.starts[a]:self.ends[b - 1]]

    def capital(self, x: int) -> bool:
        return self.texts[x][:1].isupper()


def _headline(s: _Sent) -> bool:
    return s.span.part in ("title", "subtitle")


def _headline_case(s: _Sent) -> bool:
    """A title-case line: the title, subtitle, or a line where most words are capitalised."""
    if _headline(s):
        return True
    # title case capitalises every word but short function words ("of", "to", "in"): a
    # sentence with two long lowercase words ("Lee said on The Ann Roe Show") is prose full
    # of names
    lower = sum(len(w) > 3 and w[:1].islower() for w in s.texts)
    return lower <= 1 and sum(w[:1].isupper() for w in s.texts) * 2 > len(s) >= 3


def _is_verb(s: _Sent, x: int) -> bool:
    """Is word x a verb here? By its tag, or by spelling without a tagger."""
    if s.tags is not None:
        if x > 0 and not s.punct[x] and s.tags[x - 1] in ("DET", "NUM") and s.norm[x].endswith(
                ("ed", "en")) and x + 1 < len(s) and not s.punct[x + 1] and s.tags[x + 1] == "NOUN":
            return False  # "271 pledged delegates", "the stated aim": a participle as modifier
        if s.tags[x] == "VERB":
            return True
        # Title case misleads taggers ("Rubio Says Talks Failed"): in a headline a capitalised
        # cue form after a name is taken as the verb.
        if x > 0 and s.tags[x] in ("PROPN", "NOUN") and s.tags[x - 1] == "PROPN" and (
                s.capital(x) and _headline_case(s)):  # (the line test last: it reads every word)
            return True
        return _third_person_after_name(s, x)
    if x > 0 and s.capital(x) and not _headline(s):
        return False  # "Secretary of State Mike Pompeo": a name
    if x > 0 and not s.punct[x] and s.norm[x - 1] in _DETERMINERS:
        return False  # "the claims", "its report"
    nxt = s.norm[x + 1] if x + 1 < len(s) else ""
    return nxt not in ("'s", "of")  # "the state's premier", "the report of"


def _third_person_after_name(s: _Sent, x: int) -> bool:
    """"Espinoza tells reporters", "she says": a cue form in -s tagged as a plural noun right
    after a proper noun or a subject pronoun, with no verb after it, is the finite verb (a
    plural noun after a name would be a compound, "Lee supporters", and then be followed by
    its own verb). Taggers trained on EWT take rare "NAME tells" for "NAME" + plural noun."""
    if s.tags is None or x == 0 or s.punct[x] or s.tags[x] != "NOUN" or s.capital(x):
        return False
    if not s.norm[x].endswith("s") or s.norm[x].endswith("ss"):
        return False
    nxt = x + 1
    complement = nxt < len(s) and not s.punct[nxt] and s.norm[nxt] in ("to", "that")
    if not (s.tags[x - 1] == "PROPN" or s.norm[x - 1] in ("he", "she", "it") or (
            s.tags[x - 1] == "NOUN" and complement)):
        return False  # "the council plans to": after a common noun only before to/that
    if nxt >= len(s) or s.punct[nxt].strip():
        return False  # "... Clinton emails.": nothing reported after it
    # "Lee claims were false": a verb follows, so "claims" is a noun. A following "verb" in -s
    # ("tells reporters" tagged NOUN VERB) is the tagger swapping the pair, not a verb.
    if s.tags[nxt] == "AUX" or s.norm[nxt] in ("of", "'s") or (
            s.tags[nxt] == "VERB" and not s.norm[nxt].endswith("s")):
        return False
    return True


def _is_noun(s: _Sent, x: int) -> bool:
    if s.tags is not None:
        return s.tags[x] == "NOUN"
    return x > 0 and s.norm[x - 1] in _DETERMINERS | {"his", "her", "their"}


# --------------------------------------------------------------------------------------------
# Sources


def _source_ok(s: _Sent, a: int, b: int, head: int, actor_rx: re.Pattern[str],
               in_quote: bool, *, open_subject: bool = False) -> bool:
    """Is words[a:b] (head at ``head``) a human, institutional or document source?

    ``open_subject``: the cue is a verb of speaking that only people and bodies do (say,
    tell, ask), so with tags any noun or proper-noun head is a speaker ("the magnate says").
    """
    w = s.norm[head]
    if w in _FIRST_PERSON:
        return in_quote
    if w == "it" and open_subject and s.tags is not None and b - a == 1:
        # "It said that ...": the subject of an active verb of speaking is a referring "it"
        # (a body, a paper), never the anticipatory one, which goes with predicates such as
        # "it seems", "it is said" (Quirk et al. 1985, 18.23-18.33 extraposition); the caller
        # keeps it for speech verbs only ("it feels like rain" is no report)
        return True
    if w in ("you", "it", "this", "that", "there"):
        return False
    if w in _QUANTIFIER_HEADS and open_subject:
        return True  # "nearly half said", "another said": a quantifier standing for people
    if actor_rx.search(s.text(a, b)):
        return True
    if w in HUMAN_HEADS or w in INSTITUTION_HEADS:
        return True
    if s.tags is not None:
        t = s.tags[head]
        if t == "PROPN" or (_capital_name(s, head) and t in ("ADV", "ADJ", "NOUN", "X", "INTJ")):
            return True
        return open_subject and (t in ("NOUN", "NUM") or (
            t == "ADJ" and a < head and s.norm[a] in _DETERMINERS))
    # A capitalised head that is not simply the sentence's first word is a proper name.
    return s.capital(head) and (head > 0 or b - a > 1) and not _headline(s)


def _capital_name(s: _Sent, x: int) -> bool:
    """A capitalised word the tagger did not call a proper noun, inside a sentence or before
    the cue (taggers trained on web text miss rare surnames): taken as a name."""
    return s.capital(x) and not _headline(s) and s.norm[x] not in _DETERMINERS | _SKIP | (
        _CLAUSE_BOUNDARY) and s.tag(x) not in ("DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX")


def _np_head(s: _Sent, a: int, b: int) -> int:
    for m in range(a + 1, b):
        if s.norm[m] in _PREPOSITIONS:
            return m - 1
    return b - 1


def _np_left(s: _Sent, k: int) -> int | None:
    """The first word of the noun phrase ending at word k (None: not a subject phrase)."""
    a = k
    while a - 1 >= 0 and not s.punct[a] and s.norm[a - 1] not in _CLAUSE_BOUNDARY:
        if s.tags is not None:
            t = s.tags[a - 1]
            if t not in _NP_TAGS and not (t == "ADP" and s.norm[a - 1] in _PREPOSITIONS) and (
                    not (t == "CCONJ" and s.tag(a - 2) == "PROPN")) and not (
                    t == "VERB" and s.norm[a - 1].endswith(("ed", "en")) and a - 2 >= 0
                    and not s.punct[a - 1] and s.tags[a - 2] == "DET"):
                # "the leaked memos": a participle between a determiner and its noun is a
                # modifier inside the phrase (Quirk et al. 1985, 7.15 participial adjectives)
                break
            if t == "PRON" and s.norm[a - 1] not in ("his", "her", "its", "their", "our"):
                break
        a -= 1
        if k + 1 - a > MAX_SUBJECT_WORDS:
            return None
    while a < k and s.norm[a] in _PREPOSITIONS:  # "In Seoul officials said"
        a += 2 if a + 2 <= k else 1
    for m in range(a + 1, k):  # "years after Bill Clinton", "days before the board"
        if s.norm[m] in ("after", "before", "since", "until") and (
                s.norm[m - 1] in _TIME_NOUNS or s.tag(m - 1) == "NUM"):
            a = m + 1
    return a


#: Forms of "be" skipped before a progressive cue ("is telling", "was warning"); before other
#: forms they make a passive ("was found"), whose subject is not the source.
_BE_FORMS = frozenset("is was are were am 's 're been being be".split())


def _skip_back(s: _Sent, i: int) -> int:
    """The word before the cue's subject would end: past adverbs and auxiliaries, and past a
    catenative verb and its "to" ("went on to say", "tried to show", "has been working to
    stress", "is inclined to describe": the subject of the chain's first verb is the
    subject of the cue; Quirk et al. 1985, 16.52 catenative verbs)."""
    k = i - 1
    progressive = s.norm[i].endswith("ing")
    while True:
        while k >= 0 and not s.punct[k + 1] and (
                s.norm[k] in _SKIP or (progressive and s.norm[k] in _BE_FORMS)
                or (s.tags is not None and s.tags[k] == "ADV"
                    and s.norm[k] not in _CLAUSE_BOUNDARY and s.norm[k] not in _QUANTIFIER_HEADS
                    and not (k > 0 and _capital_name(s, k)))):
            k -= 1
        if s.tags is None or k < 1 or s.norm[k] != "to" or s.punct[k + 1] or s.punct[k]:
            return k
        m = k - 1
        if s.tags[m] in ("ADP", "ADV") and m >= 1 and s.tags[m - 1] == "VERB" and not s.punct[m]:
            m -= 1  # a particle: "went on to say", "set out to prove"
        if s.tags[m] == "VERB" or (s.tags[m] == "ADJ" and m >= 1 and s.norm[m - 1] in _BE_FORMS):
            k = m - 1
            progressive = True  # "has been working to", "are inclined to": skip the be
            continue
        return k


_COMMAS = (",", "–", "—", "-", "--", ")")
#: How far (in words) a rule looks for a verb before or after the cue: a reporting clause and
#: its complement's verb lie within 40 words in ordinary prose; the bound keeps a run-on
#: sentence of thousands of words linear (benchmarks/long_sentence.py).
_WINDOW: int = 40


#: The closed class of English auxiliaries (Quirk et al. 1985, 3.21-3.23): a word tagged AUX
#: outside it is a tagger error ("But aides/AUX said"), read as a noun.
_AUXILIARIES = frozenset(
    """am is are was were be been being have has had having do does did will would shall
    should can could may might must ought need dare 's 're 've 'd 'll 'm wo ca""".split())


def _np_ending(s: _Sent, k: int, rx: re.Pattern[str], in_quote: bool, open_subject: bool
               ) -> tuple[int, int] | None:
    """A source noun phrase ending at word k, or None."""
    if k < 0 or s.norm[k] in _CLAUSE_BOUNDARY | _PREPOSITIONS | _DETERMINERS:
        if k >= 0 and s.norm[k] == "who":
            return (k, k + 1)
        if k > 0 and s.norm[k] in ("that", "which") and s.tags is not None and (
                s.tags[k] == "PRON" and s.tags[k - 1] in ("NOUN", "PROPN")
                and s.punct[k].strip() in ("", ",")) and _np_ending(
                s, k - 1, rx, in_quote, False) is not None:
            # "a group that endorsed Lee", "the report, which found": a relative pronoun
            # right after its noun is the subject, standing for that noun (Quirk et al. 1985,
            # 17.9-17.12), as "who" does; the noun must pass the human-head check
            return (k, k + 1)
        return None
    if s.tags is not None and s.tags[k] not in ("NOUN", "PROPN", "PRON", "NUM", "X") and not (
            s.norm[k] in _QUANTIFIER_HEADS or s.norm[k] in ("some", "many", "both", "others")
            ) and not (
            _capital_name(s, k) or (s.tags[k] == "ADJ" and k > 0 and s.norm[k - 1] in
                                    _DETERMINERS) or (
                s.tags[k] == "AUX" and s.norm[k] not in _AUXILIARIES)):
        return None
    a = _np_left(s, k)
    if a is None and s.tags is not None and s.tags[k] == "PROPN":
        a = k  # a long phrase ending in a name: the name and its title words
        while a > 0 and not s.punct[a] and s.tags[a - 1] == "PROPN":
            a -= 1
    if a is None:
        return None
    head = _np_head(s, a, k + 1)
    if not _source_ok(s, a, k + 1, head, rx, in_quote, open_subject=open_subject):
        return None
    return a, k + 1


def _source_before(s: _Sent, i: int, rx: re.Pattern[str], in_quote: bool, open_subject: bool
                   ) -> tuple[int, ...] | None:
    k = _skip_back(s, i)
    if k < 0:
        return None
    gap = s.punct[k + 1].strip()
    if not gap:
        return _np_ending(s, k, rx, in_quote, open_subject)
    if not gap.endswith(_COMMAS):
        return None
    # "Netanyahu, however, said", "Farmers, many of them veterans, said", "Sanders (I-Vt.)
    # said": the subject stands before the opening comma of a parenthetical.
    for m in range(k, max(0, k - 25), -1):
        opening = s.punct[m].strip()
        if opening:
            if not opening.endswith((*_COMMAS[:-1], "(")):
                return None
            np = _np_ending(s, m - 1, rx, in_quote, open_subject)
            # the source takes its apposition along ("Lee, a farmer, said"), as PARC does;
            # the third number marks where the name ends
            if np is None:
                return None
            if s.tag(m) == "ADV" or s.norm[m] in _SKIP or s.norm[m] in _ASIDES:
                return np  # "Lee, however, said": an aside, not part of the source
            return np[0], k + 1, np[1]
    return None


#: Prepositions before a gerund whose subject is the main clause's ("by saying", "after
#: calling"); "in", "for", "of" are left out (their gerund is often a noun's complement).
_GERUND_PREPS = frozenset({"by", "after", "before", "while", "without", "when"})


def _clause_subject(s: _Sent, i: int, rx: re.Pattern[str], in_quote: bool, open_subject: bool,
                    earlier: Sequence[Attribution]) -> tuple[int, int] | None:
    """", saying ...", "... and said ...": the subject of the sentence's main clause."""
    k = _skip_back(s, i)
    gerund = s.norm[i].endswith("ing")
    # ', saying', ',” adding', ' – saying': a comma (after a closing quotation mark) or a dash
    lead = s.punct[k + 1].strip().rstrip(_CLOSE_QUOTES + "’'")
    # "Lee stunned the room by saying ...", "... after calling it ...": a gerund after a
    # preposition has the main clause's subject as its own (Quirk et al. 1985, 15.59)
    after_prep = gerund and not lead and k >= 0 and s.norm[k] in _GERUND_PREPS
    if not ((k >= 0 and s.norm[k] in ("and", "but")) or (gerund and lead.endswith(_COMMAS))
            or after_prep):
        return None
    if earlier and earlier[-1].sentence == s.span.sentence and earlier[-1].part == s.span.part \
            and earlier[-1].source_end <= s.starts[i] and earlier[-1].source_end > 0:
        a = earlier[-1]  # "X said ..., adding that ...": the same speaker
        starts = s.starts
        x = bisect.bisect_left(starts, a.source_start)
        y = bisect.bisect_left(starts, a.source_end)
        if x < len(s) and s.starts[x] == a.source_start and y > x:
            return x, y
    # the first noun phrase of the sentence, followed by its verb
    v = 0
    if i > _WINDOW:
        return None  # the main clause's subject is too far back to be the cue's
    while v < i and not _is_finite(s, v):
        v += 1
    if v == 0 or v >= i:
        return None
    while v > 1 and s.tag(v - 1) == "ADV" and not s.punct[v]:
        v -= 1  # "Lee immediately posted ...": the adverb is not part of the subject
    if not s.punct[v].strip():
        return _np_ending(s, v - 1, rx, in_quote, open_subject)
    # "Lee, a farmer, joined the board and said ...": the first verb's subject stands before a
    # parenthetical, found as a cue's would be
    return _source_before(s, v, rx, in_quote, open_subject)


def _is_finite(s: _Sent, x: int) -> bool:
    if s.tags is not None:
        return s.tags[x] in ("VERB", "AUX")
    return s.norm[x] in _SKIP or s.norm[x] in ("is", "was", "are", "were")


def _source_after(s: _Sent, j: int, rx: re.Pattern[str], in_quote: bool,
                  open_subject: bool = False) -> tuple[int, ...] | None:
    """'..., said Erekat.': a name or title phrase right after the cue, then punctuation.

    ``open_subject`` (a verb only speakers do: say, tell): any noun phrase there is the
    speaker ('"...," said the designer'), and a word the tagger read as a verb or adverb inside
    it ("said Ohio-based strategist Jo Park", "said Lee ally Jo Park") does not end it when the
    phrase ends in a noun.
    """
    if j >= len(s) or s.punct[j] or s.norm[j] in _PREPOSITIONS:
        return None  # "..., referring to Lee": a prepositional object is not the speaker
    b = j
    verbish = False
    while b < len(s) and (b == j or not s.punct[b]) and s.norm[b] not in _CLAUSE_BOUNDARY:
        if s.tags is not None and s.tags[b] not in _NP_TAGS | {"ADP"}:
            if not (open_subject and s.tags[b] in ("VERB", "ADV")
                    and not s.norm[b].endswith("ing")):
                return None
            verbish = True
        b += 1
        if b - j > MAX_SUBJECT_WORDS:
            return None
    if b < len(s) and not s.punct[b] and s.norm[b] not in ("who", "that", "which"):
        return None  # the phrase runs on into a clause: an object, not the speaker
    if verbish and s.tag(b - 1) not in ("NOUN", "PROPN"):
        return None
    head = _np_head(s, j, b)
    if not _source_ok(s, j, b, head, rx, in_quote, open_subject=open_subject):
        return None
    if b < len(s) and s.punct[b].strip() == "," and (
            s.tag(b) in ("DET", "NUM") or s.norm[b] in ("a", "an", "the", "who")):
        # '"...," said Lee, a lawyer for the union.': the apposition belongs to the source
        e = b + 1
        while e < len(s) and e - b < _WINDOW and not (
                s.punct[e].strip() == "," and s.tag(e) == "VERB" and s.norm[e].endswith("ing")):
            e += 1
        return j, e, b
    return j, b


# --------------------------------------------------------------------------------------------
# Content


def _strip_end(source: str, s: int, e: int) -> tuple[int, int]:
    """Trim spaces and a final sentence mark outside quotation marks from [s, e)."""
    while e > s and source[e - 1] in " \t\n.;:!?" and source[e - 2:e - 1] not in _CLOSE_QUOTES:
        e -= 1
    s, e = strip_bounds(source, s, e)
    while e > s and source[e - 1] in ",;:–—" and source[e - 2:e - 1] not in _CLOSE_QUOTES:
        e -= 1
    return strip_bounds(source, s, e)


_LEAD_RE = re.compile(r"[\s,:]*(?:(?:[\w’'-]+\s+){0,4}?that\s+)?")


def _clause_follows(s: _Sent, j: int) -> bool:
    """Does anything clause-like follow the cue (a that-clause, a verb, a quotation)?"""
    if j >= len(s):
        return False
    if any(s.norm[x] == "that" for x in range(j, min(len(s), j + 5))):
        return True
    if s.punct[j].strip(" ,").startswith(("“", '"', ":")):
        return True
    if s.tags is not None:
        return any(s.tags[x] in ("VERB", "AUX") for x in range(j, min(len(s), j + _WINDOW)))
    first = s.norm[j]
    if first in _PREPOSITIONS or first in _TEMPORAL:
        return False
    return len(s) - j > 4


def _nothing_reported_after(s: _Sent, c: _Cue, j: int) -> bool:
    """Only adverbials (or an addressee) follow the cue: "..., she said at a rally."."""
    if _clause_follows(s, j) or j >= len(s):
        return j >= len(s)
    first = s.norm[j]
    if first in _PREPOSITIONS or first in _TEMPORAL:
        return True
    return c.lemma in _ADDRESSEE and len(s) - j <= 3


def _clause_before(s: _Sent, a: int, quotes: Sequence[Quote], q_ends: list[int]) -> bool:
    """The words before the source make a clause (a finite verb) or end in a quotation."""
    if _quote_ending(quotes, q_ends, s.span.start - 1 if s.span.start else 0,
                     s.starts[a]) is not None:
        return True
    if s.tags is None:
        return a >= 3
    return any(s.tags[x] in ("AUX",) or (s.tags[x] == "VERB" and not s.norm[x].endswith("ing"))
               for x in range(max(0, a - _WINDOW), a))


def _quote_at(quotes: Sequence[Quote], starts: list[int], pos: int, limit: int) -> Quote | None:
    """The quotation starting within [pos, limit), if any."""
    k = bisect.bisect_left(starts, pos)
    return quotes[k] if k < len(quotes) and quotes[k].start < limit else None


def _quote_ending(quotes: Sequence[Quote], ends: list[int], lo: int, hi: int) -> Quote | None:
    """The last quotation ending within [lo, hi]."""
    k = bisect.bisect_right(ends, hi) - 1
    return quotes[k] if k >= 0 and quotes[k].end >= lo else None

