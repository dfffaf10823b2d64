#!/usr/bin/env python3
"""Build ``blind33.jsonl``: the thirty-third batch of blind test articles (session 16).

12 invented 2016 stories built on unnamed sources (leaks, investigations, campaign turmoil,
national security) with reasons for anonymity and later pronouns and descriptions taking the
sources up, written and annotated by a helper session that never read claimtrace's code, tests
or data; see NOTES.md. Scored on arrival, then read for errors.

Usage: ``python data/gold/blind33/build_blind33.py [--check]`` (``--check``: exit 1 if
blind33.jsonl is stale).

The helper's own notes on the format follow.

Blind test set 33: invented 2016-style political news resting on unnamed sources.

Stdlib only. Article texts and hand annotations live below; every character offset is
COMPUTED from the text and checked (text[start:end] == span text).

Annotation line format (one attribution per line):

    CUE || SOURCE || CONTENT || TYPE

* CONTENT: the content string; a quote split by its cue is written as
  FRAGMENT1 ## FRAGMENT2 (each later fragment is searched after the previous one).
  Each content fragment must occur exactly once in the article unless a context is given.
* CUE: located at the occurrence nearest to the content (0 distance when it sits between
  fragments), never overlapping the content.
* SOURCE: located at the occurrence nearest to the cue, never overlapping cue or content;
  NULL when the article gives no source.
* Any of the three may be written  STRING@@CONTEXT : CONTEXT must occur exactly once in the
  article, and STRING is taken at its first occurrence inside CONTEXT.
* Cue, source and content must lie in the same paragraph (checked).
* TYPE: named_person | named_org | media | document | anonymous | unknown
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
CURLY = "\u201c\u201d\u2018\u2019"

ARTICLES = []


def A(doc_id, text, ann):
    ARTICLES.append((doc_id, text.strip("\n"), ann))


# ---------------------------------------------------------------- straight quotes: i01-i06

A("i01", """
F.B.I. Agents Pressed for Wider Review of Clinton Aide's Emails

Agents in the F.B.I.'s New York field office pushed this summer to widen a review of emails sent by a longtime aide to Hillary Clinton, but were rebuffed by senior officials in Washington, according to three people familiar with the discussions.

The people, who spoke on condition of anonymity because the matter remains under review, said the agents believed the messages could shed light on how classified material reached a private server.

One of them said the request was discussed at a meeting in late July that included the bureau's deputy director, Andrew McCabe. "There was real frustration in New York," the person said. "People felt they had been told to stand down."

Justice Department officials have privately argued that the emails contain little that investigators have not already seen, according to two of the people.

A spokeswoman for the F.B.I., Nadia Whitlock, said the bureau does not discuss the details of its investigations. She added that "decisions about the scope of any inquiry are made on the facts and the law, not on anyone's frustrations."

"This is a rehash of anonymous grievances that the bureau itself has already rejected," said Brian Fallon, a spokesman for the Clinton campaign. Mr. Fallon said Mrs. Clinton had "answered every question" about the emails and that voters had "long since moved on."

The Wall Street Journal reported last month that the New York office had sought the wider review in July.

Representative Jason Chaffetz of Utah, the chairman of the House Oversight Committee, said in a statement that he would ask the bureau to brief his panel "as soon as possible."

"If agents on the ground believe something was buried, the American people deserve to know what it is," Mr. Chaffetz said.

A former senior Justice Department official who has spoken with people involved in the review said the disagreement reflected ordinary friction between field agents and headquarters. "Field offices always want to go further," the former official said. "That's their job."
""", """
according to || three people familiar with the discussions || Agents in the F.B.I.'s New York field office pushed this summer to widen a review of emails sent by a longtime aide to Hillary Clinton, but were rebuffed by senior officials in Washington || anonymous
said || The people || the agents believed the messages could shed light on how classified material reached a private server || anonymous
said || One of them || the request was discussed at a meeting in late July that included the bureau's deputy director, Andrew McCabe || anonymous
said || the person || "There was real frustration in New York," ## "People felt they had been told to stand down." || anonymous
according to || two of the people || Justice Department officials have privately argued that the emails contain little that investigators have not already seen || anonymous
said || A spokeswoman for the F.B.I., Nadia Whitlock || the bureau does not discuss the details of its investigations || named_person
added || She || "decisions about the scope of any inquiry are made on the facts and the law, not on anyone's frustrations." || named_person
said || Brian Fallon, a spokesman for the Clinton campaign || "This is a rehash of anonymous grievances that the bureau itself has already rejected," || named_person
said || Mr. Fallon || Mrs. Clinton had "answered every question" about the emails and that voters had "long since moved on." || named_person
reported || The Wall Street Journal || the New York office had sought the wider review in July || media
said || Representative Jason Chaffetz of Utah, the chairman of the House Oversight Committee || he would ask the bureau to brief his panel "as soon as possible." || named_person
said || Mr. Chaffetz || "If agents on the ground believe something was buried, the American people deserve to know what it is," || named_person
said || A former senior Justice Department official who has spoken with people involved in the review || the disagreement reflected ordinary friction between field agents and headquarters || anonymous
said || the former official || "Field offices always want to go further," ## "That's their job." || anonymous
""")

A("i02", """
Inside Trump Tower, a Fight Over How to Prepare for the Debates

Donald J. Trump's advisers are divided over how much time the Republican nominee should spend rehearsing for his first debate with Hillary Clinton, with some urging formal mock sessions and others warning that too much practice would blunt his instincts, according to four current and former aides.

The aides, who spoke on condition of anonymity because they were not authorized to discuss internal deliberations, said the disagreement had come to a head in a series of tense meetings at Trump Tower over the past two weeks.

Kellyanne Conway, the campaign manager, has pushed for at least three full-length mock debates, one aide said. Others, including Roger Ailes, the former Fox News chairman who has been informally advising Mr. Trump, believe the candidate performs best when he is unscripted.

"He's at his best when he's talking to people, not reciting lines," said one adviser who has attended the sessions. The adviser said Mr. Trump had grown impatient during a practice session last week and left after about 40 minutes.

Ms. Conway said the account was wrong. "Mr. Trump is preparing every single day, and he is going to be ready," she said in an interview. "The people telling stories to reporters are not in the room."

The New York Times reported on Sunday that Mr. Trump had skipped a scheduled session to play golf at his club in Bedminster, New Jersey. Jason Miller, a senior communications adviser, said the report was "totally false" and that Mr. Trump had spent that afternoon "reviewing policy with his team." The campaign said in a statement that Mr. Trump would hold "several" practice sessions before the debate.

Mrs. Clinton's campaign, by contrast, has been holding mock debates for weeks, with her longtime aide Philippe Reines playing Mr. Trump, according to a person briefed on the preparations.

Some Republican strategists worry that the split reflects a deeper problem. "There is nobody who can tell him no," said a Republican operative who worked on a rival primary campaign and remains in touch with Trump aides.

A CNN/ORC poll released Monday found that 53 percent of voters expect Mrs. Clinton to win the first debate.
""", """
according to || four current and former aides || Donald J. Trump's advisers are divided over how much time the Republican nominee should spend rehearsing for his first debate with Hillary Clinton, with some urging formal mock sessions and others warning that too much practice would blunt his instincts || anonymous
said || The aides || the disagreement had come to a head in a series of tense meetings at Trump Tower over the past two weeks || anonymous
said || one aide || Kellyanne Conway, the campaign manager, has pushed for at least three full-length mock debates || anonymous
believe || Others, including Roger Ailes, the former Fox News chairman who has been informally advising Mr. Trump || the candidate performs best when he is unscripted || named_person
said || one adviser who has attended the sessions || "He's at his best when he's talking to people, not reciting lines," || anonymous
said || The adviser || Mr. Trump had grown impatient during a practice session last week and left after about 40 minutes || anonymous
said || Ms. Conway || the account was wrong || named_person
said || she || "Mr. Trump is preparing every single day, and he is going to be ready," ## "The people telling stories to reporters are not in the room." || named_person
reported || The New York Times || Mr. Trump had skipped a scheduled session to play golf at his club in Bedminster, New Jersey || media
said || Jason Miller, a senior communications adviser || the report was "totally false" and that Mr. Trump had spent that afternoon "reviewing policy with his team." || named_person
said || The campaign || Mr. Trump would hold "several" practice sessions before the debate || named_org
according to || a person briefed on the preparations || Mrs. Clinton's campaign, by contrast, has been holding mock debates for weeks, with her longtime aide Philippe Reines playing Mr. Trump || anonymous
worry || Some Republican strategists || the split reflects a deeper problem || anonymous
said || a Republican operative who worked on a rival primary campaign and remains in touch with Trump aides || "There is nobody who can tell him no," || anonymous
found || A CNN/ORC poll released Monday || 53 percent of voters expect Mrs. Clinton to win the first debate || document
""")

A("i03", """
White House Weighs How to Respond to Hack of Democrats

The Obama administration is debating whether to publicly accuse Russia of directing the theft of emails from the Democratic National Committee, a step that would escalate tensions with Moscow weeks before the election, according to several current and former officials.

Intelligence agencies have concluded with "high confidence" that two groups tied to Russian intelligence services were behind the intrusion, three officials said, speaking on condition of anonymity because the assessment is classified. But some officials at the State Department worry that naming Moscow could complicate negotiations over a cease-fire in Syria, one of the officials said.

The White House press secretary, Josh Earnest, told reporters on Tuesday that the president "has made clear that there will be consequences" for any foreign attempt to interfere in American elections. "We are not going to get ahead of the investigators," Mr. Earnest said.

Officials said the debate had intensified after WikiLeaks released nearly 20,000 committee emails in July, on the eve of the Democratic convention.

The Washington Post reported last week that the F.B.I. had briefed congressional leaders on the findings in closed sessions.

Senator Harry Reid of Nevada, the Democratic leader, has been among the loudest voices on the issue. In a letter to the F.B.I. director, James B. Comey, Mr. Reid wrote that Russia's meddling "may be far broader than the public has been told." The Democratic National Committee said in a statement that it had "taken every step" to secure its systems since the breach.

A Kremlin spokesman, Dmitri S. Peskov, has called the accusations "absurd."

Republicans on the House Intelligence Committee have questioned whether the evidence is strong enough to name Russia publicly, according to a congressional aide familiar with the briefings.

One former official said the hesitation was understandable. "Once you attribute, you own the response," he said. "And there is no good response."

Donald J. Trump, the Republican nominee, said in an interview with Fox News on Monday that "nobody knows" who was behind the hack and that it "could be anybody, frankly."
""", """
according to || several current and former officials || The Obama administration is debating whether to publicly accuse Russia of directing the theft of emails from the Democratic National Committee, a step that would escalate tensions with Moscow weeks before the election || anonymous
said || three officials || Intelligence agencies have concluded with "high confidence" that two groups tied to Russian intelligence services were behind the intrusion || anonymous
said || one of the officials || some officials at the State Department worry that naming Moscow could complicate negotiations over a cease-fire in Syria || anonymous
told || The White House press secretary, Josh Earnest || the president "has made clear that there will be consequences" for any foreign attempt to interfere in American elections || named_person
said || Mr. Earnest || "We are not going to get ahead of the investigators," || named_person
said || Officials || the debate had intensified after WikiLeaks released nearly 20,000 committee emails in July, on the eve of the Democratic convention || anonymous
reported || The Washington Post || the F.B.I. had briefed congressional leaders on the findings in closed sessions || media
wrote || Mr. Reid || Russia's meddling "may be far broader than the public has been told." || named_person
said || The Democratic National Committee || it had "taken every step" to secure its systems since the breach || named_org
has called || A Kremlin spokesman, Dmitri S. Peskov || the accusations "absurd." || named_person
according to || a congressional aide familiar with the briefings || Republicans on the House Intelligence Committee have questioned whether the evidence is strong enough to name Russia publicly || anonymous
said || One former official || the hesitation was understandable || anonymous
said || he || "Once you attribute, you own the response," ## "And there is no good response." || anonymous
said || Donald J. Trump, the Republican nominee || "nobody knows" who was behind the hack and that it "could be anybody, frankly." || named_person
""")

A("i04", """
Conservatives Privately Weigh a Challenge to Ryan

A group of conservative House Republicans has begun discussing whether to challenge Speaker Paul D. Ryan's re-election to the post in January, according to three members of the House Freedom Caucus and two senior aides.

The lawmakers, who spoke on condition of anonymity to describe private conversations, said the talks were preliminary and that no candidate had agreed to run. "Nobody is measuring the drapes," one of them said. "But people are angry, and they want to know where he was when it mattered."

Mr. Ryan's decision last month to stop campaigning with Donald J. Trump infuriated many of the nominee's supporters in the conference, the aides said. Several members believe the speaker should have forced a vote on the caucus's demands before the August recess, one aide added.

Representative Mark Meadows of North Carolina, the caucus chairman, said on Wednesday that he had "no interest" in the job and that he expected Mr. Ryan to be re-elected. "We have had frank conversations, and we will keep having them," Mr. Meadows told reporters outside the Capitol.

A spokeswoman for Mr. Ryan, AshLee Strong, said the speaker was "focused on keeping the majority" and would not "get distracted by anonymous chatter."

Politico first reported the discussions on Tuesday evening.

Mr. Ryan's allies say he remains secure. Representative Tom Cole of Oklahoma, a close ally of the speaker, said the dissidents lacked the votes. "They can talk all they want," he said. "At the end of the day, Paul will have more than 200 votes in the conference."

Mr. Ryan has told friends he is weighing whether he still wants the job, according to a person close to the speaker.

Under House rules, a candidate for speaker needs a majority of the full House, typically 218 votes, on the floor in January.

A Gallup survey released this month found that Congress's approval rating stood at 18 percent.
""", """
according to || three members of the House Freedom Caucus and two senior aides || A group of conservative House Republicans has begun discussing whether to challenge Speaker Paul D. Ryan's re-election to the post in January || anonymous
said || The lawmakers || the talks were preliminary and that no candidate had agreed to run || anonymous
said || one of them || "Nobody is measuring the drapes," ## "But people are angry, and they want to know where he was when it mattered." || anonymous
said || the aides || Mr. Ryan's decision last month to stop campaigning with Donald J. Trump infuriated many of the nominee's supporters in the conference || anonymous
added || one aide || Several members believe the speaker should have forced a vote on the caucus's demands before the August recess || anonymous
said || Representative Mark Meadows of North Carolina, the caucus chairman || he had "no interest" in the job and that he expected Mr. Ryan to be re-elected || named_person
told || Mr. Meadows || "We have had frank conversations, and we will keep having them," || named_person
said || A spokeswoman for Mr. Ryan, AshLee Strong || the speaker was "focused on keeping the majority" and would not "get distracted by anonymous chatter." || named_person
first reported || Politico || the discussions || media
say || Mr. Ryan's allies || he remains secure || anonymous
said || Representative Tom Cole of Oklahoma, a close ally of the speaker || the dissidents lacked the votes || named_person
said || he || "They can talk all they want," ## "At the end of the day, Paul will have more than 200 votes in the conference." || named_person
according to || a person close to the speaker || Mr. Ryan has told friends he is weighing whether he still wants the job || anonymous
found || A Gallup survey released this month || Congress's approval rating stood at 18 percent || document
""")

A("i05", """
Grand Jury Hears From Aides to Ohio Senate Leader

A federal grand jury in Columbus has heard testimony from at least three aides to the leader of the Ohio Senate, Dale Hofmeister, as prosecutors examine whether state contracts were steered to his campaign donors, according to people with knowledge of the inquiry.

The people spoke on the condition of anonymity because grand jury proceedings are secret. One person said prosecutors had subpoenaed records from the Ohio Department of Transportation covering contracts awarded between 2013 and 2015.

Mr. Hofmeister, a Republican from Findlay, has not been charged with any crime. In a statement on Thursday, his lawyer, Gregory Pace, said his client had "cooperated fully" and was "confident that the facts will show nothing improper occurred." "Senator Hofmeister has spent twenty years serving the people of this state, and he looks forward to continuing to do so," the statement said.

The Columbus Dispatch reported in May that the F.B.I. had interviewed a former transportation official about a $14 million paving contract awarded to a company whose executives gave heavily to Mr. Hofmeister's campaign.

A spokesman for the United States attorney's office in Columbus declined to comment.

The Senate Democratic caucus called for Mr. Hofmeister to step aside as leader while the investigation continues. "The people of Ohio deserve a leader who is not spending his days talking to prosecutors," said State Senator Joe Schiavoni, the minority leader.

Two Republican senators said in interviews that they had privately wondered whether Mr. Hofmeister should give up his leadership post, though both said they would continue to support him for now. "Nobody wants to be the first one to say it out loud," one of the senators said.

Governor John Kasich, asked about the inquiry at an event in Dayton, said he had "full confidence in the process" and would not "prejudge anybody." A person close to the governor said Mr. Kasich had been irritated to learn of the subpoenas from news reports rather than from his own administration.
""", """
according to || people with knowledge of the inquiry || A federal grand jury in Columbus has heard testimony from at least three aides to the leader of the Ohio Senate, Dale Hofmeister, as prosecutors examine whether state contracts were steered to his campaign donors || anonymous
said || One person || prosecutors had subpoenaed records from the Ohio Department of Transportation covering contracts awarded between 2013 and 2015 || anonymous
said || his lawyer, Gregory Pace || his client had "cooperated fully" and was "confident that the facts will show nothing improper occurred." || named_person
said || the statement || "Senator Hofmeister has spent twenty years serving the people of this state, and he looks forward to continuing to do so," || document
reported || The Columbus Dispatch || the F.B.I. had interviewed a former transportation official about a $14 million paving contract awarded to a company whose executives gave heavily to Mr. Hofmeister's campaign || media
called for || The Senate Democratic caucus || Mr. Hofmeister to step aside as leader while the investigation continues || named_org
said || State Senator Joe Schiavoni, the minority leader || "The people of Ohio deserve a leader who is not spending his days talking to prosecutors," || named_person
said@@senators said in interviews || Two Republican senators || they had privately wondered whether Mr. Hofmeister should give up his leadership post || anonymous
said || both || they would continue to support him for now || anonymous
said || one of the senators || "Nobody wants to be the first one to say it out loud," || anonymous
said || Governor John Kasich || he had "full confidence in the process" and would not "prejudge anybody." || named_person
said || A person close to the governor || Mr. Kasich had been irritated to learn of the subpoenas from news reports rather than from his own administration || anonymous
""")

A("i06", """
White House Narrows Court List as McConnell Holds Firm

President Obama has narrowed his list of potential Supreme Court nominees to three federal appeals court judges and could announce his choice as early as next week, according to two people familiar with the selection process.

The three are Merrick B. Garland and Sri Srinivasan of the United States Court of Appeals for the District of Columbia Circuit, and Paul J. Watford of the Ninth Circuit, the people said. They spoke on the condition of anonymity because the president has not made a final decision.

White House officials have told Senate Democrats that Mr. Obama wants a nominee whose record would make Republican opposition look purely political, according to one of the people.

The White House press secretary, Josh Earnest, said on Thursday that the president was "taking this responsibility very seriously" and had not settled on a name. It was announced later that Mr. Obama would meet with Senate leaders of both parties at the White House next Tuesday.

Senator Mitch McConnell of Kentucky, the majority leader, reiterated that the Senate would not hold hearings on any nominee until after the election. "This is a decision for the next president, and the voters will choose that president," Mr. McConnell said on the Senate floor.

Some Republican senators facing difficult re-election races have privately expressed discomfort with that strategy, according to aides to three of them. Senator Mark Kirk of Illinois has said he would meet with any nominee.

The Judiciary Committee chairman, Senator Charles E. Grassley of Iowa, told reporters in a conference call that his position "has not changed and will not change."

A new Pew Research Center poll found that 56 percent of Americans believe the Senate should hold hearings on Mr. Obama's nominee.

Senator Harry Reid of Nevada, the minority leader, said Democrats would hold "a hearing of our own" if the committee refused to act. One Democratic aide said the party's leaders believe public pressure will eventually force Republicans to relent. "They can hold out for a while," the aide said. "Not for ten months."
""", """
according to || two people familiar with the selection process || President Obama has narrowed his list of potential Supreme Court nominees to three federal appeals court judges and could announce his choice as early as next week || anonymous
said || the people || The three are Merrick B. Garland and Sri Srinivasan of the United States Court of Appeals for the District of Columbia Circuit, and Paul J. Watford of the Ninth Circuit || anonymous
according to || one of the people || White House officials have told Senate Democrats that Mr. Obama wants a nominee whose record would make Republican opposition look purely political || anonymous
said || The White House press secretary, Josh Earnest || the president was "taking this responsibility very seriously" and had not settled on a name || named_person
was announced || NULL || Mr. Obama would meet with Senate leaders of both parties at the White House next Tuesday || unknown
reiterated || Senator Mitch McConnell of Kentucky, the majority leader || the Senate would not hold hearings on any nominee until after the election || named_person
said || Mr. McConnell || "This is a decision for the next president, and the voters will choose that president," || named_person
according to || aides to three of them || Some Republican senators facing difficult re-election races have privately expressed discomfort with that strategy || anonymous
has said || Senator Mark Kirk of Illinois || he would meet with any nominee || named_person
told || The Judiciary Committee chairman, Senator Charles E. Grassley of Iowa || his position "has not changed and will not change." || named_person
found || A new Pew Research Center poll || 56 percent of Americans believe the Senate should hold hearings on Mr. Obama's nominee || document
said || Senator Harry Reid of Nevada, the minority leader || Democrats would hold "a hearing of our own" if the committee refused to act || named_person
said || One Democratic aide || the party's leaders believe public pressure will eventually force Republicans to relent || anonymous
said || the aide || "They can hold out for a while," ## "Not for ten months." || anonymous
""")

# ---------------------------------------------------------------- curly quotes: i07-i12

A("i07", """
Dispute Over Comey Letter Reached Top of Justice Dept.

Senior Justice Department officials warned the F.B.I. director, James B. Comey, that informing Congress of newly discovered emails so close to the election would break with long-standing policy, but Mr. Comey sent the letter anyway, according to three officials familiar with the exchange.

The officials, who spoke on the condition of anonymity because they were not authorized to discuss internal communications, said the warnings were delivered by telephone on Thursday to Mr. Comey’s chief of staff. Mr. Comey believed he had an obligation to update lawmakers before they learned of the emails from other sources, one of the officials said.

In an email to bureau employees obtained by The New York Times, Mr. Comey wrote that the decision had been “the hardest of my career” and that he understood “reasonable people will disagree with it.”

The Clinton campaign chairman, John D. Podesta, called the letter “a political grenade lobbed into the last days of a campaign.” “The director owes the public the full facts, not a vague hint,” Mr. Podesta told reporters on the campaign plane.

Donald J. Trump, speaking at a rally in New Hampshire, said the bureau had “finally stood up and done the right thing.”

A spokeswoman for the Justice Department, Dana Ostrowski, said the department would not comment on “internal deliberations.”

Some current and former prosecutors said the letter violated a department guideline that discourages public steps that could affect an election. “You don’t do this eleven days out. Period,” said a former senior department official who served in both Republican and Democratic administrations.

Larry D. Thompson, a deputy attorney general under President George W. Bush, said Mr. Comey had been “put in an impossible position.”

The emails were found on a laptop used by Anthony D. Weiner, the estranged husband of the Clinton aide Huma Abedin, people briefed on the case said. Investigators have not yet determined whether any of the messages are new or contain classified information, according to one of the officials.
""", """
according to || three officials familiar with the exchange || Senior Justice Department officials warned the F.B.I. director, James B. Comey, that informing Congress of newly discovered emails so close to the election would break with long-standing policy, but Mr. Comey sent the letter anyway || anonymous
said || The officials || the warnings were delivered by telephone on Thursday to Mr. Comey’s chief of staff || anonymous
said || one of the officials || Mr. Comey believed he had an obligation to update lawmakers before they learned of the emails from other sources || anonymous
wrote || Mr. Comey || the decision had been “the hardest of my career” and that he understood “reasonable people will disagree with it.” || named_person
called || The Clinton campaign chairman, John D. Podesta || the letter “a political grenade lobbed into the last days of a campaign.” || named_person
told || Mr. Podesta || “The director owes the public the full facts, not a vague hint,” || named_person
said || Donald J. Trump || the bureau had “finally stood up and done the right thing.” || named_person
said || A spokeswoman for the Justice Department, Dana Ostrowski || the department would not comment on “internal deliberations.” || named_person
said || Some current and former prosecutors || the letter violated a department guideline that discourages public steps that could affect an election || anonymous
said || a former senior department official who served in both Republican and Democratic administrations || “You don’t do this eleven days out. Period,” || anonymous
said || Larry D. Thompson, a deputy attorney general under President George W. Bush || Mr. Comey had been “put in an impossible position.” || named_person
said || people briefed on the case || The emails were found on a laptop used by Anthony D. Weiner, the estranged husband of the Clinton aide Huma Abedin || anonymous
according to || one of the officials || Investigators have not yet determined whether any of the messages are new or contain classified information || anonymous
""")

A("i08", """
After Michigan Upset, Clinton Aides Point Fingers

Hillary Clinton’s unexpected loss to Senator Bernie Sanders in the Michigan primary has set off a round of recriminations inside her campaign, with some aides faulting the Brooklyn headquarters for pulling organizers out of the state too early, according to five people involved in the campaign.

The people spoke on the condition of anonymity to discuss internal disagreements candidly. Two of them said the campaign manager, Robby Mook, had overruled staff members in Detroit who wanted to keep paid canvassers in Flint and Dearborn through the final weekend. “We were flying blind on turnout,” one of them said. “The models told us it was over.”

In a memo to senior staff obtained by The Washington Post, Mr. Mook wrote that the campaign had “underestimated the energy” behind Mr. Sanders among younger voters and independents. The memo said the campaign would shift resources to Ohio and Illinois ahead of next Tuesday’s primaries.

The campaign’s chief strategist, Joel Benenson, said in an interview that nobody in Brooklyn had been “complacent for a single day.” “We lost a close race in a state where the polls were wrong,” Mr. Benenson said. “That happens.”

A Monmouth University poll released the week before the vote showed Mrs. Clinton leading by 13 points.

Mr. Sanders’s aides believe the result proves he can compete across the industrial Midwest. His campaign manager, Jeff Weaver, told reporters in Miami that the victory was “a game changer” and that the campaign would compete “in every state, all the way to the convention.” The Sanders campaign announced on Thursday that it would open 10 new offices in Illinois.

A senior Democratic official who is neutral in the race said the finger-pointing inside the Clinton campaign was “overblown but not imaginary.”

Mrs. Clinton spoke at a rally in Cleveland on Wednesday. “I’m not going to pretend it didn’t sting,” she told supporters. “But we are going to work for every vote.”
""", """
according to || five people involved in the campaign || Hillary Clinton’s unexpected loss to Senator Bernie Sanders in the Michigan primary has set off a round of recriminations inside her campaign, with some aides faulting the Brooklyn headquarters for pulling organizers out of the state too early || anonymous
said || Two of them || the campaign manager, Robby Mook, had overruled staff members in Detroit who wanted to keep paid canvassers in Flint and Dearborn through the final weekend || anonymous
said || one of them || “We were flying blind on turnout,” ## “The models told us it was over.” || anonymous
wrote || Mr. Mook || the campaign had “underestimated the energy” behind Mr. Sanders among younger voters and independents || named_person
said || The memo || the campaign would shift resources to Ohio and Illinois ahead of next Tuesday’s primaries || document
said || The campaign’s chief strategist, Joel Benenson || nobody in Brooklyn had been “complacent for a single day.” || named_person
said || Mr. Benenson || “We lost a close race in a state where the polls were wrong,” ## “That happens.” || named_person
showed || A Monmouth University poll released the week before the vote || Mrs. Clinton leading by 13 points || document
believe || Mr. Sanders’s aides || the result proves he can compete across the industrial Midwest || anonymous
told || His campaign manager, Jeff Weaver || the victory was “a game changer” and that the campaign would compete “in every state, all the way to the convention.” || named_person
announced || The Sanders campaign || it would open 10 new offices in Illinois || named_org
said || A senior Democratic official who is neutral in the race || the finger-pointing inside the Clinton campaign was “overblown but not imaginary.” || anonymous
told || she || “I’m not going to pretend it didn’t sting,” ## “But we are going to work for every vote.” || named_person
""")

A("i09", """
R.N.C. Came Close to Shifting Money Away From Trump

Senior officials at the Republican National Committee discussed last weekend whether to redirect money and staff from Donald J. Trump’s campaign to embattled Senate candidates, according to two people who took part in the conversations.

The committee’s chairman, Reince Priebus, ultimately decided against the move, the people said, after concluding that it would deepen a rift with the party’s base. Both spoke on the condition of anonymity because the discussions were private.

Mr. Priebus told members of the committee in a conference call on Monday that the party remained “fully committed” to Mr. Trump, according to a recording of the call reviewed by The New York Times.

Sean Spicer, the committee’s chief strategist, said in an interview that “there was never any plan” to abandon the nominee. “People are entitled to have conversations. That’s not a decision,” Mr. Spicer said.

But a third person, a committee member from a Western state, said several members had wanted Mr. Priebus to act before early voting began. “The math is the math,” the committee member said. “We have a Senate to save.”

Mr. Trump, campaigning in Florida, said party leaders were “trying to undermine” him. He wrote on Twitter that he did not “need the help of people who run away at the first sign of a fight.”

Politico reported on Sunday that several R.N.C. staff members had begun preparing for a possible shift. Mr. Spicer said the Politico report was “flat wrong.”

Some Republican donors, meanwhile, have threatened to withhold further contributions unless the committee shifts money to Senate races, according to one of the people.

A Quinnipiac University poll released Tuesday showed Mr. Trump trailing Hillary Clinton by seven points nationally.
""", """
according to || two people who took part in the conversations || Senior officials at the Republican National Committee discussed last weekend whether to redirect money and staff from Donald J. Trump’s campaign to embattled Senate candidates || anonymous
said || the people || The committee’s chairman, Reince Priebus, ultimately decided against the move ## after concluding that it would deepen a rift with the party’s base || anonymous
according to || a recording of the call reviewed by The New York Times || Mr. Priebus told members of the committee in a conference call on Monday that the party remained “fully committed” to Mr. Trump || document
said || Sean Spicer, the committee’s chief strategist || “there was never any plan” to abandon the nominee || named_person
said || Mr. Spicer@@Mr. Spicer said. || “People are entitled to have conversations. That’s not a decision,” || named_person
said || a third person, a committee member from a Western state || several members had wanted Mr. Priebus to act before early voting began || anonymous
said || the committee member || “The math is the math,” ## “We have a Senate to save.” || anonymous
said || Mr. Trump || party leaders were “trying to undermine” him || named_person
wrote || He || he did not “need the help of people who run away at the first sign of a fight.” || named_person
reported || Politico || several R.N.C. staff members had begun preparing for a possible shift || media
said || Mr. Spicer@@Mr. Spicer said the Politico || the Politico report was “flat wrong.” || named_person
according to || one of the people || Some Republican donors, meanwhile, have threatened to withhold further contributions unless the committee shifts money to Senate races || anonymous
showed || A Quinnipiac University poll released Tuesday || Mr. Trump trailing Hillary Clinton by seven points nationally || document
""")

A("i10", """
Pentagon Opens Inquiry Into Leak of Syria Options

The Pentagon has opened an internal investigation into the disclosure of classified military options for Syria that were presented to President Obama last month, according to two defense officials.

The officials, who were not authorized to speak publicly about the inquiry, said it was being run by the Defense Department’s inspector general and had so far focused on civilians in the office of the under secretary for policy.

The Wall Street Journal reported this month that the options included a proposal to strike Syrian government airfields with cruise missiles.

The Pentagon press secretary, Peter Cook, said on Wednesday that Defense Secretary Ashton B. Carter was “deeply troubled” by the disclosure. “Leaks of this kind put lives at risk,” Mr. Cook told reporters. “We will follow this wherever it leads.”

Mr. Carter has told aides he suspects the information came from someone who opposed the airstrikes, according to a senior official who has discussed the matter with him. The official said the secretary was frustrated that the leak had come while the administration was still weighing its response to the siege of Aleppo.

Ned Price, a spokesman for the National Security Council, said the administration “takes the protection of classified information extremely seriously” but declined to discuss the investigation. The Justice Department said it had not yet received a referral in the case.

Senator John McCain of Arizona, the chairman of the Armed Services Committee, said in a statement that the disclosure showed “an administration at war with itself over Syria.”

Several current and former officials said the options had circulated widely among agencies for weeks, making it difficult to identify the source. “Dozens of people had this,” one former official said. “Maybe more.”

A 2015 report by the inspector general found that the department had referred fewer than a dozen leak cases to the Justice Department in five years.
""", """
according to || two defense officials || The Pentagon has opened an internal investigation into the disclosure of classified military options for Syria that were presented to President Obama last month || anonymous
said || The officials || it was being run by the Defense Department’s inspector general and had so far focused on civilians in the office of the under secretary for policy || anonymous
reported || The Wall Street Journal || the options included a proposal to strike Syrian government airfields with cruise missiles || media
said || The Pentagon press secretary, Peter Cook || Defense Secretary Ashton B. Carter was “deeply troubled” by the disclosure || named_person
told || Mr. Cook || “Leaks of this kind put lives at risk,” ## “We will follow this wherever it leads.” || named_person
according to || a senior official who has discussed the matter with him || Mr. Carter has told aides he suspects the information came from someone who opposed the airstrikes || anonymous
said || The official || the secretary was frustrated that the leak had come while the administration was still weighing its response to the siege of Aleppo || anonymous
said || Ned Price, a spokesman for the National Security Council || the administration “takes the protection of classified information extremely seriously” || named_person
said || The Justice Department || it had not yet received a referral in the case || named_org
said || Senator John McCain of Arizona, the chairman of the Armed Services Committee || the disclosure showed “an administration at war with itself over Syria.” || named_person
said || Several current and former officials || the options had circulated widely among agencies for weeks, making it difficult to identify the source || anonymous
said || one former official || “Dozens of people had this,” ## “Maybe more.” || anonymous
found || A 2015 report by the inspector general || the department had referred fewer than a dozen leak cases to the Justice Department in five years || document
""")

A("i11", """
Trump Wavered on Pence Until the Final Hours

Donald J. Trump expressed second thoughts about choosing Gov. Mike Pence of Indiana as his running mate late Wednesday night, hours after his campaign had begun informing Republican officials of the pick, according to three people briefed on the discussions.

Mr. Trump held a late meeting with senior advisers at Trump Tower and spoke by telephone with Chris Christie, the governor of New Jersey, the people said. They spoke on the condition of anonymity because they were not authorized to discuss private conversations with the candidate.

Paul Manafort, the campaign chairman, told MSNBC on Thursday morning that Mr. Trump had “made his decision” and was “very happy” with it. On Friday, Mr. Trump wrote on Twitter that he was “thrilled to name” Mr. Pence as his running mate.

One person close to the campaign said Mr. Trump’s hesitation reflected his fondness for Mr. Christie, a friend of more than a decade, rather than doubts about Mr. Pence. “He likes Chris. He trusts Chris,” this person said. “That’s all it was.”

But another adviser said Mr. Trump’s children, particularly his son-in-law, Jared Kushner, had favored sticking with the Indiana governor.

Mr. Pence’s spokesman, Marc Lotter, said the governor had “never doubted” that he would be the nominee’s choice. The governor told reporters outside the Indiana Statehouse that he was “humbled” and “ready to get to work.”

CNN first reported on Wednesday night that the campaign had sought to revisit the choice.

Some Republican strategists said the episode fed a perception that Mr. Trump struggles to make decisions and stick with them. “This is the biggest personnel decision he will make before November, and he nearly blew it up at midnight,” said Kevin Madden, a Republican strategist who advised Mitt Romney’s 2012 campaign.

A Fox News poll this week found that 61 percent of Republican voters considered Mr. Pence a good choice.
""", """
according to || three people briefed on the discussions || Donald J. Trump expressed second thoughts about choosing Gov. Mike Pence of Indiana as his running mate late Wednesday night, hours after his campaign had begun informing Republican officials of the pick || anonymous
said || the people || Mr. Trump held a late meeting with senior advisers at Trump Tower and spoke by telephone with Chris Christie, the governor of New Jersey || anonymous
told || Paul Manafort, the campaign chairman || Mr. Trump had “made his decision” and was “very happy” with it || named_person
wrote || Mr. Trump@@Mr. Trump wrote || he was “thrilled to name” Mr. Pence as his running mate || named_person
said || One person close to the campaign || Mr. Trump’s hesitation reflected his fondness for Mr. Christie, a friend of more than a decade, rather than doubts about Mr. Pence || anonymous
said || this person || “He likes Chris. He trusts Chris,” ## “That’s all it was.” || anonymous
said || another adviser || Mr. Trump’s children, particularly his son-in-law, Jared Kushner, had favored sticking with the Indiana governor || anonymous
said || Mr. Pence’s spokesman, Marc Lotter || the governor had “never doubted” that he would be the nominee’s choice || named_person
told || The governor || he was “humbled” and “ready to get to work.” || named_person
first reported || CNN || the campaign had sought to revisit the choice || media
said || Some Republican strategists || the episode fed a perception that Mr. Trump struggles to make decisions and stick with them || anonymous
said || Kevin Madden, a Republican strategist who advised Mitt Romney’s 2012 campaign || “This is the biggest personnel decision he will make before November, and he nearly blew it up at midnight,” || named_person
found || A Fox News poll this week || 61 percent of Republican voters considered Mr. Pence a good choice || document
""")

A("i12", """
New York Investigators Widen Review of Trump Charity

Investigators in the New York attorney general’s office have asked the Trump Foundation for records of payments made to settle lawsuits involving Donald J. Trump’s businesses, according to a person with direct knowledge of the request.

The person, who was not authorized to discuss the inquiry publicly, said the request was sent to the foundation’s lawyers two weeks ago.

The attorney general, Eric T. Schneiderman, confirmed last month that his office was examining the foundation but has declined to describe the scope of the inquiry. “Every charity in this state plays by the same rules, whoever’s name is on the door,” Mr. Schneiderman said at a news conference in Albany.

A lawyer for the foundation, Alan Garten, said in a statement that the inquiry was “politically motivated” and that the foundation had “nothing to hide.” The Trump campaign noted that Mr. Schneiderman, a Democrat, has endorsed Hillary Clinton.

The Washington Post reported in September that the foundation had paid legal settlements involving Mr. Trump’s golf clubs. Mr. Trump has said the foundation’s money was used appropriately.

In an interview, one former employee of the foundation said board meetings were rare and that Mr. Trump made most spending decisions himself. “There was no real board. There was Donald,” the former employee said, speaking on the condition of anonymity for fear of legal retaliation.

Tax experts say the payments could expose the foundation to penalties. Marcus Owens, a former head of the Internal Revenue Service’s division overseeing tax-exempt groups, said that if the payments benefited Mr. Trump personally, they would amount to “self-dealing, plain and simple.”
""", """
according to || a person with direct knowledge of the request || Investigators in the New York attorney general’s office have asked the Trump Foundation for records of payments made to settle lawsuits involving Donald J. Trump’s businesses || anonymous
said || The person || the request was sent to the foundation’s lawyers two weeks ago || anonymous
confirmed || The attorney general, Eric T. Schneiderman || his office was examining the foundation || named_person
said || Mr. Schneiderman || “Every charity in this state plays by the same rules, whoever’s name is on the door,” || named_person
said || A lawyer for the foundation, Alan Garten || the inquiry was “politically motivated” and that the foundation had “nothing to hide.” || named_person
noted || The Trump campaign || Mr. Schneiderman, a Democrat, has endorsed Hillary Clinton || named_org
reported || The Washington Post || the foundation had paid legal settlements involving Mr. Trump’s golf clubs || media
has said || Mr. Trump || the foundation’s money was used appropriately || named_person
said || one former employee of the foundation || board meetings were rare and that Mr. Trump made most spending decisions himself || anonymous
said || the former employee || “There was no real board. There was Donald,” || anonymous
say || Tax experts || the payments could expose the foundation to penalties || anonymous
said || Marcus Owens, a former head of the Internal Revenue Service’s division overseeing tax-exempt groups || if the payments benefited Mr. Trump personally, they would amount to “self-dealing, plain and simple.” || named_person
""")


# ---------------------------------------------------------------- machinery

def _occurrences(text, s):
    """All start offsets of s in text, with word boundaries when s starts/ends with a word char."""
    pat = re.escape(s)
    if re.match(r"\w", s):
        pat = r"(?<!\w)" + pat
    if re.search(r"\w$", s):
        pat = pat + r"(?!\w)"
    return [m.start() for m in re.finditer(pat, text)]


def _explicit(text, spec, doc_id):
    """STRING@@CONTEXT -> (start, end) or None when no context is given."""
    if "@@" not in spec:
        return None
    s, ctx = spec.split("@@", 1)
    cs = _occurrences(text, ctx)
    assert len(cs) == 1, f"{doc_id}: context {ctx!r} occurs {len(cs)} times"
    i = ctx.find(s)
    assert i >= 0, f"{doc_id}: {s!r} not inside context {ctx!r}"
    return cs[0] + i, cs[0] + i + len(s)


def _overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def _dist(span, region):
    """Distance between span and region (0 if span lies within region)."""
    if span[1] <= region[0]:
        return region[0] - span[1]
    if span[0] >= region[1]:
        return span[0] - region[1]
    return 0


def _nearest(text, spec, region, forbidden, doc_id, what):
    ex = _explicit(text, spec, doc_id)
    if ex is not None:
        assert not any(_overlaps(ex, f) for f in forbidden), f"{doc_id}: {what} {spec!r} overlaps"
        return ex
    cands = [(o, o + len(spec)) for o in _occurrences(text, spec)]
    cands = [c for c in cands if not any(_overlaps(c, f) for f in forbidden)]
    assert cands, f"{doc_id}: {what} {spec!r} not found"
    cands.sort(key=lambda c: _dist(c, region))
    if len(cands) > 1:
        assert _dist(cands[0], region) != _dist(cands[1], region), \
            f"{doc_id}: {what} {spec!r} ambiguous; give a context"
    return cands[0]


def _span(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


def _same_paragraph(text, a, b, doc_id, what):
    lo, hi = min(a[0], b[0]), max(a[1], b[1])
    assert "\n\n" not in text[lo:hi], f"{doc_id}: {what} crosses a paragraph break"


def parse_article(doc_id, text, ann):
    atts = []
    for line in ann.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" || ")]
        assert len(parts) == 4, f"{doc_id}: bad line {line!r}"
        cue_s, src_s, con_s, typ = parts
        assert typ in TYPES, f"{doc_id}: bad type {typ!r}"
        # content fragments
        frags = []
        pos = 0
        for k, fs in enumerate(con_s.split(" ## ")):
            ex = _explicit(text, fs, doc_id)
            if ex is None:
                occ = [o for o in _occurrences(text, fs) if o >= pos]
                if k == 0:
                    assert len(occ) == 1, f"{doc_id}: content {fs[:40]!r} occurs {len(occ)} times"
                assert occ, f"{doc_id}: content fragment {fs[:40]!r} not found"
                ex = (occ[0], occ[0] + len(fs))
            frags.append(ex)
            pos = ex[1]
        region = (frags[0][0], frags[-1][1])
        cue = _nearest(text, cue_s, region, frags, doc_id, "cue")
        _same_paragraph(text, cue, region, doc_id, "cue/content")
        if src_s == "NULL":
            src = None
        else:
            src = _nearest(text, src_s, cue, frags + [cue], doc_id, "source")
            _same_paragraph(text, src, cue, doc_id, "source/cue")
        content = _span(text, region)
        if len(frags) > 1:
            content["fragments"] = [list(f) for f in frags]
        rec = {"cue": _span(text, cue),
               "source": _span(text, src) if src else None,
               "content": content,
               "source_type": typ}
        # invariants
        for key in ("cue", "source", "content"):
            sp = rec[key]
            if sp is not None:
                assert text[sp["start"]:sp["end"]] == sp["text"]
                assert sp["text"] == sp["text"].strip(), f"{doc_id}: untrimmed {key} {sp['text']!r}"
        for f in frags:
            assert not text[f[0]:f[1]].lower().startswith("that "), f"{doc_id}: leading that"
            ft = text[f[0]:f[1]]
            assert not ft.endswith((".", ",", ";", ":")), f"{doc_id}: trailing punctuation outside quotes {ft[-30:]!r}"
        atts.append(rec)
    atts.sort(key=lambda a: a["cue"]["start"])
    cues = [(a["cue"]["start"], a["cue"]["end"]) for a in atts]
    assert len(set(cues)) == len(cues), f"{doc_id}: duplicate cue"
    return atts


def _check_text(doc_id, text, idx):
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "" and lines[2].strip(), f"{doc_id}: headline layout"
    words = len(re.findall(r"\S+", text))
    assert 250 <= words <= 450, f"{doc_id}: {words} words"
    assert "\n\n\n" not in text
    if idx < 6:   # first half: straight quotes only
        assert not any(c in text for c in CURLY), f"{doc_id}: curly quote in straight half"
        assert '"' in text
    else:         # second half: curly quotes only
        assert '"' not in text and "'" not in text, f"{doc_id}: straight quote in curly half"
        assert "\u201c" in text and "\u201d" in text and "\u2019" in text
    return words


def build():
    recs = []
    assert len(ARTICLES) == 12
    for idx, (doc_id, text, ann) in enumerate(ARTICLES):
        _check_text(doc_id, text, idx)
        recs.append({"doc_id": doc_id, "text": text, "split": "blind",
                     "attributions": parse_article(doc_id, text, ann)})
    assert [r["doc_id"] for r in recs] == [f"i{n:02d}" for n in range(1, 13)]
    return recs


def review(recs):
    """Print every attribution with its surroundings for checking by eye."""
    for r in recs:
        t = r["text"]
        nw = len(re.findall(r"\S+", t))
        print(f"=== {r['doc_id']}  ({nw} words, {len(r['attributions'])} attributions)")
        for a in r["attributions"]:
            marks = []
            marks.append((a["cue"]["start"], "<CUE:"))
            marks.append((a["cue"]["end"], ">"))
            if a["source"]:
                marks.append((a["source"]["start"], "[SRC:"))
                marks.append((a["source"]["end"], "]"))
            for s, e in a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]]):
                marks.append((s, "{"))
                marks.append((e, "}"))
            lo = min(m[0] for m in marks)
            hi = max(m[0] for m in marks)
            lo = max(0, lo - 15)
            hi = min(len(t), hi + 15)
            out = t[lo:hi]
            for pos, m in sorted(marks, key=lambda x: -x[0]):
                out = out[:pos - lo] + m + out[pos - lo:]
            print(f"  {a['source_type']:12s} {out!s}".replace("\n", " / "))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind33.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
