#!/usr/bin/env python3
"""Build ``blind30.jsonl``: the thirtieth batch of blind test articles (session 16).

12 invented 2016 political stories in which four to eight people speak in turn, with many pronoun
and description sources whose referent depends on who spoke or was named last, written and
annotated by a helper session that never read claimtrace's code, tests or data; see NOTES.md.
Scored on arrival, then read for errors.

Usage: ``python data/gold/blind30/build_blind30.py [--check]`` (``--check``: exit 1 if
blind30.jsonl is stale).

The helper's own notes on the format follow.

Blind test set f01-f12: invented 2016-style political news with hand-annotated attributions.
Stdlib only. Run: python3 build_blind30.py  (writes blind30.jsonl);  python3 build_blind30.py show f01
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

ARTICLES = {}
ANNOT = {}

ARTICLES["f01"] = '''Senate Republicans Hold Line on Garland as Democrats Press for Hearings

WASHINGTON — Senate Republicans held their ground on Tuesday against hearings for Judge Merrick B. Garland, and the two parties traded barbs in a series of floor speeches and hallway exchanges, with no sign of a thaw.

"The American people will have a voice in this decision, and that voice will come in November," Senator Mitch McConnell of Kentucky, the majority leader, said on the Senate floor. "Nothing has changed."

Minutes later, Senator Harry Reid of Nevada, the Democratic leader, took the floor. Mr. Reid said Republicans were "hiding behind a calendar," and he predicted that the blockade would cost them their majority.

"They will pay for this at the ballot box," he told reporters afterward. "Mark my words."

The chairman of the Judiciary Committee, Senator Charles E. Grassley of Iowa, said he had no plans to hold a hearing this year. "I have nothing against the judge personally," the senator said, "but the principle matters more than the man."

A spokeswoman for the senator said later that the door was "not open, and not about to open." She added that Mr. Grassley had spoken with the judge by telephone as a courtesy.

At least one Republican has broken ranks. Senator Susan Collins of Maine met with Judge Garland last week, and on Tuesday she said she had found him "thoughtful and well prepared."

"The process should go forward," the Maine Republican said. "That is my view, and I have shared it with the leader."

An aide to Mr. McConnell said the leader was not worried about defections. "He has the votes, and he knows it," the aide said. He spoke on condition of anonymity to discuss private conversations.

At the White House, the press secretary, Josh Earnest, said the president would keep making the case for his nominee. "Judge Garland deserves a hearing and a vote," Mr. Earnest said. "That is not a radical idea."

A CNN/ORC poll released on Monday found that 57 percent of Americans believe the Senate should hold hearings on the nomination.

Leaving the chamber, Mr. McConnell was unmoved. "Polls come and go," he said. "The Constitution doesn't."

Mr. Reid, for his part, said he would bring the issue back to the floor on Wednesday, and every day after that if necessary.
'''
ANNOT["f01"] = r'''
said || Senator Mitch McConnell of Kentucky, the majority leader || "The American people will have a voice in this decision, and that voice will come in November," ## "Nothing has changed." || named_person
said || Mr. Reid || Republicans were "hiding behind a calendar," || named_person
predicted || he || the blockade would cost them their majority || named_person
told || he || "They will pay for this at the ballot box," ## "Mark my words." || named_person
said || The chairman of the Judiciary Committee, Senator Charles E. Grassley of Iowa || he had no plans to hold a hearing this year || named_person
said || the senator || "I have nothing against the judge personally," ## "but the principle matters more than the man." || named_person
said || A spokeswoman for the senator || the door was "not open, and not about to open." || anonymous
added || She || Mr. Grassley had spoken with the judge by telephone as a courtesy || anonymous
said || she || she had found him "thoughtful and well prepared." || named_person
said || the Maine Republican || "The process should go forward," ## "That is my view, and I have shared it with the leader." || named_person
said || An aide to Mr. McConnell || the leader was not worried about defections || anonymous
said || the aide || "He has the votes, and he knows it," || anonymous
said || the press secretary, Josh Earnest || the president would keep making the case for his nominee || named_person
said || Mr. Earnest || "Judge Garland deserves a hearing and a vote," ## "That is not a radical idea." || named_person
found || A CNN/ORC poll released on Monday || 57 percent of Americans believe the Senate should hold hearings on the nomination || document
said || he || "Polls come and go," ## "The Constitution doesn't." || named_person
said || Mr. Reid || he would bring the issue back to the floor on Wednesday, and every day after that if necessary || named_person
'''

ARTICLES["f02"] = '''Trump Campaign Shake-Up Leaves Manafort's Role Unclear

NEW YORK — Donald J. Trump's campaign spent Wednesday absorbing its second leadership change in two months, a day after Mr. Trump brought in a new campaign manager and a new chief executive.

Kellyanne Conway, the newly named campaign manager, said the changes were about "adding muscle, not subtracting anyone."

"Paul is still here, and Paul is still valued," she told reporters in the lobby of Trump Tower. "Everybody needs to calm down."

The campaign said in a statement that Stephen K. Bannon, the chairman of Breitbart News, would serve as chief executive and would work "hand in hand" with the existing staff.

Paul Manafort, the campaign chairman, spoke only briefly by telephone. He said he had "no intention of going anywhere" and that he had recommended the new hires himself.

The New York Times reported on Tuesday that Mr. Trump had been unhappy with Mr. Manafort for weeks. A senior aide was blunter. Mr. Manafort had been "sidelined since July," the aide said, and Mr. Trump had stopped taking his advice.

"The candidate wants results, and he wasn't getting them," he added. The aide, who has worked for Mr. Trump since the primaries, spoke on condition of anonymity because he was not authorized to discuss internal matters.

Mr. Trump believes the campaign has been too cautious since the convention, according to two people close to him.

At a rally in Charlotte, N.C., on Wednesday night, the candidate was upbeat. "I hire the best people, and sometimes you add more of the best," he said. "We have a tremendous team."

At the Republican National Committee, the mood was less sunny. One R.N.C. official said donors had been "asking a lot of questions" and wanted assurances that the campaign could stay on message.

The committee's chairman, Reince Priebus, said in a statement that he had "full confidence" in the team.

For Democrats, the turmoil was a gift. Robby Mook, Hillary Clinton's campaign manager, said the shake-up showed that Mr. Trump "can't run a campaign, let alone a country."

"Three campaign managers in one summer," he said on a conference call with reporters. "That tells you everything."

Ms. Conway returned to the cameras later in the day. "Robby should worry about his own candidate," she said. "We're worried about winning."
'''
ANNOT["f02"] = r'''
said || Kellyanne Conway, the newly named campaign manager || the changes were about "adding muscle, not subtracting anyone." || named_person
told || she || "Paul is still here, and Paul is still valued," ## "Everybody needs to calm down." || named_person
said || The campaign || Stephen K. Bannon, the chairman of Breitbart News, would serve as chief executive and would work "hand in hand" with the existing staff || named_org
said || He || he had "no intention of going anywhere" and that he had recommended the new hires himself || named_person
reported || The New York Times || Mr. Trump had been unhappy with Mr. Manafort for weeks || media
said || the aide || Mr. Manafort had been "sidelined since July," ## and Mr. Trump had stopped taking his advice || anonymous
added || he || "The candidate wants results, and he wasn't getting them," || anonymous
according to || two people close to him || Mr. Trump believes the campaign has been too cautious since the convention || anonymous
said || he || "I hire the best people, and sometimes you add more of the best," ## "We have a tremendous team." || named_person
said || One R.N.C. official || donors had been "asking a lot of questions" and wanted assurances that the campaign could stay on message || anonymous
said || The committee's chairman, Reince Priebus || he had "full confidence" in the team || named_person
said || Robby Mook, Hillary Clinton's campaign manager || the shake-up showed that Mr. Trump "can't run a campaign, let alone a country." || named_person
said || he || "Three campaign managers in one summer," ## "That tells you everything." || named_person
said || she || "Robby should worry about his own candidate," ## "We're worried about winning." || named_person
'''

ARTICLES["f03"] = '''Zika Funding Stalls Again as House Leaders Trade Blame

WASHINGTON — A $1.1 billion package to fight the Zika virus stalled again in the House on Thursday, and the leaders of both parties spent the afternoon at dueling news conferences.

Speaker Paul D. Ryan said Democrats were playing politics with a public health emergency. "They had a deal, and they walked away from it," Mr. Ryan said. "That's the whole story."

An hour later, Representative Nancy Pelosi of California, the Democratic leader, said the bill had been "loaded with poison pills" by Republicans. "They know exactly what they did," she said. "They put Planned Parenthood in a Zika bill."

Mr. Ryan's spokeswoman, AshLee Strong, said the Democratic complaint was "a tired talking point."

"Nobody outside this building is buying it," she added.

Democrats argue that the money is needed now, before mosquito season peaks in the South.

Within the Republican conference, the pressure came from the other direction. Representative Mark Meadows of North Carolina, the chairman of the House Freedom Caucus, said his members would not support any package that added to the deficit. "We want to fight Zika. We also want to pay for it," the North Carolina Republican told reporters.

Many conservatives think the administration has not yet spent the money it already has.

One Republican lawmaker from Florida said the standoff was "embarrassing." He said constituents had been calling his office for weeks. "People are scared, and they're asking what we're doing," he said. "I don't have a good answer." The lawmaker spoke on condition of anonymity to avoid angering party leaders.

A senior Democratic aide said Ms. Pelosi would not accept any bill that cut money from the Affordable Care Act. The aide said the last round of staff talks had ended "with nobody even pretending."

At the White House, the press secretary, Josh Earnest, said Congress had "left town with a public health emergency unaddressed," and he said the president would sign a clean bill "the day it reaches his desk."

The Centers for Disease Control and Prevention reported on Thursday that more than 1,800 cases had been confirmed in the continental United States, most of them in travelers.

Leaving the Capitol, Mr. Ryan said the House would try again in September. "We're not giving up on this," he said.
'''
ANNOT["f03"] = r'''
said || Speaker Paul D. Ryan || Democrats were playing politics with a public health emergency || named_person
said || Mr. Ryan || "They had a deal, and they walked away from it," ## "That's the whole story." || named_person
said || Representative Nancy Pelosi of California, the Democratic leader || the bill had been "loaded with poison pills" by Republicans || named_person
said || she || "They know exactly what they did," ## "They put Planned Parenthood in a Zika bill." || named_person
said || Mr. Ryan's spokeswoman, AshLee Strong || the Democratic complaint was "a tired talking point." || named_person
added || she || "Nobody outside this building is buying it," || named_person
argue || Democrats || the money is needed now, before mosquito season peaks in the South || named_org
said || Representative Mark Meadows of North Carolina, the chairman of the House Freedom Caucus || his members would not support any package that added to the deficit || named_person
told || the North Carolina Republican || "We want to fight Zika. We also want to pay for it," || named_person
think || Many conservatives || the administration has not yet spent the money it already has || anonymous
said || One Republican lawmaker from Florida || the standoff was "embarrassing." || anonymous
said || He || constituents had been calling his office for weeks || anonymous
said || he || "People are scared, and they're asking what we're doing," ## "I don't have a good answer." || anonymous
said || A senior Democratic aide || Ms. Pelosi would not accept any bill that cut money from the Affordable Care Act || anonymous
said || The aide || the last round of staff talks had ended "with nobody even pretending." || anonymous
said || the press secretary, Josh Earnest || Congress had "left town with a public health emergency unaddressed," || named_person
said || he || the president would sign a clean bill "the day it reaches his desk." || named_person
reported || The Centers for Disease Control and Prevention || more than 1,800 cases had been confirmed in the continental United States, most of them in travelers || named_org
said || Mr. Ryan || the House would try again in September || named_person
said || he || "We're not giving up on this," || named_person
'''

ARTICLES["f04"] = '''In Wisconsin, Sanders Courts Students as Clinton Camp Looks Past Tuesday

MADISON, Wis. — Senator Bernie Sanders told a crowd of about 9,000 on the University of Wisconsin campus on Monday night that the Democratic race was "far from over."

"They keep telling you it's done," the Vermont senator said. "We keep winning anyway."

His campaign manager, Jeff Weaver, said after the rally that the campaign expected to win Wisconsin and carry its momentum into New York. "We've got the energy, and we've got the money," Mr. Weaver said. "What we need is time."

The campaign raised $44 million in March, according to figures it released on Friday.

A Marquette Law School poll released last week showed Mr. Sanders leading Hillary Clinton by four percentage points among likely Democratic primary voters, a lead within the margin of error.

In the crowd, the enthusiasm was easy to find. A 20-year-old nursing student from Green Bay said she had never voted before. "He's the first one who sounds like he means it," she said.

Standing next to her, Tom Ruskin, 63, a retired machinist from Janesville, said he had voted for Mrs. Clinton in 2008 but would not this time. "I like her fine," he said. "I just don't trust her on trade."

Mrs. Clinton spent Monday in New York. Her spokesman, Brian Fallon, said the campaign was "focused on the delegate math, not the daily headlines."

"Senator Sanders would need to win the remaining contests by enormous margins," he told reporters on a conference call. "That is not going to happen."

One Clinton adviser said the campaign had all but written off Wisconsin and was spending its money in New York and Pennsylvania instead. The adviser, a woman who has worked for Mrs. Clinton since 2008, spoke on condition of anonymity to discuss strategy.

"We're not going to chase every state," she said.

Mr. Sanders said he had heard the Clinton argument before. "They said that about Michigan," he said, "and we won Michigan."
'''
ANNOT["f04"] = r'''
told || Senator Bernie Sanders || the Democratic race was "far from over." || named_person
said || the Vermont senator || "They keep telling you it's done," ## "We keep winning anyway." || named_person
said || His campaign manager, Jeff Weaver || the campaign expected to win Wisconsin and carry its momentum into New York || named_person
said || Mr. Weaver || "We've got the energy, and we've got the money," ## "What we need is time." || named_person
according to || figures it released on Friday || The campaign raised $44 million in March || document
showed || A Marquette Law School poll released last week || Mr. Sanders leading Hillary Clinton by four percentage points among likely Democratic primary voters, a lead within the margin of error || document
said || A 20-year-old nursing student from Green Bay || she had never voted before || anonymous
said || she || "He's the first one who sounds like he means it," || anonymous
said || Tom Ruskin, 63, a retired machinist from Janesville || he had voted for Mrs. Clinton in 2008 but would not this time || named_person
said || he || "I like her fine," ## "I just don't trust her on trade." || named_person
said || Her spokesman, Brian Fallon || the campaign was "focused on the delegate math, not the daily headlines." || named_person
told || he || "Senator Sanders would need to win the remaining contests by enormous margins," ## "That is not going to happen." || named_person
said || One Clinton adviser || the campaign had all but written off Wisconsin and was spending its money in New York and Pennsylvania instead || anonymous
said || she || "We're not going to chase every state," || anonymous
said || Mr. Sanders || he had heard the Clinton argument before || named_person
said || he || "They said that about Michigan," ## "and we won Michigan." || named_person
'''
ARTICLES["f05"] = '''Obama Sends Guantanamo Plan to Congress, and Republicans Slam the Door

WASHINGTON — President Obama on Tuesday sent Congress his plan to close the military prison at Guantanamo Bay, Cuba, and within minutes the proposal ran into a wall in the Republican-controlled Congress.

"Keeping this facility open is contrary to our values," Mr. Obama said in the Roosevelt Room. "It is time to close a chapter of our history."

The plan, according to a 21-page document the Pentagon sent to lawmakers, would move as many as 60 detainees to a prison in the United States, at a cost of up to $475 million.

The White House said the move would save as much as $85 million a year once the prison closed.

A senior administration official who briefed reporters said that no site had been chosen. She said 13 locations had been reviewed. She would not name them.

Senator Pat Roberts of Kansas said no detainee would be moved to Fort Leavenworth "on my watch." His state is home to the Army's main military prison.

"This is not going to happen," the Kansas Republican said. "Not this year, not next year."

Speaker Paul D. Ryan said in a statement that moving detainees to American soil was against the law and that the House would "not take it up."

At the daily briefing, the press secretary, Josh Earnest, said the administration believed Congress could still be persuaded. "We'll make the case, and we'll keep making it," he said. He said the president had not ruled out acting on his own.

A Pentagon spokesman, Peter Cook, said the department had briefed the Armed Services committees on the details last week.

It was announced later on Tuesday that the Senate Armed Services Committee would hold a hearing on the plan next month.

Democrats were divided. Senator Richard J. Durbin of Illinois said he supported the plan, but one Democratic senator from a swing state said the issue was "a loser in November." That senator spoke on condition of anonymity to talk candidly about the election.

"I understand what the president wants," the senator said. "But I have to run in this state, and he doesn't."
'''
ANNOT["f05"] = r'''
said || Mr. Obama || "Keeping this facility open is contrary to our values," ## "It is time to close a chapter of our history." || named_person
according to || a 21-page document the Pentagon sent to lawmakers || The plan ## would move as many as 60 detainees to a prison in the United States, at a cost of up to $475 million || document
said || The White House || the move would save as much as $85 million a year once the prison closed || named_org
reporters [[said]] that no || A senior administration official who briefed reporters || no site had been chosen || anonymous
said || She || 13 locations had been reviewed || anonymous
said || Senator Pat Roberts of Kansas || no detainee would be moved to Fort Leavenworth "on my watch." || named_person
said || the Kansas Republican || "This is not going to happen," ## "Not this year, not next year." || named_person
said || Speaker Paul D. Ryan || moving detainees to American soil was against the law and that the House would "not take it up." || named_person
said || the press secretary, Josh Earnest || the administration believed Congress could still be persuaded || named_person
said || he || "We'll make the case, and we'll keep making it," || named_person
said || He || the president had not ruled out acting on his own || named_person
said || A Pentagon spokesman, Peter Cook || the department had briefed the Armed Services committees on the details last week || named_person
was announced || - || the Senate Armed Services Committee would hold a hearing on the plan next month || unknown
said || Senator Richard J. Durbin of Illinois || he supported the plan || named_person
said || one Democratic senator from a swing state || the issue was "a loser in November." || anonymous
said || the senator || "I understand what the president wants," ## "But I have to run in this state, and he doesn't." || anonymous
'''

ARTICLES["f06"] = '''Texas Voter ID Law Heads Back to Lower Court After Appeals Ruling

NEW ORLEANS — A federal appeals court ruled on Wednesday that Texas's strict voter identification law discriminates against black and Hispanic voters. The decision sends the case back to a lower court, which must devise a remedy before the November election.

In a 9-to-6 decision, the full United States Court of Appeals for the Fifth Circuit found that the law had a "discriminatory effect" on minority voters.

"The Legislature may not enact laws that place unequal burdens on the right to vote," Judge Catharina Haynes wrote for the majority.

The state's attorney general, Ken Paxton, said he was reviewing the decision and was "confident the law will ultimately be upheld."

"Texas has every right to protect the integrity of its elections," the attorney general said. "We will keep fighting for that right."

Gov. Greg Abbott said the ruling ignored the will of Texas voters. He said the state would consider an appeal to the Supreme Court.

A lawyer for the plaintiffs, Marla Ortiz, said the decision was "a victory for hundreds of thousands of Texans." She said her clients would ask the lower court to let voters without a photo ID sign an affidavit at the polls.

"Nobody should be turned away because they don't have a driver's license," Ms. Ortiz said.

The Justice Department joined the suit in 2013. A spokeswoman for the department said Attorney General Loretta E. Lynch was "pleased with the court's decision."

In Houston, an election official in Harris County said the ruling left little time to train poll workers. He said the county had already printed materials based on the old rules. "We'll make it work," the official said. "We always do."

The Texas Tribune reported this year that more than 600,000 registered voters in the state lack the forms of identification the law requires.

Whatever the lower court decides, early voting in Texas begins in late October.
'''
ANNOT["f06"] = r'''
ruled || A federal appeals court || Texas's strict voter identification law discriminates against black and Hispanic voters || named_org
found || the full United States Court of Appeals for the Fifth Circuit || the law had a "discriminatory effect" on minority voters || named_org
wrote || Judge Catharina Haynes || "The Legislature may not enact laws that place unequal burdens on the right to vote," || named_person
said || The state's attorney general, Ken Paxton || he was reviewing the decision and was "confident the law will ultimately be upheld." || named_person
said || the attorney general || "Texas has every right to protect the integrity of its elections," ## "We will keep fighting for that right." || named_person
said || Gov. Greg Abbott || the ruling ignored the will of Texas voters || named_person
said || He || the state would consider an appeal to the Supreme Court || named_person
said || A lawyer for the plaintiffs, Marla Ortiz || the decision was "a victory for hundreds of thousands of Texans." || named_person
said || She || her clients would ask the lower court to let voters without a photo ID sign an affidavit at the polls || named_person
said || Ms. Ortiz || "Nobody should be turned away because they don't have a driver's license," || named_person
said || A spokeswoman for the department || Attorney General Loretta E. Lynch was "pleased with the court's decision." || anonymous
said || an election official in Harris County || the ruling left little time to train poll workers || anonymous
said || He || the county had already printed materials based on the old rules || anonymous
said || the official || "We'll make it work," ## "We always do." || anonymous
reported || The Texas Tribune || more than 600,000 registered voters in the state lack the forms of identification the law requires || media
'''

ARTICLES["f07"] = '''A Frosty Breakfast for Cruz After His Convention Snub

CLEVELAND — A day after he was booed off the stage at the Republican National Convention, Senator Ted Cruz of Texas faced his home-state delegation over breakfast on Thursday.

“I am not in the habit of supporting people who attack my wife and attack my father,” Mr. Cruz told the Texas delegates. “That pledge was not a blanket commitment to accept slander.”

Some in the room applauded. Others sat with their arms folded. A delegate from Houston said she had come to the breakfast hoping to hear an apology. “He gave us a lecture instead,” she said.

On Twitter, Donald J. Trump wrote that Mr. Cruz had been “disrespectful” to the party and to “the millions of people who voted.”

Mr. Trump’s campaign chairman, Paul Manafort, said the speech had been “a selfish act.”

“Ted made a promise, and he broke it,” he told reporters on the convention floor.

Mr. Cruz’s communications director, Alice Stewart, said the senator had “no regrets.”

“He said what he believes,” she said. “Voters can decide for themselves.”

Gov. Mike Pence of Indiana, Mr. Trump’s running mate, said he had spoken with Mr. Cruz after the speech and considered the matter closed. “We’re all going to come together,” the governor said. “I have no doubt about that.”

Reince Priebus, the party chairman, was less forgiving. He said Mr. Cruz had “made a mistake” and that delegates “will remember it.”

Outside the arena, Dale Hemming, 58, a delegate from Lubbock, said he had voted for Mr. Cruz in the primary. “I’d vote for him again,” he said, “but not in 2020. He’s done.”

A senior Cruz adviser said the senator was already looking ahead to 2020 and believed history would vindicate him. The adviser spoke on condition of anonymity to discuss private conversations.

Mr. Cruz flew back to Houston on Thursday afternoon. His Senate office released no schedule for the coming week.
'''
ANNOT["f07"] = r'''
told || Mr. Cruz || “I am not in the habit of supporting people who attack my wife and attack my father,” ## “That pledge was not a blanket commitment to accept slander.” || named_person
said || A delegate from Houston || she had come to the breakfast hoping to hear an apology || anonymous
said || she || “He gave us a lecture instead,” || anonymous
wrote || Donald J. Trump || Mr. Cruz had been “disrespectful” to the party and to “the millions of people who voted.” || named_person
said || Mr. Trump’s campaign chairman, Paul Manafort || the speech had been “a selfish act.” || named_person
told || he || “Ted made a promise, and he broke it,” || named_person
said || Mr. Cruz’s communications director, Alice Stewart || the senator had “no regrets.” || named_person
said || she || “He said what he believes,” ## “Voters can decide for themselves.” || named_person
said || Gov. Mike Pence of Indiana, Mr. Trump’s running mate || he had spoken with Mr. Cruz after the speech and considered the matter closed || named_person
said || the governor || “We’re all going to come together,” ## “I have no doubt about that.” || named_person
said || He || Mr. Cruz had “made a mistake” and that delegates “will remember it.” || named_person
said || Dale Hemming, 58, a delegate from Lubbock || he had voted for Mr. Cruz in the primary || named_person
said || he || “I’d vote for him again,” ## “but not in 2020. He’s done.” || named_person
said || A senior Cruz adviser || the senator was already looking ahead to 2020 and believed history would vindicate him || anonymous
'''
ARTICLES["f08"] = '''No Charges for Clinton, but a Stinging Rebuke From the F.B.I.

WASHINGTON — The director of the F.B.I., James B. Comey, said on Tuesday that the bureau would not recommend criminal charges against Hillary Clinton over her use of a private email server, but he described her handling of classified material as “extremely careless.”

“Although there is evidence of potential violations,” Mr. Comey said, “our judgment is that no reasonable prosecutor would bring such a case.”

The F.B.I. said in a separate statement that investigators had found 110 emails that contained classified information at the time they were sent.

Within the hour, the Clinton campaign’s spokesman, Brian Fallon, said the campaign was “pleased” and that the matter was “now resolved.”

“We’re glad this is behind us,” he said.

Republicans kept up the pressure. Speaker Paul D. Ryan said the decision “defies explanation.” Representative Jason Chaffetz of Utah, the chairman of the House Oversight Committee, said he would ask the director to appear before his panel “as soon as possible.”

“He laid out a damning case and then walked away from it,” the Utah Republican said.

In Raleigh, N.C., Donald J. Trump said the system was “rigged.” “Very, very unfair,” he told the crowd. “Crooked Hillary gets away with it again.”

An F.B.I. official who worked on the case said agents had been unanimous in their view that charges were not warranted. He spoke on condition of anonymity because he was not authorized to discuss the investigation. “Nobody was pressured,” the official said. “Nobody.”

Not all legal experts were convinced. A former federal prosecutor in Virginia said the director had “blurred the line” between investigator and prosecutor. “It was not his job to lecture her,” she said.

Attorney General Loretta E. Lynch said last week that she would accept the F.B.I.’s recommendation. Her spokeswoman said on Tuesday that Ms. Lynch had received it and would announce a decision soon.
'''
ANNOT["f08"] = r'''
said || The director of the F.B.I., James B. Comey || the bureau would not recommend criminal charges against Hillary Clinton over her use of a private email server || named_person
described || he || her handling of classified material as “extremely careless.” || named_person
said || Mr. Comey || “Although there is evidence of potential violations,” ## “our judgment is that no reasonable prosecutor would bring such a case.” || named_person
said || The F.B.I. || investigators had found 110 emails that contained classified information at the time they were sent || named_org
said || the Clinton campaign’s spokesman, Brian Fallon || the campaign was “pleased” and that the matter was “now resolved.” || named_person
said || he || “We’re glad this is behind us,” || named_person
said || Speaker Paul D. Ryan || the decision “defies explanation.” || named_person
said || Representative Jason Chaffetz of Utah, the chairman of the House Oversight Committee || he would ask the director to appear before his panel “as soon as possible.” || named_person
said || the Utah Republican || “He laid out a damning case and then walked away from it,” || named_person
said || Donald J. Trump || the system was “rigged.” || named_person
told || he || “Very, very unfair,” ## “Crooked Hillary gets away with it again.” || named_person
said || An F.B.I. official who worked on the case || agents had been unanimous in their view that charges were not warranted || anonymous
said || the official || “Nobody was pressured,” ## “Nobody.” || anonymous
said || A former federal prosecutor in Virginia || the director had “blurred the line” between investigator and prosecutor || anonymous
said || she || “It was not his job to lecture her,” || anonymous
said || Attorney General Loretta E. Lynch || she would accept the F.B.I.’s recommendation || named_person
said || Her spokeswoman || Ms. Lynch had received it and would announce a decision soon || anonymous
'''

ARTICLES["f09"] = '''McCrory Digs In on Bathroom Law as N.C.A.A. Pulls Championships

RALEIGH, N.C. — The N.C.A.A. said on Monday that it would move seven championship events out of North Carolina this year because of the state’s law limiting protections for gay and transgender people.

In a statement, the association said the law was “inconsistent” with its commitment to fairness and inclusion.

Gov. Pat McCrory signed the law in March. On Monday, the Republican governor said the decision was “absurd.” “They’re happy to play in places with far worse records,” Mr. McCrory told reporters at the State Capitol. “Where’s the consistency?”

His Democratic challenger, Attorney General Roy Cooper, said the governor had “no one to blame but himself.”

“Every week there’s another bill for this law,” he said. “Our families are paying it.”

The governor’s spokeswoman, Kendra Hale, said Mr. Cooper had “cheered on” the boycotts for political gain. “He’d rather score a point than fix a problem,” she said.

The speaker of the State House, Tim Moore, said lawmakers had no plans to return for a special session.

A legislative aide who works for a Republican member from Wake County said several lawmakers privately believed the law should be changed. She spoke on condition of anonymity because she was not authorized to speak for her boss. “They just don’t want to be the first to say it,” the aide said.

In Charlotte, the owner of a downtown sports bar said he expected to lose tens of thousands of dollars. “Those tournament weekends are our Christmas,” he said.

Janelle Porter, 41, a nurse from Matthews, said she supported the law but thought the fight had gone on too long.

An Elon University poll released last month found that 52 percent of North Carolina voters opposed the law.

The Charlotte Observer reported on Sunday that the Atlantic Coast Conference was weighing a similar move.
'''
ANNOT["f09"] = r'''
said || The N.C.A.A. || it would move seven championship events out of North Carolina this year because of the state’s law limiting protections for gay and transgender people || named_org
said || the association || the law was “inconsistent” with its commitment to fairness and inclusion || named_org
said || the Republican governor || the decision was “absurd.” || named_person
told || Mr. McCrory || “They’re happy to play in places with far worse records,” ## “Where’s the consistency?” || named_person
said || His Democratic challenger, Attorney General Roy Cooper || the governor had “no one to blame but himself.” || named_person
said || he || “Every week there’s another bill for this law,” ## “Our families are paying it.” || named_person
said || The governor’s spokeswoman, Kendra Hale || Mr. Cooper had “cheered on” the boycotts for political gain || named_person
said || she || “He’d rather score a point than fix a problem,” || named_person
said || The speaker of the State House, Tim Moore || lawmakers had no plans to return for a special session || named_person
said || A legislative aide who works for a Republican member from Wake County || several lawmakers privately believed the law should be changed || anonymous
said || the aide || “They just don’t want to be the first to say it,” || anonymous
said || the owner of a downtown sports bar || he expected to lose tens of thousands of dollars || anonymous
said || he || “Those tournament weekends are our Christmas,” || anonymous
said || Janelle Porter, 41, a nurse from Matthews || she supported the law but thought the fight had gone on too long || named_person
found || An Elon University poll released last month || 52 percent of North Carolina voters opposed the law || document
reported || The Charlotte Observer || the Atlantic Coast Conference was weighing a similar move || media
'''

ARTICLES["f10"] = '''After the Running Mates’ Debate, a Scramble in the Spin Room

FARMVILLE, Va. — Minutes after Gov. Mike Pence and Senator Tim Kaine left the stage at Longwood University on Tuesday night, their advisers poured into the spin room.

Kellyanne Conway, Donald J. Trump’s campaign manager, said Mr. Pence had been “steady, sunny and presidential.” “He looked like the adult on that stage,” she said. “Senator Kaine looked like he’d had too much coffee.”

A few feet away, John D. Podesta, Hillary Clinton’s campaign chairman, said Mr. Pence had spent the night “running away from his own running mate.” “He couldn’t defend Trump once,” Mr. Podesta said. “Not once.”

On the flight back to Richmond, Mr. Kaine told reporters he had no regrets about his aggressive approach. “I wanted to hold him accountable,” the Virginia senator said.

A senior Pence aide said the governor had rehearsed for weeks against a stand-in who interrupted him constantly. “We knew he’d come in hot,” the aide said. “We wanted Mike to be the cool one.” He added that Mr. Pence had called Mr. Trump from the car after the debate.

A Clinton aide said the campaign had expected Mr. Pence to be polished. She said clips of the debate would appear in Clinton ads by the end of the week.

A CNN/ORC poll of debate watchers found that 48 percent thought Mr. Pence had won, compared with 42 percent for Mr. Kaine.

On Twitter, Mr. Trump wrote that Mr. Pence had done “a fantastic job” and that “everyone is talking about it!”

At a watch party in Richmond, Carla Dennison, 35, a Democrat, said Mr. Kaine had been “too jumpy.” “But I’d still rather have him,” she said.

Beside her, a retired Navy officer said he was still undecided. “Pence won the night,” he said. “I don’t know if he won any votes.”

The two running mates are not scheduled to share a stage again before Election Day.
'''
ANNOT["f10"] = r'''
said || Kellyanne Conway, Donald J. Trump’s campaign manager || Mr. Pence had been “steady, sunny and presidential.” || named_person
said || she || “He looked like the adult on that stage,” ## “Senator Kaine looked like he’d had too much coffee.” || named_person
said || John D. Podesta, Hillary Clinton’s campaign chairman || Mr. Pence had spent the night “running away from his own running mate.” || named_person
said || Mr. Podesta || “He couldn’t defend Trump once,” ## “Not once.” || named_person
told || Mr. Kaine || he had no regrets about his aggressive approach || named_person
said || the Virginia senator || “I wanted to hold him accountable,” || named_person
said || A senior Pence aide || the governor had rehearsed for weeks against a stand-in who interrupted him constantly || anonymous
said || the aide || “We knew he’d come in hot,” ## “We wanted Mike to be the cool one.” || anonymous
added || He || Mr. Pence had called Mr. Trump from the car after the debate || anonymous
said || A Clinton aide || the campaign had expected Mr. Pence to be polished || anonymous
said || She || clips of the debate would appear in Clinton ads by the end of the week || anonymous
found || A CNN/ORC poll of debate watchers || 48 percent thought Mr. Pence had won, compared with 42 percent for Mr. Kaine || document
wrote || Mr. Trump || Mr. Pence had done “a fantastic job” and that “everyone is talking about it!” || named_person
said || Carla Dennison, 35, a Democrat || Mr. Kaine had been “too jumpy.” || named_person
said || she || “But I’d still rather have him,” || named_person
said || a retired Navy officer || he was still undecided || anonymous
said || he || “Pence won the night,” ## “I don’t know if he won any votes.” || anonymous
'''

ARTICLES["f11"] = '''Toomey Keeps Trump at Arm’s Length as McGinty Presses Him

PHILADELPHIA — Senator Patrick J. Toomey of Pennsylvania again declined on Friday to say whether he would vote for Donald J. Trump, and his Democratic challenger, Katie McGinty, again made sure voters noticed.

“I’ve been very clear that I have serious concerns,” Mr. Toomey told reporters after a stop at a machine shop in Bucks County. “I’m going to continue to watch and listen.”

An hour later, Ms. McGinty said the senator was “hiding” from voters. “He can’t answer a yes-or-no question,” she said. “Pennsylvanians deserve a yes or a no.”

A spokesman for Mr. Toomey said the senator “makes his own decisions on his own timeline.” He said Ms. McGinty had been “in lockstep” with Hillary Clinton on trade and energy.

The senator, for his part, said he was focused on his own race. “My name is on the ballot, not anyone else’s,” he added.

President Obama is scheduled to campaign for Ms. McGinty in Philadelphia next week. The White House press secretary, Josh Earnest, said the president believed the race could decide control of the Senate.

Republican strategists worry that the uncertainty could cost Mr. Toomey votes in the Philadelphia suburbs.

Dave Kessler, a Republican consultant in Harrisburg, said the senator’s approach was “the only one that works in this state.” “Toomey needs Trump voters and he needs Clinton voters,” Mr. Kessler said. “You don’t pick a fight with either.”

A Quinnipiac University poll released on Wednesday showed the race essentially tied, with Ms. McGinty at 47 percent and Mr. Toomey at 46 percent.

The Philadelphia Inquirer reported this week that outside groups had spent more than $60 million on the race.

At a diner in Doylestown, a retired schoolteacher said she would vote for Mr. Toomey but not for Mr. Trump. “I wish he’d just say it,” she said. Her husband said he liked both men.
'''
ANNOT["f11"] = r'''
told || Mr. Toomey || “I’ve been very clear that I have serious concerns,” ## “I’m going to continue to watch and listen.” || named_person
said || Ms. McGinty || the senator was “hiding” from voters || named_person
said || she || “He can’t answer a yes-or-no question,” ## “Pennsylvanians deserve a yes or a no.” || named_person
said || A spokesman for Mr. Toomey || the senator “makes his own decisions on his own timeline.” || anonymous
said || He || Ms. McGinty had been “in lockstep” with Hillary Clinton on trade and energy || anonymous
said || The senator || he was focused on his own race || named_person
added || he || “My name is on the ballot, not anyone else’s,” || named_person
said || The White House press secretary, Josh Earnest || the president believed the race could decide control of the Senate || named_person
worry || Republican strategists || the uncertainty could cost Mr. Toomey votes in the Philadelphia suburbs || anonymous
said || Dave Kessler, a Republican consultant in Harrisburg || the senator’s approach was “the only one that works in this state.” || named_person
said || Mr. Kessler || “Toomey needs Trump voters and he needs Clinton voters,” ## “You don’t pick a fight with either.” || named_person
showed || A Quinnipiac University poll released on Wednesday || the race essentially tied, with Ms. McGinty at 47 percent and Mr. Toomey at 46 percent || document
reported || The Philadelphia Inquirer || outside groups had spent more than $60 million on the race || media
said || a retired schoolteacher || she would vote for Mr. Toomey but not for Mr. Trump || anonymous
said || she || “I wish he’d just say it,” || anonymous
said || Her husband || he liked both men || anonymous
'''

ARTICLES["f12"] = '''Ryan and Trump Meet Behind Closed Doors, With ‘Unity’ the Watchword

WASHINGTON — Speaker Paul D. Ryan and Donald J. Trump met for about 45 minutes on Thursday at the headquarters of the Republican National Committee, and both men emerged describing the session as a first step.

In a joint statement, the two said they had had “a great conversation” and were “totally committed” to defeating Hillary Clinton in November.

“This was a very encouraging first step,” Mr. Ryan told reporters at the Capitol afterward. “But it’s a process, and processes take time.” He said he had not yet decided whether to endorse Mr. Trump.

Mr. Trump left the building through a side door and did not stop for reporters. Later in the afternoon, he told Fox News that the meeting had gone “really well.” “Paul is a very good man,” he said. “We agree on more than people think.”

Mr. Trump told Mr. Ryan that he was open to softening his tone, according to a person briefed on the meeting.

Reince Priebus, the party’s chairman, hosted the meeting in his office. He said both men had “listened more than they talked.” The committee’s chief strategist, Sean Spicer, said the mood in the room had been “cordial, even warm.” “Nobody walked out mad,” he said, “and nobody expected a hug.”

Senator Lindsey Graham of South Carolina said he still would not vote for Mr. Trump. “Meetings are nice,” the South Carolina Republican said. “Policies matter more.”

A Ryan aide said the speaker had pressed Mr. Trump on entitlements and on immigration. He said the two men had agreed that their staffs would keep talking.

Outside the building, about 50 protesters chanted and waved signs. One of them, a college student from Maryland, said she had come to “remind the party who it is leaving behind.”

Politico reported on Thursday that several major Republican donors were holding back money until Mr. Ryan endorsed.
'''
ANNOT["f12"] = r'''
describing || both men || the session as a first step || named_person
said || the two || they had had “a great conversation” and were “totally committed” to defeating Hillary Clinton in November || named_person
told || Mr. Ryan || “This was a very encouraging first step,” ## “But it’s a process, and processes take time.” || named_person
said || He || he had not yet decided whether to endorse Mr. Trump || named_person
told || he || the meeting had gone “really well.” || named_person
said || he || “Paul is a very good man,” ## “We agree on more than people think.” || named_person
according to || a person briefed on the meeting || Mr. Trump told Mr. Ryan that he was open to softening his tone || anonymous
said || He || both men had “listened more than they talked.” || named_person
said || The committee’s chief strategist, Sean Spicer || the mood in the room had been “cordial, even warm.” || named_person
said || he || “Nobody walked out mad,” ## “and nobody expected a hug.” || named_person
said || Senator Lindsey Graham of South Carolina || he still would not vote for Mr. Trump || named_person
said || the South Carolina Republican || “Meetings are nice,” ## “Policies matter more.” || named_person
said || A Ryan aide || the speaker had pressed Mr. Trump on entitlements and on immigration || anonymous
said || He || the two men had agreed that their staffs would keep talking || anonymous
said || One of them, a college student from Maryland || she had come to “remind the party who it is leaving behind.” || anonymous
reported || Politico || several major Republican donors were holding back money until Mr. Ryan endorsed || media
'''

# ---------------------------------------------------------------------------
# Engine: locate every span in the text; no offset is typed by hand.
# Annotation line:  CUE || SOURCE || CONTENT || TYPE
#   SOURCE "-" = no source (null).  CONTENT fragments are joined by " ## ".
#   Any field may pin its occurrence with context: left[[span]]right
#   (left+span+right must occur exactly once in the article).
# Without context: a content's first fragment must be unique in the article;
# later fragments are the first occurrence after the previous fragment;
# the cue is the occurrence (whole-word, case-sensitive) nearest to the
# content, outside it; the source is the occurrence nearest to the cue,
# outside the content and the cue.  Ties raise an error.
# ---------------------------------------------------------------------------

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
STRAIGHT_DOCS = ["f01", "f02", "f03", "f04", "f05", "f06"]
CURLY_DOCS = ["f07", "f08", "f09", "f10", "f11", "f12"]


def _pattern(s):
    p = re.escape(s)
    if re.match(r"\w", s[0]):
        p = r"(?<!\w)" + p
    if re.match(r"\w", s[-1]):
        p = p + r"(?!\w)"
    return p


def find_all(text, s):
    return [m.start() for m in re.finditer(_pattern(s), text)]


def parse_field(f):
    f = f.strip()
    if "[[" in f:
        left, rest = f.split("[[", 1)
        span, right = rest.split("]]", 1)
        return span, left, right
    return f, None, None


def locate_ctx(text, span, left, right, what):
    full = left + span + right
    occ = [m.start() for m in re.finditer(re.escape(full), text)]
    if len(occ) != 1:
        raise ValueError(f"{what} context {full!r} found {len(occ)} times")
    return occ[0] + len(left)


def gap(a, b):
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def nearest(text, span, target, forbidden, what):
    cands = []
    for s in find_all(text, span):
        iv = (s, s + len(span))
        if any(overlaps(iv, f) for f in forbidden):
            continue
        cands.append((gap(iv, target), s))
    if not cands:
        raise ValueError(f"{what} {span!r} not found")
    cands.sort()
    if len(cands) > 1 and cands[0][0] == cands[1][0]:
        raise ValueError(f"{what} {span!r} ambiguous (tie)")
    return cands[0][1], cands[0][0]


def span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def parse_annotations(doc_id, text, block):
    out = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" || ")]
        assert len(parts) == 4, (doc_id, line)
        cue_f, src_f, con_f, typ = parts
        assert typ in TYPES, (doc_id, line)
        # content
        frags = []
        prev_end = None
        for i, frag in enumerate(con_f.split(" ## ")):
            sp, lft, r = parse_field(frag)
            if lft is not None:
                s = locate_ctx(text, sp, lft, r, "content")
            elif i == 0:
                occ = [m.start() for m in re.finditer(re.escape(sp), text)]
                if len(occ) != 1:
                    raise ValueError(f"{doc_id}: content {sp!r} found {len(occ)} times")
                s = occ[0]
            else:
                s = text.find(sp, prev_end)
                if s < 0:
                    raise ValueError(f"{doc_id}: fragment {sp!r} not found")
                assert s - prev_end < 120, (doc_id, sp, "fragment too far")
            frags.append((s, s + len(sp)))
            prev_end = s + len(sp)
        cstart, cend = frags[0][0], frags[-1][1]
        # cue
        sp, lft, r = parse_field(cue_f)
        if lft is not None:
            cs = locate_ctx(text, sp, lft, r, "cue")
            cgap = gap((cs, cs + len(sp)), (cstart, cend))
        else:
            cs, cgap = nearest(text, sp, (cstart, cend), frags, f"{doc_id} cue for {con_f[:50]!r}")
        cue_iv = (cs, cs + len(sp))
        assert not any(overlaps(cue_iv, f) for f in frags), (doc_id, line)
        # source
        src = None
        sgap = None
        if src_f != "-":
            sp, lft, r = parse_field(src_f)
            if lft is not None:
                ss = locate_ctx(text, sp, lft, r, "source")
                sgap = gap((ss, ss + len(sp)), cue_iv)
            else:
                ss, sgap = nearest(text, sp, cue_iv, frags + [cue_iv], f"{doc_id} source")
            src_iv = (ss, ss + len(sp))
            assert not any(overlaps(src_iv, f) for f in frags + [cue_iv]), (doc_id, line)
            src = span(text, *src_iv)
        else:
            assert typ == "unknown"
        content = span(text, cstart, cend)
        if len(frags) > 1:
            content["fragments"] = [[a, b] for a, b in frags]
        rec = {"cue": span(text, *cue_iv), "source": src, "content": content, "source_type": typ,
               "_gaps": (cgap, sgap)}
        out.append(rec)
    out.sort(key=lambda a: a["cue"]["start"])
    return out


def check_spans(doc_id, text, atts):
    cues = set()
    for a in atts:
        for k in ("cue", "source", "content"):
            sp = a[k]
            if sp is None:
                continue
            assert text[sp["start"]:sp["end"]] == sp["text"], (doc_id, k, sp)
            t = sp["text"]
            assert t == t.strip() and t, (doc_id, k, t)
        c = a["content"]
        for s, e in c.get("fragments", [[c["start"], c["end"]]]):
            ft = text[s:e]
            assert ft == ft.strip(), (doc_id, ft)
            assert not ft.lower().startswith("that "), (doc_id, ft)
            assert ft[-1] not in ".," or False, (doc_id, "fragment ends in punctuation outside quotes", ft)
            assert "\n" not in ft, (doc_id, ft)
        key = (a["cue"]["start"], a["cue"]["end"])
        assert key not in cues, (doc_id, "duplicate cue", a["cue"])
        cues.add(key)


def check_text(doc_id, text):
    lines = text.split("\n")
    assert lines[1] == "" and lines[0].strip(), doc_id
    assert "\n\n\n" not in text and "  " not in text, doc_id
    n = len(text.split())
    assert 300 <= n <= 500, (doc_id, n)
    if doc_id in STRAIGHT_DOCS:
        assert not any(ch in text for ch in "\u201c\u201d\u2018\u2019"), (doc_id, "curly quote in straight doc")
        assert '"' in text
    else:
        assert '"' not in text and "'" not in text, (doc_id, "straight quote in curly doc")
        assert "\u201c" in text and "\u2019" in text
    return n


def build():
    records = []
    for doc_id in sorted(ARTICLES):
        text = ARTICLES[doc_id].strip("\n")
        check_text(doc_id, text)
        atts = parse_annotations(doc_id, text, ANNOT[doc_id])
        check_spans(doc_id, text, atts)
        for a in atts:
            a.pop("_gaps", None)
        records.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts})
    return records


def show(doc_id):
    """Print every attribution in context: [cue] {source} <content>."""
    text = ARTICLES[doc_id].strip("\n")
    atts = parse_annotations(doc_id, text, ANNOT[doc_id])
    for a in atts:
        marks = []
        c = a["content"]
        for s, e in c.get("fragments", [[c["start"], c["end"]]]):
            marks += [(s, "<"), (e, ">")]
        marks += [(a["cue"]["start"], "["), (a["cue"]["end"], "]")]
        if a["source"]:
            marks += [(a["source"]["start"], "{"), (a["source"]["end"], "}")]
        lo = min(m[0] for m in marks)
        hi = max(m[0] for m in marks)
        lo = max(0, lo - 25)
        hi = min(len(text), hi + 25)
        seg = text[lo:hi]
        for pos, ch in sorted(marks, key=lambda m: -m[0]):
            seg = seg[:pos - lo] + ch + seg[pos - lo:]
        g = a["_gaps"]
        flag = " !!" if (g[0] > 25 or (g[1] or 0) > 25) else ""
        print(f"{a['source_type']:<12s} gaps={g}{flag}\n    " + seg.replace("\n", " / "))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind30.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
