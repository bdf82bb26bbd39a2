"""Text extraction from uploaded resumes (PDF, DOCX, TXT).

Each reader turns a :class:`~tools.documents.Document` into raw lines; :func:`extract_text`
validates the file (Property 1), picks the reader, normalises the result and refuses files
with no readable text, so a scan never turns into an invented profile.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections.abc import Iterator

import charset_normalizer
import docx
from docx.document import Document as DocxDocument
from docx.table import Table
from docx.text.paragraph import Paragraph
from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

from prompts import errors as msg
from tools.documents import Document, resume_format
from tools.errors import UnsupportedFile
from tools.resume.normalize import normalize_text
from tools.resume.pdf_layout import SPAN_SEPARATOR, drop_running_lines, page_lines

logger = logging.getLogger(__name__)

MIN_TEXT_CHARS = 40
"""Fewer letters and digits than this after extraction means "no readable text"."""

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _refuse(message: str, guidance: str, name: str) -> UnsupportedFile:
    return UnsupportedFile(message.format(name=name), guidance)


def _open_pdf(document: Document) -> PdfReader:
    """Open a PDF, decrypting it when it only has an owner password."""
    name = document.filename
    try:
        reader = PdfReader(io.BytesIO(document.content), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise _refuse(msg.ENCRYPTED_PDF, msg.ENCRYPTED_PDF_NEXT, name)
            except (FileNotDecryptedError, DependencyError, NotImplementedError) as exc:
                raise _refuse(msg.ENCRYPTED_PDF, msg.ENCRYPTED_PDF_NEXT, name) from exc
        _ = len(reader.pages)
    except UnsupportedFile:
        raise
    except Exception as exc:  # pypdf raises many types on damaged input
        logger.info("PDF %s could not be opened: %r", name, exc)
        raise _refuse(msg.CORRUPT_PDF, msg.CORRUPT_PDF_NEXT, name) from exc
    return reader


def pdf_lines(document: Document) -> list[str]:
    """Read a PDF's text in reading order, column by column.

    Args:
        document: A PDF upload.

    Returns:
        Raw lines of all pages, running headers and footers removed.

    Raises:
        UnsupportedFile: The PDF is damaged or password-protected.
    """
    reader = _open_pdf(document)
    pages: list[list[str]] = []
    try:
        for page in reader.pages:
            pages.append(page_lines(page))
    except (
        PdfReadError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        RecursionError,
        ZeroDivisionError,
        OverflowError,
    ) as exc:
        logger.info("PDF %s failed during text extraction: %r", document.filename, exc)
        if not any(pages):
            raise _refuse(msg.CORRUPT_PDF, msg.CORRUPT_PDF_NEXT, document.filename) from exc
    lines = [line for page in drop_running_lines(pages) for line in page]
    return _pdf_soft_hyphens(lines)


def _pdf_soft_hyphens(lines: list[str]) -> list[str]:
    """Resolve U+00AD as PDF fonts use it.

    Many TeX fonts map their visible hyphen to U+00AD, so inside a line it is a hyphen
    ("high\u00adimpact", "2021\u00adJun. 2023"); at the end of a line it marks a word broken
    across lines, which is joined again ("en\u00ad" + "terprise" -> "enterprise").
    """
    out: list[str] = []
    carry = ""
    for line in lines:
        line = carry + line
        carry = ""
        line = re.sub("\u00ad(?:[ ](?=\\S))?(?=\\S)", "-", line)
        if line.rstrip().endswith("\u00ad"):
            head, _, tail = line.rstrip()[:-1].rpartition(" ")
            carry = tail
            line = head
        out.append(line)
    if carry:
        out.append(carry)
    return out


def _paragraph_text(paragraph: Paragraph) -> list[str]:
    """Lines of a paragraph, tabs turned into span separators, text boxes included."""
    lines = [paragraph.text.replace("\t", SPAN_SEPARATOR)]
    for box in paragraph._p.iter(f"{_W}txbxContent"):
        if any(anc.tag == _MC_FALLBACK for anc in box.iterancestors()):
            continue
        for p in box.iter(f"{_W}p"):
            lines.append("".join(t.text or "" for t in p.iter(f"{_W}t")))
    return lines


def _table_lines(table: Table) -> Iterator[str]:
    """One line per table row (cells joined by the span separator); nested tables follow."""
    for row in table.rows:
        cells: list[str] = []
        nested: list[Table] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            text = "\n".join(p.text for p in cell.paragraphs).strip()
            if text:
                cells.append(text.replace("\t", SPAN_SEPARATOR))
            nested.extend(cell.tables)
        multi_line = any("\n" in c for c in cells)
        if multi_line:
            yield from cells
        elif cells:
            yield SPAN_SEPARATOR.join(cells)
        for inner in nested:
            yield from _table_lines(inner)


def _body_lines(doc: DocxDocument) -> Iterator[str]:
    """Paragraphs and tables of the body, in document order."""
    for child in doc.element.body.iterchildren():
        if child.tag == f"{_W}p":
            yield from _paragraph_text(Paragraph(child, doc))
        elif child.tag == f"{_W}tbl":
            yield from _table_lines(Table(child, doc))


def _header_lines(doc: DocxDocument) -> list[str]:
    """Distinct lines of the section headers (where templates often put name and contact)."""
    lines: list[str] = []
    for section in doc.sections:
        for part in (section.first_page_header, section.header):
            if part.is_linked_to_previous and part is not section.first_page_header:
                continue
            for paragraph in part.paragraphs:
                lines.extend(_paragraph_text(paragraph))
            for table in part.tables:
                lines.extend(_table_lines(table))
    distinct = dict.fromkeys(ln for ln in lines if ln.strip())
    return list(distinct)


def docx_lines(document: Document) -> list[str]:
    """Read a DOCX: headers first, then body paragraphs and tables in order.

    Args:
        document: A DOCX upload.

    Returns:
        Raw lines; a table row becomes one line with its cells separated by ``" | "``.

    Raises:
        UnsupportedFile: The file is not a readable Word document.
    """
    try:
        doc = docx.Document(io.BytesIO(document.content))
        header = _header_lines(doc)
        body = list(_body_lines(doc))
    except (
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        OSError,
        AttributeError,
        TypeError,
        IndexError,
    ) as exc:
        raise _refuse(msg.CORRUPT_DOCX, msg.CORRUPT_DOCX_NEXT, document.filename) from exc
    except Exception as exc:  # lxml and python-docx raise assorted errors on bad XML
        logger.info("DOCX %s could not be read: %r", document.filename, exc)
        raise _refuse(msg.CORRUPT_DOCX, msg.CORRUPT_DOCX_NEXT, document.filename) from exc
    body_set = set(body)
    return [ln for ln in header if ln not in body_set] + body


def decode_text(document: Document) -> str:
    """Decode a TXT upload in whatever common encoding it uses.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are tried first; otherwise
    charset-normalizer picks the most plausible encoding.

    Args:
        document: A TXT upload.

    Returns:
        The decoded text.

    Raises:
        UnsupportedFile: The bytes are binary or decode to mostly control characters.
    """
    content = document.content
    text: str | None = None
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = content.decode("utf-16", errors="replace")
    else:
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _detect(content)
    if text is None or not _looks_like_text(text):
        raise _refuse(msg.UNDECODABLE_TEXT, msg.UNDECODABLE_TEXT_NEXT, document.filename)
    return text


_WESTERN = ("cp1252", "latin_1", "iso8859_15", "cp1250")
"""Encodings preferred among near-equal candidates: most non-UTF-8 resumes come from
Windows or older Unix tools in Western Europe and the Americas."""


def _detect(content: bytes) -> str | None:
    """Decode with charset-normalizer, preferring a Western encoding when it is about as
    plausible (chaos within 0.1) as the best guess; short texts are otherwise often taken
    for Baltic or Cyrillic code pages."""
    matches = list(charset_normalizer.from_bytes(content))
    if not matches:
        return None
    best = min(matches, key=lambda m: m.chaos)
    for candidate in sorted(matches, key=lambda m: m.chaos):
        if candidate.chaos > best.chaos + 0.1:
            break
        for encoding in [candidate.encoding, *candidate.could_be_from_charset]:
            if encoding in _WESTERN:
                return content.decode(encoding, errors="replace")
    return str(best)


def _looks_like_text(text: str) -> bool:
    """Few control characters and replacement marks: at most 2% of the characters."""
    if not text:
        return False
    bad = sum(1 for c in text if c == "\ufffd" or (ord(c) < 32 and c not in "\n\r\t\f"))
    return bad <= 0.02 * len(text)


def extract_text(document: Document) -> str:
    """Validate a resume file and return its normalised text.

    Args:
        document: The uploaded file (PDF, DOCX or TXT; a JSON Resume is read as text).

    Returns:
        Normalised text, lines separated by ``\\n`` (see :mod:`tools.resume.normalize`).

    Raises:
        UnsupportedFile: Per Property 1: wrong type, empty, over 5 MB, damaged, encrypted,
            undecodable, or with no readable text (a scan).
    """
    fmt = resume_format(document)
    return read_text(document, "txt" if fmt == "jsonresume" else fmt)


def read_text(document: Document, fmt: str) -> str:
    """Normalised text of an already validated PDF, DOCX or TXT document.

    Args:
        document: The file.
        fmt: ``"pdf"``, ``"docx"`` or ``"txt"``.

    Returns:
        Normalised text, lines separated by ``\\n``.

    Raises:
        UnsupportedFile: Damaged, encrypted, undecodable, or no readable text (a scan).
    """
    if fmt == "pdf":
        raw = pdf_lines(document)
    elif fmt == "docx":
        raw = docx_lines(document)
    else:
        raw = decode_text(document).splitlines()
    text = normalize_text("\n".join(raw))
    if sum(1 for c in text if c.isalnum()) < MIN_TEXT_CHARS:
        raise _refuse(msg.NO_TEXT, msg.NO_TEXT_NEXT, document.filename)
    return text
