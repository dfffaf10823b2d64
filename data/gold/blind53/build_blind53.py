#!/usr/bin/env python3
"""Build ``blind53.jsonl``: the fifty-third batch of blind test articles (session 17), held out.

12 invented 2016 political news stories of every kind, each with 14-17 attributions, written and
annotated by a helper session that never read claimtrace's code, tests or data; see NOTES.md.
Held out: scored in aggregate only, never read for errors.

Usage: ``python data/gold/blind53/build_blind53.py [--check]`` (``--check``: exit 1 if
blind53.jsonl is stale).

The helper's own notes on the format follow.

Blind attribution test set 53: 12 invented 2016-style US political news articles
with hand annotations in PolNeAR style.

Annotation line format (one attribution per line, '#' starts a comment):

    CUE || SOURCE || CONTENT || TYPE

* SOURCE is '-' when the article gives no source.
* CONTENT fragments (a quote split by the cue) are joined with ' ++ '.
* Any field may pin its occurrence with context: 'left<<target>>right' means the
  unique occurrence of left+target+right in the text; the span is only 'target'.
* Without context a span string is located as follows (all offsets are computed,
  never typed):
    - content (first fragment): must occur exactly once in the text;
      later fragments: the first occurrence after the previous fragment;
    - cue: among occurrences not inside the content fragments, the one nearest to
      the content (0 when it sits between two fragments); ties are an error;
    - source: among occurrences not inside the content fragments or the cue, the
      one nearest to the cue; ties are an error.
  Matches respect word boundaries ("he" never matches inside "the").
Every span is asserted: text[start:end] == span text, and cue, source and content
must lie in the same paragraph.

Articles u201-u206 use straight quotes; u207-u212 use curly quotes (asserted).
"""
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind53.jsonl")
TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
CURLY = "\u201c\u201d\u2018\u2019"
STRAIGHT = "\"'"

ARTICLES = []  # (doc_id, text, annotation block)

# ---------------------------------------------------------------------------
ARTICLES.append(("u201", '''Trump Presses Trade Message in Ohio as Aides Weigh Debate Strategy

YOUNGSTOWN, Ohio -- Donald J. Trump told a crowd of several thousand here on Monday that the North American Free Trade Agreement had "gutted" the industrial Midwest, and he promised to renegotiate the pact within his first 100 days in office.

"They took your jobs and they sent them to Mexico, and the politicians in Washington let it happen," Mr. Trump said, pacing the stage at a community college gym. "We are going to bring them back. Believe me."

The Republican nominee's advisers are divided over how aggressively he should prepare for the first presidential debate, according to three people involved in the discussions. Some aides want him to hold formal mock debates, while others believe he performs best when he relies on instinct, the people said.

Kellyanne Conway, the campaign manager, said the reports were overblown. "Mr. Trump has been preparing for this debate his entire life," she said in an interview. She added that the candidate had reviewed video of Hillary Clinton's past debates but would not "over-rehearse."

The Ohio stop was Mr. Trump's fourth in the state since the convention. A Quinnipiac University poll released last week showed him tied with Mrs. Clinton in Ohio at 41 percent, while a CNN/ORC survey found him ahead by five points among likely voters.

Democrats have poured money into the state. The Clinton campaign announced on Sunday that it would open 12 more field offices in Ohio, and Robby Mook, her campaign manager, told reporters that the state remained "a must-win for Donald Trump, not for us."

Some local Republicans worry that Mr. Trump's trade message, while popular with union households, could alienate business owners in the suburbs of Columbus and Cincinnati. Gov. John Kasich, who has not endorsed the nominee, has said he believes free trade has been good for Ohio.

At the rally, the candidate also warned that the election could be "rigged." Election officials in both parties have said there is no evidence of widespread fraud.
''', '''
told || Donald J. Trump || the North American Free Trade Agreement had "gutted" the industrial Midwest || named_person
promised || he || to renegotiate the pact within his first 100 days in office || named_person
said || Mr. Trump || "They took your jobs and they sent them to Mexico, and the politicians in Washington let it happen," ++ "We are going to bring them back. Believe me." || named_person
according to || three people involved in the discussions || The Republican nominee's advisers are divided over how aggressively he should prepare for the first presidential debate || anonymous
# nested "want"/"believe" inside the people's content are not annotated
said || the people || Some aides want him to hold formal mock debates, while others believe he performs best when he relies on instinct || anonymous
said || Kellyanne Conway, the campaign manager || the reports were overblown || named_person
said || she || "Mr. Trump has been preparing for this debate his entire life," || named_person
added || She || the candidate had reviewed video of Hillary Clinton's past debates but would not "over-rehearse." || named_person
showed || A Quinnipiac University poll released last week || him tied with Mrs. Clinton in Ohio at 41 percent || document
found || a CNN/ORC survey || him ahead by five points among likely voters || document
announced || The Clinton campaign || it would open 12 more field offices in Ohio || named_org
told || Robby Mook, her campaign manager || the state remained "a must-win for Donald Trump, not for us." || named_person
worry || Some local Republicans || Mr. Trump's trade message, while popular with union households, could alienate business owners in the suburbs of Columbus and Cincinnati || anonymous
has said || Gov. John Kasich, who has not endorsed the nominee || he believes free trade has been good for Ohio || named_person
warned || the candidate || the election could be "rigged." || named_person
have said || Election officials in both parties || there is no evidence of widespread fraud || anonymous
'''))

# ---------------------------------------------------------------------------
ARTICLES.append(("u202", '''Zika Funding Stalls Again in Senate as Outbreak Spreads

WASHINGTON -- A $1.1 billion measure to fight the Zika virus failed for a third time in the Senate on Tuesday, leaving public health agencies without new money as mosquito season peaks in Florida.

Senate Majority Leader Mitch McConnell said Democrats had "walked away" from a reasonable compromise. "This is a bill that the president could sign tomorrow," Mr. McConnell said on the Senate floor. "Our Democratic friends have decided that politics matters more."

Democrats say the bill includes provisions that would restrict funding for Planned Parenthood affiliates in Puerto Rico and loosen some pesticide rules. Senator Harry Reid of Nevada, the minority leader, said the provisions were "poison pills" and argued that Republicans knew the measure would fail.

The White House said on Tuesday that the president would not accept a bill that "plays politics with women's health." Josh Earnest, the press secretary, told reporters that the administration had already diverted money meant for Ebola to cover the shortfall and that those funds would run out by the end of September.

The stalemate comes as the outbreak grows. The Centers for Disease Control and Prevention reported last week that the number of locally acquired infections in Miami-Dade County had risen to 43, and Dr. Tom Frieden, the agency's director, has warned that the virus could spread to other Gulf Coast states.

In the House, Speaker Paul D. Ryan has signaled that he is open to a short-term spending bill that includes Zika money. But conservatives in the House Freedom Caucus believe any new spending should be offset by cuts elsewhere, according to an aide to one of the group's members.

Senator Marco Rubio of Florida, who is running for re-election, broke with his party's leaders on Tuesday. "Zika is not a Republican or Democratic issue," Mr. Rubio said in a statement. "People in my state are scared, and they want us to act."

A Kaiser Family Foundation survey released this month found that 61 percent of Americans believe Congress should approve the funding without conditions. Political analysts say the issue could hurt Republicans in Florida, where Mr. Rubio faces Representative Patrick Murphy in November.

Mr. McConnell said he would bring the bill up again next week.
''', '''
said || Senate Majority Leader Mitch McConnell || Democrats had "walked away" from a reasonable compromise || named_person
said || Mr. McConnell || "This is a bill that the president could sign tomorrow," ++ "Our Democratic friends have decided that politics matters more." || named_person
say || Democrats || the bill includes provisions that would restrict funding for Planned Parenthood affiliates in Puerto Rico and loosen some pesticide rules || named_org
said || Senator Harry Reid of Nevada, the minority leader || the provisions were "poison pills" || named_person
argued || Senator Harry Reid of Nevada, the minority leader || Republicans knew the measure would fail || named_person
said || The White House || the president would not accept a bill that "plays politics with women's health." || named_org
told || Josh Earnest, the press secretary || the administration had already diverted money meant for Ebola to cover the shortfall and that those funds would run out by the end of September || named_person
reported || The Centers for Disease Control and Prevention || the number of locally acquired infections in Miami-Dade County had risen to 43 || named_org
has warned || Dr. Tom Frieden, the agency's director || the virus could spread to other Gulf Coast states || named_person
has signaled || Speaker Paul D. Ryan || he is open to a short-term spending bill that includes Zika money || named_person
# "X believes Z, according to W": only the outer attribution
according to || an aide to one of the group's members || conservatives in the House Freedom Caucus believe any new spending should be offset by cuts elsewhere || anonymous
said || Mr. Rubio || "Zika is not a Republican or Democratic issue," ++ "People in my state are scared, and they want us to act." || named_person
found || A Kaiser Family Foundation survey released this month || 61 percent of Americans believe Congress should approve the funding without conditions || document
say || Political analysts || the issue could hurt Republicans in Florida, where Mr. Rubio faces Representative Patrick Murphy in November || anonymous
said || Mr. McConnell || he would bring the bill up again next week || named_person
'''))

# ---------------------------------------------------------------------------
ARTICLES.append(("u203", '''Judge Sets Deadline for Release of Clinton Aide Emails

WASHINGTON -- A federal judge on Thursday gave the State Department until Oct. 14 to review thousands of emails from Hillary Clinton's former aides, saying the agency's proposed timeline would keep the public in the dark until well after the election.

In a 12-page ruling, Judge Alan K. Marsh of the Federal District Court in Washington wrote that the department had "offered no persuasive reason" why it needed until 2017 to process roughly 14,900 documents the F.B.I. recovered during its investigation of Mrs. Clinton's private email server.

The lawsuit was brought by Judicial Watch, a conservative advocacy group. Tom Fitton, its president, said the decision was "a victory for transparency" and that the group would press for the documents to be released in full.

A State Department spokesman, John Kirby, said the department would comply with the order. "We have devoted significant resources to this effort, and we will continue to do so," Mr. Kirby said.

Department lawyers had argued in a court filing last month that the emails must be reviewed by several agencies before release because some may contain classified information.

The Clinton campaign said the ruling changed nothing. Brian Fallon, a campaign spokesman, said the emails had already been reviewed by the F.B.I., which brought no charges. "This is old news that Republicans are trying to dress up as something new," he said.

Reince Priebus, the chairman of the Republican National Committee, said in a statement that Mrs. Clinton "cannot outrun the truth." At a rally in Florida, Donald J. Trump told supporters that the emails would prove his opponent had lied.

The F.B.I. director, James B. Comey, told Congress in July that Mrs. Clinton and her aides had been "extremely careless" in handling classified information but that no reasonable prosecutor would bring a case. A May report by the department's inspector general concluded that Mrs. Clinton had not sought approval for the private server.

Judge Marsh scheduled a hearing for next month. Legal experts said the order was unusually firm. "He is clearly losing patience," said Laura Brenner, a professor of administrative law at Georgetown University.
''', '''
# "A federal judge" is Judge Alan K. Marsh, named in the next paragraph -> named_person
saying || A federal judge || the agency's proposed timeline would keep the public in the dark until well after the election || named_person
wrote || Judge Alan K. Marsh of the Federal District Court in Washington || the department had "offered no persuasive reason" why it needed until 2017 to process roughly 14,900 documents the F.B.I. recovered during its investigation of Mrs. Clinton's private email server || named_person
said || Tom Fitton, its president || the decision was "a victory for transparency" and that the group would press for the documents to be released in full || named_person
said || A State Department spokesman, John Kirby || the department would comply with the order || named_person
said || Mr. Kirby || "We have devoted significant resources to this effort, and we will continue to do so," || named_person
had argued || Department lawyers || the emails must be reviewed by several agencies before release because some may contain classified information || anonymous
said || The Clinton campaign || the ruling changed nothing || named_org
said || Brian Fallon, a campaign spokesman || the emails had already been reviewed by the F.B.I., which brought no charges || named_person
said || he || "This is old news that Republicans are trying to dress up as something new," || named_person
said || Reince Priebus, the chairman of the Republican National Committee || Mrs. Clinton "cannot outrun the truth." || named_person
told || Donald J. Trump || the emails would prove his opponent had lied || named_person
told || The F.B.I. director, James B. Comey || Mrs. Clinton and her aides had been "extremely careless" in handling classified information but that no reasonable prosecutor would bring a case || named_person
concluded || A May report by the department's inspector general || Mrs. Clinton had not sought approval for the private server || document
said || Legal experts || the order was unusually firm || anonymous
said || Laura Brenner, a professor of administrative law at Georgetown University || "He is clearly losing patience," || named_person
'''))

# ---------------------------------------------------------------------------
ARTICLES.append(("u204", '''McCrory and Cooper Clash Over Bathroom Law in First Debate

RALEIGH, N.C. -- Gov. Pat McCrory and his Democratic challenger, Attorney General Roy Cooper, sparred over the state's contentious law on transgender bathroom use in their first debate on Tuesday night, with Mr. Cooper arguing that the measure had cost North Carolina hundreds of millions of dollars.

"This law has been a disaster for our economy and for our reputation," Mr. Cooper said. "Businesses are leaving. Concerts are being canceled. The N.C.A.A. has pulled its games."

The governor countered that the law, known as House Bill 2, was a matter of "common sense and privacy" and said Mr. Cooper had refused to defend it in court. "My opponent took an oath to defend the laws of this state, and he walked away from that oath," Mr. McCrory said.

The Charlotte Observer estimated last month that the law had cost the state at least $395 million in lost business. The McCrory campaign said the estimate was inflated because it counted companies that might have expanded elsewhere anyway.

The race is one of the most closely watched in the country. A poll by Elon University released Monday showed Mr. Cooper with a three-point lead. The lead is within the survey's margin of error. Republican strategists in the state said the governor's standing had improved since the summer, when he trailed by as many as eight points.

Vice President Joseph R. Biden Jr. told a crowd in Greensboro last week that the law was "mean-spirited." Gov. Mike Pence of Indiana, the Republican vice-presidential nominee, told a radio host in August that states should be free to set their own policies on the issue.

Outside the debate hall, about 200 protesters chanted against the law. Several said they planned to vote for the first time in a state election. "I never cared about who was governor before," said Kayla Jennings, 24, a graduate student at North Carolina State University. "Now I care."

Both campaigns said they expected the race to be decided by fewer than 50,000 votes. The second debate is scheduled for Oct. 18.
''', '''
arguing || Mr. Cooper || the measure had cost North Carolina hundreds of millions of dollars || named_person
said || Mr. Cooper || "This law has been a disaster for our economy and for our reputation," ++ "Businesses are leaving. Concerts are being canceled. The N.C.A.A. has pulled its games." || named_person
# "The governor" = Gov. Pat McCrory
countered || The governor || the law, known as House Bill 2, was a matter of "common sense and privacy" || named_person
said || The governor || Mr. Cooper had refused to defend it in court || named_person
said || Mr. McCrory || "My opponent took an oath to defend the laws of this state, and he walked away from that oath," || named_person
estimated || The Charlotte Observer || the law had cost the state at least $395 million in lost business || media
said || The McCrory campaign || the estimate was inflated because it counted companies that might have expanded elsewhere anyway || named_org
showed || A poll by Elon University released Monday || Mr. Cooper with a three-point lead || document
said || Republican strategists in the state || the governor's standing had improved since the summer, when he trailed by as many as eight points || anonymous
told || Vice President Joseph R. Biden Jr. || the law was "mean-spirited." || named_person
told || Gov. Mike Pence of Indiana, the Republican vice-presidential nominee || states should be free to set their own policies on the issue || named_person
# "Several" = several of the (unnamed) protesters
said || Several || they planned to vote for the first time in a state election || anonymous
said || Kayla Jennings, 24, a graduate student at North Carolina State University || "I never cared about who was governor before," ++ "Now I care." || named_person
# "Both campaigns" = the McCrory and Cooper campaigns, both identified -> named_org
said || Both campaigns || they expected the race to be decided by fewer than 50,000 votes || named_org
'''))

# ---------------------------------------------------------------------------
ARTICLES.append(("u205", '''Kerry Says Syria Truce Hinges on Russian Pressure on Assad

GENEVA -- Secretary of State John Kerry said on Friday that a new cease-fire in Syria would collapse within days unless Russia persuaded President Bashar al-Assad to halt airstrikes on rebel-held neighborhoods of Aleppo.

Speaking to reporters after nine hours of talks with his Russian counterpart, Sergey V. Lavrov, Mr. Kerry said the two sides had agreed on "a framework, not a finished product." He said aid convoys should reach the city by Monday.

"We have done a great deal of work, and I think our American partners understand our position better now," Mr. Lavrov said through an interpreter. The Russian Foreign Ministry later said in a statement that Washington had failed to separate moderate rebels from extremist groups.

Defense Secretary Ashton B. Carter has argued that sharing intelligence with Moscow would be a mistake, and two senior defense officials said on Friday that the military had not yet been consulted about how a proposed joint targeting center would work. The officials spoke on condition of anonymity because they were not authorized to discuss internal deliberations.

At the White House, the press secretary, Josh Earnest, said President Obama remained "clear-eyed" about Russia's intentions. "Nobody here is under any illusions," he said.

Senator John McCain of Arizona, the chairman of the Armed Services Committee, said the agreement "rewards Putin for his aggression." Donald J. Trump, the Republican nominee, has said he would be willing to work with Russia against the Islamic State.

Humanitarian groups say the stakes are enormous. The United Nations estimates that 275,000 people remain trapped in eastern Aleppo, and the World Health Organization reported this week that the city's last functioning hospitals were running out of fuel.

Syrian opposition leaders said they would respect the truce only if government forces did the same. A spokesman for one rebel coalition said by telephone that the group had little faith in Russian promises.
''', '''
Says || Kerry || Syria Truce Hinges on Russian Pressure on Assad || named_person
said || Secretary of State John Kerry || a new cease-fire in Syria would collapse within days unless Russia persuaded President Bashar al-Assad to halt airstrikes on rebel-held neighborhoods of Aleppo || named_person
# "Speaking to reporters" has no content of its own: not annotated
said || Mr. Kerry || the two sides had agreed on "a framework, not a finished product." || named_person
said || He || aid convoys should reach the city by Monday || named_person
said || Mr. Lavrov || "We have done a great deal of work, and I think our American partners understand our position better now," || named_person
said || The Russian Foreign Ministry || Washington had failed to separate moderate rebels from extremist groups || named_org
has argued || Defense Secretary Ashton B. Carter || sharing intelligence with Moscow would be a mistake || named_person
said || two senior defense officials || the military had not yet been consulted about how a proposed joint targeting center would work || anonymous
said || the press secretary, Josh Earnest || President Obama remained "clear-eyed" about Russia's intentions || named_person
said || he || "Nobody here is under any illusions," || named_person
said || Senator John McCain of Arizona, the chairman of the Armed Services Committee || the agreement "rewards Putin for his aggression." || named_person
has said || Donald J. Trump, the Republican nominee || he would be willing to work with Russia against the Islamic State || named_person
say || Humanitarian groups || the stakes are enormous || anonymous
estimates || The United Nations || 275,000 people remain trapped in eastern Aleppo || named_org
reported || the World Health Organization || the city's last functioning hospitals were running out of fuel || named_org
said || Syrian opposition leaders || they would respect the truce only if government forces did the same || anonymous
said || A spokesman for one rebel coalition || the group had little faith in Russian promises || anonymous
'''))

# ---------------------------------------------------------------------------
ARTICLES.append(("u206", '''Clinton Holds Lead in New Poll as Trump Gains Among Independents

Hillary Clinton leads Donald J. Trump by six percentage points nationally, according to a Washington Post-ABC News poll released Sunday. The survey found that her advantage among independent voters has all but disappeared since August.

The poll shows Mrs. Clinton with 46 percent support among likely voters to Mr. Trump's 40 percent, with the Libertarian Gary Johnson at 8 percent and the Green Party's Jill Stein at 3 percent. Among independents, the two major candidates are essentially tied.

Nearly six in 10 voters said Mrs. Clinton was not honest and trustworthy, a figure that has barely changed all year. An even larger share, 62 percent, said Mr. Trump lacked the temperament to be president.

Democratic strategists said the results reflected a familiar pattern. "When the race is about him, she wins. When it's about her, it tightens," said Joel Benenson, Mrs. Clinton's chief strategist, in an interview. He said the campaign would spend the final weeks "reminding people what's at stake."

The Trump campaign said the poll undercounted its supporters. Kellyanne Conway, the campaign manager, wrote on Twitter that the survey had "oversampled Democrats." "The only poll that matters is on Nov. 8," she added.

A daily Los Angeles Times/USC tracking poll showed Mr. Trump ahead by two points. Pollsters caution that national numbers can obscure the state of the race in battlegrounds. The RealClearPolitics polling average shows Mrs. Clinton ahead by about three points in Pennsylvania and by less than two in Florida and North Carolina.

Gary Langer, whose firm conducts the Post-ABC poll, said the shift among independents was "worth watching but not yet a trend." Some Republican operatives believe Mr. Trump's support is understated in public polls because his backers are reluctant to tell interviewers how they will vote.

The poll was conducted Sept. 5-8 among 1,002 adults and has a margin of sampling error of plus or minus 3.5 percentage points.
''', '''
according to || a Washington Post-ABC News poll released Sunday || Hillary Clinton leads Donald J. Trump by six percentage points nationally || document
found || The survey || her advantage among independent voters has all but disappeared since August || document
shows || The poll || Mrs. Clinton with 46 percent support among likely voters to Mr. Trump's 40 percent, with the Libertarian Gary Johnson at 8 percent and the Green Party's Jill Stein at 3 percent || document
said || Nearly six in 10 voters || Mrs. Clinton was not honest and trustworthy || anonymous
said || An even larger share, 62 percent || Mr. Trump lacked the temperament to be president || anonymous
said || Democratic strategists || the results reflected a familiar pattern || anonymous
said || Joel Benenson, Mrs. Clinton's chief strategist || "When the race is about him, she wins. When it's about her, it tightens," || named_person
said || He || the campaign would spend the final weeks "reminding people what's at stake." || named_person
said || The Trump campaign || the poll undercounted its supporters || named_org
wrote || Kellyanne Conway, the campaign manager || the survey had "oversampled Democrats." || named_person
added || she || "The only poll that matters is on Nov. 8," || named_person
showed || A daily Los Angeles Times/USC tracking poll || Mr. Trump ahead by two points || document
caution || Pollsters || national numbers can obscure the state of the race in battlegrounds || anonymous
shows || The RealClearPolitics polling average || Mrs. Clinton ahead by about three points in Pennsylvania and by less than two in Florida and North Carolina || document
said || Gary Langer, whose firm conducts the Post-ABC poll || the shift among independents was "worth watching but not yet a trend." || named_person
believe || Some Republican operatives || Mr. Trump's support is understated in public polls because his backers are reluctant to tell interviewers how they will vote || anonymous
'''))

# ---------------------------------------------------------------------------
# From here on: curly quotes only.
ARTICLES.append(("u207", '''Garland Nomination Marks Six Months in Limbo

WASHINGTON — Six months after President Obama nominated Judge Merrick B. Garland to the Supreme Court, the White House said on Friday that it had not given up hope that the Senate would hold hearings before the end of the year.

“The Senate has a constitutional responsibility, and Judge Garland has waited longer than any nominee in modern history,” Josh Earnest, the press secretary, told reporters at the daily briefing. “That’s not a record anyone should be proud of.”

Senate Republicans have refused to meet with Judge Garland, arguing that the next president should fill the vacancy left by the death of Justice Antonin Scalia in February. Senator Mitch McConnell of Kentucky, the majority leader, said this week that his view had not changed. “The American people will decide this in November,” he said.

The calculation may be shifting. Several Republican senators have told colleagues they would rather confirm Judge Garland, a moderate, than risk a more liberal nominee next year, according to two Senate aides familiar with the conversations.

It was announced on Thursday that the Judiciary Committee would hold no further hearings on judicial nominees before the election. A spokeswoman for Senator Chuck Grassley of Iowa, the chairman of the Judiciary Committee, said he “has no plans to change course.”

Democrats have made the vacancy a campaign issue. Hillary Clinton has said she would consider renominating Judge Garland. Her running mate, Senator Tim Kaine of Virginia, told a town hall in Ohio last week that the Republican blockade was “an insult to the Constitution.”

A report released Thursday by the Alliance for Justice, a liberal advocacy group, found that the eight-member court had deadlocked in four major cases this year. Conservative organizations, including the Judicial Crisis Network, have spent millions of dollars on advertising against Judge Garland’s confirmation. One of the network’s television ads says Judge Garland would be “a rubber stamp” for Mrs. Clinton.

Legal scholars say a court with only eight justices cannot resolve important disputes. A Gallup survey conducted in August found that 52 percent of Americans believe the Senate should hold hearings.

Judge Garland, 63, has continued to hear cases on the federal appeals court in Washington. He has declined to comment on his nomination.
''', '''
said || the White House || it had not given up hope that the Senate would hold hearings before the end of the year || named_org
told || Josh Earnest, the press secretary || “The Senate has a constitutional responsibility, and Judge Garland has waited longer than any nominee in modern history,” ++ “That’s not a record anyone should be proud of.” || named_person
# "Senate Republicans": a caucus -> named_org
arguing || Senate Republicans || the next president should fill the vacancy left by the death of Justice Antonin Scalia in February || named_org
said || Senator Mitch McConnell of Kentucky, the majority leader || his view had not changed || named_person
said || he || “The American people will decide this in November,” || named_person
# "X told Y Z, according to W": only the outer attribution
according to || two Senate aides familiar with the conversations || Several Republican senators have told colleagues they would rather confirm Judge Garland, a moderate, than risk a more liberal nominee next year || anonymous
# passive with no source at all -> source null, unknown
was announced || - || the Judiciary Committee would hold no further hearings on judicial nominees before the election || unknown
said || A spokeswoman for Senator Chuck Grassley of Iowa, the chairman of the Judiciary Committee || he “has no plans to change course.” || anonymous
has said || Hillary Clinton || she would consider renominating Judge Garland || named_person
told || Her running mate, Senator Tim Kaine of Virginia || the Republican blockade was “an insult to the Constitution.” || named_person
found || A report released Thursday by the Alliance for Justice, a liberal advocacy group || the eight-member court had deadlocked in four major cases this year || document
says || One of the network’s television ads || Judge Garland would be “a rubber stamp” for Mrs. Clinton || document
say || Legal scholars || a court with only eight justices cannot resolve important disputes || anonymous
found || A Gallup survey conducted in August || 52 percent of Americans believe the Senate should hold hearings || document
'''))

# ---------------------------------------------------------------------------
ARTICLES.append(("u208", '''Sanders Tells Young Voters a Protest Vote Would Help Trump

DURHAM, N.H. — Senator Bernie Sanders returned on Wednesday to the college campuses that powered his primary campaign, telling students at the University of New Hampshire that a vote for a third-party candidate would amount to “a vote for Donald Trump.”

“I understand the frustration. I share a lot of it,” Mr. Sanders said to a crowd of about 1,500 in a campus gym. “But this is not the time for a protest vote. This is the time to defeat the most dangerous candidate in modern American history.”

The Clinton campaign has dispatched Mr. Sanders and Senator Elizabeth Warren of Massachusetts to shore up support for Hillary Clinton among voters under 30, a group that strongly backed President Obama in 2008 and 2012. Recent polls show many young voters considering Gary Johnson, the Libertarian nominee, or Jill Stein of the Green Party.

A Quinnipiac University survey released last week found Mrs. Clinton winning 31 percent of likely voters ages 18 to 34 in a four-way race, with Mr. Johnson at 29 percent. Clinton aides say those numbers have improved since the first debate.

Mr. Sanders did not spare Mrs. Clinton entirely. He told reporters after the rally that he still disagreed with her on trade and on the influence of Wall Street in the Democratic Party, but he said those differences “pale in comparison” to the gap between her and Mr. Trump.

Some students were not persuaded. “I voted for Bernie in the primary, and I respect him, but I’m voting my conscience,” said Tyler Moreau, 20, a sophomore from Concord. He said he planned to vote for Dr. Stein. Others said they had come around to Mrs. Clinton in recent weeks.

Republicans sought to exploit the rift. Sean Spicer, the chief strategist of the Republican National Committee, wrote on Twitter that Mr. Sanders had “sold out his own revolution.”

The Trump campaign has made its own appeal to Sanders supporters, arguing that Mrs. Clinton’s positions on trade are insincere. Mr. Trump said at a rally in Pennsylvania on Tuesday that Mr. Sanders had “made a deal with the devil.”

A WMUR Granite State Poll released Tuesday showed Mrs. Clinton ahead by seven points in New Hampshire, and the Clinton campaign said it expected Mr. Sanders to return to the state before Election Day.
''', '''
Tells || Sanders || a Protest Vote Would Help Trump || named_person
telling || Senator Bernie Sanders || a vote for a third-party candidate would amount to “a vote for Donald Trump.” || named_person
said || Mr. Sanders || “I understand the frustration. I share a lot of it,” ++ “But this is not the time for a protest vote. This is the time to defeat the most dangerous candidate in modern American history.” || named_person
show || Recent polls || many young voters considering Gary Johnson, the Libertarian nominee, or Jill Stein of the Green Party || document
found || A Quinnipiac University survey released last week || Mrs. Clinton winning 31 percent of likely voters ages 18 to 34 in a four-way race, with Mr. Johnson at 29 percent || document
say || Clinton aides || those numbers have improved since the first debate || anonymous
told || He || he still disagreed with her on trade and on the influence of Wall Street in the Democratic Party || named_person
said || but <<he>> said || those differences “pale in comparison” to the gap between her and Mr. Trump || named_person
said || Tyler Moreau, 20, a sophomore from Concord || “I voted for Bernie in the primary, and I respect him, but I’m voting my conscience,” || named_person
said || He || he planned to vote for Dr. Stein || named_person
said || Others || they had come around to Mrs. Clinton in recent weeks || anonymous
wrote || Sean Spicer, the chief strategist of the Republican National Committee || Mr. Sanders had “sold out his own revolution.” || named_person
arguing || The Trump campaign || Mrs. Clinton’s positions on trade are insincere || named_org
said || Mr. Trump || Mr. Sanders had “made a deal with the devil.” || named_person
showed || A WMUR Granite State Poll released Tuesday || Mrs. Clinton ahead by seven points in New Hampshire || document
said || the Clinton campaign || it expected Mr. Sanders to return to the state before Election Day || named_org
'''))

# ---------------------------------------------------------------------------
ARTICLES.append(("u209", '''Comey Faces Republican Anger at House Hearing

WASHINGTON — James B. Comey, the director of the F.B.I., told a House committee on Wednesday that his agency’s decision not to recommend charges against Hillary Clinton had been made “without regard to politics.” Republican members pressed him for more than four hours on the email investigation.

“You can call us wrong, but you cannot call us political,” Mr. Comey said in his opening statement. “We did this the way it should be done.”

Representative Jason Chaffetz of Utah, the Republican chairman of the Oversight Committee, said the bureau had granted immunity to too many of Mrs. Clinton’s aides and argued that Mr. Comey had applied “a different standard” to a powerful figure.

Representative Elijah E. Cummings of Maryland, the committee’s ranking Democrat, said the hearing was “a taxpayer-funded campaign event.”

The hearing followed the release last week of F.B.I. notes from the bureau’s interview with Mrs. Clinton in July. According to the notes, Mrs. Clinton told agents she did not recall receiving any briefings on how to handle classified material. The notes show that one of her aides had destroyed old BlackBerry devices with a hammer.

Mr. Comey said he stood by his conclusion. He said there was no evidence that Mrs. Clinton intended to break the law, and that “no reasonable prosecutor” would bring such a case. Asked whether he had discussed the investigation with Attorney General Loretta E. Lynch, he said he had not.

The Justice Department declined to comment on the hearing. In a letter to the committee last month, the department said it had followed “long-standing practice” in deferring to career prosecutors.

Jason Miller, a spokesman for the Trump campaign, said in a statement that the hearing proved “the system is rigged.” A Clinton campaign official, who requested anonymity to discuss strategy, said the campaign viewed the hearing as a “partisan sideshow” that voters would ignore.

Polls suggest the email issue continues to weigh on Mrs. Clinton. In an NBC News/Wall Street Journal poll this month, 56 percent of voters said they were bothered by her handling of classified information.
''', '''
told || James B. Comey, the director of the F.B.I. || his agency’s decision not to recommend charges against Hillary Clinton had been made “without regard to politics.” || named_person
said || Mr. Comey || “You can call us wrong, but you cannot call us political,” ++ “We did this the way it should be done.” || named_person
said || Representative Jason Chaffetz of Utah, the Republican chairman of the Oversight Committee || the bureau had granted immunity to too many of Mrs. Clinton’s aides || named_person
argued || Representative Jason Chaffetz of Utah, the Republican chairman of the Oversight Committee || Mr. Comey had applied “a different standard” to a powerful figure || named_person
said || Representative Elijah E. Cummings of Maryland, the committee’s ranking Democrat || the hearing was “a taxpayer-funded campaign event.” || named_person
# nested "told" inside the notes' content is not annotated
According to || the notes || Mrs. Clinton told agents she did not recall receiving any briefings on how to handle classified material || document
show || The notes || one of her aides had destroyed old BlackBerry devices with a hammer || document
said || Mr. Comey || he stood by his conclusion || named_person
said || He || there was no evidence that Mrs. Clinton intended to break the law, and that “no reasonable prosecutor” would bring such a case || named_person
said || Lynch, <<he>> said || he had not || named_person
# "the department" = the Justice Department
said || the department || it had followed “long-standing practice” in deferring to career prosecutors || named_org
said || Jason Miller, a spokesman for the Trump campaign || the hearing proved “the system is rigged.” || named_person
said || A Clinton campaign official, who requested anonymity to discuss strategy || the campaign viewed the hearing as a “partisan sideshow” that voters would ignore || anonymous
suggest || Polls || the email issue continues to weigh on Mrs. Clinton || document
said || 56 percent of voters || they were bothered by her handling of classified information || anonymous
'''))

# ---------------------------------------------------------------------------
ARTICLES.append(("u210", '''Louisiana Governor Says Flood Aid Is Lagging

BATON ROUGE, La. — Gov. John Bel Edwards said on Monday that federal aid for victims of last month’s catastrophic flooding was arriving too slowly, and he said Congress should approve an emergency spending package of at least $2 billion before the end of September.

“People are living in gutted houses with no walls and no insulation, and winter is coming,” Mr. Edwards, a Democrat, said at a news conference in the State Capitol. “We cannot wait on Washington.”

The American Red Cross has said the flooding was the worst natural disaster in the United States since Hurricane Sandy. More than 60,000 homes were damaged, and state officials estimate that fewer than a third of affected households had flood insurance.

The Federal Emergency Management Agency has approved more than $400 million in individual assistance, according to figures released by the agency on Friday. A FEMA spokeswoman said the agency was “working around the clock” and had more than 3,000 employees in the state.

President Obama, who toured the damage two weeks ago, has pledged that the federal government will “stay until the job is done.” The White House said in a statement on Monday that it would submit a formal request to Congress “in the coming days.”

Representative Garret Graves, a Republican whose district includes some of the hardest-hit parishes, said he was confident that lawmakers would act. “This isn’t about party,” Mr. Graves said. “It’s about neighbors.”

Donald J. Trump, who visited flooded neighborhoods in August, said at the time that Mr. Obama should have cut short his vacation on Martha’s Vineyard. Mr. Trump’s campaign said on Monday that the Republican nominee supported “whatever it takes” to help Louisiana recover.

The Advocate, the Baton Rouge newspaper, reported on Sunday that hundreds of families were still living in shelters and that many had been denied assistance because of paperwork errors.

“I’ve been to that office five times,” said Denise Fontenot, 58, whose house in Denham Springs took on four feet of water. “Every time, they tell me something different.”
''', '''
# headline: "Louisiana Governor" = Gov. John Bel Edwards -> named_person
Says || Louisiana Governor || Flood Aid Is Lagging || named_person
Edwards <<said>> on Monday || Gov. John Bel Edwards || federal aid for victims of last month’s catastrophic flooding was arriving too slowly || named_person
said || and <<he>> said || Congress should approve an emergency spending package of at least $2 billion before the end of September || named_person
said || Mr. Edwards, a Democrat || “People are living in gutted houses with no walls and no insulation, and winter is coming,” ++ “We cannot wait on Washington.” || named_person
has said || The American Red Cross || the flooding was the worst natural disaster in the United States since Hurricane Sandy || named_org
estimate || state officials || fewer than a third of affected households had flood insurance || anonymous
according to || figures released by the agency on Friday || The Federal Emergency Management Agency has approved more than $400 million in individual assistance || document
said || A FEMA spokeswoman || the agency was “working around the clock” and had more than 3,000 employees in the state || anonymous
has pledged || President Obama, who toured the damage two weeks ago || the federal government will “stay until the job is done.” || named_person
said || The White House || it would submit a formal request to Congress “in the coming days.” || named_org
said || Representative Garret Graves, a Republican whose district includes some of the hardest-hit parishes || he was confident that lawmakers would act || named_person
said || Mr. Graves || “This isn’t about party,” ++ “It’s about neighbors.” || named_person
said || Donald J. Trump, who visited flooded neighborhoods in August || Mr. Obama should have cut short his vacation on Martha’s Vineyard || named_person
said || Mr. Trump’s campaign || the Republican nominee supported “whatever it takes” to help Louisiana recover || named_org
reported || The Advocate, the Baton Rouge newspaper || hundreds of families were still living in shelters and that many had been denied assistance because of paperwork errors || media
said || Denise Fontenot, 58, whose house in Denham Springs took on four feet of water || “I’ve been to that office five times,” ++ “Every time, they tell me something different.” || named_person
'''))

# ---------------------------------------------------------------------------
ARTICLES.append(("u211", '''Trump Foundation Faces New Questions Over Spending

Donald J. Trump’s charitable foundation used more than $250,000 to settle legal disputes involving the candidate’s businesses, The Washington Post reported on Tuesday, citing court records and tax filings.

According to The Post, the foundation paid $120,000 in 2008 to resolve a dispute over signage at one of Mr. Trump’s golf courses in Westchester County.

Legal experts said such payments could violate federal rules against “self-dealing” by charity leaders. “It’s about as clear a violation as you can find,” said Rachel Osterman, a former director of the exempt organizations division at the Internal Revenue Service.

The Trump campaign said the report was “riddled with inaccuracies” but did not identify any specific errors. Jason Miller, a spokesman, said Mr. Trump had personally given “tens of millions of dollars” to charity over the years.

The foundation has drawn scrutiny for weeks. It was reported in July that the foundation had spent $20,000 of its money on a six-foot portrait of Mr. Trump. The New York attorney general, Eric T. Schneiderman, a Democrat who has endorsed Hillary Clinton, said last week that his office had opened an inquiry into the charity. Mr. Trump’s allies have said the investigation is politically motivated.

Politico reported last month that the foundation had not received a personal contribution from Mr. Trump since 2008. Tax records reviewed by The Associated Press show that most of its money since then has come from outside donors, including the professional wrestling executive Vince McMahon and his wife, Linda.

The Clinton campaign has seized on the reports. “Donald Trump used other people’s money to pay his own bills, and then he bragged about his generosity,” Brian Fallon, Mrs. Clinton’s press secretary, said Tuesday. Mrs. Clinton told supporters in Philadelphia that voters could not trust Mr. Trump “with the nation’s treasury.”

The Clinton Foundation has faced its own questions. Emails released this summer by Judicial Watch show that some donors to the foundation sought meetings with State Department officials while Mrs. Clinton was secretary of state. Her campaign has said none of those requests resulted in favors.

Some Republican donors privately worry that the steady drip of stories about the Trump Foundation will undercut the party’s attacks on Mrs. Clinton, according to a fund-raiser who has spoken with several of them.
''', '''
reported || The Washington Post || Donald J. Trump’s charitable foundation used more than $250,000 to settle legal disputes involving the candidate’s businesses || media
# "citing" belongs to the one who cites (The Post); its content is what is cited
citing || The Washington Post || court records and tax filings || media
According to || The Post || the foundation paid $120,000 in 2008 to resolve a dispute over signage at one of Mr. Trump’s golf courses in Westchester County || media
said || Legal experts || such payments could violate federal rules against “self-dealing” by charity leaders || anonymous
said || Rachel Osterman, a former director of the exempt organizations division at the Internal Revenue Service || “It’s about as clear a violation as you can find,” || named_person
said || The Trump campaign || the report was “riddled with inaccuracies” || named_org
said || Jason Miller, a spokesman || Mr. Trump had personally given “tens of millions of dollars” to charity over the years || named_person
was reported || - || the foundation had spent $20,000 of its money on a six-foot portrait of Mr. Trump || unknown
said || The New York attorney general, Eric T. Schneiderman, a Democrat who has endorsed Hillary Clinton || his office had opened an inquiry into the charity || named_person
# "Mr. Trump's allies": head noun "allies", unnamed group -> anonymous
have said || Mr. Trump’s allies || the investigation is politically motivated || anonymous
reported || Politico || the foundation had not received a personal contribution from Mr. Trump since 2008 || media
# head noun "records" -> document, although an outlet reviewed them
show || Tax records reviewed by The Associated Press || most of its money since then has come from outside donors, including the professional wrestling executive Vince McMahon and his wife, Linda || document
said || Brian Fallon, Mrs. Clinton’s press secretary || “Donald Trump used other people’s money to pay his own bills, and then he bragged about his generosity,” || named_person
told || Mrs. Clinton || voters could not trust Mr. Trump “with the nation’s treasury.” || named_person
show || Emails released this summer by Judicial Watch || some donors to the foundation sought meetings with State Department officials while Mrs. Clinton was secretary of state || document
has said || Her campaign || none of those requests resulted in favors || named_org
# "X worry Z, according to W": only the outer attribution
according to || a fund-raiser who has spoken with several of them || Some Republican donors privately worry that the steady drip of stories about the Trump Foundation will undercut the party’s attacks on Mrs. Clinton || anonymous
'''))

# ---------------------------------------------------------------------------
ARTICLES.append(("u212", '''White House Makes Last Push for Pacific Trade Deal

WASHINGTON — The Obama administration is mounting a final campaign to win congressional approval of the Trans-Pacific Partnership before the president leaves office, even as both candidates to succeed him have said they oppose the 12-nation trade agreement.

Michael Froman, the United States trade representative, told a gathering of business executives on Thursday that failing to ratify the pact would be “a gift to China.” “If we walk away, Beijing will write the rules of the road for the Asia-Pacific,” Mr. Froman said. “And those rules will not favor American workers.”

The White House hopes to bring the deal to a vote in the lame-duck session after the Nov. 8 election, according to two administration officials. The officials spoke on the condition of anonymity to describe private conversations with lawmakers.

Speaker Paul D. Ryan said in an interview with The Wall Street Journal last month that there were “not the votes” to pass the agreement this year. Senator Mitch McConnell of Kentucky, the majority leader, has said the deal has “serious flaws” that must be addressed.

Donald J. Trump has made opposition to the deal central to his campaign, promising to withdraw from it on his first day in office. Hillary Clinton, who supported an early version of the pact as secretary of state, says the final agreement fails to meet her standards for protecting jobs and raising wages.

Labor unions have vowed to fight any lame-duck vote. Richard L. Trumka, the president of the A.F.L.-C.I.O., said Thursday that lawmakers who supported the deal after the election would face “a reckoning” in 2018.

A study released this week by the U.S. Chamber of Commerce estimated that the agreement would raise American exports by $123 billion a year by 2030. Some economists say the projected gains are overstated.

Senator Sherrod Brown of Ohio, a Democrat, said it would be “outrageous” for a lame-duck Congress to approve a major trade deal. “The American people have spoken on this,” he said.

A Pew Research Center survey conducted this spring found that Americans were almost evenly split on whether free trade agreements had helped the country. The White House press secretary, Josh Earnest, said the president would make the case for the pact “right up until his last day in office.”
''', '''
# "both candidates to succeed him" = Clinton and Trump, both named later -> named_person
have said || both candidates to succeed him || they oppose the 12-nation trade agreement || named_person
told || Michael Froman, the United States trade representative || failing to ratify the pact would be “a gift to China.” || named_person
said || Mr. Froman || “If we walk away, Beijing will write the rules of the road for the Asia-Pacific,” ++ “And those rules will not favor American workers.” || named_person
# "The White House hopes" is nested inside the according-to content: not annotated
according to || two administration officials || The White House hopes to bring the deal to a vote in the lame-duck session after the Nov. 8 election || anonymous
said || Speaker Paul D. Ryan || there were “not the votes” to pass the agreement this year || named_person
has said || Senator Mitch McConnell of Kentucky, the majority leader || the deal has “serious flaws” that must be addressed || named_person
promising || Donald J. Trump || to withdraw from it on his first day in office || named_person
says || Hillary Clinton, who supported an early version of the pact as secretary of state || the final agreement fails to meet her standards for protecting jobs and raising wages || named_person
have vowed || Labor unions || to fight any lame-duck vote || anonymous
said || Richard L. Trumka, the president of the A.F.L.-C.I.O. || lawmakers who supported the deal after the election would face “a reckoning” in 2018 || named_person
estimated || A study released this week by the U.S. Chamber of Commerce || the agreement would raise American exports by $123 billion a year by 2030 || document
say || Some economists || the projected gains are overstated || anonymous
said || Senator Sherrod Brown of Ohio, a Democrat || it would be “outrageous” for a lame-duck Congress to approve a major trade deal || named_person
said || he || “The American people have spoken on this,” || named_person
found || A Pew Research Center survey conducted this spring || Americans were almost evenly split on whether free trade agreements had helped the country || document
said || The White House press secretary, Josh Earnest || the president would make the case for the pact “right up until his last day in office.” || named_person
'''))


# ---------------------------------------------------------------------------
# Offset computation
# ---------------------------------------------------------------------------
def _occurrences(text, s):
    """Start offsets of s in text, respecting word boundaries at both ends."""
    out = []
    i = text.find(s)
    while i != -1:
        ok = True
        if s[0].isalnum() and i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"):
            ok = False
        j = i + len(s)
        if s[-1].isalnum() and j < len(text) and (text[j].isalnum() or text[j] == "_"):
            ok = False
        if ok:
            out.append(i)
        i = text.find(s, i + 1)
    return out


def _parse_spec(spec):
    """'left<<target>>right' -> (target, left, right); plain -> (spec, None, None)."""
    if "<<" in spec:
        left, rest = spec.split("<<", 1)
        target, right = rest.split(">>", 1)
        return target, left, right
    return spec, None, None


def _with_context(text, target, left, right, what):
    full = left + target + right
    occ = _occurrences(text, full)
    assert len(occ) == 1, f"{what}: context {full!r} found {len(occ)} times"
    s = occ[0] + len(left)
    return s, s + len(target)


def _dist(a, b):
    """Distance between spans a=(s,e) and b=(s,e); 0 if overlapping/adjacent."""
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def _overlaps(a, spans):
    return any(a[0] < e and s < a[1] for s, e in spans)


CHOICES = []  # (doc_id, field, spec, chosen, n_candidates) for eye-checking


def _nearest(text, spec, anchor, exclude, what, doc_id, field):
    target, left, right = _parse_spec(spec)
    if left is not None:
        return _with_context(text, target, left, right, what)
    occ = [(i, i + len(target)) for i in _occurrences(text, target)]
    occ = [o for o in occ if not _overlaps(o, exclude)]
    assert occ, f"{what}: {target!r} not found"
    if len(occ) == 1:
        return occ[0]
    occ.sort(key=lambda o: _dist(o, anchor))
    d0, d1 = _dist(occ[0], anchor), _dist(occ[1], anchor)
    assert d0 < d1, f"{what}: {target!r} ambiguous (tie at distance {d0}); give context"
    CHOICES.append((doc_id, field, target, occ[0], len(occ)))
    return occ[0]


def _paragraph_of(text, pos):
    return text.count("\n\n", 0, pos)


def _span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def parse_block(doc_id, text, block):
    atts = []
    for ln, line in enumerate(block.strip().splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("||")]
        assert len(parts) == 4, f"{doc_id} line {ln}: need 4 fields: {line!r}"
        cue_spec, src_spec, con_spec, stype = parts
        assert stype in TYPES, f"{doc_id} line {ln}: bad type {stype!r}"
        what = f"{doc_id} line {ln} ({cue_spec!r})"
        # content
        frags = []
        prev_end = 0
        for k, fspec in enumerate([f.strip() for f in con_spec.split(" ++ ")]):
            target, left, right = _parse_spec(fspec)
            if left is not None:
                s, e = _with_context(text, target, left, right, what + " content")
            elif k == 0:
                occ = _occurrences(text, target)
                assert len(occ) == 1, f"{what}: content {target!r} found {len(occ)} times"
                s, e = occ[0], occ[0] + len(target)
            else:
                i = text.find(target, prev_end)
                assert i != -1, f"{what}: fragment {target!r} not found after {prev_end}"
                s, e = i, i + len(target)
            assert s >= prev_end, f"{what}: fragments out of order"
            frags.append((s, e))
            prev_end = e
        c_range = (frags[0][0], frags[-1][1])
        cue = _nearest(text, cue_spec, c_range, frags, what + " cue", doc_id, "cue")
        if src_spec == "-":
            src = None
        else:
            src = _nearest(text, src_spec, cue, frags + [cue], what + " source", doc_id, "source")
        # same paragraph
        paras = {_paragraph_of(text, cue[0]), _paragraph_of(text, c_range[0]),
                 _paragraph_of(text, c_range[1] - 1)}
        if src:
            paras.add(_paragraph_of(text, src[0]))
        assert len(paras) == 1, f"{what}: spans in different paragraphs"
        content = _span(text, *c_range)
        if len(frags) > 1:
            content["fragments"] = [list(f) for f in frags]
        # content conventions
        ct = content["text"]
        assert not ct.startswith("that "), f"{what}: content starts with 'that'"
        assert not (ct.endswith(".") and not ct.endswith(".\"") and not ct.endswith(".\u201d")), \
            f"{what}: sentence-final period outside quotes"
        rec = {"cue": _span(text, *cue),
               "source": _span(text, *src) if src else None,
               "content": content,
               "source_type": stype}
        for key in ("cue", "source", "content"):
            sp = rec[key]
            if sp:
                assert text[sp["start"]:sp["end"]] == sp["text"]
        for f in content.get("fragments", []):
            assert text[f[0]:f[1]] in ct
        atts.append(rec)
    atts.sort(key=lambda a: a["cue"]["start"])
    return atts


def build():
    records = []
    seen = set()
    for n, (doc_id, raw, block) in enumerate(ARTICLES):
        assert doc_id not in seen
        seen.add(doc_id)
        text = raw.strip("\n")
        # format: headline, blank line, paragraphs
        lines = text.split("\n")
        assert lines[1] == "" and lines[0].strip() and lines[2].strip(), doc_id
        assert "\n\n\n" not in text, doc_id
        # quote style
        if n < 6:
            assert not any(c in text for c in CURLY), f"{doc_id}: curly quote in straight half"
            assert '"' in text, doc_id
        else:
            assert not any(c in text for c in STRAIGHT), f"{doc_id}: straight quote in curly half"
            assert "\u201c" in text and "\u201d" in text, doc_id
        words = len(text.split())
        assert 300 <= words <= 500, f"{doc_id}: {words} words"
        atts = parse_block(doc_id, text, block)
        assert 10 <= len(atts) <= 18, f"{doc_id}: {len(atts)} attributions"
        # no two attributions with identical cue span
        cues = [(a["cue"]["start"], a["cue"]["end"]) for a in atts]
        assert len(cues) == len(set(cues)), f"{doc_id}: duplicate cue span"
        records.append({"doc_id": doc_id, "text": text, "split": "blind",
                        "attributions": atts})
    return records


def _show(records):
    for r in records:
        t = r["text"]
        print(f"=== {r['doc_id']} ({len(t.split())} words, {len(r['attributions'])} attributions)")
        for a in r["attributions"]:
            marks = [(a["cue"]["start"], "<C:"), (a["cue"]["end"], ">")]
            if a["source"]:
                marks += [(a["source"]["start"], "[S:"), (a["source"]["end"], "]")]
            for s, e in a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]]):
                marks += [(s, "{"), (e, "}")]
            lo = min(m[0] for m in marks)
            hi = max(m[0] for m in marks)
            seg = t[max(0, lo - 15):hi + 15]
            off = max(0, lo - 15)
            for pos, m in sorted(marks, key=lambda x: -x[0]):
                seg = seg[:pos - off] + m + seg[pos - off:]
            print(f"  {a['source_type']:12s} {seg.replace(chr(10), ' / ')}")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind53.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
