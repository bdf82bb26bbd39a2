"""Offline reply templates for the readiness score, job recommendations and posting imports.
Plain data."""

READINESS_HEADER = "**Your readiness: {score:.0f} / 100**"
READY_LINE = (
    "You are above {threshold:.0f}: ready to apply. Say **recommend jobs** to see openings."
)
NOT_READY_LINE = "Openings are recommended above {threshold:.0f}."
PART_LINE = "- {label} ({weight:.0%}): **{score:.0f}** — {detail}"
TREND_RATE = (
    "Trend: {sign}{rate:.1f} points a week since your first score ({first:.0f}, {days:.0f} "
    "days ago) — {direction}."
)
TREND_TOO_EARLY = (
    "Trend: shown once you have a week of history (first score {days:.0f} day{s} ago)."
)
DIRECTIONS = {"improving": "improving", "steady": "steady", "declining": "slipping"}
STEPS_HEADER = "**Next steps**"
STEP_LINE = "{n}. {action} ({area} can add up to +{points:.0f} points in all)"
ALL_DONE = "Every part is at 100: nothing left to improve. Say **recommend jobs**."

JOBS_HEADER = "**Openings for you** (readiness {readiness:.0f})"
JOB_LINE = "{rank}. **{title}**{company} — {match:.0f}% match{gaps}{url}"
JOB_GAPS = "; missing {gaps}"
JOB_URL = " — {url}"
JOBS_NOT_READY_HEADER = "**Not yet** (readiness {readiness:.0f} of the {threshold:.0f} needed)"

IMPORT_HEADER = "Imported **{imported}** of {total} postings from {filename}."
IMPORTED_LINE = "- line {line}: {title}{company} ({skills} skills)"
SKIPPED_HEADER = "Skipped {count}:"
SKIPPED_LINE = "- line {line}: {title}{reason}"
IMPORT_FOOTER = "Say **recommend jobs** to see the best matches once your readiness is above 75."

GAUGE_TITLE = "Readiness"
GAUGE_PART = "{label}: {score:.0f}"
TREND_CHART_TITLE = "Readiness over time"

CLI_HELP = (
    "The readiness score of a user: 0.4 x skill acquisition + 0.3 x practice completion + "
    "0.3 x interview performance, each part with its details, the trend and the next steps. "
    "With --json: {\"score\", \"breakdown\", \"improvements\", \"trend\", \"gauge\", ...}. "
    "--jobs adds the recommended openings (above 75)."
)
