#!/usr/bin/env python3
"""Build ``blind14.jsonl``: the fourteenth batch of blind test articles (session 15).

14 invented 2016 political news articles built on pronoun and description chains (named people and
unnamed sources of both genders, pronouns that do not take up the last speaker, quotes continued
across paragraphs), written and annotated by a helper session that never read claimtrace's code,
tests or data; see NOTES.md. Scored on arrival, then read for errors.

Usage: ``python data/gold/blind14/build_blind14.py [--check] [--show]`` (``--check``: exit 1
if blind14.jsonl is stale; ``--show``: print every attribution in context).
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

ART = {}
ANN = {}
# straight-quote half (p01-p07)

ART['p01'] = r'''
Clinton Team Shifts Pennsylvania Plan After Tense Meeting

PHILADELPHIA -- Hillary Clinton's campaign will move dozens of staff members from Ohio to Pennsylvania this month, her campaign manager, Robby Mook, told reporters on Tuesday, after a tense meeting at the campaign's Brooklyn headquarters.

Mr. Mook said the shift reflected "where the votes are, not where the headlines are." He added that Ohio remained competitive but that Pennsylvania was "the firewall, full stop."

According to a senior aide who was in the room, John Podesta, the campaign chairman, pressed Mr. Mook on whether the move had been tested against internal polling. The aide, who spoke on condition of anonymity because he was not authorized to discuss internal deliberations, said the chairman "wanted numbers, not instincts."

Jennifer Palmieri, the communications director, took a different view. She argued that the campaign had spent too long "chasing Ohio like it was 2008," according to a woman who attended the meeting. The woman said Mrs. Clinton listened for most of the hour and spoke only at the end.

"She told them to stop fighting over maps and start knocking on doors," she said. "Then she left for a fund-raiser."

Senator Tim Kaine, the running mate, will campaign in Scranton and Erie on Friday. Asked about the meeting, he said he had not been briefed on it. "I go where they send me," he said, laughing.

A new Franklin & Marshall College poll released Thursday found Mrs. Clinton ahead by six points in Pennsylvania, while a Quinnipiac survey showed the two candidates tied in Ohio.

Donald Trump's campaign manager, Kellyanne Conway, said the reshuffle proved Democrats were "running scared in the Rust Belt." Ms. Conway told Fox News that Mr. Trump would hold two rallies near Pittsburgh next week. She said he "loves Pennsylvania, and Pennsylvania loves him back."

Asked about the account of the meeting, Mr. Podesta said it was "a normal conversation among people who care about winning." He said Ms. Palmieri and Mr. Mook "agree on far more than they disagree."
'''
ANN['p01'] = r'''
told || her campaign manager, Robby Mook || Hillary Clinton's campaign will move dozens of staff members from Ohio to Pennsylvania this month || named_person
said || Mr. Mook || the shift reflected "where the votes are, not where the headlines are." || named_person
added || He || Ohio remained competitive but that Pennsylvania was "the firewall, full stop." || named_person
According to || a senior aide who was in the room || John Podesta, the campaign chairman, pressed Mr. Mook on whether the move had been tested against internal polling || anonymous
said || The aide, who spoke on condition of anonymity because he was not authorized to discuss internal deliberations || the chairman "wanted numbers, not instincts." || anonymous
according to || a woman who attended the meeting || She argued that the campaign had spent too long "chasing Ohio like it was 2008," || anonymous
said || The woman || Mrs. Clinton listened for most of the hour and spoke only at the end || anonymous
said || she || "She told them to stop fighting over maps and start knocking on doors," ## "Then she left for a fund-raiser." || anonymous
said || he || he had not been briefed on it || named_person
said || he || "I go where they send me," || named_person
found || A new Franklin & Marshall College poll released Thursday || Mrs. Clinton ahead by six points in Pennsylvania || document
showed || a Quinnipiac survey || the two candidates tied in Ohio || document
said || Donald Trump's campaign manager, Kellyanne Conway || the reshuffle proved Democrats were "running scared in the Rust Belt." || named_person
told || Ms. Conway || Mr. Trump would hold two rallies near Pittsburgh next week || named_person
said || She || he "loves Pennsylvania, and Pennsylvania loves him back." || named_person
said || Mr. Podesta || it was "a normal conversation among people who care about winning." || named_person
said || He || Ms. Palmieri and Mr. Mook "agree on far more than they disagree." || named_person
'''

ART['p02'] = r'''
Ryan, Pelosi Trade Blame as Spending Deadline Nears

WASHINGTON -- House Speaker Paul D. Ryan said Wednesday that he would not bring a short-term spending bill to the floor until Democrats dropped their demand for new money to fight the Zika virus, setting up a showdown with Nancy Pelosi days before the government runs out of money.

"We have made a fair offer, and it is sitting on her desk," Mr. Ryan told reporters at the Capitol. "The minority leader knows what she needs to do."

Ms. Pelosi, the House Democratic leader, fired back within the hour. She said the speaker was "hiding behind a press release" and was playing politics with public health.

Majority Leader Mitch McConnell has privately told colleagues in the Senate that he wants the bill finished by Friday, according to a senior Republican aide. The aide said Mr. McConnell was frustrated with the House. "He has been through this movie before, and he does not like the ending," he said.

Senator Susan Collins of Maine, a moderate Republican, is trying to broker a compromise with Senator Patty Murray of Washington. The two have met three times this week, according to a woman who works for one of them. She said the talks had "real momentum" but that neither senator wanted to get ahead of the leadership.

Ms. Collins said in an interview that she believed a deal was "within reach." She added that Ms. Murray had been "nothing but constructive."

Democrats say the dispute is about more than Zika. Senator Charles E. Schumer of New York, who is expected to succeed Harry Reid as the party's leader, said Republicans were trying to "sneak in" cuts to Planned Parenthood. He said the maneuver was "a nonstarter."

Mr. Reid, for his part, said he had seen nothing from Mr. Ryan that suggested the speaker was serious.

A spokesman for Mr. Ryan, Brendan Buck, said the speaker "has been clear from day one." Mr. Buck said he expected the House to vote next week.
'''
ANN['p02'] = r'''
said || House Speaker Paul D. Ryan || he would not bring a short-term spending bill to the floor until Democrats dropped their demand for new money to fight the Zika virus || named_person
told || Mr. Ryan || "We have made a fair offer, and it is sitting on her desk," ## "The minority leader knows what she needs to do." || named_person
said || She || the speaker was "hiding behind a press release" and was playing politics with public health || named_person
according to || a senior Republican aide || Majority Leader Mitch McConnell has privately told colleagues in the Senate that he wants the bill finished by Friday || anonymous
said || The aide || Mr. McConnell was frustrated with the House || anonymous
said || he || "He has been through this movie before, and he does not like the ending," || anonymous
according to || a woman who works for one of them || The two have met three times this week || anonymous
said || She || the talks had "real momentum" but that neither senator wanted to get ahead of the leadership || anonymous
said || Ms. Collins || she believed a deal was "within reach." || named_person
added || She || Ms. Murray had been "nothing but constructive." || named_person
say || Democrats || the dispute is about more than Zika || named_org
said || Senator Charles E. Schumer of New York, who is expected to succeed Harry Reid as the party's leader || Republicans were trying to "sneak in" cuts to Planned Parenthood || named_person
said || He || the maneuver was "a nonstarter." || named_person
said || Mr. Reid || he had seen nothing from Mr. Ryan that suggested the speaker was serious || named_person
said || A spokesman for Mr. Ryan, Brendan Buck || the speaker "has been clear from day one." || named_person
said || Mr. Buck || he expected the House to vote next week || named_person
'''

ART['p03'] = r'''
Obama Presses Senate on Garland as Recess Looms

WASHINGTON -- President Obama on Monday told a group of law students at the White House that the confirmation fight over Judge Merrick B. Garland had become "a test of whether the Senate still works."

The president said Judge Garland had waited longer than any Supreme Court nominee in modern history. "He has done everything that has been asked of him," Mr. Obama said. "The Senate has not.

"If the roles were reversed, Republicans would be shouting from the rooftops."

The White House press secretary, Josh Earnest, later told reporters that the president had called Senator Chuck Grassley, the Iowa Republican who leads the Judiciary Committee, over the weekend. Mr. Earnest would not describe the conversation in detail. He said only that it was "cordial and brief."

Mr. Grassley's office said in a statement that the senator's position "has not changed and will not change."

Valerie Jarrett, one of the president's closest advisers, has been calling Democratic donors to build pressure on vulnerable Republican senators, according to a White House official. The official, who asked not to be named, said she had made more than 40 calls since July. "She is relentless," he said.

One of those donors, a longtime contributor from Chicago, said Ms. Jarrett had asked her to fund advertising in Pennsylvania and New Hampshire. The donor said she had agreed. "Valerie doesn't take no for an answer," she said, "and I didn't want to give her one."

Senator Claire McCaskill, a Missouri Democrat, believes the pressure campaign will eventually work. She said in a telephone interview that at least two Republicans had told her privately they would support hearings after the election. She would not name them.

Senator Kelly Ayotte of New Hampshire, who faces a close race, has said she will not meet with Judge Garland. Her campaign said Monday that she "respects the voters' right to weigh in."
'''
ANN['p03'] = r'''
told || President Obama || the confirmation fight over Judge Merrick B. Garland had become "a test of whether the Senate still works." || named_person
said || The president || Judge Garland had waited longer than any Supreme Court nominee in modern history || named_person
said || Mr. Obama || "He has done everything that has been asked of him," ## "The Senate has not. ## "If the roles were reversed, Republicans would be shouting from the rooftops." || named_person
told || The White House press secretary, Josh Earnest || the president had called Senator Chuck Grassley, the Iowa Republican who leads the Judiciary Committee, over the weekend || named_person
said || He || it was "cordial and brief." || named_person
said || Mr. Grassley's office || the senator's position "has not changed and will not change." || named_org
according to || a White House official || Valerie Jarrett, one of the president's closest advisers, has been calling Democratic donors to build pressure on vulnerable Republican senators || anonymous
said || The official, who asked not to be named || she had made more than 40 calls since July || anonymous
said || he || "She is relentless," || anonymous
said || One of those donors, a longtime contributor from Chicago || Ms. Jarrett had asked her to fund advertising in Pennsylvania and New Hampshire || anonymous
said || The donor || she had agreed || anonymous
said || she || "Valerie doesn't take no for an answer," ## "and I didn't want to give her one." || anonymous
believes || Senator Claire McCaskill, a Missouri Democrat || the pressure campaign will eventually work || named_person
said || She || at least two Republicans had told her privately they would support hearings after the election || named_person
has said || Senator Kelly Ayotte of New Hampshire, who faces a close race || she will not meet with Judge Garland || named_person
said || Her campaign || she "respects the voters' right to weigh in." || named_org
'''

ART['p04'] = r'''
Judge Strikes Down Part of Wisconsin Voter ID Law

MILWAUKEE -- A federal judge on Thursday struck down a key part of Wisconsin's voter identification law, ruling that the state had made it "needlessly difficult" for thousands of residents to obtain the free ID cards it promised.

In a 42-page opinion, Judge Margaret Hollis wrote that the state's process "places the heaviest burden on those least able to bear it." The state must now issue temporary credentials to any voter who applies before Election Day.

Gov. Scott Walker said he was disappointed by the ruling and expected the state to appeal. He said the law had been "upheld again and again" and that Judge Hollis had ignored that record.

Attorney General Brad Schimel, a Republican, went further. The judge, he said, "has substituted her policy preferences for the judgment of the Legislature." His office filed a notice of appeal late Thursday, a spokeswoman for the department said.

A lawyer for the plaintiffs, who represented several elderly voters in the case, said the ruling would help "people who have voted here for 60 years and suddenly can't." He said his clients had been turned away from state offices as many as four times.

Senator Tammy Baldwin, a Democrat, was in Madison when the ruling came down. She said in a statement that "no eligible citizen should have to fight the government for the right to vote."

A poll worker from Milwaukee's north side, who asked that her name not be used because she is a city employee, said the confusion over the law had kept people home in April. Her husband, a retired bus driver, had needed three trips to get his card, she said.

"He finally got it, but a lot of his friends just gave up," she said.

Mr. Walker's office said in an email that the governor "will keep fighting for clean and fair elections." A Marquette Law School poll released last month found 61 percent of registered voters in the state supported the ID requirement.
'''
ANN['p04'] = r'''
ruling || A federal judge || the state had made it "needlessly difficult" for thousands of residents to obtain the free ID cards it promised || named_person
wrote || Judge Margaret Hollis || the state's process "places the heaviest burden on those least able to bear it." || named_person
said || Gov. Scott Walker || he was disappointed by the ruling and expected the state to appeal || named_person
said || He || the law had been "upheld again and again" and that Judge Hollis had ignored that record || named_person
said || he || The judge ## "has substituted her policy preferences for the judgment of the Legislature." || named_person
said || a spokeswoman for the department || His office filed a notice of appeal late Thursday || anonymous
said || A lawyer for the plaintiffs, who represented several elderly voters in the case || the ruling would help "people who have voted here for 60 years and suddenly can't." || anonymous
said || He || his clients had been turned away from state offices as many as four times || anonymous
said || She || "no eligible citizen should have to fight the government for the right to vote." || named_person
said || A poll worker from Milwaukee's north side, who asked that her name not be used because she is a city employee || the confusion over the law had kept people home in April || anonymous
said || she || Her husband, a retired bus driver, had needed three trips to get his card || anonymous
said || she || "He finally got it, but a lot of his friends just gave up," || anonymous
said || Mr. Walker's office || the governor "will keep fighting for clean and fair elections." || named_org
found || A Marquette Law School poll released last month || 61 percent of registered voters in the state supported the ID requirement || document
'''

ART['p05'] = r'''
Trump Aides Push Candidate to Stay on Script Before Debate

NEW YORK -- Donald J. Trump's top advisers have urged him to spend the final days before Sunday's debate rehearsing answers on trade and taxes rather than holding rallies, according to two people briefed on the discussions.

Kellyanne Conway, the campaign manager, and Gov. Mike Pence of Indiana, the running mate, have both argued that Mr. Trump "wins when he stays on message," one of the people said. The other said the businessman had agreed to two practice sessions but had resisted more.

Mr. Trump has shown little interest in the sessions. "I've been preparing my whole life," he told supporters in Ohio on Tuesday night. "Hillary has been preparing for 30 years, and look where it got her."

Reince Priebus, the chairman of the Republican National Committee, has been a frequent visitor to Trump Tower. A campaign official who attended a meeting there on Monday said Mr. Priebus told the candidate that the debate was "the whole ballgame." The official said he had never seen the chairman so blunt.

Ivanka Trump, the candidate's daughter, also sat in on the session. She believes her father is at his best when he is "talking to people, not at them," the official added.

The Washington Post reported Wednesday that Mrs. Clinton's team had hired a former Trump business associate to help her prepare. Jennifer Palmieri, Mrs. Clinton's communications director, would not confirm the report. She said only that Mrs. Clinton was "taking this seriously, as she takes everything seriously."

Some Republican donors are growing restless. A longtime donor who has given to Mr. Trump's campaign since the spring said she had told Ms. Conway that the candidate's "bad weeks are starting to outnumber the good ones." Ms. Conway, she said, assured her that "the debate will change that."

Mr. Pence told CNN on Wednesday that the nominee would be "more than ready" on Sunday. He said he and Mr. Trump had spoken twice that morning.
'''
ANN['p05'] = r'''
according to || two people briefed on the discussions || Donald J. Trump's top advisers have urged him to spend the final days before Sunday's debate rehearsing answers on trade and taxes rather than holding rallies || anonymous
said || one of the people || Kellyanne Conway, the campaign manager, and Gov. Mike Pence of Indiana, the running mate, have both argued that Mr. Trump "wins when he stays on message," || anonymous
said || The other || the businessman had agreed to two practice sessions but had resisted more || anonymous
told || he || "I've been preparing my whole life," ## "Hillary has been preparing for 30 years, and look where it got her." || named_person
said || A campaign official who attended a meeting there on Monday || Mr. Priebus told the candidate that the debate was "the whole ballgame." || anonymous
said || The official || he had never seen the chairman so blunt || anonymous
added || the official || She believes her father is at his best when he is "talking to people, not at them," || anonymous
reported || The Washington Post || Mrs. Clinton's team had hired a former Trump business associate to help her prepare || media
said || She || Mrs. Clinton was "taking this seriously, as she takes everything seriously." || named_person
said || A longtime donor who has given to Mr. Trump's campaign since the spring || she had told Ms. Conway that the candidate's "bad weeks are starting to outnumber the good ones." || anonymous
said || she || <<Ms. Conway>>, she said, ## assured her that "the debate will change that." || anonymous
told || Mr. Pence || the nominee would be "more than ready" on Sunday || named_person
said || He || he and Mr. Trump had spoken twice that morning || named_person
'''

ART['p06'] = r'''
Sanders Allies Win Platform Concession on Trade

ORLANDO, Fla. -- Senator Bernie Sanders's supporters on the Democratic platform committee won a late-night concession on trade early Saturday, persuading Hillary Clinton's representatives to add new language on trade deals and American jobs.

Jeff Weaver, Mr. Sanders's campaign manager, said the language was "a real step" but fell short of what the senator wanted. "We wanted the T.P.P. named and rejected," he said. "We got half a loaf."

The Clinton campaign said in a statement that the two sides had "found common ground on the issues that matter most to working families."

Debbie Wasserman Schultz, the party chairwoman, did not attend the session. A Democratic National Committee official said she had spent the evening on the phone with Senator Elizabeth Warren of Massachusetts, who has been trying to keep the peace between the two camps. He said both women were "worried about a floor fight in Philadelphia."

Asked Saturday about the call, Ms. Warren said she had urged Ms. Wasserman Schultz to "give the Sanders people a real voice." She said she thought the chairwoman had listened.

Not every Sanders delegate was satisfied. A delegate from Oregon, a retired teacher who has backed Mr. Sanders since last year, said the vote had left her "feeling played." Her daughter, she said, had quit her job to volunteer for the campaign.

"We didn't do all this for a footnote," she said.

Representative Keith Ellison of Minnesota, a Sanders ally on the committee, saw it differently. He told the delegate on the floor that the language was "more than we've ever gotten." Mr. Sanders, he said later, would see it the same way.

The senator himself was more guarded. In a brief interview in Burlington, he said he would "look at the whole document" before deciding how to proceed. Asked whether he would endorse Mrs. Clinton, he said, "We're not there yet."
'''
ANN['p06'] = r'''
said || Jeff Weaver, Mr. Sanders's campaign manager || the language was "a real step" but fell short of what the senator wanted || named_person
said || he || "We wanted the T.P.P. named and rejected," ## "We got half a loaf." || named_person
said || The Clinton campaign || the two sides had "found common ground on the issues that matter most to working families." || named_org
said || A Democratic National Committee official || she had spent the evening on the phone with Senator Elizabeth Warren of Massachusetts, who has been trying to keep the peace between the two camps || anonymous
said || He || both women were "worried about a floor fight in Philadelphia." || anonymous
said || Ms. Warren || she had urged Ms. Wasserman Schultz to "give the Sanders people a real voice." || named_person
said || She || she thought the chairwoman had listened || named_person
said || A delegate from Oregon, a retired teacher who has backed Mr. Sanders since last year || the vote had left her "feeling played." || anonymous
said || she || Her daughter ## had quit her job to volunteer for the campaign || anonymous
said || she || "We didn't do all this for a footnote," || anonymous
told || He || the language was "more than we've ever gotten." || named_person
said || he || <<Mr. Sanders>>, he said later ## would see it the same way || named_person
said || he || he would "look at the whole document" before deciding how to proceed || named_person
said || he || "We're not there yet." || named_person
'''

ART['p07'] = r'''
Comey Defends Clinton Decision Before Skeptical House Panel

WASHINGTON -- The director of the F.B.I., James B. Comey, told a House committee on Thursday that no reasonable prosecutor would have brought charges against Hillary Clinton over her use of a private email server, and that he was "not going to apologize for telling the truth."

Representative Jason Chaffetz of Utah, the Republican chairman of the Oversight Committee, said the director had created "a two-tiered system of justice." He questioned Mr. Comey for nearly an hour.

Mr. Comey said the interview with Mrs. Clinton had been conducted "by the book." He added that the bureau's agents had no reason to believe she had lied to them.

Attorney General Loretta E. Lynch was not at the hearing. A Justice Department spokeswoman said Ms. Lynch had "full confidence" in the director.

Representative Elijah E. Cummings of Maryland, the panel's top Democrat, said Republicans were "trying to put Hillary Clinton on trial because they couldn't beat her at the ballot box." Representative Carolyn B. Maloney of New York went further. She said the hearing was "a political exercise dressed up as oversight."

Republicans on the panel believe Mr. Comey was too lenient, according to a Republican committee aide. The aide, a woman who has worked for Mr. Chaffetz since 2013, said he would ask the Justice Department to look at whether Mrs. Clinton had lied to Congress. "He is not letting this go," she said.

A former senior F.B.I. official who worked under Mr. Comey's predecessor, Robert S. Mueller III, said the director had been put in an impossible position. He said Mr. Comey "knew he would be attacked from both sides, and he was."

"Nobody in the building thinks this was easy," he said.

At a rally in Lakeland, Fla., Donald J. Trump said the hearing showed the system was "rigged."
'''
ANN['p07'] = r'''
told || The director of the F.B.I., James B. Comey || no reasonable prosecutor would have brought charges against Hillary Clinton over her use of a private email server, and that he was "not going to apologize for telling the truth." || named_person
said || Representative Jason Chaffetz of Utah, the Republican chairman of the Oversight Committee || the director had created "a two-tiered system of justice." || named_person
said || Mr. Comey || the interview with Mrs. Clinton had been conducted "by the book." || named_person
added || He || the bureau's agents had no reason to believe she had lied to them || named_person
said || A Justice Department spokeswoman || Ms. Lynch had "full confidence" in the director || anonymous
said || Representative Elijah E. Cummings of Maryland, the panel's top Democrat || Republicans were "trying to put Hillary Clinton on trial because they couldn't beat her at the ballot box." || named_person
said || She || the hearing was "a political exercise dressed up as oversight." || named_person
according to || a Republican committee aide || Republicans on the panel believe Mr. Comey was too lenient || anonymous
said || The aide, a woman who has worked for Mr. Chaffetz since 2013 || he would ask the Justice Department to look at whether Mrs. Clinton had lied to Congress || anonymous
said || she || "He is not letting this go," || anonymous
said || A former senior F.B.I. official who worked under Mr. Comey's predecessor, Robert S. Mueller III || the director had been put in an impossible position || anonymous
said || He || Mr. Comey "knew he would be attacked from both sides, and he was." || anonymous
said || he || "Nobody in the building thinks this was easy," || anonymous
said || Donald J. Trump || the hearing showed the system was "rigged." || named_person
'''
# curly-quote half (p08-p14)

ART['p08'] = r'''
McCrory Defends Bathroom Law as Businesses Pull Back

RALEIGH, N.C. — Gov. Pat McCrory said Tuesday that he would not ask the Legislature to repeal the state’s contested bathroom law, even as the N.C.A.A. announced it would move seven championship events out of North Carolina.

“I’m not going to be bullied by a sports league,” the governor told reporters outside the Capitol. “The people of this state elected me to make decisions, and I made one.”

His Democratic challenger, Attorney General Roy Cooper, said the decision would cost the state “hundreds of millions of dollars.” He said the governor had “put his own politics ahead of the state’s economy.”

Patsy Keever, the chairwoman of the state Democratic Party, went further. “He has become the face of this law, and he will lose because of it,” she said.

A senior aide to the governor, who spoke on condition of anonymity to discuss internal polling, said the campaign’s own surveys showed the law was less of a drag than the news media suggested. The aide said Mr. McCrory believed voters would “see through the noise.” But the aide acknowledged that fund-raising in Charlotte had slowed.

The owner of a restaurant near the N.C. State campus, a woman who asked that her name not be used because she feared losing customers, said she had seen tournament bookings disappear overnight. Her husband, she said, had already laid off two cooks.

“We didn’t write this law,” she said. “We’re just paying for it.”

Linda Harper, a Charlotte city council member who voted for the ordinance that prompted the state law, said Mr. McCrory had “picked a fight with his own largest city.” She said she had spoken with the governor only once since March.

A poll by Elon University released this month found 49 percent of likely voters opposed the law, while 41 percent supported it.
'''
ANN['p08'] = r'''
said || Gov. Pat McCrory || he would not ask the Legislature to repeal the state’s contested bathroom law || named_person
announced || the N.C.A.A. || it would move seven championship events out of North Carolina || named_org
told || the governor || “I’m not going to be bullied by a sports league,” ## “The people of this state elected me to make decisions, and I made one.” || named_person
said || His Democratic challenger, Attorney General Roy Cooper || the decision would cost the state “hundreds of millions of dollars.” || named_person
said || He || the governor had “put his own politics ahead of the state’s economy.” || named_person
said || she || “He has become the face of this law, and he will lose because of it,” || named_person
said || A senior aide to the governor, who spoke on condition of anonymity to discuss internal polling || the campaign’s own surveys showed the law was less of a drag than the news media suggested || anonymous
said || The aide || Mr. McCrory believed voters would “see through the noise.” || anonymous
acknowledged || the aide || fund-raising in Charlotte had slowed || anonymous
said || The owner of a restaurant near the N.C. State campus, a woman who asked that her name not be used because she feared losing customers || she had seen tournament bookings disappear overnight || anonymous
said || she || Her husband ## had already laid off two cooks || anonymous
said || she || “We didn’t write this law,” ## “We’re just paying for it.” || anonymous
said || Linda Harper, a Charlotte city council member who voted for the ordinance that prompted the state law || Mr. McCrory had “picked a fight with his own largest city.” || named_person
said || She || she had spoken with the governor only once since March || named_person
found || A poll by Elon University released this month || 49 percent of likely voters opposed the law, while 41 percent supported it || document
'''

ART['p09'] = r'''
Rubio, Once Reluctant, Now Leans Into Senate Race

MIAMI — Senator Marco Rubio told supporters here on Saturday that his race against Representative Patrick Murphy was “the most important thing I’ll do this year.”

Mr. Rubio’s wife, Jeanette, introduced him at the rally in Coral Gables. She said her husband had struggled with the decision to run again but had “never once looked back” once he made it. “He told our kids it was about finishing the job,” she said.

Mr. Murphy, a two-term congressman from Jupiter, has argued that Mr. Rubio treats the Senate as “a consolation prize.” On Saturday, a memo from his campaign said the senator had missed more votes than any other Florida lawmaker.

A Murphy campaign official, who was not authorized to speak publicly, said the congressman planned to spend heavily on television in Tampa and Orlando. She said Mr. Murphy would challenge the senator to “at least three debates.”

Representative Ileana Ros-Lehtinen, a Miami Republican who has kept her distance from Donald J. Trump, appeared with Mr. Rubio at the rally. She said voters in her district “know the difference between Marco and the top of the ticket.”

Both Mr. Rubio and Ms. Ros-Lehtinen have said they will not campaign with Mr. Trump. The two were asked about him repeatedly on Saturday.

“I’m not going to relitigate the primary,” Mr. Rubio told reporters afterward. “I’ve moved on, and so have the voters.”

A longtime donor who has raised money for Mr. Rubio since his days in the state House said many of the senator’s supporters worried that he would leave the Senate to run for president again in 2020. He said he had asked Mr. Rubio directly.

“He looked me in the eye and said he’s serving six years,” the donor said. “I believe him. Not everyone does.”

A Quinnipiac University poll last week showed Mr. Rubio ahead by four percentage points.
'''
ANN['p09'] = r'''
told || Senator Marco Rubio || his race against Representative Patrick Murphy was “the most important thing I’ll do this year.” || named_person
said || She || her husband had struggled with the decision to run again but had “never once looked back” once he made it || named_person
said || she || “He told our kids it was about finishing the job,” || named_person
has argued || Mr. Murphy, a two-term congressman from Jupiter || Mr. Rubio treats the Senate as “a consolation prize.” || named_person
said || a memo from his campaign || the senator had missed more votes than any other Florida lawmaker || document
said || A Murphy campaign official, who was not authorized to speak publicly || the congressman planned to spend heavily on television in Tampa and Orlando || anonymous
said || She || Mr. Murphy would challenge the senator to “at least three debates.” || anonymous
said || She || voters in her district “know the difference between Marco and the top of the ticket.” || named_person
have said || Both Mr. Rubio and Ms. Ros-Lehtinen || they will not campaign with Mr. Trump || named_person
told || Mr. Rubio || “I’m not going to relitigate the primary,” ## “I’ve moved on, and so have the voters.” || named_person
said || A longtime donor who has raised money for Mr. Rubio since his days in the state House || many of the senator’s supporters worried that he would leave the Senate to run for president again in 2020 || anonymous
said || He || he had asked Mr. Rubio directly || anonymous
said || the donor || “He looked me in the eye and said he’s serving six years,” ## “I believe him. Not everyone does.” || anonymous
showed || A Quinnipiac University poll last week || Mr. Rubio ahead by four percentage points || document
'''

ART['p10'] = r'''
Cruz Keeps Texas Allies Guessing on Trump

HOUSTON — Senator Ted Cruz told a gathering of Texas Republican activists on Monday that he had “not made a decision” about endorsing Donald J. Trump and would not be rushed into one.

“When I have something to say, you’ll be the first to hear it,” the senator said. “Until then, I’m focused on Texas.”

His wife, Heidi Cruz, sat in the front row and did not speak. But a woman who sat beside her, a delegate from Tyler who has known the couple for a decade, said the senator’s wife had told her the family was “at peace” with whatever he decided. The delegate said both of them were “tired of being asked.”

Jeff Roe, who ran Mr. Cruz’s presidential campaign, said in an interview that the senator believed endorsing Mr. Trump now would “look like weakness.” Mr. Roe said he had advised him to wait until after Labor Day.

An official at the Republican National Committee, who spoke on condition of anonymity, said Reince Priebus, the party’s chairman, had called Mr. Cruz twice in the past week. The official said the chairman “made the case, politely and firmly.”

“He wants unity,” he said. “Everybody does.”

Carly Fiorina, who was Mr. Cruz’s running mate for a week in April, said Monday that she understood his hesitation. She said she had told him to “take all the time he needs.” A spokeswoman for Mr. Cruz, Catherine Frazier, said the senator would have “more to say after the recess.”

Rick Perry, who endorsed Mr. Trump in May, was also in Houston. The former governor said Mr. Cruz “owes it to the party to get on board.”

Mr. Trump, for his part, told a radio host in Iowa that he did not need Mr. Cruz’s support. He said he would “win Texas big” either way. His spokeswoman, Hope Hicks, said the remark was meant as “a compliment to Texas voters.”
'''
ANN['p10'] = r'''
told || Senator Ted Cruz || he had “not made a decision” about endorsing Donald J. Trump and would not be rushed into one || named_person
said || the senator || “When I have something to say, you’ll be the first to hear it,” ## “Until then, I’m focused on Texas.” || named_person
said || a woman who sat beside her, a delegate from Tyler who has known the couple for a decade || the senator’s wife had told her the family was “at peace” with whatever he decided || anonymous
said || The delegate || both of them were “tired of being asked.” || anonymous
presidential campaign, <<said>> in an interview || Jeff Roe, who ran Mr. Cruz’s presidential campaign || the senator believed endorsing Mr. Trump now would “look like weakness.” || named_person
said || Mr. Roe || he had advised him to wait until after Labor Day || named_person
said || An official at the Republican National Committee, who spoke on condition of anonymity || Reince Priebus, the party’s chairman, had called Mr. Cruz twice in the past week || anonymous
said || The official || the chairman “made the case, politely and firmly.” || anonymous
said || he || “He wants unity,” ## “Everybody does.” || anonymous
in April, <<said>> Monday || Carly Fiorina, who was Mr. Cruz’s running mate for a week in April || she understood his hesitation || named_person
said || She || she had told him to “take all the time he needs.” || named_person
said || A spokeswoman for Mr. Cruz, Catherine Frazier || the senator would have “more to say after the recess.” || named_person
told || Mr. Trump || he did not need Mr. Cruz’s support || named_person
said || He || he would “win Texas big” either way || named_person
said || The former governor || Mr. Cruz “owes it to the party to get on board.” || named_person
said || His spokeswoman, Hope Hicks || the remark was meant as “a compliment to Texas voters.” || named_person
'''

ART['p11'] = r'''
Obamas to Hit the Trail for Clinton in Final Weeks

WASHINGTON — President Obama and the first lady, Michelle Obama, will each headline at least six rallies for Hillary Clinton before Election Day, the White House said Thursday.

Josh Earnest, the White House press secretary, told reporters that the president considered the election “a referendum on the progress we’ve made” and wanted to “leave it all on the field.” He said Mr. Obama would travel to Ohio, Florida and North Carolina.

Mrs. Obama has been the more reluctant campaigner of the two. A senior White House official said she had agreed to the schedule only after a long conversation with Mrs. Clinton in late August. The official, who requested anonymity to discuss private conversations, said the two women had “become genuinely close.”

“She doesn’t do this for just anyone,” she said of the first lady.

Politico reported this week that Clinton aides had asked for more appearances by Mrs. Obama in Philadelphia and its suburbs. Jennifer Palmieri, the Clinton campaign’s communications director, declined to comment on the report.

Senator Tim Kaine, Mrs. Clinton’s running mate, will campaign with the president in Charlotte next week, it was announced Friday. Mr. Kaine said in a statement that he was “thrilled to share a stage with the best closer in American politics.”

A Democratic strategist who has advised several Senate campaigns said the Obamas risked energizing Republican voters in states where the president remains unpopular. He said Mrs. Clinton needed to “win this on her own terms.”

“They’re the most popular people in the party, and that’s exactly the problem,” he said. “Rural voters in Ohio haven’t forgotten 2012.”

The former secretary of state, at a rally in Des Moines on Friday, said she was “grateful beyond words” for the help. She said the president had told her he would “do whatever it takes.”
'''
ANN['p11'] = r'''
said || the White House || President Obama and the first lady, Michelle Obama, will each headline at least six rallies for Hillary Clinton before Election Day || named_org
told || Josh Earnest, the White House press secretary || the president considered the election “a referendum on the progress we’ve made” and wanted to “leave it all on the field.” || named_person
said || He || Mr. Obama would travel to Ohio, Florida and North Carolina || named_person
said || A senior White House official || she had agreed to the schedule only after a long conversation with Mrs. Clinton in late August || anonymous
said || The official, who requested anonymity to discuss private conversations || the two women had “become genuinely close.” || anonymous
said || she || “She doesn’t do this for just anyone,” || anonymous
reported || Politico || Clinton aides had asked for more appearances by Mrs. Obama in Philadelphia and its suburbs || media
was announced || - || Senator Tim Kaine, Mrs. Clinton’s running mate, will campaign with the president in Charlotte next week || unknown
said || Mr. Kaine || he was “thrilled to share a stage with the best closer in American politics.” || named_person
said || A Democratic strategist who has advised several Senate campaigns || the Obamas risked energizing Republican voters in states where the president remains unpopular || anonymous
said || He || Mrs. Clinton needed to “win this on her own terms.” || anonymous
said || he || “They’re the most popular people in the party, and that’s exactly the problem,” ## “Rural voters in Ohio haven’t forgotten 2012.” || anonymous
said || The former secretary of state || she was “grateful beyond words” for the help || named_person
said || She || the president had told her he would “do whatever it takes.” || named_person
'''

ART['p12'] = r'''
Toomey Keeps Trump at Arm’s Length in Tight Pennsylvania Race

PHILADELPHIA — Senator Pat Toomey said on Tuesday that he still had not decided whether he would vote for Donald J. Trump.

“I’m going to make that decision when I’m ready,” the senator told reporters in Allentown. “My focus is on Pennsylvania.”

His Democratic opponent, Katie McGinty, a former state environmental secretary, said the answer was “an insult to voters who deserve to know where he stands.” She has argued throughout the race that Mr. Toomey and Mr. Trump share the same agenda.

A Toomey campaign aide said the senator’s internal polling showed him running several points ahead of Mr. Trump in the Philadelphia suburbs. He said Mr. Toomey would continue to “call balls and strikes” on the nominee.

“Pat is not going to hug him and he’s not going to trash him,” the aide said. “Voters respect that.”

Campaigning with Ms. McGinty in Pittsburgh on Monday, Senator Elizabeth Warren of Massachusetts said the Republican had “had a year to make up his mind.” She told the crowd that Ms. McGinty would be “a fighter for working families.”

Gov. Tom Wolf, a Democrat who has endorsed Ms. McGinty, said he expected the race to be decided by “a few thousand votes.”

Voters in the suburbs are divided. A retired nurse from Bucks County said she would vote for Mr. Toomey but not for Mr. Trump. Her husband, she said, planned to vote for both.

“We’ve been arguing about it since June,” she said. “One of us is going to be disappointed.”

A Franklin & Marshall College poll released last week showed the race essentially tied, with Mr. Toomey at 44 percent and Ms. McGinty at 43 percent. The Philadelphia Inquirer reported Sunday that both campaigns had reserved more than $10 million in television time for October.
'''
ANN['p12'] = r'''
said || Senator Pat Toomey || he still had not decided whether he would vote for Donald J. Trump || named_person
told || the senator || “I’m going to make that decision when I’m ready,” ## “My focus is on Pennsylvania.” || named_person
said || His Democratic opponent, Katie McGinty, a former state environmental secretary || the answer was “an insult to voters who deserve to know where he stands.” || named_person
has argued || She || Mr. Toomey and Mr. Trump share the same agenda || named_person
said || A Toomey campaign aide || the senator’s internal polling showed him running several points ahead of Mr. Trump in the Philadelphia suburbs || anonymous
said || He || Mr. Toomey would continue to “call balls and strikes” on the nominee || anonymous
said || the aide || “Pat is not going to hug him and he’s not going to trash him,” ## “Voters respect that.” || anonymous
said || Senator Elizabeth Warren of Massachusetts || the Republican had “had a year to make up his mind.” || named_person
told || She || Ms. McGinty would be “a fighter for working families.” || named_person
said || Gov. Tom Wolf, a Democrat who has endorsed Ms. McGinty || he expected the race to be decided by “a few thousand votes.” || named_person
said || A retired nurse from Bucks County || she would vote for Mr. Toomey but not for Mr. Trump || anonymous
said || she || Her husband ## planned to vote for both || anonymous
said || she || “We’ve been arguing about it since June,” ## “One of us is going to be disappointed.” || anonymous
showed || A Franklin & Marshall College poll released last week || the race essentially tied, with Mr. Toomey at 44 percent and Ms. McGinty at 43 percent || document
reported || The Philadelphia Inquirer || both campaigns had reserved more than $10 million in television time for October || media
'''

ART['p13'] = r'''
Clinton Aides Rally Around Abedin After House Subpoena

BROOKLYN — Hillary Clinton’s campaign chairman, John D. Podesta, said on Sunday that Huma Abedin, the candidate’s closest aide, retained Mrs. Clinton’s “complete trust,” two days after a House committee subpoenaed records from Ms. Abedin’s time at the State Department.

“Huma has been with her for twenty years,” Mr. Podesta said in a television interview. “Nothing about that changes because of a political stunt.”

The subpoena, issued by the House Oversight Committee, covers calendars and correspondence from 2012. Its chairman, Representative Jason Chaffetz, said the records were needed to “complete the picture” of the department’s handling of the Benghazi attack. He told Fox News that Ms. Abedin had “nothing to fear if she has nothing to hide.”

Ms. Abedin has not commented publicly. A longtime friend of hers, a woman who has known her since they worked together in the Clinton White House, said Ms. Abedin was “exhausted but not rattled.” The friend said she had spoken with her on Saturday night.

“She told me she’s been through worse, and she has,” the friend said.

Inside the campaign, aides worry that the subpoena will revive questions about Mrs. Clinton’s email practices in the campaign’s final weeks. A senior campaign aide, who spoke on condition of anonymity to discuss internal strategy, said Robby Mook, the campaign manager, had told staff members on a conference call to “stay focused on the ground game.” He said Mr. Mook and Mr. Podesta had spoken with Mrs. Clinton twice on Saturday, and that both believed the story would fade within days.

One of them, Mr. Mook, was more cautious in public. He said on a call with reporters that the campaign was “not taking anything for granted.”

Donna Brazile, the interim chairwoman of the Democratic National Committee, said Republicans were “trying to do in October what they couldn’t do in a year of hearings.” Another Democrat, Representative Elijah E. Cummings, the committee’s ranking member, said he had not been consulted before the subpoena was issued.

Brian Fallon, a campaign spokesman, said Mrs. Clinton would address the matter “if and when there is something to address.”
'''
ANN['p13'] = r'''
said || Hillary Clinton’s campaign chairman, John D. Podesta || Huma Abedin, the candidate’s closest aide, retained Mrs. Clinton’s “complete trust,” || named_person
said || Mr. Podesta || “Huma has been with her for twenty years,” ## “Nothing about that changes because of a political stunt.” || named_person
said || Its chairman, Representative Jason Chaffetz || the records were needed to “complete the picture” of the department’s handling of the Benghazi attack || named_person
told || He || Ms. Abedin had “nothing to fear if she has nothing to hide.” || named_person
said || A longtime friend of hers, a woman who has known her since they worked together in the Clinton White House || Ms. Abedin was “exhausted but not rattled.” || anonymous
said || The friend || she had spoken with her on Saturday night || anonymous
said || the friend || “She told me she’s been through worse, and she has,” || anonymous
worry || aides || the subpoena will revive questions about Mrs. Clinton’s email practices in the campaign’s final weeks || anonymous
said || A senior campaign aide, who spoke on condition of anonymity to discuss internal strategy || Robby Mook, the campaign manager, had told staff members on a conference call to “stay focused on the ground game.” || anonymous
said || He || Mr. Mook and Mr. Podesta had spoken with Mrs. Clinton twice on Saturday, and that both believed the story would fade within days || anonymous
said || He || the campaign was “not taking anything for granted.” || named_person
said || Donna Brazile, the interim chairwoman of the Democratic National Committee || Republicans were “trying to do in October what they couldn’t do in a year of hearings.” || named_person
said || Another Democrat, Representative Elijah E. Cummings, the committee’s ranking member || he had not been consulted before the subpoena was issued || named_person
said || Brian Fallon, a campaign spokesman || Mrs. Clinton would address the matter “if and when there is something to address.” || named_person
'''

ART['p14'] = r'''
Trump Weighs Two Governors for Cabinet Posts

NEW YORK — President-elect Donald J. Trump met on Monday with Gov. Mary Fallin of Oklahoma and Gov. Nikki R. Haley of South Carolina, and is considering both women for cabinet posts, according to two people familiar with the transition’s deliberations.

Sean Spicer, the Republican National Committee’s spokesman, told reporters at Trump Tower that the meetings were “productive and wide-ranging.” He said Mr. Trump had also spoken by phone with Vice President-elect Mike Pence, who is overseeing the transition, about the two candidates.

Ms. Fallin, a two-term governor, is seen as a leading candidate for interior secretary, one of the people said. The other said Ms. Haley, who criticized Mr. Trump sharply during the primaries, had impressed him with her command of trade issues.

Kellyanne Conway, a senior adviser, said in a television interview that the president-elect “doesn’t hold grudges against people who are talented.” She said he and Ms. Haley had “a very warm conversation.”

A transition official, who was not authorized to discuss the deliberations, said Mr. Pence had pushed for Ms. Haley in particular. She said the vice president-elect believed the South Carolina governor would “reassure allies who are nervous.”

“He thinks she’s a star,” she said. “So does Reince.”

Reince Priebus, the incoming White House chief of staff, said in a brief statement that no decisions had been made.

Not all of Mr. Trump’s supporters are pleased. A longtime donor who raised money for him in Texas said several of his friends were “baffled” that the president-elect was considering people who had opposed him. He said he had called Mr. Priebus to complain.

“We didn’t fight this hard to hand the keys to the people who fought us,” the donor said. “I told Reince that.

“And I’ll tell the president-elect too.”

Ms. Haley’s office said in a statement that the governor was “honored to be considered” and would remain focused on South Carolina.
'''
ANN['p14'] = r'''
according to || two people familiar with the transition’s deliberations || President-elect Donald J. Trump met on Monday with Gov. Mary Fallin of Oklahoma and Gov. Nikki R. Haley of South Carolina, and is considering both women for cabinet posts || anonymous
told || Sean Spicer, the Republican National Committee’s spokesman || the meetings were “productive and wide-ranging.” || named_person
said || He || Mr. Trump had also spoken by phone with Vice President-elect Mike Pence, who is overseeing the transition, about the two candidates || named_person
said || one of the people || Ms. Fallin, a two-term governor, is seen as a leading candidate for interior secretary || anonymous
said || The other || Ms. Haley, who criticized Mr. Trump sharply during the primaries, had impressed him with her command of trade issues || anonymous
a senior adviser, <<said>> in a television || Kellyanne Conway, a senior adviser || the president-elect “doesn’t hold grudges against people who are talented.” || named_person
said || She || he and Ms. Haley had “a very warm conversation.” || named_person
said || A transition official, who was not authorized to discuss the deliberations || Mr. Pence had pushed for Ms. Haley in particular || anonymous
said || She || the vice president-elect believed the South Carolina governor would “reassure allies who are nervous.” || anonymous
said || she || “He thinks she’s a star,” ## “So does Reince.” || anonymous
said || Reince Priebus, the incoming White House chief of staff || no decisions had been made || named_person
said || A longtime donor who raised money for him in Texas || several of his friends were “baffled” that the president-elect was considering people who had opposed him || anonymous
said || He || he had called Mr. Priebus to complain || anonymous
said || the donor || “We didn’t fight this hard to hand the keys to the people who fought us,” ## “I told Reince that. ## “And I’ll tell the president-elect too.” || anonymous
said || Ms. Haley’s office || the governor was “honored to be considered” and would remain focused on South Carolina || named_org
'''

# ---------------------------------------------------------------------------
# Span resolution. Annotation line: CUE || SOURCE || CONTENT || TYPE
#  - CONTENT fragments are separated by " ## "; each fragment must occur exactly
#    once in the text, unless written as a context with the target in <<...>>.
#  - CUE: the occurrence (whole-word match) nearest to the content, outside it,
#    preferring one in the same paragraph as a content fragment.
#  - SOURCE: the occurrence nearest to the cue, outside cue and content,
#    preferring one in the same paragraph as the cue.
#    "-" means no source (null).
#  - Any span may be given as "left context <<target>> right context" to pin it.
# ---------------------------------------------------------------------------

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
CURLY = "\u201c\u201d\u2018\u2019"


def _occurrences(text, s):
    pat = re.escape(s)
    if re.match(r"\w", s[0]):
        pat = r"(?<!\w)" + pat
    if re.match(r"\w", s[-1]):
        pat = pat + r"(?!\w)"
    return [m.start() for m in re.finditer(pat, text)]


def _pinned(text, spec):
    ctx = spec.replace("<<", "").replace(">>", "")
    occ = _occurrences(text, ctx)
    assert len(occ) == 1, ("context not unique", spec, len(occ))
    off = spec.index("<<")
    tgt = spec[off + 2: spec.index(">>")]
    return occ[0] + off, occ[0] + off + len(tgt)


def _overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def _gap(a, b):
    if _overlaps(a, b):
        return -1
    return b[0] - a[1] if a[1] <= b[0] else a[0] - b[1]


def _nearest(text, s, anchors, avoid, what):
    if "<<" in s:
        return _pinned(text, s)
    cands = []
    for st in _occurrences(text, s):
        sp = (st, st + len(s))
        if any(_overlaps(sp, a) for a in avoid):
            continue
        same_par = any(_para(text, sp[0]) == _para(text, a[0]) or _para(text, sp[0]) == _para(text, a[1] - 1)
                       for a in anchors)
        cands.append(((0 if same_par else 1, min(_gap(sp, a) for a in anchors)), sp))
    assert cands, (what, "not found", s)
    cands.sort()
    if len(cands) > 1:
        assert cands[0][0] != cands[1][0], (what, "tie", s)
    return cands[0][1]


def _para(text, pos):
    """Index of the paragraph holding character pos."""
    return text.count("\n\n", 0, pos + 1)


def _span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def resolve(doc_id, text, line):
    parts = [p.strip() for p in line.split("||")]
    assert len(parts) == 4, (doc_id, line)
    cue_s, src_s, con_s, typ = parts
    assert typ in TYPES, (doc_id, typ)
    frags = []
    for f in [x.strip() for x in con_s.split("##")]:
        if "<<" in f:
            frags.append(_pinned(text, f))
        else:
            occ = _occurrences(text, f)
            assert len(occ) == 1, (doc_id, "content fragment not unique", f, len(occ))
            frags.append((occ[0], occ[0] + len(f)))
    frags.sort()
    cue = _nearest(text, cue_s, frags, frags, (doc_id, "cue"))
    if src_s == "-":
        src = None
        assert typ == "unknown", (doc_id, line)
    else:
        src = _nearest(text, src_s, [cue], frags + [cue], (doc_id, "source"))
    content = _span(text, frags[0][0], frags[-1][1])
    if len(frags) > 1:
        content["fragments"] = [list(f) for f in frags]
    rec = {"cue": _span(text, *cue),
           "source": _span(text, *src) if src else None,
           "content": content,
           "source_type": typ}
    # --- checks
    for k in ("cue", "source"):
        if rec[k]:
            assert text[rec[k]["start"]:rec[k]["end"]] == rec[k]["text"]
    for s, e in frags:
        assert 0 <= s < e <= len(text)
        t = text[s:e]
        assert t == t.strip(), (doc_id, "fragment with outer space", t)
        assert not t.lower().startswith("that "), (doc_id, "leading that", t)
        if not t.startswith(('"', '\u201c')):  # a quote continued into the next paragraph may end on "."
            assert not (t.endswith(".") and not t.endswith(('."', '.\u201d'))), (doc_id, "final period outside quotes", t)
    assert text[content["start"]:content["end"]] == content["text"]
    return rec


def paragraphs_of(text):
    """(start, end) of each paragraph."""
    out, pos = [], 0
    for p in text.split("\n\n"):
        out.append((pos, pos + len(p)))
        pos += len(p) + 2
    return out


def build():
    records = []
    for doc_id in sorted(ART):
        text = ART[doc_id].strip("\n")
        n = int(doc_id[1:])
        # format checks
        lines = text.split("\n")
        assert lines[1] == "" and lines[0].strip() and lines[2].strip(), doc_id
        assert "\n\n\n" not in text and " \n" not in text, doc_id
        words = len(text.split())
        assert 250 <= words <= 400, (doc_id, words)
        if n <= 7:
            assert not any(c in text for c in CURLY), (doc_id, "curly quote in straight half")
            assert '"' in text
        else:
            assert '"' not in text and "'" not in text, (doc_id, "straight quote in curly half")
            assert "\u201c" in text and "\u2019" in text
        atts = []
        for line in ANN[doc_id].strip().split("\n"):
            if line.strip():
                atts.append(resolve(doc_id, text, line))
        atts.sort(key=lambda a: a["cue"]["start"])
        cues = [(a["cue"]["start"], a["cue"]["end"]) for a in atts]
        assert len(set(cues)) == len(cues), (doc_id, "cue used twice")
        records.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts})
    return records


def show(records):
    """Print every attribution in context for checking by eye."""
    for r in records:
        t = r["text"]
        paras = paragraphs_of(t)
        print("=" * 30, r["doc_id"], len(t.split()), "words")
        for a in r["attributions"]:
            marks = [(a["cue"]["start"], "<C:"), (a["cue"]["end"], ">")]
            if a["source"]:
                marks += [(a["source"]["start"], "[S:"), (a["source"]["end"], "]")]
            for s, e in a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]]):
                marks += [(s, "{"), (e, "}")]
            lo = min(m[0] for m in marks)
            hi = max(m[0] for m in marks)
            ps = [p for p in paras if p[1] >= lo and p[0] <= hi]
            a0, a1 = ps[0][0], ps[-1][1]
            seg = t[a0:a1]
            for pos, m in sorted(marks, key=lambda x: -x[0]):
                seg = seg[:pos - a0] + m + seg[pos - a0:]
            print("-", a["source_type"], "|", seg.replace("\n\n", " //P// "))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    records = build()
    code = write_or_check(records, HERE / "blind14.jsonl", [a for a in argv if a != "--show"],
                          __doc__.split("\n\n")[0])
    if "--show" in argv:
        show(records)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
