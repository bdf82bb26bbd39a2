"""Words of the account tools (export my data, delete my account) and of
``hireready backup`` / ``hireready restore``. Plain data."""

EXPORT_ACTION = "export everything stored for you into a JSON file to download"
EXPORT_PHRASE = "yes, export my data"
DELETE_ACTION = (
    "delete your account and everything stored for you (profile, resumes, job descriptions, "
    "roadmaps, progress, interviews, conversations and uploaded files); this cannot be undone"
)
DELETE_PHRASE = "yes, delete my account"

EXPORT_FILE = "hireready-data-{date}.json"
"""Name of the export file in the user's exports folder."""

# -- hireready backup / restore ----------------------------------------------------------
BACKUP_HELP = (
    "Save the whole data directory into DIR: the SQLite databases (a consistent snapshot "
    "taken with SQLite's online backup, safe while the app runs), uploaded files, exports, "
    "reference vectors and the auth secret, with a manifest.json of versions and SHA-256 "
    "checksums. Logs, the assembled embedding model and the web app's scratch files are "
    "rebuilt, not saved. With PostgreSQL (HIREREADY_DATABASE_URL) the database itself, "
    "conversations included, is not in the data directory: back it up with pg_dump "
    "(pg_dump -Fc DBNAME > hireready.dump) and restore it with pg_restore; this command "
    "then saves the files only."
)
RESTORE_HELP = (
    "Bring back a data directory saved by 'hireready backup DIR'. Every file's checksum is "
    "checked first and a backup that fails is refused. The target data directory must be "
    "empty unless --force, which moves the current one aside (kept next to it as "
    "'<name>.before-restore-<time>'). Stop the web app first. With PostgreSQL, restore the "
    "database separately with pg_restore."
)
BACKUP_DONE = "Backup written to {target}: {files} files, {size:.1f} MB."
BACKUP_POSTGRES_NOTE = (
    "The database is PostgreSQL: it is not in this backup. Save it with "
    "'pg_dump -Fc DBNAME > hireready.dump' (restore with pg_restore)."
)
RESTORE_DONE = "Restored {files} files into {target} (backup made {created})."
RESTORE_MOVED_ASIDE = "The previous data directory was moved to {aside}."
RESTORE_NEXT = "Start the app as usual ('hireready run'); it upgrades the schema if needed."

TARGET_NOT_EMPTY = "The folder {path} is not empty."
TARGET_NOT_EMPTY_NEXT = "Choose an empty or new folder, or add --force to replace it."
BACKUP_TARGET_NOT_EMPTY_NEXT = "Choose an empty or new folder for the backup."
NOT_A_BACKUP = "{path} is not a HireReady backup (no readable manifest.json)."
NOT_A_BACKUP_NEXT = "Give the folder that 'hireready backup DIR' wrote."
CHECKSUM_FAILED = "The backup in {path} is damaged: {count} file(s) missing or changed ({first})."
CHECKSUM_FAILED_NEXT = "Restore from another copy of the backup; this one was not used."
UNSAFE_PATH = "The backup manifest names a file outside the backup: {name}."
NEWER_BACKUP = (
    "The backup was made in a newer format ({found}) than this HireReady reads ({known})."
)
NEWER_BACKUP_NEXT = "Upgrade HireReady, then restore again."
SAME_FOLDER = "The backup folder and the data directory are the same folder ({path})."
SAME_FOLDER_NEXT = "Write the backup to a folder outside the data directory."

ACCOUNT_GONE = "This account no longer exists (it may have been deleted)."
ACCOUNT_GONE_NEXT = "Sign in with another account, or create a new one."
