"""Skill mentions in job-description sentences.

Two sources, both measured on SkillSpan (``eval/jd_eval.py``):

* the taxonomy, through :class:`~tools.skill_matcher.SkillMatcher` (a canonical skill);
* requirement phrasing that names a skill the taxonomy may not know: "<X> skills"
  ("analytical skills"), and the object of "experience with/in", "knowledge of",
  "proficiency in/with", "understanding of", "familiarity with", "expertise in",
  "background in" and "ability to" (free text, kept short);
* a duty that opens a sentence with a verb of work ("Design scalable payment services",
  "Lead the migration"), up to the first comma or linking word, at most six words (free
  text). The job-description parser lists free text only when it is precise
  (:func:`tools.jobs.parse.precise_free_text`); the rest serves span measures.

Figurative phrases ("see the bigger picture", "paint a clear picture", "wear many hats") are
blanked before matching, so none of their words becomes a skill. The phrase lists are written
from common English idioms used in job advertisements.

Sentences about the employer ask for nothing: one that opens with "We" or "Our", or that
speaks of "we/our/us" with no requirement word (experience, knowledge, skills, required,
must, plus, …), gives no mention ("We sell sports gear across Europe"). A language
("English", "Danish") counts only next to a language word (fluent, spoken, written, …):
"the Danish market" asks for no language. These rules were measured on the SkillSpan
*training* files; the dev files are only scored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tools.resume.fields import EMAIL, URL
from tools.skill_matcher import SkillMatcher

FIGURATIVE = re.compile(
    r"(?i)\b(?:see(?:ing)?|keep(?:ing)?|look(?:ing)? at|understand(?:ing)?|focus(?:ing)? on)"
    r"\s+the\s+(?:big(?:ger)?|whole|full|broader)\s+picture\b"
    r"|\bpaint(?:s|ing|ed)?\s+(?:a|the)\s+(?:clear|full|vivid|complete|compelling)?\s*picture\b"
    r"|\bbig(?:ger)?[- ]picture\b"
    r"|\bwear(?:s|ing)?\s+(?:many|multiple|different)\s+hats\b"
    r"|\bthink(?:ing)?\s+outside\s+(?:of\s+)?the\s+box\b"
    r"|\bhit\s+the\s+ground\s+running\b"
    r"|\bmove\s+the\s+needle\b"
    r"|\bpush(?:ing)?\s+the\s+envelope\b"
    r"|\b(?:rock ?star|ninja|guru|wizard)s?\b"
    r"|\blow[- ]hanging\s+fruit\b"
    r"|\bboil(?:ing)?\s+the\s+ocean\b"
    r"|\bconnect(?:ing)?\s+the\s+dots\b"
    r"|\braise\s+the\s+bar\b"
    r"|\bsecret\s+sauce\b"
)
"""Idioms whose words must not be read as skills ("picture", "hats", "needle", "box")."""

_STOP = frozenset(
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by",
        "from", "as", "is", "are", "be", "your", "our", "their", "this", "that", "these",
        "those", "we", "you", "they", "it", "its", "who", "which", "will", "would", "can",
        "could", "should", "must", "may", "might", "have", "has", "had", "do", "does", "did",
        "not", "no", "all", "any", "some", "such", "other", "more", "most", "very", "well",
        "also", "etc", "e.g", "i.e", "including", "include", "includes", "like", "plus"
    }
)
_INTENSIFIERS = frozenset(
    {
        "strong", "excellent", "good", "great", "solid", "proven", "demonstrated",
        "exceptional", "outstanding", "superb", "effective", "sound", "basic", "advanced",
        "deep", "extensive", "some", "working", "hands-on", "hands", "practical", "relevant",
        "previous", "prior", "professional", "general", "broad", "thorough", "fundamental"
    }
)
_SKILLS_SUFFIX = re.compile(
    r"(?P<phrase>(?:[A-Za-z][\w+#./-]*\s+){1,4}?)(?:skills?|abilities|competenc(?:e|ies))\b"
)
_CUE = re.compile(
    r"(?i)\b(?:experience|experienced|knowledge|proficiency|proficient|understanding"
    r"|familiarity|familiar|expertise|background|fluency|fluent|skilled|competence|versed"
    r"|ability|able)\s+(?:(?:working|hands-on|practical)\s+)?"
    r"(?:with|in|of|on|to|using|at)\s+(?P<object>[^.;:!?()\n]+)"
)
_OBJECT_END = re.compile(
    r"(?i)\s*(?:,|\bsuch as\b|\bincluding\b|\be\.g\b|\bwhich\b|\bthat\b|\bwho\b|\bwhere\b"
    r"|\bwhile\b|\bto ensure\b|\bin order\b|\bis\b|\bare\b|\bas well as\b|\bwould\b"
    r"|\bpreferred\b|\brequired\b|\bis a plus\b|\ba plus\b)"
)
_EMPLOYER_OPENING = re.compile(r"^\W*(?:we|our)\b", re.IGNORECASE)
_EMPLOYER_WORDS = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
REQUIREMENT_CUE = re.compile(
    r"\b(?:experience[ds]?|knowledge|skill(?:s|ed)?|proficien\w*|familiar\w*|understanding"
    r"|ability|able|expertise|background|degree|required|requirements?|must|plus|preferred"
    r"|strong|solid|qualifications?)\b", re.IGNORECASE)
"""Words that make a sentence ask something of the candidate."""
STACK_CUE = re.compile(
    r"\b(?:(?:tech(?:nology)?|software|our|the)\s+stack|stack\s+(?:runs|is built|includes)"
    r"|(?:runs?|running|built|build|is built)\s+(?:on|with|using)"
    r"|we\s+(?:use|work with|rely on|are using|build with))\b", re.IGNORECASE)
"""Wording that names the technology the team works with."""
_LANGUAGE_CUE = re.compile(
    r"\b(?:fluent|fluency|proficien\w*|speak\w*|spoken|written|language|native|command"
    r"|level|skills|mother tongue)\b", re.IGNORECASE)
_DUTY_VERBS = (
    "design develop build lead manage create ensure drive define deliver support collaborate "
    "work maintain implement coordinate analyse analyze identify improve write test own plan "
    "execute monitor perform provide participate contribute communicate operate troubleshoot "
    "optimize optimise automate architect mentor review evaluate establish translate partner "
    "prepare conduct present research assist handle oversee promote deploy integrate "
    "configure administer document train negotiate facilitate apply use take serve help"
)
_DUTY = re.compile(r"^\W*(?:" + "|".join(_DUTY_VERBS.split()) + r")\b", re.IGNORECASE)
_DUTY_END = re.compile(
    r"\s*(?:[,;:(]|\s(?:and|to|in order|so that|which|with|for|from|across|within|through"
    r"|by)\s)")
MAX_FREE_WORDS = 6
"""A free-text mention longer than this many words is cut at this length."""


@dataclass(frozen=True)
class Mention:
    """A skill named in a text.

    Attributes:
        start: Character offset of the first character.
        end: Character offset after the last character.
        text: The text as written.
        skill_id: Taxonomy id, ``None`` for a free-text mention.
        name: Canonical taxonomy name, or the text as written for a free-text mention.
    """

    start: int
    end: int
    text: str
    skill_id: str | None
    name: str


def blank_figurative(text: str) -> str:
    """Replace figurative phrases, links and e-mail addresses with spaces, keeping
    character offsets."""
    for pattern in (FIGURATIVE, EMAIL, URL):
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


def taxonomy_mentions(text: str, matcher: SkillMatcher) -> list[Mention]:
    """Taxonomy skills named in ``text`` (figurative phrases blanked first)."""
    clean = blank_figurative(text)
    return [
        Mention(start, end, text[start:end], entry.id, entry.name)
        for entry, start, end in matcher.find(clean, plurals=False)
    ]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink a span to content words: no stop words or intensifiers at either end, at most
    :data:`MAX_FREE_WORDS` words."""
    words = list(re.finditer(r"[\w+#./&'-]+", text[start:end]))
    kept = [w for w in words]
    while kept and kept[0].group(0).lower() in _STOP | _INTENSIFIERS:
        kept.pop(0)
    kept = kept[:MAX_FREE_WORDS]
    while kept and (kept[-1].group(0).lower() in _STOP or kept[-1].group(0) in {"-", "&"}):
        kept.pop()
    if not kept:
        return None
    return start + kept[0].start(), start + kept[-1].end()


def phrase_mentions(text: str) -> list[Mention]:
    """Free-text skills named by requirement phrasing ("analytical skills", "experience
    with payment systems", "ability to manage stakeholders").

    Args:
        text: One sentence or bullet.

    Returns:
        Mentions with ``skill_id`` ``None``, in text order, not overlapping each other.
    """
    clean = blank_figurative(text)
    figurative = [m.span() for m in FIGURATIVE.finditer(text)]
    found: list[tuple[int, int]] = []
    for match in _SKILLS_SUFFIX.finditer(clean):
        span = _trim(clean, match.start("phrase"), match.end("phrase"))
        if span:
            found.append(span)
    for match in _CUE.finditer(text):
        start = match.start("object")
        obj = match.group("object")
        cut = _OBJECT_END.search(obj)
        end = start + (cut.start() if cut else len(obj))
        if any(a < end and start < b for a, b in figurative):
            continue  # "able to paint a clear picture for ..." asks for no skill
        span = _trim(clean, start, end)
        if span:
            found.append(span)
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if any(start < b and a < end for a, b in taken):
            continue
        taken.append((start, end))
        mentions.append(Mention(start, end, text[start:end], None, text[start:end]))
    return mentions


def _is_language(matcher: SkillMatcher, mention: Mention) -> bool:
    entry = matcher.entry(mention.skill_id) if mention.skill_id else None
    return entry is not None and entry.type == "language"


def about_employer(text: str, stack: bool = False) -> bool:
    """Whether a sentence describes the employer rather than the candidate (see the module
    docstring). With ``stack``, a sentence naming the employer's technology stack ("Our stack
    runs on AWS", "we use Kafka and Go") is not: the tools a team works with are what a new
    hire will be expected to use (SkillSpan's annotators do not mark them, so span measures
    leave ``stack`` off; the gap report needs them)."""
    if stack and STACK_CUE.search(text):
        return False
    if _EMPLOYER_OPENING.match(text):
        return True
    return bool(_EMPLOYER_WORDS.search(text)) and not REQUIREMENT_CUE.search(text)


def duty_mention(text: str) -> Mention | None:
    """The duty a sentence opens with ("Design scalable payment services, …" -> "Design
    scalable payment services"), or ``None`` when it does not open with a verb of work or
    the phrase is a single word."""
    opening = _DUTY.match(text)
    if opening is None:
        return None
    start = opening.end() - len(opening.group(0).lstrip(" \t•*-–—·\u0095"))
    rest = text[opening.end():]
    cut = _DUTY_END.search(rest)
    words = text[start: opening.end() + (cut.start() if cut else len(rest))].split()
    if len(words) < 2:
        return None
    phrase = " ".join(words[:MAX_FREE_WORDS])
    end = start + len(phrase)
    if text[start:end] != phrase:
        return None
    return Mention(start, end, phrase, None, phrase)


def find_mentions(text: str, matcher: SkillMatcher, free_text: bool = True,
                  stack: bool = False) -> list[Mention]:
    """Every skill mention of a sentence: taxonomy hits, then free-text phrases that do
    not overlap them; none for a sentence about the employer.

    Args:
        text: One sentence or bullet of a job description.
        matcher: Skill matcher over the taxonomy.
        free_text: Also return free-text phrase mentions.
        stack: Read the taxonomy skills of a sentence naming the employer's technology
            stack (:func:`about_employer`); its other words give no free text.

    Returns:
        Mentions in text order.
    """
    if about_employer(text, stack):
        return []
    if free_text and about_employer(text):
        free_text = False  # the stack's named tools are asked, not the employer's other words
    languages = bool(_LANGUAGE_CUE.search(text))
    mentions = [m for m in taxonomy_mentions(text, matcher)
                if languages or not _is_language(matcher, m)]
    if free_text:
        duty = duty_mention(text)
        for phrase in [*phrase_mentions(text), *([duty] if duty else [])]:
            if not any(phrase.start < m.end and m.start < phrase.end for m in mentions):
                mentions.append(phrase)
    return sorted(mentions, key=lambda m: m.start)
