"""Finding taxonomy skills in free text with spaCy's PhraseMatcher.

A blank English pipeline (``spacy.blank("en")``, no trained model, no download) tokenises both
the skill names and the text. spaCy's English tokenizer splits "C++" into "C", "+", "+" and
"CI/CD" into "CI", "/", "CD", so patterns are made with the same tokenizer and match token
sequences exactly; a "/" between two words is always its own token, so "C#/.NET" and
"Node.js/React" are read as two names. Forms match case-insensitively (attribute ``LOWER``)
except the one-word alphabetic forms of ``case_sensitive`` entries (Go, R, Swift), which
match their exact casing (attribute ``ORTH``): the same rule as ``storage.taxonomy``
lookups, so "Go language" or "C#" match in any casing.

Guards against false hits, each a rule from reading real resumes and job descriptions:

* a match of one or two characters must not be glued to a neighbouring word by "&", "-",
  "'" or "+" (the "R" in "R&D", the "C" in "C-suite", "Go" in "Go-to-market") nor be one
  letter of a slash pair ("A/B", "I/O");
* a one-letter match must be upper case and stand alone, and is dropped when followed by
  "&" or "-" or preceded by "Plan", "Vitamin", "Grade", "Type", "Class" or "Section";
* an everyday word that is also a skill name (:data:`COMMON_WORD_SKILLS`) written all in
  lower case is not a skill ("rest", "design", "express");
* a case-sensitive "Go" followed by "to"/"-to" (a "go to market" plan) is dropped;
* product names from O*NET that are not curated (no editorial difficulty band), written in
  Title Case in the taxonomy ("After the Deadline", alias "Reports" of Oracle Reports), are
  proper names: written all in lower case in the text they are ordinary words ("after the
  deadline", "SQL reports").

A form of two words or more also matches with its last word in the plural ("product
strategies" is Product strategy, "design patterns" Design pattern), by the regular English
rules of :func:`plural`, unless that plural is another skill's own form.

Overlapping matches keep the longest (so "Node.js" wins over "Node", "A/B testing" over
"testing").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from tools.taxonomy import SkillEntry

SkillHit = tuple[SkillEntry, int, int]
"""A skill found in a text: the entry, and the start and end character offsets."""

COMMON_WORD_SKILLS = frozenset(
    [
        "access",
        "ant",
        "chef",
        "crystal",
        "dart",
        "design",
        "elm",
        "express",
        "go",
        "hive",
        "julia",
        "jest",
        "make",
        "mocha",
        "pig",
        "puppet",
        "react",
        "rest",
        "ruby",
        "rust",
        "shell",
        "spark",
        "spring",
        "storm",
        "swift",
        "unity",
        "excel",
        "word",
        "teams",
        "slack",
        "reports",
        "notes",
        "sites",
        "classroom",
        "eclipse",
        "safari",
    ]
)
"""Skill names that are also everyday English words: written all in lower case ("the rest of
the team", "go to market", "express interest") they are not taken as skills."""

_SINGLE_LETTER_BLOCKERS = frozenset({"plan", "vitamin", "grade", "type", "class", "section"})
_GLUE = frozenset({"&", "-", "'", "’", "+"})


class SkillMatcher:
    """Finds taxonomy skills in text.

    Args:
        entries: The taxonomy (any number of entries; about 10k surface forms build in well
            under 2 s on 2 cores).

    Example:
        >>> matcher = SkillMatcher([SkillEntry(id="cpp", name="C++")])
        >>> [(e.id, s, t) for e, s, t in matcher.find("I write C++ daily")]
        [('cpp', 8, 11)]
    """

    def __init__(self, entries: Sequence[SkillEntry]) -> None:
        self._nlp: Language = spacy.blank("en")
        self._entries: dict[str, SkillEntry] = {}
        self._lower = PhraseMatcher(self._nlp.vocab, attr="LOWER")
        self._exact = PhraseMatcher(self._nlp.vocab, attr="ORTH")
        owners: list[SkillEntry] = []
        forms: list[str] = []
        for entry in entries:
            self._entries[entry.id] = entry
            for form in entry.surface_forms():
                if form.strip():
                    owners.append(entry)
                    forms.append(form)
        exact: dict[str, list[Doc]] = {}
        loose: dict[str, list[Doc]] = {}
        self._proper: set[str] = set()
        taken = {form.casefold() for form in forms}
        for owner, form in zip(owners, forms, strict=True):
            one_word = form.strip().isalpha()
            target = exact if owner.case_sensitive and one_word else loose
            target.setdefault(owner.id, []).append(self.make_doc(form))
            many = plural(form)
            if many and many.casefold() not in taken:
                loose.setdefault(owner.id + PLURAL_MARK, []).append(self.make_doc(many))
            if owner.onet_code and owner.difficulty is None and _title_case(form):
                self._proper.add(form.casefold())
        for skill_id, patterns in exact.items():
            self._exact.add(skill_id, patterns)
        for skill_id, patterns in loose.items():
            self._lower.add(skill_id, patterns)

    @property
    def entries(self) -> list[SkillEntry]:
        """The taxonomy entries the matcher was built from."""
        return list(self._entries.values())

    def entry(self, skill_id: str) -> SkillEntry | None:
        """The entry with this taxonomy id, or ``None``."""
        return self._entries.get(skill_id)

    def find(self, text: str, plurals: bool = True) -> list[SkillHit]:
        """Find every skill mentioned in a text.

        Args:
            text: Any text (a line, a section or a whole resume).
            plurals: Also match multi-word names with their last word in the plural. On for
                resumes ("developed product strategies"); job descriptions turn it off, since
                on the SkillSpan training postings it added 11 spans and no precision
                (0.727 with, 0.728 without).

        Returns:
            ``(entry, start_char, end_char)`` for each mention, in text order, longest match
            kept where mentions overlap; the same skill may appear several times.
        """
        doc = _split_final_letter(self.make_doc(text))
        spans: list[Span] = []
        for matcher in (self._lower, self._exact):
            for match_id, start, end in matcher(doc):
                label = self._nlp.vocab.strings[match_id]
                if label.endswith(PLURAL_MARK):
                    if not plurals:
                        continue
                    label = label[:-len(PLURAL_MARK)]
                span = Span(doc, start, end, label=label)
                if _acceptable(doc, span) and not self._ordinary_words(span):
                    spans.append(span)
        kept = _longest_first(spans)
        return [(self._entries[span.label_], span.start_char, span.end_char) for span in kept]

    def make_doc(self, text: str) -> Doc:
        """Tokenise like ``spacy.blank("en")``, but with every "/" its own token, so that
        "C#/.NET" and "Node.js/React" are two names each (spaCy keeps them whole)."""
        if "/" not in text:
            return self._nlp.make_doc(text)
        words: list[str] = []
        spaces: list[bool] = []
        for piece in _SLASH.split(text):
            if piece == "/":
                words.append("/")
                spaces.append(False)
                continue
            for token in self._nlp.make_doc(piece):
                words.append(token.text)
                spaces.append(bool(token.whitespace_))
        doc = Doc(self._nlp.vocab, words=words, spaces=spaces)
        return doc if doc.text == text else self._nlp.make_doc(text)

    def _ordinary_words(self, span: Span) -> bool:
        """A Title Case product name written all in lower case (see the module docstring)."""
        return span.text.islower() and span.text.casefold() in self._proper

    def find_ids(self, text: str) -> list[str]:
        """Distinct taxonomy ids mentioned in ``text``, in order of first mention."""
        return list(dict.fromkeys(entry.id for entry, _, _ in self.find(text)))


_SLASH = re.compile(r"(/)")
PLURAL_MARK = "#plural"
"""Suffix of the match key of a plural pattern (skill ids never contain "#")."""
_SIBILANT_END = re.compile(r"(?:s|x|z|ch|sh)$")
_CONSONANT_Y = re.compile(r"[^aeiou]y$")


def plural(form: str) -> str | None:
    """The form with its last word in the plural, for forms of two words or more whose last
    word is a lower-case English word of four letters or more, not already ending in "s" and
    not a gerund ("-ing").

    Regular English rules: consonant + "y" becomes "ies" (strategy, strategies); a word
    ending in s, x, z, ch or sh takes "es"; any other takes "s". Returns ``None`` when the
    form does not qualify (one word, a product name, an acronym).

    Example:
        >>> plural("Product strategy"), plural("Design pattern"), plural("Docker")
        ('Product strategies', 'Design patterns', None)
    """
    head, _, last = form.strip().rpartition(" ")
    if not head or len(last) < 4 or not last.isalpha() or not last.islower():
        return None
    if last.endswith(("s", "ing")):
        return None  # already plural, or a gerund ("unit testing")
    if _CONSONANT_Y.search(last):
        return f"{head} {last[:-1]}ies"
    suffix = "es" if _SIBILANT_END.search(last) else "s"
    return f"{head} {last}{suffix}"
_LETTER_STOP = re.compile(r"[A-Z]\.")


def _split_final_letter(doc: Doc) -> Doc:
    """spaCy keeps "R." whole, as if an initial; when it ends the text ("… in Python or R.")
    the full stop ends the sentence, so the letter becomes its own token."""
    if not len(doc) or not _LETTER_STOP.fullmatch(doc[-1].text):
        return doc
    words = [t.text for t in doc[:-1]] + [doc[-1].text[0], "."]
    spaces = [bool(t.whitespace_) for t in doc[:-1]] + [False, bool(doc[-1].whitespace_)]
    return Doc(doc.vocab, words=words, spaces=spaces)


def _title_case(form: str) -> bool:
    """Every word of four letters or more starts with a capital and goes on in lower case
    ("After the Deadline", "Reports"), and there is at least one such word."""
    words = [w for w in re.findall(r"[A-Za-z]+", form) if len(w) >= 4]
    return bool(words) and all(w[0].isupper() and w[1:].islower() for w in words)


def _glued(doc: Doc, span: Span) -> bool:
    """Whether a short span (two characters or fewer) is part of a joined word."""
    if len(span.text) > 2:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and not before.whitespace_:
        if before.text in _GLUE or before.is_alpha:
            return True
        if before.text == "/" and span.start > 1 and len(doc[span.start - 2].text) == 1:
            return True
    if after is not None and not doc[span.end - 1].whitespace_:
        if after.text in _GLUE or after.is_alpha:
            return True
        if after.text == "/" and span.end + 1 < len(doc) and len(doc[span.end + 1].text) == 1:
            return True
    return False


def _single_letter(span: Span) -> bool:
    return len(span) == 1 and len(span.text) == 1


def _acceptable(doc: Doc, span: Span) -> bool:
    """Apply the false-hit guards listed in the module docstring."""
    if _glued(doc, span):
        return False
    if _single_letter(span):
        if not span.text.isupper():
            return False
        if span.start > 0 and doc[span.start - 1].lower_ in _SINGLE_LETTER_BLOCKERS:
            return False
        if span.end < len(doc) and doc[span.end].text in {"&", "-", "+"}:
            return False
    if len(span) == 1 and span.text.islower() and span.text in COMMON_WORD_SKILLS:
        return False
    go_to = span.text == "Go" and span.end < len(doc) and doc[span.end].lower_ in {"to", "-"}
    return not go_to


def _longest_first(spans: Iterable[Span]) -> list[Span]:
    """Drop spans overlapping a longer one; return the rest in text order."""
    chosen: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s.end_char - s.start_char), s.start)):
        tokens = set(range(span.start, span.end))
        if tokens & taken:
            continue
        chosen.append(span)
        taken |= tokens
    return sorted(chosen, key=lambda s: s.start)
