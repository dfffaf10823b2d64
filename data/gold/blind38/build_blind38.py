#!/usr/bin/env python3
"""Build ``blind38.jsonl``: the thirty-eighth batch of blind test articles (session 16), held out.

12 invented 2016 political news stories of every kind, each with 14-18 attributions, written and
annotated by a helper session that never read claimtrace's code, tests or data; see NOTES.md.
Held out: scored in aggregate only, never read for errors.

Usage: ``python data/gold/blind38/build_blind38.py [--check]`` (``--check``: exit 1 if
blind38.jsonl is stale).

The helper's own notes on the format follow.

Blind test set 38: 12 invented 2016-style political news articles with
hand annotations of attributions (PolNeAR-style). Offsets are computed here.

Annotation line format (one attribution per line, after '--- ann'):
    CUE || SOURCE || CONTENT || TYPE
- A span may be written as a context with the span in double brackets,
  e.g. 'he [[said]] Tuesday', to pick one occurrence; the context must be unique.
- CONTENT without context must occur exactly once in the text.
- CUE without context: the occurrence (whole word) nearest to the content,
  not inside the content.
- SOURCE without context: the occurrence nearest to the cue, not inside cue
  or content. 'null' means no source.
- A split content is written with ' ## ' between fragments.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
OUT = "/tmp/blind38/blind38.jsonl"

DATA = r'''
=== q01
Clinton Campaign Pours Money Into Ohio as Polls Tighten

COLUMBUS, Ohio - Hillary Clinton's campaign will spend an additional $6 million on television advertising in Ohio over the next three weeks, aides said Tuesday.

A Quinnipiac University poll released Monday showed Donald J. Trump leading Mrs. Clinton by two percentage points among likely voters in Ohio. The lead is within the survey's margin of error, and the state has not voted for a losing presidential candidate since 1960.

"Ohio has always been close, and we never thought it would be anything else," Robby Mook, Mrs. Clinton's campaign manager, told reporters on a conference call. "We are going to fight for every vote there."

Mr. Mook said the campaign would send Senator Tim Kaine of Virginia, Mrs. Clinton's running mate, to Youngstown and Toledo later this week, and that President Obama would campaign in Cleveland before the end of the month.

The Trump campaign said the new spending was a sign of panic. "She is spending money in a state she was supposed to win easily, and that tells you everything," said Jason Miller, a senior communications adviser to Mr. Trump.

Some Democrats in the state worry that the campaign waited too long to invest in Ohio, after spending much of the summer focused on North Carolina and Arizona. Two Democratic officials in Ohio said Mrs. Clinton was running well behind Mr. Obama's 2012 pace among white voters without college degrees, speaking on the condition of anonymity because they were not authorized to discuss internal polling.

Ted Strickland, the former governor who is running for the Senate, said in an interview that the race would turn on turnout in the state's big cities. "If Cleveland shows up, she wins," he said.

The Columbus Dispatch reported on Sunday that Gov. John Kasich, a Republican who has refused to endorse Mr. Trump, would not appear with the nominee during his visit to the state this week. A spokesman for Mr. Kasich, Chris Schrimpf, said the governor's schedule was "full."

At a rally in Akron on Monday night, Mr. Trump predicted he would win Ohio "by a lot." He also claimed, without offering evidence, that the polls were "rigged" against him and that his crowds told a different story.

The two campaigns have together reserved more than $40 million in advertising time in the state through Election Day. Early voting in Ohio begins next week, and both parties have opened dozens of field offices across the state, from the suburbs of Cincinnati to the steel towns of the Mahoning Valley.
--- ann
said || aides || Hillary Clinton's campaign will spend an additional $6 million on television advertising in Ohio over the next three weeks || anonymous
showed || A Quinnipiac University poll released Monday || Donald J. Trump leading Mrs. Clinton by two percentage points among likely voters in Ohio || document
told || Robby Mook, Mrs. Clinton's campaign manager || "Ohio has always been close, and we never thought it would be anything else," ## "We are going to fight for every vote there." || named_person
said || Mr. Mook || the campaign would send Senator Tim Kaine of Virginia, Mrs. Clinton's running mate, to Youngstown and Toledo later this week, and that President Obama would campaign in Cleveland before the end of the month || named_person
said || The Trump campaign || the new spending was a sign of panic || named_org
said || Jason Miller, a senior communications adviser to Mr. Trump || "She is spending money in a state she was supposed to win easily, and that tells you everything," || named_person
worry || Some Democrats in the state || the campaign waited too long to invest in Ohio, after spending much of the summer focused on North Carolina and Arizona || anonymous
said || Two Democratic officials in Ohio || Mrs. Clinton was running well behind Mr. Obama's 2012 pace among white voters without college degrees || anonymous
said || Ted Strickland, the former governor who is running for the Senate || the race would turn on turnout in the state's big cities || named_person
said || he || "If Cleveland shows up, she wins," || named_person
reported || The Columbus Dispatch || Gov. John Kasich, a Republican who has refused to endorse Mr. Trump, would not appear with the nominee during his visit to the state this week || media
said || A spokesman for Mr. Kasich, Chris Schrimpf || the governor's schedule was "full." || named_person
predicted || Mr. Trump || he would win Ohio "by a lot." || named_person
claimed || He || the polls were "rigged" against him and that his crowds told a different story || named_person

=== q02
Senate Deal on Zika Funding Collapses Over Planned Parenthood Provision

WASHINGTON - A bipartisan effort to approve $1.1 billion to fight the Zika virus fell apart in the Senate on Tuesday. Democrats said the Republican measure would cut off money for Planned Parenthood clinics in Puerto Rico, where the virus has spread fastest.

The vote was 52 to 48, short of the 60 needed to advance the bill. Senator Mitch McConnell of Kentucky, the majority leader, said Democrats were "playing politics with a public health emergency."

"Every day we wait is another day the mosquitoes do not," Mr. McConnell said on the Senate floor. "The American people will not understand this."

Senator Harry Reid of Nevada, the Democratic leader, said Republicans had loaded the bill with "poison pills" to make it impossible to pass. He said the measure also cut money from the Affordable Care Act and loosened rules on pesticide spraying near waterways.

The White House has said Mr. Obama would veto the measure in its current form. Josh Earnest, the White House press secretary, told reporters that the administration had been forced to move money meant for fighting Ebola to pay for mosquito control and testing.

On the House side, Speaker Paul D. Ryan said he hoped the Senate would "come to its senses" before the August recess. But several House Republicans said they doubted the two chambers could agree on anything before the fall.

Public health officials have warned that the virus could spread in Florida and along the Gulf Coast this summer, when mosquito populations peak. Dr. Tom Frieden, the director of the Centers for Disease Control and Prevention, said last week that his agency was "running out of money" for research on a vaccine.

A report released Monday by the Congressional Research Service found that the administration has spent about $590 million in redirected funds on the virus since February.

Planned Parenthood said in a statement that the provision was "a cynical attack on women's health." An aide to Mr. McConnell said the leader planned to bring the bill back to the floor next week.

The dispute has left the government's response to the outbreak in limbo. There have been more than 1,300 cases in the continental United States, nearly all of them among travelers returning from Latin America and the Caribbean, and the number of pregnant women infected has risen each month since the spring.

Lawmakers are scheduled to leave Washington at the end of next week for a seven-week recess, and neither party appeared ready to give ground on Tuesday. It was announced on Tuesday that the C.D.C. would send an emergency response team to Miami-Dade County.
--- ann
said || Democrats || the Republican measure would cut off money for Planned Parenthood clinics in Puerto Rico, where the virus has spread fastest || named_org
said || Senator Mitch McConnell of Kentucky, the majority leader || Democrats were "playing politics with a public health emergency." || named_person
said || Mr. McConnell || "Every day we wait is another day the mosquitoes do not," ## "The American people will not understand this." || named_person
said || Senator Harry Reid of Nevada, the Democratic leader || Republicans had loaded the bill with "poison pills" to make it impossible to pass || named_person
said || He || the measure also cut money from the Affordable Care Act and loosened rules on pesticide spraying near waterways || named_person
has said || The White House || Mr. Obama would veto the measure in its current form || named_org
told || Josh Earnest, the White House press secretary || the administration had been forced to move money meant for fighting Ebola to pay for mosquito control and testing || named_person
said || Speaker Paul D. Ryan || he hoped the Senate would "come to its senses" before the August recess || named_person
said || several House Republicans || they doubted the two chambers could agree on anything before the fall || anonymous
have warned || Public health officials || the virus could spread in Florida and along the Gulf Coast this summer, when mosquito populations peak || anonymous
said || Dr. Tom Frieden, the director of the Centers for Disease Control and Prevention || his agency was "running out of money" for research on a vaccine || named_person
found || A report released Monday by the Congressional Research Service || the administration has spent about $590 million in redirected funds on the virus since February || document
said || Planned Parenthood || the provision was "a cynical attack on women's health." || named_org
said || An aide to Mr. McConnell || the leader planned to bring the bill back to the floor next week || anonymous
was announced || null || the C.D.C. would send an emergency response team to Miami-Dade County || unknown

=== q03
Appeals Court Strikes Down Texas Voter ID Law

NEW ORLEANS - A federal appeals court ruled on Wednesday that Texas's strict voter identification law discriminates against black and Hispanic voters. The court sent the case back to a lower court to find a remedy before the November election.

In a 9-to-6 decision, the full United States Court of Appeals for the Fifth Circuit said the law had a "discriminatory effect" in violation of the Voting Rights Act.

"The State has not shown that the law's burdens on minority voters are justified by its interests," Judge Catharina Haynes wrote for the majority.

Five of the dissenting judges argued that the majority had ignored the state's interest in preventing fraud. Judge Edith H. Jones wrote in a separate dissent that the ruling "will invite mischief" at polling places across the state.

Attorney General Ken Paxton of Texas said he would ask the Supreme Court to review the decision. "Today's ruling is a setback for the integrity of our elections," Mr. Paxton said in a statement.

Gov. Greg Abbott, a Republican, wrote on Twitter that the state would "continue to fight" for the law.

The law, passed in 2011, requires voters to show one of seven forms of photo identification, including a driver's license, a passport or a concealed handgun license. Student identification cards are not accepted.

Civil rights groups that challenged the law said the decision would allow hundreds of thousands of people to vote without obstacles in November. The Brennan Center for Justice at New York University estimated that about 600,000 registered voters in Texas lack one of the forms of identification the law requires.

"This is a victory for every Texan who was turned away from the polls," said Chad Dunn, a lawyer for the plaintiffs.

Legal experts said the Supreme Court, which has been operating with eight justices since the death of Justice Antonin Scalia in February, was unlikely to take up the case before the election. Richard L. Hasen, a law professor at the University of California, Irvine, said a 4-to-4 tie would leave the appeals court's ruling in place.

The Justice Department said it was reviewing the decision.

The ruling is the latest in a series of court fights over voting rules ahead of the presidential election. Federal judges have also heard challenges this year to laws in North Carolina, Wisconsin and Kansas, and more cases are pending in several other states. Election officials in Texas will now have to train poll workers on whatever new rules the lower court adopts, with early voting set to begin in late October.
--- ann
ruled || A federal appeals court || Texas's strict voter identification law discriminates against black and Hispanic voters || named_org
said || the full United States Court of Appeals for the Fifth Circuit || the law had a "discriminatory effect" in violation of the Voting Rights Act || named_org
wrote || Judge Catharina Haynes || "The State has not shown that the law's burdens on minority voters are justified by its interests," || named_person
argued || Five of the dissenting judges || the majority had ignored the state's interest in preventing fraud || anonymous
wrote || Judge Edith H. Jones || the ruling "will invite mischief" at polling places across the state || named_person
said || Attorney General Ken Paxton of Texas || he would ask the Supreme Court to review the decision || named_person
said || Mr. Paxton || "Today's ruling is a setback for the integrity of our elections," || named_person
wrote || Gov. Greg Abbott, a Republican || the state would "continue to fight" for the law || named_person
said || Civil rights groups that challenged the law || the decision would allow hundreds of thousands of people to vote without obstacles in November || anonymous
estimated || The Brennan Center for Justice at New York University || about 600,000 registered voters in Texas lack one of the forms of identification the law requires || named_org
said || Chad Dunn, a lawyer for the plaintiffs || "This is a victory for every Texan who was turned away from the polls," || named_person
said || Legal experts || the Supreme Court, which has been operating with eight justices since the death of Justice Antonin Scalia in February, was unlikely to take up the case before the election || anonymous
said || Richard L. Hasen, a law professor at the University of California, Irvine || a 4-to-4 tie would leave the appeals court's ruling in place || named_person
said || The Justice Department || it was reviewing the decision || named_org

=== q04
Obama Stands by Syria Cease-Fire Deal With Russia

WASHINGTON - President Obama said on Friday that a cease-fire agreement with Russia in Syria was "the best chance we have" to reduce the violence, even as he acknowledged that previous truces had collapsed within days.

"I'm not naive about this," Mr. Obama said at a news conference in the East Room. "If the Russians don't deliver, we'll know quickly."

Under the agreement, the United States and Russia would coordinate airstrikes against the Islamic State and the Nusra Front if a seven-day halt in fighting holds. Secretary of State John Kerry told the Senate Foreign Relations Committee on Thursday that the arrangement included "real accountability."

Defense Secretary Ashton B. Carter has been more skeptical. Mr. Carter has privately argued that sharing targeting data with Moscow could expose American intelligence methods, according to two Pentagon officials.

Republicans in Congress were harsher. Senator John McCain of Arizona, the chairman of the Armed Services Committee, said the deal was "a capitulation" to President Vladimir V. Putin. "Putin's goal is to keep Assad in power, and we just helped him do it," Mr. McCain said.

Donald J. Trump, the Republican presidential nominee, said in a Fox News interview that Mr. Obama had been "outsmarted" again. A spokesman for Hillary Clinton's campaign, Brian Fallon, said she supported "any effort that reduces the bloodshed" but would watch Russia's conduct closely.

The Syrian government said Saturday it would abide by the truce, according to the state news agency SANA.

In a statement, a coalition of rebel factions said they would respect the cease-fire but would not abandon their positions around Aleppo, where government forces have besieged the eastern half of the city since July.

Analysts said the deal's success would depend on whether Russia could restrain the Syrian air force. "The Russians have made promises like this before," said Andrew J. Tabler, a Syria expert at the Washington Institute for Near East Policy.

A senior administration official said the first joint strikes could begin within a week, speaking on condition of anonymity under ground rules set by the White House.

More than 400,000 people have been killed in the Syrian war since 2011, according to estimates by the United Nations special envoy, and millions more have fled to neighboring countries and to Europe. Aid groups have been unable to reach parts of Aleppo for weeks, and trucks carrying food and medicine have waited at the Turkish border for permission to cross.
--- ann
said || President Obama || a cease-fire agreement with Russia in Syria was "the best chance we have" to reduce the violence || named_person
acknowledged || he || previous truces had collapsed within days || named_person
said || Mr. Obama || "I'm not naive about this," ## "If the Russians don't deliver, we'll know quickly." || named_person
told || Secretary of State John Kerry || the arrangement included "real accountability." || named_person
according to || two Pentagon officials || Mr. Carter has privately argued that sharing targeting data with Moscow could expose American intelligence methods || anonymous
said || Senator John McCain of Arizona, the chairman of the Armed Services Committee || the deal was "a capitulation" to President Vladimir V. Putin || named_person
said || Mr. McCain || "Putin's goal is to keep Assad in power, and we just helped him do it," || named_person
said || Donald J. Trump, the Republican presidential nominee || Mr. Obama had been "outsmarted" again || named_person
said || A spokesman for Hillary Clinton's campaign, Brian Fallon || she supported "any effort that reduces the bloodshed" but would watch Russia's conduct closely || named_person
according to || the state news agency SANA || The Syrian government said Saturday it would abide by the truce || media
said || a coalition of rebel factions || they would respect the cease-fire but would not abandon their positions around Aleppo, where government forces have besieged the eastern half of the city since July || anonymous
said || Analysts || the deal's success would depend on whether Russia could restrain the Syrian air force || anonymous
said || Andrew J. Tabler, a Syria expert at the Washington Institute for Near East Policy || "The Russians have made promises like this before," || named_person
said || A senior administration official || the first joint strikes could begin within a week || anonymous
according to || estimates by the United Nations special envoy || More than 400,000 people have been killed in the Syrian war since 2011 || document

=== q05
McCrory and Cooper Trade Charges Over Bathroom Law in First Debate

RALEIGH, N.C. - Gov. Pat McCrory and his Democratic challenger, Attorney General Roy Cooper, clashed on Tuesday night over the state's law restricting which bathrooms transgender people may use, with Mr. Cooper saying the measure had cost North Carolina thousands of jobs.

"This law has been a disaster for our economy and for our reputation," Mr. Cooper said during the hourlong debate, which was broadcast statewide. "The governor could fix it tomorrow."

Mr. McCrory, a Republican seeking a second term, said the law, known as House Bill 2, had been necessary to protect privacy, and he said the city of Charlotte was to blame for passing the ordinance that prompted it. "My opponent wants to play politics with people's safety," Mr. McCrory said.

The law has prompted the N.B.A. to move its All-Star Game out of Charlotte and led PayPal to cancel a planned expansion in the city. A study by the Williams Institute at the University of California, Los Angeles, estimated the law could cost the state up to $5 billion a year in federal funding and business investment.

The McCrory campaign said the figure was exaggerated. Its spokesman, Ricky Diaz, said the state's unemployment rate had fallen during Mr. McCrory's tenure and that "North Carolina's economy is booming."

Recent polls show the race is close. A survey by Elon University released last week found Mr. Cooper ahead by three percentage points among likely voters.

Some Republican legislators have privately urged the governor to seek a compromise with Charlotte, according to three people who have spoken with him. Leaders of the General Assembly have said publicly that they will not take up a repeal unless the city acts first.

Mr. McCrory said after the debate that he was open to "a conversation" but would not sign a repeal unless Charlotte moved first. Mr. Cooper told reporters the governor's answer was "the same one he has been giving for six months."

The Charlotte Observer reported on Monday that the governor's office had asked the city to repeal its ordinance as a first step toward a deal.

The two candidates also sparred over teacher pay, the state's response to flooding from Hurricane Matthew and a new law that limits public access to police body camera footage. They will meet for a second debate next week in Charlotte. The race is one of the most expensive governor's contests in the country this year, with outside groups spending heavily on both sides.
--- ann
saying || Mr. Cooper || the measure had cost North Carolina thousands of jobs || named_person
said || Mr. Cooper || "This law has been a disaster for our economy and for our reputation," ## "The governor could fix it tomorrow." || named_person
term, [[said]] the law || Mr. McCrory, a Republican seeking a second term || the law, known as House Bill 2, had been necessary to protect privacy || named_person
he [[said]] the city || and [[he]] said the city || the city of Charlotte was to blame for passing the ordinance that prompted it || named_person
said || Mr. McCrory || "My opponent wants to play politics with people's safety," || named_person
estimated || A study by the Williams Institute at the University of California, Los Angeles || the law could cost the state up to $5 billion a year in federal funding and business investment || document
said || The McCrory campaign || the figure was exaggerated || named_org
said || Its spokesman, Ricky Diaz || the state's unemployment rate had fallen during Mr. McCrory's tenure and that "North Carolina's economy is booming." || named_person
show || Recent polls || the race is close || document
found || A survey by Elon University released last week || Mr. Cooper ahead by three percentage points among likely voters || document
according to || three people who have spoken with him || Some Republican legislators have privately urged the governor to seek a compromise with Charlotte || anonymous
have said || Leaders of the General Assembly || they will not take up a repeal unless the city acts first || anonymous
said || Mr. McCrory || he was open to "a conversation" but would not sign a repeal unless Charlotte moved first || named_person
told || Mr. Cooper || the governor's answer was "the same one he has been giving for six months." || named_person
reported || The Charlotte Observer || the governor's office had asked the city to repeal its ordinance as a first step toward a deal || media

=== q06
Cruz Gains on Trump in Wisconsin as Party Leaders Plan for Open Convention

MILWAUKEE - Senator Ted Cruz of Texas has pulled ahead of Donald J. Trump in Wisconsin, a new poll showed Wednesday.

The Marquette University Law School poll found Mr. Cruz at 40 percent among likely Republican primary voters, with Mr. Trump at 30 percent and Gov. John Kasich of Ohio at 21 percent.

"Wisconsin is a firewall," said Charles Franklin, the director of the poll. He said Mr. Trump's support had fallen among women after a week of controversy over his remarks about abortion.

Campaigning in Madison, Mr. Cruz told supporters the state could "change the course of this election." "We are uniting the party," he said.

"I don't believe those numbers. We're going to do great in Wisconsin," Mr. Trump said at a rally in Janesville on Tuesday night. Gov. Scott Walker of Wisconsin, a onetime presidential candidate himself, endorsed Mr. Cruz last week and has campaigned with him across the state.

Party leaders are increasingly preparing for a contested convention in Cleveland. Reince Priebus, the chairman of the Republican National Committee, said on Tuesday that the nominee would need a majority of 1,237 delegates, and that the party would "follow the rules."

Some Republican donors believe Mr. Kasich would be the strongest candidate in a general election. John Weaver, Mr. Kasich's chief strategist, said the governor "is the only one who beats Hillary Clinton" in head-to-head polling.

The Trump campaign's national spokeswoman, Katrina Pierson, told CNN that Mr. Kasich should drop out because he "cannot mathematically win."

The Trump campaign has hired Paul Manafort, a veteran Republican operative, to manage the fight for delegates. One Trump adviser said Mr. Manafort had "taken control" of convention planning, speaking on the condition of anonymity because he was not authorized to discuss internal matters.

Politico reported on Tuesday that Mr. Cruz's campaign had already secured commitments from dozens of delegates in states like Colorado and North Dakota who would be free to switch after the first ballot.

Wisconsin awards its 42 delegates partly by congressional district, so even a loss statewide could leave Mr. Trump with a share of them. Mr. Trump has won 736 delegates so far, compared with 463 for Mr. Cruz and 143 for Mr. Kasich, according to The Associated Press.

The Democratic primary in Wisconsin is also Tuesday. Senator Bernie Sanders of Vermont has campaigned heavily in the state's college towns, and his aides said they expected a strong turnout among young voters in Madison and Milwaukee.
--- ann
showed || a new poll || Senator Ted Cruz of Texas has pulled ahead of Donald J. Trump in Wisconsin || document
found || The Marquette University Law School poll || Mr. Cruz at 40 percent among likely Republican primary voters, with Mr. Trump at 30 percent and Gov. John Kasich of Ohio at 21 percent || document
said || Charles Franklin, the director of the poll || "Wisconsin is a firewall," || named_person
said || He || Mr. Trump's support had fallen among women after a week of controversy over his remarks about abortion || named_person
told || Mr. Cruz || the state could "change the course of this election." || named_person
said || he || "We are uniting the party," || named_person
Mr. Trump [[said]] at a rally in Janesville || Mr. Trump || "I don't believe those numbers. We're going to do great in Wisconsin," || named_person
said || Reince Priebus, the chairman of the Republican National Committee || the nominee would need a majority of 1,237 delegates, and that the party would "follow the rules." || named_person
believe || Some Republican donors || Mr. Kasich would be the strongest candidate in a general election || anonymous
said || John Weaver, Mr. Kasich's chief strategist || the governor "is the only one who beats Hillary Clinton" in head-to-head polling || named_person
told || The Trump campaign's national spokeswoman, Katrina Pierson || Mr. Kasich should drop out because he "cannot mathematically win." || named_person
said || One Trump adviser || Mr. Manafort had "taken control" of convention planning || anonymous
reported || Politico || Mr. Cruz's campaign had already secured commitments from dozens of delegates in states like Colorado and North Dakota who would be free to switch after the first ballot || media
according to || The Associated Press || Mr. Trump has won 736 delegates so far, compared with 463 for Mr. Cruz and 143 for Mr. Kasich || media
said || his aides || they expected a strong turnout among young voters in Madison and Milwaukee || anonymous

=== q07
F.B.I. Will Not Recommend Charges Over Clinton Emails, Comey Says

WASHINGTON — The director of the F.B.I., James B. Comey, said on Tuesday that the bureau would not recommend criminal charges against Hillary Clinton over her use of a private email server as secretary of state, but he said she had been “extremely careless” in her handling of classified information.

“We found no evidence of intent to break the law, but there were serious lapses,” Mr. Comey said at a news conference at F.B.I. headquarters. “A prosecutor would have a very hard time bringing this case.”

Mr. Comey said investigators had identified dozens of messages that contained classified information when they were sent.

The announcement came days after Attorney General Loretta E. Lynch said she would accept the bureau’s recommendation, a commitment she made after meeting privately with former President Bill Clinton on an airport tarmac in Phoenix.

The Clinton campaign said it was pleased that the matter had been resolved. “As the secretary has said all along, she never sent or received anything marked classified,” Brian Fallon, a campaign spokesman, said in a statement.

Donald J. Trump wrote on Twitter that the system was “rigged.” Speaker Paul D. Ryan said the decision “defies explanation” and that he would seek a briefing from the bureau.

Some Republicans in Congress believe the F.B.I. gave Mrs. Clinton special treatment. Representative Jason Chaffetz of Utah, the chairman of the House Oversight Committee, said he would call Mr. Comey to testify as soon as next week.

Several current and former F.B.I. agents said the director’s decision to explain his reasoning in public was unusual, speaking on the condition of anonymity because they were not authorized to comment on the case.

A CNN/ORC poll conducted after the announcement found 56 percent of Americans disagreed with the decision not to recommend charges.

The New York Times reported last month that the inquiry had also examined whether aides to Mrs. Clinton had deleted messages after the State Department requested them.

The State Department said on Wednesday that it would reopen its own review of how classified material was handled by Mrs. Clinton and her staff.

The investigation has shadowed Mrs. Clinton’s campaign for more than a year, and the decision not to bring charges removes a legal threat just weeks before the Democratic National Convention in Philadelphia. But the issue will stay alive through the fall, with hearings scheduled in the House and new requests for documents. Mrs. Clinton, who was campaigning in North Carolina with President Obama on Tuesday, did not mention the F.B.I. in her remarks.
--- ann
Says || Comey || F.B.I. Will Not Recommend Charges Over Clinton Emails || named_person
Comey, [[said]] on Tuesday || The director of the F.B.I., James B. Comey || the bureau would not recommend criminal charges against Hillary Clinton over her use of a private email server as secretary of state || named_person
he [[said]] she || but [[he]] said || she had been “extremely careless” in her handling of classified information || named_person
said || Mr. Comey || “We found no evidence of intent to break the law, but there were serious lapses,” ## “A prosecutor would have a very hard time bringing this case.” || named_person
said || Mr. Comey || investigators had identified dozens of messages that contained classified information when they were sent || named_person
said || Attorney General Loretta E. Lynch || she would accept the bureau’s recommendation || named_person
said || The Clinton campaign || it was pleased that the matter had been resolved || named_org
said || Brian Fallon, a campaign spokesman || “As the secretary has said all along, she never sent or received anything marked classified,” || named_person
wrote || Donald J. Trump || the system was “rigged.” || named_person
said || Speaker Paul D. Ryan || the decision “defies explanation” and that he would seek a briefing from the bureau || named_person
believe || Some Republicans in Congress || the F.B.I. gave Mrs. Clinton special treatment || anonymous
said || Representative Jason Chaffetz of Utah, the chairman of the House Oversight Committee || he would call Mr. Comey to testify as soon as next week || named_person
said || Several current and former F.B.I. agents || the director’s decision to explain his reasoning in public was unusual || anonymous
found || A CNN/ORC poll conducted after the announcement || 56 percent of Americans disagreed with the decision not to recommend charges || document
reported || The New York Times || the inquiry had also examined whether aides to Mrs. Clinton had deleted messages after the State Department requested them || media
said || The State Department || it would reopen its own review of how classified material was handled by Mrs. Clinton and her staff || named_org

=== q08
Kaine and Pence Spar Over Trump’s Record in Only Vice-Presidential Debate

FARMVILLE, Va. — Senator Tim Kaine of Virginia and Gov. Mike Pence of Indiana clashed repeatedly on Tuesday night over Donald J. Trump’s record in the only debate between the running mates.

“Donald Trump has spent this whole campaign insulting people,” Mr. Kaine said early in the debate. “Mike Pence has to defend it, and I don’t think he can.”

Mr. Pence said Mrs. Clinton’s campaign had run “an avalanche of insults” and argued that the Obama administration had weakened the country abroad.

“Senator, you and Hillary Clinton would know a lot about an insult-driven campaign,” Mr. Pence replied.

On Syria, Mr. Pence said the United States should be prepared to strike targets of the Assad government, a position that appeared to go beyond anything Mr. Trump has proposed.

Jason Miller, a spokesman for the Trump campaign, said after the debate that the governor had “won decisively.” Kellyanne Conway, Mr. Trump’s campaign manager, wrote on Twitter that Mr. Pence had shown “the temperament of a leader.”

Clinton aides argued that Mr. Pence had spent the night denying positions Mr. Trump had taken. John D. Podesta, the chairman of the Clinton campaign, told reporters in the spin room that Mr. Pence “was running for president in 2020, not vice president in 2016.”

A CNN/ORC poll of debate watchers found that 48 percent thought Mr. Pence had done the better job, compared with 42 percent for Mr. Kaine.

Some Republicans said privately that Mr. Pence’s performance would ease concerns about the ticket. One Republican strategist who advises several Senate candidates said the debate had given nervous donors “something to feel good about.”

Watching from Las Vegas, Mr. Trump wrote on Twitter that he was “very proud” of his running mate.

Politico reported on Wednesday that Mr. Trump had been irritated by coverage praising Mr. Pence, whose performance was compared favorably with Mr. Trump’s own in the first presidential debate last week.

Mr. Kaine told supporters in Harrisonburg on Wednesday that he had no regrets. “I wanted people to hear what Donald Trump has actually said,” he said.

The debate, held at Longwood University, drew about 37 million television viewers, far fewer than the 84 million who watched the first meeting between Mr. Trump and Mrs. Clinton. The two presidential nominees will meet again on Sunday in St. Louis for a town-hall-style debate, with questions from uncommitted voters.
--- ann
said || Mr. Kaine || “Donald Trump has spent this whole campaign insulting people,” ## “Mike Pence has to defend it, and I don’t think he can.” || named_person
said || Mr. Pence || Mrs. Clinton’s campaign had run “an avalanche of insults” || named_person
argued || [[Mr. Pence]] said Mrs. Clinton’s campaign had run || the Obama administration had weakened the country abroad || named_person
replied || Mr. Pence || “Senator, you and Hillary Clinton would know a lot about an insult-driven campaign,” || named_person
said || Mr. Pence || the United States should be prepared to strike targets of the Assad government || named_person
said || Jason Miller, a spokesman for the Trump campaign || the governor had “won decisively.” || named_person
wrote || Kellyanne Conway, Mr. Trump’s campaign manager || Mr. Pence had shown “the temperament of a leader.” || named_person
argued || Clinton aides || Mr. Pence had spent the night denying positions Mr. Trump had taken || anonymous
told || John D. Podesta, the chairman of the Clinton campaign || Mr. Pence “was running for president in 2020, not vice president in 2016.” || named_person
found || A CNN/ORC poll of debate watchers || 48 percent thought Mr. Pence had done the better job, compared with 42 percent for Mr. Kaine || document
said || Some Republicans || Mr. Pence’s performance would ease concerns about the ticket || anonymous
said || One Republican strategist who advises several Senate candidates || the debate had given nervous donors “something to feel good about.” || anonymous
wrote || Mr. Trump || he was “very proud” of his running mate || named_person
reported || Politico || Mr. Trump had been irritated by coverage praising Mr. Pence, whose performance was compared favorably with Mr. Trump’s own in the first presidential debate last week || media
told || Mr. Kaine || he had no regrets || named_person
he [[said]]. || “I wanted people to hear what Donald Trump has actually said,” [[he]] said || “I wanted people to hear what Donald Trump has actually said,” || named_person

=== q09
Ryan Tells House Republicans He Will No Longer Defend Trump

WASHINGTON — Speaker Paul D. Ryan told House Republicans on Monday that he would no longer defend Donald J. Trump or campaign with him, according to several lawmakers on the conference call.

Mr. Ryan said he would spend the final month of the campaign protecting the party’s majority in the House, the lawmakers said. He did not withdraw his endorsement of Mr. Trump.

Representative Charlie Dent of Pennsylvania, a moderate who has refused to support Mr. Trump, said Mr. Ryan’s decision was “the right call.” “People back home are tired of answering for him,” Mr. Dent said in an interview.

Mr. Trump responded within hours. He wrote on Twitter that Mr. Ryan was “weak and ineffective” and that Republicans “don’t know how to win.”

Not all House Republicans were pleased. Representative Dana Rohrabacher of California told reporters afterward that abandoning the nominee would “hand the election to Hillary Clinton.”

Reince Priebus, the chairman of the Republican National Committee, said the committee’s support for Mr. Trump was unchanged. An R.N.C. official said the party had not diverted any money from the presidential race, speaking on the condition of anonymity because he was not authorized to discuss spending.

In a statement, the Democratic Congressional Campaign Committee said House Republicans had “spent a year excusing” Mr. Trump and could not “run away from him now.”

Mr. Ryan’s spokeswoman, AshLee Strong, said the speaker was focused on the House. “He is putting his energy where it can do the most good,” she said.

Many Republican strategists believe the party’s Senate majority is at greater risk than its House majority. A memo circulated by the National Republican Senatorial Committee last week warned that as many as six seats were in danger.

A Politico/Morning Consult poll released on Monday found 45 percent of Republican voters wanted the party to stand by Mr. Trump, while 13 percent wanted him to leave the race.

Gov. Mike Pence of Indiana, Mr. Trump’s running mate, told CNN on Tuesday that the campaign “respects the speaker” and would keep working with congressional Republicans.

The split comes as Mr. Trump’s standing has fallen in several swing states. More than two dozen Republican members of Congress have said they will not vote for him, and a handful have withdrawn their endorsements. House Republicans hold 247 seats, and Democrats would need to gain 30 to win control of the chamber. Most nonpartisan analysts say such a gain is unlikely.
--- ann
Tells || Ryan || He Will No Longer Defend Trump || named_person
according to || several lawmakers on the conference call || Speaker Paul D. Ryan told House Republicans on Monday that he would no longer defend Donald J. Trump or campaign with him || anonymous
House, the lawmakers [[said]] || the lawmakers || Mr. Ryan said he would spend the final month of the campaign protecting the party’s majority in the House || anonymous
said || Representative Charlie Dent of Pennsylvania, a moderate who has refused to support Mr. Trump || Mr. Ryan’s decision was “the right call.” || named_person
said || Mr. Dent || “People back home are tired of answering for him,” || named_person
wrote || He || Mr. Ryan was “weak and ineffective” and that Republicans “don’t know how to win.” || named_person
told || Representative Dana Rohrabacher of California || abandoning the nominee would “hand the election to Hillary Clinton.” || named_person
said || Reince Priebus, the chairman of the Republican National Committee || the committee’s support for Mr. Trump was unchanged || named_person
said || An R.N.C. official || the party had not diverted any money from the presidential race || anonymous
said || the Democratic Congressional Campaign Committee || House Republicans had “spent a year excusing” Mr. Trump and could not “run away from him now.” || named_org
said || Mr. Ryan’s spokeswoman, AshLee Strong || the speaker was focused on the House || named_person
said || she || “He is putting his energy where it can do the most good,” || named_person
believe || Many Republican strategists || the party’s Senate majority is at greater risk than its House majority || anonymous
warned || A memo circulated by the National Republican Senatorial Committee last week || as many as six seats were in danger || document
found || A Politico/Morning Consult poll released on Monday || 45 percent of Republican voters wanted the party to stand by Mr. Trump, while 13 percent wanted him to leave the race || document
told || Gov. Mike Pence of Indiana, Mr. Trump’s running mate || the campaign “respects the speaker” and would keep working with congressional Republicans || named_person
have said || More than two dozen Republican members of Congress || they will not vote for him || anonymous
say || Most nonpartisan analysts || such a gain is unlikely || anonymous

=== q10
Sanders Wins Concessions on Platform but Withholds Endorsement

ORLANDO, Fla. — Senator Bernie Sanders of Vermont won a series of concessions from Hillary Clinton’s campaign over the weekend as Democrats drafted their party platform, but he said on Sunday that he was not yet ready to endorse her.

“We have made real progress, and I want to thank the Clinton campaign for that,” Mr. Sanders told reporters in Burlington. “But we are not there yet.”

The platform committee approved language supporting a $15 federal minimum wage, an expansion of Social Security and a path to abolishing the death penalty. It rejected amendments on the Trans-Pacific Partnership trade deal and on fracking.

Jeff Weaver, Mr. Sanders’s campaign manager, said the senator’s supporters would keep pushing on trade and energy at the convention. “The fight does not end in Orlando,” he said.

Clinton aides say privately that they expect an endorsement before the convention in Philadelphia, which begins July 25. Jennifer Palmieri, the campaign’s communications director, said Mrs. Clinton had “enormous respect” for Mr. Sanders and the movement he had built.

According to a Sanders adviser, the senator has told allies he wants a commitment to change the party’s rules for superdelegates before he gives his support.

Some of Mr. Sanders’s supporters worry that an early endorsement would cost him leverage. “If he endorses now, he loses everything we fought for,” said Michael Ryan, a delegate from Oregon who attended the hearings.

A Gallup survey released on Friday found about 80 percent of Democrats who had backed Mr. Sanders in the primaries now support Mrs. Clinton in a race against Donald J. Trump.

At a rally in Virginia on Saturday, Mr. Trump said the Democratic nominating process had been “rigged” against Mr. Sanders and invited his supporters to join the Republican campaign.

Debbie Wasserman Schultz, the chairwoman of the Democratic National Committee, said the platform was “the most progressive in our party’s history.”

The Washington Post reported on Saturday that the two campaigns had begun discussing a joint appearance in New Hampshire as early as next week.

Mr. Sanders won 22 states and more than 12 million votes in the primaries, and his campaign raised more than $220 million, most of it in small online donations. He has said he will vote for Mrs. Clinton in November, but he has stopped short of urging his supporters to do the same. His delegates will make up nearly half of the convention floor in Philadelphia.
--- ann
said || he || he was not yet ready to endorse her || named_person
told || Mr. Sanders || “We have made real progress, and I want to thank the Clinton campaign for that,” ## “But we are not there yet.” || named_person
said || Jeff Weaver, Mr. Sanders’s campaign manager || the senator’s supporters would keep pushing on trade and energy at the convention || named_person
said || he || “The fight does not end in Orlando,” || named_person
say || Clinton aides || they expect an endorsement before the convention in Philadelphia, which begins July 25 || anonymous
said || Jennifer Palmieri, the campaign’s communications director || Mrs. Clinton had “enormous respect” for Mr. Sanders and the movement he had built || named_person
According to || a Sanders adviser || the senator has told allies he wants a commitment to change the party’s rules for superdelegates before he gives his support || anonymous
worry || Some of Mr. Sanders’s supporters || an early endorsement would cost him leverage || anonymous
said || Michael Ryan, a delegate from Oregon who attended the hearings || “If he endorses now, he loses everything we fought for,” || named_person
found || A Gallup survey released on Friday || about 80 percent of Democrats who had backed Mr. Sanders in the primaries now support Mrs. Clinton in a race against Donald J. Trump || document
said || Mr. Trump || the Democratic nominating process had been “rigged” against Mr. Sanders and invited his supporters to join the Republican campaign || named_person
said || Debbie Wasserman Schultz, the chairwoman of the Democratic National Committee || the platform was “the most progressive in our party’s history.” || named_person
reported || The Washington Post || the two campaigns had begun discussing a joint appearance in New Hampshire as early as next week || media
has said || He || he will vote for Mrs. Clinton in November || named_person

=== q11
Senate Republicans Hold Firm Against Hearing for Garland

WASHINGTON — Senator Mitch McConnell of Kentucky, the majority leader, said on Tuesday that the Senate would not hold confirmation hearings for Judge Merrick B. Garland, President Obama’s nominee to the Supreme Court. The standoff is now likely to last until after the election.

“The American people should have a voice in this decision,” Mr. McConnell said on the Senate floor. “The next president should make this nomination.”

Senator Charles E. Grassley of Iowa, the chairman of the Judiciary Committee, told reporters that his position “has not changed and will not change.”

The White House said the Republican refusal was “unprecedented.” Josh Earnest, the press secretary, said Mr. Obama would continue to press senators individually. “He is not going to give up on this,” Mr. Earnest said.

Several Republican senators facing difficult re-election races have met with Judge Garland. Senator Mark Kirk of Illinois said after their meeting that the Senate had a duty to “at least hold a vote.”

Some conservative activists worry that the next president could be Hillary Clinton, who might nominate someone more liberal than Judge Garland. The Judicial Crisis Network, a conservative advocacy group, said it would spend an additional $2 million on advertisements thanking senators who have opposed a hearing.

A Pew Research Center survey found that 63 percent of Americans want the Senate to hold hearings on the nomination.

Senator Patrick J. Leahy of Vermont, the top Democrat on the Judiciary Committee, said Republicans were “failing to do their jobs.” He noted that Judge Garland had been confirmed to the appeals court in 1997 with support from both parties.

Some Republicans have floated confirming Judge Garland in the lame-duck session if Mrs. Clinton wins, according to a senior Senate aide.

Donald J. Trump’s campaign said on Wednesday that it would release an expanded list of potential nominees next month. Mr. Trump has said he would choose justices in the mold of Justice Antonin Scalia, whose death in February created the vacancy.

The court has been operating with eight members for most of its current term, and it has deadlocked 4 to 4 in several cases, including a closely watched dispute over public-sector unions. Judge Garland, 63, has served as chief judge of the United States Court of Appeals for the District of Columbia Circuit since 2013. Mr. McConnell met with him only briefly, and no Republican senator has publicly called for a vote before November.
--- ann
said || Senator Mitch McConnell of Kentucky, the majority leader || the Senate would not hold confirmation hearings for Judge Merrick B. Garland, President Obama’s nominee to the Supreme Court || named_person
said || Mr. McConnell || “The American people should have a voice in this decision,” ## “The next president should make this nomination.” || named_person
told || Senator Charles E. Grassley of Iowa, the chairman of the Judiciary Committee || his position “has not changed and will not change.” || named_person
said || The White House || the Republican refusal was “unprecedented.” || named_org
said || Josh Earnest, the press secretary || Mr. Obama would continue to press senators individually || named_person
said || Mr. Earnest || “He is not going to give up on this,” || named_person
said || Senator Mark Kirk of Illinois || the Senate had a duty to “at least hold a vote.” || named_person
worry || Some conservative activists || the next president could be Hillary Clinton, who might nominate someone more liberal than Judge Garland || anonymous
said || The Judicial Crisis Network, a conservative advocacy group || it would spend an additional $2 million on advertisements thanking senators who have opposed a hearing || named_org
found || A Pew Research Center survey || 63 percent of Americans want the Senate to hold hearings on the nomination || document
said || Senator Patrick J. Leahy of Vermont, the top Democrat on the Judiciary Committee || Republicans were “failing to do their jobs.” || named_person
noted || He || Judge Garland had been confirmed to the appeals court in 1997 with support from both parties || named_person
according to || a senior Senate aide || Some Republicans have floated confirming Judge Garland in the lame-duck session if Mrs. Clinton wins || anonymous
campaign [[said]] on Wednesday || Donald J. Trump’s campaign || it would release an expanded list of potential nominees next month || named_org
has said || Mr. Trump || he would choose justices in the mold of Justice Antonin Scalia, whose death in February created the vacancy || named_person

=== q12
Strong Jobs Report Gives Clinton an Opening on the Economy

WASHINGTON — American employers added 241,000 jobs in July, the Labor Department said on Friday.

Economists surveyed by Bloomberg had expected a gain of about 180,000 jobs. The unemployment rate held at 4.9 percent, the report showed, and average hourly earnings rose by eight cents.

“This is what progress looks like,” Hillary Clinton said at a factory in Denver. “We’re not going to let Donald Trump talk it down.”

Campaigning in Pennsylvania, Mr. Trump said the numbers hid “a disaster” for workers who had dropped out of the labor force. “The real unemployment rate is much higher, believe me,” he said.

Stephen Miller, a senior policy adviser to Mr. Trump, told reporters the campaign would lay out a plan to cut taxes on businesses in a speech in Detroit on Monday.

Many economists say the labor market is close to full employment. Jason Furman, the chairman of the White House Council of Economic Advisers, wrote in a blog post that wages had grown 2.6 percent over the past year, the fastest pace since the recession.

Analysts at Goldman Sachs said in a note to clients that an interest rate increase by the Federal Reserve in September was now more likely. Janet L. Yellen, the Fed chairwoman, said in June that the central bank would move “cautiously.”

Polls show voters trust Mr. Trump more than Mrs. Clinton on the economy. A Wall Street Journal/NBC News poll conducted last month found Mr. Trump ahead by four points on the question of who would better handle the economy.

Clinton advisers believe the jobs numbers will help her with suburban voters in states like Pennsylvania and Virginia. Joel Benenson, the campaign’s chief strategist, said on MSNBC that the economy was “on her side.”

Bloomberg News reported on Thursday that Mr. Trump’s economic advisory council would include several hedge fund managers and real estate developers.

The report also showed gains in health care, professional services and restaurants, while manufacturing and mining employment were largely flat. Job growth has averaged about 190,000 a month this year, down from 2015 but well above the pace needed to absorb new entrants to the labor force. The share of Americans working or looking for work edged up to 62.8 percent.
--- ann
said || the Labor Department || American employers added 241,000 jobs in July || named_org
had expected || Economists surveyed by Bloomberg || a gain of about 180,000 jobs || anonymous
showed || the report || The unemployment rate held at 4.9 percent || document
said || Hillary Clinton || “This is what progress looks like,” ## “We’re not going to let Donald Trump talk it down.” || named_person
said || Mr. Trump || the numbers hid “a disaster” for workers who had dropped out of the labor force || named_person
said || he || “The real unemployment rate is much higher, believe me,” || named_person
told || Stephen Miller, a senior policy adviser to Mr. Trump || the campaign would lay out a plan to cut taxes on businesses in a speech in Detroit on Monday || named_person
say || Many economists || the labor market is close to full employment || anonymous
wrote || Jason Furman, the chairman of the White House Council of Economic Advisers || wages had grown 2.6 percent over the past year, the fastest pace since the recession || named_person
said || Analysts at Goldman Sachs || an interest rate increase by the Federal Reserve in September was now more likely || anonymous
said || Janet L. Yellen, the Fed chairwoman || the central bank would move “cautiously.” || named_person
show || Polls || voters trust Mr. Trump more than Mrs. Clinton on the economy || document
found || A Wall Street Journal/NBC News poll conducted last month || Mr. Trump ahead by four points on the question of who would better handle the economy || document
believe || Clinton advisers || the jobs numbers will help her with suburban voters in states like Pennsylvania and Virginia || anonymous
said || Joel Benenson, the campaign’s chief strategist || the economy was “on her side.” || named_person
reported || Bloomberg News || Mr. Trump’s economic advisory council would include several hedge fund managers and real estate developers || media
showed || The report || gains in health care, professional services and restaurants, while manufacturing and mining employment were largely flat || document
'''

CURLY = "\u201c\u201d\u2018\u2019"


def _occurrences(text, s):
    """Start offsets of s in text; whole-word match where s begins/ends with a word char."""
    pat = re.escape(s)
    if s[:1].isalnum():
        pat = r"(?<![A-Za-z0-9])" + pat
    if s[-1:].isalnum():
        pat = pat + r"(?![A-Za-z0-9])"
    return [m.start() for m in re.finditer(pat, text)]


def _ctx(text, spec, what, doc):
    """Resolve 'before [[span]] after' via a unique context string."""
    m = re.fullmatch(r"(.*)\[\[(.+?)\]\](.*)", spec, re.S)
    full = m.group(1) + m.group(2) + m.group(3)
    occ = [i for i in range(len(text)) if text.startswith(full, i)]
    assert len(occ) == 1, (doc, what, "context not unique", spec, len(occ))
    s = occ[0] + len(m.group(1))
    return s, s + len(m.group(2))


def _overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def _dist(a, b):
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def _nearest(text, s, anchor, avoid, what, doc, log):
    occ = [(o, o + len(s)) for o in _occurrences(text, s)]
    occ = [o for o in occ if not any(_overlaps(o, a) for a in avoid)]
    assert occ, (doc, what, "not found", s)
    occ.sort(key=lambda o: (_dist(o, anchor), o[0]))
    if len(occ) > 1:
        assert _dist(occ[0], anchor) < _dist(occ[1], anchor), (doc, what, "tie", s)
        log.append((doc, what, s, occ[0][0]))
    return occ[0]


def span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def parse():
    docs = []
    for block in DATA.strip().split("=== ")[1:]:
        head, rest = block.split("\n", 1)
        body, ann = rest.split("--- ann\n")
        text = body.strip("\n")
        lines = [x for x in ann.strip("\n").split("\n") if x.strip()]
        docs.append((head.strip(), text, lines))
    return docs


def build(log=None):
    if log is None:
        log = []
    records = []
    for doc, text, lines in parse():
        n = int(doc[1:])
        # quote style: first half straight, second half curly
        if n <= 6:
            assert not any(c in text for c in CURLY), (doc, "curly char in straight doc")
            assert '"' in text
        else:
            assert '"' not in text and "'" not in text, (doc, "straight quote in curly doc")
            assert "\u201c" in text and "\u2019" in text
        words = len(text.split())
        assert 300 <= words <= 500, (doc, "word count", words)
        title, sep, _ = text.partition("\n\n")
        assert sep and "\n" not in title
        atts = []
        for line in lines:
            parts = [p.strip() for p in line.split("||")]
            assert len(parts) == 4, (doc, line)
            cue_s, src_s, con_s, typ = parts
            assert typ in TYPES, (doc, typ)
            # content
            frags = []
            for f in con_s.split(" ## "):
                if "[[" in f:
                    frags.append(_ctx(text, f, "content", doc))
                else:
                    occ = [i for i in range(len(text)) if text.startswith(f, i)]
                    assert len(occ) == 1, (doc, "content not unique/found", f, len(occ))
                    frags.append((occ[0], occ[0] + len(f)))
            c_span = (frags[0][0], frags[-1][1])
            # cue
            if "[[" in cue_s:
                cue = _ctx(text, cue_s, "cue", doc)
            else:
                cue = _nearest(text, cue_s, c_span, frags, "cue", doc, log)
            assert not any(_overlaps(cue, f) for f in frags), (doc, "cue in content", cue_s)
            # source
            if src_s == "null":
                src = None
            elif "[[" in src_s:
                src = _ctx(text, src_s, "source", doc)
            else:
                src = _nearest(text, src_s, cue, frags + [cue], "source", doc, log)
            if src:
                assert not _overlaps(src, cue) and not any(_overlaps(src, f) for f in frags)
            a = {"cue": span(text, *cue),
                 "source": span(text, *src) if src else None,
                 "content": span(text, *c_span),
                 "source_type": typ}
            if len(frags) > 1:
                a["content"]["fragments"] = [list(f) for f in frags]
            if src is None:
                assert typ == "unknown"
            # checks
            for k in ("cue", "source", "content"):
                sp = a[k]
                if sp:
                    assert text[sp["start"]:sp["end"]] == sp["text"]
                    assert sp["text"] == sp["text"].strip(), (doc, k, sp["text"])
            ct = a["content"]["text"]
            assert not ct.lower().startswith("that "), (doc, ct)
            assert not ct.endswith("."  ) or ct.endswith('."') or ct.endswith(".\u201d"), (doc, ct)
            atts.append(a)
        atts.sort(key=lambda a: a["cue"]["start"])
        for a1, a2 in zip(atts, atts[1:], strict=False):
            assert a1["cue"]["end"] <= a2["cue"]["start"], (doc, "shared/overlapping cue", a1["cue"])
        cues = [(a["cue"]["start"], a["content"]["start"]) for a in atts]
        assert len(set(cues)) == len(cues), (doc, "duplicate attribution")
        assert 10 <= len(atts) <= 18, (doc, len(atts))
        records.append({"doc_id": doc, "text": text, "split": "blind", "attributions": atts})
    assert len(records) == 12
    return records


def review(records):
    for r in records:
        t = r["text"]
        print("=" * 20, r["doc_id"], len(t.split()), "words", len(r["attributions"]), "atts")
        for a in r["attributions"]:
            c = a["cue"]
            print(f'  CUE[{c["text"]}] ctx: ...{t[max(0, c["start"]-40):c["start"]]}<<{c["text"]}>>{t[c["end"]:c["end"]+30]}...'.replace("\n", " / "))
            print(f'     SRC[{a["source"]["text"] if a["source"] else None}] ({a["source_type"]})')
            print(f'     CON[{a["content"]["text"]}]')


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind38.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
