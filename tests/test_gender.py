"""Gender agreement of "he"/"she" with their antecedent (claimtrace.gender, used by coref).

A courtesy title, a one-gender given name or a gendered head noun gives a mention a gender; an
article that writes a surname with only one gender's given names or titles gives that surname
its gender; "he" and "she" never take up a person of the other gender, and an unknown gender
agrees with either pronoun.
"""

from __future__ import annotations

import pytest

from claimtrace import Analysis, SourceType, analyze
from claimtrace.gender import agrees, mention_gender, person_gender, pronoun_gender


@pytest.mark.parametrize("mention,name,head,gender", [
    ("Mrs. Clinton", "Clinton", "Clinton", "f"),
    ("Mr. Trump", "Trump", "Trump", "m"),
    ("Hillary Rodham Clinton", "Hillary Rodham Clinton", "Clinton", "f"),
    ("Secretary of State Mike Pompeo", "Mike Pompeo", "Pompeo", "m"),
    ("Jane Doe, a lawyer for Mr. Roe", "Jane Doe", "Doe", "f"),  # the title is Roe's
    ("a spokeswoman for the mayor", None, "spokeswoman", "f"),
    ("the man", None, "man", "m"),
    ("Warren", "Warren", "Warren", None),  # a bare surname: no given name to read
    ("Chris Smith", "Chris Smith", "Smith", None),  # a name given to both genders
    ("a senior official", None, "official", None),
])
def test_mention_gender(mention: str, name: str | None, head: str | None, gender: str | None) -> None:
    assert mention_gender(mention, name, head) == gender


def test_surname_takes_the_gender_the_article_gives_it() -> None:
    text = "Hillary Clinton spoke first. Later Clinton left."
    assert person_gender("Clinton", "Clinton", "Clinton", text) == "f"
    both = "Bill Clinton and Hillary Clinton spoke. Later Clinton left."
    assert person_gender("Clinton", "Clinton", "Clinton", both) is None


def test_unknown_agrees_with_either() -> None:
    assert agrees(None, "f") and agrees("m", None) and agrees("f", "f")
    assert not agrees(pronoun_gender("He"), "f")


def _source_name(a: Analysis, words: str, nth: int = 0) -> tuple[str, SourceType]:
    hits = [at for at in a.attributions if at.source and at.source.span.text == words]
    assert len(hits) > nth, [(at.cue.text, at.source and at.source.span.text) for at in a.attributions]
    source = next(s for s in a.sources if s.id == hits[nth].source.source_id)
    return source.name, hits[nth].source.type


@pytest.mark.parametrize("text,pronoun,name,kind", [
    # the nearest named source is a man: "she" skips him for the woman named before
    ("Hillary Clinton says voters are right to be angry. Bernie Sanders spoke later. "
     "She says the country is not a single-issue country.", "She", "Hillary Clinton",
     SourceType.NAMED_PERSON),
    # the recipient of "told" is a man; the woman who told is the one who believed
    ("On Friday, Sen. Kristen Gillibrand told host Chris Cuomo she believed that the transcript "
     "would be released.", "she", "Kristen Gillibrand", SourceType.NAMED_PERSON),
    # an unnamed woman opening the sentence before, not the man named after her
    ("A woman in the crowd shouted at Donald Trump. She said he was a liar.", "She", "A woman",
     SourceType.ANONYMOUS_VAGUE),
    ("A 29-year-old Berlin woman received probation in July after she had posted comments "
     "about refugees.", "she", "A 29-year-old Berlin woman", SourceType.ANONYMOUS_VAGUE),
    # a chain of "she" carries the search back to the woman named three sentences up
    ("Jane Okafor is one of the workers who heard the news. After 14 years on the line, she "
     "earns $21 an hour. When she saw Mr. Trump on television, she cheered. \"I loved it,\" "
     "she said.", "she", "Jane Okafor", SourceType.NAMED_PERSON),
    # a person of known gender outranks a later capitalised word of unknown gender
    ("Hillary Clinton spoke in Iowa. Clinton was booed at Thursday night's debate when she "
     "said the attack was unfair.", "she", "Clinton", SourceType.NAMED_PERSON),
    # unknown genders agree with either pronoun
    ("Pat Quinlan said the vote was close. She added that she would ask for a recount.", "She",
     "Pat Quinlan", SourceType.NAMED_PERSON),
    ("Warren said the plan would fail. She added that it cost too much.", "She", "Warren",
     SourceType.NAMED_PERSON),
])
def test_pronoun_agrees_in_gender(text: str, pronoun: str, name: str, kind: SourceType) -> None:
    assert _source_name(analyze(text), pronoun) == (name, kind)


def test_he_added_does_not_continue_a_woman() -> None:
    a = analyze("Mary Barra said sales rose. John Smith, an analyst, was not convinced. "
                "Barra's numbers looked strong, Mrs. Barra said. He added that costs were high.")
    assert _source_name(a, "He")[0] == "John Smith"


def test_officer_acronym_is_not_part_of_the_name() -> None:
    # session 13, TAXONOMY battery: "Apple CEO Tim Cook" was the person "CEO Tim Cook", whose
    # given name then said nothing of the pronoun that takes him up
    a = analyze("Apple CEO Tim Cook said sales rose. He added that costs fell.")
    assert _source_name(a, "He") == ("Tim Cook", SourceType.NAMED_PERSON)
    one = analyze("The software maker reported strong results on Monday. The CEO said sales rose.")
    assert _source_name(one, "The CEO")[1] is SourceType.NAMED_PERSON  # one office holder


def _ids(a: Analysis, *words: str) -> list[int]:
    out = []
    for w in words:
        hit = next(at for at in a.attributions if at.source and at.source.span.text == w)
        out.append(hit.source.source_id)
    return out


@pytest.mark.parametrize("text,first,second", [
    # two given names, one surname: two people (session 13: they were one source)
    ("Bill Clinton said the economy was strong. Hillary Clinton said the plan would work.",
     "Bill Clinton", "Hillary Clinton"),
    ("Donald Trump said the wall would be built. Ivanka Trump said her father was right.",
     "Donald Trump", "Ivanka Trump"),
    # courtesy titles of the two genders
    ("Mrs. Clinton said the plan would work. Mr. Clinton said he agreed.", "Mrs. Clinton",
     "Mr. Clinton"),
    # a generational suffix tells a son from his father
    ("Donald Trump Jr. said the convention went well. Donald Trump said he would win.",
     "Donald Trump Jr.", "Donald Trump"),
])
def test_same_surname_different_people(text: str, first: str, second: str) -> None:
    a, b = _ids(analyze(text), first, second)
    assert a != b


@pytest.mark.parametrize("text,first,second", [
    ("Adm. Harry B. Harris Jr. said the fleet was ready. Harris added that China was watching.",
     "Adm. Harry B. Harris Jr.", "Harris"),  # the surname is Harris, not "Jr"
    ("Herman De Croo said the talks would resume. De Croo added that no date was set.",
     "Herman De Croo", "De Croo"),  # a surname of two words
    ("Apolonio Ruiz Ligero said output rose. Ruiz Ligero added that exports fell.",
     "Apolonio Ruiz Ligero", "Ruiz Ligero"),
    ("Donald J. Trump said the wall would be built. Donald Trump added that Mexico would pay.",
     "Donald J. Trump", "Donald Trump"),
    ("Bill Clinton said the economy was strong. Hillary Clinton said the plan would work. "
     "Clinton added that she was confident.", "Hillary Clinton", "Clinton"),  # the latest one
    # a bare surname is the father, not the son named since
    ("Donald Trump said he would win. Donald Trump Jr. said the convention went well. "
     "Mr. Trump added that New York was in play.", "Donald Trump", "Mr. Trump"),
])
def test_same_person(text: str, first: str, second: str) -> None:
    a, b = _ids(analyze(text), first, second)
    assert a == b


def test_a_pronoun_gives_the_person_it_brought_in_its_gender() -> None:
    # "she" took up the surname named just before; her husband, named later in full, is
    # another person and does not take over her source
    a = analyze("Ebeling and her husband, Tom, were greeted by an organizer. \"We live in Chicago,\" "
                "she said. \"It goes in here and out here,\" Tom Ebeling said. \"I got mad,\" she said.")
    she_first, tom, she_last = (at.source for at in a.attributions
                                if at.source and at.source.span.text in ("she", "Tom Ebeling"))
    assert she_first.source_id == she_last.source_id != tom.source_id
