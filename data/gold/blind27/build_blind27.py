#!/usr/bin/env python3
"""Build ``blind27.jsonl``: the twenty-seventh batch of blind test articles (session 16).

12 invented 2016 political stories on who is named and who is not: descriptions that identify
public figures, coordinations with a named conjunct, and unnamed people taken up by pronouns and
descriptions, written and annotated by a helper session that never read claimtrace's code, tests
or data; see NOTES.md. Scored on arrival, then read for errors.

Usage: ``python data/gold/blind27/build_blind27.py [--check]`` (``--check``: exit 1 if
blind27.jsonl is stale).

The helper's own notes on the format follow.

Blind test set 27: invented 2016-style US political news with hand-annotated attributions.

Theme: who is named and who is not (descriptions of public figures, coordinations with a named
conjunct, groups introduced by a named member, and truly unnamed people by role).

Annotation line format (one attribution per line, fields separated by " || "):
    CUE || SOURCE || CONTENT || TYPE
  * SOURCE "-" means no source (null).
  * CONTENT fragments of a split quote are separated by " ## ".
  * Any field may be written "SPAN@@CONTEXT": CONTEXT must occur exactly once in the text and
    SPAN exactly once inside CONTEXT.
  * Without a context: CONTENT (each fragment) must occur exactly once in the text; the CUE is the
    whole-word occurrence nearest to the content (not overlapping it); the SOURCE is the whole-word
    occurrence nearest to the cue (not overlapping cue or content). Ties raise an error.
All offsets are computed; every span is asserted against the text.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

OUT = "/tmp/blind27/blind27.jsonl"
TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}

DOCS = []


def doc(doc_id, text, ann):
    DOCS.append((doc_id, text.strip("\n"), ann))


# ---------------------------------------------------------------------------------------------
# c01-c06: straight quotes
# ---------------------------------------------------------------------------------------------

doc("c01", r'''
Nominee's Debate Preparations Draw Scrutiny From Allies

The Republican nominee told supporters in Ohio on Tuesday that he would not spend "a single day" rehearsing for next week's debate, a decision that has unsettled some members of his own party.

"I know what I think, and I say it," the nominee said at a rally in Toledo. "Rehearsing is for people who don't believe what they're saying."

A senior adviser to the campaign said the candidate had agreed to a handful of informal sessions but had rejected a fixed schedule. The adviser said the sessions would take place at the candidate's golf club in New Jersey. He spoke on condition of anonymity because he was not authorized to discuss internal planning.

The nominee's campaign manager, Kellyanne Conway, said there was no disagreement inside the campaign. "He has been preparing for this his whole life," she said on Fox News. "The voters don't want a rehearsed answer, and they won't get one."

The House speaker has privately urged the nominee to take the first debate seriously, according to two people familiar with their conversations.

One Republican senator who has endorsed the nominee said the party's candidates down the ballot could not afford "another week of headlines about the wrong things." The senator said he had raised the matter with the campaign but had heard nothing back.

Hillary Clinton's campaign, by contrast, has blocked out several days for preparation. Her press secretary, Brian Fallon, said the former secretary of state was "taking nothing for granted" and had studied tapes of the primary debates. Clinton aides believe the nominee will try to provoke her early in the evening, and they have prepared responses to his most frequent attacks.

The Associated Press reported last week that the campaign had recruited a conservative radio host to play Mrs. Clinton in mock sessions. The campaign did not say whether that arrangement was still in place, and a spokeswoman for the Republican National Committee declined to comment.

The stakes are high. A Quinnipiac University poll released Monday found that the two candidates were separated by three points in Ohio, within the survey's margin of error, and that nearly one in five likely voters there had yet to make up their minds.
''', r'''
told || The Republican nominee || he would not spend "a single day" rehearsing for next week's debate || named_person
said || the nominee || "I know what I think, and I say it," ## "Rehearsing is for people who don't believe what they're saying." || named_person
said || A senior adviser to the campaign || the candidate had agreed to a handful of informal sessions but had rejected a fixed schedule || anonymous
said || The adviser || the sessions would take place at the candidate's golf club in New Jersey || anonymous
said || The nominee's campaign manager, Kellyanne Conway || there was no disagreement inside the campaign || named_person
said || she || "He has been preparing for this his whole life," ## "The voters don't want a rehearsed answer, and they won't get one." || named_person
according to || two people familiar with their conversations || The House speaker has privately urged the nominee to take the first debate seriously || anonymous
said || One Republican senator who has endorsed the nominee || the party's candidates down the ballot could not afford "another week of headlines about the wrong things." || anonymous
said || The senator || he had raised the matter with the campaign but had heard nothing back || anonymous
said || Her press secretary, Brian Fallon || the former secretary of state was "taking nothing for granted" and had studied tapes of the primary debates || named_person
believe || Clinton aides || the nominee will try to provoke her early in the evening || anonymous
reported || The Associated Press || the campaign had recruited a conservative radio host to play Mrs. Clinton in mock sessions || media
found || A Quinnipiac University poll released Monday || the two candidates were separated by three points in Ohio, within the survey's margin of error, and that nearly one in five likely voters there had yet to make up their minds || document
''')

doc("c02", r'''
Spending Fight Exposes Rift Between House Leaders and Conservatives

House Speaker Paul Ryan said Wednesday that he would bring a stopgap spending bill to the floor before the end of the month, setting up a confrontation with the most conservative members of his conference.

"We are not going to shut down the government seven weeks before an election," Mr. Ryan told reporters at the Capitol.

The House Freedom Caucus has demanded that the bill cut off money for the administration's refugee resettlement program, and several of its members said they would vote against any measure that did not.

The speaker has little room to maneuver, according to a senior Republican aide. The aide said leadership expected to lose as many as 40 of its own members on the final vote, which would leave the bill dependent on Democrats.

Critics of the caucus's strategy, including Mr. Ryan, have argued that tying the refugee fight to government funding would hand Democrats a gift in the final stretch of the campaign.

A Republican congressman from Texas who belongs to the caucus said the group would not "fold because the calendar says November." He added that conservatives had waited long enough.

The Senate majority leader said Tuesday that his chamber would pass a clean bill "with a comfortable margin" and would not take up the refugee provision. He said he had spoken twice with the White House about the timing.

The White House said it would accept a short-term measure that kept spending at current levels. Josh Earnest, the press secretary, told reporters that the president would "look very closely" at any language on refugees and suggested that a veto was possible.

Democrats said they would not provide votes for a bill that included the refugee restrictions. Representative Nancy Pelosi of California, the minority leader, said the caucus was "holding the government hostage" and that her members would "stand with the families who have already been vetted."

Politico reported on Tuesday that caucus members had begun drafting an alternative bill of their own. Asked about the report, a spokesman for the caucus declined to comment.
''', r'''
said || House Speaker Paul Ryan || he would bring a stopgap spending bill to the floor before the end of the month || named_person
told || Mr. Ryan || "We are not going to shut down the government seven weeks before an election," || named_person
has demanded || The House Freedom Caucus || the bill cut off money for the administration's refugee resettlement program || named_org
said || several of its members || they would vote against any measure that did not || anonymous
according to || a senior Republican aide || The speaker has little room to maneuver || anonymous
said || The aide || leadership expected to lose as many as 40 of its own members on the final vote, which would leave the bill dependent on Democrats || anonymous
have argued || Critics of the caucus's strategy, including Mr. Ryan || tying the refugee fight to government funding would hand Democrats a gift in the final stretch of the campaign || named_person
said || A Republican congressman from Texas who belongs to the caucus || the group would not "fold because the calendar says November." || anonymous
added || He || conservatives had waited long enough || anonymous
said || The Senate majority leader || his chamber would pass a clean bill "with a comfortable margin" and would not take up the refugee provision || named_person
said || He || he had spoken twice with the White House about the timing || named_person
said || The White House || it would accept a short-term measure that kept spending at current levels || named_org
told || Josh Earnest, the press secretary || the president would "look very closely" at any language on refugees || named_person
suggested || Josh Earnest, the press secretary || a veto was possible || named_person
said || Democrats || they would not provide votes for a bill that included the refugee restrictions || named_org
said || Representative Nancy Pelosi of California, the minority leader || the caucus was "holding the government hostage" and that her members would "stand with the families who have already been vetted." || named_person
reported || Politico || caucus members had begun drafting an alternative bill of their own || media
''')

doc("c03", r'''
Obama Urges Pennsylvania Democrats Not to Take State for Granted

President Obama told a crowd of several thousand at the University of Pennsylvania on Friday that Democrats "cannot coast" in a state that has voted for the party's nominee in every presidential election since 1992.

"I've seen the polls, and I don't care," the president said. "Polls don't vote. People do."

The White House press secretary said earlier in the day that the president intended to spend "as much time as his schedule allows" campaigning for Hillary Clinton in the final month of the race.

Mr. Obama has grown frustrated with the pace of the campaign's outreach to young voters, according to a senior administration official. The official said the president believed Mrs. Clinton's message had not yet "connected with the people who turned out for him in 2008 and 2012." The official spoke on the condition of anonymity to describe private conversations.

The Clinton campaign said the account was mistaken. Its campaign manager, Robby Mook, said in an interview that the campaign had more than 400 staff members in Pennsylvania and that registration among voters under 30 was ahead of its 2012 pace.

Republicans insist the state is within reach. The Republican nominee's campaign has bought television time in the Philadelphia suburbs, and Reince Priebus, the party chairman, said Thursday that the state was "absolutely in play."

A Republican strategist who has advised several Pennsylvania campaigns was more skeptical. "The suburbs are where this race is lost for us," he said, adding that the nominee's "numbers with college-educated women are a disaster."

A Franklin & Marshall College poll released this week showed Mrs. Clinton leading by eight points among likely voters in the state.

Mr. Obama did not mention the Republican nominee by name. He said only that the country faced "a choice between a serious person and someone who isn't."

It was announced on Saturday that the president would return to the state for a rally in Pittsburgh on Nov. 5.
''', r'''
told || President Obama || Democrats "cannot coast" in a state that has voted for the party's nominee in every presidential election since 1992 || named_person
said || the president || "I've seen the polls, and I don't care," ## "Polls don't vote. People do." || named_person
said || The White House press secretary || the president intended to spend "as much time as his schedule allows" campaigning for Hillary Clinton in the final month of the race || named_person
according to || a senior administration official || Mr. Obama has grown frustrated with the pace of the campaign's outreach to young voters || anonymous
said || The official@@The official said || the president believed Mrs. Clinton's message had not yet "connected with the people who turned out for him in 2008 and 2012." || anonymous
said || The Clinton campaign || the account was mistaken || named_org
said || Its campaign manager, Robby Mook || the campaign had more than 400 staff members in Pennsylvania and that registration among voters under 30 was ahead of its 2012 pace || named_person
insist || Republicans || the state is within reach || named_org
said || Reince Priebus, the party chairman || the state was "absolutely in play." || named_person
said || he || "The suburbs are where this race is lost for us," || anonymous
adding || he@@he said, adding || the nominee's "numbers with college-educated women are a disaster." || anonymous
showed || A Franklin & Marshall College poll released this week || Mrs. Clinton leading by eight points among likely voters in the state || document
said || He || the country faced "a choice between a serious person and someone who isn't." || named_person
was announced || - || the president would return to the state for a rally in Pittsburgh on Nov. 5 || unknown
''')

doc("c04", r'''
Hacked Emails Put Clinton Campaign Chairman on the Defensive

Clinton's campaign chairman said Monday that he would not "authenticate or discuss" individual emails released by WikiLeaks. "This was a crime, and the people who did it are trying to influence an American election," he told reporters on the campaign plane.

Mr. Podesta, a longtime Democratic operative, said the F.B.I. had contacted him about the breach last week.

The emails posted over the weekend appear to show aides debating how to respond to questions about Mrs. Clinton's paid speeches to Wall Street banks. In one message, a senior policy adviser wrote that the speeches were "a problem we can't make go away."

A senior Clinton aide said the campaign had decided not to challenge the authenticity of specific emails because doing so would "keep the story alive for another week." The aide said she expected more releases before Election Day. She asked not to be named because the campaign had not settled on a public strategy.

Clinton's running mate was asked about the emails at a stop in North Carolina. "I haven't read them, and I'm not going to," the Virginia senator said. "What I have read is the intelligence community's statement, and it's pretty clear about who is behind this."

On Friday, the Department of Homeland Security and the Office of the Director of National Intelligence said in a joint statement that they were "confident" the Russian government had directed the recent hacks of American political organizations.

Republicans have seized on the emails. Donald Trump said at a rally in Pennsylvania that the messages proved the system was "rigged," and his running mate, Gov. Mike Pence of Indiana, told CNN that the campaign owed voters an explanation.

The Wall Street Journal reported on Sunday that campaign lawyers were reviewing whether any of the stolen messages contained sensitive donor information.

WikiLeaks said on Twitter that it would publish more material "every day until the election."
''', r'''
said || Clinton's campaign chairman || he would not "authenticate or discuss" individual emails released by WikiLeaks || named_person
told || he || "This was a crime, and the people who did it are trying to influence an American election," || named_person
said || Mr. Podesta, a longtime Democratic operative || the F.B.I. had contacted him about the breach last week || named_person
appear to show || The emails posted over the weekend || aides debating how to respond to questions about Mrs. Clinton's paid speeches to Wall Street banks || document
wrote || a senior policy adviser || the speeches were "a problem we can't make go away." || anonymous
said || A senior Clinton aide || the campaign had decided not to challenge the authenticity of specific emails because doing so would "keep the story alive for another week." || anonymous
said || The aide || she expected more releases before Election Day || anonymous
said || the Virginia senator || "I haven't read them, and I'm not going to," ## "What I have read is the intelligence community's statement, and it's pretty clear about who is behind this." || named_person
said || the Department of Homeland Security and the Office of the Director of National Intelligence || they were "confident" the Russian government had directed the recent hacks of American political organizations || named_org
said || Donald Trump || the messages proved the system was "rigged," || named_person
told || his running mate, Gov. Mike Pence of Indiana || the campaign owed voters an explanation || named_person
reported || The Wall Street Journal || campaign lawyers were reviewing whether any of the stolen messages contained sensitive donor information || media
said || WikiLeaks@@WikiLeaks said || it would publish more material "every day until the election." || named_org
''')

doc("c05", r'''
Justice Officials Objected Before F.B.I. Letter Was Sent

Senior Justice Department officials warned the F.B.I. director last week that informing Congress about newly discovered emails so close to the election would break with long-standing policy, according to three people briefed on the discussions.

The director sent the letter anyway. In it, he told lawmakers that investigators had found emails "that appear to be pertinent" to the closed inquiry into Hillary Clinton's private server, but he said the bureau could not yet assess whether they were significant.

Attorney General Loretta Lynch told the director in a phone call on Thursday that she opposed the move, according to one of the people briefed. Ms. Lynch has not spoken publicly about the letter. A Justice Department spokeswoman, Emily Pierce, said the department would not "second-guess" the director's decision.

Democrats reacted with fury. "This is unprecedented and it is wrong," said Senator Harry Reid of Nevada, the minority leader.

The Clinton campaign's chairman, John Podesta, said the letter was "long on innuendo and short on facts."

Donald Trump, the Republican nominee, told supporters in New Hampshire that the letter showed "corruption on a scale we have never seen."

A former federal prosecutor who worked under the director in New York said the decision reflected a fear of being accused of hiding something from Congress. "He would rather take the criticism now than be accused later of sitting on it," the former prosecutor said. He asked not to be identified because he still works with the bureau.

The New York Times reported that the emails had been found on a laptop used by the estranged husband of a top Clinton aide.

Some Republicans in Congress believe the bureau is still holding back information about the original investigation. Representative Jason Chaffetz of Utah, the chairman of the House oversight committee, said he would hold hearings on the matter after the election.

An ABC News/Washington Post tracking poll released Sunday found that a third of likely voters said the news made them less likely to support Mrs. Clinton.
''', r'''
according to || three people briefed on the discussions || Senior Justice Department officials warned the F.B.I. director last week that informing Congress about newly discovered emails so close to the election would break with long-standing policy || anonymous
told || he || investigators had found emails "that appear to be pertinent" to the closed inquiry into Hillary Clinton's private server || named_person
said || he@@he said || the bureau could not yet assess whether they were significant || named_person
according to || one of the people briefed || Attorney General Loretta Lynch told the director in a phone call on Thursday that she opposed the move || anonymous
said || A Justice Department spokeswoman, Emily Pierce || the department would not "second-guess" the director's decision || named_person
said || Senator Harry Reid of Nevada, the minority leader || "This is unprecedented and it is wrong," || named_person
said || The Clinton campaign's chairman, John Podesta || the letter was "long on innuendo and short on facts." || named_person
told || Donald Trump, the Republican nominee || the letter showed "corruption on a scale we have never seen." || named_person
said || A former federal prosecutor who worked under the director in New York || the decision reflected a fear of being accused of hiding something from Congress || anonymous
said || the former prosecutor || "He would rather take the criticism now than be accused later of sitting on it," || anonymous
reported || The New York Times || the emails had been found on a laptop used by the estranged husband of a top Clinton aide || media
believe || Some Republicans in Congress || the bureau is still holding back information about the original investigation || anonymous
said || Representative Jason Chaffetz of Utah, the chairman of the House oversight committee || he would hold hearings on the matter after the election || named_person
found || An ABC News/Washington Post tracking poll released Sunday || a third of likely voters said the news made them less likely to support Mrs. Clinton || document
''')

doc("c06", r'''
Progressives Press for Wider Changes in Democratic Platform

Bernie Sanders and other progressives said Saturday that the draft Democratic platform did not go far enough on trade, arguing that it should explicitly oppose the Trans-Pacific Partnership.

"We did not come this far to accept language that means nothing," the Vermont senator said in a statement released by his campaign.

A Clinton campaign official said the draft reflected "a lot of common ground" between the two camps and warned that a fight over trade would "divide the party at exactly the wrong moment."

Sanders's campaign manager told reporters that the senator's delegates would force a vote on the floor of the convention in Philadelphia if the committee did not act. Several members of the platform committee worry that a floor fight would overshadow the convention's opening night.

Representative Keith Ellison of Minnesota, a Sanders ally on the committee, said he believed a compromise was still possible. "Nobody here wants a brawl on national television," he said.

One of the committee's staff members said a new draft would be circulated on Monday. She said the chairman had asked both camps to submit proposed language by Sunday night.

The A.F.L.-C.I.O. said in a statement that it "stands firmly" against the trade deal and would back language opposing it. The White House said on Friday that the president still supported the agreement and hoped Congress would approve it after the election.

Party officials have been careful not to take sides in public. The Democratic National Committee said only that the final document would be "a reflection of the whole party."

Mr. Sanders has not said whether he will campaign for Mrs. Clinton before the convention. His aides say he wants to see the final platform first.

A CNN/ORC poll released last week showed that 55 percent of Sanders supporters planned to vote for Mrs. Clinton in November, up from 41 percent in May.
''', r'''
said || Bernie Sanders and other progressives || the draft Democratic platform did not go far enough on trade || named_person
arguing || Bernie Sanders and other progressives || it should explicitly oppose the Trans-Pacific Partnership || named_person
said || the Vermont senator || "We did not come this far to accept language that means nothing," || named_person
said || A Clinton campaign official || the draft reflected "a lot of common ground" between the two camps || anonymous
warned || A Clinton campaign official || a fight over trade would "divide the party at exactly the wrong moment." || anonymous
told || Sanders's campaign manager || the senator's delegates would force a vote on the floor of the convention in Philadelphia if the committee did not act || named_person
worry || Several members of the platform committee || a floor fight would overshadow the convention's opening night || anonymous
said || Representative Keith Ellison of Minnesota, a Sanders ally on the committee || he believed a compromise was still possible || named_person
said || he@@," he said || "Nobody here wants a brawl on national television," || named_person
said || One of the committee's staff members || a new draft would be circulated on Monday || anonymous
said || She || the chairman had asked both camps to submit proposed language by Sunday night || anonymous
said || The A.F.L.-C.I.O. || it "stands firmly" against the trade deal and would back language opposing it || named_org
said || The White House || the president still supported the agreement and hoped Congress would approve it after the election || named_org
said || The Democratic National Committee || the final document would be "a reflection of the whole party." || named_org
say || His aides || he wants to see the final platform first || anonymous
showed || A CNN/ORC poll released last week || 55 percent of Sanders supporters planned to vote for Mrs. Clinton in November, up from 41 percent in May || document
''')

# ---------------------------------------------------------------------------------------------
# c07-c12: curly quotes
# ---------------------------------------------------------------------------------------------

doc("c07", r'''
Trump Campaign Shake-Up Leaves Some Allies Uneasy

Donald J. Trump and his allies insisted on Wednesday that the hiring of a new campaign chief was a sign of strength, not disarray.

“We’re going to win, and we’re going to win big,” the Republican nominee said in an interview with a local television station in Wisconsin.

Trump’s new campaign manager said the changes were meant to let the candidate “be himself” on the stump. Kellyanne Conway, a veteran Republican pollster, told reporters later in the day that she would travel with Mr. Trump for the rest of the campaign.

The campaign chairman, Paul Manafort, said in a statement that he did not want to become “a distraction” in the final months of the race.

Mr. Manafort had offered to resign on Tuesday, and Mr. Trump accepted, according to a longtime Trump associate who was briefed on the conversation. The associate said the candidate had grown tired of reading about his own campaign’s infighting. He spoke on the condition of anonymity to discuss a private conversation.

Mr. Trump told friends last week that he felt “boxed in” by his advisers, according to two people who heard the remarks.

The party chairman said Wednesday that the Republican National Committee was “fully committed” to the nominee and would keep its field operation in place.

But several House Republicans in competitive districts said privately that they feared the new leadership would push the candidate toward harsher rhetoric. A Republican senator facing a difficult re-election said the shake-up was “the fourth reboot I’ve counted” and that he had stopped paying attention. “I have my own race to run,” the senator said.

The Clinton campaign said the changes showed that Mr. Trump “can’t even manage his own campaign.”

The Washington Post reported on Wednesday that the campaign had also hired a deputy manager to oversee its operations in battleground states.
''', r'''
insisted || Donald J. Trump and his allies || the hiring of a new campaign chief was a sign of strength, not disarray || named_person
said || the Republican nominee || “We’re going to win, and we’re going to win big,” || named_person
said || Trump’s new campaign manager || the changes were meant to let the candidate “be himself” on the stump || named_person
told || Kellyanne Conway, a veteran Republican pollster || she would travel with Mr. Trump for the rest of the campaign || named_person
said || The campaign chairman, Paul Manafort || he did not want to become “a distraction” in the final months of the race || named_person
according to || a longtime Trump associate who was briefed on the conversation || Mr. Manafort had offered to resign on Tuesday, and Mr. Trump accepted || anonymous
said || The associate || the candidate had grown tired of reading about his own campaign’s infighting || anonymous
according to || two people who heard the remarks || Mr. Trump told friends last week that he felt “boxed in” by his advisers || anonymous
said || The party chairman || the Republican National Committee was “fully committed” to the nominee and would keep its field operation in place || named_person
said || several House Republicans in competitive districts || they feared the new leadership would push the candidate toward harsher rhetoric || anonymous
said || A Republican senator facing a difficult re-election || the shake-up was “the fourth reboot I’ve counted” and that he had stopped paying attention || anonymous
said || the senator || “I have my own race to run,” || anonymous
said || The Clinton campaign || the changes showed that Mr. Trump “can’t even manage his own campaign.” || named_org
reported || The Washington Post || the campaign had also hired a deputy manager to oversee its operations in battleground states || media
''')

doc("c08", r'''
Judge Sets Trial Date in Trump University Case

A federal judge in San Diego on Friday set a late-November trial date in a fraud lawsuit brought by former students of Trump University, rejecting a request from the Republican nominee’s lawyers to delay the case until after the inauguration.

The judge, Gonzalo P. Curiel, wrote in a brief order that the case had been pending for more than six years and that the plaintiffs were “entitled to their day in court.”

Donald J. Trump has repeatedly said that Judge Curiel cannot treat him fairly because of his Mexican heritage. Critics, including House Speaker Paul Ryan, said at the time that the remarks were “indefensible, and beneath a presidential candidate.”

One of the lawyers representing Mr. Trump said the defense would ask the judge to reconsider. “We think a trial in the middle of a transition would be unfair to everyone involved,” the lawyer said. He asked not to be named because he was not authorized to speak for the legal team.

Hope Hicks, a spokeswoman for the campaign, said Mr. Trump “looks forward to winning this case.”

A lawyer for the students, Jason Forge, said his clients were “relieved and ready.”

A filing by the plaintiffs last month argued that the school’s instructors had been trained to push students into buying ever costlier seminars. According to the filing, some students paid more than $35,000 for a mentorship program that promised personal time with Mr. Trump but rarely delivered it.

New York’s attorney general is pursuing a separate case against the school in state court. In an interview on Friday, the attorney general said the university had been “a scheme built to empty students’ bank accounts” and that he expected the federal trial to “confirm everything we have alleged.”

The Wall Street Journal reported in June that Mr. Trump’s legal team had explored a settlement.

The nominee has said he will testify if the case goes to trial. Legal experts doubt that the court would allow a sitting president-elect to delay his testimony indefinitely.
''', r'''
wrote || The judge, Gonzalo P. Curiel || the case had been pending for more than six years and that the plaintiffs were “entitled to their day in court.” || named_person
has repeatedly said || Donald J. Trump || Judge Curiel cannot treat him fairly because of his Mexican heritage || named_person
said || Critics, including House Speaker Paul Ryan || the remarks were “indefensible, and beneath a presidential candidate.” || named_person
said || One of the lawyers representing Mr. Trump || the defense would ask the judge to reconsider || anonymous
said || the lawyer || “We think a trial in the middle of a transition would be unfair to everyone involved,” || anonymous
said || Hope Hicks, a spokeswoman for the campaign || Mr. Trump “looks forward to winning this case.” || named_person
said || A lawyer for the students, Jason Forge || his clients were “relieved and ready.” || named_person
argued || A filing by the plaintiffs last month || the school’s instructors had been trained to push students into buying ever costlier seminars || document
According to || the filing@@According to the filing || some students paid more than $35,000 for a mentorship program that promised personal time with Mr. Trump but rarely delivered it || document
said || the attorney general || the university had been “a scheme built to empty students’ bank accounts” and that he expected the federal trial to “confirm everything we have alleged.” || named_person
reported || The Wall Street Journal || Mr. Trump’s legal team had explored a settlement || media
has said || The nominee || he will testify if the case goes to trial || named_person
doubt || Legal experts || the court would allow a sitting president-elect to delay his testimony indefinitely || anonymous
''')

doc("c09", r'''
Pence’s Record in Indiana Becomes Fodder in Governor’s Race

Gov. Mike Pence’s decision to leave the Indiana governor’s race and join the Republican ticket has turned his record into the central issue in the contest to succeed him.

Lt. Gov. Eric Holcomb, the Republican candidate for governor, said on Thursday that he would “build on the foundation” laid over the past four years.

His Democratic opponent, John Gregg, argued in a debate on Tuesday night that the governor’s handling of the state’s religious freedom law had cost Indiana “hundreds of millions of dollars in lost business.”

A spokeswoman for the governor said he was proud of the state’s economic record. She said unemployment had fallen below 5 percent during his term and that Mr. Gregg was “rewriting history.”

The Republican vice-presidential nominee told reporters in Iowa on Friday that Indiana’s budget surplus was “the best answer to anyone who questions our record.”

The Indiana Democratic Party said in a statement that the governor’s national ambitions had “left Hoosiers holding the bill.”

Not every Republican in the statehouse is eager to defend the law. “Everybody in the caucus knows the law hurt us,” said a Republican state senator from Fort Wayne who supported changes to it last year. “Nobody wants to say it out loud in October.” The senator added that he would still vote for the Republican ticket.

Business leaders in Indianapolis have argued for two years that the state needs explicit protections for gay and transgender workers. The Indianapolis chamber of commerce said on Monday that it would ask both candidates to commit to such a measure.

A WTHR/Howey Politics poll released this week found that Mr. Holcomb and Mr. Gregg were separated by two points, well within the margin of error.

The Indianapolis Star reported on Sunday that both campaigns had reserved more than $5 million in television advertising for the final three weeks of the race.
''', r'''
said || Lt. Gov. Eric Holcomb, the Republican candidate for governor || he would “build on the foundation” laid over the past four years || named_person
argued || His Democratic opponent, John Gregg || the governor’s handling of the state’s religious freedom law had cost Indiana “hundreds of millions of dollars in lost business.” || named_person
said || A spokeswoman for the governor || he was proud of the state’s economic record || anonymous
said || She || unemployment had fallen below 5 percent during his term and that Mr. Gregg was “rewriting history.” || anonymous
told || The Republican vice-presidential nominee || Indiana’s budget surplus was “the best answer to anyone who questions our record.” || named_person
said || The Indiana Democratic Party || the governor’s national ambitions had “left Hoosiers holding the bill.” || named_org
said || a Republican state senator from Fort Wayne who supported changes to it last year || “Everybody in the caucus knows the law hurt us,” ## “Nobody wants to say it out loud in October.” || anonymous
added || The senator || he would still vote for the Republican ticket || anonymous
have argued || Business leaders in Indianapolis || the state needs explicit protections for gay and transgender workers || anonymous
said || The Indianapolis chamber of commerce || it would ask both candidates to commit to such a measure || named_org
found || A WTHR/Howey Politics poll released this week || Mr. Holcomb and Mr. Gregg were separated by two points, well within the margin of error || document
reported || The Indianapolis Star || both campaigns had reserved more than $5 million in television advertising for the final three weeks of the race || media
''')

doc("c10", r'''
Rubio Keeps His Distance From Top of Ticket in Florida

Senator Marco Rubio of Florida said on Monday that he would not campaign alongside Donald J. Trump before Election Day, saying his own race required “every hour I have.”

“I’ve been clear about where I disagree with him,” the Florida senator told reporters after a stop in Orlando. “That hasn’t changed, and it won’t.”

Mr. Rubio and his advisers believe the senator can win by outperforming the top of the ticket among Hispanic voters in Central Florida.

His Democratic opponent, Representative Patrick Murphy, said Mr. Rubio was “trying to have it both ways” by endorsing the nominee while avoiding him in public.

A Republican strategist in Tallahassee who has worked for Mr. Rubio said the distance was deliberate. “You don’t stand next to a fire,” the strategist said. She asked not to be identified so she could speak freely about the campaign.

The Senate Leadership Fund, a super PAC aligned with Senator Mitch McConnell, said it would spend an additional $10 million on advertising in Florida. The Senate majority leader has told donors that Florida is “essential” to keeping the chamber in Republican hands, according to a person who attended one of the meetings.

Mr. Trump’s campaign said in a statement that the nominee and the senator “share the same goals” for Florida. A Trump adviser, asked about Mr. Rubio’s decision, declined to comment.

A Quinnipiac University poll released last week found that Mr. Rubio led Mr. Murphy by six points among likely voters, while the presidential race in the state was essentially tied.

The Miami Herald reported on Sunday that Mr. Murphy’s campaign had cut its planned advertising in the Tampa market. Murphy aides say the money will be moved to Miami and Orlando, where they think turnout among young voters will decide the race.
''', r'''
said || Senator Marco Rubio of Florida || he would not campaign alongside Donald J. Trump before Election Day || named_person
saying || Senator Marco Rubio of Florida || his own race required “every hour I have.” || named_person
told || the Florida senator || “I’ve been clear about where I disagree with him,” ## “That hasn’t changed, and it won’t.” || named_person
believe || Mr. Rubio and his advisers || the senator can win by outperforming the top of the ticket among Hispanic voters in Central Florida || named_person
said || His Democratic opponent, Representative Patrick Murphy || Mr. Rubio was “trying to have it both ways” by endorsing the nominee while avoiding him in public || named_person
said || A Republican strategist in Tallahassee who has worked for Mr. Rubio || the distance was deliberate || anonymous
said || the strategist || “You don’t stand next to a fire,” || anonymous
said || The Senate Leadership Fund, a super PAC aligned with Senator Mitch McConnell || it would spend an additional $10 million on advertising in Florida || named_org
according to || a person who attended one of the meetings || The Senate majority leader has told donors that Florida is “essential” to keeping the chamber in Republican hands || anonymous
said || Mr. Trump’s campaign || the nominee and the senator “share the same goals” for Florida || named_org
found || A Quinnipiac University poll released last week || Mr. Rubio led Mr. Murphy by six points among likely voters, while the presidential race in the state was essentially tied || document
reported || The Miami Herald || Mr. Murphy’s campaign had cut its planned advertising in the Tampa market || media
say || Murphy aides || the money will be moved to Miami and Orlando, where they think turnout among young voters will decide the race || anonymous
''')

doc("c11", r'''
Cruz’s Convention Speech Leaves Delegates Divided

Senator Ted Cruz of Texas declined to endorse the party’s nominee in a prime-time speech at the Republican National Convention on Wednesday night, drawing boos from delegates on the floor.

“Stand for the principles that brought you here, and vote for candidates who will defend them,” the Texas senator said as chants rose from the New York delegation.

The nominee’s campaign said in a statement that the speech was “a missed opportunity” and that Mr. Cruz had broken “a pledge he made in front of millions of people.”

Mr. Cruz and several of his supporters said on Thursday morning that the senator had kept his word by not attacking anyone by name. “I don’t owe an endorsement to anyone who went after my family,” Mr. Cruz told the Texas delegation at a breakfast in Cleveland.

A delegate from Colorado who backed Mr. Cruz in the primaries said she had cheered the speech from the floor. “It took courage to stand up there,” she said. “A lot of people in this hall agreed with him and were afraid to show it.”

The party chairman told reporters that he was “disappointed” but that the convention had “moved on.”

Some Republicans believe the speech was an opening bid for the 2020 nomination. A senior Republican senator said the episode had “overshadowed a night that was supposed to be about the ticket.” The senator said he had urged Mr. Cruz privately to reconsider.

The nominee’s running mate said in his own speech later that night that the party was “coming together,” a line that drew sustained applause.

Two Cruz aides said the senator had written the speech himself and had shown the text to the nominee’s campaign several days in advance. CNN reported that the nominee’s advisers had read the draft on Tuesday and chose not to object.

Mr. Cruz did not say whether he would campaign for the ticket in the fall.
''', r'''
said || the Texas senator || “Stand for the principles that brought you here, and vote for candidates who will defend them,” || named_person
said || The nominee’s campaign || the speech was “a missed opportunity” and that Mr. Cruz had broken “a pledge he made in front of millions of people.” || named_org
said || Mr. Cruz and several of his supporters || the senator had kept his word by not attacking anyone by name || named_person
told || Mr. Cruz@@Mr. Cruz told || “I don’t owe an endorsement to anyone who went after my family,” || named_person
said || A delegate from Colorado who backed Mr. Cruz in the primaries || she had cheered the speech from the floor || anonymous
said || she@@,” she said || “It took courage to stand up there,” ## “A lot of people in this hall agreed with him and were afraid to show it.” || anonymous
told || The party chairman || he was “disappointed” but that the convention had “moved on.” || named_person
believe || Some Republicans || the speech was an opening bid for the 2020 nomination || anonymous
said || A senior Republican senator || the episode had “overshadowed a night that was supposed to be about the ticket.” || anonymous
said || The senator || he had urged Mr. Cruz privately to reconsider || anonymous
said || The nominee’s running mate || the party was “coming together,” || named_person
said || Two Cruz aides || the senator had written the speech himself and had shown the text to the nominee’s campaign several days in advance || anonymous
reported || CNN || the nominee’s advisers had read the draft on Tuesday and chose not to object || media
''')

doc("c12", r'''
After Running Mates’ Debate, Both Sides Claim Victory

Clinton’s running mate said on Wednesday that he had “done the job” in Tuesday night’s vice-presidential debate, even as some Democrats complained that he had interrupted his opponent too often.

“I was there to make the case, and I made it,” Senator Tim Kaine of Virginia told reporters in Pennsylvania. “If that meant being a little aggressive, so be it.”

The Republican vice-presidential nominee, Gov. Mike Pence of Indiana, said the debate had shown voters “a steady hand.”

Trump’s campaign manager wrote on Twitter that Mr. Pence had “won decisively.” Mr. Trump and his aides said on Wednesday that the governor’s performance would “reassure” Republicans who had drifted away from the ticket.

The Democratic nominee said at a rally in Ohio that her running mate had “shown what a real partner looks like.”

A senior Clinton aide said the campaign was pleased that Mr. Kaine had pressed Mr. Pence on Mr. Trump’s tax returns. The aide said the campaign had expected the governor to be “calm and polished” and was not surprised by his performance.

The chairman of the Republican National Committee said the debate was “a turning point” for the party. An R.N.C. official said the committee had seen a jump in online donations during and after the debate. He said the figures would be released next week.

A CNN/ORC poll of debate watchers found that 48 percent thought Mr. Pence had done the better job, compared with 42 percent for Mr. Kaine.

The Washington Post reported that several of Mr. Pence’s denials during the debate were contradicted by Mr. Trump’s own public statements.

Some Democratic strategists worry that the debate will give Republicans a reason to stay with the ticket. “Pence made them feel better about themselves,” one of them said. “That matters more than people think.”

Neither campaign would say how many people had watched the debate on its websites.
''', r'''
said || Clinton’s running mate || he had “done the job” in Tuesday night’s vice-presidential debate || named_person
complained || some Democrats || he had interrupted his opponent too often || anonymous
told || Senator Tim Kaine of Virginia || “I was there to make the case, and I made it,” ## “If that meant being a little aggressive, so be it.” || named_person
said || The Republican vice-presidential nominee, Gov. Mike Pence of Indiana || the debate had shown voters “a steady hand.” || named_person
wrote || Trump’s campaign manager || Mr. Pence had “won decisively.” || named_person
said || Mr. Trump and his aides || the governor’s performance would “reassure” Republicans who had drifted away from the ticket || named_person
said || The Democratic nominee || her running mate had “shown what a real partner looks like.” || named_person
said || A senior Clinton aide || the campaign was pleased that Mr. Kaine had pressed Mr. Pence on Mr. Trump’s tax returns || anonymous
said || The aide || the campaign had expected the governor to be “calm and polished” and was not surprised by his performance || anonymous
said || The chairman of the Republican National Committee || the debate was “a turning point” for the party || named_person
said || An R.N.C. official || the committee had seen a jump in online donations during and after the debate || anonymous
said || He || the figures would be released next week || anonymous
found || A CNN/ORC poll of debate watchers || 48 percent thought Mr. Pence had done the better job, compared with 42 percent for Mr. Kaine || document
reported || The Washington Post || several of Mr. Pence’s denials during the debate were contradicted by Mr. Trump’s own public statements || media
worry || Some Democratic strategists || the debate will give Republicans a reason to stay with the ticket || anonymous
said || one of them || “Pence made them feel better about themselves,” ## “That matters more than people think.” || anonymous
''')


# ---------------------------------------------------------------------------------------------
# span location
# ---------------------------------------------------------------------------------------------

CURLY = "“”‘’"


def _occurrences(text, s):
    """All whole-word occurrences of s in text (word boundary checked only at word-char edges)."""
    out = []
    pat = re.escape(s)
    if re.match(r"\w", s[0]):
        pat = r"(?<!\w)" + pat
    if re.match(r"\w", s[-1]):
        pat = pat + r"(?!\w)"
    for m in re.finditer(pat, text):
        out.append((m.start(), m.end()))
    return out


def _in_context(text, field, what, doc_id):
    span, ctx = field.split("@@", 1)
    cs = [m.start() for m in re.finditer(re.escape(ctx), text)]
    assert len(cs) == 1, (doc_id, what, "context not unique", ctx, len(cs))
    inner = _occurrences(ctx, span)
    assert len(inner) == 1, (doc_id, what, "span not unique in context", span, ctx)
    s = cs[0] + inner[0][0]
    return (s, s + len(span))


def _dist(a, b):
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return -1  # overlap


SENT_END = re.compile(r"[.?!][\"\u201d]?\s")


def _cost(text, occ, anchor):
    """Gap length, plus a heavy penalty for every sentence boundary crossed in the gap."""
    d = _dist(occ, anchor)
    if d < 0:
        return -1
    lo, hi = min(occ[1], anchor[1]), max(occ[0], anchor[0])
    gap = text[max(0, lo - 2):hi]  # include the earlier span's last chars (a quote may end in .")
    return d + 1000 * (len(SENT_END.findall(gap)) + gap.count("\n"))


def _nearest(text, s, anchors, what, doc_id):
    cands = []
    for occ in _occurrences(text, s):
        ds = [_cost(text, occ, a) for a in anchors]
        if any(d < 0 for d in ds):
            continue
        cands.append((min(ds), occ))
    assert cands, (doc_id, what, "not found", s)
    cands.sort()
    if len(cands) > 1:
        assert cands[0][0] != cands[1][0], (doc_id, what, "tie", s, cands[:2])
    return cands[0][1]


def _span(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


def parse_line(doc_id, text, line):
    parts = [p.strip() for p in line.split(" || ")]
    assert len(parts) == 4, (doc_id, line)
    cue_f, src_f, con_f, typ = parts
    assert typ in TYPES, (doc_id, typ)
    # content
    frags = []
    for fr in con_f.split(" ## "):
        if "@@" in fr:
            frags.append(_in_context(text, fr, "content", doc_id))
        else:
            occ = [(m.start(), m.end()) for m in re.finditer(re.escape(fr), text)]
            assert len(occ) == 1, (doc_id, "content not unique", fr, len(occ))
            frags.append(occ[0])
    frags.sort()
    content = {"start": frags[0][0], "end": frags[-1][1],
               "text": text[frags[0][0]:frags[-1][1]]}
    if len(frags) > 1:
        content["fragments"] = [list(f) for f in frags]
    # cue
    if "@@" in cue_f:
        cue = _in_context(text, cue_f, "cue", doc_id)
    else:
        cue = _nearest(text, cue_f, frags, "cue", doc_id)
    for f in frags:
        assert _dist(cue, f) >= 0, (doc_id, "cue overlaps content", cue_f)
    # source
    if src_f == "-":
        source = None
        assert typ == "unknown", (doc_id, "null source must be unknown", line)
    else:
        if "@@" in src_f:
            src = _in_context(text, src_f, "source", doc_id)
        else:
            src = _nearest(text, src_f, [cue], "source", doc_id)
        for f in frags + [cue]:
            assert _dist(src, f) >= 0, (doc_id, "source overlaps", src_f)
        source = _span(text, src)
    rec = {"cue": _span(text, cue), "source": source, "content": content, "source_type": typ}
    # self-checks
    assert text[cue[0]:cue[1]] == cue_f.split("@@")[0]
    if source:
        assert source["text"] == src_f.split("@@")[0]
    for s, e in frags:
        assert text[s:e] in [x.split("@@")[0] for x in con_f.split(" ## ")]
    c = content["text"]
    assert not c.startswith("that "), (doc_id, "content starts with that", c[:40])
    assert not c.endswith("."), (doc_id, "sentence-final period outside quotes", c[-40:])
    assert not c.endswith(","), (doc_id, "trailing comma outside quotes", c[-40:])
    return rec


def build():
    records = []
    ids = [d[0] for d in DOCS]
    assert ids == [f"c{i:02d}" for i in range(1, 13)], ids
    for i, (doc_id, text, ann) in enumerate(DOCS):
        # quote style: first half straight, second half curly
        if i < 6:
            assert not any(ch in text for ch in CURLY), (doc_id, "curly quote in straight half")
        else:
            assert '"' not in text and "'" not in text, (doc_id, "straight quote in curly half")
            assert "“" in text and "’" in text
        # layout: headline, blank line, paragraphs separated by blank lines
        paras = text.split("\n\n")
        assert len(paras) >= 6 and all(p.strip() == p and "\n" not in p for p in paras), doc_id
        body_words = len(text.split())
        assert 300 <= body_words <= 500, (doc_id, body_words)
        atts = []
        for line in ann.strip().splitlines():
            if line.strip():
                atts.append(parse_line(doc_id, text, line))
        atts.sort(key=lambda a: (a["cue"]["start"], a["content"]["start"]))
        # no two attributions share cue+content
        keys = [(a["cue"]["start"], a["content"]["start"]) for a in atts]
        assert len(keys) == len(set(keys)), doc_id
        records.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts})
    return records


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind27.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
