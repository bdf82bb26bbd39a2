"""Words of the terminal chat. Plain data."""

UPLOAD_USAGE = "Usage: /upload PATH — the path of your resume (PDF, DOCX, TXT or JSON Resume)."
UPLOAD_MISSING = "There is no file at '{path}'. Next step: check the path and try /upload again."
UPLOAD_IS_FOLDER = "'{path}' is a folder. Next step: give the path of the resume file inside it."
UPLOAD_WRONG_TYPE = (
    "'{path}' is not a PDF, DOCX, TXT, JSON or CSV file. Next step: save it in one of those "
    "formats (a resume or job description as PDF, DOCX or TXT; job postings as CSV or JSON) "
    "and /upload it."
)
