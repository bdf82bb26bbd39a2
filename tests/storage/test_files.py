"""Uploaded files: per-user folders, safe names, no access across users, deletion."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storage.files import MAX_FILENAME_LENGTH, UploadStore, safe_filename
from tools.errors import NotFound

ALICE = "5b0d8a8e-3f7c-4c57-9a59-2f1e4d0c7a11"
BOB = "0c1f2e3d-4b5a-4978-8a6b-5c4d3e2f1a00"


@pytest.fixture
def store(tmp_path: Path) -> UploadStore:
    return UploadStore(tmp_path / "uploads")


def test_saved_file_reads_back_for_its_owner(store: UploadStore) -> None:
    upload_id = store.save(ALICE, "My Resume (final).pdf", b"%PDF-1.7 data")
    assert len(upload_id) == 32
    assert store.open(ALICE, upload_id) == ("My_Resume_(final).pdf", b"%PDF-1.7 data")
    assert store.filename(ALICE, upload_id) == "My_Resume_(final).pdf"
    path = store.path(ALICE, upload_id)
    assert path.parent.parent == store.root / ALICE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_same_name_twice_gives_two_uploads(store: UploadStore) -> None:
    first = store.save(ALICE, "cv.txt", b"one")
    second = store.save(ALICE, "cv.txt", b"two")
    assert first != second
    assert store.open(ALICE, first)[1] == b"one"
    assert store.open(ALICE, second)[1] == b"two"


def test_another_users_upload_is_not_found(store: UploadStore) -> None:
    upload_id = store.save(ALICE, "cv.txt", b"private")
    with pytest.raises(NotFound) as caught:
        store.open(BOB, upload_id)
    assert caught.value.guidance
    with pytest.raises(NotFound):
        store.filename(BOB, upload_id)


@pytest.mark.parametrize("upload_id", ["0" * 32, "../" + ALICE, "", "A" * 32, "x"])
def test_unknown_or_malformed_upload_ids_are_not_found(store: UploadStore, upload_id: str) -> None:
    store.save(ALICE, "cv.txt", b"x")
    with pytest.raises(NotFound):
        store.open(ALICE, upload_id)


@pytest.mark.parametrize("user_id", ["..", "../" + ALICE, "a/b", "", ".hidden"])
def test_malformed_user_ids_never_reach_the_disk(store: UploadStore, user_id: str) -> None:
    with pytest.raises(NotFound):
        store.save(user_id, "cv.txt", b"x")
    assert not store.root.exists()


def test_delete_user_removes_only_that_users_files(store: UploadStore) -> None:
    alice_upload = store.save(ALICE, "a.txt", b"a")
    bob_upload = store.save(BOB, "b.txt", b"b")
    store.delete_user(ALICE)
    assert not (store.root / ALICE).exists()
    with pytest.raises(NotFound):
        store.open(ALICE, alice_upload)
    assert store.open(BOB, bob_upload) == ("b.txt", b"b")
    store.delete_user(ALICE)  # nothing left: no error


@pytest.mark.parametrize(
    ("given_name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\me\\cv.docx", "cv.docx"),
        (".bashrc", "bashrc"),
        ("...", "upload"),
        ("", "upload"),
        ("résumé 2026.pdf", "résumé_2026.pdf"),
        ("a;rm -rf *.txt", "a_rm_-rf.txt"),
        ("-rf.pdf", "rf.pdf"),
        (" cv.pdf \n", "cv.pdf"),
    ],
)
def test_safe_filename_examples(given_name: str, expected: str) -> None:
    assert safe_filename(given_name) == expected


def test_long_names_keep_their_extension() -> None:
    name = safe_filename("x" * 500 + ".docx")
    assert len(name) == MAX_FILENAME_LENGTH
    assert name.endswith(".docx")


@given(st.text(max_size=400))
def test_safe_filename_is_always_a_plain_visible_name(name: str) -> None:
    result = safe_filename(name)
    assert result
    assert len(result) <= MAX_FILENAME_LENGTH
    assert "/" not in result and "\\" not in result and "\x00" not in result
    assert not result.startswith(".")
    assert result not in {".", ".."}
