"""Reading-order text of PDF pages from text positions.

pypdf reports every piece of text it draws to a visitor together with its text and
transformation matrices. From those positions this module rebuilds lines, splits a line into
spans where a wide gap separates them, finds the gutter of two-column and sidebar layouts, and
writes each column top to bottom, so the lines of two columns are never interleaved. Lines that
cross the gutter (a full-width name or heading) are kept in place between column blocks.

Widths are estimated from character classes (the PDF's font metrics are not always usable):
see :func:`_char_em`. The thresholds are in units of the font size (em).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pypdf import PageObject
from pypdf.generic import ArrayObject, FloatObject, NameObject, NumberObject

SPAN_GAP_EM = 2.0
"""A horizontal gap wider than this (in em) starts a new span within a line."""

SPACE_GAP_EM = 0.6
"""A gap wider than this between two fragments of one span gets a space."""

TJ_WORD_GAP = 120.0
"""A negative ``TJ`` displacement of at least this many thousandths of an em is a word gap.
Kerning pairs move glyphs by a few tens of thousandths; TeX engines that justify lines by
displacement (XeLaTeX's Awesome-CV output) leave word gaps of 140–500 with no space glyph."""

GAP_SPACE = "\u2009"
"""Written for such a word gap: a thin space, which has no width in :func:`_char_em` (the
gap's width is not part of the estimate either) and becomes a plain space in
normalisation."""

LINE_TOLERANCE_EM = 0.4
"""Fragments whose baselines differ by less than this (in em) share a line."""

SPAN_SEPARATOR = " | "
"""Written between two spans of one line (e.g. a title and its right-aligned dates)."""

_NARROW = set("iljtfrI.,;:'!|()[] ")
_WIDE = set("mwMW@%")


@dataclass(frozen=True)
class Fragment:
    """One piece of text drawn on a page.

    Attributes:
        x: Left edge in points from the page's left.
        y: Baseline in points from the page's bottom.
        size: Effective font size in points.
        text: The characters drawn.
    """

    x: float
    y: float
    size: float
    text: str

    @functools.cached_property
    def end(self) -> float:
        """Estimated right edge in points (computed once: spans ask for it repeatedly)."""
        return self.x + sum(_char_em(c) for c in self.text) * self.size


@dataclass
class Span:
    """Consecutive fragments of one line with no wide gap between them."""

    fragments: list[Fragment] = field(default_factory=list)

    @property
    def x0(self) -> float:
        """Left edge in points."""
        return self.fragments[0].x

    @property
    def x1(self) -> float:
        """Estimated right edge in points."""
        return max(f.end for f in self.fragments)

    def text(self) -> str:
        """The span's text, with a space wherever a gap of more than 0.6 em has none."""
        parts: list[str] = []
        previous: Fragment | None = None
        for frag in self.fragments:
            if previous is not None:
                gap = frag.x - previous.end
                joined = "".join(parts)
                if (
                    gap > SPACE_GAP_EM * frag.size
                    and not joined.endswith(" ")
                    and not (frag.text.startswith(" "))
                ):
                    parts.append(" ")
            parts.append(frag.text)
            previous = frag
        return "".join(parts).strip()


@dataclass
class Line:
    """Spans sharing a baseline, left to right."""

    y: float
    spans: list[Span]


def _char_em(char: str) -> float:
    """Estimated advance width of a character in em (Helvetica-like proportions)."""
    if char == GAP_SPACE:
        return 0.0
    if char in _NARROW:
        return 0.28
    if char in _WIDE:
        return 0.85
    if char.isupper():
        return 0.67
    if char.isdigit():
        return 0.55
    return 0.5


def _combine(tm: Sequence[float], cm: Sequence[float]) -> tuple[float, ...]:
    """Product of two PDF matrices ``[a b c d e f]`` (text matrix applied first)."""
    a, b, c, d, e, f = (float(v) for v in tm)
    a2, b2, c2, d2, e2, f2 = (float(v) for v in cm)
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def page_fragments(page: PageObject, split_gaps: bool = False) -> tuple[list[Fragment], str]:
    """Collect the horizontal text fragments drawn on a page.

    Args:
        page: A pypdf page.
        split_gaps: Write a space for every wide ``TJ`` displacement (see
            :data:`TJ_WORD_GAP`); used for pages whose words come out glued together.

    Returns:
        Fragments in drawing order (rotated text and blank pieces left out), and pypdf's own
        plain text of the page, whose word spacing uses the fonts' real widths.
    """
    fragments: list[Fragment] = []

    def visit(text: str, cm: Any, tm: Any, font_dict: Any, font_size: Any) -> None:
        clean = text.replace("\n", " ").replace("\r", " ")
        if not clean.strip():
            return
        a, b, c, d, e, f = _combine(tm, cm)
        if abs(b) > abs(a) * 0.2 or abs(a) < 1e-6:
            return
        size = abs(float(font_size or 1.0)) * (c * c + d * d) ** 0.5
        fragments.append(Fragment(x=e, y=f, size=max(size, 1.0), text=clean))

    plain = page.extract_text(visitor_text=visit,
                              visitor_operand_before=_space_word_gaps if split_gaps else None)
    return fragments, plain


def _space_word_gaps(operator: bytes, operands: Any, cm: Any, tm: Any) -> None:
    """Before pypdf shows a ``TJ`` array, put a space string where a displacement of at
    least :data:`TJ_WORD_GAP` separates two strings that have none (see its docstring)."""
    if operator != b"TJ" or not operands or not isinstance(operands[0], ArrayObject):
        return
    items = operands[0]
    index = 1
    while index < len(items) - 1:
        item = items[index]
        before, after = items[index - 1], items[index + 1]
        gap = (isinstance(item, (int, float, NumberObject, FloatObject))
               and -float(item) >= TJ_WORD_GAP)
        if gap and _text_item(before) and _text_item(after) and not _spaced(before, after):
            items.insert(index + 1, GAP_SPACE)
            index += 1
        index += 1


def _text_item(item: Any) -> bool:
    return isinstance(item, (str, bytes)) and not isinstance(item, NameObject)


def _spaced(before: Any, after: Any) -> bool:
    """Whether a space was already put between the pair (the strings' own bytes cannot be
    read here: two-byte fonts have no fixed space code; a doubled space is collapsed later)."""
    return before in (" ", GAP_SPACE) or after in (" ", GAP_SPACE)


class Respacer:
    """Puts pypdf's word spacing back into span texts rebuilt from positions.

    Widths estimated from character classes cannot tell a kerning gap from a word space in
    every font; pypdf's plain text of the same page can. A span's characters (spaces ignored)
    are looked up in the plain text, searching on from the previous match, and re-spaced as
    the plain text spaces them; spans not found are kept as built.
    """

    def __init__(self, plain: str) -> None:
        chars: list[str] = []
        space_before: list[bool] = []
        pending = False
        for char in plain:
            if char.isspace():
                pending = True
                continue
            chars.append(char)
            space_before.append(pending)
            pending = False
        self._chars = "".join(chars)
        self._space_before = space_before
        self._cursor = 0

    def apply(self, text: str) -> str:
        """Return ``text`` spaced as in the plain text, or unchanged when not found there."""
        dense = "".join(text.split())
        if len(dense) < 2:
            return text
        at = self._chars.find(dense, self._cursor)
        if at < 0:
            at = self._chars.find(dense)
        if at < 0:
            return text
        self._cursor = at + len(dense)
        out: list[str] = []
        for offset, char in enumerate(dense):
            if offset and self._space_before[at + offset]:
                out.append(" ")
            out.append(char)
        return "".join(out)


def build_lines(fragments: Sequence[Fragment]) -> list[Line]:
    """Group fragments into lines (top to bottom) and each line into spans (left to right).

    Args:
        fragments: Fragments of one page.

    Returns:
        Lines ordered from the top of the page down.
    """
    ordered = sorted(fragments, key=lambda fr: (-fr.y, fr.x))
    groups: list[list[Fragment]] = []
    for frag in ordered:
        if groups:
            head = groups[-1][0]
            if abs(head.y - frag.y) <= LINE_TOLERANCE_EM * max(head.size, frag.size):
                groups[-1].append(frag)
                continue
        groups.append([frag])
    return [Line(y=group[0].y, spans=_split_spans(group)) for group in groups]


def _split_spans(group: list[Fragment]) -> list[Span]:
    """Split one line's fragments into spans at gaps wider than :data:`SPAN_GAP_EM`."""
    spans: list[Span] = []
    for frag in sorted(group, key=lambda fr: fr.x):
        if spans:
            last = spans[-1]
            if frag.x - last.x1 <= SPAN_GAP_EM * frag.size:
                last.fragments.append(frag)
                continue
        spans.append(Span([frag]))
    return spans


def _crosses(span: Span, gutter: float) -> bool:
    """Whether a span runs across the gutter at ``gutter`` points."""
    return span.x0 < gutter - 3 and span.x1 > gutter + 4


def _gutter_score(lines: Sequence[Line], gutter: float) -> float | None:
    """Score a candidate gutter; ``None`` when the page is not two columns there."""
    right_rows = [i for i, ln in enumerate(lines) if any(s.x0 >= gutter - 3 for s in ln.spans)]
    left_rows = [i for i, ln in enumerate(lines) if any(s.x1 < gutter for s in ln.spans)]
    if len(right_rows) < 4 or len(left_rows) < 4:
        return None
    first, last = right_rows[0], right_rows[-1]
    region = lines[first : last + 1]
    crossing = sum(1 for ln in region if any(_crosses(s, gutter) for s in ln.spans))
    right_only = sum(1 for ln in region if all(s.x0 >= gutter - 3 for s in ln.spans))
    left_only = sum(1 for ln in region if all(s.x1 < gutter for s in ln.spans))
    if crossing > 0.1 * len(region) or (last - first + 1) < 0.3 * len(lines):
        return None
    if right_only + left_only < 0.3 * len(region):
        return None
    return float(right_only + left_only - 5 * crossing)


def find_gutter(lines: Sequence[Line], page_width: float) -> float | None:
    """Find the x position (points) where a second column starts, if the page has one.

    A candidate is a left edge shared by at least four spans in the middle 60% of the page.
    It is accepted when, over the vertical extent of that column, at most 10% of the lines
    cross it and at least 30% of the lines sit wholly on one side (a one-column resume with
    tab-aligned dates fails this: its bullet lines cross the dates' edge).

    Args:
        lines: The page's lines.
        page_width: Width of the page in points.

    Returns:
        The gutter's x in points, or ``None`` for a one-column page.
    """
    starts: Counter[int] = Counter()
    for line in lines:
        for span in line.spans:
            if 0.2 * page_width < span.x0 < 0.8 * page_width:
                starts[round(span.x0 / 3)] += 1
    best: tuple[float, float] | None = None
    for bucket, count in starts.most_common(6):
        if count < 4:
            break
        edge = min(s.x0 for ln in lines for s in ln.spans if round(s.x0 / 3) == bucket)
        score = _gutter_score(lines, edge)
        if score is not None and (best is None or score > best[0]):
            best = (score, edge)
    return best[1] if best else None


def _join(spans: Sequence[Span], respacer: Respacer | None) -> str:
    texts = (s.text() for s in spans)
    if respacer is not None:
        texts = (respacer.apply(t) for t in texts)
    return SPAN_SEPARATOR.join(t for t in texts if t)


def order_lines(
    lines: Sequence[Line], gutter: float | None, respacer: Respacer | None = None
) -> list[str]:
    """Write a page's lines in reading order.

    Args:
        lines: The page's lines, top to bottom.
        gutter: The second column's left edge, or ``None``.
        respacer: Optional source of word spacing (see :class:`Respacer`).

    Returns:
        Text lines: for two columns, each block between full-width lines is written left
        column first, then right column.
    """
    if gutter is None:
        return [t for t in (_join(ln.spans, respacer) for ln in lines) if t]
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        if any(_crosses(s, gutter) for s in line.spans):
            out.extend(left + right)
            left, right = [], []
            out.append(_join(line.spans, respacer))
            continue
        left_text = _join([s for s in line.spans if s.x0 < gutter - 3], respacer)
        right_text = _join([s for s in line.spans if s.x0 >= gutter - 3], respacer)
        if left_text:
            left.append(left_text)
        if right_text:
            right.append(right_text)
    out.extend(left + right)
    return [t for t in out if t]


def page_lines(page: PageObject) -> list[str]:
    """Reading-order text lines of one page.

    Args:
        page: A pypdf page.

    Returns:
        Lines of text (not yet normalised), empty for a page without text.
    """
    fragments, plain = page_fragments(page)
    if glued(plain):
        fragments, plain = page_fragments(page, split_gaps=True)
    lines = build_lines(fragments)
    width = float(page.mediabox.width)
    return order_lines(lines, find_gutter(lines, width), Respacer(plain))


GLUED_WORD = re.compile(r"[A-Za-z,.;:()'’&-]{32,}")
"""A run of 32 or more letters and punctuation without a space: English words average five
letters, so this is several words written without spaces."""


def glued(text: str) -> bool:
    """Whether a page's text has at least two runs of words glued together."""
    return len(GLUED_WORD.findall(text)) >= 2


_DIGITS = re.compile(r"\d+")


def drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Remove running headers and footers repeated on most pages.

    A line counts as running when, with its digits ignored, it is among the first two or last
    two lines of more than half of the pages (and of at least two pages).

    Args:
        pages: Lines of each page.

    Returns:
        The same pages without their running lines; the first page keeps them (a repeated
        name at the top of every page is still the name).
    """
    if len(pages) < 2:
        return pages
    seen: Counter[str] = Counter()
    for lines in pages:
        edges = {_DIGITS.sub("#", ln.strip().lower()) for ln in lines[:2] + lines[-2:]}
        seen.update(e for e in edges if e)
    running = {k for k, n in seen.items() if n >= 2 and n > len(pages) / 2}
    kept = [pages[0]]
    for lines in pages[1:]:
        kept.append([ln for ln in lines if _DIGITS.sub("#", ln.strip().lower()) not in running])
    return kept
