#!/usr/bin/env python3
"""Build ``blind29.jsonl``: the twenty-ninth batch of blind test articles (session 16).

10 invented 2016 campaign-trail features (rallies, town halls, door-knocking) mixing candidates,
named local people, unnamed voters and audience members, aides, polls and other outlets, written
and annotated by a helper session that never read claimtrace's code, tests or data; see
NOTES.md. Scored on arrival, then read for errors.

Usage: ``python data/gold/blind29/build_blind29.py [--check]`` (``--check``: exit 1 if
blind29.jsonl is stale).

The helper's own notes on the format follow.

Blind test set 29: invented campaign-trail features with hand-annotated attributions.

Annotation line format (one attribution per line):
    CUE || SOURCE || CONTENT || TYPE
- SOURCE is NULL when the article gives no source.
- CONTENT fragments of a split quote are separated by ' ++ '.
- Any field (or fragment) may be written 'TEXT @@ CONTEXT': CONTEXT must occur exactly
  once in the article, and TEXT is taken at its first occurrence inside CONTEXT.
- Without context: the content (first fragment) must be unique in the article; each later
  fragment is the nearest occurrence after the previous one; the cue is the word-bounded
  occurrence nearest to the content (not overlapping it); the source is the word-bounded
  occurrence nearest to the cue (overlapping neither cue nor content). Ties are errors.
All offsets are computed here; nothing is typed by hand.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

OUT = "/tmp/blind29/blind29.jsonl"
TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
CURLY = "\u201c\u201d\u2018\u2019"

DOCS = []


def doc(doc_id, text, ann):
    DOCS.append((doc_id, text.strip("\n"), ann))


# ---------------------------------------------------------------- e01 (straight quotes)
doc("e01", """
Trump Rallies Michigan Faithful, Says State Is 'in Play'

GRAND RAPIDS, Mich. -- Two hours before Donald J. Trump took the stage at a county fairground here on Tuesday night, the line of people waiting to get in stretched past the livestock barns and into a gravel parking lot.

"I've never been to one of these things in my life," said a retired tool-and-die maker from Wyoming, Mich. "But I've never been this angry, either." He would not give his name.

When Mr. Trump arrived, shortly after 8 p.m., he told the crowd of several thousand that Michigan, which has not voted for a Republican presidential candidate since 1988, was "absolutely in play" and that he would win it by bringing back auto jobs from Mexico.

"We're going to win this state, and it's not going to be close," Mr. Trump said. "Believe me, the people here have had it."

The crowd roared. Public polls have been less kind to him. A Detroit News poll released on Monday showed Hillary Clinton leading Mr. Trump by seven points among likely voters in the state, and a survey by EPIC-MRA found her ahead by a similar margin.

Mr. Trump's aides insist the polls are missing voters who have not cast a ballot in years. One senior adviser said the race was within three points in Macomb and Kent counties, by the campaign's own count. He spoke on condition of anonymity to discuss internal strategy.

Kent County's Republican chairwoman, Linda Voss, said volunteers had knocked on more than 40,000 doors in the county since Labor Day. "People are opening the door for us who have never opened it before," she said.

Inside the fairground pavilion, the mood was more county fair than political meeting. Vendors sold red hats and T-shirts, and a country band played between speakers. One woman, who had driven two hours from Traverse City with her teenage daughter, held up a hand-lettered sign with the word "Jobs" on it.

"I'm here because my daughter deserves a country that works," the woman said. She added that she had voted for President Obama in 2008 but stayed home in 2012.

Not everyone in the crowd had made up their minds. A young man in a Michigan State sweatshirt said he had come mostly out of curiosity and remained undecided. "He says what he thinks, I'll give him that," he said.

The attention has not gone unnoticed in Brooklyn. The Washington Post reported on Monday that Mrs. Clinton's campaign was sending additional staff to Michigan, and her campaign manager, Robby Mook, told reporters on a conference call that the campaign was "not taking anything for granted" in the state.

Mr. Trump closed with a familiar promise. "We are going to make Michigan great again," he said, as the band struck up and the crowd began filing toward the exits past the barns.
""", """
Says || Trump || State Is 'in Play' || named_person
said || a retired tool-and-die maker from Wyoming, Mich. || "I've never been to one of these things in my life," ++ "But I've never been this angry, either." || anonymous
told || he || Michigan, which has not voted for a Republican presidential candidate since 1988, was "absolutely in play" and that he would win it by bringing back auto jobs from Mexico || named_person
said || Mr. Trump || "We're going to win this state, and it's not going to be close," ++ "Believe me, the people here have had it." || named_person
showed || A Detroit News poll released on Monday || Hillary Clinton leading Mr. Trump by seven points among likely voters in the state || document
found || a survey by EPIC-MRA || her ahead by a similar margin || document
insist || Mr. Trump's aides || the polls are missing voters who have not cast a ballot in years || anonymous
said || One senior adviser || the race was within three points in Macomb and Kent counties, by the campaign's own count || anonymous
said || Kent County's Republican chairwoman, Linda Voss || volunteers had knocked on more than 40,000 doors in the county since Labor Day || named_person
said || she || "People are opening the door for us who have never opened it before," || named_person
said || the woman || "I'm here because my daughter deserves a country that works," || anonymous
added || She || she had voted for President Obama in 2008 but stayed home in 2012 || anonymous
said || A young man in a Michigan State sweatshirt || he had come mostly out of curiosity and remained undecided || anonymous
said || he || "He says what he thinks, I'll give him that," || anonymous
reported || The Washington Post || Mrs. Clinton's campaign was sending additional staff to Michigan || media
told || her campaign manager, Robby Mook || the campaign was "not taking anything for granted" in the state || named_person
said || he || "We are going to make Michigan great again," || named_person
""")

# ---------------------------------------------------------------- e02 (straight quotes)
doc("e02", """
In Philadelphia's Suburbs, Clinton Volunteers Knock on Doors and Count Every Yes

UPPER DARBY, Pa. -- The clipboard Maria Delgado carries holds a list of 62 addresses, a map of four blocks and a script she has mostly stopped using.

"The script says to ask about the issues, but people want to talk about Trump," said Ms. Delgado, a 54-year-old school nurse who has volunteered for Hillary Clinton's campaign every Saturday since August. "So we talk about Trump."

On a gray Saturday morning, she and about 30 other volunteers fanned out from a field office above a pizza shop on Lansdowne Avenue. Campaign officials said the office had sent out more than 200 canvassers over the weekend. Democrats believe the state will be decided in the four suburban counties around Philadelphia.

The campaign's state director, Dana Whitfield, said the suburbs were where Mrs. Clinton could build a margin large enough to offset losses in the western part of the state. "We don't have to win every door," she said. "We have to win enough of them."

At the third house on Ms. Delgado's list, a man in a Philadelphia Eagles jersey listened politely and then said he had not decided whether to vote at all. At the seventh, a woman holding a toddler said she was voting for Mrs. Clinton "because the other option scares me."

Republicans have their own ground operation here, though it is smaller. The Delaware County Republican Party chairman, Thomas Kerrigan, said on Friday that his volunteers had made 90,000 phone calls since September. Mr. Kerrigan argued that Donald J. Trump's message on trade would play better in the county's older, working-class boroughs than the polls suggested.

Those polls have been good for Democrats. A Franklin & Marshall College poll released last week found Mrs. Clinton leading by 11 points statewide and by more than 20 in the Philadelphia suburbs.

Some Democrats worry that the numbers will breed complacency. A senior Clinton aide said the campaign was most concerned about young voters, who have been slow to warm to Mrs. Clinton. The aide spoke on condition of anonymity because she was not authorized to discuss turnout targets. The New York Times reported last month that the campaign had shifted money from television ads to field staff in Pennsylvania for the same reason.

Ms. Delgado has her own theory. She thinks the young voters will come out if somebody they know asks them in person. Her son, Daniel Delgado, a junior at Temple University, has been recruiting classmates to canvass with him on Sundays, and he told her that nine of them showed up last week.

By early afternoon, Ms. Delgado had knocked on 41 doors and talked to 17 people. She marked a small "C" next to nine of the names, and a question mark next to four more.

"Nine is good," she said. "Nine is a good day."

Then she walked back to the field office for another list.
""", """
said || Ms. Delgado, a 54-year-old school nurse who has volunteered for Hillary Clinton's campaign every Saturday since August || "The script says to ask about the issues, but people want to talk about Trump," ++ "So we talk about Trump." || named_person
said || Campaign officials || the office had sent out more than 200 canvassers over the weekend || anonymous
believe || Democrats || the state will be decided in the four suburban counties around Philadelphia || named_org
said || The campaign's state director, Dana Whitfield || the suburbs were where Mrs. Clinton could build a margin large enough to offset losses in the western part of the state || named_person
said || she || "We don't have to win every door," ++ "We have to win enough of them." || named_person
said || a man in a Philadelphia Eagles jersey || he had not decided whether to vote at all || anonymous
said || a woman holding a toddler || she was voting for Mrs. Clinton "because the other option scares me." || anonymous
said || The Delaware County Republican Party chairman, Thomas Kerrigan || his volunteers had made 90,000 phone calls since September || named_person
argued || Mr. Kerrigan || Donald J. Trump's message on trade would play better in the county's older, working-class boroughs than the polls suggested || named_person
found || A Franklin & Marshall College poll released last week || Mrs. Clinton leading by 11 points statewide and by more than 20 in the Philadelphia suburbs || document
worry || Some Democrats || the numbers will breed complacency || anonymous
said || A senior Clinton aide || the campaign was most concerned about young voters, who have been slow to warm to Mrs. Clinton || anonymous
reported || The New York Times || the campaign had shifted money from television ads to field staff in Pennsylvania for the same reason || media
thinks || She || the young voters will come out if somebody they know asks them in person || named_person
told || he || nine of them showed up last week || named_person
said || she || "Nine is good," ++ "Nine is a good day." || named_person
""")

# ---------------------------------------------------------------- e03 (straight quotes)
doc("e03", """
Sanders Draws Thousands in Madison as Wisconsin Primary Nears

MADISON, Wis. -- Senator Bernie Sanders of Vermont told a crowd of more than 10,000 on the University of Wisconsin campus on Saturday that his campaign had "the momentum" heading into Tuesday's primary, and that a win here would prove that Hillary Clinton's lead in delegates was not as secure as it looked.

"They keep telling you this race is over," Mr. Sanders said, to boos. "Well, I've got news for them. It is not over."

The crowd filled Bascom Hill and spilled onto the lawns below it. It was, by any measure, the largest political gathering on the campus since 2008, and it was overwhelmingly young.

Kayla Brandt, a 20-year-old nursing student from Eau Claire, stood near the front with three roommates. She said she had never voted before. "He's the first politician who talks like he actually means it," Ms. Brandt said.

Polls show a close race. A Marquette Law School poll released on Wednesday found Mr. Sanders ahead of Mrs. Clinton by four points among likely Democratic primary voters, within the poll's margin of error.

The Clinton campaign has been careful with expectations here. Her spokesman, Brian Fallon, said on Friday that Wisconsin's open primary and large student population favored Mr. Sanders, and that Mrs. Clinton would "compete for every vote" but was focused on New York.

In an interview on the campaign bus before the rally, Mr. Sanders's campaign manager, Jeff Weaver, said the campaign expected to win Wisconsin "by a healthy margin." "They say that about every state they're about to lose," he said.

Not everyone on the hill was a student. Tom Kessler, a 67-year-old retired machinist from Janesville, said he would vote for Mr. Sanders because of trade. "I watched the plant close," he said. "Nobody in Washington lifted a finger."

A woman standing beside him said she had supported Mrs. Clinton in 2008 and was still making up her mind. "I like her," she said. "I just don't trust her."

The Wisconsin State Journal reported on Friday that the Sanders campaign had opened 14 field offices in the state, more than twice as many as Mrs. Clinton's campaign. Volunteers at one of them, on State Street, were handing out maps of polling places to anyone leaving the rally.

Republicans are holding their own primary on Tuesday, and Senator Ted Cruz of Texas campaigned in Waukesha on Saturday. Some Sanders supporters on the hill were openly rooting for Mr. Cruz, arguing that he would be easier to beat in November than Donald J. Trump.

Mr. Sanders ended, as he usually does, with a call to turn out. "If the turnout is high, we win," he said. "It's that simple."

Then he left the stage to the sound of a Simon and Garfunkel song, and the crowd began the long walk down the hill.
""", """
told || Senator Bernie Sanders of Vermont || his campaign had "the momentum" heading into Tuesday's primary, and that a win here would prove that Hillary Clinton's lead in delegates was not as secure as it looked || named_person
said || Mr. Sanders || "They keep telling you this race is over," ++ "Well, I've got news for them. It is not over." || named_person
said || She || she had never voted before || named_person
said || Ms. Brandt || "He's the first politician who talks like he actually means it," || named_person
show || Polls || a close race || document
found || A Marquette Law School poll released on Wednesday || Mr. Sanders ahead of Mrs. Clinton by four points among likely Democratic primary voters, within the poll's margin of error || document
said || Her spokesman, Brian Fallon || Wisconsin's open primary and large student population favored Mr. Sanders, and that Mrs. Clinton would "compete for every vote" but was focused on New York || named_person
said || Mr. Sanders's campaign manager, Jeff Weaver || the campaign expected to win Wisconsin "by a healthy margin." || named_person
said || he || "They say that about every state they're about to lose," || named_person
said || Tom Kessler, a 67-year-old retired machinist from Janesville || he would vote for Mr. Sanders because of trade || named_person
said || he || "I watched the plant close," ++ "Nobody in Washington lifted a finger." || named_person
said || A woman standing beside him || she had supported Mrs. Clinton in 2008 and was still making up her mind || anonymous
said || she || "I like her," ++ "I just don't trust her." || anonymous
reported || The Wisconsin State Journal || the Sanders campaign had opened 14 field offices in the state, more than twice as many as Mrs. Clinton's campaign || media
arguing || Some Sanders supporters on the hill || he would be easier to beat in November than Donald J. Trump || anonymous
said || he || "If the turnout is high, we win," ++ "It's that simple." || named_person
""")

# ---------------------------------------------------------------- e04 (straight quotes)
doc("e04", """
In Iowa's Northwest Corner, Cruz Courts Evangelicals One Pancake Breakfast at a Time

SIOUX CENTER, Iowa -- Senator Ted Cruz of Texas stood on a folding chair in the back room of a family restaurant here on Thursday morning and told about 150 people that the Iowa caucuses were "a two-man race" between him and Donald J. Trump.

"Everybody else is fighting for third," Mr. Cruz said, as plates of pancakes went cold on the tables. "And the people of Iowa know it."

It was his fourth stop of the day and the 91st of the 99 Iowa counties he has visited, according to his campaign, which keeps a running tally on its website.

The senator has staked much of his campaign on this corner of the state, where evangelical Christians make up a large share of caucusgoers. A Des Moines Register/Bloomberg Politics poll released on Wednesday showed him trailing Mr. Trump by five points statewide but leading among voters who described themselves as born-again Christians.

Bob Vander Plaats, an evangelical leader with a large following among Iowa pastors, introduced him. Mr. Vander Plaats said the senator was "the only consistent conservative in this race" and predicted that pastors across the region would turn out their congregations on caucus night.

In the audience, a retired teacher in the front row said she had narrowed her choice to Mr. Cruz and Senator Marco Rubio of Florida. "I like Rubio, but I trust Cruz," she said. Her husband, a farmer, said he had already made up his mind for Mr. Cruz.

Mr. Trump, at his own rally in Sioux City that afternoon, again said Mr. Cruz's Canadian birth could make him ineligible to be president. "I'm not going to take the bait," Mr. Cruz told reporters after the breakfast, before climbing back onto his bus.

Privately, Mr. Cruz's aides worry that Mr. Rubio is gaining. Two Cruz advisers said Mr. Rubio had gained ground in the Des Moines suburbs over the past two weeks. They spoke on the condition of anonymity because they were discussing internal polling.

Politico reported on Wednesday that the Cruz team had moved several paid staff members from Des Moines to the northwest to shore up turnout. The campaign has also recruited precinct captains in all 1,681 precincts in the state. Iowa Republicans say no candidate has built that kind of organization since 2000.

Outside, in the parking lot, a man in a seed-company cap said he had come to hear Mr. Cruz but would probably caucus for Mr. Trump. "Cruz is a good man," he said. "Trump is a fighter. Right now I want a fighter."

Mr. Cruz's national co-chairman, Representative Steve King, said on Thursday that he expected the senator to win "going away" on Feb. 1. Mr. King, whose district includes Sioux Center, has appeared with Mr. Cruz at more than a dozen events this month.

The next stop was a Pizza Ranch in Orange City, 15 minutes up the road. By the time the bus pulled in, about 80 people were waiting inside, and the owner had set out a tray of dessert pizza for the senator.
""", """
told || Senator Ted Cruz of Texas || the Iowa caucuses were "a two-man race" between him and Donald J. Trump || named_person
said || Mr. Cruz || "Everybody else is fighting for third," ++ "And the people of Iowa know it." || named_person
according to || his campaign || It was his fourth stop of the day and the 91st of the 99 Iowa counties he has visited || named_org
showed || A Des Moines Register/Bloomberg Politics poll released on Wednesday || him trailing Mr. Trump by five points statewide but leading among voters who described themselves as born-again Christians || document
said || Mr. Vander Plaats || the senator was "the only consistent conservative in this race" || named_person
predicted || Mr. Vander Plaats @@ Mr. Vander Plaats said || pastors across the region would turn out their congregations on caucus night || named_person
said || a retired teacher in the front row || she had narrowed her choice to Mr. Cruz and Senator Marco Rubio of Florida || anonymous
said || she || "I like Rubio, but I trust Cruz," || anonymous
said || Her husband, a farmer || he had already made up his mind for Mr. Cruz || anonymous
said || Mr. Trump || Mr. Cruz's Canadian birth could make him ineligible to be president || named_person
told || Mr. Cruz || "I'm not going to take the bait," || named_person
worry || Mr. Cruz's aides || Mr. Rubio is gaining || anonymous
said || Two Cruz advisers || Mr. Rubio had gained ground in the Des Moines suburbs over the past two weeks || anonymous
reported || Politico || the Cruz team had moved several paid staff members from Des Moines to the northwest to shore up turnout || media
say || Iowa Republicans || no candidate has built that kind of organization since 2000 || named_org
said || a man in a seed-company cap || he had come to hear Mr. Cruz but would probably caucus for Mr. Trump || anonymous
said || he || "Cruz is a good man," ++ "Trump is a fighter. Right now I want a fighter." || anonymous
said || Mr. Cruz's national co-chairman, Representative Steve King || he expected the senator to win "going away" on Feb. 1 || named_person
""")

# ---------------------------------------------------------------- e05 (straight quotes)
doc("e05", """
Pence Brings a Calmer Pitch to Ohio's Republican Suburbs

LEBANON, Ohio -- Gov. Mike Pence of Indiana spent an hour on Wednesday night answering questions from voters in a high school gymnasium here, and for most of that hour the room was quiet enough to hear the scoreboard clock hum.

Mr. Pence, Donald J. Trump's running mate, took questions on trade, abortion and the Supreme Court. He said Mr. Trump would appoint justices "in the mold of the late Antonin Scalia." The line drew the loudest applause of the night.

"How do you defend what he said about women?" asked a retired pharmacist in a Cincinnati Reds cap. The question was about Mr. Trump's recorded comments from 2005. The governor said he did not agree with every word his running mate had spoken, but that Mr. Trump had apologized and "the American people are ready to move on."

The pharmacist said afterward that the answer was "good enough for now." He said he was a lifelong Republican who had not yet decided how to vote.

Mr. Pence's visits have become a way for the campaign to reach Republicans in Ohio's southwestern suburbs who remain uneasy about Mr. Trump. A Trump campaign official said Mr. Pence would hold 11 events in Ohio in the next three weeks, more than in any other state.

The Warren County Republican chairman, David Hoskins, said the party had seen a surge in volunteers after the first debate. "People who were sitting on their hands in the summer are out knocking doors now," Mr. Hoskins said.

Some local Republicans are holding out. State Representative Ellen Marsh, a Republican from nearby Mason, said in a statement on Tuesday that she would "not be voting for the top of the ticket." Her statement said Republicans should concentrate on races for Congress and the legislature.

Polls show Ohio close. A Quinnipiac University poll released on Monday found Mr. Trump and Hillary Clinton tied at 45 percent among likely voters. Mrs. Clinton's running mate, Senator Tim Kaine of Virginia, is scheduled to campaign in Cincinnati on Friday, it was announced on Wednesday.

The ground game may matter more than the polls. The Associated Press reported last week that the Trump campaign's Ohio field operation had fewer than half as many paid staff members as Mrs. Clinton's.

In the bleachers, a mother of three from Springboro said she had come because her husband insisted. She said she had liked what she heard. "He's calm," she said of Mr. Pence. "I wish the other one was more like him."

Two teenagers in the top row, too young to vote, held up a homemade sign with Mr. Pence's face on it. Mr. Pence pointed at them and laughed.

Mr. Pence closed on a familiar note. "Ohio is going to decide this thing," he said. "I believe that with all my heart."

After the event, he stayed for nearly half an hour to sign hats and pose for photographs, while aides tried to steer him toward the door and the motorcade waiting outside for the drive to Dayton.
""", """
said || He || Mr. Trump would appoint justices "in the mold of the late Antonin Scalia." || named_person
asked || a retired pharmacist in a Cincinnati Reds cap || "How do you defend what he said about women?" || anonymous
said || The governor || he did not agree with every word his running mate had spoken, but that Mr. Trump had apologized and "the American people are ready to move on." || named_person
said @@ The pharmacist said || The pharmacist || the answer was "good enough for now." || anonymous
said || He || he was a lifelong Republican who had not yet decided how to vote || anonymous
said || A Trump campaign official || Mr. Pence would hold 11 events in Ohio in the next three weeks, more than in any other state || anonymous
said || The Warren County Republican chairman, David Hoskins || the party had seen a surge in volunteers after the first debate || named_person
said || Mr. Hoskins || "People who were sitting on their hands in the summer are out knocking doors now," || named_person
said @@ Mason, said in a statement || State Representative Ellen Marsh, a Republican from nearby Mason || she would "not be voting for the top of the ticket." || named_person
said || Her statement || Republicans should concentrate on races for Congress and the legislature || document
show || Polls || Ohio close || document
found || A Quinnipiac University poll released on Monday || Mr. Trump and Hillary Clinton tied at 45 percent among likely voters || document
was announced || NULL || Mrs. Clinton's running mate, Senator Tim Kaine of Virginia, is scheduled to campaign in Cincinnati on Friday || unknown
reported || The Associated Press || the Trump campaign's Ohio field operation had fewer than half as many paid staff members as Mrs. Clinton's || media
said || a mother of three from Springboro || she had come because her husband insisted || anonymous
said || She || she had liked what she heard || anonymous
said || she || "He's calm," || anonymous
said || he || "Ohio is going to decide this thing," ++ "I believe that with all my heart." || named_person
""")

# ---------------------------------------------------------------- e06 (curly quotes)
doc("e06", """
After a Rough Debate, Rubio Tries to Reset in New Hampshire

LONDONDERRY, N.H. — Senator Marco Rubio of Florida arrived at a middle school cafeteria here on Sunday morning to an overflow crowd and a question he could not avoid.

“Why did you keep saying the same thing?” asked a man near the back. The night before, at a debate in Manchester, Gov. Chris Christie of New Jersey had gotten the better of Mr. Rubio in a series of sharp exchanges.

Mr. Rubio smiled. “I’ll keep saying it, because it’s true,” he said. “Barack Obama knows exactly what he is doing.”

The crowd applauded, but the moment captured the problem facing the senator in the final 48 hours before Tuesday’s primary. Several of his advisers acknowledged on Sunday that the debate had hurt him, at least with the news media, and that tracking numbers had softened.

A CNN/WMUR poll conducted partly after the debate found Mr. Rubio in a tie for second place with Gov. John Kasich of Ohio, well behind Donald J. Trump.

Mr. Rubio’s communications director, Alex Conant, told reporters on the campaign bus that the debate was “one bad moment in a long campaign” and that voters cared more about the candidate’s record than about a single exchange.

Mr. Christie, campaigning in Hampton, said he had done voters a service. “Somebody had to say it,” he said.

In the cafeteria, opinions split along predictable lines. Deborah Lyons, a real estate agent from Derry, said she had watched the debate and was “a little worried” but would still vote for Mr. Rubio. “He’s young. He’ll learn,” she said.

A registered independent standing by the juice machines was less forgiving. He said he had come in leaning toward Mr. Rubio and was leaving undecided.

“I wanted to see if he could think on his feet,” the man said. “I’m still not sure.”

The Boston Globe reported on Sunday that Mr. Rubio’s campaign had added three events to his Monday schedule. One Rubio volunteer, a college student from Manchester, said the field office had been told to make 20,000 calls before the polls opened.

Outside, a handful of Trump supporters stood on the sidewalk with signs, and a man dressed as a robot walked back and forth in front of the entrance. A Rubio aide said the campaign had seen the robot at three events since Saturday night.

Mr. Rubio, for his part, said he was not worried. “The voters of New Hampshire are going to decide this,” he said, “not the pundits.”

His wife, Jeanette, and their four children joined him on stage at the end. The family then drove to Nashua for a rally at a hotel ballroom, where aides said about 600 people were waiting, and then to a pizza parlor in Manchester, where the senator ate a slice standing up and shook hands until the staff began stacking chairs.
""", """
asked || a man near the back || “Why did you keep saying the same thing?” || anonymous
said || he || “I’ll keep saying it, because it’s true,” ++ “Barack Obama knows exactly what he is doing.” || named_person
acknowledged || Several of his advisers || the debate had hurt him, at least with the news media, and that tracking numbers had softened || anonymous
found || A CNN/WMUR poll conducted partly after the debate || Mr. Rubio in a tie for second place with Gov. John Kasich of Ohio, well behind Donald J. Trump || document
told || Mr. Rubio’s communications director, Alex Conant || the debate was “one bad moment in a long campaign” and that voters cared more about the candidate’s record than about a single exchange || named_person
said || Mr. Christie || he had done voters a service || named_person
said || he || “Somebody had to say it,” || named_person
said || Deborah Lyons, a real estate agent from Derry || she had watched the debate and was “a little worried” but would still vote for Mr. Rubio || named_person
said || she || “He’s young. He’ll learn,” || named_person
said || He || he had come in leaning toward Mr. Rubio and was leaving undecided || anonymous
said || the man || “I wanted to see if he could think on his feet,” ++ “I’m still not sure.” || anonymous
reported || The Boston Globe || Mr. Rubio’s campaign had added three events to his Monday schedule || media
said || One Rubio volunteer, a college student from Manchester || the field office had been told to make 20,000 calls before the polls opened || anonymous
said || A Rubio aide || the campaign had seen the robot at three events since Saturday night || anonymous
said || Mr. Rubio || he was not worried || named_person
said || he || “The voters of New Hampshire are going to decide this,” ++ “not the pundits.” || named_person
said || aides || about 600 people were waiting || anonymous
""")

# ---------------------------------------------------------------- e07 (curly quotes)
doc("e07", """
Clinton, in Ohio Steel Country, Makes Her Case to Wavering Union Voters

CAMPBELL, Ohio — Hillary Clinton stood in front of a rusting rail yard here on Monday and promised a crowd of about 1,200 union members that she would “never sign a trade deal that sells out American workers.”

Donald J. Trump’s campaign believes it can flip Mahoning County, which has voted Democratic in every presidential election since 1976. Mr. Trump drew more than 6,000 people to a rally in nearby Youngstown in September.

“We are not going to let anybody take this valley for granted,” Mrs. Clinton said. “Not him, and not us.”

The president of the local steelworkers’ union, Dave Ramsey, introduced her. He told the crowd that many of his members had been “flirting with Trump” over the summer.

“Some of them still are,” Mr. Ramsey said. “I tell them, look at who he buys his steel from.”

Before the rally, Mrs. Clinton told union leaders in a closed meeting that she understood their frustration and would return to the valley before Election Day, according to two people who attended.

A Quinnipiac University poll last week showed Mr. Trump leading Mrs. Clinton by one point in Ohio, and her campaign chairman, John Podesta, told reporters on Sunday that the state was “a jump ball.”

In a statement, a Trump spokesman, Jason Miller, said Mrs. Clinton had “spent 30 years supporting the trade deals that emptied out towns like Campbell.”

In the crowd, the mood was warmer than it had been at some Clinton events this year. A pipefitter who drove two hours from Steubenville said he had voted for Mrs. Clinton in the 2008 primary and would vote for her again, “even if half my local won’t.”

Not far from him, a woman in a nurses’ union T-shirt said she was still deciding. “I don’t love either of them,” she said. “But I know which one scares me.”

Mahoning County’s Democratic chairman, Frank Toretti, said afterward that turnout in Youngstown would decide whether Mrs. Clinton carried the county. He predicted she would win it, but “not by the margins we’re used to.”

The Plain Dealer reported on Sunday that the Clinton campaign had more than doubled its paid staff in the Mahoning Valley since August. Mrs. Clinton’s aides say she will return to Ohio at least twice more before November.

Outside the rail yard gate, a small group of Trump supporters waved flags at the buses as they left. One of them, a laid-off welder from Struthers, said he had been a Democrat all his life. “This year I’m done,” he said. “They stopped listening to us a long time ago.”

Inside, the last of the crowd lingered by the stage, where a volunteer was handing out yard signs. Mr. Ramsey said the union had ordered 5,000 of them and expected to run out by the weekend.
""", """
promised || Hillary Clinton || she would “never sign a trade deal that sells out American workers.” || named_person
believes || Donald J. Trump’s campaign || it can flip Mahoning County, which has voted Democratic in every presidential election since 1976 || named_org
said || Mrs. Clinton || “We are not going to let anybody take this valley for granted,” ++ “Not him, and not us.” || named_person
told || He || many of his members had been “flirting with Trump” over the summer || named_person
said || Mr. Ramsey || “Some of them still are,” ++ “I tell them, look at who he buys his steel from.” || named_person
according to || two people who attended || Before the rally, Mrs. Clinton told union leaders in a closed meeting that she understood their frustration and would return to the valley before Election Day || anonymous
showed || A Quinnipiac University poll last week || Mr. Trump leading Mrs. Clinton by one point in Ohio || document
told || her campaign chairman, John Podesta || the state was “a jump ball.” || named_person
said || a Trump spokesman, Jason Miller || Mrs. Clinton had “spent 30 years supporting the trade deals that emptied out towns like Campbell.” || named_person
said || A pipefitter who drove two hours from Steubenville || he had voted for Mrs. Clinton in the 2008 primary and would vote for her again, “even if half my local won’t.” || anonymous
said || a woman in a nurses’ union T-shirt || she was still deciding || anonymous
said || she || “I don’t love either of them,” ++ “But I know which one scares me.” || anonymous
said || Mahoning County’s Democratic chairman, Frank Toretti || turnout in Youngstown would decide whether Mrs. Clinton carried the county || named_person
predicted || He || she would win it, but “not by the margins we’re used to.” || named_person
reported || The Plain Dealer || the Clinton campaign had more than doubled its paid staff in the Mahoning Valley since August || media
say || Mrs. Clinton’s aides || she will return to Ohio at least twice more before November || anonymous
said || One of them, a laid-off welder from Struthers || he had been a Democrat all his life || anonymous
said || he || “This year I’m done,” ++ “They stopped listening to us a long time ago.” || anonymous
said || Mr. Ramsey @@ Mr. Ramsey said the union || the union had ordered 5,000 of them and expected to run out by the weekend || named_person
""")

# ---------------------------------------------------------------- e08 (curly quotes)
doc("e08", """
Obama, Stumping for Clinton in Florida, Tells Young Voters ‘Don’t Sit This One Out’

KISSIMMEE, Fla. — President Obama told a crowd of about 9,000 at a minor-league ballpark here on Sunday that the election would be decided by “whether you show up.”

“I’m not on the ballot,” Mr. Obama said, his voice cracking after three rallies in two days. “But everything we’ve done over eight years is.”

The president has become perhaps Hillary Clinton’s most valuable surrogate. White House officials said he would make at least six more campaign stops before Election Day, most of them in states with large numbers of young and black voters.

The White House press secretary, Josh Earnest, told reporters aboard Air Force One that Mr. Obama saw the race as “a referendum on the progress the country has made.”

Osceola County, where the rally took place, is home to one of the fastest-growing Puerto Rican communities in the country, and Democrats believe the new arrivals could tip the state. The Osceola County elections supervisor’s office reported on Saturday that early voting turnout in the county was up 40 percent from 2012.

Among those in the bleachers was Luis Ortega, a 19-year-old community college student who moved from San Juan two years ago. He said he had already voted, and had brought four friends with him.

“My mother called me every day this week to make sure I went,” Mr. Ortega said.

A few rows behind him, a home health aide from Kissimmee said she was voting for Mrs. Clinton mostly because of the president. “If he trusts her, I trust her,” she said.

Donald J. Trump held his own rally in Tampa the same afternoon. His campaign manager, Kellyanne Conway, said on Fox News that Mr. Obama was “campaigning like his legacy depends on it, because it does.”

The most recent public polls show the state essentially tied. A Quinnipiac University poll released on Thursday found Mrs. Clinton ahead by one point, while a CNN/ORC poll showed Mr. Trump up by two.

The Miami Herald reported last week that the Clinton campaign had 68 field offices in Florida, about twice as many as Mr. Trump’s campaign. A Clinton campaign organizer in Kissimmee, Ana Rivera, said volunteers had registered more than 3,000 new voters in the county since the spring.

“People here didn’t know they could vote in a presidential election until they moved,” Ms. Rivera said. “Now they know.”

Not everyone at the ballpark was there for Mrs. Clinton. A retired Army sergeant who wore a Trump hat into the stadium said he had come “to see a president in person, even if it’s the wrong one.” Nobody bothered him, he said.

Mr. Obama spoke for about 40 minutes, longer than scheduled, in 88-degree heat. He said he had been warned that Florida in November would be cooler. “Somebody lied to me,” he said.

As the rally ended, he pointed toward the exits and the early-voting site across the parking lot. “Go vote,” he said, as the music started. “Then bring somebody with you.”
""", """
Tells || Obama || ‘Don’t Sit This One Out’ || named_person
told || President Obama || the election would be decided by “whether you show up.” || named_person
said || Mr. Obama || “I’m not on the ballot,” ++ “But everything we’ve done over eight years is.” || named_person
said || White House officials || he would make at least six more campaign stops before Election Day, most of them in states with large numbers of young and black voters || anonymous
told || The White House press secretary, Josh Earnest || Mr. Obama saw the race as “a referendum on the progress the country has made.” || named_person
believe || Democrats || the new arrivals could tip the state || named_org
reported || The Osceola County elections supervisor’s office || early voting turnout in the county was up 40 percent from 2012 || named_org
said || He || he had already voted, and had brought four friends with him || named_person
said || Mr. Ortega || “My mother called me every day this week to make sure I went,” || named_person
said || a home health aide from Kissimmee || she was voting for Mrs. Clinton mostly because of the president || anonymous
said || she || “If he trusts her, I trust her,” || anonymous
said || His campaign manager, Kellyanne Conway || Mr. Obama was “campaigning like his legacy depends on it, because it does.” || named_person
show || The most recent public polls || the state essentially tied || document
found || A Quinnipiac University poll released on Thursday || Mrs. Clinton ahead by one point || document
showed || a CNN/ORC poll || Mr. Trump up by two || document
reported || The Miami Herald || the Clinton campaign had 68 field offices in Florida, about twice as many as Mr. Trump’s campaign || media
said || A Clinton campaign organizer in Kissimmee, Ana Rivera || volunteers had registered more than 3,000 new voters in the county since the spring || named_person
said || Ms. Rivera || “People here didn’t know they could vote in a presidential election until they moved,” ++ “Now they know.” || named_person
said || A retired Army sergeant who wore a Trump hat into the stadium || he had come “to see a president in person, even if it’s the wrong one.” || anonymous
said || he @@ Nobody bothered him, he said || Nobody bothered him || anonymous
said || He @@ He said he had been warned || he had been warned that Florida in November would be cooler || named_person
said || he @@ lied to me,” he said || “Somebody lied to me,” || named_person
said || he @@ he said, as the music || “Go vote,” ++ “Then bring somebody with you.” || named_person
""")

# ---------------------------------------------------------------- e09 (curly quotes)
doc("e09", """
In Pennsylvania Senate Race, Both Sides Knock on the Same Doors

BETHLEHEM, Pa. — On a single block of Linden Street here on Saturday, two sets of canvassers passed each other three times: one group in green Katie McGinty T-shirts, the other carrying clipboards for Senator Pat Toomey.

“We wave,” said Jen Alvarado, a McGinty volunteer who teaches middle school science. “We’re neighbors. We just disagree about who should be in the Senate.”

The race between Mr. Toomey, a first-term Republican, and Ms. McGinty, a former state environmental secretary, is among the most expensive in the country. More than $100 million has been spent on it so far, according to the Center for Responsive Politics.

It is also among the closest. A Monmouth University poll released on Thursday found Ms. McGinty leading by two points, within the margin of error, and both campaigns say the outcome will depend on the Philadelphia suburbs.

Mr. Toomey has spent months avoiding questions about whether he will vote for Donald J. Trump. At a diner in Allentown on Friday, he again declined to say, telling reporters only that he was “focused on my own race.”

Ms. McGinty has made the question a centerpiece of her campaign. “If he can’t tell you where he stands on Donald Trump, what else won’t he tell you?” she asked a crowd of about 200 at a union hall in Easton on Saturday afternoon.

A spokesman for the senator, Mark Haller, said Ms. McGinty was “trying to run against someone who isn’t on the ballot in this race.”

Republican strategists in the state believe Mr. Toomey’s distance from Mr. Trump is helping him with suburban women. A memo circulated last week by the National Republican Senatorial Committee argued that the senator was running “well ahead of the top of the ticket” in Bucks and Chester counties.

On Linden Street, the voters were harder to read. A retired steelworker sitting on his porch told the McGinty canvassers he would vote for Mr. Trump and probably for Mr. Toomey. “I’m not splitting my ticket for anybody,” he said.

Across the street, a young mother said she had not followed the Senate race at all. “Who’s running?” she asked.

Democrats have poured money into television ads in the Philadelphia market. One ad from the Senate Majority PAC, a group aligned with Senator Harry Reid, says Mr. Toomey “stood with Wall Street while Pennsylvania families lost their homes.” Federal Election Commission filings show that outside groups have spent more on the race than the two candidates combined.

The Toomey volunteers, most of them college Republicans from Lehigh University, had a tougher afternoon. One of them, a sophomore from Pittsburgh, said about half of the people who answered the door brought up Mr. Trump before he could mention the senator.

“It’s the first thing they want to talk about,” he said. “Every time.”

By late afternoon, Ms. Alvarado had reached the end of her list. She said she had found 14 McGinty voters, six Toomey voters and “a lot of people who just want the ads to stop.”

She folded the list into her back pocket and headed for her car, where a second clipboard was waiting on the passenger seat.
""", """
said || Jen Alvarado, a McGinty volunteer who teaches middle school science || “We wave,” ++ “We’re neighbors. We just disagree about who should be in the Senate.” || named_person
according to || the Center for Responsive Politics || More than $100 million has been spent on it so far || named_org
found || A Monmouth University poll released on Thursday || Ms. McGinty leading by two points, within the margin of error || document
say || both campaigns || the outcome will depend on the Philadelphia suburbs || named_org
telling || he @@ he again declined || he was “focused on my own race.” || named_person
asked || she || “If he can’t tell you where he stands on Donald Trump, what else won’t he tell you?” || named_person
said || A spokesman for the senator, Mark Haller || Ms. McGinty was “trying to run against someone who isn’t on the ballot in this race.” || named_person
believe || Republican strategists in the state || Mr. Toomey’s distance from Mr. Trump is helping him with suburban women || anonymous
argued || A memo circulated last week by the National Republican Senatorial Committee || the senator was running “well ahead of the top of the ticket” in Bucks and Chester counties || document
told || A retired steelworker sitting on his porch || he would vote for Mr. Trump and probably for Mr. Toomey || anonymous
said || he || “I’m not splitting my ticket for anybody,” || anonymous
said || a young mother || she had not followed the Senate race at all || anonymous
asked || she || “Who’s running?” || anonymous
says || One ad from the Senate Majority PAC, a group aligned with Senator Harry Reid || Mr. Toomey “stood with Wall Street while Pennsylvania families lost their homes.” || document
show || Federal Election Commission filings || outside groups have spent more on the race than the two candidates combined || document
said || One of them, a sophomore from Pittsburgh || about half of the people who answered the door brought up Mr. Trump before he could mention the senator || anonymous
said || he || “It’s the first thing they want to talk about,” ++ “Every time.” || anonymous
said || She || she had found 14 McGinty voters, six Toomey voters and “a lot of people who just want the ads to stop.” || named_person
""")

# ---------------------------------------------------------------- e10 (curly quotes)
doc("e10", """
At His 100th Town Hall, Kasich Keeps Talking, and New Hampshire Keeps Listening

BEDFORD, N.H. — Gov. John Kasich of Ohio held his 100th town-hall-style meeting in New Hampshire on Tuesday night, and he marked the occasion the way he has marked most of the others: by talking for nearly two hours.

“I know, I know, I go on too long,” Mr. Kasich told about 300 people packed into a VFW hall here. “But you ask good questions.”

The governor has staked his candidacy on this state, and his aides believe a second-place finish in next month’s primary would make him the leading alternative to Donald J. Trump among mainstream Republicans. Mr. Kasich is convinced he can do better than that, according to two people who have spoken with him this week.

His chief strategist, John Weaver, said in an interview that the campaign had “the best ground game in the state, period.” He said volunteers had knocked on more than 10,000 doors since the fall.

The polls have been less encouraging. A Monmouth University poll released on Monday found Mr. Kasich in fourth place, tied with Senator Ted Cruz of Texas and behind Mr. Trump and Senator Marco Rubio of Florida.

The questions on Tuesday ranged from heroin addiction to Social Security. A woman in the third row told Mr. Kasich that her son had died of an overdose last spring.

Mr. Kasich walked into the aisle and hugged her. He then said Ohio’s expansion of Medicaid had paid for drug treatment for tens of thousands of people. “This is not a Republican problem or a Democratic problem,” he said. “It’s in every town in this state.”

Afterward, the woman said she was a registered Republican and had not decided how she would vote. “He listened,” she said. “That’s more than I can say for most of them.”

Two brothers from Manchester, both retired firefighters, said they had come to see Mr. Kasich but were leaning toward Mr. Trump. “He’s a nice man,” one of them said of Mr. Kasich. “Nice doesn’t win.”

In an editorial last month, The Boston Globe wrote that Mr. Kasich was “the most experienced and most decent” Republican in the race.

Mr. Trump, who held a rally in Portsmouth on Tuesday, has mostly ignored Mr. Kasich. But a Trump campaign aide, asked about the governor on Tuesday, said Mr. Kasich was “polling like a guy who is going to be back in Ohio by Valentine’s Day.”

Mr. Kasich said afterward that he had been underestimated before. “I’ve been counted out my whole life,” he said.

His campaign is counting on independents, who can vote in either party’s primary in New Hampshire. WMUR reported last week that nearly 40 percent of the state’s voters are registered as undeclared, and a Kasich volunteer from Concord said most of the people she had called this month were independents who had also been looking at Senator Bernie Sanders of Vermont.

“They like that he’s not a typical politician,” the volunteer said of Mr. Kasich. “Same thing they like about Bernie.”

At the end of the night, a staff member carried out a sheet cake with “100” written on it in blue frosting. Mr. Kasich cut the first piece himself and then went back to answering questions while the crowd ate.
""", """
told || Mr. Kasich || “I know, I know, I go on too long,” ++ “But you ask good questions.” || named_person
believe || his aides || a second-place finish in next month’s primary would make him the leading alternative to Donald J. Trump among mainstream Republicans || anonymous
according to || two people who have spoken with him this week || Mr. Kasich is convinced he can do better than that || anonymous
said @@ Weaver, said in an interview || His chief strategist, John Weaver || the campaign had “the best ground game in the state, period.” || named_person
said || He || volunteers had knocked on more than 10,000 doors since the fall || named_person
found || A Monmouth University poll released on Monday || Mr. Kasich in fourth place, tied with Senator Ted Cruz of Texas and behind Mr. Trump and Senator Marco Rubio of Florida || document
told || A woman in the third row || her son had died of an overdose last spring || anonymous
said || He || Ohio’s expansion of Medicaid had paid for drug treatment for tens of thousands of people || named_person
said || he || “This is not a Republican problem or a Democratic problem,” ++ “It’s in every town in this state.” || named_person
said || the woman || she was a registered Republican and had not decided how she would vote || anonymous
said || she || “He listened,” ++ “That’s more than I can say for most of them.” || anonymous
said || Two brothers from Manchester, both retired firefighters || they had come to see Mr. Kasich but were leaning toward Mr. Trump || anonymous
said || one of them || “He’s a nice man,” ++ “Nice doesn’t win.” || anonymous
wrote || The Boston Globe || Mr. Kasich was “the most experienced and most decent” Republican in the race || media
said || a Trump campaign aide || Mr. Kasich was “polling like a guy who is going to be back in Ohio by Valentine’s Day.” || anonymous
said || Mr. Kasich @@ Mr. Kasich said afterward || he had been underestimated before || named_person
said || he || “I’ve been counted out my whole life,” || named_person
reported || WMUR || nearly 40 percent of the state’s voters are registered as undeclared || media
said || a Kasich volunteer from Concord || most of the people she had called this month were independents who had also been looking at Senator Bernie Sanders of Vermont || anonymous
said || the volunteer || “They like that he’s not a typical politician,” ++ “Same thing they like about Bernie.” || anonymous
""")


# ---------------------------------------------------------------- machinery
def _occurrences(text, s, bounded):
    if bounded:
        pre = r"(?<!\w)" if re.match(r"\w", s[0]) else ""
        post = r"(?!\w)" if re.match(r"\w", s[-1]) else ""
        pat = pre + re.escape(s) + post
    else:
        pat = re.escape(s)
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def _split_ctx(field):
    if " @@ " in field:
        s, ctx = field.split(" @@ ", 1)
        return s.strip(), ctx.strip()
    return field.strip(), None


def _by_context(text, s, ctx, where, bounded=True):
    occ = _occurrences(text, ctx, False)
    if len(occ) != 1:
        raise ValueError(f"{where}: context {ctx!r} occurs {len(occ)} times")
    inner = _occurrences(ctx, s, bounded)
    if not inner:
        raise ValueError(f"{where}: {s!r} not in context {ctx!r}")
    st = occ[0][0] + inner[0][0]
    return (st, st + len(s))


def _gap(a, b):
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return -1  # overlap


def _nearest(text, s, anchors, where, bounded=True):
    occ = _occurrences(text, s, bounded)
    cands = []
    for o in occ:
        gaps = [_gap(o, a) for a in anchors]
        if any(g < 0 for g in gaps):
            continue
        cands.append((min(gaps), o))
    if not cands:
        raise ValueError(f"{where}: {s!r} not found")
    cands.sort()
    if len(cands) > 1 and cands[0][0] == cands[1][0]:
        raise ValueError(f"{where}: tie for {s!r}")
    return cands[0][1]


def _span(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


def parse_ann(doc_id, text, ann):
    out = []
    for ln, line in enumerate(s for s in ann.strip("\n").split("\n") if s.strip()):
        where = f"{doc_id} line {ln + 1}"
        parts = [p.strip() for p in line.split(" || ")]
        if len(parts) != 4:
            raise ValueError(f"{where}: expected 4 fields: {line!r}")
        cue_f, src_f, con_f, typ = parts
        if typ not in TYPES:
            raise ValueError(f"{where}: bad type {typ}")
        # content
        frags = []
        for k, fr in enumerate(con_f.split(" ++ ")):
            s, ctx = _split_ctx(fr)
            if ctx:
                se = _by_context(text, s, ctx, where, bounded=False)
            elif k == 0:
                occ = _occurrences(text, s, False)
                if len(occ) != 1:
                    raise ValueError(f"{where}: content {s!r} occurs {len(occ)} times")
                se = occ[0]
            else:
                occ = [o for o in _occurrences(text, s, False) if o[0] >= frags[-1][1]]
                if not occ:
                    raise ValueError(f"{where}: fragment {s!r} not found after previous")
                se = occ[0]
            frags.append(se)
        # cue
        s, ctx = _split_ctx(cue_f)
        cue = _by_context(text, s, ctx, where) if ctx else _nearest(text, s, frags, where + " cue")
        # source
        src = None
        if src_f != "NULL":
            s, ctx = _split_ctx(src_f)
            if ctx:
                src = _by_context(text, s, ctx, where)
            else:  # nearest to the cue, never overlapping cue or content
                occ = [o for o in _occurrences(text, s, True)
                       if all(_gap(o, a) >= 0 for a in [cue] + frags)]
                cands = sorted((_gap(o, cue), o) for o in occ)
                if not cands:
                    raise ValueError(f"{where}: source {s!r} not found")
                if len(cands) > 1 and cands[0][0] == cands[1][0]:
                    raise ValueError(f"{where}: source tie {s!r}")
                src = cands[0][1]
        elif typ != "unknown":
            raise ValueError(f"{where}: null source must be typed unknown")
        content = _span(text, (frags[0][0], frags[-1][1]))
        if len(frags) > 1:
            content["fragments"] = [list(f) for f in frags]
        rec = {"cue": _span(text, cue), "source": _span(text, src) if src else None,
               "content": content, "source_type": typ}
        # checks
        for sp in [rec["cue"], rec["source"], rec["content"]]:
            if sp:
                assert text[sp["start"]:sp["end"]] == sp["text"]
                assert sp["text"] == sp["text"].strip(), (where, sp["text"])
        for f in frags:
            assert _gap(f, cue) >= 0, (where, "cue overlaps content")
        if src:
            assert _gap(src, cue) >= 0, (where, "source overlaps cue")
            for f in frags:
                assert _gap(src, f) >= 0, (where, "source overlaps content")
        c = rec["content"]["text"]
        assert not c.lower().startswith("that "), (where, "leading that")
        if c.endswith(".") and not c.endswith(('."', ".\u201d", ".'", ".\u2019")):
            raise ValueError(f"{where}: sentence-final period outside quotes: {c!r}")
        out.append(rec)
    out.sort(key=lambda a: a["cue"]["start"])
    return out


def build():
    recs = []
    for i, (doc_id, text, ann) in enumerate(DOCS):
        words = len(text.split())
        assert 400 <= words <= 600, (doc_id, words)
        head, blank, _ = text.partition("\n")
        assert text.split("\n")[1] == "" and head.strip(), doc_id
        curly = any(ch in text for ch in CURLY)
        straight = any(ch in text for ch in "\"'")
        if i < 5:
            assert straight and not curly, (doc_id, "first half must use straight quotes only")
        else:
            assert curly and not straight, (doc_id, "second half must use curly quotes only")
        recs.append({"doc_id": doc_id, "text": text, "split": "blind",
                     "attributions": parse_ann(doc_id, text, ann)})
    assert [r["doc_id"] for r in recs] == [f"e{k:02d}" for k in range(1, 11)]
    return recs


def review(recs):
    for r in recs:
        t = r["text"]
        print("=" * 20, r["doc_id"], len(t.split()), "words")
        for a in r["attributions"]:
            s = a["source"]
            lo = min(a["cue"]["start"], a["content"]["start"], s["start"] if s else 10**9)
            hi = max(a["cue"]["end"], a["content"]["end"], s["end"] if s else 0)
            marks = []
            for f in a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]]):
                marks += [(f[0], "{"), (f[1], "}")]
            marks += [(a["cue"]["start"], "<"), (a["cue"]["end"], ">")]
            if s:
                marks += [(s["start"], "["), (s["end"], "]")]
            seg = t[lo:hi]
            for pos, m in sorted(marks, reverse=True):
                seg = seg[:pos - lo] + m + seg[pos - lo:]
            print(f"  {a['source_type']:12s} {seg}")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind29.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
