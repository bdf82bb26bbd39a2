"""Words of importing job postings from a JSON or CSV file. Plain constants, no logic."""

FORMAT_HELP = (
    "A file of job postings: JSON (a list of objects) or CSV (a header row, then one posting "
    "a row; quote descriptions that hold commas or line breaks). Fields: title and "
    "description are required, company and url optional (url starting with http:// or "
    "https://); other fields are ignored. UTF-8, at most 5 MB and 1000 postings."
)

UNSUPPORTED_TYPE = "I can't import '{name}': postings must be a .json or .csv file."
UNSUPPORTED_TYPE_NEXT = "Save the postings as JSON (a list of objects) or CSV and try again."
EMPTY_FILE = "'{name}' is empty."
EMPTY_FILE_NEXT = "Check that you picked the right file of postings."
TOO_LARGE = "'{name}' is {mb:.1f} MB; a file of postings can be at most 5 MB."
TOO_LARGE_NEXT = "Split the postings into several files and import each."
TOO_MANY = "'{name}' has {count} postings; at most {limit} can be imported at once."
TOO_MANY_NEXT = "Split the postings into several files and import each."
NOT_TEXT = "'{name}' is not UTF-8 text."
NOT_TEXT_NEXT = "Save the file as UTF-8 (CSV UTF-8 in Excel) and import it again."
BAD_JSON = "'{name}' is not valid JSON: {problem} (line {line}, column {column})."
BAD_JSON_NEXT = "Fix the JSON at that place; the file must be a list of posting objects."
JSON_NOT_LIST = "'{name}' must hold a list of postings, like [{{\"title\": …}}, …]."
JSON_NOT_LIST_NEXT = "Put the postings in one JSON list of objects and import it again."
CSV_NO_HEADER = "'{name}' has no header row with the columns title and description."
CSV_NO_HEADER_NEXT = (
    "Make the first row of the CSV: title,company,url,description (company and url may be "
    "empty)."
)
BAD_CSV = "'{name}' could not be read as CSV: {problem} (line {line})."
BAD_CSV_NEXT = "Check the quotes around descriptions near that line and import again."
NO_POSTINGS = "'{name}' holds no postings."
NO_POSTINGS_NEXT = "Add at least one posting with a title and a description."

ROW_NOT_OBJECT = "not an object with title and description"
ROW_NO_TITLE = "no title"
ROW_NO_DESCRIPTION = "no description"
ROW_SHORT_DESCRIPTION = "the description is too short to be a job posting"
ROW_LONG_FIELD = "the {field} is longer than {limit} characters"
ROW_BAD_URL = "the url must start with http:// or https://"
ROW_NOT_TEXT = "the {field} must be text"
ROW_DUPLICATE = "the same posting as line {line}"
ROW_NOT_A_JOB = "no skills or requirements found in the description"
ROW_ALREADY_IMPORTED = "already imported"

# ------------------------------------------------------------------ hireready jobs import
CLI_GROUP_HELP = "Job postings: import files of openings to match and recommend."
CLI_IMPORT_HELP = (
    "Import job postings from FILE for a user, to be matched against their resume and "
    "recommended once their readiness is above 75.\n\n"
    "FILE is JSON (a list of objects) or CSV (a header row, then one posting a row; quote "
    "descriptions that hold commas or line breaks). Fields: title and description are "
    "required; company and url (http:// or https://) are optional; other fields are ignored. "
    "UTF-8, at most 5 MB and 1000 postings.\n\n"
    'JSON:  [{"title": "Data Analyst", "company": "Initech", "url": '
    '"https://jobs.example/1", "description": "We need SQL, Excel and 2+ years ..."}]\n\n'
    "CSV:   title,company,url,description\n\n"
    "Each description is read by the job-description parser. A posting without a title or "
    "description, with a bad url, a duplicate, one already imported, or one whose "
    "description names no skill or requirement is skipped and reported with its line; the "
    "others are imported. Exit status 2 when the file cannot be read at all."
)
CLI_IMPORTED = "Imported {imported} of {total} postings from {name}; skipped {skipped}."
CLI_IMPORTED_LINE = "  line {line}: {title}{company} ({skills} skills)"
CLI_SKIPPED_HEADER = "Skipped:"
CLI_SKIPPED_LINE = "  line {line}: {title}{reason}"
CLI_NO_FILE = "There is no file '{path}'."
CLI_NO_FILE_NEXT = "Check the path of the postings file and run the command again."
