#!/usr/bin/env python3
"""Build ``blind51.jsonl``: the fifty-first batch of blind test articles (session 17).

12 invented stories of voters in their own places (a diner, a union hall, a dorm), with their
relatives, coworkers and neighbours, some unnamed with reasons, each with 16-18 attributions,
written and annotated by a helper session that never read claimtrace's code, tests or data; see
NOTES.md.

Usage: ``python data/gold/blind51/build_blind51.py [--check]`` (``--check``: exit 1 if
blind51.jsonl is stale).

The helper's own notes on the format follow.

Blind attribution test set blind51: 12 invented 2016-style articles, voters in their own places.

Annotation line format (one attribution per line):

    CUE || SOURCE || CONTENT || TYPE

* SOURCE is NULL when the article gives no source.
* CONTENT may be split into fragments separated by " ## " (in text order).
* Any field may pin its occurrence with context: "pre[[span]]post" means the unique
  occurrence of pre+span+post in the text; the span is the part inside [[ ]].
* Without context: the (first) content fragment must occur exactly once in the text; the cue is
  the occurrence nearest to the content (same paragraph, not inside the content); the source is
  the occurrence nearest to the cue (same paragraph, not inside the content or the cue). Ties fail.

All offsets are computed here; every span is asserted against the text.
Run:  python3 build_blind51.py          -> writes blind51.jsonl
      python3 build_blind51.py --show   -> also prints every attribution marked up for checking
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


def article(doc_id, text, ann):
    ARTICLES.append((doc_id, text.strip("\n"), ann))


# ---------------------------------------------------------------- s201 (straight quotes)
article("s201", """
At a Diner Off Highway 63, Breakfast Comes With a Side of Doubt

OTTUMWA, Iowa — The regulars at the Canteen Corner Cafe take the same stools every morning, and on Tuesday most of the talk at the counter was about the Iowa caucuses, now 13 days away.

"I've voted Republican since Reagan, and I don't know who I'm voting for this time," said Darlene Kopecky, 67, a retired school secretary who has come here for coffee every weekday for two decades. "Nobody's asked me what I think. They ask me for money."

Her husband, Gene, a hog farmer who sat two stools down, said he was leaning toward Senator Ted Cruz of Texas because "he at least reads the Constitution."

Mrs. Kopecky rolled her eyes. Her husband has been listening to too much talk radio, she said. She worries that none of the candidates understand what the loss of the maternity ward at the local hospital did to a town like this one. The ward closed last April, according to The Ottumwa Courier.

A meatpacking worker at the end of the counter said he planned to caucus for Donald J. Trump. He would not give his name because his supervisors frown on employees talking politics.

"He's the only one who talks about us," he said. "The rest of them talk about each other."

Across the room, Marisol Ortega, 34, a nurse's aide who moved here from Texas nine years ago, said she had not decided whether to caucus at all. Her mother, who lives with her, plans to back Hillary Clinton, Ms. Ortega said. Her younger brother believes Senator Bernie Sanders of Vermont "is the only honest man in Washington."

A Des Moines Register/Bloomberg Politics poll released last week found Mr. Trump and Mr. Cruz effectively tied among likely Republican caucusgoers, with nearly half of them still open to changing their minds.

Mr. Cruz's campaign said on Monday that it had knocked on more than 50,000 doors in the state. Mr. Trump told a crowd in Cedar Rapids over the weekend that he would "win Iowa big, really big."

The waitress, Shelly Brandt, 45, said the political talk had gotten louder since Christmas. "Some mornings I turn the radio up just to drown it out," she said.

Mr. Kopecky paid for both coffees and reached for his coat. "We'll see who's still standing on caucus night," he said.
""", """
said || Darlene Kopecky, 67, a retired school secretary who has come here for coffee every weekday for two decades || "I've voted Republican since Reagan, and I don't know who I'm voting for this time," ## "Nobody's asked me what I think. They ask me for money." || named_person
said || Her husband, Gene, a hog farmer who sat two stools down || he was leaning toward Senator Ted Cruz of Texas because "he at least reads the Constitution." || named_person
said || she || Her husband has been listening to too much talk radio || named_person
worries || She || none of the candidates understand what the loss of the maternity ward at the local hospital did to a town like this one || named_person
according to || The Ottumwa Courier || The ward closed last April || media
said || A meatpacking worker at the end of the counter || he planned to caucus for Donald J. Trump || anonymous
said || he || "He's the only one who talks about us," ## "The rest of them talk about each other." || anonymous
said || Marisol Ortega, 34, a nurse's aide who moved here from Texas nine years ago || she had not decided whether to caucus at all || named_person
said || Ms. Ortega || Her mother, who lives with her, plans to back Hillary Clinton || named_person
believes || Her younger brother || Senator Bernie Sanders of Vermont "is the only honest man in Washington." || anonymous
found || A Des Moines Register/Bloomberg Politics poll released last week || Mr. Trump and Mr. Cruz effectively tied among likely Republican caucusgoers, with nearly half of them still open to changing their minds || document
said || Mr. Cruz's campaign || it had knocked on more than 50,000 doors in the state || named_org
told || Mr. Trump || he would "win Iowa big, really big." || named_person
said || The waitress, Shelly Brandt, 45 || the political talk had gotten louder since Christmas || named_person
said || she || "Some mornings I turn the radio up just to drown it out," || named_person
said || he || "We'll see who's still standing on caucus night," || named_person
""")

# ---------------------------------------------------------------- s202 (straight quotes)
article("s202", """
After Sunday Service in Greenville, a Parking Lot Divided Over Faith and Trump

GREENVILLE, S.C. — The last hymn had barely ended at Mountain View Baptist Church on Sunday when the arguments started in the gravel lot outside, between the minivans and the pickup trucks, over which Republican a Christian ought to support in Saturday's primary.

"I'm praying on it, and I'm still not there," said Ruth Ann Pettigrew, 58, who teaches third grade at an elementary school nearby. She said she admired Senator Marco Rubio of Florida but worried that he was "too green" to stand up to Mr. Trump.

Her son-in-law, a sheriff's deputy, has no such doubts. He spoke on the condition that his name not be used, because the sheriff's office bars deputies from discussing candidates while in uniform.

"Trump's going to win this state by ten points," the deputy said. "People here are tired of being told what to think." The deputy believes his mother-in-law will come around by Saturday.

His wife, Kayla, who is Mrs. Pettigrew's daughter, said she planned to vote for Senator Ted Cruz of Texas.

The church's pastor, the Rev. Dale Whitmire, said he does not endorse candidates from the pulpit and never will. But in his sermon he told the congregation that a candidate's "character is not a side issue." Several members said afterward they took the line as a reference to Mr. Trump.

An older man loading a walker into the trunk of a sedan said he would vote for former Gov. Jeb Bush of Florida "because his brother kept us safe." He declined to give his name, saying his grandchildren would never let him hear the end of it.

Mr. Trump, for his part, told supporters at a rally in Pawleys Island on Saturday that evangelical voters "love me, and I love them, believe me."

A CNN/ORC poll released on Friday showed Mr. Trump leading among evangelical voters in the state, with Mr. Cruz in second place. The Greenville News reported on Saturday that the Cruz campaign had more than 200 volunteers from Texas working the Upstate this weekend.

Mr. Rubio's campaign said in a statement on Sunday that it had picked up the support of three more state legislators from the Greenville area, and it is counting on churchgoers who are uneasy with both of the front-runners.

Mrs. Pettigrew said she would make up her mind by Friday night. "The Lord and I have a few more conversations to have," she said, and went to find her car.
""", """
said || Ruth Ann Pettigrew, 58, who teaches third grade at an elementary school nearby || "I'm praying on it, and I'm still not there," || named_person
said || She || she admired Senator Marco Rubio of Florida but worried that he was "too green" to stand up to Mr. Trump || named_person
said || the deputy || "Trump's going to win this state by ten points," ## "People here are tired of being told what to think." || anonymous
believes || The deputy || his mother-in-law will come around by Saturday || anonymous
said || His wife, Kayla, who is Mrs. Pettigrew's daughter || she planned to vote for Senator Ted Cruz of Texas || named_person
said || The church's pastor, the Rev. Dale Whitmire || he does not endorse candidates from the pulpit and never will || named_person
told || he || a candidate's "character is not a side issue." || named_person
said || Several members || they took the line as a reference to Mr. Trump || anonymous
said || An older man loading a walker into the trunk of a sedan || he would vote for former Gov. Jeb Bush of Florida "because his brother kept us safe." || anonymous
saying || He || his grandchildren would never let him hear the end of it || anonymous
told || Mr. Trump || evangelical voters "love me, and I love them, believe me." || named_person
showed || A CNN/ORC poll released on Friday || Mr. Trump leading among evangelical voters in the state, with Mr. Cruz in second place || document
reported || The Greenville News || the Cruz campaign had more than 200 volunteers from Texas working the Upstate this weekend || media
said || Mr. Rubio's campaign || it had picked up the support of three more state legislators from the Greenville area, and it is counting on churchgoers who are uneasy with both of the front-runners || named_org
said || Mrs. Pettigrew || she would make up her mind by Friday night || named_person
said || she || "The Lord and I have a few more conversations to have," || named_person
""")

# ---------------------------------------------------------------- s203 (straight quotes)
article("s203", """
At a Steelworkers Hall in Youngstown, a Fight Over Who Speaks for Labor

YOUNGSTOWN, Ohio — On Thursday night in the low brick hall of a United Steelworkers local on the city's east side, the card game in the back room stopped when the television turned to Donald J. Trump.

"Listen to him. He's saying what we've been saying for thirty years," said Tony Mastroianni, 52, a crane operator at a pipe mill in nearby Girard whose father and grandfather worked in the mills before him. "Nobody in either party listened."

Mr. Mastroianni said he had voted for President Obama twice. This year he plans to cross over in the state's open primary on Tuesday and vote for Mr. Trump, he said.

His father, Sal, 78, shook his head from the next table. "Your grandfather would come out of the ground," he told his son.

The elder Mr. Mastroianni said he would vote for Hillary Clinton, as he has for every Democratic nominee since John F. Kennedy. "The union built this valley," he said.

The local's president, Rich Dombrowski, said the union's position had not changed. The union's national leadership is behind Mrs. Clinton. A flyer stacked by the door says Mrs. Clinton has "a real plan for manufacturing jobs."

"I'm not going to tell a grown man how to vote," Mr. Dombrowski said. "But I'll tell him who's been on our side when the contract was on the line."

Several younger members playing cards in the back said they were drawn to Senator Bernie Sanders of Vermont, who has campaigned against trade deals for decades. One of them, a 26-year-old who works on the loading dock at a distribution warehouse, said he would not give his name because his girlfriend's father is a county Republican official.

"Bernie's the only one who never voted for NAFTA or any of it," he said.

Mr. Trump told a rally in Youngstown on Monday that he would bring steel back "so fast your head will spin." Mrs. Clinton's campaign has argued that Mr. Trump's own suits and ties are made overseas.

A Quinnipiac University poll released on Wednesday showed Gov. John Kasich narrowly ahead of Mr. Trump in the Republican primary in Ohio. Mr. Kasich, campaigning in Columbus, said the state "knows who I am, and knows what I've done."

Mr. Mastroianni's wife, Denise, a dental hygienist, said the arguments at home had gotten worse than the ones at the hall. "They don't talk at Sunday dinner anymore," she said. "They just pass the gravy."
""", """
said || Tony Mastroianni, 52, a crane operator at a pipe mill in nearby Girard whose father and grandfather worked in the mills before him || "Listen to him. He's saying what we've been saying for thirty years," ## "Nobody in either party listened." || named_person
said || Mr. Mastroianni || he had voted for President Obama twice || named_person
said || he || This year he plans to cross over in the state's open primary on Tuesday and vote for Mr. Trump || named_person
told || he || "Your grandfather would come out of the ground," || named_person
said || The elder Mr. Mastroianni || he would vote for Hillary Clinton, as he has for every Democratic nominee since John F. Kennedy || named_person
said || he || "The union built this valley," || named_person
said || The local's president, Rich Dombrowski || the union's position had not changed || named_person
says || A flyer stacked by the door || Mrs. Clinton has "a real plan for manufacturing jobs." || document
said || Mr. Dombrowski || "I'm not going to tell a grown man how to vote," ## "But I'll tell him who's been on our side when the contract was on the line." || named_person
said || Several younger members playing cards in the back || they were drawn to Senator Bernie Sanders of Vermont, who has campaigned against trade deals for decades || anonymous
said || One of them, a 26-year-old who works on the loading dock at a distribution warehouse || he would not give his name because his girlfriend's father is a county Republican official || anonymous
said || he || "Bernie's the only one who never voted for NAFTA or any of it," || anonymous
told || Mr. Trump || he would bring steel back "so fast your head will spin." || named_person
has argued || Mrs. Clinton's campaign || Mr. Trump's own suits and ties are made overseas || named_org
showed || A Quinnipiac University poll released on Wednesday || Gov. John Kasich narrowly ahead of Mr. Trump in the Republican primary in Ohio || document
said || Mr. Kasich || the state "knows who I am, and knows what I've done." || named_person
said || Mr. Mastroianni's wife, Denise, a dental hygienist || the arguments at home had gotten worse than the ones at the hall || named_person
said || she || "They don't talk at Sunday dinner anymore," ## "They just pass the gravy." || named_person
""")

# ---------------------------------------------------------------- s204 (straight quotes)
article("s204", """
On a Wisconsin Dairy Farm, Milk Prices and a Primary Weigh on One Family

MARSHFIELD, Wis. — At 5 a.m. on Monday, the milking parlor on the Lindqvist farm was already loud with vacuum pumps and a radio tuned to the morning market report, and Karen Lindqvist, 61, was already talking about Tuesday's primary.

"I've never seen it like this, not in forty years of voting," said Mrs. Lindqvist, who keeps the farm's books and milks 120 Holsteins twice a day with her husband and son. "Everybody's mad, and nobody agrees on what they're mad about."

Her husband, Dale, 63, said he would vote for Senator Ted Cruz of Texas, in part because Gov. Scott Walker is backing him.

Their son, Eric, 34, who will take over the farm when his parents retire, thinks Mr. Trump is the only candidate who will "blow up the trade deals that are killing milk prices."

"He's going to do what he says," Eric Lindqvist said. "That's more than I can say for anybody else."

A report from the Agriculture Department this month projected that the average price farmers receive for their milk would fall for a second straight year.

One of the farm's three hired hands, a man in his 40s from Jalisco, Mexico, who has worked here for eleven years, said he could not vote but had plenty of opinions about Mr. Trump. He spoke on the condition that his name not be used because some of his relatives are in the country illegally.

"When he talks about the wall, my kids hear that," he said in Spanish. "They come home from school scared."

"We couldn't run this place without him," Mrs. Lindqvist said.

A neighbor who grows corn and soybeans down the road, and who had stopped by to borrow a grain auger, said he was voting for Mr. Trump "and I don't care who knows it." He still would not give his name, saying his wife would not like it.

A Marquette Law School poll released last week found Mr. Cruz leading Mr. Trump among likely Republican primary voters in the state. The Milwaukee Journal Sentinel reported on Sunday that the Cruz campaign had opened offices in eleven rural counties.

Mr. Cruz, speaking in Wausau on Saturday, promised dairy farmers that he would "fight for every family farm in Wisconsin." Mr. Trump has said he would renegotiate the North American Free Trade Agreement or pull out of it.

Dale Lindqvist climbed into the cab of his tractor and said he and his son had agreed to stop talking about the election until Wednesday. "Then we'll find something else to fight about," he said.
""", """
said || Mrs. Lindqvist, who keeps the farm's books and milks 120 Holsteins twice a day with her husband and son || "I've never seen it like this, not in forty years of voting," ## "Everybody's mad, and nobody agrees on what they're mad about." || named_person
said || Her husband, Dale, 63 || he would vote for Senator Ted Cruz of Texas, in part because Gov. Scott Walker is backing him || named_person
thinks || Their son, Eric, 34, who will take over the farm when his parents retire || Mr. Trump is the only candidate who will "blow up the trade deals that are killing milk prices." || named_person
said || Eric Lindqvist || "He's going to do what he says," ## "That's more than I can say for anybody else." || named_person
projected || A report from the Agriculture Department this month || the average price farmers receive for their milk would fall for a second straight year || document
said || One of the farm's three hired hands, a man in his 40s from Jalisco, Mexico, who has worked here for eleven years || he could not vote but had plenty of opinions about Mr. Trump || anonymous
said || he || "When he talks about the wall, my kids hear that," ## "They come home from school scared." || anonymous
said || Mrs. Lindqvist || "We couldn't run this place without him," || named_person
said || A neighbor who grows corn and soybeans down the road, and who had stopped by to borrow a grain auger || he was voting for Mr. Trump "and I don't care who knows it." || anonymous
saying || He || his wife would not like it || anonymous
found || A Marquette Law School poll released last week || Mr. Cruz leading Mr. Trump among likely Republican primary voters in the state || document
reported || The Milwaukee Journal Sentinel || the Cruz campaign had opened offices in eleven rural counties || media
promised || Mr. Cruz || he would "fight for every family farm in Wisconsin." || named_person
has said || Mr. Trump || he would renegotiate the North American Free Trade Agreement or pull out of it || named_person
said || Dale Lindqvist || he and his son had agreed to stop talking about the election until Wednesday || named_person
said || he || "Then we'll find something else to fight about," || named_person
""")

# ---------------------------------------------------------------- s205 (straight quotes)
article("s205", """
At the Gate of an Indianapolis Furnace Plant, Workers Weigh Who Will Save Their Jobs

INDIANAPOLIS — The afternoon shift change at the Carrier furnace plant on the city's west side sends a stream of cars out of the lot and onto the frontage road, and on Wednesday several of them slowed at the gate so their drivers could talk about the election through rolled-down windows.

"They're taking my job to Monterrey, and everybody running for president says they're going to stop it," said Renee Hollister, 47, who has built furnace blowers on the line for 16 years. "I'll believe it when I see my paycheck in 2017."

Ms. Hollister said she had voted for Mitt Romney in 2012 but was now leaning toward Senator Bernie Sanders. Her daughter, a sophomore at Ball State University, talked her into going to a Sanders rally downtown last month, she said.

The company announced in February that it would move about 1,400 jobs to Mexico by 2019. A statement from Carrier on Wednesday said the decision had been "extremely difficult" and that the company would work with the union on a "respectful transition."

Two workers leaving the plant, who spoke on the condition of anonymity because they have not yet signed their severance agreements, said they planned to vote for Mr. Trump.

"He's the only one who called out Carrier by name," one of them said. The other, a woman with a Colts lanyard around her neck, said her husband was "a Bernie man" but that she could not stand Hillary Clinton.

Mr. Trump has said repeatedly at rallies that he would impose a 35 percent tax on every furnace Carrier ships back across the border. Gov. Mike Pence, who is seeking re-election, told reporters on Tuesday that he was "deeply disappointed" by the decision and had spoken with company executives.

Mark Talbott, the president of the United Steelworkers local that represents the plant's workers, said the union had been inundated with visits from candidates.

"We've had every politician in the state come through here with a camera," Mr. Talbott said. "Not one of them has come back."

The Indianapolis Star reported last month that the company had received millions of dollars in state tax incentives over the past decade.

Ms. Hollister's carpool partner, Dwayne Reese, 58, said he had not voted since 2008 and was not sure he would this year. Mr. Reese thinks the election will not change what happens to the plant.

"They made up their minds in Connecticut a long time ago," he said. Carrier's parent company, United Technologies, is based in Hartford.
""", """
said || Renee Hollister, 47, who has built furnace blowers on the line for 16 years || "They're taking my job to Monterrey, and everybody running for president says they're going to stop it," ## "I'll believe it when I see my paycheck in 2017." || named_person
said || Ms. Hollister || she had voted for Mitt Romney in 2012 but was now leaning toward Senator Bernie Sanders || named_person
said || she || Her daughter, a sophomore at Ball State University, talked her into going to a Sanders rally downtown last month || named_person
announced || The company || it would move about 1,400 jobs to Mexico by 2019 || named_org
said || A statement from Carrier on Wednesday || the decision had been "extremely difficult" and that the company would work with the union on a "respectful transition." || document
said || Two workers leaving the plant, who spoke on the condition of anonymity because they have not yet signed their severance agreements || they planned to vote for Mr. Trump || anonymous
said || one of them || "He's the only one who called out Carrier by name," || anonymous
said || The other, a woman with a Colts lanyard around her neck || her husband was "a Bernie man" but that she could not stand Hillary Clinton || anonymous
has said || Mr. Trump || he would impose a 35 percent tax on every furnace Carrier ships back across the border || named_person
told || Gov. Mike Pence, who is seeking re-election || he was "deeply disappointed" by the decision and had spoken with company executives || named_person
said || Mark Talbott, the president of the United Steelworkers local that represents the plant's workers || the union had been inundated with visits from candidates || named_person
said || Mr. Talbott || "We've had every politician in the state come through here with a camera," ## "Not one of them has come back." || named_person
reported || The Indianapolis Star || the company had received millions of dollars in state tax incentives over the past decade || media
said || Ms. Hollister's carpool partner, Dwayne Reese, 58 || he had not voted since 2008 and was not sure he would this year || named_person
thinks || Mr. Reese || the election will not change what happens to the plant || named_person
said || he || "They made up their minds in Connecticut a long time ago," || named_person
""")

# ---------------------------------------------------------------- s206 (straight quotes)
article("s206", """
In a Durham Dorm, Students Split Between Sanders and Their Parents

DURHAM, N.H. — On the fourth floor of a dormitory at the University of New Hampshire, the doors are plastered with stickers from the presidential campaigns, and on Sunday night, two days before the state's primary, the hallway sounded like a debate that nobody was moderating.

"My mom calls me every night to tell me Hillary has the experience, and every night I tell her I'm voting for Bernie," said Maya Feldstein, 19, a sophomore from Nashua who is studying nursing. "It's become kind of a ritual."

Ms. Feldstein said she had signed up to knock on doors for the Sanders campaign in Dover on primary day. Her mother, a hospital administrator, believes Senator Sanders "can't get anything through Congress," she said.

Her roommate, a freshman from Connecticut, said she was also voting for Mr. Sanders. She spoke on the condition that her name not be used, because her parents, both registered Republicans, do not know she has registered to vote in New Hampshire.

"They'd think he's a communist," she said. "He's not. He just wants us to be able to afford this place."

Down the hall, Connor Walsh, 20, a junior from Manchester who leads the campus chapter of the College Republicans, said he had volunteered for Senator Marco Rubio of Florida since September.

Mr. Walsh said Mr. Rubio's performance in Saturday's debate, in which Gov. Chris Christie of New Jersey went after him again and again, had been "a bad night, not a bad candidate." His father, a contractor in Manchester, is voting for Donald J. Trump, Mr. Walsh said. The elder Mr. Walsh believes his son's candidate is "a nice kid who isn't ready."

A University of New Hampshire Survey Center poll released on Saturday showed Mr. Sanders leading Hillary Clinton by more than 20 points among likely Democratic primary voters.

Mrs. Clinton, campaigning in Manchester on Sunday, told young voters that she understood their frustration but that "a plan is not a slogan." The Boston Globe reported on Sunday that the Sanders campaign expected record turnout in college towns, and the campaign said in a statement that it had registered more than 4,000 new voters on New Hampshire campuses.

The resident assistant on the floor, Jordan Okafor, 21, said he had taped a sign to the elevator reminding students where to vote. "Half of them have never voted," he said. "The other half have voted once."

Ms. Feldstein worries that her generation will be blamed if turnout is low. "Everybody says we won't show up," she said. "We'll show up."
""", """
said || Maya Feldstein, 19, a sophomore from Nashua who is studying nursing || "My mom calls me every night to tell me Hillary has the experience, and every night I tell her I'm voting for Bernie," ## "It's become kind of a ritual." || named_person
said || Ms. Feldstein || she had signed up to knock on doors for the Sanders campaign in Dover on primary day || named_person
said || she || Her mother, a hospital administrator, believes Senator Sanders "can't get anything through Congress," || named_person
said || Her roommate, a freshman from Connecticut || she was also voting for Mr. Sanders || anonymous
said || she || "They'd think he's a communist," ## "He's not. He just wants us to be able to afford this place." || anonymous
said || Connor Walsh, 20, a junior from Manchester who leads the campus chapter of the College Republicans || he had volunteered for Senator Marco Rubio of Florida since September || named_person
said || Mr. Walsh || Mr. Rubio's performance in Saturday's debate, in which Gov. Chris Christie of New Jersey went after him again and again, had been "a bad night, not a bad candidate." || named_person
said || Mr. Walsh || His father, a contractor in Manchester, is voting for Donald J. Trump || named_person
believes || The elder Mr. Walsh || his son's candidate is "a nice kid who isn't ready." || named_person
showed || A University of New Hampshire Survey Center poll released on Saturday || Mr. Sanders leading Hillary Clinton by more than 20 points among likely Democratic primary voters || document
told || Mrs. Clinton || she understood their frustration but that "a plan is not a slogan." || named_person
reported || The Boston Globe || the Sanders campaign expected record turnout in college towns || media
said || the campaign || it had registered more than 4,000 new voters on New Hampshire campuses || named_org
said || The resident assistant on the floor, Jordan Okafor, 21 || he had taped a sign to the elevator reminding students where to vote || named_person
said || he || "Half of them have never voted," ## "The other half have voted once." || named_person
worries || Ms. Feldstein || her generation will be blamed if turnout is low || named_person
said || she || "Everybody says we won't show up," ## "We'll show up." || named_person
""")

# ---------------------------------------------------------------- s207 (curly quotes)
article("s207", """
In a Charlotte Barbershop, Early Voting Fills the Chairs

CHARLOTTE, N.C. — On Thursday afternoon, with early voting underway across North Carolina, all four chairs at a barbershop on Beatties Ford Road were full, and so was the bench along the wall.

“I’ve been cutting hair in this neighborhood for 31 years, and I’ve never had this many people ask me where to vote,” said the shop’s owner, Lamont Greer, 56. “That tells you something.”

Mr. Greer said he had voted for Hillary Clinton on the first day of early voting and had driven his mother, who is 84, to the polls with him. His mother, he said, still keeps a photograph of President Obama on her refrigerator.

In the second chair, a 23-year-old warehouse worker getting a fade said he had not decided whether to vote at all. He gave only his first name, Marcus, saying he did not want his employer to see his full name in the newspaper.

“Neither one of them is talking to me,” Marcus said. “Trump’s talking to people who already can’t stand us, and Hillary’s talking to people who already vote.”

Mr. Greer, trimming the back of his neck, told him that “sitting it out is a vote too.”

A retired postal carrier waiting for her grandson said the state’s voter identification law, which a federal appeals court threw out in July, had left many older voters confused about what to bring to the polls.

“My sister thinks she still needs her driver’s license, and she hasn’t driven since 1998,” she said.

The United States Court of Appeals for the Fourth Circuit ruled in July that the law had been written to discourage black voters. The Clinton campaign said on Wednesday that it had more than 30 field offices in the state.

Mr. Trump, speaking in Kinston on Wednesday, said that black voters had been “taken for granted for a long, long time” by Democrats.

An Elon University poll released on Monday found Mrs. Clinton narrowly ahead in North Carolina. The Charlotte Observer reported this week that early turnout among black voters was running behind its 2012 pace in several counties.

Darnell Pickens, 38, who cuts hair in the third chair, said his customers had talked more about the Panthers than about the election until the second debate. He believes the race is closer than most people in the shop think.

Mr. Greer said he planned to close early on Election Day and drive anyone who needed a ride to the polls. “I got a van and a full tank,” he said.
""", """
said || the shop’s owner, Lamont Greer, 56 || “I’ve been cutting hair in this neighborhood for 31 years, and I’ve never had this many people ask me where to vote,” ## “That tells you something.” || named_person
said || Mr. Greer || he had voted for Hillary Clinton on the first day of early voting and had driven his mother, who is 84, to the polls with him || named_person
said || he || His mother ## still keeps a photograph of President Obama on her refrigerator || named_person
said || a 23-year-old warehouse worker getting a fade || he had not decided whether to vote at all || named_person
saying || He || he did not want his employer to see his full name in the newspaper || named_person
said || Marcus || “Neither one of them is talking to me,” ## “Trump’s talking to people who already can’t stand us, and Hillary’s talking to people who already vote.” || named_person
told || Mr. Greer || “sitting it out is a vote too.” || named_person
said || A retired postal carrier waiting for her grandson || the state’s voter identification law, which a federal appeals court threw out in July, had left many older voters confused about what to bring to the polls || anonymous
said || she || “My sister thinks she still needs her driver’s license, and she hasn’t driven since 1998,” || anonymous
ruled || The United States Court of Appeals for the Fourth Circuit || the law had been written to discourage black voters || named_org
said || The Clinton campaign || it had more than 30 field offices in the state || named_org
said || Mr. Trump || black voters had been “taken for granted for a long, long time” by Democrats || named_person
found || An Elon University poll released on Monday || Mrs. Clinton narrowly ahead in North Carolina || document
reported || The Charlotte Observer || early turnout among black voters was running behind its 2012 pace in several counties || media
said || Darnell Pickens, 38, who cuts hair in the third chair || his customers had talked more about the Panthers than about the election until the second debate || named_person
believes || He || the race is closer than most people in the shop think || named_person
said || Mr. Greer || he planned to close early on Election Day and drive anyone who needed a ride to the polls || named_person
said || he || “I got a van and a full tank,” || named_person
""")

# ---------------------------------------------------------------- s208 (curly quotes)
article("s208", """
In West Virginia Coal Country, a Lunch Counter Takes Stock Before the Primary

LOGAN, W.Va. — By 11 a.m. on Monday, the six stools at the lunch counter of a gas station on Route 10 were taken by men in reflective work shirts, most of whom no longer had a job to wear them to.

“Every one of us sitting here used to run a continuous miner or a roof bolter,” said Wayne Ellis, 59, who was laid off from an underground mine near Holden last year after 34 years. “Now we sit here.”

Mr. Ellis, a lifelong Democrat like his father, said he would vote in Tuesday’s primary for Senator Bernie Sanders, not because he agreed with him but because he wanted to “send a message to Hillary.” In November, he said, he will probably vote for Donald J. Trump.

His wife, Tammy, 55, who works as a cashier at the Dollar General in town, said she had not forgiven Hillary Clinton for her comments in March about putting coal companies out of business.

Mrs. Clinton has said the remark was taken out of context, and she told voters in Williamson last week that she was “sorry for the pain” it had caused.

The couple’s son-in-law, who still works underground at one of the few mines in the county that are operating, sat at the end of the counter. He talked on the condition that his name not be used because, he said, the company had laid off men for less.

“I’m voting Trump, and so is every man on my crew,” he said.

He told his foreman last year that he would never vote for another Democrat, according to Mrs. Ellis.

According to the West Virginia Office of Miners’ Health, Safety and Training, coal employment in Logan County has fallen by more than half since 2011.

Mr. Trump told a crowd in Charleston on Thursday that he would put miners “back to work, and proud again.” Mr. Sanders has argued that miners deserve a “just transition,” with federal money for retraining, health care and pensions.

A poll conducted for MetroNews last month showed Mr. Sanders and Mrs. Clinton in a close race among likely Democratic primary voters. The Charleston Gazette-Mail reported on Sunday that registered Democrats still outnumber Republicans in the county by nearly three to one.

The cashier, a woman in her 20s, said she was not registered to vote and did not intend to register. She would not give her name. “My mamaw would be ashamed of me,” she said, laughing.

Mr. Ellis believes the mines are not coming back, no matter who wins. “I just want somebody to say it to my face,” he said.
""", """
said || Wayne Ellis, 59, who was laid off from an underground mine near Holden last year after 34 years || “Every one of us sitting here used to run a continuous miner or a roof bolter,” ## “Now we sit here.” || named_person
said || Mr. Ellis, a lifelong Democrat like his father || he would vote in Tuesday’s primary for Senator Bernie Sanders, not because he agreed with him but because he wanted to “send a message to Hillary.” || named_person
said || he || In November ## he will probably vote for Donald J. Trump || named_person
said || His wife, Tammy, 55, who works as a cashier at the Dollar General in town || she had not forgiven Hillary Clinton for her comments in March about putting coal companies out of business || named_person
has said || Mrs. Clinton || the remark was taken out of context || named_person
told || she || she was “sorry for the pain” it had caused || named_person
said || he || the company had laid off men for less || anonymous
said || he || “I’m voting Trump, and so is every man on my crew,” || anonymous
according to || Mrs. Ellis || He told his foreman last year that he would never vote for another Democrat || named_person
According to || the West Virginia Office of Miners’ Health, Safety and Training || coal employment in Logan County has fallen by more than half since 2011 || named_org
told || Mr. Trump || he would put miners “back to work, and proud again.” || named_person
has argued || Mr. Sanders || miners deserve a “just transition,” with federal money for retraining, health care and pensions || named_person
showed || A poll conducted for MetroNews last month || Mr. Sanders and Mrs. Clinton in a close race among likely Democratic primary voters || document
reported || The Charleston Gazette-Mail || registered Democrats still outnumber Republicans in the county by nearly three to one || media
said || The cashier, a woman in her 20s || she was not registered to vote and did not intend to register || anonymous
said || she || “My mamaw would be ashamed of me,” || anonymous
believes || Mr. Ellis || the mines are not coming back, no matter who wins || named_person
said || he || “I just want somebody to say it to my face,” || named_person
""")

# ---------------------------------------------------------------- s209 (curly quotes)
article("s209", """
Under the Dryers in The Villages, Retirees Keep Their Votes Close

THE VILLAGES, Fla. — Tuesday mornings at the hair salon off the Spanish Springs town square belong to the regulars, and this Tuesday, three weeks before Election Day, the regulars were not shy.

“I was a Democrat until 1980, and then I grew up,” said Joan Whitcomb, 72, a retired insurance agent from Dayton, Ohio, as her stylist rolled her hair. “I’ll vote for Trump, but I won’t put a sign in my yard.”

Mrs. Whitcomb said the recording of Mr. Trump’s vulgar remarks about women, made public this month, had embarrassed her. “My granddaughter asked me how I could vote for him, and I didn’t have a good answer,” she said.

Her stylist, Gloria Reyes, 44, who moved to Florida from Puerto Rico as a teenager, said she had already mailed in her ballot for Hillary Clinton. Ms. Reyes thinks the women in her chairs are more divided than their husbands realize.

“They tell me things under the dryer they would never say at the clubhouse,” she said.

A woman under the next dryer, a former schoolteacher from New Jersey, said she would vote for Mrs. Clinton and had not told her husband. She would not give her name. “He’d have a fit,” she said. “Fifty-one years married, and he thinks he knows how I vote.”

Her friend in the next chair, Barbara Kline, 69, who plays mah-jongg with her on Thursdays, said she knew. “Of course I know. Everybody knows but him,” Mrs. Kline said.

Gov. Mike Pence of Indiana, Mr. Trump’s running mate, told a crowd of several thousand at a rally here on Saturday that the ticket would “protect Medicare and Social Security for every senior in this country.”

A Quinnipiac University poll released last week showed Mrs. Clinton with a narrow lead in Florida, within the margin of error. Democrats argue that the community, long a Republican stronghold, has grown more diverse as younger retirees arrive from the Northeast.

The Orlando Sentinel reported last month that the local Democratic club had doubled its membership since 2012.

Senator Marco Rubio, who is seeking re-election against Representative Patrick Murphy, said in a television interview on Sunday that he still planned to vote for Mr. Trump.

Mrs. Whitcomb said she would not discuss her vote at the clubhouse either. “Some things you keep between you and the ballot,” she said, and went to pay.
""", """
said || Joan Whitcomb, 72, a retired insurance agent from Dayton, Ohio || “I was a Democrat until 1980, and then I grew up,” ## “I’ll vote for Trump, but I won’t put a sign in my yard.” || named_person
said || Mrs. Whitcomb || the recording of Mr. Trump’s vulgar remarks about women, made public this month, had embarrassed her || named_person
said || she || “My granddaughter asked me how I could vote for him, and I didn’t have a good answer,” || named_person
said || Her stylist, Gloria Reyes, 44, who moved to Florida from Puerto Rico as a teenager || she had already mailed in her ballot for Hillary Clinton || named_person
thinks || Ms. Reyes || the women in her chairs are more divided than their husbands realize || named_person
said || she || “They tell me things under the dryer they would never say at the clubhouse,” || named_person
said || A woman under the next dryer, a former schoolteacher from New Jersey || she would vote for Mrs. Clinton and had not told her husband || anonymous
said || she || “He’d have a fit,” ## “Fifty-one years married, and he thinks he knows how I vote.” || anonymous
said || Her friend in the next chair, Barbara Kline, 69, who plays mah-jongg with her on Thursdays || she knew || named_person
Mrs. Kline [[said]] || Mrs. Kline || “Of course I know. Everybody knows but him,” || named_person
told || Gov. Mike Pence of Indiana, Mr. Trump’s running mate || the ticket would “protect Medicare and Social Security for every senior in this country.” || named_person
showed || A Quinnipiac University poll released last week || Mrs. Clinton with a narrow lead in Florida, within the margin of error || document
argue || Democrats || the community, long a Republican stronghold, has grown more diverse as younger retirees arrive from the Northeast || named_org
reported || The Orlando Sentinel || the local Democratic club had doubled its membership since 2012 || media
said || Senator Marco Rubio, who is seeking re-election against Representative Patrick Murphy || he still planned to vote for Mr. Trump || named_person
said || Mrs. Whitcomb || she would not discuss her vote at the clubhouse either || named_person
said || she || “Some things you keep between you and the ballot,” || named_person
""")

# ---------------------------------------------------------------- s210 (curly quotes)
article("s210", """
At a Wilkes-Barre Bowling Alley, League Night Turns to the Election

WILKES-BARRE, Pa. — The Tuesday night men’s league at a 32-lane bowling center off Route 309 has been running since 1974, and on the last league night before the election, the talk between frames was mostly about Donald J. Trump.

“I bowled with Democrats my whole life, and I was a Democrat my whole life,” said Stan Kowalczyk, 66, who retired in 2012 after 38 years at a printing plant that has since closed. “This year I’m done.”

Mr. Kowalczyk said he had gone to Mr. Trump’s rally at the arena in Wilkes-Barre Township last month, the first political rally of his life. His wife, he said, stayed home.

His teammate, Rich DeMarco, 61, a mail carrier, said he was sticking with Hillary Clinton “for the union, and for my mother, God rest her.”

“Stan thinks Trump’s going to bring back the plant,” Mr. DeMarco said. “The plant’s a Walmart now.”

The F.B.I. director, James B. Comey, told Congress on Friday that the bureau was reviewing newly discovered emails that might be related to Mrs. Clinton’s private server. Several bowlers said the news had changed nothing for them.

But a 40-year-old in the next lane said the news had pushed him off the fence. He works for the county and did not want his name used, because county employees are discouraged from talking politics in public.

“I was going to leave it blank,” he said. “Now I’m voting Trump.”

His father, who bowls on the same team, believes “both of them should be in jail,” he said.

Senator Tim Kaine of Virginia, Mrs. Clinton’s running mate, told voters in Scranton on Monday that the election would be won “in places like this, by people like you.” John D. Podesta, the Clinton campaign chairman, said on Saturday that Mr. Comey’s letter was “a gift to the Trump campaign in a government envelope.”

A Franklin & Marshall College poll released last week found Mrs. Clinton ahead in Pennsylvania but the race tightening in the northeastern part of the state. The Times Leader reported on Sunday that Republican registration in Luzerne County had risen by more than 10,000 since the spring primary. According to the county’s election bureau, Democrats still hold an edge of about 25,000 registered voters.

The league’s secretary, Dolores Mancuso, 70, who keeps score for all 16 teams, said she had never seen politics come up this much. “In 2008, they talked about the Phillies,” she said.

Mr. Kowalczyk bowled a 212 on Tuesday, his best game of the season. “Win or lose, we’re all back here next Tuesday,” he said.
""", """
said || Stan Kowalczyk, 66, who retired in 2012 after 38 years at a printing plant that has since closed || “I bowled with Democrats my whole life, and I was a Democrat my whole life,” ## “This year I’m done.” || named_person
said || Mr. Kowalczyk || he had gone to Mr. Trump’s rally at the arena in Wilkes-Barre Township last month, the first political rally of his life || named_person
said || he || His wife ## stayed home || named_person
said || His teammate, Rich DeMarco, 61, a mail carrier || he was sticking with Hillary Clinton “for the union, and for my mother, God rest her.” || named_person
said || Mr. DeMarco || “Stan thinks Trump’s going to bring back the plant,” ## “The plant’s a Walmart now.” || named_person
told || The F.B.I. director, James B. Comey || the bureau was reviewing newly discovered emails that might be related to Mrs. Clinton’s private server || named_person
said || Several bowlers || the news had changed nothing for them || anonymous
said || a 40-year-old in the next lane || the news had pushed him off the fence || anonymous
said || he || “I was going to leave it blank,” ## “Now I’m voting Trump.” || anonymous
said || he || His father, who bowls on the same team, believes “both of them should be in jail,” || anonymous
told || Senator Tim Kaine of Virginia, Mrs. Clinton’s running mate || the election would be won “in places like this, by people like you.” || named_person
said || John D. Podesta, the Clinton campaign chairman || Mr. Comey’s letter was “a gift to the Trump campaign in a government envelope.” || named_person
found || A Franklin & Marshall College poll released last week || Mrs. Clinton ahead in Pennsylvania but the race tightening in the northeastern part of the state || document
reported || The Times Leader || Republican registration in Luzerne County had risen by more than 10,000 since the spring primary || media
According to || the county’s election bureau || Democrats still hold an edge of about 25,000 registered voters || named_org
said || The league’s secretary, Dolores Mancuso, 70, who keeps score for all 16 teams || she had never seen politics come up this much || named_person
said || she || “In 2008, they talked about the Phillies,” || named_person
said || he || “Win or lose, we’re all back here next Tuesday,” || named_person
""")

# ---------------------------------------------------------------- s211 (curly quotes)
article("s211", """
In a Las Vegas Grocery Line, Early Voting Is the Talk of the Meat Counter

LAS VEGAS — On Saturday afternoon the line at the meat counter of a Mexican grocery on East Charleston Boulevard stretched past the piñatas, and almost everyone in it had either voted early or was on the way to do it.

“I voted Thursday, with my whole floor,” said Rosa Delgado, 51, a housekeeper at a hotel on the Strip and a member of the Culinary Workers Union. “The union took us on a bus.”

Ms. Delgado said she voted for Hillary Clinton and for Catherine Cortez Masto, the Democrat running for the Senate seat being vacated by Harry Reid.

Her son, Daniel, 19, who was voting for the first time, said he had cast his ballot for Mrs. Clinton too, “but mostly against Trump.” He believes many of his friends will not vote at all, he said, because “they think nobody’s listening to them anyway.”

An older man behind them in line said he had lived in Las Vegas for 27 years and could not vote because he is a legal permanent resident, not a citizen. He would not give his name because his application for citizenship is still pending.

“My kids vote. My grandkids will vote,” he said. “That’s my vote.”

The store’s owner, Héctor Salinas, 58, said business had been good since the summer, when the union began sending canvassers through the neighborhood. He thinks the union has done more to turn out voters here than either campaign.

The Culinary union said on Friday that its members had knocked on more than 100,000 doors since August. Mr. Reid, the Senate Democratic leader, told reporters outside an early voting site on Friday that Latino turnout in Clark County was “beyond anything we’ve seen.”

Figures released by the Nevada secretary of state’s office showed that more than 57,000 people voted in Clark County on Friday, a one-day record.

Mr. Trump, campaigning in Reno on Saturday, told supporters that it was “a rigged system” and suggested, without evidence, that some polling places had been kept open late for Democrats.

Univision reported on Saturday that Latino early voting in Nevada was running well ahead of its pace in 2012.

Ms. Delgado said her sister in Phoenix had not voted yet. “I call her every night,” she said. “Tomorrow I call her twice.”
""", """
said || Rosa Delgado, 51, a housekeeper at a hotel on the Strip and a member of the Culinary Workers Union || “I voted Thursday, with my whole floor,” ## “The union took us on a bus.” || named_person
said || Ms. Delgado || she voted for Hillary Clinton and for Catherine Cortez Masto, the Democrat running for the Senate seat being vacated by Harry Reid || named_person
said || Her son, Daniel, 19, who was voting for the first time || he had cast his ballot for Mrs. Clinton too, “but mostly against Trump.” || named_person
said || he || He believes many of his friends will not vote at all ## because “they think nobody’s listening to them anyway.” || named_person
said || An older man behind them in line || he had lived in Las Vegas for 27 years and could not vote because he is a legal permanent resident, not a citizen || anonymous
said || he || “My kids vote. My grandkids will vote,” ## “That’s my vote.” || anonymous
said || The store’s owner, Héctor Salinas, 58 || business had been good since the summer, when the union began sending canvassers through the neighborhood || named_person
thinks || He || the union has done more to turn out voters here than either campaign || named_person
said || The Culinary union || its members had knocked on more than 100,000 doors since August || named_org
told || Mr. Reid, the Senate Democratic leader || Latino turnout in Clark County was “beyond anything we’ve seen.” || named_person
showed || Figures released by the Nevada secretary of state’s office || more than 57,000 people voted in Clark County on Friday, a one-day record || document
told || Mr. Trump || it was “a rigged system” || named_person
suggested || Mr. Trump || some polling places had been kept open late for Democrats || named_person
reported || Univision || Latino early voting in Nevada was running well ahead of its pace in 2012 || media
said || Ms. Delgado || her sister in Phoenix had not voted yet || named_person
said || she || “I call her every night,” ## “Tomorrow I call her twice.” || named_person
""")

# ---------------------------------------------------------------- s212 (curly quotes)
article("s212", """
Under Friday Night Lights in Suburban Denver, Parents Weigh a Ballot

LAKEWOOD, Colo. — The home team was down by a touchdown at the half on Friday night, and in the bleachers of a high school stadium in this Denver suburb, the mail ballots sitting on kitchen tables across Colorado were a more reliable topic than the score.

“I’ve got a kid at linebacker and a ballot on the kitchen table, and I’m only sure about one of them,” said Mike Brennan, 45, an insurance adjuster whose son, Tyler, is a junior on the team. “The kid’s doing fine.”

Mr. Brennan, a registered Republican, said he had voted for Mitt Romney in 2012 and could not bring himself to vote for Mr. Trump or Mrs. Clinton. He is leaning toward Gary Johnson, the Libertarian, he said, but “leaning is a strong word.”

His wife, Jen, 44, a nurse, said she had mailed her ballot on Tuesday, the day it arrived, and voted for Mrs. Clinton. “I didn’t tell him until Wednesday,” she said, as her husband pretended not to hear.

The Colorado secretary of state’s office said on Friday that more than 300,000 ballots had already been returned statewide.

In the student section, Alexis Moreno, 18, a senior who plays clarinet in the marching band, said she had voted for Mr. Johnson. “My friends think that’s a wasted vote,” she said. “I think a wasted vote is one you don’t believe in.”

A couple in the top row said they were both voting for Mr. Trump. They run a landscaping business in Arvada and would not give their names. “Half our customers would fire us either way,” the wife said. Her husband said he liked that Mr. Trump “doesn’t need the job.”

Mr. Johnson told an audience in Denver on Thursday that a vote for him was “a vote for sanity.” A Denver Post poll released this week showed Mrs. Clinton ahead in Colorado by six percentage points.

The Colorado Independent reported on Thursday that both campaigns had cut back their television advertising in the state. Kellyanne Conway, Mr. Trump’s campaign manager, said on Sunday that the campaign “absolutely” still sees a path to victory in Colorado.

At halftime, it was announced over the loudspeaker that the booster club had raised $4,000 for new helmets, and the bleachers cheered louder than they had for anything on the field.

Mr. Brennan said he would decide by the time he dropped his ballot in the box at the library. “Or I’ll let Tyler decide,” he said. “He can’t vote for two more years.”
""", """
said || Mike Brennan, 45, an insurance adjuster whose son, Tyler, is a junior on the team || “I’ve got a kid at linebacker and a ballot on the kitchen table, and I’m only sure about one of them,” ## “The kid’s doing fine.” || named_person
said || Mr. Brennan, a registered Republican || he had voted for Mitt Romney in 2012 and could not bring himself to vote for Mr. Trump or Mrs. Clinton || named_person
said || he || He is leaning toward Gary Johnson, the Libertarian ## but “leaning is a strong word.” || named_person
said || His wife, Jen, 44, a nurse || she had mailed her ballot on Tuesday, the day it arrived, and voted for Mrs. Clinton || named_person
said || she || “I didn’t tell him until Wednesday,” || named_person
said || The Colorado secretary of state’s office || more than 300,000 ballots had already been returned statewide || named_org
said || In the student section, [[Alexis Moreno, 18, a senior who plays clarinet in the marching band]] || she had voted for Mr. Johnson || named_person
said || she || “My friends think that’s a wasted vote,” ## “I think a wasted vote is one you don’t believe in.” || named_person
said || A couple in the top row || they were both voting for Mr. Trump || anonymous
said || the wife || “Half our customers would fire us either way,” || anonymous
said || Her husband || he liked that Mr. Trump “doesn’t need the job.” || anonymous
told || Mr. Johnson || a vote for him was “a vote for sanity.” || named_person
showed || A Denver Post poll released this week || Mrs. Clinton ahead in Colorado by six percentage points || document
reported || The Colorado Independent || both campaigns had cut back their television advertising in the state || media
said || Kellyanne Conway, Mr. Trump’s campaign manager || the campaign “absolutely” still sees a path to victory in Colorado || named_person
was announced || NULL || the booster club had raised $4,000 for new helmets || unknown
said || Mr. Brennan || he would decide by the time he dropped his ballot in the box at the library || named_person
said || he || “Or I’ll let Tyler decide,” ## “He can’t vote for two more years.” || named_person
""")


# ================================================================ machinery
def _isword(ch):
    return ch.isalnum() or ch == "_"


def _occurrences(text, s):
    """Start offsets of s in text at word boundaries (where s starts/ends with a word char)."""
    out = []
    i = text.find(s)
    while i != -1:
        ok = True
        if _isword(s[0]) and i > 0 and _isword(text[i - 1]):
            ok = False
        e = i + len(s)
        if _isword(s[-1]) and e < len(text) and _isword(text[e]):
            ok = False
        if ok:
            out.append(i)
        i = text.find(s, i + 1)
    return out


def _parse_ctx(field):
    m = re.fullmatch(r"(.*)\[\[(.+?)\]\](.*)", field, re.S)
    if not m:
        return None
    return m.group(1), m.group(2), m.group(3)


def _pinned(text, field):
    pre, span, post = _parse_ctx(field)
    occ = _occurrences(text, pre + span + post)
    assert len(occ) == 1, ("context not unique", field, len(occ))
    s = occ[0] + len(pre)
    return s, s + len(span)


def _para_bounds(text, pos):
    s = text.rfind("\n\n", 0, pos)
    s = 0 if s == -1 else s + 2
    e = text.find("\n\n", pos)
    e = len(text) if e == -1 else e
    return s, e


def _dist(a, b):
    (s1, e1), (s2, e2) = a, b
    if e1 <= s2:
        return s2 - e1
    if e2 <= s1:
        return s1 - e2
    return 0


def _overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def _nearest(text, s, anchor, forbidden, para):
    cands = []
    for i in _occurrences(text, s):
        sp = (i, i + len(s))
        if not (para[0] <= sp[0] and sp[1] <= para[1]):
            continue
        if any(_overlaps(sp, f) for f in forbidden):
            continue
        cands.append((_dist(sp, anchor), sp))
    assert cands, ("no candidate", s)
    cands.sort()
    if len(cands) > 1:
        assert cands[0][0] != cands[1][0], ("tie", s, cands[:2])
    return cands[0][1]


def _span(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


def parse_ann(text, ann):
    recs = []
    for line in ann.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split(" || ")]
        assert len(parts) == 4, line
        cue_f, src_f, con_f, typ = parts
        assert typ in TYPES, typ
        # content
        frags = [f.strip() for f in con_f.split(" ## ")]
        fr_spans = []
        for k, f in enumerate(frags):
            if _parse_ctx(f):
                sp = _pinned(text, f)
            elif k == 0:
                occ = _occurrences(text, f)
                assert len(occ) == 1, ("content not unique", f, len(occ))
                sp = (occ[0], occ[0] + len(f))
            else:
                i = text.find(f, fr_spans[-1][1])
                assert i != -1 and i - fr_spans[-1][1] < 250, ("fragment not found after previous", f)
                sp = (i, i + len(f))
            fr_spans.append(sp)
        con = (fr_spans[0][0], fr_spans[-1][1])
        para = _para_bounds(text, con[0])
        assert con[1] <= para[1], ("content crosses paragraph", con_f)
        # cue
        if _parse_ctx(cue_f):
            cue = _pinned(text, cue_f)
        else:
            cue = _nearest(text, cue_f, con, fr_spans, para)
        # source
        if src_f == "NULL":
            src = None
            assert typ == "unknown"
        elif _parse_ctx(src_f):
            src = _pinned(text, src_f)
        else:
            src = _nearest(text, src_f, cue, fr_spans + [cue], para)
        for f in fr_spans:
            assert not _overlaps(f, cue)
            if src:
                assert not _overlaps(f, src)
        if src:
            assert not _overlaps(src, cue)
        content = _span(text, con)
        if len(fr_spans) > 1:
            content["fragments"] = [list(f) for f in fr_spans]
        a = {"cue": _span(text, cue), "source": _span(text, src) if src else None,
             "content": content, "source_type": typ}
        # self-checks
        for sp in (a["cue"], a["source"], a["content"]):
            if sp:
                assert text[sp["start"]:sp["end"]] == sp["text"]
                assert sp["text"] == sp["text"].strip(), ("untrimmed span", sp["text"])
        assert not content["text"].lower().startswith("that "), content["text"]
        assert not content["text"].endswith("."), ("sentence-final period outside quotes", content["text"]) \
            if not content["text"].endswith((".\"", ".\u201d", "?\"", "?\u201d")) else True
        recs.append(a)
    recs.sort(key=lambda a: a["cue"]["start"])
    return recs


def build():
    out = []
    for idx, (doc_id, text, ann) in enumerate(ARTICLES):
        lines = text.split("\n")
        assert lines[0].strip() and lines[1] == "", doc_id
        assert "\n\n\n" not in text
        n_words = len(text.split())
        assert 350 <= n_words <= 550, (doc_id, n_words)
        if idx < 6:
            assert not any(c in text for c in CURLY), (doc_id, "curly quote in straight half")
        else:
            assert '"' not in text and "'" not in text, (doc_id, "straight quote in curly half")
            assert "\u201c" in text and "\u2019" in text
        atts = parse_ann(text, ann)
        assert 14 <= len(atts) <= 20, (doc_id, len(atts))
        # no two attributions share a cue span
        cues = [(a["cue"]["start"], a["cue"]["end"]) for a in atts]
        assert len(set(cues)) == len(cues), (doc_id, "duplicate cue")
        out.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts})
    ids = [r["doc_id"] for r in out]
    assert ids == [f"s{i}" for i in range(201, 213)], ids
    return out


def show(recs):
    for r in recs:
        t = r["text"]
        print("=" * 100)
        print(r["doc_id"], len(t.split()), "words", len(r["attributions"]), "attributions")
        for a in r["attributions"]:
            marks = []
            if a["source"]:
                marks.append((a["source"]["start"], "[S:"))
                marks.append((a["source"]["end"], "]"))
            marks.append((a["cue"]["start"], "<C:"))
            marks.append((a["cue"]["end"], ">"))
            for s, e in a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]]):
                marks.append((s, "{"))
                marks.append((e, "}"))
            lo = min(m[0] for m in marks)
            hi = max(m[0] for m in marks)
            ps, _ = _para_bounds(t, lo)
            seg_s = max(ps, lo - 40)
            seg_e = min(len(t), hi + 15)
            buf = ""
            pos = seg_s
            for p, m in sorted(marks, key=lambda x: (x[0], 0 if x[1] in "]>}" else 1)):
                buf += t[pos:p] + m
                pos = p
            buf += t[pos:seg_e]
            print(f"  {a['source_type']:<12} " + buf.replace("\n", " / "))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind51.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
