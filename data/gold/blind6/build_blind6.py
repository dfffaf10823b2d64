#!/usr/bin/env python3
"""Build ``blind6.jsonl``: the sixth batch of blind test articles (session 15).

14 invented 2016-style political news articles of organisations, documents, outlets and unnamed
groups as sources, written and annotated by a helper session that never read claimtrace's code,
tests or data; see NOTES.md. Scored on arrival, then read for errors.

Usage: ``python data/gold/blind6/build_blind6.py [--check] [--show]`` (``--check``: exit 1
if blind6.jsonl is stale; ``--show``: print every attribution in context).

Theme: organisations, institutions, documents, outlets and unnamed groups as sources.
All texts are invented from scratch. Offsets are COMPUTED from the text, never typed.

Annotation line format (one attribution per line):
    CUE || SOURCE || CONTENT || TYPE
- SOURCE may be "null" (no source in the article).
- CONTENT may have several fragments separated by " ++ " (a quote split by the cue).
- Any field may pin its occurrence with a context: "before [[span]] after"; the string with
  the brackets removed must occur exactly once in the text, and the span is the bracketed part.
- Without a context: a content fragment must occur exactly once in the text; the cue is the
  occurrence (not overlapping the content) nearest to the content; the source is the occurrence
  (not overlapping cue or content) nearest to the cue. Ties are errors.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

STRAIGHT = {"f01", "f02", "f03", "f04", "f05", "f06", "f07"}
TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}

ARTICLES = []


def art(doc_id, text, ann):
    ARTICLES.append((doc_id, text.strip("\n"), ann))


# ---------------------------------------------------------------- f01
art("f01", '''
State Department Sets Schedule for Release of More Clinton Emails

WASHINGTON — The State Department said Monday that it would release about 1,200 more pages of Hillary Clinton's emails before the end of the month.

The schedule follows an order issued last week by Judge Ellen R. Mayhew of Federal District Court in a lawsuit brought by Judicial Watch, a conservative advocacy group. The lawsuit alleges that the department slowed its handling of records requests to shield Mrs. Clinton during the primaries. Court papers show that government lawyers had asked for an extension until after the November election.

"We have been working as fast as our resources allow," a State Department spokesman, John Kirby, told reporters at the daily briefing. "Nobody here is trying to run out the clock."

The Clinton campaign said in a statement that the documents would contain "nothing new." Clinton allies argued in private that the department's slow pace had done the candidate more harm than the emails themselves.

Trump's advisers believe the releases will give him a fresh line of attack in the debates. A memo circulated by the campaign's research team last week argued that the emails could revive questions about donors to the Clinton Foundation, according to two people who have read it. Politico first reported the memo on Sunday, citing two campaign aides.

Democrats said the Republican focus on the emails was meant to distract from Mr. Trump's refusal to release his tax returns. Some lawmakers in both parties worry that the steady drip of documents will keep the issue alive through Election Day.

Judicial Watch said in a filing on Friday that it would ask the judge to order sworn testimony from senior department officials. The group's president, Tom Fitton, said the schedule was "a start, not a finish."
''', '''
said || The State Department || it would release about 1,200 more pages of Hillary Clinton's emails before the end of the month || named_org
alleges || The lawsuit || the department slowed its handling of records requests to shield Mrs. Clinton during the primaries || document
show || Court papers || government lawyers had asked for an extension until after the November election || document
told || a State Department spokesman, John Kirby || "We have been working as fast as our resources allow," ++ "Nobody here is trying to run out the clock." || named_person
said in a statement || The Clinton campaign || the documents would contain "nothing new." || named_org
argued || Clinton allies || the department's slow pace had done the candidate more harm than the emails themselves || anonymous
believe || Trump's advisers || the releases will give him a fresh line of attack in the debates || anonymous
argued || A memo circulated by the campaign's research team last week || the emails could revive questions about donors to the Clinton Foundation || document
according to || two people who have read it || A memo circulated by the campaign's research team last week argued that the emails could revive questions about donors to the Clinton Foundation || anonymous
first reported || Politico || first reported [[the memo]] on Sunday || media
citing || two campaign aides || first reported [[the memo]] on Sunday || anonymous
said || Democrats || the Republican focus on the emails was meant to distract from Mr. Trump's refusal to release his tax returns || named_org
worry || Some lawmakers in both parties || the steady drip of documents will keep the issue alive through Election Day || anonymous
said in a filing || Judicial Watch || it would ask the judge to order sworn testimony from senior department officials || named_org
said || The group's president, Tom Fitton || the schedule was "a start, not a finish." || named_person
''')

# ---------------------------------------------------------------- f02
art("f02", '''
Senate Report Faults Veterans Agency Over Hidden Wait Times

WASHINGTON — The Senate Veterans' Affairs Committee found that the Department of Veterans Affairs continued to understate patient wait times at dozens of its hospitals long after promising to fix the problem.

The 94-page report, released Wednesday, concluded that schedulers at 31 facilities had routinely recorded appointment dates in ways that made delays look shorter. It said that senior managers at several regional offices knew of the practice and did nothing to stop it.

"The department is trying to hide the ball from veterans and from Congress," said Senator Johnny Isakson, the Georgia Republican who leads the committee.

The department said in a written response that it had already adopted most of the panel's recommendations and that average waits had fallen by a third since 2014.

Republicans argued that the findings strengthened the case for letting more veterans see private doctors at government expense. Democrats said the approach would drain money from a system that most veterans prefer.

Some veterans' groups have expressed concern that the recommendations go too far. The American Legion said in a statement that the report "confirms what our members have been telling us for years."

Experts on military health care cautioned that the data behind the report were incomplete. "You are looking at a snapshot, not a trend line," said Dana Whitlock, a health policy researcher at the RAND Corporation.

An audit by the department's inspector general, obtained by The Associated Press, found that the same practice had spread to four hospitals in Texas and Arizona.

Committee aides said the panel would hold a hearing on the report next month, and that the secretary, Robert A. McDonald, had been invited to testify.
''', '''
found || The Senate Veterans' Affairs Committee || the Department of Veterans Affairs continued to understate patient wait times at dozens of its hospitals long after promising to fix the problem || named_org
concluded || The 94-page report, released Wednesday || schedulers at 31 facilities had routinely recorded appointment dates in ways that made delays look shorter || document
said || It || senior managers at several regional offices knew of the practice and did nothing to stop it || document
said || Senator Johnny Isakson, the Georgia Republican who leads the committee || "The department is trying to hide the ball from veterans and from Congress," || named_person
said in a written response || The department || it had already adopted most of the panel's recommendations and that average waits had fallen by a third since 2014 || named_org
argued || Republicans || the findings strengthened the case for letting more veterans see private doctors at government expense || named_org
said || Democrats || the approach would drain money from a system that most veterans prefer || named_org
have expressed concern || Some veterans' groups || the recommendations go too far || anonymous
said in a statement || The American Legion || the report "confirms what our members have been telling us for years." || named_org
cautioned || Experts on military health care || the data behind the report were incomplete || anonymous
said || Dana Whitlock, a health policy researcher at the RAND Corporation || "You are looking at a snapshot, not a trend line," || named_person
found || An audit by the department's inspector general, obtained by The Associated Press || the same practice had spread to four hospitals in Texas and Arizona || document
said || Committee aides || the panel would hold a hearing on the report next month, and that the secretary, Robert A. McDonald, had been invited to testify || anonymous
''')

# ---------------------------------------------------------------- f03
art("f03", '''
Clinton Widens Pennsylvania Lead Ahead of Final Debate

PHILADELPHIA — Hillary Clinton holds a nine-point lead over Donald J. Trump among likely voters in Pennsylvania, a poll released Tuesday found.

The Franklin & Marshall College survey showed Mrs. Clinton winning 49 percent to Mr. Trump's 40 percent, with the rest undecided or backing third-party candidates. It found that a majority of suburban women view Mr. Trump unfavorably.

"The suburbs around Philadelphia are where this election is being decided," said Lena Hartwell, the poll's director.

The Trump campaign said the survey undercounted rural voters. Jason Miller, a senior communications adviser, said in a statement that the campaign's internal polling showed "a dead heat" in the state. Analysts said there was little sign in public surveys of the rural surge that the campaign was counting on.

A Monmouth University poll released last week showed a closer race, with Mrs. Clinton ahead by four points.

Mr. Trump, at a rally in Wilkes-Barre on Monday night, predicted that he would "win Pennsylvania big."

Clinton's campaign manager, Robby Mook, told reporters on a conference call that the campaign would not "take a single vote for granted" and would keep its advertising on the air in Pennsylvania through Election Day.

Pennsylvania Republican Party leaders have complained in private that the Trump campaign has spent too little on field offices, according to three people who have attended their meetings. The state party said in a statement that it was "fully coordinated" with the campaign.

The Philadelphia Inquirer reported on Monday that former President Bill Clinton would campaign in Scranton and Erie next week. Strategists in both parties believe the state's working-class counties will decide the outcome.
''', '''
found || a poll released Tuesday || Hillary Clinton holds a nine-point lead over Donald J. Trump among likely voters in Pennsylvania || document
showed || The Franklin & Marshall College survey || Mrs. Clinton winning 49 percent to Mr. Trump's 40 percent, with the rest undecided or backing third-party candidates || document
found || It || a majority of suburban women view Mr. Trump unfavorably || document
said || Lena Hartwell, the poll's director || "The suburbs around Philadelphia are where this election is being decided," || named_person
said || The Trump campaign || the survey undercounted rural voters || named_org
said in a statement || Jason Miller, a senior communications adviser || the campaign's internal polling showed "a dead heat" in the state || named_person
showed || the campaign's internal polling || "a dead heat" in the state || document
said || Analysts || there was little sign in public surveys of the rural surge that the campaign was counting on || anonymous
showed || A Monmouth University poll released last week || a closer race, with Mrs. Clinton ahead by four points || document
predicted || Mr. Trump || he would "win Pennsylvania big." || named_person
told || Clinton's campaign manager, Robby Mook || the campaign would not "take a single vote for granted" and would keep its advertising on the air in Pennsylvania through Election Day || named_person
have complained || Pennsylvania Republican Party leaders || the Trump campaign has spent too little on field offices || anonymous
according to || three people who have attended their meetings || Pennsylvania Republican Party leaders have complained in private that the Trump campaign has spent too little on field offices || anonymous
said in a statement || The state party || it was "fully coordinated" with the campaign || named_org
reported || The Philadelphia Inquirer || former President Bill Clinton would campaign in Scranton and Erie next week || media
believe || Strategists in both parties || the state's working-class counties will decide the outcome || anonymous
''')

# ---------------------------------------------------------------- f04
art("f04", '''
Texas and 20 Other States Sue Over Obama Overtime Rule

AUSTIN, Tex. — Texas and 20 other states filed suit on Tuesday to block a Labor Department rule that would make millions more workers eligible for overtime pay, arguing that the Obama administration had overstepped its authority.

The lawsuit, filed in federal court in Sherman, Tex., alleges that the rule would force states and small businesses to cut jobs or reduce hours to cover the added costs.

"This is a one-size-fits-all mandate written by bureaucrats who have never had to make a payroll," Attorney General Ken Paxton of Texas said at a news conference.

The U.S. Chamber of Commerce filed a separate suit the same day. It said the rule would hit retailers and restaurants hardest.

The White House said in a statement that the rule was "on solid legal ground" and would "put money back in the pockets of hardworking Americans." The press secretary, Josh Earnest, told reporters aboard Air Force One that the administration had expected the challenge. "We're confident the courts will see it our way," he said.

A Labor Department analysis estimated that 4.2 million workers would become eligible for overtime under the rule. Labor unions and their allies in Congress said the states were siding with employers against their own workers.

Business groups argue that the salary threshold, which the rule doubles to about $47,000, is set too high for rural areas where wages are lower. Some economists believe employers will simply convert hourly workers to salaried ones to avoid the costs.

The Wall Street Journal reported last month that several large retailers had already begun adjusting schedules in anticipation of the rule.

Mr. Paxton's office said it would ask for a nationwide injunction before the rule takes effect on Dec. 1.
''', '''
arguing || Texas and 20 other states || the Obama administration had overstepped its authority || named_org
alleges || The lawsuit, filed in federal court in Sherman, Tex. || the rule would force states and small businesses to cut jobs or reduce hours to cover the added costs || document
said || Attorney General Ken Paxton of Texas || "This is a one-size-fits-all mandate written by bureaucrats who have never had to make a payroll," || named_person
said || It || the rule would hit retailers and restaurants hardest || named_org
said in a statement || The White House || the rule was "on solid legal ground" and would "put money back in the pockets of hardworking Americans." || named_org
told || The press secretary, Josh Earnest || the administration had expected the challenge || named_person
said || he || "We're confident the courts will see it our way," || named_person
estimated || A Labor Department analysis || 4.2 million workers would become eligible for overtime under the rule || document
said || Labor unions and their allies in Congress || the states were siding with employers against their own workers || anonymous
argue || Business groups || the salary threshold, which the rule doubles to about $47,000, is set too high for rural areas where wages are lower || anonymous
believe || Some economists || employers will simply convert hourly workers to salaried ones to avoid the costs || anonymous
reported || The Wall Street Journal || several large retailers had already begun adjusting schedules in anticipation of the rule || media
said || Mr. Paxton's office || it would ask for a nationwide injunction before the rule takes effect on Dec. 1 || named_org
''')

# ---------------------------------------------------------------- f05
art("f05", '''
F.B.I. Releases Notes From Its Interview With Clinton

WASHINGTON — The F.B.I. on Friday released 58 pages of notes from its July interview with Hillary Clinton about her use of a private email server as secretary of state.

The notes show that Mrs. Clinton told agents she did not recall receiving any training on how to handle classified information. According to the notes, her aides replaced her mobile devices more than a dozen times during her four years in office.

The F.B.I. said in a statement that it was releasing the documents "in the interest of transparency" and in response to Freedom of Information Act requests.

House Republicans said the notes raised new questions about Mrs. Clinton's honesty. Speaker Paul D. Ryan said Mrs. Clinton had shown "a pattern of carelessness that should disqualify anyone from the presidency."

The Clinton campaign's spokesman, Brian Fallon, said the notes contained nothing that the director, James B. Comey, had not already described in July, when he said that "no reasonable prosecutor" would bring a case.

People familiar with the investigation said some agents had pressed their superiors for a broader inquiry into the Clinton Foundation. The bureau said no such disagreement had taken place.

The New York Times reported this week that senior Justice Department officials had warned Mr. Comey in July that publicly criticizing Mrs. Clinton would break with long-standing department practice. The Justice Department declined to comment.

At a rally in Ohio, Donald J. Trump said the system was "rigged." His running mate, Gov. Mike Pence of Indiana, told Fox News that Mrs. Clinton had "lied to the American people."

A Reuters/Ipsos poll conducted after the release found that 41 percent of registered voters ranked the email issue among their top three concerns, up from 33 percent in June.
''', '''
show || The notes || Mrs. Clinton told agents she did not recall receiving any training on how to handle classified information || document
told || Mrs. Clinton || she did not recall receiving any training on how to handle classified information || named_person
According to || the notes || her aides replaced her mobile devices more than a dozen times during her four years in office || document
said in a statement || The F.B.I. || it was releasing the documents "in the interest of transparency" and in response to Freedom of Information Act requests || named_org
said || House Republicans || the notes raised new questions about Mrs. Clinton's honesty || named_org
said || Speaker Paul D. Ryan || Mrs. Clinton had shown "a pattern of carelessness that should disqualify anyone from the presidency." || named_person
said || The Clinton campaign's spokesman, Brian Fallon || the notes contained nothing that the director, James B. Comey, had not already described in July, when he said that "no reasonable prosecutor" would bring a case || named_person
said || he || "no reasonable prosecutor" would bring a case || named_person
said || People familiar with the investigation || some agents had pressed their superiors for a broader inquiry into the Clinton Foundation || anonymous
said || The bureau || no such disagreement had taken place || named_org
reported || The New York Times || senior Justice Department officials had warned Mr. Comey in July that publicly criticizing Mrs. Clinton would break with long-standing department practice || media
had warned || senior Justice Department officials || publicly criticizing Mrs. Clinton would break with long-standing department practice || anonymous
said || Donald J. Trump || the system was "rigged." || named_person
told || His running mate, Gov. Mike Pence of Indiana || Mrs. Clinton had "lied to the American people." || named_person
found || A Reuters/Ipsos poll conducted after the release || 41 percent of registered voters ranked the email issue among their top three concerns, up from 33 percent in June || document
''')

# ---------------------------------------------------------------- f06
art("f06", '''
Moody's Downgrades Illinois as Budget Standoff Drags On

SPRINGFIELD, Ill. — Moody's Investors Service lowered Illinois's credit rating on Thursday, saying the state's yearlong budget impasse had left it with "no credible plan" to pay down a growing pile of unpaid bills.

In a report accompanying the downgrade, the agency said that the state's pension debt was now larger, relative to its revenue, than that of any other state.

Gov. Bruce Rauner, a Republican, has been locked in a standoff for a year with the Democrats who control the legislature. "The speaker has held this state hostage for a year, and the bill is coming due," he said at a news conference in Chicago. The governor's office said Friday that Mr. Rauner would call lawmakers back to Springfield next week.

A spokesman for Speaker Michael J. Madigan said the governor had refused to negotiate on a budget unless lawmakers first approved his proposals to weaken labor unions.

State officials said the backlog of unpaid bills had reached $8 billion and could top $10 billion by the end of the year. A report released this week by the state comptroller's office found that social service agencies had laid off more than 1,000 workers since the impasse began.

"We are watching an entire safety net come apart," the comptroller, Leslie Munger, said on Thursday.

Democrats argued that the governor's demands were the real obstacle to a deal. Several rank-and-file Republicans have told party leaders that they would support a temporary income tax increase if it were paired with spending cuts, according to two lawmakers involved in the talks.

The Chicago Tribune reported Wednesday that both sides had tentatively agreed to a stopgap plan to keep schools open in the fall.

Bond analysts warned that further downgrades were likely if no agreement is reached by July 1.
''', '''
saying || Moody's Investors Service || the state's yearlong budget impasse had left it with "no credible plan" to pay down a growing pile of unpaid bills || named_org
said || the agency || the state's pension debt was now larger, relative to its revenue, than that of any other state || named_org
said || he || "The speaker has held this state hostage for a year, and the bill is coming due," || named_person
said || The governor's office || Mr. Rauner would call lawmakers back to Springfield next week || named_org
said || A spokesman for Speaker Michael J. Madigan || the governor had refused to negotiate on a budget unless lawmakers first approved his proposals to weaken labor unions || anonymous
said || State officials || the backlog of unpaid bills had reached $8 billion and could top $10 billion by the end of the year || anonymous
found || A report released this week by the state comptroller's office || social service agencies had laid off more than 1,000 workers since the impasse began || document
said || the comptroller, Leslie Munger || "We are watching an entire safety net come apart," || named_person
argued || Democrats || the governor's demands were the real obstacle to a deal || named_org
have told || Several rank-and-file Republicans || they would support a temporary income tax increase if it were paired with spending cuts || anonymous
according to || two lawmakers involved in the talks || Several rank-and-file Republicans have told party leaders that they would support a temporary income tax increase if it were paired with spending cuts || anonymous
reported || The Chicago Tribune || both sides had tentatively agreed to a stopgap plan to keep schools open in the fall || media
warned || Bond analysts || further downgrades were likely if no agreement is reached by July 1 || anonymous
''')

# ---------------------------------------------------------------- f07
art("f07", '''
Democrats' Draft Platform Moves Left on Wages and Banks

WASHINGTON — The Democratic Party's draft platform, released Friday, says that Americans "should earn at least $15 an hour" and that the largest banks should be broken up if they threaten the financial system.

The Sanders campaign said the document reflected "real progress" but fell short on trade and on fracking. Senator Bernie Sanders of Vermont told reporters in Burlington that he would keep pressing for changes "all the way to the convention floor."

The Democratic National Committee said in a statement that the drafting committee had "listened to every voice in the party." Clinton allies on the committee argued that the document already went further to the left than any platform in the party's history.

Politico reported Thursday, citing two people in the room, that the Clinton campaign had accepted the minimum wage language only after a late-night call between Mrs. Clinton and Mr. Sanders.

A memo circulated among Sanders delegates by the campaign's policy director, Warren Gunnels, argued that the draft's trade language would allow the Trans-Pacific Partnership to move forward. Some Sanders delegates said they would try to force floor votes on trade and fracking at the convention in Philadelphia.

Republicans said the draft was proof of how far the Democratic Party had drifted from the political center. "This is a platform written for Bernie Sanders's rallies, not for the country," the Republican National Committee's chairman, Reince Priebus, said in a statement.

Labor leaders said the wage plank would help unions organize low-wage workers in the South. A poll released last month by the Pew Research Center found that support for a $15 minimum wage among Democrats had risen to 58 percent.

Environmental groups expressed disappointment that the draft did not call for a ban on fracking.
''', '''
says || The Democratic Party's draft platform, released Friday || Americans "should earn at least $15 an hour" and that the largest banks should be broken up if they threaten the financial system || document
said || The Sanders campaign || the document reflected "real progress" but fell short on trade and on fracking || named_org
told || Senator Bernie Sanders of Vermont || he would keep pressing for changes "all the way to the convention floor." || named_person
said in a statement || The Democratic National Committee || the drafting committee had "listened to every voice in the party." || named_org
argued || Clinton allies on the committee || the document already went further to the left than any platform in the party's history || anonymous
reported || Politico || the Clinton campaign had accepted the minimum wage language only after a late-night call between Mrs. Clinton and Mr. Sanders || media
citing || two people in the room || the Clinton campaign had accepted the minimum wage language only after a late-night call between Mrs. Clinton and Mr. Sanders || anonymous
argued || A memo circulated among Sanders delegates by the campaign's policy director, Warren Gunnels || the draft's trade language would allow the Trans-Pacific Partnership to move forward || document
said || Some Sanders delegates || they would try to force floor votes on trade and fracking at the convention in Philadelphia || anonymous
said || Republicans || the draft was proof of how far the Democratic Party had drifted from the political center || named_org
said in a statement || the Republican National Committee's chairman, Reince Priebus || "This is a platform written for Bernie Sanders's rallies, not for the country," || named_person
said || Labor leaders || the wage plank would help unions organize low-wage workers in the South || anonymous
found || A poll released last month by the Pew Research Center || support for a $15 minimum wage among Democrats had risen to 58 percent || document
expressed disappointment || Environmental groups || the draft did not call for a ban on fracking || anonymous
''')

# ---------------------------------------------------------------- f08
art("f08", '''
Trump Names Conway Campaign Manager in Second Shake-Up

NEW YORK — Donald J. Trump’s campaign announced early Wednesday that Kellyanne Conway, a longtime Republican pollster, would become its campaign manager. It was the second overhaul of the campaign’s leadership in two months.

The campaign said in a statement that the changes would “strengthen the team” for the final stretch of the race. Mr. Trump’s advisers said the move reflected his frustration over weeks of negative coverage.

“I’ve known Kellyanne a long time, and she’s a winner,” Mr. Trump told The Wall Street Journal in a brief interview.

The Washington Post reported Tuesday night that the campaign’s chairman, Paul Manafort, would keep his title but lose much of his authority.

Reince Priebus, the chairman of the Republican National Committee, said on “Fox & Friends” that he was “fully supportive” of the changes. The R.N.C. said it would keep paying for field staff in battleground states. An R.N.C. official said the committee had been caught off guard by the timing. The official spoke on the condition of anonymity because he was not authorized to discuss internal deliberations.

Some Republican donors worry that the campaign still lacks a serious turnout operation in states like Ohio and Florida. A CNN/ORC poll released Monday showed Mrs. Clinton leading by eight points nationally.

Democrats said the shake-up was the sign of a campaign “in free fall.” Mrs. Clinton’s campaign manager, Robby Mook, wrote in a fund-raising email that supporters should not “get comfortable,” because Mr. Trump’s new team would “do anything to win.”

Ms. Conway, in her first interview in the new job, told MSNBC that the candidate would give more policy speeches and hold fewer rallies in the coming weeks. Mr. Trump’s aides said the first of those speeches, on the economy, would come Monday in Detroit.
''', '''
announced || Donald J. Trump’s campaign || Kellyanne Conway, a longtime Republican pollster, would become its campaign manager || named_org
said in a statement || The campaign || the changes would “strengthen the team” for the final stretch of the race || named_org
said || Mr. Trump’s advisers || the move reflected his frustration over weeks of negative coverage || anonymous
told || Mr. Trump || “I’ve known Kellyanne a long time, and she’s a winner,” || named_person
reported || The Washington Post || the campaign’s chairman, Paul Manafort, would keep his title but lose much of his authority || media
[[said]] on “Fox || Reince Priebus, the chairman of the Republican National Committee || he was “fully supportive” of the changes || named_person
said || The R.N.C. || it would keep paying for field staff in battleground states || named_org
said || An R.N.C. official || the committee had been caught off guard by the timing || anonymous
worry || Some Republican donors || the campaign still lacks a serious turnout operation in states like Ohio and Florida || anonymous
showed || A CNN/ORC poll released Monday || Mrs. Clinton leading by eight points nationally || document
said || Democrats || the shake-up was the sign of a campaign “in free fall.” || named_org
wrote in a fund-raising email || Mrs. Clinton’s campaign manager, Robby Mook || supporters should not “get comfortable,” because Mr. Trump’s new team would “do anything to win.” || named_person
told || Ms. Conway || the candidate would give more policy speeches and hold fewer rallies in the coming weeks || named_person
said || Mr. Trump’s aides || the first of those speeches, on the economy, would come Monday in Detroit || anonymous
''')

# ---------------------------------------------------------------- f09
art("f09", '''
Republicans Hold Firm on Garland as White House Presses Senate

WASHINGTON — The White House stepped up its campaign for Judge Merrick B. Garland on Monday, releasing a letter from more than 350 law professors. The letter argues that the Senate has “a constitutional duty” to give the president’s Supreme Court nominee a hearing and a vote.

The majority leader, Senator Mitch McConnell of Kentucky, said on the Senate floor that nothing had changed. “The American people should have a say in this decision through the election,” he said.

The White House press secretary, Josh Earnest, said the Republican position was “untenable” and would not survive the summer. Senate Republicans have argued since February that the vacancy should be filled by the next president.

A Gallup poll released last week found that support for holding hearings had reached 52 percent. Some Republican senators facing difficult re-election races have signaled that they are willing to meet with Judge Garland, and Senator Mark S. Kirk of Illinois said last week that he would vote to confirm him.

Senator Charles E. Grassley of Iowa, the Judiciary Committee’s chairman, said in a statement that the committee would not “rubber-stamp a lame-duck nomination.” The Hill reported Tuesday that committee aides had nonetheless begun reviewing Judge Garland’s opinions on the federal appeals court in Washington.

The Judicial Crisis Network, a conservative group, said it would spend another $2 million on television ads in states with competitive Senate races. Conservative legal activists argue that confirming Judge Garland would shift the court to the left for a generation.

Democrats said the blockade was without precedent in modern times. Court watchers expect the seat to remain empty until at least next spring.
''', '''
argues || The letter || the Senate has “a constitutional duty” to give the president’s Supreme Court nominee a hearing and a vote || document
said || The majority leader, Senator Mitch McConnell of Kentucky || nothing had changed || named_person
said || he || “The American people should have a say in this decision through the election,” || named_person
said || The White House press secretary, Josh Earnest || the Republican position was “untenable” and would not survive the summer || named_person
have argued || Senate Republicans || the vacancy should be filled by the next president || named_org
found || A Gallup poll released last week || support for holding hearings had reached 52 percent || document
have signaled || Some Republican senators facing difficult re-election races || they are willing to meet with Judge Garland || anonymous
said || Senator Mark S. Kirk of Illinois || he would vote to confirm him || named_person
said in a statement || Senator Charles E. Grassley of Iowa, the Judiciary Committee’s chairman || the committee would not “rubber-stamp a lame-duck nomination.” || named_person
reported || The Hill || committee aides had nonetheless begun reviewing Judge Garland’s opinions on the federal appeals court in Washington || media
said || The Judicial Crisis Network, a conservative group || it would spend another $2 million on television ads in states with competitive Senate races || named_org
argue || Conservative legal activists || confirming Judge Garland would shift the court to the left for a generation || anonymous
said || Democrats || the blockade was without precedent in modern times || named_org
expect || Court watchers || the seat to remain empty until at least next spring || anonymous
''')

# ---------------------------------------------------------------- f10
art("f10", '''
Hacked Emails Offer Glimpse Inside Clinton Campaign

WASHINGTON — WikiLeaks on Friday posted thousands of emails taken from the account of John D. Podesta, Hillary Clinton’s campaign chairman. The group said on Twitter that it would publish more batches before Election Day.

The emails show that campaign aides debated for months how to respond to questions about Mrs. Clinton’s paid speeches to Wall Street banks. In one message, a senior aide wrote that the speeches were “a problem we can’t make go away.”

The Clinton campaign said some of the documents might have been altered. Mr. Podesta told reporters aboard the campaign plane that the F.B.I. had contacted him about the hack. “I’m not going to waste my time going through them one by one,” he said.

The Department of Homeland Security and the Office of the Director of National Intelligence said in a joint statement last week that the Russian government had directed recent thefts of emails from American political organizations. The Kremlin has denied any involvement.

Intelligence officials believe the hackers passed the material to WikiLeaks through intermediaries. Julian Assange, the group’s founder, has said that his sources are not Russian.

At a rally in Pennsylvania, Mr. Trump said Mrs. Clinton “says one thing in public and another in private.” Politico reported on Saturday, citing a campaign official, that the Clinton campaign had hired an outside law firm to review the stolen files.

Security experts cautioned that hacked material is easy to doctor and hard to verify. Democrats said the Trump campaign was “cheering on a foreign intelligence operation.”
''', '''
said || The group || it would publish more batches before Election Day || named_org
show || The emails || campaign aides debated for months how to respond to questions about Mrs. Clinton’s paid speeches to Wall Street banks || document
wrote || a senior aide || the speeches were “a problem we can’t make go away.” || anonymous
said || The Clinton campaign || some of the documents might have been altered || named_org
told || Mr. Podesta || the F.B.I. had contacted him about the hack || named_person
said || he || “I’m not going to waste my time going through them one by one,” || named_person
said in a joint statement || The Department of Homeland Security and the Office of the Director of National Intelligence || the Russian government had directed recent thefts of emails from American political organizations || named_org
has denied || The Kremlin || any involvement || named_org
believe || Intelligence officials || the hackers passed the material to WikiLeaks through intermediaries || anonymous
has said || Julian Assange, the group’s founder || his sources are not Russian || named_person
said || Mr. Trump || Mrs. Clinton “says one thing in public and another in private.” || named_person
reported || Politico || the Clinton campaign had hired an outside law firm to review the stolen files || media
citing || a campaign official || the Clinton campaign had hired an outside law firm to review the stolen files || anonymous
cautioned || Security experts || hacked material is easy to doctor and hard to verify || anonymous
said || Democrats || the Trump campaign was “cheering on a foreign intelligence operation.” || named_org
''')

# ---------------------------------------------------------------- f11
art("f11", '''
Zika Funding Bill Stalls in Senate Over Planned Parenthood Provision

WASHINGTON — A $1.1 billion measure to fight the Zika virus failed in the Senate on Tuesday, as Democrats blocked a Republican bill that would have barred Planned Parenthood clinics in Puerto Rico from receiving any of the money.

Supporters of the bill said it would give health agencies the money they need before the peak of mosquito season. Critics say the Planned Parenthood provision was added to guarantee that Democrats would oppose the measure. Democrats said they would back the full amount only if that language was removed.

Planned Parenthood said in a statement that the provision would “deny women in Puerto Rico access to basic care at the worst possible moment.”

The Centers for Disease Control and Prevention said Monday that it had nearly exhausted the money shifted to it from Ebola programs in the spring. “We are running on fumes,” Dr. Tom Frieden, the agency’s director, told reporters.

A Congressional Budget Office analysis found that most of the new money would not be spent until next year. The budget office estimated that the bill’s cuts to other health programs would more than cover its cost.

Senator Marco Rubio of Florida said Congress should pass “a clean bill, and pass it now.” State officials in Florida said mosquito control districts had begun dipping into their own reserves.

Republican leaders argued that Democrats were “playing politics with a public health emergency.” Speaker Paul D. Ryan said the House would not take up a new bill before the August recess.

Public health experts warn that the delay could allow the virus to spread along the Gulf Coast. A report by the Government Accountability Office last month concluded that federal agencies lacked a coordinated plan for mosquito control.
''', '''
said || Supporters of the bill || it would give health agencies the money they need before the peak of mosquito season || anonymous
say || Critics || the Planned Parenthood provision was added to guarantee that Democrats would oppose the measure || anonymous
said || Democrats || they would back the full amount only if that language was removed || named_org
said in a statement || Planned Parenthood || the provision would “deny women in Puerto Rico access to basic care at the worst possible moment.” || named_org
said || The Centers for Disease Control and Prevention || it had nearly exhausted the money shifted to it from Ebola programs in the spring || named_org
told || Dr. Tom Frieden, the agency’s director || “We are running on fumes,” || named_person
found || A Congressional Budget Office analysis || most of the new money would not be spent until next year || document
estimated || The budget office || the bill’s cuts to other health programs would more than cover its cost || named_org
said || Senator Marco Rubio of Florida || Congress should pass “a clean bill, and pass it now.” || named_person
said || State officials in Florida || mosquito control districts had begun dipping into their own reserves || anonymous
argued || Republican leaders || Democrats were “playing politics with a public health emergency.” || anonymous
said || Speaker Paul D. Ryan || the House would not take up a new bill before the August recess || named_person
warn || Public health experts || the delay could allow the virus to spread along the Gulf Coast || anonymous
concluded || A report by the Government Accountability Office last month || federal agencies lacked a coordinated plan for mosquito control || document
''')

# ---------------------------------------------------------------- f12
art("f12", '''
Appeals Court Strikes Down Wisconsin Voter ID Law

CHICAGO — The United States Court of Appeals for the Seventh Circuit on Friday struck down Wisconsin’s voter identification law, ruling that the Republican-controlled legislature had written it to keep students and minority voters from the polls.

The opinion, written by Judge Ann C. Whitford, said lawmakers had requested data on voting habits by age and race before deciding which forms of identification to accept. Court papers show that the state’s lawyers had argued the law was needed to prevent fraud and to restore confidence in elections.

Gov. Scott Walker, a Republican, said in a statement that the state would appeal to the Supreme Court. “Showing an ID to vote is common sense, and the people of Wisconsin understand that,” he said.

The Wisconsin N.A.A.C.P. said the decision was “a victory for every voter who was turned away in April.” Voting rights advocates said thousands of voters who lack a photo ID would now be able to cast ballots in November.

State election officials said they would need new guidance from the court before absentee voting begins in September.

A memo sent last month by the state Republican Party to county election boards argued that early voting hours should be cut in Milwaukee and Madison, The Milwaukee Journal Sentinel reported. The Justice Department said the ruling vindicated its decision to join the suit.

Legislative leaders said they were reviewing the decision. Election law experts predicted that the Supreme Court, with only eight justices, would be reluctant to step in so close to the election.
''', '''
ruling || The United States Court of Appeals for the Seventh Circuit || the Republican-controlled legislature had written it to keep students and minority voters from the polls || named_org
said || The opinion, written by Judge Ann C. Whitford || lawmakers had requested data on voting habits by age and race before deciding which forms of identification to accept || document
show || Court papers || the state’s lawyers had argued the law was needed to prevent fraud and to restore confidence in elections || document
had argued || the state’s lawyers || the law was needed to prevent fraud and to restore confidence in elections || anonymous
said in a statement || Gov. Scott Walker, a Republican || the state would appeal to the Supreme Court || named_person
said || he || “Showing an ID to vote is common sense, and the people of Wisconsin understand that,” || named_person
said || The Wisconsin N.A.A.C.P. || the decision was “a victory for every voter who was turned away in April.” || named_org
said || Voting rights advocates || thousands of voters who lack a photo ID would now be able to cast ballots in November || anonymous
said || State election officials || they would need new guidance from the court before absentee voting begins in September || anonymous
argued || A memo sent last month by the state Republican Party to county election boards || early voting hours should be cut in Milwaukee and Madison || document
reported || The Milwaukee Journal Sentinel || A memo sent last month by the state Republican Party to county election boards argued that early voting hours should be cut in Milwaukee and Madison || media
said || The Justice Department || the ruling vindicated its decision to join the suit || named_org
said || Legislative leaders || they were reviewing the decision || anonymous
predicted || Election law experts || the Supreme Court, with only eight justices, would be reluctant to step in so close to the election || anonymous
''')

# ---------------------------------------------------------------- f13
art("f13", '''
Report on Iran Aircraft Licenses Draws Republican Fire

WASHINGTON — The Treasury Department quietly issued licenses allowing American companies to sell aircraft parts to Iran in the weeks before Tehran freed a detained American businessman, The Wall Street Journal reported Wednesday.

The State Department said the licenses had “nothing whatsoever to do” with the release and followed a review that began last year. “There was no quid pro quo, period,” the department’s spokesman, John Kirby, told reporters.

Administration officials said the timing was a coincidence. One senior official said the licenses had been held up for months by a paperwork dispute. He spoke on the condition of anonymity because the review was confidential.

The White House said in a statement that the president “will never pay ransom for Americans.”

Republicans argued that the administration had rewarded Tehran for taking hostages. Speaker Paul D. Ryan said the House Foreign Affairs Committee would demand documents on the licenses. A letter sent Thursday by 21 Republican senators to Treasury Secretary Jacob J. Lew said the licenses set “a dangerous precedent.”

Iranian state media reported that the businessman’s release had been approved on humanitarian grounds.

Some Democrats, including Senator Robert Menendez of New Jersey, said the administration owed Congress a full accounting of the review. Trump’s campaign said in a statement that the episode was more evidence of “the weakness of the Obama-Clinton foreign policy.”

Sanctions experts said the licenses were consistent with the terms of last year’s nuclear agreement. Boeing and Airbus have insisted that the parts are for civilian aircraft only.
''', '''
reported || The Wall Street Journal || The Treasury Department quietly issued licenses allowing American companies to sell aircraft parts to Iran in the weeks before Tehran freed a detained American businessman || media
said || The State Department || the licenses had “nothing whatsoever to do” with the release and followed a review that began last year || named_org
told || the department’s spokesman, John Kirby || “There was no quid pro quo, period,” || named_person
said || Administration officials || the timing was a coincidence || anonymous
said || One senior official || the licenses had been held up for months by a paperwork dispute || anonymous
said in a statement || The White House || the president “will never pay ransom for Americans.” || named_org
argued || Republicans || the administration had rewarded Tehran for taking hostages || named_org
said || Speaker Paul D. Ryan || the House Foreign Affairs Committee would demand documents on the licenses || named_person
said || A letter sent Thursday by 21 Republican senators to Treasury Secretary Jacob J. Lew || the licenses set “a dangerous precedent.” || document
reported || Iranian state media || the businessman’s release had been approved on humanitarian grounds || media
said || Some Democrats, including Senator Robert Menendez of New Jersey || the administration owed Congress a full accounting of the review || named_person
said in a statement || Trump’s campaign || the episode was more evidence of “the weakness of the Obama-Clinton foreign policy.” || named_org
said || Sanctions experts || the licenses were consistent with the terms of last year’s nuclear agreement || anonymous
have insisted || Boeing and Airbus || the parts are for civilian aircraft only || named_org
''')

# ---------------------------------------------------------------- f14
art("f14", '''
Pence Steadies Trump Ticket in Debate, but Fact-Checkers Pounce

FARMVILLE, Va. — Gov. Mike Pence of Indiana and Senator Tim Kaine of Virginia met Tuesday night in their only debate, a contentious 90 minutes dominated by interruptions.

A CNN/ORC poll of debate watchers found that 48 percent thought Mr. Pence had won, compared with 42 percent for Mr. Kaine. Republicans said Mr. Pence had reassured voters who were uneasy about Donald J. Trump.

A fact-check by The Washington Post found that Mr. Pence had repeatedly misstated Mr. Trump’s positions on Russia and on nuclear weapons.

The Clinton campaign said Mr. Pence had spent the night “running away from his own running mate.” Its chairman, John Podesta, wrote on Twitter that Mr. Pence was “auditioning for 2020.”

Mr. Kaine told reporters after the debate that he had interrupted because Mr. Pence “wouldn’t defend” Mr. Trump’s record. Mr. Kaine’s aides conceded that he had come across as overeager in the first half hour.

Trump’s advisers believe Mr. Pence’s performance bought the campaign a week of steadier coverage. Mr. Trump wrote on Twitter that his running mate had been “fantastic.” Some Republican strategists worried that Mr. Pence had outshone the top of the ticket.

About 37 million people watched, according to Nielsen data released Wednesday. That was far fewer than the 84 million who tuned in to the first presidential debate. The Commission on Presidential Debates said it had no plans to change the format of the remaining presidential debates.

Political scientists say vice-presidential debates rarely move the polls. “People vote for the top of the ticket,” said Marcus Ellery, a professor of government at the College of William & Mary. “Nobody remembers who won the undercard.”
''', '''
found || A CNN/ORC poll of debate watchers || 48 percent thought Mr. Pence had won, compared with 42 percent for Mr. Kaine || document
thought || 48 percent || Mr. Pence had won || anonymous
said || Republicans || Mr. Pence had reassured voters who were uneasy about Donald J. Trump || named_org
found || A fact-check by The Washington Post || Mr. Pence had repeatedly misstated Mr. Trump’s positions on Russia and on nuclear weapons || media
said || The Clinton campaign || Mr. Pence had spent the night “running away from his own running mate.” || named_org
wrote || Its chairman, John Podesta || Mr. Pence was “auditioning for 2020.” || named_person
told || Mr. Kaine || he had interrupted because Mr. Pence “wouldn’t defend” Mr. Trump’s record || named_person
conceded || Mr. Kaine’s aides || he had come across as overeager in the first half hour || anonymous
believe || Trump’s advisers || Mr. Pence’s performance bought the campaign a week of steadier coverage || anonymous
wrote || Mr. Trump || his running mate had been “fantastic.” || named_person
worried || Some Republican strategists || Mr. Pence had outshone the top of the ticket || anonymous
according to || Nielsen data released Wednesday || About 37 million people watched || document
said || The Commission on Presidential Debates || it had no plans to change the format of the remaining presidential debates || named_org
say || Political scientists || vice-presidential debates rarely move the polls || anonymous
said || Marcus Ellery, a professor of government at the College of William & Mary || “People vote for the top of the ticket,” ++ “Nobody remembers who won the undercard.” || named_person
''')


# ---------------------------------------------------------------- machinery
def _bounded(text, s, e):
    """Word-boundary check on both ends where the span starts/ends with a word char."""
    if text[s].isalnum() and s > 0 and text[s - 1].isalnum():
        return False
    return not (text[e - 1].isalnum() and e < len(text) and text[e].isalnum())


def occurrences(text, s):
    out = []
    for m in re.finditer(re.escape(s), text):
        if _bounded(text, m.start(), m.end()):
            out.append((m.start(), m.end()))
    return out


def parse_field(field):
    """Return (span_text, context_or_None, offset_of_span_in_context)."""
    if "[[" in field:
        pre, rest = field.split("[[", 1)
        span, post = rest.split("]]", 1)
        return span, pre + span + post, len(pre)
    return field, None, None


def by_context(text, span, ctx, off, what):
    occ = occurrences(text, ctx)
    assert len(occ) == 1, f"{what}: context {ctx!r} occurs {len(occ)} times"
    s = occ[0][0] + off
    return (s, s + len(span))


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def dist(a, spans):
    best = None
    for b in spans:
        if a[1] <= b[0]:
            d = b[0] - a[1]
        elif b[1] <= a[0]:
            d = a[0] - b[1]
        else:
            d = 0
        best = d if best is None else min(best, d)
    return best


def nearest(text, field, anchors, forbidden, what):
    span, ctx, off = parse_field(field)
    if ctx is not None:
        return by_context(text, span, ctx, off, what)
    cands = [o for o in occurrences(text, span) if not any(overlaps(o, f) for f in forbidden)]
    assert cands, f"{what}: {span!r} not found"
    cands.sort(key=lambda o: dist(o, anchors))
    if len(cands) > 1:
        assert dist(cands[0], anchors) < dist(cands[1], anchors), f"{what}: tie for {span!r}"
    return cands[0]


def span(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


def build():
    records = []
    for doc_id, text, ann in ARTICLES:
        if doc_id in STRAIGHT:
            assert not re.search("[“”‘’]", text), f"{doc_id}: curly quote in straight article"
            assert '"' in text, f"{doc_id}: no straight double quote"
        else:
            assert '"' not in text and "'" not in text, f"{doc_id}: straight quote in curly article"
            assert "“" in text and "”" in text and "’" in text, f"{doc_id}: no curly quotes"
        lines = text.split("\n")
        assert lines[1] == "" and lines[0].strip(), f"{doc_id}: headline + blank line"
        nwords = len(text.split())
        assert 250 <= nwords <= 400, f"{doc_id}: {nwords} words"
        atts = []
        used_cues = set()
        for line in ann.strip("\n").split("\n"):
            line = line.strip()
            if not line:
                continue
            parts = [p.strip() for p in line.split(" || ")]
            assert len(parts) == 4, f"{doc_id}: bad line {line!r}"
            cue_f, src_f, con_f, typ = parts
            assert typ in TYPES, f"{doc_id}: bad type {typ}"
            what = f"{doc_id} [{line[:60]}]"
            frags = []
            for fr in con_f.split(" ++ "):
                sp, ctx, off = parse_field(fr)
                if ctx is not None:
                    frags.append(by_context(text, sp, ctx, off, what))
                else:
                    occ = occurrences(text, sp)
                    assert len(occ) == 1, f"{what}: content fragment {sp!r} occurs {len(occ)} times"
                    frags.append(occ[0])
            frags.sort()
            cue = nearest(text, cue_f, frags, frags, what + " cue")
            assert cue not in used_cues, f"{what}: cue span reused"
            used_cues.add(cue)
            if src_f == "null":
                src = None
            else:
                src = nearest(text, src_f, [cue], frags + [cue], what + " source")
                # the source should sit near its cue (same clause); flag anything far
                assert dist(src, [cue]) <= 160, f"{what}: source far from cue ({dist(src, [cue])})"
                if dist(src, [cue]) > 40:
                    print(f"note: {what}: source {dist(src, [cue])} chars from cue (checked by eye)", file=sys.stderr)
            content = span(text, (frags[0][0], frags[-1][1]))
            if len(frags) > 1:
                content["fragments"] = [list(f) for f in frags]
            # span hygiene
            ct = content["text"]
            assert not ct.startswith("that "), f"{what}: leading that"
            assert not ct.endswith("."), f"{what}: trailing period outside quotes"
            for sp_ in [cue] + ([src] if src else []) + frags:
                assert text[sp_[0]:sp_[1]] == text[sp_[0]:sp_[1]].strip(), f"{what}: span has outer whitespace"
            atts.append({
                "cue": span(text, cue),
                "source": span(text, src) if src else None,
                "content": content,
                "source_type": typ,
            })
        atts.sort(key=lambda a: a["cue"]["start"])
        for a in atts:
            for k in ("cue", "source", "content"):
                sp_ = a[k]
                if sp_:
                    assert text[sp_["start"]:sp_["end"]] == sp_["text"]
            for f in a["content"].get("fragments", []):
                assert 0 <= f[0] < f[1] <= len(text)
        records.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts})
    assert len(records) == 14 and len({r["doc_id"] for r in records}) == 14
    return records


def show(records):
    """Print every attribution with its sentence context, for checking by eye."""
    for r in records:
        t = r["text"]
        print(f"==== {r['doc_id']}  ({len(t.split())} words, {len(r['attributions'])} attributions)")
        for a in r["attributions"]:
            c, s, k = a["cue"], a["source"], a["content"]
            lo = min(x["start"] for x in (c, s or c, k))
            hi = max(x["end"] for x in (c, s or c, k))
            print(f"  [{a['source_type']}] CUE<{c['text']}>@{c['start']} SRC<{s['text'] if s else None}>@{s['start'] if s else '-'}")
            print(f"      CON<{k['text']}>" + (f" frags={k['fragments']}" if "fragments" in k else ""))
            # mark spans in the window
            marks = []
            for x, (o, e) in ((c, ("{C:", "}")), (s, ("{S:", "}")), (k, ("{K:", "}"))):
                if x:
                    marks.append((x["start"], o))
                    marks.append((x["end"], e))
            w = ""
            for i in range(lo, hi + 1):
                for pos, m in sorted(marks, key=lambda z: (z[0], z[1] != "}")):
                    if pos == i:
                        w += m
                if i < hi:
                    w += t[i]
            print("      " + w.replace("\n", " / "))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    records = build()
    code = write_or_check(records, HERE / "blind6.jsonl", [a for a in argv if a != "--show"],
                          __doc__.split("\n\n")[0])
    if "--show" in argv:
        show(records)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
