"""Subject arguments tidied with the taxonomy and role catalogue (agent/offline/subjects.py)."""

from __future__ import annotations

import pytest

from agent.offline.subjects import default_subjects, tidy_arguments


@pytest.fixture(scope="module")
def finder():
    return default_subjects()


@pytest.mark.parametrize(("intent", "args", "message", "want"), [
    ("find_resources", {"skill": "AWS for someone intermediate"}, "courses for AWS for someone "
     "intermediate", {"skill": "AWS"}),
    ("add_skill", {"skill": "skill Kotlin"}, "please add the skill Kotlin", {"skill": "Kotlin"}),
    ("add_skill", {}, "I've been using Git for years, add it", {"skill": "Git"}),
    ("add_skill", {"skill": "it"}, "I learned Docker last month so add it", {"skill": "Docker"}),
    ("edit_activity", {"entry": 3, "skill": "Python not Java"}, "entry 3 should be Python not "
     "Java", {"entry": 3, "skill": "Python"}),
    ("edit_activity", {"entry": 6, "minutes": 75}, "make entry 6 75 minutes of SQL",
     {"entry": 6, "minutes": 75, "skill": "SQL"}),
    ("explain_topic", {"topic": "OAuth in simple words"}, "explain OAuth in simple words",
     {"topic": "OAuth"}),
    ("explain_topic", {"topic": "how hash tables work"}, "explain how hash tables work",
     {"topic": "hash tables"}),
    ("find_skill_gaps", {"role": "cloud engineer role then"}, "what's missing for a cloud "
     "engineer role then", {"role": "cloud engineer"}),
    ("find_skill_gaps", {"role": "Spotify one"}, "gaps for the Spotify one",
     {"job": "Spotify"}),
    ("find_skill_gaps", {"job": "devops engineer"}, "skills missing for devops engineer roles",
     {"role": "devops engineer"}),
    ("find_skill_gaps", {}, "i wanna be a data scientist, what am I missing",
     {"role": "data scientist"}),
    ("create_roadmap", {"level": "beginner"}, "a roadmap towards data analyst, I'm a beginner",
     {"level": "beginner", "goal": "data analyst"}),
])
def test_subjects_are_cut_to_known_names(finder, intent, args, message, want) -> None:
    assert tidy_arguments(intent, args, message, finder) == want


@pytest.mark.parametrize(("intent", "args"), [
    ("add_skill", {"skill": "SAP FICO"}),          # a longer name keeps its own words
    ("add_skill", {"skill": "excel pivot tables"}),
    ("explain_topic", {"topic": "difference between SQL and NoSQL"}),
    ("explain_topic", {"topic": "gradient descent"}),  # not in the taxonomy: kept as typed
    ("rate_resource", {"resource": "the Docker course", "stars": 4}),  # not a subject intent
])
def test_other_subjects_are_kept_as_read(finder, intent, args) -> None:
    assert tidy_arguments(intent, args, "message", finder) == args


def test_request_words_are_never_taken_for_a_skill(finder) -> None:
    assert tidy_arguments("add_skill", {}, "show my roadmap and add it", finder) == {}
    assert finder.skills_in("log my progress on the roadmap") == []


@pytest.mark.parametrize(("intent", "args", "message", "want"), [
    ("find_skill_gaps", {}, "what am I missing for this job?", {}),
    ("start_interview", {"role": "this"}, "interview me for this role", {}),
])
def test_this_job_is_the_active_one(finder, intent, args, message, want) -> None:
    assert tidy_arguments(intent, args, message, finder) == want
