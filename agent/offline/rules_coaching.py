"""Phrasing rules for coaching requests: readiness, mock interviews, reminders,
achievements, data rights, and the requests the coach politely declines.

Same form as :mod:`agent.offline.rules` (intent, pattern, argument reader); tried before
them, because their wording overlaps ("how ready am I for this job?" is readiness, not a gap
analysis; "write my cover letter" names a resume word but is out of scope). Written from the
common English phrasings of each request.
"""

from __future__ import annotations

import re

from agent.offline.rules import Args, Rule, clean

_ROLE_TAIL = re.compile(r"\s+(?:role|position|job|interview|opening|posting)s?$", re.I)


def _request(match: re.Match[str]) -> Args:
    """The reminder request in the user's own words (the tool reads times and days)."""
    return {"request": match.string.strip()}


def _stop(match: re.Match[str]) -> Args:
    return {"pause": True} if re.search(r"\b(?:pause|snooze|hold)\b", match.string, re.I) else {}


_DAY_NAMES = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?)"


def _interview_role(match: re.Match[str]) -> Args:
    for key in ("role", "role2", "role3"):
        value = match.groupdict().get(key)
        if value:
            role = clean(value)
            role = _ROLE_TAIL.sub("", re.sub(r"^(?:an?|the|my)\s+", "", role, flags=re.I))
            if role and len(role.split()) <= 5:
                return {"role": role}
    tail = re.search(r"[?:]\s*(?P<t>[A-Za-z][\w /+#.-]{1,40})$", match.string.strip())
    if tail and len(tail.group("t").split()) <= 4:
        return {"role": clean(tail.group("t"))}
    return {}


_INTERVIEW = r"(?:mock|practice|practise|trial|fake|sample)?\s*interview"

COACHING_RULES: list[Rule] = [
    # -- declined: things a job-readiness coach does not do ------------------------------
    Rule("out_of_scope", re.compile(
        r"\b(?:write|draft|compose|generate)\b.*\b(?:cover letter|linkedin (?:post|summary|"
        r"headline)|essay|bio)\b"
        r"|\b(?:apply (?:to|for) (?:the )?(?:jobs|roles|positions)|submit (?:my )?applications?)"
        r"\b.*\bfor me\b|\bon my behalf\b"
        r"|\bhow much (?:salary|money|pay)\b|\bsalary (?:should|to|negotiation)\b"
        r"|\b\d+\s+(?:[-+*x×]|times|plus|minus|divided by)\s+\d+\b|\bsolve\b.*="
        r"|\b(?:book|reserve)\b.*\b(?:flight|hotel|table|ticket)s?\b"
        r"|\bset an? (?:alarm|timer)\b|\bweather\b|\bwill it (?:rain|snow)\b|\bforecast\b"
        r"|\b(?:calculus|algebra|physics|chemistry|biology|history|geography|maths?)\s+"
        r"(?:homework|assignment|problems?|exam|test|essay|question)s?\b|\bmy homework\b",
        re.I)),
    # -- readiness and job recommendations --------------------------------------------------
    Rule("recommend_jobs", re.compile(
        r"\b(?:which|what) (?:jobs|postings|openings|vacancies)\b.*\b(?:apply (?:to|for)|go for)"
        r"\b.*\bnow\b|\brecommend (?:some )?(?:jobs|postings|openings)\b"
        r"|\bjobs? (?:i'?m|i am) ready for\b"
        r"|\b(?:which|what) (?:saved|stored|imported) (?:jobs|postings|openings)\b.*\bapply\b"
        r"|\b(?:jobs|postings|openings)\s+(?:from|on|in) my (?:list|saved)\b.*\bapply\b"
        r"|\bapply (?:to|for) (?:this|next) week\b"
        r"|\b(?:saved|imported|stored) (?:jobs?|postings?|openings?)\b.*\b(?:apply|application)\b"
        r"|\b(?:jobs?|postings?) i (?:imported|saved)\b.*\bapply\b"
        r"|\b(?:which|what) (?:of (?:my|the) )?(?:saved |stored )?(?:jobs|postings|openings)\b.*"
        r"\b(?:ready for|apply (?:to|for) first)\b|\bapply (?:to|for) first\b"
        r"|^\W*(?:(?:so|ok|and|tell me|now)[\s,]+)*which (?:one|job|posting) (?:should i|to) "
        r"apply (?:to|for)(?: first)?\b",
        re.I)),
    Rule("readiness", re.compile(
        r"\bhow (?:job[- ])?(?:ready|prepared) am i\b|\breadiness\b"
        r"|\bhow close am i to (?:being )?job[- ]ready\b"
        r"|\bam i (?:job[- ])?ready\b(?!.*\b(?:for (?:this|the|that) (?:job|role|position)))"
        r"|\bready to (?:apply|start applying)\b", re.I)),
    # -- mock interviews --------------------------------------------------------------------
    Rule("interview_summary", re.compile(
        r"\bhow did (?:i|(?:my|the) (?:last |latest |previous )?" + _INTERVIEW + r") (?:do|go)\b"
        r"|^(?=.*\binterview)(?=.*\b(?:score|scores|scored|result|results|feedback|summary|grade|"
        r"grades|marks|report|how (?:well|badly) did i)\b)(?!.*\b(?:start|begin|another|new|"
        r"again|practice|practise)\b)"
        r"|\b" + _INTERVIEW + r" (?:summary|results?|scores?|feedback|report)\b"
        r"|\b(?:summary|results?|scores?|feedback|report|grade)\b.*\b(?:of|from|for|in) "
        r"(?:my|the) (?:last |latest |previous )?" + _INTERVIEW + r"\b"
        r"|\b(?:my|the) (?:last |latest )?" + _INTERVIEW + r" (?:go|went)\b", re.I)),
    Rule("resume_interview", re.compile(
        r"\b(?:continue|resume|carry on with|get back to|back to|pick up)\b.*\b" + _INTERVIEW
        + r"\b", re.I)),
    Rule("start_interview", re.compile(
        r"\b(?:start|begin|do|run|have|give me|try|let'?s do|can we do|i want|i'?d like|"
        r"set up|another)\b.*\b" + _INTERVIEW + r"\b(?:\s+(?:for|as)\s+(?P<role>[^?!.,]+))?"
        r"|\binterview me\b(?:\s+(?:for|as)\s+(?P<role2>[^?!.,]+))?"
        r"|\bquiz me\b(?:\s+on\s+(?P<role3>[^?!.,]+))?", re.I), _interview_role),
    # -- reminders and check-ins ------------------------------------------------------------
    Rule("set_reminder", re.compile(
        r"\b(?:don'?t|do not|stop|no)\b.*\bremind\w*\b.*\b(?:on|at)\s+" + _DAY_NAMES
        + r"|\b(?:resume|unpause|restart)\b.*\b(?:remind\w*|check-?ins?)\b", re.I), _request),
    Rule("stop_reminders", re.compile(
        r"\b(?:stop|turn off|switch off|disable|pause|snooze|cancel|mute|no more|remove|delete|"
        r"clear|get rid of|kill)\b.*"
        r"\b(?:remind\w*|check-?ins?|nudges?|notifications?)\b|\bstop reminding me\b"
        r"|\bdon'?t remind me\b|\bstop (?:nagging|pinging|bugging|spamming|pestering|"
        r"notifying|messaging) me\b", re.I), _stop),
    Rule("show_reminders", re.compile(
        r"\b(?:when(?:'s| is| are| will)?|what time)\b.*\b(?:reminders?|check-?ins?)\b"
        r"(?!.*\b(?:to|at|every|on)\s+\w)|\b(?:show|what are|list|see|view)\b.*"
        r"\bmy (?:reminders?|check-?ins|nudges|notifications)\b(?!.*\b(?:to|at)\b)"
        r"|\b(?:which|what) days? (?:will|do|are) (?:you|u) (?:remind|nudge|ping) me\b"
        r"|\bare (?:my )?(?:reminders|check-?ins) "
        r"(?:on|set|active|enabled|still on)\b"
        r"|\b(?:do|did) i (?:have|set(?: up)?) (?:any )?(?:reminders?|check-?ins?)\b"
        r"|\b(?:which|what) (?:reminders|check-?ins) (?:are|do i have)\b"
        r"|\bwhen (?:will|do|are) (?:you|u) (?:going to )?(?:remind|nudge|ping) me\b"
        r"|\bnext (?:reminder|check-?in)\b"
        r"|^\W*(?:my )?reminders?\W*$", re.I)),
    Rule("set_reminder", re.compile(
        r"\bremind me\b(?!\s+(?:what|which|who|how|of|about)\b)"
        r"|\b(?:send|give) me an? (?:nudge|reminder|ping)\b|\b(?:nudge|ping) me\b"
        r"|\b(?:set|schedule|create|add|turn on|switch on|enable|change)\b.*"
        r"\b(?:reminders?|check-?ins?|nudges?)\b|\bturn (?:them|it|reminders) (?:back )?on\b",
        re.I), _request),
    # -- achievements -----------------------------------------------------------------------
    Rule("show_achievements", re.compile(
        r"\bachievements?\b|\bbadges?\b|\bmilestones?\b|\bunlocked\b|\btrophies\b", re.I)),
    # -- data rights ------------------------------------------------------------------------
    Rule("delete_account", re.compile(
        r"\b(?:remove|delete|erase)\s+me\s+from\s+(?:the\s+|your\s+)?(?:system|app|platform|"
        r"hireready|database|records)\b"
        r"|(?<!n't )(?<!not )(?<!never )\b(?:delete|remove|erase|close|wipe|destroy|deactivate|"
        r"terminate|cancel)\b.*"
        r"\b(?:(?:my|the|this) (?:hireready )?(?:account|profile and data|data|user)|"
        r"everything (?:about|on) "
        r"me|all (?:of )?my (?:data|info\w*))\b|\bforget me\b|\bright to be forgotten\b"
        r"|\b(?:delete|erase|wipe)\s+my\s+profile\s*(?:completely|entirely|permanently)?\W*$",
        re.I)),
    Rule("export_data", re.compile(
        r"\b(?:export|download|copy of|get|send me)\b.*\b(?:my data|all (?:of )?my (?:data|info"
        r"\w*)|everything (?:you have|you know|stored) (?:about|on) me)\b", re.I)),
]
"""Coaching requests, tried before the profile, job and roadmap rules."""
