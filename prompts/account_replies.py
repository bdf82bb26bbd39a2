"""Offline reply templates for confirmations, data export and account deletion. Plain data."""

CONFIRM_HEADER = "⚠️ Before I do that, please confirm: I would **{action}**."
CONFIRM_HOW = (
    "Reply **{phrase}** (or **confirm {code}**) as your next message to go ahead; a plain "
    "'yes' is not enough, and anything else cancels it."
)
EXPORTED = (
    "Your data is ready: **{file}** ({rows} records in {tables} tables, {files} uploaded "
    "file(s) listed, {conversations} conversation(s) with {messages} messages)."
)
EXPORTED_NEXT = ("In the browser it is attached to this message; it is also kept in your exports "
                 "folder.")
DELETED = (
    "Your account is deleted: {rows} records, {files} uploaded file(s) and {conversations} "
    "conversation(s) are gone. Thank you for using HireReady."
)
DELETED_NEXT = "You can close this page; signing in again needs a new account."
