#!/usr/bin/env python3
"""Build ``blind23.jsonl``: the twenty-third batch of blind test articles (session 16), held out.

12 invented 2016 political news stories with very different shares of unnamed sources (three
with none, three resting mostly on them), written and annotated by a helper session that never
read claimtrace's code, tests or data; see NOTES.md. Held out: scored in aggregate only, never
read for errors.

Usage: ``python data/gold/blind23/build_blind23.py [--check]`` (``--check``: exit 1 if
blind23.jsonl is stale).

The helper's own notes on the format follow.

Blind test set y01-y12: invented 2016-style political news with hand attributions.

Annotation line format (one attribution per line):
    CUE || SOURCE || CONTENT || TYPE
- SOURCE may be `null` (no source in the article).
- CONTENT fragments are separated by ` ## ` (a quote split by the cue).
- Any span may be written as  left[[target]]right : the string left+target+right must
  occur exactly once in the text; the span is `target`.
- Without [[ ]]: CONTENT fragments must occur exactly once; the CUE is the occurrence
  nearest to the content (not overlapping it); the SOURCE is the occurrence nearest to
  the cue (not overlapping cue or content). Matching respects word boundaries.
All offsets are computed here; nothing is typed by hand.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

ARTICLES = {}
ANNOTATIONS = {}

# ---------------------------------------------------------------- y01 (no unnamed source)
ARTICLES["y01"] = """Ryan Says House Will Vote on Stopgap Spending Bill Before Recess

WASHINGTON -- House Speaker Paul Ryan said Tuesday that the House would vote next week on a short-term spending bill to keep the government open through early December, setting up a showdown with the most conservative wing of his conference.

"We are not going to shut the government down over a calendar," Ryan told reporters at his weekly news conference. "That is not a fight anybody wins."

The speaker's decision came a day after the Congressional Budget Office released an analysis of the competing proposals. The report found that a stopgap running to December would cost roughly $4 billion less than a full-year package.

Rep. Mark Meadows of North Carolina, the chairman of the House Freedom Caucus, argued that a December deadline would hand leverage to a lame-duck Congress. "A vote in December is a vote for a bigger bill," Meadows said. He added that his members would decide their position at a meeting on Thursday.

On the other side of the Capitol, Senate Majority Leader Mitch McConnell has signaled he prefers the December date. McConnell believes the Senate can clear the bill in a single day if Democrats cooperate, his spokesman, Don Stewart, said in an interview.

Democrats have their own demands. Senate Minority Leader Harry Reid said in a statement that any bill must include money to fight the Zika virus. "Republicans have had since February to deal with Zika," Reid said. "Their time is up."

The White House has also weighed in. Press secretary Josh Earnest told reporters aboard Air Force One that President Obama would sign a clean stopgap but would veto any measure that included riders on Planned Parenthood.

Politico reported on Monday that House Appropriations Committee staff had begun drafting the bill over the weekend. The committee's chairman, Rep. Hal Rogers of Kentucky, said Wednesday that the text would be posted online at least three days before the vote.

Ryan, for his part, said he was confident the bill would pass with votes from both parties. "I think we will have a strong bipartisan vote," he said.

The conservative group Heritage Action for America announced Wednesday that it would score the vote, counting a yes against lawmakers in its annual ratings. Meadows said he had not yet spoken to the group about its decision, and Ryan's office did not respond to a request for comment on the scorecard.
"""
ANNOTATIONS["y01"] = """
Says || Ryan || House Will Vote on Stopgap Spending Bill Before Recess || named_person
said || House Speaker Paul Ryan || the House would vote next week on a short-term spending bill to keep the government open through early December || named_person
told || Ryan || "We are not going to shut the government down over a calendar," ## "That is not a fight anybody wins." || named_person
found || The report || a stopgap running to December would cost roughly $4 billion less than a full-year package || document
argued || Rep. Mark Meadows of North Carolina, the chairman of the House Freedom Caucus || a December deadline would hand leverage to a lame-duck Congress || named_person
said || Meadows || "A vote in December is a vote for a bigger bill," || named_person
added || He || his members would decide their position at a meeting on Thursday || named_person
has signaled || Senate Majority Leader Mitch McConnell || he prefers the December date || named_person
said in an interview || his spokesman, Don Stewart || McConnell believes the Senate can clear the bill in a single day if Democrats cooperate || named_person
said in a statement || Senate Minority Leader Harry Reid || any bill must include money to fight the Zika virus || named_person
said || Reid || "Republicans have had since February to deal with Zika," ## "Their time is up." || named_person
told || Press secretary Josh Earnest || President Obama would sign a clean stopgap but would veto any measure that included riders on Planned Parenthood || named_person
reported || Politico || House Appropriations Committee staff had begun drafting the bill over the weekend || media
said || The committee's chairman, Rep. Hal Rogers of Kentucky || the text would be posted online at least three days before the vote || named_person
said || Ryan || he was confident the bill would pass with votes from both parties || named_person
said || he || "I think we will have a strong bipartisan vote," || named_person
announced || The conservative group Heritage Action for America || it would score the vote, counting a yes against lawmakers in its annual ratings || named_org
said || Meadows || he had not yet spoken to the group about its decision || named_person
"""

# ---------------------------------------------------------------- y02 (mostly unnamed)
ARTICLES["y02"] = """Trump Campaign Weighs Shake-Up as Donors Grow Restless

NEW YORK -- Donald Trump's campaign is considering bringing in a new senior strategist to steady its operation after a difficult month, according to three people familiar with the discussions.

The people spoke on the condition of anonymity because they were not authorized to discuss internal matters. One of them said no decision had been made and that the candidate himself remained undecided.

One senior aide said the campaign's chairman, Paul Manafort, had grown frustrated with the pace of fund-raising. Another adviser described the mood at Trump Tower as "tense but not panicked."

Some major Republican donors have told the campaign they will hold back checks until they see a more disciplined candidate, two fund-raisers said. One Texas donor who gave $250,000 to a pro-Trump super PAC in the spring said he was now "waiting to see what happens in the debates."

Trump has insisted in public that the campaign is in good shape. "We have the best people, and we are doing great," he said at a rally in Virginia on Monday night.

Campaign officials also worry that the candidate's schedule has left too little time for debate preparation, according to a person briefed on the planning. That person said Trump had held only two formal practice sessions, both at his golf club in New Jersey.

The New York Times reported last week that the campaign had spent less than $5 million on television advertising through August.

A Republican National Committee official, speaking on condition of anonymity, said the party's field operation in battleground states would make up for the campaign's thin staff. "The RNC is the ground game this year," the official said.

Critics inside the party say the problems run deeper. Several Republican strategists who have worked on past presidential races said the campaign had no clear plan for winning Pennsylvania or Florida. "You can't win this thing on rallies alone," one of them said.

Trump spokeswoman Hope Hicks said in an email that the campaign was "stronger than ever" and declined to comment on personnel.
"""
ANNOTATIONS["y02"] = """
according to || three people familiar with the discussions || Donald Trump's campaign is considering bringing in a new senior strategist to steady its operation after a difficult month || anonymous
said || One of them || no decision had been made and that the candidate himself remained undecided || anonymous
said || One senior aide || the campaign's chairman, Paul Manafort, had grown frustrated with the pace of fund-raising || anonymous
described || Another adviser || the mood at Trump Tower as "tense but not panicked." || anonymous
said || two fund-raisers || Some major Republican donors have told the campaign they will hold back checks until they see a more disciplined candidate || anonymous
said || One Texas donor who gave $250,000 to a pro-Trump super PAC in the spring || he was now "waiting to see what happens in the debates." || anonymous
has insisted || Trump || the campaign is in good shape || named_person
said || he || "We have the best people, and we are doing great," || named_person
according to || a person briefed on the planning || Campaign officials also worry that the candidate's schedule has left too little time for debate preparation || anonymous
said || That person || Trump had held only two formal practice sessions, both at his golf club in New Jersey || anonymous
reported || The New York Times || the campaign had spent less than $5 million on television advertising through August || media
said || A Republican National Committee official || the party's field operation in battleground states would make up for the campaign's thin staff || anonymous
said || the official || "The RNC is the ground game this year," || anonymous
say || Critics inside the party || the problems run deeper || anonymous
said || Several Republican strategists who have worked on past presidential races || the campaign had no clear plan for winning Pennsylvania or Florida || anonymous
said || one of them || "You can't win this thing on rallies alone," || anonymous
said in an email || Trump spokeswoman Hope Hicks || the campaign was "stronger than ever" || named_person
"""

# ---------------------------------------------------------------- y03 (in between)
ARTICLES["y03"] = """Comey Faces House Panel Over Clinton Email Inquiry

WASHINGTON -- F.B.I. Director James B. Comey told lawmakers on Thursday that the bureau's investigation of Hillary Clinton's private email server had been conducted "by the book," and that no one had pressured him to close it.

"There was no deal, there was no wink," Comey said during more than four hours of testimony before the House Oversight Committee. "We followed the facts where they led."

The committee's chairman, Representative Jason Chaffetz of Utah, said the bureau had set a double standard for a powerful candidate. The F.B.I.'s summary of the investigation showed that agents had not interviewed several State Department employees until late in the inquiry.

Democrats accused Republicans of using the hearing to damage Mrs. Clinton weeks before the election. Representative Elijah E. Cummings of Maryland, the ranking Democrat, called the session "a taxpayer-funded campaign event."

A law enforcement official who has been briefed on the case said some agents had privately questioned the decision not to recommend charges, though the official said the disagreement was "not widespread." The official was not authorized to speak publicly about internal discussions.

The Washington Post reported Wednesday that the bureau had also turned over notes from Mrs. Clinton's July interview to the committee. The State Department said it would release additional emails from her tenure on a rolling basis through December.

Brian Fallon, a spokesman for the Clinton campaign, said the hearing was "a rerun of a show nobody wants to watch." The campaign has argued that the matter was closed when the Justice Department accepted Comey's recommendation in July.

Voters appear divided. A CNN/ORC poll released this week found that 58 percent of registered voters disapproved of the F.B.I.'s decision, while 38 percent approved.

Later in the hearing, Comey said immunity agreements granted to two of Mrs. Clinton's aides were "routine" and had allowed agents to examine laptops they otherwise could not have obtained.

Before the hearing ended, Comey told the committee he would "make the same decision again tomorrow."
"""
ANNOTATIONS["y03"] = """
told || F.B.I. Director James B. Comey || the bureau's investigation of Hillary Clinton's private email server had been conducted "by the book," and that no one had pressured him to close it || named_person
said || Comey || "There was no deal, there was no wink," ## "We followed the facts where they led." || named_person
said || The committee's chairman, Representative Jason Chaffetz of Utah || the bureau had set a double standard for a powerful candidate || named_person
showed || The F.B.I.'s summary of the investigation || agents had not interviewed several State Department employees until late in the inquiry || document
accused || Democrats || Republicans of using the hearing to damage Mrs. Clinton weeks before the election || named_org
called || Representative Elijah E. Cummings of Maryland, the ranking Democrat || the session "a taxpayer-funded campaign event." || named_person
said || A law enforcement official who has been briefed on the case || some agents had privately questioned the decision not to recommend charges || anonymous
said || though [[the official]] said || the disagreement was "not widespread." || anonymous
reported || The Washington Post || the bureau had also turned over notes from Mrs. Clinton's July interview to the committee || media
said || The State Department || it would release additional emails from her tenure on a rolling basis through December || named_org
said || Brian Fallon, a spokesman for the Clinton campaign || the hearing was "a rerun of a show nobody wants to watch." || named_person
has argued || The campaign || the matter was closed when the Justice Department accepted Comey's recommendation in July || named_org
found || A CNN/ORC poll released this week || 58 percent of registered voters disapproved of the F.B.I.'s decision, while 38 percent approved || document
said || Comey || immunity agreements granted to two of Mrs. Clinton's aides were "routine" and had allowed agents to examine laptops they otherwise could not have obtained || named_person
told || Comey || he would "make the same decision again tomorrow." || named_person
"""

# ---------------------------------------------------------------- y04 (no unnamed source)
ARTICLES["y04"] = """Federal Judge Softens Texas Voter ID Rules for November

CORPUS CHRISTI, Texas -- A federal judge on Tuesday expanded the forms of identification that Texas voters may use at the polls in November, the latest turn in a five-year legal fight over the state's voter ID law.

In a 14-page order, U.S. District Judge Nelva Gonzales Ramos wrote that the 2011 law "continues to burden" poor and minority voters who lack a driver's license or passport. "The state has had ample time to fix this," Ramos wrote. "It has not done so."

Under the order, voters without one of the accepted photo IDs may cast a regular ballot if they sign a sworn statement explaining why they could not obtain one and show a utility bill, bank statement or paycheck with their name and address.

Texas Attorney General Ken Paxton said his office would appeal to the Fifth Circuit. Paxton said in a statement that the ruling was "judicial overreach that invites fraud." In court papers filed last month, Paxton argued that the state had already spent $4 million educating voters about the law.

Gov. Greg Abbott, a Republican, has long maintained that the law protects the integrity of elections, and he wrote on Twitter that Texas "will not back down."

The Justice Department said it was reviewing the decision. In its filings, the department had asked the judge for a broader remedy that would have suspended the photo requirement entirely.

The Mexican American Legislative Caucus, one of the plaintiffs, said the ruling would let thousands of eligible Texans vote without fear of being turned away. "This is a good day for democracy in Texas," said Trey Martinez Fischer, a state representative from San Antonio who leads the caucus.

According to a filing by the plaintiffs in August, more than 600,000 registered voters in Texas lack one of the seven forms of photo identification the law requires. The Texas Tribune first reported the figure last year.

It was announced by the secretary of state's office on Wednesday that county election officials would receive new training materials before early voting begins Oct. 24. The office will also spend $2.5 million on radio and television advertising to explain the changes.
"""
ANNOTATIONS["y04"] = """
wrote || U.S. District Judge Nelva Gonzales Ramos || the 2011 law "continues to burden" poor and minority voters who lack a driver's license or passport || named_person
wrote || Ramos || "The state has had ample time to fix this," ## "It has not done so." || named_person
said || Texas Attorney General Ken Paxton || his office would appeal to the Fifth Circuit || named_person
said in a statement || Paxton || the ruling was "judicial overreach that invites fraud." || named_person
argued || Paxton || the state had already spent $4 million educating voters about the law || named_person
has long maintained || Gov. Greg Abbott, a Republican || the law protects the integrity of elections || named_person
wrote || he || Texas "will not back down." || named_person
said || The Justice Department || it was reviewing the decision || named_org
had asked || the department || the judge for a broader remedy that would have suspended the photo requirement entirely || named_org
said || The Mexican American Legislative Caucus, one of the plaintiffs || the ruling would let thousands of eligible Texans vote without fear of being turned away || named_org
said || Trey Martinez Fischer, a state representative from San Antonio who leads the caucus || "This is a good day for democracy in Texas," || named_person
According to || a filing by the plaintiffs in August || more than 600,000 registered voters in Texas lack one of the seven forms of photo identification the law requires || document
first reported || The Texas Tribune || the figure || media
was announced by || the secretary of state's office || county election officials would receive new training materials before early voting begins Oct. 24 || named_org
"""

# ---------------------------------------------------------------- y05 (in between)
ARTICLES["y05"] = """Clinton and Kaine Court Working-Class Voters in Ohio Swing

YOUNGSTOWN, Ohio -- Hillary Clinton and her running mate, Tim Kaine, pressed their economic message in eastern Ohio on Saturday, telling a crowd at a steelworkers' hall that Donald Trump had "stiffed" American workers by buying Chinese steel for his buildings.

"He talks a big game about trade," Clinton said. "But look at what he actually buys."

At an earlier stop in Lorain, Kaine said the Democratic ticket would "fight for every single vote in this state."

The visit comes as polls show a tight race in Ohio. A Quinnipiac University poll released Thursday found Trump ahead by one percentage point among likely voters. That lead is within the poll's margin of error.

Clinton's campaign manager, Robby Mook, told reporters on a conference call that the campaign had opened 40 offices in Ohio and would add more staff in the Mahoning Valley.

Several union officials in Youngstown said many of their members were drawn to Trump's promises to renegotiate trade deals. They spoke on the condition of anonymity because they did not want to break publicly with the union's national leadership.

"A lot of guys in the mill like what he says about China," one of the officials said. "That doesn't mean they'll vote for him."

The Trump campaign sees Ohio as essential. Trump's Ohio director, Bob Paduchik, said in a statement that Clinton "has spent 30 years supporting the trade deals that gutted this valley."

The Columbus Dispatch reported on Friday that Gov. John Kasich, who defeated Trump in the state's primary, still does not plan to endorse him. A spokesman for Kasich said the governor's position "has not changed."

Linda Baca, 61, a retired nurse from Boardman, said she had voted for Barack Obama twice but was undecided this year. "I came to hear her out," Baca said. "I'm not there yet."

Many in the crowd said they were voting against Trump more than for Clinton. Others said they had been won over by Kaine's stories about his father's ironworking shop in Kansas City.

Clinton is scheduled to return to Ohio next week for a rally in Cleveland with Senator Sherrod Brown.
"""
ANNOTATIONS["y05"] = """
telling || Hillary Clinton and her running mate, Tim Kaine || Donald Trump had "stiffed" American workers by buying Chinese steel for his buildings || named_person
said || Clinton || "He talks a big game about trade," ## "But look at what he actually buys." || named_person
said || Kaine || the Democratic ticket would "fight for every single vote in this state." || named_person
show || polls || a tight race in Ohio || document
found || A Quinnipiac University poll released Thursday || Trump ahead by one percentage point among likely voters || document
told || Clinton's campaign manager, Robby Mook || the campaign had opened 40 offices in Ohio and would add more staff in the Mahoning Valley || named_person
said || Several union officials in Youngstown || many of their members were drawn to Trump's promises to renegotiate trade deals || anonymous
said || one of the officials || "A lot of guys in the mill like what he says about China," ## "That doesn't mean they'll vote for him." || anonymous
sees || The Trump campaign || Ohio as essential || named_org
said in a statement || Trump's Ohio director, Bob Paduchik || Clinton "has spent 30 years supporting the trade deals that gutted this valley." || named_person
reported || The Columbus Dispatch || Gov. John Kasich, who defeated Trump in the state's primary, still does not plan to endorse him || media
said || A spokesman for Kasich || the governor's position "has not changed." || anonymous
said || Linda Baca, 61, a retired nurse from Boardman || she had voted for Barack Obama twice but was undecided this year || named_person
said || Baca || "I came to hear her out," ## "I'm not there yet." || named_person
said || Many in the crowd || they were voting against Trump more than for Clinton || anonymous
said || Others || they had been won over by Kaine's stories about his father's ironworking shop in Kansas City || anonymous
"""

# ---------------------------------------------------------------- y06 (in between)
ARTICLES["y06"] = """Grassley Holds Firm on Garland as White House Steps Up Pressure

WASHINGTON -- The White House on Monday intensified its campaign for Judge Merrick B. Garland's Supreme Court nomination, releasing a letter signed by 35 former state attorneys general of both parties. The letter urged the Senate to hold hearings "without further delay."

But Senator Charles E. Grassley of Iowa, the chairman of the Judiciary Committee, said he saw no reason to change course. "The American people should decide this," Grassley told reporters in the Capitol. "That's been our position since February, and it's still our position."

Josh Earnest, the White House press secretary, said at his daily briefing that Republicans were "running out the clock on the Constitution."

Privately, some Republican senators have grown uneasy with the blockade. One Republican senator facing a difficult re-election race said the party risked looking obstructionist. "I'm getting asked about it at every town hall," the senator said. The senator spoke on the condition of anonymity to avoid angering the leadership.

A Senate Republican aide said Majority Leader Mitch McConnell had made clear to members that there would be no hearing before the election. McConnell has repeatedly said that the next president should fill the seat left vacant by the death of Justice Antonin Scalia in February.

Republicans believe the issue will energize conservative voters in November. A Gallup survey released last month found that 52 percent of Americans wanted the Senate to vote on Garland, while 36 percent did not.

CNN reported Sunday that Garland had met with 60 senators, including 16 Republicans, since his nomination in March. Garland himself has kept a low profile. In a brief exchange with reporters last week, he said he was "grateful for the courtesy" senators had shown him.

The Democratic leader, Senator Harry Reid of Nevada, accused Grassley of "abdicating" his duty. Reid said Democrats would keep raising the issue in every state with a competitive Senate race, including Iowa.

Grassley faces a challenge there from former Lt. Gov. Patty Judge, a Democrat, who has made the nomination a centerpiece of her campaign. Grassley's campaign said in a statement that Iowans "know Chuck Grassley and know he does his job."
"""
ANNOTATIONS["y06"] = """
urged || The letter || the Senate to hold hearings "without further delay." || document
said || Senator Charles E. Grassley of Iowa, the chairman of the Judiciary Committee || he saw no reason to change course || named_person
told || Grassley || "The American people should decide this," ## "That's been our position since February, and it's still our position." || named_person
said || Josh Earnest, the White House press secretary || Republicans were "running out the clock on the Constitution." || named_person
have grown uneasy with || some Republican senators || the blockade || anonymous
said || One Republican senator facing a difficult re-election race || the party risked looking obstructionist || anonymous
said || the senator || "I'm getting asked about it at every town hall," || anonymous
said || A Senate Republican aide || Majority Leader Mitch McConnell had made clear to members that there would be no hearing before the election || anonymous
has repeatedly said || McConnell || the next president should fill the seat left vacant by the death of Justice Antonin Scalia in February || named_person
believe || Republicans || the issue will energize conservative voters in November || named_org
found || A Gallup survey released last month || 52 percent of Americans wanted the Senate to vote on Garland, while 36 percent did not || document
reported || CNN || Garland had met with 60 senators, including 16 Republicans, since his nomination in March || media
said || he || he was "grateful for the courtesy" senators had shown him || named_person
accused || The Democratic leader, Senator Harry Reid of Nevada || Grassley of "abdicating" his duty || named_person
said || Reid || Democrats would keep raising the issue in every state with a competitive Senate race, including Iowa || named_person
said in a statement || Grassley's campaign || Iowans "know Chuck Grassley and know he does his job." || named_org
"""

# ---------------------------------------------------------------- y07 (mostly unnamed)
ARTICLES["y07"] = """Obama Aides Split Over Pace of Guantánamo Transfers

WASHINGTON — Senior White House and Pentagon officials are divided over how quickly to transfer the remaining detainees at Guantánamo Bay before President Obama leaves office, according to four administration officials involved in the discussions.

Some White House aides want to move as many as 20 detainees to other countries by the end of the year, the officials said. Defense Department officials have argued that host nations need more time to prepare, according to one of the officials.

“The president wants this done, and he wants it done right,” a senior administration official said. “Those two things are sometimes in tension.”

The official spoke on the condition of anonymity to discuss internal deliberations and said no final decision had been made on the next group of transfers.

Defense Secretary Ashton B. Carter told the Senate Armed Services Committee last month that he would approve transfers only when he was satisfied that the risks had been “substantially mitigated.”

Reuters reported on Tuesday, citing two U.S. officials, that the Pentagon had notified Congress of plans to send four detainees to Italy and Saudi Arabia. A Pentagon spokesman, Navy Capt. Jeff Davis, declined to comment on specific transfers.

Republican lawmakers have warned that released detainees could return to militant activity. A July report by the Office of the Director of National Intelligence found that about 17 percent of detainees released since 2002 had been confirmed to have re-engaged.

People close to the president say he regards closing the prison as unfinished business from his first campaign. Advocates for the detainees worry that the process will stall under the next administration.

“If it doesn’t happen by January, it doesn’t happen,” said one lawyer who represents several Yemeni detainees. The lawyer spoke on the condition of anonymity to avoid jeopardizing talks with the government.

A congressional aide familiar with the notifications said lawmakers had received no formal word on transfers to Saudi Arabia. The aide said Republican staff members on the Armed Services Committee had requested a classified briefing for next week.

White House press secretary Josh Earnest said Monday that the president “remains committed” to closing the facility and would keep working with Congress on a plan to move the remaining prisoners to the United States.
"""
ANNOTATIONS["y07"] = """
according to || four administration officials involved in the discussions || Senior White House and Pentagon officials are divided over how quickly to transfer the remaining detainees at Guantánamo Bay before President Obama leaves office || anonymous
said || the officials || Some White House aides want to move as many as 20 detainees to other countries by the end of the year || anonymous
according to || one of the officials || Defense Department officials have argued that host nations need more time to prepare || anonymous
said || a senior administration official || “The president wants this done, and he wants it done right,” ## “Those two things are sometimes in tension.” || anonymous
said || The official || no final decision had been made on the next group of transfers || anonymous
told || Defense Secretary Ashton B. Carter || he would approve transfers only when he was satisfied that the risks had been “substantially mitigated.” || named_person
reported || Reuters || the Pentagon had notified Congress of plans to send four detainees to Italy and Saudi Arabia || media
have warned || Republican lawmakers || released detainees could return to militant activity || anonymous
found || A July report by the Office of the Director of National Intelligence || about 17 percent of detainees released since 2002 had been confirmed to have re-engaged || document
say || People close to the president || he regards closing the prison as unfinished business from his first campaign || anonymous
worry || Advocates for the detainees || the process will stall under the next administration || anonymous
said || one lawyer who represents several Yemeni detainees || “If it doesn’t happen by January, it doesn’t happen,” || anonymous
said || A congressional aide familiar with the notifications || lawmakers had received no formal word on transfers to Saudi Arabia || anonymous
said || The aide || Republican staff members on the Armed Services Committee had requested a classified briefing for next week || anonymous
said || White House press secretary Josh Earnest || the president “remains committed” to closing the facility and would keep working with Congress on a plan to move the remaining prisoners to the United States || named_person
"""

# ---------------------------------------------------------------- y08 (no unnamed source)
ARTICLES["y08"] = """Rubio and Murphy Spar Over Debates in Florida Senate Race

ORLANDO, Fla. — Senator Marco Rubio said on Wednesday that he would debate his Democratic opponent, Representative Patrick Murphy, six times before Election Day, and that voters deserved “a real conversation, not 30-second ads.”

“I’ll debate him anywhere, any time,” Rubio told supporters at a rally in Orlando. “The question is whether he will show up.”

Murphy’s campaign said in a statement that the congressman had already agreed to two debates and would “not take lectures on showing up from a senator who missed more votes than anyone.”

Murphy, a two-term congressman from Jupiter, has argued that Rubio wants the seat only as a platform for another presidential run. Rubio has said he will serve a full six-year term if re-elected, though he has declined to rule out a run in 2020.

A Mason-Dixon poll released Tuesday showed Rubio leading Murphy 47 percent to 43 percent, with 8 percent undecided.

The Tampa Bay Times reported that national Democrats had canceled $6 million in television reservations in the state. The Democratic Senatorial Campaign Committee said the decision reflected “normal adjustments” and that it remained committed to Florida.

Meanwhile, the Senate Leadership Fund, a super PAC aligned with Senator Mitch McConnell, began airing a television ad in Miami. In the ad, a narrator says Murphy “padded his résumé” by overstating his work as an accountant.

Murphy called the ad “a recycled smear” on Thursday and noted that PolitiFact Florida had examined the claims in July. PolitiFact rated one of the claims “mostly false” and another “half true.”

Rubio’s spokeswoman, Olivia Perez-Cubas, said the senator would “let the voters judge” Murphy’s record.

The two candidates are scheduled to meet for their first debate on Oct. 17 in Orlando, at an event sponsored by the University of Central Florida. Murphy said he would accept a third debate if it were held in South Florida.
"""
ANNOTATIONS["y08"] = """
said || Senator Marco Rubio || he would debate his Democratic opponent, Representative Patrick Murphy, six times before Election Day, and that voters deserved “a real conversation, not 30-second ads.” || named_person
told || Rubio || “I’ll debate him anywhere, any time,” ## “The question is whether he will show up.” || named_person
said in a statement || Murphy’s campaign || the congressman had already agreed to two debates and would “not take lectures on showing up from a senator who missed more votes than anyone.” || named_org
has argued || Murphy, a two-term congressman from Jupiter || Rubio wants the seat only as a platform for another presidential run || named_person
has said || Rubio || he will serve a full six-year term if re-elected || named_person
showed || A Mason-Dixon poll released Tuesday || Rubio leading Murphy 47 percent to 43 percent, with 8 percent undecided || document
reported || The Tampa Bay Times || national Democrats had canceled $6 million in television reservations in the state || media
said || The Democratic Senatorial Campaign Committee || the decision reflected “normal adjustments” and that it remained committed to Florida || named_org
says || a narrator || Murphy “padded his résumé” by overstating his work as an accountant || document
called || Murphy || the ad “a recycled smear” || named_person
noted || Murphy || PolitiFact Florida had examined the claims in July || named_person
rated || PolitiFact || one of the claims “mostly false” and another “half true.” || media
said || Rubio’s spokeswoman, Olivia Perez-Cubas || the senator would “let the voters judge” Murphy’s record || named_person
said || Murphy || he would accept a third debate if it were held in South Florida || named_person
"""

# ---------------------------------------------------------------- y09 (in between)
ARTICLES["y09"] = """Priebus Tells Wary Republicans the Party Is ‘Locked In’ Behind Trump

WASHINGTON — Reince Priebus, the chairman of the Republican National Committee, sought on Friday to reassure state party chairmen, telling a closed-door meeting that the national party was “locked in” behind its nominee, Donald J. Trump.

Mr. Priebus’s remarks were described by two people who attended the meeting. One of them said Mr. Priebus acknowledged that some major donors had stopped giving but insisted that the committee’s field program was on track.

In an interview with Fox News on Sunday, Mr. Priebus said the party was “as unified as it’s ever been.”

Sean Spicer, the committee’s chief strategist, told reporters that the R.N.C. had raised $30 million in August, its best month of the cycle.

An internal R.N.C. memo obtained by The Wall Street Journal showed that the party had 900 paid staff members in 11 battleground states.

But not everyone is reassured. Some Republican National Committee members have privately discussed whether the party should redirect money to Senate races, according to a person close to Mr. Priebus.

Henry Barbour, a committee member from Mississippi, said in an interview that he thought “the conversation is healthy.”

Mr. Trump’s campaign manager, Kellyanne Conway, said on MSNBC that the candidate and the party were “in lockstep.”

It was reported last week that several donors had asked the committee for assurances that their money would not be spent on Mr. Trump’s campaign.

Mr. Trump, for his part, wrote on Twitter on Saturday that the party should “stop worrying and start winning.”

Democrats say the episode shows a party at war with itself. “They can say they’re unified all they want,” said Luis Miranda, a spokesman for the Democratic National Committee. “The voters can see what’s happening.”

The R.N.C. will hold its fall meeting in Washington next month, when members will vote on a budget for the final weeks of the campaign.
"""
ANNOTATIONS["y09"] = """
Tells || Priebus || the Party Is ‘Locked In’ Behind Trump || named_person
telling || Reince Priebus, the chairman of the Republican National Committee || the national party was “locked in” behind its nominee, Donald J. Trump || named_person
were described by || two people who attended the meeting || Mr. Priebus’s remarks || anonymous
said || One of them || Mr. Priebus acknowledged that some major donors had stopped giving but insisted that the committee’s field program was on track || anonymous
said || Sunday, [[Mr. Priebus]] said || the party was “as unified as it’s ever been.” || named_person
told || Sean Spicer, the committee’s chief strategist || the R.N.C. had raised $30 million in August, its best month of the cycle || named_person
showed || An internal R.N.C. memo obtained by The Wall Street Journal || the party had 900 paid staff members in 11 battleground states || document
according to || a person close to Mr. Priebus || Some Republican National Committee members have privately discussed whether the party should redirect money to Senate races || anonymous
said in an interview || Henry Barbour, a committee member from Mississippi || he thought “the conversation is healthy.” || named_person
said || Mr. Trump’s campaign manager, Kellyanne Conway || the candidate and the party were “in lockstep.” || named_person
was reported || null || several donors had asked the committee for assurances that their money would not be spent on Mr. Trump’s campaign || unknown
wrote || Mr. Trump || the party should “stop worrying and start winning.” || named_person
say || Democrats || the episode shows a party at war with itself || named_org
said || Luis Miranda, a spokesman for the Democratic National Committee || “They can say they’re unified all they want,” ## “The voters can see what’s happening.” || named_person
"""

# ---------------------------------------------------------------- y10 (mostly unnamed)
ARTICLES["y10"] = """Ryan Allies Brace for a Post-Election Fight Over the Speakership

WASHINGTON — Allies of Speaker Paul D. Ryan are quietly preparing for a possible challenge to his leadership after the election, worried that conservative anger over his treatment of Donald J. Trump could cost him votes in January.

Several Republican aides said leadership staff members had begun counting votes and calling members who backed Mr. Ryan last year.

“Nobody is panicking, but nobody is taking anything for granted,” said one senior leadership aide. He spoke on the condition of anonymity because he was not authorized to discuss the effort. He said the speaker’s team expected to lose no more than a dozen votes.

Conservatives in the House Freedom Caucus have complained that Mr. Ryan undercut the party’s nominee by refusing to campaign with Mr. Trump. One member of the caucus said at least 20 conservatives would consider voting for someone else. “There’s a lot of frustration,” the lawmaker said. “People feel like he picked a side.”

The Hill reported on Wednesday that a group of conservatives had circulated a letter calling for the leadership election to be delayed until after Thanksgiving.

Mr. Ryan’s spokeswoman, AshLee Strong, said the speaker was “focused on keeping the House majority, period.”

Republican donors are watching closely. Some donors who gave heavily to House candidates believe Mr. Ryan is the party’s best hope of rebuilding after the election, according to two fund-raisers in touch with them.

A Pew Research Center survey conducted last month found that 42 percent of Republicans viewed Mr. Ryan favorably, down from 59 percent in the spring.

Mr. Trump has called Mr. Ryan “weak and ineffective” on Twitter. A Trump adviser said the candidate had no plans to involve himself in the speaker’s race, though the adviser added that Mr. Trump “keeps a list.”

Lobbyists who deal with the House leadership said the uncertainty was already slowing talks on a year-end tax package. “Everybody is waiting to see who is standing in January,” one of them said.

Several members who opposed Mr. Ryan’s predecessor, John A. Boehner, said they had not decided how they would vote.
"""
ANNOTATIONS["y10"] = """
worried || Allies of Speaker Paul D. Ryan || conservative anger over his treatment of Donald J. Trump could cost him votes in January || anonymous
said || Several Republican aides || leadership staff members had begun counting votes and calling members who backed Mr. Ryan last year || anonymous
said || one senior leadership aide || “Nobody is panicking, but nobody is taking anything for granted,” || anonymous
said || effort. [[He]] said || the speaker’s team expected to lose no more than a dozen votes || anonymous
have complained || Conservatives in the House Freedom Caucus || Mr. Ryan undercut the party’s nominee by refusing to campaign with Mr. Trump || anonymous
said || One member of the caucus || at least 20 conservatives would consider voting for someone else || anonymous
said || the lawmaker || “There’s a lot of frustration,” ## “People feel like he picked a side.” || anonymous
reported || The Hill || a group of conservatives had circulated a letter calling for the leadership election to be delayed until after Thanksgiving || media
said || Mr. Ryan’s spokeswoman, AshLee Strong || the speaker was “focused on keeping the House majority, period.” || named_person
according to || two fund-raisers in touch with them || Some donors who gave heavily to House candidates believe Mr. Ryan is the party’s best hope of rebuilding after the election || anonymous
found || A Pew Research Center survey conducted last month || 42 percent of Republicans viewed Mr. Ryan favorably, down from 59 percent in the spring || document
has called || Mr. Trump || Mr. Ryan “weak and ineffective” || named_person
said || A Trump adviser || the candidate had no plans to involve himself in the speaker’s race || anonymous
added || the adviser || Mr. Trump “keeps a list.” || anonymous
said || Lobbyists who deal with the House leadership || the uncertainty was already slowing talks on a year-end tax package || anonymous
said || one of them || “Everybody is waiting to see who is standing in January,” || anonymous
said || Several members who opposed Mr. Ryan’s predecessor, John A. Boehner || they had not decided how they would vote || anonymous
"""

# ---------------------------------------------------------------- y11 (in between)
ARTICLES["y11"] = """Sanders, Campaigning for Clinton, Faces Skeptical Students in New Hampshire

DURHAM, N.H. — Senator Bernie Sanders told more than 2,000 students at the University of New Hampshire on Wednesday that electing Hillary Clinton was “the only rational choice” for young people who care about climate change and college costs.

“I understand the disappointment,” the Vermont senator said. “I share some of it. But this is not a time to sit on the sidelines.”

Many students in the crowd said they remained unconvinced. Emma Liu, a 20-year-old junior from Manchester, said she planned to vote for Jill Stein, the Green Party candidate. “Bernie is doing what he has to do,” she said. “I don’t have to.”

The Clinton campaign has made winning back young voters a priority. Its aides believe that Mr. Sanders, who won 83 percent of voters under 30 in the state’s primary, is its most persuasive messenger. A Clinton campaign official said Mr. Sanders would hold at least 10 more events for Mrs. Clinton before Election Day.

A poll by the University of New Hampshire Survey Center released this month found Mrs. Clinton leading among likely voters under 35 by 21 points, but with nearly a quarter supporting third-party candidates.

Politico reported last month that some Sanders delegates had formed a group to recruit progressive candidates for Congress. Jeff Weaver, Mr. Sanders’s former campaign manager, said the senator’s new organization, Our Revolution, would stay out of the presidential race.

Republicans have tried to exploit the divide. The Republican National Committee said in a statement that Mr. Sanders had “surrendered to the establishment he spent a year attacking.”

Asked about the statement after the rally, Mr. Sanders told reporters that Republicans “would love nothing more than for progressives to stay home.”

Some volunteers who staffed Mr. Sanders’s primary campaign said they would spend the fall working on down-ballot races instead. “I knocked on doors for Bernie in the snow,” said Tom Reilly, 24, of Dover. “I’m not doing that for her.”

Mrs. Clinton was campaigning in Florida on Wednesday. She wrote on Twitter that Mr. Sanders had “brought millions of young people into politics.”
"""
ANNOTATIONS["y11"] = """
told || Senator Bernie Sanders || electing Hillary Clinton was “the only rational choice” for young people who care about climate change and college costs || named_person
said || the Vermont senator || “I understand the disappointment,” ## “I share some of it. But this is not a time to sit on the sidelines.” || named_person
said || Many students in the crowd || they remained unconvinced || anonymous
said || Emma Liu, a 20-year-old junior from Manchester || she planned to vote for Jill Stein, the Green Party candidate || named_person
said || she || “Bernie is doing what he has to do,” ## “I don’t have to.” || named_person
believe || Its aides || Mr. Sanders, who won 83 percent of voters under 30 in the state’s primary, is its most persuasive messenger || anonymous
said || A Clinton campaign official || Mr. Sanders would hold at least 10 more events for Mrs. Clinton before Election Day || anonymous
found || A poll by the University of New Hampshire Survey Center released this month || Mrs. Clinton leading among likely voters under 35 by 21 points, but with nearly a quarter supporting third-party candidates || document
reported || Politico || some Sanders delegates had formed a group to recruit progressive candidates for Congress || media
said || Jeff Weaver, Mr. Sanders’s former campaign manager || the senator’s new organization, Our Revolution, would stay out of the presidential race || named_person
said in a statement || The Republican National Committee || Mr. Sanders had “surrendered to the establishment he spent a year attacking.” || named_org
told || Mr. Sanders || Republicans “would love nothing more than for progressives to stay home.” || named_person
said || Some volunteers who staffed Mr. Sanders’s primary campaign || they would spend the fall working on down-ballot races instead || anonymous
said || Tom Reilly, 24, of Dover || “I knocked on doors for Bernie in the snow,” ## “I’m not doing that for her.” || named_person
wrote || She || Mr. Sanders had “brought millions of young people into politics.” || named_person
"""

# ---------------------------------------------------------------- y12 (in between)
ARTICLES["y12"] = """Appeals Court Rejects Pence’s Bid to Cut Off Aid to Syrian Refugees

CHICAGO — A federal appeals court on Monday upheld an order blocking Gov. Mike Pence of Indiana from cutting off state aid to Syrian refugees, a setback for the Republican vice-presidential nominee on an issue he has raised often on the campaign trail.

In a unanimous opinion, Judge Richard A. Posner wrote that the governor’s policy “is nothing less than discrimination” on the basis of nationality. The opinion said the state had offered “no evidence” that Syrian refugees posed a greater threat than refugees from other countries.

Mr. Pence said in a statement that he was “disappointed” by the ruling and would “continue to put the safety of Hoosiers first.” His office said the state was reviewing its legal options, including an appeal to the full court.

The American Civil Liberties Union of Indiana called the decision “a victory for basic decency.” The group brought the suit on behalf of Exodus Refugee Immigration, an Indianapolis resettlement agency.

Dana Whitfield, the agency’s director of programs, said it had resettled 19 Syrian families in Indiana this year, most of them in Marion County.

A state official familiar with the refugee program said the administration had quietly stopped enforcing the policy months ago. The official spoke on condition of anonymity because the litigation is continuing. “Everyone in the building knew this was coming,” the official said.

The Indianapolis Star reported in August that the state had spent more than $100,000 defending the policy in court.

Senator Tim Kaine, the Democratic vice-presidential nominee, told reporters in Philadelphia that the ruling showed Mr. Pence had “put politics ahead of people who are fleeing terror.”

Refugee advocates say the case could influence how other states respond to resettlement. Governors in more than two dozen states announced last year that they would try to block Syrian refugees, though few took formal steps to do so.

Mr. Pence has argued that the federal government cannot adequately vet refugees from Syria. At a town-hall-style event in Ohio on Saturday, he said that “the safety of the American people must come first.”

The Trump campaign did not respond to a request for comment. Mr. Pence is scheduled to debate Mr. Kaine on Tuesday in Farmville, Va.
"""
ANNOTATIONS["y12"] = """
wrote || Judge Richard A. Posner || the governor’s policy “is nothing less than discrimination” on the basis of nationality || named_person
said || The opinion || the state had offered “no evidence” that Syrian refugees posed a greater threat than refugees from other countries || document
said in a statement || Mr. Pence || he was “disappointed” by the ruling and would “continue to put the safety of Hoosiers first.” || named_person
said || His office || the state was reviewing its legal options, including an appeal to the full court || named_org
called || The American Civil Liberties Union of Indiana || the decision “a victory for basic decency.” || named_org
said || Dana Whitfield, the agency’s director of programs || it had resettled 19 Syrian families in Indiana this year, most of them in Marion County || named_person
said || A state official familiar with the refugee program || the administration had quietly stopped enforcing the policy months ago || anonymous
said || the official || “Everyone in the building knew this was coming,” || anonymous
reported || The Indianapolis Star || the state had spent more than $100,000 defending the policy in court || media
told || Senator Tim Kaine, the Democratic vice-presidential nominee || the ruling showed Mr. Pence had “put politics ahead of people who are fleeing terror.” || named_person
say || Refugee advocates || the case could influence how other states respond to resettlement || anonymous
announced || Governors in more than two dozen states || they would try to block Syrian refugees || anonymous
has argued || Mr. Pence || the federal government cannot adequately vet refugees from Syria || named_person
said || he || “the safety of the American people must come first.” || named_person
"""

STRAIGHT = ["y01", "y02", "y03", "y04", "y05", "y06"]
CURLY = ["y07", "y08", "y09", "y10", "y11", "y12"]
TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
VERBOSE = False


def _occurrences(text, s):
    """Start offsets of s in text, respecting word boundaries at both ends."""
    pat = re.escape(s)
    if re.match(r"\w", s[0]):
        pat = r"(?<!\w)" + pat
    if re.match(r"\w", s[-1]):
        pat = pat + r"(?!\w)"
    return [m.start() for m in re.finditer(pat, text)]


def _parse_ctx(spec):
    m = re.fullmatch(r"(.*)\[\[(.+?)\]\](.*)", spec, re.S)
    if m:
        return m.group(1), m.group(2), m.group(3)
    return None


def _locate_unique(text, spec, what):
    ctx = _parse_ctx(spec)
    if ctx:
        left, target, right = ctx
        occ = [i for i in range(len(text)) if text.startswith(left + target + right, i)]
        assert len(occ) == 1, f"{what}: context {spec!r} occurs {len(occ)} times"
        s = occ[0] + len(left)
        return s, s + len(target)
    occ = _occurrences(text, spec)
    assert len(occ) == 1, f"{what}: {spec!r} occurs {len(occ)} times"
    return occ[0], occ[0] + len(spec)


def _gap(a, b):
    return max(a[0] - b[1], b[0] - a[1], 0)


def _overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def _locate_near(text, spec, anchor, avoid, what):
    ctx = _parse_ctx(spec)
    if ctx:
        return _locate_unique(text, spec, what)
    cands = [(o, o + len(spec)) for o in _occurrences(text, spec)]
    cands = [c for c in cands if not any(_overlaps(c, a) for a in avoid)]
    assert cands, f"{what}: {spec!r} not found"
    cands.sort(key=lambda c: _gap(c, anchor))
    if len(cands) > 1 and VERBOSE:
        c = cands[0]
        print(f"   [pick {what} {spec!r} of {len(cands)}] ...{text[max(0, c[0]-50):c[1]+50]!r}".replace("\n", " "))
    return cands[0]


def _span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def build_doc(doc_id):
    text = ARTICLES[doc_id]
    atts = []
    for line in ANNOTATIONS[doc_id].strip().splitlines():
        parts = [p.strip() for p in line.split(" || ")]
        assert len(parts) == 4, line
        cue_s, src_s, con_s, typ = parts
        assert typ in TYPES, line
        frags = [_locate_unique(text, f.strip(), f"{doc_id} content") for f in con_s.split(" ## ")]
        frags.sort()
        cspan = (frags[0][0], frags[-1][1])
        cue = _locate_near(text, cue_s, cspan, frags, f"{doc_id} cue")
        assert not _overlaps(cue, cspan) or len(frags) > 1, line
        content = _span(text, *cspan)
        if len(frags) > 1:
            content["fragments"] = [[s, e] for s, e in frags]
            for s, e in frags:
                assert not _overlaps((s, e), cue)
        if src_s == "null":
            source = None
            assert typ == "unknown"
        else:
            src = _locate_near(text, src_s, cue, frags + [cue], f"{doc_id} source")
            source = _span(text, *src)
        rec = {"cue": _span(text, *cue), "source": source, "content": content, "source_type": typ}
        for sp in (rec["cue"], rec["source"], rec["content"]):
            if sp is not None:
                assert text[sp["start"]:sp["end"]] == sp["text"]
        ct = content["text"]
        assert not ct.startswith("that "), line
        assert not ct.endswith(".") or ct.endswith(('."', '.”')), line
        atts.append(rec)
    atts.sort(key=lambda a: a["cue"]["start"])
    return {"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts}


def _check_text(doc_id, text):
    words = len(text.split())
    assert 300 <= words <= 500, (doc_id, words)
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "", doc_id
    if doc_id in STRAIGHT:
        assert not any(ch in text for ch in "“”‘’"), doc_id
        assert '"' in text, doc_id
    else:
        assert doc_id in CURLY
        assert '"' not in text and "'" not in text, doc_id
        assert "“" in text and "’" in text, doc_id


def build():
    recs = []
    for doc_id in sorted(ARTICLES):
        _check_text(doc_id, ARTICLES[doc_id])
        recs.append(build_doc(doc_id))
    return recs


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind23.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
