#!/usr/bin/env python3
"""Build ``blind54.jsonl``: the fifty-fourth batch of blind test articles (session 17).

12 invented campaign-trail stories in which candidates' relatives and surrogates speak beside
ordinary voters' relatives, each with 15-16 attributions, written and annotated by a helper
session that never read claimtrace's code, tests or data; see NOTES.md.

Usage: ``python data/gold/blind54/build_blind54.py [--check]`` (``--check``: exit 1 if
blind54.jsonl is stale).

The helper's own notes on the format follow.

Blind test set v201-v212: invented 2016-style political news with hand annotations.

Annotation line format (one attribution per line):
    CUE || SOURCE || CONTENT || TYPE
- SOURCE is "-" when the article gives no source (source: null).
- CONTENT fragments of a split quote are separated by " ## " (in text order).
- Any span may be written "SPAN <<in>> CONTEXT": CONTEXT must occur exactly once in the
  text and SPAN is taken inside it.
- Without a context: the (first) content fragment must be unique in the text; the cue is the
  occurrence nearest the content (not overlapping it); the source is the occurrence nearest
  the cue (not overlapping cue or content).  Matches respect word boundaries.
Articles 1-6 are written with straight quotes; articles 7-12 are written with straight quotes
here and converted to curly quotes by a length-preserving converter (offsets are computed on
the straight text and stay valid); the script asserts the quote style of every article.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}

ARTICLES = []

def A(text, ann):
    ARTICLES.append((text.strip("\n"), ann))

# ---------------------------------------------------------------- v201
A("""
Chelsea Clinton Courts Young Parents in Pennsylvania Suburbs

MEDIA, Pa. -- Chelsea Clinton spent Tuesday morning in a crowded community center here, pitching her mother's child care plan to young parents whom Democrats have struggled to reach in the suburbs west of Philadelphia.

"I'm here as a mom first," Ms. Clinton told the audience, holding her son, Aidan, on her hip. "My mother has been fighting for families like yours since before I was born."

The appearance was one of more than a dozen that Ms. Clinton has made in Pennsylvania since July, according to a schedule released by the campaign. Aides say she draws smaller crowds than her father, former President Bill Clinton, but that she reaches voters who tune out traditional stump speeches.

"She speaks their language," said Nick Merrill, a spokesman for Hillary Clinton. "These are people who are changing diapers at 2 a.m., and so is she."

Tanya Reyes, 31, a dental hygienist, said she had voted for President Obama twice but had not decided this year. Her husband, a long-haul trucker who was on the road Tuesday, leans toward Mr. Trump, she said.

"He thinks Trump will bring back the jobs," Ms. Reyes said. "I think that's a fairy tale, but I love him anyway."

Her mother, who came along to watch the couple's two children, said she was still angry about the email controversy. "I want to like her," the older woman said of the Democratic nominee. "I just don't trust her."

Ms. Clinton took questions for about 20 minutes after her remarks. Asked about the emails, Ms. Clinton said her mother had "apologized and taken responsibility" and that voters cared more about wages and child care.

Republicans have sought to turn the younger Clinton's visits into a liability. The Pennsylvania Republican Party said in a statement that the visit was "an infomercial for the family business."

Mr. Trump's campaign has deployed its own family members in the state. Eric Trump is scheduled to visit Erie on Thursday, the campaign announced.

A Quinnipiac University poll released last week found Mrs. Clinton leading among women under 35 in the state by 19 points. But turnout among younger voters has lagged in early voting elsewhere.

Ms. Reyes said she would watch Sunday's debate with her husband after the children were asleep.

"Maybe one of us will change the other's mind," she said. "Probably not."
""", """
told || Ms. Clinton || "I'm here as a mom first," ## "My mother has been fighting for families like yours since before I was born." || named_person
according to || a schedule released by the campaign || The appearance was one of more than a dozen that Ms. Clinton has made in Pennsylvania since July || document
say || Aides || she draws smaller crowds than her father, former President Bill Clinton, but that she reaches voters who tune out traditional stump speeches || anonymous
said || Nick Merrill, a spokesman for Hillary Clinton || "She speaks their language," ## "These are people who are changing diapers at 2 a.m., and so is she." || named_person
said || Tanya Reyes, 31, a dental hygienist || she had voted for President Obama twice but had not decided this year || named_person
said || she || Her husband, a long-haul trucker who was on the road Tuesday, leans toward Mr. Trump || named_person
said || Ms. Reyes || "He thinks Trump will bring back the jobs," ## "I think that's a fairy tale, but I love him anyway." || named_person
said || Her mother, who came along to watch the couple's two children || she was still angry about the email controversy || anonymous
said || the older woman || "I want to like her," ## "I just don't trust her." || anonymous
said || Ms. Clinton <<in>> Asked about the emails, Ms. Clinton said || her mother had "apologized and taken responsibility" and that voters cared more about wages and child care || named_person
said || The Pennsylvania Republican Party || the visit was "an infomercial for the family business." || named_org
announced || the campaign <<in>> the campaign announced || Eric Trump is scheduled to visit Erie on Thursday || named_org
found || A Quinnipiac University poll released last week || Mrs. Clinton leading among women under 35 in the state by 19 points || document
said || Ms. Reyes <<in>> Ms. Reyes said she would watch || she would watch Sunday's debate with her husband after the children were asleep || named_person
said || she || "Maybe one of us will change the other's mind," ## "Probably not." || named_person
""")

# ---------------------------------------------------------------- v202
A("""
Trump's Sons Take Their Outdoorsman Pitch to Rural Iowa

DES MOINES -- Donald Trump Jr. and Eric Trump spent the weekend crisscrossing rural Iowa, trading the gilded settings of their father's business for pheasant fields, county fairs and a pancake breakfast at a fire station in Boone.

The brothers have become some of the campaign's most requested surrogates in farm country, according to Iowa Republican officials. "People here see the sons as outdoorsmen, not as rich kids," said Jeff Kaufmann, the chairman of the Iowa Republican Party.

Donald Trump Jr. spoke for about 15 minutes at the fire station, standing between a pair of fire trucks. He told the crowd that his father had been "underestimated by every expert in the country" and would carry Iowa in November.

"My father doesn't need this job," he said. "He's doing this because he loves the country, and he's frankly angry about what's happened to it."

Eric Trump, speaking later at a county Republican dinner in Ames, said the family had been "blown away" by the reception in small towns.

Not everyone was won over. Marlene Hatch, 67, a soybean farmer from near Boone, said she had come mostly out of curiosity. Her son, who runs the farm's books, is voting for Mr. Trump, she said, but she worries that the candidate's trade policies could start a fight with China, the largest buyer of Iowa soybeans.

"My son says the Chinese will buy our beans no matter what," Ms. Hatch said. "I hope he's right."

A Des Moines Register poll released Saturday showed Mr. Trump ahead by four points in Iowa, a state Mr. Obama carried twice.

The Clinton campaign has dismissed the sons' tour as a distraction. "Voters are going to decide this on jobs and on who has the temperament to be commander in chief, not on who can shoot a pheasant," said Lily Adams, a Clinton spokeswoman in Iowa.

The brothers' appearances have also renewed attention to a hunting trip in Zimbabwe in 2011, photographs from which circulated widely online several years ago. Asked about the photographs by a reporter in Ames, Eric Trump declined to comment.

Mr. Kaufmann said the family would be back in Iowa before the election. Mr. Trump's daughter Ivanka is expected in Cedar Rapids next month, according to two people involved in planning the trip.

Donald Trump Jr. closed his remarks in Boone with a promise and a plate of pancakes in his hand. "We'll be back for the victory party," he said.
""", """
according to || Iowa Republican officials || The brothers have become some of the campaign's most requested surrogates in farm country || anonymous
said || Jeff Kaufmann, the chairman of the Iowa Republican Party || "People here see the sons as outdoorsmen, not as rich kids," || named_person
told || He || his father had been "underestimated by every expert in the country" and would carry Iowa in November || named_person
said || he || "My father doesn't need this job," ## "He's doing this because he loves the country, and he's frankly angry about what's happened to it." || named_person
said || Eric Trump || the family had been "blown away" by the reception in small towns || named_person
said || Marlene Hatch, 67, a soybean farmer from near Boone || she had come mostly out of curiosity || named_person
said || she <<in>> Mr. Trump, she said || Her son, who runs the farm's books, is voting for Mr. Trump || named_person
worries || she <<in>> but she worries || the candidate's trade policies could start a fight with China, the largest buyer of Iowa soybeans || named_person
said || Ms. Hatch || "My son says the Chinese will buy our beans no matter what," ## "I hope he's right." || named_person
showed || A Des Moines Register poll released Saturday || Mr. Trump ahead by four points in Iowa, a state Mr. Obama carried twice || document
has dismissed || The Clinton campaign || the sons' tour as a distraction || named_org
said || Lily Adams, a Clinton spokeswoman in Iowa || "Voters are going to decide this on jobs and on who has the temperament to be commander in chief, not on who can shoot a pheasant," || named_person
said || Mr. Kaufmann || the family would be back in Iowa before the election || named_person
according to || two people involved in planning the trip || Mr. Trump's daughter Ivanka is expected in Cedar Rapids next month || anonymous
said || he || "We'll be back for the victory party," || named_person
""")

# ---------------------------------------------------------------- v203
A("""
Kaine's Wife Makes an Education Pitch in Virginia's Coal Country

ABINGDON, Va. -- Anne Holton, the wife of Senator Tim Kaine, has spent much of the fall far from the national spotlight, visiting schools and community colleges in the Appalachian corner of Virginia, where Democrats have lost ground for two decades.

"I'm not here because the polls tell me to be," Ms. Holton said Wednesday at a community college in Abingdon. "I'm here because these families deserve to be asked for their votes."

Ms. Holton, a former state education secretary and the daughter of a Republican governor, Linwood Holton, is one of the few surrogates the Clinton campaign has sent to the region, according to a review of public schedules by The Roanoke Times.

Campaign officials acknowledge that Mrs. Clinton is unlikely to win many of the coal counties. But they believe that cutting Mr. Trump's margins here by even a few points could help secure the state.

Ms. Holton's son Nat, a Marine, deployed to Europe this year. She told students that she worried about him "every single day" but was proud of his service.

In the audience was Gary Compton, a retired miner whose son-in-law lost his job at a mine in Buchanan County last year. Mr. Compton said he had come to hear Ms. Holton because his granddaughter was studying nursing at the college.

"She seemed like a real person," he said afterward. "But I'm still voting for Trump. My son-in-law would never speak to me again."

His granddaughter, a nursing student, said she was leaning toward Mrs. Clinton. "Just don't tell my uncle," she said.

Republicans have made coal country a centerpiece of their pitch in the state. Mr. Trump's running mate, Gov. Mike Pence of Indiana, told a rally in nearby Bristol, Tenn., last month that a Clinton administration would "finish the job of killing coal."

Ms. Holton's father, the former governor, has endorsed Mrs. Clinton, and she mentioned him at nearly every stop, aides said.

Mr. Kaine, campaigning in Ohio on the same day, told reporters that his wife was "a better campaigner than I am, and everyone in Richmond knows it."

The Virginia Republican Party said Ms. Holton's visits would not change the outcome in the region. "Southwest Virginia knows who stands with coal," said John Whitbeck, the state party chairman.

A Roanoke College poll released Monday found Mrs. Clinton leading statewide by seven points, though Mr. Trump held a wide lead in the southwest.

Ms. Holton ended her day at a high school football game in Marion, where she sat in the bleachers with parents and bought a hot dog from the booster club.
""", """
said || Ms. Holton || "I'm not here because the polls tell me to be," ## "I'm here because these families deserve to be asked for their votes." || named_person
according to || a review of public schedules by The Roanoke Times || Ms. Holton, a former state education secretary and the daughter of a Republican governor, Linwood Holton, is one of the few surrogates the Clinton campaign has sent to the region || media
acknowledge || Campaign officials || Mrs. Clinton is unlikely to win many of the coal counties || anonymous
believe || they || cutting Mr. Trump's margins here by even a few points could help secure the state || anonymous
told || She || she worried about him "every single day" but was proud of his service || named_person
said || Mr. Compton || he had come to hear Ms. Holton because his granddaughter was studying nursing at the college || named_person
said || he || "She seemed like a real person," ## "But I'm still voting for Trump. My son-in-law would never speak to me again." || named_person
said || His granddaughter, a nursing student || she was leaning toward Mrs. Clinton || anonymous
said || she || "Just don't tell my uncle," || anonymous
told || Mr. Trump's running mate, Gov. Mike Pence of Indiana || a Clinton administration would "finish the job of killing coal." || named_person
said || aides || Ms. Holton's father, the former governor, has endorsed Mrs. Clinton, and she mentioned him at nearly every stop || anonymous
told || Mr. Kaine || his wife was "a better campaigner than I am, and everyone in Richmond knows it." || named_person
said || The Virginia Republican Party || Ms. Holton's visits would not change the outcome in the region || named_org
said || John Whitbeck, the state party chairman || "Southwest Virginia knows who stands with coal," || named_person
found || A Roanoke College poll released Monday || Mrs. Clinton leading statewide by seven points, though Mr. Trump held a wide lead in the southwest || document
""")

# ---------------------------------------------------------------- v204
A("""
Heidi Cruz Campaigns for Her Husband Among Evangelical Women in South Carolina

GREENVILLE, S.C. -- Heidi Cruz spoke to about 200 women in the fellowship hall of a Baptist church here on Tuesday, four days before the state's Republican primary.

"Ted is the same man at the dinner table that he is on the Senate floor," Mrs. Cruz said. "What you see is what you get, and what you get is a man of faith."

Mrs. Cruz, who is on leave from her job at Goldman Sachs, has become one of the campaign's most effective fund-raisers, according to several of the campaign's donors. The campaign said she had held more than 40 events in South Carolina since January.

Her appearances have taken on new urgency as the race with Mr. Trump has turned bitter. On Monday, Mr. Trump said at a rally in Kiawah Island that Mr. Cruz was "the single biggest liar" he had ever met.

Asked about the remark, Mrs. Cruz smiled. "I've been married to Ted for 15 years," she said. "I think I'd know."

Becky Strom, 44, a home-schooling mother of five, said she had been torn between Mr. Cruz and Senator Marco Rubio until last week. Her husband, a pastor at a small church in nearby Taylors, made the decision for both of them, she said with a laugh.

"He prayed on it, and he came back with Cruz," Ms. Strom said.

Her daughter, 17, is too young to vote, but she said she preferred Mr. Rubio. "He seems nicer," the girl said.

The Rubio campaign has been sending its own family into the state. Jeanette Rubio, the senator's wife, appeared with him at a town hall meeting in Summerville on Monday night, and their four children have joined him on the bus.

A CNN/ORC poll released Monday showed Mr. Trump leading in South Carolina with 38 percent, with Mr. Cruz at 22 percent and Mr. Rubio at 14 percent. Cruz aides believe that strong turnout among evangelical women could close that gap.

"Heidi reaches people that no ad can reach," said Jeff Roe, Mr. Cruz's campaign manager.

A Trump adviser, speaking on the condition of anonymity because he was not authorized to discuss strategy, said the campaign was not worried about Mrs. Cruz's tour. "She's lovely," the adviser said. "Her husband is the problem."

Mrs. Cruz ended her remarks with a prayer. Afterward, several women lined up to take photographs with her, and a few brought copies of the church bulletin for her to sign.
""", """
said || Mrs. Cruz || "Ted is the same man at the dinner table that he is on the Senate floor," ## "What you see is what you get, and what you get is a man of faith." || named_person
according to || several of the campaign's donors || Mrs. Cruz, who is on leave from her job at Goldman Sachs, has become one of the campaign's most effective fund-raisers || anonymous
said || The campaign || she had held more than 40 events in South Carolina since January || named_org
said || Mr. Trump || Mr. Cruz was "the single biggest liar" he had ever met || named_person
said || she || "I've been married to Ted for 15 years," ## "I think I'd know." || named_person
said || Becky Strom, 44, a home-schooling mother of five || she had been torn between Mr. Cruz and Senator Marco Rubio until last week || named_person
said || she || Her husband, a pastor at a small church in nearby Taylors, made the decision for both of them || named_person
said || Ms. Strom || "He prayed on it, and he came back with Cruz," || named_person
said || she <<in>> but she said || she preferred Mr. Rubio || anonymous
said || the girl || "He seems nicer," || anonymous
showed || A CNN/ORC poll released Monday || Mr. Trump leading in South Carolina with 38 percent, with Mr. Cruz at 22 percent and Mr. Rubio at 14 percent || document
believe || Cruz aides || strong turnout among evangelical women could close that gap || anonymous
said || Jeff Roe, Mr. Cruz's campaign manager || "Heidi reaches people that no ad can reach," || named_person
said || A Trump adviser || the campaign was not worried about Mrs. Cruz's tour || anonymous
said || the adviser || "She's lovely," ## "Her husband is the problem." || anonymous
""")

# ---------------------------------------------------------------- v205
A("""
Bill Clinton Works Florida's Retirement Communities as Campaign Bets on Turnout

THE VILLAGES, Fla. -- Former President Bill Clinton returned on Thursday to a part of Florida where he has campaigned for three decades, this time on behalf of his wife, in retirement communities that gave him big margins in 1996.

"I've known her for 45 years," Mr. Clinton told a crowd of about 600 at a recreation center. "She is the best change-maker I have ever known."

The former president has held more than 30 events in Florida since the convention, according to the Clinton campaign. Campaign strategists worry that Mr. Trump's lead among voters over 65 could offset Mrs. Clinton's advantage with Hispanic voters in Miami and Orlando. Mr. Clinton's aides say he enjoys the smaller events more than the large rallies.

Mr. Clinton's appearances are not without risk. Last month, he told an audience in Ohio that the Affordable Care Act was "the craziest thing in the world" for some small-business owners, a remark Republicans quickly put in their advertising.

On Thursday, he stayed on script. He said his wife would "fix what needs fixing" in the health law and would protect Medicare.

In the front row sat Harold Simms, 78, a retired Navy officer, and his wife of 52 years, Dolores. Mr. Simms said he had voted for Mr. Clinton in 1992 and 1996 and planned to vote for Mrs. Clinton as well.

His wife was less certain. "I liked him better than I like her," Dolores Simms said. "But I can't vote for the other one."

Their son, a police officer in Ocala, supports Mr. Trump, Mr. Simms said, and the family has agreed not to talk about the election at Thanksgiving.

The Trump campaign has answered with surrogates of its own. Pam Bondi, the Florida attorney general, told a gathering in Ocala on Wednesday that Mr. Clinton was "a reminder of everything voters are tired of." A statement from the Trump campaign said the visit was "a nostalgia tour for a failed era."

A Florida Atlantic University poll released this week found the race tied among likely voters, with Mr. Trump leading by 11 points among those 65 and older.

The Tampa Bay Times reported Thursday that the Clinton campaign had added two more stops for Mr. Clinton in the Panhandle next week. A campaign aide, speaking on the condition of anonymity to discuss scheduling, said the former president would also appear with Chelsea Clinton in Jacksonville.

Mr. Clinton ended with a joke about his age and his white hair. "I'm 70 now, and I've got a granddaughter and a grandson," he said. "I want them to grow up in a country that works for everybody."
""", """
told || Mr. Clinton || "I've known her for 45 years," ## "She is the best change-maker I have ever known." || named_person
according to || the Clinton campaign || The former president has held more than 30 events in Florida since the convention || named_org
worry || Campaign strategists || Mr. Trump's lead among voters over 65 could offset Mrs. Clinton's advantage with Hispanic voters in Miami and Orlando || anonymous
say || Mr. Clinton's aides || he enjoys the smaller events more than the large rallies || anonymous
told || he <<in>> Last month, he told || the Affordable Care Act was "the craziest thing in the world" for some small-business owners || named_person
said || He <<in>> He said his wife || his wife would "fix what needs fixing" in the health law and would protect Medicare || named_person
said || Mr. Simms <<in>> Mr. Simms said he had voted || he had voted for Mr. Clinton in 1992 and 1996 and planned to vote for Mrs. Clinton as well || named_person
said || Dolores Simms || "I liked him better than I like her," ## "But I can't vote for the other one." || named_person
said || Mr. Simms <<in>> Mr. Trump, Mr. Simms said, and || Their son, a police officer in Ocala, supports Mr. Trump ## and the family has agreed not to talk about the election at Thanksgiving || named_person
told || Pam Bondi, the Florida attorney general || Mr. Clinton was "a reminder of everything voters are tired of." || named_person
said || A statement from the Trump campaign || the visit was "a nostalgia tour for a failed era." || document
found || A Florida Atlantic University poll released this week || the race tied among likely voters, with Mr. Trump leading by 11 points among those 65 and older || document
reported || The Tampa Bay Times || the Clinton campaign had added two more stops for Mr. Clinton in the Panhandle next week || media
said || A campaign aide || the former president would also appear with Chelsea Clinton in Jacksonville || anonymous
said || he || "I'm 70 now, and I've got a granddaughter and a grandson," ## "I want them to grow up in a country that works for everybody." || named_person
""")

# ---------------------------------------------------------------- v206
A("""
Karen Pence, a Reluctant Campaigner, Finds Her Footing

INDIANAPOLIS -- When Gov. Mike Pence was named Donald J. Trump's running mate in July, people close to the family said his wife, Karen Pence, was not eager to join the campaign trail.

Three months later, she has become one of the ticket's busiest surrogates. Mrs. Pence has visited 14 states since the convention, a campaign spokeswoman said.

"Mike asked me to be his partner in this, and that's what I've always been," Mrs. Pence said Tuesday at a pregnancy resource center in Fort Wayne. "We do this together."

Mrs. Pence, a former elementary school teacher who paints watercolors, has focused her appearances on military families. Her son, Michael, is training to become a Marine Corps pilot. She told a group of military spouses in Fayetteville, N.C., last week that she understood "the phone calls you wait for and the ones you dread."

Her travel has not been without controversy at home. The Indianapolis Star reported this month that Mrs. Pence had used a state plane for two campaign-related trips. The governor's office said the trips had been reimbursed by the campaign.

The Democratic caucus in the Indiana House has said the arrangement deserves an investigation. "The people of Indiana deserve to know who paid for what," said Scott Pelath, the Democratic leader in the Indiana House.

At the Fort Wayne stop, Linda Berger, 58, said she had driven an hour with her sister to see Mrs. Pence. "She gets it," Ms. Berger said of the governor's wife.

Her sister, a retired nurse, said she was still undecided and disliked both candidates at the top of the ticket. "I came for Karen, not for Trump," the sister said. "She seems like someone you could have coffee with."

Mr. Pence returns the compliment. In an interview with Fox News last week, he said she was "the reason I'm in public life at all."

The Clinton campaign has largely left Mrs. Pence alone. A Democratic strategist in Indianapolis said attacking a candidate's spouse "almost always backfires, and everybody knows it."

A Monmouth University poll released Monday found Mr. Trump leading Mrs. Clinton in Indiana by 11 points, a margin that has allowed the campaign to send Mrs. Pence to more competitive states.

It was announced on Wednesday that she would visit Ohio and Pennsylvania next week. She will spend the final weekend of the race in Indiana, where her husband's name is not on the ballot for the first time since 2000. The couple intend to vote together in Columbus, Ind., where Mr. Pence grew up.
""", """
said || people close to the family || his wife, Karen Pence, was not eager to join the campaign trail || anonymous
said || a campaign spokeswoman || Mrs. Pence has visited 14 states since the convention || anonymous
said || Mrs. Pence || "Mike asked me to be his partner in this, and that's what I've always been," ## "We do this together." || named_person
told || She || she understood "the phone calls you wait for and the ones you dread." || named_person
reported || The Indianapolis Star || Mrs. Pence had used a state plane for two campaign-related trips || media
said || The governor's office || the trips had been reimbursed by the campaign || named_org
has said || The Democratic caucus in the Indiana House || the arrangement deserves an investigation || named_org
said || Scott Pelath, the Democratic leader in the Indiana House || "The people of Indiana deserve to know who paid for what," || named_person
said || Linda Berger, 58 || she had driven an hour with her sister to see Mrs. Pence || named_person
said || Ms. Berger || "She gets it," || named_person
said || Her sister, a retired nurse || she was still undecided and disliked both candidates at the top of the ticket || anonymous
said || the sister || "I came for Karen, not for Trump," ## "She seems like someone you could have coffee with." || anonymous
said || he || she was "the reason I'm in public life at all." || named_person
said || A Democratic strategist in Indianapolis || attacking a candidate's spouse "almost always backfires, and everybody knows it." || anonymous
found || A Monmouth University poll released Monday || Mr. Trump leading Mrs. Clinton in Indiana by 11 points, a margin that has allowed the campaign to send Mrs. Pence to more competitive states || document
was announced || - || she would visit Ohio and Pennsylvania next week || unknown
""")

# ---------------------------------------------------------------- v207 (curly from here on)
A("""
Ivanka Trump Pitches Child Care Plan to Suburban Mothers

ASTON, Pa. -- Ivanka Trump made her first solo campaign appearance of the fall on Wednesday, introducing her father's child care proposal to a room of suburban mothers at a banquet hall outside Philadelphia.

"My father has listened to working mothers, and this plan is the result," Ms. Trump said. "It's personal for me. I'm a working mother of three."

The plan would allow families to deduct the average cost of child care from their taxes and would create six weeks of paid maternity leave, according to a fact sheet released by the campaign. Economists at the Tax Policy Center have said the deduction would provide little help to low-income families, who owe little or no income tax.

Ms. Trump, an executive in her father's company, said the plan was "a starting point" and that the campaign was open to changes.

Jennifer Kowalski, 36, a pharmacist from Media, brought her two daughters and her mother. Ms. Kowalski said she spends nearly $1,600 a month on day care.

"That's a second mortgage," she said. "If somebody is finally talking about it, I'm listening."

Her mother, a retired schoolteacher, was unmoved. "He said terrible things about women," she said of Mr. Trump. "A tax break doesn't erase that."

Ms. Trump's appearance came a day after The New York Times reported that the candidate's daughter had pushed for months for the child care plan over the objections of some of his economic advisers. A Trump adviser, speaking on the condition of anonymity because he was not authorized to discuss internal deliberations, said Ms. Trump had argued that the plan could help her father with suburban women.

The Clinton campaign said the proposal would do little for working families. "It's a plan written for the Trump family, not for working families," said Christina Reynolds, a Clinton spokeswoman.

Mrs. Clinton's own daughter has been making a similar pitch in the same suburbs. Chelsea Clinton told a gathering in Bucks County last week that her mother had "been fighting for paid leave since before it was cool."

Polls show Mrs. Clinton with a wide lead among college-educated women in the Philadelphia suburbs. A Franklin & Marshall College poll last month found her ahead by 27 points among women in the four suburban counties.

Ms. Trump ended the event by posing for photographs with the children in the room, kneeling so the smallest could stand beside her. "Tell your moms to vote," she told them.
""", """
said || Ms. Trump || "My father has listened to working mothers, and this plan is the result," ## "It's personal for me. I'm a working mother of three." || named_person
according to || a fact sheet released by the campaign || The plan would allow families to deduct the average cost of child care from their taxes and would create six weeks of paid maternity leave || document
have said || Economists at the Tax Policy Center || the deduction would provide little help to low-income families, who owe little or no income tax || anonymous
said || Ms. Trump, an executive in her father's company || the plan was "a starting point" and that the campaign was open to changes || named_person
said || Ms. Kowalski || she spends nearly $1,600 a month on day care || named_person
said || she || "That's a second mortgage," ## "If somebody is finally talking about it, I'm listening." || named_person
said || she <<in>> she said of Mr. Trump || "He said terrible things about women," ## "A tax break doesn't erase that." || anonymous
reported || The New York Times || the candidate's daughter had pushed for months for the child care plan over the objections of some of his economic advisers || media
said || A Trump adviser || Ms. Trump had argued that the plan could help her father with suburban women || anonymous
said || The Clinton campaign || the proposal would do little for working families || named_org
said || Christina Reynolds, a Clinton spokeswoman || "It's a plan written for the Trump family, not for working families," || named_person
told || Chelsea Clinton || her mother had "been fighting for paid leave since before it was cool." || named_person
show || Polls || Mrs. Clinton with a wide lead among college-educated women in the Philadelphia suburbs || document
found || A Franklin & Marshall College poll last month || her ahead by 27 points among women in the four suburban counties || document
told || she || "Tell your moms to vote," || named_person
""")

# ---------------------------------------------------------------- v208
A("""
Jane Sanders Carries Her Husband's Message to Wisconsin Campuses

MADISON, Wis. -- Jane O'Meara Sanders, the wife of Senator Bernie Sanders, spent Friday on three college campuses here ahead of Tuesday's Democratic primary.

"Bernie has been saying the same thing for 40 years," Mrs. Sanders told students at the University of Wisconsin. "The difference now is that people are finally listening."

Mrs. Sanders, a former president of Burlington College, is among her husband's closest advisers, according to people who have worked on the campaign. Mr. Sanders told reporters on Thursday that his wife was "the smartest person in the campaign, by far."

Nina Turner, a former Ohio state senator, told a rally in Milwaukee on Thursday night that the Democratic establishment had "underestimated this movement from day one."

The Clinton campaign has sent its own surrogates to the state, including Senator Tammy Baldwin of Wisconsin. Ms. Baldwin said in an interview that Mrs. Clinton had "a record of getting things done, not just talking about them."

At the student union, Kayla Brandt, 20, said she had persuaded her father, a dairy farmer who voted for Mitt Romney in 2012, to vote for Mr. Sanders.

"He thinks the whole system is rigged, and so does Bernie," she said. "They agree on more than you'd think."

Her father, reached by telephone, confirmed that he planned to vote for Mr. Sanders. "I don't agree with him on guns," he said. "But he's the only one talking about the farmers."

A Marquette Law School poll released Wednesday showed Mr. Sanders leading Mrs. Clinton among likely Democratic primary voters, 49 percent to 45 percent. Clinton aides have said privately that they expect to lose the state narrowly.

Robby Mook, Mrs. Clinton's campaign manager, wrote in a memo to supporters on Thursday that the delegate math "remains overwhelmingly in our favor no matter what happens on Tuesday."

The Sanders campaign said Mrs. Sanders would appear with her husband at a rally in La Crosse on Monday. Their son, Levi Sanders, has also been campaigning in the state, The Milwaukee Journal Sentinel reported.

Mrs. Sanders closed her last event of the day on a practical note. "Bring your roommate," she said. "Bring your mother. Bring your grandfather, if you have to."
""", """
told || Mrs. Sanders || "Bernie has been saying the same thing for 40 years," ## "The difference now is that people are finally listening." || named_person
according to || people who have worked on the campaign || Mrs. Sanders, a former president of Burlington College, is among her husband's closest advisers || anonymous
told || Mr. Sanders || his wife was "the smartest person in the campaign, by far." || named_person
told || Nina Turner, a former Ohio state senator || the Democratic establishment had "underestimated this movement from day one." || named_person
said || Ms. Baldwin || Mrs. Clinton had "a record of getting things done, not just talking about them." || named_person
said || Kayla Brandt, 20 || she had persuaded her father, a dairy farmer who voted for Mitt Romney in 2012, to vote for Mr. Sanders || named_person
said || she || "He thinks the whole system is rigged, and so does Bernie," ## "They agree on more than you'd think." || named_person
confirmed || Her father || he planned to vote for Mr. Sanders || anonymous
said || he || "I don't agree with him on guns," ## "But he's the only one talking about the farmers." || anonymous
showed || A Marquette Law School poll released Wednesday || Mr. Sanders leading Mrs. Clinton among likely Democratic primary voters, 49 percent to 45 percent || document
have said || Clinton aides || they expect to lose the state narrowly || anonymous
wrote || Robby Mook, Mrs. Clinton's campaign manager || the delegate math "remains overwhelmingly in our favor no matter what happens on Tuesday." || named_person
said || The Sanders campaign || Mrs. Sanders would appear with her husband at a rally in La Crosse on Monday || named_org
reported || The Milwaukee Journal Sentinel || Their son, Levi Sanders, has also been campaigning in the state || media
said || she || "Bring your roommate," ## "Bring your mother. Bring your grandfather, if you have to." || named_person
""")

# ---------------------------------------------------------------- v209
A("""
Melania Trump Makes a Rare Campaign Appearance in Pennsylvania

BERWYN, Pa. -- Melania Trump, the wife of the Republican nominee, made a rare solo appearance on the campaign trail on Thursday, telling an invited audience in suburban Philadelphia that as first lady she would focus on combating bullying on social media.

"Our culture has gotten too mean and too rough," Mrs. Trump said, reading from a prepared text. "We have to find a better way to talk to each other."

Democrats quickly noted that her husband had spent much of the campaign insulting his rivals on Twitter.

Kellyanne Conway, Mr. Trump's campaign manager, said on Friday that Mrs. Trump had written the speech herself and had "wanted to talk about this for a long time." Ms. Conway said the candidate had watched the speech on television and was "very proud of her."

Two campaign officials said Mrs. Trump had resisted appearing at rallies for months and had agreed to Thursday's event only after her husband asked her personally. Mrs. Trump has told friends that she finds the campaign exhausting, according to two people close to her.

Mrs. Trump, a former model who was born in Slovenia, has spent most of the campaign in New York with the couple's 10-year-old son, Barron. Her speech at the Republican convention in July was overshadowed by similarities between several of its passages and a 2008 speech by Michelle Obama. A speechwriter for the Trump Organization, Meredith McIver, later said she had mistakenly included the passages.

Several women in the audience said they had come because of their own children's experiences online. Maria DeLuca, 49, of King of Prussia, said her son had been harassed on Instagram in the eighth grade and had stopped going to school for a month.

"Nobody talks about this," Ms. DeLuca said. "I don't care who says it, I'm glad somebody finally did."

Her husband, a contractor, said he would vote for Mr. Trump regardless. "I like that she talked about kids," he said. "But I was already there."

Jennifer Palmieri, Mrs. Clinton's communications director, told reporters on the campaign plane that voters "can judge for themselves whether the candidate lives up to what his wife said."

A Washington Post-ABC News poll released last week found that 62 percent of voters had a favorable view of Mrs. Trump, far higher than her husband's rating. CNN reported on Friday that Mrs. Trump would make a second appearance before Election Day, possibly in North Carolina.

Mrs. Trump left the stage without taking questions, waving to the audience as her husband's campaign song played over the loudspeakers.
""", """
telling || Melania Trump, the wife of the Republican nominee || as first lady she would focus on combating bullying on social media || named_person
said || Mrs. Trump || "Our culture has gotten too mean and too rough," ## "We have to find a better way to talk to each other." || named_person
noted || Democrats || her husband had spent much of the campaign insulting his rivals on Twitter || named_org
said <<in>> manager, said on Friday || Kellyanne Conway, Mr. Trump's campaign manager || Mrs. Trump had written the speech herself and had "wanted to talk about this for a long time." || named_person
said || Ms. Conway || the candidate had watched the speech on television and was "very proud of her." || named_person
said || Two campaign officials || Mrs. Trump had resisted appearing at rallies for months and had agreed to Thursday's event only after her husband asked her personally || anonymous
according to || two people close to her || Mrs. Trump has told friends that she finds the campaign exhausting || anonymous
said || A speechwriter for the Trump Organization, Meredith McIver || she had mistakenly included the passages || named_person
said || Several women in the audience || they had come because of their own children's experiences online || anonymous
said || Maria DeLuca, 49, of King of Prussia || her son had been harassed on Instagram in the eighth grade and had stopped going to school for a month || named_person
said || Ms. DeLuca || "Nobody talks about this," ## "I don't care who says it, I'm glad somebody finally did." || named_person
said || Her husband, a contractor || he would vote for Mr. Trump regardless || anonymous
said || he || "I like that she talked about kids," ## "But I was already there." || anonymous
told || Jennifer Palmieri, Mrs. Clinton's communications director || voters "can judge for themselves whether the candidate lives up to what his wife said." || named_person
found || A Washington Post-ABC News poll released last week || 62 percent of voters had a favorable view of Mrs. Trump, far higher than her husband's rating || document
reported || CNN || Mrs. Trump would make a second appearance before Election Day, possibly in North Carolina || media
""")

# ---------------------------------------------------------------- v210
A("""
Surrogates and Trump's Children Take to the Airwaves Over a Tax Break

WASHINGTON -- The candidates stayed off the Sunday talk shows this weekend, leaving their surrogates and family members to handle the fallout from a newspaper report about a property tax break for one of Donald J. Trump's buildings.

The Chicago Tribune reported on Saturday that the Trump Organization had received a $4 million property tax reduction on its Chicago tower after appealing an assessment that county officials had already lowered.

Appearing on "Fox News Sunday," Rudolph W. Giuliani, the former mayor of New York, said the reduction was "perfectly legal" and that Mr. Trump had "done what every smart businessman does."

Reince Priebus, the chairman of the Republican National Committee, told CBS's "Face the Nation" that voters were "more worried about their own taxes than about Donald Trump's."

Robby Mook, Hillary Clinton's campaign manager, said on ABC's "This Week" that the report showed Mr. Trump had "gamed the system for his own benefit."

The candidate's eldest son, Donald Trump Jr., said on Twitter that the story was "a hit job" timed to distract from Mrs. Clinton's email troubles. His sister Ivanka Trump, speaking at a women's business forum in Atlanta on Saturday evening, said her father had "always followed the law and always will."

Gov. Mike Pence of Indiana, the candidate's running mate, told reporters in Virginia on Saturday that the story was "old news dressed up as a scandal."

A senior Trump adviser said the campaign had decided to keep the candidate off the Sunday programs to avoid "a week of questions about one story."

John Podesta, the chairman of Mrs. Clinton's campaign, wrote on Twitter that Mr. Trump should release his tax returns "if he has nothing to hide."

The dispute played out in living rooms as well. In Westerville, Ohio, Tom Reardon, 55, an insurance agent, said he had watched the shows with his father, a retired steelworker who has voted Democratic since 1960.

"Dad thinks it proves Trump is a fraud," Mr. Reardon said. "I think it proves he's smart. We had that argument for about an hour."

His father, reached later, said he would vote for Mrs. Clinton "without any enthusiasm at all."

A Quinnipiac University poll released last week found that 62 percent of likely voters believed Mr. Trump should release his returns. Mr. Trump has said he will release the returns after an Internal Revenue Service audit is completed. Tax experts say no I.R.S. rule prevents a taxpayer under audit from making returns public.

Neither campaign has scheduled its candidate for next Sunday's programs.
""", """
reported || The Chicago Tribune || the Trump Organization had received a $4 million property tax reduction on its Chicago tower after appealing an assessment that county officials had already lowered || media
said || Rudolph W. Giuliani, the former mayor of New York || the reduction was "perfectly legal" and that Mr. Trump had "done what every smart businessman does." || named_person
told || Reince Priebus, the chairman of the Republican National Committee || voters were "more worried about their own taxes than about Donald Trump's." || named_person
said || Robby Mook, Hillary Clinton's campaign manager || the report showed Mr. Trump had "gamed the system for his own benefit." || named_person
said || The candidate's eldest son, Donald Trump Jr. || the story was "a hit job" timed to distract from Mrs. Clinton's email troubles || named_person
said || His sister Ivanka Trump || her father had "always followed the law and always will." || named_person
told || Gov. Mike Pence of Indiana, the candidate's running mate || the story was "old news dressed up as a scandal." || named_person
said || A senior Trump adviser || the campaign had decided to keep the candidate off the Sunday programs to avoid "a week of questions about one story." || anonymous
wrote || John Podesta, the chairman of Mrs. Clinton's campaign || Mr. Trump should release his tax returns "if he has nothing to hide." || named_person
said || Tom Reardon, 55, an insurance agent || he had watched the shows with his father, a retired steelworker who has voted Democratic since 1960 || named_person
said || Mr. Reardon || "Dad thinks it proves Trump is a fraud," ## "I think it proves he's smart. We had that argument for about an hour." || named_person
said || His father || he would vote for Mrs. Clinton "without any enthusiasm at all." || anonymous
found || A Quinnipiac University poll released last week || 62 percent of likely voters believed Mr. Trump should release his returns || document
has said || Mr. Trump <<in>> Mr. Trump has said || he will release the returns after an Internal Revenue Service audit is completed || named_person
say || Tax experts || no I.R.S. rule prevents a taxpayer under audit from making returns public || anonymous
""")

# ---------------------------------------------------------------- v211
A("""
Lara Trump, a North Carolina Native, Rallies Women in Her Home State

WILMINGTON, N.C. -- Lara Trump, the wife of Donald J. Trump's son Eric, returned to her home state on Monday to lead a "Women for Trump" bus tour, telling supporters that the Republican nominee was "nothing like the man you see on the news."

Mrs. Trump, who grew up in Wrightsville Beach and worked as a television producer, has made North Carolina her focus in the final weeks of the race, the campaign said.

"When I met Eric's dad, I was nervous, and he put me at ease in about five seconds," she said at a restaurant near the waterfront. "That's the man I know."

Her father-in-law has struggled with women voters. A survey by Elon University released last week found Mrs. Clinton leading among women in North Carolina by 16 points, while Mr. Trump led among men by 12. Campaign officials believe Mrs. Trump, 34, can appeal to younger suburban mothers who have drifted away from the party.

Donna Pruitt, 62, a retired bank teller, came with her daughter and her granddaughter. Ms. Pruitt said all three generations would vote for Mr. Trump.

Her daughter, a nurse in Wilmington, was less enthusiastic. "I'm voting against Hillary more than I'm voting for him," she said. "My mother is the true believer." Her granddaughter, 19, said she had not decided whether to vote at all.

On the other side of town, Senator Cory Booker of New Jersey campaigned for Mrs. Clinton at a church on Castle Street. He told the congregation that the election would be decided by "who shows up, not who shouts loudest." Mr. Booker said Mr. Trump's family members had made a "sudden discovery" of issues affecting women.

The Clinton campaign has sent its own family surrogates to the state. Chelsea Clinton is scheduled to visit Charlotte and Greensboro on Thursday, according to an email sent to supporters.

Mrs. Trump's husband, Eric, joined her for part of the day. He said the family had "gotten used to" the criticism.

"My wife can handle herself," Eric Trump said. "She grew up here. These are her people."

The News & Observer of Raleigh reported on Sunday that the Trump campaign had cut its television advertising in the state by a third in October. A Trump spokeswoman, Jessica Ditto, said the campaign was "shifting resources to the ground game."

The bus left Wilmington in the late afternoon for Fayetteville, where Mrs. Trump was to appear with local Republican candidates at an evening rally.
""", """
telling || Lara Trump, the wife of Donald J. Trump's son Eric || the Republican nominee was "nothing like the man you see on the news." || named_person
said || the campaign || Mrs. Trump, who grew up in Wrightsville Beach and worked as a television producer, has made North Carolina her focus in the final weeks of the race || named_org
said || she || "When I met Eric's dad, I was nervous, and he put me at ease in about five seconds," ## "That's the man I know." || named_person
found || A survey by Elon University released last week || Mrs. Clinton leading among women in North Carolina by 16 points, while Mr. Trump led among men by 12 || document
believe || Campaign officials || Mrs. Trump, 34, can appeal to younger suburban mothers who have drifted away from the party || anonymous
said || Ms. Pruitt || all three generations would vote for Mr. Trump || named_person
said || she || "I'm voting against Hillary more than I'm voting for him," ## "My mother is the true believer." || anonymous
said || Her granddaughter, 19 || she had not decided whether to vote at all || anonymous
told || He || the election would be decided by "who shows up, not who shouts loudest." || named_person
said || Mr. Booker || Mr. Trump's family members had made a "sudden discovery" of issues affecting women || named_person
according to || an email sent to supporters || Chelsea Clinton is scheduled to visit Charlotte and Greensboro on Thursday || document
said || He <<in>> He said the family || the family had "gotten used to" the criticism || named_person
said || Eric Trump || "My wife can handle herself," ## "She grew up here. These are her people." || named_person
reported || The News & Observer of Raleigh || the Trump campaign had cut its television advertising in the state by a third in October || media
said || A Trump spokeswoman, Jessica Ditto || the campaign was "shifting resources to the ground game." || named_person
""")

# ---------------------------------------------------------------- v212
A("""
Michelle Obama Tells New Hampshire Voters the Election Is About Their Children

MANCHESTER, N.H. -- Michelle Obama delivered one of the most personal speeches of the campaign on Thursday, telling a crowd of about 5,000 at Southern New Hampshire University that the election was "about what kind of country our children will inherit."

"When I look at my daughters, I think about the messages they're getting from this campaign," Mrs. Obama said. "And I can't stay quiet."

The first lady, who avoided campaigning for much of her husband's presidency, has become Mrs. Clinton's most sought-after surrogate, according to Democratic officials in several battleground states. White House officials said Mrs. Obama had written much of the speech herself.

Josh Earnest, the White House press secretary, told reporters on Air Force One that the president had watched the speech and found it "powerful." Mr. Obama, campaigning in North Carolina, said his wife was "a better speaker than I am, and she doesn't even like politics."

In the audience were Karen Dufresne, 52, a school bus driver from Nashua, and her daughter, Emily, 16. Emily said she had begged her mother to bring her.

Ms. Dufresne said she had been undecided until last month. Her husband, a machinist at a plant in Hudson, is a Trump supporter, she said, and the couple have argued about the race at the dinner table.

"He says Trump will shake things up," Ms. Dufresne said. "I told him I don't want things shaken up. I want them fixed."

Her husband did not come to the rally. Reached by phone, he said he had "nothing against Mrs. Obama" but planned to vote for Mr. Trump.

The New Hampshire Republican Party said in a statement that Mrs. Obama's popularity "will not transfer to a candidate voters do not trust."

A WMUR Granite State Poll conducted by the University of New Hampshire found Mrs. Clinton leading by eight points in the state. A Clinton aide said the campaign hoped to bring Mrs. Obama back to the state before Election Day.

Politico reported Thursday that Mrs. Obama had turned down requests to appear at fund-raisers, preferring to speak at large public events where she can reach undecided voters directly.

The speech was streamed live on the Clinton campaign's website and replayed on cable news throughout the afternoon. Outside the arena, volunteers handed out voter registration forms to students as they left, and a line of yellow school buses waited to take high school groups back to Nashua and Concord.
""", """
Tells || Michelle Obama <<in>> Michelle Obama Tells || the Election Is About Their Children || named_person
telling || Michelle Obama || the election was "about what kind of country our children will inherit." || named_person
said || Mrs. Obama <<in>> Mrs. Obama said. "And || "When I look at my daughters, I think about the messages they're getting from this campaign," ## "And I can't stay quiet." || named_person
according to || Democratic officials in several battleground states || The first lady, who avoided campaigning for much of her husband's presidency, has become Mrs. Clinton's most sought-after surrogate || anonymous
said || White House officials || Mrs. Obama had written much of the speech herself || anonymous
told || Josh Earnest, the White House press secretary || the president had watched the speech and found it "powerful." || named_person
said || Mr. Obama || his wife was "a better speaker than I am, and she doesn't even like politics." || named_person
said || Emily <<in>> Emily said || she had begged her mother to bring her || named_person
said || Ms. Dufresne <<in>> Ms. Dufresne said she had been || she had been undecided until last month || named_person
said || she || Her husband, a machinist at a plant in Hudson, is a Trump supporter ## and the couple have argued about the race at the dinner table || named_person
said || Ms. Dufresne <<in>> Ms. Dufresne said. "I told || "He says Trump will shake things up," ## "I told him I don't want things shaken up. I want them fixed." || named_person
said || he || he had "nothing against Mrs. Obama" but planned to vote for Mr. Trump || anonymous
said || The New Hampshire Republican Party || Mrs. Obama's popularity "will not transfer to a candidate voters do not trust." || named_org
found || A WMUR Granite State Poll conducted by the University of New Hampshire || Mrs. Clinton leading by eight points in the state || document
said || A Clinton aide || the campaign hoped to bring Mrs. Obama back to the state before Election Day || anonymous
reported || Politico || Mrs. Obama had turned down requests to appear at fund-raisers, preferring to speak at large public events where she can reach undecided voters directly || media
""")

# ================================================================ machinery
STRAIGHT_DOCS = 6   # first six straight quotes, the rest curly

def curlify(t):
    """Length-preserving straight->curly quote conversion (also -- to em dash + space? no:
    keeps length by mapping '--' to an em dash followed by nothing is not length-preserving,
    so dashes are left alone)."""
    out = []
    for i, ch in enumerate(t):
        prev = t[i - 1] if i else " "
        if ch == '"':
            out.append("\u201c" if (prev.isspace() or prev in "([{\u2014-") else "\u201d")
        elif ch == "'":
            out.append("\u2018" if (prev.isspace() or prev in "([{\u2014\"") else "\u2019")
        else:
            out.append(ch)
    return "".join(out)

def _is_word(c):
    return c.isalnum()

def occurrences(text, s, lo=0, hi=None):
    hi = len(text) if hi is None else hi
    res = []
    i = text.find(s, lo)
    while i != -1 and i + len(s) <= hi:
        ok = True
        if _is_word(s[0]) and i > 0 and _is_word(text[i - 1]):
            ok = False
        e = i + len(s)
        if _is_word(s[-1]) and e < len(text) and _is_word(text[e]):
            ok = False
        if ok:
            res.append((i, e))
        i = text.find(s, i + 1)
    return res

def gap(a, b):
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))

def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]

def parse_spec(spec):
    if "<<in>>" in spec:
        s, ctx = [x.strip() for x in spec.split("<<in>>")]
        return s, ctx
    return spec.strip(), None

def locate_ctx(text, s, ctx, where):
    occ = [(m.start(), m.end()) for m in re.finditer(re.escape(ctx), text)]
    assert len(occ) == 1, f"{where}: context {ctx!r} occurs {len(occ)} times"
    c0, c1 = occ[0]
    inner = occurrences(text, s, c0, c1)
    assert len(inner) == 1, f"{where}: {s!r} occurs {len(inner)} times in context {ctx!r}"
    return inner[0]

def pick_nearest(cands, anchor, forbidden, where, what):
    cands = [c for c in cands if not any(overlaps(c, f) for f in forbidden)]
    assert cands, f"{where}: no candidate for {what}"
    cands.sort(key=lambda c: gap(c, anchor))
    if len(cands) > 1:
        assert gap(cands[0], anchor) < gap(cands[1], anchor), f"{where}: tie for {what}"
    return cands[0]

def build_doc(idx, raw, ann):
    doc_id = f"v{201 + idx}"
    T = raw  # straight text: all locating happens here; curlify keeps lengths
    attrs = []
    for ln, line in enumerate(x for x in ann.strip("\n").split("\n") if x.strip()):
        where = f"{doc_id} line {ln + 1}"
        parts = [p.strip() for p in line.split("||")]
        assert len(parts) == 4, f"{where}: bad line {line!r}"
        cue_spec, src_spec, con_spec, typ = parts
        assert typ in TYPES, f"{where}: bad type {typ}"
        # content
        frags = []
        pos = 0
        for k, fs in enumerate(x.strip() for x in con_spec.split(" ## ")):
            s, ctx = parse_spec(fs)
            if k == 0:
                if ctx:
                    f = locate_ctx(T, s, ctx, where)
                else:
                    occ = [(m.start(), m.end()) for m in re.finditer(re.escape(s), T)]
                    assert len(occ) == 1, f"{where}: content {s!r} occurs {len(occ)} times"
                    f = occ[0]
            else:
                i = T.find(s, pos)
                assert i != -1, f"{where}: fragment {s!r} not found after {pos}"
                f = (i, i + len(s))
            frags.append(f)
            pos = f[1]
        hull = (frags[0][0], frags[-1][1])
        # cue
        s, ctx = parse_spec(cue_spec)
        if ctx:
            cue = locate_ctx(T, s, ctx, where)
        else:
            cue = pick_nearest(occurrences(T, s), hull, frags, where, "cue " + s)
        assert not any(overlaps(cue, f) for f in frags), f"{where}: cue overlaps content"
        # source
        if src_spec == "-":
            src = None
        else:
            s, ctx = parse_spec(src_spec)
            if ctx:
                src = locate_ctx(T, s, ctx, where)
            else:
                src = pick_nearest(occurrences(T, s), cue, frags + [cue], where, "source " + s)
            assert not overlaps(src, cue) and not any(overlaps(src, f) for f in frags), f"{where}: source overlap"
            assert gap(src, cue) < 400, f"{where}: source far from cue"
        assert gap(cue, hull) < 400, f"{where}: cue far from content"
        # content conventions
        ctext = T[frags[0][0]:frags[0][1]]
        assert not ctext.lower().startswith("that "), f"{where}: content starts with that"
        ht = T[hull[0]:hull[1]]
        assert not (ht.endswith(".") and not ht.endswith('."')), f"{where}: content ends with bare period"
        assert ht == ht.strip(), f"{where}: content has outer whitespace"
        attrs.append((cue, src, frags, typ))
    text = T if idx < STRAIGHT_DOCS else curlify(T)
    assert len(text) == len(T)
    if idx < STRAIGHT_DOCS:
        assert not any(c in text for c in "\u201c\u201d\u2018\u2019"), f"{doc_id}: curly quote in straight doc"
        assert '"' in text
    else:
        assert '"' not in text and "'" not in text, f"{doc_id}: straight quote in curly doc"
        assert "\u201c" in text and "\u201d" in text
        assert text.count("\u201c") == text.count("\u201d"), f"{doc_id}: unbalanced curly quotes"
    if idx < STRAIGHT_DOCS:
        assert T.count('"') % 2 == 0, f"{doc_id}: odd number of straight quotes"
    nwords = len(text.split())
    assert 350 <= nwords <= 550, f"{doc_id}: {nwords} words"
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "" and lines[2].strip(), f"{doc_id}: headline layout"
    assert 14 <= len(attrs) <= 20, f"{doc_id}: {len(attrs)} attributions"

    def span(a):
        sp = {"start": a[0], "end": a[1], "text": text[a[0]:a[1]]}
        assert text[sp["start"]:sp["end"]] == sp["text"]
        return sp

    out = []
    for cue, src, frags, typ in attrs:
        con = {"start": frags[0][0], "end": frags[-1][1], "text": text[frags[0][0]:frags[-1][1]]}
        if len(frags) > 1:
            con["fragments"] = [list(f) for f in frags]
        out.append({"cue": span(cue), "source": span(src) if src else None,
                    "content": con, "source_type": typ})
    out.sort(key=lambda a: a["cue"]["start"])
    cue_starts = [a["cue"]["start"] for a in out]
    dup = [c for c in cue_starts if cue_starts.count(c) > 1]
    assert not dup, f"{doc_id}: duplicate cue at {dup} {[text[d:d+30] for d in dup]}"
    return {"doc_id": doc_id, "text": text, "split": "blind", "attributions": out}

def build():
    assert len(ARTICLES) == 12
    return [build_doc(i, raw, ann) for i, (raw, ann) in enumerate(ARTICLES)]

def review(recs):
    for r in recs:
        t = r["text"]
        print("=" * 30, r["doc_id"], len(t.split()), "words", len(r["attributions"]), "attrs")
        for a in r["attributions"]:
            c, s, k = a["cue"], a["source"], a["content"]
            lo = min(c["start"], k["start"], s["start"] if s else 10**9)
            hi = max(c["end"], k["end"], s["end"] if s else 0)
            marks = []
            for sp, o, e in ([(s, "[S:", "]")] if s else []) + [(c, "[C:", "]")]:
                marks.append((sp["start"], o))
                marks.append((sp["end"], e))
            for f in k.get("fragments", [[k["start"], k["end"]]]):
                marks.append((f[0], "{"))
                marks.append((f[1], "}"))
            marks.sort(key=lambda m: (m[0], m[1] in ("]", "}")), reverse=True)
            seg = t[lo - 15 if lo >= 15 else 0: hi + 15]
            base = lo - 15 if lo >= 15 else 0
            for p, m in marks:
                seg = seg[:p - base] + m + seg[p - base:]
            print(f"  {a['source_type']:12s} {seg!r}")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind54.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
