#!/usr/bin/env python3
"""Build ``blind43.jsonl``: the forty-third batch of blind test articles (session 17).

10 invented long stories about Congress, courts, governors and foreign policy in which named and
unnamed officials speak in turn, each with 18-20 attributions, written and annotated by a helper
session that never read claimtrace's code, tests or data; see NOTES.md.

Usage: ``python data/gold/blind43/build_blind43.py [--check]`` (``--check``: exit 1 if
blind43.jsonl is stale).

The helper's own notes on the format follow.

Blind test set blind43: 10 invented 2016-style political news articles with
hand annotations of attributions (PolNeAR-style spans).

All texts and quotes are invented. Offsets are computed from the text, never typed.

Annotation line format (one attribution per line):
    CUE || SOURCE || CONTENT || TYPE
  * SOURCE may be NULL (no source in the article).
  * CONTENT fragments are separated by " ## " (discontinuous content, e.g. a quote split
    by the cue). The first fragment must be unique in the text (or be disambiguated by a
    context, see below); each further fragment is the first occurrence after the previous.
  * Any field may be written "TEXT @@ CONTEXT": CONTEXT is a unique string of the article
    that contains TEXT once; the span is TEXT inside CONTEXT.
  * Without a context, the CUE is the occurrence (whole-word, case-sensitive) nearest to the
    content and not inside it; the SOURCE is the occurrence nearest to the cue, not inside the
    content or the cue. Ties are errors (a context must then be given).
  * TYPE: named_person, named_org, media, document, anonymous, unknown.
Articles v01-v05 use straight quotes; v06-v10 are written here with straight quotes and
converted to curly quotes by curl() (text and annotations alike); both are asserted.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}

ARTICLES = []  # (doc_id, curly, text, annotations)


def add(doc_id, curly, text, ann):
    ARTICLES.append((doc_id, curly, text.strip("\n"), ann))


# --------------------------------------------------------------------------- v01
add("v01", False, """
McConnell Holds Line on Court Vacancy as Democrats Plan Floor Protest

WASHINGTON -- Senate Majority Leader Mitch McConnell said Tuesday that the Senate would not hold hearings on Judge Merrick Garland's nomination to the Supreme Court before the November election, the latest turn in a standoff that has now stretched into its fourth month.

"The American people should have a voice in this," the Kentucky Republican told reporters after the weekly Republican lunch in the Capitol. "The next president will make this nomination, and that is where it ends."

Minority Leader Harry Reid of Nevada said McConnell was "abandoning the Constitution" and that Democrats would use every procedural tool available to bring the nomination to the floor. He said the protest would begin Wednesday morning with a series of unanimous consent requests. Republicans will almost certainly block each one.

A senior Republican leadership aide said the conference had not budged. Only two Republican senators, Susan Collins of Maine and Mark Kirk of Illinois, have met with Garland in their offices, and the aide said neither had raised the matter at the lunch.

"There is no pressure inside the conference. None," he said, speaking on condition of anonymity to describe a private meeting. "The only people talking about hearings are on the other side of the aisle."

Senate Judiciary Committee Chairman Chuck Grassley, who would preside over any hearing, has faced crowded town hall meetings at home in Iowa this spring. The chairman said Tuesday that he remained comfortable with the decision.

"I've held 39 county meetings this year and I hear about a lot of things," the Iowa Republican said. "I don't hear much about this."

Senator Patrick Leahy of Vermont, the top Democrat on the Judiciary Committee, sat two seats away from Grassley at a hearing on opioid abuse later in the day. The two men have served together on the panel for more than three decades.

"Chuck Grassley is a friend of mine," he said afterward, "but this is not how this committee has ever worked." Grassley's office said the committee's schedule for July had not changed.

At the White House, press secretary Josh Earnest said President Obama would keep up the pressure through the summer. "Senator McConnell is asking the Supreme Court to work short-handed for more than a year," Earnest said. He added that Garland had been confirmed to the appeals court in 1997 with votes from both parties.

Obama interviewed Garland for the job in the Oval Office in March. He has called the blockade "unprecedented" in speeches in Chicago and Washington. The judge has kept a low profile since the nomination and continues to hear cases on the federal appeals court in the capital. He has told friends that he is prepared to wait as long as it takes, according to a person close to him.

The court has been operating with eight justices since the death of Justice Antonin Scalia in February, and it has deadlocked 4 to 4 in several cases this term, including a major dispute over public-sector unions.

A CNN/ORC poll released this month found that 57 percent of Americans want the Senate to hold hearings. Democratic strategists believe the issue can help the party in Senate races in Pennsylvania, Ohio and New Hampshire, where Republican incumbents are on the ballot this fall.

McConnell said the public was divided on most questions involving the court. In 2005, he noted, Democrats led by Reid had blocked several of President George W. Bush's nominees to the appeals courts.

The Senate is scheduled to leave Washington for its summer recess on July 15 and will not return until after Labor Day.
""", """
said || Senate Majority Leader Mitch McConnell || the Senate would not hold hearings on Judge Merrick Garland's nomination to the Supreme Court before the November election || named_person
told || the Kentucky Republican || "The American people should have a voice in this," ## "The next president will make this nomination, and that is where it ends." || named_person
said || Minority Leader Harry Reid of Nevada || McConnell was "abandoning the Constitution" and that Democrats would use every procedural tool available to bring the nomination to the floor || named_person
said || He || the protest would begin Wednesday morning with a series of unanimous consent requests || named_person
said || A senior Republican leadership aide || the conference had not budged || anonymous
said || the aide || neither had raised the matter at the lunch || anonymous
said || he || "There is no pressure inside the conference. None," ## "The only people talking about hearings are on the other side of the aisle." || anonymous
said || The chairman || he remained comfortable with the decision || named_person
said || the Iowa Republican || "I've held 39 county meetings this year and I hear about a lot of things," ## "I don't hear much about this." || named_person
said || he || "Chuck Grassley is a friend of mine," ## "but this is not how this committee has ever worked." || named_person
said || Grassley's office || the committee's schedule for July had not changed || named_org
said || press secretary Josh Earnest || President Obama would keep up the pressure through the summer || named_person
said || Earnest || "Senator McConnell is asking the Supreme Court to work short-handed for more than a year," || named_person
added || He || Garland had been confirmed to the appeals court in 1997 with votes from both parties || named_person
has called || He || the blockade "unprecedented" || named_person
according to || a person close to him || He has told friends that he is prepared to wait as long as it takes || anonymous
found || A CNN/ORC poll released this month || 57 percent of Americans want the Senate to hold hearings || document
believe || Democratic strategists || the issue can help the party in Senate races in Pennsylvania, Ohio and New Hampshire, where Republican incumbents are on the ballot this fall || anonymous
said || McConnell || the public was divided on most questions involving the court || named_person
noted || he || In 2005, ## Democrats led by Reid had blocked several of President George W. Bush's nominees to the appeals courts || named_person
""")

# --------------------------------------------------------------------------- v02
add("v02", False, """
Judge Orders Two Former Clinton Aides to Answer Questions Under Oath

WASHINGTON -- A federal judge on Thursday ordered two former aides to Hillary Clinton to sit for depositions in a public records lawsuit over the private email server she used as secretary of state, handing a conservative legal group a new opening weeks before the Democratic convention.

U.S. District Judge Ellen Whitford wrote in a 14-page order that the State Department's search for records had been "inadequate by any reasonable measure" and that questions about why the server was set up "cannot be answered by the documents alone."

The lawsuit was brought by Judicial Watch, which has filed dozens of records requests covering Clinton's four years at the department. The group's president, Tom Fitton, said the depositions would begin within 30 days.

"The judge has seen what we have seen, which is a pattern of concealment," Fitton told reporters outside the federal courthouse. "We intend to find out who knew what, and when."

The order covers Cheryl Mills, Clinton's former chief of staff, and Bryan Pagliano, the technology specialist who set up the server in the basement of the Clintons' home in Chappaqua, N.Y.

A lawyer for Mills said his client would comply. "Ms. Mills has cooperated at every stage, and she will do so again," the lawyer said. He said she had already answered questions from FBI agents in the spring.

Pagliano's attorneys have said he will invoke his Fifth Amendment right against self-incrimination, as he did before a House committee last year.

The Clinton campaign responded within hours. Campaign spokesman Brian Fallon said the order was "a rehash of questions that have been asked and answered" and argued that Judicial Watch was a partisan group "that has been suing the Clintons since the 1990s."

At the State Department, spokesman John Kirby said the department would study the order and "respond appropriately in court." A department official said lawyers there were frustrated by the short deadline. Whitford gave the department until Aug. 1 to turn over any remaining records. He said the department had already produced more than 30,000 pages of Clinton's email since last year.

On Capitol Hill, House Oversight Committee Chairman Jason Chaffetz said in a statement that the ruling "vindicates" the committee's own inquiry. Representative Elijah Cummings of Maryland, the panel's top Democrat, said Republicans were "chasing the same ghost for the fourth time."

Several legal scholars said the order was unusual but not unheard of in records cases. Martin Ashby, a law professor at Georgetown University, said judges rarely allow depositions in Freedom of Information Act cases because the law is meant to produce documents, not testimony.

"It tells you she believes the government has not been straight with her," he said.

Whitford, an appointee of President Bill Clinton, has handled the case since early last year. In a hearing in May, she spent nearly an hour going through gaps in the records from Clinton's first months in office.

The issue has weighed on Clinton's campaign for more than a year. A Quinnipiac University poll last month found that 56 percent of voters do not consider her honest and trustworthy, including nearly one in five Democrats.

Clinton herself has said she used the private account as a matter of convenience and that it was a mistake. She has also apologized to voters in television interviews, though her opponents in both parties continue to press the issue at nearly every campaign stop.

The depositions will be closed to the public, but transcripts will be made public within weeks of each session. Judicial Watch has already posted video of earlier depositions in a separate case on its website.
""", """
wrote || U.S. District Judge Ellen Whitford || the State Department's search for records had been "inadequate by any reasonable measure" and that questions about why the server was set up "cannot be answered by the documents alone." || named_person
said || The group's president, Tom Fitton || the depositions would begin within 30 days || named_person
told || Fitton || "The judge has seen what we have seen, which is a pattern of concealment," ## "We intend to find out who knew what, and when." || named_person
said || A lawyer for Mills || his client would comply || anonymous
said || the lawyer || "Ms. Mills has cooperated at every stage, and she will do so again," || anonymous
said || He || she had already answered questions from FBI agents in the spring || anonymous
have said || Pagliano's attorneys || he will invoke his Fifth Amendment right against self-incrimination, as he did before a House committee last year || anonymous
said || Campaign spokesman Brian Fallon || the order was "a rehash of questions that have been asked and answered" || named_person
argued || Campaign spokesman Brian Fallon || Judicial Watch was a partisan group "that has been suing the Clintons since the 1990s." || named_person
said || spokesman John Kirby || the department would study the order and "respond appropriately in court." || named_person
said || A department official || lawyers there were frustrated by the short deadline || anonymous
said || He || the department had already produced more than 30,000 pages of Clinton's email since last year || anonymous
said || House Oversight Committee Chairman Jason Chaffetz || the ruling "vindicates" the committee's own inquiry || named_person
said || Representative Elijah Cummings of Maryland, the panel's top Democrat || Republicans were "chasing the same ghost for the fourth time." || named_person
said || Several legal scholars || the order was unusual but not unheard of in records cases || anonymous
said || Martin Ashby, a law professor at Georgetown University || judges rarely allow depositions in Freedom of Information Act cases because the law is meant to produce documents, not testimony || named_person
said || he || "It tells you she believes the government has not been straight with her," || named_person
found || A Quinnipiac University poll last month || 56 percent of voters do not consider her honest and trustworthy, including nearly one in five Democrats || document
has said || Clinton herself || she used the private account as a matter of convenience and that it was a mistake || named_person
""")

# --------------------------------------------------------------------------- v03
add("v03", False, """
McCrory Sues Justice Department as Fight Over Bathroom Law Escalates

RALEIGH, N.C. -- Gov. Pat McCrory filed a federal lawsuit on Monday over North Carolina's law on transgender bathroom access, hours before a Justice Department deadline for the state to back away from the measure.

The 12-page suit argues that the department's reading of the Civil Rights Act is "a baseless and blatant overreach." It was filed in federal court in Raleigh shortly after 10 a.m.

"This is not a North Carolina issue. This is a national issue," the governor said at a news conference at the Executive Mansion, flanked by his legal team. He said the Obama administration was trying to rewrite federal law "without the consent of Congress."

Within hours, the Justice Department filed a suit of its own against the state, the governor and the University of North Carolina system. Speaking in Washington, Attorney General Loretta Lynch said the state had created "state-sponsored discrimination against transgender individuals." The attorney general, a North Carolina native, said she wanted transgender residents of the state to know "that we see you."

Roy Cooper, the state's attorney general, is a Democrat who is challenging McCrory in November. He has called the law "a national embarrassment" and said it has already cost the state thousands of jobs.

An aide to the governor said McCrory had not spoken with Cooper in weeks. "They're not on speaking terms, frankly," the aide said.

The law, passed in a one-day special session in March, requires people in government buildings and public schools to use the restroom that matches the sex on their birth certificate. It also blocks cities from passing their own anti-discrimination ordinances.

The economic fallout has been steady. PayPal dropped a planned operations center in Charlotte that would have employed 400 people, and several musicians have canceled concerts in the state. The NBA has said it may move next year's All-Star Game out of Charlotte. Commissioner Adam Silver said last month that the league had "strong concerns" about the law.

House Speaker Tim Moore said lawmakers had no intention of repealing the measure before the legislative session ends in July. "We're not going to be bullied by the federal government," the Cleveland County Republican said in an interview in his office.

Some Republican legislators have privately worried that the fight will hurt the party in suburban districts around Raleigh and Charlotte, according to two lawmakers who attended a closed caucus meeting last week. One of them said the mood in the room was "grim."

An Elon University poll released last week showed 49 percent of North Carolina voters opposed the law, while 41 percent supported it. The rest were undecided.

The legal fight could take months to resolve. The federal government provides North Carolina's public schools and universities with more than $4 billion a year, and the administration could in theory begin withholding some of that money, though no such step has been taken.

McCrory said he would not back down. Cooper, he said, "has chosen politics over his oath."

The governor and the attorney general are scheduled to meet in their first televised debate in September. Both campaigns have begun running television advertisements on the law in the Charlotte and Raleigh markets, and outside groups have reserved more than $6 million in airtime for the fall.
""", """
argues || The 12-page suit || the department's reading of the Civil Rights Act is "a baseless and blatant overreach." || document
said || the governor || "This is not a North Carolina issue. This is a national issue," || named_person
said || He || the Obama administration was trying to rewrite federal law "without the consent of Congress." || named_person
said || Attorney General Loretta Lynch || the state had created "state-sponsored discrimination against transgender individuals." || named_person
said || The attorney general, a North Carolina native || she wanted transgender residents of the state to know "that we see you." || named_person
has called || He || the law "a national embarrassment" || named_person
said || He || it has already cost the state thousands of jobs || named_person
said || An aide to the governor || McCrory had not spoken with Cooper in weeks || anonymous
said || the aide || "They're not on speaking terms, frankly," || anonymous
has said || The NBA || it may move next year's All-Star Game out of Charlotte || named_org
said || Commissioner Adam Silver || the league had "strong concerns" about the law || named_person
said || House Speaker Tim Moore || lawmakers had no intention of repealing the measure before the legislative session ends in July || named_person
said || the Cleveland County Republican || "We're not going to be bullied by the federal government," || named_person
according to || two lawmakers who attended a closed caucus meeting last week || Some Republican legislators have privately worried that the fight will hurt the party in suburban districts around Raleigh and Charlotte || anonymous
said || One of them || the mood in the room was "grim." || anonymous
showed || An Elon University poll released last week || 49 percent of North Carolina voters opposed the law, while 41 percent supported it || document
said || McCrory || he would not back down || named_person
said || he || Cooper, @@ Cooper, he said ## "has chosen politics over his oath." || named_person
""")

# --------------------------------------------------------------------------- v04
add("v04", False, """
As Sanctions Relief Lags, Iran and West Trade Blame in Vienna Talks

VIENNA -- Iranian and Western negotiators met here on Friday for the first time since the nuclear agreement took effect in January, with Tehran complaining that foreign banks are still shunning Iranian businesses and Washington insisting it has kept its side of the bargain.

Iran's deputy foreign minister, Abbas Araghchi, told reporters after the four-hour session that his country had received "almost nothing" from the deal so far. "The paper is good. The practice is not," he said.

A European diplomat who attended the meeting said the atmosphere was "businesslike but tense." The Iranian delegation arrived with a thick binder of complaints, some of them dating back to the first week of the agreement.

"The Iranians came with a list of banks, and they want the names of the people who are blocking them," the diplomat said. She said the list included several large lenders in France and Germany.

Under the agreement, Iran shipped most of its enriched uranium out of the country and disabled the core of a reactor at Arak in exchange for the lifting of nuclear-related sanctions. But American sanctions tied to terrorism and human rights remain in place, and most foreign banks still cannot move dollars through the American financial system on Iran's behalf.

In Washington, State Department spokesman Mark Toner said the United States had lifted every sanction it promised to lift and that it was "not the job of the U.S. government" to persuade private banks to do business with Iran.

Secretary of State John Kerry met with European bankers in London last month. He has said that legitimate business with Iran is now permitted, but he has acknowledged that many banks remain wary of American penalties.

A senior Iranian official said the government of President Hassan Rouhani was under heavy pressure from hard-liners ahead of the parliamentary runoffs. "Every day without results is a gift to the people who opposed this agreement," said the official, speaking on condition of anonymity because the talks were private.

On Capitol Hill, the dispute has revived old arguments. Senator Bob Corker of Tennessee, the chairman of the Foreign Relations Committee, said any move to give Iran access to the U.S. financial system would face "fierce resistance" in the Senate. Republicans argued last year that the deal gave Iran too much in return for too little.

The Wall Street Journal reported this week that the Treasury Department was weighing a license that would allow some dollar transactions to be processed offshore. Treasury officials said no such change was under consideration.

The stakes for Rouhani are high. His government has staked its standing on the agreement, and Iranian oil exports, while rising, have not yet returned to the levels of 2011.

Araghchi said the next round of talks would take place in Tehran in June. The European diplomat was less certain.

"We will meet when there is something to meet about," she said.

The two sides did not release a joint communique. The Iranian delegation left Vienna by charter flight on Friday evening, and the Europeans were scheduled to brief their capitals early next week.
""", """
complaining || Tehran || foreign banks are still shunning Iranian businesses || named_org
insisting || Washington || it has kept its side of the bargain || named_org
told || Iran's deputy foreign minister, Abbas Araghchi || his country had received "almost nothing" from the deal so far || named_person
said || he || "The paper is good. The practice is not," || named_person
said || A European diplomat who attended the meeting || the atmosphere was "businesslike but tense." || anonymous
said || the diplomat || "The Iranians came with a list of banks, and they want the names of the people who are blocking them," || anonymous
said || She || the list included several large lenders in France and Germany || anonymous
said || State Department spokesman Mark Toner || the United States had lifted every sanction it promised to lift and that it was "not the job of the U.S. government" to persuade private banks to do business with Iran || named_person
has said || He || legitimate business with Iran is now permitted || named_person
has acknowledged || he || many banks remain wary of American penalties || named_person
said || A senior Iranian official || the government of President Hassan Rouhani was under heavy pressure from hard-liners ahead of the parliamentary runoffs || anonymous
said || the official || "Every day without results is a gift to the people who opposed this agreement," || anonymous
said || Senator Bob Corker of Tennessee, the chairman of the Foreign Relations Committee || any move to give Iran access to the U.S. financial system would face "fierce resistance" in the Senate || named_person
argued || Republicans || the deal gave Iran too much in return for too little || named_org
reported || The Wall Street Journal || the Treasury Department was weighing a license that would allow some dollar transactions to be processed offshore || media
said || Treasury officials || no such change was under consideration || anonymous
said || Araghchi || the next round of talks would take place in Tehran in June || named_person
said || she || "We will meet when there is something to meet about," || anonymous
""")

# --------------------------------------------------------------------------- v05
add("v05", False, """
Ryan Struggles to Unite House Republicans Behind Budget Plan

WASHINGTON -- House Speaker Paul Ryan met for two hours on Wednesday with members of the conservative House Freedom Caucus, but emerged without a deal on a budget blueprint that has divided Republicans since February.

"We had a very candid conversation," the Wisconsin Republican said afterward. "Nobody is walking away from the table."

Rep. Mark Meadows of North Carolina, a leader of the caucus, said the group still wanted $30 billion in additional spending cuts before it would support the plan. "The speaker knows where we are," he said. "We've been clear since day one."

One conservative lawmaker who attended the meeting said Ryan had offered a separate vote on the cuts later in the year. Meadows left the meeting early to catch a flight home to Asheville.

"That's a promise, not a cut," the lawmaker said, speaking on condition of anonymity because the meeting was closed to the press.

Aides to the speaker said he was not yet prepared to bring the budget to the floor without the conservatives' votes. Republicans hold 246 seats in the House, and Ryan can lose no more than 28 of them on a party-line vote.

House Minority Leader Nancy Pelosi said Democrats would not help Republicans pass a budget that "cuts Medicare and Medicaid to the bone." The California Democrat said the standoff showed that Ryan "has the same problem John Boehner had."

Boehner resigned last fall after years of clashes with the same bloc of conservatives, and Ryan took the job only after the caucus gave him its conditional support.

Rep. Hal Rogers of Kentucky, the Appropriations Committee chairman, has told colleagues he intends to start moving spending bills in April whether or not a budget passes, according to two Republican aides. The chairman believes the committee cannot afford another year of stopgap bills, one of the aides said.

Heritage Action for America, the political arm of the Heritage Foundation, said in a memo to lawmakers that the blueprint "spends too much and reforms too little." The group's scorecard carries weight with many of the caucus's roughly 40 members.

White House press secretary Josh Earnest said the president had no interest in negotiating with House conservatives over a Republican budget. "That's a conversation the speaker needs to have with his own members," Earnest said.

A Congressional Budget Office report released Tuesday projected that the deficit would rise to $534 billion this year, the first increase since 2009.

Rep. Jim Jordan of Ohio, the caucus's chairman, said the group would meet again on Monday evening. He said members had "a lot of respect" for Ryan but that respect was not a budget strategy.

The budget resolution is not binding law, but it sets the overall spending level that appropriators use to write the 12 annual spending bills. Without one, leaders would have to find another way to set those numbers, a step that could invite a fresh revolt on the right.

Jordan and Meadows left the Capitol together shortly after 5 p.m. Ryan stayed behind to meet with committee chairmen in his office off the House floor. Later, in a brief interview, the speaker said he was "optimistic" that a deal could be reached before the April 15 deadline.

Conservatives, he said, "want the same thing we all want."
""", """
said || the Wisconsin Republican || "We had a very candid conversation," ## "Nobody is walking away from the table." || named_person
said || Rep. Mark Meadows of North Carolina, a leader of the caucus || the group still wanted $30 billion in additional spending cuts before it would support the plan || named_person
said || he || "The speaker knows where we are," ## "We've been clear since day one." || named_person
said || One conservative lawmaker who attended the meeting || Ryan had offered a separate vote on the cuts later in the year || anonymous
said || the lawmaker || "That's a promise, not a cut," || anonymous
said || Aides to the speaker || he was not yet prepared to bring the budget to the floor without the conservatives' votes || anonymous
said || House Minority Leader Nancy Pelosi || Democrats would not help Republicans pass a budget that "cuts Medicare and Medicaid to the bone." || named_person
said || The California Democrat || the standoff showed that Ryan "has the same problem John Boehner had." || named_person
according to || two Republican aides || Rep. Hal Rogers of Kentucky, the Appropriations Committee chairman, has told colleagues he intends to start moving spending bills in April whether or not a budget passes || anonymous
said || one of the aides || The chairman believes the committee cannot afford another year of stopgap bills || anonymous
said || Heritage Action for America, the political arm of the Heritage Foundation || the blueprint "spends too much and reforms too little." || named_org
said || White House press secretary Josh Earnest || the president had no interest in negotiating with House conservatives over a Republican budget || named_person
said || Earnest || "That's a conversation the speaker needs to have with his own members," || named_person
projected || A Congressional Budget Office report released Tuesday || the deficit would rise to $534 billion this year, the first increase since 2009 || document
said || Rep. Jim Jordan of Ohio, the caucus's chairman || the group would meet again on Monday evening || named_person
said || He || members had "a lot of respect" for Ryan but that respect was not a budget strategy || named_person
said || the speaker || he was "optimistic" that a deal could be reached before the April 15 deadline || named_person
said || he || Conservatives, ## "want the same thing we all want." || named_person
""")

# --------------------------------------------------------------------------- v06
add("v06", True, """
Kerry and Lavrov Fail to Close Syria Deal After Marathon Session

GENEVA -- Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov ended nearly 14 hours of talks here early Saturday without an agreement on a cease-fire in Syria, though both men said their teams had narrowed the differences.

"We are not going to make an agreement for the sake of an agreement," Kerry told reporters at a hotel news conference shortly after 1 a.m. "We want something that actually works for the people of Aleppo."

Lavrov, speaking separately in the same hotel, said the sides had settled "most of the text" but that several technical questions remained. The Russian diplomat said the delay stemmed from "the inability of our American partners to separate the moderate opposition from terrorists."

A senior State Department official who took part in the talks said the main sticking point was the route for aid convoys into eastern Aleppo, where about 250,000 people are trapped.

"We're close on paper, but paper has not been the problem in Syria," the official said. He said the Russian side needed more time to consult with the Syrian government.

The proposal under discussion would pair a nationwide truce with a new arrangement under which American and Russian military planners would coordinate strikes against the Islamic State and the Nusra Front. At the Pentagon, officials have questioned whether the military should share targeting information with Russia at all.

Defense Secretary Ash Carter has told aides he is skeptical of any joint operations, according to two defense officials. Pentagon press secretary Peter Cook said Friday that the secretary "supports the diplomatic effort" and would "look carefully" at any proposal.

The main Syrian opposition group, the High Negotiations Committee, said in a statement that any truce that left Aleppo under siege would be "a death sentence." Damascus has said it will not accept outside monitors in areas under its control.

The United Nations special envoy for Syria, Staffan de Mistura, met with both delegations on Friday afternoon. He said afterward that he remained "hopeful."

A member of the Russian delegation said Moscow was prepared to return to Geneva as early as next week. "The door is open," he said. "The question is whether Washington wants to walk through it."

The talks began shortly before noon on Friday in a lakeside hotel and ran through dinner and late into the night, with aides shuttling drafts between the two delegations on separate floors.

Kerry flew to Paris on Saturday morning for a previously scheduled meeting with European foreign ministers. A spokesman traveling with him, John Kirby, said the secretary would speak with Lavrov by phone over the weekend. The secretary, Kirby said, "has not given up on this."

Critics in Congress have argued that the talks give Russia political cover for its bombing campaign in support of President Bashar al-Assad. Senator John McCain of Arizona, the chairman of the Armed Services Committee, said Friday that Kerry was "being played."

The fighting around Aleppo has intensified since the last truce collapsed in the spring, and aid groups have not been able to reach the eastern half of the city since early July.
""", """
said || both men || their teams had narrowed the differences || named_person
told || Kerry || "We are not going to make an agreement for the sake of an agreement," ## "We want something that actually works for the people of Aleppo." || named_person
said || Lavrov || the sides had settled "most of the text" but that several technical questions remained || named_person
said || The Russian diplomat || the delay stemmed from "the inability of our American partners to separate the moderate opposition from terrorists." || named_person
said || A senior State Department official who took part in the talks || the main sticking point was the route for aid convoys into eastern Aleppo, where about 250,000 people are trapped || anonymous
said || the official || "We're close on paper, but paper has not been the problem in Syria," || anonymous
said || He || the Russian side needed more time to consult with the Syrian government || anonymous
have questioned || officials || whether the military should share targeting information with Russia at all || anonymous
according to || two defense officials || Defense Secretary Ash Carter has told aides he is skeptical of any joint operations || anonymous
said || Pentagon press secretary Peter Cook || the secretary "supports the diplomatic effort" and would "look carefully" at any proposal || named_person
said @@ Committee, said in || The main Syrian opposition group, the High Negotiations Committee || any truce that left Aleppo under siege would be "a death sentence." || named_org
has said || Damascus || it will not accept outside monitors in areas under its control || named_org
said || He || he remained "hopeful." || named_person
said || A member of the Russian delegation || Moscow was prepared to return to Geneva as early as next week || anonymous
said || he || "The door is open," ## "The question is whether Washington wants to walk through it." || anonymous
said || A spokesman traveling with him, John Kirby || the secretary would speak with Lavrov by phone over the weekend || named_person
said || Kirby || The secretary, ## "has not given up on this." || named_person
have argued || Critics in Congress || the talks give Russia political cover for its bombing campaign in support of President Bashar al-Assad || anonymous
said || Senator John McCain of Arizona, the chairman of the Armed Services Committee || Kerry was "being played." || named_person
""")

# --------------------------------------------------------------------------- v07
add("v07", True, """
Former Christie Aide Testifies Governor Knew of Lane Closures

NEWARK -- A former top aide to Gov. Chris Christie testified Friday that the governor knew about the traffic jams in Fort Lee while the lane closures on the George Washington Bridge were still underway, the most direct challenge yet to his account of the 2013 scandal.

The aide, Bridget Anne Kelly, said Mr. Christie learned of the gridlock during a brief conversation with her at a Sept. 11 memorial ceremony in Lower Manhattan, on the third day of the closures.

"He laughed," Ms. Kelly told the jury in Federal District Court. "He said, 'Good,' and walked away."

Mr. Christie has not been charged in the case. He has said he knew nothing about the closures until after they ended. On Friday, his spokesman, Brian Murray, said the governor "did not know about the lane closures before or during their implementation" and that the testimony was "simply untrue."

Ms. Kelly, 44, a former deputy chief of staff, is on trial with Bill Baroni, who was Mr. Christie's top appointee at the Port Authority of New York and New Jersey. Both face charges of fraud and conspiracy.

Prosecutors have argued that the two defendants closed the lanes to punish the mayor of Fort Lee, a Democrat, for not endorsing Mr. Christie's re-election in 2013. David Wildstein, a former Port Authority official and the government's main witness, testified last month that Mr. Christie was aware of the closures at the time.

Mr. Baroni's lawyer, Michael Baldassare, told jurors in his opening statement that his client had been "set up" by Mr. Wildstein. Late Friday, the judge ruled that the defense could question Mr. Wildstein about his past business dealings when he returns to the stand next week.

Judge Susan D. Wigenton has repeatedly reminded jurors that the governor is not on trial. She has kept a brisk pace since testimony began in September, often holding the jury past 5 p.m.

Under gentle questioning from her lawyer, Michael Critchley, Ms. Kelly said she had been "terrified" of losing her job in the months before the closures. She cried twice on the stand.

The Record of Bergen County reported on Friday that Mr. Christie's personal lawyers had been in contact with the defense teams in recent weeks.

A former member of Mr. Christie's administration who has followed the trial closely said the governor's team was "bracing for the worst." "She's credible, and he knows it," the former official said.

The testimony comes at an awkward moment for the governor, who leads Donald J. Trump's presidential transition team. A spokeswoman for the Trump campaign, Hope Hicks, said the governor remained "a valued member of the team."

In Trenton, Assemblyman John Wisniewski, a Democrat who led the Legislature's inquiry into the closures, said Mr. Christie should "come clean or step aside."

Ms. Kelly will return to the stand on Monday for what could be a long day of cross-examination by prosecutors. Mr. Critchley said his client was ready. She has said she expects it to be "rough."

The trial, now in its sixth week, could go to the jury by early November, days before the presidential election.
""", """
testified || A former top aide to Gov. Chris Christie || the governor knew about the traffic jams in Fort Lee while the lane closures on the George Washington Bridge were still underway || named_person
said || The aide, Bridget Anne Kelly || Mr. Christie learned of the gridlock during a brief conversation with her at a Sept. 11 memorial ceremony in Lower Manhattan, on the third day of the closures || named_person
told || Ms. Kelly || "He laughed," ## "He said, 'Good,' and walked away." || named_person
has said || He || he knew nothing about the closures until after they ended || named_person
said || his spokesman, Brian Murray || the governor "did not know about the lane closures before or during their implementation" and that the testimony was "simply untrue." || named_person
have argued || Prosecutors || the two defendants closed the lanes to punish the mayor of Fort Lee, a Democrat, for not endorsing Mr. Christie's re-election in 2013 || anonymous
testified || David Wildstein, a former Port Authority official and the government's main witness || Mr. Christie was aware of the closures at the time || named_person
told || Mr. Baroni's lawyer, Michael Baldassare || his client had been "set up" by Mr. Wildstein || named_person
ruled || the judge || the defense could question Mr. Wildstein about his past business dealings when he returns to the stand next week || named_person
has repeatedly reminded || Judge Susan D. Wigenton || the governor is not on trial || named_person
said || Ms. Kelly || she had been "terrified" of losing her job in the months before the closures || named_person
reported || The Record of Bergen County || Mr. Christie's personal lawyers had been in contact with the defense teams in recent weeks || media
said || A former member of Mr. Christie's administration who has followed the trial closely || the governor's team was "bracing for the worst." || anonymous
said || the former official || "She's credible, and he knows it," || anonymous
said || A spokeswoman for the Trump campaign, Hope Hicks || the governor remained "a valued member of the team." || named_person
said || Assemblyman John Wisniewski, a Democrat who led the Legislature's inquiry into the closures || Mr. Christie should "come clean or step aside." || named_person
said || Mr. Critchley || his client was ready || named_person
has said || She || she expects it to be "rough." || named_person
""")

# --------------------------------------------------------------------------- v08
add("v08", True, """
Comey Defends Clinton Email Decision Before Skeptical House Panel

WASHINGTON -- James B. Comey, the director of the F.B.I., told House Republicans on Thursday that no reasonable prosecutor would have brought charges against Hillary Clinton over her use of a private email server, in a tense hearing that stretched past four hours.

"There was no evidence of intent. Not a shred," the director said under questioning from Representative Jason Chaffetz, the Utah Republican who leads the House Oversight Committee.

Mr. Chaffetz said the bureau had created "a double standard" for powerful people. "If you're an ordinary sailor, you go to prison. If your name is Clinton, you go to the convention," the chairman said.

The hearing was scheduled on Tuesday, hours after Mr. Comey, standing at a lectern at F.B.I. headquarters, said Mrs. Clinton had been "extremely careless" with classified material but that no charges were warranted.

Representative Elijah E. Cummings of Maryland, the committee's ranking Democrat, said the hearing was "a political show." He told Mr. Comey that he had acted "with integrity," even if Democrats did not agree with every word of his statement.

Attorney General Loretta E. Lynch formally closed the case on Wednesday. A Justice Department official said she had accepted the F.B.I.'s recommendation "without any changes." Ms. Lynch had come under heavy pressure after a private meeting with former President Bill Clinton on her plane in Phoenix last week. The official said the department's career prosecutors had reached the same conclusion independently.

Representative Trey Gowdy of South Carolina, a former prosecutor, said Mrs. Clinton's public statements about the emails were "not true." Mr. Comey conceded that some of her statements had been inaccurate. "What she said was not accurate," he said, "but that is not a crime."

The Clinton campaign said in a statement that it was "glad this matter is resolved." Donald J. Trump wrote on Twitter that the system was "rigged." Speaker Paul D. Ryan said Mrs. Clinton should not receive classified intelligence briefings as her party's nominee.

Some current and former F.B.I. agents have privately expressed frustration with the decision, according to people who have spoken with them. The agents involved in the investigation spent more than a year reviewing some 30,000 emails that Mrs. Clinton's lawyers returned to the State Department in 2014.

A Washington Post-ABC News poll conducted after the announcement found that 56 percent of Americans disapproved of the decision not to recommend charges.

Mr. Comey, a Republican who served as deputy attorney general under President George W. Bush, spent much of the afternoon walking members through the details of the investigation, at one point drawing a diagram of the servers on a notepad for a Democratic congresswoman.

Mr. Chaffetz said the committee would ask the bureau for its complete case file, including the notes from Mrs. Clinton's interview with agents on Saturday, which lasted three and a half hours. The director said he would cooperate. "I'd do it exactly the same way again," he said.

The committee will hold a second hearing on the matter after the party conventions, with State Department officials on the witness list.
""", """
told || James B. Comey, the director of the F.B.I. || no reasonable prosecutor would have brought charges against Hillary Clinton over her use of a private email server || named_person
said || the director || "There was no evidence of intent. Not a shred," || named_person
said || Mr. Chaffetz || the bureau had created "a double standard" for powerful people || named_person
said || the chairman || "If you're an ordinary sailor, you go to prison. If your name is Clinton, you go to the convention," || named_person
said || Mr. Comey || Mrs. Clinton had been "extremely careless" with classified material but that no charges were warranted || named_person
said || Representative Elijah E. Cummings of Maryland, the committee's ranking Democrat || the hearing was "a political show." || named_person
told || He || he had acted "with integrity," even if Democrats did not agree with every word of his statement || named_person
said || A Justice Department official || she had accepted the F.B.I.'s recommendation "without any changes." || anonymous
said || The official || the department's career prosecutors had reached the same conclusion independently || anonymous
said || Representative Trey Gowdy of South Carolina, a former prosecutor || Mrs. Clinton's public statements about the emails were "not true." || named_person
conceded || Mr. Comey || some of her statements had been inaccurate || named_person
said || he || "What she said was not accurate," ## "but that is not a crime." || named_person
said || The Clinton campaign || it was "glad this matter is resolved." || named_org
wrote || Donald J. Trump || the system was "rigged." || named_person
said || Speaker Paul D. Ryan || Mrs. Clinton should not receive classified intelligence briefings as her party's nominee || named_person
according to || people who have spoken with them || Some current and former F.B.I. agents have privately expressed frustration with the decision || anonymous
found || A Washington Post-ABC News poll conducted after the announcement || 56 percent of Americans disapproved of the decision not to recommend charges || document
said || Mr. Chaffetz || the committee would ask the bureau for its complete case file, including the notes from Mrs. Clinton's interview with agents on Saturday, which lasted three and a half hours || named_person
said || The director || he would cooperate || named_person
said || he || "I'd do it exactly the same way again," || named_person
""")

# --------------------------------------------------------------------------- v09
add("v09", True, """
Obama Lifts Arms Embargo on Vietnam as China Watches

HANOI -- President Obama said Monday that the United States would fully lift its decades-old ban on selling weapons to Vietnam, removing one of the last remnants of the war that divided the two countries for a generation.

"This is about our relationship with Vietnam, not about any other country," Mr. Obama said at a news conference with President Tran Dai Quang in the Presidential Palace. "It is the natural next step in a long process."

Mr. Quang said the decision showed that the two former enemies had built "real trust." He said Vietnam would use any American weapons only for its own defense.

The move comes as Vietnam faces growing pressure from China, which has built artificial islands and airstrips on disputed reefs in the South China Sea. In Beijing, a Foreign Ministry spokeswoman, Hua Chunying, said China hoped the change would be "conducive to regional peace and stability."

Human rights groups said the administration had given up its main leverage over Hanoi's treatment of dissidents. John Sifton, the Asia advocacy director at Human Rights Watch, said the president had "rewarded the government for nothing."

A senior administration official traveling with the president said the White House had pressed Vietnamese leaders on the release of political prisoners in private meetings on Monday.

Ben Rhodes, the deputy national security adviser, told reporters on Air Force One that the sale of specific weapons systems would still be reviewed case by case, with human rights as one factor. He said no sales were pending.

The official said, speaking on condition of anonymity under White House ground rules, that three activists had been invited to meet Mr. Obama on Tuesday but that two of them had been stopped by the police from leaving their homes.

Senator John McCain of Arizona, a former prisoner of war in Hanoi, said the decision was "long overdue." Representative Chris Smith, a New Jersey Republican who has pressed Hanoi on religious freedom for two decades, said the administration had "traded away" its influence. "This sends exactly the wrong message to the people in Vietnamese prisons tonight," the New Jersey Republican said.

Vietnamese state television reported that Mr. Obama had been greeted by large crowds along the road from the airport, and it broadcast long stretches of his arrival ceremony live.

The visit also produced a string of business agreements. Boeing said VietJet Air would buy 100 of its 737 MAX jets in a deal worth $11.3 billion at list prices, and General Electric signed an agreement on wind power in the Mekong Delta.

Mr. Obama also said he remained confident that Congress would approve the Trans-Pacific Partnership, the 12-nation trade agreement that includes Vietnam, before he leaves office. Both Hillary Clinton and Donald J. Trump have said they oppose the agreement in its current form.

The trade deal faces long odds on Capitol Hill in an election year, and Senate Majority Leader Mitch McConnell has not scheduled a vote before November.

On Tuesday, Mr. Obama will fly to Ho Chi Minh City, the former Saigon, to hold a town-hall-style meeting with young entrepreneurs. Mr. Quang will remain in Hanoi for a session of the National Assembly. The American president said he hoped to "hear from the next generation" about the country's future.

He will then travel to Japan for a meeting of the Group of 7 and a visit to Hiroshima, the first by a sitting American president.
""", """
said || President Obama || the United States would fully lift its decades-old ban on selling weapons to Vietnam || named_person
said || Mr. Obama || "This is about our relationship with Vietnam, not about any other country," ## "It is the natural next step in a long process." || named_person
said || Mr. Quang || the decision showed that the two former enemies had built "real trust." || named_person
said || He || Vietnam would use any American weapons only for its own defense || named_person
said || a Foreign Ministry spokeswoman, Hua Chunying || China hoped the change would be "conducive to regional peace and stability." || named_person
said || Human rights groups || the administration had given up its main leverage over Hanoi's treatment of dissidents || anonymous
said || John Sifton, the Asia advocacy director at Human Rights Watch || the president had "rewarded the government for nothing." || named_person
said || A senior administration official traveling with the president || the White House had pressed Vietnamese leaders on the release of political prisoners in private meetings on Monday || anonymous
told || Ben Rhodes, the deputy national security adviser || the sale of specific weapons systems would still be reviewed case by case, with human rights as one factor || named_person
said || He || no sales were pending || named_person
said @@ The official said, || The official || three activists had been invited to meet Mr. Obama on Tuesday but that two of them had been stopped by the police from leaving their homes || anonymous
said || Senator John McCain of Arizona, a former prisoner of war in Hanoi || the decision was "long overdue." || named_person
said || Representative Chris Smith, a New Jersey Republican who has pressed Hanoi on religious freedom for two decades || the administration had "traded away" its influence || named_person
said || the New Jersey Republican || "This sends exactly the wrong message to the people in Vietnamese prisons tonight," || named_person
reported || Vietnamese state television || Mr. Obama had been greeted by large crowds along the road from the airport || media
said || Boeing || VietJet Air would buy 100 of its 737 MAX jets in a deal worth $11.3 billion at list prices || named_org
said || Mr. Obama || he remained confident that Congress would approve the Trans-Pacific Partnership, the 12-nation trade agreement that includes Vietnam, before he leaves office || named_person
have said || Both Hillary Clinton and Donald J. Trump || they oppose the agreement in its current form || named_person
said || The American president || he hoped to "hear from the next generation" about the country's future || named_person
""")

# --------------------------------------------------------------------------- v10
add("v10", True, """
Virginia Court Strikes Down McAuliffe Order Restoring Felons' Voting Rights

RICHMOND, Va. -- The Supreme Court of Virginia on Friday struck down Gov. Terry McAuliffe's executive order restoring voting rights to more than 200,000 felons, ruling 4 to 3 that the governor had exceeded his constitutional authority.

Chief Justice Donald W. Lemons wrote for the majority that no previous governor had ever issued such a sweeping order and that the state's Constitution did not allow one. "The Governor's power to remove political disabilities is broad, but it is not unlimited," he wrote.

In a dissent joined by two colleagues, Justice William C. Mims said the majority had read the Constitution "far too narrowly" and had ignored the plain words of the clemency provision.

Mr. McAuliffe, a Democrat, signed the order in April on the steps of the State Capitol, surrounded by former inmates and their families. The governor said Friday that he was "deeply disappointed" and would sign individual orders for each of the roughly 13,000 people who had already registered to vote under the blanket order.

"I will not stand by while the rights of these Virginians are stripped away," the Democrat said in a statement released by his office.

Republican leaders in the General Assembly brought the suit in May. Speaker William J. Howell said the ruling was "a victory for the rule of law." He said the governor had acted "with a stroke of the pen and no regard for the Constitution."

Critics of the order have argued that Mr. McAuliffe acted to help Hillary Clinton in a swing state. The governor, a longtime friend and fund-raiser for the Clintons, has said politics played no role.

The Washington Post reported in May that the list of felons whose rights had been restored included 132 people who were still in prison, a mistake the administration corrected within days.

An official at the State Board of Elections said local registrars would begin removing the affected names from the rolls within days. "It's a big job, and we're going to do it carefully," the official said. Mr. Howell, who has served in the House of Delegates since 1988, was in Fredericksburg when the ruling came down. She said registrars would keep detailed records of every name they remove.

The American Civil Liberties Union of Virginia said it was reviewing its options. A Roanoke College poll in May found that 47 percent of Virginians supported the governor's order and 44 percent opposed it.

Virginia is one of a handful of states that permanently bar people with felony convictions from voting unless the governor restores their rights. Mr. McAuliffe's two predecessors, one Democrat and one Republican, restored rights case by case.

Senator Tim Kaine, Mrs. Clinton's running mate and a former governor of Virginia, said the court had "taken the narrowest possible view" of the governor's power.

Mr. McAuliffe said he would begin signing the individual orders next month. Mr. Howell's office said it would review each one. "They can take me back to court as many times as they like," he said.

The registration deadline for the November election in Virginia is Oct. 17, and more litigation before then is all but certain.
""", """
ruling || The Supreme Court of Virginia || the governor had exceeded his constitutional authority || named_org
wrote || Chief Justice Donald W. Lemons || no previous governor had ever issued such a sweeping order and that the state's Constitution did not allow one || named_person
wrote || he || "The Governor's power to remove political disabilities is broad, but it is not unlimited," || named_person
said || Justice William C. Mims || the majority had read the Constitution "far too narrowly" and had ignored the plain words of the clemency provision || named_person
said || The governor || he was "deeply disappointed" and would sign individual orders for each of the roughly 13,000 people who had already registered to vote under the blanket order || named_person
said || the Democrat || "I will not stand by while the rights of these Virginians are stripped away," || named_person
said || Speaker William J. Howell || the ruling was "a victory for the rule of law." || named_person
said || He || the governor had acted "with a stroke of the pen and no regard for the Constitution." || named_person
have argued || Critics of the order || Mr. McAuliffe acted to help Hillary Clinton in a swing state || anonymous
has said || The governor, a longtime friend and fund-raiser for the Clintons || politics played no role || named_person
reported || The Washington Post || the list of felons whose rights had been restored included 132 people who were still in prison, a mistake the administration corrected within days || media
said || An official at the State Board of Elections || local registrars would begin removing the affected names from the rolls within days || anonymous
said || the official || "It's a big job, and we're going to do it carefully," || anonymous
said || She || registrars would keep detailed records of every name they remove || anonymous
said || The American Civil Liberties Union of Virginia || it was reviewing its options || named_org
found || A Roanoke College poll in May || 47 percent of Virginians supported the governor's order and 44 percent opposed it || document
said || Senator Tim Kaine, Mrs. Clinton's running mate and a former governor of Virginia || the court had "taken the narrowest possible view" of the governor's power || named_person
said || Mr. McAuliffe || he would begin signing the individual orders next month || named_person
said || Mr. Howell's office || it would review each one || named_org
said || he || "They can take me back to court as many times as they like," || named_person
""")


# =========================================================================== machinery
def curl(s):
    """Straight quotes -> curly quotes, deterministic; used for v06-v10 (text and spans)."""
    out = []
    for i, ch in enumerate(s):
        prev = s[i - 1] if i > 0 else ""
        nxt = s[i + 1] if i + 1 < len(s) else ""
        if ch == '"':
            if prev == "" or prev.isspace() or prev in "([\u2014\u2018":
                out.append("\u201c")
            else:
                out.append("\u201d")
        elif ch == "'":
            if (prev == "" or not (prev.isalnum())) and nxt.isalnum() and prev not in ".,":
                # opening single quote (word start after space/quote); apostrophes inside or
                # after words are closing
                out.append("\u2018")
            else:
                out.append("\u2019")
        else:
            out.append(ch)
    return "".join(out)


WORD = re.compile(r"\w")


def occurrences(text, s, lo=0, hi=None):
    """Whole-word, case-sensitive occurrences of s in text[lo:hi]."""
    hi = len(text) if hi is None else hi
    res = []
    i = text.find(s, lo)
    while i != -1 and i + len(s) <= hi:
        ok = True
        if WORD.match(s[0]) and i > 0 and WORD.match(text[i - 1]):
            ok = False
        if WORD.match(s[-1]) and i + len(s) < len(text) and WORD.match(text[i + len(s)]):
            ok = False
        if ok:
            res.append(i)
        i = text.find(s, i + 1)
    return res


def split_ctx(field):
    if " @@ " in field:
        s, ctx = field.split(" @@ ", 1)
        return s.strip(), ctx.strip()
    return field.strip(), None


def locate_in_ctx(text, s, ctx, what):
    c = occurrences(text, ctx)
    assert len(c) == 1, f"{what}: context {ctx!r} found {len(c)} times"
    o = occurrences(text, s, c[0], c[0] + len(ctx))
    assert len(o) == 1, f"{what}: {s!r} found {len(o)} times in context {ctx!r}"
    return o[0]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def gap(a, b):
    if overlaps(a, b):
        return 0
    return b[0] - a[1] if a[1] <= b[0] else a[0] - b[1]


def parse(doc_id, text, ann, curly):
    atts = []
    for ln, line in enumerate(ann.strip().splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split(" || ")]
        assert len(parts) == 4, f"{doc_id}:{ln}: need 4 fields: {line!r}"
        cue_f, src_f, cont_f, typ = parts
        if curly:
            cue_f, src_f, cont_f = curl(cue_f), curl(src_f), curl(cont_f)
        assert typ in TYPES, f"{doc_id}:{ln}: bad type {typ}"
        where = f"{doc_id}:{ln}"
        # content
        frags = []
        pos = 0
        for k, fr in enumerate(cont_f.split(" ## ")):
            s, ctx = split_ctx(fr)
            if ctx:
                st = locate_in_ctx(text, s, ctx, where)
            elif k == 0:
                o = occurrences(text, s)
                assert len(o) == 1, f"{where}: content {s!r} found {len(o)} times"
                st = o[0]
            else:
                o = occurrences(text, s, pos)
                assert o and o[0] - pos < 400, f"{where}: fragment {s!r} not found after {pos}"
                st = o[0]
            frags.append((st, st + len(s)))
            pos = st + len(s)
        cspan = (frags[0][0], frags[-1][1])
        # cue
        s, ctx = split_ctx(cue_f)
        if ctx:
            cst = locate_in_ctx(text, s, ctx, where)
        else:
            cands = [o for o in occurrences(text, s)
                     if not any(overlaps((o, o + len(s)), f) for f in frags)]
            assert cands, f"{where}: cue {s!r} not found"
            cands.sort(key=lambda o: gap((o, o + len(s)), cspan))
            d0 = gap((cands[0], cands[0] + len(s)), cspan)
            assert len(cands) == 1 or gap((cands[1], cands[1] + len(s)), cspan) > d0, \
                f"{where}: cue {s!r} tie"
            assert d0 < 200, f"{where}: cue {s!r} too far ({d0})"
            cst = cands[0]
        cue = (cst, cst + len(s))
        # source
        if src_f == "NULL":
            src = None
        else:
            s, ctx = split_ctx(src_f)
            if ctx:
                sst = locate_in_ctx(text, s, ctx, where)
            else:
                cands = [o for o in occurrences(text, s)
                         if not any(overlaps((o, o + len(s)), f) for f in frags)
                         and not overlaps((o, o + len(s)), cue)]
                assert cands, f"{where}: source {s!r} not found"
                cands.sort(key=lambda o: gap((o, o + len(s)), cue))
                d0 = gap((cands[0], cands[0] + len(s)), cue)
                assert len(cands) == 1 or gap((cands[1], cands[1] + len(s)), cue) > d0, \
                    f"{where}: source {s!r} tie"
                assert d0 < 200, f"{where}: source {s!r} too far ({d0})"
                sst = cands[0]
            src = (sst, sst + len(s))

        def span(a):
            return {"start": a[0], "end": a[1], "text": text[a[0]:a[1]]}

        content = span(cspan)
        if len(frags) > 1:
            content["fragments"] = [[a, b] for a, b in frags]
        rec = {"cue": span(cue), "source": span(src) if src else None,
               "content": content, "source_type": typ}
        atts.append(rec)
    atts.sort(key=lambda a: a["cue"]["start"])
    cues = [(a["cue"]["start"], a["cue"]["end"]) for a in atts]
    for x, y in zip(cues, cues[1:], strict=False):
        assert not overlaps(x, y), f"{doc_id}: two attributions share a cue at {x}"
    return atts


def check_record(r):
    t = r["text"]
    for a in r["attributions"]:
        for k in ("cue", "source", "content"):
            sp = a[k]
            if sp is None:
                continue
            assert t[sp["start"]:sp["end"]] == sp["text"], (r["doc_id"], k, sp)
            assert sp["text"] == sp["text"].strip(), (r["doc_id"], k, sp["text"])
        c = a["content"]
        assert not c["text"].lower().startswith("that "), (r["doc_id"], c["text"])
        if c["text"].endswith("."):
            assert c["text"].endswith(('."', '.\u201d')), (r["doc_id"], c["text"])
        if "fragments" in c:
            fr = c["fragments"]
            assert fr[0][0] == c["start"] and fr[-1][1] == c["end"]
            for (_s1, e1), (s2, _e2) in zip(fr, fr[1:], strict=False):
                assert e1 <= s2
        # cue and source do not overlap content fragments
        frs = c.get("fragments", [[c["start"], c["end"]]])
        for k in ("cue", "source"):
            sp = a[k]
            if sp:
                assert not any(overlaps((sp["start"], sp["end"]), f) for f in frs), (r["doc_id"], k)


def build():
    recs = []
    for i, (doc_id, curly, text, ann) in enumerate(ARTICLES):
        if curly:
            text = curl(text)
            assert '"' not in text and "'" not in text, doc_id
            assert "\u201c" in text and "\u201d" in text, doc_id
        else:
            assert not any(ch in text for ch in "\u201c\u201d\u2018\u2019"), doc_id
            assert '"' in text, doc_id
        # first half straight, second half curly
        assert curly == (i >= len(ARTICLES) // 2), doc_id
        head, sep, body = text.partition("\n\n")
        assert sep and "\n" not in head, doc_id
        nwords = len(text.split())
        assert 500 <= nwords <= 700, (doc_id, nwords)
        atts = parse(doc_id, text, ann, curly)
        assert 14 <= len(atts) <= 22, (doc_id, len(atts))
        rec = {"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts}
        check_record(rec)
        recs.append(rec)
    assert len(recs) == 10
    return recs


def review(recs):
    """Print every attribution in context: [cue] {source} <content>."""
    for r in recs:
        t = r["text"]
        print("=" * 30, r["doc_id"], len(t.split()), "words,", len(r["attributions"]), "atts")
        for a in r["attributions"]:
            marks = [(a["cue"]["start"], "["), (a["cue"]["end"], "]")]
            if a["source"]:
                marks += [(a["source"]["start"], "{"), (a["source"]["end"], "}")]
            for s, e in a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]]):
                marks += [(s, "<"), (e, ">")]
            lo = min(m[0] for m in marks)
            hi = max(m[0] for m in marks)
            out = t[max(0, lo - 30):lo]
            pos = lo
            for p, m in sorted(marks, key=lambda x: (x[0], x[1] in "]}>" and 0 or 1)):
                out += t[pos:p] + m
                pos = p
            out += t[pos:hi + 20]
            print(f"  {a['source_type']:12s} | " + out.replace("\n", " / "))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind43.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
