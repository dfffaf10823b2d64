#!/usr/bin/env python3
"""Build ``blind31.jsonl``: the thirty-first batch of blind test articles (session 16).

12 invented 2016 stories of Congress and the White House (budget fights, hearings, nominations,
investigations; GAO, CBO and inspector-general reports; caucuses and restricted groups), written
and annotated by a helper session that never read claimtrace's code, tests or data; see
NOTES.md. Scored on arrival, then read for errors.

Usage: ``python data/gold/blind31/build_blind31.py [--check]`` (``--check``: exit 1 if
blind31.jsonl is stale).

The helper's own notes on the format follow.

Blind test set 31: 12 invented 2016-style US political news articles (Congress and the
White House) with hand annotations of attributions in PolNeAR style.

Annotation line format, one attribution per line:
    CUE || SOURCE || CONTENT || TYPE
Each of CUE, SOURCE, CONTENT may be written "span @@ context", where context is a string that
occurs exactly once in the article and contains span; the span is then taken inside it.
Without a context: CONTENT must occur exactly once; CUE is the occurrence nearest to the
content (not overlapping it); SOURCE is the occurrence nearest to the cue (not overlapping cue
or content). Ties raise an error. A split content lists its fragments separated by " ## ";
each later fragment is the first occurrence after the previous one. SOURCE "NULL" = no source.
All offsets are computed; nothing is typed by hand. Run with --show to print every span in context.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

ARTICLES = []

def add(doc_id, text, ann):
    ARTICLES.append((doc_id, text.strip("\n"), ann))

# ---------------------------------------------------------------- g01
add("g01", '''
Freedom Caucus Balks at Ryan's Stopgap Spending Plan

WASHINGTON - House Speaker Paul D. Ryan said Tuesday that Republicans would pass a short-term spending bill before the end of the month, but the House Freedom Caucus made clear it was not yet on board.

"We are not going to shut down the government, period," Ryan told reporters after a closed-door meeting of House Republicans. "Nobody in that room wants a shutdown."

The measure would fund federal agencies at current levels through Dec. 9 and include $1.1 billion to fight the Zika virus. The Congressional Budget Office estimated in a report released Monday that the bill would add roughly $4 billion to the deficit over the next decade.

Rep. Mark Meadows of North Carolina, the caucus chairman, said many of its roughly 40 members wanted a longer bill that would carry the government into the next administration. "Why would we hand a lame-duck Congress the keys to a trillion-dollar spending package?" he asked.

Some members of the group believe that leadership is using the Zika money to force them into an early vote, according to two people who attended the meeting.

A senior Republican leadership aide said the speaker had enough votes to pass the measure without the caucus, though he acknowledged that the margin would depend on how many Democrats crossed over. The aide spoke on the condition of anonymity because he was not authorized to discuss the whip count.

House Democrats, meanwhile, said they would oppose any bill that did not also include money for Flint, Mich., where lead-contaminated water has sickened residents. Representative Nita M. Lowey of New York, the ranking Democrat on the Appropriations Committee, called the omission "a moral failure."

In the Senate, Majority Leader Mitch McConnell has argued that a clean stopgap is the only realistic path. Senator Harry Reid of Nevada, the minority leader, said on the floor that Republicans had "wasted the entire summer" and were now leaving Democrats to clean up the mess.

A spokesman for Reid, Adam Jentleson, said the senator would not try to block a vote but would press for the Flint money.

Conservative groups added to the pressure. Heritage Action for America said in a statement that it would count the vote against lawmakers on its annual scorecard.

Ryan's office said the vote could come as early as Thursday.
''', '''
said || House Speaker Paul D. Ryan || Republicans would pass a short-term spending bill before the end of the month || named_person
made clear || the House Freedom Caucus || it was not yet on board || named_org
told || Ryan || "We are not going to shut down the government, period," ## "Nobody in that room wants a shutdown." || named_person
estimated || The Congressional Budget Office || the bill would add roughly $4 billion to the deficit over the next decade || named_org
said || Rep. Mark Meadows of North Carolina, the caucus chairman || many of its roughly 40 members wanted a longer bill that would carry the government into the next administration || named_person
asked || he || "Why would we hand a lame-duck Congress the keys to a trillion-dollar spending package?" || named_person
according to || two people who attended the meeting || Some members of the group believe that leadership is using the Zika money to force them into an early vote || anonymous
said || A senior Republican leadership aide || the speaker had enough votes to pass the measure without the caucus || anonymous
acknowledged || he @@ though he acknowledged || the margin would depend on how many Democrats crossed over || anonymous
said || House Democrats || they would oppose any bill that did not also include money for Flint, Mich., where lead-contaminated water has sickened residents || named_org
called || Representative Nita M. Lowey of New York, the ranking Democrat on the Appropriations Committee || the omission "a moral failure." || named_person
has argued || Majority Leader Mitch McConnell || a clean stopgap is the only realistic path || named_person
said || Senator Harry Reid of Nevada, the minority leader || Republicans had "wasted the entire summer" and were now leaving Democrats to clean up the mess || named_person
said || A spokesman for Reid, Adam Jentleson || the senator would not try to block a vote but would press for the Flint money || named_person
said || Heritage Action for America || it would count the vote against lawmakers on its annual scorecard || named_org
said || Ryan's office || the vote could come as early as Thursday || named_org
''')

# ---------------------------------------------------------------- g02
add("g02", '''
Comey Faces House Panel Over Clinton Email Inquiry

WASHINGTON - F.B.I. Director James B. Comey told a House committee on Thursday that no reasonable prosecutor would have brought charges against Hillary Clinton over her use of a private email server.

"I know that this is frustrating for a lot of people," Comey said. "But we don't bring cases on the basis of whether someone is popular or unpopular."

Representative Jason Chaffetz of Utah, the Republican chairman of the Oversight and Government Reform Committee, said the bureau had set a double standard for the powerful. A report by the State Department's inspector general, released in May, found that Clinton had never sought approval to use a personal server and that such a request would have been denied.

"If this had been a junior employee, they would be in handcuffs," Chaffetz said.

Representative Elijah E. Cummings of Maryland, the committee's ranking Democrat, said Republicans had called the hearing only to damage Clinton. He noted that House Republicans had spent more than $7 million investigating the 2012 attacks in Benghazi, Libya, without finding wrongdoing by the former secretary of state.

Some Republicans on the committee said they remained unconvinced that the investigation had been thorough. Representative Trey Gowdy of South Carolina, a former federal prosecutor, spent most of his time on Clinton's public statements about the server. Comey acknowledged that some of those statements "were not true."

The Clinton campaign said the hearing was a partisan exercise. "Director Comey has been clear, and the case is closed," said Brian Fallon, the campaign's press secretary.

Chaffetz said after the hearing that he would ask the bureau to turn over the notes from its interview with Clinton. According to a letter sent to the F.B.I. on Thursday evening, the committee wants the documents by the end of next week.

The Washington Post reported, citing a bureau official, that the F.B.I. was preparing to release a summary of the interview within weeks. The bureau's press office said only that it would "respond to the committee as appropriate."

Donald J. Trump, the Republican nominee, weighed in on Twitter. "The system is totally rigged," he wrote.
''', '''
told || F.B.I. Director James B. Comey || no reasonable prosecutor would have brought charges against Hillary Clinton over her use of a private email server || named_person
said || Comey || "I know that this is frustrating for a lot of people," ## "But we don't bring cases on the basis of whether someone is popular or unpopular." || named_person
said || Representative Jason Chaffetz of Utah, the Republican chairman of the Oversight and Government Reform Committee || the bureau had set a double standard for the powerful || named_person
found || A report by the State Department's inspector general, released in May || Clinton had never sought approval to use a personal server and that such a request would have been denied || document
said || Chaffetz || "If this had been a junior employee, they would be in handcuffs," || named_person
said || Representative Elijah E. Cummings of Maryland, the committee's ranking Democrat || Republicans had called the hearing only to damage Clinton || named_person
noted || He || House Republicans had spent more than $7 million investigating the 2012 attacks in Benghazi, Libya, without finding wrongdoing by the former secretary of state || named_person
said || Some Republicans on the committee || they remained unconvinced that the investigation had been thorough || anonymous
acknowledged || Comey || some of those statements "were not true." || named_person
said || The Clinton campaign || the hearing was a partisan exercise || named_org
said || Brian Fallon, the campaign's press secretary || "Director Comey has been clear, and the case is closed," || named_person
said || Chaffetz || he would ask the bureau to turn over the notes from its interview with Clinton || named_person
According to || a letter sent to the F.B.I. on Thursday evening || the committee wants the documents by the end of next week || document
reported || The Washington Post || the F.B.I. was preparing to release a summary of the interview within weeks || media
citing || The Washington Post || a bureau official || media
said || The bureau's press office || it would "respond to the committee as appropriate." || named_org
wrote || he || "The system is totally rigged," || named_person
''')

# ---------------------------------------------------------------- g03
add("g03", '''
Garland Nomination Enters Seventh Month With No Hearing in Sight

WASHINGTON - The White House said Wednesday that Senate Republicans were setting "a dangerous precedent" by refusing to hold hearings on Judge Merrick B. Garland. His nomination to the Supreme Court has now been pending for six months.

"The Senate has a constitutional duty here, and it is simply not doing its job," Josh Earnest, the White House press secretary, told reporters at the daily briefing.

Senate Majority Leader Mitch McConnell has insisted since February that the next president should fill the seat left vacant by the death of Justice Antonin Scalia. On Wednesday he said on the Senate floor that the American people "deserve a voice" in the choice.

Senator Charles E. Grassley of Iowa, the chairman of the Judiciary Committee, said in an interview that his position had not changed. "There will be no hearing this year," he said. "I've been saying that from day one."

Grassley's office said it had received more than 10,000 calls about the nomination since the spring.

A few Republicans in tight re-election races have broken with leadership. Senator Mark Kirk of Illinois met with Garland in April and has said the nominee deserves a vote. Senator Kelly Ayotte of New Hampshire, who also faces a difficult contest, has said she would meet with the judge but has not called for hearings.

Democrats on the Judiciary Committee will hold their own forum next week with former clerks and colleagues of Garland. Senator Patrick J. Leahy of Vermont, the committee's ranking Democrat, said the event would show "what the American people are missing."

Republican aides say privately that there is little appetite in the conference for confirming Garland in a lame-duck session, even if Clinton wins in November. One aide to a Republican senator on the committee said that such a move would "infuriate the base" and that McConnell knew it.

A CNN/ORC poll released last month showed that 57 percent of Americans want the Senate to hold hearings, while 38 percent were opposed.

It was announced Wednesday that Garland would meet with two more Democratic senators next week.

Garland, 63, is the chief judge of the United States Court of Appeals for the District of Columbia Circuit. According to the court's records, he has served on that bench for 19 years.
''', '''
said || The White House || Senate Republicans were setting "a dangerous precedent" by refusing to hold hearings on Judge Merrick B. Garland || named_org
told || Josh Earnest, the White House press secretary || "The Senate has a constitutional duty here, and it is simply not doing its job," || named_person
has insisted || Senate Majority Leader Mitch McConnell || the next president should fill the seat left vacant by the death of Justice Antonin Scalia || named_person
said || he @@ On Wednesday he said || the American people "deserve a voice" in the choice || named_person
said || Senator Charles E. Grassley of Iowa, the chairman of the Judiciary Committee || his position had not changed || named_person
said || he @@ he said. "I've || "There will be no hearing this year," ## "I've been saying that from day one." || named_person
said || Grassley's office || it had received more than 10,000 calls about the nomination since the spring || named_org
has said || Senator Mark Kirk of Illinois || the nominee deserves a vote || named_person
has said || Senator Kelly Ayotte of New Hampshire, who also faces a difficult contest || she would meet with the judge || named_person
said || Senator Patrick J. Leahy of Vermont, the committee's ranking Democrat || the event would show "what the American people are missing." || named_person
say || Republican aides || there is little appetite in the conference for confirming Garland in a lame-duck session, even if Clinton wins in November || anonymous
said || One aide to a Republican senator on the committee || such a move would "infuriate the base" and that McConnell knew it || anonymous
showed || A CNN/ORC poll released last month || 57 percent of Americans want the Senate to hold hearings, while 38 percent were opposed || document
was announced || NULL || Garland would meet with two more Democratic senators next week || unknown
According to || the court's records || he has served on that bench for 19 years || document
''')
# ---------------------------------------------------------------- g04
add("g04", '''
Obama Vetoes Sept. 11 Lawsuit Bill, Setting Up First Override Fight

WASHINGTON - President Obama on Friday vetoed legislation that would allow families of Sept. 11 victims to sue Saudi Arabia, arguing that the measure would expose American diplomats and service members to lawsuits abroad.

In a veto message sent to the Senate, the president wrote that he had "deep sympathy" for the families but that the bill "would neutralize a longstanding principle of international law."

Congressional leaders said they had the votes to override him. It would be the first successful override of Obama's presidency. Senator Charles E. Schumer of New York, a lead sponsor of the bill, said he expected the Senate to act "swiftly and overwhelmingly."

"This is about justice for families who have waited fifteen years," Schumer said in a statement.

Josh Earnest, the White House press secretary, said the administration would lobby senators over the weekend, but he conceded that the effort faced long odds. "We are clear-eyed about the math," he said.

Senator Bob Corker of Tennessee, the Republican chairman of the Foreign Relations Committee, told reporters he worried the bill could have "unintended consequences" for American troops overseas. Still, Corker said he would probably vote to override.

In the House, Speaker Paul D. Ryan said the chamber would take up the override vote next week. A spokeswoman for Ryan, AshLee Strong, said the speaker believed the bill could be improved later but that the families "deserve their day in court."

Saudi Arabia has spent heavily on lobbyists in Washington this year. The kingdom's foreign ministry warned in a statement this month that the bill would undermine "the foundations of international relations," according to the Saudi Press Agency.

Families of the victims, who gathered outside the Capitol on Friday afternoon, said they felt betrayed. "He told us he was on our side," said Linda Corrado, whose husband died in the attack on the World Trade Center.

A Congressional Research Service memo circulated among lawmakers this week noted that Obama had vetoed 11 bills, none of which had been overridden.
''', '''
arguing || President Obama || the measure would expose American diplomats and service members to lawsuits abroad || named_person
wrote || the president || he had "deep sympathy" for the families but that the bill "would neutralize a longstanding principle of international law." || named_person
said || Congressional leaders || they had the votes to override him || anonymous
said || Senator Charles E. Schumer of New York, a lead sponsor of the bill || he expected the Senate to act "swiftly and overwhelmingly." || named_person
said || Schumer || "This is about justice for families who have waited fifteen years," || named_person
said || Josh Earnest, the White House press secretary || the administration would lobby senators over the weekend || named_person
conceded || he @@ but he conceded || the effort faced long odds || named_person
said || he @@ he said. || "We are clear-eyed about the math," || named_person
told || Senator Bob Corker of Tennessee, the Republican chairman of the Foreign Relations Committee || he worried the bill could have "unintended consequences" for American troops overseas || named_person
said || Corker @@ Still, Corker said || he would probably vote to override || named_person
said || Speaker Paul D. Ryan || the chamber would take up the override vote next week || named_person
said || A spokeswoman for Ryan, AshLee Strong || the speaker believed the bill could be improved later but that the families "deserve their day in court." || named_person
according to || the Saudi Press Agency || The kingdom's foreign ministry warned in a statement this month that the bill would undermine "the foundations of international relations," || media
said || Families of the victims, who gathered outside the Capitol on Friday afternoon || they felt betrayed || anonymous
said || Linda Corrado, whose husband died in the attack on the World Trade Center || "He told us he was on our side," || named_person
noted || A Congressional Research Service memo circulated among lawmakers this week || Obama had vetoed 11 bills, none of which had been overridden || document
''')

# ---------------------------------------------------------------- g05
add("g05", '''
V.A. Still Manipulating Wait Times at Some Hospitals, Report Says

WASHINGTON - Employees at several Veterans Affairs medical centers continued to falsify appointment records long after the agency promised to end the practice, according to a report released Wednesday by the department's inspector general.

The report found that schedulers at facilities in Georgia, Texas and Alabama had kept "unofficial lists" of veterans waiting for care.

Senator Johnny Isakson of Georgia, the Republican chairman of the Veterans' Affairs Committee, called the findings "unacceptable" and said he would hold a hearing this month.

"We have been down this road before, and veterans are still being lied to," Isakson said. "That ends now."

Senator Richard Blumenthal of Connecticut, the ranking Democrat on the committee, said the report showed that the department's reforms had not "reached the front lines."

In a written response included in the report, Secretary Robert A. McDonald said that wait times had fallen nationally and that the problems were "isolated and being addressed." A V.A. spokesman, Walter Brandt, told The Associated Press that the department had already disciplined 12 employees.

But officials in the inspector general's office said they had found similar problems at two facilities that the department had previously certified as fixed. One investigator said managers had pressured schedulers to keep wait times under 14 days "by whatever means." The investigator was not authorized to speak publicly.

The American Legion said in a statement that the report confirmed "what our members have been telling us for two years."

Representative Jeff Miller of Florida, the chairman of the House Veterans' Affairs Committee, said it was "long past time" for Congress to give the secretary more power to fire employees. Miller thinks the department's problems are cultural, not technical, an aide said.

A Government Accountability Office review issued last year found that the agency's wait-time data were "not sufficiently reliable" to judge whether veterans received timely care.
''', '''
Says || Report || V.A. Still Manipulating Wait Times at Some Hospitals || document
according to || a report released Wednesday by the department's inspector general || Employees at several Veterans Affairs medical centers continued to falsify appointment records long after the agency promised to end the practice || document
found || The report @@ The report found || schedulers at facilities in Georgia, Texas and Alabama had kept "unofficial lists" of veterans waiting for care || document
called || Senator Johnny Isakson of Georgia, the Republican chairman of the Veterans' Affairs Committee || the findings "unacceptable" || named_person
said || Senator Johnny Isakson of Georgia, the Republican chairman of the Veterans' Affairs Committee || he would hold a hearing this month || named_person
said || Isakson @@ Isakson said || "We have been down this road before, and veterans are still being lied to," ## "That ends now." || named_person
said || Senator Richard Blumenthal of Connecticut, the ranking Democrat on the committee || the report showed that the department's reforms had not "reached the front lines." || named_person
said || Secretary Robert A. McDonald || wait times had fallen nationally and that the problems were "isolated and being addressed." || named_person
told || A V.A. spokesman, Walter Brandt || the department had already disciplined 12 employees || named_person
said || officials in the inspector general's office || they had found similar problems at two facilities that the department had previously certified as fixed || anonymous
said || One investigator || managers had pressured schedulers to keep wait times under 14 days "by whatever means." || anonymous
said || The American Legion || the report confirmed "what our members have been telling us for two years." || named_org
said || Representative Jeff Miller of Florida, the chairman of the House Veterans' Affairs Committee || it was "long past time" for Congress to give the secretary more power to fire employees || named_person
said || an aide || Miller thinks the department's problems are cultural, not technical || anonymous
found || A Government Accountability Office review issued last year || the agency's wait-time data were "not sufficiently reliable" to judge whether veterans received timely care || document
''')

# ---------------------------------------------------------------- g06
add("g06", '''
Impeachment Vote on I.R.S. Chief Splits House Republicans

WASHINGTON - The House Freedom Caucus said Tuesday that it would force a floor vote on impeaching John Koskinen, the commissioner of the Internal Revenue Service, a move that puts the group at odds with Republican leaders.

Representative John Fleming of Louisiana, who introduced the impeachment resolution, said Koskinen had misled Congress about the destruction of thousands of emails sought by investigators. "He had a duty to preserve evidence, and he failed," Fleming said. "Then he told us something that was not true."

Koskinen has denied wrongdoing. In testimony before the Judiciary Committee in June, he said he had "testified in good faith" and that the agency had cooperated with six separate investigations. An I.R.S. spokesman said Tuesday that the commissioner would not comment on the caucus's plans.

Speaker Paul D. Ryan has said he does not believe impeachment is the right remedy. The committee's chairman, Representative Bob Goodlatte of Virginia, told colleagues in a closed meeting last week that an impeachment vote would fail in the Senate and distract from the party's message, according to two Republicans who attended.

"The Constitution doesn't say 'only when it's convenient,'" Fleming said.

Democrats have called the effort a political stunt. Representative John Conyers Jr. of Michigan, the ranking Democrat on the Judiciary Committee, said in a statement that Republicans were "trying to impeach a public servant for the crime of doing his job."

Politico reported Monday that leadership aides were exploring a procedural vote that would send the resolution back to committee. A leadership aide said no decision had been made. The aide spoke on the condition of anonymity to discuss internal deliberations.

A report by the Treasury Inspector General for Tax Administration last year concluded that I.R.S. employees had erased 422 backup tapes that may have contained the emails, but found no evidence that they had done so deliberately.

The resolution is privileged, which means the caucus can bring it to the floor without the approval of leadership. Fleming said he expected the vote to take place before the House leaves for the election recess.
''', '''
said || The House Freedom Caucus || it would force a floor vote on impeaching John Koskinen, the commissioner of the Internal Revenue Service || named_org
said || Representative John Fleming of Louisiana, who introduced the impeachment resolution || Koskinen had misled Congress about the destruction of thousands of emails sought by investigators || named_person
said || Fleming @@ Fleming said. "Then || "He had a duty to preserve evidence, and he failed," ## "Then he told us something that was not true." || named_person
has denied || Koskinen || wrongdoing || named_person
said || he @@ he said he had || he had "testified in good faith" and that the agency had cooperated with six separate investigations || named_person
said || An I.R.S. spokesman || the commissioner would not comment on the caucus's plans || anonymous
has said || Speaker Paul D. Ryan || he does not believe impeachment is the right remedy || named_person
according to || two Republicans who attended || The committee's chairman, Representative Bob Goodlatte of Virginia, told colleagues in a closed meeting last week that an impeachment vote would fail in the Senate and distract from the party's message || anonymous
said || Fleming @@ convenient,'" Fleming said || "The Constitution doesn't say 'only when it's convenient,'" || named_person
have called || Democrats || the effort a political stunt || named_org
said || Representative John Conyers Jr. of Michigan, the ranking Democrat on the Judiciary Committee || Republicans were "trying to impeach a public servant for the crime of doing his job." || named_person
reported || Politico || leadership aides were exploring a procedural vote that would send the resolution back to committee || media
said || A leadership aide || no decision had been made || anonymous
concluded || A report by the Treasury Inspector General for Tax Administration last year || I.R.S. employees had erased 422 backup tapes that may have contained the emails || document
found || A report by the Treasury Inspector General for Tax Administration last year || no evidence that they had done so deliberately || document
said || Fleming @@ Fleming said he expected || he expected the vote to take place before the House leaves for the election recess || named_person
''')
# ---------------------------------------------------------------- g07
add("g07", '''
Zika Money Stalls Again as Senate Democrats Block Funding Bill

WASHINGTON — Senate Democrats on Tuesday blocked a $1.1 billion measure to fight the Zika virus for the third time, saying Republicans had loaded it with provisions that would cut money for Planned Parenthood and the Affordable Care Act.

“This is a poison pill, and Republicans know it,” said Senator Patty Murray of Washington, the top Democrat on the health committee. “They are playing politics while pregnant women are at risk.”

Majority Leader Mitch McConnell said Democrats would be held responsible if the virus spread further. “They have voted against this money over and over again,” he said on the floor.

Health officials have warned that the administration is running out of money to respond. Dr. Tom Frieden, the director of the Centers for Disease Control and Prevention, told reporters last week that the agency had nearly exhausted the funds it had redirected from its Ebola programs.

“We are basically out of money,” Frieden said. “The cupboard is bare.”

A Government Accountability Office analysis requested by Senate Democrats found that the administration had spent about $222 million of the $589 million it shifted in April. Republicans say there is still money left to spend.

Some moderate Republicans worry that the standoff will hurt the party in November. Senator Marco Rubio of Florida, whose state has more than 50 locally transmitted cases, said he would support a bill without the Planned Parenthood language. “I just want it funded,” Rubio told reporters.

The House passed its version of the bill in June. A spokeswoman for Speaker Paul D. Ryan said the House had “done its job” and that the Senate should pass the measure as written.

According to Roll Call, negotiators from both parties met Tuesday evening to discuss attaching the Zika money to a stopgap spending bill. An aide to Senator Roy Blunt of Missouri, the Republican who leads the health appropriations subcommittee, said the talks were “productive.”

The C.D.C. said on Tuesday that it was sending another team of investigators to Florida.
''', '''
saying || Senate Democrats || Republicans had loaded it with provisions that would cut money for Planned Parenthood and the Affordable Care Act || named_org
said || Senator Patty Murray of Washington, the top Democrat on the health committee || “This is a poison pill, and Republicans know it,” ## “They are playing politics while pregnant women are at risk.” || named_person
said || Majority Leader Mitch McConnell || Democrats would be held responsible if the virus spread further || named_person
said || he @@ he said on the floor || “They have voted against this money over and over again,” || named_person
have warned || Health officials || the administration is running out of money to respond || anonymous
told || Dr. Tom Frieden, the director of the Centers for Disease Control and Prevention || the agency had nearly exhausted the funds it had redirected from its Ebola programs || named_person
said || Frieden @@ Frieden said || “We are basically out of money,” ## “The cupboard is bare.” || named_person
found || A Government Accountability Office analysis requested by Senate Democrats || the administration had spent about $222 million of the $589 million it shifted in April || document
say || Republicans @@ Republicans say || there is still money left to spend || named_org
worry || Some moderate Republicans || the standoff will hurt the party in November || anonymous
said || Senator Marco Rubio of Florida, whose state has more than 50 locally transmitted cases || he would support a bill without the Planned Parenthood language || named_person
told || Rubio || “I just want it funded,” || named_person
said || A spokeswoman for Speaker Paul D. Ryan || the House had “done its job” and that the Senate should pass the measure as written || anonymous
According to || Roll Call || negotiators from both parties met Tuesday evening to discuss attaching the Zika money to a stopgap spending bill || media
said || An aide to Senator Roy Blunt of Missouri, the Republican who leads the health appropriations subcommittee || the talks were “productive.” || anonymous
said || The C.D.C. || it was sending another team of investigators to Florida || named_org
''')

# ---------------------------------------------------------------- g08
add("g08", '''
Comey Letter on Clinton Emails Roils Final Days of Race

WASHINGTON — House Democrats on Saturday demanded that the F.B.I. director, James B. Comey, release more information about newly discovered emails related to Hillary Clinton’s private server, a day after he told lawmakers that the bureau was reviewing them.

In a letter to lawmakers on Friday, Comey wrote that investigators had found emails “that appear to be pertinent” to the closed inquiry, but that the bureau could not yet assess whether they were significant.

The letter, sent to the chairmen of eight committees, stunned the Clinton campaign. “The American people deserve the full and complete facts immediately,” Clinton said at a rally in Des Moines.

Her campaign chairman, John D. Podesta, said the letter was “long on innuendo and short on facts.” Robby Mook, the campaign manager, told CNN that the bureau owed voters an explanation.

The ranking Democrats on four House committees, including Representative Elijah E. Cummings of Maryland, wrote in a joint letter on Saturday that Comey’s disclosure had been “incomplete and misleading.” Senator Harry Reid of Nevada, the Democratic leader, went further, saying in a letter of his own that Comey might have violated the Hatch Act. The law bars federal officials from using their positions to influence elections.

Reince Priebus, the chairman of the Republican National Committee, said the letter showed that the investigation had been “a sham from the start.” Donald J. Trump told supporters in New Hampshire that the development was “bigger than Watergate.”

Senior Justice Department officials had urged Comey not to send the letter, according to two people familiar with the discussions.

The New York Times reported that the emails were found on a laptop used by Anthony D. Weiner, the estranged husband of the Clinton aide Huma Abedin.

In an internal memo to bureau employees, Comey said he had felt obligated to update Congress. “I did not want to leave Congress with a false impression,” he wrote, “and I knew some people would be unhappy either way.”

Kellyanne Conway, Trump’s campaign manager, said on Fox News that Clinton’s campaign was “in a panic.”
''', '''
demanded || House Democrats || the F.B.I. director, James B. Comey, release more information about newly discovered emails related to Hillary Clinton’s private server || named_org
told || he @@ after he told || the bureau was reviewing them || named_person
wrote || Comey @@ Comey wrote || investigators had found emails “that appear to be pertinent” to the closed inquiry, but that the bureau could not yet assess whether they were significant || named_person
said || Clinton @@ Clinton said || “The American people deserve the full and complete facts immediately,” || named_person
said || Her campaign chairman, John D. Podesta || the letter was “long on innuendo and short on facts.” || named_person
told || Robby Mook, the campaign manager || the bureau owed voters an explanation || named_person
wrote || The ranking Democrats on four House committees, including Representative Elijah E. Cummings of Maryland || Comey’s disclosure had been “incomplete and misleading.” || named_person
saying || Senator Harry Reid of Nevada, the Democratic leader || Comey might have violated the Hatch Act || named_person
said || Reince Priebus, the chairman of the Republican National Committee || the letter showed that the investigation had been “a sham from the start.” || named_person
told || Donald J. Trump || the development was “bigger than Watergate.” || named_person
according to || two people familiar with the discussions || Senior Justice Department officials had urged Comey not to send the letter || anonymous
reported || The New York Times || the emails were found on a laptop used by Anthony D. Weiner, the estranged husband of the Clinton aide Huma Abedin || media
said || Comey @@ Comey said he had felt || he had felt obligated to update Congress || named_person
wrote || he @@ he wrote, || “I did not want to leave Congress with a false impression,” ## “and I knew some people would be unhappy either way.” || named_person
said || Kellyanne Conway, Trump’s campaign manager || Clinton’s campaign was “in a panic.” || named_person
''')
# ---------------------------------------------------------------- g09
add("g09", '''
Rubio Moves to Block Obama’s Pick for Havana Embassy

WASHINGTON — Senator Marco Rubio of Florida said Wednesday that he would do everything in his power to block the confirmation of Jeffrey DeLaurentis, President Obama’s nominee to be the first American ambassador to Cuba in more than half a century.

“Rewarding the Castro regime with an ambassador is a mistake,” Rubio said in a statement. “This nomination should go nowhere.”

At the White House, Josh Earnest, the press secretary, said DeLaurentis was “a career diplomat with bipartisan respect” and that holding up his nomination would hurt American interests on the island.

DeLaurentis has run the American embassy in Havana since it reopened last year. John Kirby, the State Department spokesman, told reporters that the department hoped the Senate would “look at his record rather than the politics.”

Rubio is not alone. Senator Robert Menendez of New Jersey, a Cuban-American Democrat, said he also had “serious reservations” about the nomination. Several Republicans on the Foreign Relations Committee share those concerns, according to a committee aide.

The committee’s chairman, Senator Bob Corker of Tennessee, said he would give DeLaurentis a hearing but did not commit to holding a vote.

Some Democrats from farm states believe a confirmed ambassador is crucial to opening Cuba to American agricultural exports. Senator Amy Klobuchar of Minnesota, who has sponsored legislation to lift the trade embargo, said the hold was “a relic of an old way of thinking.”

A Pew Research Center survey released last year found that 73 percent of Americans approved of the decision to restore diplomatic ties with Cuba.

The Miami Herald reported on Tuesday that Cuban officials had privately signaled they would welcome DeLaurentis as ambassador. A senior State Department official said the Cuban government “has made its views known.” The official spoke on the condition of anonymity to discuss diplomatic exchanges.

Rubio’s office said he would place a formal hold on the nomination once it reached the floor.
''', '''
said || Senator Marco Rubio of Florida || he would do everything in his power to block the confirmation of Jeffrey DeLaurentis, President Obama’s nominee to be the first American ambassador to Cuba in more than half a century || named_person
said || Rubio @@ Rubio said in a statement || “Rewarding the Castro regime with an ambassador is a mistake,” ## “This nomination should go nowhere.” || named_person
said || Josh Earnest, the press secretary || DeLaurentis was “a career diplomat with bipartisan respect” and that holding up his nomination would hurt American interests on the island || named_person
told || John Kirby, the State Department spokesman || the department hoped the Senate would “look at his record rather than the politics.” || named_person
said || Senator Robert Menendez of New Jersey, a Cuban-American Democrat || he also had “serious reservations” about the nomination || named_person
according to || a committee aide || Several Republicans on the Foreign Relations Committee share those concerns || anonymous
said || The committee’s chairman, Senator Bob Corker of Tennessee || he would give DeLaurentis a hearing || named_person
believe || Some Democrats from farm states || a confirmed ambassador is crucial to opening Cuba to American agricultural exports || anonymous
said || Senator Amy Klobuchar of Minnesota, who has sponsored legislation to lift the trade embargo || the hold was “a relic of an old way of thinking.” || named_person
found || A Pew Research Center survey released last year || 73 percent of Americans approved of the decision to restore diplomatic ties with Cuba || document
reported || The Miami Herald || Cuban officials had privately signaled they would welcome DeLaurentis as ambassador || media
said || A senior State Department official || the Cuban government “has made its views known.” || anonymous
said || Rubio’s office || he would place a formal hold on the nomination once it reached the floor || named_org
''')

# ---------------------------------------------------------------- g10
add("g10", '''
Budget Office Projects Deficit Will Rise for First Time Since 2009

WASHINGTON — The federal budget deficit will grow this year for the first time since 2009, the Congressional Budget Office said Tuesday.

In its annual outlook, the budget office projected a deficit of $544 billion for the fiscal year that ends Sept. 30, up from $439 billion last year. The report said rising costs for Social Security, Medicare and interest on the debt would continue to outpace revenue over the next decade.

Representative Tom Price of Georgia, the Republican chairman of the House Budget Committee, said the numbers were “a flashing red light” and said the administration had ignored the growth of entitlement programs.

“We cannot keep kicking this can down the road,” Price said.

The White House said the report vindicated its approach. Shaun Donovan, the director of the Office of Management and Budget, wrote in a blog post that the deficit had been cut by nearly three-quarters since Obama took office.

Representative Chris Van Hollen of Maryland, the committee’s top Democrat, argued that Republican tax cuts, not entitlement spending, were responsible for much of the long-term gap.

The report estimated that debt held by the public would reach 86 percent of the economy by 2026.

Maya MacGuineas, the president of the Committee for a Responsible Federal Budget, said in an interview that neither presidential candidate had offered a credible plan to deal with the debt. “Both campaigns are pretending this problem doesn’t exist,” she said.

Some House conservatives believe the new figures will strengthen their hand in negotiations over a spending bill. One Freedom Caucus member said the caucus would insist on cuts to domestic programs. He spoke on the condition of anonymity because talks were continuing.

Price’s committee will hold a hearing on the outlook next week, his office announced.
''', '''
Projects || Budget Office || Deficit Will Rise for First Time Since 2009 || named_org
said || the Congressional Budget Office || The federal budget deficit will grow this year for the first time since 2009 || named_org
projected || the budget office || a deficit of $544 billion for the fiscal year that ends Sept. 30, up from $439 billion last year || named_org
said || The report @@ The report said || rising costs for Social Security, Medicare and interest on the debt would continue to outpace revenue over the next decade || document
said || Representative Tom Price of Georgia, the Republican chairman of the House Budget Committee || the numbers were “a flashing red light” || named_person
said || Representative Tom Price of Georgia, the Republican chairman of the House Budget Committee || the administration had ignored the growth of entitlement programs || named_person
said || Price @@ Price said || “We cannot keep kicking this can down the road,” || named_person
said || The White House || the report vindicated its approach || named_org
wrote || Shaun Donovan, the director of the Office of Management and Budget || the deficit had been cut by nearly three-quarters since Obama took office || named_person
argued || Representative Chris Van Hollen of Maryland, the committee’s top Democrat || Republican tax cuts, not entitlement spending, were responsible for much of the long-term gap || named_person
estimated || The report @@ The report estimated || debt held by the public would reach 86 percent of the economy by 2026 || document
said || Maya MacGuineas, the president of the Committee for a Responsible Federal Budget || neither presidential candidate had offered a credible plan to deal with the debt || named_person
said || she || “Both campaigns are pretending this problem doesn’t exist,” || named_person
believe || Some House conservatives || the new figures will strengthen their hand in negotiations over a spending bill || anonymous
said || One Freedom Caucus member || the caucus would insist on cuts to domestic programs || anonymous
announced || his office || Price’s committee will hold a hearing on the outlook next week || named_org
''')
# ---------------------------------------------------------------- g11
add("g11", '''
Senators Grill Wells Fargo Chief Over Sham Accounts

WASHINGTON — Members of the Senate Banking Committee sharply questioned the chief executive of Wells Fargo on Tuesday over the creation of as many as two million unauthorized customer accounts, with Senator Elizabeth Warren of Massachusetts telling him he should resign.

John G. Stumpf, the bank’s chairman and chief executive, told the committee that he was “deeply sorry” and that the bank had fired about 5,300 employees involved in the practice.

“I own this, and I will fix it,” he said. “Our customers deserved better.”

Warren was unmoved. “You kept your bonuses while the people at the bottom lost their jobs,” she said, “and that tells me everything about how this bank is run.”

The committee’s chairman, Senator Richard C. Shelby of Alabama, said the bank’s conduct was “a breach of trust” that regulators had missed for years.

Some Republicans on the panel said the Consumer Financial Protection Bureau had been slow to act. The bureau said this month that the bank had agreed to pay $185 million in penalties. Richard Cordray, the bureau’s director, said in a statement that the agency had “acted as soon as the evidence was clear.”

Senator Sherrod Brown of Ohio, the committee’s ranking Democrat, said the scandal showed why Congress should not weaken the Dodd-Frank financial law.

According to the bank’s own filings, employees opened roughly 1.5 million deposit accounts and 565,000 credit card accounts without customers’ permission.

The Wall Street Journal reported on Monday that federal prosecutors in New York and California had opened inquiries into the bank’s sales practices. A bank spokesman said Wells Fargo would cooperate with any investigation.

Some Democrats on the committee believe Stumpf should forfeit more than the compensation the bank’s board has already clawed back, according to a Senate aide.

Stumpf is scheduled to testify before the House Financial Services Committee next week. Its chairman, Representative Jeb Hensarling of Texas, said the bank should expect “a very long day.”
''', '''
telling || Senator Elizabeth Warren of Massachusetts || he should resign || named_person
told || John G. Stumpf, the bank’s chairman and chief executive || he was “deeply sorry” and that the bank had fired about 5,300 employees involved in the practice || named_person
said || he @@ he said. “Our || “I own this, and I will fix it,” ## “Our customers deserved better.” || named_person
said || she @@ she said, “and || “You kept your bonuses while the people at the bottom lost their jobs,” ## “and that tells me everything about how this bank is run.” || named_person
said || The committee’s chairman, Senator Richard C. Shelby of Alabama || the bank’s conduct was “a breach of trust” that regulators had missed for years || named_person
said || Some Republicans on the panel || the Consumer Financial Protection Bureau had been slow to act || anonymous
said || The bureau @@ The bureau said || the bank had agreed to pay $185 million in penalties || named_org
said || Richard Cordray, the bureau’s director || the agency had “acted as soon as the evidence was clear.” || named_person
said || Senator Sherrod Brown of Ohio, the committee’s ranking Democrat || the scandal showed why Congress should not weaken the Dodd-Frank financial law || named_person
According to || the bank’s own filings || employees opened roughly 1.5 million deposit accounts and 565,000 credit card accounts without customers’ permission || document
reported || The Wall Street Journal || federal prosecutors in New York and California had opened inquiries into the bank’s sales practices || media
said || A bank spokesman || Wells Fargo would cooperate with any investigation || anonymous
according to || a Senate aide || Some Democrats on the committee believe Stumpf should forfeit more than the compensation the bank’s board has already clawed back || anonymous
said || Its chairman, Representative Jeb Hensarling of Texas || the bank should expect “a very long day.” || named_person
''')

# ---------------------------------------------------------------- g12
add("g12", '''
Ryan Tells House Republicans He Will No Longer Defend Trump

WASHINGTON — Speaker Paul D. Ryan told House Republicans on Monday that he would no longer defend Donald J. Trump or campaign with him, and that members should feel free to break with the nominee, according to several lawmakers on a conference call.

Ryan did not withdraw his endorsement, and he said he would spend the final month of the campaign protecting the party’s House majority. “I am going to spend my time defending our majority,” Ryan said, according to a person who was on the call.

The decision came three days after the release of a lewd 2005 video featuring Trump. Trump lashed out on Twitter within hours. “Paul Ryan should be focused on beating Crooked Hillary, not on fighting his own nominee!” he wrote.

The call grew tense at points. Representative Dana Rohrabacher of California told Ryan that abandoning the nominee would depress turnout, according to two lawmakers who heard the exchange.

Sean Spicer, the chief strategist for the Republican National Committee, said the party remained “fully committed” to Trump. Reince Priebus, the committee’s chairman, told reporters on Sunday that the party’s get-out-the-vote operation would not change.

Gov. Mike Pence of Indiana, Trump’s running mate, said in an interview with CNN that he and Ryan had spoken on Monday and that he understood the speaker’s decision.

The Democratic Congressional Campaign Committee said it would expand its advertising to 10 more Republican-held districts. House Democrats, meanwhile, said in a memo to donors that the House was “in play” for the first time since 2010.

A poll by NBC News and The Wall Street Journal, conducted after the video became public, found Clinton leading Trump by 11 points among likely voters.

Many Republicans in competitive districts believe the speaker had little choice. “He did what he had to do,” said one Republican strategist who advises several House campaigns.

At a fund-raiser in Chicago, President Obama said Republican leaders had “enabled” Trump for months.
''', '''
Tells || Ryan @@ Ryan Tells || He Will No Longer Defend Trump || named_person
according to || several lawmakers on a conference call || Speaker Paul D. Ryan told House Republicans on Monday that he would no longer defend Donald J. Trump or campaign with him, and that members should feel free to break with the nominee || anonymous
said || he @@ and he said he || he would spend the final month of the campaign protecting the party’s House majority || named_person
according to || a person who was on the call || “I am going to spend my time defending our majority,” Ryan said || anonymous
wrote || he @@ he wrote || “Paul Ryan should be focused on beating Crooked Hillary, not on fighting his own nominee!” || named_person
according to || two lawmakers who heard the exchange || Representative Dana Rohrabacher of California told Ryan that abandoning the nominee would depress turnout || anonymous
said || Sean Spicer, the chief strategist for the Republican National Committee || the party remained “fully committed” to Trump || named_person
told || Reince Priebus, the committee’s chairman || the party’s get-out-the-vote operation would not change || named_person
said || Gov. Mike Pence of Indiana, Trump’s running mate || he and Ryan had spoken on Monday and that he understood the speaker’s decision || named_person
said || The Democratic Congressional Campaign Committee || it would expand its advertising to 10 more Republican-held districts || named_org
said || House Democrats || the House was “in play” for the first time since 2010 || named_org
found || A poll by NBC News and The Wall Street Journal, conducted after the video became public || Clinton leading Trump by 11 points among likely voters || document
believe || Many Republicans in competitive districts || the speaker had little choice || anonymous
said || one Republican strategist who advises several House campaigns || “He did what he had to do,” || anonymous
said || President Obama || Republican leaders had “enabled” Trump for months || named_person
''')


# ====================================================================== engine

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
CURLY = "\u201c\u201d\u2018\u2019"


def _occurrences(text, s, lo=0, hi=None):
    """Start offsets of s in text[lo:hi], respecting word boundaries at word-character edges."""
    hi = len(text) if hi is None else hi
    pat = re.escape(s)
    if re.match(r"\w", s[0]):
        pat = r"(?<!\w)" + pat
    if re.match(r"\w", s[-1]):
        pat = pat + r"(?!\w)"
    return [m.start() for m in re.finditer(pat, text[lo:hi])] and \
        [lo + m.start() for m in re.finditer(pat, text[lo:hi])]


def _parse(field):
    """'span @@ context' -> (span, context or None)."""
    if " @@ " in field:
        span, ctx = field.split(" @@ ", 1)
        return span.strip(), ctx.strip()
    return field.strip(), None


def _in_context(text, span, ctx, where):
    occ = _occurrences(text, ctx)
    assert len(occ) == 1, f"{where}: context {ctx!r} occurs {len(occ)} times"
    inner = _occurrences(text, span, occ[0], occ[0] + len(ctx))
    assert inner, f"{where}: {span!r} not in context {ctx!r}"
    return inner[0]


def _dist(a, b):
    """Gap between spans a=(s,e) and b=(s,e); None if they overlap."""
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return None


def _penalty(text, a, b):
    """Prefer occurrences in the same paragraph, then in the same sentence."""
    gap = text[min(a[1], b[1]):max(a[0], b[0])]
    if "\n" in gap:
        return 1000
    if re.search(r"[.?!][\"\u201d]?\s+[\"\u201c]?[A-Z]", gap):
        return 100
    return 0


def _nearest(text, s, targets, avoid, where):
    best = []
    for st in _occurrences(text, s):
        sp = (st, st + len(s))
        if any(_dist(sp, v) is None for v in avoid):
            continue
        d = min(_dist(sp, t) + _penalty(text, sp, t) for t in targets)
        best.append((d, st))
    assert best, f"{where}: no usable occurrence of {s!r}"
    best.sort()
    if len(best) > 1:
        assert best[0][0] != best[1][0], f"{where}: tie for {s!r}; give a context"
    return best[0][1]


def _span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def annotate(doc_id, text, block):
    atts = []
    for n, line in enumerate(x for x in block.strip("\n").split("\n") if x.strip()):
        where = f"{doc_id} line {n + 1}"
        parts = [p.strip() for p in line.split(" || ")]
        assert len(parts) == 4, f"{where}: need 4 fields: {line!r}"
        cue_f, src_f, con_f, typ = parts
        assert typ in TYPES, f"{where}: bad type {typ}"
        # content (fragments separated by ' ## ')
        con_s, con_ctx = _parse(con_f)
        frags_txt = [f.strip() for f in con_s.split(" ## ")]
        frags = []
        if con_ctx:
            st = _in_context(text, frags_txt[0], con_ctx, where)
        else:
            occ = _occurrences(text, frags_txt[0])
            assert len(occ) == 1, f"{where}: content {frags_txt[0]!r} occurs {len(occ)} times"
            st = occ[0]
        frags.append((st, st + len(frags_txt[0])))
        for ft in frags_txt[1:]:
            occ = _occurrences(text, ft, frags[-1][1])
            assert occ, f"{where}: fragment {ft!r} not found after previous"
            frags.append((occ[0], occ[0] + len(ft)))
        # cue
        cue_s, cue_ctx = _parse(cue_f)
        if cue_ctx:
            cs = _in_context(text, cue_s, cue_ctx, where)
        else:
            cs = _nearest(text, cue_s, frags, frags, where + " cue")
        cue = (cs, cs + len(cue_s))
        assert all(_dist(cue, f) is not None for f in frags), f"{where}: cue overlaps content"
        # source
        if src_f == "NULL":
            src = None
        else:
            src_s, src_ctx = _parse(src_f)
            if src_ctx:
                ss = _in_context(text, src_s, src_ctx, where)
            else:
                ss = _nearest(text, src_s, [cue], [cue] + frags, where + " source")
            src = (ss, ss + len(src_s))
            assert _dist(src, cue) is not None and all(_dist(src, f) is not None for f in frags), \
                f"{where}: source overlaps cue/content"
        content = _span(text, frags[0][0], frags[-1][1])
        if len(frags) > 1:
            content["fragments"] = [list(f) for f in frags]
        rec = {"cue": _span(text, *cue),
               "source": _span(text, *src) if src else None,
               "content": content,
               "source_type": typ}
        # self-checks
        assert rec["cue"]["text"] == cue_s
        if src:
            assert rec["source"]["text"] == src_s
            assert rec["source"]["text"] == rec["source"]["text"].strip(" ,")
        for (a, b), ft in zip(frags, frags_txt, strict=False):
            assert text[a:b] == ft
        assert not content["text"].startswith("that "), f"{where}: leading 'that'"
        assert not (content["text"].endswith(".") and not content["text"].endswith('."')
                    and not content["text"].endswith(".\u201d")), f"{where}: final period outside quotes"
        atts.append(rec)
    atts.sort(key=lambda a: a["cue"]["start"])
    cues = [(a["cue"]["start"], a["cue"]["end"]) for a in atts]
    assert len(set(cues)) == len(cues), f"{doc_id}: two attributions share a cue span: " + str([a["cue"]["text"]+"@"+str(a["cue"]["start"])+" "+a["content"]["text"][:40] for a in atts if cues.count((a["cue"]["start"],a["cue"]["end"]))>1])
    return atts


def _check_text(doc_id, text, idx):
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "", f"{doc_id}: headline then blank line"
    words = len(text.split())
    assert 300 <= words <= 500, f"{doc_id}: {words} words"
    has_curly = any(c in text for c in CURLY)
    if idx < 6:   # first half: straight quotes only
        assert not has_curly and '"' in text, f"{doc_id}: must use straight quotes"
    else:         # second half: curly quotes only
        assert has_curly and '"' not in text and "'" not in text, f"{doc_id}: must use curly quotes"


def build():
    records = []
    for idx, (doc_id, text, block) in enumerate(ARTICLES):
        _check_text(doc_id, text, idx)
        records.append({"doc_id": doc_id, "text": text, "split": "blind",
                        "attributions": annotate(doc_id, text, block)})
    assert [r["doc_id"] for r in records] == [f"g{i:02d}" for i in range(1, 13)]
    for r in records:
        for a in r["attributions"]:
            for k in ("cue", "source", "content"):
                sp = a[k]
                if sp:
                    assert r["text"][sp["start"]:sp["end"]] == sp["text"]
            for s, e in a["content"].get("fragments", []):
                assert a["content"]["start"] <= s < e <= a["content"]["end"]
    return records


def show(records):
    """Print every attribution with its surroundings, for checking by eye."""
    for r in records:
        t = r["text"]
        print(f"===== {r['doc_id']}  ({len(t.split())} words, {len(r['attributions'])} attributions)")
        for a in r["attributions"]:
            marks = [(a["cue"]["start"], "<C>"), (a["cue"]["end"], "</C>")]
            if a["source"]:
                marks += [(a["source"]["start"], "<S>"), (a["source"]["end"], "</S>")]
            for s, e in a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]]):
                marks += [(s, "<Q>"), (e, "</Q>")]
            lo = max(0, min(m[0] for m in marks) - 30)
            hi = min(len(t), max(m[0] for m in marks) + 30)
            out, pos = "", lo
            for p, m in sorted(marks, key=lambda x: (x[0], x[1].startswith("<") and not x[1].startswith("</"))):
                out += t[pos:p] + m
                pos = p
            out += t[pos:hi]
            print(f"  [{a['source_type']}] " + out.replace("\n", " / "))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind31.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
