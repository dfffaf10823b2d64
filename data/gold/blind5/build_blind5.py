#!/usr/bin/env python3
"""Build ``blind5.jsonl``: the fifth batch of blind test articles (session 15).

14 invented 2016-style political news articles of named people referred to by role descriptions
beside unnamed sources of the same shape, written and annotated by a helper session that never read
claimtrace's code, tests or data; see NOTES.md. Scored on arrival, then read for errors.

Usage: ``python data/gold/blind5/build_blind5.py [--check] [--show]`` (``--check``: exit 1
if blind5.jsonl is stale; ``--show``: print every attribution in context).

Theme: named people referred to by role descriptions, surrounded by unnamed
sources of similar shape.

Annotation line format (one attribution per line, inside each article's ANN):

    CUE || SOURCE || CONTENT || TYPE

* SOURCE is "-" when the article gives no source (null source).
* CONTENT made of several fragments (a quote split by the cue, or a quote
  continued after the cue) lists them separated by " ++ ".
* Any field may be written as a context with the span marked by double braces,
  e.g. "{{he}} said, and", to pick one occurrence of a repeated string; the
  context (braces removed) must occur exactly once in the text.
* Without braces: CONTENT must occur exactly once; the CUE occurrence nearest
  to the content is taken, and the SOURCE occurrence nearest to the cue (spans
  overlapping the content or cue are never taken). If the runner-up is almost
  as near, the script stops and asks for an explicit context.
All offsets are computed here; nothing is typed by hand.
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


def art(doc_id, text, ann):
    ARTICLES.append((doc_id, text.strip("\n"), ann))


# ---------------------------------------------------------------------------
# Straight-quote half: e01-e07
# ---------------------------------------------------------------------------

art("e01", '''
Sanders Says He Will Take Platform Fight to Philadelphia

WASHINGTON - Senator Bernie Sanders said on Tuesday that he would press his case for a more progressive platform all the way to the Democratic convention in Philadelphia, even as the pressure on him to step aside mounted.

"We are not going anywhere," the Vermont independent told a crowd of about 4,000 in Santa Monica, Calif. "This campaign is about the future of the Democratic Party, and the future is on our side."

A senior aide to the senator said the campaign had no plans to release its delegates before the final primary, in the District of Columbia. The aide, who spoke on the condition of anonymity because he was not authorized to discuss strategy, said Mr. Sanders believed that dozens of superdelegates could still be persuaded to switch sides.

A spokesman, Michael Briggs, said the senator would meet with party leaders after the last votes were counted. He added that no date had been set.

Jeff Weaver, the campaign manager, told CNN on Sunday that the party would be making "a huge mistake" if it ignored the millions of young voters who had backed the Vermont senator. The campaign manager did not say whether Mr. Sanders would endorse Hillary Clinton.

Aides to Mrs. Clinton, by contrast, say privately that the race is over. "The math is the math," said one Clinton adviser, who asked not to be named.

Some Democratic senators worry that a prolonged fight could hurt the party in November. "At some point you have to look at the numbers and do what's right for the country," one Democratic senator said. He said he had not spoken with Mr. Sanders in several weeks.

A CNN/ORC poll released on Monday found that 61 percent of Sanders supporters would back Mrs. Clinton in a general election against Donald J. Trump.

The 74-year-old has argued that he would run stronger against Mr. Trump than Mrs. Clinton would. Mrs. Clinton's campaign says such hypothetical matchups mean little this early.

"We will keep fighting until the last vote is cast," the senator said in Santa Monica.
''', '''
Says || Sanders || He Will Take Platform Fight to Philadelphia || named_person
said || Senator Bernie Sanders || he would press his case for a more progressive platform all the way to the Democratic convention in Philadelphia || named_person
told || the Vermont independent || "We are not going anywhere," ++ "This campaign is about the future of the Democratic Party, and the future is on our side." || named_person
said || A senior aide to the senator || the campaign had no plans to release its delegates before the final primary, in the District of Columbia || anonymous
said || The aide || Mr. Sanders believed that dozens of superdelegates could still be persuaded to switch sides || anonymous
believed || Mr. Sanders || dozens of superdelegates could still be persuaded to switch sides || named_person
said || A spokesman, Michael Briggs || the senator would meet with party leaders after the last votes were counted || named_person
added || He || no date had been set || named_person
told || Jeff Weaver, the campaign manager || the party would be making "a huge mistake" if it ignored the millions of young voters who had backed the Vermont senator || named_person
say || Aides to Mrs. Clinton || the race is over || anonymous
said || one Clinton adviser || "The math is the math," || anonymous
worry || Some Democratic senators || a prolonged fight could hurt the party in November || anonymous
{{said}}. He said || one Democratic senator || "At some point you have to look at the numbers and do what's right for the country," || anonymous
said || He || he had not spoken with Mr. Sanders in several weeks || anonymous
found || A CNN/ORC poll released on Monday || 61 percent of Sanders supporters would back Mrs. Clinton in a general election against Donald J. Trump || document
has argued || The 74-year-old || he would run stronger against Mr. Trump than Mrs. Clinton would || named_person
says || Mrs. Clinton's campaign || such hypothetical matchups mean little this early || named_org
said || the senator || "We will keep fighting until the last vote is cast," || named_person
''')

art("e02", '''
Ryan Holds Off on Endorsing Trump, Frustrating Some Republicans

WASHINGTON - Speaker Paul D. Ryan told Republican colleagues on Wednesday that he was "not there yet" on endorsing Donald J. Trump, according to two lawmakers who attended the closed-door meeting.

The Speaker has said for days that the presumptive nominee must unify the party before he can offer his support. On Wednesday, a person close to the Speaker said Mr. Ryan and Mr. Trump had spoken by phone twice since the Indiana primary and that the conversations had been "cordial but candid."

AshLee Strong, a spokeswoman for Mr. Ryan, said the Speaker would meet with Mr. Trump next week at the Republican National Committee's headquarters. The spokeswoman said the meeting was "the beginning of a process," not a negotiation.

Not every Republican is patient. One Republican senator, who spoke on the condition of anonymity to discuss a private conversation, said he had told the Speaker that the delay was hurting the party. "Paul is making this harder than it needs to be," the senator said.

Senator Mitch McConnell of Kentucky, the majority leader, endorsed Mr. Trump last week. Asked about the Speaker on Tuesday, the majority leader told reporters that Mr. Ryan "will get where he needs to be."

Mr. Trump, for his part, has suggested he does not need the Speaker's blessing. "I don't know what he's doing," the presumptive nominee said in an interview with Fox News. "Maybe he'll come around. Maybe he won't."

Aides to Mr. Trump said the candidate was not angry. One adviser, who was not authorized to speak publicly, said Mr. Trump privately thought the Speaker would "cave by June."

Democrats, meanwhile, said the standoff showed a party in disarray. "This is a party that can't decide who it is," said Representative Nancy Pelosi of California, the minority leader.

A Gallup survey released last month found that 56 percent of Republicans viewed Mr. Ryan favorably, compared with 64 percent for Mr. Trump.
''', '''
told || Speaker Paul D. Ryan || he was "not there yet" on endorsing Donald J. Trump || named_person
according to || two lawmakers who attended the closed-door meeting || Speaker Paul D. Ryan told Republican colleagues on Wednesday that he was "not there yet" on endorsing Donald J. Trump || anonymous
has said || The Speaker || the presumptive nominee must unify the party before he can offer his support || named_person
said || a person close to the Speaker || Mr. Ryan and Mr. Trump had spoken by phone twice since the Indiana primary and that the conversations had been "cordial but candid." || anonymous
said || AshLee Strong, a spokeswoman for Mr. Ryan || the Speaker would meet with Mr. Trump next week at the Republican National Committee's headquarters || named_person
said || The spokeswoman || the meeting was "the beginning of a process," not a negotiation || named_person
said || One Republican senator || he had told the Speaker that the delay was hurting the party || anonymous
had told || he || the delay was hurting the party || anonymous
said || the senator || "Paul is making this harder than it needs to be," || anonymous
told || the majority leader || Mr. Ryan "will get where he needs to be." || named_person
has suggested || Mr. Trump || he does not need the Speaker's blessing || named_person
nominee {{said}} in an interview || the presumptive nominee || "I don't know what he's doing," ++ "Maybe he'll come around. Maybe he won't." || named_person
said || Aides to Mr. Trump || the candidate was not angry || anonymous
said || One adviser || Mr. Trump privately thought the Speaker would "cave by June." || anonymous
thought || Mr. Trump || the Speaker would "cave by June." || named_person
said || Democrats || the standoff showed a party in disarray || named_org
said || Representative Nancy Pelosi of California, the minority leader || "This is a party that can't decide who it is," || named_person
found || A Gallup survey released last month || 56 percent of Republicans viewed Mr. Ryan favorably, compared with 64 percent for Mr. Trump || document
''')

art("e03", '''
Clinton Campaign Says It Will Not Cede North Carolina

RALEIGH, N.C. - Hillary Clinton's campaign will spend at least $2 million on television advertising in North Carolina over the next three weeks, her campaign manager, Robby Mook, said on Thursday.

"North Carolina is a state we intend to win, full stop," Mr. Mook told reporters on a conference call. The campaign manager said internal polling showed the former secretary of state with a narrow lead among suburban women around Charlotte and Raleigh.

The spending was first reported by The Charlotte Observer.

"We're not taking anything for granted," said Brian Fallon, a Clinton spokesman. He said Mrs. Clinton would return to the state for a rally in Greensboro next week, her fourth visit since the convention.

A spokesman for Donald J. Trump's campaign, who asked not to be identified because he was not authorized to comment, said the Clinton team was "throwing money at a state it is going to lose." The spokesman added that Mr. Trump would hold two rallies in the state before the first debate.

Some Clinton aides have long believed that North Carolina is out of reach. But two advisers said the state's growing population of college-educated voters had changed their thinking.

John Podesta, the campaign chairman, wrote in an email to supporters on Wednesday that the state "could decide the Senate and the presidency."

State Republican officials said they were unworried. "Hillary Clinton can spend whatever she wants," said Dallas Woodhouse, the executive director of the North Carolina Republican Party. "Voters here know who she is."

A New York Times/Siena College poll released last week found the two candidates tied at 44 percent in the state.

The nominee's running mate, Senator Tim Kaine of Virginia, will campaign in Asheville on Saturday, the campaign announced.
''', '''
Says || Clinton Campaign || It Will Not Cede North Carolina || named_org
said || her campaign manager, Robby Mook || Hillary Clinton's campaign will spend at least $2 million on television advertising in North Carolina over the next three weeks || named_person
told || Mr. Mook || "North Carolina is a state we intend to win, full stop," || named_person
said || The campaign manager || internal polling showed the former secretary of state with a narrow lead among suburban women around Charlotte and Raleigh || named_person
showed || internal polling || the former secretary of state with a narrow lead among suburban women around Charlotte and Raleigh || document
was first reported by || The Charlotte Observer || The spending || media
said || Brian Fallon, a Clinton spokesman || "We're not taking anything for granted," || named_person
said || He || Mrs. Clinton would return to the state for a rally in Greensboro next week, her fourth visit since the convention || named_person
said || A spokesman for Donald J. Trump's campaign || the Clinton team was "throwing money at a state it is going to lose." || anonymous
added || The spokesman || Mr. Trump would hold two rallies in the state before the first debate || anonymous
have long believed || Some Clinton aides || North Carolina is out of reach || anonymous
said || two advisers || the state's growing population of college-educated voters had changed their thinking || anonymous
wrote || John Podesta, the campaign chairman || the state "could decide the Senate and the presidency." || named_person
said || State Republican officials || they were unworried || anonymous
said || Dallas Woodhouse, the executive director of the North Carolina Republican Party || "Hillary Clinton can spend whatever she wants," ++ "Voters here know who she is." || named_person
found || A New York Times/Siena College poll released last week || the two candidates tied at 44 percent in the state || document
announced || the campaign || The nominee's running mate, Senator Tim Kaine of Virginia, will campaign in Asheville on Saturday || named_org
''')

art("e04", '''
Cruz and Rubio Train Fire on Trump Before Texas Debate

HOUSTON - Senators Ted Cruz and Marco Rubio spent Wednesday attacking Donald J. Trump's business record, and both senators said they would press the Republican front-runner on his tax returns at Thursday's debate.

"He has been hiding his taxes for a year," the Texas senator told reporters outside a rally in Dallas. "Voters deserve to know what's in them before they vote on Tuesday."

The Florida senator went further, saying the billionaire had "conned" thousands of students at Trump University.

Mr. Trump was unbowed. "Little Marco is desperate," the 69-year-old said at a rally in Fort Worth. He said he would release his returns "when the audit is finished."

Aides to Mr. Cruz believe the Texas primary is a must-win. One senior Cruz adviser, speaking on the condition of anonymity to discuss strategy, said the campaign's internal numbers showed the senator leading by eight points in his home state.

Rubio aides, for their part, have told donors that the Florida primary on March 15 is the firewall. A Rubio spokesman, Alex Conant, said the senator would campaign in Oklahoma and Arkansas before returning to Miami. He also said the campaign had raised $12 million in February, its best month.

Mr. Cruz and Mr. Rubio have largely avoided attacking each other. The two men agree that Mr. Trump cannot win a general election, though each believes he is the one to stop him.

Some Republican donors worry that the split is helping the front-runner. "Every day those two fight each other is a good day for Donald," said one donor who has given to both campaigns.

A Monmouth University poll released on Monday found Mr. Cruz ahead in Texas by four points, with Mr. Trump second and Mr. Rubio a distant third.

Mr. Trump's campaign manager, Corey Lewandowski, said the candidate was "very confident" about Texas.
''', '''
said || both senators || they would press the Republican front-runner on his tax returns at Thursday's debate || named_person
told || the Texas senator || "He has been hiding his taxes for a year," ++ "Voters deserve to know what's in them before they vote on Tuesday." || named_person
saying || The Florida senator || the billionaire had "conned" thousands of students at Trump University || named_person
said || the 69-year-old || "Little Marco is desperate," || named_person
said || He || he would release his returns "when the audit is finished." || named_person
believe || Aides to Mr. Cruz || the Texas primary is a must-win || anonymous
said || One senior Cruz adviser || the campaign's internal numbers showed the senator leading by eight points in his home state || anonymous
showed || the campaign's internal numbers || the senator leading by eight points in his home state || document
have told || Rubio aides || the Florida primary on March 15 is the firewall || anonymous
said || A Rubio spokesman, Alex Conant || the senator would campaign in Oklahoma and Arkansas before returning to Miami || named_person
said || He || the campaign had raised $12 million in February, its best month || named_person
agree || The two men || Mr. Trump cannot win a general election || named_person
believes || each || he is the one to stop him || named_person
worry || Some Republican donors || the split is helping the front-runner || anonymous
said || one donor who has given to both campaigns || "Every day those two fight each other is a good day for Donald," || anonymous
found || A Monmouth University poll released on Monday || Mr. Cruz ahead in Texas by four points, with Mr. Trump second and Mr. Rubio a distant third || document
said || Mr. Trump's campaign manager, Corey Lewandowski || the candidate was "very confident" about Texas || named_person
''')

art("e05", '''
Obama Presses Congress on Zika Money as Recess Nears

WASHINGTON - President Obama said on Friday that Republicans in Congress were "playing politics" with money to fight the Zika virus, and that he would veto any bill that cut funding for other health programs.

"Every day that Congress fails to act is a day that puts more pregnant women at risk," the president said in the Rose Garden.

Josh Earnest, the White House press secretary, told reporters that the administration had already shifted $589 million from Ebola accounts and could not move more without hurting that effort. The press secretary said Mr. Obama had called Speaker Paul D. Ryan on Thursday but that the two had "not found common ground."

A spokeswoman for Mr. Ryan said the House had passed a funding bill in May and that it was "up to Senate Democrats" to stop blocking it. Senate Democrats blocked that bill last month over provisions that would restrict money for Planned Parenthood.

Administration officials, who briefed reporters on the condition that they not be named, said the Centers for Disease Control and Prevention would run out of Zika money by the end of September.

Dr. Tom Frieden, the C.D.C. director, has warned that the virus could spread to more Southern states. The director said on Thursday that "we are in a race against time."

A White House official said the president believed public pressure would force a deal before Congress left for its summer recess. The White House said in a statement on Friday evening that Mr. Obama would meet with governors of Gulf Coast states next week.

Politico reported on Thursday that House leaders were considering a stopgap measure that would include Zika money.

A Government Accountability Office report released in June found that mosquito control programs in several states were underfunded. Gov. Rick Scott of Florida, a Republican, said on Wednesday that Washington "needs to get this done now."
''', '''
said || President Obama || Republicans in Congress were "playing politics" with money to fight the Zika virus, and that he would veto any bill that cut funding for other health programs || named_person
said || the president || "Every day that Congress fails to act is a day that puts more pregnant women at risk," || named_person
told || Josh Earnest, the White House press secretary || the administration had already shifted $589 million from Ebola accounts and could not move more without hurting that effort || named_person
said || The press secretary || Mr. Obama had called Speaker Paul D. Ryan on Thursday but that the two had "not found common ground." || named_person
said || A spokeswoman for Mr. Ryan || the House had passed a funding bill in May and that it was "up to Senate Democrats" to stop blocking it || anonymous
said || Administration officials || the Centers for Disease Control and Prevention would run out of Zika money by the end of September || anonymous
has warned || Dr. Tom Frieden, the C.D.C. director || the virus could spread to more Southern states || named_person
The director {{said}} on Thursday || The director || "we are in a race against time." || named_person
said || A White House official || the president believed public pressure would force a deal before Congress left for its summer recess || anonymous
believed || the president || public pressure would force a deal before Congress left for its summer recess || named_person
said || The White House || Mr. Obama would meet with governors of Gulf Coast states next week || named_org
reported || Politico || House leaders were considering a stopgap measure that would include Zika money || media
found || A Government Accountability Office report released in June || mosquito control programs in several states were underfunded || document
said || Gov. Rick Scott of Florida, a Republican || Washington "needs to get this done now." || named_person
''')

art("e06", '''
Pence and Kaine Trade Barbs a Day After Their Debate

FARMVILLE, Va. - Gov. Mike Pence of Indiana and Senator Tim Kaine of Virginia both said on Wednesday that they had won their only debate, and each said the exchange had exposed the weaknesses at the top of the other's ticket.

The Indiana governor told supporters in Harrisonburg that Mr. Kaine had "interrupted more than he talked." The Virginia senator, speaking to reporters aboard his campaign plane, said Mr. Pence had refused to defend "the things Donald Trump actually says."

Mr. Trump wrote on Twitter that his running mate had been "fantastic."

A senior Pence adviser said the governor had spent most of the night on Mrs. Clinton's record, as planned. Aides to Mr. Kaine conceded that he had come across as too aggressive at times.

But the senator's spokeswoman, Amy Dudley, said he had "done exactly what he needed to do." She said the campaign had raised more than $1 million in the two hours after the debate ended.

A CNN/ORC snap poll of debate watchers found that 48 percent thought Mr. Pence had done the better job, compared with 42 percent for Mr. Kaine.

Some Republicans said privately that the governor had outshone the man at the top of his ticket. One Republican strategist who has advised Mr. Pence said the performance "puts him in a strong position for 2020."

The Clinton campaign, in a statement, said Mr. Pence had spent "90 minutes running away from his own running mate."

The Washington Post reported on Wednesday that the Trump campaign had used clips of the debate in a fund-raising email sent within an hour of its end.

The two running mates will not meet again on a debate stage before Election Day. Mr. Pence will campaign in Ohio and Pennsylvania this weekend, while Mr. Kaine returns to North Carolina, where early voting begins next week. Both campaigns expect the race to tighten as the second presidential debate approaches on Sunday in St. Louis.
''', '''
both {{said}} on Wednesday || Gov. Mike Pence of Indiana and Senator Tim Kaine of Virginia || they had won their only debate || named_person
said || each || the exchange had exposed the weaknesses at the top of the other's ticket || named_person
told || The Indiana governor || Mr. Kaine had "interrupted more than he talked." || named_person
said || The Virginia senator || Mr. Pence had refused to defend "the things Donald Trump actually says." || named_person
wrote || Mr. Trump || his running mate had been "fantastic." || named_person
said || A senior Pence adviser || the governor had spent most of the night on Mrs. Clinton's record, as planned || anonymous
conceded || Aides to Mr. Kaine || he had come across as too aggressive at times || anonymous
said || the senator's spokeswoman, Amy Dudley || he had "done exactly what he needed to do." || named_person
said || She || the campaign had raised more than $1 million in the two hours after the debate ended || named_person
found || A CNN/ORC snap poll of debate watchers || 48 percent thought Mr. Pence had done the better job, compared with 42 percent for Mr. Kaine || document
thought || 48 percent || Mr. Pence had done the better job || anonymous
said || Some Republicans || the governor had outshone the man at the top of his ticket || anonymous
said || One Republican strategist who has advised Mr. Pence || the performance "puts him in a strong position for 2020." || anonymous
said || The Clinton campaign || Mr. Pence had spent "90 minutes running away from his own running mate." || named_org
reported || The Washington Post || the Trump campaign had used clips of the debate in a fund-raising email sent within an hour of its end || media
expect || Both campaigns || the race to tighten as the second presidential debate approaches on Sunday in St. Louis || named_org
''')

art("e07", '''
Judge Orders Texas to Ease Voter ID Rules for November

CORPUS CHRISTI, Tex. - A federal judge on Thursday loosened Texas's voter identification requirements for the November election, saying the state had failed to comply with an appeals court ruling issued last month.

The judge, Nelva Gonzales Ramos of the United States District Court in Corpus Christi, wrote that voters without a photo ID must be allowed to cast ballots if they sign a sworn declaration explaining why. The order said state officials must also spend $2.5 million on voter education before Election Day.

Judge Ramos said from the bench that she would not tolerate "a second round of confusion" at the polls.

Attorney General Ken Paxton of Texas said in a statement that the state would appeal. "Today's ruling undermines the integrity of our elections," Mr. Paxton said.

A lawyer for the state, who asked not to be named because the litigation is continuing, said the attorney general's office would ask the United States Court of Appeals for the Fifth Circuit to stay the order.

Lawyers for the plaintiffs said the ruling would protect hundreds of thousands of Texans who lack the required identification. Chad Dunn, one of those lawyers, said the state had "tried every trick in the book" to keep the law intact.

The Justice Department, which joined the plaintiffs, said it was reviewing the decision.

Gov. Greg Abbott has said the law is a commonsense protection against fraud. The governor's office did not respond to a request for comment on Thursday.

Critics say the law was written to suppress turnout among black and Hispanic voters. A study by the Brennan Center for Justice found that about 600,000 registered voters in Texas lacked an acceptable form of identification.

The appeals court found in July that the law had a discriminatory effect on minority voters. It sent the case back to Judge Ramos to fashion a remedy in time for the election, and the state has since printed new instructions for poll workers in English and Spanish.
''', '''
saying || A federal judge || the state had failed to comply with an appeals court ruling issued last month || named_person
wrote || The judge, Nelva Gonzales Ramos of the United States District Court in Corpus Christi || voters without a photo ID must be allowed to cast ballots if they sign a sworn declaration explaining why || named_person
said || The order || state officials must also spend $2.5 million on voter education before Election Day || document
Judge Ramos {{said}} from || Judge Ramos || she would not tolerate "a second round of confusion" at the polls || named_person
said || Attorney General Ken Paxton of Texas || the state would appeal || named_person
said || Mr. Paxton || "Today's ruling undermines the integrity of our elections," || named_person
said || A lawyer for the state || the attorney general's office would ask the United States Court of Appeals for the Fifth Circuit to stay the order || anonymous
said || Lawyers for the plaintiffs || the ruling would protect hundreds of thousands of Texans who lack the required identification || anonymous
said || Chad Dunn, one of those lawyers || the state had "tried every trick in the book" to keep the law intact || named_person
said || The Justice Department || it was reviewing the decision || named_org
has said || Gov. Greg Abbott || the law is a commonsense protection against fraud || named_person
say || Critics || the law was written to suppress turnout among black and Hispanic voters || anonymous
Justice {{found}} that about || A study by the Brennan Center for Justice || about 600,000 registered voters in Texas lacked an acceptable form of identification || document
found || The appeals court || the law had a discriminatory effect on minority voters || named_org
''')

# ---------------------------------------------------------------------------
# Curly-quote half: e08-e14
# ---------------------------------------------------------------------------

art("e08", '''
Priebus Tells Donors the Party Is Unified

WASHINGTON — Reince Priebus, the chairman of the Republican National Committee, told a group of major donors on Monday that the party was “more unified than the media wants you to believe,” according to two people who were in the room.

The party chairman told the donors, who had gathered at a hotel in Manhattan, that the committee had opened field offices in all 11 battleground states.

Not everyone was persuaded. Some donors said afterward that they would keep their money on the sidelines until after the first debate. One donor, a New York investor who has given more than $1 million to Republican candidates, said Mr. Priebus “was selling, and nobody was buying.”

An R.N.C. official, who spoke on the condition of anonymity to discuss a private meeting, said the committee had raised $30 million in August. The official said Mr. Priebus had spoken with Donald J. Trump twice over the weekend.

Sean Spicer, the committee’s chief strategist, said on Fox News that the donors’ concerns were “overblown.” “People are going to come home,” he said. “They always do.”

One Republican senator, who is up for re-election and asked not to be named, said he had told Mr. Priebus that he would not campaign with Mr. Trump.

Republicans have long believed that their data operation gives them an edge in turnout. The chairman, a Wisconsin native and a longtime ally of Speaker Paul D. Ryan, has spent much of the summer trying to keep the party’s donors and its nominee on speaking terms.

The Wall Street Journal reported last week that several of the party’s biggest donors had stopped returning calls from the committee.

A Politico/Morning Consult poll released Tuesday found that 71 percent of Republican voters approved of the party’s handling of the campaign.

The committee’s fall meeting will be held in Cleveland, it was announced on Tuesday.
''', '''
Tells || Priebus || the Party Is Unified || named_person
told || Reince Priebus, the chairman of the Republican National Committee || the party was “more unified than the media wants you to believe,” || named_person
according to || two people who were in the room || Reince Priebus, the chairman of the Republican National Committee, told a group of major donors on Monday that the party was “more unified than the media wants you to believe,” || anonymous
told || The party chairman || the committee had opened field offices in all 11 battleground states || named_person
said || Some donors || they would keep their money on the sidelines until after the first debate || anonymous
said || One donor, a New York investor who has given more than $1 million to Republican candidates || Mr. Priebus “was selling, and nobody was buying.” || anonymous
said || An R.N.C. official || the committee had raised $30 million in August || anonymous
said || The official || Mr. Priebus had spoken with Donald J. Trump twice over the weekend || anonymous
strategist, {{said}} on Fox || Sean Spicer, the committee’s chief strategist || the donors’ concerns were “overblown.” || named_person
said || he || “People are going to come home,” ++ “They always do.” || named_person
said || One Republican senator || he had told Mr. Priebus that he would not campaign with Mr. Trump || anonymous
had told || he || he would not campaign with Mr. Trump || anonymous
have long believed || Republicans || their data operation gives them an edge in turnout || named_org
reported || The Wall Street Journal || several of the party’s biggest donors had stopped returning calls from the committee || media
found || A Politico/Morning Consult poll released Tuesday || 71 percent of Republican voters approved of the party’s handling of the campaign || document
was announced || - || The committee’s fall meeting will be held in Cleveland || unknown
''')

art("e09", '''
Clinton Aides Brace for New Release of Hacked Emails

BROOKLYN — Hillary Clinton’s advisers are preparing for the release of more emails stolen from the account of her campaign chairman, John D. Podesta, and believe the messages will include excerpts of her paid speeches to Wall Street banks, according to two people familiar with the campaign’s planning.

Mr. Podesta said on Tuesday that the F.B.I. was investigating the hack and that he had been told by investigators that Russian intelligence services were behind it. The campaign chairman declined to say whether any of the emails were authentic.

Speaking to reporters aboard her plane, the former secretary of state said she would not “dignify” the leaks by discussing them. “I’m not going to let the Russians decide this election,” the nominee said.

WikiLeaks, which has published more than 2,000 of the emails, said on Twitter that it would release another batch “within days.”

The Washington Post reported on Monday that one of the emails showed campaign officials debating how to respond to questions about the Clinton Foundation.

A campaign spokesman, Glen Caplin, said the campaign would not “engage in confirming” stolen documents. He said Donald J. Trump’s allies were “cheering on” a foreign government.

Mr. Trump told a crowd in Pennsylvania on Monday that Mrs. Clinton was “rotten to the core” and that the emails should be read by “every single voter.”

A senior Clinton aide said the campaign’s internal polling had shown no change in her support since the first release. Several Democratic strategists worry that the drip of stories will depress turnout among younger voters.

Aides say the nominee will keep her focus on the economy in the final weeks. An ABC News/Washington Post tracking poll released on Sunday showed Mrs. Clinton ahead by four points nationally.
''', '''
believe || Hillary Clinton’s advisers || the messages will include excerpts of her paid speeches to Wall Street banks || anonymous
according to || two people familiar with the campaign’s planning || Hillary Clinton’s advisers are preparing for the release of more emails stolen from the account of her campaign chairman, John D. Podesta, and believe the messages will include excerpts of her paid speeches to Wall Street banks || anonymous
said || Mr. Podesta || the F.B.I. was investigating the hack and that he had been told by investigators that Russian intelligence services were behind it || named_person
had been told by || investigators || Russian intelligence services were behind it || anonymous
said || the former secretary of state || she would not “dignify” the leaks by discussing them || named_person
said || the nominee || “I’m not going to let the Russians decide this election,” || named_person
said || WikiLeaks || it would release another batch “within days.” || named_org
reported || The Washington Post || one of the emails showed campaign officials debating how to respond to questions about the Clinton Foundation || media
showed || one of the emails || campaign officials debating how to respond to questions about the Clinton Foundation || document
said || A campaign spokesman, Glen Caplin || the campaign would not “engage in confirming” stolen documents || named_person
said || He || Donald J. Trump’s allies were “cheering on” a foreign government || named_person
told || Mr. Trump || Mrs. Clinton was “rotten to the core” and that the emails should be read by “every single voter.” || named_person
said || A senior Clinton aide || the campaign’s internal polling had shown no change in her support since the first release || anonymous
had shown || the campaign’s internal polling || no change in her support since the first release || document
worry || Several Democratic strategists || the drip of stories will depress turnout among younger voters || anonymous
say || Aides || the nominee will keep her focus on the economy in the final weeks || anonymous
showed || An ABC News/Washington Post tracking poll released on Sunday || Mrs. Clinton ahead by four points nationally || document
''')

art("e10", '''
Bush and Kasich Jostle for Establishment Lane in New Hampshire

MANCHESTER, N.H. — Jeb Bush and John Kasich, the two governors still fighting for the support of the Republican establishment, both said on Sunday that they would finish ahead of Senator Marco Rubio in Tuesday’s primary.

“I’m going to surprise a lot of people,” the former governor of Florida told voters at a town-hall-style meeting in Nashua. Mr. Bush said the Florida senator had been “exposed” in Saturday’s debate.

The Ohio governor was more cautious. “We’ll see what happens,” Mr. Kasich said in Concord. “I think we’re peaking at the right time.”

Aides to both candidates said their internal numbers showed a late surge. A senior Bush adviser, who was not authorized to speak publicly, said the campaign expected Mr. Bush to finish in the top three. Right to Rise, the super PAC supporting Mr. Bush, said in a statement that it would spend another $5 million in South Carolina.

Mr. Kasich’s chief strategist, John Weaver, said the Ohio governor would “live to fight another day” no matter the result. He told reporters that the campaign had 150 staff members on the ground in South Carolina.

Mr. Bush and Mr. Kasich have mostly spared each other. Both men have argued that Mr. Rubio lacks the experience to be president, and on Sunday the candidates said they would stay in the race at least through South Carolina.

Some Bush donors believe he should leave the race if he finishes behind Mr. Kasich, according to a person close to the campaign. One Bush donor, a Texas oilman, said the former governor “has one more week.”

A WMUR/CNN poll released on Saturday found Mr. Kasich at 11 percent and Mr. Bush at 9 percent, both well behind Donald J. Trump. Mr. Trump, the front-runner, told supporters in Plymouth that both governors were “low energy.”

The Boston Globe, which endorsed Mr. Kasich last month, wrote in an editorial that he was the only Republican “with the temperament to govern.”
''', '''
said || Jeb Bush and John Kasich, the two governors still fighting for the support of the Republican establishment || they would finish ahead of Senator Marco Rubio in Tuesday’s primary || named_person
told || the former governor of Florida || “I’m going to surprise a lot of people,” || named_person
said || Mr. Bush || the Florida senator had been “exposed” in Saturday’s debate || named_person
Mr. Kasich {{said}} in Concord || Mr. Kasich || “We’ll see what happens,” ++ “I think we’re peaking at the right time.” || named_person
said || Aides to both candidates || their internal numbers showed a late surge || anonymous
showed || their internal numbers || a late surge || document
said || A senior Bush adviser || the campaign expected Mr. Bush to finish in the top three || anonymous
expected || the campaign || Mr. Bush to finish in the top three || named_org
said || Right to Rise, the super PAC supporting Mr. Bush || it would spend another $5 million in South Carolina || named_org
said || Mr. Kasich’s chief strategist, John Weaver || the Ohio governor would “live to fight another day” no matter the result || named_person
told || He || the campaign had 150 staff members on the ground in South Carolina || named_person
have argued || Both men || Mr. Rubio lacks the experience to be president || named_person
said || the candidates || they would stay in the race at least through South Carolina || named_person
believe || Some Bush donors || he should leave the race if he finishes behind Mr. Kasich || anonymous
according to || a person close to the campaign || Some Bush donors believe he should leave the race if he finishes behind Mr. Kasich || anonymous
said || One Bush donor, a Texas oilman || the former governor “has one more week.” || anonymous
found || A WMUR/CNN poll released on Saturday || Mr. Kasich at 11 percent and Mr. Bush at 9 percent, both well behind Donald J. Trump || document
told || Mr. Trump, the front-runner || both governors were “low energy.” || named_person
wrote || The Boston Globe || he was the only Republican “with the temperament to govern.” || media
''')

art("e11", '''
Trump Campaign Manager Says Candidate Will Stay on Message

NEW YORK — Kellyanne Conway, Donald J. Trump’s campaign manager, said on Sunday that the Republican nominee would spend the final two weeks of the race focused on trade and jobs, and would not be drawn into “side fights” with his critics.

“He understands what’s at stake,” Ms. Conway said on NBC’s “Meet the Press.” “Every day we talk about the economy is a good day for us.”

The campaign manager acknowledged that the nominee trailed in several battleground states but said internal polling showed the race “tightening everywhere.”

The 70-year-old has told advisers that he believes the election is being “rigged” against him, according to two people who have spoken with him.

A senior aide said the candidate would limit his use of Twitter late at night. The aide, who requested anonymity to discuss internal deliberations, said Ms. Conway and Jared Kushner, Mr. Trump’s son-in-law, had pressed for the change. Some advisers worry that the candidate’s attacks on the news media are alienating suburban women.

Jason Miller, the campaign’s senior communications adviser, said in a statement that Mr. Trump was “the only candidate talking about the issues that matter.” He added that the campaign had raised $100 million in small donations in September.

Hillary Clinton’s campaign manager, Robby Mook, told reporters on a conference call that Mr. Trump’s “message discipline never lasts more than a day.” A Clinton campaign spokesman said the Democratic nominee would campaign in Florida and North Carolina on Tuesday.

An NBC News/Wall Street Journal poll released on Sunday found Mrs. Clinton leading by 11 points among likely voters.

CNN reported on Saturday that Mr. Trump had spent much of the weekend reviewing new television ads at Trump Tower.
''', '''
Says || Trump Campaign Manager || Candidate Will Stay on Message || named_person
said || Kellyanne Conway, Donald J. Trump’s campaign manager || the Republican nominee would spend the final two weeks of the race focused on trade and jobs, and would not be drawn into “side fights” with his critics || named_person
said || Ms. Conway || “He understands what’s at stake,” ++ “Every day we talk about the economy is a good day for us.” || named_person
acknowledged || The campaign manager || the nominee trailed in several battleground states || named_person
said || {{The campaign manager}} acknowledged || internal polling showed the race “tightening everywhere.” || named_person
showed || internal polling || the race “tightening everywhere.” || document
has told || The 70-year-old || he believes the election is being “rigged” against him || named_person
believes || he || the election is being “rigged” against him || named_person
according to || two people who have spoken with him || The 70-year-old has told advisers that he believes the election is being “rigged” against him || anonymous
said || A senior aide || the candidate would limit his use of Twitter late at night || anonymous
said || The aide || Ms. Conway and Jared Kushner, Mr. Trump’s son-in-law, had pressed for the change || anonymous
worry || Some advisers || the candidate’s attacks on the news media are alienating suburban women || anonymous
said || Jason Miller, the campaign’s senior communications adviser || Mr. Trump was “the only candidate talking about the issues that matter.” || named_person
added || He || the campaign had raised $100 million in small donations in September || named_person
told || Hillary Clinton’s campaign manager, Robby Mook || Mr. Trump’s “message discipline never lasts more than a day.” || named_person
said || A Clinton campaign spokesman || the Democratic nominee would campaign in Florida and North Carolina on Tuesday || anonymous
found || An NBC News/Wall Street Journal poll released on Sunday || Mrs. Clinton leading by 11 points among likely voters || document
reported || CNN || Mr. Trump had spent much of the weekend reviewing new television ads at Trump Tower || media
''')

art("e12", '''
McCrory Says He Won’t Seek Repeal as Business Backlash Grows

RALEIGH, N.C. — Gov. Pat McCrory of North Carolina said on Tuesday that he would not ask the legislature to repeal the state’s law limiting protections for gay and transgender people.

“This is about privacy and common sense,” the Republican governor told reporters at the State Capitol. “I’m not going to be bullied by corporations.”

His spokesman, Josh Ellis, said later that the governor had spoken with executives from several companies and remained “open to conversations” about changes to the law’s employment provisions.

The law has cost the state jobs and events. A report released on Monday by the Charlotte Regional Visitors Authority estimated that it had already cost the Charlotte area more than $285 million in lost business. Business leaders worry that more companies will follow PayPal, which canceled plans for a 400-job center in Charlotte.

Roy Cooper, the state’s attorney general and the governor’s Democratic opponent in November, said the law was “an embarrassment that is costing us jobs every single day.” A spokesman for Mr. Cooper’s campaign said the attorney general would release a jobs plan on Thursday.

A top Democrat in the state legislature, who asked not to be named because negotiations were continuing, said several Republican legislators had told him they would support a partial repeal.

Phil Berger, the Republican leader of the State Senate, said there were no negotiations over a repeal. “Nothing has changed,” the Senate leader said in a statement.

Democrats said they would try again to force a vote on repeal next week.

The N.C.A.A. said last month that it would consider the law when awarding future championships, and The Associated Press reported that the Atlantic Coast Conference was also reviewing whether to move its championship games out of the state.

An Elon University poll found that 49 percent of North Carolina voters opposed the law.
''', '''
Says || McCrory || He Won’t Seek Repeal || named_person
said || Gov. Pat McCrory of North Carolina || he would not ask the legislature to repeal the state’s law limiting protections for gay and transgender people || named_person
told || the Republican governor || “This is about privacy and common sense,” ++ “I’m not going to be bullied by corporations.” || named_person
said || His spokesman, Josh Ellis || the governor had spoken with executives from several companies and remained “open to conversations” about changes to the law’s employment provisions || named_person
estimated || A report released on Monday by the Charlotte Regional Visitors Authority || it had already cost the Charlotte area more than $285 million in lost business || document
worry || Business leaders || more companies will follow PayPal, which canceled plans for a 400-job center in Charlotte || anonymous
said || Roy Cooper, the state’s attorney general and the governor’s Democratic opponent in November || the law was “an embarrassment that is costing us jobs every single day.” || named_person
said || A spokesman for Mr. Cooper’s campaign || the attorney general would release a jobs plan on Thursday || anonymous
said || A top Democrat in the state legislature || several Republican legislators had told him they would support a partial repeal || anonymous
had told || several Republican legislators || they would support a partial repeal || anonymous
said || Phil Berger, the Republican leader of the State Senate || there were no negotiations over a repeal || named_person
said || the Senate leader || “Nothing has changed,” || named_person
said || Democrats || they would try again to force a vote on repeal next week || named_org
said || The N.C.A.A. || it would consider the law when awarding future championships || named_org
reported || The Associated Press || the Atlantic Coast Conference was also reviewing whether to move its championship games out of the state || media
found || An Elon University poll || 49 percent of North Carolina voters opposed the law || document
''')

art("e13", '''
McConnell Holds Firm Against Hearing for Garland

WASHINGTON — Senator Mitch McConnell, the majority leader, said on Tuesday that the Senate would not hold hearings on Judge Merrick B. Garland’s nomination to the Supreme Court, no matter how many Republicans met with the nominee.

“The American people should have a voice in this decision,” the Kentucky Republican said on the Senate floor. “They will have it in November.”

Senator Harry Reid of Nevada, the Democratic leader, said the blockade was “a shameful abdication of duty.” The Nevada Democrat, who is retiring at the end of the year, said Republicans were “afraid of their own base.”

A spokesman for Mr. Reid, Adam Jentleson, said Democrats would force procedural votes on the nomination every week until the summer recess. He said the strategy had been approved by the full caucus.

Both leaders have said the fight will play a role in the November elections.

A Senate Republican aide, who was not authorized to speak publicly, said at least four Republican senators had told the leader that a hearing would help them in difficult re-election races. One of those senators, Mark Kirk of Illinois, has met with Judge Garland and said the Senate should “do its job.” Another Republican senator, who asked not to be named, said the leader’s position was “not going to change, period.”

Senator Charles E. Grassley of Iowa, the chairman of the Judiciary Committee, told reporters that he had “no regrets.” A top Democrat on the committee said the chairman was “hiding behind Mitch McConnell.”

The White House said on Tuesday that Judge Garland had now met with 52 senators, including 16 Republicans. A Gallup poll released last month found that a majority of Americans believed the Senate should hold hearings.
''', '''
said || Senator Mitch McConnell, the majority leader || the Senate would not hold hearings on Judge Merrick B. Garland’s nomination to the Supreme Court, no matter how many Republicans met with the nominee || named_person
said || the Kentucky Republican || “The American people should have a voice in this decision,” ++ “They will have it in November.” || named_person
said || Senator Harry Reid of Nevada, the Democratic leader || the blockade was “a shameful abdication of duty.” || named_person
said || The Nevada Democrat || Republicans were “afraid of their own base.” || named_person
said || A spokesman for Mr. Reid, Adam Jentleson || Democrats would force procedural votes on the nomination every week until the summer recess || named_person
said || He || the strategy had been approved by the full caucus || named_person
have said || Both leaders || the fight will play a role in the November elections || named_person
said || A Senate Republican aide || at least four Republican senators had told the leader that a hearing would help them in difficult re-election races || anonymous
had told || at least four Republican senators || a hearing would help them in difficult re-election races || anonymous
said || One of those senators, Mark Kirk of Illinois || the Senate should “do its job.” || named_person
said || Another Republican senator || the leader’s position was “not going to change, period.” || anonymous
told || Senator Charles E. Grassley of Iowa, the chairman of the Judiciary Committee || he had “no regrets.” || named_person
said || A top Democrat on the committee || the chairman was “hiding behind Mitch McConnell.” || anonymous
said || The White House || Judge Garland had now met with 52 senators, including 16 Republicans || named_org
found || A Gallup poll released last month || a majority of Americans believed the Senate should hold hearings || document
believed || a majority of Americans || the Senate should hold hearings || anonymous
''')

art("e14", '''
Comey Tells Lawmakers F.B.I. Is Reviewing New Emails

WASHINGTON — The F.B.I. director, James B. Comey, told Congress on Friday that investigators had found emails that “appear to be pertinent” to the closed inquiry into Hillary Clinton’s private server, an extraordinary step 11 days before the election.

In a three-paragraph letter to the chairmen of eight committees, the director wrote that the bureau could not yet assess “whether or not this material may be significant.” The letter did not say where the emails had been found.

Two law enforcement officials said the messages were discovered on a laptop used by Anthony Weiner, the estranged husband of Huma Abedin, one of Mrs. Clinton’s closest aides. The officials, who spoke on the condition of anonymity because the inquiry is continuing, said agents had not yet read the emails.

Justice Department officials had warned the director that the letter would break with longstanding policy against taking steps that could influence an election, according to people familiar with the discussions. Attorney General Loretta E. Lynch did not speak with Mr. Comey before he sent the letter, one of the people said.

A senior law enforcement official said the director believed he was obligated to inform Congress because he had testified under oath that the investigation was complete. The Justice Department said in a statement that it would “continue to work with the F.B.I.”

Mrs. Clinton told reporters in Des Moines that the American people “deserve to get the full and complete facts immediately.” The Democratic nominee said she was “confident” the review would not change the conclusion reached in July. John D. Podesta, the campaign chairman, said in a statement that it was “extraordinary” for the bureau to release such information “so close to a presidential election.”

Donald J. Trump told supporters in Manchester, N.H., that the disclosure was “bigger than Watergate.” The Republican nominee said he had “great respect” for the F.B.I. for “righting a wrong.” Speaker Paul D. Ryan said Mrs. Clinton should be denied classified briefings until the matter is resolved.

The New York Times reported on Friday night that agents had been aware of the emails for several weeks before the director was briefed. A Washington Post/ABC News tracking poll released on Saturday showed her lead shrinking to two points.
''', '''
Tells || Comey || F.B.I. Is Reviewing New Emails || named_person
told || The F.B.I. director, James B. Comey || investigators had found emails that “appear to be pertinent” to the closed inquiry into Hillary Clinton’s private server || named_person
wrote || the director || the bureau could not yet assess “whether or not this material may be significant.” || named_person
said || Two law enforcement officials || the messages were discovered on a laptop used by Anthony Weiner, the estranged husband of Huma Abedin, one of Mrs. Clinton’s closest aides || anonymous
said || The officials || agents had not yet read the emails || anonymous
had warned || Justice Department officials || the letter would break with longstanding policy against taking steps that could influence an election || anonymous
according to || people familiar with the discussions || Justice Department officials had warned the director that the letter would break with longstanding policy against taking steps that could influence an election || anonymous
said || one of the people || Attorney General Loretta E. Lynch did not speak with Mr. Comey before he sent the letter || anonymous
said || A senior law enforcement official || the director believed he was obligated to inform Congress because he had testified under oath that the investigation was complete || anonymous
believed || the director || he was obligated to inform Congress because he had testified under oath that the investigation was complete || named_person
had testified || he || the investigation was complete || named_person
said || The Justice Department || it would “continue to work with the F.B.I.” || named_org
told || Mrs. Clinton || the American people “deserve to get the full and complete facts immediately.” || named_person
said || The Democratic nominee || she was “confident” the review would not change the conclusion reached in July || named_person
said || John D. Podesta, the campaign chairman || it was “extraordinary” for the bureau to release such information “so close to a presidential election.” || named_person
told || Donald J. Trump || the disclosure was “bigger than Watergate.” || named_person
said || The Republican nominee || he had “great respect” for the F.B.I. for “righting a wrong.” || named_person
said || Speaker Paul D. Ryan || Mrs. Clinton should be denied classified briefings until the matter is resolved || named_person
reported || The New York Times || agents had been aware of the emails for several weeks before the director was briefed || media
showed || A Washington Post/ABC News tracking poll released on Saturday || her lead shrinking to two points || document
''')


# ---------------------------------------------------------------------------
# Offset computation
# ---------------------------------------------------------------------------

AMBIGUITY_MARGIN = 20  # runner-up must be this many chars farther away,
# unless the best candidate is adjacent (gap <= 1, e.g. 'said the ...')


class AnnError(Exception):
    pass


def _occurrences(text, s):
    """Start offsets of s in text; word boundaries enforced at word-char ends."""
    pat = re.escape(s)
    if re.match(r"\w", s[0]):
        pat = r"(?<!\w)" + pat
    if re.match(r"\w", s[-1]):
        pat = pat + r"(?!\w)"
    return [m.start() for m in re.finditer(pat, text)]


def _parse_field(field):
    """Return (span_text, context, offset_in_context) ; context None if plain."""
    field = field.strip()
    if "{{" in field:
        a = field.index("{{")
        b = field.index("}}")
        span = field[a + 2:b]
        ctx = field[:a] + span + field[b + 2:]
        return span, ctx, a
    return field, None, None


def _candidates(text, field):
    span, ctx, off = _parse_field(field)
    if ctx is not None:
        occ = _occurrences(text, ctx)
        if len(occ) != 1:
            raise AnnError(f"context {ctx!r} occurs {len(occ)} times")
        return span, [occ[0] + off], True
    return span, _occurrences(text, span), False


def _gap(a, b):
    """Distance between two [s, e) intervals (0 if touching/overlapping)."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def _overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def _pick(text, field, anchors, forbidden, what, line):
    span, cands, explicit = _candidates(text, field)
    if not cands:
        raise AnnError(f"{what} {span!r} not found ({line})")
    scored = []
    for c in cands:
        iv = (c, c + len(span))
        if any(_overlaps(iv, f) for f in forbidden):
            continue
        scored.append((min(_gap(iv, a) for a in anchors), c))
    if not scored:
        raise AnnError(f"{what} {span!r} only occurs inside other spans ({line})")
    scored.sort()
    if (not explicit and len(scored) > 1 and scored[0][0] > 1
            and scored[1][0] - scored[0][0] < AMBIGUITY_MARGIN):
        raise AnnError(f"{what} {span!r} ambiguous (gaps {scored[0][0]} vs {scored[1][0]}): "
                       f"give a context ({line})")
    c = scored[0][1]
    return (c, c + len(span))


def _span(text, iv):
    return {"start": iv[0], "end": iv[1], "text": text[iv[0]:iv[1]]}


def parse_article(doc_id, text, ann):
    atts = []
    errors = []
    for line in ann.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            atts.append(_parse_line(doc_id, text, line))
        except AnnError as e:
            errors.append(str(e))
    if errors:
        raise AnnError("\n".join(errors))
    atts.sort(key=lambda a: (a["cue"]["start"], a["content"]["start"]))
    return atts


def _parse_line(doc_id, text, line):
    if True:
        parts = [p.strip() for p in line.split("||")]
        if len(parts) != 4:
            raise AnnError(f"{doc_id}: bad line {line!r}")
        cue_f, src_f, cont_f, typ = parts
        if typ not in TYPES:
            raise AnnError(f"{doc_id}: bad type {typ!r}")
        # content: each fragment must be unique (or given a context)
        frags = []
        for frag in cont_f.split(" ++ "):
            span, cands, _ = _candidates(text, frag)
            if len(cands) != 1:
                raise AnnError(f"{doc_id}: content fragment {span!r} occurs {len(cands)} times")
            frags.append((cands[0], cands[0] + len(span)))
        frags.sort()
        cue = _pick(text, cue_f, frags, frags, "cue", doc_id + ": " + line)
        if src_f == "-":
            src = None
        else:
            src = _pick(text, src_f, [cue], frags + [cue], "source", doc_id + ": " + line)
        content = _span(text, (frags[0][0], frags[-1][1]))
        if len(frags) > 1:
            content["fragments"] = [list(f) for f in frags]
        rec = {"cue": _span(text, cue),
               "source": _span(text, src) if src else None,
               "content": content,
               "source_type": typ}
        _check_rec(doc_id, text, rec, frags)
        return rec


def _check_rec(doc_id, text, rec, frags):
    for k in ("cue", "source", "content"):
        sp = rec[k]
        if sp is None:
            continue
        assert text[sp["start"]:sp["end"]] == sp["text"], (doc_id, k, sp)
        assert sp["text"] == sp["text"].strip() and sp["text"], (doc_id, k, sp)
    for s, e in frags:
        assert text[s:e].strip() == text[s:e]
    c = rec["content"]["text"]
    assert not c.lower().startswith("that "), (doc_id, c)
    # no sentence-final period outside quotes
    assert not (c.endswith(".") and not c.endswith((".\"", ".\u201d", ".'", ".\u2019"))) or c.endswith(("F.B.I.",)), (doc_id, c)
    if rec["source"]:
        assert not rec["source"]["text"].endswith(","), (doc_id, rec["source"])
        if rec["source_type"] == "unknown":
            raise AssertionError((doc_id, "unknown type with a source", rec))
    else:
        assert rec["source_type"] == "unknown", (doc_id, rec)


def check_article_text(doc_id, text):
    n = int(doc_id[1:])
    if n <= 7:
        bad = [ch for ch in CURLY if ch in text]
        assert not bad, (doc_id, "curly quotes in straight half", bad)
        assert '"' in text, (doc_id, "no straight double quotes")
    else:
        assert '"' not in text and "'" not in text, (doc_id, "straight quotes in curly half")
        assert "\u201c" in text and "\u201d" in text, (doc_id, "no curly quotes")
        assert text.count("\u201c") == text.count("\u201d"), (doc_id, "unbalanced curly quotes")
    if n <= 7:
        assert text.count('"') % 2 == 0, (doc_id, "unbalanced straight quotes")
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "", (doc_id, "headline + blank line")
    assert "\n\n\n" not in text
    words = len(text.split())
    assert 250 <= words <= 400, (doc_id, "word count", words)
    return words


def build():
    out = []
    errors = []
    ids = [a[0] for a in ARTICLES]
    assert ids == [f"e{i:02d}" for i in range(1, 15)], ids
    for doc_id, text, ann in ARTICLES:
        check_article_text(doc_id, text)
        try:
            atts = parse_article(doc_id, text, ann)
        except AnnError as e:
            errors.append(str(e))
            continue
        out.append({"doc_id": doc_id, "text": text, "split": "blind",
                    "attributions": atts})
    if errors:
        raise AnnError("\n" + "\n".join(errors))
    return out


def show(records):
    """Print every attribution in context: [S:source] <C:cue> {content}."""
    for r in records:
        t = r["text"]
        print("=" * 100)
        print(r["doc_id"], len(t.split()), "words,", len(r["attributions"]), "attributions")
        for a in r["attributions"]:
            marks = []
            if a["source"]:
                marks += [(a["source"]["start"], "[S:"), (a["source"]["end"], "]")]
            marks += [(a["cue"]["start"], "<C:"), (a["cue"]["end"], ">")]
            for s, e in a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]]):
                marks += [(s, "{"), (e, "}")]
            lo = min(m[0] for m in marks)
            hi = max(m[0] for m in marks)
            lo = max(0, t.rfind("\n", 0, lo) + 1, lo - 60)
            hi = min(len(t), hi + 40)
            seg = ""
            pos = lo
            for p, m in sorted(marks, key=lambda x: (x[0], x[1] in ("]", ">", "}"))):
                seg += t[pos:p] + m
                pos = p
            seg += t[pos:hi]
            print(f"  {a['source_type']:<12} {seg.replace(chr(10), ' | ')}")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    records = build()
    code = write_or_check(records, HERE / "blind5.jsonl", [a for a in argv if a != "--show"],
                          __doc__.split("\n\n")[0])
    if "--show" in argv:
        show(records)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
