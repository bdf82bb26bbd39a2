"""Words of the terminal chat. Plain data."""

UPLOAD_USAGE = "Usage: /upload PATH — the path of your resume (PDF, DOCX, TXT or JSON Resume)."
UPLOAD_MISSING = "There is no file at '{path}'. Next step: check the path and try /upload again."
UPLOAD_IS_FOLDER = "'{path}' is a folder. Next step: give the path of the resume file inside it."
UPLOAD_WRONG_TYPE = (
    "'{path}' is not a PDF, DOCX, TXT or JSON file. Next step: export your resume in one of "
    "those formats and /upload it."
)
