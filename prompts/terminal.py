"""Words of the terminal chat. Plain data."""

UPLOAD_USAGE = "Usage: /upload PATH — the path of your resume (PDF, DOCX, TXT or JSON Resume)."
UPLOAD_MISSING = "There is no file at '{path}'. Next step: check the path and try /upload again."
UPLOAD_IS_FOLDER = "'{path}' is a folder. Next step: give the path of the resume file inside it."
UPLOAD_WRONG_TYPE = (
    "'{path}' is not a PDF, DOCX, TXT, JSON or CSV file. Next step: save it in one of those "
    "formats (a resume or job description as PDF, DOCX or TXT; job postings as CSV or JSON) "
    "and /upload it."
)

CHAT_HELP = (
    "Chat in the terminal as the local operator for USER (reads stdin, so it can be piped). "
    "One line is one message; to send several lines as one (a job description), put a line "
    'with just """ before and after them. On a terminal, lines pasted together are also one '
    "message. /upload PATH attaches a file; 'exit' or Ctrl-D ends."
)
INTRO = (
    "Type a message and press Enter ('exit' or Ctrl-D ends). Several lines as one message: "
    'a line with just """, the lines, then """ again; a paste arrives as one message. '
    "/upload PATH attaches your resume or a job description; 'help' lists what I can do."
)
BLOCK_PROMPT = "...> "
SAVED_FILE = "Saved to `{path}`"
